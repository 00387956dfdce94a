"""parse.prose_attendance: an attendance sentence in running prose → attendees with status, role, body, note.

Minutes written as a report put the roll call in sentences rather than lists: "Vid mötet deltog
kommundirektörerna A (Ort), B (Ort) och C (Ort), samt från Region X regiondirektör D och samordnare
E, som också förde anteckningarna.", "F, upphandlingschef i G kommun, deltog under punkt 2.",
"Förhinder hade H (Ort).", "I och J hade anmält förhinder." What carries across them: a lead-in
(verb phrase) or a tail ("hade förhinder") gives the status; a "från <Body>" clause gives the body
of the people after it; lower-case words before a name are the person's role; a clause without a
name belongs to the person before it (a role "i <Body>", or a note "under punkt 2").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from govkg.gazetteer import Gazetteer
from govkg.model import Quote
from govkg.parse.attendance import parse_attendee_line
from govkg.parse.brackets import parse_note
from govkg.parse.cue_phrases import BODY_ABSENT
from govkg.parse.entry import ParsedAttendee, Part, name_length, org_of
from govkg.parse.lines import PROSE_ABSENT as ABSENT_LEAD
from govkg.parse.lines import PROSE_PRESENT as PRESENT_LEAD
from govkg.parse.textdoc import LinedText

# Patterns below are used with match(text, pos), which anchors at pos: they carry no "^".
# "A och B hade anmält förhinder", "C var frånvarande", "D kunde inte delta": the absent tail
_ABSENT_TAIL = re.compile(
    r"\s+(?:(?:hade|har)\s+(?:även\s+|också\s+)?(?:anmält\s+)?förhinder|var\s+(?:frånvarande|förhindrade?)"
    r"|(?:deltog|närvarade)\s+(?:inte|ej)|kunde\s+(?:inte|ej)\s+(?:delta|närvara|komma))$",
    re.IGNORECASE,
)
_VERB = r"(?:deltog|närvarade|medverkade|var\s+närvarande|var\s+med)"
_VERB_IN = re.compile(rf"(?<!\w){_VERB}(?!\w)", re.IGNORECASE)
# "deltog under beslut 2", "under punkt 3–4", "digitalt": what a clause says of the person before it
_NOTE = re.compile(
    rf"(?:{_VERB}\s+)?(?:(?:även|också)\s+)?(?P<note>(?:under|vid|på|till|för|i)\s+(?:beslut|beslutspunkt|"
    r"punkt(?:erna)?|ärende(?:na)?|p\.?|§)\s*\d+(?:\s*(?:[-–,]|och)\s*\d+)*|digitalt|på\s+distans|"
    r"via\s+(?:Teams|Zoom|länk|video)|på\s+länk)$",
    re.IGNORECASE,
)
# "Under punkt 4 deltog även A, …": a sentence that opens with its note, which holds for everyone named
_NOTE_LEAD = re.compile(
    rf"(?P<note>(?:under|vid|till|för)\s+(?:beslut|beslutspunkt|punkt(?:erna)?|ärende(?:na)?|p\.?|§)\s*\d+"
    rf"(?:\s*(?:[-–,]|och)\s*\d+)*)\s+{_VERB}(?:\s+(?:även|också|dessutom))?\s+(?=\S)",
    re.IGNORECASE,
)
# "A hade förhinder, så B tog punkten": the absent tail, then a clause of its own
_ABSENT_CLAUSE = re.compile(
    r"\s+(?:(?:hade|har)\s+(?:även\s+|också\s+)?(?:anmält\s+)?förhinder|var\s+(?:frånvarande|förhindrade?)"
    r"|kunde\s+(?:inte|ej)\s+(?:delta|närvara|komma))\s*[,;]\s*(?:så|men|och|varför|därför|eftersom|då)\s",
    re.IGNORECASE,
)
WRITER_WORDS = frozenset({"jag", "jag själv", "mig", "mig själv", "undertecknad", "undertecknade"})
_VERB_ONLY = re.compile(rf"{_VERB}(?:\s+(?:även|också))?$", re.IGNORECASE)
_KEEPS_NOTES = re.compile(
    r"som\s+(?:också\s+|även\s+)?(?:förde|skrev|för)\s+(?:minnes)?(?:anteckningarna|protokollet)\b"
    r"|som\s+(?:också\s+|även\s+)?antecknade\b",
    re.IGNORECASE,
)
_FROM = re.compile(r"(?:från|för)\s+(?=[A-ZÅÄÖ])", re.IGNORECASE)
# a collective before the names ("kommundirektörerna", "följande", "samtliga") is not each one's role
_COLLECTIVE = re.compile(r"^(?:\w+(?:erna|arna|orna|rna)|följande|samtliga|alla|även|också|dessutom)$")
_QUANTIFIER = re.compile(r"(?:samtliga|alla|följande|övriga)\s")
_LOWER_WORD = re.compile(r"[a-zåäöéü][\w-]*")
# the last word of a body a role is held at, when the gazetteer does not know it ("Lars Kaggskolan")
_UNKNOWN_BODY = re.compile(
    r"(?:[A-ZÅÄÖ][\w-]*\s+){0,3}[A-ZÅÄÖ][\w-]*(?:skolan|gymnasiet|förbundet|verket|bolaget|kansliet|"
    r"nämnden|förvaltningen|centret|centrum|rådet|myndigheten|universitetet|högskolan|sjukhuset|"
    r"biblioteket)"
)
_PREPOSITIONS = frozenset({"i", "på", "vid", "hos", "inom"})
_ROLE_BODY = re.compile(r"\s+(?:i|på|vid|hos|inom)\s+(?=[A-ZÅÄÖ])")
# "Ordföranden A (Ort) hälsade (alla) välkomna: B (Ort), C (Ort) …": the host, then the roll call
WELCOME = re.compile(
    r"\s+hälsade\s+(?:\w+\s+){0,2}?välkomna(?:\s+till\s+(?:dagens\s+)?(?:mötet|möte|sammanträdet|träffen))?"
    r"(?:\s*:\s*|\s+)",
    re.IGNORECASE,
)
# the host's function before the name is no part of it ("Ordföranden", "Mötesordföranden")
_HOST_TITLE = re.compile(
    r"(?:(?:vice\s+|mötes)?ordförande(?:n)?|sammankallande(?:n)?|värd(?:en)?|moderator(?:n)?)\s+(?=[A-ZÅÄÖ])",
    re.IGNORECASE,
)


@dataclass(slots=True)
class ProseEntry:
    """One person a prose sentence names, with what the sentence says of them."""

    parsed: ParsedAttendee
    status: str
    group: tuple[Quote, str, str | None] | None
    recorder: bool = False
    writer: bool = False  # "… och jag": the writer of the mail, named by its signature, not here


def prose_lead(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] opens with a prose lead-in ("Vid mötet deltog", "Förhinder hade")."""
    head = text[start:end]
    return bool(PRESENT_LEAD.match(head) or ABSENT_LEAD.match(head))


def prose_sentence(
    d: LinedText, start: int, end: int, gaz: Gazetteer, status: str = "present"
) -> list[ProseEntry] | None:
    """The people of one attendance sentence, or None when it is not written as prose."""
    text = d.norm.text
    while end > start and text[end - 1] in " .":
        end -= 1
    if end - start < 5:
        return None
    if (first_body := BODY_ABSENT.match(text[start:end])) is not None:
        return _body_first(d, gaz, start, first_body)
    host: list[ProseEntry] = []
    if "älsade" in text[start:end] and (w := WELCOME.search(text, start, end)) is not None:
        a = h.end() if (h := _HOST_TITLE.match(text, start, w.start())) else start
        if (entry := _entry(text, gaz, a, w.start())) is not None:
            host.append(ProseEntry(entry, "present", None))
        status, start = "present", w.end()
        entries = _entries(d, gaz, start, end, status)
        return (host + entries) if entries else (host or None)
    # the leads are anchored with "^", which a match from an offset does not honour: match a slice
    if m := ABSENT_LEAD.match(text[start:end]):
        status, start = "absent", start + m.end()
    elif m := PRESENT_LEAD.match(text[start:end]):
        status, start = "present", start + m.end()
    elif t := _ABSENT_TAIL.search(text, start, end):
        status, end = "absent", t.start()
    elif (t := _ABSENT_CLAUSE.search(text, start, end)) and _opens_with_person(text, start, t.start()):
        status, end = "absent", t.start()  # "Ekonomichef A hade förhinder, så B tog punkten"
    elif lead := _NOTE_LEAD.match(text[start:end]):
        note = Part(start + lead.start("note"), start + lead.end("note"))
        entries = _entries(d, gaz, start + lead.end(), end, status)
        for e in entries or ():
            if e.parsed.note is None and not e.writer:
                _set_note(text, e.parsed, note)
        return entries
    elif name_length(text, start, end) and _VERB_IN.search(text, start, end):
        pass  # "Anna Berg, SKR, deltog under punkt 2": a guest sentence, in the list's own status
    else:
        return None
    return _entries(d, gaz, start, end, status)


def _entries(d: LinedText, gaz: Gazetteer, start: int, end: int, status: str) -> list[ProseEntry] | None:
    """The people named from start to end, with the bodies of "från X" clauses."""
    text = d.norm.text
    entries: list[ProseEntry] = []
    group: tuple[Quote, str, str | None] | None = None
    first = True
    for a, b in _chunks(text, start, end, gaz):
        if first:
            a = _skip_collective(text, a, b)
            first = False
        if f := _FROM.match(text, a, b):
            body_end = _body_end(text, gaz, f.end(), b)
            if body_end is None:
                continue
            quote = d.quote(f.end(), body_end)
            found = gaz.affiliation(quote.text)
            group = (quote, found[0], getattr(found[1], "id", None)) if found else (quote, quote.text, None)
            a = body_end
            while a < b and text[a] == " ":
                a += 1
            if a >= b:
                continue
        if _KEEPS_NOTES.match(text, a, b):
            if entries:
                entries[-1].recorder = True
            continue
        if text[a:b].lower() in WRITER_WORDS:
            entries.append(ProseEntry(ParsedAttendee(name=Part(a, b)), status, group, writer=True))
            continue
        entry = _entry(text, gaz, a, b)
        if entry is not None:
            entries.append(ProseEntry(entry, status, group))
        elif entries and not entries[-1].writer:
            _describe(text, gaz, entries[-1].parsed, a, b)
    return entries or None


def _opens_with_person(text: str, a: int, b: int) -> bool:
    """text[a:b] is a name, perhaps after a title ("Ekonomichef Anna Berg"), not a clause."""
    if name_length(text, a, b):
        return True
    first = _LOWER_WORD.match(text.lower(), a, b)
    return first is not None and first.end() < b and name_length(text, first.end() + 1, b) > 0


def _body_first(d: LinedText, gaz: Gazetteer, start: int, m: re.Match[str]) -> list[ProseEntry] | None:
    """ "Ale hade förhinder (Anna Berg och Bo Ek)": the people in brackets, absent, with that body."""
    text = d.norm.text
    a, b = start + m.start("body"), start + m.end("body")
    if name_length(text, a, b) == b - a:
        return None  # "Anna Berg hade förhinder (p 2)": a person, not a body
    quote = d.quote(a, b)
    found = gaz.affiliation(quote.text)
    group = (quote, found[0], getattr(found[1], "id", None)) if found else (quote, quote.text, None)
    entries = [
        ProseEntry(entry, "absent", group)
        for x, y in _chunks(text, start + m.start("names"), start + m.end("names"), gaz)
        if (entry := _entry(text, gaz, x, y)) is not None
    ]
    return entries or None


def _chunks(text: str, start: int, end: int, gaz: Gazetteer) -> list[tuple[int, int]]:
    """Split at depth-0 commas and " och "/" samt " (not "Hälso- och", not "punkt 2 och 3")."""
    out: list[tuple[int, int]] = []
    depth = 0
    pos = start
    k = start
    while k < end:
        ch = text[k]
        depth += ch == "("
        depth -= ch == ")"
        cut = 0
        if depth == 0:
            if ch == "," and not text[k + 1 : k + 3].strip()[:1].isdigit():
                cut = 1
            elif text.startswith(" samt ", k):
                cut = 6
            elif (
                text.startswith(" och ", k)
                and text[k - 1] != "-"
                and _names_ahead(text, k + 5, end)
                and not inside_name(text, gaz, pos, k)
            ):
                cut = 5  # not inside "Inspektionen för vård och omsorg", "punkt 2 och 3"
        if cut:
            out.append((pos, k))
            pos = k + cut
            k += cut
            continue
        k += 1
    out.append((pos, end))
    trimmed = []
    for a, b in out:
        while a < b and text[a] in " \t":
            a += 1
        while b > a and text[b - 1] in " \t":
            b -= 1
        if a < b:
            trimmed.append((a, b))
    return trimmed


_NAME_WORDS = 4


def inside_name(text: str, gaz: Gazetteer, pos: int, k: int) -> bool:
    """The " och " at ``k`` stands inside a known body's name ("Sveriges Kommuner och Regioner")."""
    before = text[pos:k].split()[-_NAME_WORDS:]
    joiner = text[k : k + 6].split()[0]
    after: list[str] = []
    for word in text[k + len(joiner) + 2 : k + 80].split()[:_NAME_WORDS]:
        after.append(word.rstrip(",.;:"))
        if word[-1:] in ",.;:(" or word[:1] == "(":
            break
    for x in range(len(before)):
        if not before[x][:1].isupper():
            continue
        for y in range(1, len(after) + 1):
            if gaz.lookup(" ".join([*before[x:], joiner, *after[:y]])) is not None:
                return True
    return False


def _names_ahead(text: str, a: int, end: int) -> bool:
    """Whether a person is named before the next comma: "och samordnare Mikael Tornberg" is a new entry."""
    stop = text.find(",", a, end)
    stop = end if stop < 0 else stop
    return any(name_length(text, a + w.start(), stop) for w in re.finditer(r"(?<!\S)[A-ZÅÄÖ]", text[a:stop]))


def _skip_collective(text: str, a: int, b: int) -> int:
    """ "kommundirektörerna Karin Ståhlberg": step over the collective before the first name."""
    pos = a
    for _ in range(3):
        if name_length(text, pos, b):
            return pos
        m = _LOWER_WORD.match(text, pos, b)
        if m is None or not (_COLLECTIVE.match(m.group()) or (pos > a and _QUANTIFIER.match(text, a))):
            return (
                a  # after "samtliga"/"alla" every word up to the name is the collective ("samtliga chefer")
            )
        pos = m.end()
        while pos < b and text[pos] == " ":
            pos += 1
    return pos if name_length(text, pos, b) else a


def _body_end(text: str, gaz: Gazetteer, a: int, b: int) -> int | None:
    """End of the body after "från": the longest run of words the gazetteer knows, else the capitals."""
    words = list(re.finditer(r"\S+", text[a:b]))[:7]
    for n in range(len(words), 0, -1):
        if gaz.lookup(text[a : a + words[n - 1].end()]) is not None:
            return a + words[n - 1].end()
    capitals = 0
    for w in words:
        if not w.group()[0].isupper() or name_length(text, a + w.start(), b):
            break
        capitals += 1
    return a + words[capitals - 1].end() if capitals else None


def _entry(text: str, gaz: Gazetteer, a: int, b: int) -> ParsedAttendee | None:
    """ "Karin Ståhlberg (Växjö)", "regiondirektör Jonas Tegnér", "Anna Berg deltog under punkt 2"."""
    pos, role_end = a, None
    for _ in range(5):  # a role of a few lower-case words before the name
        if name_length(text, pos, b):
            break
        m = _LOWER_WORD.match(text, pos, b)
        if m is None or m.group() in ("som", "samt", "från"):
            return None
        if m.group() == "och" and text[pos - 2 : pos - 1] != "-":
            return None  # "och" joins two roles only after a hyphen ("hälso- och sjukvårdsdirektör")
        role_end = m.end()
        pos = m.end()
        while pos < b and text[pos] == " ":
            pos += 1
    n = name_length(text, pos, b)
    if n == 0 or (role_end is not None and text[a:role_end].split()[-1] in _PREPOSITIONS):
        return None  # "rektor på Lars Kaggskolan": a role and the body it is held at, not a person
    stop = b
    note: Part | None = None
    if (m := _NOTE.search(text, pos + n, b)) is not None:
        note, stop = Part(m.start("note"), m.end("note")), m.start()
    elif (v := _VERB_IN.search(text, pos + n, b)) is not None:
        stop = v.start()
    while stop > pos + n and text[stop - 1] in " ,":
        stop -= 1
    parsed = parse_attendee_line(text, gaz, pos, stop) or ParsedAttendee(name=Part(pos, pos + n))
    if role_end is not None and parsed.role is None:
        parsed.role = Part(a, role_end)
    if note is not None:
        _set_note(text, parsed, note)
    return parsed


def _set_note(text: str, parsed: ParsedAttendee, note: Part) -> None:
    parsed.note = note
    items, remote = parse_note(text[note.start : note.end])
    parsed.items_attended = items or parsed.items_attended
    parsed.remote = parsed.remote or remote


def _describe(text: str, gaz: Gazetteer, parsed: ParsedAttendee, a: int, b: int) -> None:
    """A clause without a name says more of the person before it: a note, a role, a body."""
    if (m := _NOTE.match(text, a, b)) is not None and m.end() == b:
        _set_note(text, parsed, Part(m.start("note"), m.end("note")))
        return
    if _VERB_ONLY.match(text, a, b):
        return
    if (v := _VERB_IN.search(text, a, b)) is not None:
        b = v.start()  # "upphandlingschef i X kommun deltog": the verb ends the description
        while b > a and text[b - 1] in " ,":
            b -= 1
    if a >= b:
        return
    if parsed.affiliation is None and (resolved := org_of(gaz, text[a:b])) is not None:
        parsed.affiliation, (parsed.affiliation_canonical, parsed.org_id) = Part(a, b), resolved
        return
    if not text[a].islower():
        return
    for m in _ROLE_BODY.finditer(text, a, b) if parsed.affiliation is None else ():
        resolved = org_of(gaz, text[m.end() : b])
        if resolved is None and _UNKNOWN_BODY.fullmatch(text, m.end(), b):
            resolved = (text[m.end() : b], None)  # "rektor på Lars Kaggskolan": a school the gazetteer lacks
        if resolved is not None:
            # "upphandlingschef i Ljungby kommun": the role, then the body it is held in
            parsed.affiliation, (parsed.affiliation_canonical, parsed.org_id) = Part(m.end(), b), resolved
            b = m.start()
            break
    if parsed.role is None and len(text[a:b].split()) <= 6:
        parsed.role = Part(a, b)
