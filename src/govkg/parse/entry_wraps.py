"""parse.entry_wraps: an attendance line and the line below it → one entry written over two lines."""

from __future__ import annotations

from govkg.gazetteer import Gazetteer
from govkg.parse.attendance import parse_attendee_line
from govkg.parse.entry import ParsedAttendee, name_length
from govkg.parse.lines import Kind
from govkg.parse.right_column import is_wrap, joined_wrap
from govkg.parse.textdoc import LinedText

__all__ = ["two_line_entry", "wrapped_entry"]


def wrapped_entry(d: LinedText, j: int, gaz: Gazetteer) -> ParsedAttendee | None:
    """An entry and its indented wrap on the next line ("  (p 2)", "  kommuner, direktör"), read as one."""
    line = d.lines[j]
    if j + 1 >= len(d.lines) or not is_wrap(d.lines[j + 1].raw) or d.lines[j + 1].kind is not Kind.TEXT:
        return None
    nxt = d.lines[j + 1]
    joined = joined_wrap(d.norm.text, line.end, nxt.start)
    return None if joined is None else parse_attendee_line(joined, gaz, line.start, nxt.end)


def two_line_entry(d: LinedText, j: int, parsed: ParsedAttendee, gaz: Gazetteer) -> ParsedAttendee | None:
    """A bare name line and, right below it, an indented (or lower-case) "role, Body" line."""
    if parsed.affiliation is not None or parsed.role is not None or parsed.organisation_only:
        return None
    line = d.lines[j]
    if j + 1 >= len(d.lines) or parsed.name.end - parsed.name.start != line.end - line.start:
        return None  # the name fills its line: "Anna Berg", not "Anna Berg, Ale"
    nxt = d.lines[j + 1]
    if nxt.cells or nxt.bullet or not nxt.text:
        return None
    if nxt.kind is not Kind.TEXT and not (nxt.kind is Kind.RECORDER and nxt.text[0].islower()):
        return None  # "    sekreterare, Tornedalsrådet": a lower-case title, not the recorder's cue
    indent = len(nxt.raw) - len(nxt.raw.lstrip(" \t"))
    if indent <= len(line.raw) - len(line.raw.lstrip(" \t")) and not nxt.text[0].islower():
        return None
    if name_length(d.norm.text, nxt.start, nxt.end) > 0 and not nxt.text[0].islower():
        return None  # the next person, indented the same way as a continuation would be
    # one entry over two lines: read with the line break as a comma, so every offset stays the same
    text = d.norm.text
    between = text[line.end : nxt.start]
    if between.count("\n") != 1 or between.strip():
        return None
    joined = text[: line.end] + "," + text[line.end + 1 :]
    found = parse_attendee_line(joined, gaz, line.start, nxt.end)
    if found is None or found.name != parsed.name or (found.affiliation is None and found.role is None):
        return None
    return found
