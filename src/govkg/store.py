"""store: named graphs of quads → the on-disk Oxigraph store (replace per graph, in one transaction).

**Single writer.** An Oxigraph directory has one read-write owner at a time: a build, or a
``govkg serve --writable`` server, never both. A second writer gets ``StoreError("store DIR is
locked by another process (is `govkg serve` running?)")``. Readers open with ``read_only=True``
and see a snapshot taken at opening; they do not see later writes. The intended cycle is
"build, then serve read-only".

Queries run with ``use_default_graph_as_union=True``: Oxigraph's default graph is *not* the union
of the named graphs, and every fact lives in a named graph.

>>> import tempfile
>>> from pyoxigraph import NamedNode, Literal, Quad
>>> g = NamedNode("https://example.org/g")
>>> q = Quad(NamedNode("https://example.org/s"), NamedNode("https://example.org/p"), Literal("o"), g)
>>> with open_store(tempfile.mkdtemp(), base_iri="https://example.org/") as kg:
...     kg.load_graph(g, [q]), kg.load_graph(g, [q])
('added', 'unchanged')
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from types import TracebackType
from typing import Literal as Lit

from pyoxigraph import DefaultGraph, Literal, NamedNode, Quad, QuerySolutions, RdfFormat, Store, serialize

from govkg.errors import StoreError
from govkg.rdf.iris import Iris
from govkg.rdf.quads import graph_hash
from govkg.vocab import GK, PREFIXES

LoadStatus = Lit["added", "replaced", "unchanged"]
_COUNT_GRAPHS = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
_COUNT_GRAPH = "SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH {g} {{ ?s ?p ?o }} }}"
_FEW_GRAPHS = 200  # more graphs to count than this: one GROUP BY over the store is cheaper
_LOCKED = re.compile(r"lock", re.IGNORECASE)


class KnowledgeStore:
    """A pyoxigraph Store plus the bookkeeping of which graph holds what (in ``<base>graph/meta``)."""

    def __init__(self, store: Store, path: Path | None, iris: Iris, read_only: bool) -> None:
        self.store = store
        self.path = path
        self.iris = iris
        self.read_only = read_only

    # ------------------------------------------------------------------ bookkeeping
    def recorded_hash(self, graph: NamedNode) -> str | None:
        """The graph hash recorded when ``graph`` was last loaded, or None."""
        for q in self.store.quads_for_pattern(graph, GK.graphHash, None, self.iris.meta_graph):
            if isinstance(q.object, Literal):
                return q.object.value
        return None

    def _record(self, graph: NamedNode, digest: str) -> Quad:
        return Quad(graph, GK.graphHash, Literal(digest), self.iris.meta_graph)

    def status_of(self, graph: NamedNode, digest: str) -> LoadStatus:
        old = self.recorded_hash(graph)
        if old == digest:
            return "unchanged"
        if old is None and not self.store.contains_named_graph(graph):
            return "added"
        return "replaced"

    # ------------------------------------------------------------------ loading
    def load_graph(self, graph: NamedNode, quads: Sequence[Quad], *, digest: str | None = None) -> LoadStatus:
        """Make ``graph`` hold exactly ``quads``, in one transaction; unchanged content writes nothing.

        A crash or an error midway leaves the previous content of the graph in place. ``digest`` is
        ``graph_hash(quads)`` when the caller has it already.
        """
        self._writable()
        digest = digest or graph_hash(quads)
        status = self.status_of(graph, digest)
        try:
            if status == "added":
                self.store.extend([*quads, self._record(graph, digest)])  # one transaction
            elif status == "replaced":
                self._replace(graph, quads, digest)
        except OSError as exc:
            raise StoreError(f"loading graph <{graph.value}> failed, its old content is kept: {exc}") from exc
        return status

    def _replace(self, graph: NamedNode, quads: Sequence[Quad], digest: str) -> None:
        # The Python binding has no multi-operation transaction, but one SPARQL Update request runs in
        # one: drop + insert cannot be seen half done. Hence the N-Triples text here, and only here.
        triples = serialize([q.triple for q in quads], format=RdfFormat.N_TRIPLES) or b""
        meta = self.iris.meta_graph
        record = serialize([self._record(graph, digest).triple], format=RdfFormat.N_TRIPLES) or b""
        self.store.update(
            f"DROP SILENT GRAPH <{graph.value}> ;\n"
            f"DELETE WHERE {{ GRAPH <{meta.value}> {{ <{graph.value}> <{GK.graphHash.value}> ?h }} }} ;\n"
            f"INSERT DATA {{ GRAPH <{graph.value}> {{\n{triples.decode()}}}\n"
            f"GRAPH <{meta.value}> {{ {record.decode()} }} }}"
        )

    def bulk_load_graphs(self, graphs: Iterable[tuple[NamedNode, Sequence[Quad], str | None]]) -> int:
        """Load graphs the store does not hold yet with the bulk loader (no transaction, much faster).

        Their hash records are written last, in a transaction of their own: after a crash midway a
        graph without a record is seen as changed, and the next build replaces it.
        """
        self._writable()
        records: list[Quad] = []
        count = 0

        def stream() -> Iterator[Quad]:
            nonlocal count
            for graph, quads, digest in graphs:
                records.append(self._record(graph, digest or graph_hash(quads)))
                count += len(quads)
                yield from quads

        try:
            self.store.bulk_extend(stream())
            self.store.extend(records)
        except OSError as exc:
            raise StoreError(f"bulk load failed: {exc}") from exc
        return count

    def set_meta_description(self, quads: Sequence[Quad]) -> bool:
        """Replace the meta graph's description (all but the hash records); False when already equal."""
        self._writable()
        meta = self.iris.meta_graph
        current = {
            q for q in self.store.quads_for_pattern(None, None, None, meta) if q.predicate != GK.graphHash
        }
        wanted = {Quad(q.subject, q.predicate, q.object, meta) for q in quads}
        if current == wanted:
            return False
        triples = serialize([q.triple for q in wanted], format=RdfFormat.N_TRIPLES) or b""
        self.store.update(
            f"DELETE {{ GRAPH <{meta.value}> {{ ?s ?p ?o }} }} WHERE {{ GRAPH <{meta.value}> {{ ?s ?p ?o "
            f"FILTER(?p != <{GK.graphHash.value}>) }} }} ;\n"
            f"INSERT DATA {{ GRAPH <{meta.value}> {{\n{triples.decode()}}} }}"
        )
        return True

    def remove_graph(self, graph: NamedNode) -> None:
        self._writable()
        meta = self.iris.meta_graph
        self.store.update(
            f"DROP SILENT GRAPH <{graph.value}> ;\n"
            f"DELETE WHERE {{ GRAPH <{meta.value}> {{ <{graph.value}> <{GK.graphHash.value}> ?h }} }}"
        )

    # ------------------------------------------------------------------ reading
    def graphs(self) -> list[NamedNode]:
        return sorted(
            (g for g in self.store.named_graphs() if isinstance(g, NamedNode)), key=lambda n: n.value
        )

    def quads(self, graph: NamedNode | None = None) -> Iterator[Quad]:
        return iter(self.store.quads_for_pattern(None, None, None, graph))

    def count(self, graph: NamedNode | None = None) -> int:
        """Quads in one named graph, or in the whole store."""
        if graph is None:
            return len(self.store)
        return self.count_graph(graph)

    def count_graph(self, graph: NamedNode) -> int:
        """Quads in one named graph (a scan of that graph only)."""
        solutions = self.store.query(_COUNT_GRAPH.format(g=graph))
        if not isinstance(solutions, QuerySolutions):
            return 0
        n = next(iter(solutions))[0]
        return int(n.value) if isinstance(n, Literal) else 0

    def counts(self, known: Mapping[NamedNode, int] | None = None) -> dict[NamedNode, int]:
        """Quads per named graph, counted inside Oxigraph (iterating them in Python costs ~5 µs each).

        ``known`` gives the counts of graphs the caller has just loaded: only the others are counted,
        each by itself when they are few (a scan of that graph, not of the whole store).
        """
        known = known or {}
        graphs = [g for g in self.store.named_graphs() if isinstance(g, NamedNode)]
        rest = [g for g in graphs if g not in known]
        if len(rest) > _FEW_GRAPHS:
            out = self._count_all()
            out.update((g, n) for g, n in known.items() if g in out)
            return out
        out = {g: n for g, n in known.items() if self.store.contains_named_graph(g)}
        for g in rest:
            if n := self.count_graph(g):
                out[g] = n
        return out

    def _count_all(self) -> dict[NamedNode, int]:
        out: dict[NamedNode, int] = {}
        for row in self.store.query(_COUNT_GRAPHS):  # type: ignore[union-attr]
            graph, n = row[0], row[1]
            if isinstance(graph, NamedNode) and isinstance(n, Literal):
                out[graph] = int(n.value)
        return out

    def dump(self, out: Path, fmt: RdfFormat, *, from_graph: NamedNode | None = None) -> None:
        """Serialise the store (all named graphs, or one graph for triple formats)."""
        kwargs: dict[str, object] = (
            {"prefixes": PREFIXES} if fmt in (RdfFormat.TURTLE, RdfFormat.TRIG) else {}
        )
        try:
            if fmt.supports_datasets:
                self.store.dump(str(out), fmt, **kwargs)  # type: ignore[arg-type]
            else:
                self._dump_union(out, fmt, from_graph, kwargs)
        except OSError as exc:
            raise StoreError(f"cannot write {out}: {exc}") from exc

    def _dump_union(
        self, out: Path, fmt: RdfFormat, from_graph: NamedNode | None, kwargs: dict[str, object]
    ) -> None:
        if from_graph is not None:
            self.store.dump(str(out), fmt, from_graph=from_graph, **kwargs)  # type: ignore[arg-type]
            return
        # A triple format holds no graph names: write the union (the set of distinct triples).
        union = Store()
        union.bulk_extend(Quad(q.subject, q.predicate, q.object, DefaultGraph()) for q in self.store)
        union.dump(str(out), fmt, from_graph=DefaultGraph(), **kwargs)  # type: ignore[arg-type]

    # ------------------------------------------------------------------ lifecycle
    def flush(self) -> None:
        if not self.read_only:
            self.store.flush()

    def close(self) -> None:
        self.flush()
        del self.store  # pyoxigraph releases the directory lock when the Store is dropped

    def __enter__(self) -> KnowledgeStore:
        return self

    def __exit__(
        self, *exc: tuple[type[BaseException] | None, BaseException | None, TracebackType | None]
    ) -> None:
        self.close()

    def _writable(self) -> None:
        if self.read_only:
            raise StoreError(f"store {self.path} is open read-only")


def open_store(
    path: str | Path | None, read_only: bool = False, *, base_iri: str | None = None
) -> KnowledgeStore:
    """Open (creating it when writable) the on-disk store at ``path``; None gives an in-memory store.

    Raises StoreError when another process holds the directory.
    """
    iris = Iris(base_iri) if base_iri else Iris()
    if path is None:
        return KnowledgeStore(Store(), None, iris, False)
    where = Path(path)
    try:
        if read_only:
            if not where.is_dir():
                raise StoreError(f"store {where} does not exist (run `govkg build` first)")
            store = Store.read_only(str(where))
        else:
            where.mkdir(parents=True, exist_ok=True)
            store = Store(str(where))
    except OSError as exc:
        if _LOCKED.search(str(exc)):
            raise StoreError(
                f"store {where} is locked by another process (is `govkg serve` running?)"
            ) from exc
        raise StoreError(f"cannot open store {where}: {exc}") from exc
    return KnowledgeStore(store, where, iris, read_only)
