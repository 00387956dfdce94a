"""parse.letterhead: the minutes' first lines → the acronym they define, applied to the attendees' bodies."""

from __future__ import annotations

import re

from govkg.gazetteer import Gazetteer
from govkg.model import Minutes
from govkg.parse.lines import Kind, Line

# "INLANDSKOMMUNERNA EKONOMISK FÖRENING (IEF)", "Kustkommunernas samarbetsråd (KSR)"
_DEFINED = re.compile(r"^(?P<name>[A-ZÅÄÖ][\w .&-]{5,80}?)\s*\((?P<acronym>[A-ZÅÄÖ]{2,8})\)$")
_HEAD_LINES = 8  # the letterhead: the first non-blank lines, before the roll call and the items


def defined_acronym(lines: list[Line]) -> tuple[str, str] | None:
    """(acronym, the body's name) when the letterhead spells the network's name out."""
    seen = 0
    for line in lines:
        if line.kind is Kind.BLANK:
            continue
        if line.kind in (Kind.ATTENDANCE, Kind.ITEM) or seen >= _HEAD_LINES:
            return None
        seen += 1
        if line.text.endswith(")") and (m := _DEFINED.match(line.text)):
            name = m.group("name").strip()
            if name.isupper():  # a letterhead in capitals: the name in sentence case
                name = name[0] + name[1:].lower()
            return m.group("acronym"), name
    return None


def expand_acronym(lines: list[Line], minutes: Minutes, gaz: Gazetteer) -> None:
    """ "J. Sandström, IEF, verksamhetsledare": an attendee's unknown acronym names the defined body."""
    found = defined_acronym(lines)
    if found is None:
        return
    acronym, name = found
    known = gaz.affiliation(name)
    canonical, org_id = (known[0], getattr(known[1], "id", None)) if known else (name, None)
    for attendee in (*minutes.present, *minutes.absent):
        if (
            attendee.affiliation is not None
            and attendee.affiliation.text == acronym
            and attendee.org_id is None
        ):
            attendee.affiliation_canonical, attendee.org_id = canonical, org_id
