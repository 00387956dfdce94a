"""parse.ordinal_items: classified lines → the agenda numbered with roman numerals or capital letters.

Some minutes number their matters "I.", "II.", "III." (formal protocols, plain-text exports with
underlined headings) or "A.", "B.", "C." (outlines). Such a token is ambiguous alone: "K. Lindblom"
is an initial, "A." may open a sentence, "I" is both a numeral and a letter. Only a CHAIN counts:
the values 1, 2, 3… in document order, starting at the first value, each heading carrying a body.
The items are numbered by their position in the chain (I → 1, C → 3).
"""

from __future__ import annotations

import re

from govkg.parse.lines import Kind, Line
from govkg.parse.roman import ROMAN

# "IV. Title", "B) Title", "III – Title": the token, then a dot, a bracket or a spaced dash
_ORDINAL = re.compile(r"^(?P<tok>[IVX]{1,6}|[A-Z])(?:[.)]\s*|\s+[-–—]\s+)(?P<title>\S.*)$")
_UPPER = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")


def ordinal_heading(text: str) -> tuple[list[tuple[str, int]], int] | None:
    """The readings of a heading's token ("I" is roman 1 and letter 9) and where its title starts."""
    if not text or text[0] not in _UPPER or len(text) < 3:
        return None
    sep = next((k for k, c in enumerate(text[:8]) if c not in "IVX"), 1) if text[0] in "IVX" else 1
    if text[sep : sep + 1] not in (".", ")", " "):
        return None  # most lines stop here: "Anna Berg", "Inledning", "KS 2026"
    m = _ORDINAL.match(text)
    if m is None:
        return None
    title = m.group("title")
    words = title.split()
    if (
        len(words) > 12
        or title.endswith((".", ",", ";", ":"))
        or not title[0].isupper()
        or any(w.endswith(",") for w in words[:2])  # "K. Lindblom, Storumans kommun": an initial
    ):
        return None
    tok = m.group("tok")
    readings: list[tuple[str, int]] = []
    if tok in ROMAN:
        readings.append(("roman", ROMAN[tok]))
    if len(tok) == 1:
        readings.append(("letter", ord(tok) - ord("A") + 1))
    return (readings, m.start("title")) if readings else None


def ordinal_chain(lines: list[Line]) -> list[int]:
    """The longest chain I, II, III… or A, B, C… whose headings each carry a body (>= 2 links)."""
    readings = {
        i: found[0]
        for i, ln in enumerate(lines)
        if ln.kind is Kind.TEXT and not ln.bullet and (found := ordinal_heading(ln.text))
    }
    best: list[int] = []
    for scheme in ("roman", "letter"):
        pool = [(i, v) for i, found in readings.items() for s, v in found if s == scheme]
        chains: dict[int, list[int]] = {}
        for i, v in pool:
            if v == 1:
                chains[i] = [i]
                continue
            prev = [c for j, w in pool if j < i and w == v - 1 and (c := chains.get(j)) and c[-1] == j]
            if prev:
                chains[i] = [*max(prev, key=lambda c: (len(c), c[-1])), i]
        for chain in chains.values():
            if len(chain) >= 2 and len(chain) > len(best) and _bodied(lines, chain, readings):
                best = chain
    return best


def _bodied(lines: list[Line], chain: list[int], readings: dict[int, list[tuple[str, int]]]) -> bool:
    """Each heading is followed by text before the next: a list of lettered lines is no agenda."""
    for k, i in enumerate(chain):
        stop = chain[k + 1] if k + 1 < len(chain) else len(lines)
        body = next((j for j in range(i + 1, stop) if lines[j].kind is not Kind.BLANK), None)
        if body is None or body in readings:
            return False
    return True


def mark_items(lines: list[Line], chain: list[int]) -> None:
    """The chain's headings become items numbered by position."""
    for position, i in enumerate(chain, start=1):
        line = lines[i]
        found = ordinal_heading(line.text)
        assert found is not None
        at = line.start + found[1]
        line.kind, line.number, line.rest, line.bare = Kind.ITEM, str(position), (at, line.end), False
