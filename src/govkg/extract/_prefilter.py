"""extract._prefilter: compiled regex → a cheap literal test that every match must pass.

Most cue patterns match in few sentences, yet running them costs a full regex scan each; a
pattern like ``\\b(?:säger|menar) att\\b`` cannot match a sentence that contains neither "säger"
nor "menar". ``required_literals`` reads the pattern's syntax tree and returns a regex of plain
literals (one of which every match contains) to run on the lower-cased text first.

The test is only sound where ``str.lower`` and the regex engine's case folding agree character
by character; ``lowered`` returns None for text outside Latin-1 and general punctuation, and
callers then run the full pattern.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable
from functools import lru_cache
from typing import Any

_c: Any
_p: Any
try:  # the regex syntax tree is internal to ``re``: without it every pattern simply runs in full
    _c = importlib.import_module("re._constants")
    _p = importlib.import_module("re._parser")
except ImportError:  # pragma: no cover
    _c = _p = None

__all__ = ["any_literal", "literal_finder", "literal_set", "lowered", "required_literals"]

_MIN_LENGTH = 3  # shorter words ("en", "i ") are in nearly every sentence: no use as a filter
_UNSAFE = re.compile(r"[^\x00-\xff\u2000-\u206f]")

_Need = frozenset[str]


def lowered(text: str) -> str | None:
    """``text`` lower-cased for the literal tests, or None where the tests would not be sound."""
    return None if _UNSAFE.search(text) else text.lower()


def required_literals(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """A regex of literals (lower case) one of which occurs in every match of ``pattern``, or None."""
    need = literal_set(pattern)
    return None if need is None else any_literal([need])


def literal_set(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """The literals (lower case) one of which occurs in every match of ``pattern``, or None."""
    if _p is None:
        return None
    try:
        return _best(_needs(list(_p.parse(pattern.pattern, pattern.flags))))
    except Exception:  # an unreadable tree only means no prefilter
        return None


def any_literal(sets: list[frozenset[str]]) -> re.Pattern[str]:
    """A regex that finds any literal of any of ``sets`` (to run on ``lowered`` text)."""
    literals = sorted(set().union(*sets), key=lambda s: (-len(s), s))
    return re.compile("|".join(re.escape(s) for s in literals))


def literal_finder(sets: list[frozenset[str]]) -> Callable[[str], frozenset[str]]:
    """Many literal tests at once: a function from ``lowered`` text to the literals of ``sets`` it
    contains. Plain substring tests of a few hundred literals cost a quarter of one regex search
    per literal set (measured), and each sentence meets several cue lists."""
    literals = tuple(sorted(set().union(*sets)))

    @lru_cache(maxsize=16)
    def found(low: str) -> frozenset[str]:
        return frozenset([s for s in literals if s in low])

    return found


def _punctuation(literal: str) -> bool:
    """Non-empty and without letters, digits or spaces: "-", "/", ":s" does not qualify."""
    return bool(literal) and not any(c.isalnum() or c.isspace() for c in literal)


def _score(need: _Need) -> tuple[int, int]:
    return (min(len(s) for s in need), -len(need))


def _best(needs: list[_Need]) -> _Need | None:
    return max(needs, key=_score) if needs else None


def _needs(items: list[tuple[Any, Any]]) -> list[_Need]:
    """Sets of literals, each of which has a member in every match of the sequence ``items``."""
    out: list[_Need] = []
    run: list[str] = []

    def flush() -> None:
        literal = "".join(run).strip().lower()
        if len(literal) >= _MIN_LENGTH or _punctuation(literal):
            out.append(frozenset({literal}))
        run.clear()

    for op, av in items:
        if op is _c.LITERAL:
            run.append(chr(av))
            continue
        flush()
        if op is _c.SUBPATTERN:
            out.extend(_needs(list(av[-1])))
        elif op is _c.ATOMIC_GROUP:
            out.extend(_needs(list(av)))
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            if av[0] >= 1:
                out.extend(_needs(list(av[2])))
        elif op is _c.IN:
            # a class of punctuation only ("[-–/]"): one of its characters must occur
            chars = {chr(v) for o, v in av if o is _c.LITERAL}
            if len(chars) == len(av) and all(_punctuation(c) for c in chars):
                out.append(frozenset(chars))
        elif op is _c.BRANCH:
            union: set[str] = set()
            for branch in av[1]:
                best = _best(_needs(list(branch)))
                if best is None:
                    break  # a branch without a literal: the alternation requires none
                union |= best
            else:
                if union:
                    out.append(frozenset(union))
        # anything else (classes, anchors, lookarounds, back-references) requires no literal
    flush()
    return out
