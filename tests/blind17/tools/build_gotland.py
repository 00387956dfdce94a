# ruff: noqa: E501  (verbatim sentences of the minutes are data)
"""gold data: samordningsforbundet_gotland_beredningsgrupp_copilot.txt → gold/<same>.json."""

from __future__ import annotations

from gold_lib import att, dat, item, org, per, write

SFG = "Samordningsförbundet Gotland"
RG = "Region Gotland"
FK = "Försäkringskassan"
AF = "Arbetsförmedlingen"
BOARD = "Samordningsförbundet Gotlands styrelse"
UAF = "Region Gotlands utbildnings- och arbetslivsförvaltning"

# A Teams meeting's AI RECAP (Copilot) pasted as the minutes: a title line, a `·`-separated line
# with weekday, date, time and form, `Organisatör:`, a `Deltagare` list `Name, role, Body (marker)`,
# a run-in `Anmält förhinder:` line, the heading `Mötesanteckningar` with a disclaimer, then
# UNNUMBERED TOPIC HEADINGS (the items, numbered 1–5 in order) with `•` bullets in the generated
# third-person style, then a task list `Uppföljningsuppgifter` (`☐ Name: task`) restating the
# follow-ups, and the tool's feedback line.
# Choices: `Mötesanteckningar` and `Uppföljningsuppgifter` are sections, not items; the task list is
# outside every item (its tasks restate item sentences) and is not annotated. The recorder is
# Lina Sjöberg, who reviewed and completed the generated notes (no `Antecknare` is written).
# `Sanna Ek …, ersättare för Maria Hansson` is present, Maria Hansson (also under `Anmält
# förhinder`) absent. `Emil Rosén, projektledare Steget vidare (under punkten om Steget vidare)`:
# no body written, canonical the förbund; attended item 2. `Ann-Sofie Kjellin` = `Ann-Sofi Kjellin`
# of the Kalmarsund minutes. Bare `beredningsgruppen`/`Gruppen` (the meeting body) and
# `förbundet` are not organisations; `styrelsen` (the förbund's board), `kansliet` and Region
# Gotland's `utbildnings- och arbetslivsförvaltningen` are; `Steget vidare` is a programme; NNS =
# Nationella nätverket för samordningsförbund (external expansion). `Gotland` is the island and
# `Visby` a town: neither is a municipality (as blind5); `Norrköping` is. `enades om`/`beslutade`/
# `ställde sig bakom` are decisions (task decisions repeated as borderline follow-ups);
# `framhöll`/`påpekade`/`lyfte att … gärna bidrar` borderline decisions; `berättade`/
# `informerade`/`meddelade` a coming event borderline follow-ups. `midsommar` is not annotated.
present = [
    att("Lina Sjöberg", SFG, SFG, "förbundschef", "(mötesledare)"),
    att("Johanna Ahlgren", SFG, SFG, "processledare"),
    att("Karin Pettersson", RG, RG, "avdelningschef individ- och familjeomsorg"),
    att("Jonas Lindström", RG, RG, "verksamhetschef vuxenpsykiatri", "(via Teams)"),
    att("Björn Norrby", RG, RG, "arbetsmarknadschef"),
    att("Petra Lindström", FK, FK, "enhetschef", "(via Teams)"),
    att("Sanna Ek", FK, FK, "teamledare", "ersättare för Maria Hansson"),
    att("Ann-Sofie Kjellin", AF, AF, "samverkansansvarig", "(via Teams)"),
    att("Emil Rosén", None, SFG, "projektledare Steget vidare", "(under punkten om Steget vidare)", [2]),
]
absent = [att("Maria Hansson", FK, FK, "enhetschef")]
recorded_by = {"name": "Lina Sjöberg", "canonical_name": "Lina Sjöberg", "role": "förbundschef"}

items = [
    item(
        1,
        "Lägesrapport från förbundet",
        "Lägesrapport från förbundet",
        persons=[per("Lina Sjöberg"), per("Johanna Ahlgren")],
        orgs=[
            org(FK, FK, "national_agency"),
            org(AF, AF, "national_agency"),
            org(RG, RG, "region"),
            org("styrelsen", BOARD, "other"),
            org("NNS", "Nationella nätverket för samordningsförbund", "association"),
        ],
        munis=["Norrköping"],
        topics=[
            "förbundets ekonomi",
            "medlemmarnas tilldelning 2028",
            "eget kapital och överskott",
            "NNS konferens",
        ],
        decisions=["Gruppen enades om att ta fram förslag på användning av överskottet till nästa möte."],
        bfol=[
            "Gruppen enades om att ta fram förslag på användning av överskottet till nästa möte.",
            "Johanna Ahlgren berättade att förbundet deltar på NNS konferens i Norrköping den 17–18 maj och uppmanade fler parter att anmäla sig.",
        ],
        dates=[dat("17–18 maj", "2028-05-17/2028-05-18")],
    ),
    item(
        2,
        "Uppföljning av Steget vidare",
        "Uppföljning av Steget vidare",
        persons=[per("Emil Rosén"), per("Petra Lindström", FK), per("Björn Norrby", RG)],
        orgs=[
            org("Steget vidare", "Steget vidare", "programme"),
            org(FK, FK, "national_agency"),
            org("utbildnings- och arbetslivsförvaltningen", UAF, "other"),
            org(RG, RG, "region"),
            org("kansliet", "Samordningsförbundet Gotlands kansli", "other"),
            org("Styrelsen", BOARD, "other"),
        ],
        topics=[
            "Steget vidare",
            "uppföljning av insats",
            "förlängning till juni 2029",
            "finansiering efter projekttiden",
        ],
        decisions=[
            "Beredningsgruppen ställde sig bakom att kansliet förbereder en förlängning av Steget vidare till och med juni 2029."
        ],
        follow_ups=["Styrelsen fattar beslut om förlängningen den 24 maj."],
        bdec=[
            "Björn Norrby framhöll att utbildnings- och arbetslivsförvaltningen vill behålla insatsen, men att Region Gotland inte kan ta över finansieringen före 2030."
        ],
        bfol=[
            "Beredningsgruppen ställde sig bakom att kansliet förbereder en förlängning av Steget vidare till och med juni 2029."
        ],
        dates=[dat("september 2026", "2026-09"), dat("juni 2029", "2029-06"), dat("24 maj", "2028-05-24")],
    ),
    item(
        3,
        "Arbetsförmedlingens närvaro på Gotland",
        "Arbetsförmedlingens närvaro på Gotland",
        persons=[per("Ann-Sofie Kjellin", AF), per("Björn Norrby", also=["Björn"])],
        orgs=[
            org("Arbetsförmedlingens", AF, "national_agency", AF),
            org("utbildnings- och arbetslivsförvaltningen", UAF, "other"),
        ],
        topics=["Arbetsförmedlingens lokala närvaro", "kommunala aktivitetsansvaret", "insatser för unga"],
        follow_ups=[
            "Ann-Sofie Kjellin bjuder in utbildnings- och arbetslivsförvaltningen till ett möte om gemensamma insatser för unga före midsommar."
        ],
        bdec=[
            "Björn påpekade att det kommunala aktivitetsansvaret och jobbtorget behöver en gemensam ingång för unga."
        ],
        bfol=[
            "Ann-Sofie Kjellin informerade om att Arbetsförmedlingen från den 1 juni 2028 har två handläggare med fast placering i Visby, som ska arbeta med samverkan."
        ],
        dates=[dat("1 juni 2028", "2028-06-01")],
    ),
    item(
        4,
        "Gemensam behovsanalys inför 2029",
        "Gemensam behovsanalys inför 2029",
        persons=[
            per("Karin Pettersson"),
            per("Jonas Lindström"),
            per("Sanna Ek"),
            per("Lina Sjöberg", also=["Lina"]),
        ],
        orgs=[org(FK, FK, "national_agency")],
        topics=[
            "behovsanalys 2029",
            "psykisk ohälsa",
            "unga vuxna långt från arbetsmarknaden",
            "arbetsgrupp",
        ],
        decisions=[
            "Gruppen beslutade att en arbetsgrupp med en representant från varje part tar fram en gemensam behovsanalys."
        ],
        follow_ups=[
            "Behovsanalysen ska vara klar senast den 15 september.",
            "Varje part meddelar namnet på sin representant till Lina senast den 28 april.",
        ],
        bdec=[
            "Sanna Ek lyfte att Försäkringskassan gärna bidrar med statistik om sjukpenning och aktivitetsersättning."
        ],
        bfol=[
            "Gruppen beslutade att en arbetsgrupp med en representant från varje part tar fram en gemensam behovsanalys."
        ],
        dates=[dat("15 september", "2028-09-15"), dat("28 april", "2028-04-28")],
    ),
    item(
        5,
        "Övrigt och nästa möte",
        "Övrigt och nästa möte",
        persons=[per("Karin Pettersson", RG)],
        orgs=[org(RG, RG, "region")],
        topics=["Region Gotlands organisation för arbetsmarknadsfrågor", "nästa möte"],
        follow_ups=["Nästa möte i beredningsgruppen hålls onsdagen den 7 juni kl. 09.00 på Teams."],
        bfol=[
            "Karin Pettersson meddelade att Region Gotland ser över sin organisation för arbetsmarknadsfrågor under hösten."
        ],
        dates=[dat("hösten", "2028"), dat("7 juni", "2028-06-07")],
    ),
]

write(
    "samordningsforbundet_gotland_beredningsgrupp_copilot.txt",
    "Samordningsförbundet Gotland, beredningsgruppen",
    "2028-04-12",
    ["Onsdag 12 april 2028"],
    "förbundets kontor i Visby",
    present,
    absent,
    recorded_by,
    items,
    "Uppföljningsuppgifter",
)
