# ruff: noqa: E501  (verbatim sentences of the minutes are data)
"""gold data: vafab_agarsamrad.md → gold/vafab_agarsamrad.json."""

from __future__ import annotations

from gold_lib import att, dat, item, org, per, write

VMK = "Vafab Miljö Kommunalförbund"
SELF = "Vafab Miljö Kommunalförbunds ägarsamråd"

# Markdown table "| Organisation | Funktion | Namn |" (body first, name LAST); "(punkt 2–3)" in the
# Funktion cell is the note; "**Förhinder:** Body – Name, role; …"; the recorder from the closing
# italic "*Antecknat av Elin Nord, Vafab Miljö*". "X kommun"/"Västerås stad" canonicalise to the short name.
present = [
    att("Anders Berglund", "Arboga kommun", "Arboga", "kommundirektör"),
    att("Camilla Rydén", "Enköpings kommun", "Enköping", "kommundirektör"),
    att("Johan Forsberg", "Fagersta kommun", "Fagersta", "kommunchef"),
    att("Mikael Sjögren", "Hallstahammars kommun", "Hallstahammar", "kommundirektör"),
    att("Annelie Holmberg", "Heby kommun", "Heby", "kommunchef"),
    att("Stefan Ring", "Kungsörs kommun", "Kungsör", "kommunchef"),
    att("Ulrika Fahlén", "Köpings kommun", "Köping", "kommundirektör"),
    att("Lars Lindqvist", "Sala kommun", "Sala", "kommundirektör"),
    att("Åsa Moberg", "Surahammars kommun", "Surahammar", "kommunchef"),
    att("Kristina Wallin", "Västerås stad", "Västerås", "stadsdirektör"),
    att("Helena Lindqvist", VMK, VMK, "förbundsdirektör"),
    att("Oskar Brandt", VMK, VMK, "ekonomichef", "(punkt 2–3)", [2, 3]),
    att("Elin Nord", VMK, VMK, "kommunikatör"),
]
absent = [
    att("Ylva Hed", "Norbergs kommun", "Norberg", "kommunchef"),
    att("Rune Palm", "Skinnskattebergs kommun", "Skinnskatteberg", "kommunchef"),
]
recorded_by = {"name": "Elin Nord", "canonical_name": "Elin Nord", "role": "kommunikatör"}

items = [
    item(
        1,
        "### 1. Inledning och föregående anteckningar",
        "Inledning och föregående anteckningar",
        persons=[per("Helena Lindqvist"), per("Åsa Moberg")],
        munis=["Surahammar"],
        topics=["välkomnande", "ny kommunchef", "föregående anteckningar"],
        decisions=["Anteckningarna från ägarsamrådet den 18 november 2026 godkändes."],
        dates=[dat("januari", "2027-01"), dat("18 november 2026", "2026-11-18")],
    ),
    item(
        2,
        "### 2. Verksamhetsrapport tertial 3 och bokslut 2026",
        "Verksamhetsrapport tertial 3 och bokslut 2026",
        persons=[per("Helena", canon="Helena Lindqvist"), per("Oskar Brandt")],
        orgs=[
            org("Förbundsdirektionen", "Vafab Miljö Kommunalförbunds förbundsdirektion", "other"),
            org("Ägarsamrådet", SELF, "network"),
        ],
        topics=["verksamhetsrapport", "matavfall", "bokslut", "underskott", "transportkostnader"],
        decisions=["Ägarsamrådet noterade informationen."],
        follow_ups=["Förbundsdirektionen behandlar bokslutet den 24 mars."],
        dates=[
            dat("tertial 3", "2026-09/2026-12"),
            dat("2026", "2026"),
            dat("2025", "2025"),
            dat("24 mars", "2027-03-24"),
        ],
    ),
    item(
        3,
        "### 3. Taxeharmonisering för hushållsavfall",
        "Taxeharmonisering för hushållsavfall",
        persons=[per("Oskar Brandt"), per("Annelie Holmberg"), per("Lars Lindqvist")],
        orgs=[
            org("Heby", "Heby", "municipality"),
            org("Sala", "Sala", "municipality"),
            org("Västerås", "Västerås", "municipality"),
            org("Hebys kommunstyrelse", "Heby kommuns kommunstyrelse", "other"),
            org("Ägarsamrådet", SELF, "network"),
        ],
        munis=["Heby", "Sala", "Västerås"],
        topics=["avfallstaxa", "taxeharmonisering", "grundavgift", "remiss till medlemskommunerna"],
        decisions=[
            "Ägarsamrådet beslutade att ställa sig bakom inriktningen om en harmoniserad taxa från 2028, att uppdra åt förbundsdirektören att redovisa konsekvenserna för Heby och Sala till nästa ägarsamråd, samt att förslaget skickas på remiss till medlemskommunerna under Q2 2027."
        ],
        # the decision also assigns a task to the next meeting: "don't care" as a follow-up
        bfol=[
            "Ägarsamrådet beslutade att ställa sig bakom inriktningen om en harmoniserad taxa från 2028, att uppdra åt förbundsdirektören att redovisa konsekvenserna för Heby och Sala till nästa ägarsamråd, samt att förslaget skickas på remiss till medlemskommunerna under Q2 2027."
        ],
        bdec=[
            "Annelie Holmberg framförde att Hebys kommunstyrelse behöver tid att ta ställning innan taxan fastställs.",
            "Lars Lindqvist instämde och betonade vikten av en tydlig kommunikation till hushållen.",
        ],
        dates=[
            dat("1 januari 2028", "2028-01-01"),
            dat("2028", "2028"),
            dat("Q2 2027", "2027-04/2027-06"),
        ],
    ),
    item(
        4,
        "### 4. Ny återvinningscentral i Enköping",
        "Ny återvinningscentral i Enköping",
        subheadings=["Lägesrapport", "Finansiering"],
        persons=[per("Camilla Rydén"), per("Mikael Sjögren"), per("Helena", canon="Helena Lindqvist")],
        orgs=[
            org("Enköpings kommun", "Enköping", "municipality", "Enköping"),
            org("Vafab Miljö", VMK, "municipal_federation"),
            org("Ägarsamrådet", SELF, "network"),
        ],
        munis=["Enköping"],
        topics=["återvinningscentral", "detaljplan", "investering", "markavtal"],
        decisions=[
            "Ägarsamrådet beslutade att investeringen hanteras inom förbundets ordinarie investeringsbudget, samt att Enköpings kommun och Vafab Miljö tecknar ett markavtal före sommaren."
        ],
        bfol=[
            "Byggstart planeras till hösten 2027.",
            "Förbundet kan behöva ta upp nya lån om kostnaderna stiger ytterligare.",
        ],
        dates=[dat("hösten 2027", "2027"), dat("2027–2029", "2027/2029")],
    ),
    item(
        5,
        "### 5. Insamling av förpackningar från hushållen",
        "Insamling av förpackningar från hushållen",
        persons=[per("Helena Lindqvist"), per("Johan Forsberg")],
        orgs=[
            org("Västerås", "Västerås", "municipality"),
            org("Köping", "Köping", "municipality"),
            org("Fagersta", "Fagersta", "municipality", "Fagerstas"),
            org("Norberg", "Norberg", "municipality"),
            org("Avfall Sverige", "Avfall Sverige", "association"),
        ],
        munis=["Västerås", "Köping", "Fagersta", "Norberg"],
        topics=[
            "förpackningsinsamling",
            "kommunalt insamlingsansvar",
            "försenad hämtning",
            "producentersättning",
            "kontaktpersoner",
        ],
        decisions=[
            "Gruppen vill att förbundet redovisar statistik per kommun vid varje ägarsamråd under 2027."
        ],
        follow_ups=[
            "Avfall Sverige ska presentera en vägledning om ersättningen från producenterna under tertial 2.",
            "Kommundirektörerna ska senast v. 15 meddela Helena Lindqvist vem som är kommunens kontaktperson i frågan.",
        ],
        bdec=[
            "Johan Forsberg underströk att Fagerstas fastighetsägare har hört av sig till kommunen i stort antal."
        ],
        dates=[
            dat("1 januari 2027", "2027-01-01"),
            dat("tertial 2", "2027-05/2027-08"),
            dat("v. 15", "2027-04-12/2027-04-18"),
            dat("2027", "2027"),
        ],
    ),
    item(
        6,
        "### 6. Övrigt och nästa möte",
        "Övrigt och nästa möte",
        persons=[per("Kristina Wallin")],
        orgs=[
            org("Mälarenergi", "Mälarenergi", "company"),
            org("Västerås stad", "Västerås", "municipality"),
            org("ägarsamrådet", SELF, "network"),
        ],
        munis=["Västerås", "Sala"],
        topics=["biogasanläggning", "nästa möte"],
        follow_ups=["Nästa ägarsamråd hålls onsdagen den 9 juni kl. 09.30 i Sala."],
        bfol=[
            "Kristina Wallin informerade om att Mälarenergi och Västerås stad utreder en gemensam anläggning för biogas.",
            "Frågan kan bli aktuell för ägarsamrådet längre fram.",
        ],
        dates=[dat("9 juni", "2027-06-09")],
    ),
]

write(
    "vafab_agarsamrad.md",
    "Vafab Miljö Kommunalförbund, ägarsamrådet",
    "2027-03-03",
    ["onsdag 3 mars 2027"],
    present,
    absent,
    recorded_by,
    items,
    item_end="## Åtgärdslista",
)
