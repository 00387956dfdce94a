"""parse.plain_headings: classified lines → the plain topic lines that head unnumbered minutes' items.

Notes typed in OneNote or pasted from a meeting tool's recap carry neither numbers nor markup: each
matter is a short capitalised line ("Regional biblioteksplan 2029–2032") standing over its paragraph or
its block of bullets. Such lines are the items only where the minutes have nothing better (parse.agenda
asks last), only after the roll call (a letterhead and a title stand above it), and only as a set of
three or more; a sentence, a label, a name or a section word ("Mötesanteckningar") is never one.
"""

from __future__ import annotations

import re

from govkg.parse.entry import name_length
from govkg.parse.item_ends import action_heading
from govkg.parse.lines import MAIL_FIELD, Kind, Line

_MAX_WORDS = 8
_MIN_HEADINGS = 3
# a section word of the document itself, not a matter: "Mötesanteckningar", "Sammanfattning"
_SECTION = re.compile(
    r"^(?:(?:minnes|mötes)?anteckningar|protokoll|sammanfattning|dagordning|agenda|"
    r"mötesanteckningar\s+och\s+\w+|deltagare|närvaro\w*|"
    # a protocol's blocks: its roll call, its signatures, its posting notice and an item's subheadings
    r"ersättare|beslutande|övriga\s+(?:närvarande|deltagare)|underskrifter|justerande|anslag(?:/bevis)?|"
    r"bevis|ärendet|bakgrund|(?:[a-zåäö]{3,30}s\s+)?beslut|förslag\s+till\s+beslut|beslutsunderlag|"
    r"reservation|yrkanden|propositionsordning|protokollsanteckning)$",
    re.IGNORECASE,
)
_NO_TITLE_END = (".", ":", "?", "!", ",", ";", "–", "-", "—")
_SENTENCE_END = (".", "!", "?")


def plain_headings(lines: list[Line]) -> list[int]:
    """The plain topic lines after the roll call, each directly over a body: >= 3, or none."""
    start = next((i for i, ln in enumerate(lines) if ln.kind is Kind.ATTENDANCE), None)
    if start is None:
        return []
    found = [i for i in range(start + 1, len(lines)) if _heading(lines, i)]
    if len(found) < _MIN_HEADINGS:
        return []
    for i in found:
        line = lines[i]
        line.kind, line.number, line.rest = Kind.ITEM, None, (line.start, line.end)
    return found


def _heading(lines: list[Line], i: int) -> bool:
    line = lines[i]
    words = line.text.split()
    if (
        line.kind is not Kind.TEXT
        or line.bullet
        or line.cells
        or line.heading_level
        or line.timed
        or not words
        or len(words) > _MAX_WORDS
        or not line.text[0].isupper()
        or line.text.endswith(_NO_TITLE_END)
        or _SECTION.match(line.text)
        or MAIL_FIELD.match(line.text)
        or action_heading(line)
        or name_length(line.text, 0, len(line.text)) > 0
    ):
        return False
    return _stands_alone(lines, i) and _over_body(lines, i)


def _stands_alone(lines: list[Line], i: int) -> bool:
    """A blank line above it, or a finished sentence: no wrapped line of a paragraph."""
    if i == 0 or lines[i - 1].kind is Kind.BLANK:
        return True
    above = lines[i - 1]
    return above.kind is Kind.TEXT and above.text.endswith(_SENTENCE_END) and not _indented(lines[i], above)


def _indented(line: Line, above: Line) -> bool:
    """The line sits further right than the one above: a wrapped bullet's continuation."""
    return _indent(line) > _indent(above) or (above.bullet and _indent(line) > 0)


def _indent(line: Line) -> int:
    return len(line.raw) - len(line.raw.lstrip(" \t"))


def _over_body(lines: list[Line], i: int) -> bool:
    """Directly below: a bullet, or a paragraph that opens a sentence (capitalised, several words)."""
    if i + 1 >= len(lines):
        return False
    body = lines[i + 1]
    if body.kind is not Kind.TEXT or body.cells:
        return False
    if body.bullet:
        return True
    return body.text[:1].isupper() and len(body.text.split()) >= 4 and _indent(body) >= _indent(lines[i])
