"""parse.structure: Document → Minutes (title, attendance, numbered items, recorder), with spans."""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import pairwise

from govkg.errors import ParseError
from govkg.gazetteer import Gazetteer
from govkg.model import Attendee, Block, Document, Item, Meeting, Minutes, OrgMention, Quote, Recorder, Span
from govkg.normalise import NormText, normalise
from govkg.parse.attendance import ParsedAttendee, is_table_header, name_length, parse_attendee_line
from govkg.parse.lines import Kind, Line, classify
from govkg.parse.meeting_date import meeting_date

_SPACES = re.compile(r"\s+")
_ENDS_SENTENCE = re.compile(r"[.!?:;,]$")
_LABEL_DASH = re.compile(r"\S\s[-–]\s\S")  # "Rapporter - SKR-nätverken, …": a label and its gloss
# Labels that head a block of an item in Swedish minutes, alone on their line.
_BLOCK_LABEL = re.compile(
    r"^(?:beslut|förslag till beslut|beslutsförslag|bakgrund|ärendebeskrivning|ärendet|diskussion|"
    r"information|yrkanden|propositionsordning|uppdrag|åtgärder|att göra)$",
    re.IGNORECASE,
)
_FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.DOTALL)


class _Doc:
    """The normalised text and the classified lines, with helpers that make Quotes."""

    def __init__(self, norm: NormText, lines: list[Line]) -> None:
        self.norm = norm
        self.lines = lines

    def quote(self, start: int, end: int) -> Quote:
        return Quote(_SPACES.sub(" ", self.norm.text[start:end]).strip(), self.norm.source_span(start, end))

    def span(self, start: int, end: int) -> Span:
        return self.norm.source_span(start, end)


def parse_minutes(doc: Document, gazetteer: Gazetteer | None = None) -> Minutes:
    """Structure one minutes document.

    >>> from govkg.read import read_document  # doctest: +SKIP
    >>> m = parse_minutes(read_document(Path("examples/minutes/000_38c23c9cf6929621.txt")))  # doctest: +SKIP
    >>> m.items[0].title.text  # doctest: +SKIP
    'Säkerhetsfrågor och civilt försvar'
    """
    gaz = gazetteer or Gazetteer.load()
    norm = normalise(doc.text)
    lines = classify(norm.lines())
    fm = _FRONT_MATTER.match(norm.text)
    if fm:
        for line in lines:
            if line.start < fm.end():
                line.kind = Kind.BLANK
    d = _Doc(norm, lines)
    minutes = Minutes(document=doc)
    headings = _choose_items(lines)
    recorder_at = _recorder_line(lines, headings)
    ends = _item_ends(lines, headings, recorder_at)
    in_item: set[int] = set()
    for h, stop in zip(headings, ends, strict=True):
        in_item.update(range(h, stop))
    for position, (h, stop) in enumerate(zip(headings, ends, strict=True), start=1):
        minutes.items.append(_item(d, h, stop, position))
    for i, line in enumerate(lines):
        if line.kind is Kind.ATTENDANCE and i not in in_item:
            _attendance_block(d, i, minutes, gaz)
    if not minutes.attendees:
        _status_rows(d, [i for i in range(len(lines)) if i not in in_item], minutes, gaz)
    if recorder_at is not None:
        minutes.recorded_by = _recorder(d, recorder_at)
    elif minutes.recorded_by is None:  # an attendance list may already have named the note-taker
        minutes.recorded_by = _signed_by_secretary(d)
    minutes.meeting = _meeting(d, doc, headings[0] if headings else len(lines))
    if not minutes.items and not minutes.attendees:
        raise ParseError(
            "no agenda items and no attendance found: is this minutes of a meeting?", source=doc.filename
        )
    return minutes


def _choose_items(lines: list[Line]) -> list[int]:
    """The numbered headings that form the agenda: the longest run numbered n, n+1, n+2…"""
    candidates = [
        i for i, ln in enumerate(lines) if ln.kind is Kind.ITEM and ln.number and "." not in ln.number
    ]
    styled = [i for i in candidates if lines[i].heading_level]
    headings = _unnumbered_headings(lines)
    for pool in (styled, candidates):
        chain = _longest_chain(lines, pool)
        if len(headings) >= 2 and pool is candidates and _is_list(lines, chain):
            break  # a numbered list under headings ("Actionpoints: 1. … 2. …"), not the agenda
        if len(chain) >= 2 or (chain and (lines[chain[0]].heading_level or _isolated(lines, chain[0]))):
            return chain
    return headings


def _is_list(lines: list[Line], chain: list[int]) -> bool:
    """Numbered lines with no body between them are a list; agenda items carry text."""
    return all(all(lines[j].kind is Kind.BLANK for j in range(a + 1, b)) for a, b in pairwise(chain))


def _longest_chain(lines: list[Line], pool: list[int]) -> list[int]:
    best: dict[int, list[int]] = {}
    for i in pool:
        n = int(lines[i].number or 0)
        prev = [best[j] for j in best if int(lines[j].number or 0) == n - 1 and best[j][-1] == j]
        chain = [*max(prev, key=len), i] if prev else [i]
        best[i] = chain
    return max(best.values(), key=lambda c: (len(c), -c[0]), default=[])


def _isolated(lines: list[Line], i: int) -> bool:
    before = i == 0 or lines[i - 1].kind is Kind.BLANK
    after = i + 1 >= len(lines) or lines[i + 1].kind is Kind.BLANK
    return before and after


def _unnumbered_headings(lines: list[Line]) -> list[int]:
    """Minutes without numbering: their headings (markdown, Typst, bold lines) are the items."""
    heads = [i for i, ln in enumerate(lines) if ln.heading_level and ln.kind in (Kind.TEXT, Kind.ITEM)]
    levels = sorted({lines[i].heading_level for i in heads})
    for level in levels:
        chosen = [i for i in heads if lines[i].heading_level == level]
        if len(chosen) >= 2:
            return chosen
    return heads


def _recorder_line(lines: list[Line], headings: list[int]) -> int | None:
    first = headings[0] if headings else 0
    found = [i for i, ln in enumerate(lines) if ln.kind is Kind.RECORDER and i >= first]
    if not found:
        found = [i for i, ln in enumerate(lines) if ln.kind is Kind.RECORDER]
    return found[-1] if found else None


def _item_ends(lines: list[Line], headings: list[int], recorder_at: int | None) -> list[int]:
    ends = []
    for k, h in enumerate(headings):
        stop = headings[k + 1] if k + 1 < len(headings) else len(lines)
        if recorder_at is not None and h < recorder_at < stop:
            stop = recorder_at
        for j in range(h + 1, stop):
            # an attendance section ("## Närvarande") closes the item before it
            if lines[j].kind is Kind.ATTENDANCE and lines[j].heading_level:
                stop = j
                break
        ends.append(stop)
    return ends


def _item(d: _Doc, h: int, stop: int, position: int) -> Item:
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


def _blocks(d: _Doc, indices: Iterable[int]) -> Iterable[Block]:
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


def _bullets(d: _Doc, group: list[Line]) -> Iterable[Block]:
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


# ---------------------------------------------------------------- attendance


_COLUMNS = re.compile(r"\t+|\s{2,}")
# "Från Region Skåne:", "Region Skåne:", "Från kommunerna:": a group label inside an attendance list
_GROUP_LABEL = re.compile(r"^(?:från|för)?\s*(?P<group>[^:,]{2,60}?)\s*:$", re.IGNORECASE)


def _attendance_block(d: _Doc, i: int, minutes: Minutes, gaz: Gazetteer) -> None:
    header = d.lines[i]
    status = header.status or "present"
    if header.rest:
        _inline_list(d, header.rest, status, minutes, gaz)
    group: tuple[Quote, str, str | None] | None = None
    for j in range(i + 1, len(d.lines)):
        line = d.lines[j]
        if line.kind is Kind.BLANK:
            continue
        if line.kind is not Kind.TEXT or (line.heading_level and not line.cells):
            break
        cells = line.cells
        if cells is not None:
            texts = [d.norm.text[a:b] for a, b in cells]
            if is_table_header(texts):
                continue
            start, end = cells[0][0], cells[-1][1]
        else:
            start, end = line.start, line.end
            if is_table_header(_COLUMNS.split(d.norm.text[start:end].strip())):
                continue  # "Namn<TAB>Kommun<TAB>Funktion": a header row of tab columns
        parsed = parse_attendee_line(d.norm.text, gaz, start, end)
        if parsed is None and cells is None and (g := _GROUP_LABEL.match(line.text)):
            # the people below belong to this body, unless their own line names another
            a = line.start + g.start("group")
            quote = d.quote(a, line.start + g.end("group"))
            found = gaz.affiliation(quote.text)
            group = (quote, found[0], getattr(found[1], "id", None)) if found else None
            continue
        if parsed is None:
            break
        _add_attendee(d, parsed, status, minutes, group)


def _status_rows(d: _Doc, indices: list[int], minutes: Minutes, gaz: Gazetteer) -> None:
    """Attendance without a heading: runs of rows like "[Name], [Ja]" or "Name<TAB>Nej"."""
    run: list[ParsedAttendee] = []
    for i in [*indices, -1]:
        line = d.lines[i] if i >= 0 else None
        parsed = None
        if line is not None and line.kind is Kind.TEXT:
            parsed = parse_attendee_line(d.norm.text, gaz, line.start, line.end)
        if parsed is not None and parsed.status is not None:
            run.append(parsed)
            continue
        if line is not None and line.kind is Kind.BLANK:
            continue
        if len(run) >= 2:
            for p in run:
                _add_attendee(d, p, "present", minutes)
        run = []


_SENTENCE_END = re.compile(r"\.\s+(?=[A-ZÅÄÖ])")
# "Från Storsthlm deltog A, direktör, och B": a sentence that names more attendees and their body
_FROM_BODY = re.compile(
    r"^(?:från|för)\s+(?P<body>.+?)\s+(?:deltog|närvarade|medverkade)(?:\s+även|\s+också)?\s+(?P<list>.+)$",
    re.IGNORECASE,
)
# "…, som förde anteckningarna": the note-taker named inside the attendance list
_KEEPS_NOTES = re.compile(
    r"^som\s+(?:förde|för|skrev)\s+(?:anteckningarna|protokollet|minnesanteckningarna)\b|^som\s+antecknade\b",
    re.I,
)


def _inline_list(d: _Doc, rest: tuple[int, int], status: str, minutes: Minutes, gaz: Gazetteer) -> None:
    """'Närvarande: Anna Berg (Ale), Bo Ek (Lerum)' or 'Närvarande: Bolagsverket, Digg'."""
    text = d.norm.text
    start, end = rest
    # the list is the first sentence; later ones may add "Från X deltog …"
    sentences: list[tuple[int, int]] = []
    pos = start
    depth = 0
    for k in range(start, end):
        depth += text[k] == "("
        depth -= text[k] == ")"
        if depth == 0 and (m := _SENTENCE_END.match(text, k)) and m.end() <= end:
            sentences.append((pos, k))
            pos = m.end()
    sentences.append((pos, end))
    _list_entries(d, sentences[0], status, minutes, gaz, None)
    for a, b in sentences[1:]:
        if m := _FROM_BODY.match(text[a:b]):
            quote = d.quote(a + m.start("body"), a + m.end("body"))
            found = gaz.affiliation(quote.text)
            group = (quote, found[0], getattr(found[1], "id", None)) if found else (quote, quote.text, None)
            _list_entries(d, (a + m.start("list"), a + m.end("list")), status, minutes, gaz, group)


def _list_entries(
    d: _Doc,
    span: tuple[int, int],
    status: str,
    minutes: Minutes,
    gaz: Gazetteer,
    group: tuple[Quote, str, str | None] | None,
) -> None:
    text = d.norm.text
    start, end = span
    separators = ";" if _depth0(text, start, end, ";") else ","
    raw: list[tuple[int, int]] = []
    depth = 0
    pos = start
    for k in range(start, end):
        ch = text[k]
        depth += ch == "("
        depth -= ch == ")"
        if depth == 0 and (ch in separators or (separators == "," and text.startswith(" och ", k))):
            raw.append((pos, k))
            pos = k + 1
    raw.append((pos, end))
    parts: list[tuple[int, int]] = []
    for a, b in raw:
        while a < b and text[a] in " \t":
            a += 1
        if text.startswith("och ", a):
            a += 4
        while b > a and text[b - 1] in " \t.":
            b -= 1
        if a >= b:
            continue
        bare = re.sub(r"\s*\([^()]*\)$", "", text[a:b])
        no_name = name_length(text, a, b) == 0 or gaz.lookup(bare) is not None  # "Region Stockholm (p 3)"
        if parts and no_name and name_length(text, *parts[-1]) > 0:
            if _KEEPS_NOTES.match(text[a:b]):
                pa, pb = parts[-1]
                n = name_length(text, pa, pb)
                minutes.recorded_by = minutes.recorded_by or Recorder(name=d.quote(pa, pa + n))
                continue
            # "Anna Berg, SKR (p 2)": what carries no name of its own belongs to the person before
            parts[-1] = (parts[-1][0], b)
            continue
        parts.append((a, b))
    for a, b in parts:
        parsed = parse_attendee_line(text, gaz, a, b)
        if parsed is not None:
            _add_attendee(d, parsed, status, minutes, group)
        elif text[a].isupper() and name_length(text, a, b) == 0 and len(text[a:b].split()) <= 6:
            quote = d.quote(a, b)
            found = gaz.affiliation(quote.text)
            canonical = found[0] if found else quote.text
            org_id = getattr(found[1], "id", None) if found else None
            minutes.organisations_present.append(OrgMention(quote, canonical, "other", org_id))


def _depth0(text: str, start: int, end: int, ch: str) -> bool:
    depth = 0
    for k in range(start, end):
        depth += text[k] == "("
        depth -= text[k] == ")"
        if depth == 0 and text[k] == ch:
            return True
    return False


def _add_attendee(
    d: _Doc,
    p: ParsedAttendee,
    status: str,
    minutes: Minutes,
    group: tuple[Quote, str, str | None] | None = None,
) -> None:
    def q(part: object) -> Quote | None:
        if part is None:
            return None
        s, e = part.start, part.end  # type: ignore[attr-defined]
        return d.quote(s, e) if e > s else None

    if p.organisation_only:
        quote = d.quote(p.name.start, p.name.end)
        minutes.organisations_present.append(
            OrgMention(quote, p.affiliation_canonical or quote.text, "other", p.org_id)
        )
        return
    final = p.status or status
    name = d.quote(p.name.start, p.name.end)
    affiliation, canonical, org_id = q(p.affiliation), p.affiliation_canonical, p.org_id
    if affiliation is None and group is not None:
        affiliation, canonical, org_id = group
    attendee = Attendee(
        name=name,
        status="absent" if final == "absent" else "present",
        affiliation=affiliation,
        affiliation_canonical=canonical,
        org_id=org_id,
        role=q(p.role),
        note=q(p.note),
        items_attended=p.items_attended,
        remote=p.remote,
        line=name.span,
    )
    (minutes.absent if attendee.status == "absent" else minutes.present).append(attendee)


# ---------------------------------------------------------------- recorder and meeting


def _recorder(d: _Doc, i: int) -> Recorder | None:
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


def _signed_by_secretary(d: _Doc) -> Recorder | None:
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


# "Anteckningar – Kommunchefsgruppen i Fyrbodal", "Protokoll fört vid sammanträde med Styrelsen",
# "Minnesanteckningar från socialchefsnätverkets möte": the body follows the title word.
_BODY_IN_TITLE = re.compile(
    r"^\S+(?:\s+\d[\d-]*)?\s*(?:[-–—:]\s*|\s+(?:fört\s+vid\s+\S+\s+med|från|för|med)\s+)(?P<body>[^\d].{2,80})$",
    re.IGNORECASE,
)
_TRAILING_DATE = re.compile(r"[\s,]*(?:\d{1,2}\s+[a-zåäö]+\.?\s+\d{4}|\d{2,4}[-./]\d{2}[-./]\d{2,4})\W*$")
_MEETING_WORD = re.compile(r"\s+(?:möte|mötet|sammanträde|sammanträdet)(?:\s.*)?$", re.IGNORECASE)


def _body(d: _Doc, title_at: int, first_item: int) -> str | None:
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


def _meeting(d: _Doc, doc: Document, first_item: int) -> Meeting:
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
