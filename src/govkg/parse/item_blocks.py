"""parse.item_blocks: an item's heading and lines → Item with its title, spans and blocks.

The body of an item is read as paragraphs, bullets and subheadings: a blank line ends a paragraph,
a bullet ends at the next bullet, and a short capitalised line or a block label ("Beslut") heads what follows.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import pairwise

from govkg.model import Block, Item, Quote
from govkg.parse.lines import Kind, Line
from govkg.parse.table_agenda import row_cells
from govkg.parse.textdoc import LinedText
from govkg.parse.title_wraps import join_title_text

_ENDS_SENTENCE = re.compile(r"[.!?:;,]$")
# a line that ends on a preposition, conjunction or verb particle leads into what follows
_LEAD_IN = re.compile(
    r"\s(?:om|att|för|med|till|och|samt|av|på|i|som|från|inom|kring|gällande)$", re.IGNORECASE
)
_LABEL_DASH = re.compile(r"\S\s[-–]\s\S")  # "Rapporter - SKR-nätverken, …": a label and its gloss
# Labels that head a block of an item in Swedish minutes, alone on their line.
_BLOCK_LABEL = re.compile(
    # "Direktionens beslut", "Styrelsens beslut": a protocol's decision block under its organ's genitive
    r"^(?:(?:[a-zåäö]{3,30}s\s+)?beslut|förslag till beslut|beslutsförslag|beslutsunderlag|bakgrund|"
    r"ärendebeskrivning|ärendet|sammanfattning|diskussion|information|yrkanden|propositionsordning|"
    r"reservation|protokollsanteckning|uppdrag|åtgärder|att göra)$",
    re.IGNORECASE,
)
# "Dnr SBFF 2024/145": a case number on its own line is metadata, not a subheading
_DIARY_LINE = re.compile(
    r"^(?:dnr|diarienr|diarienummer|ärendenr)\.?\s*:?\s*\S*\s*\d{2,4}[/.:-]\d", re.IGNORECASE
)


def read_item(d: LinedText, h: int, stop: int, position: int) -> Item:
    """The item that heading ``h`` opens, its body the lines up to ``stop``."""
    head = d.lines[h]
    a, b = head.rest if head.rest else (head.start, head.end)
    title = d.quote(a, b)
    if head.title_more:
        # a margin heading's wrapped lines, or a protocol title's indented wrap: the title runs on.
        # The text is the pieces joined (a hyphen at the break dropped); the span runs from the
        # title's first word to the last piece's end, so it covers every piece.
        more = " ".join(d.quote(x, y).text for x, y in head.title_more)
        title = Quote(join_title_text(title.text, more), d.span(a, head.title_more[-1][1]))
    number = head.number if head.kind is Kind.ITEM and head.number else str(position)
    last = max([j for j in range(h, stop) if d.lines[j].kind is not Kind.BLANK], default=h)
    item = Item(
        number=number,
        position=position,
        title=title,
        heading=d.span(head.start, head.end),
        span=d.span(head.start, d.lines[last].end),
    )
    if head.row_item:  # an agenda table's row: its text cells are the paragraphs
        item.blocks = [Block("paragraph", d.quote(a, b)) for a, b in row_cells(head)]
    elif head.kind is Kind.ITEM and head.run_in:  # "**Punkt 3 – Title.** The text …": the text goes on
        item.blocks = list(_blocks(d, range(h, stop), lead=head.run_in[0]))
    else:
        item.blocks = list(_blocks(d, range(h + 1, stop)))
    item.subheadings = [blk.text for blk in item.blocks if blk.kind == "subheading"]
    return item


def _blocks(d: LinedText, indices: Iterable[int], lead: int | None = None) -> Iterable[Block]:
    """Paragraphs, bullets and subheadings of an item body (from ``lead`` on a run-in heading's line)."""
    groups: list[list[Line]] = []
    current: list[Line] = []
    lead_line: Line | None = None
    for i in indices:
        line = d.lines[i]
        if line.kind is Kind.BLANK:
            if current:
                groups.append(current)
            current = []
            continue
        standalone = lead is None and _is_label(line)
        if lead is not None:  # the run-in heading's line: its text after the title opens a paragraph
            current.append(line)
            lead_line, lead = line, None
            continue
        if current and (line.bullet or standalone):
            groups.append(current)
            current = []
        current.append(line)
        if standalone:
            groups.append(current)
            current = []
    if current:
        groups.append(current)
    for n, group in enumerate(groups):
        first = group[0]
        quote = _quote(d, group, first.run_in[0] if first is lead_line and first.run_in else first.start)
        has_more = n + 1 < len(groups)
        if first.bullet:
            # a bullet ends at the next bullet: split the group there
            yield from _bullets(d, group)
        elif len(group) == 1 and has_more and first is not lead_line and _is_subheading(first):
            if first.kind is Kind.ITEM and first.rest:  # "2.1 Title"
                quote = d.quote(first.start, first.end)
            yield Block("subheading", quote)
        else:
            yield Block("paragraph", quote)


def _bullets(d: LinedText, group: list[Line]) -> Iterable[Block]:
    start = 0
    for k in range(1, len(group) + 1):
        if k == len(group) or group[k].bullet:
            yield Block("bullet", _quote(d, group[start:k], group[start].start))
            start = k


def _quote(d: LinedText, group: list[Line], start: int) -> Quote:
    """The lines' text from ``start``: one quote, or their pieces joined where a margin lies between.

    A margin heading's wrapped lines ("ekonomi 2027") stand between the text column's pieces; the
    span still runs from the first word to the last, the text holds the column's words alone.
    """
    text = d.norm.text
    if all(not text[a.end : b.start].strip() for a, b in pairwise(group)):
        return d.quote(start, group[-1].end)
    pieces = [d.quote(start, group[0].end).text, *(d.quote(ln.start, ln.end).text for ln in group[1:])]
    return Quote(" ".join(p for p in pieces if p), d.span(start, group[-1].end))


def _is_label(line: Line) -> bool:
    """A heading that stands on its own line even without blank lines around it."""
    return bool(
        line.heading_level
        or (line.kind is Kind.ITEM and "." in (line.number or ""))
        or _BLOCK_LABEL.match(line.text)
    )


def _is_subheading(line: Line) -> bool:
    text = line.text.strip()
    if _is_label(line):
        return True
    words = text.split()
    if not words or not text[0].isupper() or len(words) > 16 or line.bullet or _DIARY_LINE.match(text):
        return False
    if _LEAD_IN.search(text):  # "Förbundschefen informerar om" over bullets: a sentence runs on
        return False
    if _ENDS_SENTENCE.search(text):
        return text.endswith(".") and bool(_LABEL_DASH.search(text)) and len(words) <= 12
    return True
