"""parse.semicolon_list: a bare cue's paragraph "Name, Body; Name, Body; …" (maybe wrapped) → one line."""

from __future__ import annotations

from dataclasses import replace

from govkg.parse.entry import name_length
from govkg.parse.lines import Kind
from govkg.parse.textdoc import LinedText

_MIN_ENTRIES = 2
_MAX_WRAP_WORDS = 4  # a wrapped line of the paragraph's last entry is short ("Norrbotten")


def semicolon_paragraph(d: LinedText, j: int) -> tuple[LinedText, tuple[int, int]] | None:
    """Line ``j`` as entries separated by semicolons, each led by a name, with its short wrapped tail."""
    line = d.lines[j]
    parts = [p.strip() for p in line.text.split(";")]
    if len(parts) < _MIN_ENTRIES or not all(p and name_length(p, 0, len(p)) for p in parts):
        return None
    end, k = line.end, j + 1
    while k < len(d.lines):
        nxt = d.lines[k]
        words = nxt.text.split()
        if (
            nxt.kind is not Kind.TEXT
            or nxt.cells is not None
            or nxt.bullet
            or nxt.heading_level
            or not words
            or len(words) > _MAX_WRAP_WORDS
            or ":" in nxt.text
            or name_length(nxt.text, 0, len(nxt.text))  # a next entry of its own
        ):
            break
        end, k = nxt.end, k + 1
    a = line.start
    text = d.norm.text
    flat = LinedText(replace(d.norm, text=text[:a] + text[a:end].replace("\n", " ") + text[end:]), d.lines)
    return flat, (a, end)


def semicolon_after_cue(d: LinedText, i: int) -> tuple[LinedText, tuple[int, int]] | None:
    """The semicolon paragraph on the first non-blank line after a bare cue line ``i``."""
    j = i + 1
    while j < len(d.lines) and d.lines[j].kind is Kind.BLANK:
        j += 1
    if j >= len(d.lines) or d.lines[j].kind is not Kind.TEXT or d.lines[j].cells:
        return None
    return semicolon_paragraph(d, j)
