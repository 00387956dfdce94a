# ruff: noqa: E501  (verbatim sentences of the minutes are data)
"""gold data: jonkoping_kommunchefer_dagordning.txt → gold/jonkoping_kommunchefer_dagordning.json."""

from __future__ import annotations

from gold_lib import att, dat, item, org, per, write

RJL = "Region Jönköpings län"
LST = "Länsstyrelsen i Jönköpings län"
MCF = "Myndigheten för civilt försvar"

present = [
    att("Lars Forsberg", "Aneby kommun", "Aneby", "kommunchef"),
    att("Annika Strömberg", "Eksjö kommun", "Eksjö", "kommundirektör"),
    att("Mattias Holmén", "Gislaveds kommun", "Gislaved", "kommundirektör"),
    att("Sofia Wernersson", "Habo kommun", "Habo", "kommunchef"),
    att("Erik Gunnarsson", "Jönköpings kommun", "Jönköping", "stadsdirektör"),
    att("Karolina Dahlgren", "Nässjö kommun", "Nässjö", "kommundirektör"),
    att("Peter Sandell", "Tranås kommun", "Tranås", "kommunchef"),
    att("Helén Lindström", "Vetlanda kommun", "Vetlanda", "kommundirektör"),
    att("Johan Ekholm", "Värnamo kommun", "Värnamo", "kommundirektör", "(digitalt)"),
    att("Maria Ekström", RJL, RJL, "regional utvecklingsdirektör"),
    att("Ulla Berntsson", RJL, RJL, "samordnare"),
    att("Jakob Lindahl", "Trafikverket", "Trafikverket", "planeringschef", "(§ 3)", [3]),
    att("Hanna Sjöqvist", LST, LST, "beredskapsdirektör", "(§ 4)", [4]),
]
absent = [
    att("Tove Ahlgren", "Mullsjö kommun", "Mullsjö", "kommunchef"),
    att("Stefan Rydh", "Vaggeryds kommun", "Vaggeryd", "kommunchef"),
]
recorded_by = {"name": "Ulla Berntsson", "canonical_name": "Ulla Berntsson", "role": "samordnare"}

items = [
    item(
        1,
        "§ 1 Mötets öppnande och föregående anteckningar",
        "Mötets öppnande och föregående anteckningar",
        persons=[per("Erik Gunnarsson", role="ordförande")],
        topics=["mötets öppnande", "föregående anteckningar", "dagordning"],
        decisions=[
            "Anteckningarna från mötet den 5 december godkändes och lades till handlingarna.",
            "Dagordningen fastställdes utan ändringar.",
        ],
        dates=[dat("5 december", "2025-12-05")],
    ),
    item(
        2,
        "§ 2 Kompetensförsörjning i välfärden",
        "Kompetensförsörjning i välfärden",
        persons=[
            per("Maria Ekström"),
            per("Annika Strömberg", "Eksjö"),
            per("Sofia Wernersson", "Habo"),
        ],
        orgs=[
            org(
                "Vård- och omsorgscollege Jönköpings län",
                "Vård- och omsorgscollege Jönköpings län",
                "network",
            ),
            org("HR-nätverket", "HR-nätverket i Jönköpings län", "network"),
        ],
        munis=["Eksjö", "Habo"],
        topics=["kompetensförsörjning", "validering", "äldreomsorg", "rekrytering"],
        decisions=[
            "Kommuncheferna beslutade att ge HR-nätverket i länet i uppdrag att ta fram en gemensam plan för validering inom äldreomsorgen."
        ],
        follow_ups=["Annika Strömberg och Maria Ekström återkommer med en tidplan till mötet den 10 april."],
        dates=[dat("2035", "2035"), dat("10 april", "2026-04-10")],
        urls=["https://www.rjl.se/kompetensforsorjning"],
    ),
    item(
        3,
        "§ 3 Länstransportplanen 2026–2037",
        "Länstransportplanen 2026–2037",
        persons=[
            per("Jakob Lindahl", "Trafikverket"),
            per("Peter Sandell", "Tranås"),
            per("Karolina Dahlgren"),
        ],
        orgs=[
            org("Trafikverket", "Trafikverket", "national_agency"),
            org(RJL, RJL, "region"),
            org("regionfullmäktige", "Region Jönköpings läns regionfullmäktige", "region"),
        ],
        munis=["Tranås", "Värnamo", "Gislaved"],
        topics=["länstransportplan", "infrastruktur", "Södra stambanan", "yttrande"],
        decisions=["Gruppen enades om att lämna ett gemensamt yttrande från kommunerna."],
        follow_ups=[
            "Region Jönköpings län har skickat förslaget till länstransportplan på remiss, och regionfullmäktige beslutar om planen den 16 juni.",
            "Karolina Dahlgren sammanställer kommunernas synpunkter, som ska skickas till henne senast den 13 mars.",
        ],
        bdec=["Värnamo och Gislaved framförde att riksväg 27 behöver prioriteras."],
        dates=[dat("2026–2037", "2026/2037"), dat("16 juni", "2026-06-16"), dat("13 mars", "2026-03-13")],
    ),
    item(
        4,
        "§ 4 Civilt försvar och kommunernas beredskap",
        "Civilt försvar och kommunernas beredskap",
        persons=[per("Hanna Sjöqvist", LST)],
        orgs=[
            org(LST, LST, "county_administrative_board", "Länsstyrelsen"),
            org(MCF, MCF, "national_agency", "MSB:s"),
        ],
        topics=["civilt försvar", "krisberedskap", "ledningsövning", "krigsorganisation"],
        decisions=["Kommuncheferna ställer sig bakom att varje kommun deltar med sin krisledningsstab."],
        follow_ups=[
            "Länsstyrelsen genomför en regional ledningsövning den 22–23 oktober 2026.",
            "Kommunerna anmäler sina kontaktpersoner till Hanna Sjöqvist senast den 30 april.",
        ],
        dates=[dat("22–23 oktober 2026", "2026-10-22/2026-10-23"), dat("30 april", "2026-04-30")],
    ),
    item(
        5,
        "§ 5 Övriga frågor",
        "Övriga frågor",
        persons=[per("Johan Ekholm"), per("Helén Lindström")],
        munis=["Värnamo", "Vetlanda"],
        topics=["resecentrum", "Smålandsdagarna", "nästa möte"],
        follow_ups=["Nästa möte hålls fredagen den 10 april kl. 9–12 i Vetlanda."],
        bfol=["Helén Lindström påminde om Smålandsdagarna i Vetlanda 3–4 september."],
        dates=[dat("3–4 september", "2026-09-03/2026-09-04"), dat("10 april", "2026-04-10")],
    ),
]

write(
    "jonkoping_kommunchefer_dagordning.txt",
    "Kommunchefsgruppen i Jönköpings län",
    "2026-02-06",
    ["Datum: 2026-02-06"],
    present,
    absent,
    recorded_by,
    items,
    item_end="Vid anteckningarna",
    item_start="§ 1 Mötets",
)
