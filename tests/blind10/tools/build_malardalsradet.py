# ruff: noqa: E501  (verbatim sentences of the minutes are data)
"""gold data: malardalsradet_beredning_innehall.txt → gold/malardalsradet_beredning_innehall.json."""

from __future__ import annotations

from gold_lib import att, dat, item, org, per, write

MR = "Mälardalsrådet"
SELF = "Mälardalsrådets tjänstemannaberedning"
STY = "Mälardalsrådets styrelse"
TRV = "Trafikverket"
ALL = [1, 2, 3, 4, 5, 6]

# Word export: a table of contents at the top repeats the § headings (items start after it); the
# attendance is a tab-separated table AT THE END (Namn / Organisation / Funktion / Deltagit §§);
# the `Deltagit §§` cell gives items_attended (no note: the cell is a column value, not a remark);
# `, ordförande` / `, sekreterare` in the Funktion cell are functions, the title before them the role.
present = [
    att("Erik Lund", "Västerås stad", "Västerås", "stadsdirektör", None, ALL),
    att("Maria Lund", "Region Uppsala", "Region Uppsala", "biträdande regiondirektör", None, ALL),
    att("Helena Strömberg", "Eskilstuna kommun", "Eskilstuna", "kommundirektör", None, ALL),
    att("Johan Alm", "Uppsala kommun", "Uppsala", "stadsdirektör", None, [1, 2, 3, 4]),
    att("Sara Nyqvist", "Region Sörmland", "Region Sörmland", "regiondirektör", None, ALL),
    att("Tomas Bergfors", "Örebro kommun", "Örebro", "kommundirektör", None, [3, 4, 5, 6]),
    att("Lina Falk", "Region Västmanland", "Region Västmanland", "regiondirektör", None, ALL),
    att("Anders Hed", "Enköpings kommun", "Enköping", "kommundirektör", None, ALL),
    att("Gunilla Sandell", TRV, TRV, "planeringschef", None, [3]),
    att("Kristina Wiik", MR, MR, "kanslichef", None, ALL),
    att("Oskar Bäck", MR, MR, "utredare", None, ALL),
]
# `Anmält förhinder: Name, Body; Name, Body.` one run-in line after the table.
absent = [
    att("Per Åkesson", "Strängnäs kommun", "Strängnäs"),
    att("Carina Holm", "Region Örebro län", "Region Örebro län"),
]
recorded_by = {"name": "Oskar Bäck", "canonical_name": "Oskar Bäck", "role": "utredare"}

items = [
    item(
        1,
        "§ 1 Mötets öppnande och dagordning",
        "Mötets öppnande och dagordning",
        persons=[per("Erik Lund", role="ordförande")],
        topics=["mötets öppnande", "dagordning"],
        decisions=["Dagordningen fastställdes med ett tillägg under övriga frågor."],
        bdec=["Ordföranden Erik Lund hälsade välkommen och öppnade mötet."],
    ),
    item(
        2,
        "§ 2 Föregående minnesanteckningar",
        "Föregående minnesanteckningar",
        topics=["föregående minnesanteckningar"],
        decisions=["Minnesanteckningarna från mötet den 25 september 2026 lades till handlingarna."],
        dates=[dat("25 september 2026", "2026-09-25")],
    ),
    item(
        3,
        "§ 3 Nationell plan för transportinfrastruktur",
        "Nationell plan för transportinfrastruktur",
        persons=[
            per("Gunilla Sandell", TRV),
            per("Johan Alm"),
            per("Lina Falk"),
            per("Kristina Wiik"),
        ],
        orgs=[
            org(TRV, TRV, "national_agency"),
            org("Uppsala kommuns", "Uppsala", "municipality"),
            org("Enköpings kommuns", "Enköping", "municipality"),
            org("Region Västmanlands", "Region Västmanland", "region"),
            org("Tjänstemannaberedningen", SELF, "network"),
        ],
        munis=["Uppsala", "Enköping"],
        topics=["nationell plan för transportinfrastruktur", "Mälarbanan", "gemensamt inspel", "remiss"],
        decisions=[
            "Tjänstemannaberedningen beslutade att ta fram ett gemensamt inspel till Trafikverket inför remissen."
        ],
        follow_ups=[
            "Kristina Wiik samordnar arbetet och skickar ett utkast till beredningen senast den 15 januari 2027.",
            "Trafikverket redovisar det reviderade planförslaget för regeringen den 1 mars 2027.",
        ],
        bdec=[
            "Johan Alm framhöll att Uppsala kommuns och Enköpings kommuns gemensamma yttrande från i våras fortfarande gäller.",
            "Det vore önskvärt att regionerna och kommunerna i Mälardalen talar med en röst i remissen.",
        ],
        dates=[
            dat("2026–2037", "2026/2037"),
            dat("i våras", "2026"),
            dat("15 januari 2027", "2027-01-15"),
            dat("1 mars 2027", "2027-03-01"),
        ],
    ),
    item(
        4,
        "§ 4 En Bättre Sits – storregional systemanalys",
        "En Bättre Sits – storregional systemanalys",
        persons=[
            per("Kristina Wiik"),
            per("Sara Nyqvist"),
            per("Helena Strömberg", also=["Helena"]),
        ],
        orgs=[
            org("En Bättre Sits", "En Bättre Sits", "programme"),
            org(STY, STY, "other"),
            org("Mälardalsrådets", MR, "association"),
            org("Region Sörmland", "Region Sörmland", "region"),
            org("Region Östergötland", "Region Östergötland", "region"),
            org("Eskilstuna kommun", "Eskilstuna", "municipality"),
            org("Stockholm", "Stockholm", "municipality"),
            org("Västerås", "Västerås", "municipality"),
        ],
        munis=["Eskilstuna", "Stockholm", "Västerås"],
        topics=["En Bättre Sits", "storregional systemanalys", "regionala utvecklingsstrategier", "pendling"],
        decisions=["Beredningen ställde sig bakom den föreslagna disponeringen av systemanalysen."],
        follow_ups=["Kristina Wiik återkommer med ett första textutkast till mötet i februari."],
        bdec=[
            "Sara Nyqvist lyfte att Region Sörmland och Region Östergötland vill se tydligare kopplingar till de regionala utvecklingsstrategierna.",
            "Helena föreslog att analysen även ska belysa godstransporterna till och från kombiterminalerna.",
        ],
        bfol=["Analysen ska enligt tidplanen antas av Mälardalsrådets styrelse i juni 2027."],
        dates=[dat("juni 2027", "2027-06"), dat("februari", "2027-02")],
    ),
    item(
        5,
        "§ 5 Kompetensförsörjning i Mälardalen",
        "Kompetensförsörjning i Mälardalen",
        persons=[
            per("Maria Lund", "Region Uppsala"),
            per("Tomas Bergfors", "Örebro kommun"),
        ],
        orgs=[
            org("Region Uppsala", "Region Uppsala", "region"),
            org("Örebro kommun", "Örebro", "municipality"),
            org("Arbetsförmedlingen", "Arbetsförmedlingen", "national_agency"),
            org("Mälardalens universitet", "Mälardalens universitet", "other"),
            org("Region Stockholms", "Region Stockholm", "region"),
            org("Tjänstemannaberedningen", SELF, "network"),
            org("Mälardalsrådets styrelse", STY, "other"),
            org("Mälardalsrådets", MR, "association"),
            org("Region Örebro län", "Region Örebro län", "region"),
        ],
        munis=["Örebro"],
        topics=["kompetensförsörjning", "bristyrken", "kartläggning", "traineeprogram"],
        decisions=[
            "Tjänstemannaberedningen beslutade att kartläggningen ska presenteras för Mälardalsrådets styrelse vid dess möte den 5 mars 2027."
        ],
        follow_ups=[
            "Tomas Bergfors och Maria Lund kompletterar underlaget med siffror från Region Örebro län före den 20 januari 2027."
        ],
        bfol=[
            "Tjänstemannaberedningen beslutade att kartläggningen ska presenteras för Mälardalsrådets styrelse vid dess möte den 5 mars 2027.",
            "Frågan om ett gemensamt traineeprogram kan komma att tas upp i ett senare skede.",
        ],
        dates=[
            dat("2030", "2030"),
            dat("5 mars 2027", "2027-03-05"),
            dat("20 januari 2027", "2027-01-20"),
        ],
    ),
    item(
        6,
        "§ 6 Övriga frågor och kommande möten",
        "Övriga frågor och kommande möten",
        persons=[per("Anders Hed"), per("Oskar Bäck")],
        orgs=[
            org("Enköpings kommun", "Enköping", "municipality"),
            org("Mälardalstrafik", "Mälardalstrafik AB", "company"),
            org("tjänstemannaberedningen", SELF, "network"),
            org("Västerås", "Västerås", "municipality"),
        ],
        munis=["Enköping", "Västerås"],
        topics=["nattåg", "årsrapport", "mötesplan 2027"],
        follow_ups=[
            "Kommande möten för tjänstemannaberedningen 2027: 12 februari, 16 april och 11 juni.",
            "Mötet den 16 april hålls i Västerås.",
        ],
        bfol=[
            "Anders Hed informerade om att Enköpings kommun och Mälardalstrafik inleder en dialog om nattågstrafiken under våren.",
            "Oskar Bäck påminde om att årsrapporten för 2026 ska vara kansliet till handa senast den 31 januari 2027.",
        ],
        dates=[
            dat("våren", "2027"),
            dat("2026", "2026"),
            dat("31 januari 2027", "2027-01-31"),
            dat("2027", "2027"),
            dat("12 februari", "2027-02-12"),
            dat("16 april", "2027-04-16"),
            dat("11 juni", "2027-06-11"),
        ],
    ),
]

write(
    "malardalsradet_beredning_innehall.txt",
    "Mälardalsrådets tjänstemannaberedning",
    "2026-11-27",
    ["Datum: 27.11.2026"],
    present,
    absent,
    recorded_by,
    items,
    item_end="\nNärvaro\n\nNamn",
    item_start="Närvaro\t5",
)
