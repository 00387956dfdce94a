"""parse.member_groups: a roll call's member-group line → the body its members come from.

A protocol of a federation or joint committee groups its members by the body that appointed them:
"Ledamöter utsedda av Region X", "Ersättare utsedda av Y kommun", "Ledamöter från Z", "Från X:".
The line is a group label whose body is the affiliation of the entries under it.
"""

from __future__ import annotations

import re

from govkg.gazetteer import Gazetteer
from govkg.model import Quote
from govkg.parse.entry import COMPANY_SHAPE
from govkg.parse.textdoc import LinedText

# the group word, the appointing verb, the body; the body must start with a capital
_MEMBER_GROUP = re.compile(
    r"^(?i:(?:(?:ordinarie\s+|tjänstgörande\s+)?(?:ledamöter|ledamot|ersättare|representanter|företrädare)"
    r"\s+(?:(?:utsedda?|valda?|nominerade)\s+av|från|för))|från|för)\s+"
    r"(?P<body>[A-ZÅÄÖ][^,;()]{1,60}?)\s*:?\s*$"
)


def member_group_body(text: str) -> tuple[int, int] | None:
    """The span of the body in a member-group line, relative to the line's text."""
    m = _MEMBER_GROUP.match(text)
    if m is None or len(m.group("body").split()) > 6:
        return None
    return m.start("body"), m.end("body")


def member_group(d: LinedText, start: int, end: int, gaz: Gazetteer) -> tuple[Quote, str, str | None] | None:
    """ "Ledamöter utsedda av Region X": the group (quote of the body, canonical, id) of the span."""
    raw = d.norm.text[start:end]
    lead = len(raw) - len(raw.lstrip())
    span = member_group_body(raw.strip())
    if span is None:
        return None
    a, b = start + lead + span[0], start + lead + span[1]
    body = d.norm.text[a:b]
    found = gaz.affiliation(body) if gaz.lookup(body) else None
    if found:
        return d.quote(a, b), found[0], getattr(found[1], "id", None)
    if COMPANY_SHAPE.match(body):
        return d.quote(a, b), body, None  # "Samordningsförbundet X": a body the gazetteer does not know
    return None
