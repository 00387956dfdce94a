"""parse.absent_after: the paragraph after a run-in roll call → the absentees its sentence names.

A roll call written as prose is often followed by a paragraph of its own for who was away, written
name first and going on with a clause ("Ekonomichef A hade förhinder, så B tog budgetpunkten.").
It opens with no lead-in, so the line classifier leaves it as text; the roll call's reader looks at
the paragraph right after its own and takes it when its first sentence says that people were absent.
"""

from __future__ import annotations

import re
from dataclasses import replace

from govkg.gazetteer import Gazetteer
from govkg.model import Minutes
from govkg.parse.attendees import add_attendee
from govkg.parse.lines import Kind
from govkg.parse.prose_attendance import prose_sentence
from govkg.parse.textdoc import LinedText

_SENTENCE_END = re.compile(r"\.(?:\s+(?=[A-ZÅÄÖ])|\s*$)")


def absent_paragraph_after(d: LinedText, i: int, minutes: Minutes, gaz: Gazetteer) -> None:
    """Read the paragraph after the one line ``i`` opens, when it says who had förhinder."""
    lines = d.lines
    j = i
    while j < len(lines) and lines[j].kind is not Kind.BLANK:
        j += 1
    while j < len(lines) and lines[j].kind is Kind.BLANK:
        j += 1
    if j >= len(lines) or lines[j].kind is not Kind.TEXT or lines[j].cells or lines[j].bullet:
        return
    k = j
    while k + 1 < len(lines) and lines[k + 1].kind is Kind.TEXT and not lines[k + 1].cells:
        k += 1
    a, b = lines[j].start, lines[k].end
    text = d.norm.text
    flat = LinedText(replace(d.norm, text=text[:a] + text[a:b].replace("\n", " ") + text[b:]), d.lines)
    end = m.start() if (m := _SENTENCE_END.search(flat.norm.text, a, b)) else b
    entries = prose_sentence(flat, a, end, gaz, "present")
    if not entries or any(e.status != "absent" or e.writer for e in entries):
        return  # only a sentence whose tail says "hade förhinder" is read here
    known = {x.name.text for x in minutes.attendees}
    for e in entries:
        if flat.norm.text[e.parsed.name.start : e.parsed.name.end] not in known:
            add_attendee(flat, e.parsed, "absent", minutes, e.group)
