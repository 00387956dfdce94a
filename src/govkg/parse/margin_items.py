"""parse.margin_items: normalised lines of a margin-heading page → heading, title wraps, then the text.

``pdftotext -layout`` of a Word document with margin headings, or of an agenda set as a table ("Nr
Punkt  Anteckningar"), puts an item's heading and the first line of its text on one line: "2.
Verksamhet och     Anders Björnfot redovisade …". A long heading wraps in its margin while the text
runs on in the right column ("ekonomi 2027      2027. Resultatet …"). When the lines below an item
heading go on at the column after its gap, the heading is cut at the gap, its wrapped margin pieces
follow it, and the right column's pieces come after them. Offsets stay those of the source; only the
order of the pieces changes. parse.lines joins the margin pieces to the heading's title.
"""

from __future__ import annotations

import re

from govkg.normalise import NLine
from govkg.parse.entry import name_length
from govkg.parse.markup import Kind, Line

# "2. Verksamhet och<gap>Anders …", "1.   Mötets öppnande<gap>Ordföranden …": number, title, gap, text
_MARGIN_HEADING = re.compile(r"^ {0,2}(?:§\s*)?\d{1,2}[.)]?\s+(?P<title>\S.*?)(?P<gap> {3,}|\t+)(?P<text>\S)")
_GAP = re.compile(r" {3,}|\t+")
_SLACK = 1  # pdftotext may set a column's line one place off
_MIN_HEADINGS = 2  # a margin column holds the agenda: two headings or more at one offset


def split_margin_items(lines: list[NLine]) -> tuple[list[NLine], set[int]]:
    """The lines with margin headings cut at their gap, and the starts of the title's wrapped pieces."""
    found: dict[int, int] = {}  # heading line → the right column's offset
    for i, line in enumerate(lines):
        m = _MARGIN_HEADING.match(line.text)
        if m and not _a_name(m.group("title")) and _column_goes_on(lines, i, m.start("text")):
            found[i] = m.start("text")
    columns = list(found.values())
    found = {i: col for i, col in found.items() if _near_count(columns, col) >= _MIN_HEADINGS}
    if not found:
        return lines, set()
    out: list[NLine] = []
    wraps: set[int] = set()
    i = 0
    while i < len(lines):
        if i not in found:
            out.append(lines[i])
            i += 1
            continue
        col = found[i]
        margins: list[NLine] = []
        texts: list[NLine] = []
        k = i
        while k < len(lines) and (k == i or (k not in found and _margin_piece(lines[k].text, col))):
            left, right = _cut(lines[k], col)
            margins.append(left)
            texts.append(right)
            k += 1
        if k < len(lines) and _margin_only(lines[k].text, col, margins[-1].text):
            margins.append(lines[k])  # "länet": the heading wraps once more below its text
            k += 1
        wraps.update(piece.start for piece in margins[1:])
        out.extend([*margins, *texts])
        i = k
    return out, wraps


def _a_name(title: str) -> bool:
    """ "1. Anna Berg<gap>Ale kommun": a numbered roll call's row, its columns name and body."""
    return name_length(title, 0, len(title)) == len(title)


def _near_count(columns: list[int], col: int) -> int:
    return sum(1 for c in columns if abs(c - col) <= _SLACK)


def _column_goes_on(lines: list[NLine], i: int, col: int) -> bool:
    """The next text line sits at ``col``: indented to it, or a margin piece and a gap ending there."""
    nxt = next((ln for ln in lines[i + 1 : i + 3] if ln.text.strip()), None)
    if nxt is None:
        return False
    text = nxt.text
    indent = len(text) - len(text.lstrip(" "))
    if indent and abs(indent - col) <= _SLACK:
        return True
    return _margin_piece(text, col)


def _margin_piece(text: str, col: int) -> bool:
    """Text in the margin, then a gap that ends at ``col``: a wrapped heading beside its text."""
    stripped = text.lstrip(" ")
    if not stripped or len(text) - len(stripped) >= col - 3 or len(text) <= col:
        return False
    indent = len(text) - len(stripped)
    return any(
        abs(gap.end() - col) <= _SLACK and gap.start() > indent and "  " not in text[indent : gap.start()]
        for gap in _GAP.finditer(text)
    )


_JOINING = re.compile(r"(?:\s(?:och|i|för|av|om|med|till|på)|[,–-])$")


def _margin_only(text: str, col: int, above: str) -> bool:
    """A short line in the margin alone that goes on from the piece above ("i" / "länet")."""
    stripped = text.strip()
    if not stripped or len(text.rstrip()) >= col - 2 or _GAP.search(stripped) or _MARGIN_HEADING.match(text):
        return False
    return stripped[0].islower() or _JOINING.search(above.rstrip()) is not None


def _cut(line: NLine, col: int) -> tuple[NLine, NLine]:
    """The margin piece and the right column's piece of one line (offsets those of the source)."""
    text = line.text
    gap = next(g for g in _GAP.finditer(text) if abs(g.end() - col) <= _SLACK or g.end() >= col - _SLACK)
    left = text[: gap.start()]
    right = text[gap.end() :].rstrip()
    return (
        NLine(left, line.start, line.start + len(left)),
        NLine(right, line.start + gap.end(), line.start + gap.end() + len(right)),
    )


def join_title_wraps(lines: list[Line], wraps: set[int]) -> None:
    """A margin heading's wrapped pieces join its title; as lines of their own they are no text."""
    head: Line | None = None
    for line in lines:
        if line.start in wraps and head is not None and line.text.strip():
            head.title_more = [*(head.title_more or []), (line.start, line.end)]
            line.kind, line.rest, line.number = Kind.BLANK, None, None
            continue
        if line.kind is not Kind.BLANK:
            head = line if line.kind is Kind.ITEM and line.rest else None
