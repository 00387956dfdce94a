"""parse.agency_area: "Polisen Halland", "Skatteverket region Väst" → the national agency at its head.

A national agency's attendee often writes the agency with its regional area after it. The
gazetteer knows the agency, not the area: the body is the agency, the surface stays as written.
"""

from __future__ import annotations

import re

from govkg.gazetteer import Gazetteer, Organisation
from govkg.parse.entry import org_of

# the area after the agency: "Halland", "region Väst", "polisområde Södra Skåne", "Västra Götalands län"
_AREA = re.compile(
    r"(?:(?:region|polisregion|polisområde|område|distrikt|i)\s+)?"
    r"[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+)?(?:\s+län)?"
)


def agency_area(gaz: Gazetteer, surface: str) -> tuple[str, str | None] | None:
    """The canonical name and id of the national agency that ``surface`` names with its area."""
    head, _, area = surface.strip().partition(" ")
    entry = gaz.lookup(head)
    if not isinstance(entry, Organisation) or entry.kind != "national_agency" or not _AREA.fullmatch(area):
        return None
    return org_of(gaz, head)
