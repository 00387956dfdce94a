"""parse.entry: one attendance entry's text → its parts, the length of the name, the body a surface names.

The shared pieces of reading an attendance line: offsets of the parts between separators, the run of
capitalised words that makes a person's name, and the gazetteer's body for a surface ("Boden kommun"
too). ``parse.attendance`` reads a whole line with them; the other readers of entries reuse them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from govkg.gazetteer import Gazetteer, Municipality

# A name word: "Anna", "Gull-Britt", "Randén", "Nešić", "O'Neil", an initial "L" or "L.", a particle.
_NAME_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?(?:-[^\W\d_]+)*\.?")
# "Name, Org", "Name; Org", "Name | Org", "Name<TAB>Org", "Name – Org", "Name   Org", "Name/Org"
_SEPARATORS = re.compile(r"\s*(?:,|;|\||\t+|\s[-–—]\s|\s{3,}|(?<=[^\W\d_])/(?=[^\W\d_]))\s*")
# Words that start a sentence, not a name: a line that starts so is no attendance line.
_SENTENCE_WORDS = frozenset(
    "Det Den De Vi Ett En Nätverket Gruppen Mötet Frågan Här Där Inga Ingen Alla Flera Nästa Under Efter "
    "Inför Om Med För Till Från Och Samt Se Ur Nytt Ny Sammanfattning Kort Beslut Diskussion".split()
)
# Words that open a body's name, not a person's: "Region Jönköpings län: Anna Berg, samordnare",
# and the destination companies' "Visit Dalarna", "Destination Gotland" (no given names)
_BODY_HEADS = frozenset(
    "Region Regionen Länsstyrelsen Länsstyrelsens Kommunförbundet Förbundet Kommunen Visit Destination "
    "Sveriges Svenska Stiftelsen Föreningen Högskolan".split()
)

# "… AB", "…förbundet", "Samordningsförbundet X": a company's or federation's name, known or not, whose
# last word may be a place the gazetteer knows ("Samordningsförbundet Gotland" is not Gotland)
COMPANY_SHAPE = re.compile(
    r"^[A-ZÅÄÖ][\w&.-]*(?:\s+[\w&.-]+){0,5}\s+(?:AB|HB|KB|ek\.\s?för\.?)$"
    r"|^[A-ZÅÄÖ][\w-]*(?:\s+[\w-]+){0,3}förbund(?:et)?$"
    r"|^[A-ZÅÄÖ][\w-]*förbund(?:et)?(?:\s+[A-ZÅÄÖ][\w-]*){1,3}$"
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
    natural: str | None = None  # "Helena Brandt" when the line writes "Brandt, Helena"
    extra: dict[str, str] = field(default_factory=dict)


def segments(text: str, start: int, end: int) -> list[Part]:
    parts: list[Part] = []
    pos = start
    for m in _SEPARATORS.finditer(text, start, end):
        if m.start() > pos:
            parts.append(Part(pos, m.start()))
        pos = m.end()
    if end > pos:
        parts.append(Part(pos, end))
    return [trim(text, p) for p in parts if text[p.start : p.end].strip(" []")]


def trim(text: str, p: Part) -> Part:
    s, e = p.start, p.end
    # "@Anna Berg": a mention's "@" is no part of the name
    while s < e and (text[s] in " []*_\"'" or (text[s] == "@" and s + 1 < e and text[s + 1].isupper())):
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


def org_of(gaz: Gazetteer, surface: str) -> tuple[str, str | None] | None:
    """The canonical name and gazetteer id of the body ``surface`` names, if the gazetteer knows it."""
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


def cell_org(gaz: Gazetteer, surface: str) -> tuple[str, str | None] | None:
    """A body cell's organisation: the whole cell, else its head before a comma ("Region X, Y-trafik")."""
    found = org_of(gaz, surface)
    if found is None and "," in surface:
        found = org_of(gaz, surface.split(",")[0].strip())  # "Polismyndigheten, polisregion Syd"
    return found


def looks_like_org(surface: str) -> bool:
    words = surface.split()
    return (
        bool(words)
        and surface[0].isupper()
        and len(words) <= 8
        and not surface.endswith(".")
        and not capitalised_title(surface)
    )


# Words that may stand before a title without a title ending of their own: "Vice ordförande", "Tf IT-chef"
_TITLE_MODIFIERS = frozenset({"vice", "tf", "t.f.", "tillförordnad"})


def capitalised_title(surface: str) -> bool:
    """ "IT-chef", "HR-strateg", "Ekonomichef", "Vice ordförande": a title that merely starts in capitals.

    Every word ends in a title ending of the person-cue lexicon (after its last hyphen, so an acronym
    prefix counts for nothing) or is a modifier that stands before a title; a body's name has a word
    that does not ("Region Uppsala", "Kommunalförbundet").
    """
    from govkg.extract._person_lexicon import cues  # the lexicon module imports nothing of parse

    words = [w.strip(",;:") for w in surface.split()]
    if not words or len(words) > 3 or not words[-1]:
        return False
    suffixes = cues().title_suffixes
    return all(
        w.lower() in _TITLE_MODIFIERS or w.rsplit("-", 1)[-1].lower().endswith(suffixes) for w in words
    )
