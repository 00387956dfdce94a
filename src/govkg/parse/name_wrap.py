"""parse.name_wrap: a roll-call line ending in a bare first name + the next line → the name joined."""

from __future__ import annotations

import re
from dataclasses import replace

from govkg.extract._person_lexicon import first_names
from govkg.parse.entry import name_length
from govkg.parse.lines import Kind
from govkg.parse.textdoc import LinedText

# "…, Sara Hultgren (sekreterare), Mikael" + "Sundqvist": a PDF line broke inside the last name
_LAST_WORD = re.compile(r"(?:^|[,;]|\boch|\bsamt)\s*([A-ZÅÄÖ][\w-]+)\s*$")
_SURNAME_LINE = re.compile(r"^[A-ZÅÄÖ][\w'’-]+(?: [A-ZÅÄÖ][\w'’-]+)?(?:\s*\([^()]{1,40}\))?[,;.]?$")


def wrapped_name_end(d: LinedText, j: int) -> int | None:
    """The end of line ``j + 1`` when it carries the surname of a first name that ends line ``j``."""
    if j + 1 >= len(d.lines):
        return None
    line, nxt = d.lines[j], d.lines[j + 1]
    if nxt.kind is not Kind.TEXT or nxt.cells is not None or line.cells is not None or nxt.bullet:
        return None
    if nxt.raw[:1].isspace() != line.raw[:1].isspace():
        return None  # an indented or outdented next line belongs to another column
    m = _LAST_WORD.search(line.text)
    if m is None or m.group(1) not in first_names().names or not _SURNAME_LINE.match(nxt.text.strip()):
        return None
    joined = f"{m.group(1)} {nxt.text.strip()}"
    if name_length(joined, 0, len(joined)) <= len(m.group(1)):
        return None  # "Anna" + "Kommunstyrelsen": no name runs on
    return nxt.end


def joined_lines(d: LinedText, j: int, end: int) -> LinedText:
    """The text with the line break after line ``j`` made a space (offsets stay the same)."""
    at = d.lines[j].end
    text = d.norm.text
    nl = text.index("\n", at, end)
    return LinedText(replace(d.norm, text=text[:nl] + " " + text[nl + 1 :]), d.lines)
