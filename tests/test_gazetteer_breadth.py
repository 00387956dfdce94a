"""Breadth of the organisation gazetteer: every national agency, transport authorities, common bodies.

The agency list is tests/fixtures/myndighetsdata/current_agencies.csv (transcribed from
civictechsweden/myndighetsdata:data/wd.json@44c4fe8, see SOURCE.md there). The sentences below are
written for these tests; none comes from a seed or an evaluation set.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from pathlib import Path

import pytest

from govkg.extract.organisations import find_organisations
from govkg.gazetteer import Gazetteer, Organisation, genitive

FIXTURE = Path(__file__).parent / "fixtures" / "myndighetsdata" / "current_agencies.csv"


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


def _agencies() -> list[dict[str, str]]:
    with FIXTURE.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def _org_ids(gaz: Gazetteer, text: str) -> list[str]:
    return [m.entry.id for m in gaz.scan(text) if isinstance(m.entry, Organisation)]


# -- the source's agencies ------------------------------------------------------------------


def test_fixture_lists_the_current_agencies() -> None:
    rows = _agencies()
    assert len(rows) > 200
    assert len({r["wikidata_qid"] for r in rows}) == len(rows)


@pytest.mark.parametrize(
    "row", [r for r in _agencies() if not r["excluded_because"]], ids=lambda r: r["name"]
)
def test_every_current_agency_has_a_row(gaz: Gazetteer, row: dict[str, str]) -> None:
    by_qid = {o.wikidata: o for o in gaz.organisations if o.wikidata}
    org = by_qid.get(row["wikidata_qid"])
    assert org is not None, row["name"]
    assert org.org_number == row["org_number"]
    assert gaz.lookup(org.name) is org


@pytest.mark.parametrize("row", [r for r in _agencies() if r["excluded_because"]], ids=lambda r: r["name"])
def test_excluded_agency_names_match_nothing(gaz: Gazetteer, row: dict[str, str]) -> None:
    assert gaz.lookup(row["name"].lower()) is None


# -- one body per form ------------------------------------------------------------------------


def test_no_form_points_to_two_bodies(gaz: Gazetteer) -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    for o in gaz.organisations:  # context forms ("@Länsstyrelsen") are shared on purpose
        for form in (o.name, *o.forms):
            for variant in {form, genitive(form)}:
                owners[" ".join(variant.lower().split())].add(o.id)
    for m in gaz.municipalities:
        for form in (m.name, *m.forms):
            for variant in {form, genitive(form)}:
                owners[" ".join(variant.lower().split())].add("municipality " + m.scb_code)
    clashes = {form: ids for form, ids in owners.items() if len(ids) > 1}
    assert not clashes


# two-letter forms that predate this round and that the gold uses; every other form is longer
TWO_LETTER_FORMS = {"AF", "EU", "FK", "GR", "GU"}


def test_short_forms_are_known_acronyms(gaz: Gazetteer) -> None:
    short = {
        f.removesuffix(":s") for o in gaz.organisations for f in o.forms if len(f.removesuffix(":s")) < 3
    }
    assert short <= TWO_LETTER_FORMS


# -- sentences find the right bodies ----------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Svenska kraftnät informerade om effektbristen i elnätet.", ["svenska-kraftnat"]),
        ("Enligt Svenska kraftnäts prognos räcker kapaciteten till 2030.", ["svenska-kraftnat"]),
        ("Värmlandstrafiks nya zonsystem införs i augusti.", ["varmlandstrafik"]),
        (
            "Skånetrafiken och Blekingetrafiken samordnar tidtabellerna.",
            ["skanetrafiken", "blekingetrafiken"],
        ),
        ("Östgötatrafikens direktör deltog under punkt 3.", ["ostgotatrafiken"]),
        ("Kollektivtrafikförvaltningen UL tar fram ett trafikförsörjningsprogram.", ["ul"]),
        ("JLT och KLT redovisade resandet under hösten.", ["jonkopings-lanstrafik", "kalmar-lanstrafik"]),
        (
            "Länstrafiken i Norrbotten och Norrtåg presenterade sina planer.",
            ["lanstrafiken-norrbotten", "norrtag"],
        ),
        (
            "Representanter från Mälartåg och Tåg i Bergslagen deltog.",
            ["malardalstrafik", "tag-i-bergslagen"],
        ),
        (
            "Mittuniversitetet och Umeå universitet erbjuder uppdragsutbildning.",
            ["mittuniversitetet", "umea-universitet"],
        ),
        ("Svenskt Näringslivs ranking av företagsklimatet presenterades.", ["svenskt-naringsliv"]),
        (
            "Marinbasen och Västra militärregionen informerade om totalförsvaret.",
            ["marinbasen", "vastra-militarregionen"],
        ),
        (
            "MR Syd bjuder in till en övning med Civilförsvarsförbundet.",
            ["sodra-militarregionen", "civilforsvarsforbundet"],
        ),
        ("FRG och Röda Korset stöttar kommunen vid kriser.", ["frivilliga-resursgruppen", "roda-korset"]),
        ("Sveriges Allmännytta och Famna har lämnat remissvar.", ["sveriges-allmannytta", "famna"]),
        ("Avtalet tecknas via Adda, tidigare SKL Kommentus.", ["adda", "adda"]),
        ("SKR Företag har tagit fram ett ramavtal.", ["skr-foretag"]),
        (
            "CSN och Skolverket deltog tillsammans med SPSM.",
            ["centrala-studiestodsnamnden", "skolverket", "specialpedagogiska-skolmyndigheten"],
        ),
        ("FMV och FOI presenterade läget för försvarsindustrin.", ["forsvarets-materielverk", "foi"]),
        (
            "Jordbruksverket och Skogsstyrelsen har fått nya regeringsuppdrag.",
            ["statens-jordbruksverk", "skogsstyrelsen"],
        ),
        ("Ärendet har anmälts till Diskrimineringsombudsmannen.", ["diskrimineringsombudsmannen"]),
        ("Svenska ESF-rådet öppnar en ny utlysning.", ["radet-for-europeiska-socialfonden-i-sverige"]),
        (
            "UKÄ granskar utbildningen och UHR ansvarar för antagningen.",
            ["universitetskanslersambetet", "universitets-och-hogskoleradet"],
        ),
        ("Delmos stödde arbetet mot segregation fram till 2022.", ["delegationen-mot-segregation"]),
        (
            "Riksbanken höjde styrräntan och Riksrevisionen granskar statens stöd.",
            ["riksbanken", "riksrevisionen"],
        ),
        ("Kulturrådet fördelar bidrag till regional kulturverksamhet.", ["statens-kulturrad"]),
    ],
)
def test_sentences_find_their_bodies(gaz: Gazetteer, sentence: str, expected: list[str]) -> None:
    assert _org_ids(gaz, sentence) == expected


def test_extractor_links_a_new_body(gaz: Gazetteer) -> None:
    found = find_organisations("Svenska kraftnät och Värmlandstrafik deltog under punkt 2.", gaz=gaz)
    assert [(m.org_id, m.kind) for m in found] == [
        ("svenska-kraftnat", "national_agency"),
        ("varmlandstrafik", "company"),
    ]


# -- ordinary Swedish finds nothing -----------------------------------------------------------

COMMON_WORDS = (
    "sida sidan Sida formas Formas trafikanalys Trafikanalys forte Forte din tur Din tur sva SVA "
    "vision Vision kommunal Kommunal armén marinen lagen rådet nämnden institutet verket "
    "styrelsen kansliet museet biblioteket högskolan universitetet trafiken länstrafiken Länstrafiken "
    "kollektivtrafiken regionen förvaltningen kyrkan handelskammaren militärregionen resursgruppen "
    "ombudsmannen inspektionen myndigheten delegationen fonden kommittén analys Analys tur Tur "
    "mark Mark berg Berg ek Ek is IS si SI do DO ki KI fi FI ei EI vr VR sl SL ul UL vl VL "
    "ra RA lm LM ts TS kb KB sh SH lv LV bv BV jk JK isp ISP isf ISF irf IRF sin SIN spv SPV"
)

QUIET_SENTENCES = [
    "Se sida 4 i bilagan.",
    "Sida 2 av 5",
    "Arbetet formas under hösten i dialog med förvaltningarna.",
    "En trafikanalys tas fram inför detaljplanen.",
    "Nu är det din tur att redovisa.",
    "Eleverna läser svenska som andraspråk (SVA) i årskurs 7.",
    "Visionen för kommunal samverkan antogs av styrelsen.",
    "Regionen och kommunerna ser över kollektivtrafiken och länstrafiken.",
    "Läget i länet diskuterades; rådet och nämnden återkommer i ärendet.",
    "Tur och retur till mötet ersätts enligt avtal.",
]


@pytest.mark.parametrize("word", COMMON_WORDS.split())
def test_common_words_are_not_bodies(gaz: Gazetteer, word: str) -> None:
    entry = gaz.lookup(word)
    assert not isinstance(entry, Organisation), (word, entry)


@pytest.mark.parametrize("sentence", QUIET_SENTENCES)
def test_ordinary_sentences_name_no_body(gaz: Gazetteer, sentence: str) -> None:
    assert _org_ids(gaz, sentence) == []


def _scb_bodies() -> list[dict[str, str]]:
    with (FIXTURE.parent / "scb_register_bodies.csv").open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


@pytest.mark.parametrize("row", _scb_bodies(), ids=lambda r: r["name"])
def test_scb_register_bodies_have_their_org_number(gaz: Gazetteer, row: dict[str, str]) -> None:
    org = gaz.lookup(row["name"])
    assert isinstance(org, Organisation), row["name"]
    assert org.org_number == row["org_number"]
