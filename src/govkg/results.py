"""results: rows of RDF terms from a SELECT → table, CSV or SPARQL 1.1 Query Results JSON.

>>> from pyoxigraph import Literal
>>> print(QueryResult(["n"], [(Literal(3),)]).to_csv(), end="")
n
3
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from pyoxigraph import BlankNode, Literal, NamedNode, Triple

from govkg.rdf.iris import base_iri_from_env
from govkg.vocab import PREFIXES, XSD

Term = NamedNode | BlankNode | Literal | Triple
Row = tuple[Term | None, ...]
FORMATS = ("table", "csv", "json")
_MAX_CELL = 60


@dataclass(slots=True)
class QueryResult:
    """The variables of a SELECT and its rows (None where a variable is unbound)."""

    variables: list[str]
    rows: list[Row] = field(default_factory=list)

    def values(self) -> list[tuple[str | None, ...]]:
        """Rows of plain strings: an IRI's text, a literal's lexical form."""
        return [tuple(None if t is None else plain(t) for t in row) for row in self.rows]

    def dicts(self) -> list[dict[str, str]]:
        return [
            {v: x for v, x in zip(self.variables, row, strict=True) if x is not None} for row in self.values()
        ]

    def to_json(self) -> str:
        """SPARQL 1.1 Query Results JSON."""
        bindings = [
            {v: term_json(t) for v, t in zip(self.variables, row, strict=True) if t is not None}
            for row in self.rows
        ]
        doc = {"head": {"vars": self.variables}, "results": {"bindings": bindings}}
        return json.dumps(doc, ensure_ascii=False, indent=1) + "\n"

    def to_csv(self) -> str:
        """SPARQL 1.1 CSV: a header of variable names, plain values, empty for unbound."""
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(self.variables)
        for row in self.values():
            writer.writerow(["" if x is None else x for x in row])
        return out.getvalue()

    def to_table(self, *, width: int = _MAX_CELL) -> str:
        """Aligned columns for a terminal: IRIs shortened by the known prefixes, long cells cut."""
        cells = [[_cell(t, width) for t in row] for row in self.rows]
        widths = [max([len(v), *(len(r[i]) for r in cells)]) for i, v in enumerate(self.variables)]
        lines = ["  ".join(v.ljust(w) for v, w in zip(self.variables, widths, strict=True)).rstrip()]
        lines.append("  ".join("-" * w for w in widths))
        lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in cells]
        lines.append(f"({len(self.rows)} row{'s' if len(self.rows) != 1 else ''})")
        return "\n".join(lines) + "\n"

    def render(self, fmt: str) -> str:
        if fmt == "json":
            return self.to_json()
        if fmt == "csv":
            return self.to_csv()
        return self.to_table()


def plain(term: Term) -> str:
    if isinstance(term, NamedNode | Literal):
        return term.value
    if isinstance(term, BlankNode):
        return f"_:{term.value}"
    return str(term)


def term_json(term: Term) -> dict[str, str]:
    if isinstance(term, NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, Literal):
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype != XSD.string:
            out["datatype"] = term.datatype.value
        return out
    return {"type": "triple", "value": str(term)}


def term_from_json(binding: Mapping[str, Any]) -> Term:
    """A term from one SPARQL JSON binding (``uri``, ``literal``/``typed-literal``, ``bnode``)."""
    kind, value = binding.get("type"), str(binding.get("value", ""))
    if kind == "uri":
        return NamedNode(value)
    if kind == "bnode":
        return BlankNode(value)
    if kind in ("literal", "typed-literal"):
        if "xml:lang" in binding:
            return Literal(value, language=str(binding["xml:lang"]))
        if "datatype" in binding:
            return Literal(value, datatype=NamedNode(str(binding["datatype"])))
        return Literal(value)
    raise ValueError(f"unsupported SPARQL JSON term type {kind!r}")


def _short(iri: str) -> str:
    # instance IRIs lose the base, in the form `-p NAME VALUE` accepts back (kommun/1440)
    base = base_iri_from_env()
    if iri.startswith(base) and len(iri) > len(base):
        return iri[len(base) :]
    for prefix, ns in PREFIXES.items():
        if iri.startswith(ns) and len(iri) > len(ns):
            return f"{prefix}:{iri[len(ns) :]}"
    return iri


def _cell(term: Term | None, width: int) -> str:
    if term is None:
        return ""
    text = _short(term.value) if isinstance(term, NamedNode) else plain(term)
    text = " ".join(text.split())  # newlines of a quote would break the table
    return text if len(text) <= width else text[: width - 1] + "…"
