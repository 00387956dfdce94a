"""link.online: the Wikidata items of graph/registry + a SPARQL endpoint → graph/registry-wikidata.

``govkg link --online`` asks a Wikidata SPARQL endpoint (default ``https://query.wikidata.org/sparql``,
any endpoint with Wikidata-shaped data will do) for the labels (sv, en), the population (P1082,
with the point in time P585 of its statement) and the coordinates (P625) of the linked items,
through SPARQLWrapper, with ``queries/registry/wikidata-facts.rq``.

- The facts are kept as Wikidata states them, about the Wikidata items (``wd:Q52502 wdt:P1082 …``),
  in their own named graph ``graph/registry-wikidata``; queries reach them through the
  ``owl:sameAs`` links of ``graph/registry``. A separate graph, because a build rewrites
  ``graph/registry`` and must not drop what only the network can give back.
- Answers are cached on disk, one JSON file per request keyed by the SHA-256 of endpoint + query
  (``<store>/cache/wikidata/<hash>.json``); a request whose answer is cached is not sent.
- Nothing is written until every answer has arrived and parsed; then the graph is replaced in one
  transaction. A failure (network, timeout, HTTP error, malformed answer) raises EndpointError
  with a one-line message and leaves the store as it was. Only answers that parsed are cached.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from http.client import HTTPException
from pathlib import Path
from typing import Any
from urllib.error import HTTPError, URLError

from pyoxigraph import Literal, NamedNode, Quad

from govkg import __version__
from govkg.errors import EndpointError
from govkg.link.registry import registry_graph, registry_quads
from govkg.link.rq import bind_values, read_rq
from govkg.link.terms import GEO, PQ, PS, WD, WDS_NS, WDT, P
from govkg.rdf.iris import Iris
from govkg.rdf.quads import QuadSink
from govkg.resources import queries_dir
from govkg.store import KnowledgeStore, LoadStatus
from govkg.vocab import DCT, OWL, RDFS, XSD

WIKIDATA_ENDPOINT = "https://query.wikidata.org/sparql"
WIKIDATA_GRAPH_KEY = "registry-wikidata"
QUERY_FILE = Path("registry") / "wikidata-facts.rq"
BATCH = 200  # items per request: well inside Wikidata's limits, few requests for all 290 kommuner
USER_AGENT = f"govkg/{__version__} (registry linking; https://w3id.org/govkg)"
_LANGS = ("sv", "en")
_NUMBER = re.compile(r"^[+-]?\d+(\.\d+)?$")
_POINT = re.compile(r"^\s*(<[^>]*>\s*)?Point\(\s*[-+\d.eE]+\s+[-+\d.eE]+\s*\)\s*$", re.IGNORECASE)


@dataclass(slots=True)
class OnlineReport:
    items: int = 0  # Wikidata items asked about
    requests: int = 0  # requests sent to the endpoint
    cached: int = 0  # requests answered from the cache
    facts: int = 0  # quads written to graph/registry-wikidata
    status: LoadStatus | None = None

    def summary(self) -> str:
        return (
            f"wikidata items: {self.items}, requests: {self.requests}, from cache: {self.cached}, "
            f"facts: {self.facts} ({self.status or 'not written'})"
        )


def wikidata_graph(iris: Iris) -> NamedNode:
    return iris.graph(WIKIDATA_GRAPH_KEY)


def linked_items(quads: Sequence[Quad]) -> list[NamedNode]:
    """The Wikidata items that registry quads link to with owl:sameAs (sorted, unique)."""
    found = {
        q.object.value: q.object
        for q in quads
        if q.predicate == OWL.sameAs and isinstance(q.object, NamedNode) and WD.qid(q.object)
    }
    return [found[k] for k in sorted(found)]


def cache_key(endpoint: str, query: str) -> str:
    return hashlib.sha256(f"{endpoint}\n{query}".encode()).hexdigest()


# ---------------------------------------------------------------------------- the request
def _send(endpoint: str, query: str, timeout: float) -> bytes:
    from SPARQLWrapper import JSON, POST, SPARQLWrapper
    from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException

    client = SPARQLWrapper(endpoint, agent=USER_AGENT)
    client.setQuery(query)
    client.setMethod(POST)
    client.setReturnFormat(JSON)
    client.setTimeout(max(1, round(timeout)))
    where = f"Wikidata endpoint {endpoint}"
    try:
        body = client.query().response.read()
    except TimeoutError as exc:
        raise EndpointError(f"{where} did not answer within {timeout:g} s; the graph is unchanged") from exc
    except SPARQLWrapperException as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise EndpointError(f"{where} refused the query ({first}); the graph is unchanged") from exc
    except HTTPError as exc:
        raise EndpointError(f"{where} answered HTTP {exc.code} {exc.reason}; the graph is unchanged") from exc
    except URLError as exc:
        reason = exc.reason
        if isinstance(reason, TimeoutError) or "timed out" in str(reason):
            raise EndpointError(
                f"{where} did not answer within {timeout:g} s; the graph is unchanged"
            ) from exc
        raise EndpointError(f"{where} is unreachable ({reason}); the graph is unchanged") from exc
    except (HTTPException, OSError, ValueError) as exc:
        raise EndpointError(f"{where} failed ({type(exc).__name__}: {exc}); the graph is unchanged") from exc
    return bytes(body)


def _bindings(raw: bytes, endpoint: str) -> list[dict[str, Any]]:
    """The result rows of a SPARQL JSON answer; EndpointError when it is not one."""
    try:
        data = json.loads(raw.decode("utf-8"))
        rows = data["results"]["bindings"]
        if not isinstance(data["head"]["vars"], list) or not isinstance(rows, list):
            raise TypeError("vars or bindings is not a list")
        for row in rows:
            if not isinstance(row, dict) or not all(
                isinstance(v, dict) and isinstance(v.get("value"), str) for v in row.values()
            ):
                raise TypeError("a row is not a map of RDF terms")
    except (UnicodeDecodeError, json.JSONDecodeError, KeyError, TypeError) as exc:
        raise EndpointError(
            f"Wikidata endpoint {endpoint} gave a malformed answer ({type(exc).__name__}: {exc}); "
            "the graph is unchanged"
        ) from exc
    return rows


# ---------------------------------------------------------------------------- answer → quads
class _Facts:
    def __init__(self, graph: NamedNode, asked: Sequence[NamedNode], endpoint: str) -> None:
        self.sink = QuadSink(graph)
        self.asked = {n.value for n in asked}
        self.endpoint = endpoint

    def bad(self, why: str) -> EndpointError:
        return EndpointError(
            f"Wikidata endpoint {self.endpoint} gave a malformed answer ({why}); the graph is unchanged"
        )

    def iri(self, cell: dict[str, Any], name: str) -> NamedNode:
        if cell.get("type") != "uri":
            raise self.bad(f"?{name} is not an IRI")
        try:
            return NamedNode(cell["value"])
        except ValueError as exc:
            raise self.bad(f"?{name} is not a valid IRI") from exc

    def literal(self, cell: dict[str, Any], name: str) -> Literal:
        if cell.get("type") not in ("literal", "typed-literal"):
            raise self.bad(f"?{name} is not a literal")
        value: str = cell["value"]
        lang = cell.get("xml:lang")
        try:
            if lang:
                return Literal(value, language=lang)
            datatype = cell.get("datatype")
            return Literal(value, datatype=NamedNode(datatype)) if datatype else Literal(value)
        except ValueError as exc:
            raise self.bad(f"?{name} is not a valid literal") from exc

    def row(self, row: dict[str, Any]) -> None:
        if "item" not in row:
            raise self.bad("a row has no ?item")
        item = self.iri(row["item"], "item")
        if item.value not in self.asked:
            raise self.bad(f"an answer about <{item.value}>, which was not asked for")
        s = self.sink
        if "label" in row:
            label = self.literal(row["label"], "label")
            if label.language in _LANGS:
                s.add(item, RDFS.label, label)
        if "population" in row:
            self.population(item, row)
        if "coordinates" in row:
            wkt = self.literal(row["coordinates"], "coordinates")
            if not _POINT.match(wkt.value):
                raise self.bad(f"coordinates {wkt.value[:40]!r} are not a WKT point")
            s.add(item, WDT.P625, Literal(wkt.value, datatype=GEO.wktLiteral))

    def population(self, item: NamedNode, row: dict[str, Any]) -> None:
        pop = self.literal(row["population"], "population")
        if not _NUMBER.match(pop.value):
            raise self.bad(f"population {pop.value[:20]!r} is not a number")
        value = Literal(pop.value, datatype=pop.datatype if pop.datatype != XSD.string else XSD.decimal)
        self.sink.add(item, WDT.P1082, value)
        if "statement" not in row:
            return
        statement = self.iri(row["statement"], "statement")
        if not statement.value.startswith(WDS_NS):
            raise self.bad("?statement is not a Wikidata statement IRI")
        self.sink.add(item, P.P1082, statement)
        self.sink.add(statement, PS.P1082, value)
        if "pointInTime" in row:
            self.sink.add(statement, PQ.P585, self.literal(row["pointInTime"], "pointInTime"))


def facts_quads(
    rows: Sequence[dict[str, Any]], asked: Sequence[NamedNode], graph: NamedNode, endpoint: str
) -> list[Quad]:
    """The quads of the Wikidata graph from the answer rows (EndpointError on a malformed row)."""
    facts = _Facts(graph, asked, endpoint)
    for row in rows:
        facts.row(row)
    if len(facts.sink):
        facts.sink.add(graph, DCT.source, NamedNode(endpoint))
    return facts.sink.quads()


# ---------------------------------------------------------------------------- the whole step
@dataclass(slots=True)
class Answers:
    """The answer rows of every request, and the raw answers still to be cached."""

    rows: list[dict[str, Any]]
    to_cache: list[tuple[Path, bytes]]

    def save(self) -> None:
        """Cache the raw answers (call once they have all parsed, so no bad answer is kept)."""
        for path, raw in self.to_cache:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(".tmp")
            tmp.write_bytes(raw)
            tmp.replace(path)  # never a half-written cache file


def fetch_rows(
    items: Sequence[NamedNode],
    *,
    endpoint: str,
    cache_dir: Path | None,
    timeout: float,
    report: OnlineReport,
) -> Answers:
    """Every answer row for ``items``, from the cache or the endpoint, in batches of BATCH."""
    template = read_rq(queries_dir() / QUERY_FILE).text
    answers = Answers([], [])
    for start in range(0, len(items), BATCH):
        query = bind_values(template, "item", items[start : start + BATCH])
        cached = cache_dir / f"{cache_key(endpoint, query)}.json" if cache_dir else None
        if cached is not None and cached.is_file():
            raw = cached.read_bytes()
            report.cached += 1
        else:
            raw = _send(endpoint, query, timeout)
            report.requests += 1
            if cached is not None:
                answers.to_cache.append((cached, raw))
        answers.rows.extend(_bindings(raw, endpoint))
    return answers


def default_cache_dir(kg: KnowledgeStore) -> Path | None:
    """``<store>/cache/wikidata`` for an on-disk store; no cache for an in-memory one."""
    return kg.path / "cache" / "wikidata" if kg.path is not None else None


def link_online(
    kg: KnowledgeStore,
    *,
    endpoint: str = WIKIDATA_ENDPOINT,
    cache_dir: Path | None = None,
    use_cache: bool = True,
    timeout: float = 30.0,
) -> OnlineReport:
    """Rewrite graph/registry and fetch graph/registry-wikidata; raises EndpointError, changing nothing.

    ``cache_dir`` defaults to :func:`default_cache_dir`; ``use_cache=False`` neither reads nor writes it.
    """
    report = OnlineReport()
    static = registry_quads(kg)
    items = linked_items(static)
    report.items = len(items)
    cache = (cache_dir or default_cache_dir(kg)) if use_cache else None
    answers = fetch_rows(items, endpoint=endpoint, cache_dir=cache, timeout=timeout, report=report)
    graph = wikidata_graph(kg.iris)
    quads = facts_quads(answers.rows, items, graph, endpoint)
    # every answer has parsed: only now cache them and touch the store (each graph in one transaction)
    answers.save()
    kg.load_graph(registry_graph(kg.iris), static)
    report.status = kg.load_graph(graph, quads)
    report.facts = len(quads)
    return report
