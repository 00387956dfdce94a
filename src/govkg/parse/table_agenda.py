"""parse.table_agenda: classified lines → the rows of a pipe table that holds the agenda, as items.

Minutes kept on a collaboration page are often one markdown table: ``| Nr | Punkt | Ansvarig |
Anteckningar | Beslut |``, one row per matter. The header names a number column (``Nr``, ``#``,
``§``) and a title column (``Punkt``, ``Ärende``, ``Rubrik``, ``Ämne``); each row with a number and
a title is an item, its other cells the item's text. A row is one line, so the item's spans stay
exact; the table's furniture (pipes, ``<br>``, ``**``, the number cell) is marked as no content so
that the readers of the item's text see the cells as plain text.
"""

from __future__ import annotations

import re
from itertools import pairwise

from govkg.parse.lines import Kind, Line

_NUMBER_HEADER = re.compile(r"(?:nr|nr\.|#|§|nummer|punkt\s*nr|p\.?)", re.IGNORECASE)
_TITLE_HEADER = re.compile(
    r"(?:punkt|ärende|ärenden|rubrik|ämne|titel|dagordningspunkt|fråga|frågor|agendapunkt)", re.IGNORECASE
)
_ROW_NUMBER = re.compile(r"(?:§\s*)?(?P<n>\d{1,3})(?:[.):]|\s*§)?")
# what decorates a cell's text without being words: pipes, line breaks, emphasis, "@"-mentions
_FURNITURE = re.compile(r"\||<br\s*/?>|\*\*|__|(?<!\w)@(?=\w)", re.IGNORECASE)


def _cell_text(line: Line, k: int) -> str:
    assert line.cells is not None
    a, b = line.cells[k]
    return line.text[a - line.start : b - line.start].strip(" *_")


def _columns(header: Line) -> tuple[int, int] | None:
    """The number column and the title column of an agenda table's header, if it is one."""
    if header.cells is None or len(header.cells) < 2:
        return None
    names = [_cell_text(header, k) for k in range(len(header.cells))]
    number = next((k for k, name in enumerate(names) if _NUMBER_HEADER.fullmatch(name)), None)
    if number is None:  # "| Punkt | Ärende |": the point's number, then its title
        number = next((k for k, name in enumerate(names) if name.lower() == "punkt"), None)
    if number is None:
        return None
    title = next((k for k, name in enumerate(names) if k != number and _TITLE_HEADER.fullmatch(name)), None)
    return (number, title) if title is not None else None


def table_agenda(lines: list[Line]) -> list[tuple[int, str, tuple[int, int]]]:
    """The rows of the first agenda table with >= 2 numbered rows: (line index, number, title offsets)."""
    for i, header in enumerate(lines):
        columns = _columns(header) if header.cells else None
        if columns is None:
            continue
        number, title = columns
        rows: list[tuple[int, str, tuple[int, int]]] = []
        for j in range(i + 1, len(lines)):
            row = lines[j]
            if row.kind is Kind.BLANK and not rows and j == i + 1:
                continue  # the |---|---| rule under the header
            if row.cells is None or len(row.cells) <= max(number, title):
                break
            n = _ROW_NUMBER.fullmatch(_cell_text(row, number))
            a, b = row.cells[title]
            if n is None or a == b:
                continue  # a row without number or title (a continuation, a sum) is no item
            rows.append((j, n.group("n"), (a, b)))
        if len(rows) >= 2 and _ascending([int(n) for _, n, _ in rows]):
            return rows
    return []


def _ascending(numbers: list[int]) -> bool:
    return all(b > a for a, b in pairwise(numbers))


def mark_table_items(lines: list[Line], rows: list[tuple[int, str, tuple[int, int]]]) -> list[int]:
    """Make the chosen rows the item headings; returns their indices."""
    for j, number, rest in rows:
        line = lines[j]
        line.kind, line.number, line.rest, line.bare, line.row_item = Kind.ITEM, number, rest, False, True
    return [j for j, _, _ in rows]


def row_cells(line: Line) -> list[tuple[int, int]]:
    """The cells of an item row that hold its text (not the number or the title), split at ``<br>``."""
    assert line.cells is not None and line.rest is not None
    out: list[tuple[int, int]] = []
    for k, (a, b) in enumerate(line.cells):
        if (a, b) == line.rest or (k == 0 and _ROW_NUMBER.fullmatch(_cell_text(line, k))):
            continue
        text = line.text[a - line.start : b - line.start]
        pos = 0
        for part in [*re.split(r"<br\s*/?>", text, flags=re.IGNORECASE)]:
            at = text.find(part, pos)
            pos = at + len(part)
            lead = len(part) - len(part.lstrip())
            core = part.strip()
            if core.strip("*_ "):
                out.append((a + at + lead, a + at + lead + len(core)))
    return out


def row_furniture(line: Line) -> list[tuple[int, int]]:
    """Normalised ranges of an item row that are no content: the number cell, pipes, ``<br>``, ``**``."""
    assert line.cells is not None
    out = [(line.start + m.start(), line.start + m.end()) for m in _FURNITURE.finditer(line.text)]
    first = line.cells[0]
    if _ROW_NUMBER.fullmatch(_cell_text(line, 0)):
        out.append(first)
    return out
