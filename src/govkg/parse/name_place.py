"""parse.name_place: an attendee whose name run ends in a municipality → the name and that body.

Run-in lists typed in a hurry leave out the comma: "Lena Berg Arvika, Jonas Alm Eda". When the run of
capitalised words ends in a word the gazetteer knows as a municipality, and two name words or more
stay before it, that word is the person's body. A municipality whose name is also a common surname or
word ("Kil", "Berg", "Lund") is cut only when the list's other entries already have that shape.
"""

from __future__ import annotations

import re

from govkg.gazetteer import Gazetteer, Municipality
from govkg.parse.entry import ParsedAttendee, Part

# Municipality names that are also Swedish words, first names or common surnames
AMBIGUOUS = frozenset(
    "Mark Vara Berg Lund Boden Kil Nora Salem Sala Eda Klippan Säter Falkenberg Mora Vilhelmina Ale "
    "Bjuv Orust Tranås Hjo Habo Gnesta Heby Ydre Lysekil".split()
)
PLACE_CUT = "place_cut"  # the key in ParsedAttendee.extra when the body was cut off the name
_WORD = re.compile(r"\S+")


def cut_place(text: str, gaz: Gazetteer, parsed: ParsedAttendee, ambiguous: bool = False) -> bool:
    """Cut a trailing municipality off the name into the affiliation; True when it was cut."""
    if parsed.affiliation is not None or parsed.organisation_only or parsed.natural is not None:
        return False
    name = parsed.name
    words = list(_WORD.finditer(text, name.start, name.end))
    for k in (2, 1):  # "Upplands Väsby", then "Arvika"
        if len(words) - k < 2:
            continue
        at = words[-k].start()
        entry = gaz.lookup(text[at : name.end])
        if not isinstance(entry, Municipality):
            continue
        if entry.name in AMBIGUOUS and not ambiguous:
            return False
        parsed.name = Part(name.start, words[-k - 1].end())
        parsed.affiliation = Part(at, name.end)
        parsed.affiliation_canonical, parsed.org_id = entry.name, f"kommun-{entry.scb_code}"
        parsed.extra[PLACE_CUT] = "1"
        return True
    return False


def cut_places_alike(text: str, gaz: Gazetteer, entries: list[ParsedAttendee]) -> None:
    """When two entries of a list or more were "Name Kommun", the ambiguous ones are that shape too."""
    if sum(PLACE_CUT in p.extra for p in entries) >= 2:
        for p in entries:
            cut_place(text, gaz, p, ambiguous=True)
