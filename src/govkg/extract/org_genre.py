"""extract.org_genre: text → hits for bodies named by a genre compound and the area they serve.

A regional or national co-operation, centre or fund is often named by one capitalised compound
that says what it is, followed by its county, province or country: "Avfallssamverkan Halland",
"Kunskapscentrum Örebro län", "Miljösamverkan Sveriges" (genitive). The area alone would read as
the region or the country; the compound alone is a common noun at a sentence's start.

>>> [(h.canonical, h.kind) for h in genre_hits("Möte med Avfallssamverkan Värmland i maj.", [])]
[('Avfallssamverkan Värmland', 'network')]
"""

from __future__ import annotations

import csv
import functools
import re

from govkg.extract.org_hit import _SPACES, _Hit, _overlaps
from govkg.resources import data_dir

_HINT = re.compile(r"samverkan|centrum|fonden|forum")


@functools.lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    """The genre compound and an area: a county's base name ("Skåne", "Kronoberg", "Västra
    Götaland", also with "län"), the country ("Sverige"), each perhaps in the genitive."""
    with (data_dir() / "counties.csv").open(encoding="utf-8", newline="") as f:
        names = [r["county_name"].removesuffix(" län") for r in csv.DictReader(f)]
    areas = {n.removesuffix("s") if n.endswith("s") and not n.endswith("ss") else n for n in names}
    areas.add("Sverige")
    alternatives = "|".join(
        re.escape(a).replace(r"\ ", r"[ \t]+") for a in sorted(areas, key=len, reverse=True)
    )
    return re.compile(
        r"(?<![\w-])(?P<name>[A-ZÅÄÖ][a-zåäö]{2,}(?P<genre>samverkan|centrum|fonden|forum)[ \t]+"
        rf"(?:{alternatives})(?:[ \t]+län)?)(?P<gen>s)?(?![\wåäö-])"
    )


def genre_hits(text: str, taken: list[tuple[int, int]]) -> list[_Hit]:
    """The genre-named bodies in ``text`` outside ``taken``; the canonical is the base form."""
    if not _HINT.search(text):
        return []
    hits: list[_Hit] = []
    for m in _pattern().finditer(text):
        if _overlaps(m.start(), m.end(), taken):
            continue
        kind = "network" if m.group("genre") == "samverkan" else "other"
        hits.append(_Hit(m.start(), m.end(), _SPACES.sub(" ", m.group("name")), kind, None))
    return hits
