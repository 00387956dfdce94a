# ruff: noqa: E501  (verbatim sentences of the minutes are data)
"""gold data: orebro_samverkansrad_epost.txt → gold/orebro_samverkansrad_epost.json."""

from __future__ import annotations

from gold_lib import att, dat, item, org, per, write

RO = "Region Örebro län"
MSB = "Myndigheten för samhällsskydd och beredskap"
LST = "Länsstyrelsen i Örebro län"
SR = "Samverkansrådet Region Örebro län och länets kommuner"

present = [
    att("Lars Höök", "Askersund", "Askersund"),
    att("Elin Dahl", "Degerfors", "Degerfors"),
    att("Mattias Sund", "Hallsberg", "Hallsberg"),
    att("Pia Carlberg", "Karlskoga", "Karlskoga"),
    att("Niklas Eklöf", "Kumla", "Kumla"),
    att("Hanna Vik", "Lekeberg", "Lekeberg"),
    att("Tomas Brandt", "Lindesberg", "Lindesberg"),
    att("Katarina Höök", "Nora", "Nora"),
    att("Anders Wallin", "Örebro kommun", "Örebro"),
    att("Rickard Sjöberg", RO, RO, "regiondirektör"),
    att("Maja Holmgren", RO, RO, "Nämndsekreterare"),
    att("Jonas Akerlund", "MSB", MSB, None, "(p 3)", [3], canon="Jonas Åkerlund"),
    att("Lena Wästberg", LST, LST, None, "(p 3)", [3]),
]
absent = [att("Karl Dunér", "Hällefors", "Hällefors")]
recorded_by = {"name": "Maja Holmgren", "canonical_name": "Maja Holmgren", "role": "Nämndsekreterare"}

items = [
    item(
        1,
        "1) Läget i länet och budget 2026",
        "Läget i länet och budget 2026",
        persons=[per("Pia Carlberg")],
        munis=["Karlskoga"],
        topics=["budget", "anställningsstopp", "kommunalekonomisk utjämning"],
        dates=[dat("2026", "2026")],
    ),
    item(
        2,
        "2) Hälso- och sjukvårdsavtalet",
        "Hälso- och sjukvårdsavtalet",
        persons=[per("Rickard Sjöberg")],
        orgs=[
            org("Regionstyrelsen", "Region Örebro läns regionstyrelse", "region"),
            org("Samverkansrådet", SR, "network"),
            org("kommunstyrelserna", "kommunstyrelserna", "other"),
        ],
        topics=["hälso- och sjukvårdsavtal", "förlängning av avtal"],
        decisions=["Samverkansrådet ställer sig bakom att avtalet förlängs till och med 2027."],
        follow_ups=["Avtalet skickas till kommunstyrelserna för beslut före den 15 december."],
        bdec=["Regionstyrelsen har ställt sig bakom förslaget."],
        dates=[dat("2027", "2027"), dat("15 december", "2025-12-15")],
    ),
    item(
        3,
        "3) Civilt försvar",
        "Civilt försvar",
        persons=[per("Jonas Akerlund", "MSB", canon="Jonas Åkerlund"), per("Lena Wästberg", also=["Lena"])],
        orgs=[
            org("MSB", MSB, "national_agency", "Myndigheten för civilt försvar"),
            org(LST, LST, "county_administrative_board", "Länsstyrelsen"),
        ],
        topics=[
            "civilt försvar",
            "risk- och sårbarhetsanalys",
            "ledningsövning",
            "Myndigheten för civilt försvar",
        ],
        follow_ups=[
            "Länsstyrelsen bjuder in till en regional ledningsövning den 4–5 februari.",
            "Lena skickar sammanställningen till rådet före jul.",
        ],
        bfol=[
            "Jonas Akerlund, MSB, informerade om att myndigheten byter namn till Myndigheten för civilt försvar den 1 januari 2026 och att nya föreskrifter om kommunernas beredskapsplanering är på väg."
        ],
        dates=[dat("1 januari 2026", "2026-01-01"), dat("4–5 februari", "2026-02-04/2026-02-05")],
    ),
    item(
        4,
        "4) Kompetensförsörjning",
        "Kompetensförsörjning",
        persons=[per("Anders Wallin"), per("Katarina Höök"), per("Elin Dahl")],
        orgs=[
            org("Örebro kommuns", "Örebro", "municipality", "Örebro kommun"),
            org("Örebro universitet", "Örebro universitet", "other"),
            org("Arbetsförmedlingen", "Arbetsförmedlingen", "national_agency"),
        ],
        munis=["Örebro"],
        topics=["kompetensförsörjning", "undersköterskor", "snabbspår"],
        decisions=["Rådet beslutade att ge Örebro kommun i uppdrag att ta fram ett länsgemensamt förslag."],
        follow_ups=["Anders Wallin återkommer till nästa möte med en sammanställning."],
        bdec=["Katarina Höök och Elin Dahl vill att fler kommuner ansluter."],
    ),
    item(
        5,
        "5) Nästa möte",
        "Nästa möte",
        munis=["Kumla"],
        topics=["nästa möte", "presentationer"],
        follow_ups=["Nästa möte är onsdag 21 januari 2026 kl. 13–16 i Kumla."],
        dates=[dat("21 januari 2026", "2026-01-21")],
        urls=["https://www.regionorebrolan.se/samverkansradet"],
    ),
]

write(
    "orebro_samverkansrad_epost.txt",
    "Samverkansrådet Region Örebro län och länets kommuner",
    "2025-11-19",
    [
        "Ämne: SV: Minnesanteckningar samverkansrådet 19/11",
        "Tack för ett bra möte i onsdags.",
        "den 21 november 2025 16:05",
    ],
    present,
    absent,
    recorded_by,
    items,
    item_end="Vänliga hälsningar",
)
