"""extract.org_hit: a found organisation span → its hit record (shared by the organisation finders)."""

from __future__ import annotations

import re
from dataclasses import dataclass


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


@dataclass(slots=True)
class _Hit:
    start: int
    end: int
    canonical: str
    kind: str
    org_id: str | None
    acronym: str | None = None  # for an unlinked acronym: the acronym itself
    stem: str | None = None  # for an organ compound: its indefinite form, "kommundirektörsnätverk"
    sense: str | None = None  # "members" for "GR-kommunerna": the member municipalities
    weak: bool = False  # from a town name alone: yields to any name that covers it


_SPACES = re.compile(r"\s+")


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < e and s < end for s, e in spans)
