"""link.rq: a canned query for a remote endpoint + a list of IRIs → the query text with them bound.

``govkg.queries`` binds one row of parameters; the registry's Wikidata query takes a whole list of
items, so the query's ``#@values`` marker line becomes ``VALUES ?var { <iri> <iri> … }``, written
from the N-Triples form of the terms (IRIs that pyoxigraph checked when they were made): no user
text is pasted into the query.

>>> from pyoxigraph import NamedNode
>>> bind_values("SELECT * {\\n  #@values\\n}", "x", [NamedNode("http://example.org/a")])
'SELECT * {\\n  VALUES ?x { <http://example.org/a> }\\n}'
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from pyoxigraph import NamedNode

from govkg.errors import QueryError
from govkg.queries import VALUES_MARKER, CannedQuery, parse_query


def read_rq(path: Path) -> CannedQuery:
    """A ``.rq`` file with its ``#+`` header checked by the grammar of ``queries/README.md``."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise QueryError(f"cannot read query file: {exc}", source=str(path)) from exc
    return parse_query(text, path.stem, path)


def bind_values(query: str, var: str, terms: Sequence[NamedNode]) -> str:
    """Replace the one ``#@values`` line of ``query`` by a VALUES block of ``?var`` over ``terms``."""
    if not re.fullmatch(r"[A-Za-z_]\w*", var):
        raise QueryError(f"not a variable name: {var!r}")
    lines = query.split("\n")
    marks = [i for i, line in enumerate(lines) if line.strip() == VALUES_MARKER]
    if len(marks) != 1:
        raise QueryError(f"the query needs exactly one {VALUES_MARKER} line")
    i = marks[0]
    indent = lines[i][: len(lines[i]) - len(lines[i].lstrip())]
    lines[i] = f"{indent}VALUES ?{var} {{ {' '.join(str(t) for t in terms)} }}"
    return "\n".join(lines)
