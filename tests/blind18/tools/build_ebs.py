# ruff: noqa: E501  (verbatim sentences of the minutes are data)
"""gold data: en_battre_sits_arbetsgrupp_tabellrader.txt → gold/en_battre_sits_arbetsgrupp_tabellrader.json."""

from __future__ import annotations

from gold_lib import att, dat, item, org, per, write

TRV = "Trafikverket"
MALAB = "Mälardalstrafik AB"
EBS = "En Bättre Sits"

# `pdftotext -layout` of a Word template: a letterhead (`MINNESANTECKNINGAR`, date, `Sida 1 (3)` on
# the right), a space-aligned label column (`Möte`, `Datum`, `Plats`, `Närvarande`, `Adjungerade`,
# `Förhinder`, `Antecknare`) whose `Närvarande` value is GROUPED BY REGION, one region per line:
# `Region X: Name, Name (note)`; then the ITEMS ARE THE ROWS OF A TWO-COLUMN TABLE (`Nr   Punkt` |
# `Anteckningar`): number and title in the left column on the row's first line only, the notes wrapped
# in the right column (from column 30), blank lines between the cell's paragraphs; a running header and
# the repeated table header row (`Nr   Punkt   Anteckningar`) after each form feed; a `Bilagor:` line
# after the table (not part of item 6).
# Item spans run from the row's first line to the next row; the wrapped notes are compared with
# whitespace collapsed; page furniture inside a span is not content (no sentence crosses a page break).
# Choices: `Arbetsgruppen`/`Gruppen` (the meeting body, bare) are not annotated; `En Bättre Sits` (the
# collaboration's own name) is a self-mention, kind network; `Den politiska styrgruppen` is the
# collaboration's OTHER organ (the political steering group), annotated as an organisation; railways
# and lines (`Ostlänken`, `Ostkustbanan`, `Mälarbanan`, `Svealandsbanan`, `tunnelbanans`), the train
# brand `Mälartåg`, the event `Almedalsveckan`, `Mälardalen` and the places `Kallhäll`/`Tomteboda` are
# not organisations; every municipality named in an item (also in a corridor `Stockholm–Västerås–Örebro`)
# counts; `Stockholms Handelskammare` names a chamber of commerce, not the municipality; `Region Uppsalas`
# is the region. The Trafikverket and Mälardalstrafik people under `Adjungerade` are present.
present = [
    att("Karin Åberg", "Region Stockholm", "Region Stockholm"),
    att("Johan Ekman", "Region Stockholm", "Region Stockholm", None, "(punkt 1–4)", [1, 2, 3, 4]),
    att("Lars Wahlström", "Region Uppsala", "Region Uppsala", "ordförande"),
    att("Elin Sandgren", "Region Uppsala", "Region Uppsala", "antecknare"),
    att("Peter Holmgren", "Region Sörmland", "Region Sörmland", None, "(ersättare för Maria Sandell)"),
    att("Jenny Ahlqvist", "Region Östergötland", "Region Östergötland", None, "(via Teams)"),
    att("Mattias Brink", "Region Örebro län", "Region Örebro län"),
    att("Therese Lundqvist", "Region Västmanland", "Region Västmanland"),
    att("Sofia Wahlström", "Region Gävleborg", "Region Gävleborg", None, "(via Teams)"),
    att("Göran Lindh", "Trafikverket", TRV, "adjungerad"),
    att("Nina Hed", "Mälardalstrafik", MALAB, "adjungerad", "(punkt 3)", [3]),
]
absent = [
    att("Maria Sandell", "Region Sörmland", "Region Sörmland"),
    att("Ulf Berglund", "Trafikverket", TRV),
]
recorded_by = {"name": "Elin Sandgren", "canonical_name": "Elin Sandgren", "role": None}

items = [
    item(
        1,
        "1.   Mötets öppnande",
        "Mötets öppnande",
        persons=[
            per("Lars Wahlström", None, None, "chair, opens the meeting"),
            per("Peter Holmgren", None, None, "welcomed as substitute"),
        ],
        topics=["mötets öppnande", "dagordning", "föregående minnesanteckningar"],
        decisions=[
            "Dagordningen godkändes.",
            "Minnesanteckningarna från mötet den 9 februari lades till handlingarna.",
        ],
        dates=[dat("9 februari", "2028-02-09")],
    ),
    item(
        2,
        "2.   Systemanalys 2050",
        "Systemanalys 2050",
        persons=[
            per(
                "Mattias Brink",
                None,
                "Region Örebro län",
                "presents the updated system analysis",
                ["Mattias"],
            ),
            per("Jenny Ahlqvist", None, None, "Ostlänken's timetable"),
            per("Sofia Wahlström", None, None, "Ostkustbanan north of Uppsala"),
        ],
        orgs=[
            org("Region Örebro län", "Region Örebro län", "region"),
            org("Trafikverkets", TRV, "national_agency"),
            org("Stockholm", "Stockholm", "municipality"),
            org("Västerås", "Västerås", "municipality"),
            org("Örebro", "Örebro", "municipality"),
            org("Norrköping", "Norrköping", "municipality"),
            org("Linköping", "Linköping", "municipality"),
            org("Uppsala", "Uppsala", "municipality"),
            org("Gävle", "Gävle", "municipality"),
            org("politiska styrgruppen", "En Bättre Sits politiska styrgrupp", "network"),
        ],
        munis=["Stockholm", "Västerås", "Örebro", "Norrköping", "Linköping", "Uppsala", "Gävle"],
        topics=[
            "storregional systemanalys",
            "befolkningsprognoser",
            "prioriterade stråk",
            "Ostlänken",
            "remiss till regionerna",
        ],
        decisions=["Arbetsgruppen beslutade att skicka förslaget på remiss till de sju regionerna."],
        follow_ups=[
            "Remissvaren lämnas till Mattias senast den 31 maj.",
            "Den politiska styrgruppen behandlar systemanalysen den 21 september.",
        ],
        bdec=[
            "Jenny Ahlqvist påpekade att Ostlänkens nya tidplan måste synas i analysen.",
            "Sofia Wahlström betonade att Ostkustbanan norr om Uppsala inte får hamna i skuggan av Mälardalen.",
        ],
        bfol=["Arbetsgruppen beslutade att skicka förslaget på remiss till de sju regionerna."],
        dates=[dat("2027", "2027"), dat("31 maj", "2028-05-31"), dat("21 september", "2028-09-21")],
    ),
    item(
        3,
        "3.   Regional tågtrafik",
        "Regional tågtrafik",
        persons=[
            per(
                "Nina Hed",
                None,
                "Mälardalstrafik",
                "informs about Mälartåg during the works",
                ["Nina"],
                MALAB,
            ),
            per("Therese Lundqvist", None, None, "commuters need information"),
            per("Peter Holmgren", None, None, "asks about Svealandsbanan"),
            per("Göran Lindh", None, None, "takes the coordination question to Trafikverket"),
        ],
        orgs=[
            org("Mälardalstrafik", MALAB, "company", "MÄLAB"),
            org("Trafikverkets", TRV, "national_agency"),
            org("Västerås", "Västerås", "municipality"),
            org("Stockholm", "Stockholm", "municipality"),
            org("Sundbyberg", "Sundbyberg", "municipality"),
            org("Enköping", "Enköping", "municipality"),
        ],
        munis=["Västerås", "Stockholm", "Sundbyberg", "Enköping"],
        topics=[
            "regional tågtrafik",
            "banarbeten på Mälarbanan",
            "ersättningstrafik",
            "information till pendlare",
        ],
        decisions=["Arbetsgruppen noterade informationen."],
        follow_ups=[
            "Mälardalstrafik återkommer med en konsekvensbeskrivning för ersättningstrafiken till nästa möte.",
            "Göran Lindh tar med sig frågan om samordning av banarbetena till Trafikverkets planering för hösten.",
        ],
        bdec=[
            "Therese Lundqvist framförde att pendlarna i Västerås och Enköping behöver information senast i maj."
        ],
        bfol=[
            "Under arbetena går tågen mellan Västerås och Stockholm var 30:e minut och ersättningsbussar sätts in mellan Kallhäll och Sundbyberg."
        ],
        dates=[
            dat("juni–augusti 2028", "2028-06/2028-08"),
            dat("maj", "2028-05"),
            dat("sommar", "2028"),
            dat("hösten", "2028"),
        ],
    ),
    item(
        4,
        "4.   Inför nästa planperiod",
        "Inför nästa planperiod",
        persons=[
            per("Karin Åberg", None, "Region Stockholm", "introduces the national plan work", ["Karin"]),
            per("Johan Ekman", None, None, "Region Stockholm's metro question"),
            per("Mattias Brink", None, None, "drafts the joint letter"),
        ],
        orgs=[
            org("Region Stockholm", "Region Stockholm", "region"),
            org("Trafikverket", TRV, "national_agency"),
            org("En Bättre Sits", EBS, "network"),
            org("Regeringskansliet", "Regeringskansliet", "national_agency"),
        ],
        topics=[
            "nationell plan för transportinfrastrukturen",
            "inriktningsunderlag",
            "gemensamt budskap",
            "gemensam skrivelse",
            "tunnelbanans utbyggnad",
        ],
        decisions=[
            "Gruppen var överens om att regionerna ska stå bakom ett gemensamt budskap, med systemanalysen som grund.",
            "Arbetsgruppen beslutade att ta fram en gemensam skrivelse från regionerna till Regeringskansliet.",
        ],
        follow_ups=["Karin och Mattias Brink skriver ett första utkast till nästa möte."],
        bfol=[
            "Trafikverket väntas lämna sitt inriktningsunderlag i oktober 2028.",
            "Arbetsgruppen beslutade att ta fram en gemensam skrivelse från regionerna till Regeringskansliet.",
        ],
        dates=[dat("oktober 2028", "2028-10")],
    ),
    item(
        5,
        "5.   Kommunikation",
        "Kommunikation",
        persons=[per("Therese Lundqvist", None, None, "web site, newsletter, seminar", ["Therese"])],
        orgs=[
            org("En Bättre Sits", EBS, "network"),
            org("Stockholms Handelskammare", "Stockholms Handelskammare", "association"),
        ],
        topics=["webbplats", "nyhetsbrev", "seminarium om arbetspendling", "Almedalsveckan"],
        decisions=[
            "Arbetsgruppen ställde sig bakom seminariet under förutsättning att kostnaden ryms i årets budget."
        ],
        follow_ups=[
            "Nyhetsbrevet går ut den 24 maj.",
            "Therese stämmer av programmet med Stockholms Handelskammare och återkommer till arbetsgruppen per e-post.",
        ],
        bfol=[
            "Therese Lundqvist berättade att webbplatsen www.enbattresits.se flyttas till ny plattform under maj.",
            "En Bättre Sits planerar ett seminarium om arbetspendling under Almedalsveckan tillsammans med Stockholms Handelskammare.",
        ],
        dates=[dat("maj", "2028-05"), dat("24 maj", "2028-05-24")],
        urls=["www.enbattresits.se"],
    ),
    item(
        6,
        "6.   Övriga frågor",
        "Övriga frågor",
        persons=[per("Lars Wahlström", None, None, "announces the change of chair")],
        orgs=[
            org("Region Västmanland", "Region Västmanland", "region"),
            org("Uppsala", "Uppsala", "municipality"),
            org("Region Uppsalas", "Region Uppsala", "region"),
        ],
        munis=["Uppsala"],
        topics=["ordförandeskap", "rotationsordning", "nästa möte"],
        follow_ups=["Nästa möte: torsdag 8 juni 2028 kl. 09.30–12.00 i Uppsala, Region Uppsalas lokaler."],
        bfol=[
            "Lars Wahlström meddelade att ordförandeskapet går över till Region Västmanland den 1 januari 2029 enligt rotationsordningen."
        ],
        dates=[dat("1 januari 2029", "2029-01-01"), dat("8 juni 2028", "2028-06-08")],
    ),
]

write(
    "en_battre_sits_arbetsgrupp_tabellrader.txt",
    "En Bättre Sits, arbetsgruppen (the seven regions of Östra Mellansverige; Trafikverket and Mälardalstrafik adjungerade)",
    "2028-04-13",
    ["Torsdag 13 april 2028, kl. 09.30–12.30", "2028-04-13"],
    "Region Västmanland, Västerås",
    present,
    absent,
    recorded_by,
    items,
    "Bilagor:",
)
