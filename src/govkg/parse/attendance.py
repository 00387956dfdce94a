"""parse.attendance: one attendance line → name, role, organisation, note, items attended.

The genre writes "Name, Organisation", "Name, role, Organisation", "Name role, org (p1)",
"Name (ORG)", "Name<TAB>Organisation", "| Name | Organisation |" or "[Name], [Ja]". What carries
across them: a person's name is a run of capitalised words at the start; the organisation is the
last part, known to the gazetteer or at least capitalised; what lies between is a role; a
parenthesis at the end is a note ("(p1)", "(digitalt p 1)") unless it names an organisation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from govkg.extract._person_lexicon import cues, first_names
from govkg.gazetteer import Gazetteer, Municipality
from govkg.parse.name_order import given_names, surname_first
from govkg.parse.roman import ROMAN

# A name word: "Anna", "Gull-Britt", "Randén", "Nešić", "O'Neil", an initial "L" or "L.", a particle.
_NAME_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?(?:-[^\W\d_]+)*\.?")
_WORD = re.compile(
    r"(?:[A-ZÅÄÖÉÈÜÆØ][a-zåäöéèüáíóúæøçñ'’]+(?:-[A-ZÅÄÖÉÜa-zåäö][a-zåäöéèüáíóú'’]+)*"
    r"|[A-ZÅÄÖ]\.?|von|van|af|de|der|den|la|le|di|da|el|al)"
)
_WORD = re.compile(r"\S+")
_NOTE_ITEMS = re.compile(
    r"(?:(?:\b(?:p|punkt|punkterna|pkt|item|ärende|ärendena|beslut|beslutspunkt)|(?<!\w)§)\.?\s*)(?P<list>\d+(?:\s*(?:[-–,&]|och)\s*\d+)*)",
    re.I,
)
_REMOTE = re.compile(r"digital|distans|teams|zoom|länk|online|remote|videolänk|telefon", re.I)
_NOTE_HINT = re.compile(
    r"\b(?:p|punkt|pkt|§|del av|ej|från|till|kl|lämnade|anslöt|digital|distans|teams|zoom|länk|online|"
    r"ersättare|ordf|sekr|adjungerad|gäst|ledamot|suppleant)\b",
    re.I,
)
_STATUS_WORDS = {
    "ja": "present",
    "nej": "absent",
    "närvarande": "present",
    "frånvarande": "absent",
    # "Lena Dahl, Flen – förhinder": a status written after the entry
    "förhinder": "absent",
    "anmält förhinder": "absent",
    "ej närvarande": "absent",
}
# "(förhinder)", "(anmält förhinder)", "(frånvarande)", "(ej närvarande)" after an entry in the one
# list of a meeting: the person was listed but absent; the marker is the status, not a note
_ABSENT_MARK = re.compile(
    r"(?:anmält\s+|anmälde\s+|hade\s+)?förhinder|frånvarande|ej\s+närvarande|inte\s+närvarande|"
    r"deltog\s+(?:ej|inte)|ej\s+deltagit|ej\s+närv\.?|frånv\.?",
    re.IGNORECASE,
)
# "Name, Org", "Name; Org", "Name | Org", "Name<TAB>Org", "Name – Org", "Name   Org", "Name/Org"
_SEPARATORS = re.compile(r"\s*(?:,|;|\||\t+|\s[-–—]\s|\s{3,}|(?<=[^\W\d_])/(?=[^\W\d_]))\s*")
_CLOSING_PAREN = re.compile(r"\)\s*\.?$")
_TRAILING_PAREN = re.compile(r"\s*\((?P<note>[^()]*)\)\s*[,.]?\s*$")
# Words that start a sentence, not a name: a line that starts so is no attendance line.
_SENTENCE_WORDS = frozenset(
    "Det Den De Vi Ett En Nätverket Gruppen Mötet Frågan Här Där Inga Ingen Alla Flera Nästa Under Efter "
    "Inför Om Med För Till Från Och Samt Se Ur Nytt Ny Sammanfattning Kort Beslut Diskussion".split()
)
# Words that open a body's name, not a person's: "Region Jönköpings län: Anna Berg, samordnare"
_BODY_HEADS = frozenset(
    "Region Regionen Länsstyrelsen Länsstyrelsens Kommunförbundet Förbundet Kommunen".split()
)
# Titles that stand before a name without a title ending ("Professor Karin Nyberg")
_LEADING_TITLES = frozenset({"professor", "docent", "doktor", "dr", "biskop", "landshövding", "överste"})
_HEADER_CELLS = frozenset(
    {"namn", "name", "organisation", "kommun", "roll", "role", "titel", "närvaro", "funktion"}
)


@dataclass(slots=True)
class Part:
    """A piece of the line, as local offsets into the line's text."""

    start: int
    end: int


@dataclass(slots=True)
class ParsedAttendee:
    name: Part
    affiliation: Part | None = None
    affiliation_canonical: str | None = None
    org_id: str | None = None
    role: Part | None = None
    note: Part | None = None
    items_attended: list[int] | None = None
    remote: bool = False
    status: str | None = None  # from a "Ja"/"Nej" column
    organisation_only: bool = False  # the line names an organisation, not a person
    natural: str | None = None  # "Helena Strand" when the line writes "Strand, Helena"
    extra: dict[str, str] = field(default_factory=dict)


def _segments(text: str, start: int, end: int) -> list[Part]:
    parts: list[Part] = []
    pos = start
    for m in _SEPARATORS.finditer(text, start, end):
        if m.start() > pos:
            parts.append(Part(pos, m.start()))
        pos = m.end()
    if end > pos:
        parts.append(Part(pos, end))
    return [_trim(text, p) for p in parts if text[p.start : p.end].strip(" []")]


def _trim(text: str, p: Part) -> Part:
    s, e = p.start, p.end
    while s < e and text[s] in " []*_\"'":
        s += 1
    while e > s and text[e - 1] in " []*_\"',.:;":
        e -= 1
    return Part(s, e)


_PARTICLES = frozenset({"von", "van", "af", "de", "der", "den", "la", "le", "di", "da", "el", "al"})


def name_length(text: str, start: int, end: int) -> int:
    """Length of the leading person name in text[start:end] (0 if there is none)."""
    # The answer depends on the slice alone (the scan never looks outside it), and the parser asks
    # about the same line several times over: cache by the slice.
    return _name_length(text[start:end])


@lru_cache(maxsize=8192)
def _name_length(text: str) -> int:
    start, end = 0, len(text)
    words: list[re.Match[str]] = []
    pos = start
    for m in _NAME_WORD.finditer(text, start, end):
        if m.start() != pos:
            break
        if m.end() < end and text[m.end()] == ":" and (m.end() + 1 >= end or not text[m.end() + 1].isalnum()):
            return 0  # "Räddningstjänsten Östra Götaland: Anna Berg": a label, not a name
        if m.end() < end and (text[m.end()].isalnum() or text[m.end()] in "-:'’"):
            break  # only the start of a longer word ("SKR" in "SKR:s")
        word = m.group()
        initial = len(word.rstrip(".")) == 1
        if word.endswith(".") and not initial:
            break  # a sentence ends here
        if not (word[0].isupper() or word in _PARTICLES) or (
            word.isupper() and len(word) > 1 and not initial
        ):
            break  # lower-case words and acronyms ("GR") are no part of a name
        words.append(m)
        pos = m.end()
        while pos < end and text[pos] == " ":
            pos += 1
        if len(words) == 5:
            break
    # a name does not end in a particle or an initial
    while words and (words[-1].group() in _PARTICLES or len(words[-1].group().rstrip(".")) < 2):
        words.pop()
    capitals = sum(1 for w in words if w.group()[0].isupper())
    if len(words) < 2 or capitals < 2 or words[0].group() in _SENTENCE_WORDS | _BODY_HEADS:
        return 0
    return words[-1].end() - start


_MUNI_SUFFIX = re.compile(r"\s+(?:stad|kommun|kommuns|stads)$")
# A trailing note that is not in parentheses: "Name – SKR, punkt 3", "Name, Ale, digitalt".
_BARE_NOTE = re.compile(
    r"^(?:(?:p|punkt|pkt|§)\.?\s*\d+(?:\s*(?:[-–,&]|och)\s*\d+)*"
    # "punkt IV", "punkt C": an agenda numbered with roman numerals or letters
    r"|(?:p|punkt|pkt)\.?\s*(?-i:[IVX]{1,6}|[A-Z])(?:\s*(?:[-–,&]|och)\s*(?-i:[IVX]{1,6}|[A-Z]))*"
    r"|(?:deltog\s+)?(?:digitalt|på distans|via teams))$",
    re.I,
)


def _org(gaz: Gazetteer, surface: str) -> tuple[str, str | None] | None:
    # the whole surface must name the body: "verksamhetschef GR" is a role and an organisation
    entry = gaz.lookup(surface)
    if entry is None and (m := _MUNI_SUFFIX.search(surface)):
        # "Stockholm stad", "Boden kommun": a municipality written with its kind but not in genitive
        entry = gaz.lookup(surface[: m.start()])
        if not isinstance(entry, Municipality):
            entry = None
    if entry is None:
        return None
    canonical = entry.name
    org_id = f"kommun-{entry.scb_code}" if isinstance(entry, Municipality) else entry.id
    return canonical, org_id


def org_of(gaz: Gazetteer, surface: str) -> tuple[str, str | None] | None:
    """The canonical name and gazetteer id of the body ``surface`` names, if the gazetteer knows it."""
    return _org(gaz, surface)


def _looks_like_org(surface: str) -> bool:
    words = surface.split()
    return bool(words) and surface[0].isupper() and len(words) <= 8 and not surface.endswith(".")


def _paren_org_role(
    text: str, gaz: Gazetteer, inner: Part
) -> tuple[Part, tuple[str, str | None], Part] | None:
    """ "(Region Halland, regiondirektör)" / "(regiondirektör, Region Halland)": (body, its entry, role)."""
    content = text[inner.start : inner.end]
    if content.count(",") != 1 or _NOTE_HINT.search(content):
        return None
    cut = inner.start + content.index(",")
    halves = [_trim(text, Part(inner.start, cut)), _trim(text, Part(cut + 1, inner.end))]
    for k in (0, 1):
        org, other = halves[k], halves[1 - k]
        resolved = _org(gaz, text[org.start : org.end])
        if resolved and other.end > other.start and not _org(gaz, text[other.start : other.end]):
            return org, resolved, other
    return None


# Board roles without a title ending ("adjungerad", "suppleant"); titles are found by their endings
_BOARD_ROLES = frozenset(
    {"adjungerad", "adjungerade", "suppleant", "gäst", "värd", "moderator", "mötesledare"}
)


def _is_role(surface: str) -> bool:
    """ "ledamot", "vice ordförande", "förbundschef", "adjungerad": a lower-case title phrase."""
    words = surface.split()
    if not words or len(words) > 8 or not surface[0].islower():
        return False
    heads = [w.strip(",;").lower() for w in words[:3]]
    return any(w in _BOARD_ROLES or w.endswith(cues().title_suffixes) for w in heads)


_FUNCTIONS = frozenset({"ordförande", "vice ordförande", "ordf.", "sekreterare", "antecknare", "justerare"})


def _function_word(text: str, part: Part) -> bool:
    """ "ordförande", "sekreterare": the meeting function after a title, not the title itself."""
    return text[part.start : part.end].strip().lower() in _FUNCTIONS


def _body_then_titles(text: str, rest: list[Part]) -> bool:
    first = text[rest[0].start : rest[0].end]
    return (
        _looks_like_org(first)
        and len(first.split()) <= 4
        and not _is_person(first)
        and all(_is_role(text[p.start : p.end]) for p in rest[1:])
    )


def _is_person(surface: str) -> bool:
    words = surface.split()
    return (
        2 <= len(words) <= 3 and words[0] in first_names().names and name_length(surface, 0, len(surface)) > 0
    )


def _paren_role_body(
    text: str, gaz: Gazetteer, inner: Part
) -> tuple[Part, tuple[str, str | None] | None, Part, Part | None] | None:
    """ "(ledamot, Nora)", "(förbundschef, Samordningsförbundet X, § 2)", "(Nora, ersättare)".

    A board's roll call writes each member's role and body in one bracket, sometimes with the items
    attended last: the role is a title phrase, the body is capitalised (known to the gazetteer or
    not). Returns (body, its gazetteer entry or None, role, note or None).
    """
    content = text[inner.start : inner.end]
    if not 1 <= content.count(",") <= 4:
        return None
    parts: list[Part] = []
    pos = inner.start
    for k, ch in enumerate(content):
        if ch == ",":
            parts.append(_trim(text, Part(pos, inner.start + k)))
            pos = inner.start + k + 1
    parts.append(_trim(text, Part(pos, inner.end)))
    note: Part | None = None
    note_text = text[parts[-1].start : parts[-1].end]
    if len(parts) >= 3 and (_NOTE_ITEMS.search(note_text) or _BARE_NOTE.match(note_text)):
        note = parts.pop()
    if len(parts) > 2:
        # "(funktionschef, enheten för beredskap, Länsstyrelsen)": the title phrase runs to the body
        parts = [Part(parts[0].start, parts[-2].end), parts[-1]]
    for k in (0, 1):
        role, body = parts[k], parts[1 - k]
        role_text, body_text = text[role.start : role.end], text[body.start : body.end]
        if not _is_role(role_text) or not body_text:
            continue
        resolved = _org(gaz, body_text)
        if resolved is None and (
            not _looks_like_org(body_text) or _NOTE_HINT.search(body_text) or _is_person(body_text)
        ):
            continue
        return body, resolved, role, note
    return None


def _paren_body_note(text: str, gaz: Gazetteer, inner: Part) -> tuple[Part, Part] | None:
    """ "(Trafikverket, p 2)", "(Region X, digitalt)": a body first, then a note; (body, note)."""
    content = text[inner.start : inner.end]
    if content.count(",") != 1:
        return None
    cut = inner.start + content.index(",")
    body, note = _trim(text, Part(inner.start, cut)), _trim(text, Part(cut + 1, inner.end))
    body_text, note_text = text[body.start : body.end], text[note.start : note.end]
    if not note_text or not (_NOTE_ITEMS.search(note_text) or _BARE_NOTE.match(note_text)):
        return None
    known = _org(gaz, body_text) is not None
    if not known and (
        not _looks_like_org(body_text) or _NOTE_HINT.search(body_text) or len(body_text.split()) > 5
    ):
        return None
    return body, note


def parse_note(note: str) -> tuple[list[int] | None, bool]:
    """'(p1)', '(digitalt p 1)', '(punkt 1–3)', '(p 1, 3)' → (items attended, remote)."""
    items: list[int] | None = None
    m = _NOTE_ITEMS.search(note)
    if m:
        items = []
        for a, sep, b in re.findall(r"(\d+)(?:\s*([-–])\s*(\d+))?", m.group("list")):
            if sep and b and int(b) >= int(a) and int(b) - int(a) < 50:
                items.extend(range(int(a), int(b) + 1))
            else:
                items.append(int(a))
    elif m := _NOTE_ORDINALS.search(note):
        items = []
        for token in re.findall(r"[IVX]{1,6}|[A-Z]", m.group("list")):
            # "punkt IV" is the fourth item; "punkt C" the third of an agenda lettered A, B, C
            value = ROMAN.get(token) or ord(token) - ord("A") + 1
            items.append(value)
    return items, bool(_REMOTE.search(note))


# "punkt IV", "(punkt C)", "p. II–III": items named by their roman numeral or letter
_NOTE_ORDINALS = re.compile(
    r"\b(?i:p|punkt|punkterna|pkt|ärende)\.?\s*(?P<list>(?:[IVX]{1,6}|[A-Z])(?:\s*(?:[,&]|och)\s*(?:[IVX]{1,6}|[A-Z]))*)\b"
)


# "(S)", "(M)", "(KD)": the party letters after an elected member's name, neither note nor body
_PARTY = re.compile(r"\s*\((?:S|M|C|V|L|KD|MP|SD)\)")


def parse_attendee_line(
    text: str, gaz: Gazetteer, start: int = 0, end: int | None = None
) -> ParsedAttendee | None:
    """Read text[start:end] as one attendee; None when it is not an attendance line."""
    end = len(text) if end is None else end
    if (party := _PARTY.search(text, start, end)) is not None and party.end() == end:
        end = party.start()  # "Lena Hägg (V)"
    suffix = _MARKER_SUFFIX.search(text, start, end)
    if suffix is not None and suffix.start() > start:
        end = suffix.start()  # "Anna Berg (Ale kommun) – mötesledare": the marker after the bracket
    parsed = _parse_attendee_line(text, gaz, start, end)
    if parsed is not None and suffix is not None:
        group = "marker" if suffix.group("marker") else "word"
        _read_marker(text, parsed, Part(suffix.start(group), suffix.end(group)))
    if parsed is not None and parsed.role is not None:
        role = parsed.role
        if (party := _PARTY.match(text, role.start, role.end)) is not None:
            # "Anna Berg (S), ordförande": the role begins after the party letters
            at = party.end()
            while at < role.end and text[at] in " ,":
                at += 1
            parsed.role = Part(at, role.end) if at < role.end else None
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
        resolved = _org(gaz, content) if content else None
        split = _paren_org_role(text, gaz, inner) if content and not resolved else None
        board = (
            _paren_role_body(text, gaz, inner)
            if content and not resolved and split is None and "," in content
            else None
        )
        if (
            content
            and (resolved or (content.isupper() and 2 <= len(content) <= 12))
            and not _NOTE_HINT.search(content)
        ):
            paren_org = (inner, resolved)
        elif split is not None:
            # "Anders Lind (Region Halland, regiondirektör)": the body and the role in one bracket
            paren_org, paren_role = (split[0], split[1]), split[2]
        elif board is not None:
            # "Per Ek (ledamot, Lindesberg, § 2)": role, body and the items attended in one bracket
            paren_org, paren_role = (board[0], board[1]), board[2]
            if board[3] is not None:
                note = board[3]
                items, remote = parse_note(text[note.start : note.end])
        elif content and (body_note := _paren_body_note(text, gaz, inner)) is not None:
            # "Jenny Wik (Trafikverket, p 2)": the body, then the note with the items attended
            body, note = body_note
            paren_org = (body, _org(gaz, text[body.start : body.end]))
            items, remote = parse_note(text[note.start : note.end])
        elif _ABSENT_MARK.fullmatch(content):
            marked_absent = True  # "Lena Dahl, Flen (förhinder)": listed, but absent
        else:
            note = Part(m.start("note") - 1, m.end("note") + 1)
            items, remote = parse_note(content)
        end = m.start()
    parts = _segments(text, start, end)
    if not parts:
        return None
    status: str | None = None
    # a "Ja"/"Nej" column: what follows it ("lämnade vid 5.1") is a note
    at = next(
        (k for k in range(1, len(parts)) if text[parts[k].start : parts[k].end].lower() in _STATUS_WORDS), 0
    )
    if at:
        status = _STATUS_WORDS[text[parts[at].start : parts[at].end].lower()]
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
            len(parts) >= 3 and _org(gaz, text[parts[2].start : parts[2].end]) is not None
        )
        sf = surname_first(text, gaz, *pair, body_follows=body_follows)
    else:
        sf = None
    if sf is not None:
        # "Strand, Helena – Eskilstuna": the person written surname first, then the line as usual
        first, natural = Part(sf.start, sf.end), sf.natural
        parts = [first, *parts[2:]]
    whole_name = natural is not None or name_length(text, first.start, first.end) == first.end - first.start
    if not whole_name and (body_first := _body_first(text, gaz, parts)) is not None:
        body_first.note, body_first.items_attended, body_first.remote = note, items, remote
        body_first.status = status
        return body_first
    lead = _leading_title(text, first) if natural is None else None
    if lead is not None:
        # "Kommunchef Elin Marklund, Lycksele kommun": the title before the name is the role
        first = Part(lead.end + 1, first.end)
        while first.start < first.end and text[first.start] == " ":
            first = Part(first.start + 1, first.end)
    n = first.end - first.start if natural is not None else name_length(text, first.start, first.end)
    if n == 0:
        org_only = _org(gaz, text[first.start : first.end])
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
        leftover = _trim(text, leftover)
        # "Anna Berg Ale" (a single segment): the tail may be the organisation itself
        if len(parts) == 1 and (resolved := _org(gaz, text[leftover.start : leftover.end])):
            result.affiliation, (result.affiliation_canonical, result.org_id) = leftover, resolved
            leftover = Part(leftover.end, leftover.end)
        elif text[leftover.start].isupper() and len(parts) == 1:
            return None  # three capitalised words and more: likely not "Name, Org"
        else:
            role_parts.append(leftover)
    rest = parts[1:]
    last_text = text[rest[-1].start : rest[-1].end] if rest else ""
    if result.note is None and len(rest) > 1 and _BARE_NOTE.match(last_text):
        # "Name – SKR, punkt 3": an unbracketed note closes the line
        note_part = rest.pop()
        result.note = note_part
        result.items_attended, result.remote = parse_note(text[note_part.start : note_part.end])
    if rest and result.affiliation is None:
        last = rest[-1]
        surface = text[last.start : last.end]
        resolved = _org(gaz, surface)
        inner_at = next(
            (k for k in range(len(rest) - 2, -1, -1) if _org(gaz, text[rest[k].start : rest[k].end])), None
        )
        if resolved:
            result.affiliation, (result.affiliation_canonical, result.org_id) = last, resolved
            rest = rest[:-1]
        elif inner_at is not None and not _looks_like_org(surface):
            # columns "Name<TAB>Kommun<TAB>Funktion", "Name – Region X, regiondirektör": the known
            # body need not stand last; the role is what follows it (or precedes it, if nothing does)
            org_part = rest[inner_at]
            resolved = _org(gaz, text[org_part.start : org_part.end])
            assert resolved is not None
            result.affiliation, (result.affiliation_canonical, result.org_id) = org_part, resolved
            after = rest[inner_at + 1 :]
            if rest[:inner_at] and all(_function_word(text, part) for part in after):
                after = []  # "Name, kommunchef, Haparanda stad, ordförande": the title, not the function
            rest = after or rest[:inner_at]
        else:
            # "verksamhetschef GR": the organisation is the tail of the last part
            words = list(_WORD.finditer(text, last.start, last.end))
            for k in range(1, min(4, len(words))):
                if words[-k - 1].group() in ("i", "på", "vid", "för"):
                    words = []  # "Högskolan i Halmstad": the town belongs to the body's name
                    break
                tail = Part(words[-k].start(), last.end)
                if resolved := _org(gaz, text[tail.start : tail.end]):
                    result.affiliation, (result.affiliation_canonical, result.org_id) = tail, resolved
                    rest = [*rest[:-1], Part(last.start, words[-k - 1].end())]
                    break
            if (
                result.affiliation is None
                and _looks_like_org(surface)
                and not _NOTE_HINT.fullmatch(surface.lower())
            ):
                result.affiliation, result.affiliation_canonical = last, surface
                rest = rest[:-1]
            elif result.affiliation is None and len(rest) >= 2 and _body_then_titles(text, rest):
                # "Name – Stockholm Nordost, processledare", "J. Wikström, IEF, verksamhetsledare": an
                # unknown capitalised body first, then only lower-case titles
                first_part = rest[0]
                result.affiliation = first_part
                result.affiliation_canonical = text[first_part.start : first_part.end]
                rest = [p for p in rest[1:] if not _function_word(text, p)] or rest[1:]
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


_LEAD_WORD = re.compile(r"[A-ZÅÄÖa-zåäö][a-zåäöé-]+(?= +)")
# "Tf.", "T.f.", "tf", "Bitr.", "Vik.", "Ställf.": acting or deputy before a title
_ACTING = re.compile(r"(?i:t\.\s?f\.|tf\.?|bitr\.|vik\.|ställf\.)\s+(?=[a-zåäö])")


def _leading_title(text: str, first: Part) -> Part | None:
    """A title before the name: "Kommunchef", "Regiondirektör", "Professor", "Biträdande rektor"."""
    pos = first.start
    if acting := _ACTING.match(text, pos, first.end):  # "Tf. kommunchef Anna Berg": acting, part of the role
        pos = acting.end()
    for k in range(3):  # "regional utvecklingsdirektör Maria Ek": up to two words before the title
        m = _LEAD_WORD.match(text, pos, first.end)
        if m is None or (k and not m.group()[0].islower()):
            return None
        word = m.group().lower()
        after = m.end()
        while after < first.end and text[after] == " ":
            after += 1
        if (word in _LEADING_TITLES or word.endswith(cues().title_suffixes)) and name_length(
            text, after, first.end
        ):
            return Part(first.start, m.end())
        pos = after  # "biträdande socialchef Anna Berg": the title may be the second or third word
    return None


def _body_first(text: str, gaz: Gazetteer, parts: list[Part]) -> ParsedAttendee | None:
    """Columns with the body first: "Bollnäs   Tomas Eriksson   kommunchef", "SKR   Name   role"."""
    if len(parts) < 2:
        return None
    first, second = parts[0], parts[1]
    surface = text[first.start : first.end]
    n = name_length(text, second.start, second.end)
    tail = text[second.start + n : second.end].strip()
    if n == 0 or (tail and not tail[0].islower()):
        return None  # the second column is a name, perhaps followed by a role ("Tomas Eriksson kommunchef")
    resolved = _org(gaz, surface)
    if resolved is None:
        # an unknown body: a short capitalised column that is not a name itself ("X-trafik")
        if (
            not _looks_like_org(surface)
            or len(surface.split()) > 4
            or name_length(text, first.start, first.end)
        ):
            return None
        if _leading_title(text, Part(first.start, second.end)) or surface.lower() in _HEADER_CELLS:
            return None
    result = ParsedAttendee(name=Part(second.start, second.start + n), affiliation=first)
    result.affiliation_canonical, result.org_id = resolved if resolved else (surface, None)
    rest = parts[2:]
    if tail:
        rest = [_trim(text, Part(second.start + n, second.end)), *rest]
    if rest:
        result.role = Part(rest[0].start, rest[-1].end)
    return result


def is_table_header(cells: list[str]) -> bool:
    """'| Namn | Organisation |' is a header row, not a person."""
    return bool(cells) and all(c.strip().lower() in _HEADER_CELLS or not c.strip() for c in cells)
