"""extract.dates: text → date mentions (Swedish calendar expressions, with ISO values and spans).

``scan_dates`` finds the expressions with whatever they state (a year may be missing);
``find_dates`` resolves the missing years against the meeting date and returns ``DateMention``s.
The meeting-date estimator (``parse.meeting_date``) reuses ``scan_dates`` on undated text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from govkg.extract._prefilter import lowered, required_literals
from govkg.model import DateMention, Quote, Span

MONTHS: dict[str, int] = {
    "januari": 1, "februari": 2, "mars": 3, "april": 4, "maj": 5, "juni": 6, "juli": 7,
    "augusti": 8, "september": 9, "oktober": 10, "november": 11, "december": 12,
}  # fmt: skip
# Abbreviations are only trusted right after a day number ("3 feb"), where they cannot be words.
_ABBREV: dict[str, int] = {
    "jan": 1, "feb": 2, "febr": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "okt": 10, "nov": 11, "dec": 12,
}  # fmt: skip
MONTH_ABBREVIATIONS = tuple(_ABBREV)
SEASONS = ("våren", "sommaren", "hösten", "vintern")
# Words that turn a following year into part of a name: "RUS 2030", "Agenda 2030", "Vision 2025".
_NAME_WORDS = frozenset({"agenda", "vision", "horisont", "horizon", "rus", "strategi", "mål", "version"})
# Compounds that name a strategy or plan with its target year: "Värmlandsstrategin 2040"
_NAME_ENDINGS = ("strategin", "strategi", "planen", "programmet", "agendan", "visionen")
# Words after a number that make it an amount, not a year: "2000 kronor", "1990 invånare".
_AMOUNT_AFTER = re.compile(
    r"\s*(?:kr\b|kronor|tkr|mkr|mnkr|miljon|miljard|procent|%|st\b|stycken|personer|invånare|"
    r"deltagare|timmar|kvm|m2|meter|elever|anställda|medarbetare)",
    re.IGNORECASE,
)
_COUNT_BEFORE = re.compile(
    r"(?:\b(?:ca|cirka|drygt|nästan|knappt|kl|klockan|nr|dnr|sfs)\.?\s*|§\s*|\d[-–/.:,])$",
    re.IGNORECASE,
)

_MONTH_FULL = "|".join(MONTHS)
_MONTH_ANY = "|".join(sorted([*MONTHS, *_ABBREV], key=len, reverse=True))
_YEAR = r"(?:19|20)\d{2}"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])"
_END = r"(?![\w/])"  # no letter, digit or slash may follow: "2030-arbetet" is still caught by the name check

_URL = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+\.\w+|\S+\.(?:se|com|org|nu|net|pdf|docx?)\b\S*", re.I)
# A literal every _URL match contains: most items hold no link, and this scan is much cheaper.
_URL_HINT = re.compile(r"://|www\.|@|\.(?:se|com|org|nu|net|pdf|docx?)\b", re.I)
_CLOCK = re.compile(r"(?:\bkl\.?|\bklockan|\bmellan)\s*$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class RawDate:
    """A date expression as stated: any part may be missing (``year`` most often)."""

    start: int
    end: int
    kind: str  # day | dayrange | month | quarter | year | yearrange | season | week
    year: int | None = None
    month: int | None = None
    day: int | None = None
    end_year: int | None = None
    end_month: int | None = None
    end_day: int | None = None
    season: str | None = None  # våren | sommaren | hösten | vintern
    relative: str | None = None  # "past" for "i höstas"; None: the coming or stated one


def _m(name: str) -> int:
    key = name.lower().rstrip(".")
    return MONTHS.get(key) or _ABBREV[key]


def _valid(year: int | None, month: int, day: int) -> bool:
    try:
        date(year or 2000, month, day)  # 2000 is a leap year: "29 februari" passes without a year
    except ValueError:
        return False
    return True


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


_P_ISO_DAY = _rx(rf"(?<![\w-])({_YEAR})-(\d{{2}})-(\d{{2}}){_END}")
# Two ISO days joined by a dash (spaced or not, also "--" and "—") or by "till": one interval
# ("under perioden 2027-01-15 – 2027-03-05"), not two dates.
_P_ISO_RANGE = _rx(
    rf"(?<![\w-])({_YEAR})-(\d{{2}})-(\d{{2}})(?:\s*(?:--|[-–—])\s*|\s+till\s+)({_YEAR})-(\d{{2}})-(\d{{2}}){_END}"
)
_P_CROSS_RANGE = _rx(
    rf"(?<![\w/.])({_DAY})\s+({_MONTH_ANY})\.?\s*[-–]\s*({_DAY})\s+({_MONTH_ANY})\b(?:\s+({_YEAR}){_END})?"
)
_P_NAMED_RANGE = _rx(rf"(?<![\w/.])({_DAY})\s*[-–]\s*({_DAY})\s+({_MONTH_ANY})\b\.?(?:\s+({_YEAR}){_END})?")
_P_NAMED_DAY = _rx(rf"(?<![\w/.,])({_DAY})(?::[ae])?\s+({_MONTH_ANY})\b\.?(?:,?\s+({_YEAR}){_END})?")
_P_NUM_CROSS = _rx(
    rf"(?<![\w/.])({_DAY})/(\d{{1,2}})\s*[-–]\s*({_DAY})/(\d{{1,2}})(?:(?:/|\s)({_YEAR}))?{_END}"
)
_P_NUM_RANGE = _rx(rf"(?<![\w/.])({_DAY})\s*[-–]\s*({_DAY})/(\d{{1,2}})(?:(?:/|\s)({_YEAR}))?{_END}")
_P_NUM_DAY = _rx(rf"(?<![\w/.,-])({_DAY})/(\d{{1,2}})(?:(?:/|\s)({_YEAR}))?{_END}(?!\s*(?:av|dels?|delar)\b)")
_P_DOTTED = _rx(rf"(?<![\w/.])({_DAY})\.(\d{{1,2}})\.({_YEAR}){_END}")
_P_MONTH_YEAR = _rx(rf"\b({_MONTH_FULL})\s+({_YEAR}){_END}")
# "januari–februari 2027": one period of months of one year, not a bare month and another
_P_MONTH_RANGE = _rx(rf"\b({_MONTH_FULL})\s*[-–]\s*({_MONTH_FULL})\s+({_YEAR}){_END}")
_P_BARE_MONTH = _rx(
    r"\b(?:i|under|till(?: och med)?|från(?: och med| o\.m\.)?|fr\.o\.m\.|t\.o\.m\.|inför|efter|sedan|före|"
    rf"innan|(?:början|mitten|slutet) av)\s+({_MONTH_FULL})\b"
    rf"(?!\s*\d)"
)
_P_SEASON = _rx(rf"\b(våren|sommaren|hösten|vintern|vårterminen|höstterminen)\b(?:\s+({_YEAR}){_END})?")
_P_PAST_SEASON = _rx(r"\bi\s+(våras|somras|höstas|vintras)\b")
_P_THIS_SEASON = _rx(r"\bi\s+(höst|sommar|vinter)\b(?!\w)")
# "under första kvartalet 2027", "kvartal 3", "Q1 2027": a quarter, a range of three months
_P_QUARTER = _rx(
    rf"\b(?:(första|andra|tredje|fjärde|sista)\s+kvartalet|kvartal\s+([1-4])\b|Q([1-4])(?=\s+{_YEAR}))"
    rf"(?:\s+({_YEAR}){_END})?"
)
_QUARTER_OF = {"första": 1, "andra": 2, "tredje": 3, "fjärde": 4, "sista": 4}
# "tertial 2", "andra tertialet 2027": the four-month reporting periods of municipal accounts
# (T1 January–April, T2 May–August, T3 September–December)
_P_TERTIAL = _rx(
    rf"\b(?:(första|andra|tredje|sista)\s+tertialet|tertial\s+([1-3])\b|T([1-3])(?=\s+{_YEAR}))"
    rf"(?:\s+({_YEAR}){_END})?"
)
# "Dnr 2026/28", "Diarienr KS 2026/31": a diary number, not a year range
_DIARY_BEFORE = re.compile(r"\b(?:dnr|diarienr|diarienummer|ärendenr)\.?\s*:?\s*(?:[A-ZÅÄÖ]{1,6}\s+)?$", re.I)
_P_WEEK = _rx(rf"\b(?:vecka|v\.)\s?([1-9]|[1-4]\d|5[0-3])\b(?:,?\s+({_YEAR}){_END})?")
_P_YEAR_RANGE = _rx(rf"(?<![\w/.-])({_YEAR})\s*([-–/])\s*({_YEAR}|\d{{2}}){_END}(?!-\d)")
_P_ISO_MONTH = _rx(rf"(?<![\w/.-])({_YEAR})-(0[1-9]|1[0-2]){_END}(?!-)")
_P_ELECTION = _rx(rf"\b([\w-]*valet)\s+({_YEAR}){_END}")
_P_YEAR = _rx(rf"(?<![\w/.:-])({_YEAR}){_END}(?!-\w|[.:,]\d)")

# Literals one of which every match of a pattern contains: most patterns find nothing in most
# items, and this test is far cheaper than the scan (see extract._prefilter). Keyed by id:
# hashing a compiled pattern hashes its whole program.
_NEEDS: dict[int, re.Pattern[str] | None] = {
    id(p): required_literals(p)
    for p in (
        _P_ISO_RANGE, _P_ISO_DAY, _P_CROSS_RANGE, _P_NAMED_RANGE, _P_NAMED_DAY, _P_NUM_CROSS,
        _P_NUM_RANGE, _P_NUM_DAY, _P_DOTTED, _P_MONTH_RANGE, _P_MONTH_YEAR, _P_BARE_MONTH,
        _P_SEASON, _P_PAST_SEASON,
        _P_THIS_SEASON, _P_QUARTER, _P_TERTIAL, _P_WEEK, _P_YEAR_RANGE, _P_ISO_MONTH, _P_ELECTION, _P_YEAR,
    )
}  # fmt: skip

# Patterns whose every match starts with an ASCII digit that no word character precedes (each opens
# with a lookbehind that excludes \w, then a day or a year): trying them only where a number starts
# finds the same matches as a scan, at a fraction of the cost.
_NUMBER_LED = frozenset(
    id(p)
    for p in (
        _P_ISO_RANGE, _P_ISO_DAY, _P_CROSS_RANGE, _P_NAMED_RANGE, _P_NAMED_DAY, _P_NUM_CROSS,
        _P_NUM_RANGE, _P_NUM_DAY, _P_DOTTED, _P_YEAR_RANGE, _P_ISO_MONTH, _P_YEAR,
    )
)  # fmt: skip
_NUMBER_START = re.compile(r"(?<!\w)[0-9]")


def _ends_with(pattern: re.Pattern[str], text: str, end: int) -> bool:
    """``pattern.search(text[:end])`` for ``_CLOCK``/``_COUNT_BEFORE`` (a short cue, then spaces, then
    ``$``): no match can start more than ``_CUE_WIDTH`` characters before the trailing spaces, so the
    search starts there instead of at the beginning of the item."""
    k = end
    while k > 0 and text[k - 1].isspace():
        k -= 1
    return pattern.search(text, max(0, k - _CUE_WIDTH), end) is not None


_CUE_WIDTH = 12  # > the longest cue with its dot ("klockan.", "mellan")


def _at_numbers(pattern: re.Pattern[str], text: str, starts: list[int]) -> list[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern of ``_NUMBER_LED``, tried only at ``starts``."""
    out: list[re.Match[str]] = []
    pos = 0
    for at in starts:
        if at >= pos and (m := pattern.match(text, at)) is not None:
            out.append(m)
            pos = m.end()
    return out


_SEASON_OF = {
    "våras": "våren", "somras": "sommaren", "höstas": "hösten", "vintras": "vintern",
    "höst": "hösten", "sommar": "sommaren", "vinter": "vintern",
    "vårterminen": "våren", "höstterminen": "hösten",
}  # fmt: skip
_SEASON_LAST_MONTH = {"våren": 5, "sommaren": 8, "hösten": 11, "vintern": 2}
_NAME_WORD_BEFORE = re.compile(r"([\w-]+)\s*$")
_ISO_PREFIX = re.compile(r"(\d{4})(?:-(\d{2}))?")


def _year(s: str | None) -> int | None:
    return int(s) if s else None


def _name_before(text: str, start: int) -> bool:
    """True when the word before a year makes it part of a name: "RUS 2030", "agenda 2030"."""
    m = _NAME_WORD_BEFORE.search(text[max(0, start - 30) : start])
    if not m:
        return False
    word = m.group(1)
    lower = word.lower()
    return (
        lower in _NAME_WORDS
        or lower.endswith(_NAME_ENDINGS)
        or (len(word) >= 2 and word.isupper() and word.isalpha())
    )


def _scan_one(text: str) -> list[RawDate]:
    found: list[RawDate] = []
    taken: list[tuple[int, int]] = []
    low = lowered(text)
    starts = [m.start() for m in _NUMBER_START.finditer(text)]

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    def add(raw: RawDate) -> None:
        # A dot after a full month name ends the sentence; after "feb." it belongs to the date.
        if text[raw.end - 1] == "." and text[raw.start : raw.end - 1].split()[-1].lower() in MONTHS:
            raw = replace(raw, end=raw.end - 1)
        found.append(raw)
        taken.append((raw.start, raw.end))

    def each(pattern: re.Pattern[str]) -> list[re.Match[str]]:
        need = _NEEDS[id(pattern)]
        if low is not None and need is not None and need.search(low) is None:
            return []
        found = _at_numbers(pattern, text, starts) if id(pattern) in _NUMBER_LED else pattern.finditer(text)
        if not taken:
            return list(found)
        return [m for m in found if free(m.start(), m.end())]

    y: int | None
    for m in each(_P_ISO_RANGE):
        first = (int(m[1]), int(m[2]), int(m[3]))
        last = (int(m[4]), int(m[5]), int(m[6]))
        if first < last and _valid(*first) and _valid(*last):
            add(RawDate(m.start(), m.end(), "dayrange", *first, *last))
    for m in each(_P_ISO_DAY):
        y, mo, d = int(m[1]), int(m[2]), int(m[3])
        if _valid(y, mo, d):
            add(RawDate(m.start(), m.end(), "day", y, mo, d))
    for m in each(_P_CROSS_RANGE):
        y = _year(m[5])
        m1, m2 = _m(m[2]), _m(m[4])
        d1, d2 = int(m[1]), int(m[3])
        if m1 < m2 and _valid(y, m1, d1) and _valid(y, m2, d2):
            add(RawDate(m.start(), m.end(), "dayrange", y, m1, d1, y, m2, d2))
    for m in each(_P_NAMED_RANGE):
        y, mo, d1, d2 = _year(m[4]), _m(m[3]), int(m[1]), int(m[2])
        if d1 < d2 and _valid(y, mo, d2) and not _ends_with(_CLOCK, text, m.start()):
            add(RawDate(m.start(), m.end(), "dayrange", y, mo, d1, y, mo, d2))
    for m in each(_P_NAMED_DAY):
        y, mo, d = _year(m[3]), _m(m[2]), int(m[1])
        if _valid(y, mo, d) and not _ends_with(_CLOCK, text, m.start()):
            add(RawDate(m.start(), m.end(), "day", y, mo, d))
    for m in each(_P_NUM_CROSS):
        y, m1, d1, m2, d2 = _year(m[5]), int(m[2]), int(m[1]), int(m[4]), int(m[3])
        if m2 <= 12 and (m1, d1) < (m2, d2) and _valid(y, m1, d1) and _valid(y, m2, d2):
            add(RawDate(m.start(), m.end(), "dayrange", y, m1, d1, y, m2, d2))
    for m in each(_P_NUM_RANGE):
        y, mo, d1, d2 = _year(m[4]), int(m[3]), int(m[1]), int(m[2])
        if 1 <= mo <= 12 and d1 < d2 and _valid(y, mo, d2) and not _ends_with(_CLOCK, text, m.start()):
            add(RawDate(m.start(), m.end(), "dayrange", y, mo, d1, y, mo, d2))
    for m in each(_P_NUM_DAY):
        y, mo, d = _year(m[3]), int(m[2]), int(m[1])
        if 1 <= mo <= 12 and _valid(y, mo, d) and not _ends_with(_COUNT_BEFORE, text, m.start()):
            add(RawDate(m.start(), m.end(), "day", y, mo, d))
    for m in each(_P_DOTTED):
        y, mo, d = int(m[3]), int(m[2]), int(m[1])
        if 1 <= mo <= 12 and _valid(y, mo, d):
            add(RawDate(m.start(), m.end(), "day", y, mo, d))
    for m in each(_P_QUARTER):
        q = _QUARTER_OF[m[1].lower()] if m[1] else int(m[2] or m[3])
        add(RawDate(m.start(), m.end(), "quarter", _year(m[4]), 3 * q - 2, end_month=3 * q))
    for m in each(_P_TERTIAL):
        t = _QUARTER_OF[m[1].lower()] if m[1] else int(m[2] or m[3])
        t = min(t, 3)  # "sista tertialet" is the third
        add(RawDate(m.start(), m.end(), "quarter", _year(m[4]), 4 * t - 3, end_month=4 * t))
    for m in each(_P_WEEK):
        add(RawDate(m.start(), m.end(), "week", _year(m[2]), day=int(m[1])))
    for m in each(_P_MONTH_RANGE):
        m1, m2 = _m(m[1]), _m(m[2])
        if m1 < m2:  # a month period within the year (the "quarter" kind: months of one year)
            add(RawDate(m.start(), m.end(), "quarter", int(m[3]), m1, end_month=m2))
    for m in each(_P_MONTH_YEAR):
        add(RawDate(m.start(), m.end(), "month", int(m[2]), _m(m[1])))
    for m in each(_P_BARE_MONTH):
        add(RawDate(m.start(1), m.end(1), "month", None, _m(m[1])))
    for m in each(_P_PAST_SEASON):
        add(RawDate(m.start(), m.end(), "season", season=_SEASON_OF[m[1].lower()], relative="past"))
    for m in each(_P_THIS_SEASON):
        add(RawDate(m.start(), m.end(), "season", season=_SEASON_OF[m[1].lower()]))
    for m in each(_P_SEASON):
        season = _SEASON_OF.get(m[1].lower(), m[1].lower())
        add(RawDate(m.start(), m.end(), "season", _year(m[2]), season=season))
    for m in each(_P_YEAR_RANGE):
        y1, tail = int(m[1]), m[3]
        y2 = int(tail) if len(tail) == 4 else y1 // 100 * 100 + int(tail)
        if (
            y1 < y2 <= y1 + 20
            and not _name_before(text, m.start())
            and not (len(tail) == 2 and y2 <= 12)
            and not _DIARY_BEFORE.search(text[max(0, m.start() - 30) : m.start()])
        ):
            add(RawDate(m.start(), m.end(), "yearrange", y1, end_year=y2))
    for m in each(_P_ISO_MONTH):
        add(RawDate(m.start(), m.end(), "month", int(m[1]), int(m[2])))
    for m in each(_P_ELECTION):
        add(RawDate(m.start(), m.end(), "year", int(m[2])))
    for m in each(_P_YEAR):
        if (
            _name_before(text, m.start())
            or _DIARY_BEFORE.search(text[max(0, m.start() - 30) : m.start()])
            or _ends_with(_COUNT_BEFORE, text, m.start())
            or _AMOUNT_AFTER.match(text, m.end())
        ):
            continue
        add(RawDate(m.start(), m.end(), "year", int(m[1])))
    return found


def scan_dates(text: str) -> list[RawDate]:
    """All date expressions in ``text``, in text order; years left ``None`` where the text gives none.

    >>> [(r.kind, r.month, r.day) for r in scan_dates("Nästa möte den 4 mars.")]
    [('day', 3, 4)]
    """
    # URLs and e-mail addresses are blanked (same length) so "hd2021" in a link cannot match.
    masked = _URL.sub(lambda m: " " * len(m.group()), text) if _URL_HINT.search(text) else text
    if "l " in masked:  # OCR reads a "1" as "l": "l januari 2028" is 1 January (same length)
        masked = _OCR_DAY.sub(lambda m: m.group().replace("l", "1"), masked)
    return sorted(_scan_one(masked), key=lambda r: r.start)


# A day number with an OCR "l" for "1" right before a month name ("l januari", "2l mars", "l5 maj").
_OCR_DAY = re.compile(rf"(?<![\w/.,-])(?:l|[123]l|l\d)(?=\s+(?i:{_MONTH_FULL})\b)")


def infer_year(month: int, ref_year: int, ref_month: int | None) -> int:
    """The year of an undated month, relative to the meeting: minutes look ahead more than back.

    With the meeting month known, the month is placed in the window from four months before to
    seven months after the meeting ("15 januari" in November minutes is next January).
    """
    if ref_month is None:
        return ref_year
    delta = month - ref_month
    if delta < -4:
        return ref_year + 1
    if delta >= 8:
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


def resolve(raw: RawDate, ref_year: int | None, ref_month: int | None = None) -> tuple[str, str, bool] | None:
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
            year = infer_year(raw.month or 1, ref_year, ref_month)
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
        return f"{year:04d}-{raw.month:02d}/{year:04d}-{raw.end_month:02d}", "range", inferred
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
    for raw in scan_dates(text):
        resolved = resolve(raw, ref_year, ref_month)
        if resolved is None:
            continue
        iso, granularity, inferred = resolved
        surface = Quote(text[raw.start : raw.end], Span(offset + raw.start, offset + raw.end))
        out.append(DateMention(surface, iso, granularity, inferred))
    return out
