# ruff: noqa: E501  (verbatim sentences of the minutes are data)
"""gold data: kalmar_kommundirektorer.txt → gold/kalmar_kommundirektorer.json."""

from __future__ import annotations

from gold_lib import att, dat, item, org, per, write

RK = "Region Kalmar län"
SKR = "Sveriges Kommuner och Regioner"
MSB = "Myndigheten för samhällsskydd och beredskap"
LST = "Länsstyrelsen i Kalmar län"

present = [
    att("Henrik Lundqvist", "Kalmar kommun", "Kalmar", "kommundirektör"),
    att("Therese Holm", "Nybro kommun", "Nybro", "kommunchef"),
    att("Anna Berglund", "Oskarshamns kommun", "Oskarshamn", "kommunchef"),
    att("Mats Ivarsson", "Västerviks kommun", "Västervik", "kommunchef"),
    att("Roger Hallberg", "Hultsfreds kommun", "Hultsfred", "kommunchef"),
    att("Jessica Ramberg", "Högsby kommun", "Högsby", "kommunchef", "(digitalt)"),
    att("Ola Berglund", "Mönsterås kommun", "Mönsterås", "kommunchef"),
    att("Daniel Fors", "Torsås kommun", "Torsås", "kommunchef"),
    att("Camilla Öhman", "Mörbylånga kommun", "Mörbylånga", "kommunchef"),
    att("Karin Westergren", RK, RK, "regiondirektör"),
    att("Sara Wiklund", RK, RK, "nätverkssamordnare"),
    att("Cecilia Nordmarck", "SKR", SKR, "ekonom", "(p 2)", [2], canon="Cecilia Nordmark"),
    att("Jonas Åkerlund", "MSB", MSB, "enhetschef", "(p 4)", [4]),
]
absent = [
    att("Lotta Strand", "Vimmerby kommun", "Vimmerby", "kommunchef"),
    att("Ingela Svensson", "Emmaboda kommun", "Emmaboda", "kommunchef"),
    att("Peter Nord", "Borgholms kommun", "Borgholm", "kommunchef"),
]
recorded_by = {"name": "Sara Wiklund", "canonical_name": "Sara Wiklund", "role": "nätverkssamordnare"}

items = [
    item(
        1,
        "### 1. Föregående anteckningar och dagordning",
        "Föregående anteckningar och dagordning",
        topics=["föregående anteckningar", "dagordning"],
        decisions=[
            "Anteckningarna från mötet den 13 juni lades till handlingarna.",
            "Dagordningen fastställdes med en extra punkt om vattenläget under övriga frågor.",
        ],
        dates=[dat("13 juni", "2025-06-13")],
    ),
    item(
        2,
        "### 2. Budgetförutsättningar 2026",
        "Budgetförutsättningar 2026",
        persons=[
            per("Cecilia Nordmarck", "SKR", also=["Cecilia"], canon="Cecilia Nordmark"),
            per("Roger Hallberg", "Hultsfred"),
            per("Henrik Lundqvist"),
            per("Karin Westergren"),
        ],
        orgs=[org("SKR", SKR, "association")],
        munis=["Hultsfred"],
        topics=["budgetförutsättningar", "skatteunderlag", "pensionskostnader", "försörjningsstöd"],
        decisions=[
            "Nätverket är överens om att ta fram en gemensam lägesbild av kommunernas ekonomi inför budgetberedningarna."
        ],
        follow_ups=[
            "Henrik Lundqvist och Karin Westergren återkommer med ett förslag på upplägg till mötet den 10 oktober."
        ],
        bdec=[
            "Roger Hallberg (Hultsfred) efterfrågade en länsgemensam bild av kostnaderna för försörjningsstöd."
        ],
        dates=[dat("2026", "2026"), dat("10 oktober", "2025-10-10")],
    ),
    item(
        3,
        "### 3. Trafikförsörjningsprogrammet",
        "Trafikförsörjningsprogrammet",
        persons=[
            per("Karin Westergren"),
            per("Mats Ivarsson", "Västervik"),
            per("Anna Berglund", "Oskarshamn"),
        ],
        orgs=[
            org("Kalmar Länstrafik", "Kalmar Länstrafik", "other"),
            org("Regionfullmäktige", "Region Kalmar läns regionfullmäktige", "region"),
        ],
        munis=["Västervik", "Oskarshamn"],
        topics=["trafikförsörjningsprogram", "kollektivtrafik", "tågtrafik"],
        follow_ups=[
            "Regionfullmäktige ska besluta om programmet den 25 november.",
            "Kommunernas synpunkter lämnas via https://www.regionkalmar.se/trafikforsorjningsprogram senast den 30 september.",
        ],
        bdec=[
            "Mats Ivarsson (Västervik) och Anna Berglund (Oskarshamn) framförde att de norra kommunerna behöver bättre kopplingar till tågtrafiken."
        ],
        dates=[dat("25 november", "2025-11-25"), dat("30 september", "2025-09-30")],
        urls=["https://www.regionkalmar.se/trafikforsorjningsprogram"],
    ),
    item(
        4,
        "### 4. Civilt försvar – kommunernas krigsorganisation",
        "Civilt försvar – kommunernas krigsorganisation",
        persons=[
            per("Jonas Åkerlund", "MSB", also=["Jonas"]),
            per("Sara", canon="Sara Wiklund"),
        ],
        orgs=[org("MSB", MSB, "national_agency"), org(LST, LST, "county_administrative_board")],
        topics=["civilt försvar", "krigsorganisation", "höjd beredskap", "övning"],
        decisions=[
            "Kommundirektörerna vill att Länsstyrelsen i Kalmar län samordnar en gemensam övning under 2026."
        ],
        follow_ups=["Jonas skickar presentationen till Sara för spridning till nätverket."],
        bfol=["Länsstyrelsen i Kalmar län följer upp kommunernas arbete under hösten."],
        dates=[dat("hösten", "2025"), dat("2026", "2026")],
    ),
    item(
        5,
        "### 5. Övriga frågor",
        "Övriga frågor",
        persons=[per("Camilla Öhman")],
        orgs=[org("Kalmar Vatten", "Kalmar Vatten AB", "company")],
        munis=["Mörbylånga", "Borgholm", "Västervik"],
        topics=["vattenläget", "bevattningsförbud", "nästa möte"],
        follow_ups=["fredag 10 oktober kl. 9–12 i Västervik."],
        dates=[dat("1 juli", "2025-07-01"), dat("10 oktober", "2025-10-10")],
    ),
]

write(
    "kalmar_kommundirektorer.txt",
    "Kommundirektörsnätverket i Kalmar län",
    "2025-08-29",
    ["fredag 29 augusti", "Budgetförutsättningar 2026", "till mötet den 10 oktober"],
    present,
    absent,
    recorded_by,
    items,
    item_end="*Antecknat av",
)
