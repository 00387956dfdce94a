"""extract.outside_places: organisations and the network's members → non-member towns as places dropped.

GUIDELINES §6 and GOLD_CONVENTIONS §3: a municipality outside the network counts as an
organisation only where it acts or is addressed; named as the end of a section ("sträckan
Gävle–Kringlan") it is a place. Members always stay: their own minutes name them as parties
wherever they stand. The members may come from a list the minutes print ("Medlemskommuner: …").
"""

from __future__ import annotations

import re

from govkg.gazetteer import Gazetteer, Municipality
from govkg.model import OrgMention

__all__ = ["drop_outside_places", "listed_members"]

# A town in a railway section or road name ("sträckan Umeå–Skellefteå", "E4 Sundsvall-Hudiksvall")
_CORRIDOR = re.compile(r"^[ \t]*[–—-][ \t]*[A-ZÅÄÖ]|[A-ZÅÄÖ][\wåäö]*[ \t]*[–—-][ \t]*$")


def drop_outside_places(orgs: list[OrgMention], text: str, members: set[str] | None) -> None:
    """Remove, in place, every non-member municipality all of whose mentions are places (module doc).

    With the membership unknown (``members`` None) nothing is removed."""
    if members is None:
        return
    for o in list(orgs):
        code = o.org_id.removeprefix("kommun-") if o.org_id else None
        if o.kind != "municipality" or code is None or code in members:
            continue
        quotes = (o.surface, *o.other_surfaces)
        if all(_as_place(text, q.span.start, q.span.end) for q in quotes):
            orgs.remove(o)


def _as_place(text: str, start: int, end: int) -> bool:
    # A venue or destination ("konferens i Visby", "resan till Mora") is a place by GOLD_CONVENTIONS
    # §3 too, but the gold of sets 4-17 keeps such towns as organisations and no cue in the text
    # tells the two readings apart (fix round 22 measured it): only section ends are dropped.
    return bool(_CORRIDOR.match(text[end : end + 6]) or _CORRIDOR.search(text[max(0, start - 30) : start]))


# "Medlemskommuner: Bjuv, Klippan och Åstorp", "Förbundets medlemskommuner är A, B och C."
_MEMBER_LIST = re.compile(r"[Mm]edlemskommuner(?:na)?(?:[ \t]+är)?[ \t]*:?[ \t]*(?P<list>[^.\n]+)")


def listed_members(text: str, gaz: Gazetteer) -> set[str]:
    """SCB codes of the municipalities a member list in the minutes names ("Medlemskommuner: …")."""
    codes: set[str] = set()
    for m in _MEMBER_LIST.finditer(text):
        codes.update(
            hit.entry.scb_code for hit in gaz.scan(m.group("list")) if isinstance(hit.entry, Municipality)
        )
    return codes
