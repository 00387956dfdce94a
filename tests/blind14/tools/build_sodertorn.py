# ruff: noqa: E501  (verbatim sentences of the minutes are data)
"""gold data: sodertorn_overformyndarnamnd_grid.md → gold/sodertorn_overformyndarnamnd_grid.json."""

from __future__ import annotations

from gold_lib import att, dat, item, org, per, write

OFN = "Södertörns överförmyndarnämnd"
SKR = "Sveriges Kommuner och Regioner"
LST = "Länsstyrelsen i Stockholms län"
FORV = "Södertörns överförmyndarnämnds förvaltning"

# A Word protocol of the joint guardianship committee of six Södertörn municipalities (Haninge host),
# converted to markdown by pandoc: the header label column is a GRID TABLE (`+---+---+`, `| label |
# value |`, multi-line cells, a label wrapped over two lines `Ej tjänstgörande` / `ersättare`, a
# substitute's line wrapped inside the cell: `…, tjänstgörande ersättare för` / `Tomas Lind (M)`),
# the signature block a second grid table (Sekreterare / Ordförande / Justerande, dotted line + name).
# Page headers (where the date would stand in Word) are gone: the date is only in `Plats och tid`.
# Paragraphs are bold lines `**§ 44 Title**`, an italic `*Dnr ÖFN 2027/0093*` line, bold sub-labels
# `**Ärendebeskrivning**` / `**Beslutsunderlag**` / `**Beslut**` (subheadings), pandoc bullets `-   `
# and, in § 46, a numbered decision list `1.  …` / `2.  …` (clauses of § 46, NOT items).
# Staff listed without a body: affiliation null, canonical the committee (convention of blind8/blind12).
# `Överförmyndarnämnden`/`nämnden` (the body's bare organ name) are not annotated (as `Förbundsstyrelsen`
# in blind12); the full name `Södertörns överförmyndarnämnd` is. `förvaltningen` (the committee's
# administration) is annotated in every item where it is named, in any form.
present = [
    att("Birgitta Holmén", "Haninge", "Haninge", "ordförande"),
    att("Jonas Ekdahl", "Huddinge", "Huddinge", "vice ordförande"),
    att("Leila Haddad", "Botkyrka", "Botkyrka"),
    att("Marianne Sjöö", "Nynäshamn", "Nynäshamn"),
    att("Per-Olof Strand", "Tyresö", "Tyresö"),
    att(
        "Annika Wahlberg", "Salem", "Salem", "tjänstgörande ersättare"
    ),  # `… ersättare för` / `Tomas Lind (M)` wraps inside the cell
    att("Göran Lind", "Haninge", "Haninge", "ersättare"),
    att("Fatima Osman", "Huddinge", "Huddinge", "ersättare", "§§ 44–49", [44, 45, 46, 47, 48, 49]),
    att("Katarina Blom", None, OFN, "förvaltningschef"),
    att("Mikael Rönn", None, OFN, "nämndsekreterare"),
    att("Elin Sandberg", None, OFN, "controller", "§§ 44–46", [44, 45, 46]),
    att("Ann-Charlotte Nyqvist", "SKR", SKR, None, "§ 47", [47]),
]
absent = [att("Tomas Lind", None, "Salem")]
recorded_by = {"name": "Mikael Rönn", "canonical_name": "Mikael Rönn", "role": "nämndsekreterare"}

items = [
    item(
        44,
        "**§ 44 Val av justerare**",
        "Val av justerare",
        subheadings=["Beslut"],
        persons=[per("Jonas Ekdahl", "Huddinge", "justerare")],
        topics=["val av justerare"],
        decisions=[
            "Överförmyndarnämnden beslutar att utse Jonas Ekdahl (M) att jämte ordföranden justera dagens protokoll."
        ],
    ),
    item(
        45,
        "**§ 45 Godkännande av dagordning**",
        "Godkännande av dagordning",
        subheadings=["Beslut"],
        topics=["dagordning"],
        decisions=["Dagordningen godkänns med ett tillägg under § 52 Meddelanden och övriga frågor."],
    ),
    item(
        46,
        "**§ 46 Ekonomisk uppföljning per augusti 2027**",
        "Ekonomisk uppföljning per augusti 2027",
        subheadings=["Ärendebeskrivning", "Beslutsunderlag", "Beslut"],
        persons=[per("Elin Sandberg", None, "redogör för prognosen"), per("Leila Haddad", "Botkyrka")],
        orgs=[
            org("Förvaltningen", FORV, "other"),
            org("Haninge", "Haninge", "municipality"),
            org("Huddinge", "Huddinge", "municipality"),
        ],
        munis=["Haninge", "Huddinge"],
        topics=[
            "ekonomisk uppföljning",
            "prognos och underskott",
            "arvoden till ställföreträdare",
            "kostnadsfördelning mellan kommunerna",
        ],
        decisions=[
            "Överförmyndarnämnden godkänner den ekonomiska uppföljningen per augusti 2027.",
            "Förvaltningen får i uppdrag att till sammanträdet den 16 november redovisa arvodeskostnaderna fördelade per kommun.",
        ],
        bdec=["Leila Haddad (S) efterfrågar en redovisning av arvodeskostnaderna per kommun."],
        bfol=[
            "Förvaltningen får i uppdrag att till sammanträdet den 16 november redovisa arvodeskostnaderna fördelade per kommun."
        ],
        dates=[
            dat("augusti 2027", "2027-08"),
            dat("31 augusti 2027", "2027-08-31"),
            dat("2027-09-06", "2027-09-06"),
            dat("16 november", "2027-11-16", inferred=True),
        ],
    ),
    item(
        47,
        "**§ 47 Information om ställföreträdarreformen och samverkan med socialtjänsten**",
        "Information om ställföreträdarreformen och samverkan med socialtjänsten",
        subheadings=["Beslut"],
        persons=[
            per("Ann-Charlotte Nyqvist", "Sveriges Kommuner och Regioner", "informerar", aff_canon=SKR),
            per("Katarina Blom"),
            per("Marianne Sjöö", "Nynäshamn"),
        ],
        orgs=[
            org("Sveriges Kommuner och Regioner", SKR, "association", "SKR"),
            org("förvaltningen", FORV, "other", "Förvaltningen"),
            org("Botkyrka", "Botkyrka", "municipality"),
            org("Tyresö", "Tyresö", "municipality"),
            org("Nynäshamn", "Nynäshamn", "municipality"),
            org("Kronofogdemyndigheten", "Kronofogdemyndigheten", "national_agency"),
        ],
        munis=["Botkyrka", "Tyresö", "Nynäshamn"],
        topics=[
            "ställföreträdarreformen",
            "samverkan med socialtjänsten",
            "rekrytering av ställföreträdare",
            "huvudmän med skulder",
        ],
        decisions=["Informationen noteras till protokollet."],
        follow_ups=[
            "Förvaltningen återkommer till nämnden med en plan för rekrytering av ställföreträdare i januari 2028."
        ],
        bfol=[
            "SKR tar fram ett stöd för gemensamma rutiner mellan överförmyndare och socialtjänst som beräknas vara klart i mars 2028.",
            "Katarina Blom berättar att förvaltningen under hösten för samtal med socialtjänsten i Botkyrka och Tyresö om hur behov av god man anmäls tidigare.",
        ],
        dates=[
            dat("1 juli 2028", "2028-07-01"),
            dat("mars 2028", "2028-03"),
            dat("hösten", "2027", "season", True),
            dat("januari 2028", "2028-01"),
        ],
    ),
    item(
        48,
        "**§ 48 Yttrande över Länsstyrelsens inspektionsrapport 2027**",
        "Yttrande över Länsstyrelsens inspektionsrapport 2027",
        subheadings=["Ärendebeskrivning", "Beslutsunderlag", "Beslut"],
        persons=[
            per("Katarina Blom", None, "föredrar ärendet"),
            per("Per-Olof Strand", "Tyresö"),
            per("Leila Haddad", "Botkyrka"),
        ],
        orgs=[
            org(
                "Länsstyrelsen i Stockholms län",
                LST,
                "county_administrative_board",
                "Länsstyrelsens",
                "Länsstyrelsen",
            ),
            org(OFN, OFN, "other", note="the meeting body itself"),
            org("Förvaltningen", FORV, "other", "förvaltningens"),
        ],
        topics=[
            "Länsstyrelsens inspektion",
            "yttrande",
            "handläggningstider för årsräkningar",
            "lämplighetsprövning",
            "åtgärdsplan",
        ],
        decisions=[
            "Överförmyndarnämnden beslutar att anta förvaltningens förslag till yttrande som sitt eget och överlämna det till Länsstyrelsen i Stockholms län."
        ],
        follow_ups=[
            "Yttrandet ska vara Länsstyrelsen tillhanda senast den 15 oktober 2027.",
            "Åtgärdsplanen följs upp vid nämndens sammanträde i mars 2028.",
        ],
        bdec=[
            "Per-Olof Strand (M) och Leila Haddad (S) framhåller vikten av att åtgärdsplanen följs upp regelbundet."
        ],
        dates=[
            dat("2027", "2027"),
            dat("3–4 maj 2027", "2027-05-03/2027-05-04"),
            dat("28 juni 2027", "2027-06-28"),
            dat("2027-09-08", "2027-09-08"),
            dat("2027-06-28", "2027-06-28"),
            dat("15 oktober 2027", "2027-10-15"),
            dat("mars 2028", "2028-03"),
        ],
    ),
    item(
        49,
        "**§ 49 Sammanträdesplan 2028**",
        "Sammanträdesplan 2028",
        subheadings=["Beslut"],
        orgs=[org("Förvaltningen", FORV, "other", "förvaltningens")],
        topics=["sammanträdesplan 2028"],
        decisions=[
            "Överförmyndarnämnden fastställer sammanträdesplanen för 2028 enligt förvaltningens förslag."
        ],
        bdec=[
            "Förvaltningen föreslår följande sammanträdesdagar för 2028, samtliga tisdagar med start kl. 17.30: 25 januari, 21 mars, 23 maj, 19 september, 14 november och 12 december."
        ],
        bfol=[
            "Förvaltningen föreslår följande sammanträdesdagar för 2028, samtliga tisdagar med start kl. 17.30: 25 januari, 21 mars, 23 maj, 19 september, 14 november och 12 december."
        ],
        dates=[
            dat("2028", "2028"),
            dat("25 januari", "2028-01-25", inferred=True),
            dat("21 mars", "2028-03-21", inferred=True),
            dat("23 maj", "2028-05-23", inferred=True),
            dat("19 september", "2028-09-19", inferred=True),
            dat("14 november", "2028-11-14", inferred=True),
            dat("12 december", "2028-12-12", inferred=True),
        ],
    ),
    item(
        50,
        "**§ 50 Entledigande av förvaltare – sekretess**",
        "Entledigande av förvaltare – sekretess",
        subheadings=["Beslut"],
        persons=[per("Jonas Ekdahl", "Huddinge", "anmäler jäv")],
        orgs=[org("förvaltningens", FORV, "other")],
        topics=["entledigande av förvaltare", "sekretess", "jäv"],
        decisions=["Överförmyndarnämnden beslutar i enlighet med förvaltningens förslag."],
        bdec=["Jonas Ekdahl (M) anmäler jäv och deltar inte i handläggningen av ärendet."],
    ),
    item(
        51,
        "**§ 51 Redovisning av delegationsbeslut**",
        "Redovisning av delegationsbeslut",
        subheadings=["Beslut"],
        topics=["delegationsbeslut"],
        decisions=["Redovisningen läggs till handlingarna."],
        dates=[dat("1 juni–31 augusti 2027", "2027-06-01/2027-08-31")],
    ),
    item(
        52,
        "**§ 52 Meddelanden och övriga frågor**",
        "Meddelanden och övriga frågor",
        persons=[per("Mikael Rönn"), per("Birgitta Holmén"), per("Göran Lind", "Haninge")],
        orgs=[
            org("Salem kommun", "Salem", "municipality"),
            org("Tyresö", "Tyresö", "municipality"),
            org("Förvaltningen", FORV, "other"),
        ],
        munis=["Salem", "Tyresö"],
        topics=[
            "kontaktperson för samverkansavtalet",
            "utbildning för gode män",
            "information på lättläst svenska",
        ],
        follow_ups=["Förvaltningen återkommer med svar vid nästa sammanträde."],
        bfol=[
            "Mikael Rönn informerar om att Salem kommun byter kontaktperson för samverkansavtalet från den 1 januari 2028.",
            "Birgitta Holmén påminner om utbildningsdagen för nya gode män den 9 oktober i Tyresö.",
        ],
        dates=[dat("1 januari 2028", "2028-01-01"), dat("9 oktober", "2027-10-09", inferred=True)],
    ),
]

write(
    "sodertorn_overformyndarnamnd_grid.md",
    OFN,
    "2027-09-21",
    ["tisdagen den 21 september 2027 kl. 17.30–19.10"],
    "Haninge kommunhus, Handen, sammanträdesrum Jordbro",
    present,
    absent,
    recorded_by,
    items,
    item_start_marker="**§ 44",
)
