"""link.rq: a ``.rq`` file with a ``#+`` header → its metadata and text; VALUES blocks bound from terms.

A remote endpoint cannot take pyoxigraph substitutions, so a list parameter is bound by filling the
query's empty ``VALUES ?var { }`` block with the N-Triples form of RDF terms (IRIs checked by
pyoxigraph when they were made): no user text is pasted into the query.

>>> from pyoxigraph import NamedNode
>>> bind_values("SELECT * { VALUES ?x { } }", "x", [NamedNode("http://example.org/a")])
'SELECT * { VALUES ?x { <http://example.org/a> } }'
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from pyoxigraph import NamedNode

from govkg.errors import QueryError

_HEADER = re.compile(r"^#\+ ?(.*)$")
_KEY = re.compile(r"^([A-Za-z_][\w-]*):\s*(.*)$")


@dataclass(frozen=True, slots=True)
class RqFile:
    path: Path
    meta: dict[str, str]  # header key → its text (continuation lines joined)
    text: str

    @property
    def title(self) -> str:
        return self.meta.get("title", self.path.stem)


def read_rq(path: Path) -> RqFile:
    """Read a query file and its ``#+ key: value`` header (indented ``#+`` lines continue a value)."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise QueryError(f"cannot read query file: {exc}", source=str(path)) from exc
    meta: dict[str, str] = {}
    last: str | None = None
    for line in text.splitlines():
        m = _HEADER.match(line)
        if m is None:
            if line.strip():
                break
            continue
        body = m.group(1)
        kv = _KEY.match(body)
        if kv and not body.startswith(" "):
            last = kv.group(1)
            meta[last] = kv.group(2).strip()
        elif last is not None:
            meta[last] = f"{meta[last]} {body.strip()}".strip()
    return RqFile(path, meta, text)


def bind_values(query: str, var: str, terms: Sequence[NamedNode]) -> str:
    """Fill the one empty ``VALUES ?var { }`` block of ``query`` with ``terms``."""
    if not re.fullmatch(r"[A-Za-z_]\w*", var):
        raise QueryError(f"not a variable name: {var!r}")
    pattern = re.compile(r"VALUES\s+\?" + var + r"\s*\{\s*\}")
    if len(pattern.findall(query)) != 1:
        raise QueryError(f"the query needs exactly one empty `VALUES ?{var} {{ }}` block")
    values = " ".join(str(t) for t in terms)
    return pattern.sub(lambda _m: f"VALUES ?{var} {{ {values} }}", query)
