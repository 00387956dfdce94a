# ruff: noqa: E501  (verbatim sentences of the minutes are data)
"""gold data: varmland_beredningsgrupp_protokoll.txt → gold/varmland_beredningsgrupp_protokoll.json."""

from __future__ import annotations

from gold_lib import att, dat, item, org, per, write

RV = "Region Värmland"
SKR = "Sveriges Kommuner och Regioner"
BG = "Beredningsgruppen för regional samverkan (Värmland)"
LST = "Länsstyrelsen i Värmlands län"

present = [
    att("Jenny Ahlberg", RV, RV, "regiondirektör"),
    att("Tomas Lindkvist", "Karlstads kommun", "Karlstad", "kommundirektör"),
    att("Marie Engström", "Arvika kommun", "Arvika", "kommundirektör"),
    att("Per Lindberg", "Kristinehamns kommun", "Kristinehamn", "kommundirektör"),
    att("Sofia Nyberg", "Hammarö kommun", "Hammarö", "kommunchef"),
    att("Göran Olausson", "Torsby kommun", "Torsby", "kommunchef"),
    att("Helena Bäckman", "Säffle kommun", "Säffle", "kommunchef"),
    att("Erik Sandin", "Sunne kommun", "Sunne", "kommundirektör"),
    att("Åsa Lindberg", RV, RV, "regional utvecklingsdirektör"),
    att("Cecilia Nordmark", "SKR", SKR, None, "§ 25", [25]),
    att("Linus Ek", RV, RV, "nämndsekreterare"),
]
absent = [
    att("Ulrika Moberg", "Filipstads kommun", "Filipstad", "kommunchef"),
    att("Björn Hedlund", "Eda kommun", "Eda", "kommunchef"),
]
recorded_by = {"name": "Linus Ek", "canonical_name": "Linus Ek", "role": "nämndsekreterare"}
B = ["Beslut"]

items = [
    item(
        23,
        "§ 23 Mötets öppnande och val av justerare",
        "Mötets öppnande och val av justerare",
        subheadings=B,
        persons=[per("Cecilia Nordmark", SKR), per("Sofia Nyberg")],
        orgs=[org(SKR, SKR, "association"), org("Beredningsgruppen", BG, "network")],
        topics=["mötets öppnande", "val av justerare"],
        decisions=["Beredningsgruppen utser Sofia Nyberg att jämte ordföranden justera dagens protokoll."],
    ),
    item(
        24,
        "§ 24 Uppföljning av Värmlandsstrategin 2040",
        "Uppföljning av Värmlandsstrategin 2040",
        subheadings=B,
        persons=[per("Åsa Lindberg")],
        orgs=[
            org("Värmlandsstrategin 2040", "Värmlandsstrategin 2040", "programme"),
            org("Tillväxtverket", "Tillväxtverket", "national_agency"),
            org("Beredningsgruppen", BG, "network"),
            org("Regionstyrelsen", "Region Värmlands regionstyrelse", "region"),
        ],
        topics=["regional utvecklingsstrategi", "uppföljning", "indikatorer"],
        decisions=["Beredningsgruppen ställer sig bakom den föreslagna tidplanen för uppföljningen."],
        follow_ups=["Regionstyrelsen behandlar uppföljningen den 17 juni."],
        bfol=["Tillväxtverket har begärt in underlaget senast 30 juni."],
        dates=[dat("30 juni", "2025-06-30"), dat("17 juni", "2025-06-17")],
    ),
    item(
        25,
        "§ 25 Ekonomiska förutsättningar 2026–2028",
        "Ekonomiska förutsättningar 2026–2028",
        subheadings=B,
        persons=[
            per("Cecilia Nordmark", "SKR"),
            per("Tomas Lindkvist"),
            per("Helena Bäckman"),
            per("Linus Ek"),
        ],
        orgs=[org("SKR", SKR, "association")],
        topics=["kommunal ekonomi", "skatteunderlagsprognos", "demografi"],
        decisions=["Informationen noteras."],
        follow_ups=[
            "Kommundirektörerna ombeds skicka synpunkter på prognosunderlaget till Linus Ek senast den 13 juni."
        ],
        bdec=[
            "Tomas Lindkvist och Helena Bäckman lyfte behovet av en gemensam analys av demografins effekter i Värmland."
        ],
        dates=[
            dat("2026–2028", "2026/2028"),
            dat("2025", "2025"),
            dat("2026", "2026"),
            dat("2027", "2027"),
            dat("13 juni", "2025-06-13"),
        ],
        urls=["https://skr.se/ekonomirapporten"],
    ),
    item(
        26,
        "§ 26 Civilt försvar och regional ledning",
        "Civilt försvar och regional ledning",
        subheadings=B,
        persons=[per("Per Lindberg", "Kristinehamn")],
        orgs=[
            org("Kristinehamn", "Kristinehamn", "municipality"),
            org(LST, LST, "county_administrative_board"),
            org("Försvarsmakten", "Försvarsmakten", "national_agency"),
            org("Beredningsgruppen", BG, "network"),
            org(RV, RV, "region"),
        ],
        munis=["Kristinehamn"],
        topics=["civilt försvar", "ledningsplats", "regional ledningsstruktur", "totalförsvarsövning"],
        decisions=[
            "Beredningsgruppen ger Region Värmland i uppdrag att tillsammans med Länsstyrelsen i Värmlands län ta fram ett förslag på gemensam regional ledningsstruktur."
        ],
        follow_ups=["Förslaget redovisas vid sammanträdet den 29 augusti."],
        bfol=[
            "Länsstyrelsen i Värmlands län har påbörjat en inventering av kommunernas ledningsförmåga och Försvarsmakten medverkar i planeringen av totalförsvarsövningen hösten 2026."
        ],
        dates=[dat("hösten 2026", "2026"), dat("29 augusti", "2025-08-29")],
    ),
    item(
        27,
        "§ 27 Kompetensförsörjning i välfärden",
        "Kompetensförsörjning i välfärden",
        subheadings=B,
        persons=[per("Helena Bäckman")],
        orgs=[
            org("Säffle kommuns", "Säffle", "municipality"),
            org("Karlstads universitet", "Karlstads universitet", "other"),
        ],
        munis=["Säffle"],
        topics=["kompetensförsörjning", "undersköterskor", "arbetsintegrerad utbildning"],
        decisions=["Ärendet bordläggs till nästa sammanträde."],
    ),
    item(
        28,
        "§ 28 Övriga frågor och nästa sammanträde",
        "Övriga frågor och nästa sammanträde",
        persons=[per("Göran Olausson")],
        orgs=[org("Torsby kommun", "Torsby", "municipality"), org("Arvika", "Arvika", "municipality")],
        munis=["Torsby", "Arvika"],
        topics=["Värmlandsdagen", "nästa sammanträde"],
        follow_ups=["Nästa sammanträde hålls den 29 augusti 2025 i Arvika."],
        bfol=[
            "Göran Olausson informerade om att Torsby kommun står värd för Värmlandsdagen den 12 september."
        ],
        dates=[dat("12 september", "2025-09-12"), dat("29 augusti 2025", "2025-08-29")],
    ),
]

write(
    "varmland_beredningsgrupp_protokoll.txt",
    "Region Värmland och Värmlands kommuner, beredningsgruppen för regional samverkan",
    "2025-05-23",
    ["23 maj 2025"],
    present,
    absent,
    recorded_by,
    items,
    item_end="Vid protokollet",
)
