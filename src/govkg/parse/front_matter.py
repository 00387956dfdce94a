"""parse.front_matter: a YAML front matter block's attendance keys → attendees and recorder, with spans.

Notes exported from a markdown editor keep the roll call in the front matter: `deltagare:` with a
block list (`  - "Name, role, Body"`) or a flow list (`["A, Body", "B"]`), `förhinder:`, and a
scalar `antecknare: "Name, role, Body"`. Only these keys are read; every value stays a span of the
source, so the names quote the document exactly. Unknown keys are left alone.
"""

from __future__ import annotations

import re

from govkg.gazetteer import Gazetteer
from govkg.model import Minutes, Recorder
from govkg.parse.attendance import parse_attendee_line
from govkg.parse.attendees import add_attendee
from govkg.parse.textdoc import LinedText

_STATUS = {
    "deltagare": "present",
    "närvarande": "present",
    "participants": "present",
    "attendees": "present",
    "present": "present",
    "förhinder": "absent",
    "frånvarande": "absent",
    "absent": "absent",
    "antecknare": "recorder",
    "sekreterare": "recorder",
    "recorder": "recorder",
    "protokollförare": "recorder",
}
_KEY = re.compile(r"^(?P<key>[\wåäöÅÄÖ-]+)[ \t]*:[ \t]*(?P<value>.*?)[ \t]*$", re.MULTILINE)
_ITEM = re.compile(r"^[ \t]*-[ \t]+(?P<value>.*?)[ \t]*$", re.MULTILINE)
_QUOTED = re.compile(r"\"([^\"]*)\"|'([^']*)'")


def read_front_matter(d: LinedText, end: int, minutes: Minutes, gaz: Gazetteer) -> None:
    """Read the attendance keys of the front matter that ends at offset end (after its closing ---)."""
    text = d.norm.text
    head = text[:end].lower()
    if not any(f"{key}:" in head for key in _STATUS):  # cheap gate: no attendance key, nothing to read
        return
    for m in _KEY.finditer(text, 0, end):
        status = _STATUS.get(m.group("key").lower())
        if status is None:
            continue
        values = _values(text, m.start("value"), m.end("value"))
        if not values:  # a block list on the lines below the key
            pos = m.end() + 1
            while pos < end:
                line_end = text.find("\n", pos, end)
                line_end = end if line_end < 0 else line_end
                item = _ITEM.match(text, pos, line_end)
                if item is None:
                    break
                values += _values(text, item.start("value"), item.end("value"), single=True)
                pos = line_end + 1
        for a, b in values:
            _add(d, a, b, status, minutes, gaz)


def _values(text: str, a: int, b: int, single: bool = False) -> list[tuple[int, int]]:
    """The spans of a scalar ("A, role, Body", quoted or not) or a flow list ([A, B] / ["A, x", "B"])."""
    if a >= b:
        return []
    if text[a] == "[" and text[b - 1] == "]":
        inner = text[a + 1 : b - 1]
        quoted = list(_QUOTED.finditer(inner))
        if quoted:
            return [(a + 1 + q.start() + 1, a + 1 + q.end() - 1) for q in quoted]
        out = []
        pos = a + 1
        for part in inner.split(","):
            s, e = pos, pos + len(part)
            pos = e + 1
            while s < e and text[s] == " ":
                s += 1
            while e > s and text[e - 1] == " ":
                e -= 1
            if s < e:
                out.append((s, e))
        return out
    if text[a] in "\"'" and text[b - 1] == text[a] and b - a >= 2:
        return [(a + 1, b - 1)]
    return [(a, b)] if single or text[a].isalpha() else []


def _add(d: LinedText, a: int, b: int, status: str, minutes: Minutes, gaz: Gazetteer) -> None:
    text = d.norm.text
    parsed = parse_attendee_line(text, gaz, a, b)
    if parsed is None:
        return
    if status == "recorder":
        # the note-taker was there; named once, as present and as the recorder
        name = text[parsed.name.start : parsed.name.end]
        if not any(x.name.text == name for x in minutes.attendees):
            add_attendee(d, parsed, "present", minutes)
        if minutes.recorded_by is None:
            role = parsed.role
            minutes.recorded_by = Recorder(
                name=d.quote(parsed.name.start, parsed.name.end),
                role=d.quote(role.start, role.end) if role is not None else None,
            )
        return
    add_attendee(d, parsed, status, minutes)
