"""validate: the store's graphs + ontology/shapes.ttl → SHACL report (conforms, report graph, text).

pySHACL works on rdflib graphs: the quads are converted term by term (no text round trip), all named
graphs into one union graph, since the shapes describe the merged knowledge graph.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import rdflib
from pyoxigraph import BlankNode, Literal, NamedNode, Quad, Triple

from govkg.errors import ValidationError
from govkg.resources import ontology_dir
from govkg.store import KnowledgeStore

SH = rdflib.Namespace("http://www.w3.org/ns/shacl#")
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


@dataclass(frozen=True, slots=True)
class ValidationResult:
    conforms: bool
    report: rdflib.Graph
    text: str
    violations: int
    warnings: int

    def short(self, limit: int = 20) -> list[str]:
        """One line per result: severity, focus node, path, message (the report's short form)."""
        lines: list[str] = []
        for result in self.report.subjects(rdflib.RDF.type, SH.ValidationResult):
            sev = str(self.report.value(result, SH.resultSeverity)).rsplit("#", 1)[-1]
            focus = self.report.value(result, SH.focusNode)
            path = self.report.value(result, SH.resultPath)
            msg = self.report.value(result, SH.resultMessage)
            lines.append(f"{sev}: <{focus}> {f'<{path}> ' if path else ''}{msg}")
        lines.sort()
        return lines[:limit] + ([f"... and {len(lines) - limit} more"] if len(lines) > limit else [])


def _term(t: NamedNode | BlankNode | Literal | Triple) -> rdflib.term.Node:
    if isinstance(t, NamedNode):
        return rdflib.URIRef(t.value)
    if isinstance(t, BlankNode):
        return rdflib.BNode(t.value)
    if isinstance(t, Literal):
        if t.language:
            return rdflib.Literal(t.value, lang=t.language)
        if t.datatype.value == _XSD_STRING:  # rdflib tells "x" and "x"^^xsd:string apart; RDF 1.1 does not
            return rdflib.Literal(t.value)
        return rdflib.Literal(t.value, datatype=rdflib.URIRef(t.datatype.value))
    raise ValidationError("RDF-star triples are not supported by the validator")


def to_rdflib(quads: Iterable[Quad]) -> rdflib.Graph:
    """The union of the quads' graphs as one rdflib Graph."""
    graph = rdflib.Graph()
    for q in quads:
        graph.add((_term(q.subject), _term(q.predicate), _term(q.object)))
    return graph


def shapes_graph(path: Path | None = None) -> rdflib.Graph:
    where = path or ontology_dir() / "shapes.ttl"
    try:
        return rdflib.Graph().parse(where, format="turtle")
    except Exception as exc:  # rdflib raises many kinds for a bad file
        raise ValidationError(f"cannot read the shapes: {exc}", source=str(where)) from exc


def validate_graph(data: rdflib.Graph, shapes: rdflib.Graph | None = None) -> ValidationResult:
    """SHACL-validate one rdflib graph. Warnings do not break conformance; violations do."""
    import pyshacl

    try:
        conforms, report, text = pyshacl.validate(
            data,
            shacl_graph=shapes if shapes is not None else shapes_graph(),
            inference="none",
            allow_warnings=True,
            advanced=True,
        )
    except Exception as exc:  # pySHACL's own errors (bad shapes, unsupported features)
        raise ValidationError(f"SHACL validation could not run: {exc}") from exc
    severities = list(report.objects(None, SH.resultSeverity))
    return ValidationResult(
        bool(conforms),
        report,
        str(text),
        sum(1 for s in severities if s == SH.Violation),
        sum(1 for s in severities if s == SH.Warning),
    )


def validate_store(kg: KnowledgeStore, shapes: rdflib.Graph | None = None) -> ValidationResult:
    """Validate everything in the store (all named graphs, as one union)."""
    return validate_graph(to_rdflib(kg.quads()), shapes)
