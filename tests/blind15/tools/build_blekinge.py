# ruff: noqa: E501  (verbatim sentences of the minutes are data)
"""gold data: blekinge_samverkanskonferens_aktorstabell.txt → gold/blekinge_samverkanskonferens_aktorstabell.json."""

from __future__ import annotations

from gold_lib import att, dat, item, org, per, write

LST = "Länsstyrelsen Blekinge län"
RB = "Region Blekinge"
MCF = "Myndigheten för civilt försvar"

# Minnesanteckningar of a länsövergripande SAMVERKANSKONFERENS (regional crisis coordination call led by
# Länsstyrelsen Blekinge län after a storm), in the crisis-staff template: upper-case letterhead,
# key–value header with TABs (`Händelse:`, `Samverkanskonferens nr:`, `Datum: söndag 16 januari 2028`,
# `Tid:`, `Form:`, `Sammankallande:`, `Klassificering:`); attendance as a TAB TABLE `Aktör / Namn / Funktion`
# copied from Word with MERGED CELLS: the actor is written only on its first row, the next rows of the same
# actor begin with an empty cell (a TAB); partial attendance and substitutes inside the Funktion cell
# (`…, ersättare för Annika Sjöstrand (från punkt 3)`, `… (punkt 1–2)`); items `N. Title`; the actor
# reports are RUN-IN `Actor: text` paragraphs inside items 2–3; the absence is a NOTE AFTER THE LAST ITEM
# (`Ej närvarande: Body (Name, role; …), …`); the recorder only as `loggförare` in the table and in the
# closing SIGNATURE block (name, `Loggförare, regional stab`, body, phone).
# Continuation rows take the actor of the merged cell (affiliation as written = that cell).
# `(från punkt 3)` → items 3–6; `(punkt 1–2)` → items 1–2. Annika Sjöstrand (replaced) and Martin Ek are
# absent; Kustbevakningen names nobody. `ordförande` after `stabschef` is a function, role = `stabschef`.
# Run-in actor labels are neither subheadings nor part of the sentences; the actor named in a label
# (`SMHI:`) is an organisation of the item. `TiB`, `krisledningsnämnd`/`krisledningsgrupp` (organs of
# each municipality, unnamed), `krisinformation.se` (a web service), `VMA` (a warning system),
# `Blekinge kustbana`, roads, localities (Sturkö, Nättraby, Rödeby, Kallinge, Backaryd, Mörrum, Jämshög)
# are not organisations. Every municipality named in an item (also as a place) is listed.
present = [
    att("Johan Ekdahl", LST, LST, "stabschef"),
    att("Maria Fransson", LST, LST, "kommunikatör"),
    att("Sara Nyberg", LST, LST, "loggförare"),
    att("Petra Holm", "Karlskrona kommun", "Karlskrona", "säkerhetschef"),
    att("Daniel Ottosson", "Karlskrona kommun", "Karlskrona", "kommunikationschef"),
    att("Henrik Blom", "Ronneby kommun", "Ronneby", "säkerhetssamordnare"),
    att("Eva Lindahl", "Karlshamns kommun", "Karlshamn", "beredskapssamordnare"),
    att(
        "Tobias Nilsson",
        "Sölvesborgs kommun",
        "Sölvesborg",
        "säkerhetssamordnare",
        "ersättare för Annika Sjöstrand (från punkt 3)",
        [3, 4, 5, 6],
    ),
    att("Jonas Holm", RB, RB, "tjänsteman i beredskap, hälso- och sjukvård"),
    att("Lena Vikström", RB, RB, "trafikdirektör, Blekingetrafiken"),
    att(
        "Magnus Friberg",
        "Räddningstjänsten Östra Blekinge",
        "Räddningstjänsten Östra Blekinge",
        "räddningschef i beredskap",
    ),
    att(
        "Kristoffer Alm",
        "Polismyndigheten, polisregion Syd",
        "Polismyndigheten",
        "vakthavande befäl, Blekinge",
    ),
    att("Åsa Lindgren", "Trafikverket", "Trafikverket", "trafikledare, region Syd"),
    att("Peter Axelsson", "E.ON Energidistribution", "E.ON Energidistribution", "regional driftchef"),
    att("Niklas Berg", "Affärsverken Karlskrona AB", "Affärsverken Karlskrona AB", "elnätschef"),
    att(
        "Anders J. Lundkvist",
        MCF,
        MCF,
        "samverkansledare, nationell samverkan",
        "(punkt 1–2)",
        [1, 2],
        canon="Anders Lundkvist",
    ),
]
absent = [
    att("Martin Ek", "Olofströms kommun", "Olofström", "säkerhetssamordnare"),
    att("Annika Sjöstrand", "Sölvesborgs kommun", "Sölvesborg"),
]
recorded_by = {"name": "Sara Nyberg", "canonical_name": "Sara Nyberg", "role": "loggförare"}

items = [
    item(
        1,
        "1. Inledning och syfte",
        "Inledning och syfte",
        persons=[
            per("Johan Ekdahl", None, "ordförande"),
            per("Anders J. Lundkvist", None, canon="Anders Lundkvist"),
        ],
        orgs=[org(MCF, MCF, "national_agency")],
        topics=["samverkanskonferensens syfte", "gemensam lägesbild", "nationellt stöd"],
        bfol=[
            "Anders J. Lundkvist meddelade att Myndigheten för civilt försvar följer läget i Blekinge och Skåne och kan förmedla nationellt stöd om länet begär det."
        ],
        dates=[dat("15 januari", "2028-01-15", inferred=True)],
    ),
    item(
        2,
        "2. Gemensam lägesbild",
        "Gemensam lägesbild",
        persons=[per("Peter Axelsson"), per("Niklas Berg"), per("Åsa Lindgren"), per("Kristoffer Alm")],
        orgs=[
            org("SMHI", "Sveriges meteorologiska och hydrologiska institut", "national_agency"),
            org("E.ON Energidistribution", "E.ON Energidistribution", "company"),
            org("Affärsverken Karlskrona AB", "Affärsverken Karlskrona AB", "company"),
            org("Trafikverket", "Trafikverket", "national_agency"),
            org("Polismyndigheten", "Polismyndigheten", "national_agency", "Polisen"),
            org("Ronneby", "Ronneby", "municipality"),
            org("Olofströms", "Olofström", "municipality"),
            org(
                "Karlskrona",
                "Karlskrona",
                "municipality",
                note="the place, as in 'elnätet i Karlskrona'; not the company name",
            ),
        ],
        munis=["Ronneby", "Olofström", "Karlskrona"],
        topics=[
            "väderprognos",
            "elavbrott",
            "återställning av elnätet",
            "framkomlighet på vägar",
            "polisens läge",
        ],
        bfol=[
            "En gul varning för snöfall gäller från måndag 17 januari kl. 06.00 i hela länet.",
            "Merparten beräknas få tillbaka strömmen senast tisdag 18 januari, men enstaka kunder i skogsbygden kan bli utan el längre.",
            "Riksväg 27 norr om Rödeby är fortsatt avstängd på grund av nedfallna träd, och Åsa Lindgren räknade med att vägen öppnar under eftermiddagen.",
        ],
        dates=[
            dat("17 januari", "2028-01-17", inferred=True),
            dat("18 januari", "2028-01-18", inferred=True),
        ],
    ),
    item(
        3,
        "3. Aktörsrunda – konsekvenser och behov",
        "Aktörsrunda – konsekvenser och behov",
        persons=[
            per("Petra Holm"),
            per("Henrik Blom"),
            per("Eva Lindahl"),
            per("Tobias Nilsson"),
            per("Jonas Holm"),
            per("Lena Vikström"),
            per("Magnus Friberg"),
        ],
        orgs=[
            org("Karlskrona kommun", "Karlskrona", "municipality", "Karlskrona"),
            org("Ronneby kommun", "Ronneby", "municipality"),
            org("Karlshamns kommun", "Karlshamn", "municipality", "Karlshamn"),
            org("Sölvesborgs kommun", "Sölvesborg", "municipality"),
            org("Olofströms kommun", "Olofström", "municipality"),
            org(RB, RB, "region"),
            org("Blekingetrafiken", "Blekingetrafiken", "other", note="Region Blekinge's public transport"),
            org(
                "Räddningstjänsten Östra Blekinge", "Räddningstjänsten Östra Blekinge", "municipal_federation"
            ),
            org("Bromölla", "Bromölla", "municipality"),
        ],
        munis=["Karlskrona", "Ronneby", "Karlshamn", "Sölvesborg", "Olofström", "Bromölla"],
        topics=[
            "krisledning i kommunerna",
            "trygghetspunkter",
            "reservkraft",
            "hemtjänst och elberoende patienter",
            "ersättningsbussar",
        ],
        bfol=[
            "Ronneby kommun begär stöd med två mobila reservkraftverk.",
            "Sölvesborgs kommun kan låna ut ett reservkraftverk till en annan kommun vid behov.",
            "Blekingetrafiken kör ersättningsbussar.",
        ],
    ),
    item(
        4,
        "4. Gemensam inriktning",
        "Gemensam inriktning",
        persons=[
            per("Johan", None, None, canon="Johan Ekdahl"),
            per("Henrik Blom"),
            per("Petra", None, None, canon="Petra Holm"),
        ],
        orgs=[
            org("Länsstyrelsen", LST, "county_administrative_board"),
            org("Ronneby kommuns", "Ronneby", "municipality"),
            org("Sölvesborgs kommun", "Sölvesborg", "municipality"),
            org("E.ON Energidistribution", "E.ON Energidistribution", "company"),
            org("Karlskrona kommun", "Karlskrona", "municipality"),
            org("Olofström", "Olofström", "municipality"),
        ],
        munis=["Ronneby", "Sölvesborg", "Karlskrona", "Olofström"],
        topics=[
            "gemensam inriktning",
            "prioritering av elförsörjning",
            "samordning av reservkraft",
            "personalstöd till hemtjänsten",
        ],
        decisions=[
            "Konferensen enades om följande gemensamma inriktning för det fortsatta arbetet: prioritera elförsörjning till vattenverk, äldreboenden och trygghetspunkter, och informera allmänheten samordnat."
        ],
        follow_ups=[
            "Länsstyrelsen samordnar Ronneby kommuns begäran om reservkraft med Sölvesborgs kommun och E.ON Energidistribution.",
            "Johan återkommer till Henrik Blom senast kl. 13.00 i dag.",
            "Petra undersöker om Karlskrona kommun kan avvara personal till hemtjänsten i Olofström.",
        ],
    ),
    item(
        5,
        "5. Kommunikation",
        "Kommunikation",
        persons=[per("Maria Fransson"), per("Daniel Ottosson")],
        topics=["gemensamt budskap", "krisinformation", "information till allmänheten", "VMA"],
        decisions=["Konferensen beslutade att inte begära ett viktigt meddelande till allmänheten (VMA)."],
        follow_ups=[
            "Maria Fransson sammanställer ett gemensamt budskap om elavbrotten och trygghetspunkterna.",
            "Budskapet publiceras på krisinformation.se och på www.lansstyrelsen.se/blekinge före kl. 12.00.",
            "Kommunerna länkar till budskapet i sina egna kanaler.",
        ],
        bfol=[
            "Daniel Ottosson påminde om att allmänheten ska hänvisas till 113 13 för frågor som inte är akuta."
        ],
        urls=["krisinformation.se", "www.lansstyrelsen.se/blekinge"],
    ),
    item(
        6,
        "6. Nästa samverkanskonferens",
        "Nästa samverkanskonferens",
        topics=["nästa samverkanskonferens", "skriftliga lägesrapporter"],
        follow_ups=[
            "Nästa samverkanskonferens hålls måndag 17 januari kl. 09.00 via Teams.",
            "Aktörerna skickar en skriftlig lägesrapport till TiB senast kl. 08.00 samma dag.",
        ],
        bdec=["Nästa samverkanskonferens hålls måndag 17 januari kl. 09.00 via Teams."],
        dates=[dat("17 januari", "2028-01-17", inferred=True)],
    ),
]

write(
    "blekinge_samverkanskonferens_aktorstabell.txt",
    "Länsstyrelsen Blekinge län, regional samverkanskonferens (stormen 14–15 januari 2028)",
    "2028-01-16",
    ["söndag 16 januari 2028"],
    None,
    present,
    absent,
    recorded_by,
    items,
    end_marker="Ej närvarande:",
    item_start_marker="1. Inledning och syfte",
)
