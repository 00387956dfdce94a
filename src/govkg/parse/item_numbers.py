"""parse.item_numbers: a line's text → its item heading (number, title offsets); passes that settle them.

"1.", "1)", "2.1", "§ 12", "Punkt 3:", "1  Title", "Dagordningspunkt 1 – …", a scanned "§ l4", a
timed agenda line ("09.00–09.30 Budget"): the numbering of a heading, read apart from its clock
time, its field label ("Ärende:") and a trailing case number ("Dnr 2027/011").
"""

from __future__ import annotations

import re

from govkg.extract.dates import MONTH_ABBREVIATIONS, MONTHS
from govkg.parse.markup import Kind, Line

# "1.", "1)", "2.1", "§ 12", "Punkt 3:", "Ärende 4 –" — the number and what follows it. "KS § 12",
# "DIR § 3": an upper-case abbreviation before "§" is the body's prefix of its paragraph numbers.
_ITEM = re.compile(
    r"^(?:(?:(?:(?-i:[A-ZÅÄÖ]{2,6}(?:-[A-ZÅÄÖ]{2,6})?)\s+)?§§?|punkt|paragraf|ärende|item|p\.)\s*(?P<n1>\d{1,3}(?:\.\d{1,2})*)(?:\s*[-–]\s*(?P<upto>\d{1,3})(?=\s))?\s*[.:)]?"
    r"|(?P<n2>\d{1,3}(?:\.\d{1,2})*)(?:[.)](?!\d)|(?=\s*[-–:]\s))"
    r"|(?P<n3>\d{1,3}\.\d{1,2}(?:\.\d{1,2})*)(?=\s)"
    # "12 § Title", "12–13 §§ Title": the paragraph number first, as in a published protocol
    r"|(?P<n4>\d{1,3})(?:\s*[-–]\s*(?P<upto4>\d{1,3}))?\s*§§?(?=\s+[A-ZÅÄÖ\d]))"
    r"\s*[-–:]?\s*(?P<title>\S.*)?$",
    re.IGNORECASE,
)
# A case number's series: "KS", or up to three upper-case words ("KS AU", "VA NORR"); words after the
# first must be upper case so that a title word cannot pass for one
DIARY_SERIES = r"(?:[A-ZÅÄÖ]{1,6}\s+(?:(?-i:[A-ZÅÄÖ]{1,6})\s+){0,2})?"
# "§ 14 Dnr 2026/28", "§ 3 Diarienr KS 2026/31": a diary number after the number is metadata
_DIARY_TITLE = re.compile(
    rf"^(?:dnr|diarienr|diarienummer|ärendenr)\.?\s*:?\s*{DIARY_SERIES}\d{{2,4}}[/.:-]\d{{1,5}}\S*$", re.I
)
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


def mark_item_heading(line: Line) -> None:
    """Read a numbered, word-numbered or timed heading on a TEXT line: its number and title offsets."""
    text = line.text
    plain = text.replace("**", "").replace("__", "")
    if (clock := _AGENDA_TIME.match(plain)) is not None:
        plain = plain[clock.end() :]
        line.clock = True
    elif plain[:1].isdigit() and _CLOCK_ROW.match(plain):
        line.clock = True  # "10.45  Paus", "12.00<TAB>Slut": an unnumbered row of the timetable
    m = _ITEM.match(plain) or _OCR_ITEM.match(plain)
    title: str | None = None
    if m and m.group("title") and not line.bullet:
        groups = m.groupdict()
        number = str(groups["n1"] or groups["n2"] or groups["n3"] or groups.get("n4"))
        title = m.group("title")
        if upto := groups.get("upto") or groups.get("upto4"):  # "§§ 12–13": one heading for two numbers
            line.upto = int(upto)
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
    if not title and not line.bullet and (t := _TIMED_LINE.match(text)) and _heading_like(t.group("title")):
        line.timed = (line.start + t.start("title"), line.start + t.end("title"))
    if title and (f := _TITLE_FIELD.match(title)) and f.end() < len(title):
        title = title[f.end() :]  # "1. Ärende: Budget": the field label is no part of the title
    if title and line.bold_end is not None and _run_in(line, title, number):
        return
    if title:
        # locate the title in the undecorated text, so its offsets stay exact
        at = text.rfind(title)
        if at >= 0:
            line.kind = Kind.ITEM
            line.number = number
            line.rest = (line.start + at, line.start + at + len(title))


def _run_in(line: Line, title: str, number: str) -> bool:
    """A bold run-in heading ("**Punkt 3 – Title.** The text …"): the title ends at the closing marker.

    The words after the marker are the item's first sentence (``line.run_in``). Offsets are mapped
    from the marker-free copy back to the line, so the title quotes the document exactly.
    """
    text, close = line.text, (line.bold_end or 0) - line.start
    to_text = _unmarked(_unmarked(list(range(len(text))), text, "**"), text, "__")
    at = "".join(text[k] for k in to_text).rfind(title)
    if at < 0 or not 0 < close < len(text):
        return False
    a = to_text[at]
    if a >= close:  # "**Punkt 3:** Title": only the number is bold, the title follows it
        return False
    b = close
    while b > a and text[b - 1] in " .:;,–-":
        b -= 1
    if b <= a:
        return False
    line.kind, line.number = Kind.ITEM, number
    line.rest = (line.start + a, line.start + b)
    body = close + 2
    while body < len(text) and text[body] in " \t":
        body += 1
    if body < len(text):
        line.run_in = (line.start + body, line.end)
    return True


def _unmarked(kept: list[int], text: str, marker: str) -> list[int]:
    """The positions of ``text`` left after str.replace(marker, "") on the characters at ``kept``."""
    out: list[int] = []
    k = 0
    while k < len(kept):
        if k + 1 < len(kept) and text[kept[k]] + text[kept[k + 1]] == marker:
            k += 2
            continue
        out.append(kept[k])
        k += 1
    return out


# "§ 14  Budget 2028      Dnr 2027/011", "… (Dnr KS 2027/45)": a case number after the title is metadata
_TRAILING_DIARY = re.compile(
    rf"(?:\s{{2,}}|\t+|\s*\(\s*|\s+[-–]\s+)(?:dnr|diarienr|diarienummer|ärendenr)\.?\s*:?\s*{DIARY_SERIES}"
    r"\d{2,4}[/.:-]\d{1,5}[\w./:-]*\)?\s*$",
    re.I,
)


def trailing_diary(lines: list[Line]) -> None:
    """Cut a case number from the end of an item heading's title."""
    for line in lines:
        if line.kind is not Kind.ITEM or line.rest is None:
            continue
        if (cut := diary_cut(_rest_text(line))) is not None:
            line.rest = (line.rest[0], line.rest[0] + cut)


def diary_cut(title: str) -> int | None:
    """Where a case number at the end of a title starts ("Budget      Dnr 2027/011" → 6), else None."""
    if "nr" not in title.lower():  # cheap gate before the regex
        return None
    m = _TRAILING_DIARY.search(title)
    return m.start() if m is not None and m.start() > 0 else None


def diary_titles(lines: list[Line]) -> None:
    """ "§ 14 Dnr 2026/28" + the errand on the next line: that line is the title, the number metadata."""
    for i, line in enumerate(lines):
        if line.kind is not Kind.ITEM or line.rest is None:
            continue
        if not _DIARY_TITLE.match(_rest_text(line)):
            continue
        nxt = next((ln for ln in lines[i + 1 : i + 3] if ln.kind is not Kind.BLANK), None)
        if nxt is None or nxt.kind is not Kind.TEXT or not _heading_like(nxt.text):
            continue
        cut = diary_cut(nxt.text)  # the title line may carry its own case number at the right
        line.rest = (nxt.start, nxt.end if cut is None else nxt.start + cut)
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


# A scanned "§ l4", "§ I5", "§ 1O": letters read for digits, only after "§" and only with a digit in it
_OCR_ITEM = re.compile(
    r"^§\s*(?P<n1>(?=[0-9lIO]*\d)(?=[0-9]*[lIO])[0-9lIO]{2,3})(?P<n2>(?!))?(?P<n3>(?!))?"
    r"\s+(?P<title>[A-ZÅÄÖ]\S.*)$"
)
# "N. Ärende: Title" in an item list written as fields: the first field's label
_TITLE_FIELD = re.compile(r"(?:ärende|rubrik|titel)\s*:\s*(?=\S)", re.IGNORECASE)
_OCR_DIGITS = str.maketrans("lIO", "110")


def ocr_chain(lines: list[Line]) -> None:
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


# "DIR § 3": the body's prefix of its paragraph numbers
_PREFIX = re.compile(r"^(?P<p>[A-ZÅÄÖ]{2,6}(?:-[A-ZÅÄÖ]{2,6})?)\s+§")


def heading_furniture(headings: list[Line]) -> list[tuple[int, int]]:
    """Offsets of a heading's metadata: the body's paragraph prefix ("DIR" in "DIR § 3  Budget") and
    a case number cut from the title ("Dnr GÅ 2026/0088").

    The prefix is numbering, not a body the item names. In a sentence ("behandlas som DIR § 7") it
    stays, as the sentence is quoted whole.
    """
    out = [(line.start, line.start + m.end("p")) for line in headings if (m := _PREFIX.match(line.text))]
    for line in headings:
        # "§ 6  Title      Dnr GÅ 2026/0088": the case number in the right column is metadata too
        tail = line.text[line.rest[1] - line.start :] if line.rest else ""
        if tail.strip() and _TRAILING_DIARY.fullmatch(tail):
            out.append((line.end - len(tail.lstrip()), line.end))
    return out
