# ruff: noqa: E501  (verbatim sentences of the minutes are data)
"""gold data: dalarna_kommunchefer_docx.txt → gold/dalarna_kommunchefer_docx.json."""

from __future__ import annotations

from gold_lib import att, dat, item, org, per, write

DKF = "Dalarnas kommunförbund"
SKR = "Sveriges Kommuner och Regioner"
KCG = "Kommunchefsgruppen Dalarna"

present = [
    att("Anders Wikström", "Falu kommun", "Falun", "kommundirektör"),
    att("Lena Hagström", "Borlänge kommun", "Borlänge", "kommundirektör"),
    att("Karin Nyström", "Mora kommun", "Mora", "kommunchef"),
    att("Fredrik Sahlén", "Leksands kommun", "Leksand", "kommunchef"),
    att("Ingrid Matsson", "Rättviks kommun", "Rättvik", "kommunchef"),
    att("Patrik Ohlsson", "Hedemora kommun", "Hedemora", "kommunchef"),
    att("Camilla Eriksson", "Avesta kommun", "Avesta", "kommunchef"),
    att("Jonas Bergkvist", "Smedjebackens kommun", "Smedjebacken", "kommunchef"),
    att("Annelie Grahn", "Gagnefs kommun", "Gagnef", "kommunchef"),
    att("Tobias Ljung", "Malung-Sälens kommun", "Malung-Sälen", "kommunchef"),
    att("Emma Lundgren", "Ludvika kommun", "Ludvika", "ekonomichef", "(för Mikael Björk)"),
    att("Olof Persson", "Orsa kommun", "Orsa", "biträdande kommunchef"),
    att("Kristina Lindh", DKF, DKF, "förbundsdirektör"),
    att("Jens Hellberg", DKF, DKF, "utvecklingsledare"),
    att("Mikael Öberg", "SKR", SKR, "handläggare", "(ärende 3)", [3]),
]
absent = [
    att("Mikael Björk", "Ludvika kommun", "Ludvika", "kommundirektör"),
    att("Sara Eklund", "Älvdalens kommun", "Älvdalen", "kommunchef"),
    att("Gustav Berg", "Vansbro kommun", "Vansbro", "kommunchef"),
]
recorded_by = {"name": "Jens Hellberg", "canonical_name": "Jens Hellberg", "role": "sekreterare"}

items = [
    item(
        1,
        "Ärende 1. Föregående minnesanteckningar",
        "Föregående minnesanteckningar",
        topics=["föregående minnesanteckningar"],
        decisions=["Minnesanteckningarna från den 5 februari godkändes utan ändringar."],
        dates=[dat("5 februari", "2026-02-05")],
    ),
    item(
        2,
        "Ärende 2. Aktuellt från förbundet",
        "Aktuellt från förbundet",
        persons=[per("Kristina Lindh")],
        orgs=[
            org("förbundet", DKF, "municipal_federation", "förbundets", "Förbundet"),
            org("förbundsstyrelsen", "Dalarnas kommunförbunds förbundsstyrelse", "other"),
            org("Kommunchefsgruppen", KCG, "network"),
        ],
        munis=["Falun"],
        topics=["verksamhetsplan", "årsredovisning", "lokaler"],
        decisions=["Kommunchefsgruppen noterade informationen."],
        bfol=[
            "Kristina Lindh informerade om förbundets verksamhetsplan för 2026 och om att förbundsstyrelsen fastställer årsredovisningen den 26 mars.",
            "Förbundet har fått nya lokaler i Falun från och med juni.",
        ],
        dates=[dat("2026", "2026"), dat("26 mars", "2026-03-26"), dat("juni", "2026-06")],
    ),
    item(
        3,
        "Ärende 3. Ekonomiskt läge och SKR:s prognos",
        "Ekonomiskt läge och SKR:s prognos",
        persons=[per("Mikael Öberg", "SKR"), per("Emma Lundgren"), per("Jens Hellberg")],
        orgs=[
            org("SKR", SKR, "association", "SKR:s"),
            org("förbundet", DKF, "municipal_federation"),
            org("Kommunchefsgruppen", KCG, "network"),
        ],
        munis=["Ludvika"],
        topics=["ekonomiskt läge", "skatteunderlag", "försörjningsstöd", "bokslut"],
        decisions=[
            "Kommunchefsgruppen beslutade att förbundet tar fram en gemensam sammanställning av kommunernas bokslut."
        ],
        follow_ups=["Jens Hellberg skickar en enkät till kommunernas ekonomichefer senast den 20 mars."],
        dates=[dat("2026", "2026"), dat("20 mars", "2026-03-20")],
    ),
    item(
        4,
        "Ärende 4. Digital samverkan i Dalarna",
        "Digital samverkan i Dalarna",
        persons=[per("Anders Wikström"), per("Fredrik Sahlén")],
        orgs=[org("Region Dalarna", "Region Dalarna", "region")],
        munis=["Falun", "Borlänge", "Säter"],
        topics=["digitalisering", "e-tjänsteplattform", "kostnadsfördelning"],
        decisions=["Frågan om kostnadsfördelning bordlades till nästa möte."],
        follow_ups=[
            "Fredrik Sahlén återkommer med ett förslag på finansieringsmodell till mötet den 16 april."
        ],
        dates=[dat("16 april", "2026-04-16")],
        urls=["https://www.kommunforbundet-dalarna.se/digitalisering"],
    ),
    item(
        5,
        "Ärende 5. Räddningstjänst och civilt försvar",
        "Räddningstjänst och civilt försvar",
        persons=[per("Karin Nyström")],
        orgs=[
            org("Räddningstjänsten Dala Mitt", "Räddningstjänsten Dala Mitt", "municipal_federation"),
            org(
                "Norra Dalarnas Räddningstjänstförbund",
                "Norra Dalarnas Räddningstjänstförbund",
                "municipal_federation",
            ),
            org("Länsstyrelsen Dalarna", "Länsstyrelsen i Dalarnas län", "county_administrative_board"),
            org("Kommunchefsgruppen", KCG, "network"),
        ],
        topics=["räddningstjänst", "ledningscentral", "civilt försvar"],
        decisions=["Kommunchefsgruppen ställde sig bakom att utredningen fortsätter."],
        follow_ups=[
            "Länsstyrelsen Dalarna har bjudit in kommunerna till en workshop om civilt försvar den 7 maj."
        ],
        dates=[dat("7 maj", "2026-05-07")],
    ),
    item(
        6,
        "Ärende 6. Övriga frågor",
        "Övriga frågor",
        persons=[per("Tobias Ljung")],
        munis=["Mora", "Malung-Sälen", "Borlänge"],
        topics=["Vasaloppet", "trafik", "nästa möte"],
        follow_ups=["Nästa möte: torsdag 16 april kl. 13.00 i Borlänge."],
        dates=[dat("16 april", "2026-04-16")],
    ),
]

write(
    "dalarna_kommunchefer_docx.txt",
    "Kommunchefsgruppen, Dalarnas kommunförbund",
    "2026-03-12",
    ["Datum: torsdag 12 mars 2026"],
    present,
    absent,
    recorded_by,
    items,
    item_end="Minnesanteckningar förda av",
)
