# ruff: noqa: E501  (verbatim sentences of the minutes are data)
"""gold data: fyrbodal_socialchefer.md → gold/fyrbodal_socialchefer.json."""

from __future__ import annotations

from gold_lib import att, dat, item, org, per, write

LST = "Länsstyrelsen i Västra Götalands län"
FBD = "Fyrbodals kommunalförbund"
SC = "socialchef"

present = [
    att("Sara Nyström", "Uddevalla", "Uddevalla", SC),
    att("Mikael Dahl", "Trollhättan", "Trollhättan", SC),
    att("Jenny Persson", "Vänersborg", "Vänersborg", SC),
    att("Cecilia Wallin", "Lysekil", "Lysekil", SC),
    att("Hans Öberg", "Strömstad", "Strömstad", "förvaltningschef"),
    att("Marie Kjellberg", "Tanum", "Tanum", SC, "(digitalt)"),
    att("Ann-Sofie Lund", "Orust", "Orust", SC),
    att("Peter Sandin", "Åmål", "Åmål", SC),
    att("Annika Linden", "Länsstyrelsen Västra Götaland", LST, None, "(§ 3)", [3], canon="Annika Lindén"),
    att("Robert Ekström", "Försäkringskassan", "Försäkringskassan", "samverkansansvarig", "(§ 4)", [4]),
    att("Lotta Fridh", FBD, FBD, "processledare"),
]
absent = [
    att("Johanna Berg", "Munkedal", "Munkedal"),
    att("Kristina Hallberg", "Sotenäs", "Sotenäs"),
    att("Olof Dahl", "Bengtsfors", "Bengtsfors"),
]
items = [
    item(
        1,
        "## § 1 Mötets öppnande och dagordning",
        "Mötets öppnande och dagordning",
        persons=[per("Sara Nyström")],
        decisions=["Dagordningen godkändes med ett tillägg under övriga frågor."],
        topics=["mötesformalia"],
    ),
    item(
        2,
        "## § 2 Nära vård och hälso- och sjukvårdsavtalet",
        "Nära vård och hälso- och sjukvårdsavtalet",
        persons=[per("Lotta Fridh", also=["Lotta"])],
        orgs=[
            org("Västra Götalandsregionen", "Västra Götalandsregionen", "region"),
            org("VästKom", "VästKom", "association"),
            org("Trollhättan", "Trollhättan", "municipality"),
            org("Vänersborg", "Vänersborg", "municipality"),
        ],
        munis=["Trollhättan", "Vänersborg"],
        topics=["nära vård", "hälso- och sjukvårdsavtal", "hemsjukvård", "mobila team"],
        decisions=[
            "Nätverket ger Lotta Fridh i uppdrag att sammanställa kommunernas synpunkter till VästKom."
        ],
        follow_ups=["Lotta återkommer med en sammanställning till mötet den 6 mars."],
        bdec=["Nätverket ser behov av en gemensam linje kring hemsjukvård och läkarmedverkan."],
        bfol=["VästKom samordnar kommunernas synpunkter och ett förslag skickas på remiss under våren 2025."],
        dates=[dat("våren 2025", "2025"), dat("6 mars", "2025-03-06")],
    ),
    item(
        3,
        "## § 3 Våld i nära relationer – regionalt stöd",
        "Våld i nära relationer – regionalt stöd",
        persons=[per("Annika Linden", canon="Annika Lindén"), per("Cecilia Wallin"), per("Peter Sandin")],
        orgs=[
            org("Länsstyrelsens", LST, "county_administrative_board", "Länsstyrelsen"),
            org("Fyrbodal", FBD, "municipal_federation"),
        ],  # geographic sense, as GR in the seeds
        munis=["Trollhättan"],
        topics=["våld i nära relationer", "mäns våld mot kvinnor", "skyddat boende"],
        decisions=["Nätverket är eniga om att en gemensam kartläggning av skyddat boende i Fyrbodal behövs."],
        follow_ups=[
            "Cecilia Wallin och Peter Sandin tar med sig frågan om kartläggning till sina ledningsgrupper.",
            "Länsstyrelsen erbjuder stöd vid kommunernas uppföljning av handlingsplaner och en utbildningsdag planeras den 14 maj i Trollhättan.",
        ],
        dates=[dat("14 maj", "2025-05-14")],
        urls=["https://www.lansstyrelsen.se/vastra-gotaland/vald-i-nara-relationer"],
    ),
    item(
        4,
        "## § 4 Samverkan med Försäkringskassan",
        "Samverkan med Försäkringskassan",
        persons=[per("Robert Ekström", "Försäkringskassan")],
        orgs=[
            org("Försäkringskassan", "Försäkringskassan", "national_agency"),
            org("Arbetsförmedlingen", "Arbetsförmedlingen", "national_agency"),
            org("Fyrbodal", FBD, "municipal_federation"),
        ],
        topics=["sjukskrivning", "samverkan med Försäkringskassan", "ekonomiskt bistånd"],
        follow_ups=[
            "Försäkringskassan kommer att erbjuda fasta kontaktpersoner för varje kommun från och med 1 april.",
            "Robert Ekström ombeds att till nästa möte redovisa statistik för Fyrbodal.",
        ],
        bdec=["Flera kommuner efterfrågar bättre återkoppling i ärenden som rör ekonomiskt bistånd."],
        dates=[dat("1 april", "2025-04-01")],
    ),
    item(
        5,
        "## § 5 Välfärdsbrottslighet",
        "Välfärdsbrottslighet",
        persons=[per("Mikael Dahl", "Trollhättan")],
        orgs=[
            org("Trollhättan", "Trollhättan", "municipality"),
            org("Polismyndigheten", "Polismyndigheten", "national_agency"),
            org("Skatteverket", "Skatteverket", "national_agency"),
            org("kommundirektörsgruppen", "Fyrbodals kommundirektörsgrupp", "network"),
        ],
        munis=["Trollhättan"],
        topics=["välfärdsbrottslighet", "felaktiga utbetalningar"],
        decisions=[
            "Frågan om ett gemensamt nätverk för kontrollfunktioner lyfts till kommundirektörsgruppen."
        ],
        bfol=["Frågan om ett gemensamt nätverk för kontrollfunktioner lyfts till kommundirektörsgruppen."],
        dates=[dat("hösten 2024", "2024")],
    ),
    item(
        6,
        "## § 6 Övriga frågor",
        "Övriga frågor",
        persons=[per("Jenny Persson"), per("Hans Öberg")],
        orgs=[
            org("Vänersborg", "Vänersborg", "municipality"),
            org("Fyrbodals kommunalförbund", FBD, "municipal_federation"),
        ],
        munis=["Vänersborg"],
        topics=["rekrytering", "kompetensförsörjning", "socialsekreterare"],
        follow_ups=[
            "Fyrbodals kommunalförbund planerar en gemensam rekryteringskampanj hösten 2025.",
            "Nästa möte: 6 mars kl. 9–12 i Vänersborg.",
        ],
        dates=[dat("hösten 2025", "2025"), dat("6 mars", "2025-03-06")],
    ),
]
write(
    "fyrbodal_socialchefer.md",
    "Fyrbodals socialchefsnätverk",
    "2025-02-06",
    ["**Datum:** 6 februari 2025"],
    present,
    absent,
    {"name": "Lotta Fridh", "canonical_name": "Lotta Fridh", "role": "processledare"},
    items,
)
