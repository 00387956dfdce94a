"""extract.cue_table: ``data/cues.csv`` → compiled cues, and the first cue that matches in a main clause.

The cue phrases are data: ``decision``/``follow_up`` patterns mark a sentence, ``borderline``
patterns (proposals, positions, hypotheticals) veto it, ``*_heading`` patterns turn a subheading
into a block, ``continuation`` and ``actor_step`` rows extend follow-ups, and ``macro:NAME`` rows
define ``{NAME}`` placeholders used by the other patterns.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise
from pathlib import Path

from govkg.errors import GazetteerError
from govkg.extract._prefilter import literal_finder, literal_set
from govkg.resources import data_dir

__all__ = ["Cue", "Cues", "first_cue", "in_subclause"]

# A cue inside a subordinate clause ("eftersom vi kommer att ...", "där X framöver kommer att ...")
# reports background, not an action of the meeting.
_SUBORDINATORS = frozenset(
    {"där", "eftersom", "som", "vilket", "vilka", "när", "ifall", "då", "medan", "innan"}
)
_TWO_WORD_SUBORDINATORS = frozenset({("även", "om"), ("trots", "att")})
_CLAUSE_BREAK = r"[,;:–]|\b(?:så|men)\b"
_KINDS: tuple[str, ...] = (
    "decision",
    "follow_up",
    "borderline",
    "decision_heading",
    "follow_up_heading",
    "continuation",
)
_KINDS += ("actor_step",)  # a named actor's task: counted only with its subject checked (actor_steps)
_KINDS += ("person_step",)  # a named person's task: counted only with persons as subject (actor_steps)
_MACRO = re.compile(r"\{([A-Z]+)\}")
_WORDS = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Cue:
    kind: str
    pattern: re.Pattern[str]
    note: str
    # literals one of which every match contains (see extract._prefilter); None: always run
    need: frozenset[str] | None = None


@dataclass(frozen=True, slots=True)
class Cues:
    """The cue table, compiled."""

    cues: tuple[Cue, ...]
    group: re.Pattern[str]
    # Where a new clause starts: punctuation, "så"/"men", or "och" before the group as new subject.
    clause_break: re.Pattern[str]
    # per kind: literals one of which any cue of the kind needs (None: some cue needs none)
    any_need: dict[str, frozenset[str] | None] = field(default_factory=dict)
    # every cue's literals at once: ``found(low)`` is the set of them a sentence contains
    found: Callable[[str], frozenset[str]] = field(default=lambda _low: frozenset())
    by_kind: dict[str, list[Cue]] = field(default_factory=dict)

    def of(self, kind: str) -> list[Cue]:
        return self.by_kind.get(kind, [])

    def literals_in(self, low: str | None) -> frozenset[str] | None:
        """The cue literals in ``low`` (``lowered`` text), or None (no test possible: run every cue)."""
        return None if low is None else self.found(low)

    @staticmethod
    @lru_cache(maxsize=4)
    def load(path: Path | None = None) -> Cues:
        """Read and compile ``cues.csv`` (cached)."""
        path = path or data_dir() / "cues.csv"
        try:
            with path.open(encoding="utf-8", newline="") as fh:
                rows = list(csv.DictReader(fh))
        except OSError as e:
            raise GazetteerError(f"cannot read the cue table: {e}", source=str(path)) from e
        macros: dict[str, str] = {}

        def expand(pattern: str) -> str:
            # Macros may use earlier macros; unknown names are an error in the data file.
            def one(m: re.Match[str]) -> str:
                if m.group(1) not in macros:
                    raise GazetteerError(f"unknown macro {{{m.group(1)}}} in {pattern!r}", source=str(path))
                return macros[m.group(1)]

            return _MACRO.sub(one, pattern)

        cues: list[Cue] = []
        needs: dict[str, list[frozenset[str]]] = {}
        for row in rows:
            kind, pattern = (row.get("kind") or "").strip(), row.get("pattern") or ""
            if kind.startswith("macro:"):
                macros[kind[6:]] = expand(pattern)
            elif kind in _KINDS:
                try:
                    compiled = re.compile(expand(pattern), re.IGNORECASE)
                    need = literal_set(compiled)
                    cues.append(Cue(kind, compiled, row.get("note") or "", need or None))
                    needs.setdefault(kind, []).append(need or frozenset())
                except re.error as e:
                    raise GazetteerError(f"bad cue pattern {pattern!r}: {e}", source=str(path)) from e
            elif kind:
                raise GazetteerError(f"unknown cue kind {kind!r}", source=str(path))
        group_re = macros.get("GROUP", "(?!)")
        group = re.compile(rf"(?:{group_re})(?!\w)", re.IGNORECASE)
        clause_break = re.compile(rf"{_CLAUSE_BREAK}|\boch (?=(?:{group_re})\b)", re.IGNORECASE)
        any_need = {kind: frozenset().union(*sets) if all(sets) else None for kind, sets in needs.items()}
        by_kind = {kind: [c for c in cues if c.kind == kind] for kind in _KINDS}
        found = literal_finder([c.need for c in cues if c.need])
        return Cues(tuple(cues), group, clause_break, any_need, found, by_kind)


def in_subclause(sentence: str, pos: int, clause_break: re.Pattern[str]) -> bool:
    """Is ``pos`` inside a subordinate clause that opened since the last clause break?"""
    head = sentence[:pos]
    breaks = list(clause_break.finditer(head))
    clause = head[breaks[-1].end() :] if breaks else head
    words = _WORDS.findall(clause.lower())
    if any(w in _SUBORDINATORS for w in words):
        return True
    return any((a, b) in _TWO_WORD_SUBORDINATORS for a, b in pairwise(words))


def first_cue(
    cues: list[Cue],
    sentence: str,
    clause_break: re.Pattern[str] | None = None,
    found: frozenset[str] | None = None,
    any_need: frozenset[str] | None = None,
    accept: Callable[[re.Match[str]], bool] | None = None,
) -> re.Match[str] | None:
    """The first match of any cue; with ``clause_break``, only one that stands in a main clause.

    ``found`` is ``Cues.literals_in(lowered(sentence))``: with it, a cue whose required literals
    are absent is skipped, and all are when none of ``any_need`` (the union of the cues' literals) is.
    """
    if found is not None and any_need is not None and any_need.isdisjoint(found):
        return None
    for cue in cues:
        if found is not None and cue.need is not None and cue.need.isdisjoint(found):
            continue
        for m in cue.pattern.finditer(sentence):
            main = clause_break is None or not in_subclause(sentence, m.start(), clause_break)
            if main and (accept is None or accept(m)):
                return m
    return None
