"""parse.teams_report: a pasted Teams attendance report's TAB table → present attendees, bodies from e-mail.

Teams exports its attendance as a TAB table under a header such as "Namn / Första anslutning /
Senaste utträde / Tid i mötet / E-post / Roll" (or "Senaste frånkoppling", "Mötesvaraktighet",
"E-postadress", "Deltagar-ID"; in English "Name / First join / Last leave / Duration / Email / Role").
Every row is a person who joined: present. The header names the columns, so a row is read by column:
the name from the name column ("(Extern)", "(Gäst)" after it is a note), the body from the e-mail
domain when the gazetteer knows it, never from "Roll" (Organisatör / Presentatör / Deltagare are
the meeting's roles, not titles). A row that is no person (a room account "Konferensrum Vänern",
"Regionens hus Roxen") is skipped and the table goes on.
"""

from __future__ import annotations

import re

from govkg.gazetteer import Gazetteer, Municipality
from govkg.model import Minutes
from govkg.parse.attendees import add_attendee
from govkg.parse.entry import ParsedAttendee, Part, name_length
from govkg.parse.lines import Kind
from govkg.parse.textdoc import LinedText

_NAME_HEAD = re.compile(r"namn|name|fullständigt\s+namn|full\s+name|deltagare|participant", re.I)
_REPORT_HEADS = re.compile(
    r"första\s+anslutning|senaste\s+(?:utträde|frånkoppling|anslutning)|tid\s+i\s+mötet|"
    r"mötesvaraktighet|varaktighet|e-?post(?:adress)?|roll|deltagar-?id|"
    r"first\s+join|last\s+leave|join\s+time|leave\s+time|(?:in-meeting\s+)?duration|e-?mail|role|participant\s+id",
    re.I,
)
_EMAIL_HEAD = re.compile(r"e-?post(?:adress)?|e-?mail", re.I)
_GUEST = re.compile(r"\s*\((?:extern|gäst|external|guest|unverified|overifierad)\)\s*$", re.I)
# "Konferensrum Vänern", "Sammanträdesrummet", "Stora salen", "Room 4": a room's account
_ROOM = re.compile(r"\w*(?:rum|rummet|salen)|sal|room|hus|huset|studio|lokal", re.I)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def report_header(text: str) -> dict[str, int] | None:
    """The TAB header of a Teams attendance report → {"name": k, "email": k}; None for other rows."""
    if text.count("\t") < 2:
        return None
    cells = [c.strip(" *_") for c in text.split("\t")]
    name_at = next((k for k, c in enumerate(cells) if _NAME_HEAD.fullmatch(c)), None)
    reports = sum(1 for c in cells if _REPORT_HEADS.fullmatch(c))
    if name_at is None or reports < 2:
        return None
    columns = {"name": name_at}
    if (email_at := next((k for k, c in enumerate(cells) if _EMAIL_HEAD.fullmatch(c)), None)) is not None:
        columns["email"] = email_at
    return columns


def read_report(d: LinedText, top: int, columns: dict[str, int], minutes: Minutes, gaz: Gazetteer) -> int:
    """The rows under the header line ``top``, each a present person; the index of the first other line."""
    text = d.norm.text
    j = top + 1
    while j < len(d.lines):
        line = d.lines[j]
        raw = text[line.start : line.end]
        if line.kind is Kind.BLANK or "\t" not in raw:
            break
        cells = _cells(text, line.start, line.end)
        if columns["name"] < len(cells):
            parsed = _row(text, gaz, cells, columns)
            if parsed is not None:
                add_attendee(d, parsed, "present", minutes)
        j += 1
    return j


def _cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    cells: list[tuple[int, int]] = []
    pos = start
    for k in [*(k for k in range(start, end) if text[k] == "\t"), end]:
        a, b = pos, k
        while a < b and text[a] == " ":
            a += 1
        while b > a and text[b - 1] == " ":
            b -= 1
        cells.append((a, b))
        pos = k + 1
    return cells


def _row(
    text: str, gaz: Gazetteer, cells: list[tuple[int, int]], columns: dict[str, int]
) -> ParsedAttendee | None:
    a, b = cells[columns["name"]]
    note: Part | None = None
    if guest := _GUEST.search(text, a, b):
        note = Part(guest.start() + (len(guest.group()) - len(guest.group().lstrip())), b)
        b = guest.start()
    n = name_length(text, a, b)
    words = text[a:b].split()
    if n != b - a or any(_ROOM.fullmatch(w) for w in words):
        return None  # a room account or a device, not a person
    parsed = ParsedAttendee(name=Part(a, b), note=note)
    email_at = columns.get("email")
    address = (
        text[cells[email_at][0] : cells[email_at][1]]
        if email_at is not None and email_at < len(cells)
        else ""
    )
    if not _EMAIL.fullmatch(address):
        found = _EMAIL.search(text, cells[0][0], cells[-1][1])  # the address in another column
        address = found.group() if found else ""
    entry = gaz.by_domain(address) if address else None
    if entry is not None:
        parsed.affiliation_canonical = entry.name
        parsed.org_id = f"kommun-{entry.scb_code}" if isinstance(entry, Municipality) else entry.id
    return parsed
