"""parse.item_ends: agenda headings → where each item's text ends.

An item runs to the next heading, unless the recorder's line, an attendance section or an e-mail's
closing comes first; the last item also stops at a signature's contact block, a list of attachments
or an action table that restates the follow-ups.
"""

from __future__ import annotations

import re

from govkg.parse.cue_phrases import slashed_alternatives
from govkg.parse.entry import name_length
from govkg.parse.lines import Kind, Line

# A line of a signature's contact block: a phone number or an e-mail address, perhaps labelled
_CONTACT = re.compile(
    r"^(?:(?:tel|telefon|mobil|mob|direkt|växel|e-?post|mail|e-mail)\.?:?\s*)?"
    r"(?:\+?\d[\d\s-]{6,}\d|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)$",
    re.IGNORECASE,
)


def _attendance_section(lines: list[Line], j: int) -> bool:
    """ "## Närvarande", or a bare "Närvaro" line after a blank: the attendance section's heading."""
    line = lines[j]
    if line.kind is not Kind.ATTENDANCE:
        return False
    if line.heading_level:
        return True
    alone = line.rest is None and line.column is None and not line.cells
    return alone and j > 0 and lines[j - 1].kind is Kind.BLANK


def item_ends(lines: list[Line], headings: list[int], recorder_at: int | None) -> list[int]:
    """Where each item stops: the next heading, the recorder's line, an attendance section or a closing."""
    ends = []
    for k, h in enumerate(headings):
        stop = headings[k + 1] if k + 1 < len(headings) else len(lines)
        if lines[h].row_item:  # a row of an agenda table: the item is that one line
            stop = h + 1
        if recorder_at is not None and h < recorder_at < stop:
            stop = recorder_at
        for j in range(h + 1, stop):
            # an attendance section ("## Närvarande") closes the item before it, and an e-mail's
            # greeting or quoted original closes the minutes
            if _attendance_section(lines, j) or lines[j].kind is Kind.CLOSING:
                stop = j
                break
        ends.append(stop)
    return ends


# "*Bilaga: Deltagarlista (skickas separat)*", "Bilaga 1: Presentation", "Bilagor:": the list of
# attachments closes the minutes; it is no part of the last item
_ATTACHMENT = re.compile(
    r"^(?:bilag(?:a|or)|bifogade?\s+filer|attachments?)(?:\s+\d{1,2})?\s*[:–-]"
    # "Bilaga 1<gap>NÄRVAROLISTA", "Bilaga 2" alone: a layout page's appendix heading
    r"|^bilaga\s+\d{1,2}(?:\s*$|(?:\t+|\s{2,})\S)",
    re.I,
)
# what follows a protocol's last item: the attestation of its posting, or a web page's share footer
_AFTER_ITEMS = re.compile(
    r"^(?:anslagsbevis|bevis\s+om\s+(?:justering|anslag)|protokollet\s+är\s+justerat|"
    r"justeringen\s+har\s+(?:tillkännagivits|anslagits)|(?:dela\s+sidan|share\s+this(?:\s+page)?)\s*:)",
    re.I,
)


def attachments_start(lines: list[Line], h: int, stop: int) -> int:
    """Where an attachment line after the last item's text ends that item."""
    body = False
    for j in range(h + 1, stop):
        if lines[j].kind is Kind.BLANK:
            continue
        if body and (_ATTACHMENT.match(lines[j].text) or _AFTER_ITEMS.match(lines[j].text)):
            return j
        body = True
    return stop


# "Åtgärd | Ansvarig | Klart datum": the header of an action table (a follow-up list, not item text)
_ACTION_COLUMN = re.compile(
    r"ansvarig|ansvar|klart(?:\s+(?:datum|senast|till))?|status|deadline|tidplan|owner", re.I
)
_ACTION_TABLE_HEAD = re.compile(r"^[A-ZÅÄÖa-zåäö][^.:!?]{1,40}$")


# "Vad | Vem | När": plain question words head an action table only together (two or more)
_ACTION_QUESTION = re.compile(r"vad|vem|när|what|who|when|åtgärd|action|task|uppgift", re.I)
# "Åtgärdspunkter", "Action items / Att göra": the heading of an action list after the last item
_ACTION_HEADING = re.compile(
    r"^(?:åtgärdspunkter|åtgärdslista|att\s+göra|action\s+(?:items|points|list)|to-?do|uppgiftslista|"
    r"uppföljning(?:suppgifter|spunkter)?)$",
    re.I,
)


def action_heading(line: Line) -> bool:
    """An action list's heading ("Åtgärdspunkter", "Uppföljningsuppgifter", "Att göra")."""
    text = line.text.strip(" *_:")
    alternatives = [alt.text.strip(" *_:") for alt in slashed_alternatives(text)] if "/" in text else []
    return any(_ACTION_HEADING.match(t) for t in (text, *alternatives))


def action_table_start(lines: list[Line], h: int, stop: int) -> int:
    """Where an action list after the last item's text begins.

    An action table ("Uppföljning" + Åtgärd/Ansvarig/Klart, or "Vad | Vem | När") or a heading
    of an action list ("Åtgärdspunkter", "Action items / Att göra") over a checklist, bullets or a
    table: the follow-ups restated with initials and short dates are no part of the last item.
    """
    body = False
    for j in range(h + 1, stop):
        line = lines[j]
        if line.kind is Kind.BLANK:
            continue
        if body and line.kind is Kind.TEXT and action_heading(line) and _list_below(lines, j, stop):
            return j
        cells = [c.strip(" *_") for c in re.split(r"\t+|\|", line.text) if c.strip(" *_")]
        strong = sum(1 for c in cells if _ACTION_COLUMN.fullmatch(c))
        weak = sum(1 for c in cells if _ACTION_QUESTION.fullmatch(c))
        if body and len(cells) >= 2 and (strong >= 1 or weak >= 2):
            # the table's own heading ("Uppföljning", "Åtgärdslista") stands just above it
            return _with_head_above(lines, h, j, max_words=4)
        body = True
    return stop


def _list_below(lines: list[Line], j: int, stop: int) -> bool:
    """The next text line below ``j`` is a list entry: a checkbox, a bullet or a table row."""
    below = [ln for ln in lines[j + 1 : stop] if ln.kind is not Kind.BLANK][:2]
    if len(below) == 2 and all(_column_head(ln.text) for ln in below):
        return True  # a table flattened to one cell per line: "Vad" / "Vem" / "När" heads it
    nxt = below[0] if below else None
    return nxt is not None and (
        nxt.bullet or nxt.checked is not None or nxt.cells is not None or "|" in nxt.text
    )


def _column_head(text: str) -> bool:
    cell = text.strip(" *_:")
    return bool(_ACTION_COLUMN.fullmatch(cell) or _ACTION_QUESTION.fullmatch(cell))


def signature_start(text: str, lines: list[Line], h: int, stop: int) -> int:
    """Where a signature without greeting ends the last item: a name line atop a contact block."""
    contact = next((j for j in range(h + 1, stop) if _CONTACT.match(lines[j].text)), None)
    if contact is None:
        return stop
    k, found = contact - 1, stop
    # the topmost name of the block: "Eva Ros / Region Halland / 070-…" (a body's name reads as one too)
    while k > h and lines[k].kind is not Kind.BLANK and len(lines[k].text.split()) <= 6:
        line = lines[k]
        if name_length(text, line.start, line.end) == line.end - line.start:
            found = k
        k -= 1
    return found


def absence_note_start(text: str, lines: list[Line], h: int, stop: int) -> int:
    """Where a closing absence note ends the last item: "Anmält förhinder: A, Body; B, Body".

    Published protocols name the absent in one line after the last paragraph rather than in the roll
    call. A cue with its list on the line, a name first (or a body with its person in brackets), is
    attendance, not the last item's text, and it closes the minutes' items (what follows it is the
    protocol's furniture).
    """
    body = False
    for j in range(h + 1, stop):
        line = lines[j]
        if line.kind is Kind.BLANK:
            continue
        if body and line.kind is Kind.ATTENDANCE and line.status == "absent" and line.rest is not None:
            a, b = line.rest
            if name_length(text, a, b) > 0 or _body_first(text, a, b):
                return j
        body = True
    return stop


# "Olofströms kommun (Martin Alm, räddningschef)": a body, then its person in brackets
_BODY_THEN_BRACKET = re.compile(r"[A-ZÅÄÖ][^()\n,;:]{1,60}?\s*\(\s*")


def _body_first(text: str, a: int, b: int) -> bool:
    """The note names a body first and its person in brackets ("Ej närvarande: Body (Name, role), …")."""
    m = _BODY_THEN_BRACKET.match(text, a, b)
    return m is not None and name_length(text, m.end(), b) > 0


def report_start(lines: list[Line], h: int, stop: int) -> int:
    """Where an appended report's earlier sections begin, when its numbered cue ends the last item.

    A pasted attendance report numbers its sections ("1. Sammanfattning", "2. Deltagare"): when "2.
    Deltagare" closes the last item, the section numbered one less inside that item (and a short
    heading right above it, "Närvarorapport") belongs to the report, not to the item.
    """
    if stop >= len(lines) or lines[stop].kind is not Kind.ATTENDANCE or not lines[stop].number:
        return stop
    wanted = str(int(lines[stop].number or 0) - 1)
    section = next(
        (j for j in range(h + 1, stop) if lines[j].kind is Kind.ITEM and lines[j].number == wanted), None
    )
    if section is None:
        return stop
    return _with_head_above(lines, h, section, max_words=6)


def _with_head_above(lines: list[Line], h: int, j: int, max_words: int) -> int:
    """Line j, or the short heading ("Uppföljning", "Åtgärdslista") just above it (blank lines between)
    when there is one below the item heading h."""
    k = j - 1
    while k > h and lines[k].kind is Kind.BLANK:
        k -= 1
    above = lines[k]
    if (
        k > h
        and above.kind is Kind.TEXT
        and _ACTION_TABLE_HEAD.match(above.text)
        and len(above.text.split()) <= max_words
    ):
        return k
    return j
