"""endpoint: canned queries → a remote SPARQL 1.1 endpoint (SPARQLWrapper); named graphs → its Graph Store.

Queries go over the SPARQL 1.1 Protocol with their parameters in a ``VALUES`` block (see
``govkg.queries``). The endpoint must treat its default graph as the union of the named graphs, as
Virtuoso does and as ``oxigraph serve --union-default-graph`` (what ``govkg serve`` starts) does.

Graphs go over the SPARQL 1.1 Graph Store HTTP Protocol: one ``PUT <store>?graph=<iri>`` per graph
with its triples as N-Triples, which replaces that graph as a whole, so pushing the same build twice
gives the same store. For an Oxigraph server the Graph Store is ``/store``; the server's base URL
or its ``/query`` URL are mapped there; any other URL is taken as the Graph Store itself
(Fuseki: ``…/dataset/data``, GraphDB: ``…/repositories/ID/rdf-graphs/service``).
"""

from __future__ import annotations

import http.client
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import quote, urlsplit, urlunsplit

from pyoxigraph import NamedNode, Quad, RdfFormat, serialize

from govkg.errors import EndpointError, QueryError
from govkg.queries import CannedQuery
from govkg.results import QueryResult, Row, term_from_json

DEFAULT_TIMEOUT = 60.0


def select(endpoint_url: str, sparql: str, *, timeout: float = DEFAULT_TIMEOUT) -> QueryResult:
    """Run a SELECT on a SPARQL 1.1 Protocol endpoint (POST, JSON results) through SPARQLWrapper."""
    from urllib.error import HTTPError, URLError

    from SPARQLWrapper import JSON, POST, SELECT, SPARQLWrapper
    from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException

    client = SPARQLWrapper(endpoint_url)
    client.setMethod(POST)
    client.setReturnFormat(JSON)
    client.setTimeout(int(timeout))
    client.setQuery(sparql)
    client.queryType = SELECT  # its guess from the text can be fooled by words in comments
    try:
        doc = client.queryAndConvert()
    except SPARQLWrapperException as exc:
        raise EndpointError(f"{endpoint_url} refused the query: {exc}".splitlines()[0]) from exc
    except (HTTPError, URLError, OSError) as exc:
        raise EndpointError(f"cannot query {endpoint_url}: {exc}") from exc
    if not isinstance(doc, dict) or "head" not in doc:
        raise EndpointError(f"{endpoint_url} did not answer SPARQL JSON results")
    return _result(doc)


def _result(doc: Mapping[str, Any]) -> QueryResult:
    variables = [str(v) for v in doc["head"].get("vars", [])]
    rows: list[Row] = []
    try:
        for binding in doc.get("results", {}).get("bindings", []):
            rows.append(tuple(term_from_json(binding[v]) if v in binding else None for v in variables))
    except (ValueError, TypeError, AttributeError) as exc:
        raise EndpointError(f"malformed SPARQL JSON results: {exc}") from exc
    return QueryResult(variables, rows)


def run_remote(
    query: CannedQuery,
    endpoint_url: str,
    values: Mapping[str, str] | None = None,
    *,
    base_iri: str | None = None,
    timeout: float = DEFAULT_TIMEOUT,
) -> QueryResult:
    """Run a canned query on a remote endpoint, its parameters bound in a VALUES block."""
    text = query.with_values(query.bind(values or {}, base_iri=base_iri))
    try:
        return select(endpoint_url, text, timeout=timeout)
    except EndpointError as exc:
        raise QueryError(f"query {query.name!r}: {exc}") from exc


# ------------------------------------------------------------------ Graph Store Protocol
def graph_store_url(endpoint_url: str) -> str:
    """The Graph Store URL for an endpoint URL (Oxigraph layout: ``/store``).

    >>> graph_store_url("http://127.0.0.1:7878/query")
    'http://127.0.0.1:7878/store'
    >>> graph_store_url("http://localhost:3030/kg/data")
    'http://localhost:3030/kg/data'
    """
    parts = urlsplit(endpoint_url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise EndpointError(f"not an http(s) endpoint URL: {endpoint_url!r}")
    path = parts.path
    if path in ("", "/"):
        path = "/store"
    elif path.endswith(("/query", "/update")):
        path = path.rsplit("/", 1)[0] + "/store"
    return urlunsplit((parts.scheme, parts.netloc, path, "", ""))


def push_graphs(
    endpoint_url: str,
    graphs: Iterable[tuple[NamedNode, Iterable[Quad]]],
    *,
    timeout: float = DEFAULT_TIMEOUT,
) -> int:
    """Replace each named graph on the remote store by the given quads (their graph names are
    ignored: each goes into the graph it is paired with). Returns the number of graphs pushed.

    One HTTP connection is kept open for all graphs. Any refusal raises EndpointError naming the
    graph; the graphs pushed before it stay pushed (each PUT is atomic on its own).
    """
    store = urlsplit(graph_store_url(endpoint_url))
    conn_cls = http.client.HTTPSConnection if store.scheme == "https" else http.client.HTTPConnection
    conn = conn_cls(store.netloc, timeout=timeout)
    count = 0
    try:
        for graph, quads in graphs:
            body = serialize([q.triple for q in quads], format=RdfFormat.N_TRIPLES) or b""
            target = f"{store.path}?graph={quote(graph.value, safe='')}"
            _put(conn, target, body, graph, endpoint_url)
            count += 1
    finally:
        conn.close()
    return count


def _put(conn: http.client.HTTPConnection, target: str, body: bytes, graph: NamedNode, url: str) -> None:
    headers = {"Content-Type": "application/n-triples", "Content-Length": str(len(body))}
    try:
        conn.request("PUT", target, body=body, headers=headers)
        response = conn.getresponse()
        detail = response.read().decode("utf-8", "replace").strip()
    except (OSError, http.client.HTTPException) as exc:
        raise EndpointError(f"cannot push graph <{graph.value}> to {url}: {exc}") from exc
    if response.status >= 300:
        first = detail.splitlines()[0] if detail else ""
        raise EndpointError(
            f"{url} refused graph <{graph.value}>: HTTP {response.status} {response.reason} {first}".strip()
        )


def update(endpoint_url: str, sparql_update: str, *, timeout: float = DEFAULT_TIMEOUT) -> None:
    """Send a SPARQL 1.1 Update (to ``…/update`` for an Oxigraph server URL); EndpointError on refusal."""
    parts = urlsplit(endpoint_url)
    path = parts.path
    if path in ("", "/"):
        path = "/update"
    elif path.endswith("/query"):
        path = path.rsplit("/", 1)[0] + "/update"
    conn_cls = http.client.HTTPSConnection if parts.scheme == "https" else http.client.HTTPConnection
    conn = conn_cls(parts.netloc, timeout=timeout)
    body = sparql_update.encode("utf-8")
    try:
        conn.request("POST", path, body=body, headers={"Content-Type": "application/sparql-update"})
        response = conn.getresponse()
        detail = response.read().decode("utf-8", "replace").strip()
    except (OSError, http.client.HTTPException) as exc:
        raise EndpointError(f"cannot send the update to {endpoint_url}: {exc}") from exc
    finally:
        conn.close()
    if response.status >= 300:
        raise EndpointError(f"{endpoint_url} refused the update: HTTP {response.status} {detail[:200]}")
