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

_EDGE_LINES = 3  # a running head or foot is at least this many lines beside its page break …
_TALL_HEAD = 12  # … and a head grows up to this many while its lines recur word for word on every page
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
# "1(2)", "Sida 2 av 3" on a line of its own: only a page number looks like that
_LONE_PAGE = re.compile(r"(?:(?:sida|page)\s*)?(\d{1,3})\s*(?:\(\s*\d{1,3}\s*\)|(?:av|of|/)\s*\d{1,3})", re.I)
# a page counter with or without a label before it: "1(6)", "Sida 2 av 3", "Region X 1 (3)"; only a run
# that counts 1, 2, 3 … under one label is taken for the pages' counters
_COUNTER = re.compile(
    r"(?:(.*?\S)\s+)??(?:(?:sida|page)\s*)?(\d{1,3})\s*(?:\(\s*\d{1,3}\s*\)|(?:av|of|/)\s*\d{1,3})", re.I
)
_CELL_GAP = re.compile(r"\s{2,}|\t+")
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
    tall = _tall_head(pages)
    for edge in (slice(0, max(_EDGE_LINES, tall)), slice(-_EDGE_LINES, None)):
        seen: Counter[str] = Counter()
        for page in pages[1:]:
            seen.update({_key(line) for line, _ in page[edge]})
        # every page after the first carries it: a repeated paragraph opening would not
        keys = {k for k, n in seen.items() if k and n == len(pages) - 1}
        for page in pages:
            out.extend(Span(at, at + len(line)) for line, at in page[edge] if _key(line) in keys)
    return sorted(set(out), key=lambda s: s.start)


def _tall_head(pages: list[list[tuple[str, int]]]) -> int:
    """How many lines open every page after the first alike: a protocol's head of label/value cells
    ("Förbundsstyrelsen  Sammanträdesdatum" / "2025-04-24" / "Sida" / "2 (6)") may run past three lines.

    Past the first lines a head line must recur word for word, digits included (a page number cell
    aside), so that pages that each open with a new paragraph ("§ 14", "§ 17") are not read as a head.
    """
    after = pages[1:]
    k = 0
    while k < _TALL_HEAD and all(k < len(page) - 1 for page in after):
        lines = [" ".join(page[k][0].split()) for page in after]
        if k >= _EDGE_LINES and len(set(lines)) > 1 and not all(_PAGE_CELL.fullmatch(x) for x in lines):
            break
        if len({_key(x) for x in lines}) > 1:
            break
        k += 1
    return k


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
    numbered_foot = _numbered_foot(first, second) or _lone_page_number(first, second, foot)
    if numbered_foot:
        # the page number sits in the foot: page 2's head may repeat single cells of page 1's
        # header lines ("2025-02-05" alone, beside the sender unit on page 1)
        cells = title_cells | {
            _key(c) for line, _ in first[:_EDGE_LINES] for c in _CELL_GAP.split(line.strip())
        }
        # … or join two of them on one line ("MINNESANTECKNINGAR      2025-03-13"): every cell must stand in
        # page 1's header
        wide = cells | {_key(c) for line, _ in first[:_TITLE_HEAD] for c in _CELL_GAP.split(line.strip())}
        head = 0
        while head < min(_TWO_PAGE_HEAD, len(second) - 1) and _header_line(second[head][0], cells, wide):
            head += 1
        out.extend(Span(at, at + len(line)) for page in pages for line, at in page[-1:])
    if (
        any(_PAGE_CELL.fullmatch(line.strip()) for line, _ in second[:head])
        or _titled_page_number(first, second, head)
        or (numbered_foot and head)
    ):
        out.extend(Span(at, at + len(line)) for line, at in second[:head])
    return sorted(set(out), key=lambda s: s.start)


def _header_line(line: str, cells: set[str], wide: set[str]) -> bool:
    """A page-2 head line: one of page 1's header lines or cells, or two or more header cells joined."""
    if _key(line) in cells:
        return True
    parts = _CELL_GAP.split(line.strip())
    return len(parts) >= 2 and all(_key(c) in wide for c in parts)


def _numbered_foot(first: list[tuple[str, int]], second: list[tuple[str, int]]) -> bool:
    """Both pages end with the same line, a page number in its right column ("Region X      1 (2)")."""
    last1, last2 = first[-1][0], second[-1][0]
    return _key(last1) == _key(last2) and bool(_TRAILING_PAGE.fullmatch(last1.strip()))


def _lone_page_number(first: list[tuple[str, int]], second: list[tuple[str, int]], foot: int) -> bool:
    """The foot both pages share holds the page number on a line of its own ("Region X" / "1(2)"), and
    page 2's number is the one after page 1's."""
    for k in range(1, max(foot, 0) + 1):
        one = _LONE_PAGE.fullmatch(first[-k][0].strip())
        two = _LONE_PAGE.fullmatch(second[-k][0].strip())
        if one and two and int(two.group(1)) == int(one.group(1)) + 1:
            return True
    return False


def _titled_page_number(first: list[tuple[str, int]], second: list[tuple[str, int]], head: int) -> bool:
    """Page 2 opens with page 1's opening line, the page number in its right column ("… 2 (3)")."""
    if head == 0 or not _TRAILING_PAGE.fullmatch(second[0][0].strip()):
        return False
    return _key(second[0][0]) in {_key(line) for line, _ in first[:_EDGE_LINES]}


def _pages(text: str) -> list[list[tuple[str, int]]]:
    """The non-blank lines of each form-feed page, with their source offsets.

    Text without form feeds (PDF text copied out) is cut after each page-number line of its own
    ("1(2)", "Sida 2 av 3") when those lines count the pages 1, 2, 3 …: then they are the feet.
    """
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
    pages = [p for p in pages if p]
    if len(pages) == 1:
        pages = _numbered_pages(pages[0])
    return pages


def _numbered_pages(lines: list[tuple[str, int]]) -> list[list[tuple[str, int]]]:
    """One page's lines cut at page-counter lines that count 1, 2, 3 … (else left whole).

    A counter near the top of the text, under lines that recur just above every counter, is a head cell
    ("Sida" / "1(6)"): each page then begins with that block. Otherwise the counter is a foot ("1(2)",
    "Region X 1 (3)") and the page ends with it.
    """
    counters = _counter_lines(lines)
    if not counters:
        return [lines]
    block = 0
    while block < counters[0] and len({_key(lines[c - block - 1][0]) for c in counters}) == 1:
        block += 1
    if counters[0] < _TWO_PAGE_HEAD and block == counters[0]:
        # the text opens with the block that stands above every counter: a head, not a foot
        starts = [0, *(c - block for c in counters[1:])]
        return [p for p in (lines[a:b] for a, b in zip(starts, [*starts[1:], len(lines)], strict=True)) if p]
    pages = [lines[a + 1 : b + 1] for a, b in zip([-1, *counters], counters, strict=False)]
    rest = lines[counters[-1] + 1 :]
    return [p for p in [*pages, rest] if p]


def _counter_lines(lines: list[tuple[str, int]]) -> list[int]:
    """Indices of the lines that count the pages 1, 2, 3 … with one label ("", "Region X", "Sida")."""
    groups: dict[str, list[tuple[int, int]]] = {}
    for k, (line, _) in enumerate(lines):
        if m := _COUNTER.fullmatch(line.strip()):
            groups.setdefault(_key(m.group(1) or ""), []).append((k, int(m.group(2))))
    for found in groups.values():
        if len(found) >= 2 and [n for _, n in found] == list(range(1, len(found) + 1)):
            return [k for k, _ in found]
    return []


def _key(line: str) -> str:
    return _SPACES.sub(" ", _DIGITS.sub("0", line)).strip()
