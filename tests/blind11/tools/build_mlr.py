# ruff: noqa: E501  (verbatim sentences of the minutes are data)
"""gold data: mlr_kommundirektorer_webb.txt → gold/mlr_kommundirektorer_webb.json."""

from __future__ import annotations

from gold_lib import att, dat, item, org, per, write

MLR = "MalmöLundregionen"
KDG = "MalmöLundregionens kommundirektörsgrupp"
SKR = "Sveriges Kommuner och Regioner"
RS = "Region Skåne"
STYR = "MalmöLundregionens politiska styrgrupp"

# Minutes pasted from a web CMS: breadcrumb line, `Publicerad: … | Senast ändrad: …`, items
# `Punkt N: Title` with run-in labels `Diskussion:` / `Beslut:` / `Ansvar:` (labels are not part of the
# sentences and not sub-headings; an `Ansvar:` line is a follow-up), a `Dela sidan` footer (item_end).
# ATTENDANCE IS A SENTENCE INSIDE ITEM 1: `Ordföranden X (Ort) hälsade välkomna: A (Ort), …, och B
# (Ort).` + `Från kansliet deltog processledare Y, som förde anteckningarna.` + `Z, SKR, deltog under
# punkt 3.` + `Vellinge hade anmält förhinder (W).` The chair and the guests are present; `kansliet`
# is MLR's office (affiliation as written, canonical MalmöLundregionen); W is absent for Vellinge.
# Because the people and municipalities are written in item 1's own text, they are ALSO item 1's
# persons_mentioned / municipalities_mentioned (a choice: the paragraph is both attendance and item text).
present = [
    att("Jonas Lindkvist", "Kävlinge", "Kävlinge"),
    att("Anna Sjögren", "Burlöv", "Burlöv"),
    att("Mikael Ros", "Eslöv", "Eslöv"),
    att("Therese Bergh", "Höör", "Höör"),
    att("Eva Lindström", "Lomma", "Lomma"),
    att("Henrik Ahlgren", "Lund", "Lund"),
    att("Sofia Rahm", "Malmö", "Malmö"),
    att("Camilla Öst", "Skurup", "Skurup"),
    att("Fredrik Nyman", "Staffanstorp", "Staffanstorp"),
    att("Per Lindström", "Svedala", "Svedala"),
    att("Lotta Kempe", "Trelleborg", "Trelleborg"),
    att("Malin Ekdahl", "kansliet", MLR, "processledare"),
    att("Katarina Sjöholm", "SKR", SKR, None, "under punkt 3", [3]),
]
absent = [att("Åsa Grip", "Vellinge", "Vellinge")]
recorded_by = {"name": "Malin Ekdahl", "canonical_name": "Malin Ekdahl", "role": "processledare"}

items = [
    item(
        1,
        "Punkt 1: Mötets öppnande och närvaro",
        "Mötets öppnande och närvaro",
        persons=[
            per("Jonas Lindkvist", "Kävlinge", "ordförande"),
            per("Anna Sjögren", "Burlöv"),
            per("Mikael Ros", "Eslöv"),
            per("Therese Bergh", "Höör"),
            per("Eva Lindström", "Lomma"),
            per("Henrik Ahlgren", "Lund"),
            per("Sofia Rahm", "Malmö"),
            per("Camilla Öst", "Skurup"),
            per("Fredrik Nyman", "Staffanstorp"),
            per("Per Lindström", "Svedala"),
            per("Lotta Kempe", "Trelleborg"),
            per("Malin Ekdahl", "kansliet", "processledare"),
            per("Katarina Sjöholm", "SKR"),
            per("Åsa Grip"),
        ],
        orgs=[
            org("kansliet", "MalmöLundregionens kansli", "other"),
            org("SKR", SKR, "association"),
        ],
        munis=[
            "Kävlinge",
            "Burlöv",
            "Eslöv",
            "Höör",
            "Lomma",
            "Lund",
            "Malmö",
            "Skurup",
            "Staffanstorp",
            "Svedala",
            "Trelleborg",
            "Vellinge",
        ],
        topics=["mötets öppnande", "närvaro", "dagordning"],
        decisions=["Dagordningen godkändes."],
        bdec=[
            "Ordföranden Jonas Lindkvist (Kävlinge) hälsade välkomna: Anna Sjögren (Burlöv), Mikael Ros (Eslöv), Therese Bergh (Höör), Eva Lindström (Lomma), Henrik Ahlgren (Lund), Sofia Rahm (Malmö), Camilla Öst (Skurup), Fredrik Nyman (Staffanstorp), Per Lindström (Svedala) och Lotta Kempe (Trelleborg)."
        ],
    ),
    item(
        2,
        "Punkt 2: Strukturbild för Skåne och gemensam översiktsplanering",
        "Strukturbild för Skåne och gemensam översiktsplanering",
        persons=[per("Henrik Ahlgren"), per("Eva Lindström"), per("Malin Ekdahl")],
        orgs=[
            org("Region Skånes", RS, "region", "Region Skåne"),
            org("Kommundirektörsgruppen", KDG, "network"),
            org(MLR, MLR, "network"),
            org("Lommas", "Lomma", "municipality"),
            org("Kävlinges", "Kävlinge", "municipality"),
        ],
        munis=["Eslöv", "Höör", "Lomma", "Kävlinge"],
        topics=[
            "strukturbild för Skåne",
            "regional plan",
            "översiktsplanering",
            "stationsorter",
            "havsnivåhöjning",
        ],
        decisions=[
            "Kommundirektörsgruppen ställer sig bakom att MalmöLundregionen lämnar ett gemensamt yttrande i samrådet."
        ],
        follow_ups=[
            "Henrik Ahlgren och Malin Ekdahl tar fram ett utkast till yttrande till mötet den 21 maj."
        ],
        bdec=[
            "Flera kommuner, bland annat Eslöv och Höör, vill att stationsorterna längs Södra stambanan lyfts tydligare.",
            "Eva Lindström påpekade att Lommas och Kävlinges kustzon behöver hanteras gemensamt med hänsyn till stigande havsnivåer.",
        ],
        bfol=["Region Skåne planerar ett samråd under hösten 2027."],
        dates=[dat("hösten 2027", "2027"), dat("21 maj", "2027-05-21")],
    ),
    item(
        3,
        "Punkt 3: Kompetensförsörjning i välfärden",
        "Kompetensförsörjning i välfärden",
        persons=[per("Katarina Sjöholm", "SKR", also=["Katarina"]), per("Sofia Rahm"), per("Malin Ekdahl")],
        orgs=[
            org("SKR", SKR, "association", "SKR:s"),
            org("SKR:s arbetsgivarnätverk", "SKR:s arbetsgivarnätverk", "network"),
            org("Malmö stad", "Malmö", "municipality"),
            org("Malmö universitet", "Malmö universitet", "other"),
            org("HR-chefsnätverket", "MalmöLundregionens HR-chefsnätverk", "network", "HR-chefsnätverkets"),
        ],
        munis=["Malmö"],
        topics=[
            "kompetensförsörjning",
            "välfärden",
            "undersköterskor",
            "traineeprogram",
            "vård- och omsorgsprogrammet",
        ],
        decisions=[
            "Gruppen beslutade att ge HR-chefsnätverket i uppdrag att kartlägga pågående insatser i de tolv kommunerna."
        ],
        follow_ups=["Malin Ekdahl kontaktar HR-chefsnätverkets sammankallande senast den 15 april."],
        bdec=[
            "Det vore önskvärt att regionens kommuner samordnar sina insatser mot gymnasieskolans vård- och omsorgsprogram."
        ],
        bfol=[
            "Gruppen beslutade att ge HR-chefsnätverket i uppdrag att kartlägga pågående insatser i de tolv kommunerna."
        ],
        dates=[dat("2035", "2035"), dat("15 april", "2027-04-15")],
    ),
    item(
        4,
        "Punkt 4: Trafikförsörjning och Skånetrafiken",
        "Trafikförsörjning och Skånetrafiken",
        persons=[
            per("Fredrik Nyman"),
            per("Per Lindström"),
            per("Jonas Lindkvist", also=["Jonas"]),
        ],
        orgs=[
            org("Skånetrafiken", "Skånetrafiken", "other"),
            org("Staffanstorps", "Staffanstorp", "municipality"),
            org("Svedalas", "Svedala", "municipality", "Svedala kommun"),
            org("Malmö", "Malmö", "municipality"),
            org("politiska styrgruppen", STYR, "network", "styrgruppens"),
            org("Kommundirektörsgruppen", KDG, "network"),
            org(RS, RS, "region"),
        ],
        munis=["Staffanstorp", "Svedala", "Malmö"],
        topics=["trafikförsörjning", "Skånetrafiken", "regionbusslinjer", "landsbygdstrafik", "pendling"],
        decisions=[
            "Kommundirektörsgruppen beslutade att frågan tas upp på styrgruppens möte den 28 april 2027."
        ],
        follow_ups=["Jonas Lindkvist bjuder in trafikdirektören vid Region Skåne till nästa möte."],
        bdec=[
            "Per Lindström framhöll att Svedala kommun ser stora konsekvenser för pendlingen till Malmö.",
            "Jonas föreslog att frågan lyfts till den politiska styrgruppen.",
        ],
        bfol=[
            "Fredrik Nyman informerade om att Skånetrafiken har aviserat neddragningar av busslinjer på landsbygden från december 2027.",
            "Kommundirektörsgruppen beslutade att frågan tas upp på styrgruppens möte den 28 april 2027.",
        ],
        dates=[dat("december 2027", "2027-12"), dat("28 april 2027", "2027-04-28")],
    ),
    item(
        5,
        "Punkt 5: Budget för MalmöLundregionen 2028",
        "Budget för MalmöLundregionen 2028",
        persons=[per("Malin Ekdahl"), per("Camilla Öst"), per("Lotta Kempe")],
        orgs=[
            org(MLR, MLR, "network"),
            org("styrgruppen", STYR, "network", "styrgruppens"),
        ],
        topics=["budget 2028", "medlemsavgift", "turismprojekt"],
        decisions=["Förslaget godkändes och överlämnas till styrgruppen."],
        follow_ups=[
            "Malin Ekdahl skickar en kostnadsredovisning för turismprojektet till alla kommundirektörer före styrgruppens möte."
        ],
        bdec=[
            "Camilla Öst och Lotta Kempe ville se en redovisning av kostnaderna för det gemensamma turismprojektet innan budgeten fastställs."
        ],
        dates=[dat("2028", "2028")],
    ),
    item(
        6,
        "Punkt 6: Övriga frågor och nästa möte",
        "Övriga frågor och nästa möte",
        persons=[per("Mikael Ros")],
        orgs=[org("Sydarkivera", "Sydarkivera", "municipal_federation")],
        munis=["Trelleborg"],
        topics=["e-arkiv", "gemensam upphandling", "nästa möte"],
        follow_ups=[
            "Frågan återkommer på ett senare möte.",
            "Nästa möte hålls den 21 maj 2027 i Trelleborg.",
        ],
        bdec=["Nästa möte hålls den 21 maj 2027 i Trelleborg."],
        dates=[dat("21 maj 2027", "2027-05-21")],
    ),
]

write(
    "mlr_kommundirektorer_webb.txt",
    "MalmöLundregionen, kommundirektörsgruppen",
    "2027-03-26",
    ["Minnesanteckningar från kommundirektörsgruppen 26 mars 2027"],
    present,
    absent,
    recorded_by,
    items,
    item_end="Dela sidan:",
)
