"""parse.attendance: one attendance line → name, role, organisation, note, items attended.

The genre writes "Name, Organisation", "Name, role, Organisation", "Name role, org (p1)",
"Name (ORG)", "Name<TAB>Organisation", "| Name | Organisation |" or "[Name], [Ja]". What carries
across them: a person's name is a run of capitalised words at the start; the organisation is the
last part, known to the gazetteer or at least capitalised; what lies between is a role; a
parenthesis at the end is a note ("(p1)", "(digitalt p 1)") unless it names an organisation.
"""

from __future__ import annotations

import re

from govkg.gazetteer import Gazetteer
from govkg.parse.agency_area import agency_area
from govkg.parse.body_tail import closing_function, tail_body
from govkg.parse.brackets import (
    BARE_NOTE,
    NOTE_HINT,
    PARTY,
    TRAILING_NOTE,
    body_then_titles,
    function_word,
    paren_body_note,
    paren_org_role,
    paren_role_body,
    parse_note,
    role_then_body,
)
from govkg.parse.entry import (
    ParsedAttendee,
    Part,
    looks_like_org,
    name_length,
    org_of,
    segments,
    trim,
)
from govkg.parse.leading_title import leading_title
from govkg.parse.name_order import given_names, surname_first
from govkg.parse.name_place import cut_place
from govkg.parse.status_words import words

_WORD = re.compile(r"\S+")
# a Ja/Nej column after the entry, or a status written after it ("Lena Bäckman, Flen – förhinder")
_STATUS_COLUMN = re.compile(
    f"(?P<present>{words('present', 'column')})|(?P<absent>{words('absent', 'column')})", re.IGNORECASE
)
# "(förhinder)", "(anmält förhinder)", "(frånvarande)", "(ej närvarande)" after an entry in the one
# list of a meeting: the person was listed but absent; the marker is the status, not a note
_ABSENT_MARK = re.compile(words("absent", "marker"), re.IGNORECASE)
_CLOSING_PAREN = re.compile(r"\)\s*\.?$")
_TRAILING_PAREN = re.compile(r"\s*\((?P<note>[^()]*)\)\s*[,.]?\s*$")
# Titles that stand before a name without a title ending ("Professor Karin Wahlgren")
_HEADER_CELLS = frozenset(
    {"namn", "name", "organisation", "kommun", "roll", "role", "titel", "närvaro", "funktion"}
)


def parse_attendee_line(
    text: str, gaz: Gazetteer, start: int = 0, end: int | None = None
) -> ParsedAttendee | None:
    """Read text[start:end] as one attendee; None when it is not an attendance line."""
    end = len(text) if end is None else end
    # "Lena Sundelin (V)", and "A (C), tjänstgörande ersättare för B (KD)": the LAST party ends the line
    if (party := next((p for p in PARTY.finditer(text, start, end) if p.end() == end), None)) is not None:
        end = party.start()
    suffix = _MARKER_SUFFIX.search(text, start, end)
    if suffix is not None and suffix.start() > start:
        end = suffix.start()  # "Anna Berg (Ale kommun) – mötesledare": the marker after the bracket
    parsed = _parse_attendee_line(text, gaz, start, end)
    if parsed is not None and suffix is not None:
        group = "marker" if suffix.group("marker") else "word"
        _read_marker(text, parsed, Part(suffix.start(group), suffix.end(group)))
    if parsed is not None and parsed.role is not None:
        role = parsed.role
        if (party := PARTY.match(text, role.start, role.end)) is not None:
            # "Anna Berg (S), ordförande": the role begins after the party letters
            at = party.end()
            while at < role.end and text[at] in " ,":
                at += 1
            parsed.role = Part(at, role.end) if at < role.end else None
    if parsed is not None:
        cut_place(text, gaz, parsed)  # "Lena Berg Arvika": the municipality without its comma
    return parsed


# "(Ale kommun) – antecknare", "(Trafikverket) – punkt 2": a dash and a marker after a bracketed body
_MARKER_SUFFIX = re.compile(
    r"(?:(?<=\))\s+[–—-]\s+(?P<marker>[^\s()–—-][^()–—]{0,40}?)"
    # without a bracket before it only a function word or an item note: "Anna Berg, Ale – antecknare"
    r"|(?<=\w)\s+[–—]\s+(?P<word>(?i:mötesledare|(?:vice\s+)?ordförande|antecknare|(?:mötes)?sekreterare|"
    r"protokollförare|punkt\s+\d{1,2}|p\.?\s?\d{1,2})))\s*$"
)
_RECORDER_WORD = re.compile(
    r"antecknare|sekreterare|mötessekreterare|protokollförare|notes|secretary|minute[- ]?taker", re.I
)


def _read_marker(text: str, parsed: ParsedAttendee, marker: Part) -> None:
    """An item note ("punkt 2", "p 3") restricts the items attended; any other marker is a function."""
    value = text[marker.start : marker.end]
    items, remote = parse_note(value)
    if items or remote:
        parsed.note = parsed.note or marker
        parsed.items_attended = parsed.items_attended or items
        parsed.remote = parsed.remote or remote
        return
    parsed.role = parsed.role or marker
    if _RECORDER_WORD.fullmatch(value.strip()):
        parsed.extra["function"] = "recorder"  # "– antecknare": this attendee took the notes


def _parse_attendee_line(text: str, gaz: Gazetteer, start: int, end: int) -> ParsedAttendee | None:
    segment_text = text[start:end]
    sentence_like = len(segment_text) > 250 or segment_text.rstrip().endswith((".", "?", "!"))
    if not segment_text.strip() or (sentence_like and not _CLOSING_PAREN.search(segment_text)):
        return None
    note: Part | None = None
    items: list[int] | None = None
    remote = False
    paren_org: tuple[Part, tuple[str, str | None] | None] | None = None
    paren_role: Part | None = None
    marked_absent = False
    m = _TRAILING_PAREN.search(text, start, end)
    if m and m.start() > start:
        inner = Part(m.start("note"), m.end("note"))
        content = text[inner.start : inner.end].strip()
        resolved = org_of(gaz, content) if content else None
        split = paren_org_role(text, gaz, inner) if content and not resolved else None
        board = (
            paren_role_body(text, gaz, inner)
            if content and not resolved and split is None and "," in content
            else None
        )
        if (
            content
            and (resolved or (content.isupper() and 2 <= len(content) <= 12))
            and not NOTE_HINT.search(content)
        ):
            paren_org = (inner, resolved)
        elif split is not None:
            # "Anders Grönvall (Region Halland, regiondirektör)": the body and the role in one bracket
            paren_org, paren_role = (split[0], split[1]), split[2]
        elif board is not None:
            # "Per Ek (ledamot, Lindesberg, § 2)": role, body and the items attended in one bracket
            paren_org, paren_role = (board[0], board[1]), board[2]
            if board[3] is not None:
                note = board[3]
                items, remote = parse_note(text[note.start : note.end])
        elif content and (body_note := paren_body_note(text, gaz, inner)) is not None:
            # "Jenny Wik (Trafikverket, p 2)": the body, then the note with the items attended
            body, note = body_note
            paren_org = (body, org_of(gaz, text[body.start : body.end]))
            items, remote = parse_note(text[note.start : note.end])
        elif _ABSENT_MARK.fullmatch(content):
            marked_absent = True  # "Lena Bäckman, Flen (förhinder)": listed, but absent
        else:
            note = Part(m.start("note") - 1, m.end("note") + 1)
            items, remote = parse_note(content)
        end = m.start()
    parts = segments(text, start, end)
    if not parts:
        return None
    status: str | None = None
    # a "Ja"/"Nej" column: what follows it ("lämnade vid 5.1") is a note
    column = next(
        (
            (k, m)
            for k in range(1, len(parts))
            if (m := _STATUS_COLUMN.fullmatch(text, parts[k].start, parts[k].end)) is not None
        ),
        None,
    )
    if column is not None:
        at = column[0]
        status = "present" if column[1].group("present") else "absent"
        if at + 1 < len(parts):
            note = Part(parts[at + 1].start, parts[-1].end)
        parts = parts[:at]
    if marked_absent:
        status = "absent"
    first = parts[0]
    natural: str | None = None
    pair = ((first.start, first.end), (parts[1].start, parts[1].end)) if len(parts) >= 2 else None
    # cheap test first: only a part of first names after the comma can make "Surname, Given"
    if pair and given_names(text, *pair[1]):
        body_follows = paren_org is not None or (
            len(parts) >= 3 and org_of(gaz, text[parts[2].start : parts[2].end]) is not None
        )
        sf = surname_first(text, gaz, *pair, body_follows=body_follows)
    else:
        sf = None
    if sf is not None:
        # "Brandt, Helena – Eskilstuna": the person written surname first, then the line as usual
        first, natural = Part(sf.start, sf.end), sf.natural
        parts = [first, *parts[2:]]
    whole_name = natural is not None or name_length(text, first.start, first.end) == first.end - first.start
    if not whole_name and (body_first := _body_first(text, gaz, parts)) is not None:
        body_first.note, body_first.items_attended, body_first.remote = note, items, remote
        body_first.status = status
        return body_first
    lead = leading_title(text, first) if natural is None else None
    if lead is not None:
        # "Kommunchef Elin Rosenqvist, Lycksele kommun": the title before the name is the role
        first = Part(lead.end + 1, first.end)
        while first.start < first.end and text[first.start] == " ":
            first = Part(first.start + 1, first.end)
    n = first.end - first.start if natural is not None else name_length(text, first.start, first.end)
    if n == 0:
        org_only = org_of(gaz, text[first.start : first.end])
        if len(parts) == 1 and org_only:
            return ParsedAttendee(
                name=first,
                affiliation=first,
                affiliation_canonical=org_only[0],
                org_id=org_only[1],
                organisation_only=True,
            )
        return None
    result = ParsedAttendee(
        name=Part(first.start, first.start + n),
        note=note,
        items_attended=items,
        remote=remote,
        status=status,
        natural=natural,
    )
    role_parts: list[Part] = []
    leftover = Part(first.start + n, first.end)
    if text[leftover.start : leftover.end].strip():
        leftover = trim(text, leftover)
        # "Anna Berg Ale" (a single segment): the tail may be the organisation itself
        if len(parts) == 1 and (resolved := org_of(gaz, text[leftover.start : leftover.end])):
            result.affiliation, (result.affiliation_canonical, result.org_id) = leftover, resolved
            leftover = Part(leftover.end, leftover.end)
        elif text[leftover.start].isupper() and len(parts) == 1:
            return None  # three capitalised words and more: likely not "Name, Org"
        elif not PARTY.fullmatch(text, leftover.start, leftover.end):
            role_parts.append(leftover)  # (the party letters "(S)" are neither role nor body)
    rest = parts[1:]
    if (
        result.note is None
        and rest
        and (trailing := TRAILING_NOTE.search(text, rest[-1].start, rest[-1].end))
    ):
        # "Patrik Lövgren (SD), Sundsvall §12-17": the items attended close the body's part
        result.note = Part(trailing.start("note"), trailing.end("note"))
        result.items_attended, result.remote = parse_note(trailing.group("note"))
        rest = [*rest[:-1], Part(rest[-1].start, trailing.start())]
        if _BODY_PREFIX.fullmatch(text, rest[-1].start, rest[-1].end):
            # "ekonomichef, DIR §§ 4–5": the body's prefix of its paragraph numbers is part of the note
            result.note = Part(rest[-1].start, result.note.end)
            rest = rest[:-1]
    last_text = text[rest[-1].start : rest[-1].end] if rest else ""
    if result.note is None and len(rest) > 1 and BARE_NOTE.match(last_text):
        # "Name – SKR, punkt 3": an unbracketed note closes the line
        note_part = rest.pop()
        result.note = note_part
        result.items_attended, result.remote = parse_note(text[note_part.start : note_part.end])
    if rest and result.affiliation is None:
        last = rest[-1]
        surface = text[last.start : last.end]
        resolved = org_of(gaz, surface)
        inner_at = next(
            (k for k in range(len(rest) - 2, -1, -1) if org_of(gaz, text[rest[k].start : rest[k].end])), None
        )
        if resolved:
            result.affiliation, (result.affiliation_canonical, result.org_id) = last, resolved
            rest = rest[:-1]
        elif inner_at is not None and not looks_like_org(surface):
            # columns "Name<TAB>Kommun<TAB>Funktion", "Name – Region X, regiondirektör": the known
            # body need not stand last; the role is what follows it (or precedes it, if nothing does)
            org_part = rest[inner_at]
            resolved = org_of(gaz, text[org_part.start : org_part.end])
            assert resolved is not None
            result.affiliation, (result.affiliation_canonical, result.org_id) = org_part, resolved
            after = rest[inner_at + 1 :]
            if rest[:inner_at] and all(function_word(text, part) for part in after):
                after = []  # "Name, kommunchef, Haparanda stad, ordförande": the title, not the function
            rest = after or rest[:inner_at]
        else:
            # "verksamhetschef GR": the organisation is the tail of the last part; "kommundirektör Habo
            # kommun, ordförande": of the part before the meeting functions that close the line
            at = len(rest) - 1
            while at > 0 and closing_function(text, rest[at]):
                at -= 1
            if found := tail_body(text, gaz, rest[at]):
                result.affiliation, (result.affiliation_canonical, result.org_id) = found[0], found[1]
                rest = [*rest[:at], found[2], *rest[at + 1 :]]
            if result.affiliation is None and (role_body := role_then_body(text, last)):
                result.affiliation = role_body[1]
                result.affiliation_canonical = text[role_body[1].start : role_body[1].end]
                rest = [*rest[:-1], role_body[0]]
            elif (
                result.affiliation is None
                and looks_like_org(surface)
                and not NOTE_HINT.fullmatch(surface.lower())
            ):
                result.affiliation, result.affiliation_canonical = last, surface
                if area := agency_area(gaz, surface):  # "Polisen Halland": the agency, with its area
                    result.affiliation_canonical, result.org_id = area
                rest = rest[:-1]
            elif result.affiliation is None and len(rest) >= 2 and body_then_titles(text, rest):
                # "Name – Stockholm Nordost, processledare", "J. Sandström, IEF, verksamhetsledare": an
                # unknown capitalised body first, then only lower-case titles
                first_part = rest[0]
                result.affiliation = first_part
                result.affiliation_canonical = text[first_part.start : first_part.end]
                rest = [p for p in rest[1:] if not function_word(text, p)] or rest[1:]
    role_parts.extend(rest)
    role_parts = [p for p in role_parts if p.end > p.start]
    if lead is not None:
        role_parts = [lead]
    if role_parts:
        result.role = Part(role_parts[0].start, role_parts[-1].end)
    if paren_role is not None and result.role is None:
        result.role = paren_role
    if paren_org is not None:
        inner, resolved = paren_org
        if result.affiliation is None:
            result.affiliation = inner
            result.affiliation_canonical = resolved[0] if resolved else text[inner.start : inner.end].strip()
            result.org_id = resolved[1] if resolved else None
        else:
            result.note = Part(inner.start - 1, inner.end + 1)
    return result


_BODY_PREFIX = re.compile(r"[A-ZÅÄÖ]{2,5}")


def _body_first(text: str, gaz: Gazetteer, parts: list[Part]) -> ParsedAttendee | None:
    """Columns with the body first: "Bollnäs   Tomas Engdahl   kommunchef", "SKR   Name   role"."""
    if len(parts) < 2:
        return None
    first, second = parts[0], parts[1]
    surface = text[first.start : first.end]
    n = name_length(text, second.start, second.end)
    tail = text[second.start + n : second.end].strip()
    if n == 0 or (tail and not tail[0].islower()):
        return None  # the second column is a name, perhaps followed by a role ("Tomas Engdahl kommunchef")
    resolved = org_of(gaz, surface)
    if resolved is None:
        # an unknown body: a short capitalised column that is not a name itself ("X-trafik")
        if (
            not looks_like_org(surface)
            or ":" in surface  # "Från Länsbiblioteket: Kajsa Fröberg": a group label and its first name
            or len(surface.split()) > 4
            or name_length(text, first.start, first.end)
        ):
            return None
        if leading_title(text, Part(first.start, second.end)) or surface.lower() in _HEADER_CELLS:
            return None
    result = ParsedAttendee(name=Part(second.start, second.start + n), affiliation=first)
    result.affiliation_canonical, result.org_id = resolved if resolved else (surface, None)
    rest = parts[2:]
    if tail:
        rest = [trim(text, Part(second.start + n, second.end)), *rest]
    if rest:
        result.role = Part(rest[0].start, rest[-1].end)
    return result


def is_table_header(cells: list[str]) -> bool:
    """'| Namn | Organisation |' is a header row, not a person."""
    return bool(cells) and all(c.strip().lower() in _HEADER_CELLS or not c.strip() for c in cells)
