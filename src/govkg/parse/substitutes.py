"""parse.substitutes: present attendees written "(ersättare för X)" → X as absent, with their body.

A substitute stands in for a member who did not come: "Åsa Ek, Torsby (ersättare för Gun Berg)",
"Bo Lind, tjänstgörande ersättare för Eva Ås". The one replaced is absent, from the substitute's body,
unless the roll call lists them present (as a member who came for part of the meeting).
"""

from __future__ import annotations

import re

from govkg.model import Attendee, Minutes, Quote, Span
from govkg.parse.entry import name_length

# after the substitute's name on its line, before the next entry: "…, ersättare för", "(ersättare för"
_FOR = re.compile(
    r"[^\n;]{0,80}?[(,]\s*(?:tjg\.?\s+|tjänstgörande\s+)?ersättare\s+för\s+(?=[A-ZÅÄÖ])", re.IGNORECASE
)


def substitutes_principals(minutes: Minutes, start: int) -> None:
    """Add as absent the principals named by the present attendees from index ``start`` on."""
    text = minutes.document.text
    known = {a.name.text for a in (*minutes.present, *minutes.absent)}
    for sub in list(minutes.present[start:]):
        at = sub.name.span.end
        m = _FOR.match(text, at)
        if m is None or _other_person_between(text, at, m.end()):
            continue
        n = name_length(text, m.end(), _column_end(text, m.end(), m.end() + 60))
        name = " ".join(text[m.end() : m.end() + n].split())
        if n == 0 or name in known:
            continue
        known.add(name)
        minutes.absent.append(
            Attendee(
                name=Quote(name, Span(m.end(), m.end() + n)),
                status="absent",
                affiliation=sub.affiliation,
                affiliation_canonical=sub.affiliation_canonical,
                org_id=sub.org_id,
                line=Span(m.end(), m.end() + n),
            )
        )


# pdftotext -layout: a wide gap (or a TAB) ends the name's column; the next column is the body's
_COLUMN_GAP = re.compile(r"\t| {3,}|\n")


def _column_end(text: str, a: int, b: int) -> int:
    """Where the cell from ``a`` ends: "Camilla Borg       Laxå" → after "Borg", not across the gap."""
    gap = _COLUMN_GAP.search(text, a, b)
    return gap.start() if gap else b


def _other_person_between(text: str, a: int, b: int) -> bool:
    """ "Anna Berg, Ale, Bo Ek (ersättare för …)": the phrase belongs to a later entry of the list."""
    return any(name_length(text, a + w.start(), b) for w in re.finditer(r"(?<![\w-])[A-ZÅÄÖ]", text[a:b]))
