"""parse.chat_roll: a video meeting's chat check-in line → one attendee with body, role and note.

Meetings on Teams or Zoom take the roll call from the chat: "09:02  Anna Berg: Anna, Ale",
"[09:02] Anna Berg: hej från Ale!", "Anna Berg (09:02): Ale här". What carries across them: a clock
time, then the chat name before a colon (or the name, then the time in brackets); the message is
free text, and the body the person comes from is a place or organisation named in it. A role is a
lower-case title word in the message ("miljöstrateg i Ale"); "med under punkt 3" is a note.
"""

from __future__ import annotations

import re

from govkg.extract._person_lexicon import cues
from govkg.gazetteer import Gazetteer
from govkg.parse.attendance import parse_attendee_line
from govkg.parse.brackets import parse_note
from govkg.parse.entry import ParsedAttendee, Part, name_length, org_of

_TIME = r"\d{1,2}[.:]\d{2}"
# "09:02  Name: msg", "[09:02] Name: msg", "Name (09:02): msg", "09:02  Name (värd, Body): msg"
CHAT_LINE = re.compile(
    rf"(?:\[?{_TIME}\]?\s+(?P<who>[A-ZÅÄÖÉ][^:]{{1,80}}?)"
    rf"|(?P<who2>[A-ZÅÄÖÉ][^:()]{{1,50}}?)\s*\({_TIME}\))\s*:\s+(?P<msg>\S.*)$"
)
_CAPITALISED = re.compile(r"(?<![\w-])[A-ZÅÄÖÉ][\w-]+")
_ITEM_NOTE = re.compile(r"(?:p|punkt|punkterna|pkt|§)\.?\s*\d", re.I)
_ROLE_WORD = re.compile(r"(?<![\w-])[a-zåäöé][\w-]{3,}")


def chat_line(text: str) -> bool:
    """Whether a line has the shape of a chat check-in (cheap gate first: a digit, a bracket, a colon)."""
    return (
        ":" in text
        and (text[:1].isdigit() or text[:1] == "[" or "):" in text)
        and bool(CHAT_LINE.match(text))
    )


def chat_entry(text: str, gaz: Gazetteer, start: int, end: int) -> ParsedAttendee | None:
    """Read text[start:end] as one chat check-in; None when the chat name is not a person's name."""
    m = CHAT_LINE.match(text, start, end)
    if m is None:
        return None
    group = "who" if m.group("who") else "who2"
    a, b = m.start(group), m.end(group)
    if name_length(text, a, b) == 0:
        return None
    parsed = parse_attendee_line(text, gaz, a, b)
    if parsed is None or parsed.organisation_only:
        return None
    msg_a, msg_b = m.start("msg"), m.end("msg")
    name_words = set(text[parsed.name.start : parsed.name.end].split())
    if parsed.affiliation is None:
        found = _body_in(text, gaz, msg_a, msg_b, name_words)
        if found is not None:
            part, (canonical, org_id) = found
            parsed.affiliation, parsed.affiliation_canonical, parsed.org_id = part, canonical, org_id
    if parsed.role is None:
        for w in _ROLE_WORD.finditer(text, msg_a, msg_b):
            if w.group().endswith(cues().title_suffixes):
                parsed.role = Part(w.start(), w.end())
                break
    if parsed.note is None and _ITEM_NOTE.search(text, msg_a, msg_b):
        # "Greta här, ansluter till punkt 4": the clause that holds the item numbers is the note
        note = _clause_with_items(text, msg_a, msg_b)
        parsed.note = note
        parsed.items_attended, parsed.remote = parse_note(text[note.start : note.end])
    return parsed


def _body_in(
    text: str, gaz: Gazetteer, a: int, b: int, skip: set[str]
) -> tuple[Part, tuple[str, str | None]] | None:
    """The first body the message names: "Anna, Ale", "Hej från Ale!", "Ale här" (longest span first)."""
    words = list(_CAPITALISED.finditer(text, a, b))
    for k, w in enumerate(words):
        if w.group() in skip:
            continue
        for n in (3, 2, 1):
            if k + n > len(words):
                continue
            last = words[k + n - 1]
            span = text[w.start() : last.end()]
            if n > 1 and len(span.split()) != n:
                continue  # only adjacent words form one name
            if (found := org_of(gaz, span)) is not None:
                return Part(w.start(), last.end()), found
    return None


def _clause_with_items(text: str, a: int, b: int) -> Part:
    at = _ITEM_NOTE.search(text, a, b)
    assert at is not None
    left = max(text.rfind(",", a, at.start()), text.rfind("–", a, at.start()))
    s = left + 1 if left >= 0 else a
    while s < b and text[s] == " ":
        s += 1
    e = b
    while e > s and text[e - 1] in " .!":
        e -= 1
    return Part(s, e)
