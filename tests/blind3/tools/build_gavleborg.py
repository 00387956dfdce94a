# ruff: noqa: E501  (verbatim sentences of the minutes are data)
"""gold data: gavleborg_kommunchefer_kolumner.txt → gold/gavleborg_kommunchefer_kolumner.json."""

from __future__ import annotations

from gold_lib import att, dat, item, org, per, write

RG = "Region Gävleborg"
SKR = "Sveriges Kommuner och Regioner"
KCG = "Kommunchefsgruppen Gävleborg"

present = [
    att("Tomas Eriksson", "Bollnäs", "Bollnäs", "kommunchef"),
    att("Sara Hedin", "Gävle", "Gävle", "kommundirektör"),
    att("Anneli Kronberg", "Hudiksvall", "Hudiksvall", "kommundirektör"),
    att("Magnus Rönnqvist", "Ljusdal", "Ljusdal", "kommunchef"),
    att("Linda Sjödin", "Nordanstig", "Nordanstig", "kommunchef"),
    att("Peter Westin", "Ovanåker", "Ovanåker", "kommunchef"),
    att("Jenny Forslund", "Sandviken", "Sandviken", "kommundirektör"),
    att("Erik Hedin", "Söderhamn", "Söderhamn", "kommundirektör", "(digitalt)"),
    att("Katarina Wallin", RG, RG, "regiondirektör"),
    att("Fredrik Ståhl", RG, RG, "utvecklingsstrateg"),
    att("Mikael Oberg", "SKR", SKR, "handläggare", "(punkt 3)", [3], canon="Mikael Öberg"),
    att("Annika Löf", "X-trafik", "X-trafik", "trafikdirektör", "(punkt 4)", [4]),
]
absent = [
    att("Maria Sundin", "Hofors", "Hofors", "kommunchef"),
    att("Lennart Ek", "Ockelbo", "Ockelbo", "kommunchef"),
]
recorded_by = {"name": "Fredrik Ståhl", "canonical_name": "Fredrik Ståhl", "role": "antecknare"}

items = [
    item(
        1,
        "1. Inledning",
        "Inledning",
        persons=[per("Sara Hedin")],
        munis=["Gävle"],
        topics=["välkomnande", "föregående anteckningar"],
        decisions=["Minnesanteckningarna från den 17 april godkändes."],
        dates=[dat("17 april", "2026-04-17")],
    ),
    item(
        2,
        "2. Hälso- och sjukvårdsavtalet",
        "Hälso- och sjukvårdsavtalet",
        persons=[per("Katarina Wallin")],
        orgs=[
            org(RG, RG, "region"),
            org("Regionstyrelsen", "Region Gävleborgs regionstyrelse", "region"),
            org("kommunfullmäktige", "kommunfullmäktige", "other"),
            org("Kommunchefsgruppen", KCG, "network"),
        ],
        topics=["hälso- och sjukvårdsavtal", "hemsjukvård"],
        decisions=["Kommunchefsgruppen rekommenderar kommunerna att godkänna avtalet."],
        follow_ups=[
            "Avtalet behandlas i respektive kommunfullmäktige under september.",
            "Regionstyrelsen beslutar om avtalet den 9 juni.",
        ],
        dates=[dat("1 januari 2027", "2027-01-01"), dat("september", "2026-09"), dat("9 juni", "2026-06-09")],
    ),
    item(
        3,
        "3. Ekonomiskt läge",
        "Ekonomiskt läge",
        persons=[
            per("Mikael Oberg", "SKR", canon="Mikael Öberg"),
            per("Jenny Forslund"),
            per("Erik Hedin"),
        ],
        orgs=[org("SKR", SKR, "association")],
        munis=["Sandviken", "Söderhamn"],
        topics=["ekonomisk prognos", "ekonomiskt bistånd", "rekryteringsstopp"],
        follow_ups=["Gruppen kom överens om att följa upp läget på mötet den 18 september."],
        bdec=["Gruppen kom överens om att följa upp läget på mötet den 18 september."],
        bfol=[
            "Jenny Forslund berättade att Sandviken har infört ett rekryteringsstopp, och Erik Hedin att Söderhamn gör detsamma från och med juni."
        ],
        dates=[dat("2027", "2027"), dat("juni", "2026-06"), dat("18 september", "2026-09-18")],
    ),
    item(
        4,
        "4. Kollektivtrafik – trafikplan 2027",
        "Kollektivtrafik – trafikplan 2027",
        persons=[
            per("Annika Löf", "X-trafik"),
            per("Magnus Rönnqvist"),
            per("Linda Sjödin"),
            per("Fredrik Ståhl"),
        ],
        orgs=[
            org("X-trafik", "X-trafik", "other"),
            org("Norrtåg", "Norrtåg AB", "company"),
            org("Kommunchefsgruppen", KCG, "network"),
        ],
        munis=["Ljusdal", "Nordanstig"],
        topics=["kollektivtrafik", "trafikplan", "landsbygdstrafik", "yttrande"],
        decisions=[
            "Kommunchefsgruppen beslutade att kommunerna lämnar ett gemensamt yttrande över trafikplanen."
        ],
        follow_ups=[
            "Fredrik Ståhl samordnar yttrandet, som ska vara X-trafik tillhanda senast den 15 augusti."
        ],
        dates=[dat("2027", "2027"), dat("15 augusti", "2026-08-15")],
        urls=["https://www.x-trafik.se/trafikplan2027"],
    ),
    item(
        5,
        "5. Övriga frågor",
        "Övriga frågor",
        persons=[per("Anneli Kronberg")],
        orgs=[org("Hudiksvall", "Hudiksvall", "municipality", "Hudiksvalls kommun")],
        munis=["Hudiksvall", "Bollnäs"],
        topics=["kommundag", "nästa möte"],
        follow_ups=["Nästa möte: 18 september kl. 9.00–12.00 i Bollnäs."],
        bfol=[
            "Anneli Kronberg informerade om att Hudiksvall står värd för länets kommundag den 8 oktober.",
            "Anmälan görs till Hudiksvalls kommun.",
        ],
        dates=[dat("8 oktober", "2026-10-08"), dat("18 september", "2026-09-18")],
    ),
]

write(
    "gavleborg_kommunchefer_kolumner.txt",
    "Kommunchefsgruppen Gävleborg",
    "2026-05-22",
    ["Mötesdatum: 22 maj 2026"],
    present,
    absent,
    recorded_by,
    items,
    item_end="Antecknat av",
    item_start="Anteckningar\n\n1. Inledning",
)
