# ruff: noqa: E501  (verbatim sentences of the minutes are data)
"""gold data: uppsala_kommundirektorer_punkt.txt → gold/uppsala_kommundirektorer_punkt.json."""

from __future__ import annotations

from gold_lib import att, dat, item, org, per, write

RU = "Region Uppsala"
LST = "Länsstyrelsen i Uppsala län"
KDG = "Kommundirektörsgruppen i Uppsala län"

# "Närvarande: se bilaga": the list is not in the document; only the people named in the header
# (chair, invited guests, note-taker) are present here.
present = [
    att("Jonas Lundqvist", "Tierps kommun", "Tierp", "kommundirektör"),
    att("Sofie Lundqvist", LST, LST, "säkerhetsstrateg", "(p 2)", [2]),
    att("Daniel Ferm", "Trafikverket", "Trafikverket", "regional planeringschef", "(p 3)", [3]),
    att("Therese Holmgren", RU, RU),
]
recorded_by = {"name": "Therese Holmgren", "canonical_name": "Therese Holmgren", "role": None}

items = [
    item(
        1,
        "### Punkt 1: Inledning",
        "Inledning",
        persons=[per("Jonas Lundqvist")],
        topics=["mötets öppnande", "föregående anteckningar", "dagordning"],
        decisions=[
            "Minnesanteckningarna från den 28 augusti godkändes.",
            "En punkt om gemensam hantering av skyddade personuppgifter lades till under övrigt.",
        ],
        dates=[dat("28 augusti", "2026-08-28")],
    ),
    item(
        2,
        "### Punkt 2: Civilt försvar – länets ledningsstruktur",
        "Civilt försvar – länets ledningsstruktur",
        persons=[per("Sofie Lundqvist", LST), per("Elin Sandgren", "Knivsta")],
        orgs=[org(LST, LST, "county_administrative_board", "Länsstyrelsen")],
        munis=["Knivsta", "Håbo"],
        topics=["civilt försvar", "regional ledningsstruktur", "höjd beredskap", "krisledning"],
        decisions=["Gruppen ställer sig bakom förslaget till ledningsstruktur."],
        follow_ups=[
            "Länsstyrelsen vill att varje kommun utser en kontaktperson för civilt försvar senast den 15 oktober.",
            "Länsstyrelsen återkommer med en övningsplan för 2027 till mötet i december.",
        ],
        dates=[dat("15 oktober", "2026-10-15"), dat("2027", "2027"), dat("december", "2026-12")],
    ),
    item(
        3,
        "### Punkt 3: Trafikförsörjning och Ostkustbanan",
        "Trafikförsörjning och Ostkustbanan",
        persons=[per("Daniel Ferm", "Trafikverket"), per("Erik Dahlin", RU)],
        orgs=[
            org("Trafikverket", "Trafikverket", "national_agency"),
            org("Gävle", "Gävle", "municipality"),
            org("Kollektivtrafikförvaltningen UL", "Kollektivtrafikförvaltningen UL", "region"),
            org(RU, RU, "region"),
            org("Kommundirektörsgruppen", KDG, "network"),
        ],
        munis=["Uppsala", "Tierp", "Älvkarleby"],
        topics=[
            "Ostkustbanan",
            "dubbelspår",
            "trafikförsörjningsprogram",
            "kollektivtrafik",
            "stationslägen",
        ],
        decisions=["Kommundirektörsgruppen beslutade att lämna gemensamma synpunkter på programmet."],
        follow_ups=[
            "Trafikverket fattar beslut om den fortsatta planläggningen under första kvartalet 2027.",
            "Kollektivtrafikförvaltningen UL tar fram ett nytt trafikförsörjningsprogram; Erik Dahlin (Region Uppsala) presenterar ett utkast den 13 november.",
        ],
        bdec=["Tierp och Älvkarleby betonade vikten av stationslägen i norra länet."],
        dates=[dat("första kvartalet 2027", "2027"), dat("13 november", "2026-11-13")],
    ),
    item(
        4,
        "### Punkt 4: Kompetensförsörjning – gemensam traineesatsning",
        "Kompetensförsörjning – gemensam traineesatsning",
        persons=[per("Anna Wärnberg", "Enköping"), per("Therese Holmgren")],
        orgs=[
            org("Uppsala kommun", "Uppsala", "municipality"),
            org("HR-direktörsnätverket", "HR-direktörsnätverket i Uppsala län", "network"),
        ],
        munis=["Enköping", "Uppsala"],
        topics=["kompetensförsörjning", "traineeprogram", "socionomer", "ingenjörer", "kostnadsfördelning"],
        decisions=[
            "Kommundirektörerna ställer sig bakom förslaget och ger HR-direktörsnätverket i uppdrag att ta fram en projektplan."
        ],
        follow_ups=[
            "Anna Wärnberg och Therese Holmgren återkommer med projektplanen till mötet den 11 december."
        ],
        bdec=["Kostnaden fördelas efter invånarantal; Uppsala kommun har redan avsatt medel."],
        dates=[dat("augusti 2027", "2027-08"), dat("11 december", "2026-12-11")],
        urls=["https://www.regionuppsala.se/kompetensforsorjning"],
    ),
    item(
        5,
        "### Punkt 5: Övrigt",
        "Övrigt",
        persons=[per("Karl Berglöf", "Östhammar")],
        munis=["Östhammar", "Enköping"],
        topics=["skyddade personuppgifter", "nästa möte"],
        follow_ups=[
            "Skyddade personuppgifter: Östhammar tar upp frågan med kommunernas chefsjurister, och Karl Berglöf (Östhammar) rapporterar till nästa möte.",
            "Nästa möte: 11 december, Enköping.",
        ],
        dates=[dat("11 december", "2026-12-11")],
    ),
]

write(
    "uppsala_kommundirektorer_punkt.txt",
    KDG,
    "2026-09-18",
    ["fredag 18 september 2026"],
    present,
    [],
    recorded_by,
    items,
    item_end="*Bilaga: Deltagarlista",
)
