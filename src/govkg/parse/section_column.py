"""parse.section_column: a protocol's lone "§ 41" line + the title on the next line → one item heading.

pdftotext writes a protocol's §-column as its own line: "§ 41" (or "41 §"), perhaps with the case
number beside it ("§ 44  Dnr 2024/145"), and the item's title on the next non-blank line. The number
line takes that title; the title line is then part of the heading, not a block of the body. Only a
chain of such lines counts (numbers that follow on from another heading's), so a stray "§ 44" wrapped
from an attendance entry ("Name, ekonomichef," / "§ 44") stays text.
"""

from __future__ import annotations

import re

from govkg.parse.item_numbers import DIARY_SERIES, diary_cut
from govkg.parse.markup import Kind, Line

# "§ 41", "§41", "41 §", "§ 44 Dnr SBFF 2024/145", "§ 45 Dnr KS AU 2024/12": one paragraph number alone
# (no "§§ 41–49" range)
_LONE = re.compile(
    r"^(?:§\s*(?P<n1>\d{1,3})|(?P<n2>\d{1,3})\s*§)\.?"
    rf"(?:\s+(?:dnr|diarienr|diarienummer|ärendenr)\.?\s*:?\s*{DIARY_SERIES}\d{{2,4}}[/.:-]\d{{1,5}}\S*)?\s*$",
    re.IGNORECASE,
)
# "Dnr SBFF 2024/145" on a line of its own between the number and the title
_DIARY_LINE = re.compile(
    rf"^(?:dnr|diarienr|diarienummer|ärendenr)\.?\s*:?\s*{DIARY_SERIES}\d{{2,4}}[/.:-]\d{{1,5}}\S*$", re.I
)
_LOOKAHEAD = 4  # lines between the number and its title: blanks and one case-number line


def lone_section_titles(lines: list[Line]) -> None:
    """Make each lone "§ n" line of a chain an item heading titled by its next non-blank line."""
    found: list[tuple[Line, Line, int]] = []
    for i, line in enumerate(lines):
        if line.kind is not Kind.TEXT or line.bullet or not (m := _LONE.match(line.text)):
            continue
        title = _title_line(lines, i)
        if title is not None:
            found.append((line, title, int(m.group("n1") or m.group("n2"))))
    numbers = {n for _, _, n in found} | {
        int(ln.number) for ln in lines if ln.kind is Kind.ITEM and ln.number and ln.number.isdigit()
    }
    for line, title, n in found:
        if n - 1 not in numbers and n + 1 not in numbers:
            continue  # a lone number with no neighbour is no chain of headings
        line.kind, line.number = Kind.ITEM, str(n)
        # the title line may carry the case number at the right ("Budget 2028      Dnr 2027/011"); the
        # later cut of trailing case numbers reads the number line's own text, so cut here
        cut = diary_cut(title.text)
        line.rest = (title.start, title.end if cut is None else title.start + cut)
        title.kind = Kind.BLANK  # the title line is part of the heading, not a block of the body


def _title_line(lines: list[Line], i: int) -> Line | None:
    """The first non-blank line after the number, past one case-number line, if it reads as a title."""
    for line in lines[i + 1 : i + 1 + _LOOKAHEAD]:
        if line.kind is Kind.BLANK or (line.kind is Kind.TEXT and _DIARY_LINE.match(line.text)):
            continue
        return line if line.kind is Kind.TEXT and not line.bullet and _title_like(line.text) else None
    return None


def _title_like(text: str) -> bool:
    """A short capitalised line, not a sentence and not another number line."""
    words = text.split()
    return (
        0 < len(words) <= 14
        and text[:1].isupper()
        and not text.rstrip().endswith((".", ",", ";", ":"))
        and _LONE.match(text) is None
    )
