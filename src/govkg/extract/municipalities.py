"""extract.municipalities: text → municipality mentions (one per municipality per text).

A municipality counts when one of its written forms stands as whole words: "Göteborg",
"Göteborgs stads", "Lilla Edet", "Ale kommun", "GBG". The text is scanned once together with
every other gazetteer form, leftmost-longest, so a municipality name inside a longer known name
("Göteborgs universitet", "Region Uppsala", "Länsstyrelsen i Stockholms län", "Kalmar län")
is not a municipality mention. Places that are not municipalities ("Stenungsbaden",
"Lindholmen") are single words of their own and never match.

Rules against false positives:
- a bare name must start with a capital letter ("Lund", not "lund"), and a name directly after
  "Region"/"region" or before "län" is the region or county, not the municipality;
- a name followed by another capitalised word opens a longer proper name ("Kalmar Vatten",
  "Göteborg Energi"): a company, not the municipality ("Borås Stad" is the municipality);
- names that are also common words, first names or surnames (``AMBIGUOUS``: Mark, Vara, Berg,
  Lund, Boden, Kil, Nora, Salem, ...) count when written with "kommun"/"stad" ("Marks kommun"),
  or else only when capitalised, not at the start of a sentence or line, and not next to another
  capitalised word (which would make them part of a person's name: "Anna Lund", "Mark Olsson").
"""

from __future__ import annotations

import re

from govkg.extract._person_lexicon import first_names
from govkg.extract.joint_names import in_joint_name
from govkg.gazetteer import Gazetteer, Match, Municipality
from govkg.model import MunicipalityMention, Quote, Span

# Municipality names that are also Swedish words, first names or common surnames.
AMBIGUOUS = frozenset(
    {"Mark", "Vara", "Berg", "Lund", "Boden", "Kil", "Nora", "Salem", "Sala", "Eda", "Klippan", "Säter",
     "Falkenberg", "Mora", "Vilhelmina"}
)  # fmt: skip

# Bare names that denote an area rather than the municipality, whose own name is another: the
# municipality of the island calls itself Region Gotland since 2011 (gotland.se), so a bare
# "Gotland" ("närvaro på Gotland", "erfarenheter från Gotland") is the island; "Gotlands kommun" counts.
AREA_NAMES = frozenset({"Gotland"})
_WORD_BEFORE = re.compile(r"(\w+)\W*$")
_WORD_AFTER = re.compile(r"^\s*(\w+)")
_CAPITALISED_BEFORE = re.compile(r"[A-ZÅÄÖÉ][\w-]*[ \t]+$")
_CAPITALISED_AFTER = re.compile(r"^[ \t]+[A-ZÅÄÖÉ][a-zåäöé]")
# "Kalmar Vatten", "Göteborg Energi", "Kalmar Länstrafik": a town name that opens a longer proper
# name (a company, an arena, an event) is part of that name; "Borås Stad", "Ale Kommun" are not.
COMPANY_AFTER = re.compile(
    r"[ \t]+(?!(?:Stad|Stads|Kommun|Kommuns|Kommunkoncern|Län|Läns|Region|Och)\b)[A-ZÅÄÖ][a-zåäöé]+"
)
# "Lomma Hamn", "Växjö Centrum": a town name with a capitalised part of town is a place, neither the
# municipality nor a company named after it
PLACE_AFTER = re.compile(
    r"[ \t]+(?:Hamn|Hamnen|Centrum|City|Strand|Torg|Park|Station|Resecentrum|Central|Centralstation|"
    r"Södra|Norra|Östra|Västra)(?![\wåäöé])"
)
# "Stockholm Vatten och Avfall": a town's utility company whose name joins two trades with "och"
COMPANY_AND = re.compile(
    r"[ \t]+och[ \t]+(?:Avfall|Energi|Miljö|Vatten|Värme|Kraft|Renhållning|Återvinning|Fastigheter|"
    r"Bostäder|Hamn|Trafik)(?![\wåäöé])"
)
_SENTENCE_START = re.compile(r"(?:^|[.!?:]\s+|\n\s*(?:[-*•#]+\s*)?|^\s*(?:[-*•#]+\s*))$")
# A capitalised word (not an acronym) one space before a name (a tab separates columns):
# "Destination Gotland", "Campus Gotland", "Almi Företagspartner Stockholm Sörmland" name another body.
_CAPITALISED_WORD_BEFORE = re.compile(r"([A-ZÅÄÖÉ][a-zåäöéü][\wåäöéü&-]*) $")
_MAX_NAME_WORDS = 4
# Capitalised only because they open a sentence: never the first word of a body's name.
_OPENERS = frozenset(
    "I På Från Med Vid Enligt För Till Av Om Och Det Den Detta Denna Där Här Nu Sedan Efter Inför "
    "Under Hos Mot Även Både Att En Ett Vi De Alla Hela Samt Men Kommunerna Besök Möte Mötet".split()
)
_BODY_NOUNS_AFTER = frozenset(
    {
        "län",
        "universitet",
        "tekniska",
        "högskola",
        "regemente",
        "regementes",
        "flygflottilj",
        "flottilj",
        "tingsrätt",
        "tingsrätts",
    }
)


def longer_name(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of a longer proper name the place name at ``text[start:end]`` stands inside, or None.

    A capitalised word before the place, mid-sentence, makes it part of another body's name
    ("Destination Gotland", "Almi Företagspartner Stockholm Sörmland"); the name runs on over the
    capitalised words after it. A first name before it is a person, and a single capitalised word
    that opens the sentence ("Även Kungsbacka", "Besök Kungälv") is no name.

    >>> t = "Resor med Destination Gotland ökar."
    >>> t[slice(*longer_name(t, 22, 29))]
    'Destination Gotland'
    """
    words: list[str] = []
    a = start
    while len(words) < _MAX_NAME_WORDS:
        m = _CAPITALISED_WORD_BEFORE.search(text, max(0, a - 40), a)
        if not m:
            break
        words.append(m.group(1))
        a = m.start(1)
    if not words:
        return None
    first = words[-1]
    if _SENTENCE_START.search(text[max(0, a - 40) : a]) and (len(words) == 1 or first in _OPENERS):
        return None
    if first.split("-")[0] in first_names().names:  # "Eva-Lotta Sjöblad Götene": a person
        return None
    b = end
    while after := COMPANY_AFTER.match(text, b):
        b = after.end()
    return a, b


def _surname_of_person(text: str, start: int) -> bool:
    """ "Per Borås", "Märta Lund": a first name (not also a common word) one space before the place
    name, with no capitalised word before that, makes the place a person's surname. A surname
    between them ("Eva-Lotta Sjöblad Götene") leaves the town as the person's affiliation."""
    m = _CAPITALISED_WORD_BEFORE.search(text, max(0, start - 40), start)
    if not m:
        return False
    lex = first_names()
    word = m.group(1)
    if word not in lex.names:
        return False
    if word in lex.words and _SENTENCE_START.search(text[max(0, m.start(1) - 40) : m.start(1)]):
        return False  # "Per Borås-resan"? a name that is also a word is only a name mid-sentence
    return _CAPITALISED_WORD_BEFORE.search(text, max(0, m.start(1) - 40), m.start(1)) is None


# "Lena Ågren-Berg": a first name, a capitalised word and a hyphen before the place make it the
# second part of a double surname ("Göteborg-Oslo", with no first name before, stays two places)
_DOUBLE_SURNAME_BEFORE = re.compile(
    r"([A-ZÅÄÖÉ][a-zåäöéü]+(?:-[A-ZÅÄÖÉ][a-zåäöéü]+)?) [A-ZÅÄÖÉ][a-zåäöéü]+-$"
)


def _double_surname_part(before: str) -> bool:
    m = _DOUBLE_SURNAME_BEFORE.search(before)
    return m is not None and m.group(1).split("-")[0] in first_names().names


# A list going on after a name: ", Grums", " och Årjäng"
_LIST_NEXT = re.compile(r"^(?:,[ \t]*|[ \t]+(?:och|samt)[ \t]+)([A-ZÅÄÖ][a-zåäö]+)\b(?![ \t]+[A-ZÅÄÖ])")


# "Mark- och miljö…", "Sjö- eller …": a compound cut before a conjunction that shares its last part
_TRUNCATED = re.compile(r"-[ \t]+(?:och|eller|samt|respektive)[ \t]")
# a run-in label opening a line of a round of reports: "• Hammarö: Kommunen har …"
_RUN_IN_LABEL = re.compile(r"[ \t]*(?:[-*•·][ \t]*)?([A-ZÅÄÖ][\wåäöé]+(?:[- ][A-ZÅÄÖ][\wåäöé]+)?)[ \t]*:")


def _among_municipality_labels(text: str, start: int) -> bool:
    """Does the line before or after open with an unambiguous municipality as a run-in label? Then
    an ambiguous name in the same place ("Kil:", "Mark:") is one of the round's municipalities."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    lines_before = [line for line in text[:line_start].splitlines() if line.strip()][-1:]
    lines_after = (
        [line for line in text[line_end + 1 :].splitlines() if line.strip()][:1] if line_end >= 0 else []
    )
    gaz = Gazetteer.load()
    for line in lines_before + lines_after:
        label = _RUN_IN_LABEL.match(line)
        if label and label.group(1) not in AMBIGUOUS and isinstance(gaz.lookup(label.group(1)), Municipality):
            return True
    return False


def _opens_municipality_list(after: str) -> bool:
    """Is the next list member a municipality that is no common word ("Eda, Grums" but not
    "Mark, Anna och …")?"""
    m = _LIST_NEXT.match(after)
    if m is None or m.group(1) in AMBIGUOUS:
        return False
    return isinstance(Gazetteer.load().lookup(m.group(1)), Municipality)


def municipality_match_ok(text: str, m: Match) -> bool:
    """Whether a gazetteer match of a municipality is a mention of the municipality (module doc)."""
    assert isinstance(m.entry, Municipality)
    surface = text[m.start : m.end]
    if not surface[:1].isupper():
        return False
    before, after = text[max(0, m.start - 40) : m.start], text[m.end : m.end + 40]
    if in_joint_name(text, m.start, m.end):
        return False  # "Alingsås-Vårgårdas kampanj": the two towns' joint body, neither town
    if _TRUNCATED.match(after):
        return False  # "Mark- och miljödomstolen": the first half of a shared compound, no place
    prev = _WORD_BEFORE.search(before)
    nxt = _WORD_AFTER.match(after)
    if prev and prev.group(1).lower() == "region" and before.endswith(" "):
        return False
    if nxt and nxt.group(1) in _BODY_NOUNS_AFTER:
        return False  # the county, or a body named after its town ("Luleå tekniska universitet")
    if re.search(r"\bHögskolan\s+(?:(?:i|på)\s+)?$", before):
        return False  # "Högskolan i Skövde" names the university college
    if _surname_of_person(text, m.start) or (before.endswith("-") and _double_surname_part(before)):
        return False
    lowered = surface.lower()
    if m.entry.name in AREA_NAMES and not lowered.endswith(" kommun"):
        return False
    if m.entry.name not in AMBIGUOUS:
        return not COMPANY_AFTER.match(after) and longer_name(text, m.start, m.end) is None
    if lowered.endswith(" kommun") or lowered.endswith(" stad") or surface.isupper():
        return True
    if _SENTENCE_START.search(before):
        if after.startswith(":") and _among_municipality_labels(text, m.start):
            return True  # "• Kil: Kommunen har …" between "• Hammarö: …" and "• Forshaga: …"
        # "Eda, Grums och Årjäng reviderar …": the first of a list of municipalities
        return _opens_municipality_list(after)
    return not (_CAPITALISED_BEFORE.search(before) or _CAPITALISED_AFTER.match(after))


def find_municipalities(
    text: str, offset: int = 0, gaz: Gazetteer | None = None
) -> list[MunicipalityMention]:
    """Municipalities named in ``text``, first mention of each, spans shifted by ``offset``.

    >>> [m.name for m in find_municipalities("Möte i Kungsbacka med Göteborgs stad.")]
    ['Kungsbacka', 'Göteborg']
    """
    gaz = gaz or Gazetteer.load()
    seen: set[str] = set()
    out: list[MunicipalityMention] = []
    for m in gaz.scan(text):
        entry = m.entry
        if not isinstance(entry, Municipality) or entry.scb_code in seen:
            continue
        if not municipality_match_ok(text, m):
            continue
        seen.add(entry.scb_code)
        quote = Quote(text[m.start : m.end], Span(offset + m.start, offset + m.end))
        out.append(MunicipalityMention(name=entry.name, surface=quote, scb_code=entry.scb_code))
    return out
