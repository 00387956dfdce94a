# ruff: noqa: E501  (verbatim sentences of the minutes are data)
"""gold data: skane_samverkansgrupp.txt → gold/skane_samverkansgrupp.json."""

from __future__ import annotations

from gold_lib import att, dat, item, org, per, write

RS = "Region Skåne"
KFS = "Skånes kommuner"
IVO = "Inspektionen för vård och omsorg"
GRP = "Samverkansgruppen Region Skåne och Skånes kommuner"

present = [
    att("Gunilla Hedén", RS, RS, "hälso- och sjukvårdsdirektör"),
    att("Fredrik Lindahl", RS, RS, "primärvårdschef"),
    att("Maja Strand", RS, RS, "strateg, koncernkontoret"),
    att("Anna-Karin Mårtensson", "Kommunförbundet Skåne", KFS, "förbundsdirektör"),
    att("Oskar Pihl", "Kommunförbundet Skåne", KFS, "utvecklingsledare"),
    att("Helena Rosén", "Malmö stad", "Malmö", "vård- och omsorgsdirektör"),
    att("Jesper Nilsson", "Helsingborgs stad", "Helsingborg", "socialdirektör"),
    att("Camilla Olsson", "Kristianstads kommun", "Kristianstad", "förvaltningschef"),
    att("Björn Hägg", "Ystads kommun", "Ystad", "socialchef"),
    att("Karolina Nilsson", "Hässleholms kommun", "Hässleholm", "socialchef"),
    att("Tove Axelsson", IVO, IVO, "enhetschef", "(p 2)", [2]),
]
absent = [
    att("Gustav Lind", "Lunds kommun", "Lund", "förvaltningschef"),
    att("Eva Sjöstrand", "Trelleborgs kommun", "Trelleborg", "socialchef"),
]
items = [
    item(
        1,
        "Punkt 1: Föregående anteckningar",
        "Föregående anteckningar",
        decisions=["Anteckningarna från mötet den 14 februari godkändes."],
        dates=[dat("14 februari", "2025-02-14")],
        topics=["mötesformalia"],
    ),
    item(
        2,
        "Punkt 2: Tillsyn av samverkan vid utskrivning",
        "Tillsyn av samverkan vid utskrivning",
        persons=[
            per("Tove Axelsson", "IVO"),
            per("Oskar Pihl", also=["Oskar"]),
            per("Maja Strand", also=["Maja"]),
        ],
        orgs=[org("IVO", IVO, "national_agency")],
        topics=["utskrivning från slutenvård", "tillsyn", "informationsöverföring", "hemsjukvård"],
        decisions=[
            "Gruppen beslutar att ge Oskar Pihl och Maja Strand i uppdrag att ta fram en gemensam åtgärdsplan."
        ],
        follow_ups=["Oskar och Maja återkommer till gruppen den 16 maj."],
        bfol=["Rapporten publiceras i april."],
        dates=[dat("april", "2025-04"), dat("16 maj", "2025-05-16")],
    ),
    item(
        3,
        "Punkt 3: Färdplan för nära vård i Skåne",
        "Färdplan för nära vård i Skåne",
        persons=[per("Fredrik Lindahl"), per("Helena Rosén", "Malmö"), per("Jesper Nilsson", "Helsingborg")],
        orgs=[
            org("Region Skåne", RS, "region"),
            org("Kommunförbundet Skåne", KFS, "association"),
            org("Socialstyrelsen", "Socialstyrelsen", "national_agency"),
            org("SKR", "Sveriges Kommuner och Regioner", "association"),
            org("Samverkansgruppen", GRP, "network"),
            org("Regionala politiska samverkansrådet", "Regionala politiska samverkansrådet", "network"),
        ],
        munis=["Malmö", "Helsingborg"],
        topics=["nära vård", "omställning", "färdplan"],
        decisions=[
            "Samverkansgruppen godkänner färdplanen och lämnar den till Regionala politiska samverkansrådet för beslut den 27 mars."
        ],
        bdec=[
            "Region Skåne och Kommunförbundet Skåne har kommit överens om fem gemensamma målområden för 2025–2027.",
            "Helena Rosén, Malmö, och Jesper Nilsson, Helsingborg, betonade vikten av att de mindre kommunerna får stöd i implementeringen.",
        ],
        bfol=[
            "Samverkansgruppen godkänner färdplanen och lämnar den till Regionala politiska samverkansrådet för beslut den 27 mars."
        ],
        dates=[dat("2025–2027", "2025/2027"), dat("27 mars", "2025-03-27")],
    ),
    item(
        4,
        "Punkt 4: Digital vårdplanering",
        "Digital vårdplanering",
        persons=[per("Maja Strand")],
        orgs=[
            org("Ystad", "Ystad", "municipality"),
            org("Hässleholm", "Hässleholm", "municipality"),
            org("Kristianstad", "Kristianstad", "municipality"),
            org("E-hälsomyndigheten", "E-hälsomyndigheten", "national_agency"),
            org("Kommunförbundet Skåne", KFS, "association"),
        ],
        munis=["Ystad", "Hässleholm", "Kristianstad"],
        topics=["digital vårdplanering", "digitalisering", "informationssäkerhet"],
        follow_ups=[
            "Ystad, Hässleholm och Kristianstad är pilotkommuner och driftstart planeras till hösten 2025.",
            "Kommunförbundet Skåne kommer att samordna kommunernas utbildningsinsatser.",
        ],
        dates=[dat("hösten 2025", "2025")],
        urls=["https://www.kfsk.se/digital-vardplanering"],
    ),
    item(
        5,
        "Punkt 5: Psykiatri och beroendevård",
        "Psykiatri och beroendevård",
        persons=[per("Karolina Nilsson"), per("Gunilla Hedén", also=["Gunilla"])],
        orgs=[
            org("Region Skåne", RS, "region"),
            org("BUP", "Barn- och ungdomspsykiatrin, Region Skåne", "other"),
        ],
        topics=["psykiatri", "barn- och ungdomspsykiatri", "samsjuklighet", "beroendevård"],
        decisions=["Gruppen vill att frågan om gemensamma mottagningar för samsjuklighet utreds."],
        follow_ups=["Gunilla tar med sig frågan till regionens ledningsgrupp."],
    ),
    item(
        6,
        "Punkt 6: Övriga frågor",
        "Övriga frågor",
        persons=[per("Anna-Karin Mårtensson")],
        orgs=[org("Skånes kommuners", KFS, "association")],
        munis=["Lund"],
        topics=["kompetensförsörjning"],
        follow_ups=["Nästa möte: 16 maj."],
        bfol=[
            "Anna-Karin Mårtensson påminde om Skånes kommuners konferens om kompetensförsörjning den 10 april i Lund."
        ],
        dates=[dat("10 april", "2025-04-10"), dat("16 maj", "2025-05-16")],
    ),
]
write(
    "skane_samverkansgrupp.txt",
    GRP,
    "2025-03",
    [
        "Anteckningarna från mötet den 14 februari godkändes.",
        "lämnar den till Regionala politiska samverkansrådet för beslut den 27 mars",
        "fem gemensamma målområden för 2025–2027",
        "driftstart planeras till hösten 2025",
    ],
    present,
    absent,
    {"name": "Oskar Pihl", "canonical_name": "Oskar Pihl", "role": None},
    items,
    item_end="Vid protokollet",
)
