"""extract.sub_county: a header → whether it names a part of a county (a landscape, a sub-region)."""

from __future__ import annotations

import re

__all__ = ["area_after", "names_sub_county_area", "title_lines"]

# Parts of a county that networks of a few of its municipalities are named after ("Kommunchefsgruppen
# i Hälsingland", "Skaraborgs kommunchefer"): landscapes that do not fill their county and the
# customary sub-regions. A landscape that is a whole county (Gotland, Blekinge, Halland) is no such part.
_AREAS = (
    "Hälsingland",
    "Gästrikland",
    "Medelpad",
    "Ångermanland",
    "Härjedalen",
    "Roslagen",
    "Bergslagen",
    "Skaraborg",
    "Sjuhärad",
    "Fyrbodal",
    "Bohuslän",
    "Dalsland",
    "Höglandet",
    "Siljansbygden",
    "Västra Mälardalen",
    "Sydnärke",
    "Österlen",
    "Kalmar norra",
    "Tornedalen",
    "Malmfälten",
    "Västerdalarna",
    "Finnskogen",
)

_AREA = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(a) for a in _AREAS) + r")s?(?![\w-])")


# A group of municipalities named after a quarter of the compass ("Sydostkommunerna", "Norrkommunerna",
# "kommunerna i nordöstra Skåne"): a part of a county, whichever it is. An intermediate direction
# before a name is never a county's own name (unlike "Västra Götaland", "Norrbotten").
_COMPASS_GROUP = re.compile(
    r"(?<![\w-])(?:(?:[Nn]ord|[Ss]yd|[Öö]st|[Vv]äst|[Nn]orr|[Ss]öder)(?:väst|öst|ost)?-?kommunerna"
    r"|(?:[Nn]ord|[Ss]yd)(?:västra|östra)\s+[A-ZÅÄÖ])"
)


def names_sub_county_area(header: str) -> bool:
    """Does the header name a part of a county ("… i Hälsingland", "Sydostkommunerna")? Then a network
    of the municipalities that attend is that part's, not the whole county's (GUIDELINES §6)."""
    return _AREA.search(header) is not None or _COMPASS_GROUP.search(header) is not None


_AREA_AFTER = re.compile(r"\s+i\s+(?:" + "|".join(re.escape(a) for a in _AREAS) + r")(?![\w-])")


def area_after(text: str, end: int) -> int | None:
    """The end of " i <part of a county>" after ``end`` ("Kommunchefsgruppen| i Hälsingland"), or None."""
    m = _AREA_AFTER.match(text, end)
    return m.end() if m else None


def title_lines(text: str, n: int = 3) -> str:
    """The first ``n`` non-blank lines: the letterhead and the network's name, before the
    attendance (where "för Höglandet" says whom a person speaks for, not what the network is)."""
    return "\n".join([line for line in text.splitlines() if line.strip()][:n])
