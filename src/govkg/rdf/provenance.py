"""rdf.provenance: Document + spans → document node, extraction run and oa:Annotation quads.

Every mention becomes a W3C Web Annotation on the document node with a TextPositionSelector
(code points of ``Document.text``) and a TextQuoteSelector whose ``exact`` is cut from the text by
those offsets, so the two selectors can never disagree. Selector nodes get hash IRIs under the
annotation IRI instead of blank nodes, so a graph is equal to itself across builds.
"""

from __future__ import annotations

from dataclasses import dataclass

from pyoxigraph import Literal, NamedNode

from govkg.model import Document, Span
from govkg.rdf.iris import Iris
from govkg.rdf.quads import QuadSink, offset, text
from govkg.vocab import DCT, FOAF, GK, OA, PROV, RDF, RDFS, SCHEMA

CONTEXT_CHARS = 32  # prefix/suffix length of a TextQuoteSelector


@dataclass(frozen=True, slots=True)
class Provenance:
    """The nodes every fact of one document points back to."""

    iris: Iris
    key: str  # meeting key
    document: NamedNode
    run: NamedNode
    text: str


def describe_document(
    sink: QuadSink,
    iris: Iris,
    key: str,
    doc: Document,
    graph: NamedNode,
    version: str,
    entities: QuadSink | None = None,
) -> Provenance:
    """The document node (file name, sha256, source) and the extraction run that read it.

    The software agent is shared by every document of a version: it is described in ``entities``
    (the shared entities graph) when given, else in ``sink``.
    """
    node = iris.document(doc.sha256)
    sink.add(node, RDF.type, FOAF.Document)
    sink.add(node, RDF.type, SCHEMA.DigitalDocument)
    sink.add(node, DCT.title, text(doc.filename))
    sink.add(node, GK.sha256, text(doc.sha256))
    sink.add(node, DCT.source, text(doc.path))
    sink.add(node, SCHEMA.encodingFormat, text(doc.media_type))
    sink.add(node, GK.graph, graph)

    agent = iris.software(version)
    shared = entities if entities is not None else sink
    shared.add(agent, RDF.type, PROV.SoftwareAgent)
    shared.add(agent, RDFS.label, text(f"govkg {version}"))
    shared.add(agent, SCHEMA.softwareVersion, text(version))

    run = iris.run(doc.sha256, version)
    sink.add(run, RDF.type, PROV.Activity)
    sink.add(run, RDFS.label, text(f"extraction of {doc.filename} by govkg {version}"))
    sink.add(run, PROV.used, node)
    sink.add(run, PROV.wasAssociatedWith, agent)
    return Provenance(iris, key, node, run, doc.text)


def annotate(
    sink: QuadSink,
    prov: Provenance,
    span: Span,
    motivation: NamedNode,
    *,
    body: NamedNode | None = None,
    body_value: str | None = None,
    part_of: NamedNode | None = None,
    extra: tuple[tuple[NamedNode, Literal], ...] = (),
) -> NamedNode:
    """One oa:Annotation of ``text[span.start:span.end]`` with its body; returns the annotation IRI."""
    if span.end > len(prov.text):
        raise ValueError(f"span {span.start}..{span.end} beyond the text ({len(prov.text)} code points)")
    body_key = body.value if body is not None else f"value:{body_value}"
    ann = prov.iris.annotation(prov.key, span.start, span.end, body_key, motivation.value)
    sink.add(ann, RDF.type, OA.Annotation)
    sink.add(ann, OA.motivatedBy, motivation)
    if body is not None:
        sink.add(ann, OA.hasBody, body)
    if body_value is not None:
        sink.add(ann, OA.bodyValue, text(body_value))
    target = NamedNode(ann.value + "#target")
    position = NamedNode(ann.value + "#position")
    quote = NamedNode(ann.value + "#quote")
    sink.add(ann, OA.hasTarget, target)
    sink.add(target, RDF.type, OA.SpecificResource)
    sink.add(target, OA.hasSource, prov.document)
    sink.add(target, OA.hasSelector, position)
    sink.add(target, OA.hasSelector, quote)
    sink.add(position, RDF.type, OA.TextPositionSelector)
    sink.add(position, OA.start, offset(span.start))
    sink.add(position, OA.end, offset(span.end))
    sink.add(quote, RDF.type, OA.TextQuoteSelector)
    sink.add(quote, OA.exact, text(prov.text[span.start : span.end]))
    sink.add(quote, OA.prefix, text(prov.text[max(0, span.start - CONTEXT_CHARS) : span.start]))
    sink.add(quote, OA.suffix, text(prov.text[span.end : span.end + CONTEXT_CHARS]))
    if part_of is not None:
        sink.add(ann, DCT.isPartOf, part_of)
    sink.add(ann, PROV.wasGeneratedBy, prov.run)
    for p, o in extra:
        sink.add(ann, p, o)
    return ann
