"""Graph exports of the example minutes: projections, the six formats, GEXF validity, the public mode."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import networkx as nx
import pytest
from lxml import etree
from pyoxigraph import NamedNode

from govkg.cli import main
from govkg.errors import ExportError
from govkg.export import FORMATS, PROJECTIONS, Facts, load_key, project, pseudonym, public_graph, write
from govkg.export.public import ENV_SALT, KEY_FILE, PSEUDONYM_PREFIX, Redactor
from govkg.export.sparql import export_queries_dir, header
from govkg.store import KnowledgeStore
from govkg.vocab import BESLUIT, DCT, GK, OPENGOV, RDF
from tests.export_fixtures import GEXF_SCHEMAS

pytest_plugins = ("tests.export_fixtures",)
GEXF_NS = {"http://www.gexf.net/1.2draft": "1.2draft", "http://gexf.net/1.3": "1.3"}


# ---------------------------------------------------------------- an oracle that does not use SPARQL
def _objects(kg: KnowledgeStore, s: NamedNode, p: NamedNode) -> list[NamedNode]:
    return [q.object for q in kg.store.quads_for_pattern(s, p, None, None) if isinstance(q.object, NamedNode)]


def _attendances(kg: KnowledgeStore) -> list[NamedNode]:
    return sorted(
        {q.subject for q in kg.store.quads_for_pattern(None, RDF.type, GK.Attendance, None)},  # type: ignore[misc]
        key=lambda n: n.value,
    )


def expected_counts(kg: KnowledgeStore, projection: str) -> tuple[int, int]:
    """Node and edge counts of a projection, counted from the store's quads by triple patterns."""
    rows = [
        (_objects(kg, a, GK.attendee)[0], _objects(kg, a, GK.meeting)[0], _objects(kg, a, OPENGOV.onBehalfOf))
        for a in _attendances(kg)
    ]
    represents = {(p.value, o[0].value) for p, _m, o in rows if o}
    attended = {(p.value, m.value) for p, m, _o in rows}
    if projection == "person-municipality":
        return len({x for pair in represents for x in pair}), len(represents)
    if projection == "person-meeting":
        return len({x for pair in attended for x in pair}), len(attended)
    if projection in ("co-attendance", "topic-cooccurrence"):
        cls, member = (
            (GK.CoAttendance, GK.coAttendee)
            if projection == "co-attendance"
            else (GK.TopicCoOccurrence, GK.coTopic)
        )
        edges = [q.subject for q in kg.store.quads_for_pattern(None, RDF.type, cls, None)]
        ends = {o.value for e in edges for o in _objects(kg, e, member)}  # type: ignore[arg-type]
        return len(ends), len(edges)
    if projection == "overview":
        meetings = {m for _p, m, _o in rows}
        discussed = {
            (m.value, t.value)
            for m in meetings
            for item in _objects(kg, m, BESLUIT.behandelt)
            for t in _objects(kg, item, DCT.subject)
        }
        nodes = {x for pair in represents | attended | discussed for x in pair}
        return len(nodes), len(represents) + len(attended) + len(discussed)
    raise AssertionError(projection)


COUNTED = ["overview", "person-municipality", "person-meeting", "co-attendance", "topic-cooccurrence"]


@pytest.mark.parametrize("projection", COUNTED)
def test_projection_has_the_nodes_and_edges_of_the_store(example_kg: KnowledgeStore, projection: str) -> None:
    g = project(example_kg, projection)
    assert (g.number_of_nodes(), g.number_of_edges()) == expected_counts(example_kg, projection)
    assert g.number_of_edges() > 0


def test_the_example_minutes_have_13_municipalities_and_their_people(example_facts: Facts) -> None:
    g = project(example_facts, "person-municipality")
    municipalities = [d for _n, d in g.nodes(data=True) if d["kind"] == "municipality"]
    assert len(municipalities) == 13
    assert all(d["scb_code"].isdigit() and len(d["scb_code"]) == 4 for d in municipalities)
    persons = [d for _n, d in g.nodes(data=True) if d["kind"] == "person"]
    assert len(persons) >= 20
    assert all(d["label"] for d in persons)
    dated = [d for d in persons if "first_seen" in d]  # some were seen only at the undated meeting
    assert len(dated) >= len(persons) // 2
    assert all(d["first_seen"] <= d["last_seen"] for d in dated)


def test_node_and_edge_attributes(example_facts: Facts) -> None:
    g = project(example_facts, "overview")
    for n, d in g.nodes(data=True):
        assert d["kind"] in {"person", "municipality", "organisation", "network", "meeting", "topic"}
        assert d["iri"] == n and d["label"]
    person = next(d for _n, d in g.nodes(data=True) if d["kind"] == "person" and "municipality" in d)
    assert person["municipality"] in {d["label"] for _n, d in g.nodes(data=True) if d["kind"] != "person"}
    for _a, _b, d in g.edges(data=True):
        assert isinstance(d["weight"], int) and d["weight"] >= 1
        assert d["meetings"] and all(m.startswith("https://") for m in d["meetings"])


def test_co_attendance_weight_is_the_number_of_shared_meetings(example_facts: Facts) -> None:
    g = project(example_facts, "co-attendance")
    pm = project(example_facts, "person-meeting")
    present = {
        p: {m for m in pm[p] if pm.edges[p, m]["status"] != "absent"}
        for p, k in pm.nodes(data="kind")
        if k == "person"
    }
    for a, b, d in g.edges(data=True):
        assert d["weight"] == len(d["meetings"]) == len(present[a] & present[b])


def test_unknown_projection_and_format_are_errors(example_facts: Facts, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="unknown projection"):
        project(example_facts, "nope")
    with pytest.raises(ExportError, match="unknown export format"):
        write(nx.Graph(), "xls", tmp_path / "x.xls")


# ---------------------------------------------------------------- formats
@pytest.mark.parametrize("projection", sorted(PROJECTIONS))
@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_graphml_and_gexf_read_back_in_networkx(
    example_facts: Facts, tmp_path: Path, fmt: str, projection: str
) -> None:
    g = project(example_facts, projection)
    out = write(g, fmt, tmp_path / f"g.{fmt}")
    back = nx.read_graphml(out) if fmt == "graphml" else nx.read_gexf(out)
    assert (back.number_of_nodes(), back.number_of_edges()) == (g.number_of_nodes(), g.number_of_edges())
    a, b, d = next(iter(g.edges(data=True)))
    read = back.edges[a, b]
    assert int(read["weight"]) == d["weight"]
    assert read["meetings"].split(" ") == d["meetings"]  # a list is one space-separated string here
    attrs = back.nodes[a]
    assert attrs.get("kind", "") == g.nodes[a]["kind"]
    assert attrs["label"] == g.nodes[a]["label"]


@pytest.mark.parametrize("projection", sorted(PROJECTIONS))
def test_gexf_validates_against_the_schema_of_its_version(
    example_facts: Facts, tmp_path: Path, projection: str
) -> None:
    out = write(project(example_facts, projection), "gexf", tmp_path / "g.gexf")
    doc = etree.parse(str(out))
    version = GEXF_NS[etree.QName(doc.getroot()).namespace]
    schema = etree.XMLSchema(etree.parse(str(GEXF_SCHEMAS / version / "gexf.xsd")))
    assert schema.validate(doc), schema.error_log


def test_json_dot_and_csv_formats(example_facts: Facts, tmp_path: Path) -> None:
    g = project(example_facts, "person-meeting")
    n, m = g.number_of_nodes(), g.number_of_edges()
    cy = json.loads(write(g, "cytoscape", tmp_path / "g.cyjs").read_text(encoding="utf-8"))
    assert (len(cy["elements"]["nodes"]), len(cy["elements"]["edges"])) == (n, m)
    assert all({"source", "target", "weight"} <= e["data"].keys() for e in cy["elements"]["edges"])
    assert isinstance(cy["elements"]["edges"][0]["data"]["meetings"], list)
    link = json.loads(write(g, "nodelink", tmp_path / "g.json").read_text(encoding="utf-8"))
    back = nx.node_link_graph(link, edges="edges")
    assert (back.number_of_nodes(), back.number_of_edges()) == (n, m)
    dot = write(g, "dot", tmp_path / "g.dot").read_text(encoding="utf-8")
    assert dot.startswith('graph "person-meeting" {') and dot.count(" -- ") == m
    with write(g, "csv", tmp_path / "g.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == m
    assert {r["status"] for r in rows} <= {"present", "absent", "partial", "remoteAttendance"}
    assert all(int(r["weight"]) >= 1 and r["source_label"] for r in rows)


# ---------------------------------------------------------------- the public mode
@pytest.mark.parametrize("projection", ["overview", "co-attendance", "person-meeting", "organisation-topic"])
@pytest.mark.parametrize("fmt", FORMATS)
def test_public_export_contains_no_person_name(
    example_facts: Facts, attendance_names: list[str], tmp_path: Path, fmt: str, projection: str
) -> None:
    g = public_graph(project(example_facts, projection), b"test-key", example_facts.all_person_names())
    text = write(g, fmt, tmp_path / f"public.{fmt}").read_text(encoding="utf-8").casefold()
    leaked = [name for name in attendance_names if name.casefold() in text]
    assert not leaked


def test_public_persons_get_role_municipality_labels_and_stable_pseudonyms(example_facts: Facts) -> None:
    g = project(example_facts, "person-municipality")
    one = public_graph(g, b"k1", example_facts.all_person_names())
    again = public_graph(g, b"k1", example_facts.all_person_names())
    other = public_graph(g, b"k2", example_facts.all_person_names())
    persons = sorted(n for n, k in one.nodes(data="kind") if k == "person")
    assert persons and all(n.startswith(PSEUDONYM_PREFIX) for n in persons)
    assert persons == sorted(n for n, k in again.nodes(data="kind") if k == "person")
    assert not set(persons) & set(other.nodes)
    assert one.number_of_edges() == g.number_of_edges()
    for n in persons:
        d = one.nodes[n]
        assert d["iri"] == n
        assert d["label"].startswith(f"{d.get('role', 'representative')}, {d['municipality']} #")


def test_pseudonym_key_comes_from_salt_then_env_then_a_kept_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(ENV_SALT, raising=False)
    assert load_key(tmp_path, "s3cret") == b"s3cret"
    monkeypatch.setenv(ENV_SALT, "from-env")
    assert load_key(tmp_path, None) == b"from-env"
    monkeypatch.delenv(ENV_SALT)
    first = load_key(tmp_path, None)
    assert (tmp_path / KEY_FILE).is_file() and len(first) == 64
    assert load_key(tmp_path, None) == first
    with pytest.raises(ExportError, match="needs a key"):
        load_key(None, None)
    assert pseudonym(first, "x") == pseudonym(first, "x") != pseudonym(b"other", "x")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gull-Britt Eide, Lerum", "[person], Lerum"),
        ("leder med Bengt Randen en diskussion", "leder med [person] en diskussion"),
        ("Eide och Britt kommer", "[person] och [person] kommer"),
        ("https://example.org/id/person/bengt-randen", "https://example.org/id/person/[person]"),
        ("Lerum och Ale", "Lerum och Ale"),  # organisation words are kept
    ],
)
def test_redactor_removes_names_parts_and_slugs(text: str, expected: str) -> None:
    redactor = Redactor(["Gull-Britt Eide", "Bengt Randén", "Helena L Nilsson"], keep=["Lerum", "Ale"])
    assert redactor.text(text) == expected


# ---------------------------------------------------------------- the queries and the CLI
def test_export_queries_have_a_header() -> None:
    names = sorted(p.stem for p in export_queries_dir().glob("*.rq"))
    assert len(names) >= 8
    for name in names:
        h = header(name)
        assert h.get("title") and h.get("description"), name


def test_cli_export_and_public_export(
    example_store: Path,
    attendance_names: list[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.delenv(ENV_SALT, raising=False)
    out = tmp_path / "out" / "network.graphml"
    assert main(["export", "graphml", "--store", str(example_store), "--out", str(out)]) == 0
    assert "overview" in capsys.readouterr().out
    assert nx.read_graphml(out).number_of_nodes() > 0
    public = tmp_path / "coattendance.gexf"
    args = ["export", "gexf", "-p", "co-attendance", "--public", "--salt", "k", "--store", str(example_store)]
    assert main([*args, "--out", str(public)]) == 0
    text = public.read_text(encoding="utf-8").casefold()
    assert not [n for n in attendance_names if n.casefold() in text]
    first = sorted(nx.read_gexf(public).nodes)
    assert main([*args, "--out", str(public)]) == 0
    assert sorted(nx.read_gexf(public).nodes) == first  # the same pseudonyms from run to run


def test_cli_export_reports_a_missing_store(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["export", "csv", "--store", str(tmp_path / "none"), "--out", str(tmp_path / "x.csv")])
    assert code == 2
    assert "does not exist" in capsys.readouterr().err
