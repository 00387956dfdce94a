"""parse.column_pairs: one attendance line laid out in columns → two or more entries side by side.

A roll call set in two columns puts two whole entries on one line, split by a column gap (a TAB or
2+ spaces): "Karlskrona: Mats Enqvist      Ronneby: Eva Tallqvist", "Anna Berg, Ale      Bo Ek, Lerum".
The gap splits only when EVERY side is a whole entry by itself (a person and a body); a table row
"Anna Berg<TAB>Ale" or "Anna Berg<TAB>kommunchef<TAB>Ale" has no such sides and stays one entry.
"""

from __future__ import annotations

import re

from govkg.gazetteer import Gazetteer
from govkg.parse.attendance import parse_attendee_line
from govkg.parse.cue_phrases import column_segments
from govkg.parse.entry import ParsedAttendee, name_length

# "Ronneby: Eva Tallqvist", "Region Blekinge: Lena Vikander, regiondirektör": a body, a colon, a person
_BODY_COLON = re.compile(r"(?P<body>[^:,()]{2,60}?)\s*:\s+(?=\S)")

# ((body start, body end), canonical, org id) for an entry whose body stands before a colon
Group = tuple[tuple[int, int], str, str | None]


def column_entries(
    text: str, gaz: Gazetteer, start: int, end: int
) -> list[tuple[ParsedAttendee, Group | None]] | None:
    """The entries of text[start:end] when a column gap splits it into whole entries, else None."""
    sides = column_segments(text, start, end)
    if len(sides) < 2:
        return None
    entries = [_whole_entry(text, gaz, a, b) for a, b in sides]
    if any(e is None for e in entries):
        return None
    return [e for e in entries if e is not None]


def _whole_entry(text: str, gaz: Gazetteer, a: int, b: int) -> tuple[ParsedAttendee, Group | None] | None:
    """A person with a body, in any of the line shapes: "Body: Name", "Name, Body", "Name (Body)"."""
    if (m := _BODY_COLON.match(text, a, b)) is not None and name_length(text, m.end(), b):
        body = text[m.start("body") : m.end("body")].strip()
        found = gaz.affiliation(body)
        if found is None and not (body[:1].isupper() and len(body.split()) <= 6):
            return None
        parsed = parse_attendee_line(text, gaz, m.end(), b)
        if parsed is None or parsed.organisation_only:
            return None
        if parsed.affiliation is not None:
            return parsed, None
        canonical, org_id = (found[0], getattr(found[1], "id", None)) if found else (body, None)
        return parsed, ((m.start("body"), m.start("body") + len(body)), canonical, org_id)
    parsed = parse_attendee_line(text, gaz, a, b)
    if parsed is None or parsed.organisation_only or parsed.affiliation is None:
        return None
    return parsed, None
