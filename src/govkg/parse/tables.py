"""parse.tables: an attendance table's header row → its columns; each row → one attendee and status.

An attendance table names its columns in a header row: a name column ("Namn", "Deltagare",
"Ledamot", "Person"), perhaps a body ("Organisation", "Kommun", "Myndighet"…), a role ("Roll",
"Titel", "Funktion") and a status ("Närvaro", "Status", "Närvarande", "Deltog"). The header says
what each cell of a row is, so a row is read by column, not guessed from its words. A status cell
decides the row's list ("Närvarande", "Ja", "x", "✓", "Digitalt" present; "Frånvarande", "Nej",
"Förhinder", "–" or empty absent). Without a status column the list's own status holds, and an
empty cell means nothing. Pipe rows ("| a | b |"), TAB rows and " | "-separated rows all count.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from govkg.gazetteer import Gazetteer
from govkg.model import Minutes, Quote
from govkg.parse.attendance import ParsedAttendee, Part, org_of, parse_attendee_line, parse_note
from govkg.parse.attendees import add_attendee
from govkg.parse.lines import Kind
from govkg.parse.textdoc import LinedText

_HEADS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("status", re.compile(r"närvaro\w*|närvarande(?:\s*/\s*frånvarande)?|status|deltog|deltar|närv\.?")),
    ("name", re.compile(r"namn|deltagare|ledamot|ledamöter|person|name|för-?\s*och\s+efternamn")),
    ("body", re.compile(r"organisation|kommun|myndighet|förvaltning|representerar|region|företag|org\.?")),
    ("role", re.compile(r"roll|titel|funktion|befattning|uppdrag|role|title")),
    ("note", re.compile(r"kommentar|anteckning|notering|anmärkning|övrigt|punkter?|del\s+av\s+mötet")),
)
# a header cell may qualify its word: "Närvaro (ja/nej)", "Organisation/kommun", "Namn:"
_QUALIFIER = re.compile(r"\s*(?:\(.*\)|/.*|:)\s*$")
_ABSENT = re.compile(
    r"frånvarande|frånv\.?|nej|n|förhinder|anmält\s+förhinder|ej\s+närvarande|inte\s+närvarande|"
    r"ej\s+deltagit|deltog\s+(?:ej|inte)|ej|[-–—]+|☐|\[\s?\]",
    re.IGNORECASE,
)
_PRESENT = re.compile(
    r"(?:(?:närvarande|närv\.?|ja|j|x|deltog|deltar|närvarade|digitalt|digital|"
    r"på\s+plats|plats|på\s+distans|distans|fysiskt|via\s+\w+|teams|zoom)\b|[✓✔☑☒]|\[[xX✓]\]).*",
    re.IGNORECASE,
)
_REMOTE = re.compile(r"digital|distans|teams|zoom|länk|online", re.IGNORECASE)
_PIPE = re.compile(r"\s*\|\s*")


@dataclass(frozen=True, slots=True)
class Columns:
    """What each column of a table holds: a role ("name", "body", "role", "status", "note") or None."""

    roles: tuple[str | None, ...]
    separator: str  # "|" for pipe rows, "\t" for TAB rows

    def index(self, role: str) -> int | None:
        return self.roles.index(role) if role in self.roles else None


def _head_role(cell: str) -> str | None:
    word = _QUALIFIER.sub("", cell.strip(" *_").lower()).strip()
    for role, pattern in _HEADS:
        if pattern.fullmatch(word):
            return role
    return None


def row_cells(text: str, start: int, end: int, separator: str | None = None) -> list[tuple[int, int]]:
    """The cells of a row as offsets: split on pipes, else on TABs (empty cells kept), trimmed."""
    row = text[start:end]
    if separator is None:
        separator = "|" if "|" in row else "\t" if "\t" in row else ""
    if not separator:
        return []
    a, b = start, end
    if separator == "|":
        # one outer pipe at each end of "| a | b |" (a last empty cell "| |" stays a cell)
        while a < b and text[a] == " ":
            a += 1
        a += a < b and text[a] == "|"
        while b > a and text[b - 1] == " ":
            b -= 1
        b -= b > a and text[b - 1] == "|"
        splits = [(m.start(), m.end()) for m in _PIPE.finditer(text, a, b)]
    else:
        splits = [(k, k + 1) for k in range(a, b) if text[k] == "\t"]
    cells: list[tuple[int, int]] = []
    pos = a
    for s, e in [*splits, (b, b)]:
        x, y = pos, s
        while x < y and text[x] in " *_":
            x += 1
        while y > x and text[y - 1] in " *_":
            y -= 1
        cells.append((x, y))
        pos = e
    return cells


def header_columns(text: str, start: int, end: int) -> Columns | None:
    """The columns a header row names, when it names a person column and one more; else None."""
    row = text[start:end]
    separator = "|" if "|" in row else "\t" if "\t" in row else ""
    cells = row_cells(text, start, end, separator)
    if len(cells) < 2:
        return None
    roles = tuple(_head_role(text[a:b]) if b > a else None for a, b in cells)
    named = [r for r in roles if r is not None]
    unnamed = sum(1 for (a, b), r in zip(cells, roles, strict=True) if r is None and b > a)
    if roles.count("name") != 1 or len(named) < 2 or unnamed > 1 or len(set(named)) != len(named):
        return None
    return Columns(roles, separator)


def row_status(cell: str) -> tuple[str, bool] | None:
    """A status cell → (present | absent, remote); None when it says neither."""
    value = cell.strip(" *_.")
    if not value or _ABSENT.fullmatch(value):
        return "absent", False
    if _PRESENT.fullmatch(value):
        return "present", bool(_REMOTE.search(value))
    return None


def read_row(
    text: str, gaz: Gazetteer, start: int, end: int, columns: Columns
) -> tuple[ParsedAttendee, str | None] | None:
    """One row of a table with ``columns`` → (attendee, its status or None for the list's own)."""
    cells = row_cells(text, start, end, columns.separator)
    if len(cells) != len(columns.roles) and not (
        columns.separator == "\t" and len(cells) < len(columns.roles)
    ):
        return None  # a row of another shape: no row of this table
    cells = cells + [(end, end)] * (len(columns.roles) - len(cells))
    name_at = columns.index("name")
    assert name_at is not None
    a, b = cells[name_at]
    parsed = parse_attendee_line(text, gaz, a, b) if b > a else None
    if parsed is None or parsed.organisation_only:
        return None
    status: str | None = parsed.status
    for k, role in enumerate(columns.roles):
        x, y = cells[k]
        value = text[x:y]
        if k == name_at or role is None:
            continue
        if role == "status":
            read = row_status(value)
            if read is None:
                # "p 1–3", "del av mötet": present, and the cell is a note
                parsed.note = parsed.note or Part(x, y)
                parsed.items_attended, remote = parse_note(value)
                parsed.remote = parsed.remote or remote
                status = status or "present"
            else:
                status = "absent" if status == "absent" else read[0]
                parsed.remote = parsed.remote or read[1]
        elif y <= x or not value.strip(" -–—"):
            continue  # an empty body or role cell says nothing
        elif role == "body":
            parsed.affiliation = Part(x, y)
            resolved = org_of(gaz, value)
            parsed.affiliation_canonical, parsed.org_id = resolved if resolved else (value, None)
        elif role == "role":
            parsed.role = Part(x, y)
        elif role == "note" and parsed.note is None:
            parsed.note = Part(x, y)
            items, remote = parse_note(value)
            parsed.items_attended = parsed.items_attended or items
            parsed.remote = parsed.remote or remote
    return parsed, status


def read_table(
    d: LinedText,
    top: int,
    status: str,
    minutes: Minutes,
    gaz: Gazetteer,
    group: tuple[Quote, str, str | None] | None,
) -> int:
    """Read the rows under the header row ``top`` by its columns; the index of the first other line."""
    text = d.norm.text
    header = d.lines[top]
    columns = header_columns(text, header.start, header.end)
    assert columns is not None
    j = top + 1
    while j < len(d.lines):
        line = d.lines[j]
        if line.kind is Kind.BLANK or not text[line.start : line.end].strip(" |\t"):
            j += 1  # the "|---|---|" rule, an empty row, a blank line inside a TAB table
            continue
        row = read_row(text, gaz, line.start, line.end, columns) if line.kind is not Kind.ITEM else None
        if row is None:
            break
        parsed, row_status = row
        add_attendee(d, parsed, row_status or status, minutes, group)
        j += 1
    return j


def named_table_top(d: LinedText, i: int) -> int | None:
    """The header row of the pipe table line ``i`` belongs to, when that header has a name column."""
    k = i
    while k > 0 and i - k < 500 and d.lines[k - 1].cells is not None:
        k -= 1
    top = d.lines[k]
    return k if k < i and header_columns(d.norm.text, top.start, top.end) is not None else None


def cue_above(d: LinedText, top: int) -> bool:
    """A cue line ("Närvarolista", "Närvarande:") right above a table: its block reads the table."""
    k = top - 1
    while k >= 0 and d.lines[k].kind is Kind.BLANK and d.lines[k].cells is None:
        k -= 1
    return k >= 0 and d.lines[k].kind is Kind.ATTENDANCE and d.lines[k].cells is None
