"""parse.cue_phrases: the genre's roll-call and signature wordings → regular expressions and splitters.

Kept apart from parse.lines, which classifies lines with them: these are the word families
("Med på mötet var", "Ale hade förhinder (Anna Berg)") and the column split of a signature block.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_MEETING_WORD = r"(?:dagens\s+|detta\s+)?(?:mötet|möte|sammanträdet|träffen|sammankomsten|workshopen)"
_ATTEND_VERB = r"(?:deltog|närvarade|medverkade|var\s+med|var\s+närvarande|fanns\s+med|fanns|var)"
# The family of roll-call lead-ins said in words: a verb or noun of attending with its lead-in
# ("Med på mötet var", "Vid mötet deltog", "Deltog gjorde", "Följande deltog", "Mötesdeltagare")
ATTEND_PHRASE = (
    rf"(?:med|närvarande|deltagare|närvaro)\s+(?:på|vid|i|under)\s+{_MEETING_WORD}(?:\s+{_ATTEND_VERB})?"
    rf"|(?:vid|på|i|under)\s+{_MEETING_WORD}\s+{_ATTEND_VERB}"
    r"|(?:deltog|närvarade|medverkade)\s+gjorde|följande\s+(?:personer\s+|deltagare\s+)?"
    r"(?:deltog|närvarade|medverkade|var\s+med|var\s+närvarande|deltar)"
    r"|(?:mötes|sammanträdes)deltagare|deltagarlista|närvarolista"
)
# "Ale hade förhinder (Anna Berg)", "Lerum: förhinder (Bo Ek)": a body first, its absentee in brackets
BODY_ABSENT = re.compile(
    r"^(?P<body>[A-ZÅÄÖ][\w.:-]*(?:\s+[\w.:-]+){0,4}?)(?i:\s+(?:hade|har)\s+(?:även\s+|också\s+)?"
    r"(?:anmält\s+)?förhinder|\s*:\s*(?:anmält\s+)?förhinder|\s+var\s+(?:frånvarande|förhindrade?))"
    r"\s*\((?P<names>[A-ZÅÄÖ][^()]*)\)\s*\.?$"
)
COLUMN_GAP = re.compile(r"\t+| {2,}")


def column_segments(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """The columns of a line (a signature row, two roll-call entries side by side), split at TABs
    or runs of 2+ spaces, as trimmed offsets."""
    end = len(text) if end is None else end
    out: list[tuple[int, int]] = []
    pos = start
    for m in [*COLUMN_GAP.finditer(text, start, end), None]:
        stop = end if m is None else m.start()
        a, b = pos, stop
        while a < b and text[a] in " \t":
            a += 1
        while b > a and text[b - 1] in " \t":
            b -= 1
        if a < b:
            out.append((a, b))
        pos = end if m is None else m.end()
    return out


NAME_LIKE = re.compile(r"[A-ZÅÄÖ][\w.-]+(?:[ -][A-ZÅÄÖ][\w.-]+)+")


# "Attendees / Deltagare", "**Notes / Antecknare:**", "Deltagare/Participants:": a label written as
# alternatives (usually English and Swedish) split by "/", before a colon, bold marker or line end
_SLASHED_LABEL = re.compile(
    r"^(?:\*\*|__)?(?P<label>[A-Za-zÅÄÖåäöÉé][\w ]{0,30}?(?:\s*/\s*[A-Za-zÅÄÖåäöÉé][\w ]{0,30}?)+)"
    r"(?=\s*(?::|\*\*|__|\(|\t| {2,}|$))"
)


@dataclass(frozen=True, slots=True)
class Alternative:
    """One alternative of a slashed label put in the label's place: ``text`` with offsets that map back."""

    text: str
    at: int  # offsets >= at in ``text`` lie after the label
    shift: int  # add to such offsets for the original line

    def original(self, pos: int) -> int:
        return pos + self.shift if pos >= self.at else pos


def slashed_alternatives(text: str) -> list[Alternative]:
    """The line with each alternative of its slashed label alone ("Attendees / Deltagare" → two lines).

    A bilingual label is a cue when any of its alternatives is; the caller matches its cue patterns
    on each alternative and maps the offsets of what follows the label back with ``original``.
    """
    m = _SLASHED_LABEL.match(text)
    if m is None:
        return []
    a, b = m.span("label")
    out = []
    for part in m.group("label").split("/"):
        alt = part.strip()
        if alt:
            out.append(Alternative(text[:a] + alt + text[b:], a + len(alt), (b - a) - len(alt)))
    return out
