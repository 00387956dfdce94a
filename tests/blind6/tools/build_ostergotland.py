# ruff: noqa: E501  (verbatim sentences of the minutes are data)
"""gold data: ostergotland_kommundirektorer_kryss.txt → gold/ostergotland_kommundirektorer_kryss.json."""

from __future__ import annotations

from gold_lib import att, dat, item, org, per, write

RO = "Region Östergötland"
LST = "Länsstyrelsen i Östergötlands län"
KDG = "Östergötlands kommundirektörsgrupp"

# A checkbox roll call: "[x] Body – Name, role" is present, "[ ] Body – Name, role" absent;
# "(antecknare)" is a function marker (the recorder), "(punkt 2.2)" a note (items attended).
present = [
    att("Mats Carlsson", "Linköping", "Linköping", "kommundirektör"),
    att("Ingrid Falk", "Norrköping", "Norrköping", "kommundirektör"),
    att("Fredrik Sund", "Motala", "Motala", "tf. kommundirektör"),
    att("Anna Grip", "Mjölby", "Mjölby", "kommundirektör"),
    att("Ola Wennerberg", "Finspång", "Finspång", "kommundirektör"),
    att("Johanna Ek", "Vadstena", "Vadstena", "kommundirektör"),
    att("Cecilia Lund", RO, RO, "regiondirektör"),
    att("Jesper Öhman", RO, RO, "nämndsekreterare"),
    att(
        "Sara Lindquist",
        "Linköpings kommun",
        "Linköping",
        "digitaliseringschef",
        "(punkt 2.2)",
        [2],
        canon="Sara Lindqvist",
    ),
    att("Oskar Hedlund", "Länsstyrelsen Östergötland", LST, "enhetschef", "(punkt 3)", [3]),
]
absent = [
    att("Malin Hed", "Söderköping", "Söderköping", "kommundirektör"),
    att("Robert Grip", "Kinda", "Kinda", "kommundirektör"),
]
recorded_by = {"name": "Jesper Öhman", "canonical_name": "Jesper Öhman", "role": "nämndsekreterare"}

items = [
    item(
        1,
        "1 Inledning",
        "Inledning",
        subheadings=["Föregående anteckningar", "Dagordning"],
        persons=[per("Cecilia Lund")],
        topics=["föregående anteckningar", "dagordning"],
        decisions=[
            "Anteckningarna från mötet den 13 november godkändes.",
            "Dagordningen fastställdes med en extra fråga om vinterväghållning under punkt 4.",
        ],
        dates=[dat("13 november", "2026-11-13")],
    ),
    item(
        2,
        "2 Digitalisering",
        "Digitalisering",
        subheadings=["Gemensam e-arkivlösning", "AI i bygglov – erfarenheter från Linköping"],
        persons=[
            per("Ingrid Falk"),
            per("Sara Lindquist", canon="Sara Lindqvist"),
            per("Fredrik Sund"),
        ],
        orgs=[
            org("Norrköping", "Norrköping", "municipality", "Norrköpings kommun"),
            org("Inera", "Inera", "company"),
            org("Kommundirektörsgruppen", KDG, "network"),
        ],
        munis=["Norrköping", "Linköping", "Motala"],
        topics=["e-arkiv", "digitalisering", "AI", "bygglov", "gemensam förvaltning"],
        decisions=[
            "Kommundirektörsgruppen ställde sig bakom den fortsatta planeringen.",
            "Gruppen beslutade att Linköping och Motala tar fram ett förslag på gemensam förvaltning av AI-stödet.",
        ],
        follow_ups=[
            "Norrköpings kommun skickar ut ett avtalsförslag till kommunerna senast den 31 januari.",
            "Förslaget presenteras på mötet i mars.",
        ],
        bfol=["Nio kommuner deltar och driftstarten är planerad till september 2027."],
        dates=[dat("september 2027", "2027-09"), dat("31 januari", "2027-01-31"), dat("mars", "2027-03")],
        urls=["https://www.linkoping.se/ai-bygglov"],
    ),
    item(
        3,
        "3 Civilt försvar och beredskap",
        "Civilt försvar och beredskap",
        persons=[per("Oskar Hedlund"), per("Ola Wennerberg")],
        orgs=[
            org("Myndigheten för civilt försvar", "Myndigheten för civilt försvar", "national_agency"),
            org("Länsstyrelsen", LST, "county_administrative_board"),
        ],
        topics=["civilt försvar", "övning", "krigsorganisation", "säkerhetsskydd", "utbildning"],
        decisions=[
            "Kommundirektörerna var eniga om att Länsstyrelsen samordnar en gemensam utbildning i säkerhetsskydd under våren."
        ],
        follow_ups=["Oskar Hedlund återkommer med datum för utbildningen senast den 15 januari."],
        bdec=["Ola Wennerberg påpekade att de mindre kommunerna behöver stöd med säkerhetsskyddsanalyser."],
        bfol=[
            "Oskar Hedlund informerade om länets nya inriktning för civilt försvar och om den regionala övningen som genomförs 22–23 april 2027.",
            "Myndigheten för civilt försvar har begärt in kommunernas planer för krigsorganisation senast den 30 juni 2027.",
        ],
        dates=[
            dat("22–23 april 2027", "2027-04-22/2027-04-23"),
            dat("30 juni 2027", "2027-06-30"),
            dat("våren", "2027"),
            dat("15 januari", "2027-01-15"),
        ],
    ),
    item(
        4,
        "4 Övrigt",
        "Övrigt",
        subheadings=["Vinterväghållning", "Nästa möte"],
        persons=[per("Anna Grip")],
        orgs=[
            org("Trafikverkets", "Trafikverket", "national_agency", "Trafikverket"),
            org(RO, RO, "region"),
        ],
        munis=["Mjölby", "Boxholm", "Vadstena"],
        topics=["vinterväghållning", "riksväg 32", "nästa möte"],
        follow_ups=[
            "Region Östergötland lyfter frågan i sin dialog med Trafikverket den 20 januari.",
            "Nästa möte hålls fredag 22 januari 2027 kl. 9.00–12.00 i Vadstena.",
        ],
        bdec=[
            "Anna Grip tog upp Trafikverkets nya upphandling av vinterväghållning och problemen på riksväg 32 mellan Mjölby och Boxholm förra vintern."
        ],
        dates=[dat("20 januari", "2027-01-20"), dat("22 januari 2027", "2027-01-22")],
    ),
]

write(
    "ostergotland_kommundirektorer_kryss.txt",
    KDG,
    "2026-12-11",
    ["Mötesdatum: 2026-12-11"],
    present,
    absent,
    recorded_by,
    items,
    item_end="Anteckningar: Jesper",
)
