"""parse.status_words: data/attendance_words.csv → the genre's words for present, absent and remote.

One vocabulary for every place a roll call states a status: a heading or label ("Förhinder:"), a
marker after an entry ("(anmält förhinder)"), a status column after an entry ("Ja"/"Nej"), a table's
status cell ("x", "Digitalt") or a table's column header over names ("Frånvarande"). Each row of the
CSV says which places a wording belongs to; the readers build their patterns from these alternations.
"""

from __future__ import annotations

import csv
import re
from functools import cache
from typing import Literal

from govkg.errors import ParseError
from govkg.resources import data_dir

Status = Literal["present", "absent", "remote"]
Place = Literal["label", "marker", "column", "cell", "head", "search"]
_PLACES = frozenset({"label", "marker", "column", "cell", "head", "search"})


@cache
def _rows() -> tuple[tuple[str, frozenset[str], str], ...]:
    path = data_dir() / "attendance_words.csv"
    rows: list[tuple[str, frozenset[str], str]] = []
    with path.open(encoding="utf-8", newline="") as f:
        for n, row in enumerate(csv.DictReader(f), start=2):
            places = frozenset(row["places"].split())
            if None in row or None in row.values():
                raise ParseError(f"{path.name} line {n}: not 4 fields (quote a pattern with a comma)")
            if row["status"] not in ("present", "absent", "remote") or not places <= _PLACES:
                raise ParseError(f"{path.name} line {n}: unknown status or place")
            try:
                re.compile(row["pattern"])
            except re.error as e:
                raise ParseError(f"{path.name} line {n}: {e}") from e
            rows.append((row["status"], places, row["pattern"]))
    return tuple(rows)


def words(status: Status, place: Place) -> str:
    """The wordings of ``status`` at ``place`` as one non-capturing alternation (file order)."""
    found = [pattern for s, places, pattern in _rows() if s == status and place in places]
    if not found:
        raise ParseError(f"attendance_words.csv: no {status} words for {place}")
    return "(?:" + "|".join(found) + ")"


REMOTE = re.compile(words("remote", "search"), re.IGNORECASE)
