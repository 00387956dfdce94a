"""parse.key_value: a label | value table (page properties, a protocol's grid) → attendees and the recorder.

A collaboration page exports its properties as ``| **Deltagare** | @A (Ale), @B (Lerum) |``; a
formal protocol's first page is a pandoc grid ``| Beslutande | Anna Berg (S), Ale, ordförande |`` whose
continuation rows leave the label cell empty (``|            | Bo Ek (M), Lerum |``) and whose label
may wrap over two rows (``| Ej tjänstgörande |`` / ``| ersättare |``). Each label is the cue of the
values beside it: a roll-call cue (present/absent), the chair's label, or the recorder's label. A
one-row value is an inline list; a value over several rows is one entry a row, a row that ends in a
dangling word ("… ersättare för") wrapping into the next.
"""

from __future__ import annotations

import re

from govkg.gazetteer import Gazetteer
from govkg.model import Minutes, Recorder
from govkg.parse.attendance import parse_attendee_line
from govkg.parse.attendees import add_attendee
from govkg.parse.entry import Part, name_length
from govkg.parse.inline_list import list_entries
from govkg.parse.role_cues import RECORDER, kv_label, kv_status
from govkg.parse.textdoc import LinedText

_GRID_BORDER = re.compile(r"^\s*\+[-=:+]+\+\s*$")
_PIPE_RULE = re.compile(r"^\s*\|[-:| ]+\|\s*$")
_DOTTED = re.compile(r"^[._…\s]{4,}$")
# a value row that goes on in the next row: "… tjänstgörande ersättare för", "… och", "…,"
_DANGLING = re.compile(r"(?:\s(?:för|och|samt|i|på|av|till|med|vid)|[,–-])$", re.IGNORECASE)
_SUBSTITUTE = re.compile(r"(?:ersättare|tjänstgörande|ersätter|i\s+stället)\s+för$", re.IGNORECASE)
_NAME_PAREN = re.compile(r"[A-ZÅÄÖ][^\s,()]+(?:\s+[A-ZÅÄÖ][^\s,()]+){1,3}\s*\(")

# A block: (label text, [(row index, value start, value end)], label span)
_Block = tuple[str, list[tuple[int, int, int]], tuple[int, int]]


def _is_rule(raw: str) -> bool:
    return bool(_GRID_BORDER.match(raw) or _PIPE_RULE.match(raw))


def _two_cells(d: LinedText, j: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
    cells = d.lines[j].cells
    return (cells[0], cells[1]) if cells is not None and len(cells) == 2 else None


def table_top(d: LinedText, i: int) -> int:
    """The first line of the table row ``i`` stands in (grid borders and rule rows included)."""
    k = i
    while k > 0 and (d.lines[k - 1].cells is not None or _is_rule(d.lines[k - 1].raw)):
        k -= 1
    return k


def is_kv_row(d: LinedText, j: int) -> bool:
    """A two-cell row whose label cell is a cue and whose value cell holds the people."""
    pair = _two_cells(d, j)
    if pair is None:
        return False
    (a, b), (x, y) = pair
    text = d.norm.text
    return kv_status(text[a:b]) is not None and y > x and not _DOTTED.match(text[x:y])


def read_kv_table(d: LinedText, i: int, minutes: Minutes, gaz: Gazetteer) -> bool:
    """Read the whole label | value table row ``i`` belongs to, once (from its first cue row)."""
    top = table_top(d, i)
    if any(is_kv_row(d, k) for k in range(top, i)):
        return False  # an earlier cue row of the same table read it
    for label, rows, label_span in _blocks(d, top):
        _read_block(d, label, rows, label_span, minutes, gaz)
    return False


def _blocks(d: LinedText, top: int) -> list[_Block]:
    """The label blocks of the table: a labelled row, its continuation rows, a label wrapped below."""
    text = d.norm.text
    blocks: list[_Block] = []
    bordered = False  # a rule line since the last row: a grid's new cell begins
    for j in range(top, len(d.lines)):
        line = d.lines[j]
        if _is_rule(line.raw):
            bordered = True
            continue
        pair = _two_cells(d, j)
        if pair is None:
            break
        (a, b), (x, y) = pair
        label = text[a:b].strip(" *_")
        wraps_label = bool(label) and label[0].islower() and blocks and not bordered
        if label and not wraps_label:
            la = a + (len(text[a:b]) - len(text[a:b].lstrip(" *_")))
            lb = b - (len(text[a:b]) - len(text[a:b].rstrip(" *_")))
            blocks.append((label, [], (la, lb)))
        elif wraps_label:
            old, rows, (la, _) = blocks[-1]
            blocks[-1] = (f"{old} {label}", rows, (la, b))
        if blocks and y > x:
            blocks[-1][1].append((j, x, y))
        bordered = False
    return blocks


def _read_block(
    d: LinedText,
    label: str,
    rows: list[tuple[int, int, int]],
    label_span: tuple[int, int],
    minutes: Minutes,
    gaz: Gazetteer,
) -> None:
    text = d.norm.text
    if not rows:
        return
    kind = kv_label(label)
    if kind is None:
        return
    if kind == "recorder":
        _recorder(d, rows, minutes, gaz)
        return
    status = "absent" if kind == "absent" else "present"
    if len(rows) == 1 or any(text.count("@", x, y) >= 2 for _, x, y in rows):
        for _, x, y in rows:  # "| Deltagare | @A (Ale), @B (Lerum) |": an inline list
            before = len(minutes.present)
            list_entries(d, (x, y), status, minutes, gaz, None)
            if kind == "chair":
                for attendee in minutes.present[before:]:
                    attendee.role = attendee.role or d.quote(*label_span)
        return
    k = 0
    while k < len(rows):
        _, x, y = rows[k]
        nxt = rows[k + 1] if k + 1 < len(rows) else None
        dangling = _DANGLING.search(text, x, y) if nxt is not None else None
        end = dangling.start() if dangling else y
        parsed = parse_attendee_line(text, gaz, x, end) if name_length(text, x, end) else None
        if parsed is not None:
            if dangling and _SUBSTITUTE.search(text, x, y) and nxt is not None:
                # "… tjänstgörande ersättare för" / "Tomas Nylén (M)": the one replaced is absent
                principal = parse_attendee_line(text, gaz, nxt[1], nxt[2])
                if principal is not None and not principal.organisation_only:
                    principal.affiliation_canonical = (
                        principal.affiliation_canonical or parsed.affiliation_canonical
                    )
                    principal.org_id = principal.org_id or parsed.org_id
                    add_attendee(d, principal, "absent", minutes)
            add_attendee(d, parsed, status, minutes)
        k += 2 if dangling else 1


def _recorder(d: LinedText, rows: list[tuple[int, int, int]], minutes: Minutes, gaz: Gazetteer) -> None:
    """ "| Antecknare | Anna Berg, Region X |" or "| Sekreterare | …… |" over "| | Anna Berg |"."""
    text = d.norm.text
    spans = [(x, y) for _, x, y in rows if not _DOTTED.match(text[x:y])]
    if not spans or minutes.recorded_by is not None:
        return
    x, y = spans[0]
    parsed = parse_attendee_line(text, gaz, x, y)
    if parsed is None or parsed.organisation_only:
        return
    role = parsed.role
    minutes.recorded_by = Recorder(
        name=d.quote(parsed.name.start, parsed.name.end),
        role=d.quote(role.start, role.end) if isinstance(role, Part) and role.end > role.start else None,
    )
    # the page's properties are its one record of the meeting: the note-taker named there took part
    add_attendee(d, parsed, "present", minutes)


def recorder_label(cell: str) -> bool:
    m = RECORDER.match(cell.strip(" *_"))
    return m is not None and not m.group("rest")
