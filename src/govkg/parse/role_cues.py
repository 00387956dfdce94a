"""parse.role_cues: a line's text → the cue that makes it a roll call, a chair's line or the recorder's.

"Närvarande:", "Förhinder", "Vid mötet deltog …", "Ordförande: …", "Antecknat av …", a signature
block's "Sekreterare" cell: the patterns parse.lines classifies lines with, and the readers that
find a cue in a table header, a column row or one half of a slashed label ("Notes / Antecknare:").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from govkg.parse.cue_phrases import ATTEND_PHRASE, NAME_LIKE, Alternative, column_segments
from govkg.parse.entry import name_length
from govkg.parse.markup import Line
from govkg.parse.status_words import words

_ABSENT_CUES = words("absent", "label")
_PRESENT_CUES = words("present", "label") + f"|{ATTEND_PHRASE}"
_ITEMS_PHRASE = (
    r"(?:under|vid|för|på|till)\s+(?:punkt(?:erna)?|§§?|ärende(?:na|t)?|dagordningspunkt(?:erna)?)"
    r"\s*\d+(?:\s*(?:[–,-]|och)\s*\d+)*"
)
# The cue alone, the cue + ":" + a list, or a label column: "Närvarande<TAB or 2+ spaces>Anna Berg, Ale"
ATTENDANCE = re.compile(
    rf"^(?:\*\*|__)?(?P<cue>(?P<absent>{_ABSENT_CUES})|(?P<present>{_PRESENT_CUES}))"
    # "Deltagare (på plats):", "Närvarande (digitalt)": a bracketed mode or place before the colon
    rf"(?:\s*\((?P<qualifier>[^()]{{1,40}})\))?"
    # "Gäst under punkt 3:", "Närvarande vid §§ 4–6:": the items attended, written before the colon
    rf"(?:\s+(?P<items>{_ITEMS_PHRASE})(?=\s*:))?"
    rf"(?:\s*:(?:\*\*|__)?\s*(?P<rest>.*)|(?:\t+| {{2,}})(?P<column>\S.*)|\s*(?:\*\*|__)?$)",
    re.IGNORECASE,
)
_VERB = r"(?:deltog|närvarade|medverkade|var\s+närvarande|var\s+med)"
_MEETING = r"(?:dagens\s+|detta\s+)?(?:möte|mötet|sammanträdet|träffen|sammankomsten)"
# "Vid mötet deltog", "I mötet deltog även", "Närvarande var": a present roll call written as a sentence
PROSE_PRESENT = re.compile(
    rf"^(?:(?:(?:vid|på|i|under)\s+{_MEETING}\s+{_VERB}(?:\s+(?:även|också|dessutom))?"
    rf"|(?:närvarande|deltagare|medverkande|med)(?:\s+(?:vid|på|i)\s+{_MEETING})?\s+var(?:\s+(?:även|också))?)\s+"
    # "Följande deltog: A (Ort), …", "Följande personer deltog i mötet:"
    rf"|^följande\s+(?:personer\s+)?{_VERB}(?:\s+(?:vid|på|i)\s+{_MEETING})?\s*:\s*"
    r")(?=\S)",
    re.IGNORECASE,
)
# "Förhinder hade", "Frånvarande var", "Anmält förhinder hade": the absent lead-in (inverted word order)
PROSE_ABSENT = re.compile(
    rf"^(?:(?:anmält\s+)?förhinder\s+hade|(?:frånvarande|ej\s+närvarande|förhindrade?)"
    rf"(?:\s+(?:vid|på|i)\s+{_MEETING})?\s+var)(?:\s+(?:även|också))?\s+(?=\S)",
    re.IGNORECASE,
)
# a name follows the lead-in within a few lower-case words ("kommundirektörerna Karin Ståhlberg")
PROSE_NAME = re.compile(r"(?:[a-zåäöé][\w-]*\s+){0,3}[A-ZÅÄÖ]")
PROSE_NAMES = re.compile(r"[A-ZÅÄÖ][a-zåäöéü-]+\s+[A-ZÅÄÖ][a-zåäöéü-]+")
RECORDER = re.compile(
    r"^(?:\*\*|__)?(?P<cue>antecknat\s+av|antecknad\s+av|antecknare|vid\s+protokollet|vid\s+pennan|vid\s+(?:minnes)?anteckningarna|protokollförare|"
    r"mötessekreterare|sekreterare|(?:minnes)?anteckningar\s+förda\s+av|protokollet\s+fört\s+av|"
    r"noterat\s+av|minutes\s+taken\s+by|notes\s+by|antecknat(?=\s*:)|vid\s+tangentbordet|"
    r"secretary|minute[- ]?taker|note[- ]?taker|"
    r"(?:minnes)?anteckningar(?:na)?\s+(?:förda|skrivna|sammanställda)\s+av|"
    r"(?:sammanfattningen|(?:minnes)?anteckningarna|protokollet)\s+(?:skrevs|fördes|fördes\s+in|togs)\s+av)\b\s*:?(?:\*\*|__)?\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
# "Ordförande: Anna Berg, Ale": the chair named in the header is present (a bare "ordförande" is a role)
CHAIR = re.compile(
    r"^(?:\*\*|__)?(?:mötesordförande|ordförande|ordf\.|chair(?:person)?)\s*:(?:\*\*|__)?"
    r"\s*(?P<rest>[A-ZÅÄÖ].*)$",
    re.I,
)
# OCR'd protocols collapse the label column to ONE space ("Beslutande Anna Berg (S), Ale") and lose
# diacritics ("Ovriga narvarande", "Franvarande"): a known label word, one space, then a line that
# reads as an entry (a capitalised name of two words, then a comma, a bracket or the line end).
# "Närvarande var …" never matches: the word after the label must be capitalised.
OCR_LABEL = re.compile(
    r"^(?P<cue>(?P<absent>fr[åa]nvarande|(?:anm[äa]lt\s+)?f[öo]rhinder)|(?P<present>"
    r"(?:[öo]vriga\s+)?n[äa]rvarande|deltagare|beslutande|tj[äa]nstg[öo]rande\s+ers[äa]ttare))"
    r"(?P<qualifier>(?!))?(?P<rest>(?!))?"  # never set: the groups ATTENDANCE's readers ask for
    r" (?P<column>(?-i:[A-ZÅÄÖ][\w-]+(?: [A-ZÅÄÖ][\w-]+)+)(?=\s*[,(]|\s*$).*)$",
    re.IGNORECASE,
)
_CUE_CELL = re.compile(rf"^(?:(?P<absent>{_ABSENT_CUES})|(?P<present>{_PRESENT_CUES}))$", re.IGNORECASE)
# "Anna Berg, som antecknade": the note-taker named before the cue
# "Underskrifter<TAB>Sekreterare<TAB>……": the secretary's cell of a signature block, the name below
_SECRETARY_CELL = re.compile(r"(?:mötes)?sekreterare|protokollförare|vid\s+protokollet", re.I)
_SIGNATURE_RULE = re.compile(r"^[._…\s]{4,}$")
RECORDER_AFTER = re.compile(
    r"^(?P<rest>[A-ZÅÄÖ][^,.:\s]*(?:\s+[A-ZÅÄÖ][^,.:\s]*){1,3}),?\s+som\s+(?:antecknade|förde\s+(?:minnes)?anteckningarna|skrev\s+anteckningarna)\.?$",
    re.IGNORECASE,
)


def recorder_column(text: str) -> int | None:
    """ "Vid anteckningarna<gap>Justeras": the column of the recorder cue among 2–3 column labels."""
    if "\t" not in text and "  " not in text:
        return None  # one column: no signature block (most lines stop here)
    segments = column_segments(text)
    if not 2 <= len(segments) <= 3:
        return None
    found = [
        k for k, (a, b) in enumerate(segments) if (m := RECORDER.match(text[a:b])) and not m.group("rest")
    ]
    if len(found) != 1 or any(
        len(text[a:b].split()) > 4 or _SIGNATURE_RULE.match(text[a:b]) for a, b in segments
    ):
        return None
    a, b = segments[found[0]]
    if text[a:b].rstrip(" *_").endswith(":") or any(
        NAME_LIKE.fullmatch(text[x:y]) or name_length(text, x, y) > 0
        for k, (x, y) in enumerate(segments)
        if k != found[0]
    ):
        # "Antecknare:<TAB>Anna Berg", "Antecknare   Anna Berg, Region X": a label and its value
        return None
    return found[0]


def signature_cell(text: str) -> bool:
    """A tab row of a signature block whose cell names the secretary, next to a dotted rule."""
    # a row aligned with spaces ("Sekreterare   ……") is read as one aligned with tabs
    # a grid row's pipes ("| Sekreterare | …… |") part its cells too
    # pdftotext may leave two spaces only ("Sekreterare  ……  Paragrafer"): next to a dotted rule
    # a two-space gap parts the cells too
    # and a dotted rule may follow its label after one space ("Sekreterare ………"): the rule opens a cell
    for gap in (r"\t+| {3,}|\|", r"\t+| {2,}|\|", r"\t+| {2,}|\|| (?=[._…]{4,})"):
        cells = [c.strip() for c in re.split(gap, text) if c.strip()]
        if any(_SECRETARY_CELL.fullmatch(c) for c in cells) and any(_SIGNATURE_RULE.match(c) for c in cells):
            return True
    return False


# Labels of a label | value table row beyond the roll-call cues: the groups of a protocol's first page
_KV_PRESENT = re.compile(
    r"(?:(?:ej|icke)\s+tjänstgörande\s+)?ersättare|ordinarie(?:\s+ledamöter)?|suppleanter|ledamöter|"
    r"tjänstepersoner|tjänstemän|övriga\s+(?:deltagare|närvarande)",
    re.IGNORECASE,
)
_KV_CHAIR = re.compile(r"(?:mötes|vice\s+)?ordförande|ordf\.?|mötesledare", re.IGNORECASE)


def kv_status(cell: str) -> str | None:
    """A label cell that is a roll-call cue: "present" | "absent", else None."""
    label = " ".join(cell.strip().strip("*_ ").split())
    if m := _CUE_CELL.match(label):
        return "absent" if m.group("absent") else "present"
    return "present" if _KV_PRESENT.fullmatch(label) else None


def kv_label(cell: str) -> str | None:
    """What a label cell of a label | value table introduces: present, absent, chair, recorder or None."""
    if status := kv_status(cell):
        return status
    label = " ".join(cell.strip().strip("*_ ").split())
    if _KV_CHAIR.fullmatch(label):
        return "chair"
    m = RECORDER.match(label)
    return "recorder" if m is not None and not m.group("rest") else None


def _kv_row(cells: list[str]) -> str | None:
    """ "| **Deltagare** | @A (Ale), @B (Lerum) |": a cue label and its value, not a column header."""
    if len(cells) != 2 or not cells[1].strip() or _SIGNATURE_RULE.match(cells[1]):
        return None
    value = cells[1].strip().strip("*_ ")
    if _CUE_CELL.match(value) or value.lower() in (
        "namn",
        "name",
        "person",
        "kommun",
        "organisation",
        "roll",
    ):
        return None  # "| Närvarande | Förhinder |": two headers over columns of names
    return kv_status(cells[0])


def cue_column(line: Line) -> tuple[int, str] | None:
    """ "| Datum | Tid | Plats | Närvarande |": the cell that heads a column of attendees.

    A two-cell row with a cue label and its value ("| Deltagare | A, B |") is a label | value row:
    column 0, read by parse.key_value.
    """
    if (kv := _kv_row(line.raw.strip()[1:-1].split("|"))) is not None:
        return 0, kv
    cells = [c.strip().strip("*_ ").lower() for c in line.raw.strip()[1:-1].split("|")]
    if any(c in ("namn", "name", "person", "deltagare") for c in cells):
        return None  # "| Namn | Kommun | Närvarande |" with Ja/Nej cells: status rows, read elsewhere
    for k, cell in enumerate(line.raw.strip()[1:-1].split("|")):
        m = _CUE_CELL.match(cell.strip().strip("*_ "))
        if m:
            return k, "absent" if m.group("absent") else "present"
    return None


def _same(pos: int) -> int:
    return pos


def label_match(
    pattern: re.Pattern[str], text: str, alts: list[Alternative]
) -> tuple[re.Match[str], Callable[[int], int]] | None:
    """The cue pattern on the line, or on one alternative of its slashed label ("Notes / Antecknare:")."""
    for alt in alts:  # first: "Minutes taken by / Antecknat av:" is one label, not a cue and its text
        if m := pattern.match(alt.text):
            return m, alt.original
    if m := pattern.match(text):
        return m, _same
    return None
