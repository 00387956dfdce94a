"""extract.dates: text → date mentions (Swedish calendar expressions, with ISO values and spans).

``scan_dates`` finds the expressions with whatever they state (a year may be missing);
``find_dates`` resolves the missing years against the meeting date and returns ``DateMention``s.
The meeting-date estimator (``parse.meeting_date``) reuses ``scan_dates`` on undated text.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from govkg.extract.date_context import coming_lists, in_coming_clause
from govkg.extract.date_patterns import MONTH_ABBREVIATIONS, MONTHS, SEASONS
from govkg.extract.date_scan import RawDate, scan_dates
from govkg.model import DateMention, Quote, Span

__all__ = [
    "MONTHS",
    "MONTH_ABBREVIATIONS",
    "SEASONS",
    "RawDate",
    "find_dates",
    "infer_year",
    "resolve",
    "scan_dates",
    "season_year",
    "split_iso",
]

_SEASON_LAST_MONTH = {"våren": 5, "sommaren": 8, "hösten": 11, "vintern": 2}
_ISO_PREFIX = re.compile(r"(\d{4})(?:-(\d{2}))?")


def infer_year(
    month: int, ref_year: int, ref_month: int | None, *, ahead: bool = False, coming: bool = False
) -> int:
    """The year of an undated month, relative to the meeting: minutes look ahead more than back.

    With the meeting month known, the month is placed in the window from four months before to
    seven months after the meeting ("15 januari" in November minutes is next January). In a sentence
    that speaks of the future (``ahead``) a later month of the same year stays in it ("lämnas i
    december" in April minutes is this December); only the last months of the old year, written early
    in the new one, are still the past ("december" in February). A month that is certainly ``coming``
    (its own clause looks ahead and nothing in it is past: "besked väntas i december", a list of
    coming meetings) lies in the year ahead of the meeting, up to eleven months on.
    """
    if ref_month is None:
        return ref_year
    delta = month - ref_month
    if delta < -4:
        return ref_year + 1
    if coming:
        return ref_year
    if delta >= (10 if ahead else 8):
        return ref_year - 1
    return ref_year


def season_year(season: str, relative: str | None, ref_year: int, ref_month: int | None) -> int:
    """The year of "våren"/"i höstas" without a year: the coming season, or the last one if past."""
    last = _SEASON_LAST_MONTH[season]
    if relative == "past":
        # "i höstas" is the last finished autumn; unknown month: assume it was last year.
        return (
            ref_year if ref_month is not None and ref_month > last and season != "vintern" else ref_year - 1
        )
    if ref_month is None or season == "vintern":
        return ref_year
    return ref_year if ref_month <= last else ref_year + 1


def resolve(
    raw: RawDate,
    ref_year: int | None,
    ref_month: int | None = None,
    *,
    ahead: bool = False,
    coming: bool = False,
) -> tuple[str, str, bool] | None:
    """(iso, granularity, year_inferred) of a scanned date, or None when its year cannot be known."""
    year, inferred = raw.year, False
    if year is None and raw.kind not in ("year", "yearrange"):
        if ref_year is None:
            return None
        inferred = True
        if raw.kind == "season":
            year = season_year(raw.season or "hösten", raw.relative, ref_year, ref_month)
        elif raw.kind == "week":
            year = ref_year
        elif raw.kind == "quarter" and raw.end_month:
            # a reporting period is placed by its end: "tertial 3" in February minutes is the one
            # that just closed (last September–December), "tertial 2" the coming one
            year = infer_year(raw.end_month, ref_year, ref_month)
        else:
            year = infer_year(raw.month or 1, ref_year, ref_month, ahead=ahead, coming=coming)
    assert year is not None or raw.kind in ("year", "yearrange")
    if raw.kind == "day":
        return f"{year:04d}-{raw.month:02d}-{raw.day:02d}", "day", inferred
    if raw.kind == "dayrange":
        end_year = year if raw.end_year is None else raw.end_year
        start = f"{year:04d}-{raw.month:02d}-{raw.day:02d}"
        return f"{start}/{end_year:04d}-{raw.end_month:02d}-{raw.end_day:02d}", "range", inferred
    if raw.kind == "month":
        return f"{year:04d}-{raw.month:02d}", "month", inferred
    if raw.kind == "season":
        return f"{year:04d}", "season", inferred
    if raw.kind == "quarter":
        end_year = year if raw.end_year is None else raw.end_year
        return f"{year:04d}-{raw.month:02d}/{end_year:04d}-{raw.end_month:02d}", "range", inferred
    if raw.kind == "week":
        try:
            monday = date.fromisocalendar(year or 0, raw.day or 1, 1)
        except ValueError:
            return None
        sunday = monday + timedelta(days=6)
        return f"{monday.isoformat()}/{sunday.isoformat()}", "range", inferred
    if raw.kind == "yearrange":
        return f"{raw.year:04d}/{raw.end_year:04d}", "range", False
    return f"{raw.year:04d}", "year", False


# A year that heads a list of days ("Sammanträdesdagar för 2028: 23 maj, 19 september"; "Mötesdagar
# för 2028, alla tisdagar kl. 9.00: 25 januari, 21 mars"): the days after the colon, to the end of the
# sentence, are of that year, not placed by the meeting. The colon must open the list of days.
_YEAR_HEAD = re.compile(
    r"(?<![\w/.-])(?:(?:för|under|inför|år)\s+((?:19|20)\d\d)(?![\w/-])|((?:19|20)\d\d)(?=\s*:))"
)
_LIST_START = re.compile(
    r"\s*(?:[-*•–][ \t]+)?(?:[a-zåäö]+dag(?:en)?[ \t]+)?(?:den[ \t]+)?\d{1,2}(?:[ \t]+[a-zåäö]|/\d)",
    re.IGNORECASE,
)
_COPULA = re.compile(r"[ \t]+(?:är|blir|hålls|infaller)(?=[ \t])", re.IGNORECASE)
_SENTENCE_END = re.compile(r"\.(?=\s+[A-ZÅÄÖ]|\s*$)|\n\s*\n")


def _year_lists(text: str) -> list[tuple[int, int, int]]:
    """(start, end, year) of every stretch of text that a heading year governs."""
    out = []
    for m in _YEAR_HEAD.finditer(text):
        stop = _SENTENCE_END.search(text, m.end())
        end = stop.start() if stop else len(text)
        colon = text.find(":", m.end(), end)
        copula = _COPULA.match(text, m.end())
        if colon < 0 and copula is not None and _LIST_START.match(text, copula.end()):
            # "Mötestiderna under 2026 är den 3 mars och den 8 december": the list follows the verb
            out.append((copula.end(), end, int(m[1] or m[2])))
            continue
        if colon < 0 or not _LIST_START.match(text, colon + 1):
            continue  # "Regionens budget 2027: X berättade …": a title's year, not a list of days
        out.append((colon + 1, end, int(m[1] or m[2])))
    return out


# Future tense or a coming step in the present passive ("ska", "kommer att", "lämnas", "planeras"):
# the sentence looks ahead, so an undated month lies after the meeting (see ``infer_year``).
_FUTURE = re.compile(
    r"\b(?:ska|skall|kommer att|planeras|lämnas|redovisas|presenteras|genomförs|behandlas|hålls|"
    r"äger rum|återkommer|återrapporteras|beslutas|tas upp)\b",
    re.IGNORECASE,
)
_SENTENCE_BREAK = re.compile(r"[.!?](?=\s)|\n\s*\n")


def _sentence_at(text: str, pos: int) -> str:
    """The sentence around ``pos`` (to the nearest sentence end or blank line either side)."""
    start = max((m.end() for m in _SENTENCE_BREAK.finditer(text, 0, pos)), default=0)
    stop = _SENTENCE_BREAK.search(text, pos)
    return text[start : stop.start() if stop else len(text)]


# What stands between two dates of one list ("24 september, 8 oktober och den 19 november 2026").
_LIST_GAP = re.compile(r"(?:\s*,\s*|\s*,?\s+(?:och|samt|respektive)\s+)(?:den\s+)?", re.IGNORECASE)
_LISTED_KINDS = ("day", "dayrange", "month")


def _closing_years(text: str, raws: list[RawDate]) -> dict[int, int]:
    """Index → year of every undated date in a list that a year closes ("12 februari, 24 september
    och 19 november 2026"): the writer states the year once, at the end, for the whole list. A list
    that crosses New Year ("10 december och 15 januari 2027") puts a later month in the year before."""
    out: dict[int, int] = {}
    run: list[int] = []
    for index, raw in enumerate(raws):
        joined = bool(run) and _LIST_GAP.fullmatch(text, raws[run[-1]].end, raw.start) is not None
        if raw.kind not in _LISTED_KINDS:
            run = []
            continue
        if not joined:
            run = []
        if raw.year is None:
            run.append(index)
            continue
        year, month = raw.year, raw.month or 12
        for earlier in reversed(run):
            if (raws[earlier].month or 1) > month:
                year -= 1
            month = raws[earlier].month or month
            out[earlier] = year
        run = []
    return out


def split_iso(iso: str) -> tuple[int | None, int | None]:
    """Year and month of an ISO date of any precision ("2024", "2024-03", "2024-03-15")."""
    m = _ISO_PREFIX.match(iso)
    if not m:
        return None, None
    return int(m[1]), int(m[2]) if m[2] else None


def find_dates(
    text: str, offset: int = 0, *, meeting_year: int | None = None, meeting: str | None = None
) -> list[DateMention]:
    """Date mentions in ``text``; spans are ``offset`` + position, so a slice of a document works.

    ``meeting`` (ISO, any precision) or ``meeting_year`` supplies missing years; without either,
    expressions without a year are skipped rather than guessed.

    >>> [(d.surface.text, d.iso) for d in find_dates("Styrelsen den 27 oktober.", meeting_year=2023)]
    [('27 oktober', '2023-10-27')]
    """
    ref_year, ref_month = split_iso(meeting) if meeting else (meeting_year, None)
    out: list[DateMention] = []
    governed = _year_lists(text)
    listed = coming_lists(text)
    raws = scan_dates(text)
    closing = _closing_years(text, raws)
    for index, raw in enumerate(raws):
        named = closing.get(index) or next(
            (y for start, end, y in governed if start <= raw.start < end), None
        )
        ahead = raw.year is None and _FUTURE.search(_sentence_at(text, raw.start)) is not None
        coming = raw.year is None and (
            any(start <= raw.start < end for start, end in listed) or in_coming_clause(text, raw.start)
        )
        resolved = (
            resolve(raw, named, None)
            if named and raw.year is None
            else resolve(raw, ref_year, ref_month, ahead=ahead, coming=coming)
        )
        if resolved is None:
            continue
        iso, granularity, inferred = resolved
        surface = Quote(text[raw.start : raw.end], Span(offset + raw.start, offset + raw.end))
        out.append(DateMention(surface, iso, granularity, inferred))
    return out
