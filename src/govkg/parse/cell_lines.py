"""parse.cell_lines: a table flattened to one cell per line under a cue → one attendee per k lines.

A Word or HTML table exported as plain text loses its grid: each cell stands on its own line, the
header's cells first ("Namn" / "Organisation" / "Roll"), then the rows, k lines each. The number of
header cells gives k, and each head says what its line of a row holds. The rows run until a blank
line, or until a group of k lines whose name cell is no person. A body line BELOW a name belongs to
that name (the row is read in header order), never to the name after it.
"""

from __future__ import annotations

from govkg.gazetteer import Gazetteer
from govkg.model import Minutes
from govkg.parse.attendance import parse_attendee_line
from govkg.parse.attendees import add_attendee
from govkg.parse.brackets import parse_note
from govkg.parse.entry import Part, cell_org, name_length
from govkg.parse.lines import Kind
from govkg.parse.tables import head_role, row_status
from govkg.parse.textdoc import LinedText

_MAX_HEADS = 6


def cell_heads(d: LinedText, i: int) -> list[str] | None:
    """The roles of the one-cell header lines right under the cue at ``i`` (a name and one more)."""
    roles: list[str] = []
    for j in range(i + 1, min(len(d.lines), i + 1 + _MAX_HEADS + 1)):
        line = d.lines[j]
        text = line.text.strip(" *_:")
        if line.kind is Kind.BLANK or line.cells or "\t" in line.raw.strip() or len(text.split()) > 3:
            break
        role = head_role(text)
        if role is None:
            break
        roles.append(role)
    if len(roles) < 2 or roles.count("name") != 1 or len(set(roles)) != len(roles):
        return None
    return roles


def read_cell_rows(
    d: LinedText, i: int, roles: list[str], status: str, minutes: Minutes, gaz: Gazetteer
) -> int:
    """Read the rows below the header lines; the number of attendees read."""
    text = d.norm.text
    k = len(roles)
    j = i + 1 + k
    read = 0
    while j + k <= len(d.lines):
        row = d.lines[j : j + k]
        if any(ln.kind is Kind.BLANK or ln.cells or not ln.text.strip() for ln in row):
            break
        name_line = row[roles.index("name")]
        parsed = parse_attendee_line(text, gaz, name_line.start, name_line.end)
        if (
            parsed is None
            or parsed.organisation_only
            or name_length(text, name_line.start, name_line.end) != len(name_line.text.rstrip())
        ):
            break  # "Kvartalsrapport för nätverket": a row of another table, or no row at all
        row_said: str | None = None
        for role, line in zip(roles, row, strict=True):
            a, b = line.start, line.start + len(line.text.rstrip())
            value = text[a:b]
            if role == "body" and value.strip(" -–—"):
                parsed.affiliation = Part(a, b)
                resolved = cell_org(gaz, value)
                parsed.affiliation_canonical, parsed.org_id = resolved if resolved else (value, None)
            elif role in ("role", "note") and value.strip(" -–—"):
                items, remote = parse_note(value)
                parsed.items_attended = parsed.items_attended or items
                parsed.remote = parsed.remote or remote
                if role == "role":
                    parsed.role = Part(a, b)
                else:
                    parsed.note = Part(a, b)
            elif role == "status" and (said := row_status(value)) is not None:
                row_said = said[0]
                parsed.remote = parsed.remote or said[1]
        add_attendee(d, parsed, row_said or status, minutes)
        read += 1
        j += k
    return read
