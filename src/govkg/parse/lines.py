"""parse.lines: normalised lines → lines classified by the genre's signals.

Minutes come as Word exports, e-mail notes, markdown, Typst or PDF text. The signals that carry
across those layouts are: cue words (NÄRVARANDE, Antecknat av…), numbering ("1.", "§ 12",
"Punkt 3:"), and markup that only decorates (``#``, ``**``, bullets, table pipes). This module
strips the decoration, remembering where the content starts and ends, and names each line's role.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from govkg.extract.dates import MONTH_ABBREVIATIONS, MONTHS
from govkg.normalise import NLine
from govkg.parse.chat_roll import chat_line
from govkg.parse.cue_phrases import (
    ATTEND_PHRASE,
    BODY_ABSENT,
    NAME_LIKE,
    Alternative,
    column_segments,
    slashed_alternatives,
)
from govkg.parse.status_words import REMOTE, words


class Kind(Enum):
    BLANK = "blank"
    TITLE = "title"  # "Anteckningar", "Protokoll", "Minnesanteckningar från …"
    ATTENDANCE = "attendance"  # NÄRVARANDE, "Närvarande:", Frånvarande, Förhinder…
    RECORDER = "recorder"  # "Antecknat av", "Vid protokollet", "Sekreterare"…
    CLOSING = "closing"  # an e-mail's greeting or quoted original: the minutes end above it
    ITEM = "item"  # a numbered heading
    TEXT = "text"


@dataclass(slots=True)
class Line:
    """A normalised line with its decoration stripped: ``text`` = norm.text[start:end]."""

    index: int
    raw: str  # the whole normalised line
    text: str  # content without markup
    start: int  # normalised offsets of ``text``
    end: int
    heading_level: int  # markdown "#" count, Typst "=" count, 0 for none; bold-only lines count as 9
    bullet: bool
    cells: list[tuple[int, int]] | None  # table cells (normalised offsets), for "| a | b |" rows
    kind: Kind = Kind.TEXT
    status: str | None = None  # for ATTENDANCE: present | absent
    rest: tuple[int, int] | None = None  # for ATTENDANCE/RECORDER/ITEM: offsets of the text after the cue
    number: str | None = None  # for ITEM
    bare: bool = False  # for ITEM: "1  Title", a number with no dot, bracket or dash after it
    column: int | None = None  # for ATTENDANCE from a table header: the cell index of the cue
    remote: bool = False  # for ATTENDANCE: "Deltagare (digitalt):", the qualifier marks the list remote
    checked: bool | None = None  # a roll call's checkbox: True "[x]", False "[ ]", None no box
    prose: bool = False  # for ATTENDANCE: a sentence ("Vid mötet deltog A (Ort), …"), read as prose
    family: bool = False  # for ITEM: "<Word> N – Title" ("Dagordningspunkt 1 – …"), a word-numbered heading
    timed: tuple[int, int] | None = None  # "09.00–09.30 Budget": a timed agenda line, its title's offsets
    ocr_number: bool = False  # for ITEM: the number was read from OCR letters ("§ l4" = 14)
    clock: bool = (
        False  # the line opens with a clock time ("09.15  2. Budget", "10.45  Paus"): a timetable row
    )


_MD_HEADING = re.compile(r"^(#{1,6}|={1,6})\s+")
_BULLET_ONLY = re.compile(r"^[-*•·]\s+")
# "[x] Ale – Anna Berg", "- [ ] Anna Berg", "☒ Anna Berg": a roll call's checkbox, ticked or not
_CHECKBOX = re.compile(r"^(?:(?P<on>\[[xX✓✔]\]|[☒☑✔✓])|(?:\[\s?\]|☐))\s+(?=\S)")
_EMPH = re.compile(r"^(\*\*|__)(.+?)(\*\*|__)(.*)$")
_ITALIC = re.compile(r"^([*_])(?![*_\s])(.+?)(?<![*_\s])\1$")  # "*Antecknat av Anna Berg*"

_TITLE = re.compile(
    r"^(?:minnes|mötes)?anteckningar\b|^protokoll\b|^sammanfattning\b|^minutes\b|^agenda\s*(?:&|och)\s*möte",
    re.IGNORECASE,
)
_ABSENT_CUES = words("absent", "label")
_PRESENT_CUES = words("present", "label") + f"|{ATTEND_PHRASE}"
# The cue alone, the cue + ":" + a list, or a label column: "Närvarande<TAB or 2+ spaces>Anna Berg, Ale"
_ATTENDANCE = re.compile(
    rf"^(?:\*\*|__)?(?P<cue>(?P<absent>{_ABSENT_CUES})|(?P<present>{_PRESENT_CUES}))"
    # "Deltagare (på plats):", "Närvarande (digitalt)": a bracketed mode or place before the colon
    rf"(?:\s*\((?P<qualifier>[^()]{{1,40}})\))?"
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
# a name follows the lead-in within a few lower-case words ("kommundirektörerna Karin Björk")
_PROSE_NAME = re.compile(r"(?:[a-zåäöé][\w-]*\s+){0,3}[A-ZÅÄÖ]")
_PROSE_NAMES = re.compile(r"[A-ZÅÄÖ][a-zåäöéü-]+\s+[A-ZÅÄÖ][a-zåäöéü-]+")
_RECORDER = re.compile(
    r"^(?:\*\*|__)?(?P<cue>antecknat\s+av|antecknad\s+av|antecknare|vid\s+protokollet|vid\s+pennan|vid\s+(?:minnes)?anteckningarna|protokollförare|"
    r"mötessekreterare|sekreterare|(?:minnes)?anteckningar\s+förda\s+av|protokollet\s+fört\s+av|"
    r"noterat\s+av|minutes\s+taken\s+by|notes\s+by|antecknat(?=\s*:)|vid\s+tangentbordet|"
    r"secretary|minute[- ]?taker|note[- ]?taker|"
    r"(?:minnes)?anteckningar(?:na)?\s+(?:förda|skrivna|sammanställda)\s+av|"
    r"(?:sammanfattningen|(?:minnes)?anteckningarna|protokollet)\s+(?:skrevs|fördes|fördes\s+in|togs)\s+av)\b\s*:?(?:\*\*|__)?\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
# "Ordförande: Anna Berg, Ale": the chair named in the header is present (a bare "ordförande" is a role)
_CHAIR = re.compile(
    r"^(?:\*\*|__)?(?:mötesordförande|ordförande|ordf\.|chair(?:person)?)\s*:(?:\*\*|__)?"
    r"\s*(?P<rest>[A-ZÅÄÖ].*)$",
    re.I,
)
# OCR'd protocols collapse the label column to ONE space ("Beslutande Anna Berg (S), Ale") and lose
# diacritics ("Ovriga narvarande", "Franvarande"): a known label word, one space, then a line that
# reads as an entry (a capitalised name of two words, then a comma, a bracket or the line end).
# "Närvarande var …" never matches: the word after the label must be capitalised.
_OCR_LABEL = re.compile(
    r"^(?P<cue>(?P<absent>fr[åa]nvarande|(?:anm[äa]lt\s+)?f[öo]rhinder)|(?P<present>"
    r"(?:[öo]vriga\s+)?n[äa]rvarande|deltagare|beslutande|tj[äa]nstg[öo]rande\s+ers[äa]ttare))"
    r"(?P<qualifier>(?!))?(?P<rest>(?!))?"  # never set: the groups _ATTENDANCE's readers ask for
    r" (?P<column>(?-i:[A-ZÅÄÖ][\w-]+(?: [A-ZÅÄÖ][\w-]+)+)(?=\s*[,(]|\s*$).*)$",
    re.IGNORECASE,
)
_CUE_CELL = re.compile(rf"^(?:(?P<absent>{_ABSENT_CUES})|(?P<present>{_PRESENT_CUES}))$", re.IGNORECASE)
# "1.", "1)", "2.1", "§ 12", "Punkt 3:", "Ärende 4 –" — the number and what follows it.
_ITEM = re.compile(
    r"^(?:(?:§|punkt|paragraf|ärende|item|p\.)\s*(?P<n1>\d{1,3}(?:\.\d{1,2})*)\s*[.:)]?"
    r"|(?P<n2>\d{1,3}(?:\.\d{1,2})*)(?:[.)](?!\d)|(?=\s*[-–:]\s))"
    r"|(?P<n3>\d{1,3}\.\d{1,2}(?:\.\d{1,2})*)(?=\s))"
    r"\s*[-–:]?\s*(?P<title>\S.*)?$",
    re.IGNORECASE,
)
# "§ 14 Dnr 2026/28", "§ 3 Diarienr KS 2026/31": a diary number after the number is metadata
_DIARY_TITLE = re.compile(
    r"^(?:dnr|diarienr|diarienummer|ärendenr)\.?\s*:?\s*(?:[A-ZÅÄÖ]{1,6}\s+)?\d{2,4}[/.:-]\d{1,5}\S*$", re.I
)
# "Anna Berg, som antecknade": the note-taker named before the cue
# "Underskrifter<TAB>Sekreterare<TAB>……": the secretary's cell of a signature block, the name below
_SECRETARY_CELL = re.compile(r"(?:mötes)?sekreterare|protokollförare|vid\s+protokollet", re.I)
_SIGNATURE_RULE = re.compile(r"^[._…\s]{4,}$")
_RECORDER_AFTER = re.compile(
    r"^(?P<rest>[A-ZÅÄÖ][^,.:\s]*(?:\s+[A-ZÅÄÖ][^,.:\s]*){1,3}),?\s+som\s+(?:antecknade|förde\s+(?:minnes)?anteckningarna|skrev\s+anteckningarna)\.?$",
    re.IGNORECASE,
)
# Where e-mailed minutes end: the greeting before the signature, or the quoted original message.
_CLOSING = re.compile(
    r"^(?:(?:med\s+)?vänlig(?:a)?\s+hälsning(?:ar)?|hälsningar|mvh|bästa\s+hälsningar|hälsning|"
    r"best\s+regards|kind\s+regards|regards)\s*[,!.]?$"
    r"|^-{2,}\s*(?:ursprungligt\s+meddelande|original\s+message|vidarebefordrat\s+meddelande|"
    r"forwarded\s+message)\s*-{2,}$",
    re.IGNORECASE,
)
MAIL_FIELD = re.compile(r"^(?:från|skickat|till|kopia|ämne|from|sent|to|cc|subject|date|datum)\s*:", re.I)
_RULE_CHARS = frozenset("-=_*|:~ ")  # a line of only these is a rule or table border: blank
_BARE_NUMBER = re.compile(r"^(?P<n>\d{1,3})\s+(?P<title>[A-ZÅÄÖ].*)$")
# Word/PDF heading numbering: "1  Föregående anteckningar", "2<TAB>Ekonomi". Only an agenda
# candidate: structure keeps it when the numbers form a chain of headings with bodies.
_PLAIN_NUMBER = re.compile(r"^(?P<n>\d{1,2})(?:\t+| +)(?P<title>[A-ZÅÄÖ][^\t]*)$")
# "Dagordningspunkt 1 – Budget", "Ärendepunkt 2: Upphandling", "Fråga 3. Avgifter", "Beslut 2: …":
# a capitalised word + a number + a separator is a heading FAMILY whatever the word. Only a candidate,
# like bare numbers: "Beslut 3 togs …" in prose must not become an item, so structure keeps it only in
# a chain numbered 1, 2, 3… whose headings carry bodies, and only when no plain numbering is there.
_WORD_NUMBER = re.compile(
    r"^(?P<word>[A-ZÅÄÖ][a-zåäöéü]{2,24})\s+(?P<n>\d{1,2})"
    r"(?:\s*[:.)]\s*|\s+[-–—]\s+|\s*\t\s*| {2,}|(?P<space> ))(?P<title>[A-ZÅÄÖ].*)$"
)
# "09.00–09.30 Budget", "kl. 13.15 Lunch": a line of a timed agenda without numbers
_TIMED_LINE = re.compile(
    r"^(?:kl\.?\s*)?\d{1,2}[.:]\d{2}(?:\s*[-–—]\s*\d{1,2}[.:]\d{2})?(?:\t+|\s+|\s*[-–—]\s+)(?P<title>[A-ZÅÄÖ].*)$",
    re.IGNORECASE,
)
# "09.00 1. Budget", "09.00–09.30 1. Budget", "kl. 9.30 1. Budget", "09:00<TAB>1. Budget": the
# clock time of a timed agenda before the heading's number is no part of the heading
_AGENDA_TIME = re.compile(
    r"^(?:kl\.?\s*)?\d{1,2}[.:]\d{2}(?:\s*[-–—]\s*\d{1,2}[.:]\d{2})?(?:\t+|\s+)(?=\d{1,3}[.)]?\s*\S)",
    re.IGNORECASE,
)
# "10.45  Paus", "12.00–13.00 Lunch": a clock time, then a gap and a capitalised word
_CLOCK_ROW = re.compile(
    r"^(?:[01]?\d|2[0-3])[.:][0-5]\d(?:\s*[-–—]\s*\d{1,2}[.:]\d{2})?(?:\t+|\s{2,}|\s+(?=[A-ZÅÄÖ]))\S"
)
# "4 Mars står…", "12 Maj": a date that starts a line, not a heading (abbreviations too: "3 Feb")
_MONTH_WORD = re.compile(rf"^(?:{'|'.join([*MONTHS, *MONTH_ABBREVIATIONS])})\b\.?", re.IGNORECASE)


def _strip(line: NLine, index: int) -> Line:
    text = line.text
    start = 0
    end = len(text)

    def lstrip_to(pos: int) -> None:
        nonlocal start
        start = pos
        while start < end and text[start] in " \t":
            start += 1

    lstrip_to(0)
    level = 0
    m = _MD_HEADING.match(text[start:end])
    if m:
        level = len(m.group(1))
        lstrip_to(start + m.end())
    cells: list[tuple[int, int]] | None = None
    body = text[start:end]
    if body.startswith("|") and body.rstrip().endswith("|") and body.count("|") >= 3:
        cells = []
        pos = start + 1
        for part in body.strip()[1:-1].split("|"):
            a = pos + (len(part) - len(part.lstrip()))
            b = pos + len(part.rstrip())
            cells.append((a, max(a, b)))
            pos += len(part) + 1
    bullet = False
    m = _BULLET_ONLY.match(text[start:end])
    if m and not cells:
        bullet = True
        lstrip_to(start + m.end())
    checked: bool | None = None
    m = _CHECKBOX.match(text[start:end])
    if m and not cells:
        bullet, checked = True, m.group("on") is not None
        lstrip_to(start + m.end())
    # **Bold heading** or **Punkt 3 –** Rest: drop the emphasis markers, keep the words.
    m = _EMPH.match(text[start:end])
    if m and not cells:
        inner_start = start + len(m.group(1))
        inner_end = inner_start + len(m.group(2))
        if not m.group(4).strip():
            level = level or 9
            start, end = inner_start, inner_end
        elif re.match(r"^\s*(?:punkt|§|\d)", m.group(2), re.IGNORECASE):
            # keep the text from the number on; the closing ** is removed by the caller's title cut
            start = inner_start
    elif not cells and (m := _ITALIC.match(text[start:end])):
        start, end = start + 1, start + 1 + len(m.group(2))
    while end > start and text[end - 1] in " \t":
        end -= 1
    # Typst/markdown line-break markers at the end of a line
    if text[start:end].endswith("\\"):
        end -= 1
        while end > start and text[end - 1] in " \t":
            end -= 1
    return Line(
        index=index,
        raw=text,
        text=text[start:end],
        start=line.start + start,
        end=line.start + end,
        heading_level=level,
        bullet=bullet,
        cells=[(line.start + a, line.start + b) for a, b in cells] if cells else None,
        checked=checked,
    )


def recorder_column(text: str) -> int | None:
    """ "Vid anteckningarna<gap>Justeras": the column of the recorder cue among 2–3 column labels."""
    if "\t" not in text and "  " not in text:
        return None  # one column: no signature block (most lines stop here)
    segments = column_segments(text)
    if not 2 <= len(segments) <= 3:
        return None
    found = [
        k for k, (a, b) in enumerate(segments) if (m := _RECORDER.match(text[a:b])) and not m.group("rest")
    ]
    if len(found) != 1 or any(
        len(text[a:b].split()) > 4 or _SIGNATURE_RULE.match(text[a:b]) for a, b in segments
    ):
        return None
    a, b = segments[found[0]]
    if text[a:b].rstrip(" *_").endswith(":") or any(
        NAME_LIKE.fullmatch(text[x:y]) for k, (x, y) in enumerate(segments) if k != found[0]
    ):
        return None  # "Antecknare:<TAB>Anna Berg": a label and its value, not two labels
    return found[0]


def _signature_cell(text: str) -> bool:
    """A tab row of a signature block whose cell names the secretary, next to a dotted rule."""
    # a row aligned with spaces ("Sekreterare   ……") is read as one aligned with tabs
    cells = [c.strip() for c in re.split(r"\t+| {3,}", text) if c.strip()]
    return any(_SECRETARY_CELL.fullmatch(c) for c in cells) and any(_SIGNATURE_RULE.match(c) for c in cells)


def _mark_mail_headers(lines: list[Line]) -> None:
    """A quoted message's header block ("Från: / Skickat: / Till: / Ämne:") after the first lines."""
    seen_text = False
    for i, line in enumerate(lines):
        if line.kind is Kind.BLANK:
            continue
        nxt = [ln for ln in lines[i + 1 : i + 4] if ln.kind is not Kind.BLANK][:2]
        if (
            seen_text
            and ":" in line.text
            and MAIL_FIELD.match(line.text)
            and len(nxt) == 2
            and all(MAIL_FIELD.match(ln.text) for ln in nxt)
        ):
            line.kind = Kind.CLOSING
        seen_text = seen_text or ":" not in line.text or not MAIL_FIELD.match(line.text)


def _cue_column(line: Line) -> tuple[int, str] | None:
    """ "| Datum | Tid | Plats | Närvarande |": the cell that heads a column of attendees."""
    cells = [c.strip().strip("*_ ").lower() for c in line.raw.strip()[1:-1].split("|")]
    if any(c in ("namn", "name", "person", "deltagare") for c in cells):
        return None  # "| Namn | Kommun | Närvarande |" with Ja/Nej cells: status rows, read elsewhere
    for k, cell in enumerate(line.raw.strip()[1:-1].split("|")):
        m = _CUE_CELL.match(cell.strip().strip("*_ "))
        if m:
            return k, "absent" if m.group("absent") else "present"
    return None


# "§ 14  Budget 2028      Dnr 2027/011", "… (Dnr KS 2027/45)": a case number after the title is metadata
_TRAILING_DIARY = re.compile(
    r"(?:\s{2,}|\t+|\s*\(\s*|\s+[-–]\s+)(?:dnr|diarienr|diarienummer|ärendenr)\.?\s*:?\s*(?:[A-ZÅÄÖ]{1,6}\s+)?"
    r"\d{2,4}[/.:-]\d{1,5}[\w./:-]*\)?\s*$",
    re.I,
)


def _trailing_diary(lines: list[Line]) -> None:
    """Cut a case number from the end of an item heading's title."""
    for line in lines:
        if line.kind is not Kind.ITEM or line.rest is None:
            continue
        rest = _rest_text(line)
        if "nr" not in rest.lower():  # cheap gate before the regex
            continue
        m = _TRAILING_DIARY.search(rest)
        if m is not None and m.start() > 0:
            line.rest = (line.rest[0], line.rest[0] + m.start())


def _diary_titles(lines: list[Line]) -> None:
    """ "§ 14 Dnr 2026/28" + the errand on the next line: that line is the title, the number metadata."""
    for i, line in enumerate(lines):
        if line.kind is not Kind.ITEM or line.rest is None:
            continue
        if not _DIARY_TITLE.match(_rest_text(line)):
            continue
        nxt = next((ln for ln in lines[i + 1 : i + 3] if ln.kind is not Kind.BLANK), None)
        if nxt is None or nxt.kind is not Kind.TEXT or not _heading_like(nxt.text):
            continue
        line.rest = (nxt.start, nxt.end)
        nxt.kind = Kind.BLANK  # the title line is part of the heading, not a block of the body


def _rest_text(line: Line) -> str:
    assert line.rest is not None
    return line.text[line.rest[0] - line.start : line.rest[1] - line.start]


def _family(m: re.Match[str]) -> bool:
    """Not a month or a page word ("Mars 3 …", "Sida 2 …"); after a lone space, a heading's short title."""
    word = m.group("word")
    if _MONTH_WORD.fullmatch(word) or word.lower() in _NOT_FAMILY:
        return False
    return m.group("space") is None or _heading_like(m.group("title"))


_NOT_FAMILY = frozenset({"sida", "sidan", "page", "kl", "klockan", "vecka", "år", "bilaga", "bilagor"})


def _heading_like(title: str) -> bool:
    """A short title, not a sentence and not a date ("4 mars står…")."""
    words = title.split()
    return len(words) <= 12 and not title.endswith((".", ",", ";")) and not _MONTH_WORD.match(title)


def _same(pos: int) -> int:
    return pos


# A scanned "§ l4", "§ I5", "§ 1O": letters read for digits, only after "§" and only with a digit in it
_OCR_ITEM = re.compile(
    r"^§\s*(?P<n1>(?=[0-9lIO]*\d)(?=[0-9]*[lIO])[0-9lIO]{2,3})(?P<n2>(?!))?(?P<n3>(?!))?"
    r"\s+(?P<title>[A-ZÅÄÖ]\S.*)$"
)
# "N. Ärende: Title" in an item list written as fields: the first field's label
_TITLE_FIELD = re.compile(r"(?:ärende|rubrik|titel)\s*:\s*(?=\S)", re.IGNORECASE)
_OCR_DIGITS = str.maketrans("lIO", "110")


def _ocr_chain(lines: list[Line]) -> None:
    """An OCR'd item number stands only where it continues the chain ("§ 13", "§ l4", "§ 15")."""
    items = [line for line in lines if line.kind is Kind.ITEM]
    for k, line in enumerate(items):
        if not line.ocr_number:
            continue
        n = int(line.number or "0")
        before = items[k - 1].number if k else None
        after = items[k + 1].number if k + 1 < len(items) else None
        if not (before == str(n - 1) or after == str(n + 1)):
            line.kind, line.number, line.rest, line.ocr_number = Kind.TEXT, None, None, False


def _label_match(
    pattern: re.Pattern[str], text: str, alts: list[Alternative]
) -> tuple[re.Match[str], Callable[[int], int]] | None:
    """The cue pattern on the line, or on one alternative of its slashed label ("Notes / Antecknare:")."""
    for alt in alts:  # first: "Minutes taken by / Antecknat av:" is one label, not a cue and its text
        if m := pattern.match(alt.text):
            return m, alt.original
    if m := pattern.match(text):
        return m, _same
    return None


# "Ersättare:", "Tjänstepersoner:", "Övriga:" after "Ledamöter:": group labels inside one roll call.
# Alone these words are no cue ("Övriga:" may open a list of anything); right after a present list
# they continue it.
_SUB_LABEL = re.compile(
    r"^(?:\*\*|__)?(?:ersättare|tjänstepersoner|tjänstepersonal|tjänstemän|övriga|adjungerade|gäster|"
    r"ledamöter|suppleanter|ordinarie|personal|kansliet|sekretariatet|från\s+kansliet)\s*:(?:\*\*|__)?\s*(?P<rest>\S.*)$",
    re.IGNORECASE,
)


def _continue_roll_call(lines: list[Line]) -> None:
    """A group label right under a present list continues that list, not the body of the minutes."""
    previous: Line | None = None
    for line in lines:
        if line.kind is Kind.BLANK:
            continue
        if (
            line.kind is Kind.TEXT
            and previous is not None
            and previous.kind is Kind.ATTENDANCE
            and previous.status == "present"
            and ":" in line.text
            and (m := _SUB_LABEL.match(line.text))
        ):
            line.kind, line.status = Kind.ATTENDANCE, "present"
            line.rest = (line.start + m.start("rest"), line.start + m.end("rest"))
        elif (
            line.kind is Kind.TEXT
            and line.timed is not None
            and previous is not None
            and (previous.kind is Kind.ATTENDANCE or previous.timed == _CHAT)
            and chat_line(line.text)
        ):
            # "09:02  Anna Berg: hej från Ale!" under "Deltagare": the chat check-in, no timetable row
            line.timed, line.clock = _CHAT, False
        previous = line
    for line in lines:
        if line.timed == _CHAT:
            line.timed = None


# a marker while the pass runs: this line is a chat check-in (reset to None afterwards)
_CHAT = (-1, -1)


def classify(lines: list[NLine]) -> list[Line]:
    """Strip decoration and give every line a first reading of its role."""
    out: list[Line] = []
    for i, nl in enumerate(lines):
        line = _strip(nl, i)
        text = line.text
        alts = slashed_alternatives(text) if "/" in text else []
        if not text.strip() or set(text.strip()) <= _RULE_CHARS:
            line.kind = Kind.BLANK
        elif _CLOSING.match(text) or text.startswith(">"):
            line.kind = Kind.CLOSING
        elif (m := PROSE_PRESENT.match(text) or PROSE_ABSENT.match(text)) and _PROSE_NAME.match(
            text, m.end()
        ):
            # "Vid mötet deltog A (Ort), B (Ort) …", "Förhinder hade C (Ort).": a roll call in prose
            line.kind, line.prose = Kind.ATTENDANCE, True
            line.status = "present" if PROSE_PRESENT.match(text) else "absent"
            if len(_PROSE_NAMES.findall(text)) < 3:
                # a short sentence may stand inside an item; only a paragraph of names opens a section
                line.rest = (line.start, line.end)
        elif (m := BODY_ABSENT.match(text)) and _PROSE_NAME.match(m.group("names")):
            line.kind, line.prose, line.status = Kind.ATTENDANCE, True, "absent"
            line.rest = (line.start, line.end)
        elif found := _label_match(_ATTENDANCE, text, alts) or _label_match(_OCR_LABEL, text, []):
            m, orig = found
            group = "rest" if m.group("rest") is not None else "column"
            rest = m.group(group)
            # "Närvarande" as a heading, or "Närvarande: A, B"; not a sentence that starts with the word
            if rest is not None or len(text.split()) <= 5:
                line.kind = Kind.ATTENDANCE
                line.status = "absent" if m.group("absent") else "present"
                line.remote = bool(m.group("qualifier") and REMOTE.search(m.group("qualifier")))
                if rest:
                    line.rest = (line.start + orig(m.start(group)), line.start + orig(m.end(group)))
        if line.kind is Kind.TEXT and (found := _label_match(_CHAIR, text, alts)):
            m, orig = found
            line.kind, line.status = Kind.ATTENDANCE, "present"
            line.rest = (line.start + orig(m.start("rest")), line.start + orig(m.end("rest")))
        if line.kind is Kind.TEXT and line.cells and (column := _cue_column(line)) is not None:
            line.kind, line.column = Kind.ATTENDANCE, column[0]
            line.status = column[1]
        if line.kind is Kind.TEXT and (
            found := _label_match(_RECORDER, text, alts) or _label_match(_RECORDER_AFTER, text, [])
        ):
            m, orig = found
            rest = m.group("rest")
            if not rest or len(rest.split()) <= 8:
                line.kind = Kind.RECORDER
                if rest:
                    line.rest = (line.start + orig(m.start("rest")), line.start + orig(m.end("rest")))
        if line.kind is Kind.TEXT and recorder_column(text):
            line.kind = Kind.RECORDER  # "Justeras<gap>Vid anteckningarna": the cue in a later column
        if line.kind is Kind.TEXT and ("\t" in text or "   " in text) and _signature_cell(text):
            line.kind = Kind.RECORDER
        if line.kind is Kind.TEXT and len(text) <= 200:
            plain = text.replace("**", "").replace("__", "")
            if (clock := _AGENDA_TIME.match(plain)) is not None:
                plain = plain[clock.end() :]
                line.clock = True
            elif plain[:1].isdigit() and _CLOCK_ROW.match(plain):
                line.clock = True  # "10.45  Paus", "12.00<TAB>Slut": an unnumbered row of the timetable
            m = _ITEM.match(plain) or _OCR_ITEM.match(plain)
            title: str | None = None
            if m and m.group("title") and not line.bullet:
                number, title = m.group("n1") or m.group("n2") or m.group("n3"), m.group("title")
                if m.re is _OCR_ITEM:
                    number, line.ocr_number = number.translate(_OCR_DIGITS), True
            elif line.heading_level and (b := _BARE_NUMBER.match(plain)):
                number, title = b.group("n"), b.group("title")
            elif not line.bullet and (w := _WORD_NUMBER.match(plain)) and _family(w):
                number, title = w.group("n"), w.group("title")
                line.bare = line.family = True
            elif not line.bullet and (b := _PLAIN_NUMBER.match(plain)) and _heading_like(b.group("title")):
                number, title = b.group("n"), b.group("title")
                line.bare = True
            if (
                not title
                and not line.bullet
                and (t := _TIMED_LINE.match(text))
                and _heading_like(t.group("title"))
            ):
                line.timed = (line.start + t.start("title"), line.start + t.end("title"))
            if title and (f := _TITLE_FIELD.match(title)) and f.end() < len(title):
                title = title[f.end() :]  # "1. Ärende: Budget": the field label is no part of the title
            if title:
                # locate the title in the undecorated text, so its offsets stay exact
                at = text.rfind(title)
                if at >= 0:
                    line.kind = Kind.ITEM
                    line.number = number
                    line.rest = (line.start + at, line.start + at + len(title))
        out.append(line)
    _ocr_chain(out)
    _mark_mail_headers(out)
    _continue_roll_call(out)
    _diary_titles(out)
    _trailing_diary(out)
    # The title stands first: "Anteckningar" further down is a section ("## Anteckningar").
    for line in out:
        if line.kind is Kind.BLANK:
            continue
        if line.kind is Kind.TEXT and _TITLE.match(line.text) and len(line.text.split()) <= 12:
            line.kind = Kind.TITLE
        break
    return out
