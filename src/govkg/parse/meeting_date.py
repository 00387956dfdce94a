"""parse.meeting_date: document text + metadata → meeting date (given, from the header, or estimated).

Order: ``metadata["date"]`` (front matter, sidecar or CLI option), then a date line in the header
("Datum: 2024-03-15", "Protokoll 15 mars 2024", "# Sammanfattning 24-09-16"), then an estimate from
the dates the minutes mention (see ``estimate``). Minutes of a network are rarely dated inside.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

from govkg.errors import ParseError
from govkg.extract.dates import RawDate, scan_dates
from govkg.model import Quote, Span
from govkg.parse.date_estimate import estimate

Precision = Literal["day", "month", "year"]
Source = Literal["option", "sidecar", "front-matter", "header", "estimate"]
_SOURCES: tuple[Source, ...] = ("option", "sidecar", "front-matter", "header", "estimate")


@dataclass(slots=True)
class MeetingDate:
    """The meeting date at its known precision, where it came from, and the text that argues it."""

    date: str | None = None  # YYYY-MM-DD | YYYY-MM | YYYY
    precision: Precision | None = None
    source: Source | None = None
    confidence: float = 0.0
    evidence: list[Quote] = field(default_factory=list)


_ISO_META = re.compile(r"\s*(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?=$|[T\s])")
# "Datum: 2024-03-15", or a label column: "Sammanträdesdatum    23 maj 2025", "Datum<TAB>…", or the
# label cell of a two-cell table row: "| **Datum** | 2027-05-06 |" (markup before the label is stripped)
_LABEL = re.compile(
    r"(?:datum och tid|datum|tid och plats|plats och tid|tid|m[öo]tesdatum|sammantr[äa]desdatum|mötestid"
    r"|date)"
    r"(?:\s*[:：]|\t+| {2,}|(?:\*\*|__)?\s*\|)"
    # an OCR'd label column keeps ONE space ("Sammantradesdatum 2027-03-10"): a date word before a digit
    r"|(?:datum|m[öo]tesdatum|sammantr[äa]desdatum) (?=\d)",
    re.IGNORECASE,
)
# A date alone in the right-hand column of a letterhead line: "Kommunchefsgruppen      2025-03-14"
_COLUMN_DATE = re.compile(r"^\S.*?(?:\t+| {2,})(?P<date>\S.*\S)\s*$")
_LETTERHEAD_LINES = 6
_WEEKDAYS = ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag")
_WEEKDAY_BEFORE = re.compile(rf"\b({'|'.join(_WEEKDAYS)})(?:en)?(?:\s+den)?\s*,?\s*$", re.IGNORECASE)
_WEEKDAY_LEAD = re.compile(rf"^(?:{'|'.join(_WEEKDAYS)})(?:en)?(?:\s+den)?\s*,?\s*", re.IGNORECASE)
_YEAR_WINDOW = 6  # a weekday repeats on the same day of the year every 5, 6 or 11 years
# A document title opens with its kind, often as a compound ("Beslutsanteckningar", "Mötesprotokoll",
# "Kommunchefsmöte", "Nätverksträff"): the compound's head decides.
_TITLE_WORD = (
    r"(?:(?:agenda\s*&\s*)?\w*(?:protokoll|anteckning(?:ar)?|sammanfattning|sammanträde|möte(?:t)?|träff(?:en)?)|"
    r"agenda|dagordning|kallelse|meeting notes|minutes)\b"
)
_TITLE = re.compile(_TITLE_WORD, re.IGNORECASE)
# Within the first lines a title word anywhere marks the line as the title ("Kommundirektörsnätverket,
# anteckningar 4 december 2026", "Styrgruppen – möte den 9 mars 2027").
_TITLE_ANY = re.compile(r"(?<!\w)" + _TITLE_WORD, re.IGNORECASE)
_TITLE_LINES = 3
# "Nästa möte 5 maj 2027" on a top line dates another meeting, not this one.
_OTHER_MEETING = re.compile(r"\b(?:nästa|kommande|föregående|förra|senaste|tidigare)\b", re.IGNORECASE)
# Short numeric forms trusted only in a header line: "24-09-16", "24.12.06", "20201124".
_COMPACT = re.compile(
    r"(?<![\d.-])(\d{2})([-.])(\d{2})\2(\d{2})(?![\d.-])|(?<!\d)(20\d{2})(\d{2})(\d{2})(?!\d)"
)
_ITEM_HEADING = re.compile(r"^\s*(?:#{1,6}\s*)?(?:§\s*)?1\s*[.)]\s+\S", re.MULTILINE)
_MARKUP = re.compile(r"^[\s#>*_|-]+")
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_HEADER_CHARS = 3000


def _metadata_date(value: str) -> tuple[str, Precision]:
    m = _ISO_META.match(value)
    if m:
        y, mo, d = m.group(1), m.group(2), m.group(3)
        if d:
            return f"{y}-{mo}-{d}", "day"
        return (f"{y}-{mo}", "month") if mo else (y, "year")
    full = [r for r in scan_dates(value) if r.year is not None and r.kind in ("day", "month")]
    if full:
        return _raw_iso(full[0])
    raise ParseError(f"meeting date {value!r} is not a date (use YYYY-MM-DD, YYYY-MM or YYYY)")


def _raw_iso(raw: RawDate) -> tuple[str, Precision]:
    if raw.kind == "day":
        return f"{raw.year:04d}-{raw.month:02d}-{raw.day:02d}", "day"
    return f"{raw.year:04d}-{raw.month:02d}", "month"


def _compact_date(line: str) -> tuple[str, int, int] | None:
    m = _COMPACT.search(line)
    if not m:
        return None
    if m.group(1):
        y, mo, d = 2000 + int(m.group(1)), int(m.group(3)), int(m.group(4))
    else:
        y, mo, d = int(m.group(5)), int(m.group(6)), int(m.group(7))
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    return f"{y:04d}-{mo:02d}-{d:02d}", m.start(), m.end()


def _header_units(text: str) -> list[tuple[str, int]]:
    """Lines of the header zone (before item 1), each joined with its continuation line."""
    first_item = _ITEM_HEADING.search(text)
    end = min(len(text), _HEADER_CHARS, first_item.start() if first_item else len(text))
    # Comments (blog front matter kept as a comment) hold publishing dates, not the meeting's.
    zone = _COMMENT.sub(lambda m: " " * len(m.group()), text[:end])
    units: list[tuple[str, int]] = []
    pos = 0
    lines = zone.split("\n")
    for i, line in enumerate(lines):
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        units.append((line + ("\n" + nxt if nxt.strip() else ""), pos))
        pos += len(line) + 1
    return units


# E-mail notes: "Ämne: Anteckningar från mötet 15 november", "Skickat: den 18 november 2024 14:12"
_MAIL_SUBJECT = re.compile(r"^(?:(?:ämne|subject|sv|re|vb|fw|fwd)\s*:\s*)+", re.IGNORECASE)
_MAIL_SENT = re.compile(r"^(?:skickat|sent|datum|date)\s*:", re.IGNORECASE)


def _sent_date(units: list[tuple[str, int]]) -> RawDate | None:
    """The sending date of e-mailed minutes ("Skickat: den 18 november 2024 14:12")."""
    for unit, _ in units:
        line = unit.split("\n", 1)[0]
        if _MAIL_SENT.match(line):
            full = [r for r in scan_dates(line) if r.year is not None and r.kind == "day"]
            if full:
                return full[0]
    return None


def _mail_date(units: list[tuple[str, int]]) -> MeetingDate | None:
    """The meeting day named in an e-mail subject without its year, which the sending date gives."""
    sent = _sent_date(units)
    if sent is None or sent.year is None or sent.month is None:
        return None
    for unit, start in units:
        line = unit.split("\n", 1)[0]
        m = _MAIL_SUBJECT.match(line)
        if not m or not _TITLE.search(line[m.end() :]):
            continue
        days = [r for r in scan_dates(line) if r.kind == "day" and r.month is not None]
        if not days:
            continue
        day = days[0]
        assert day.month is not None
        year = day.year or (sent.year if day.month <= sent.month else sent.year - 1)
        quote = Quote(line[day.start : day.end], Span(start + day.start, start + day.end))
        return MeetingDate(f"{year:04d}-{day.month:02d}-{day.day or 1:02d}", "day", "header", 0.85, [quote])
    return None


def header_date(text: str) -> MeetingDate | None:
    """The meeting date written in the header, or None.

    >>> header_date("Protokoll\\nDatum: 2024-03-15\\n\\n1. Öppnande\\n").date
    '2024-03-15'
    >>> header_date("Minnesanteckningar – fredag 29 augusti\\n\\n1. Budget 2026\\n").date
    '2025-08-29'
    """
    units = _header_units(text)
    if found_in_table := _table_date(units):
        return found_in_table
    yearless: tuple[RawDate, str, int] | None = None  # a titled/labelled day without its year
    rank = 0  # non-blank lines seen
    for unit, start in units:
        body = _MARKUP.sub("", unit)
        lead = len(unit) - len(body)
        first_line = body.split("\n", 1)[0]
        rank += bool(first_line.strip())
        dated = [r for r in scan_dates(body) if r.year is not None and r.kind in ("day", "month")]
        labelled = _LABEL.match(body) is not None
        titled = _TITLE.match(body) is not None
        if not titled and rank <= _TITLE_LINES and dated and dated[0].kind == "day":
            # A full date on one of the first lines that names the meeting is the meeting's date.
            before = first_line[: dated[0].start]
            titled = (
                dated[0].end <= len(first_line)
                and _TITLE_ANY.search(before) is not None
                and _OTHER_MEETING.search(before) is None
            )
        bare = bool(dated) and dated[0].start == 0 and not body[dated[0].end :].split("\n")[0].strip(" ,.")
        # "Tisdag 9 mars 2027 kl. 09.00–11.30, …": a line that opens with the weekday and the
        # full date is the meeting's own date line, label or not
        weekday = _WEEKDAY_LEAD.match(first_line)
        if weekday and dated and dated[0].start == weekday.end() and dated[0].kind == "day":
            labelled = True
        if not (labelled or titled or bare):
            continue
        if not dated and yearless is None and (labelled or titled):
            days = [r for r in scan_dates(first_line) if r.kind == "day" and r.year is None and r.month]
            if days:
                yearless = (days[0], first_line, start + lead)
        compact = _compact_date(first_line) if (titled or labelled) else None
        if dated and (compact is None or dated[0].start < compact[1]):
            iso, precision = _raw_iso(dated[0])
            a, b = dated[0].start, dated[0].end
        elif compact is not None:
            (iso, a, b), precision = compact, "day"
        else:
            continue
        if not labelled and not titled and b > len(first_line):
            continue
        quote = Quote(body[a:b], Span(start + lead + a, start + lead + b))
        return MeetingDate(iso, precision, "header", 0.95, [quote])
    found = _column_date(units) or _mail_date(units)
    if found is None and yearless is not None:
        found = _yearless_day(text, units, *yearless)
    return found


_DATE_CELL = re.compile(r"^(?:datum|mötesdatum|sammanträdesdatum|date|dag)$", re.IGNORECASE)


def _cells(line: str) -> list[tuple[str, int]] | None:
    """The cells of a "| a | b |" row with their offsets in the line, or None."""
    body = line.strip()
    if not (body.startswith("|") and body.endswith("|") and body.count("|") >= 3):
        return None
    out, pos = [], line.index("|") + 1
    for part in body[1:-1].split("|"):
        lead = len(part) - len(part.lstrip())
        out.append((part.strip(), pos + lead))
        pos += len(part) + 1
    return out


def _table_date(units: list[tuple[str, int]]) -> MeetingDate | None:
    """ "| Datum | Tid | Plats |" and under it "| 12 juni 2026 | 9–12 | …": the cell under Datum."""
    column: int | None = None
    for unit, start in units:
        line = unit.split("\n", 1)[0]
        cells = _cells(line)
        if cells is None:
            column = None
            continue
        if column is None:
            column = next((k for k, (c, _) in enumerate(cells) if _DATE_CELL.match(c.strip("*_ "))), None)
            continue
        if set("".join(c for c, _ in cells)) <= set("-: "):
            continue  # the rule under the header row
        if column >= len(cells):
            return None
        cell, at = cells[column]
        dated = [r for r in scan_dates(cell) if r.year is not None and r.kind == "day"]
        if not dated:
            return None
        iso, precision = _raw_iso(dated[0])
        a = start + at + dated[0].start
        return MeetingDate(
            iso,
            precision,
            "header",
            0.95,
            [Quote(cell[dated[0].start : dated[0].end], Span(a, a + dated[0].end - dated[0].start))],
        )
    return None


def header_lines(text: str) -> list[tuple[int, int]]:
    """Spans of the header's date lines (labelled or titled): the meeting's own, never an event."""
    spans = []
    for unit, start in _header_units(text):
        line = unit.split("\n", 1)[0]
        body = _MARKUP.sub("", line)
        if _LABEL.match(body) or _TITLE.match(body):
            spans.append((start, start + len(line)))
    return spans


def _column_date(units: list[tuple[str, int]]) -> MeetingDate | None:
    """A full date alone in the right-hand column of one of the first lines (a PDF letterhead)."""
    seen = 0
    for unit, start in units:
        line = unit.split("\n", 1)[0]
        if not line.strip():
            continue
        seen += 1
        if seen > _LETTERHEAD_LINES:
            break
        m = _COLUMN_DATE.match(line)
        if not m:
            continue
        if found := _column_label_date(unit, start, m.start("date"), m.group("date")):
            return found
        cell = m.group("date")
        dated = [r for r in scan_dates(cell) if r.year is not None and r.kind == "day"]
        if dated and dated[0].start == 0 and dated[0].end == len(cell):
            iso, precision = _raw_iso(dated[0])
            a = start + m.start("date")
            return MeetingDate(iso, precision, "header", 0.9, [Quote(cell, Span(a, a + len(cell)))])
    return None


# "Förbundsdirektionen      Sammanträdesdatum 2028-02-17": a date label in the letterhead's right column
_COLUMN_LABEL = re.compile(r"(?:sammantr[äa]desdatum|m[öo]tesdatum|datum)\s*:?\s*", re.IGNORECASE)


def _column_label_date(unit: str, start: int, at: int, cell: str) -> MeetingDate | None:
    """The date after a right-column date label, on its line or right below it in the same column."""
    label = _COLUMN_LABEL.match(cell)
    if label is None:
        return None
    rest, offset = cell[label.end() :], start + at + label.end()
    if not rest.strip():
        below = unit.split("\n", 1)[1] if "\n" in unit else ""
        column = len(below) - len(below.lstrip())
        if abs(column - at) > 2:  # the date stands under the label, not in another column
            return None
        rest, offset = below[column:], start + unit.index("\n") + 1 + column
    dated = [r for r in scan_dates(rest) if r.year is not None and r.kind == "day"]
    if not dated or dated[0].start != 0:
        return None
    iso, precision = _raw_iso(dated[0])
    a, b = offset, offset + dated[0].end
    return MeetingDate(iso, precision, "header", 0.9, [Quote(rest[: dated[0].end], Span(a, b))])


def _yearless_day(
    text: str, units: list[tuple[str, int]], day: RawDate, line: str, at: int
) -> MeetingDate | None:
    """The year of a header day written without one ("fredag 29 augusti"): from the sending date,
    from the weekday among the years the document names, or from the estimate."""
    assert day.month is not None and day.day is not None
    quote = Quote(line[day.start : day.end], Span(at + day.start, at + day.end))
    sent = _sent_date(units)
    if sent is not None and sent.year is not None and sent.month is not None:
        year = sent.year if day.month <= sent.month else sent.year - 1
        return MeetingDate(f"{year:04d}-{day.month:02d}-{day.day:02d}", "day", "header", 0.85, [quote])
    weekday = _WEEKDAY_BEFORE.search(line[: day.start])
    years = [r.year for r in scan_dates(text) if r.year is not None and 1990 <= r.year <= 2100]
    if weekday and years:
        wanted = _WEEKDAYS.index(weekday.group(1).lower())
        usual = Counter(years).most_common(1)[0][0]
        fits = [
            y
            for y in range(usual - _YEAR_WINDOW, usual + _YEAR_WINDOW + 1)
            if _weekday(y, day.month, day.day) == wanted
        ]
        if fits:
            year = min(fits, key=lambda y: (abs(y - usual), -y))
            evidence = [Quote(line[weekday.start() : day.end], Span(at + weekday.start(), at + day.end))]
            return MeetingDate(f"{year:04d}-{day.month:02d}-{day.day:02d}", "day", "header", 0.75, evidence)
    est = estimate(text, header_lines(text))
    if est.iso is not None:
        year = int(est.iso[:4])
        return MeetingDate(f"{year:04d}-{day.month:02d}-{day.day:02d}", "day", "header", 0.6, [quote])
    return None


def _weekday(year: int, month: int, day: int) -> int | None:
    try:
        return date(year, month, day).weekday()
    except ValueError:
        return None


def meeting_date(text: str, metadata: Mapping[str, str]) -> MeetingDate:
    """The meeting date: given in metadata, written in the header, or estimated from the text.

    >>> meeting_date("Anteckningar\\n\\n1. Val\\nNästa möte den 4 mars 2022.", {}).date
    '2022-03'
    """
    given = metadata.get("date")
    if given:
        iso, precision = _metadata_date(given)
        named = metadata.get("date_source", "option")
        source: Source = next((s for s in _SOURCES if s == named), "option")
        return MeetingDate(iso, precision, source, 1.0)
    found = header_date(text)
    if found is not None:
        return found
    est = estimate(text, header_lines(text))
    if est.iso is None:
        return MeetingDate(None, None, None, 0.0, est.evidence)
    return MeetingDate(est.iso, est.precision, "estimate", est.confidence, est.evidence)


def meeting_year_hint(text: str, metadata: Mapping[str, str] | None = None) -> int | None:
    """The meeting year to complete "27 oktober" with, when the meeting date knows it."""
    md = meeting_date(text, metadata or {})
    return int(md.date[:4]) if md.date else None
