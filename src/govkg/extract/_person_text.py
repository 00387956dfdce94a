"""extract._person_text: text → tokens, sentences and word shapes for the person extractor."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

_WORD = re.compile(r"[^\W\d_]+(?:[-‐][^\W\d_]+)*(?::s)?")
_SKIP = re.compile(r"https?://\S+|www\.\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_SKIP_HINT = re.compile(r"://|www\.|@")  # in every _SKIP match, and far cheaper to look for
# Tokens that end a sentence-like unit: a full stop not after an initial, or a line break.
_BOUNDARY = re.compile(r"(?<![\s(][A-ZÅÄÖ])[.!?](?=\s)|\n")
_ORG_SUFFIXES = (
    "regionen", "regionens", "kommun", "kommuns", "kommunen", "förbundet", "förbundets", "nätverket",
    "gruppen", "gruppens", "nämnden", "nämndens", "myndigheten", "centralen", "styrelsen", "styrelsens",
    "verket", "verkets", "kassan", "stad", "stads", "län", "läns", "rådet", "gatan", "vägen", "torget",
    "huset", "skolan", "högskolan", "sjukhuset", "bolaget", "ledningen", "central", "centrals",
    "förbund", "förbunds",
)  # fmt: skip
_ORG_HEADS = frozenset({"region", "länsstyrelsen", "kommunförbundet", "landstinget", "sveriges"})
_CONNECTORS = frozenset({"och", "samt"})
_HYPHEN = re.compile(r"[-‐]")
# What in the gap before a token makes it open a sentence-like unit.
_OPENER = re.compile(r"[.!?:\n]|^\s*[-•*]\s")


@dataclass(slots=True)
class _Tok:
    text: str
    start: int
    end: int
    initial_sentence: bool

    @property
    def bare(self) -> str:
        return self.text[:-2] if self.text.endswith(":s") else self.text


@dataclass(slots=True)
class _Found:
    name: str
    start: int
    end: int
    canonical: str
    sentence: int
    affiliation: tuple[str, int, int] | None = None
    title: str | None = None
    role: str | None = None


# Both are pure functions of short strings that recur across items and documents (names,
# words): caching them is a large share of the person extractor's speed.
@lru_cache(maxsize=65536)
def _fold(s: str) -> str:
    return unicodedata.normalize("NFC", " ".join(s.split())).casefold()


@lru_cache(maxsize=65536)
def _is_proper(word: str) -> bool:
    """Capitalised, every hyphen part lower case after its first letter: "Ann-Sofi", not "VästKom"."""
    parts = _HYPHEN.split(word)
    return all(p[:1].isupper() and (p[1:].islower() or p[1:] == "") for p in parts) and len(word) > 1


def _is_initial(word: str) -> bool:
    return len(word) == 1 and word.isupper()


def _is_acronym(word: str) -> bool:
    bare = word[:-2] if word.endswith(":s") else word
    return len(bare) >= 2 and bare.isupper() and bare.isalpha()


def _is_camel(word: str) -> bool:
    return word[:1].isupper() and any(c.isupper() for c in word[1:]) and any(c.islower() for c in word)


def _looks_org_word(word: str) -> bool:
    low = word.casefold().removesuffix(":s")
    return any(low.endswith(s) and len(low) > len(s) + 1 for s in _ORG_SUFFIXES) or low in {
        "stad",
        "kommun",
    }


def _sentence_ids(text: str) -> list[int]:
    """Sentence number of every code point (cheap: boundaries are full stops and line breaks)."""
    ids: list[int] = []
    current = 0
    last = 0
    for m in _BOUNDARY.finditer(text):
        ids.extend([current] * (m.end() - last))
        current += 1
        last = m.end()
    ids.extend([current] * (len(text) + 1 - last))
    return ids


def _tokens(text: str, skip: list[tuple[int, int]]) -> list[_Tok]:
    toks: list[_Tok] = []
    prev_end = 0
    opener = _OPENER.search
    append = toks.append
    for m in _WORD.finditer(text):
        start, end = m.span()
        if skip and any(a <= start < b for a, b in skip):
            continue
        gap = text[prev_end:start]
        if not toks:
            first = True
        elif gap == " ":
            first = False  # the common case, decided without a regex
        else:
            after_initial = gap == ". " and _is_initial(toks[-1].text)
            first = opener(gap) is not None and not after_initial
        append(_Tok(m.group(), start, end, first))
        prev_end = end
    return toks


def _joined(text: str, a: _Tok, b: _Tok) -> bool:
    """Two tokens of one name: separated by one space, or by an initial's full stop and a space."""
    gap = text[a.end : b.start]
    return gap in (" ", "\u00a0") or (_is_initial(a.text) and gap == ". ")


def _strip_genitive(surface: str) -> str:
    if surface.endswith(":s"):
        return surface[:-2]
    if surface.endswith(("ens", "ets")):
        return surface[:-1]
    return surface


# A first name that ends a line and a capitalised word that opens the next, which the line goes on
# after: "… redogör Ingmar" / "Sundqvist för förslaget", "Ann-Marie" / "Lindkvist, kommundirektör". Only
# a bare line break: the joined name must read as one space apart, as on one line.
_WRAPPED = re.compile(
    r"(?<![\w‐-])(?P<first>[^\W\d_]+(?:[-‐][^\W\d_]+)*)\n"
    r"(?P<last>[A-ZÅÄÖ][^\W\d_]+(?:[-‐][^\W\d_]+)*)(?=[ \t,;:.)]+[^\s])"
)
# Words that open a sentence (no period before them in some minutes), never a surname
_NOT_SURNAMES = frozenset(
    "Det Den De Vi Han Hon Detta Dessa Där Här Som Och Men Samt Mötet Nästa Beslut Ärendet".split()
)
_PROSE_WORDS = 3  # words on the first name's line before it: a wrapped sentence, not a list entry
_COLUMNS = re.compile(r"\t|\S {3,}\S")


def unwrap_names(text: str, is_first_name: Callable[[str], bool]) -> str:
    """``text`` with the line break inside a wrapped name turned into a space (same offsets).

    Extracted prose is wrapped at a width, so a name may run over a line break. The break is joined
    only where the line before holds running text that ends in a first name and the next line opens
    with a capitalised word and goes on: one entry a line (a list, a table row) is never joined.
    """
    if "\n" not in text:
        return text
    chars: list[str] | None = None
    for m in _WRAPPED.finditer(text):
        first, last = m.group("first"), m.group("last")
        line_start = text.rfind("\n", 0, m.start()) + 1
        before = text[line_start : m.start()]
        if (
            not is_first_name(first)
            or not _is_proper(last)
            or _looks_org_word(last)
            or last in _NOT_SURNAMES
            or len(_WORD.findall(before)) < _PROSE_WORDS
            or _COLUMNS.search(before)
        ):
            continue
        if chars is None:
            chars = list(text)
        for k in range(m.end("first"), m.start("last")):
            chars[k] = " "
    return text if chars is None else "".join(chars)
