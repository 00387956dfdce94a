# ruff: noqa: E501  (verbatim sentences of the minutes are data)
"""gold data: storsthlm_kd_epost.txt → gold/storsthlm_kd_epost.json."""

from __future__ import annotations

from gold_lib import att, dat, item, org, per, write

SKR = "Sveriges Kommuner och Regioner"
STH = "Storsthlm"

present = [
    att("Åsa Lindqvist", "Huddinge", "Huddinge"),
    att("Per Åkesson", "Nacka", "Nacka"),
    att("Maria Grönlund", "Solna", "Solna"),
    att("Henrik Falk", "Sundbyberg", "Sundbyberg"),
    att("Sofia Berglund", "Täby", "Täby"),
    att("Jonas Ek", "Järfälla", "Järfälla"),
    att("Katarina Wester", "Södertälje", "Södertälje"),
    att("Niklas Runesson", "Stockholm stad", "Stockholm"),
    att("Eva Bergström", "Haninge", "Haninge"),
    att("Lars Hedberg", "Sollentuna", "Sollentuna"),
    att("Charlotte Moberg", STH, STH, "direktör"),
    att("Elin Sandberg", STH, STH),
    att("Mikael Hjortsberg", "SKR", SKR, None, "(p 2)", [2]),
    att("Birgitta Ahlén", "Region Stockholm", "Region Stockholm", "trafikdirektör", "(p 3)", [3]),
]
absent = [
    att("Anders Nylén", "Botkyrka", "Botkyrka"),
    att("Frida Malm", "Värmdö", "Värmdö"),
    att("Ola Sjö", "Upplands Väsby", "Upplands Väsby"),
]
items = [
    item(
        1,
        "1) Aktuellt från Storsthlm",
        "Aktuellt från Storsthlm",
        persons=[per("Charlotte", canon="Charlotte Moberg")],
        orgs=[org("Storsthlm", STH, "association", "Storsthlms")],
        topics=["verksamhetsplan", "socialtjänstens digitalisering"],
        follow_ups=[
            "Charlotte informerade om att Storsthlms styrelse den 5 december ska besluta om verksamhetsplanen för 2025.",
            "Arbetet med den regionala överenskommelsen om socialtjänstens digitalisering fortsätter och kommer att redovisas på nästa möte.",
        ],
        dates=[dat("5 december", "2024-12-05"), dat("2025", "2025")],
    ),
    item(
        2,
        "2) SKR:s ekonomirapport och läget i kommunsektorn",
        "SKR:s ekonomirapport och läget i kommunsektorn",
        persons=[
            per("Mikael Hjortsberg", "SKR", also=["Mikael"]),
            per("Per Åkesson", "Nacka"),
            per("Maria Grönlund", "Solna"),
        ],
        orgs=[org("SKR:s", SKR, "association", "SKR"), org("Storsthlm", STH, "association")],
        munis=["Nacka", "Solna"],
        topics=["kommunal ekonomi", "statsbidrag", "pensionskostnader"],
        decisions=["Kommundirektörerna vill att Storsthlm samlar länets synpunkter inför SKR:s kongress."],
        follow_ups=["Mikael tar med sig synpunkterna till SKR:s styrelse."],
        dates=[dat("2025", "2025")],
    ),
    item(
        3,
        "3) Kollektivtrafik och bostadsförsörjning",
        "Kollektivtrafik och bostadsförsörjning",
        persons=[per("Birgitta Ahlén")],
        orgs=[
            org("Region Stockholms", "Region Stockholm", "region", "Region Stockholm"),
            org(
                "Länsstyrelsen i Stockholms län",
                "Länsstyrelsen i Stockholms län",
                "county_administrative_board",
            ),
            org("Södertälje", "Södertälje", "municipality"),
            org("Huddinge", "Huddinge", "municipality"),
        ],
        munis=["Södertälje", "Huddinge"],
        topics=["kollektivtrafik", "bostadsförsörjning", "trafikförsörjningsprogram"],
        follow_ups=["Region Stockholm kommer att bjuda in till dialogmöten med varje kommun i januari."],
        bfol=[
            "Länsstyrelsen i Stockholms län har samtidigt påbörjat arbetet med en ny regional bostadsmarknadsanalys som presenteras under våren 2025."
        ],
        dates=[dat("våren 2025", "2025"), dat("januari", "2025-01")],
        urls=["https://www.regionstockholm.se/trafikforsorjningsprogram"],
    ),
    item(
        4,
        "4) Krisberedskap och civilt försvar",
        "Krisberedskap och civilt försvar",
        persons=[per("Jonas Ek", "Järfälla"), per("Henrik Falk")],
        orgs=[org("MSB", "Myndigheten för samhällsskydd och beredskap", "national_agency")],
        munis=["Järfälla"],
        topics=["krisberedskap", "civilt försvar", "elavbrott", "energiförsörjning"],
        decisions=[
            "Kommundirektörerna är eniga om att ta fram en gemensam regional struktur för samverkan vid elavbrott."
        ],
        follow_ups=["Henrik Falk och Jonas Ek återkommer med ett förslag till nästa möte."],
        bfol=[
            "MSB har aviserat nya föreskrifter om kommunernas krisberedskap som träder i kraft 1 juli 2025."
        ],
        dates=[dat("oktober", "2024-10"), dat("1 juli 2025", "2025-07-01")],
    ),
    item(
        5,
        "5) Övrigt",
        "Övrigt",
        persons=[per("Sofia Berglund")],
        orgs=[
            org("Täby", "Täby", "municipality"),
            org("Danderyd", "Danderyd", "municipality"),
            org("Storsthlm", STH, "association"),
        ],
        munis=["Täby", "Danderyd"],
        topics=["överförmyndarverksamhet", "kommunal samverkan"],
        follow_ups=["Nästa möte är den 13 december kl. 8.30–11.30 hos Storsthlm på Hornsgatan."],
        bfol=[
            "Sofia Berglund informerade om att Täby och Danderyd inleder ett samarbete kring överförmyndarverksamhet."
        ],
        dates=[dat("13 december", "2024-12-13")],
    ),
]
write(
    "storsthlm_kd_epost.txt",
    "Storsthlms kommundirektörsnätverk",
    "2024-11-15",
    ["Ämne: Anteckningar från kommundirektörsmötet 15 november", "Skickat: den 18 november 2024 14:12"],
    present,
    absent,
    {"name": "Elin Sandberg", "canonical_name": "Elin Sandberg", "role": None},
    items,
    item_end="Vänliga hälsningar",
)
