"""parse.markup: a normalised line → Line, its decoration (headings, bullets, boxes, emphasis) stripped.

Markdown, Typst, Word and e-mail text decorate lines with ``#``, ``**``, bullets, checkboxes and
table pipes. Only the words count: this module strips the decoration and keeps the offsets of what is
left, so every later reading can quote the document exactly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from govkg.normalise import NLine


class Kind(Enum):
    BLANK = "blank"
    TITLE = "title"  # "Anteckningar", "Protokoll", "Minnesanteckningar från …"
    ATTENDANCE = "attendance"  # NÄRVARANDE, "Närvarande:", Frånvarande, Förhinder…
    RECORDER = "recorder"  # "Antecknat av", "Vid protokollet", "Sekreterare"…
    CLOSING = "closing"  # an e-mail's greeting or quoted original: the minutes end above it
    ITEM = "item"  # a numbered heading
    TEXT = "text"


@dataclass(slots=True)
class Line:
    """A normalised line with its decoration stripped: ``text`` = norm.text[start:end]."""

    index: int
    raw: str  # the whole normalised line
    text: str  # content without markup
    start: int  # normalised offsets of ``text``
    end: int
    heading_level: int  # markdown "#" count, Typst "=" count, 0 for none; bold-only lines count as 9
    bullet: bool
    cells: list[tuple[int, int]] | None  # table cells (normalised offsets), for "| a | b |" rows
    kind: Kind = Kind.TEXT
    status: str | None = None  # for ATTENDANCE: present | absent
    rest: tuple[int, int] | None = None  # for ATTENDANCE/RECORDER/ITEM: offsets of the text after the cue
    number: str | None = None  # for ITEM
    bare: bool = False  # for ITEM: "1  Title", a number with no dot, bracket or dash after it
    column: int | None = None  # for ATTENDANCE from a table header: the cell index of the cue
    remote: bool = False  # for ATTENDANCE: "Deltagare (digitalt):", the qualifier marks the list remote
    checked: bool | None = None  # a roll call's checkbox: True "[x]", False "[ ]", None no box
    prose: bool = False  # for ATTENDANCE: a sentence ("Vid mötet deltog A (Ort), …"), read as prose
    family: bool = False  # for ITEM: "<Word> N – Title" ("Dagordningspunkt 1 – …"), a word-numbered heading
    timed: tuple[int, int] | None = None  # "09.00–09.30 Budget": a timed agenda line, its title's offsets
    ocr_number: bool = False  # for ITEM: the number was read from OCR letters ("§ l4" = 14)
    clock: bool = (
        False  # the line opens with a clock time ("09.15  2. Budget", "10.45  Paus"): a timetable row
    )
    upto: int | None = None  # for ITEM: the last number of a range heading ("§§ 12–13" → 13)
    row_item: bool = False  # for ITEM: a row of an agenda table, the whole item on one line
    bold_end: int | None = None  # "**Punkt 3 – Title.** text": normalised offset of the closing marker
    run_in: tuple[int, int] | None = None  # for ITEM: the body text after a bold run-in heading
    # for ITEM: a margin heading's wrapped pieces ("2. Verksamhet och" / "ekonomi 2027"), joined to its title
    title_more: list[tuple[int, int]] | None = None


_MD_HEADING = re.compile(r"^(#{1,6}|={1,6})\s+")
_BULLET_ONLY = re.compile(r"^[-*•·]\s+")
# "[x] Ale – Anna Berg", "- [ ] Anna Berg", "☒ Anna Berg": a roll call's checkbox, ticked or not
_CHECKBOX = re.compile(r"^(?:(?P<on>\[[xX✓✔]\]|[☒☑✔✓])|(?:\[\s?\]|☐))\s+(?=\S)")
_EMPH = re.compile(r"^(\*\*|__)(.+?)(\*\*|__)(.*)$")
_ITALIC = re.compile(r"^([*_])(?![*_\s])(.+?)(?<![*_\s])\1$")  # "*Antecknat av Anna Berg*"


def strip_markup(line: NLine, index: int) -> Line:
    """The line with its markup stripped: heading level, bullet, checkbox and table cells noted."""
    text = line.text
    start = 0
    end = len(text)

    def lstrip_to(pos: int) -> None:
        nonlocal start
        start = pos
        while start < end and text[start] in " \t":
            start += 1

    lstrip_to(0)
    level = 0
    m = _MD_HEADING.match(text[start:end])
    if m:
        level = len(m.group(1))
        lstrip_to(start + m.end())
    cells: list[tuple[int, int]] | None = None
    body = text[start:end]
    if body.startswith("|") and body.rstrip().endswith("|") and body.count("|") >= 3:
        cells = []
        pos = start + 1
        for part in body.strip()[1:-1].split("|"):
            a = pos + (len(part) - len(part.lstrip()))
            b = pos + len(part.rstrip())
            cells.append((a, max(a, b)))
            pos += len(part) + 1
    bullet = False
    m = _BULLET_ONLY.match(text[start:end])
    if m and not cells:
        bullet = True
        lstrip_to(start + m.end())
    checked: bool | None = None
    bold_end: int | None = None
    m = _CHECKBOX.match(text[start:end])
    if m and not cells:
        bullet, checked = True, m.group("on") is not None
        lstrip_to(start + m.end())
    # **Bold heading** or **Punkt 3 –** Rest: drop the emphasis markers, keep the words.
    m = _EMPH.match(text[start:end])
    if m and not cells:
        inner_start = start + len(m.group(1))
        inner_end = inner_start + len(m.group(2))
        if not m.group(4).strip():
            level = level or 9
            start, end = inner_start, inner_end
        elif re.match(r"^\s*(?:punkt|§|\d)", m.group(2), re.IGNORECASE):
            # keep the text from the number on; the heading's title ends at the closing marker
            start = inner_start
            bold_end = inner_end
    elif not cells and (m := _ITALIC.match(text[start:end])):
        start, end = start + 1, start + 1 + len(m.group(2))
    while end > start and text[end - 1] in " \t":
        end -= 1
    # Typst/markdown line-break markers at the end of a line
    if text[start:end].endswith("\\"):
        end -= 1
        while end > start and text[end - 1] in " \t":
            end -= 1
    return Line(
        index=index,
        raw=text,
        text=text[start:end],
        start=line.start + start,
        end=line.start + end,
        heading_level=level,
        bullet=bullet,
        cells=[(line.start + a, line.start + b) for a, b in cells] if cells else None,
        checked=checked,
        bold_end=line.start + bold_end if bold_end is not None else None,
    )
