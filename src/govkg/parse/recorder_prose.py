"""parse.recorder_prose: the header's sentences → the recorder named in prose ("Sekreterare är Anna Berg.").

A protocol published as a web page often writes the secretary into a sentence of its header block:
"Justering och sekreterare / Att justera protokollet valdes B. Sekreterare är Anna Berg.",
"Sekreterare vid mötet var Anna Berg, nämndsekreterare." The cue opens a sentence (the line or after
a full stop), a copula follows (är/var), then the name.
"""

from __future__ import annotations

import re

from govkg.model import Recorder
from govkg.parse.entry import name_length
from govkg.parse.markup import Kind
from govkg.parse.textdoc import LinedText

_PROSE_RECORDER = re.compile(
    r"(?:^|(?<=[.!?])\s+)(?:mötes|nämnd|förbunds)?(?:sekreterare|protokollförare|antecknare)"
    r"(?:\s+(?:vid|på|för|under)\s+(?:dagens\s+)?(?:mötet|sammanträdet|möte|sammanträde))?"
    r"\s+(?:är|var|har\s+varit)\s+(?P<name>[A-ZÅÄÖ])",
    re.IGNORECASE,
)
# "Sammanfattningen är genererad av Copilot … och har granskats och kompletterats av Anna Berg": the
# person who reviewed generated notes (or compiled them) answers for them, as their recorder does
_REVIEWED_BY = re.compile(
    r"(?:sammanfattning|anteckning|minnesanteckning|protokoll)\w*\s[^.]{0,160}?"
    r"(?:granskats|kompletterats|sammanställts|redigerats|bearbetats)"
    r"(?:\s+och\s+(?:granskats|kompletterats|justerats|redigerats|sammanställts))?\s+av\s+(?P<name>[A-ZÅÄÖ])",
    re.IGNORECASE,
)
_ROLE = re.compile(r",\s*(?P<role>[a-zåäö][\wåäö -]{2,40}?)\s*[.]?$")
_SENTENCE_END = re.compile(r"\.(?:\s|$)")
_HEADER_LINES = 40  # without a numbered item, the header is the first lines


def prose_recorder(d: LinedText) -> Recorder | None:
    """The first "Sekreterare är/var Name" sentence above the first item heading, if any."""
    text = d.norm.text
    seen = 0
    header_end = 0
    for line in d.lines:
        if line.kind is Kind.ITEM:
            break
        if line.kind is Kind.BLANK:
            continue
        seen += 1
        if seen > _HEADER_LINES:
            break
        header_end = line.end
        for m in _PROSE_RECORDER.finditer(text, line.start, line.end):
            a = m.start("name")
            stop = _SENTENCE_END.search(text, a, line.end)
            end = stop.start() if stop else line.end
            n = name_length(text, a, end)
            if n == 0:
                continue
            recorder = Recorder(name=d.quote(a, a + n))
            tail = text[a + n : end]
            if role := _ROLE.match(tail):
                at = a + n + role.start("role")
                recorder.role = d.quote(at, at + len(role.group("role")))
            return recorder
    return _reviewer(d, header_end)


def _reviewer(d: LinedText, end: int) -> Recorder | None:
    """The one who reviewed or compiled the notes, named in the header's prose."""
    text = d.norm.text
    for m in _REVIEWED_BY.finditer(text, 0, end):
        a = m.start("name")
        if n := name_length(text, a, min(end, a + 60)):
            return Recorder(name=d.quote(a, a + n))
    return None
