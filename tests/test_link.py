"""Registry linking: municipalities and bodies → SCB, Wikidata, Kolada, org numbers; Wikidata online."""

from __future__ import annotations

import csv
import shutil
import socket
import subprocess
import threading
import time
import urllib.request
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from pyoxigraph import BlankNode, Literal, NamedNode, Quad, RdfFormat, parse, serialize

from govkg.cli import main
from govkg.errors import EndpointError, QueryError
from govkg.gazetteer import Gazetteer
from govkg.link.online import OnlineReport, link_online, wikidata_graph
from govkg.link.registry import (
    county_node,
    linked_entities,
    registry_graph,
    registry_quads,
    scheme_agency,
    write_registry,
)
from govkg.link.rq import bind_values, read_rq
from govkg.link.terms import GEO, PQ, PS, WD, WDT, P
from govkg.queries import get_query, run_local
from govkg.rdf.iris import Iris
from govkg.resources import ontology_dir, queries_dir
from govkg.serve import oxigraph_binary
from govkg.store import KnowledgeStore, open_store
from govkg.vocab import ADMS, DCT, GK, OWL, RDF, RDFS, SCHEMA, SKOS, XSD

from .conftest import EXAMPLES, FIXTURES

REGISTRY = FIXTURES / "registry"  # values copied from the shared reference tables, see SOURCE.md
WIKIDATA_FIXTURE = FIXTURES / "wikidata" / "entities.ttl"
OXIGRAPH = str(oxigraph_binary())  # the server of the environment the tests run in
IRIS = Iris()


def _rows(name: str) -> list[dict[str, str]]:
    with (REGISTRY / name).open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


MUNICIPALITIES = _rows("municipalities.csv")
BODIES = _rows("bodies.csv")
COUNTIES = {r["county_code"]: r for r in _rows("counties.csv")}


def objects(quads: list[Quad], s: NamedNode | BlankNode, p: NamedNode) -> list[object]:
    return [q.object for q in quads if q.subject == s and q.predicate == p]


def snapshot(kg: KnowledgeStore) -> list[bytes]:
    return sorted((serialize(list(kg.quads()), format=RdfFormat.N_QUADS) or b"").splitlines())


# ------------------------------------------------------------------------------ stores
@pytest.fixture(scope="session")
def example_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example minutes built through the real pipeline (closed; copy it before writing)."""
    try:
        from govkg.pipeline import build
    except ImportError as exc:  # the pipeline is written in parallel
        pytest.skip(f"pipeline not importable yet: {exc}")
    path = tmp_path_factory.mktemp("example") / "store"
    with open_store(path) as kg:
        report = build([EXAMPLES], kg)
        assert report.documents == 5, report.failures
        write_registry(kg)  # what pipeline.build will call itself once wired
    return path


@pytest.fixture
def example_kg(example_store: Path, tmp_path: Path) -> Iterator[KnowledgeStore]:
    copy = tmp_path / "store"
    shutil.copytree(example_store, copy)
    with open_store(copy) as kg:
        yield kg


def small_store(path: Path) -> Path:
    """A store whose one document graph names Göteborg, Ale, Kungsbacka and MSB."""
    g = IRIS.graph("test-meeting")
    nodes = [
        (IRIS.municipality("1480"), GK.Municipality),
        (IRIS.municipality("1440"), GK.Municipality),
        (IRIS.municipality("1384"), GK.Municipality),
        (IRIS.org("msb"), GK.NationalAgency),
    ]
    with open_store(path) as kg:
        kg.load_graph(g, [Quad(n, RDF.type, cls, g) for n, cls in nodes])
        write_registry(kg)
    return path


@pytest.fixture
def small_kg(tmp_path: Path) -> Iterator[KnowledgeStore]:
    with open_store(small_store(tmp_path / "store")) as kg:
        yield kg


# ------------------------------------------------------------------------------ static registry
@pytest.mark.parametrize("row", MUNICIPALITIES, ids=lambda r: r["name_sv"])
def test_municipality_links_to_scb_wikidata_kolada_and_county(row: dict[str, str]) -> None:
    node = IRIS.municipality(row["scb_code"])
    quads = registry_quads([node], IRIS)
    assert objects(quads, node, OWL.sameAs) == [WD.item(row["wikidata_qid"])]
    assert objects(quads, node, DCT.identifier) == [Literal(row["scb_code"])]
    assert objects(quads, node, RDFS.seeAlso) == [
        NamedNode(f"https://api.kolada.se/v3/municipality/{row['scb_code']}")
    ]
    county = county_node(IRIS, row["county_code"])
    assert objects(quads, node, SCHEMA.containedInPlace) == [county]
    assert objects(quads, county, OWL.sameAs) == [WD.item(COUNTIES[row["county_code"]]["wikidata_qid"])]
    assert objects(quads, county, DCT.identifier) == [Literal(row["county_code"])]
    assert objects(quads, county, SKOS.prefLabel) == [
        Literal(COUNTIES[row["county_code"]]["county_name"], language="sv")
    ]
    idents = objects(quads, node, ADMS.identifier)
    if row["org_number"]:
        (ident,) = idents
        assert isinstance(ident, BlankNode)
        assert objects(quads, ident, RDF.type) == [ADMS.Identifier]
        assert objects(quads, ident, SKOS.notation) == [Literal(row["org_number"])]
        assert objects(quads, ident, ADMS.schemeAgency) == [Literal("Statistiska centralbyrån")]
    else:
        assert idents == []  # no sourced number: none is made up


@pytest.mark.parametrize("row", BODIES, ids=lambda r: r["gazetteer_id"])
def test_body_links_to_wikidata_and_org_number(row: dict[str, str]) -> None:
    node = IRIS.org(row["gazetteer_id"])
    quads = registry_quads([node], IRIS)
    expected = [WD.item(row["wikidata_qid"])] if row["wikidata_qid"] else []
    assert objects(quads, node, OWL.sameAs) == expected
    notations = [objects(quads, i, SKOS.notation) for i in objects(quads, node, ADMS.identifier)]  # type: ignore[arg-type]
    assert notations == ([[Literal(row["org_number"])]] if row["org_number"] else [])


def test_every_gazetteer_body_with_a_wikidata_item_links_to_it() -> None:
    gaz = Gazetteer.load()
    bodies = [o for o in gaz.organisations if o.wikidata]
    assert len(bodies) > 50
    quads = registry_quads([IRIS.org(o.id) for o in bodies], IRIS)
    for o in bodies:
        assert objects(quads, IRIS.org(o.id), OWL.sameAs) == [WD.item(o.wikidata)], o.id  # type: ignore[arg-type]


def test_all_290_municipalities_link_to_distinct_items_and_their_county() -> None:
    gaz = Gazetteer.load()
    nodes = [IRIS.municipality(m.scb_code) for m in gaz.municipalities]
    quads = registry_quads(nodes, IRIS)
    same = {
        str(q.subject): q.object for q in quads if q.predicate == OWL.sameAs and "/kommun/" in str(q.subject)
    }
    assert len(nodes) == 290 and len(same) == 290 and len(set(same.values())) == 290
    assert all(objects(quads, n, SCHEMA.containedInPlace) for n in nodes)


def test_county_board_serves_its_county() -> None:
    node = IRIS.org("lansstyrelsen-14")
    quads = registry_quads([node], IRIS)
    assert objects(quads, node, SCHEMA.areaServed) == [county_node(IRIS, "14")]


def test_unknown_entities_get_nothing() -> None:
    assert registry_quads([IRIS.org("no-such-body"), IRIS.municipality("9999"), IRIS.person("x")], IRIS) == []


@pytest.mark.parametrize(
    ("number", "agency"),
    [
        ("212000-1355", "Statistiska centralbyrån"),
        ("202100-5984", "Statistiska centralbyrån"),
        ("556036-0793", "Bolagsverket"),
        ("802000-0000", None),
    ],
)
def test_scheme_agency_by_number_group(number: str, agency: str | None) -> None:
    assert scheme_agency(number) == agency


def test_registry_graph_is_rewritten_unchanged(small_kg: KnowledgeStore) -> None:
    assert write_registry(small_kg) == "unchanged"  # deterministic: blank node labels included
    assert {n.value for n in linked_entities(small_kg)} == {
        IRIS.municipality("1480").value,
        IRIS.municipality("1440").value,
        IRIS.municipality("1384").value,
        IRIS.org("msb").value,
    }


def test_registry_is_written_without_network(
    small_kg: KnowledgeStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*_a: object, **_k: object) -> None:
        raise AssertionError("the static registry must not use the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    assert registry_quads(small_kg)
    assert write_registry(small_kg) == "unchanged"


# ------------------------------------------------------------------------------ the example minutes
def test_every_municipality_in_the_examples_links_right(example_kg: KnowledgeStore) -> None:
    quads = list(example_kg.quads(registry_graph(example_kg.iris)))
    present = {n.value for n in linked_entities(example_kg)}
    for row in MUNICIPALITIES:  # every GR member is represented at some meeting of the examples
        node = example_kg.iris.municipality(row["scb_code"])
        assert node.value in present, row["name_sv"]
        assert objects(quads, node, OWL.sameAs) == [WD.item(row["wikidata_qid"])], row["name_sv"]
        assert objects(quads, node, DCT.identifier) == [Literal(row["scb_code"])]
        assert objects(quads, node, RDFS.seeAlso) == [
            NamedNode(f"https://api.kolada.se/v3/municipality/{row['scb_code']}")
        ]


def test_every_gazetteer_body_in_the_examples_links_to_wikidata(example_kg: KnowledgeStore) -> None:
    gaz = Gazetteer.load()
    quads = list(example_kg.quads(registry_graph(example_kg.iris)))
    by_iri = {example_kg.iris.org(o.id).value: o for o in gaz.organisations}
    found = [by_iri[n.value] for n in linked_entities(example_kg) if n.value in by_iri]
    with_item = [o for o in found if o.wikidata]
    assert with_item, "the examples name bodies with a Wikidata item (MSB, Länsstyrelsen, VGR…)"
    for o in with_item:
        assert objects(quads, example_kg.iris.org(o.id), OWL.sameAs) == [WD.item(o.wikidata)]  # type: ignore[arg-type]


def test_topic_matches_reach_the_store(example_kg: KnowledgeStore) -> None:
    expected = [
        (q.subject, q.predicate, q.object)
        for q in parse(path=str(ontology_dir() / "topics.ttl"))
        if q.predicate in (SKOS.exactMatch, SKOS.closeMatch)
    ]
    assert expected and all(str(o).startswith("<http://eurovoc.europa.eu/") for _, _, o in expected)
    got = {
        (q.subject, q.predicate, q.object)
        for p in (SKOS.exactMatch, SKOS.closeMatch)
        for q in example_kg.store.quads_for_pattern(None, p, None, example_kg.iris.topics_graph)
    }
    assert set(expected) <= got


def test_link_command_writes_the_registry(
    example_store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = tmp_path / "store"
    shutil.copytree(example_store, store)
    assert main(["link", "--store", str(store)]) == 0
    assert "registry links:" in capsys.readouterr().out


# ------------------------------------------------------------------------------ local servers
def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Oxigraph:
    """A real Oxigraph server on 127.0.0.1, loaded with the Wikidata-shaped fixture."""

    def __init__(self, root: Path) -> None:
        self.location = root / "wikidata-store"
        subprocess.run(
            [OXIGRAPH, "load", "--location", str(self.location), "--file", str(WIKIDATA_FIXTURE)],
            check=True,
            capture_output=True,
            timeout=60,
        )
        self.port = free_port()
        self.endpoint = f"http://127.0.0.1:{self.port}/query"
        self.proc = subprocess.Popen(
            [OXIGRAPH, "serve", "--location", str(self.location), "--bind", f"127.0.0.1:{self.port}"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for _ in range(100):
            try:
                urllib.request.urlopen(f"{self.endpoint}?query=ASK%7B%7D", timeout=1).read()
                return
            except OSError:
                time.sleep(0.1)
        self.stop()
        raise RuntimeError("oxigraph server did not start")

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(timeout=10)


@pytest.fixture
def wikidata(tmp_path: Path) -> Iterator[Oxigraph]:
    server = Oxigraph(tmp_path)
    yield server
    server.stop()


@pytest.fixture
def silent_endpoint() -> Iterator[str]:
    """Accepts connections and never answers."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(8)
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        sock.settimeout(0.1)
        while not stop.is_set():
            try:
                held.append(sock.accept()[0])
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{sock.getsockname()[1]}/sparql"
    stop.set()
    thread.join(timeout=5)
    for c in held:
        c.close()
    sock.close()


def canned_endpoint(status: int, body: bytes, ctype: str) -> tuple[ThreadingHTTPServer, str]:
    class Handler(BaseHTTPRequestHandler):
        def _answer(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            self.rfile.read(length)
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        do_GET = do_POST = _answer

        def log_message(self, *_a: object) -> None:  # keep test output clean
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/sparql"


# ------------------------------------------------------------------------------ online
def test_online_adds_labels_population_and_coordinates(small_kg: KnowledgeStore, wikidata: Oxigraph) -> None:
    report = link_online(small_kg, endpoint=wikidata.endpoint, timeout=10)
    assert report.requests == 1 and report.status == "added"
    g = wikidata_graph(small_kg.iris)
    quads = list(small_kg.quads(g))
    gbg = WD.item("Q52502")
    assert set(objects(quads, gbg, RDFS.label)) == {
        Literal("Göteborgs kommun", language="sv"),
        Literal("Gothenburg Municipality", language="en"),
    }  # Norwegian and other labels are not kept
    assert objects(quads, gbg, WDT.P625) == [Literal("Point(11.97 57.7)", datatype=GEO.wktLiteral)]
    (pop,) = objects(quads, gbg, WDT.P1082)
    assert pop.value == "600000"  # type: ignore[attr-defined]
    (statement,) = objects(quads, gbg, P.P1082)  # the truthy one, not the 2010 statement
    assert objects(quads, statement, PS.P1082) == [pop]  # type: ignore[arg-type]
    assert [d.value[:10] for d in objects(quads, statement, PQ.P585)] == ["2023-12-31"]  # type: ignore[arg-type,attr-defined]
    kba = WD.item("Q499380")
    assert objects(quads, kba, WDT.P1082) and not objects(quads, kba, WDT.P625)
    assert objects(quads, WD.item("Q103093"), RDFS.label)  # the county is linked, so asked about too
    assert not [q for q in quads if q.subject == WD.item("Q999999999")]


def test_online_cache_answers_a_second_run_without_request(
    small_kg: KnowledgeStore, wikidata: Oxigraph
) -> None:
    first = link_online(small_kg, endpoint=wikidata.endpoint, timeout=10)
    before = snapshot(small_kg)
    wikidata.stop()  # any request now would fail
    second = link_online(small_kg, endpoint=wikidata.endpoint, timeout=2)
    assert (first.requests, first.cached) == (1, 0)
    assert (second.requests, second.cached, second.status) == (0, 1, "unchanged")
    assert snapshot(small_kg) == before
    assert list((small_kg.path / "cache" / "wikidata").glob("*.json"))  # type: ignore[operator]


def _assert_failed_cleanly(
    kg: KnowledgeStore, exc: pytest.ExceptionInfo[EndpointError], before: list[bytes]
) -> None:
    message = str(exc.value)
    assert "\n" not in message and "the graph is unchanged" in message
    assert snapshot(kg) == before
    assert not list((kg.path / "cache").rglob("*.json"))  # type: ignore[operator]  # nothing bad cached


def test_online_timeout_leaves_the_graph_unchanged(small_kg: KnowledgeStore, silent_endpoint: str) -> None:
    before = snapshot(small_kg)
    with pytest.raises(EndpointError) as exc:
        link_online(small_kg, endpoint=silent_endpoint, timeout=1)
    assert "did not answer within 1 s" in str(exc.value)
    _assert_failed_cleanly(small_kg, exc, before)


def test_online_unreachable_endpoint(small_kg: KnowledgeStore) -> None:
    before = snapshot(small_kg)
    with pytest.raises(EndpointError) as exc:
        link_online(small_kg, endpoint=f"http://127.0.0.1:{free_port()}/sparql", timeout=2)
    _assert_failed_cleanly(small_kg, exc, before)


GOOD_HEAD = b'{"head": {"vars": ["item", "population"]}, "results": {"bindings": ['
MALFORMED = {
    "garbage": (200, b"\x00\xffnot json at all", "application/sparql-results+json"),
    "html": (200, b"<html><body>Service unavailable</body></html>", "text/html"),
    "truncated-json": (200, GOOD_HEAD, "application/sparql-results+json"),
    "no-results": (200, b'{"head": {"vars": []}}', "application/sparql-results+json"),
    "population-not-a-number": (
        200,
        GOOD_HEAD + b'{"item": {"type": "uri", "value": "http://www.wikidata.org/entity/Q52502"},'
        b' "population": {"type": "literal", "value": "many"}}]}}',
        "application/sparql-results+json",
    ),
    "item-not-asked": (
        200,
        GOOD_HEAD + b'{"item": {"type": "uri", "value": "http://www.wikidata.org/entity/Q1"},'
        b' "population": {"type": "literal", "value": "5"}}]}}',
        "application/sparql-results+json",
    ),
    "server-error": (500, b"internal error", "text/plain"),
}


@pytest.mark.parametrize("case", sorted(MALFORMED))
def test_online_malformed_answer_leaves_the_graph_unchanged(small_kg: KnowledgeStore, case: str) -> None:
    server, endpoint = canned_endpoint(*MALFORMED[case])
    before = snapshot(small_kg)
    try:
        with pytest.raises(EndpointError) as exc:
            link_online(small_kg, endpoint=endpoint, timeout=5)
    finally:
        server.shutdown()
        server.server_close()
    _assert_failed_cleanly(small_kg, exc, before)


def test_link_online_command_fails_with_one_line(
    tmp_path: Path, silent_endpoint: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = small_store(tmp_path / "store")
    code = main(["link", "--store", str(path), "--online", "--endpoint", silent_endpoint, "--timeout", "1"])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and err.startswith("govkg: error: ")


def test_report_summary() -> None:
    assert "requests: 2" in OnlineReport(items=3, requests=2).summary()


# ------------------------------------------------------------------------------ queries
def test_canned_query_joins_attendance_with_population_and_county(
    example_kg: KnowledgeStore, wikidata: Oxigraph
) -> None:
    link_online(example_kg, endpoint=wikidata.endpoint, timeout=10)
    query = get_query("attendance-by-municipality-with-population")  # the catalogue reads it
    assert query.title and query.params == ()
    result = run_local(query, example_kg.store)
    rows = {
        str(r["scbCode"]): r for r in (dict(zip(result.variables, row, strict=True)) for row in result.rows)
    }
    assert {f'"{m["scb_code"]}"' for m in MUNICIPALITIES} <= set(rows)
    gbg = rows['"1480"']
    assert gbg["county"] == Literal("Västra Götalands län", language="sv")
    assert gbg["population"] == Literal("600000", datatype=XSD.decimal)
    assert isinstance(gbg["meetings"], Literal) and int(gbg["meetings"].value) >= 1
    assert rows['"1384"']["countyCode"] == Literal("13")
    assert rows['"1401"']["population"] is None  # not in the fixture


def test_wikidata_query_has_a_header_and_binds_items_as_terms() -> None:
    rq = read_rq(queries_dir() / "registry" / "wikidata-facts.rq")
    assert rq.title and [p.name for p in rq.params] == ["item"]
    bound = bind_values(rq.text, "item", [WD.item("Q52502"), WD.item("Q498470")])
    assert (
        "VALUES ?item { <http://www.wikidata.org/entity/Q52502> <http://www.wikidata.org/entity/Q498470> }"
        in bound
    )
    with pytest.raises(QueryError):
        bind_values(bound, "item", [WD.item("Q1")])  # the marker is gone: nothing left to bind


@pytest.mark.parametrize("bad", ["Q1> } DROP ALL {", "52502", "Q0", "q52502", "Q52502 "])
def test_qids_that_are_not_qids_never_become_iris(bad: str) -> None:
    with pytest.raises(ValueError):
        WD.item(bad)
