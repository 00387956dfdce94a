"""Remote stores: a build pushed over the Graph Store Protocol to a second oxigraph server answers the
canned queries as the embedded store does. The servers are real processes on 127.0.0.1."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pyoxigraph import Literal, NamedNode, Quad, Store

from govkg.endpoint import graph_store_url, push_graphs, run_remote, select
from govkg.errors import EndpointError, QueryError
from govkg.queries import get_query, run_local
from govkg.serve import Server, free_port, start_server
from govkg.store import open_store
from tests.query_store import built_store, comparable, graphs_of
from tests.test_queries import CASES, case_id

pytestmark = pytest.mark.server
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"


@pytest.fixture(scope="module")
def store() -> Iterator[Store]:
    s = Store.read_only(str(built_store()))
    yield s
    del s


@pytest.fixture(scope="module")
def remote() -> Iterator[Server]:
    """A second, writable, in-memory oxigraph server holding the build pushed over the protocol."""
    with start_server(None, writable=True) as server:
        with open_store(built_store(), read_only=True) as kg:
            pushed = push_graphs(server.endpoint_url, graphs_of(kg))
            assert pushed == len(kg.graphs())
        yield server


def quads_in(url: str) -> int:
    value = select(url, COUNT).rows[0][0]
    assert isinstance(value, Literal)
    return int(value.value)


@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_a_pushed_build_answers_the_queries_the_same_way(
    store: Store, remote: Server, case: tuple[str, dict[str, str]]
) -> None:
    name, values = case
    query = get_query(name)
    remote_rows = run_remote(query, remote.endpoint_url, values).rows
    assert comparable(remote_rows) == comparable(run_local(query, store, values).rows)


def test_the_push_carries_every_quad_into_its_graph(store: Store, remote: Server) -> None:
    assert quads_in(remote.endpoint_url) == len(store)
    graphs = {r[0] for r in select(remote.endpoint_url, "SELECT DISTINCT ?g WHERE { GRAPH ?g { } }").rows}
    assert graphs == set(store.named_graphs())


def test_pushing_again_replaces_each_graph(store: Store) -> None:
    g = NamedNode("https://example.org/graph/one")
    s, p = NamedNode("https://example.org/s"), NamedNode("https://example.org/p")
    with start_server(None, writable=True) as server:
        push_graphs(server.endpoint_url, [(g, [Quad(s, p, Literal("old"), g), Quad(s, p, Literal("x"), g)])])
        push_graphs(server.endpoint_url, [(g, [Quad(s, p, Literal("new"), g)])])
        rows = select(
            server.endpoint_url, "SELECT ?o WHERE { GRAPH <https://example.org/graph/one> { ?s ?p ?o } }"
        )
        assert rows.values() == [("new",)]


def test_quads_go_into_the_graph_they_are_paired_with() -> None:
    g, other = NamedNode("https://example.org/graph/a"), NamedNode("https://example.org/graph/b")
    q = Quad(NamedNode("https://example.org/s"), NamedNode("https://example.org/p"), Literal("v"), other)
    with start_server(None, writable=True) as server:
        push_graphs(server.url, [(g, [q])])  # the base URL works as well as /query
        rows = select(server.endpoint_url, "SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
        assert rows.values() == [(g.value,)]


def test_a_push_to_nothing_is_an_endpoint_error() -> None:
    url = f"http://127.0.0.1:{free_port()}/query"
    with pytest.raises(EndpointError, match="cannot push graph"):
        push_graphs(url, [(NamedNode("https://example.org/g"), [])])


def test_a_query_on_nothing_is_a_query_error() -> None:
    url = f"http://127.0.0.1:{free_port()}/query"
    with pytest.raises(QueryError, match="cannot query"):
        run_remote(get_query("meetings"), url)


def test_a_parameter_error_is_raised_before_any_request() -> None:
    with pytest.raises(QueryError, match="needs parameter 'entity'"):
        run_remote(get_query("describe"), "http://127.0.0.1:9/query")


@pytest.mark.parametrize(
    ("url", "store_url"),
    [
        ("http://127.0.0.1:7878/query", "http://127.0.0.1:7878/store"),
        ("http://127.0.0.1:7878/", "http://127.0.0.1:7878/store"),
        ("http://127.0.0.1:7878", "http://127.0.0.1:7878/store"),
        ("http://127.0.0.1:7878/update", "http://127.0.0.1:7878/store"),
        ("http://localhost:3030/kg/data", "http://localhost:3030/kg/data"),
    ],
)
def test_graph_store_url(url: str, store_url: str) -> None:
    assert graph_store_url(url) == store_url


def test_graph_store_url_refuses_what_is_not_http() -> None:
    with pytest.raises(EndpointError, match="not an http"):
        graph_store_url("file:///tmp/store")
