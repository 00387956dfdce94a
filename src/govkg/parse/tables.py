"""parse.tables: an attendance table's header row → its columns; each row → one attendee and status.

An attendance table names its columns in a header row: a name column ("Namn", "Deltagare",
"Ledamot", "Person"), perhaps a body ("Organisation", "Kommun", "Myndighet"…), a role ("Roll",
"Titel", "Funktion") and a status ("Närvaro", "Status", "Närvarande", "Deltog"). The header says
what each cell of a row is, so a row is read by column, not guessed from its words. A status cell
decides the row's list ("Närvarande", "Ja", "x", "✓", "Digitalt" present; "Frånvarande", "Nej",
"Förhinder", "–" or empty absent). Without a status column the list's own status holds, and an
empty cell means nothing. Pipe rows ("| a | b |"), TAB rows and " | "-separated rows all count.

Without a name column, the STATUS headers may hold the names themselves ("| Kommun | Närvarande |
Förhinder |", "Organisation<TAB>Deltog<TAB>Frånvarande<TAB>Ersättare"): each filled cell lists the
people with the status its header names, and the row label is their body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from govkg.gazetteer import Gazetteer
from govkg.model import Minutes, Quote
from govkg.parse.attendance import parse_attendee_line
from govkg.parse.attendees import add_attendee
from govkg.parse.brackets import parse_note
from govkg.parse.entry import ParsedAttendee, Part, cell_org, name_length, org_of
from govkg.parse.lines import Kind
from govkg.parse.status_words import REMOTE, words
from govkg.parse.textdoc import LinedText

_HEADS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("status", re.compile(r"närvaro\w*|närvarande(?:\s*/\s*frånvarande)?|status|deltog|deltar|närv\.?")),
    ("name", re.compile(r"namn|deltagare|ledamot|ledamöter|person|name|för-?\s*och\s+efternamn")),
    (
        "body",
        re.compile(
            r"organisation|kommun|myndighet|förvaltning|representerar|region|företag|org\.?|"
            r"part|parti|huvudman|huvudmän|medlem|medlemmar|aktör|aktörer"
        ),
    ),
    ("role", re.compile(r"roll|titel|funktion|befattning|uppdrag|role|title")),
    ("note", re.compile(r"kommentar|anteckning|notering|anmärkning|övrigt|punkter?|del\s+av\s+mötet")),
)
# a header cell may qualify its word: "Närvaro (ja/nej)", "Organisation/kommun", "Namn:"
_QUALIFIER = re.compile(r"\s*(?:\(.*\)|/.*|:)\s*$")
_ABSENT = re.compile(words("absent", "cell"), re.IGNORECASE)
# the status word, then perhaps a note ("Ja, från 10.00")
_PRESENT = re.compile(words("present", "cell") + r"(?!\w).*", re.IGNORECASE)
_PIPE = re.compile(r"\s*\|\s*")
# status words as column headers of a table without a name column: the cells hold the names
_LIST_PRESENT = re.compile(words("present", "head"))
# "Part | Ledamot | Ersättare": two or more columns of persons, each cell holds the names
_PERSON_COLUMN = re.compile(
    r"ledamot|ledamöter|ordinarie(?:\s+ledamot|\s+ledamöter)?|(?:tjänstgörande\s+)?ersättare|suppleant(?:er)?"
)
_LIST_ABSENT = re.compile(words("absent", "head"))
LISTS = ("present", "absent", "remote")  # "remote": present, from afar ("Digitalt")
# "A och B", "A, B", "A; B", "A samt B", "A<br>B": several names in one cell
_NAME_SPLIT = re.compile(r"\s*(?:[,;/]|<br\s*/?>)\s*|\s+(?:och|samt)\s+")


@dataclass(frozen=True, slots=True)
class Columns:
    """What each column of a table holds: a role ("name", "body", "role", "status", "note") or None."""

    roles: tuple[str | None, ...]
    separator: str  # "|" for pipe rows, "\t" for TAB rows

    def index(self, role: str) -> int | None:
        return self.roles.index(role) if role in self.roles else None


def _head_word(cell: str) -> str:
    return _QUALIFIER.sub("", cell.strip(" *_").lower()).strip()


def _head_role(cell: str) -> str | None:
    word = _head_word(cell)
    for role, pattern in _HEADS:
        if pattern.fullmatch(word):
            return role
    return None


head_role = _head_role  # "Namn", "Organisation", "Roll": a header cell on a line of its own too


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
    persons = sum(1 for a, b in cells if _PERSON_COLUMN.fullmatch(_head_word(text[a:b])))
    if "name" not in roles or (persons >= 2 and "status" not in roles):
        # "Organisation | Ordinarie | Ersättare": the person columns hold the names, all of one list
        return _list_columns(text, cells, roles, separator)
    named = [r for r in roles if r is not None]
    unnamed = sum(1 for (a, b), r in zip(cells, roles, strict=True) if r is None and b > a)
    if roles.count("name") != 1 or len(named) < 2 or unnamed > 1 or len(set(named)) != len(named):
        return None
    return Columns(roles, separator)


def _list_columns(
    text: str, cells: list[tuple[int, int]], roles: tuple[str | None, ...], separator: str
) -> Columns | None:
    """ "| Kommun | Närvarande | Förhinder |": status headers over cells of names, a body beside them."""
    out: list[str | None] = []
    for (a, b), role in zip(cells, roles, strict=True):
        word = _QUALIFIER.sub("", text[a:b].strip(" *_").lower()).strip()
        if _LIST_PRESENT.fullmatch(word):
            out.append("remote" if REMOTE.search(word) else "present")
        elif _LIST_ABSENT.fullmatch(word):
            out.append("absent")
        elif role in ("body", "role", "note") or (b <= a and not out):
            out.append(role or "body")  # an empty first header: the row labels are the bodies
        else:
            return None  # "| Datum | Plats | Närvarande |": some other table
    lists = sum(1 for r in out if r in LISTS)
    named = [r for r in out if r is not None and r not in LISTS]
    if not lists or len(set(named)) != len(named) or (lists < 2 and "body" not in named):
        return None
    return Columns(tuple(out), separator)


def row_status(cell: str) -> tuple[str, bool] | None:
    """A status cell → (present | absent, remote); None when it says neither."""
    value = cell.strip(" *_.")
    if not value or _ABSENT.fullmatch(value):
        return "absent", False
    if _PRESENT.fullmatch(value):
        return "present", bool(REMOTE.search(value))
    return None


# a lower-case note, never a capitalised short form or place ("Region Skåne (RS)", "SKR (Stockholm)")
_CELL_NOTE = re.compile(r"\s*\((?P<note>[a-zåäö§\d][^()]{0,59})\)\s*$")


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
            if (bracket := _CELL_NOTE.search(value)) and bracket.start() > 0:
                # "Eslövs kommun (ersätter Bo Ek)", "Sydvatten AB (punkt 4)": the bracket is a note
                if parsed.note is None:
                    parsed.note = Part(x + bracket.start("note"), x + bracket.end("note"))
                    items, remote = parse_note(bracket.group("note"))
                    parsed.items_attended = parsed.items_attended or items
                    parsed.remote = parsed.remote or remote
                y = x + len(value[: bracket.start()].rstrip())
                value = text[x:y]
            parsed.affiliation = Part(x, y)
            resolved = cell_org(gaz, value)
            parsed.affiliation_canonical, parsed.org_id = resolved if resolved else (value, None)
        elif role == "role":
            parsed.role = Part(x, y)
        elif role == "note" and parsed.note is None:
            parsed.note = Part(x, y)
            items, remote = parse_note(value)
            parsed.items_attended = parsed.items_attended or items
            parsed.remote = parsed.remote or remote
    return parsed, status


def read_list_row(
    d: LinedText, gaz: Gazetteer, start: int, end: int, columns: Columns
) -> list[tuple[ParsedAttendee, str, tuple[Quote, str, str | None] | None]] | None:
    """One row of a table whose status columns hold names → (attendee, status, the row's body) each."""
    text = d.norm.text
    cells = row_cells(text, start, end, columns.separator)
    if len(cells) != len(columns.roles) and not (
        columns.separator == "\t" and 1 < len(cells) < len(columns.roles)
    ):
        return None
    cells = cells + [(end, end)] * (len(columns.roles) - len(cells))
    body: tuple[Quote, str, str | None] | None = None
    role: Part | None = None
    for (x, y), kind in zip(cells, columns.roles, strict=True):
        value = text[x:y]
        if y <= x or not value.strip(" -–—"):
            continue
        if kind == "body":
            resolved = org_of(gaz, value)
            body = (d.quote(x, y), *(resolved if resolved else (value, None)))
        elif kind == "role":
            role = Part(x, y)
    out: list[tuple[ParsedAttendee, str, tuple[Quote, str, str | None] | None]] = []
    named_cells = 0
    for (x, y), kind in zip(cells, columns.roles, strict=True):
        if kind not in LISTS or y <= x or not text[x:y].strip(" -–—"):
            continue
        named_cells += 1
        for a, b in _cell_names(text, x, y):
            parsed = parse_attendee_line(text, gaz, a, b)
            if parsed is None or parsed.organisation_only:
                continue
            parsed.role = parsed.role or role
            parsed.remote = parsed.remote or kind == "remote"
            out.append((parsed, "absent" if kind == "absent" else "present", body))
    if named_cells and not out:
        return None  # cells of words that are no names ("Ja", "x"): not a table of names
    return out


def _cell_names(text: str, x: int, y: int) -> list[tuple[int, int]]:
    """The names of one cell, split at ",", ";", "och", "samt"; a part without a name joins the one before."""
    parts: list[tuple[int, int]] = []
    pos = x
    depth = 0
    cuts = [m for m in _NAME_SPLIT.finditer(text, x, y)]
    for m in cuts:
        depth = text.count("(", pos, m.start()) - text.count(")", pos, m.start())
        if depth > 0:
            continue  # "Anna Berg (p 1, 2)": inside a bracket
        parts.append((pos, m.start()))
        pos = m.end()
    parts.append((pos, y))
    out: list[tuple[int, int]] = []
    for a, b in parts:
        if b <= a:
            continue
        if out and name_length(text, a, b) == 0:
            out[-1] = (out[-1][0], b)  # "Anna Berg, kommundirektör": the role of the name before
        else:
            out.append((a, b))
    return out


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
    lists = any(r in LISTS for r in columns.roles)
    above: tuple[Part, str | None, str | None] | None = None
    while j < len(d.lines):
        line = d.lines[j]
        if line.kind is Kind.BLANK or not text[line.start : line.end].strip(" |\t"):
            j += 1  # the "|---|---|" rule, an empty row, a blank line inside a TAB table
            continue
        if lists:
            entries = (
                read_list_row(d, gaz, line.start, line.end, columns) if line.kind is not Kind.ITEM else None
            )
            if entries is None:
                break
            for parsed, entry_status, body in entries:
                add_attendee(d, parsed, entry_status, minutes, body or group)
            j += 1
            continue
        start = _row_start(text, line.start, columns)
        row = read_row(text, gaz, start, line.end, columns) if line.kind is not Kind.ITEM else None
        if row is None:
            break
        parsed, row_status = row
        if start < line.start and parsed.affiliation is None and above is not None:
            # a merged cell: "Region X<TAB>Anna Berg" then "<TAB>Bo Ek", the body of the row above
            parsed.affiliation, parsed.affiliation_canonical, parsed.org_id = above
        if parsed.affiliation is not None:
            above = (parsed.affiliation, parsed.affiliation_canonical, parsed.org_id)
        add_attendee(d, parsed, row_status or status, minutes, group)
        j += 1
    return j


def _row_start(text: str, start: int, columns: Columns) -> int:
    """Where a TAB row begins: its leading empty cells (TABs the line's text drops) are cells too."""
    if columns.separator != "\t":
        return start
    a = text.rfind("\n", 0, start) + 1
    return a if text[a:start] and not text[a:start].strip(" \t") and "\t" in text[a:start] else start


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


def body_row(
    d: LinedText, gaz: Gazetteer, start: int, end: int, status: str
) -> list[tuple[ParsedAttendee, str, tuple[Quote, str, str | None] | None]] | None:
    """ "Laxå kommun | Lena Sundelin (V) | –" under a cue, without a header: a body, then its people.

    A per-party table repeated under "Frånvarande" often drops its header; a row whose first cell
    is a known body and whose other cells hold names (or are empty) is read with the cue's status.
    """
    text = d.norm.text
    cells = row_cells(text, start, end, "|")
    if len(cells) < 2 or cells[0][1] <= cells[0][0] or org_of(gaz, text[cells[0][0] : cells[0][1]]) is None:
        return None
    kind = "absent" if status == "absent" else "present"
    columns = Columns(("body", *([kind] * (len(cells) - 1))), "|")
    return read_list_row(d, gaz, start, end, columns) or None
