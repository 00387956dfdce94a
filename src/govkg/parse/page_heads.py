"""parse.page_heads: source text with form feeds → spans of the running head lines that remain.

normalise drops a page's first (or last) line when it recurs on every page. A protocol's running head
often has two lines, the second written differently on the title page ("Direktionen  Sammanträdesdatum
2028-02-17" on page 1, "Direktionen  2028-02-17" after it): that line recurs beside every page break
but not on page 1, and inside an item it would read as the item's own organisation and date.
"""

from __future__ import annotations

import re
from collections import Counter

from govkg.model import Span

_EDGE_LINES = 3  # a running head or foot is at most this many lines beside its page break
_MIN_PAGES = 3
_TWO_PAGE_FOOT = 6  # an address footer: name, box, visiting address, phone, web
_TWO_PAGE_HEAD = 8  # a label/value header read one cell per line
_TITLE_HEAD = 14  # the title page's header cells, among which page 2's head cells recur
_PAGE_CELL = re.compile(
    r"(?:sida|page)|(?:sida\s*)?\d{1,3}\s*\(\s*\d{1,3}\s*\)|(?:sida\s*)?\d{1,3}\s*(?:av|of|/)\s*\d{1,3}", re.I
)
# "MINNESANTECKNINGAR        2 (3)": pdftotext sets the page number in the right column of the title line
_TRAILING_PAGE = re.compile(
    r"\S.*?(?:\s{2,}|\t)(?:(?:sida|page)\s*)?\d{1,3}\s*(?:\(\s*\d{1,3}\s*\)|(?:av|of|/)\s*\d{1,3})\s*$", re.I
)
_DIGITS = re.compile(r"\d+")
_SPACES = re.compile(r"\s+")


def running_heads(text: str) -> list[Span]:
    """Source spans of lines that stand at the same edge of every page after the first."""
    pages = _pages(text)
    if len(pages) == 2:
        return _two_pages(pages)
    if len(pages) < _MIN_PAGES:
        return []
    out: list[Span] = []
    for edge in (slice(0, _EDGE_LINES), slice(-_EDGE_LINES, None)):
        seen: Counter[str] = Counter()
        for page in pages[1:]:
            seen.update({_key(line) for line, _ in page[edge]})
        # every page after the first carries it: a repeated paragraph opening would not
        keys = {k for k, n in seen.items() if k and n == len(pages) - 1}
        for page in pages:
            out.extend(Span(at, at + len(line)) for line, at in page[edge] if _key(line) in keys)
    return sorted(set(out), key=lambda s: s.start)


def _two_pages(pages: list[list[tuple[str, int]]]) -> list[Span]:
    """With two pages "every page but the first" is one page, so a running head needs other evidence.

    A foot is the block that ends both pages alike (at least two lines: one shared closing line could be
    content). A head is page 2's opening run of cells that all stand in page 1's header and include the page
    number cell ("Sida", "2(2)"): page 1's header values repeated, never the page's own text.
    """
    first, second = pages
    foot = 0
    while foot < min(_TWO_PAGE_FOOT, len(first) - 1, len(second) - 1):
        if _key(first[-1 - foot][0]) != _key(second[-1 - foot][0]):
            break
        foot += 1
    out: list[Span] = []
    if foot >= 2:
        out.extend(Span(at, at + len(line)) for page in pages for line, at in page[-foot:])
    title_cells = {_key(line) for line, _ in first[:_TITLE_HEAD]}
    head = 0
    while head < min(_TWO_PAGE_HEAD, len(second) - 1) and _key(second[head][0]) in title_cells:
        head += 1
    if any(_PAGE_CELL.fullmatch(line.strip()) for line, _ in second[:head]) or _titled_page_number(
        first, second, head
    ):
        out.extend(Span(at, at + len(line)) for line, at in second[:head])
    return sorted(set(out), key=lambda s: s.start)


def _titled_page_number(first: list[tuple[str, int]], second: list[tuple[str, int]], head: int) -> bool:
    """Page 2 opens with page 1's opening line, the page number in its right column ("… 2 (3)")."""
    if head == 0 or not _TRAILING_PAGE.fullmatch(second[0][0].strip()):
        return False
    return _key(second[0][0]) in {_key(line) for line, _ in first[:_EDGE_LINES]}


def _pages(text: str) -> list[list[tuple[str, int]]]:
    """The non-blank lines of each form-feed page, with their source offsets."""
    pages: list[list[tuple[str, int]]] = []
    pos = 0
    for chunk in text.split("\f"):
        lines: list[tuple[str, int]] = []
        at = pos
        for line in chunk.split("\n"):
            if line.strip():
                lines.append((line.rstrip("\r"), at))
            at += len(line) + 1
        pages.append(lines)
        pos += len(chunk) + 1
    return [p for p in pages if p]


def _key(line: str) -> str:
    return _SPACES.sub(" ", _DIGITS.sub("0", line)).strip()
