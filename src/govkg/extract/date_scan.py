"""extract.date_scan: text → date expressions as stated (RawDate, a year possibly missing)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from govkg.extract._prefilter import lowered
from govkg.extract.date_patterns import (
    _ABBREV,
    _AMOUNT_AFTER,
    _CLOCK,
    _CLOCK_WORD,
    _COUNT_BEFORE,
    _DIARY_BEFORE,
    _MONTH_FULL,
    _NAME_ENDINGS,
    _NAME_WORD_BEFORE,
    _NAME_WORDS,
    _NEEDS,
    _NUMBER_LED,
    _NUMBER_START,
    _P_BARE_MONTH,
    _P_CROSS_RANGE,
    _P_DOTTED,
    _P_ELECTION,
    _P_ISO_DAY,
    _P_ISO_MONTH,
    _P_ISO_RANGE,
    _P_MONTH_NEXT,
    _P_MONTH_RANGE,
    _P_MONTH_YEAR,
    _P_NAMED_DAY,
    _P_NAMED_RANGE,
    _P_NUM_CROSS,
    _P_NUM_DAY,
    _P_NUM_RANGE,
    _P_PAST_SEASON,
    _P_QUARTER,
    _P_SEASON,
    _P_TERTIAL,
    _P_THIS_SEASON,
    _P_WEEK,
    _P_YEAR,
    _P_YEAR_RANGE,
    _P_YEARED_DAY_RANGE,
    _P_YEARED_MONTH_RANGE,
    _QUARTER_OF,
    _SEASON_OF,
    _URL,
    _URL_HINT,
    MONTHS,
)


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
    for m in each(_P_YEARED_DAY_RANGE):
        first, last = (int(m[3]), _m(m[2]), int(m[1])), (int(m[6]), _m(m[5]), int(m[4]))
        if first < last and _valid(*first) and _valid(*last):
            add(RawDate(m.start(), m.end(), "dayrange", *first, *last))
    for m in each(_P_CROSS_RANGE):
        y = _year(m[5])
        m1, m2 = _m(m[2]), _m(m[4])
        d1, d2 = int(m[1]), int(m[3])
        if m1 < m2 and _valid(y, m1, d1) and _valid(y, m2, d2):
            add(RawDate(m.start(), m.end(), "dayrange", y, m1, d1, y, m2, d2))
    for m in each(_P_NAMED_RANGE):
        y, mo, d1, d2 = _year(m[4]), _m(m[3]), int(m[1]), int(m[2])
        if d1 < d2 and _valid(y, mo, d2) and not _ends_with(_CLOCK_WORD, text, m.start()):
            add(RawDate(m.start(), m.end(), "dayrange", y, mo, d1, y, mo, d2))
    for m in each(_P_NAMED_DAY):
        y, mo, d = _year(m[3]), _m(m[2]), int(m[1])
        if _valid(y, mo, d) and not _ends_with(_CLOCK_WORD, text, m.start()):
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
    for m in each(_P_YEARED_MONTH_RANGE):
        if (int(m[2]), _m(m[1])) < (int(m[4]), _m(m[3])):
            add(
                RawDate(
                    m.start(), m.end(), "quarter", int(m[2]), _m(m[1]), end_year=int(m[4]), end_month=_m(m[3])
                )
            )
    for m in each(_P_MONTH_RANGE):
        m1, m2 = _m(m[1]), _m(m[2])
        if m1 < m2:  # a month period within the year (the "quarter" kind: months of one year)
            add(RawDate(m.start(), m.end(), "quarter", _year(m[3]), m1, end_month=m2))
    for m in each(_P_MONTH_YEAR):
        add(RawDate(m.start(), m.end(), "month", int(m[2]), _m(m[1])))
    for m in each(_P_BARE_MONTH):
        add(RawDate(m.start(1), m.end(1), "month", None, _m(m[1])))
        nxt = _P_MONTH_NEXT.match(text, m.end(1))
        while nxt and free(nxt.start(1), nxt.end(1)):  # the list goes on: each month is one
            add(RawDate(nxt.start(1), nxt.end(1), "month", None, _m(nxt[1])))
            nxt = _P_MONTH_NEXT.match(text, nxt.end(1))
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
