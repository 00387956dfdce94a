"""rdf.void: the store's graphs and counts → a VoID/DCAT description of the dataset (``<base>graph/meta``)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from pyoxigraph import NamedNode, Quad

from govkg import __version__
from govkg.rdf.quads import QuadSink, integer, text
from govkg.store import KnowledgeStore
from govkg.vocab import DCAT, DCT, FOAF, GK, PREFIXES, RDF, SCHEMA, VOID

DEFAULT_LICENSE = "http://creativecommons.org/publicdomain/zero/1.0/"


@dataclass(frozen=True, slots=True)
class DatasetInfo:
    title_sv: str = "govkg: kunskapsgraf över regionala nätverks möten"
    title_en: str = "govkg: a knowledge graph of regional networks' meetings"
    license: str = DEFAULT_LICENSE


def describe(
    kg: KnowledgeStore, info: DatasetInfo | None = None, *, known: Mapping[NamedNode, int] | None = None
) -> list[Quad]:
    """The dataset description: title, licence, vocabularies, sources and triple counts per graph.

    Counts leave out the meta graph itself, so describing does not change what it describes.
    ``known``: quads per graph the caller has just loaded (those graphs are not counted again).
    """
    info = info or DatasetInfo()
    iris = kg.iris
    sink = QuadSink(iris.meta_graph)
    ds = iris.dataset
    sink.add(ds, RDF.type, VOID.Dataset)
    sink.add(ds, RDF.type, DCAT.Dataset)
    sink.add(ds, DCT.title, text(info.title_sv, "sv"))
    sink.add(ds, DCT.title, text(info.title_en, "en"))
    sink.add(ds, DCT.license, NamedNode(info.license))
    sink.add(ds, SCHEMA.softwareVersion, text(__version__))
    for ns in sorted(set(PREFIXES.values())):
        sink.add(ds, VOID.vocabulary, NamedNode(ns))
    total = 0
    counts = kg.counts(known)
    for graph in sorted(counts, key=lambda g: g.value):
        if graph == iris.meta_graph:
            continue
        n = counts[graph]
        total += n
        sink.add(ds, VOID.subset, graph)
        sink.add(graph, RDF.type, VOID.Dataset)
        sink.add(graph, VOID.triples, integer(n))
    for q in kg.store.quads_for_pattern(None, RDF.type, FOAF.Document, None):
        if isinstance(q.subject, NamedNode) and q.graph_name != iris.meta_graph:
            sink.add(ds, DCT.source, q.subject)
            sink.add(q.subject, GK.graph, q.graph_name)  # type: ignore[arg-type]
    sink.add(ds, VOID.triples, integer(total))
    return sink.quads()
