"""rdf.quads: small helpers shared by the mappers (a de-duplicating quad sink, typed literals)."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from decimal import Decimal

from pyoxigraph import BlankNode, Literal, NamedNode, Quad, RdfFormat, serialize

from govkg.vocab import XSD

Subject = NamedNode | BlankNode
Object = NamedNode | BlankNode | Literal

_DATE_TYPES = (
    (re.compile(r"^\d{4}-\d{2}-\d{2}$"), XSD.date),
    (re.compile(r"^\d{4}-\d{2}$"), XSD.gYearMonth),
    (re.compile(r"^\d{4}$"), XSD.gYear),
)


class QuadSink:
    """Collects the triples of one named graph, in insertion order, without duplicates."""

    def __init__(self, graph: NamedNode) -> None:
        self.graph = graph
        self._quads: dict[Quad, None] = {}

    def add(self, s: Subject, p: NamedNode, o: Object) -> None:
        self._quads[Quad(s, p, o, self.graph)] = None

    def add_all(self, s: Subject, p: NamedNode, objects: Iterable[Object]) -> None:
        for o in objects:
            self.add(s, p, o)

    def quads(self) -> list[Quad]:
        return list(self._quads)

    def __len__(self) -> int:
        return len(self._quads)


def text(value: str, lang: str | None = None) -> Literal:
    return Literal(value, language=lang) if lang else Literal(value)


def integer(value: int) -> Literal:
    return Literal(str(value), datatype=XSD.integer)


def offset(value: int) -> Literal:
    """A text offset. OA's range is xsd:nonNegativeInteger, but Oxigraph stores that as xsd:integer
    (it normalises derived numeric types, oxigraph/oxigraph#526), so we write what it keeps."""
    return integer(value)


def boolean(value: bool) -> Literal:
    return Literal("true" if value else "false", datatype=XSD.boolean)


def decimal(value: float) -> Literal:
    # canonical lexical form ("0.5", not "0.500"), as Oxigraph would normalise it anyway
    return Literal(format(Decimal(f"{value:.3f}").normalize(), "f"), datatype=XSD.decimal)


def iso_date(value: str) -> Literal | None:
    """An ISO date, year-month or year as xsd:date / xsd:gYearMonth / xsd:gYear; None otherwise."""
    for pattern, datatype in _DATE_TYPES:
        if pattern.match(value):
            return Literal(value, datatype=datatype)
    return None


def graph_hash(quads: Iterable[Quad]) -> str:
    """SHA-256 of the sorted N-Quads lines: equal for equal graphs (no blank nodes are minted)."""
    lines = (serialize(quads, format=RdfFormat.N_QUADS) or b"").splitlines()
    lines.sort()
    # one update of the joined lines: the same digest as line by line, without a call per quad
    return hashlib.sha256(b"\n".join(lines) + b"\n" if lines else b"").hexdigest()
