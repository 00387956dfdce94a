"""parse.title_wraps: classified lines → a protocol heading's title wrapped onto an indented line joined.

A PDF protocol run through ``pdftotext -layout`` sets the case number in a right column of the
heading line ("§ 27   Information om revidering av regional      Dnr NV 2025-0050"). A long title
then wraps onto the next line, indented to the title's own column ("         vattenförsörjningsplan"),
sometimes with a word hyphenated at the break ("genomförande-" / "beslut för etapp 2"). That line
is the rest of the title, not the first paragraph of the item. It is joined only when the heading
shows it was cut: a right-column cell stood after the title, or the title ends in a hyphen. The
wrapped piece goes to ``title_more`` (as a margin heading's pieces do), so the title's span runs
from its first word to the piece's last, and parse.item_blocks joins the text.
"""

from __future__ import annotations

import re

from govkg.parse.markup import Kind, Line

_SLACK = 1  # pdftotext may set a wrapped line one place off the title's column
_MAX_WORDS = 10  # a title's wrap is a few words, not a paragraph
_GAP = re.compile(r" {3,}|\t")
_HYPHEN_END = re.compile(r"[^\W\d_]-$")
_DIARY = re.compile(r"^(?:dnr|diarienr|diarienummer|ärendenr)\b", re.IGNORECASE)
# words that keep the hyphen before them: "Kultur- och fritidsnämnden", "stads- eller landsbygd"
_KEEP_HYPHEN_BEFORE = frozenset({"och", "eller", "samt", "till", "resp", "respektive", "som", "men"})
# a title that ends on a preposition or conjunction was cut: "… förslag till skyddsområde för"
_LEAD_IN_END = re.compile(
    r"\s(?:om|att|för|med|till|och|samt|eller|av|på|i|över|under|vid|inför|mellan|från|inom|kring|"
    r"gällande|angående|rörande|avseende|mot|efter|enligt|hos)$",
    re.IGNORECASE,
)
_MAX_FLUSH_WORDS = 6  # a wrap at the heading's column is the tail of a title, a handful of words
# block labels that may close a protocol heading: "Direktionens beslut", "Beslutsunderlag"
_CLOSING_LABEL = re.compile(
    r"(?:[a-zåäö]{3,30}s\s+)?beslut|beslutsunderlag|förslag till beslut|ärendebeskrivning|bakgrund",
    re.IGNORECASE,
)


def join_wrapped_titles(lines: list[Line]) -> None:
    """Give each cut heading the indented line below it as the rest of its title."""
    for i, head in enumerate(lines[:-1]):
        if head.kind is not Kind.ITEM or head.rest is None or head.title_more or head.row_item:
            continue
        nxt = lines[i + 1]
        if nxt.kind is not Kind.TEXT or nxt.bullet or nxt.heading_level:
            continue
        indent = _indent(nxt)
        if indent is not None and indent == _indent(head) and _flush_wrap(lines, i):
            head.title_more = [(nxt.start, nxt.end)]
            nxt.kind = Kind.BLANK
            continue
        if not indent or abs(indent - _title_column(head)) > _SLACK or not _was_cut(head):
            continue
        if not _wrap_text(nxt.text) or not _stands_alone(lines, i + 2):
            continue
        head.title_more = [(nxt.start, nxt.end)]
        nxt.kind = Kind.BLANK  # the piece is the title's, not a paragraph of the body


def join_title_text(title: str, more: str) -> str:
    """ "genomförande-" + "beslut för etapp 2" → "genomförandebeslut för etapp 2"; else joined by a space."""
    first = more.split(" ", 1)[0]
    if _HYPHEN_END.search(title) and first[:1].islower() and first.lower() not in _KEEP_HYPHEN_BEFORE:
        return f"{title[:-1]}{more}"
    return f"{title} {more}"


def _was_cut(head: Line) -> bool:
    """A right-column cell stood after the title ("Dnr …"), or the title ends in a hyphen."""
    assert head.rest is not None
    title = head.text[head.rest[0] - head.start : head.rest[1] - head.start].rstrip()
    tail = head.text[head.rest[1] - head.start :]
    return bool(_HYPHEN_END.search(title)) or (bool(tail.strip()) and bool(_GAP.match(tail)))


def _indent(line: Line) -> int | None:
    raw = line.raw
    stripped = raw.lstrip(" ")
    if "\t" in raw[: len(raw) - len(stripped)]:
        return None
    return len(raw) - len(stripped)


def _title_column(head: Line) -> int:
    """The column where the title starts on the heading's raw line."""
    assert head.rest is not None
    return len(head.raw) - len(head.raw.lstrip(" ")) + head.rest[0] - head.start


def _wrap_text(text: str) -> bool:
    """A few words with no column gap, no sentence end and no case number."""
    text = text.strip()
    words = text.split()
    return (
        0 < len(words) <= _MAX_WORDS
        and not _GAP.search(text)
        and not text.endswith((".", ":", ";", ","))
        and not _DIARY.match(text)
    )


def _stands_alone(lines: list[Line], k: int) -> bool:
    """The wrap ends the heading: a blank line (or the end) follows it."""
    return k >= len(lines) or lines[k].kind is Kind.BLANK


def _flush_wrap(lines: list[Line], i: int) -> bool:
    """The line under heading ``i``, at the heading's column, is the rest of a title the heading cut."""
    head, nxt = lines[i], lines[i + 1]
    assert head.rest is not None
    title = head.text[head.rest[0] - head.start : head.rest[1] - head.start].rstrip()
    wrap = nxt.text.strip()
    cells = _GAP.split(head.raw.strip())
    if len(cells) > 1 and not (len(cells) == 2 and _DIARY.match(cells[1])):
        # a -layout heading (column gaps): its wrap stands under the title, not at the margin; only a
        # right-column case number beside the title leaves the wrap at the margin ("… för civilt   Dnr …")
        return False
    if not title or title.endswith((".", ":", ";", "?", "!", ",")) or _GAP.search(title):
        return False
    if not _wrap_text(wrap) or len(wrap.split()) > _MAX_FLUSH_WORDS or _CLOSING_LABEL.fullmatch(wrap):
        return False
    cut = bool(_LEAD_IN_END.search(title) or _HYPHEN_END.search(title)) or wrap[:1].islower()
    return cut and _closes_heading(lines, i + 2)


def _closes_heading(lines: list[Line], k: int) -> bool:
    """What follows a title's wrap: a blank line, the case-number line or a block label (or the end)."""
    if k >= len(lines) or lines[k].kind is Kind.BLANK:
        return True
    text = lines[k].text.strip()
    return bool(_DIARY.match(text) or _CLOSING_LABEL.fullmatch(text))
