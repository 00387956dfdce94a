# ruff: noqa: E501  (verbatim sentences of the minutes are data)
"""gold data: jamtlands_gymnasieforbund_direktion_votering.txt → gold/jamtlands_gymnasieforbund_direktion_votering.json."""

from __future__ import annotations

from gold_lib import att, dat, item, org, per, write

# Layout: a political direktion's protocol as PDF text. Header `JÄMTLANDS GYMNASIEFÖRBUND … PROTOKOLL`
# / `Direktionen … 2028-02-10`; an opening sentence `Protokoll fört vid direktionens sammanträde
# torsdagen den 10 februari 2028 kl. … i …`; `Beslutande: ledamöter och tjänstgörande ersättare
# enligt närvaro- och voteringslista, bilaga 1.` — the members are listed ONLY in that appendix,
# printed after the signatures on a new page (form feed): a space-aligned table `Ledamot /
# Tjänstgörande ersättare / Närvaro / § 4 Ja Nej Avstår` grouped under municipality lines
# (`Östersund`, `Krokom`, …), `x` marks, `–` for absent, a `Summa` row and `Ej tjänstgörande
# ersättare` below. `Övriga närvarande:` is ONE hard-wrapped prose sentence with ROLE FIRST
# (`förbundschef Ola Rönnberg, …, controller Hanna Rönnberg (§§ 4–5), …, samt förbundssekreterare
# Elin Jonsson.`). Items `§ 1 Title` … `§ 9 Title`; stand-alone sub-headings `Ärendebeskrivning`,
# `Yrkanden`, `Propositionsordning`, `Omröstning`, `Direktionens beslut`, `Reservation`,
# `Protokollsanteckning`; a vote in § 4. Signature `Vid protokollet   Justeras` in two columns.
#
# Choices:
# * Members with `x`: present, affiliation = the municipality group line (as written, e.g.
#   `Östersund`). `ordf.`/`1:e v. ordf.`/`2:e v. ordf.` → roles. Party letters not in names.
# * A row `Per-Olof Sandberg (C)   Linnea Strid (C)   x`: the ersättare serves, so Linnea Strid is
#   PRESENT (role tjänstgörande ersättare) and Per-Olof Sandberg ABSENT; same for Mats Olofsson /
#   Daniel Svedin. `Jörgen Ek (KD)  –` is absent. `Ej tjänstgörande ersättare` Tomas Grahn present.
# * Övriga närvarande: staff without a body → affiliation null, canonical Jämtlands Gymnasieförbund
#   (also the förtroendevald revisor Lars Strand, the förbund's own auditor); `(§§ 4–5)`, `(§ 4)`,
#   `(§ 6, via Teams)` are notes and restrict the items attended. Cecilia Hagström-Ekberg (SKR) is
#   the same person as `Cecilia Hagström Ekberg` in the VO-College document (canonical with a space).
# * The recorder is the förbundssekreterare under `Vid protokollet` (also in the Övriga närvarande).
# * Items: numbers 1–9 as written; the appendix after the signature belongs to no item.
# * Sub-headings are the stand-alone label lines of each paragraph.
# * `Direktionen`/`direktionen` (the meeting body) is not annotated; `Förbundskansliet` /
#   `förbundskansliets` (the förbund's administration) is, as in blind14. School names
#   (Wargentinskolan, Palmcrantzskolan, Torsta) are organisations of kind other. `campus Åre` is a
#   facility name (no municipality mention); `Ås`, `Hammarstrand`, `Bispgården` are villages.
# * `Bergs, Härjedalens och Strömsunds kommuner`: three municipality mentions (genitive surfaces).
# * Decisions: the sentences under `Direktionens beslut`; `får i uppdrag` decisions repeated as
#   borderline follow-ups; yrkanden, proposition, votering, omröstning result, reservation,
#   protokollsanteckning and the kansli's proposals are borderline decisions; `Upprop förrättas
#   enligt bilaga 1.` borderline decision. Deadlines and `redovisas … den 23 mars 2028` follow-ups.
# * Dates: yearless → 2028; `i mars` a month date; `läsåret 2028/29` a year range (unscored).

JGY = "Jämtlands Gymnasieförbund"
SKR = "Sveriges Kommuner och Regioner"
RJH = "Region Jämtland Härjedalen"
KANSLI = "Jämtlands Gymnasieförbunds förbundskansli"


def muni(surface, canonical, *others):
    return org(surface, canonical, "municipality", *others)


def ledamot(name, kommun, role=None, note=None):
    return att(name, kommun, kommun, role, note)


present = [
    ledamot("Jonas Wikström", "Östersund", "ordförande"),
    ledamot("Karin Modig", "Östersund"),
    ledamot("Linnea Strid", "Östersund", "tjänstgörande ersättare"),
    ledamot("Ewa Marklund", "Östersund"),
    ledamot("Nils Thorén", "Östersund"),
    ledamot("Anna Bergsten", "Krokom", "1:e vice ordförande"),
    ledamot("Leif Andersson", "Krokom"),
    ledamot("Gunnel Hägglund", "Bräcke"),
    ledamot("Daniel Svedin", "Bräcke", "tjänstgörande ersättare"),
    ledamot("Birgitta Edlund", "Ragunda", "2:e vice ordförande"),
    ledamot("Erik Hägglund", "Åre"),
    ledamot("Maja Persson", "Åre"),
    ledamot("Tomas Grahn", "Krokom", "ej tjänstgörande ersättare"),
    att("Ola Rönnberg", None, JGY, "förbundschef"),
    att("Sara Lindberg", None, JGY, "biträdande förbundschef"),
    att("Hanna Rönnberg", None, JGY, "controller", "(§§ 4–5)", [4, 5]),
    att("Lars Strand", None, JGY, "förtroendevald revisor", "(§ 4)", [4]),
    att(
        "Cecilia Hagström-Ekberg",
        SKR,
        SKR,
        "handläggare",
        "(§ 6, via Teams)",
        [6],
        canon="Cecilia Hagström Ekberg",
    ),
    att("Elin Jonsson", None, JGY, "förbundssekreterare"),
]
absent = [
    ledamot("Per-Olof Sandberg", "Östersund"),
    ledamot("Mats Olofsson", "Bräcke"),
    ledamot("Jörgen Ek", "Ragunda"),
]
recorded_by = {"name": "Elin Jonsson", "canonical_name": "Elin Jonsson", "role": "förbundssekreterare"}

BESLUT = "Direktionens beslut"

items = [
    item(
        1,
        "§ 1 Upprop och val av justerare",
        "Upprop och val av justerare",
        sub=[BESLUT],
        persons=[per("Anna Bergsten", "justerare")],
        topics=["upprop", "val av justerare"],
        decisions=["Direktionen utser Anna Bergsten (C) att jämte ordföranden justera dagens protokoll."],
        bdec=["Upprop förrättas enligt bilaga 1."],
    ),
    item(
        2,
        "§ 2 Fastställande av dagordning",
        "Fastställande av dagordning",
        sub=[BESLUT],
        persons=[per("Maja Persson", "anmäler övrig fråga")],
        topics=["dagordning"],
        decisions=[
            "Dagordningen fastställs med tillägg av en övrig fråga från Maja Persson (V) om skolskjutsar."
        ],
    ),
    item(
        3,
        "§ 3 Förbundschefen informerar",
        "Förbundschefen informerar",
        sub=[BESLUT],
        persons=[per("Ola Rönnberg", "föredragande")],
        orgs=[
            org("Wargentinskolan", "Wargentinskolan", "other"),
            org("Torsta", "Torsta", "other"),
            org("Arbetsmiljöverkets", "Arbetsmiljöverket", "national_agency"),
            org("Palmcrantzskolan", "Palmcrantzskolan", "other"),
        ],
        topics=["antagningsläget", "naturbruksprogrammet", "arbetsmiljöinspektion", "rektorsrekrytering"],
        decisions=["Informationen noteras."],
        bfol=["Rekryteringen av ny rektor för campus Åre pågår och intervjuer hålls i mars."],
        dates=[
            dat("läsåret 2028/29", "2028/2029"),
            dat("24 januari", "2028-01-24", inferred=True),
            dat("mars", "2028-03", inferred=True),
        ],
    ),
    item(
        4,
        "§ 4 Budgetramar 2029 och ekonomisk plan 2030–2031",
        "Budgetramar 2029 och ekonomisk plan 2030–2031",
        sub=["Ärendebeskrivning", "Yrkanden", "Propositionsordning", "Omröstning", BESLUT, "Reservation"],
        persons=[
            per("Hanna Rönnberg", "föredragande"),
            per("Lars Strand", "revisor"),
            per("Jonas Wikström", "yrkande", also=["Jonas Wikströms"]),
            per("Karin Modig", "yrkande", also=["Karin Modigs"]),
            per("Nils Thorén", "yrkande"),
            per("Erik Hägglund", "reservation"),
            per("Daniel Svedin", "reservation"),
        ],
        orgs=[org("Förbundskansliet", KANSLI, "other", "förbundskansliets")],
        topics=[
            "budgetramar 2029",
            "medlemsbidrag",
            "votering",
            "reservation",
            "samråd med medlemskommunerna",
        ],
        decisions=[
            "Direktionen beslutar att skicka förslaget till budgetramar 2029, med en höjning av medlemsbidraget med 3,2 procent, till medlemskommunerna för samråd."
        ],
        follow_ups=["Kommunernas svar ska lämnas senast den 15 april 2028."],
        bdec=[
            "Förbundskansliet föreslår en höjning av medlemsbidraget med 3,2 procent, fördelat efter antalet elever från respektive kommun.",
            "Jonas Wikström (S) yrkar bifall till förbundskansliets förslag.",
            "Karin Modig (M) yrkar, med instämmande av Nils Thorén (SD), att medlemsbidraget höjs med högst 2,0 procent.",
            "Ordföranden ställer proposition på yrkandena och finner att direktionen bifaller Jonas Wikströms yrkande.",
            "Votering begärs.",
            "Den som bifaller Jonas Wikströms yrkande röstar ja, den som bifaller Karin Modigs yrkande röstar nej.",
            "Omröstningen utfaller med 8 ja-röster mot 4 nej-röster, se bilaga 1.",
            "Karin Modig (M), Erik Hägglund (M), Daniel Svedin (M) och Nils Thorén (SD) reserverar sig mot beslutet till förmån för eget yrkande.",
        ],
        bfol=[
            "Enligt förbundsordningen ska direktionen senast den 1 mars lämna förslag till budgetramar till medlemskommunerna för samråd."
        ],
        dates=[
            dat("2029", "2029"),
            dat("2030–2031", "2030/2031"),
            dat("1 mars", "2028-03-01", inferred=True),
            dat("15 april 2028", "2028-04-15"),
        ],
    ),
    item(
        5,
        "§ 5 Programutbud läsåret 2028/29",
        "Programutbud läsåret 2028/29",
        sub=["Ärendebeskrivning", BESLUT, "Protokollsanteckning"],
        persons=[
            per("Gunnel Hägglund", "påpekar; protokollsanteckning"),
            per("Daniel Svedin", "protokollsanteckning"),
        ],
        orgs=[
            org("Förbundskansliet", KANSLI, "other"),
            muni("Bräcke kommun", "Bräcke", "Bräcke"),
            muni("Östersund", "Östersund"),
        ],
        munis=["Bräcke", "Östersund"],
        topics=["programutbud", "el- och energiprogrammet", "Bräcke", "skolskjutsar"],
        decisions=[
            "Direktionen beslutar att el- och energiprogrammet inte startar i Bräcke läsåret 2028/29.",
            "Förbundschefen får i uppdrag att tillsammans med Bräcke kommun ta fram en plan för hur programmet kan starta igen från hösten 2029.",
        ],
        bdec=[
            "Förbundskansliet föreslår att programmet inte startar i Bräcke hösten 2028 och att de sökande erbjuds plats på programmet i Östersund.",
            "Gunnel Hägglund (S) påpekar att Bräcke kommun behöver besked i god tid inför planeringen av skolskjutsar.",
            "Gunnel Hägglund (S) och Daniel Svedin (M) lämnar en gemensam protokollsanteckning, bilaga 2.",
        ],
        bfol=[
            "Förbundschefen får i uppdrag att tillsammans med Bräcke kommun ta fram en plan för hur programmet kan starta igen från hösten 2029."
        ],
        dates=[
            dat("läsåret 2028/29", "2028/2029"),
            dat("hösten 2028", "2028"),
            dat("hösten 2029", "2029"),
        ],
    ),
    item(
        6,
        "§ 6 Regional samverkan om planering och dimensionering av gymnasial utbildning",
        "Regional samverkan om planering och dimensionering av gymnasial utbildning",
        sub=[BESLUT],
        persons=[
            per("Cecilia Hagström-Ekberg", "föredragande", "SKR", SKR, canon="Cecilia Hagström Ekberg"),
            per("Sara Lindberg", "föredragande"),
        ],
        orgs=[
            org("SKR", SKR, "association"),
            org(RJH, RJH, "region"),
            muni("Bergs", "Berg"),
            muni("Härjedalens", "Härjedalen"),
            muni("Strömsunds", "Strömsund"),
            org("Skolverket", "Skolverket", "national_agency"),
        ],
        munis=["Berg", "Härjedalen", "Strömsund"],
        topics=[
            "planering och dimensionering av gymnasial utbildning",
            "regional samverkan",
            "samverkansavtal",
            "planeringsunderlag",
        ],
        decisions=[
            "Förbundschefen får i uppdrag att ta fram ett förslag till samverkansavtal med länets övriga kommuner och Region Jämtland Härjedalen."
        ],
        follow_ups=["Förslaget redovisas på direktionens sammanträde den 23 mars 2028."],
        bfol=[
            "Förbundschefen får i uppdrag att ta fram ett förslag till samverkansavtal med länets övriga kommuner och Region Jämtland Härjedalen."
        ],
        dates=[dat("23 mars 2028", "2028-03-23")],
    ),
    item(
        7,
        "§ 7 Internkontrollplan 2028",
        "Internkontrollplan 2028",
        sub=[BESLUT],
        orgs=[org("Förbundskansliet", KANSLI, "other")],
        topics=["internkontrollplan", "inköp", "elevfrånvaro", "skyddade personuppgifter"],
        decisions=["Direktionen antar internkontrollplan för 2028."],
        follow_ups=["Uppföljningen redovisas för direktionen i september 2028."],
        dates=[dat("2028", "2028"), dat("september 2028", "2028-09")],
    ),
    item(
        8,
        "§ 8 Redovisning av delegationsbeslut och meddelanden",
        "Redovisning av delegationsbeslut och meddelanden",
        sub=[BESLUT],
        orgs=[
            org("Skolinspektionens", "Skolinspektionen", "national_agency"),
            muni("Östersund", "Östersund"),
        ],
        munis=["Östersund"],
        topics=["delegationsbeslut", "meddelanden", "tillsyn av anpassad gymnasieskola"],
        decisions=["Redovisningen läggs till handlingarna."],
        dates=[dat("1 december 2027–31 januari 2028", "2027-12-01/2028-01-31")],
    ),
    item(
        9,
        "§ 9 Övriga frågor",
        "Övriga frågor",
        persons=[per("Maja Persson", "frågar"), per("Ola Rönnberg", "svarar", also=["Ola"])],
        orgs=[
            muni("Ragunda kommun", "Ragunda"),
            org("Länstrafiken i Jämtlands län", "Länstrafiken i Jämtlands län AB", "company"),
        ],
        munis=["Ragunda"],
        topics=["skolskjutsar", "entreprenörsbyte", "klagomål"],
        follow_ups=["Ola återkommer med en redovisning vid nästa sammanträde."],
        bfol=[
            "Ola Rönnberg svarar att förbundet har fått flera klagomål och för en dialog med Ragunda kommun och Länstrafiken i Jämtlands län."
        ],
    ),
]

write(
    "jamtlands_gymnasieforbund_direktion_votering.txt",
    "Jämtlands Gymnasieförbund, direktionen",
    "2028-02-10",
    ["torsdagen den 10 februari 2028", "2028-02-10"],
    "sammanträdesrummet Storsjön, förbundskansliet, Prästgatan 15, Östersund",
    present,
    absent,
    recorded_by,
    items,
    "Vid protokollet",
)
