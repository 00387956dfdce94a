"""extract.org_self: a protocol's header and an item's text → the meeting organ's bare mentions of itself.

A formal protocol is the minutes of one organ of a body ("Direktionen", "Förbundsstyrelsen"), which
its header names on a line of its own, after a label ("Organ: Direktionen") or in the title
("Protokoll fört vid direktionens sammanträde"). In its items that organ's bare noun ("Direktionen
beslutar", "Direktionens beslut", "till direktionen") is the meeting body naming itself: an
organisation mention, canonical "<Host>s direktion" (GOLD_CONVENTIONS §1, from GUIDELINES §5, which
annotates a group's mentions of itself and lists "förbundsstyrelsen" as an organisation). A bare
"styrelsen" in minutes that are not a board's stays generic, as GUIDELINES §5 says.
"""

from __future__ import annotations

import re

from govkg.extract.context import title_block
from govkg.model import Minutes, OrgMention, Quote, Span

# The organs whose protocols name them bare; the definite form as the header writes it.
# A bare "styrelsen" or "nämnden" stays out: GUIDELINES §5 counts it generic, and the sets whose
# board minutes say "styrelsen beslutar" leave it out; "förbundsstyrelsen" is listed there as a body.
# A steering group is named by its generic noun ("styr" is a generic modifier: a bare "styrgruppen"
# elsewhere is an unnamed group), but in its own minutes, whose header names it ("Styrgruppen för
# X", "STYRGRUPPEN"), the bare "Styrgruppen" is the group naming itself, like "Direktionen".
_GROUPS = r"styrgruppen"
_ORGANS = rf"(?:förbunds)?direktionen|förbundsstyrelsen|förbundsfullmäktige|arbetsutskottet|{_GROUPS}"
# a header cell that is the organ alone ("Direktionen", "DIREKTIONEN", "Organ: Direktionen"), or a
# group with the body it steers ("Styrgruppen för X-samverkan", "Styrgruppen i X")
_ORGAN_CELL = re.compile(
    rf"(?:(?:Organ|Nämnd|Instans)[ \t]*:?[ \t]*)?(?P<organ>{_ORGANS})"
    r"(?:[ \t]+(?:för|i)[ \t]+(?-i:[A-ZÅÄÖ0-9])[^.:;]{0,60})?",
    re.IGNORECASE,
)
# the title of a protocol naming the organ: "Protokoll direktionen", "Protokoll fört vid
# förbundsstyrelsens sammanträde", "Sammanträdesprotokoll för direktionen"
_ORGAN_TITLE = re.compile(
    rf"(?:sammanträdes)?protokoll(?:\s+(?:fört\s+vid|från|för|över))?\s+(?P<organ>{_ORGANS})s?\b",
    re.IGNORECASE,
)
_COLUMN_GAP = re.compile(r"\s{3,}")
_HEADER_LINES = 12  # the letterhead and title block: the first non-blank lines of the header
# the indefinite form of each organ noun, for the canonical "<Host>s direktion"
_INDEFINITE = {
    "direktionen": "direktion",
    "förbundsdirektionen": "förbundsdirektion",
    "förbundsstyrelsen": "förbundsstyrelse",
    "förbundsfullmäktige": "förbundsfullmäktige",
    "arbetsutskottet": "arbetsutskott",
}
_GROUP = re.compile(_GROUPS, re.IGNORECASE)


def meeting_organ(minutes: Minutes) -> str | None:
    """The organ whose protocol this is, in lower case and definite form ("direktionen"), or None:
    named by the header's first lines (before the attendance and the first item)."""
    for line in (line.strip() for line in title_block(minutes, _HEADER_LINES)):
        for cell in _COLUMN_GAP.split(line):
            if (m := _ORGAN_CELL.fullmatch(cell.strip())) is not None:
                return m.group("organ").lower()
        if (m := _ORGAN_TITLE.search(line)) is not None:
            return m.group("organ").lower()
    return None


def organ_canonical(organ: str, host: str | None) -> str:
    """ "direktionen" of "Emåförbundet" → "Emåförbundets direktion"; without a host, "Direktionen"."""
    if host is None:
        return organ[:1].upper() + organ[1:]
    if _GROUP.fullmatch(organ):  # a group is named with what it steers: "Styrgruppen för X"
        return f"{organ[:1].upper()}{organ[1:]} för {host}"
    indefinite = _INDEFINITE.get(organ, organ)
    owner = host if host[-1:].lower() in ("s", "x", "z") else f"{host}s"
    return f"{owner} {indefinite}"


def add_self_mentions(orgs: list[OrgMention], region: str, start: int, organ: str, canonical: str) -> None:
    """Add the organ's bare mentions in ``region`` (at ``start``) as one body, unless another
    mention already covers them (a fuller name: "direktionen för X")."""
    pattern = re.compile(rf"(?<![\w-]){re.escape(organ)}s?(?![\w-])", re.IGNORECASE)
    taken = [(q.span.start, q.span.end) for o in orgs for q in (o.surface, *o.other_surfaces)]
    mention = next((o for o in orgs if o.canonical == canonical), None)
    for m in pattern.finditer(region):
        begin, stop = start + m.start(), start + m.end()
        if any(b < stop and begin < e for b, e in taken):
            continue
        quote = Quote(m.group(), Span(begin, stop))
        if mention is None:
            mention = OrgMention(quote, canonical, "other", None)
            orgs.append(mention)
        elif all(q.text != quote.text for q in (mention.surface, *mention.other_surfaces)):
            mention.other_surfaces.append(quote)
    orgs.sort(key=lambda o: o.surface.span.start)
