"""parse.brackets: the parenthesis or trailing note of an attendance entry → role, body, note, items attended.

"(Region Halland, regiondirektör)", "(ledamot, Arboga, § 3)", "(Trafikverket, p 2)", "(digitalt p 1)":
a bracket after a name holds the body, a role, a note of the items attended or of remote attendance,
in any order. These readers take one bracket (as offsets into the line) and say what it holds.
"""

from __future__ import annotations

import re

from govkg.extract._person_lexicon import cues, first_names
from govkg.gazetteer import Gazetteer
from govkg.parse.entry import Part, looks_like_org, name_length, org_of, trim
from govkg.parse.roman import ROMAN
from govkg.parse.status_words import REMOTE

NOTE_ITEMS = re.compile(
    r"(?:(?:\b(?:p|punkt|punkterna|pkt|item|ärende|ärendena|beslut|beslutspunkt)|(?<!\w)§)\.?\s*)(?P<list>\d+(?:\s*(?:[-–,&]|och)\s*\d+)*)",
    re.I,
)
NOTE_HINT = re.compile(
    r"\b(?:p|punkt|pkt|§|del av|ej|från|till|kl|lämnade|anslöt|digital|distans|teams|zoom|länk|online|"
    r"ersättare|ordf|sekr|adjungerad|gäst|ledamot|suppleant)\b",
    re.I,
)
# A trailing note that is not in parentheses: "Name – SKR, punkt 3", "Name, Ale, digitalt".
BARE_NOTE = re.compile(
    r"^(?:(?:p|punkt|pkt|§§?)\.?\s*\d+(?:\s*(?:[-–,&]|och)\s*\d+)*"
    # "16 §", "12–14 §§": the protocol's own order, number first
    r"|\d+(?:\s*(?:[-–,&]|och)\s*\d+)*\s*§§?"
    # "punkt IV", "punkt C": an agenda numbered with roman numerals or letters
    r"|(?:p|punkt|pkt)\.?\s*(?-i:[IVX]{1,6}|[A-Z])(?:\s*(?:[-–,&]|och)\s*(?-i:[IVX]{1,6}|[A-Z]))*"
    r"|(?:deltog\s+)?(?:digitalt|på distans|via teams))$",
    re.I,
)


def paren_org_role(
    text: str, gaz: Gazetteer, inner: Part
) -> tuple[Part, tuple[str, str | None], Part] | None:
    """ "(Region Halland, regiondirektör)" / "(regiondirektör, Region Halland)": (body, its entry, role)."""
    content = text[inner.start : inner.end]
    if content.count(",") != 1:
        return None
    cut = inner.start + content.index(",")
    halves = [trim(text, Part(inner.start, cut)), trim(text, Part(cut + 1, inner.end))]
    # "(Täby, ordf.)": a meeting function beside the body is a role, though "ordf" hints at a note
    halves = [_with_dot(text, h) for h in halves]
    if NOTE_HINT.search(content) and not any(function_word(text, h) for h in halves):
        return None
    for k in (0, 1):
        org, other = halves[k], halves[1 - k]
        resolved = org_of(gaz, text[org.start : org.end])
        if resolved and other.end > other.start and not org_of(gaz, text[other.start : other.end]):
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


def function_word(text: str, part: Part) -> bool:
    """ "ordförande", "sekreterare": the meeting function after a title, not the title itself."""
    return text[part.start : part.end].strip().lower() in _FUNCTIONS


def role_then_body(text: str, part: Part) -> tuple[Part, Part] | None:
    """ "strateg Kustsamverkan": a lower-case title, then an unknown capitalised body; (role, body)."""
    words = list(re.finditer(r"\S+", text[part.start : part.end]))
    cut = next((k for k, w in enumerate(words) if w.group()[0].isupper()), None)
    if not cut or len(words) - cut > 4 or any(not w.group()[0].isupper() for w in words[cut:]):
        return None
    role = Part(part.start, part.start + words[cut - 1].end())
    body = Part(part.start + words[cut].start(), part.end)
    body_text = text[body.start : body.end]
    if not _is_role(text[role.start : role.end]) or _is_person(body_text) or not looks_like_org(body_text):
        return None
    return role, body


def _with_dot(text: str, part: Part) -> Part:
    """ "ordf" → "ordf.": the abbreviation's dot, which trim took off, belongs to the word."""
    dotted = Part(part.start, part.end + 1)
    return dotted if text[part.end : part.end + 1] == "." and function_word(text, dotted) else part


def body_then_titles(text: str, rest: list[Part]) -> bool:
    first = text[rest[0].start : rest[0].end]
    return (
        looks_like_org(first)
        and len(first.split()) <= 4
        and not _is_person(first)
        and all(_is_role(text[p.start : p.end]) for p in rest[1:])
    )


def _is_person(surface: str) -> bool:
    words = surface.split()
    return (
        2 <= len(words) <= 3 and words[0] in first_names().names and name_length(surface, 0, len(surface)) > 0
    )


def paren_role_body(
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
            parts.append(trim(text, Part(pos, inner.start + k)))
            pos = inner.start + k + 1
    parts.append(trim(text, Part(pos, inner.end)))
    note: Part | None = None
    note_text = text[parts[-1].start : parts[-1].end]
    if len(parts) >= 3 and (NOTE_ITEMS.search(note_text) or BARE_NOTE.match(note_text)):
        note = parts.pop()
    if len(parts) > 2:
        # "(funktionschef, enheten för beredskap, Länsstyrelsen)": the title phrase runs to the body
        parts = [Part(parts[0].start, parts[-2].end), parts[-1]]
    for k in (0, 1):
        role, body = parts[k], parts[1 - k]
        role_text, body_text = text[role.start : role.end], text[body.start : body.end]
        if not _is_role(role_text) or not body_text:
            continue
        resolved = org_of(gaz, body_text)
        if resolved is None and (
            not looks_like_org(body_text) or NOTE_HINT.search(body_text) or _is_person(body_text)
        ):
            continue
        return body, resolved, role, note
    return None


def paren_body_note(text: str, gaz: Gazetteer, inner: Part) -> tuple[Part, Part] | None:
    """ "(Trafikverket, p 2)", "(Region X, digitalt)": a body first, then a note; (body, note)."""
    content = text[inner.start : inner.end]
    if content.count(",") != 1:
        return None
    cut = inner.start + content.index(",")
    body, note = trim(text, Part(inner.start, cut)), trim(text, Part(cut + 1, inner.end))
    body_text, note_text = text[body.start : body.end], text[note.start : note.end]
    if not note_text or not (NOTE_ITEMS.search(note_text) or BARE_NOTE.match(note_text)):
        return None
    known = org_of(gaz, body_text) is not None
    if not known and (
        not looks_like_org(body_text) or NOTE_HINT.search(body_text) or len(body_text.split()) > 5
    ):
        return None
    return body, note


def parse_note(note: str) -> tuple[list[int] | None, bool]:
    """'(p1)', '(digitalt p 1)', '(punkt 1–3)', '(p 1, 3)' → (items attended, remote)."""
    items: list[int] | None = None
    m = NOTE_ITEMS.search(note) or _NUMBER_FIRST.search(note)
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
    return items, bool(REMOTE.search(note))


# "16 §", "12-14 §§": the paragraph number before its sign
_NUMBER_FIRST = re.compile(r"(?<![\w§])(?P<list>\d+(?:\s*(?:[-–,&]|och)\s*\d+)*)\s*§")
# "Sundsvall §12-17", "Timrå 16 §": an item note after the body without a comma between
TRAILING_NOTE = re.compile(
    r"(?<=\S)\s+(?P<note>(?:§§?\s*\d+(?:\s*(?:[-–,&]|och)\s*\d+)*|\d+(?:\s*(?:[-–,&]|och)\s*\d+)*\s*§§?))$"
)


# "punkt IV", "(punkt C)", "p. II–III": items named by their roman numeral or letter
_NOTE_ORDINALS = re.compile(
    r"\b(?i:p|punkt|punkterna|pkt|ärende)\.?\s*(?P<list>(?:[IVX]{1,6}|[A-Z])(?:\s*(?:[,&]|och)\s*(?:[IVX]{1,6}|[A-Z]))*)\b"
)


# "(S)", "(M)", "(KD)": the party letters after an elected member's name, neither note nor body
PARTY = re.compile(r"\s*\((?:S|M|C|V|L|KD|MP|SD)\)")
