"""parse.body_tail: a comma part "title Body" → the known body at its tail and the title before it.

"verksamhetschef GR", "kommundirektör Habo kommun", "vd Bussbolaget i Vättern AB": the body is the
longest run of words at the end of the part that the gazetteer knows. A known name inside a longer
capitalised name ("Räddningstjänsten Östra Vätterbygden" holds the alias "Vätterbygden") is no tail:
the capitalised word before it belongs to the same name, so the tail must start after a lower-case
word or a capitalised title. A preposition ("Högskolan i Halmstad") joins the words on both sides.
"""

from __future__ import annotations

import re

from govkg.gazetteer import Gazetteer
from govkg.parse.brackets import function_word
from govkg.parse.entry import COMPANY_SHAPE, Part, capitalised_title, org_of

_WORD = re.compile(r"\S+")
_PREPOSITIONS = frozenset({"i", "på", "vid", "för"})
# "ersättare för Anna Berg", "ledamot": the seat held at the meeting, after the title and body
_SEAT = re.compile(r"\s*(?:tjänstgörande\s+)?(?:ersättare|ledamot|adjungerad)\b", re.IGNORECASE)
_MAX_WORDS = 6  # a body's name at the tail of a title part: "Länstrafiken i Norrbotten AB"


def _starts_name(word: str) -> bool:
    """A capitalised word that is not a title continues the body's name leftwards."""
    return word[:1].isupper() and not capitalised_title(word)


def tail_body(text: str, gaz: Gazetteer, part: Part) -> tuple[Part, tuple[str, str | None], Part] | None:
    """(body, (canonical, id), role) when ``part`` is a title followed by a known body, else None."""
    surface = text[part.start : part.end]
    if COMPANY_SHAPE.match(surface):
        return None  # "Samordningsförbundet Gotland": the place is part of the body's name
    words = list(_WORD.finditer(text, part.start, part.end))
    for k in range(1, min(_MAX_WORDS, len(words))):
        before = words[-k - 1].group()
        first = len(words) - k
        if before in _PREPOSITIONS:
            # "vd Bussbolaget i Vättern AB": the words on both sides of "i" form one name
            first -= 2
            if first < 1 or not words[first].group()[:1].isupper():
                return None
        elif _starts_name(before):
            continue  # "Räddningstjänsten Östra Vätterbygden": the tail is inside a longer name
        tail = Part(words[first].start(), part.end)
        if resolved := org_of(gaz, text[tail.start : tail.end]):
            return tail, resolved, Part(part.start, words[first - 1].end())
        if before in _PREPOSITIONS:
            return None
    return None


def closing_function(text: str, part: Part) -> bool:
    """ "ordförande", "ersättare för Anna Berg": the meeting function that may close the line."""
    return function_word(text, part) or _SEAT.match(text, part.start, part.end) is not None
