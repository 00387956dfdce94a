"""govkg serve: the real oxigraph server on a free loopback port answers the canned queries as the store does.

Every server here is a real process on 127.0.0.1, stopped by its fixture.
"""

from __future__ import annotations

import signal
import subprocess
import sys
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from pyoxigraph import Literal, NamedNode, Quad, QuerySolutions, Store

from govkg.endpoint import run_remote, select, update
from govkg.errors import EndpointError, ServeError, StoreError
from govkg.queries import get_query, run_local
from govkg.serve import Server, start_server
from govkg.store import open_store
from tests.query_store import built_store, copy_store
from tests.test_queries import CASES, HOSTILE, case_id

pytestmark = pytest.mark.server
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
G = NamedNode("https://example.org/graph/late")


@pytest.fixture(scope="module")
def store() -> Iterator[Store]:
    s = Store.read_only(str(built_store()))
    yield s
    del s


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    with start_server(built_store()) as s:
        yield s


def count(url: str) -> int:
    value = select(url, COUNT).rows[0][0]
    assert isinstance(value, Literal)
    return int(value.value)


def late_quad() -> Quad:
    return Quad(NamedNode("https://example.org/s"), NamedNode("https://example.org/p"), Literal("late"), G)


@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_the_server_gives_the_same_rows_as_the_store(
    store: Store, server: Server, case: tuple[str, dict[str, str]]
) -> None:
    name, values = case
    query = get_query(name)
    assert run_remote(query, server.endpoint_url, values).rows == run_local(query, store, values).rows


def test_it_binds_to_loopback_and_serves_yasgui(server: Server) -> None:
    assert server.endpoint_url.startswith("http://127.0.0.1:") and server.endpoint_url.endswith("/query")
    with urllib.request.urlopen(server.url, timeout=5) as response:
        page = response.read().decode("utf-8", "replace")
    assert "yasgui" in page.lower()


def test_the_default_graph_is_the_union_of_the_named_graphs(store: Store, server: Server) -> None:
    union = store.query(COUNT, use_default_graph_as_union=True)
    assert isinstance(union, QuerySolutions)
    n = next(iter(union))["n"]
    assert isinstance(n, Literal)
    assert count(server.endpoint_url) == int(n.value) > 0


def test_an_injected_string_returns_the_ordinary_empty_result(server: Server) -> None:
    before = count(server.endpoint_url)
    query = get_query("lookup")
    assert run_remote(query, server.endpoint_url, {"text": HOSTILE}).rows == []
    assert run_remote(query, server.endpoint_url, {"text": "Ale"}).rows
    assert count(server.endpoint_url) == before


@pytest.mark.parametrize(
    "sparql",
    [
        "DROP ALL",
        'INSERT DATA { GRAPH <https://example.org/g> { <https://example.org/s> <https://example.org/p> "x" } }',  # noqa: E501
    ],
)
def test_a_write_through_the_read_only_server_is_refused(server: Server, sparql: str) -> None:
    before = count(server.endpoint_url)
    with pytest.raises(EndpointError, match="refused the update"):
        update(server.endpoint_url, sparql)
    assert count(server.endpoint_url) == before


def test_a_graph_store_write_through_the_read_only_server_is_refused(server: Server) -> None:
    from govkg.endpoint import push_graphs

    with pytest.raises(EndpointError, match="refused graph"):
        push_graphs(server.endpoint_url, [(G, [late_quad()])])


# ------------------------------------------------------------------ a build running alongside
def test_a_build_may_write_while_the_read_only_server_serves_its_snapshot(tmp_path: Path) -> None:
    store = copy_store(tmp_path / "store")
    late = 'SELECT * WHERE { ?s ?p "late" }'
    with start_server(store) as server:
        before = count(server.endpoint_url)
        with open_store(store) as kg:  # the build's writer is not locked out by the server
            assert kg.load_graph(G, [late_quad()]) == "added"
        assert count(server.endpoint_url) == before  # the server answers from its snapshot
        assert select(server.endpoint_url, late).rows == []
    with start_server(store) as restarted:
        assert len(select(restarted.endpoint_url, late).rows) == 1


def test_a_server_started_during_a_build_serves_what_was_written_so_far(tmp_path: Path) -> None:
    store = copy_store(tmp_path / "store")
    with open_store(store) as kg:  # a build holds the store
        kg.load_graph(G, [late_quad()])
        kg.flush()
        with start_server(store) as server:
            assert select(server.endpoint_url, 'SELECT * WHERE { ?s ?p "late" }').rows


def test_the_snapshot_is_removed_when_the_server_stops(tmp_path: Path) -> None:
    store = copy_store(tmp_path / "store")
    server = start_server(store)
    assert server.snapshot is not None and server.snapshot.is_dir()
    server.stop()
    assert not server.snapshot.exists() and not server.running()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["store"]


def test_a_writable_server_holds_the_lock_so_a_build_is_refused(tmp_path: Path) -> None:
    store = copy_store(tmp_path / "store")
    with start_server(store, writable=True) as server:
        with pytest.raises(StoreError, match="locked by another process"):
            open_store(store)
        update(
            server.endpoint_url,
            'INSERT DATA { GRAPH <https://example.org/g> { <https://example.org/s> <https://example.org/p> "w" } }',  # noqa: E501
        )
        assert select(server.endpoint_url, 'SELECT * WHERE { ?s ?p "w" }').rows
    with open_store(store) as kg:  # once it stops, the write is in the store and the lock is free
        assert kg.count(NamedNode("https://example.org/g")) == 1


def test_a_writable_server_cannot_start_on_a_store_a_build_holds(tmp_path: Path) -> None:
    store = copy_store(tmp_path / "store")
    with open_store(store), pytest.raises(ServeError, match="locked by another process"):
        start_server(store, writable=True)


def test_a_read_only_server_needs_an_existing_store(tmp_path: Path) -> None:
    with pytest.raises(ServeError, match="does not exist"):
        start_server(tmp_path / "missing")


def test_a_taken_port_is_a_clear_error(server: Server) -> None:
    with pytest.raises(ServeError, match=f"port {server.port}"):
        start_server(built_store(), port=server.port)


# ------------------------------------------------------------------ the command
def test_govkg_serve_prints_the_endpoint_and_stops_on_ctrl_c(tmp_path: Path) -> None:
    store = copy_store(tmp_path / "store")
    code = "import sys; from govkg.cli import main; sys.exit(main(sys.argv[1:]))"
    process = subprocess.Popen(
        [sys.executable, "-c", code, "serve", "--store", str(store), "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline().strip()
        assert line.startswith("SPARQL endpoint: http://127.0.0.1:") and line.endswith("/query")
        url = line.split(": ", 1)[1]
        assert count(url) > 0
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=20) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["store"]  # no snapshot left behind
