# ruff: noqa: E501  (verbatim sentences of the minutes are data)
"""gold data: huf_agarsamrad_yaml.md → gold/huf_agarsamrad_yaml.json."""

from __future__ import annotations

from gold_lib import att, dat, item, org, per, write

HUF = "Hälsinglands Utbildningsförbund"
SKR = "Sveriges Kommuner och Regioner"
RG = "Region Gävleborg"

# Markdown note export with YAML FRONT MATTER: `datum: 2027-04-08`, `plats:`, `deltagare:` as a YAML
# block list of quoted `"Name, role, Body (marker)"` strings, `förhinder:` as a one-element FLOW list
# `["Name, role, Body"]`, `antecknare: "Name, role, Body"`, `taggar: [...]`; an H1 title; items
# `## N. Title`; `- ` bullets with the conclusions; Obsidian task bullets `- [ ] …` (follow-ups, the
# `[ ] ` not part of the sentence); `*Antecknat av …*` at the end (item_end).
# `(ordförande)` is a function marker (not a note); `(punkt 4)` / `(punkt 3)` are notes. The recorder
# (`antecknare:`) is also present. `rektor Torsbergsgymnasiet` is the role as written.
# Catarina Sjöholm (SKR) is the same person as blind11's `Katarina Sjöholm, SKR` in the MalmöLundregionen
# minutes: canonical `Katarina Sjöholm`. Lars Eriksson ≠ Maria Eriksson (same surname, same federation).
present = [
    att("Ingrid Wallin", "Söderhamns kommun", "Söderhamn", "kommunchef"),
    att("Göran Sandström", "Bollnäs kommun", "Bollnäs", "kommunchef"),
    att("Helena Persson", "Ovanåkers kommun", "Ovanåker", "kommunchef"),
    att("Lars Eriksson", HUF, HUF, "förbundschef"),
    att("Maria Eriksson", HUF, HUF, "rektor Torsbergsgymnasiet", "(punkt 4)", [4]),
    att("Catarina Sjöholm", "SKR", SKR, "handläggare", "(punkt 3)", [3], canon="Katarina Sjöholm"),
    att("Emma Holm", HUF, HUF, "förbundssekreterare"),
]
absent = [att("Jan Sahlin", RG, RG, "utvecklingsstrateg")]
recorded_by = {"name": "Emma Holm", "canonical_name": "Emma Holm", "role": "förbundssekreterare"}

items = [
    item(
        1,
        "## 1. Inledning",
        "Inledning",
        persons=[per("Ingrid Wallin")],
        topics=["mötets öppnande", "dagordning", "föregående minnesanteckningar"],
        decisions=[
            "Dagordningen fastställdes utan ändringar.",
            "Minnesanteckningarna från mötet den 4 februari lades till handlingarna.",
        ],
        bdec=["Ingrid Wallin öppnade mötet."],
        dates=[dat("4 februari", "2027-02-04")],
    ),
    item(
        2,
        "## 2. Ekonomisk uppföljning och medlemsbidrag 2028",
        "Ekonomisk uppföljning och medlemsbidrag 2028",
        persons=[per("Lars Eriksson"), per("Helena Persson")],
        orgs=[
            org("Voxnadalens gymnasium", "Voxnadalens gymnasium", "other"),
            org("Ovanåkers kommun", "Ovanåker", "municipality"),
        ],
        munis=["Ovanåker"],
        topics=["bokslut 2026", "prognos", "underskott", "medlemsbidrag 2028", "elevantal"],
        decisions=["Ägarkommunerna ställde sig bakom förbundets förslag till medlemsbidrag för 2028."],
        follow_ups=[
            "Förbundet återkommer med en åtgärdsplan för budget i balans till mötet i juni.",
            "Lars Eriksson skickar underlaget till kommunernas ekonomichefer senast den 23 april.",
        ],
        bdec=["Helena Persson underströk att Ovanåkers kommun vill behålla gymnasieutbildningen i Edsbyn."],
        dates=[
            dat("2028", "2028"),
            dat("2026", "2026"),
            dat("februari", "2027-02"),
            dat("juni", "2027-06"),
            dat("23 april", "2027-04-23"),
        ],
    ),
    item(
        3,
        "## 3. Kompetensförsörjning och vuxenutbildning",
        "Kompetensförsörjning och vuxenutbildning",
        persons=[
            per("Catarina Sjöholm", "SKR", also=["Catarina"], canon="Katarina Sjöholm"),
            per("Göran Sandström"),
            per("Emma Holm"),
        ],
        orgs=[
            org("SKR", SKR, "association"),
            org(RG, RG, "region"),
            org("Skolverket", "Skolverket", "national_agency"),
        ],
        munis=["Bollnäs", "Ovanåker", "Söderhamn"],
        topics=[
            "kompetensförsörjning",
            "regional yrkesvux",
            "statsbidrag",
            "undersköterskeutbildning",
            "gemensam ansökan",
        ],
        decisions=[
            "Förbundet får i uppdrag att samordna en gemensam ansökan för Bollnäs, Ovanåker och Söderhamn."
        ],
        follow_ups=["Emma Holm bokar ett arbetsmöte med vuxenutbildningscheferna i maj."],
        bdec=[
            "Göran Sandström lyfte behovet av undersköterskeutbildning i Bollnäs, där Region Gävleborg har stora rekryteringsbehov.",
            "Det är viktigt att de tre kommunerna söker gemensamt.",
        ],
        bfol=[
            "Catarina påminde om att ansökan om statsbidrag till Skolverket ska vara inne senast den 15 oktober 2027.",
            "Förbundet får i uppdrag att samordna en gemensam ansökan för Bollnäs, Ovanåker och Söderhamn.",
        ],
        dates=[dat("2028", "2028"), dat("15 oktober 2027", "2027-10-15"), dat("maj", "2027-05")],
    ),
    item(
        4,
        "## 4. Lokalfrågan Torsbergsgymnasiet",
        "Lokalfrågan Torsbergsgymnasiet",
        persons=[
            per("Maria Eriksson", role="rektor"),
            per("Göran Sandström"),
            per("Lars", canon="Lars Eriksson"),
        ],
        orgs=[
            org("Torsbergsgymnasiet", "Torsbergsgymnasiet", "other"),
            org("Bollnäs kommun", "Bollnäs", "municipality", "Bollnäs"),
            org("kommunstyrelsen i Bollnäs", "Bollnäs kommunstyrelse", "other", "kommunstyrelsens"),
            org("Ägarsamrådet", "Hälsinglands Utbildningsförbunds ägarsamråd", "network"),
        ],
        munis=["Bollnäs"],
        topics=["lokalbehov", "Torsbergsgymnasiet", "ombyggnad", "förstudie"],
        decisions=["Ägarsamrådet noterade informationen."],
        follow_ups=[
            "Lars och Maria Eriksson återkommer med en tidplan för ombyggnaden efter kommunstyrelsens beslut."
        ],
        bfol=[
            "Göran Sandström meddelade att kommunstyrelsen i Bollnäs fattar beslut om förstudien den 11 maj."
        ],
        dates=[dat("2028/29", "2028/2029"), dat("11 maj", "2027-05-11")],
    ),
    item(
        5,
        "## 5. Övriga frågor och nästa möte",
        "Övriga frågor och nästa möte",
        persons=[per("Helena Persson")],
        orgs=[
            org("förbundets skolskjutsgrupp", "Hälsinglands Utbildningsförbunds skolskjutsgrupp", "network"),
        ],
        munis=["Bollnäs"],
        topics=["skolskjutsar", "nästa möte"],
        decisions=["Frågan hänvisas till förbundets skolskjutsgrupp."],
        follow_ups=["Nästa samrådsmöte hålls den 10 juni 2027 i Bollnäs."],
        dates=[dat("10 juni 2027", "2027-06-10")],
    ),
]

write(
    "huf_agarsamrad_yaml.md",
    "Hälsinglands Utbildningsförbund, samrådsmöte med ägarkommunerna",
    "2027-04-08",
    ["datum: 2027-04-08", "Samrådsmöte med ägarkommunerna, 8 april 2027"],
    present,
    absent,
    recorded_by,
    items,
    item_end="*Antecknat av",
)
