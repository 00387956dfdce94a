"""parse.name_order: "Brandt, Helena" at the start of an attendance line → the name, surname first.

Registers and exported lists write people surname first: "Brandt, Helena – Eskilstuna",
"Brandt, Helena, Eskilstuna kommun", "Brandt, Helena (Eskilstuna)". The signal is two short runs
of capitalised words around a comma where the second run is made of first names (the first-name
lexicon) and the first is not, and neither names a body the gazetteer knows ("Falun, Anna" is a
body and a person; "Falun, Anna Berg" is a body first). The name stays as written (SCHEMA: names
"as written"); ``natural_order`` gives the natural order that resolution and text search use.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from govkg.extract._person_lexicon import cues, first_names
from govkg.gazetteer import Gazetteer

# One capitalised name word: "Strand", "Nils-Olov", "Lövgren", "O'Neil"
_CAP_WORD = re.compile(r"[A-ZÅÄÖÉÈÜÆØ][^\W\d_]*(?:['’][^\W\d_]+)?(?:-[A-ZÅÄÖÉÈÜÆØ][^\W\d_]*)*")
_SURNAME_PARTICLES = frozenset({"von", "van", "af", "de", "der", "den"})


@dataclass(frozen=True, slots=True)
class SurnameFirst:
    """The two runs of a "Surname, Given" pair as offsets, and the name in natural order."""

    start: int  # of the surname
    end: int  # of the given name(s)
    natural: str


def _words(text: str, start: int, end: int) -> list[str] | None:
    """The words of text[start:end] when every one is a capitalised name word (a particle too)."""
    words = text[start:end].split()
    if not 1 <= len(words) <= 2:
        return None
    for w in words:
        if w in _SURNAME_PARTICLES:
            continue
        m = _CAP_WORD.fullmatch(w)
        if m is None or (w.isupper() and len(w) > 1):
            return None  # an acronym ("SKR") is a body
    return words


def _is_first_name(word: str) -> bool:
    names = first_names().names
    return word in names or all(p in names for p in word.split("-"))


def given_names(text: str, start: int, end: int) -> bool:
    """Is text[start:end] one or two capitalised words that are all first names ("Helena")?"""
    words = _words(text, start, end)
    return words is not None and all(_is_first_name(w) for w in words)


def surname_first(
    text: str, gaz: Gazetteer, surname: tuple[int, int], given: tuple[int, int], body_follows: bool = False
) -> SurnameFirst | None:
    """ "Strand" + "Helena" (two comma-separated parts of one line) as one person, else None.

    ``body_follows``: the line names a known body after the pair ("Holm, Per-Erik – Flen"). Then
    a surname that is also a first name ("Holm", "Lind") or a place ("Lund") is still a surname:
    a list of first names or a body with a bare first name has no body of its own after it.
    """
    last = _words(text, *surname)
    first = _words(text, *given)
    if last is None or first is None or last[0] in _SURNAME_PARTICLES:
        return None
    if not all(_is_first_name(w) for w in first):
        return None  # "Falun, Anna Berg": a body, then a person in natural order
    if not body_follows and any(_is_first_name(w) for w in last if w not in _SURNAME_PARTICLES):
        return None  # "Anna, Maria": two first names are a list, not one person
    if last[-1].lower().endswith(cues().title_suffixes):
        return None  # "Kommunchef, Anna": a title, then a first name
    for a, b in (given,) if body_follows else (surname, given):
        if gaz.lookup(text[a:b]) is not None:
            return None  # "Strand, Ale": a body in either run is no name
    natural = " ".join([*first, *last])
    return SurnameFirst(surname[0], given[1], natural)


def natural_order(name: str) -> str:
    """ "Brandt, Helena" → "Helena Brandt"; a name without a comma is returned as it is.

    A person's name holds a comma only when it was read surname first (``surname_first``).

    >>> natural_order("Brandt, Helena"), natural_order("Anna Berg")
    ('Helena Brandt', 'Anna Berg')
    """
    last, comma, given = name.partition(",")
    if not comma or "," in given:
        return name
    return " ".join([*given.split(), *last.split()])


_GIVEN_RUN = re.compile(r"\s*(?:och\s+|samt\s+)?(?P<given>[^\s,()]+(?:\s+[^\s,()]+)?)\s*(?P<paren>\()?")


def join_surname_first(text: str, gaz: Gazetteer, raw: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """ "Brandt, Helena (Eskilstuna), Hed, Oskar (Borlänge)": join each surname to its given name."""
    out: list[tuple[int, int]] = []
    k = 0
    while k < len(raw):
        a, b = raw[k]
        if k + 1 < len(raw) and (g := _GIVEN_RUN.match(text, raw[k + 1][0], raw[k + 1][1])):
            sa, sb = a, b
            while sa < sb and text[sa] in " \t":
                sa += 1
            for joiner in ("och ", "samt "):
                sa += len(joiner) if text.startswith(joiner, sa, sb) else 0
            while sb > sa and text[sb - 1] in " \t":
                sb -= 1
            pair = ((sa, sb), (g.start("given"), g.end("given")))
            if surname_first(text, gaz, *pair, body_follows=g.group("paren") is not None):
                out.append((a, raw[k + 1][1]))
                k += 2
                continue
        out.append((a, b))
        k += 1
    return out
