"""parse.recorder: the lines of a minutes document → who took the notes (name, role), if written."""

from __future__ import annotations

import re

from govkg.model import Recorder
from govkg.parse.attendance import name_length
from govkg.parse.lines import Kind, Line
from govkg.parse.textdoc import LinedText


def recorder_line(lines: list[Line], headings: list[int]) -> int | None:
    first = headings[0] if headings else 0
    found = [i for i, ln in enumerate(lines) if ln.kind is Kind.RECORDER and i >= first]
    if not found:
        found = [i for i, ln in enumerate(lines) if ln.kind is Kind.RECORDER]
    return found[-1] if found else None


def recorder_at_line(d: LinedText, i: int) -> Recorder | None:
    line = d.lines[i]
    spans: list[tuple[int, int]] = []
    if line.rest:
        spans.append(line.rest)
    for j in range(i + 1, min(len(d.lines), i + 6)):
        nxt = d.lines[j]
        if nxt.kind is Kind.BLANK:
            if spans:
                break
            continue
        if nxt.kind is not Kind.TEXT or len(spans) >= 2:
            break
        spans.append((nxt.start, nxt.end))
    if not spans:
        return None
    text = d.norm.text
    a, b = spans[0]
    n = name_length(text, a, b)
    if n == 0:
        return None
    recorder = Recorder(name=d.quote(a, a + n))
    tail = text[a + n : b]
    if tail.strip(" ,–-"):
        off = a + n + (len(tail) - len(tail.lstrip(" ,–-")))
        recorder.role = d.quote(off, b)
    elif len(spans) > 1:
        ra, rb = spans[1]
        if len(text[ra:rb].split()) <= 6 and name_length(text, ra, rb) == 0:
            recorder.role = d.quote(ra, rb)
    return recorder


_SECRETARY = re.compile(r"(?i)^(?:mötes|förbunds|nätverks|justerande\s)?sekreterare$|^protokollförare$")


def signed_by_secretary(d: LinedText) -> Recorder | None:
    """A signature line at the end: "Anna Berg, mötessekreterare"."""
    text = d.norm.text
    tail = [ln for ln in d.lines if ln.kind is not Kind.BLANK][-12:]
    for line in reversed(tail):
        n = name_length(text, line.start, line.end)
        if n == 0:
            continue
        rest = text[line.start + n : line.end]
        role = rest.split(",")[-1].strip(" .")
        if "," in rest and _SECRETARY.match(role):
            at = line.start + n + rest.rindex(role)
            return Recorder(name=d.quote(line.start, line.start + n), role=d.quote(at, at + len(role)))
    return None
