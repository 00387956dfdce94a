# ruff: noqa: E501  (verbatim sentences of the minutes are data)
"""gold data: vastmanland_kommunchefer_protokoll.txt → gold/vastmanland_kommunchefer_protokoll.json."""

from __future__ import annotations

from gold_lib import att, dat, item, org, per, write

RV = "Region Västmanland"
VK = "Västmanlands kommuner"
SKR = "Sveriges Kommuner och Regioner"
KCG = "Kommunchefsgruppen, Västmanlands kommuner"


def self_org() -> dict[str, object]:
    # the group's own name in every Beslut block (convention: a self-mention is a network)
    return org("Kommunchefsgruppen", KCG, "network")


present = [
    att("Tomas Ekelund", "Västerås stad", "Västerås", "stadsdirektör"),
    att("Karin Nordgren", "Köpings kommun", "Köping", "kommunchef"),
    att("Magnus Tidlund", "Arboga kommun", "Arboga", "kommunchef"),
    att("Ulrika Brandt", "Fagersta kommun", "Fagersta", "kommunchef"),
    att("Erik Segerlund", "Hallstahammars kommun", "Hallstahammar", "kommunchef"),
    att("Malin Österberg", "Kungsörs kommun", "Kungsör", "kommunchef"),
    att("Annika Rosell", "Norbergs kommun", "Norberg", "kommunchef"),
    att("Per Ahlbom", "Sala kommun", "Sala", "kommundirektör"),
    att("Camilla Hjort", RV, RV, "regiondirektör"),
    att("Stina Bergdahl", VK, VK, "direktör"),
    att("Oskar Lindblad", VK, VK, "utredare"),
    att(
        "Kristofer Almqvist",
        "Inera",
        "Inera AB",
        "verksamhetsutvecklare",
        "§ 16",
        [16],
        canon="Kristoffer Almqvist",
    ),
]
absent = [
    att("Hanna Wallberg", "Skinnskattebergs kommun", "Skinnskatteberg", "kommunchef"),
    att("Roger Sundin", "Surahammars kommun", "Surahammar", "kommunchef"),
]
recorded_by = {"name": "Oskar Lindblad", "canonical_name": "Oskar Lindblad", "role": "sekreterare"}

items = [
    item(
        14,
        "§ 14 Dnr 2026/28",
        "Val av justerare och godkännande av dagordningen",
        subheadings=["Beslut"],
        persons=[per("Per Ahlbom")],
        orgs=[self_org()],
        topics=["val av justerare", "dagordning"],
        decisions=[
            "Kommunchefsgruppen beslutar att utse Per Ahlbom att jämte ordföranden justera protokollet, samt att godkänna dagordningen."
        ],
    ),
    item(
        15,
        "§ 15 Dnr 2026/31",
        "Budgetförutsättningar 2027",
        subheadings=["Beslut"],
        persons=[per("Oskar Lindblad"), per("Per Ahlbom"), per("Karin Nordgren")],
        orgs=[org("SKR:s", SKR, "association"), self_org()],
        munis=["Sala", "Köping"],
        topics=[
            "budgetförutsättningar",
            "skatteunderlagsprognos",
            "äldreomsorg",
            "försörjningsstöd",
            "besparingar",
        ],
        decisions=["Kommunchefsgruppen beslutar att notera informationen."],
        follow_ups=["Oskar Lindblad sammanställer kommunernas budgetantaganden till mötet den 6 november."],
        dates=[dat("2027", "2027"), dat("6 november", "2026-11-06")],
    ),
    item(
        16,
        "§ 16 Dnr 2026/34",
        "Gemensam digital infrastruktur – Ineras tjänster",
        subheadings=["Beslut"],
        persons=[per("Kristofer Almqvist", "Inera", canon="Kristoffer Almqvist")],
        orgs=[
            org("Inera", "Inera AB", "company", "Ineras"),
            org("Västerås stad", "Västerås", "municipality"),
            org("Köpings kommun", "Köping", "municipality"),
            org("Adda Inköpscentral", "Adda Inköpscentral AB", "company"),
            org(VK, VK, "association"),
            self_org(),
        ],
        munis=["Västerås", "Köping"],
        topics=["säker digital kommunikation", "e-legitimation", "digital infrastruktur", "avrop"],
        decisions=[
            "Kommunchefsgruppen beslutar att rekommendera kommunerna att ansluta sig till tjänsten för säker digital kommunikation, samt att uppdra åt Västmanlands kommuner att samordna anslutningen."
        ],
    ),
    item(
        17,
        "§ 17 Dnr 2026/22",
        "Regional utvecklingsstrategi för Västmanland – remiss",
        subheadings=["Beslut"],
        persons=[per("Camilla Hjort")],
        orgs=[
            org(RV, RV, "region"),
            org("Regionfullmäktige", "Region Västmanlands regionfullmäktige", "region"),
            org("kansliet", "Västmanlands kommuners kansli", "other"),
            self_org(),
        ],
        topics=["regional utvecklingsstrategi", "remissvar", "kompetensförsörjning", "bostadsbyggande"],
        decisions=[
            "Kommunchefsgruppen beslutar att ge kansliet i uppdrag att ta fram ett utkast till gemensamt remissvar från länets kommuner."
        ],
        follow_ups=[
            "Regionfullmäktige ska anta strategin i februari 2027.",
            "Utkastet till remissvar skickas till kommuncheferna senast den 9 oktober.",
        ],
        bdec=[
            "Flera kommunchefer efterfrågade tydligare mål för kompetensförsörjning och bostadsbyggande i Norra Västmanland."
        ],
        bfol=[
            "Camilla Hjort informerade om att Region Västmanland har skickat förslaget till ny regional utvecklingsstrategi på remiss med sista svarsdag den 30 oktober 2026."
        ],
        dates=[
            dat("30 oktober 2026", "2026-10-30"),
            dat("februari 2027", "2027-02"),
            dat("9 oktober", "2026-10-09"),
        ],
    ),
    item(
        18,
        "§ 18 Dnr 2026/5",
        "Anmälningar och övriga frågor",
        subheadings=["Beslut"],
        persons=[per("Stina Bergdahl"), per("Malin Österberg")],
        orgs=[
            org("Västmanlands kommuners", VK, "association"),
            org("Västmanlands kommuners styrelse", "Västmanlands kommuners styrelse", "other"),
            org(
                "Mälardalens brand- och räddningsförbund",
                "Mälardalens brand- och räddningsförbund",
                "municipal_federation",
                "förbundets",
            ),
            self_org(),
        ],
        topics=["anmälningar", "räddningstjänst", "handlingsplan"],
        decisions=["Kommunchefsgruppen beslutar att lägga anmälningarna till handlingarna."],
        bfol=[
            "Stina Bergdahl informerade om att Västmanlands kommuners styrelse sammanträder den 25 september.",
            "Malin Österberg berättade att Mälardalens brand- och räddningsförbund presenterar sin nya handlingsplan för kommunerna den 16 oktober.",
        ],
        dates=[dat("25 september", "2026-09-25"), dat("16 oktober", "2026-10-16")],
        urls=["https://www.mbrf.se"],
    ),
]

write(
    "vastmanland_kommunchefer_protokoll.txt",
    KCG,
    "2026-09-04",
    ["Sammanträdesdatum: 2026-09-04"],
    present,
    absent,
    recorded_by,
    items,
    item_end="Vid protokollet",
)
