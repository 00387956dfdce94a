"""parse.status_matrix: a närvaro- (och voterings)lista of marks under status columns → attendees.

A formal protocol's appendix lists the members as a matrix: a header of column heads (`Ledamot`,
`Parti`, `Kommun`, `Tjänstgörande ersättare`, `Tjg`, `Ej tjg`, `Frånv.`, `Närvaro`, then the vote
`Ja`/`Nej`/`Avstår`), aligned with spaces (pdftotext -layout) or TABs, and one row a member with an
`X` in the column that states the status. The meaning of a mark is the column it stands in, so the
columns are taken from the header's offsets (or TAB cell indices). A single `Närvaro` column says
present with a mark and absent with `–` or nothing. A name in the `Tjänstgörande ersättare` column
serves in the principal's place: the ersättare is present and the principal absent. Lines with a
single cell are group labels (`Östersund`, `Ersättare`, `Ej tjänstgörande ersättare`); `Summa` rows
are skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from govkg.gazetteer import Gazetteer
from govkg.model import Minutes, Quote
from govkg.parse.attendance import parse_attendee_line
from govkg.parse.attendees import add_attendee
from govkg.parse.entry import ParsedAttendee, Part, cell_org, org_of
from govkg.parse.tables import header_columns, row_status
from govkg.parse.textdoc import LinedText

# the column heads; a head that spans several columns on a line above ("Närvaro  Votering") is
# read only where the main header has no head of its own
_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("substitute", re.compile(r"(?:tjänstgörande|tjg\.?)\s+ersättare|ersättare|ersätter")),
    (
        "present",
        re.compile(r"tjg\.?|tjänstgör(?:ande)?|ej\s+tjg\.?|närvarande|närv\.?|deltog|x\s*=\s*närvarande"),
    ),
    ("absent", re.compile(r"frånv\.?|frånvarande|förhinder|ej\s+närvarande|ej\s+närv\.?")),
    ("presence", re.compile(r"närvaro")),
    ("vote", re.compile(r"ja|nej|avst\.?|avstår|avstod|avstående|votering|röst(?:ning)?|§+\s*\d+")),
    ("party", re.compile(r"parti|part\.?")),
    ("body", re.compile(r"kommun|organisation|region|myndighet|aktör|förvaltning|representerar|ort")),
    ("role", re.compile(r"roll|funktion|titel|uppdrag")),
    ("name", re.compile(r"ledamot|ledamöter|namn|ordinarie(?:\s+ledamöter)?|ledamöter\s+och\s+ersättare")),
)
_STATUS_KINDS = ("present", "absent", "presence")
_MARK = re.compile(r"[xX✓✔☒]")
_SUM = re.compile(r"(?i)summa|totalt|antal|summering")
_SUBSTITUTE_GROUP = re.compile(r"(?i)(?:ej\s+tjänstgörande\s+|tjänstgörande\s+)?ersättare|suppleanter")
_MEMBER_GROUP = re.compile(r"(?i)(?:ordinarie\s+)?ledamöter|ledamot")
_SPACE_CELL = re.compile(r"\S+(?: \S+)*")
_SEPARATOR_RULE = re.compile(r"^[\s|=_+-]*$")


@dataclass(frozen=True, slots=True)
class _Cell:
    key: int  # the character column (space layout) or the cell index (TAB layout)
    width: int
    start: int  # offsets in the normalised text
    end: int


@dataclass(frozen=True, slots=True)
class _Column:
    kind: str | None
    key: int
    width: int


def _line_span(text: str, start: int) -> tuple[int, int]:
    """The whole normalised line around ``start`` (a leading TAB or indent included)."""
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", start)
    return a, len(text) if b < 0 else b


def _cells(text: str, a: int, b: int, tabs: bool) -> list[_Cell]:
    if tabs:
        out: list[_Cell] = []
        pos = a
        for k, piece in enumerate(text[a:b].split("\t")):
            x, y = pos, pos + len(piece)
            while x < y and text[x] == " ":
                x += 1
            while y > x and text[y - 1] == " ":
                y -= 1
            if y > x:
                out.append(_Cell(k, 1, x, y))
            pos += len(piece) + 1
        return out
    # a cell is a run of words with single spaces inside; two spaces or more part the cells
    return [
        _Cell(m.start(), m.end() - m.start(), m.start() + a, m.end() + a)
        for m in _SPACE_CELL.finditer(text[a:b])
    ]


def _kind(cell: str) -> str | None:
    word = cell.strip(" *_:").lower()
    for kind, pattern in _KINDS:
        if pattern.fullmatch(word):
            return kind
    return None


def matrix_columns(d: LinedText, i: int) -> list[_Column] | None:
    """The columns of the matrix header at line ``i``, when it is one (a name and a status column)."""
    text = d.norm.text
    line = d.lines[i]
    a, b = _line_span(text, line.start)
    tabs = "\t" in text[a:b]
    cells = _cells(text, a, b, tabs)
    if len(cells) < 3 or (not tabs and "  " not in text[a:b].strip()):
        return None
    if tabs and header_columns(text, a, b) is not None:
        return None  # "Namn<TAB>Kommun<TAB>Närvaro": an ordinary table, read by parse.tables
    kinds = [_kind(text[c.start : c.end]) for c in cells]
    if kinds[0] != "name" or sum(k is None for k in kinds) > 1:
        return None
    columns = [_Column(k, c.key, c.width) for k, c in zip(kinds, cells, strict=True)]
    if not tabs:
        # heads on the line above: "Närvaro" over its own column, or over "Tjg  Ej tjg" (spanning)
        for k in (i - 1, i - 2):
            if k < 0 or not d.lines[k].raw.strip():
                break
            ua, ub = _line_span(text, d.lines[k].start)
            upper = _cells(text, ua, ub, False)
            if not upper or upper[0].key < 10:
                break
            for c in upper:
                kind = _kind(text[c.start : c.end])
                if kind is not None and not any(_overlap(c.key, c.width, o.key, o.width) for o in columns):
                    columns.append(_Column(kind, c.key, c.width))
        columns.sort(key=lambda c: c.key)
    if not any(c.kind in _STATUS_KINDS for c in columns):
        return None
    return columns


def _overlap(a: int, aw: int, b: int, bw: int) -> bool:
    return a < b + bw and b < a + aw


def _column_of(columns: list[_Column], cell: _Cell, tabs: bool) -> _Column | None:
    if tabs:
        return next((c for c in columns if c.key == cell.key), None)

    def distance(c: _Column) -> int:
        if _overlap(cell.key, cell.width, c.key, c.width):
            return 0
        return min(abs(cell.key - (c.key + c.width - 1)), abs(c.key - (cell.key + cell.width - 1)))

    best = min(columns, key=distance)
    return best if distance(best) <= 4 else None


def read_matrix(d: LinedText, i: int, minutes: Minutes, gaz: Gazetteer) -> int:
    """Read the rows under the matrix header at ``i``; the number of attendees read."""
    columns = matrix_columns(d, i)
    assert columns is not None
    text = d.norm.text
    ha, hb = _line_span(text, d.lines[i].start)
    tabs = "\t" in text[ha:hb]
    group: tuple[Quote, str, str | None] | None = None
    group_role: Part | None = None
    read = 0
    j = i + 1
    while j < len(d.lines):
        line = d.lines[j]
        a, b = _line_span(text, line.start)
        if _SEPARATOR_RULE.match(text[a:b]):
            if not text[a:b].strip() and not _row_follows(d, j, text, tabs):
                break
            j += 1
            continue
        cells = _cells(text, a, b, tabs)
        first = text[cells[0].start : cells[0].end]
        if _SUM.match(first):
            j += 1
            continue
        placed = [(c, _column_of(columns, c, tabs)) for c in cells]
        if len(cells) == 1 and cells[0].key < 4:
            if first.rstrip().endswith("."):
                break  # "Eva Lindroth (S) tjänstgör för Mikael Fagerlund (S).": a sentence below the list
            if _SUBSTITUTE_GROUP.fullmatch(first.strip(" :")) or _MEMBER_GROUP.fullmatch(first.strip(" :")):
                group_role = (
                    Part(cells[0].start, cells[0].end) if _SUBSTITUTE_GROUP.fullmatch(first) else None
                )
                j += 1
                continue
            if (found := org_of(gaz, first.strip(" :"))) is not None:
                group = (d.quote(cells[0].start, cells[0].end), *found)  # "Östersund": the members' body
                j += 1
                continue
        name_cell = placed[0][0]
        parsed = _entry(text, gaz, name_cell)
        if parsed is None or parsed.organisation_only or placed[0][1] is None or placed[0][1].kind != "name":
            break
        status: str | None = None
        substitute = None
        for cell, column in placed[1:]:
            value = text[cell.start : cell.end]
            kind = column.kind if column else None
            if kind == "body" and parsed.affiliation is None:
                parsed.affiliation = Part(cell.start, cell.end)
                resolved = cell_org(gaz, value)
                parsed.affiliation_canonical, parsed.org_id = resolved if resolved else (value, None)
            elif kind == "role" and parsed.role is None:
                parsed.role = Part(cell.start, cell.end)
            elif kind == "substitute" and not _MARK.fullmatch(value):
                substitute = _entry(text, gaz, cell)
            elif kind in _STATUS_KINDS and _MARK.fullmatch(value):
                status = "absent" if kind == "absent" else "present"
            elif kind == "presence" and (said := row_status(value)) is not None:
                status = said[0]  # "Ja", "Nej", "Digitalt" under "Närvaro"
        if status is None and any(c.kind == "presence" for c in columns):
            status = "absent"  # "–" or nothing under "Närvaro"
        if status is None:
            j += 1
            continue
        if group_role is not None and parsed.role is None:
            parsed.role = group_role
        if substitute is not None and not substitute.organisation_only:
            if substitute.affiliation is None and parsed.affiliation is not None:
                substitute.affiliation = parsed.affiliation
                substitute.affiliation_canonical, substitute.org_id = (
                    parsed.affiliation_canonical,
                    parsed.org_id,
                )
            add_attendee(d, substitute, status, minutes, group)
            status = "absent"  # the principal whose place the ersättare took
        add_attendee(d, parsed, status, minutes, group)
        read += 1
        j += 1
    return read


def _entry(text: str, gaz: Gazetteer, cell: _Cell) -> ParsedAttendee | None:
    """The person of a name cell; "Anna Berg (S), ordf." ends with an abbreviation, not a sentence."""
    parsed = parse_attendee_line(text, gaz, cell.start, cell.end)
    if parsed is None and text[cell.end - 1] == ".":
        parsed = parse_attendee_line(text, gaz, cell.start, cell.end - 1)
        if parsed is not None and parsed.role is not None and parsed.role.end == cell.end - 1:
            parsed.role = Part(parsed.role.start, cell.end)
    return parsed


def _row_follows(d: LinedText, j: int, text: str, tabs: bool) -> bool:
    """A blank line inside the matrix: a row, a label or a Summa line comes next, within two lines."""
    for k in range(j + 1, min(j + 3, len(d.lines))):
        raw = d.lines[k].raw
        if raw.strip():
            return not raw.rstrip().endswith(".") and (tabs or len(raw.split()) <= 12)
    return False


def matrix_near(d: LinedText, i: int) -> int | None:
    """The matrix header at ``i`` or within the two non-blank lines below it (a title, "Närvaro")."""
    seen = 0
    for k in range(i, min(i + 6, len(d.lines))):
        if not d.lines[k].raw.strip():
            continue
        if matrix_columns(d, k) is not None:
            return k
        seen += 1
        if seen > 2:
            break
    return None
