# ruff: noqa: E501  (verbatim sentences of the minutes are data)
"""gold data: sormland_kommundirektorer_tabell.txt → gold/sormland_kommundirektorer_tabell.json."""

from __future__ import annotations

from gold_lib import att, dat, item, org, per, write

RS = "Region Sörmland"
LST = "Länsstyrelsen i Södermanlands län"
MCF = "Myndigheten för civilt försvar"
KDG = "Kommundirektörsgruppen i Sörmland"

present = [
    att("Cecilia Strandberg", "Nyköpings kommun", "Nyköping", "kommundirektör"),
    att("Petra Ljungdahl", "Eskilstuna kommun", "Eskilstuna", "kommundirektör"),
    att("Mats Hedenström", "Flens kommun", "Flen", "kommunchef"),
    att("Lovisa Arnell", "Gnesta kommun", "Gnesta", "kommunchef", "(digitalt)"),
    att("Jonas Wibom", "Katrineholms kommun", "Katrineholm", "kommundirektör"),
    att("Ola Nordgren", "Strängnäs kommun", "Strängnäs", "kommundirektör"),
    att("Johanna Fält", "Trosa kommun", "Trosa", "kommunchef"),
    att("Henrik Åslund", RS, RS, "regiondirektör"),
    att("Sanna Eriksdotter", RS, RS, "utvecklingsstrateg"),
    att("Kristoffer Almqvist", "Inera", "Inera AB", "verksamhetsutvecklare", "(p 3)", [3]),
    att("Maja Tell", LST, LST, "beredskapsdirektör", "(p 4)", [4]),
]
absent = [
    att("Gunnar Wiklöf", "Oxelösund", "Oxelösund"),
    att("Elin Hallgren", "Vingåker", "Vingåker"),
]
recorded_by = {
    "name": "Sanna Eriksdotter",
    "canonical_name": "Sanna Eriksdotter",
    "role": "utvecklingsstrateg",
}

items = [
    item(
        1,
        "1. Mötets öppnande och föregående anteckningar",
        "Mötets öppnande och föregående anteckningar",
        persons=[per("Cecilia Strandberg")],
        topics=["mötets öppnande", "föregående anteckningar"],
        decisions=["Anteckningarna från den 8 maj godkändes."],
        dates=[dat("8 maj", "2026-05-08")],
    ),
    item(
        2,
        "2. Region Sörmlands ekonomi och omställningen till nära vård",
        "Region Sörmlands ekonomi och omställningen till nära vård",
        persons=[per("Henrik Åslund"), per("Jonas Wibom", "Katrineholm"), per("Mats Hedenström", "Flen")],
        orgs=[
            org(RS, RS, "region", "Region Sörmlands"),
            org("Regionstyrelsen", "Region Sörmlands regionstyrelse", "region"),
            org("Kommundirektörsgruppen", KDG, "network"),
        ],
        munis=["Katrineholm", "Flen"],
        topics=["regionens ekonomi", "nära vård", "primärvård", "vårdcentraler"],
        decisions=["Kommundirektörsgruppen noterade informationen."],
        follow_ups=[
            "Regionstyrelsen fattar beslut om den nya primärvårdsorganisationen den 23 juni.",
            "Henrik Åslund återkommer med en fördjupad dragning om primärvården i höst.",
        ],
        dates=[dat("2026", "2026"), dat("23 juni", "2026-06-23"), dat("i höst", "2026")],
    ),
    item(
        3,
        "3. Säker digital kommunikation och e-legitimation",
        "Säker digital kommunikation och e-legitimation",
        persons=[per("Kristoffer Almqvist", "Inera"), per("Petra Ljungdahl"), per("Sanna Eriksdotter")],
        orgs=[org("Inera", "Inera AB", "company")],
        munis=["Eskilstuna", "Strängnäs"],
        topics=["säker digital kommunikation", "e-legitimation", "gemensamt avrop", "digitalisering"],
        decisions=["Gruppen beslutade att kommunerna gemensamt ska avropa e-legitimationen via Inera."],
        follow_ups=[
            "Sanna Eriksdotter samordnar avropet och återkommer med en tidplan till mötet den 11 september."
        ],
        dates=[dat("11 september", "2026-09-11")],
        urls=["https://www.inera.se/tjanster/sdk"],
    ),
    item(
        4,
        "4. Civilt försvar – kommunernas planering för höjd beredskap",
        "Civilt försvar – kommunernas planering för höjd beredskap",
        persons=[per("Maja Tell", LST), per("Ola Nordgren", "Strängnäs")],
        orgs=[
            org(LST, LST, "county_administrative_board", "Länsstyrelsen"),
            org("Myndigheten för civilt försvars", MCF, "national_agency"),
        ],
        munis=["Strängnäs"],
        topics=[
            "civilt försvar",
            "höjd beredskap",
            "krigsplacering",
            "samverkansövning",
            "drivmedelsförsörjning",
        ],
        follow_ups=[
            "Länsstyrelsen genomför en regional samverkansövning den 14–15 oktober 2026.",
            "Kommunerna anmäler sina övningsledare till Maja Tell senast den 28 augusti.",
        ],
        bdec=[
            "Ola Nordgren (Strängnäs) betonade att kommunerna behöver stöd i planeringen av drivmedelsförsörjning."
        ],
        dates=[dat("14–15 oktober 2026", "2026-10-14/2026-10-15"), dat("28 augusti", "2026-08-28")],
    ),
    item(
        5,
        "5. Övriga frågor",
        "Övriga frågor",
        persons=[per("Johanna Fält")],
        munis=["Trosa", "Katrineholm"],
        topics=["kommundag", "nästa möte"],
        follow_ups=["Nästa möte hålls fredagen den 11 september i Katrineholm."],
        bfol=["Johanna Fält informerade om att Trosa står värd för Sörmlands kommundag den 2 oktober."],
        dates=[dat("2 oktober", "2026-10-02"), dat("11 september", "2026-09-11")],
    ),
]

write(
    "sormland_kommundirektorer_tabell.txt",
    KDG,
    "2026-06-12",
    ["12 juni 2026"],
    present,
    absent,
    recorded_by,
    items,
)
