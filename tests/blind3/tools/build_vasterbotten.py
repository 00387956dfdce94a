# ruff: noqa: E501  (verbatim sentences of the minutes are data)
"""gold data: vasterbotten_kommunchefsnatverk_roller.txt → gold/vasterbotten_kommunchefsnatverk_roller.json."""

from __future__ import annotations

from gold_lib import att, dat, item, org, per, write

RV = "Region Västerbotten"
AF = "Arbetsförmedlingen"
UMU = "Umeå universitet"

present = [
    att("Johanna Lindgren", "Umeå kommun", "Umeå", "Kommundirektör"),
    att("Per Nyström", "Skellefteå kommun", "Skellefteå", "Kommundirektör"),
    att("Sanna Åström", "Lycksele kommun", "Lycksele", "Kommunchef"),
    att("Henrik Sundqvist", "Vilhelmina kommun", "Vilhelmina", "Kommunchef"),
    att("Maria Burström", "Storumans kommun", "Storuman", "Kommunchef"),
    att("Jonas Lidström", "Vännäs kommun", "Vännäs", "Kommunchef"),
    att("Elin Marklund", "Nordmalings kommun", "Nordmaling", "Kommunchef"),
    att("Tomas Öhlund", "Robertsfors kommun", "Robertsfors", "Kommunchef"),
    att("Lisa Granström", "Malå kommun", "Malå", "Kommunchef", "(p 1–3)", [1, 2, 3]),
    att("Anders Sjölund", RV, RV, "Regiondirektör"),
    att("Malin Eriksson", RV, RV, "Samordnare"),
    att("Ulrika Backman", AF, AF, "Avdelningschef", "(p 2)", [2]),
    att("Karin Nyberg", UMU, UMU, "Professor", "(p 4)", [4]),
]
absent = [
    att("Åsa Lindqvist", "Dorotea kommun", "Dorotea", "Kommunchef"),
    att("Robert Hedman", "Sorsele kommun", "Sorsele", "Kommunchef"),
]
recorded_by = {"name": "Malin Eriksson", "canonical_name": "Malin Eriksson", "role": "Protokollförare"}

items = [
    item(
        1,
        "1. MÖTETS ÖPPNANDE OCH DAGORDNING",
        "MÖTETS ÖPPNANDE OCH DAGORDNING",
        persons=[per("Johanna Lindgren")],
        topics=["mötets öppnande", "dagordning"],
        decisions=["Dagordningen godkändes med ett tillägg om bostadsförsörjning under punkt 5."],
    ),
    item(
        2,
        "2. ARBETSMARKNAD OCH ETABLERINGAR I LÄNET",
        "ARBETSMARKNAD OCH ETABLERINGAR I LÄNET",
        persons=[per("Ulrika Backman", AF), per("Per Nyström"), per("Malin Eriksson")],
        orgs=[
            org(AF, AF, "national_agency"),
            org(RV, RV, "region"),
            org("Northvolts", "Northvolt", "company"),
        ],
        munis=["Skellefteå", "Umeå"],
        topics=["arbetsmarknad", "etableringar", "kompetensförsörjning", "varsel"],
        decisions=[
            "Nätverket beslutade att Region Västerbotten och Arbetsförmedlingen bjuds in till en gemensam workshop om kompetensförsörjning i inlandet."
        ],
        follow_ups=["Malin Eriksson bokar workshopen till september."],
        dates=[dat("september", "2026-09")],
    ),
    item(
        3,
        "3. REGIONAL UTVECKLINGSSTRATEGI – UPPFÖLJNING",
        "REGIONAL UTVECKLINGSSTRATEGI – UPPFÖLJNING",
        persons=[per("Anders Sjölund"), per("Lisa Granström"), per("Henrik Sundqvist")],
        orgs=[
            org("Regionala utvecklingsnämnden", "Region Västerbottens regionala utvecklingsnämnd", "region")
        ],
        topics=["regional utvecklingsstrategi", "uppföljning", "indikatorer", "inlandet"],
        follow_ups=[
            "Regionala utvecklingsnämnden behandlar uppföljningen den 10 juni.",
            "Kommunerna ombeds lämna synpunkter på indikatorerna senast den 15 maj via https://www.regionvasterbotten.se/rus-uppfoljning.",
        ],
        bdec=[
            "Lisa Granström och Henrik Sundqvist lyfte att inlandskommunernas perspektiv behöver synas tydligare i strategin."
        ],
        dates=[dat("10 juni", "2026-06-10"), dat("15 maj", "2026-05-15")],
        urls=["https://www.regionvasterbotten.se/rus-uppfoljning"],
    ),
    item(
        4,
        "4. FORSKNINGSSAMVERKAN MED UMEÅ UNIVERSITET",
        "FORSKNINGSSAMVERKAN MED UMEÅ UNIVERSITET",
        persons=[per("Karin Nyberg"), per("Sanna Åström"), per("Jonas Lidström")],
        orgs=[
            org(UMU, UMU, "other", "UMEÅ UNIVERSITET"),
            org("Luleå tekniska universitet", "Luleå tekniska universitet", "other"),
            org("Vinnova", "Vinnova", "national_agency"),
        ],
        topics=["forskningssamverkan", "verksamhetsutveckling", "referensgrupp"],
        decisions=[
            "Nätverket är positivt till förslaget.",
            "Sanna Åström och Jonas Lidström utses att ingå i projektets referensgrupp.",
        ],
        bfol=["Umeå universitet och Luleå tekniska universitet söker medel från Vinnova under hösten."],
        dates=[dat("hösten", "2026")],
    ),
    item(
        5,
        "5. ÖVRIGA FRÅGOR",
        "ÖVRIGA FRÅGOR",
        persons=[per("Elin Marklund"), per("Tomas Öhlund"), per("Maria Burström")],
        orgs=[org("Boverket", "Boverket", "national_agency")],
        munis=["Nordmaling", "Robertsfors", "Storuman", "Lycksele"],
        topics=["bostadsförsörjning", "bostadsstiftelse", "läkarbemanning", "nästa möte"],
        follow_ups=[
            "Frågan återkommer på mötet den 12 juni.",
            "Nästa nätverksmöte hålls 12 juni 2026 i Lycksele.",
        ],
        dates=[dat("12 juni", "2026-06-12"), dat("12 juni 2026", "2026-06-12")],
    ),
]

write(
    "vasterbotten_kommunchefsnatverk_roller.txt",
    "Kommunchefsnätverket i Västerbotten",
    "2026-04-17",
    ["Anteckningar från nätverksmöte 17 april 2026"],
    present,
    absent,
    recorded_by,
    items,
)
