"""export.sparql: queries/export/*.rq + a pyoxigraph Store → rows of plain strings.

The projections need only a handful of fixed SELECTs; they live as ``.rq`` files with a ``#+``
header in ``queries/export/`` (SPARQL is never written in Python). Every query runs with the
default graph as the union of the named graphs, since Oxigraph's default graph is empty.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from pyoxigraph import Literal, NamedNode, QuerySolutions, Store

from govkg.errors import ExportError
from govkg.resources import queries_dir

Row = dict[str, str | None]


def export_queries_dir() -> Path:
    return queries_dir() / "export"


@cache
def query_text(name: str) -> str:
    """The text of ``queries/export/<name>.rq``."""
    path = export_queries_dir() / f"{name}.rq"
    try:
        return path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ExportError(f"export query {name!r} not found ({path}): {exc}") from exc


def header(name: str) -> dict[str, str]:
    """The ``#+ key: value`` header of an export query (title, description)."""
    out: dict[str, str] = {}
    for line in query_text(name).splitlines():
        if not line.startswith("#+"):
            break
        key, _, value = line[2:].partition(":")
        out[key.strip()] = value.strip()
    return out


def select(store: Store, name: str) -> list[Row]:
    """Run one export query; each row maps a variable name to the term's lexical value (or None)."""
    try:
        result = store.query(query_text(name), use_default_graph_as_union=True)
    except (SyntaxError, OSError, ValueError) as exc:
        raise ExportError(f"export query {name!r} failed: {exc}") from exc
    if not isinstance(result, QuerySolutions):
        raise ExportError(f"export query {name!r} is not a SELECT")
    names = [v.value for v in result.variables]
    rows: list[Row] = []
    for solution in result:
        row: Row = {}
        for var in names:
            term = solution[var]
            row[var] = term.value if isinstance(term, NamedNode | Literal) else None
        rows.append(row)
    return rows
