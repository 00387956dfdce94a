"""The store: one transaction per graph, unchanged graphs not rewritten, the lock, and dumps that parse."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import rdflib
from pyoxigraph import Literal, NamedNode, Quad, RdfFormat, serialize
from rdflib.compare import isomorphic

from govkg.errors import StoreError
from govkg.pipeline import load_minutes
from govkg.rdf.mapping import map_minutes
from govkg.rdf.orgs import no_registry
from govkg.store import KnowledgeStore, open_store
from govkg.vocab import GK
from tests.kg_fixtures import sample_minutes

EX = "https://example.org/"
G = NamedNode(EX + "graph/a")


def quad(o: str, g: NamedNode = G) -> Quad:
    return Quad(NamedNode(EX + "s"), NamedNode(EX + "p"), Literal(o), g)


@pytest.fixture
def kg(tmp_path: Path) -> KnowledgeStore:
    store = open_store(tmp_path / "store", base_iri=EX)
    yield store  # type: ignore[misc]
    store.close()


def contents(kg: KnowledgeStore, graph: NamedNode) -> set[Quad]:
    return set(kg.quads(graph))


def test_first_load_adds_then_the_same_is_unchanged(kg: KnowledgeStore) -> None:
    assert kg.load_graph(G, [quad("1")]) == "added"
    assert kg.load_graph(G, [quad("1")]) == "unchanged"
    assert contents(kg, G) == {quad("1")}


def test_a_changed_graph_is_replaced_whole(kg: KnowledgeStore) -> None:
    kg.load_graph(G, [quad("1"), quad("2")])
    assert kg.load_graph(G, [quad("3")]) == "replaced"
    assert contents(kg, G) == {quad("3")}


def test_other_graphs_are_untouched_by_a_replace(kg: KnowledgeStore) -> None:
    other = NamedNode(EX + "graph/b")
    kg.load_graph(other, [quad("x", other)])
    kg.load_graph(G, [quad("1")])
    kg.load_graph(G, [quad("2")])
    assert contents(kg, other) == {quad("x", other)}


def test_graph_hash_is_recorded_in_the_meta_graph(kg: KnowledgeStore) -> None:
    kg.load_graph(G, [quad("1")])
    records = list(kg.store.quads_for_pattern(G, GK.graphHash, None, kg.iris.meta_graph))
    assert len(records) == 1
    kg.load_graph(G, [quad("2")])
    assert len(list(kg.store.quads_for_pattern(G, GK.graphHash, None, kg.iris.meta_graph))) == 1


def test_a_graph_without_record_is_replaced_not_added(kg: KnowledgeStore) -> None:
    # what a crash midway through a bulk load leaves behind: quads but no hash record
    kg.store.add(quad("half"))
    assert kg.load_graph(G, [quad("1")]) == "replaced"
    assert contents(kg, G) == {quad("1")}


def test_bulk_load_records_hashes_so_a_reload_is_unchanged(kg: KnowledgeStore) -> None:
    graphs = [
        (NamedNode(EX + f"graph/{i}"), [quad(str(i), NamedNode(EX + f"graph/{i}"))], None) for i in range(3)
    ]
    assert kg.bulk_load_graphs(graphs) == 3
    assert [kg.load_graph(g, q) for g, q, _ in graphs] == ["unchanged"] * 3


def test_meta_description_is_not_rewritten_when_equal(kg: KnowledgeStore) -> None:
    meta = kg.iris.meta_graph
    desc = [Quad(NamedNode(EX + "dataset"), NamedNode(EX + "title"), Literal("t"), meta)]
    kg.load_graph(G, [quad("1")])
    assert kg.set_meta_description(desc) is True
    assert kg.set_meta_description(desc) is False
    assert kg.recorded_hash(G) is not None  # the description never drops the records


def test_read_only_store_refuses_writes(tmp_path: Path) -> None:
    with open_store(tmp_path / "s") as kg:
        kg.load_graph(G, [quad("1")])
    with open_store(tmp_path / "s", read_only=True) as ro:
        assert ro.count(G) == 1
        with pytest.raises(StoreError, match="read-only"):
            ro.load_graph(G, [quad("2")])


def test_read_only_open_of_a_missing_store_says_build_first(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="govkg build"):
        open_store(tmp_path / "nothing", read_only=True)


def test_a_store_held_by_another_process_is_reported_as_locked(tmp_path: Path) -> None:
    path = tmp_path / "locked"
    open_store(path).close()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(f"""
            import sys, pyoxigraph
            s = pyoxigraph.Store({str(path)!r})
            print("ready", flush=True)
            sys.stdin.read()
        """),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        with pytest.raises(StoreError, match=r"locked by another process \(is `govkg serve` running\?\)"):
            open_store(path)
    finally:
        holder.communicate("")


# ------------------------------------------------------------------ dumps


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeStore:
    kg = open_store(tmp_path_factory.mktemp("built") / "store")
    load_minutes([sample_minutes()], kg, lookup=no_registry)
    return kg


def dataset_of(kg: KnowledgeStore) -> rdflib.Dataset:
    return rdflib.Dataset().parse(data=serialize(kg.quads(), format=RdfFormat.N_QUADS), format="nquads")


def test_trig_round_trip_is_isomorphic(built: KnowledgeStore, tmp_path: Path) -> None:
    out = tmp_path / "kg.trig"
    built.dump(out, RdfFormat.TRIG)
    back = rdflib.Dataset().parse(out, format="trig")
    original = dataset_of(built)
    graphs = {str(g.identifier) for g in original.graphs() if len(g)}
    assert graphs == {str(g.identifier) for g in back.graphs() if len(g)}
    for name in graphs:
        assert isomorphic(original.graph(rdflib.URIRef(name)), back.graph(rdflib.URIRef(name))), name


def test_turtle_dump_is_the_union_and_parses_in_rdflib(built: KnowledgeStore, tmp_path: Path) -> None:
    out = tmp_path / "kg.ttl"
    built.dump(out, RdfFormat.TURTLE)
    g = rdflib.Graph().parse(out, format="turtle")
    distinct = {(q.subject, q.predicate, q.object) for q in built.quads()}
    assert len(g) == len(distinct)


def test_turtle_dump_parses_with_rapper(built: KnowledgeStore, tmp_path: Path) -> None:
    if shutil.which("rapper") is None:
        # CI installs raptor2-utils and sets GOVKG_REQUIRE_RAPPER=1: there a missing rapper fails
        if os.environ.get("GOVKG_REQUIRE_RAPPER") == "1":
            pytest.fail("GOVKG_REQUIRE_RAPPER=1 but rapper is missing (apt-get install raptor2-utils)")
        pytest.skip("raptor2-utils (rapper) is not installed")
    out = tmp_path / "kg.ttl"
    built.dump(out, RdfFormat.TURTLE)
    done = subprocess.run(
        ["rapper", "-i", "turtle", "-c", str(out)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    distinct = {(q.subject, q.predicate, q.object) for q in built.quads()}
    assert f"returned {len(distinct)} triples" in done.stderr


@pytest.mark.parametrize(
    ("fmt", "rdflib_format"), [(RdfFormat.N_QUADS, "nquads"), (RdfFormat.JSON_LD, "json-ld")]
)
def test_dataset_dumps_keep_every_quad(
    built: KnowledgeStore, tmp_path: Path, fmt: RdfFormat, rdflib_format: str
) -> None:
    out = tmp_path / f"kg.{fmt.file_extension}"
    built.dump(out, fmt)
    back = rdflib.Dataset().parse(out, format=rdflib_format)
    assert sum(len(g) for g in back.graphs()) == built.count()


def test_mapping_then_store_keeps_literals_as_mapped(kg: KnowledgeStore) -> None:
    # Oxigraph normalises some literals; the mapping writes the forms it keeps, so hashes stay true
    mapped = map_minutes(sample_minutes(), lookup=no_registry, iris=kg.iris)
    kg.load_graph(mapped.graph, mapped.quads)
    assert set(kg.quads(mapped.graph)) == set(mapped.quads)
