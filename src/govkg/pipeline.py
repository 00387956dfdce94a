"""pipeline: minutes files and reviewed extraction JSONs → named graphs in the store (``govkg build``).

Per file: read → parse → extract (or a reviewed JSON read back); then resolve across all files;
then per document: map to its named graph and load it (replace in one transaction, skip when
unchanged); then the entities graph (every person, organisation and membership described once),
the derived graph, the ontology and topic graphs, and the dataset description.
One bad file never stops the others: it becomes a ``Failure`` in the report.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from pyoxigraph import NamedNode, Quad, parse

from govkg import __version__
from govkg.errors import GovkgError
from govkg.ingest import Progress, extract_files, no_progress
from govkg.link import write_registry
from govkg.model import Minutes
from govkg.rdf.derived import Facts, attendance_keys, derive, document_graphs
from govkg.rdf.entities import Entities
from govkg.rdf.mapping import MappedDocument, key_of, map_minutes
from govkg.rdf.orgs import OrgLookup, gazetteer_lookup, no_registry
from govkg.rdf.quads import graph_hash
from govkg.rdf.void import describe
from govkg.resources import ontology_dir
from govkg.store import KnowledgeStore, LoadStatus
from govkg.vocab import DEFAULT_BASE_IRI

BULK_THRESHOLD = 200  # documents in one build from which the bulk loader pays off for new graphs
CHUNK = 250  # documents mapped and loaded at a time (bounds the memory of a build)


@dataclass(slots=True)
class Failure:
    path: str
    message: str


@dataclass(slots=True)
class BuildReport:
    documents: int = 0
    triples: int = 0  # quads in the store after the build
    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    failures: list[Failure] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    graphs: dict[str, LoadStatus] = field(default_factory=dict)  # document graph IRI → status

    @property
    def failed(self) -> int:
        return len(self.failures)

    def summary(self) -> str:
        return (
            f"documents: {self.documents}, triples: {self.triples}, added: {self.added}, "
            f"replaced: {self.replaced}, unchanged: {self.unchanged}, failed: {self.failed}"
        )


def _unique_keys(minutes: Sequence[Minutes]) -> dict[int, str]:
    """Meeting keys per document; different documents with the same body and date are told apart
    by their hash (the first by hash order keeps the plain key, so the choice is deterministic)."""
    by_key: dict[str, list[int]] = defaultdict(list)
    for i, m in enumerate(minutes):
        by_key[key_of(m)].append(i)
    keys: dict[int, str] = {}
    for k, idx in by_key.items():
        ordered = sorted(idx, key=lambda i: minutes[i].document.sha256)
        for rank, i in enumerate(ordered):
            keys[i] = k if rank == 0 else f"{k}-{minutes[i].document.sha256[:8]}"
    return keys


def rebased(quads: Iterable[Quad], base: str) -> Iterator[Quad]:
    """Quads whose IRIs under the default instance base move to ``base`` (for topics.ttl)."""
    if base == DEFAULT_BASE_IRI:
        yield from quads
        return

    def move(term: object) -> object:
        if isinstance(term, NamedNode) and term.value.startswith(DEFAULT_BASE_IRI):
            return NamedNode(base + term.value[len(DEFAULT_BASE_IRI) :])
        return term

    for q in quads:
        yield Quad(move(q.subject), q.predicate, move(q.object), q.graph_name)  # type: ignore[arg-type]


def load_vocabularies(kg: KnowledgeStore) -> None:
    """The ontology and the topic scheme, each in its own named graph."""
    for name, graph in (("govkg.ttl", kg.iris.ontology_graph), ("topics.ttl", kg.iris.topics_graph)):
        path = ontology_dir() / name
        if not path.is_file():
            continue
        try:
            quads = [Quad(q.subject, q.predicate, q.object, graph) for q in parse(path=str(path))]
        except (OSError, SyntaxError, ValueError) as exc:
            raise GovkgError(f"cannot read {name}: {exc}", source=str(path)) from exc
        kg.load_graph(graph, list(rebased(quads, kg.iris.base)))


def default_lookup() -> OrgLookup:
    try:
        return gazetteer_lookup()
    except (ImportError, GovkgError):
        return no_registry


def build(
    paths: Iterable[Path],
    kg: KnowledgeStore,
    *,
    metadata: Mapping[str, str] | None = None,
    lookup: OrgLookup | None = None,
    progress: Progress[Path] = no_progress,
    version: str = __version__,
    workers: int | None = None,
) -> BuildReport:
    """Extract (in ``workers`` processes, default one per core for big batches), resolve, map and
    load the given files and folders into ``kg``; never raises for one bad file (it is in
    ``report.failures``). Store errors do raise (StoreError).

    Example::

        with open_store("govkg-data") as kg:
            print(build([Path("examples/minutes")], kg).summary())
    """
    report = BuildReport()
    batch = extract_files(paths, metadata, reviewed_json=True, progress=progress, workers=workers)
    # the message without its source: the CLI prints the path in front of it
    report.failures.extend(Failure(str(f.path), Exception.__str__(f.error)) for f in batch.failures)
    minutes = batch.minutes
    return load_minutes(minutes, kg, lookup=lookup, version=version, report=report)


def load_minutes(
    minutes: Sequence[Minutes],
    kg: KnowledgeStore,
    *,
    lookup: OrgLookup | None = None,
    version: str = __version__,
    report: BuildReport | None = None,
) -> BuildReport:
    """Map resolved Minutes to their named graphs, load them, then refresh the entities graph, the
    derived graph, the vocabularies and the dataset description. Documents already in the store and
    not given here stay.

    Memory stays bounded: documents are mapped and loaded ``CHUNK`` at a time, and only the few
    facts the derived graph needs are kept from each (``Facts``), plus the entity descriptions
    (``Entities``: one copy per entity, however many documents mention it), never the corpus's quads.
    """
    report = report or BuildReport()
    keys = _unique_keys(minutes)
    lookup = lookup or default_lookup()
    bulk = len(minutes) >= BULK_THRESHOLD
    facts = Facts()
    entities = Entities(kg.iris.entities_graph)
    sizes: dict[NamedNode, int] = {}  # quads per document graph mapped in this build
    chunk: list[MappedDocument] = []
    for i, m in enumerate(minutes):
        try:
            d = map_minutes(m, iris=kg.iris, lookup=lookup, version=version, key_=keys[i])
        except (GovkgError, ValueError) as exc:
            report.failures.append(Failure(m.document.path, f"cannot map to RDF: {exc}"))
            continue
        facts.add(d.quads)
        entities.add(d.entities)
        sizes[d.graph] = len(d.quads)
        chunk.append(d)
        if len(chunk) >= CHUNK:
            _load_documents(kg, chunk, report, bulk=bulk)
            chunk = []
    _load_documents(kg, chunk, report, bulk=bulk)
    del chunk
    bodiless = [m.document.filename for m in minutes if not m.meeting.body]
    if bodiless:
        report.warnings.append(
            f"{len(bodiless)} document(s) name no meeting body, so no network or memberships for them "
            f"(give --body): {', '.join(sorted(bodiless)[:3])}{'…' if len(bodiless) > 3 else ''}"
        )

    # documents loaded by earlier builds and not given now count too
    earlier = Facts()
    earlier.add_from_store(kg, old := document_graphs(kg) - sizes.keys())
    entities.keep_from_store(kg, old, attendance_keys(earlier))
    facts.update(earlier)
    entity_quads = entities.quads()
    del entities
    facts.add(entity_quads)  # the memberships
    kg.load_graph(kg.iris.entities_graph, entity_quads)
    kg.load_graph(kg.iris.derived_graph, derive(kg, facts))
    load_vocabularies(kg)
    write_registry(kg)  # SCB codes, Wikidata, Kolada, org numbers: offline, from the shipped tables
    counts = kg.counts({**sizes, kg.iris.entities_graph: len(entity_quads)})
    kg.set_meta_description(describe(kg, known=counts))
    kg.flush()
    report.documents = len(sizes)
    meta = kg.iris.meta_graph
    report.triples = sum(n for g, n in counts.items() if g != meta) + kg.count_graph(meta)
    return report


def _load_documents(
    kg: KnowledgeStore, mapped: list[MappedDocument], report: BuildReport, *, bulk: bool
) -> None:
    """Load one chunk of mapped documents: new graphs with the bulk loader in a big build, the
    others (and all in a small build) each in its own transaction."""
    digests = {d.graph.value: graph_hash(d.quads) for d in mapped}
    statuses = {d.graph.value: kg.status_of(d.graph, digests[d.graph.value]) for d in mapped}
    new = [d for d in mapped if statuses[d.graph.value] == "added"]
    if bulk and new:
        kg.bulk_load_graphs((d.graph, d.quads, digests[d.graph.value]) for d in new)
    for d in mapped:
        status = statuses[d.graph.value]
        if not (bulk and status == "added"):
            status = kg.load_graph(d.graph, d.quads, digest=digests[d.graph.value])
        report.graphs[d.graph.value] = status
        setattr(report, status, getattr(report, status) + 1)
