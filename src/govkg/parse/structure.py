"""parse.structure: Document → Minutes (title, attendance, numbered items, recorder), with spans."""

from __future__ import annotations

import re

from govkg.errors import ParseError
from govkg.gazetteer import Gazetteer
from govkg.model import Document, Meeting, Minutes, Recorder
from govkg.normalise import NormText, normalise, quoted_lines
from govkg.parse.agenda import choose_items
from govkg.parse.entry import name_length
from govkg.parse.front_matter import read_front_matter
from govkg.parse.inline_list import opening_roll_call
from govkg.parse.item_blocks import read_item
from govkg.parse.item_ends import (
    absence_note_start,
    action_table_start,
    attachments_start,
    item_ends,
    report_start,
    signature_start,
)
from govkg.parse.item_numbers import heading_furniture
from govkg.parse.letterhead import expand_acronym
from govkg.parse.lines import Kind, Line, classify
from govkg.parse.margin_items import join_title_wraps, split_margin_items
from govkg.parse.meeting_date import meeting_date
from govkg.parse.page_heads import running_heads
from govkg.parse.page_seams import sentence_seams
from govkg.parse.people import add_attendee, attendance_block, status_rows
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
from govkg.parse.table_agenda import row_furniture
from govkg.parse.textdoc import LinedText
from govkg.parse.title_wraps import join_wrapped_titles

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
    pieces, wraps = split_margin_items(split_right_column(norm.lines()))
    lines = classify(pieces)
    join_title_wraps(lines, wraps)
    join_wrapped_titles(lines)
    fm = _FRONT_MATTER.match(norm.text)
    if fm:
        for line in lines:
            if line.start < fm.end():
                line.kind = Kind.BLANK
    d = LinedText(norm, lines)
    minutes = Minutes(document=doc)
    headings = choose_items(lines)
    for i, line in enumerate(lines):
        if line.bare and i not in headings:  # "3 Kommuner deltog" outside the agenda chain
            line.kind, line.number, line.rest, line.bare = Kind.TEXT, None, None, False
    recorder_at = recorder_line(lines, headings)
    ends = item_ends(lines, headings, recorder_at)
    if ends:
        ends[-1] = report_start(lines, headings[-1], ends[-1])
        ends[-1] = signature_start(norm.text, lines, headings[-1], ends[-1])
        ends[-1] = attachments_start(lines, headings[-1], ends[-1])
        ends[-1] = action_table_start(lines, headings[-1], ends[-1])
        ends[-1] = absence_note_start(norm.text, lines, headings[-1], ends[-1])
    in_item: set[int] = set()
    for h, stop in zip(headings, ends, strict=True):
        in_item.update(range(h, stop))
    for position, (h, stop) in enumerate(zip(headings, ends, strict=True), start=1):
        minutes.items.append(read_item(d, h, stop, position))
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
    prefixes = heading_furniture([lines[h] for h in headings])
    furniture = (
        norm.removed
        + running_heads(doc.text)
        + [d.span(a, b) for a, b in prefixes]
        + [d.span(a, b) for h in headings if lines[h].row_item for a, b in row_furniture(lines[h])]
    )
    # a page break inside a sentence: its blank lines and foot go too, so the halves read as one
    minutes.no_content = furniture + sentence_seams(doc.text, furniture)
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
