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
_DIGITS = re.compile(r"\d+")
_SPACES = re.compile(r"\s+")


def running_heads(text: str) -> list[Span]:
    """Source spans of lines that stand at the same edge of every page after the first."""
    pages = _pages(text)
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
