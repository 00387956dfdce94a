"""resolve_names: two written person names → whether (and why) they can be one person, and slugs."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache

from rapidfuzz.distance import DamerauLevenshtein

from govkg.extract._person_lexicon import first_names

_EXTRA_FOLD = str.maketrans({"ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "ß": "ss", "ł": "l", "Ł": "L",
                             "đ": "d", "Đ": "D", "ð": "d", "þ": "th", "œ": "oe"})  # fmt: skip


@lru_cache(maxsize=1 << 16)
def _fold(s: str) -> str:
    """Accent-, case- and space-insensitive form: "Randén" and "randen" fold alike."""
    decomposed = unicodedata.normalize("NFKD", s.translate(_EXTRA_FOLD))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.casefold().split())


def person_slug(name: str) -> str:
    """ASCII slug of a name: ``person_slug("Bengt Randén") == "bengt-randen"``."""
    return re.sub(r"[^a-z0-9]+", "-", _fold(name)).strip("-")


@lru_cache(maxsize=1 << 16)
def _norm(s: str) -> str:
    return unicodedata.normalize("NFC", " ".join(s.split())).casefold()


def _tokens(name: str) -> list[str]:
    return [t.rstrip(".") for t in name.split()]


def variant_reason(a: str, b: str) -> str | None:
    """Why two written names can be one person, or None when they cannot (affiliation aside)."""
    if _norm(a) == _norm(b):
        return "same name"
    fa, fb = _fold(a), _fold(b)
    if fa == fb:
        return "accent variant"
    if _unhyphen(fa) == _unhyphen(fb):
        return "hyphen variant"  # "Åhman-Berg"/"Åhman Berg": one double name, two spellings
    ta, tb = _tokens(fa), _tokens(fb)
    if len(ta) == len(tb) >= 2 and ta[1:] == tb[1:] and _same_spelling(ta[0], tb[0]):
        return f"first-name spelling variant {a.split()[0]}/{b.split()[0]}"
    if len(ta) == len(tb) >= 2:
        diff = [k for k, (x, y) in enumerate(zip(ta, tb, strict=True)) if x != y]
        if len(diff) == 1:
            k = diff[0]
            x, y = ta[k], tb[k]
            if min(len(x), len(y)) >= 4 and DamerauLevenshtein.distance(x, y) == 1:
                wa, wb = a.split()[k], b.split()[k]
                if k == 0 and _both_first_names(wa, wb):
                    return None  # "Lena"/"Lina": two real names, not a typo
                return f"one-letter difference {wa}/{wb}"
    return "added middle name or double surname" if _is_extension(ta, tb) or _is_extension(tb, ta) else None


# The common Swedish spelling pairs of one first name: "Katarina"/"Catarina", "Carl"/"Karl",
# "Christina"/"Kristina", "Philip"/"Filip", "Stephan"/"Stefan", "Thomas"/"Tomas". Only these
# letter pairs are folded; any other difference keeps two names apart ("Karin"/"Carina").
_SPELLING_PAIRS = (("ch", "k"), ("c", "k"), ("ph", "f"), ("th", "t"))
_INNER_PAIRS = (("ph", "f"), ("th", "t"))


def spelling_key(first: str) -> str:
    """A folded first name with its spelling-pair letters written one way.

    >>> spelling_key("catarina") == spelling_key("katarina"), spelling_key("karin") == spelling_key("carina")
    (True, False)
    """
    for old, new in _SPELLING_PAIRS:
        if first.startswith(old):
            first = new + first[len(old) :]
            break
    for old, new in _INNER_PAIRS:
        first = first[:1] + first[1:].replace(old, new)
    return first


_DOUBLED = re.compile(r"([bcdfghjklmnpqrstvwxz])\1")


def _undoubled(first: str) -> str:
    """A doubled consonant written once: "Kristoffer"/"Kristofer" are one name in two spellings."""
    return _DOUBLED.sub(r"\1", first)


def _same_spelling(x: str, y: str) -> bool:
    """Two folded first names are one name spelled two ways: a spelling pair, or a doubled consonant
    in a name of four letters or more (even when both spellings are listed first names, unlike a
    changed vowel: "Lena"/"Lina" stay two names)."""
    if spelling_key(x) == spelling_key(y):
        return True
    return min(len(x), len(y)) >= 4 and _undoubled(spelling_key(x)) == _undoubled(spelling_key(y))


def one_first_name(x: str, y: str) -> bool:
    """Two written first names are one name with a consonant doubled ("Kristoffer"/"Kristofer"): as
    safe as one written name. (A silent h, "Matthias"/"Mattias", needs the body named, fix round 13.)"""
    fx, fy = _fold(x), _fold(y)
    return fx != fy and min(len(fx), len(fy)) >= 4 and _undoubled(fx) == _undoubled(fy)


def hyphenated_first_name_only(a: str, b: str) -> bool:
    """The hyphen variant lies in the first name alone ("Ann-Sofi Dahl"/"Ann Sofi Dahl"): the surname is
    written alike, so the pair is as safe as one written name."""
    la, lb = _tokens(_fold(a)), _tokens(_fold(b))
    return len(la) >= 2 and len(lb) >= 2 and la[-1] == lb[-1] and _unhyphen(_fold(a)) == _unhyphen(_fold(b))


def _unhyphen(folded: str) -> str:
    """A hyphen inside a name is spelled as a space: the same written form for matching."""
    return " ".join(folded.replace("-", " ").split())


def _is_extension(short: list[str], long_: list[str]) -> bool:
    """``long_`` is ``short`` with names (or a hyphenated part) added between first and last."""
    short_parts = [short[0], *(p for t in short[1:] for p in t.split("-"))]
    long_parts = [long_[0], *(p for t in long_[1:] for p in t.split("-"))]
    if len(short_parts) < 2 or len(long_parts) <= len(short_parts):
        return False
    if short_parts[0] != long_parts[0] or short_parts[-1] != long_parts[-1]:
        return False
    rest = iter(long_parts[1:-1])
    # each middle token of the short form is found, in order, in the long form (an initial fits a name)
    return all(any(t == r or (len(t) == 1 and r.startswith(t)) for r in rest) for t in short_parts[1:-1])


def _both_first_names(x: str, y: str) -> bool:
    names = first_names().names
    return x in names and y in names


def _blocking_keys(folded: str) -> Iterator[tuple[object, ...]]:
    """Keys shared by any two folded names that ``variant_reason`` may accept."""
    yield ("fold", folded)  # accent variants
    yield ("unhyphen", _unhyphen(folded))  # "Åhman-Berg"/"Åhman Berg"
    toks = _tokens(folded)
    if not toks:
        return
    if len(toks) >= 2:  # a first name spelled with another letter of a spelling pair
        yield ("spelling", _undoubled(spelling_key(toks[0])), *toks[1:])
    if len(toks) >= 2:  # one letter changed, added, dropped or swapped: a shared one-deletion form
        for k, t in enumerate(toks):
            if len(t) >= 4:
                rest = (len(toks), k, *toks[:k], "|", *toks[k + 1 :])
                for d in {t, *(t[:p] + t[p + 1 :] for p in range(len(t)))}:
                    yield ("typo", d, *rest)
    parts = [toks[0], *(p for t in toks[1:] for p in t.split("-"))]
    if len(parts) >= 2:  # added names between the same first and last
        yield ("extension", parts[0], parts[-1])
