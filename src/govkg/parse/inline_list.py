"""parse.inline_list: an attendance line's list or sentence → Attendees, the recorder, the writer's presence.

"Närvarande: A (Ale), B (Lerum). Från X deltog C.", "Vid mötet deltog …", "… samt D som förde
anteckningarna", "… och jag": a comma/"och" list or a prose sentence names the people, their bodies,
perhaps the note-taker and the writer of the mail; the opening item may hold the roll call too.
"""

from __future__ import annotations

import re

from govkg.gazetteer import Gazetteer
from govkg.model import Minutes, OrgMention, Quote, Recorder
from govkg.parse.attendance import parse_attendee_line
from govkg.parse.attendees import add_attendee
from govkg.parse.entry import ParsedAttendee, Part, looks_like_org, name_length, org_of
from govkg.parse.groups import group_list
from govkg.parse.lines import Kind
from govkg.parse.name_order import join_surname_first
from govkg.parse.name_place import cut_places_alike
from govkg.parse.prose_attendance import WELCOME, inside_name, prose_lead, prose_sentence
from govkg.parse.prose_attendance import WRITER_WORDS as _WRITER_WORDS
from govkg.parse.status_words import words
from govkg.parse.textdoc import LinedText

# "och jag själv (Anna Berg) som antecknade": the writer of the notes names herself
_MYSELF = re.compile(r"(?:och\s+)?jag\s+(?:själv\s+)?\((?P<name>[^()]+)\)", re.IGNORECASE)
# "Gäst: Anna Berg, SKR (p 2)." as a later sentence of an inline attendance line
_CUE_SENTENCE = re.compile(
    rf"^(?:(?P<absent>{words('absent', 'label')})|(?P<present>gäst(?:er)?|inbjudna|inbjuden|"
    r"adjungerade?|även\s+närvarande|övriga))\s*:\s*(?P<list>\S)",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"\.\s+(?=[A-ZÅÄÖ])")
# "Från Storsthlm deltog A, direktör, och B": a sentence that names more attendees and their body
_FROM_BODY = re.compile(
    r"^(?:från|för)\s+(?P<body>.+?)\s+(?:deltog|närvarade|medverkade)(?:\s+även|\s+också)?\s+(?P<list>.+)$",
    re.IGNORECASE,
)
# "…, som förde anteckningarna": the note-taker named inside the attendance list
_KEEPS_NOTES = re.compile(
    r"^som\s+(?:också\s+|även\s+)?(?:förde|för|skrev)\s+(?:anteckningarna|protokollet|minnesanteckningarna)\b|^som\s+antecknade\b",
    re.I,
)


_KEEPS_NOTES_TAIL = re.compile(
    r"\s+som\s+(?:också\s+|även\s+)?(?:förde|för|skrev)\s+(?:minnes)?(?:anteckningarna|protokollet)$|\s+som\s+antecknade$",
    re.I,
)


def inline_list(
    d: LinedText,
    rest: tuple[int, int],
    status: str,
    minutes: Minutes,
    gaz: Gazetteer,
    prose_only: bool = False,
) -> bool:
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
    writer = False
    # a prose line that names no one ("I mötet deltog även representanter från X") is no list either
    is_prose, writer = _prose(d, sentences[0], status, minutes, gaz)
    if not is_prose and not prose_only:
        # "Adjungerade: Trafikverket: Anna Berg": a body's group right after the cue
        first = group_list(d, *sentences[0], gaz) if ":" in text[slice(*sentences[0])] else None
        group = first[0] if first else None
        writer = list_entries(d, first[1] if first else sentences[0], status, minutes, gaz, group)
    for a, b in sentences[1:]:
        if c := _CUE_SENTENCE.match(text[a:b]):
            # "Gäst: Anna Berg, SKR (p 2).", "Förhinder: Bo Ek." as a later sentence of the line
            cue_status = "absent" if c.group("absent") else "present"
            writer = list_entries(d, (a + c.start("list"), b), cue_status, minutes, gaz, None) or writer
        elif m := _FROM_BODY.match(text[a:b]):
            quote = d.quote(a + m.start("body"), a + m.end("body"))
            found = gaz.affiliation(quote.text)
            group = (quote, found[0], getattr(found[1], "id", None)) if found else (quote, quote.text, None)
            listed = (a + m.start("list"), a + m.end("list"))
            writer = list_entries(d, listed, status, minutes, gaz, group) or writer
        else:
            writer = _prose(d, (a, b), status, minutes, gaz)[1] or writer
    return writer


def opening_roll_call(d: LinedText, first: int, stop: int, minutes: Minutes, gaz: Gazetteer) -> bool:
    """A roll call written inside the opening item ("A hälsade välkomna: B (Ort), …"); True if read.

    The item keeps its text: the sentence is both the record of who came and part of the item."""
    found = False
    for k in range(first, stop):
        line = d.lines[k]
        if line.kind not in (Kind.TEXT, Kind.ATTENDANCE) or not line.text.strip():
            continue
        text = line.text
        welcome = "älsade" in text and WELCOME.search(text) is not None
        if (
            not welcome
            and not (line.kind is Kind.ATTENDANCE and line.prose)
            and not prose_lead(text, 0, len(text))
        ):
            continue
        before = len(minutes.attendees)
        status = line.status if line.kind is Kind.ATTENDANCE and line.status else "present"
        inline_list(d, (line.start, line.end), status, minutes, gaz, prose_only=True)
        found = found or len(minutes.attendees) > before
    return found


def _name_in(text: str, a: int, b: int) -> tuple[int, int] | None:
    """The first name in text[a:b] after a few lower-case words ("processledare Malin Sjödin")."""
    for w in re.finditer(r"(?<!\S)[A-ZÅÄÖ]", text[a:b]):
        if n := name_length(text, a + w.start(), b):
            return a + w.start(), a + w.start() + n
    return None


def _prose(
    d: LinedText, span: tuple[int, int], status: str, minutes: Minutes, gaz: Gazetteer
) -> tuple[bool, bool]:
    """An attendance sentence in prose ("Förhinder hade A (Ort)"): whether it is one, and whether
    it names the writer ("… och jag, som förde anteckningarna")."""
    entries = prose_sentence(d, *span, gaz, status)
    for e in entries or ():
        if e.writer:
            continue  # the writer is the mail's signer: structure adds them, and as the recorder too
        add_attendee(d, e.parsed, e.status, minutes, e.group)
        if e.recorder and minutes.recorded_by is None:
            role = e.parsed.role
            minutes.recorded_by = Recorder(
                name=d.quote(e.parsed.name.start, e.parsed.name.end),
                role=d.quote(role.start, role.end) if role is not None else None,
            )
    return entries is not None, any(e.writer for e in entries or ())


def list_entries(
    d: LinedText,
    span: tuple[int, int],
    status: str,
    minutes: Minutes,
    gaz: Gazetteer,
    group: tuple[Quote, str, str | None] | None,
) -> bool:
    """Add the people of a comma/"och" list; True when the list names the writer ("… och jag")."""
    text = d.norm.text
    writer = False
    start, end = span
    separators = ";" if _depth0(text, start, end, ";") else ","
    mentions = text.count("@", start, end) >= 2 and "@" in text[start : start + 2]
    raw: list[tuple[int, int]] = []
    depth = 0
    pos = start
    for k in range(start, end):
        ch = text[k]
        depth += ch == "("
        depth -= ch == ")"
        if depth == 0 and (
            ch in separators
            or (
                separators == ","
                and (text.startswith(" och ", k) or text.startswith(" samt ", k))
                and not inside_name(text, gaz, pos, k)
            )
        ):
            raw.append((pos, k))
            pos = k + 1
    raw.append((pos, end))
    after_writer = False
    raw = join_surname_first(text, gaz, raw) if separators == "," else raw
    parts: list[tuple[int, int]] = []
    for a, b in raw:
        while a < b and text[a] in " \t":
            a += 1
        if text.startswith("och ", a):
            a += 4
        elif text.startswith("samt ", a):
            a += 5
        if text.startswith("@", a) and a + 1 < b and text[a + 1].isupper():
            a += 1  # "@Anna Berg": a mention, the name after the "@"
        while b > a and text[b - 1] in " \t.":
            b -= 1
        if a >= b:
            continue
        if (tail := _KEEPS_NOTES_TAIL.search(text, a, b)) and name_length(text, a, tail.start()) > 0:
            # "… samt Emil Dahl (Region X) som förde anteckningarna": present, and the recorder
            n = name_length(text, a, tail.start())
            minutes.recorded_by = minutes.recorded_by or Recorder(name=d.quote(a, a + n))
            b = tail.start()
        if after_writer and _KEEPS_NOTES.match(text[a:b]):
            continue  # "… och jag, som förde anteckningarna": the writer (the signer) is the recorder
        after_writer = False
        if text[a:b].lower() in _WRITER_WORDS:
            writer = after_writer = True  # "… och jag": the writer, who signs the mail below
            continue
        if me := _MYSELF.match(text, a, b):
            named = (me.start("name"), me.end("name"))
            if _KEEPS_NOTES.match(text[me.end() : b].strip()):
                minutes.recorded_by = minutes.recorded_by or Recorder(name=d.quote(*named))
            parts.append(named)
            continue
        if parts and _KEEPS_NOTES.match(text[a:b]) and (writer_at := _name_in(text, *parts[-1])) is not None:
            # "processledare Malin Sjödin, som skrev minnesanteckningarna": the role before the name too
            minutes.recorded_by = minutes.recorded_by or Recorder(name=d.quote(*writer_at))
            continue
        no_name = not _names_person(text, gaz, a, b)  # "Region Stockholm (p 3)"
        # "@Anna Berg, Skaraborgs Sjukhus": in a list of @-mentions a part without its "@" is no person
        no_name = no_name or (mentions and text[a - 1] != "@")
        if parts and no_name and _names_person(text, gaz, *parts[-1]):
            if _KEEPS_NOTES.match(text[a:b]):
                pa, pb = parts[-1]
                n = name_length(text, pa, pb)
                minutes.recorded_by = minutes.recorded_by or Recorder(name=d.quote(pa, pa + n))
                continue
            # "Anna Berg, SKR (p 2)": what carries no name of its own belongs to the person before
            parts[-1] = (parts[-1][0], b)
            continue
        parts.append((a, b))
    read = [(a, b, _body_bracket(text, gaz, a, b) or parse_attendee_line(text, gaz, a, b)) for a, b in parts]
    cut_places_alike(text, gaz, [p for _, _, p in read if p is not None])  # "Helén Ek Kil" beside "… Arvika"
    for a, b, parsed in read:
        if parsed is not None:
            add_attendee(d, parsed, status, minutes, group)
        elif text[a].isupper() and name_length(text, a, b) == 0 and len(text[a:b].split()) <= 6:
            quote = d.quote(a, b)
            found = gaz.affiliation(quote.text)
            canonical = found[0] if found else quote.text
            org_id = getattr(found[1], "id", None) if found else None
            minutes.organisations_present.append(OrgMention(quote, canonical, "other", org_id))
    return writer


def _names_person(text: str, gaz: Gazetteer, a: int, b: int) -> bool:
    """A list part that names a person ("Anna Berg, SKR", "handläggare Bo Ek"), not only a body."""
    if gaz.lookup(re.sub(r"\s*\([^()]*\)$", "", text[a:b])) is not None:
        return False
    return name_length(text, a, b) > 0 or (text[a].islower() and _name_in(text, a, b) is not None)


# "Olofströms kommun (Anna Berg, säkerhetssamordnare; skriftlig rapport)": the body, its person in brackets
_BODY_BRACKET = re.compile(r"(?P<body>[A-ZÅÄÖ][^()\n]{1,60}?)\s*\((?P<inner>[^()]+)\)")


def _body_bracket(text: str, gaz: Gazetteer, a: int, b: int) -> ParsedAttendee | None:
    """A body-first entry: the body outside, the person (and role) first inside the brackets."""
    m = _BODY_BRACKET.fullmatch(text, a, b)
    if m is None or name_length(text, a, m.end("body")) > 0:
        return None
    inner = m.start("inner")
    n = name_length(text, inner, m.end("inner"))
    resolved = org_of(gaz, m.group("body"))
    if n == 0 or (resolved is None and not looks_like_org(m.group("body"))):
        return None
    parsed = ParsedAttendee(name=Part(inner, inner + n), affiliation=Part(m.start("body"), m.end("body")))
    parsed.affiliation_canonical, parsed.org_id = resolved if resolved else (m.group("body"), None)
    role_at = inner + n
    while role_at < m.end("inner") and text[role_at] in " ,":
        role_at += 1
    role_end = role_at
    while role_end < m.end("inner") and text[role_end] not in ";,":
        role_end += 1
    if role_end > role_at and text[role_at].islower():
        parsed.role = Part(role_at, role_end)  # "säkerhetssamordnare; skriftlig rapport": its first part
    return parsed


def _depth0(text: str, start: int, end: int, ch: str) -> bool:
    depth = 0
    for k in range(start, end):
        depth += text[k] == "("
        depth -= text[k] == ")"
        if depth == 0 and text[k] == ch:
            return True
    return False
