"""parse.unnumbered: classified lines → the items of minutes whose agenda carries no numbers."""

from __future__ import annotations

import re

from govkg.parse.lines import Kind, Line


def unnumbered_headings(lines: list[Line]) -> list[int]:
    """Minutes without numbering: their headings (markdown, Typst, bold lines) are the items."""
    heads = _below_letterhead(
        lines, [i for i, ln in enumerate(lines) if ln.heading_level and ln.kind in (Kind.TEXT, Kind.ITEM)]
    )
    levels = sorted({lines[i].heading_level for i in heads})
    for level in levels:
        chosen = [i for i in heads if lines[i].heading_level == level]
        if len(chosen) >= 2:
            return chosen
    return heads


def _below_letterhead(lines: list[Line], heads: list[int]) -> list[int]:
    """Headings above the roll call that head no prose are the letterhead and the title, not items.

    "**Styrelsemöte**" over the date and the place, then "**Närvarande**" and the sections: only
    when >= 2 headings follow the roll call's own heading, and only those above it whose lines
    hold no sentence (an opening section, "## Inledning" + "Mötet öppnades.", stays an item).
    """
    cue = next(
        (
            i
            for i, ln in enumerate(lines)
            if ln.kind is Kind.ATTENDANCE and (ln.heading_level or ln.rest is None)
        ),
        None,
    )
    if cue is None or sum(1 for i in heads if i > cue) < 2:
        return heads
    marks = sorted([*heads, cue])
    return [i for i in heads if i > cue or _holds_sentence(lines, i + 1, marks[marks.index(i) + 1])]


def _holds_sentence(lines: list[Line], start: int, stop: int) -> bool:
    return any(
        ln.kind is Kind.TEXT and ln.text.rstrip().endswith((".", "!", "?")) and len(ln.text.split()) >= 4
        for ln in lines[start:stop]
    )


# "• Arbetsmarknad: Anna Berg beskrev …", "- **Nästa möte:** 6 november": a run-in label and its text
_LABEL_BULLET = re.compile(
    r"^(?:\*\*|__)?(?P<label>[A-ZÅÄÖ0-9][^:.!?*_]{1,70}?)(?::(?:\*\*|__)?|(?:\*\*|__):)\s+\S"
)


def label_bullets(lines: list[Line]) -> list[int]:
    """Notes with neither numbers nor headings: a run of >= 3 "Label: text" bullets is the items.

    E-mailed summaries list their matters as unnumbered bullets that each open with a short label;
    the label is the item's title. Other bullets between them break the run (a list inside a matter).
    """
    runs: list[list[int]] = [[]]
    for i, line in enumerate(lines):
        if not line.bullet or line.kind is not Kind.TEXT or line.checked is not None:
            # "☐ Anna Berg: skicka underlaget": a checklist of tasks is an action list, no agenda
            continue
        m = _LABEL_BULLET.match(line.text)
        label = m.group("label").strip() if m else ""
        if m and len(label.split()) <= 8 and not label.lower().startswith(("http", "www")):
            at = line.text.find(label)
            line.kind, line.number = Kind.ITEM, None
            line.rest = (line.start + at, line.start + at + len(label))
            runs[-1].append(i)
        else:
            runs.append([])
    best = max(runs, key=len)
    chosen = best if len(best) >= 3 else []
    for run in runs:
        for i in run:
            if i not in chosen:
                lines[i].kind, lines[i].rest = Kind.TEXT, None
    return chosen


def timed_items(lines: list[Line]) -> list[int]:
    """ "09.00–09.30 Budget" lines, >= 2 and each with a body, are the items, numbered by position."""
    timed = [i for i, ln in enumerate(lines) if ln.timed and ln.kind is Kind.TEXT]
    if len(timed) < 2:
        return []
    for k, i in enumerate(timed):
        stop = timed[k + 1] if k + 1 < len(timed) else len(lines)
        if all(lines[j].kind is Kind.BLANK for j in range(i + 1, stop)):
            return []  # a timetable without text under its lines: a schedule, not the items
    for i in timed:
        line = lines[i]
        line.kind, line.number, line.rest = Kind.ITEM, None, line.timed
    return timed


# "INFRASTRUKTUR – OSTKUSTBANAN", "EKONOMI & PERSONAL": a heading written in capitals, no sentence
_CAPS_HEADING = re.compile(r"^[A-ZÅÄÖÉÜ][A-ZÅÄÖÉÜ ,&/–-]{2,70}$")


def caps_headings(lines: list[Line]) -> list[int]:
    """Unnumbered headings in CAPITALS, each over a body, after the attendance: the items.

    A letterhead in capitals ("KOMMUNFÖRBUNDET", "MINNESANTECKNINGAR") stands above the attendance,
    so only lines after the first attendance cue count (or after the first text line when the
    document has none). A run of >= 2 such headings, each followed by a line of text that is not
    itself in capitals, is the item structure; they are numbered by position.
    """
    start = next((i for i, ln in enumerate(lines) if ln.kind is Kind.ATTENDANCE), None)
    if start is None:
        start = next((i for i, ln in enumerate(lines) if ln.kind is not Kind.BLANK), len(lines))
    found: list[int] = []
    for i in range(start + 1, len(lines)):
        line = lines[i]
        text = line.text.strip()
        if line.kind is not Kind.TEXT or line.bullet or line.cells or not _CAPS_HEADING.match(text):
            continue
        if len(text.split()) > 8 or sum(c.isalpha() for c in text) < 4:
            continue
        body = next((ln for ln in lines[i + 1 : i + 3] if ln.kind is not Kind.BLANK), None)
        if body is None or body.kind is not Kind.TEXT or _CAPS_HEADING.match(body.text.strip()):
            continue
        found.append(i)
    return found if len(found) >= 2 else []
