"""extract.date_patterns: Swedish calendar words → the compiled patterns of date expressions."""

from __future__ import annotations

import re

from govkg.extract._prefilter import required_literals

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
# Before a day with a month name, "mellan" opens a date range ("mellan 3 maj och 9 juni"), not a
# clock time; only the explicit clock words stay.
_CLOCK_WORD = re.compile(r"(?:\bkl\.?|\bklockan)\s*$", re.IGNORECASE)


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
# "1 december 2027–31 januari 2028", "mars 2029 till och med oktober 2029": a period whose two ends
# each name their year is one interval, not two dates (also across the turn of the year)
_TO = r"(?:\s*[-–—]\s*|\s+(?:till och med|t\.o\.m\.)\s+)"
_P_YEARED_DAY_RANGE = _rx(
    rf"(?<![\w/.])({_DAY})\s+({_MONTH_ANY})\.?\s+({_YEAR}){_TO}({_DAY})\s+({_MONTH_ANY})\.?\s+({_YEAR}){_END}"
)
_P_YEARED_MONTH_RANGE = _rx(rf"\b({_MONTH_FULL})\s+({_YEAR}){_TO}({_MONTH_FULL})\s+({_YEAR}){_END}")
_P_NAMED_RANGE = _rx(rf"(?<![\w/.])({_DAY})\s*[-–]\s*({_DAY})\s+({_MONTH_ANY})\b\.?(?:\s+({_YEAR}){_END})?")
_P_NAMED_DAY = _rx(rf"(?<![\w/.,])({_DAY})(?::[ae])?\s+({_MONTH_ANY})\b\.?(?:,?\s+({_YEAR}){_END})?")
_P_NUM_CROSS = _rx(
    rf"(?<![\w/.])({_DAY})/(\d{{1,2}})\s*[-–]\s*({_DAY})/(\d{{1,2}})(?:(?:/|\s)({_YEAR}))?{_END}"
)
_P_NUM_RANGE = _rx(rf"(?<![\w/.])({_DAY})\s*[-–]\s*({_DAY})/(\d{{1,2}})(?:(?:/|\s)({_YEAR}))?{_END}")
_P_NUM_DAY = _rx(rf"(?<![\w/.,-])({_DAY})/(\d{{1,2}})(?:(?:/|\s)({_YEAR}))?{_END}(?!\s*(?:av|dels?|delar)\b)")
_P_DOTTED = _rx(rf"(?<![\w/.])({_DAY})\.(\d{{1,2}})\.({_YEAR}){_END}")
_P_MONTH_YEAR = _rx(rf"\b({_MONTH_FULL})\s+({_YEAR}){_END}")
# "januari–februari 2027": one period of months of one year, not a bare month and another; the
# year may be left to the meeting ("under september–oktober")
_P_MONTH_RANGE = _rx(rf"\b({_MONTH_FULL})\s*[-–]\s*({_MONTH_FULL})\b(?:\s+({_YEAR}){_END}|(?!\s*\d))")
_P_BARE_MONTH = _rx(
    r"\b(?:i|under|till(?: och med)?|från(?: och med| o\.m\.)?|fr\.o\.m\.|t\.o\.m\.|inför|efter|sedan|före|"
    rf"innan|(?:början|mitten|slutet) av)\s+({_MONTH_FULL})\b"
    rf"(?!\s*\d)"
)
# "under juli och augusti", "i maj, juni eller september": the next month of a list after a bare month
_P_MONTH_NEXT = _rx(rf"(?:\s*,\s*|\s+(?:och|eller|samt)\s+)({_MONTH_FULL})\b(?!\s*\d)")
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
        _P_ISO_RANGE, _P_ISO_DAY, _P_YEARED_DAY_RANGE, _P_CROSS_RANGE, _P_NAMED_RANGE, _P_NAMED_DAY,
        _P_NUM_CROSS, _P_NUM_RANGE, _P_NUM_DAY, _P_DOTTED, _P_YEARED_MONTH_RANGE, _P_MONTH_RANGE,
        _P_MONTH_YEAR, _P_BARE_MONTH,
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
        _P_ISO_RANGE, _P_ISO_DAY, _P_YEARED_DAY_RANGE, _P_CROSS_RANGE, _P_NAMED_RANGE, _P_NAMED_DAY,
        _P_NUM_CROSS, _P_NUM_RANGE, _P_NUM_DAY, _P_DOTTED, _P_YEAR_RANGE, _P_ISO_MONTH, _P_YEAR,
    )
)  # fmt: skip
_NUMBER_START = re.compile(r"(?<!\w)[0-9]")

_SEASON_OF = {
    "våras": "våren", "somras": "sommaren", "höstas": "hösten", "vintras": "vintern",
    "höst": "hösten", "sommar": "sommaren", "vinter": "vintern",
    "vårterminen": "våren", "höstterminen": "hösten",
}  # fmt: skip
_NAME_WORD_BEFORE = re.compile(r"([\w-]+)\s*$")
