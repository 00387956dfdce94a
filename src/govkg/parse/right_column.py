"""parse.right_column: normalised lines of a two-column page → the left column, then the right column.

``pdftotext -layout`` of a two-column first page puts header labels and the agenda on the left and
the roll call on the right of the same lines: "Datum: 5 februari 2027        Närvarande". A roll-call
cue standing after a column gap, with text on its left, opens a right-hand column; the cells at that
column on the lines below are read as a block of their own, placed after the left column's lines.
Offsets stay those of the source; only the order of the pieces changes.
"""

from __future__ import annotations

import re

from govkg.normalise import NLine
from govkg.parse.cue_phrases import COLUMN_GAP

# "…text<2+ spaces>Närvarande", "…<gap>Frånvarande:", "…<gap>Deltagare": a cue alone in the right cell
_CUE_CELL = re.compile(
    r"^(?P<left>\S.*?\S)(?P<gap> {2,}|\t+)(?P<cue>(?:n[äa]rvarande|fr[åa]nvarande|deltagare)\s*:?)\s*$",
    re.IGNORECASE,
)
_HINTS = ("varande", "VARANDE", "eltagare", "ELTAGARE")  # a cheap test before the pattern
_MIN_COLUMN = 30  # a right column starts well into the line
_SLACK = 4  # a wrapped continuation cell is indented a little ("  (p 2)", "  ordförande")


def split_right_column(lines: list[NLine]) -> list[NLine]:
    """The lines with a right-hand roll-call column moved below the lines it stood beside."""
    for i, line in enumerate(lines):
        t = line.text
        if not any(h in t for h in _HINTS):
            continue  # most lines: no roll-call cue at all
        m = _CUE_CELL.match(t)
        if m is None or m.start("cue") < _MIN_COLUMN or t.count("\t") >= 2:
            continue  # (a TAB-separated row's last cell, "…<TAB>e-post<TAB>Deltagare", is a table's Roll)
        block = _column_block(lines, i, m.start("cue"))
        if block is None:
            continue
        stop, lefts, rights = block
        return [*lines[:i], *lefts, NLine("", line.end, line.end), *rights, *lines[stop:]]
    return lines


def _column_block(lines: list[NLine], i: int, col: int) -> tuple[int, list[NLine], list[NLine]] | None:
    """Lines i..stop split at ``col``: (stop, left pieces, right cells), or None when no column holds."""
    lefts: list[NLine] = []
    rights: list[NLine] = []
    k = i
    while k < len(lines):
        text = lines[k].text
        if not text.strip():
            lefts.append(lines[k])
            rights.append(lines[k])  # a blank line parts the column's lists ("Närvarande" / "Frånvarande")
            k += 1
            continue
        cut = _cell_start(text, col)
        if cut is None:
            break
        left = text[:cut].rstrip()
        lefts.append(NLine(left, lines[k].start, lines[k].start + len(left)))
        # an indented cell ("  (p 2)", "  kommuner, direktör") keeps its indent: it wraps the entry above
        at = col if col < cut and not text[col:cut].strip() else cut
        cell = text[at:].rstrip()
        rights.append(NLine(cell, lines[k].start + at, lines[k].start + at + len(cell)))
        k += 1
    # trailing blank lines belong after the block
    while k > i and not lines[k - 1].text.strip():
        k -= 1
        lefts.pop()
        rights.pop()
    if sum(1 for r in rights if r.text.strip()) < 3:
        return None
    return k, lefts, rights


def _cell_start(text: str, col: int) -> int | None:
    """Where the right cell of ``text`` starts: after a column gap that ends near ``col``."""
    if len(text) <= col - 2:
        return None  # the line ends before the column: no cell (a full-width line ends the block)
    for gap in COLUMN_GAP.finditer(text):
        if col - 2 <= gap.end() <= col + _SLACK:
            return gap.end()
    if text[: col - 2].strip() == "" and len(text) - len(text.lstrip()) <= col + _SLACK:
        return len(text) - len(text.lstrip())
    return None


# a wrapped piece of the entry above: lower-case ("ordförande", "kommuner, direktör") or a bracket ("(p 2)")
_WRAP = re.compile(r"^\s+(?:\(|[a-zåäö])")


def is_wrap(raw: str) -> bool:
    """An indented continuation of the entry above, no entry of its own."""
    return _WRAP.match(raw) is not None and len(raw.split()) <= 4


def joined_wrap(text: str, end: int, nxt_start: int) -> str | None:
    """``text`` with the break between an entry (ending at ``end``) and its wrap made one space run.

    Offsets stay the same: the newline and indent become spaces, so "Anna Berg, Skånes" + "kommuner"
    read as one entry; None when anything but the break and indent lies between.
    """
    between = text[end:nxt_start]
    if between.count("\n") != 1 or between.strip():
        return None
    return text[:end] + " " * len(between) + text[nxt_start:]
