# ruff: noqa: E501  (verbatim sentences of the minutes are data)
"""gold data: kalmar_beredskapssamordnare_teams.txt → gold/kalmar_beredskapssamordnare_teams.json."""

from __future__ import annotations

from gold_lib import att, dat, item, org, per, write

LST = "Länsstyrelsen i Kalmar län"
RKL = "Region Kalmar län"
MCF = "Myndigheten för civilt försvar"
POL = "Polismyndigheten"

# Meeting-tool export: "Deltagare" lines "Name (Body)" with "– mötesledare" / "– antecknare"
# (function markers, not notes; the antecknare is the recorder) and "– punkt 2" (a note: items
# attended [2]); "Ej närvarande" lines are absent. "Organisatör:" repeats an attendee.
present = [
    att("Jonas Hedlund", LST, LST),
    att("Malin Sandberg", LST, LST),
    att("Erik Lindahl", "Kalmar kommun", "Kalmar"),
    att("Petra Nord", "Nybro kommun", "Nybro"),
    att("Ove Granath", "Oskarshamns kommun", "Oskarshamn"),
    att("Sanna Ek", "Västerviks kommun", "Västervik"),
    att("Mattias Holm", "Mönsterås kommun", "Mönsterås"),
    att("Karolina Wiik", "Vimmerby kommun", "Vimmerby"),
    att("Helena Sjöberg", "Mörbylånga kommun", "Mörbylånga"),
    att("Anders Lindahl", RKL, RKL),
    att("Tove Bergqvist", MCF, MCF, None, "punkt 2", [2]),
    att("Fredrik Ståhl", POL, POL, None, "punkt 3", [3]),
]
absent = [
    att("Lars Åkesson", "Borgholms kommun", "Borgholm"),
    att("Nina Pettersson", "Emmaboda kommun", "Emmaboda"),
]
recorded_by = {"name": "Malin Sandberg", "canonical_name": "Malin Sandberg", "role": None}

# Initials in the text (EL, TB, MS, OG, PN) are persons as written, canonical = the listed full name;
# where the full name is in the same item the initials are an also_written form of that entry.
items = [
    item(
        1,
        "1. Incheckning och föregående anteckningar",
        "Incheckning och föregående anteckningar",
        persons=[per("Jonas", canon="Jonas Hedlund"), per("Sanna Ek")],
        orgs=[org("Västervik", "Västervik", "municipality")],
        munis=["Västervik"],
        topics=["föregående anteckningar", "dagordning", "ny beredskapssamordnare"],
        decisions=["Anteckningarna från mötet den 30 september godkändes."],
        dates=[dat("30 september", "2026-09-30"), dat("1 oktober", "2026-10-01")],
    ),
    item(
        2,
        "2. Omvärld och lägesbild",
        "Omvärld och lägesbild",
        subheadings=["Elförsörjning och vinterberedskap", "Nya föreskrifter för kommunernas krisberedskap"],
        persons=[
            per("Anders Lindahl"),
            per("EL", canon="Erik Lindahl"),
            per("Tove Bergqvist", also=["TB"]),
            per("MS", canon="Malin Sandberg"),
        ],
        orgs=[
            org("Region Kalmar läns", RKL, "region"),
            org("Svenska kraftnät", "Affärsverket svenska kraftnät", "national_agency"),
            org(MCF, MCF, "national_agency"),
            org("Kalmars", "Kalmar", "municipality"),
        ],
        munis=["Kalmar"],
        topics=[
            "elförsörjning",
            "reservkraft",
            "vinterberedskap",
            "föreskrifter",
            "risk- och sårbarhetsanalys",
        ],
        decisions=[
            "Nätverket enades om att samtliga kommuner rapporterar status för reservkraften i WIS senast den 3/12."
        ],
        follow_ups=["TB skickar presentationen till MS, som lägger den i nätverkets Teamsrum."],
        bdec=[
            "Det vore bra om kommunerna kunde samordna sina remissvar, men ingen fick i uppdrag att driva det."
        ],
        bfol=[
            # an agreement with a deadline: a decision that also schedules a coming step
            "Nätverket enades om att samtliga kommuner rapporterar status för reservkraften i WIS senast den 3/12.",
            # the agency's own coming step, reported in passing (no actor in the sentence)
            "En vägledning publiceras i februari.",
        ],
        dates=[
            dat("januari", "2027-01"),
            dat("februari", "2027-02"),
            dat("3/12", "2026-12-03"),
            dat("mars", "2027-03"),
            dat("1 juli 2027", "2027-07-01"),
        ],
    ),
    item(
        3,
        "3. Trygghet och samverkan med Polisen",
        "Trygghet och samverkan med Polisen",
        persons=[per("Fredrik Ståhl"), per("Mattias Holm")],
        orgs=[
            org(POL, POL, "national_agency", "Polisen", "Polisens"),
            org("Kalmar", "Kalmar", "municipality"),
            org("Västervik", "Västervik", "municipality"),
            org("Mönsterås", "Mönsterås", "municipality"),
        ],
        munis=["Kalmar", "Västervik", "Mönsterås"],
        topics=["trygghet", "polissamverkan", "julhandel", "kontaktlistor", "hot mot skolor"],
        follow_ups=[
            "Kommunerna skickar uppdaterade kontaktlistor till Fredrik Ståhl v. 50.",
            "Polismyndigheten återkommer om en gemensam lägesbild efter nyår.",
        ],
        # ISO week 50 of 2026 as an interval
        dates=[dat("v. 50", "2026-12-07/2026-12-13"), dat("hösten", "2026")],
    ),
    item(
        4,
        "4. Övning Kalmarsund 2027",
        "Övning Kalmarsund 2027",
        persons=[
            per("Ove Granath", also=["OG"]),
            per("PN", canon="Petra Nord"),
            per("Helena Sjöberg"),
        ],
        orgs=[
            org("OKG", "OKG Aktiebolag", "company"),
            org("Kalmar Vatten AB", "Kalmar Vatten AB", "company"),
            org("Linnéuniversitetet", "Linnéuniversitetet", "other"),
            org("Oskarshamn", "Oskarshamn", "municipality"),
            org("Trafikverket", "Trafikverket", "national_agency"),
            org(LST, LST, "county_administrative_board"),
            org("MCF", MCF, "national_agency"),
        ],
        munis=["Oskarshamn"],
        topics=["regional övning", "dricksvattenförsörjning", "utvärdering", "värdkommun", "finansiering"],
        decisions=["Nätverket beslutade att genomföra övningen med Oskarshamn som värdkommun."],
        follow_ups=[
            "OG och PN tar fram ett förslag till övningsupplägg till nästa möte.",
            "Länsstyrelsen i Kalmar län söker medel för övningen hos MCF senast den 31 januari.",
        ],
        bfol=["Övningen planeras till 14–15 oktober 2027."],
        # "2027" in the exercise's name is not a date
        dates=[dat("14–15 oktober 2027", "2027-10-14/2027-10-15"), dat("31 januari", "2027-01-31")],
    ),
    item(
        5,
        "5. Övriga frågor",
        "Övriga frågor",
        persons=[per("Karolina Wiik")],
        orgs=[
            org("Vimmerby", "Vimmerby", "municipality"),
            org("Oskarshamn", "Oskarshamn", "municipality"),
        ],
        munis=["Vimmerby", "Oskarshamn"],
        topics=["styrdokument", "krisberedskap", "civilt försvar", "nästa möte"],
        follow_ups=["Nästa möte hålls onsdag 3 februari 2027 i Oskarshamn."],
        dates=[dat("3 februari 2027", "2027-02-03")],
    ),
]

write(
    "kalmar_beredskapssamordnare_teams.txt",
    "Nätverket för kommunala beredskapssamordnare i Kalmar län",
    "2026-11-25",
    ["onsdag 25 november 2026 09:00–11:30"],
    present,
    absent,
    recorded_by,
    items,
    item_end="\nÅtgärdspunkter\n",
)
