"""parse.structure: Document → Minutes (title, attendance, numbered items, recorder), with spans."""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import pairwise

from govkg.errors import ParseError
from govkg.gazetteer import Gazetteer
from govkg.model import Block, Document, Item, Meeting, Minutes, Recorder
from govkg.normalise import NormText, normalise, quoted_lines
from govkg.parse.cue_phrases import slashed_alternatives
from govkg.parse.entry import name_length
from govkg.parse.front_matter import read_front_matter
from govkg.parse.letterhead import expand_acronym
from govkg.parse.lines import Kind, Line, classify
from govkg.parse.meeting_date import meeting_date
from govkg.parse.ordinal_items import mark_items, ordinal_chain
from govkg.parse.people import add_attendee, attendance_block, opening_roll_call, status_rows
from govkg.parse.recorder import (
    earlier_recorder_lines,
    is_mail,
    mail_signer,
    recorder_at_line,
    recorder_line,
    recorder_present,
    signed_by_secretary,
)
from govkg.parse.right_column import split_right_column
from govkg.parse.textdoc import LinedText
from govkg.parse.unnumbered import caps_headings, label_bullets, timed_items, unnumbered_headings

_ENDS_SENTENCE = re.compile(r"[.!?:;,]$")
_LABEL_DASH = re.compile(r"\S\s[-–]\s\S")  # "Rapporter - SKR-nätverken, …": a label and its gloss
# Labels that head a block of an item in Swedish minutes, alone on their line.
_BLOCK_LABEL = re.compile(
    r"^(?:beslut|förslag till beslut|beslutsförslag|bakgrund|ärendebeskrivning|ärendet|diskussion|"
    r"information|yrkanden|propositionsordning|uppdrag|åtgärder|att göra)$",
    re.IGNORECASE,
)
# A line of a signature's contact block: a phone number or an e-mail address, perhaps labelled
_CONTACT = re.compile(
    r"^(?:(?:tel|telefon|mobil|mob|direkt|växel|e-?post|mail|e-mail)\.?:?\s*)?"
    r"(?:\+?\d[\d\s-]{6,}\d|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)$",
    re.IGNORECASE,
)
_FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.DOTALL)


def parse_minutes(doc: Document, gazetteer: Gazetteer | None = None) -> Minutes:
    """Structure one minutes document.

    >>> from govkg.read import read_document  # doctest: +SKIP
    >>> m = parse_minutes(read_document(Path("examples/minutes/000_38c23c9cf6929621.txt")))  # doctest: +SKIP
    >>> m.items[0].title.text  # doctest: +SKIP
    'Säkerhetsfrågor och civilt försvar'
    """
    gaz = gazetteer or Gazetteer.load()
    minutes = _parse(doc, gaz, normalise(doc.text))
    if not minutes.items and quoted_lines(doc.text) >= _QUOTED_MINUTES:
        # minutes quoted in a reply ("> 1. Budget"): the quote markers are no content, so the quoted
        # text is read again without them (offsets still point into the document as it is)
        unquoted = _parse(doc, gaz, normalise(doc.text, unquote=True))
        if unquoted.items:
            minutes = unquoted
    if not minutes.items and not minutes.attendees:
        raise ParseError(
            "no agenda items and no attendance found: is this minutes of a meeting?", source=doc.filename
        )
    return minutes


_QUOTED_MINUTES = 5  # quoted lines that may hold a whole minutes document


def _parse(doc: Document, gaz: Gazetteer, norm: NormText) -> Minutes:
    lines = classify(split_right_column(norm.lines()))
    fm = _FRONT_MATTER.match(norm.text)
    if fm:
        for line in lines:
            if line.start < fm.end():
                line.kind = Kind.BLANK
    d = LinedText(norm, lines)
    minutes = Minutes(document=doc)
    headings = _choose_items(lines)
    for i, line in enumerate(lines):
        if line.bare and i not in headings:  # "3 Kommuner deltog" outside the agenda chain
            line.kind, line.number, line.rest, line.bare = Kind.TEXT, None, None, False
    recorder_at = recorder_line(lines, headings)
    ends = _item_ends(lines, headings, recorder_at)
    if ends:
        ends[-1] = _signature_start(norm.text, lines, headings[-1], ends[-1])
        ends[-1] = _attachments_start(lines, headings[-1], ends[-1])
        ends[-1] = _action_table_start(lines, headings[-1], ends[-1])
    in_item: set[int] = set()
    for h, stop in zip(headings, ends, strict=True):
        in_item.update(range(h, stop))
    for position, (h, stop) in enumerate(zip(headings, ends, strict=True), start=1):
        minutes.items.append(_item(d, h, stop, position))
    writer_listed = False
    for i, line in enumerate(lines):
        if line.kind is Kind.ATTENDANCE and i not in in_item:
            writer_listed = attendance_block(d, i, minutes, gaz) or writer_listed
    if not minutes.attendees and fm:
        read_front_matter(d, fm.end(), minutes, gaz)  # "deltagare:" lists in the YAML header
    if not minutes.attendees and headings:
        # no roll call before the items: the opening item may hold it as a sentence
        opening_roll_call(d, headings[0] + 1, ends[0], minutes, gaz)
    if not minutes.attendees:
        status_rows(d, [i for i in range(len(lines)) if i not in in_item], minutes, gaz)
    expand_acronym(lines, minutes, gaz)
    if recorder_at is not None:
        found = recorder_at_line(d, recorder_at)
        for k in earlier_recorder_lines(lines, recorder_at) if found is None else []:
            if found := recorder_at_line(d, k):
                break
        minutes.recorded_by = found or minutes.recorded_by
    elif minutes.recorded_by is None:  # an attendance list may already have named the note-taker
        minutes.recorded_by = signed_by_secretary(d)
    signer = mail_signer(d, gaz) if writer_listed or is_mail(lines) else None
    if signer is not None:
        if writer_listed:  # "Deltog: A, B och jag": the writer who signs was there
            add_attendee(d, signer, "present", minutes)
        if minutes.recorded_by is None:  # e-mailed notes: the one who signs them wrote them
            minutes.recorded_by = Recorder(name=d.quote(signer.name.start, signer.name.end))
    if recorder_at is not None and _list_elsewhere(lines, in_item):
        # "Närvarande: se bilaga": the list is not in the document, so the people the header names
        # are all that is known to have attended, the note-taker ("Antecknare: Anna Berg") too
        recorder_present(d, recorder_at, minutes, gaz)
    minutes.meeting = _meeting(d, doc, headings[0] if headings else len(lines))
    minutes.no_content = norm.removed
    return minutes


_ELSEWHERE = re.compile(r"^(?:se|enligt)\s+(?:bifogad\w*\s+)?(?:bilaga|närvarolista|deltagarlista)", re.I)


def _list_elsewhere(lines: list[Line], in_item: set[int]) -> bool:
    """An attendance cue that refers to an attachment instead of listing the people."""
    return any(
        ln.kind is Kind.ATTENDANCE
        and ln.status == "present"
        and k not in in_item
        and _ELSEWHERE.match(ln.text.split(":", 1)[-1].strip(" *_"))
        for k, ln in enumerate(lines)
    )


def _choose_items(lines: list[Line]) -> list[int]:
    """The numbered headings that form the agenda: the longest run numbered n, n+1, n+2…"""
    candidates = [
        i for i, ln in enumerate(lines) if ln.kind is Kind.ITEM and ln.number and "." not in ln.number
    ]
    headings = unnumbered_headings(lines)
    plain = [i for i in candidates if not lines[i].family]
    ordinal = ordinal_chain(lines)
    if len(plain) < len(candidates):
        # "Steg 1: …, Steg 2: …" inside numbered items: a word-numbered family is the agenda only
        # where the plain numbering gives none
        chain = _chain_from(lines, plain, headings)
        if len(chain) >= 2:
            return _outer(lines, chain, ordinal)
    chain = _chain_from(lines, candidates, headings)
    return _outer(lines, chain, ordinal) if chain else _outer(lines, _fallback(lines, headings), ordinal)


def _outer(lines: list[Line], chain: list[int], ordinal: list[int]) -> list[int]:
    """Arabic numbers or "I., II." / "A., B.": the chain that holds the other inside its items wins."""
    if not ordinal:
        return chain
    inside = chain and all(ordinal[0] < i < _span_end(lines, ordinal) for i in chain)
    around = chain and ordinal[0] > chain[0] and ordinal[-1] < _span_end(lines, chain)
    if not chain or inside or (not around and len(ordinal) > len(chain)):
        mark_items(lines, ordinal)
        return ordinal
    return chain


def _span_end(lines: list[Line], chain: list[int]) -> int:
    """Roughly where the last item of a chain ends: the next attendance or recorder cue, or the end."""
    return next(
        (j for j in range(chain[-1] + 1, len(lines)) if lines[j].kind in (Kind.ATTENDANCE, Kind.RECORDER)),
        len(lines),
    )


def _chain_from(lines: list[Line], candidates: list[int], headings: list[int]) -> list[int]:
    styled = [i for i in candidates if lines[i].heading_level]
    for pool in (styled, candidates):
        chain = _longest_chain(lines, pool)
        if any(lines[i].bare for i in chain) and not _bare_agenda(lines, chain):
            chain = _longest_chain(lines, [i for i in pool if not lines[i].bare])
        if len(headings) >= 2 and pool is candidates and _is_list(lines, chain):
            break  # a numbered list under headings ("Actionpoints: 1. … 2. …"), not the agenda
        if len(chain) >= 2 or (chain and (lines[chain[0]].heading_level or _isolated(lines, chain[0]))):
            return chain
    return []


def _fallback(lines: list[Line], headings: list[int]) -> list[int]:
    """No numbered agenda: a timed agenda, labelled bullets or unnumbered headings."""
    if len(headings) < 2 and (timed := timed_items(lines)):
        return timed
    if len(headings) < 2 and (labelled := label_bullets(lines)):
        return labelled
    if len(headings) < 2 and (capitals := caps_headings(lines)):
        return capitals
    return headings


def _bare_agenda(lines: list[Line], chain: list[int]) -> bool:
    """ "1  Title" numbering is the agenda only as a chain whose headings each carry a body."""
    if len(chain) < 2:
        return False
    for k, i in enumerate(chain):
        stop = chain[k + 1] if k + 1 < len(chain) else len(lines)
        body = next((j for j in range(i + 1, stop) if lines[j].kind is not Kind.BLANK), None)
        if body is None or (lines[body].kind is Kind.ITEM and not _first_subitem(lines[i], lines[body])):
            return False
    return True


def _first_subitem(head: Line, sub: Line) -> bool:
    """ "1 Inledning" then "1.1 Föregående anteckningar": a dotted sub-item n.1 under n is its body."""
    return sub.number is not None and head.number is not None and sub.number == f"{head.number}.1"


def _is_list(lines: list[Line], chain: list[int]) -> bool:
    """Numbered lines with no body between them are a list; agenda items carry text.

    In a timetable ("09.15  2. Budget") the unnumbered rows between entries ("10.45  Paus",
    "12.00  Slut") are rows of the same list, not bodies.
    """
    return all(
        all(lines[j].kind is Kind.BLANK or (lines[j].clock and lines[a].clock) for j in range(a + 1, b))
        for a, b in pairwise(chain)
    )


def _longest_chain(lines: list[Line], pool: list[int]) -> list[int]:
    best: dict[int, list[int]] = {}
    for i in pool:
        n = int(lines[i].number or 0)
        prev = [best[j] for j in best if int(lines[j].number or 0) == n - 1 and best[j][-1] == j]
        chain = [*max(prev, key=lambda c: (len(c), c[-1])), i] if prev else [i]  # ties: the nearest
        best[i] = chain
    chains = [c for i, c in best.items() if not any(best[j][-2:] == [i, j] for j in best if j != i)]
    longest = max(chains, key=lambda c: (len(c), -c[0]), default=[])
    if len(longest) >= 2 and _is_list(lines, longest):
        # "Dagordning: 1. … 2. …" above the sections repeats their numbers: a list of consecutive
        # lines is the agenda's list, the chain of headings that carry bodies is the items (it may
        # lack a closing entry of the list, "6. Mötets avslutande")
        bodied = [c for c in chains if len(c) >= max(2, len(longest) - 1) and not _is_list(lines, c)]
        if bodied:
            return max(bodied, key=lambda c: (len(c), -c[0]))
    return _repeated_below(lines, chains, longest)


def _repeated_below(lines: list[Line], chains: list[list[int]], first: list[int]) -> list[int]:
    """Two chains with the same titles, the attendance between them: the later one is the minutes.

    A programme at the top ("09.00  1. Budget" with a line under each entry) repeats the headings of
    the sections below the roll call; the sections, not the programme, hold the items' text.
    """
    if len(first) < 2:
        return first
    titles = [_title_key(lines[i]) for i in first]
    for chain in chains:
        if chain is first or len(chain) != len(first) or chain[0] <= first[-1]:
            continue
        if [_title_key(lines[i]) for i in chain] != titles:
            continue
        if any(lines[j].kind is Kind.ATTENDANCE for j in range(first[-1] + 1, chain[0])):
            return chain
    return first


def _title_key(line: Line) -> str:
    return line.text[line.rest[0] - line.start : line.rest[1] - line.start].lower() if line.rest else ""


def _isolated(lines: list[Line], i: int) -> bool:
    before = i == 0 or lines[i - 1].kind is Kind.BLANK
    after = i + 1 >= len(lines) or lines[i + 1].kind is Kind.BLANK
    return before and after


def _attendance_section(lines: list[Line], j: int) -> bool:
    """ "## Närvarande", or a bare "Närvaro" line after a blank: the attendance section's heading."""
    line = lines[j]
    if line.kind is not Kind.ATTENDANCE:
        return False
    if line.heading_level:
        return True
    alone = line.rest is None and line.column is None and not line.cells
    return alone and j > 0 and lines[j - 1].kind is Kind.BLANK


def _item_ends(lines: list[Line], headings: list[int], recorder_at: int | None) -> list[int]:
    ends = []
    for k, h in enumerate(headings):
        stop = headings[k + 1] if k + 1 < len(headings) else len(lines)
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
_ATTACHMENT = re.compile(r"^(?:bilag(?:a|or)|bifogade?\s+filer|attachments?)(?:\s+\d{1,2})?\s*[:–-]", re.I)
# what follows a protocol's last item: the attestation of its posting, or a web page's share footer
_AFTER_ITEMS = re.compile(
    r"^(?:anslagsbevis|bevis\s+om\s+(?:justering|anslag)|protokollet\s+är\s+justerat|"
    r"justeringen\s+har\s+(?:tillkännagivits|anslagits)|(?:dela\s+sidan|share\s+this(?:\s+page)?)\s*:)",
    re.I,
)


def _attachments_start(lines: list[Line], h: int, stop: int) -> int:
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
    r"^(?:åtgärdspunkter|åtgärdslista|att\s+göra|action\s+(?:items|points|list)|to-?do|uppgiftslista)$", re.I
)


def _action_heading(line: Line) -> bool:
    text = line.text.strip(" *_:")
    alternatives = [alt.text.strip(" *_:") for alt in slashed_alternatives(text)] if "/" in text else []
    return any(_ACTION_HEADING.match(t) for t in (text, *alternatives))


def _action_table_start(lines: list[Line], h: int, stop: int) -> int:
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
        if body and line.kind is Kind.TEXT and _action_heading(line) and _list_below(lines, j, stop):
            return j
        cells = [c.strip(" *_") for c in re.split(r"\t+|\|", line.text) if c.strip(" *_")]
        strong = sum(1 for c in cells if _ACTION_COLUMN.fullmatch(c))
        weak = sum(1 for c in cells if _ACTION_QUESTION.fullmatch(c))
        if body and len(cells) >= 2 and (strong >= 1 or weak >= 2):
            # the table's own heading ("Uppföljning", "Åtgärdslista") stands just above it
            k = j - 1
            while k > h and lines[k].kind is Kind.BLANK:
                k -= 1
            above = lines[k]
            if (
                k > h
                and above.kind is Kind.TEXT
                and _ACTION_TABLE_HEAD.match(above.text)
                and len(above.text.split()) <= 4
            ):
                return k
            return j
        body = True
    return stop


def _list_below(lines: list[Line], j: int, stop: int) -> bool:
    """The next text line below ``j`` is a list entry: a checkbox, a bullet or a table row."""
    nxt = next((ln for ln in lines[j + 1 : stop] if ln.kind is not Kind.BLANK), None)
    return nxt is not None and (
        nxt.bullet or nxt.checked is not None or nxt.cells is not None or "|" in nxt.text
    )


def _signature_start(text: str, lines: list[Line], h: int, stop: int) -> int:
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


def _item(d: LinedText, h: int, stop: int, position: int) -> Item:
    head = d.lines[h]
    a, b = head.rest if head.rest else (head.start, head.end)
    title = d.quote(a, b)
    number = head.number if head.kind is Kind.ITEM and head.number else str(position)
    last = max([j for j in range(h, stop) if d.lines[j].kind is not Kind.BLANK], default=h)
    item = Item(
        number=number,
        position=position,
        title=title,
        heading=d.span(head.start, head.end),
        span=d.span(head.start, d.lines[last].end),
    )
    item.blocks = list(_blocks(d, range(h + 1, stop)))
    item.subheadings = [blk.text for blk in item.blocks if blk.kind == "subheading"]
    return item


def _blocks(d: LinedText, indices: Iterable[int]) -> Iterable[Block]:
    """Paragraphs, bullets and subheadings of an item body."""
    groups: list[list[Line]] = []
    current: list[Line] = []
    for i in indices:
        line = d.lines[i]
        if line.kind is Kind.BLANK:
            if current:
                groups.append(current)
            current = []
            continue
        standalone = _is_label(line)
        if current and (line.bullet or standalone):
            groups.append(current)
            current = []
        current.append(line)
        if standalone:
            groups.append(current)
            current = []
    if current:
        groups.append(current)
    for n, group in enumerate(groups):
        first, last = group[0], group[-1]
        quote = d.quote(first.start, last.end)
        has_more = n + 1 < len(groups)
        if first.bullet:
            # a bullet ends at the next bullet: split the group there
            yield from _bullets(d, group)
        elif len(group) == 1 and has_more and _is_subheading(first):
            if first.kind is Kind.ITEM and first.rest:  # "2.1 Title"
                quote = d.quote(first.start, first.end)
            yield Block("subheading", quote)
        else:
            yield Block("paragraph", quote)


def _bullets(d: LinedText, group: list[Line]) -> Iterable[Block]:
    start = 0
    for k in range(1, len(group) + 1):
        if k == len(group) or group[k].bullet:
            yield Block("bullet", d.quote(group[start].start, group[k - 1].end))
            start = k


def _is_label(line: Line) -> bool:
    """A heading that stands on its own line even without blank lines around it."""
    return bool(
        line.heading_level
        or (line.kind is Kind.ITEM and "." in (line.number or ""))
        or _BLOCK_LABEL.match(line.text)
    )


def _is_subheading(line: Line) -> bool:
    text = line.text.strip()
    if _is_label(line):
        return True
    words = text.split()
    if not words or not text[0].isupper() or len(words) > 16 or line.bullet:
        return False
    if _ENDS_SENTENCE.search(text):
        return text.endswith(".") and bool(_LABEL_DASH.search(text)) and len(words) <= 12
    return True


# "Anteckningar – Kommunchefsgruppen i Fyrbodal", "Protokoll fört vid sammanträde med Styrelsen",
# "Minnesanteckningar från socialchefsnätverkets möte": the body follows the title word.
_BODY_IN_TITLE = re.compile(
    r"^\S+(?:\s+\d[\d-]*)?\s*(?:[-–—:]\s*|\s+(?:fört\s+vid\s+\S+\s+med|från|för|med)\s+)(?P<body>[^\d].{2,80})$",
    re.IGNORECASE,
)
_TRAILING_DATE = re.compile(r"[\s,]*(?:\d{1,2}\s+[a-zåäö]+\.?\s+\d{4}|\d{2,4}[-./]\d{2}[-./]\d{2,4})\W*$")
_MEETING_WORD = re.compile(r"\s+(?:möte|mötet|sammanträde|sammanträdet)(?:\s.*)?$", re.IGNORECASE)


def _body(d: LinedText, title_at: int, first_item: int) -> str | None:
    """The meeting body from the title line, or from a short line right below it."""
    title = d.lines[title_at].text
    if m := _BODY_IN_TITLE.match(title):
        body = _TRAILING_DATE.sub("", _MEETING_WORD.sub("", m.group("body")))
        return body.strip(" .*") or None
    for line in d.lines[title_at + 1 : first_item]:
        if line.kind is Kind.BLANK:
            continue
        text = line.text.strip()
        words = text.split()
        looks_like_body = (
            line.kind is Kind.TEXT
            and 1 <= len(words) <= 8
            and text[0].isupper()
            and not any(c.isdigit() for c in text)
            and not text.endswith((".", ":", "?"))
            and name_length(d.norm.text, line.start, line.end) == 0
        )
        return text if looks_like_body else None
    return None


def _meeting(d: LinedText, doc: Document, first_item: int) -> Meeting:
    meeting = Meeting(body=doc.metadata.get("body"), place=doc.metadata.get("place"))
    for k, line in enumerate(d.lines[:first_item]):
        if line.kind is Kind.TITLE:
            meeting.title = d.quote(line.start, line.end)
            meeting.body = meeting.body or _body(d, k, first_item)
            break
    found = meeting_date(doc.text, doc.metadata)
    meeting.date = found.date
    meeting.date_precision = found.precision
    meeting.date_source = found.source
    meeting.date_confidence = found.confidence
    meeting.date_evidence = list(found.evidence)
    return meeting
