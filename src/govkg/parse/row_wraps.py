"""parse.row_wraps: an indented continuation row of a two-column roll call → the body of its row.

"Ale kommun      Anna Berg, chef" / "                Per Ek, strateg": a body cell at the margin, a
person after a column gap, and a second person of the same body on the next, indented line whose
body cell is left empty. The second person belongs to the row's body.
"""

from __future__ import annotations

import re

from govkg.gazetteer import Gazetteer
from govkg.model import Quote
from govkg.parse.entry import name_length
from govkg.parse.lines import Kind
from govkg.parse.textdoc import LinedText

_GAP = re.compile(r"\t+| {3,}")


def row_body(d: LinedText, j: int, gaz: Gazetteer) -> tuple[Quote, str, str | None] | None:
    """The body cell of the row above an indented continuation line j, as a group, or None."""
    if not d.lines[j].raw[:1].isspace():
        return None
    k = j - 1
    while k >= 0 and d.lines[k].kind is Kind.BLANK:
        k -= 1
    if k < 0 or d.lines[k].raw[:1].isspace() or d.lines[k].kind is not Kind.TEXT:
        return None
    above = d.lines[k]
    m = _GAP.search(above.text)
    if m is None or m.start() == 0 or name_length(above.text, m.end(), len(above.text)) == 0:
        return None
    body = above.text[: m.start()].strip()
    found = gaz.affiliation(body) if gaz.lookup(body) else None
    if not found:
        return None  # only a body the gazetteer knows: an unknown first cell may be a label or a name
    offset = above.text.index(body)
    return (
        d.quote(above.start + offset, above.start + offset + len(body)),
        found[0],
        getattr(found[1], "id", None),
    )
