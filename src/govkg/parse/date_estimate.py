"""parse.date_estimate: undated minutes text → estimated meeting month or year, with evidence.

The genre argues the date. Minutes announce upcoming events ("kommer till styrelsen den 27
oktober", "Nästa möte 4 mars") and refer back to past ones ("i höstas", "en fortsättning på
seminarierna 2022"). So:

* every date mention is classed by its nearest tense cue as *upcoming*, *past* or *neutral*;
  a day or month without a cue is upcoming (minutes mostly date what is ahead);
* upcoming explicit dates bound the meeting from above, past ones from below; a year named as a
  period ("från och med 2023", "under 2022", "planering för 2024-2026") lies wholly ahead, so
  the meeting is in an earlier year;
* days and months without a year form a cluster of near-future months; the cluster's first
  month, placed in the latest year the bounds allow, is the estimate;
* without such months the year is returned, or - when the text looks back on year Y and ahead
  to Y+1 - the turn of the year, the middle of Y's last quarter.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

from govkg.extract.dates import RawDate, scan_dates
from govkg.model import Quote, Span

# Tense cues, matched in the sentence before the date; the nearest one decides.
_UPCOMING = re.compile(
    r"\b(?:kommer|kommande|planeras|planerad\w*|planering\w*|inför|nästa|ska|skall|blir|beräknas|"
    r"preliminär\w*|från och med|fr\.\s?o\.\s?m\.?|framöver|återkommer|bjuds in|inbjud\w*|anmäl\w*|"
    r"påminn\w*|tar ställning|beslutas|senast|från|till)\b",
    re.IGNORECASE,
)
# Only strong past cues: "Planen var att ha en heldag den 10 november" still dates a coming day.
_PAST = re.compile(
    r"\b(?:genomfördes|genomförts|har genomförts|hölls|har hållits|ägde rum|avslutades|"
    r"fortsättning på|efter|sedan|förra|tidigare|senaste|inställda?|föregående|"
    r"(?:(?:minnes)?anteckning(?:ar|arna)?|protokoll(?:et)?) från (?:mötet|sammanträdet)(?: den)?)\b",
    re.IGNORECASE,
)
_RELATIONAL = frozenset({"efter", "sedan", "från", "till", "tidigare", "senaste"})
# A year after one of these is a period: "från och med 2023", "under 2022", "för 2024-2026".
_PERIOD = re.compile(r"\b(?:under|från och med|fr\.\s?o\.\s?m\.?|från|för|till|inför|år|i)\s*$", re.I)
_SENTENCE = re.compile(r"[^\n]+?(?:[.!?](?=\s|$)|$)", re.MULTILINE)


@dataclass(slots=True)
class Estimate:
    iso: str | None = None
    precision: Literal["month", "year"] | None = None
    confidence: float = 0.0
    evidence: list[Quote] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class _Mention:
    raw: RawDate
    sentence: tuple[int, int]
    tense: str  # upcoming | past | neutral


def _sentences(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _SENTENCE.finditer(text) if m.group().strip()]


def _tense(text: str, sentence: tuple[int, int], raw: RawDate) -> str:
    if raw.relative == "past":
        return "past"
    before = text[sentence[0] : raw.start]
    after = text[raw.end : sentence[1]]
    # The nearest cue before the date decides; failing that, the first cue after it.
    best: tuple[int, str] | None = None
    for pattern, label in ((_UPCOMING, "upcoming"), (_PAST, "past")):
        for m in pattern.finditer(before):
            if best is None or m.end() > best[0]:
                best = (m.end(), label)
    if best is None:
        for pattern, label in ((_UPCOMING, "upcoming"), (_PAST, "past")):
            # "efter"/"sedan" after a date order two events, they do not date the meeting.
            found = [x for x in pattern.finditer(after) if x.group().lower() not in _RELATIONAL]
            if found and (best is None or -found[0].start() > best[0]):
                best = (-found[0].start(), label)
    if best is not None:
        return best[1]
    return "upcoming" if raw.kind in ("day", "dayrange", "month", "week") else "neutral"


def _mentions(text: str, ignore: Sequence[tuple[int, int]] = ()) -> list[_Mention]:
    sentences = _sentences(text)
    out = []
    for raw in scan_dates(text):
        if any(a <= raw.start < b for a, b in ignore):
            continue
        sentence = next((s for s in sentences if s[0] <= raw.start < s[1]), (raw.start, raw.end))
        out.append(_Mention(raw, sentence, _tense(text, sentence, raw)))
    return out


def _month_index(year: int, month: int) -> int:
    return year * 12 + month - 1


def _bounds(text: str, m: _Mention) -> tuple[int | None, int | None]:
    """(lowest, highest) month index the meeting can have, given this dated mention."""
    r = m.raw
    if r.year is None:
        return None, None
    period = r.kind == "yearrange" or (r.kind == "year" and _PERIOD.search(text[m.sentence[0] : r.start]))
    if m.tense == "upcoming":
        if period:
            return None, _month_index(r.year, 1) - 1  # the whole period lies ahead
        if r.kind in ("day", "dayrange", "month"):
            return None, _month_index(r.year, r.month or 1)
        if r.kind == "season":
            return None, _month_index(r.year, 11)
        return None, _month_index(r.year, 12)
    if m.tense == "past":
        start = _month_index(r.year, r.month or 1)
        return (start if r.kind in ("day", "dayrange", "month") else _month_index(r.year, 1)), None
    return None, None


def _cluster_start(months: list[int]) -> int:
    """First month of a set of months read as one stretch of the year ahead (cyclic)."""
    ordered = sorted(set(months))
    gaps = [((ordered[(i + 1) % len(ordered)] - ordered[i]) % 12 or 12, i) for i in range(len(ordered))]
    _, widest = max(gaps)
    return ordered[(widest + 1) % len(ordered)]


def _quotes(text: str, mentions: list[_Mention]) -> list[Quote]:
    spans = sorted({m.sentence for m in mentions})
    out = []
    for a, b in spans:
        chunk = text[a:b]
        lead = len(chunk) - len(chunk.lstrip(" \t-*•#"))
        out.append(Quote(chunk.strip(" \t-*•#"), Span(a + lead, a + lead + len(chunk.strip(" \t-*•#")))))
    return out


def estimate(text: str, ignore: Sequence[tuple[int, int]] = ()) -> Estimate:
    """Estimate the meeting month (or year) of undated minutes from the dates they mention.

    ``ignore``: spans whose dates are not events (the header's own date lines: the meeting day
    itself is neither ahead of nor behind the meeting).

    >>> estimate("Ärendet kommer till styrelsen den 27 oktober. Planering för 2024-2026.").iso
    '2023-10'
    """
    mentions = _mentions(text, ignore)
    lo: tuple[int, _Mention] | None = None
    hi: tuple[int, _Mention] | None = None
    for m in mentions:
        low, high = _bounds(text, m)
        if low is not None and (lo is None or low > lo[0]):
            lo = (low, m)
        if high is not None and (hi is None or high < hi[0]):
            hi = (high, m)
    if lo is not None and hi is not None and lo[0] > hi[0]:
        lo = None  # contradictory cues: trust the forward-looking ones, the genre's main tense
    undated = [
        m for m in mentions if m.raw.year is None and m.raw.month and m.tense == "upcoming"
    ]  # "27 oktober", "i mars", "23-24/10"
    bound_evidence = [b[1] for b in (lo, hi) if b is not None]
    if undated and (lo or hi):
        first = _cluster_start([m.raw.month or 1 for m in undated])
        if hi is not None:
            year = hi[0] // 12 if first - 1 <= hi[0] % 12 else hi[0] // 12 - 1
        else:
            assert lo is not None
            year = lo[0] // 12 if first - 1 >= lo[0] % 12 else lo[0] // 12 + 1
        index = _month_index(year, first)
        if lo is None or index >= lo[0]:
            used = [m for m in undated if m.raw.month == first]
            confidence = 0.55 + (0.1 if len(used) > 1 else 0) + (0.1 if hi and hi[0] // 12 == year else 0)
            evidence = _quotes(text, used + bound_evidence)
            return Estimate(f"{year:04d}-{first:02d}", "month", min(confidence, 0.9), evidence)
    if hi is None and lo is None:
        return Estimate(evidence=_quotes(text, [m for m in mentions if m.tense != "neutral"]))
    if hi is not None and hi[1].raw.kind in ("day", "dayrange", "month") and hi[1].tense == "upcoming":
        # The tightest bound is a dated event ahead ("Nästa möte 2024-10-17"): the nearest one.
        year, month = divmod(hi[0], 12)
        return Estimate(f"{year:04d}-{month + 1:02d}", "month", 0.4, _quotes(text, bound_evidence))
    lo_i = lo[0] if lo else None
    hi_i = hi[0] if hi else None
    if (
        lo_i is not None
        and hi_i is not None
        and lo_i // 12 == hi_i // 12
        and hi_i % 12 == 11
        and lo_i % 12 == 0
    ):
        # Looking back on year Y and ahead to a period from Y+1: the turn of the year, Oct-Dec.
        year = lo_i // 12
        return Estimate(f"{year:04d}-11", "month", 0.3, _quotes(text, bound_evidence))
    year = (hi_i if hi_i is not None else lo_i or 0) // 12
    return Estimate(f"{year:04d}", "year", 0.3 if lo and hi else 0.2, _quotes(text, bound_evidence))
