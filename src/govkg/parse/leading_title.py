"""parse.leading_title: an attendance entry → the title written before the name ("Kommunchef Anna Berg")."""

from __future__ import annotations

import re

from govkg.extract._person_lexicon import cues
from govkg.parse.entry import Part, name_length

__all__ = ["leading_title"]

_LEADING_TITLES = frozenset({"professor", "docent", "doktor", "dr", "biskop", "landshövding", "överste"})
_LEAD_WORD = re.compile(r"[A-ZÅÄÖa-zåäö][a-zåäöé-]+(?= +)")
# "Tf.", "T.f.", "tf", "Bitr.", "Vik.", "Ställf.": acting or deputy before a title
_ACTING = re.compile(r"(?i:t\.\s?f\.|tf\.?|bitr\.|vik\.|ställf\.)\s+(?=[a-zåäö])")


# "brandchefen", "revisorn", "revisorerna", "regionrådet": the definite and plural forms of a title
_DEFINITE = ("erna", "arna", "en", "et", "na", "n")


def _title_word(word: str) -> bool:
    suffixes = cues().title_suffixes
    return word.endswith(suffixes) or any(
        word.endswith(ending) and word[: -len(ending)].endswith(suffixes) for ending in _DEFINITE
    )


def leading_title(text: str, first: Part) -> Part | None:
    """A title before the name: "Kommunchef", "Regiondirektör", "Professor", "Biträdande rektor"."""
    pos = first.start
    if acting := _ACTING.match(text, pos, first.end):  # "Tf. kommunchef Anna Berg": acting, part of the role
        pos = acting.end()
    for k in range(3):  # "regional utvecklingsdirektör Maria Sjöstrand": up to two words before the title
        m = _LEAD_WORD.match(text, pos, first.end)
        if m is None or (k and not m.group()[0].islower()):
            return None
        word = m.group().lower()
        after = m.end()
        while after < first.end and text[after] == " ":
            after += 1
        if (word in _LEADING_TITLES or _title_word(word)) and name_length(text, after, first.end):
            return Part(first.start, m.end())
        pos = after  # "biträdande socialchef Anna Berg": the title may be the second or third word
    return None
