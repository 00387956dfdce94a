"""Canned queries: the header grammar, typed parameters, and the rows each query gives on the example minutes.

Expected rows live in tests/expected/queries/<name>.json, one case per example of the query's header
(plus the defaults when the query has no required parameter). After an intended change of the
extraction or of a query, regenerate them with ``GOVKG_UPDATE_EXPECTED=1 pytest tests/test_queries.py``
and review the diff.
"""

from __future__ import annotations

import json
import os
import shlex
from collections.abc import Iterator
from pathlib import Path

import pytest
from pyoxigraph import Literal, NamedNode, Store, Variable

from govkg.cli import main
from govkg.errors import QueryError
from govkg.queries import CannedQuery, catalogue, expand_iri, get_query, parse_query, run_local
from govkg.results import QueryResult
from govkg.vocab import XSD
from tests.query_store import built_store

EXPECTED = Path(__file__).parent / "expected" / "queries"
UPDATE = os.environ.get("GOVKG_UPDATE_EXPECTED") == "1"
BASE = "https://w3id.org/govkg/id/"
GR_MUNICIPALITIES = {
    "Ale", "Alingsås", "Göteborg", "Härryda", "Kungsbacka", "Kungälv", "Lerum",
    "Lilla Edet", "Mölndal", "Partille", "Stenungsund", "Tjörn", "Öckerö",
}  # fmt: skip
DESIGN_QUERIES = [
    "attendance-per-municipality",
    "attendance-rate-per-person",
    "attendance-rate-per-municipality",
    "representatives",
    "meetings-per-topic",
    "items-per-topic",
    "topics-over-time",
    "external-bodies-per-meeting",
    "external-bodies-and-topics",
    "open-follow-ups",
    "decisions-per-topic",
    "guests-who-presented",
    "coattendance-network",
    "describe",
]


def cases() -> Iterator[tuple[str, dict[str, str]]]:
    """(query name, parameter values): each header example, and no parameters when that is allowed."""
    for name, q in catalogue().items():
        if not any(p.required for p in q.params):
            yield name, {}
        for example in q.examples:
            words = shlex.split(example)
            yield name, {words[i + 1]: words[i + 2] for i in range(0, len(words), 3) if words[i] == "-p"}


CASES = list(cases())


def case_id(case: tuple[str, dict[str, str]]) -> str:
    name, values = case
    return name + "".join(f"[{k}={v}]" for k, v in values.items())


@pytest.fixture(scope="module")
def store() -> Iterator[Store]:
    s = Store.read_only(str(built_store()))
    yield s
    del s


def run(store: Store, name: str, **values: str) -> QueryResult:
    return run_local(get_query(name), store, values)


def as_text(result: QueryResult) -> list[list[str | None]]:
    return [[None if t is None else str(t) for t in row] for row in result.rows]


def column(result: QueryResult, var: str) -> list[str | None]:
    i = result.variables.index(var)
    return [row[i] for row in result.values()]


# ------------------------------------------------------------------ the catalogue
def test_the_catalogue_has_every_query_of_the_design() -> None:
    assert set(DESIGN_QUERIES) <= set(catalogue())


@pytest.mark.parametrize("name", sorted(catalogue()))
def test_every_query_is_documented_and_declares_what_it_uses(name: str) -> None:
    q = catalogue()[name]
    assert q.title and q.description
    for p in q.params:
        assert p.description, f"{name}: parameter {p.name} has no description"


def test_every_query_has_an_expected_rows_case() -> None:
    assert {name for name, _ in CASES} == set(catalogue())


# ------------------------------------------------------------------ expected rows
@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_expected_rows_on_the_example_minutes(store: Store, case: tuple[str, dict[str, str]]) -> None:
    name, values = case
    result = run(store, name, **values)
    path = EXPECTED / f"{name}.json"
    expected = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    key = case_id(case)
    got = {"variables": result.variables, "rows": as_text(result)}
    if UPDATE:
        expected[key] = got
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(expected, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    assert key in expected, f"no expected rows for {key}: run with GOVKG_UPDATE_EXPECTED=1"
    assert got == expected[key]


@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_values_binding_gives_the_same_rows_as_substitution(
    store: Store, case: tuple[str, dict[str, str]]
) -> None:
    """The VALUES block both paths use and pyoxigraph's substitutions of the same terms mean the same."""
    name, values = case
    q = get_query(name)
    bound = q.bind(values)
    substituted = store.query(
        q.text, use_default_graph_as_union=True, substitutions={Variable(k): v for k, v in bound.items()}
    )
    rows = [tuple(s) for s in substituted]  # type: ignore[union-attr]
    assert rows == run(store, name, **values).rows


# ------------------------------------------------------------------ what the rows say
def test_attendance_answers_for_the_13_municipalities_and_gr(store: Store) -> None:
    result = run(store, "attendance-per-municipality")
    labels = set(column(result, "municipalityLabel"))
    assert labels >= GR_MUNICIPALITIES | {"Göteborgsregionen"}
    meetings = set(column(result, "meeting"))
    assert len(meetings) == 5
    for row in result.dicts():  # a row is an organisation someone was listed for
        assert int(row["present"]) + int(row["absent"]) >= 1
    # one of the minutes lists two present and one absent for "GBG": the acronym counts as Göteborg
    gbg = [(r["present"], r["absent"]) for r in result.dicts() if r["municipalityLabel"] == "Göteborg"]
    assert ("2", "1") in gbg


def test_a_parameter_restricts_the_rows(store: Store) -> None:
    ale = run(store, "attendance-per-municipality", municipality="kommun/1440")
    assert set(column(ale, "municipality")) == {BASE + "kommun/1440"}
    assert len(ale.rows) == 5


def test_attendance_rates_are_percentages_of_listed_meetings(store: Store) -> None:
    result = run(store, "attendance-rate-per-municipality")
    for row in result.dicts():
        listed, present, percent = int(row["listed"]), int(row["present"]), float(row["percent"])
        assert 0 <= present <= listed
        assert percent == round(100 * present / listed)


def test_representatives_have_observed_intervals(store: Store) -> None:
    result = run(store, "representatives", municipality="kommun/1480")
    assert len(result.rows) >= 2  # Göteborg sends more than one person
    for row in result.dicts():
        if "from" in row:
            assert row["from"] <= row["to"]


def test_describe_gives_facts_references_and_source_sentences(store: Store) -> None:
    result = run(store, "describe", entity="org/msb")
    kinds = set(column(result, "kind"))
    assert kinds == {"fact", "referenced-by", "source"}
    sources = [r for r in result.dicts() if r["kind"] == "source"]
    assert sources and all(r["quote"] and r["document"] for r in sources)
    assert any(r["quote"] == "MSB" for r in sources)


def test_describe_of_an_unknown_entity_is_empty(store: Store) -> None:
    assert run(store, "describe", entity="person/nobody-at-all").rows == []


def test_network_queries_read_the_precomputed_edges(store: Store) -> None:
    gitte = run(store, "coattendance-network", person="person/gitte-caous")
    assert gitte.rows and set(column(gitte, "person")) == {BASE + "person/gitte-caous"}
    strong = run(store, "coattendance-network", min_weight="5")
    assert all(int(w or 0) >= 5 for w in column(strong, "weight"))
    assert len(strong.rows) < len(run(store, "coattendance-network").rows)


def test_follow_ups_taken_up_later_have_a_later_date(store: Store) -> None:
    for row in run(store, "open-follow-ups").dicts():
        if row["takenUp"] == "true":
            assert row["takenUpAt"] > row["date"]
        else:
            assert "takenUpAt" not in row


def test_the_items_that_take_a_follow_up_up_are_of_its_first_later_meeting(store: Store) -> None:
    taken_up_at = {r["followUp"]: r.get("takenUpAt") for r in run(store, "open-follow-ups").dicts()}
    rows = run(store, "follow-up-references").dicts()
    assert rows
    for row in rows:
        assert row["laterDate"] > row["date"]
        assert row["laterDate"] == taken_up_at[row["followUp"]]


# ------------------------------------------------------------------ parameters
def test_a_missing_required_parameter_is_a_clear_error(store: Store) -> None:
    with pytest.raises(QueryError, match=r"needs parameter 'entity' \(iri\)"):
        run(store, "describe")


def test_an_unknown_parameter_is_a_clear_error(store: Store) -> None:
    with pytest.raises(QueryError, match=r"no parameter 'town' \(its parameters: municipality, meeting\)"):
        run(store, "attendance-per-municipality", town="Ale")


def test_an_unknown_query_suggests_names() -> None:
    with pytest.raises(QueryError, match="did you mean attendance-"):
        get_query("attendance")


@pytest.mark.parametrize(
    ("kind", "raw", "term"),
    [
        ("iri", "kommun/1440", NamedNode(BASE + "kommun/1440")),
        ("iri", "<http://example.org/x>", NamedNode("http://example.org/x")),
        ("iri", "gk:present", NamedNode("https://w3id.org/govkg/def#present")),
        ("string", ' Ale" } ', Literal(' Ale" } ')),
        ("date", "2024-03-15", Literal("2024-03-15", datatype=XSD.date)),
        ("integer", "+7", Literal("7", datatype=XSD.integer)),
        ("decimal", "0.50", Literal("0.50", datatype=XSD.decimal)),
        ("boolean", "no", Literal("false", datatype=XSD.boolean)),
    ],
)
def test_parameters_are_typed_rdf_terms(kind: str, raw: str, term: object) -> None:
    q = parse_query(f"#+ title: t\n#+ param: x ({kind}) — x\nSELECT ?x WHERE {{\n#@values\n}}", "t")
    assert q.bind({"x": raw}, base_iri=BASE)["x"] == term


def test_the_values_block_is_written_at_every_marker() -> None:
    branch = "{\n  #@values\n  ?x ?p ?o\n}"
    header = "#+ title: t\n#+ param: x (integer) — x\n"
    q = parse_query(f"{header}SELECT ?x WHERE {{ {branch} UNION {branch} }}", "t")
    written = q.with_values(q.bind({"x": "7"}))
    assert written.count('VALUES (?x) { ("7"^^<http://www.w3.org/2001/XMLSchema#integer>) }') == 2
    assert "#@values" not in written


@pytest.mark.parametrize(
    ("kind", "raw"),
    [
        ("iri", "kommun/1440> } ; DROP ALL ; #"),
        ("iri", "http://example.org/a b"),
        ("date", "15 mars 2024"),
        ("integer", "1; DROP ALL"),
        ("decimal", "NaN"),
        ("boolean", "perhaps"),
    ],
)
def test_a_value_that_does_not_fit_its_type_is_refused(kind: str, raw: str) -> None:
    q = parse_query(f"#+ title: t\n#+ param: x ({kind}) — x\nSELECT ?x WHERE {{\n#@values\n}}", "t")
    with pytest.raises(QueryError, match=f"parameter 'x' \\({kind}\\)"):
        q.bind({"x": raw})


HOSTILE = 'Ale" } ?s ?p ?o } ; DROP ALL ; SELECT * WHERE { "'


def test_an_injected_string_is_one_literal_locally(store: Store) -> None:
    before = len(store)
    assert run(store, "lookup", text=HOSTILE).rows == []
    assert run(store, "lookup", text="Ale").rows  # the ordinary value does find something
    assert len(store) == before


def test_an_injected_string_is_one_literal_in_the_values_block() -> None:
    q = get_query("lookup")
    text = q.with_values(q.bind({"text": HOSTILE}))
    values_line = next(ln for ln in text.splitlines() if "VALUES" in ln)
    assert (
        values_line.strip() == 'VALUES (?text) { ("Ale\\" } ?s ?p ?o } ; DROP ALL ; SELECT * WHERE { \\"") }'
    )
    Store().query(text)  # still one well-formed query


def test_defaults_are_applied_and_typed() -> None:
    q = get_query("coattendance-network")
    assert q.bind({})["min_weight"] == Literal("1", datatype=XSD.integer)


# ------------------------------------------------------------------ the header grammar
def test_header_continuation_lines_and_params_none() -> None:
    q = parse_query("#+ title: T\n#+ description: one\n#+   two\n#+ params: none\nSELECT * {}", "t")
    assert (q.title, q.description, q.params) == ("T", "one two", ())


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("SELECT * {}", "exactly one '#\\+ title:'"),
        ("#+ title: t\n#+ colour: red\nSELECT * {}", "unknown header field"),
        ("#+ title: t\n#+ param: x (colour) — x\nSELECT ?x {\n#@values\n}", "type 'colour'"),
        ("#+ title: t\n#+ param: x (iri)\nSELECT ?y {\n#@values\n}", "not used as \\?x"),
        ("#+ title: t\n#+ param: x (iri) — x\nSELECT ?x { }", "#@values"),
        ("#+ title: t\n#+ param: x (integer, default: many) — x\nSELECT ?x {\n#@values\n}", "'many'"),
        ("#+ title: t\n#+ param: x iri\nSELECT ?x {\n#@values\n}", "malformed parameter"),
    ],
)
def test_malformed_headers_are_refused_with_the_file(text: str, message: str) -> None:
    with pytest.raises(QueryError, match=message) as info:
        parse_query(text, "broken", Path("queries/broken.rq"))
    assert "queries/broken.rq" in str(info.value)


def test_a_query_folder_is_a_catalogue(tmp_path: Path) -> None:
    (tmp_path / "b.rq").write_text("#+ title: B\nSELECT * {}", encoding="utf-8")
    (tmp_path / "a.rq").write_text("#+ title: A\nSELECT * {}", encoding="utf-8")
    assert list(catalogue(tmp_path)) == ["a", "b"]
    assert isinstance(get_query("a", tmp_path), CannedQuery)


def test_expand_iri_refuses_what_is_not_an_iri() -> None:
    with pytest.raises(ValueError, match="not a valid IRI"):
        expand_iri("http://example.org/<x>")


# ------------------------------------------------------------------ the command line
def invoke(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """Run the console script in-process: (exit code, stdout, stderr)."""
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_lists_every_query_with_its_parameters(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = invoke(capsys, "query", "list")
    assert code == 0
    for name in catalogue():
        assert name in out
    assert "-p entity (iri)" in out


@pytest.mark.parametrize("fmt", ["table", "csv", "json"])
def test_cli_runs_a_query_in_each_format(capsys: pytest.CaptureFixture[str], fmt: str) -> None:
    args = ["query", "run", "attendance-per-municipality", "-p", "municipality", "kommun/1440"]
    code, out, _ = invoke(capsys, *args, "--store", str(built_store()), "--format", fmt)
    assert code == 0
    if fmt == "json":
        doc = json.loads(out)
        assert len(doc["results"]["bindings"]) == 5
        assert doc["results"]["bindings"][0]["present"]["datatype"] == XSD.integer.value
    elif fmt == "csv":
        lines = out.splitlines()
        assert lines[0] == "meeting,date,municipality,municipalityLabel,present,absent"
        assert len(lines) == 6 and all(",Ale," in ln for ln in lines[1:])
    else:
        assert "kommun/1440" in out and "(5 rows)" in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["query", "run", "describe"], "needs parameter 'entity'"),
        (["query", "run", "describe", "-p", "entity", "org/msb", "-p", "x", "1"], "no parameter 'x'"),
        (["query", "run", "no-such-query"], "no canned query named 'no-such-query'"),
        (["query", "run", "meetings", "--store", "/nonexistent/store"], "does not exist"),
    ],
)
def test_cli_errors_are_one_line_and_exit_2(
    capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    if "--store" not in args:
        args = [*args, "--store", str(built_store())]
    code, out, err = invoke(capsys, *args)
    assert code == 2 and out == ""
    assert err.startswith("govkg: error:") and message in err and len(err.splitlines()) == 1


# the whole-store aggregates the attendance and topic queries read from the derived graph, counted here over
# the attendances themselves: the tallies of the build must give exactly these rows
_COUNT_PER_YEAR = """
PREFIX gk: <https://w3id.org/govkg/def#>
PREFIX opengov: <http://www.w3.org/ns/opengov#>
PREFIX schema: <http://schema.org/>
SELECT ?org ?year (COUNT(DISTINCT ?meeting) AS ?listed) (COUNT(DISTINCT ?here) AS ?present) WHERE {
  ?attendance opengov:onBehalfOf ?org ; gk:meeting ?meeting ; gk:status ?status .
  OPTIONAL { ?meeting schema:startDate ?d }
  BIND(COALESCE(SUBSTR(STR(?d), 1, 4), "undated") AS ?year)
  BIND(IF(?status != gk:absent, ?meeting, ?none) AS ?here)
} GROUP BY ?org ?year
"""
_TALLY_PER_YEAR = """
PREFIX gk: <https://w3id.org/govkg/def#>
SELECT ?org ?year ?listed ?present WHERE {
  ?t a gk:AttendanceTally ; gk:tallyOf ?org ; gk:year ?y ;
     gk:meetingsListed ?listed ; gk:meetingsPresent ?present .
  BIND(STR(?y) AS ?year)
}
"""
_COUNT_IN_ALL = """
PREFIX gk: <https://w3id.org/govkg/def#>
PREFIX opengov: <http://www.w3.org/ns/opengov#>
SELECT ?org (COUNT(DISTINCT ?meeting) AS ?m) (COUNT(DISTINCT ?person) AS ?p)
       (COUNT(DISTINCT ?a) AS ?n) WHERE {
  ?a a gk:Attendance ; gk:meeting ?meeting ; gk:attendee ?person ; gk:status ?status ;
     opengov:onBehalfOf ?org .
  FILTER (?status != gk:absent)
} GROUP BY ?org
"""
_TALLY_IN_ALL = """
PREFIX gk: <https://w3id.org/govkg/def#>
SELECT ?org ?m ?p ?n WHERE {
  ?t gk:tallyOf ?org ; gk:meetingsAttended ?m ; gk:personsAttended ?p ; gk:attendancesPresent ?n .
}
"""


@pytest.mark.parametrize(
    ("counted", "tallied"), [(_COUNT_PER_YEAR, _TALLY_PER_YEAR), (_COUNT_IN_ALL, _TALLY_IN_ALL)]
)
def test_attendance_tallies_of_the_build_equal_counts_over_the_attendances(
    store: Store, counted: str, tallied: str
) -> None:
    def rows(sparql: str) -> set[tuple[str, ...]]:
        return {
            tuple(str(t) for t in solution)
            for solution in store.query(sparql, use_default_graph_as_union=True)
        }  # type: ignore[union-attr]

    expected = rows(counted)
    assert len(expected) >= 5  # several municipalities, topics, years and months
    assert rows(tallied) == expected
