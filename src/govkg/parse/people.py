"""parse.people: attendance lines of a minutes document → Attendees and organisations present.

Attendance comes as a cue heading with one person a line ("Närvarande" + rows, tables, tab
columns, group labels "Från Region X:"), as an inline list ("Närvarande: A (Ale), B (Lerum).
Från X deltog C."), or as unheaded status rows ("Name<TAB>Ja").
"""

from __future__ import annotations

import re
from dataclasses import replace

from govkg.gazetteer import Gazetteer
from govkg.model import Minutes, Quote
from govkg.parse.absent_after import absent_paragraph_after
from govkg.parse.attendance import is_table_header, parse_attendee_line
from govkg.parse.attendees import add_attendee as add_attendee
from govkg.parse.cell_lines import cell_heads, read_cell_rows
from govkg.parse.chat_roll import chat_entry, chat_line  # structure imports it from here
from govkg.parse.column_pairs import column_entries
from govkg.parse.entry import ParsedAttendee, name_length
from govkg.parse.entry_wraps import two_line_entry, wrapped_entry
from govkg.parse.groups import (
    GROUP_LABEL,
    LIST_LABELS,
    bare_label,
    column_cells,
    entry_below,
    group_header,
    group_header_line,
    group_list,
    indented_group,
    label_group,
)
from govkg.parse.inline_list import inline_list, list_entries
from govkg.parse.key_value import is_kv_row, read_kv_table
from govkg.parse.label_groups import company_label, cue_line_group, sub_label_value
from govkg.parse.lines import Kind
from govkg.parse.member_groups import member_group
from govkg.parse.name_wrap import joined_lines, wrapped_name_end
from govkg.parse.prose_attendance import prose_lead
from govkg.parse.right_column import is_wrap
from govkg.parse.row_wraps import row_body as continuation_body
from govkg.parse.semicolon_list import semicolon_after_cue
from govkg.parse.status_matrix import matrix_near, read_matrix
from govkg.parse.substitutes import substitutes_principals
from govkg.parse.tables import body_row, cue_above, header_columns, named_table_top, read_table
from govkg.parse.teams_report import read_report, report_header
from govkg.parse.textdoc import LinedText

_LABEL_COLUMN = re.compile(r"^[^\t]{2,40}\t+\S")
_COLUMNS = re.compile(r"\t+|\s{2,}")
# "Övriga närvarande        Mats Hallin, …": pdftotext's label column, aligned with spaces
_SPACED_LABEL = re.compile(r"^\S[^\t]{1,40}?\S {3,}\S")


def _margin(raw: str) -> int:
    return len(raw) - len(raw.lstrip(" \t"))


def _indented_below(d: LinedText, i: int) -> bool:
    """The line after a label-column cue continues its column (indented), as pdftotext lays it out."""
    nxt = d.lines[i + 1] if i + 1 < len(d.lines) else None
    return nxt is not None and _margin(nxt.raw) > _margin(d.lines[i].raw) and bool(nxt.raw.strip())


def attendance_block(d: LinedText, i: int, minutes: Minutes, gaz: Gazetteer) -> bool:
    """Read the attendance list that line ``i`` opens; True when it lists the writer ("och jag")."""
    before = len(minutes.present)
    writer = _attendance_block(d, i, minutes, gaz)
    substitutes_principals(minutes, before)  # "(ersättare för Gun Berg)": the one replaced is absent
    return writer


def _attendance_block(d: LinedText, i: int, minutes: Minutes, gaz: Gazetteer) -> bool:
    header = d.lines[i]
    status = header.status or "present"
    if (top := matrix_near(d, i)) is not None and read_matrix(d, top, minutes, gaz):
        # "Ledamot  Parti  Kommun  Tjg  Ej tjg  Frånv.": the column of a row's mark is its status
        return False
    if header.cells is not None and header.column == 0 and is_kv_row(d, i):
        # "| Deltagare | A, B |", "| Beslutande | Anna Berg (S), Ale |": a label | value table
        return read_kv_table(d, i, minutes, gaz)
    if header.cells is not None and (top := named_table_top(d, i)) is not None:
        # "| Anna Berg | Ale | Närvarande |": a row whose status cell reads as a cue; the table's
        # header names its columns, and the table is read once from there
        if not cue_above(d, top) and not any(d.lines[k].kind is Kind.ATTENDANCE for k in range(top, i)):
            read_table(d, top, status, minutes, gaz, None)
        return False
    if header.cells is not None and header_columns(d.norm.text, header.start, header.end) is not None:
        # "| Kommun | Närvarande | Förhinder |": the status headers hold the names; read once, here
        # or from the cue line above the table
        if not cue_above(d, i):
            read_table(d, i, status, minutes, gaz, None)
        return False
    if header.column is not None:
        # the table's column, then perhaps more groups below it ("Övriga" + one person a line)
        i = _table_column(d, i, header.column, status, minutes, gaz) - 1
    before = len(minutes.present) + len(minutes.absent)
    if header.prose:
        # "Vid mötet deltog A (Ort), …. Förhinder hade B (Ort).": the line is itself the roll call
        writer = inline_list(d, (header.start, header.end), status, minutes, gaz, prose_only=True)
        absent_paragraph_after(d, i, minutes, gaz)
        return writer
    writer = _block_lines(d, i, status, minutes, gaz)
    if header.rest:
        absent_paragraph_after(d, i, minutes, gaz)  # "A hade förhinder, så …" in a paragraph of its own
    if header.remote:
        # "Deltagare (digitalt):": the heading's qualifier holds for every line of its list
        for attendee in [*minutes.present, *minutes.absent][before:]:
            attendee.remote = True
    return writer


def _paragraph_list(d: LinedText, i: int) -> tuple[int, int] | None:
    """A bare cue's next line as ONE comma-separated paragraph of "Name (Kommun)" entries, if it is one."""
    j = i + 1
    while j < len(d.lines) and d.lines[j].kind is Kind.BLANK:
        j += 1
    if j >= len(d.lines) or d.lines[j].kind is not Kind.TEXT or d.lines[j].cells:
        return None
    line = d.lines[j]
    if prose_lead(line.text, 0, len(line.text)):
        return line.start, line.end  # "Närvaro" + "I mötet deltog regiondirektör A och B."
    if len(_NAME_PAREN.findall(line.text)) < 3 or len(_PAREN_COMMA.findall(line.text)) < 2:
        return None
    return line.start, line.end


# "Anna Berg (Ale)": a name with its bracket, as a part of a comma-separated paragraph
_NAME_PAREN = re.compile(
    r"(?:^|[,;]\s|\s(?:och|samt)\s)\s*[A-ZÅÄÖ][^\s,()]+(?:\s+[A-ZÅÄÖa-zåäö][^\s,()]*){1,3}\s*\("
)
_PAREN_COMMA = re.compile(r"\)\s*[,;]")


def _block_lines(d: LinedText, i: int, status: str, minutes: Minutes, gaz: Gazetteer) -> bool:
    header = d.lines[i]
    writer = False
    if (
        not header.rest
        and (heads := cell_heads(d, i)) is not None
        and read_cell_rows(d, i, heads, status, minutes, gaz)
    ):
        return False  # "Namn" / "Organisation" / "Roll" on lines of their own: a flattened table
    head_group = cue_line_group(d, i, gaz) if header.rest else None
    if head_group is not None:
        pass  # "Närvarande      Halmstads kommun": the body of the people listed below the cue
    elif header.rest and (run_in := _wrapped_rest(d, i)) is not None:
        # "Närvarande: A (Ale), B" + "(Lerum), C …" up to the blank line: one hard-wrapped paragraph
        a, b = run_in
        text = d.norm.text
        flat = LinedText(replace(d.norm, text=text[:a] + text[a:b].replace("\n", " ") + text[b:]), d.lines)
        return inline_list(flat, run_in, status, minutes, gaz)
    elif header.rest:
        writer = inline_list(d, header.rest, status, minutes, gaz)
    elif header.column is None and (semi := semicolon_after_cue(d, i)) is not None:
        # "Förhinder" alone, then "A, Ale kommun; B, Region X; C, Företagarna" + its wrapped tail
        return inline_list(semi[0], semi[1], status, minutes, gaz)
    elif header.column is None and (paragraph := _paragraph_list(d, i)) is not None:
        # "Närvarande" alone, then "A (Krokom), B (Åre), … samt C (Region X) som förde anteckningarna."
        return inline_list(d, paragraph, status, minutes, gaz)
    group: tuple[Quote, str, str | None] | None = head_group
    # "Beslutande<TAB>A / <TAB>B / Utses att justera<TAB>C": in a label column the list goes on in
    # indented lines, and a new label in the left column ends it
    label_column = bool(header.rest) and (
        _LABEL_COLUMN.match(header.raw) is not None
        # pdftotext -layout keeps the page's left margin: the label column starts at the cue's margin
        or (_SPACED_LABEL.match(header.raw.lstrip(" ")) is not None and _indented_below(d, i))
    )
    margin = _margin(header.raw)
    skip_to = 0
    group_columns = False
    before = len(minutes.attendees)
    for j in range(i + 1, len(d.lines)):
        line = d.lines[j]
        if line.kind is Kind.BLANK or j < skip_to:
            continue
        if line.cells is None and (report := report_header(line.text)) is not None:
            # "Namn<TAB>Första anslutning<TAB>…<TAB>E-post<TAB>Roll": a Teams attendance report
            skip_to = read_report(d, j, report, minutes, gaz)
            continue
        if line.kind is not Kind.ITEM and header_columns(d.norm.text, line.start, line.end) is not None:
            # "| Namn | Organisation | Närvaro |": the header names the columns of the rows below
            skip_to = read_table(d, j, status, minutes, gaz, group)
            continue
        if label_column and _margin(line.raw) <= margin:
            if (sub := sub_label_value(d, j)) is None:
                break
            group = None  # "Övriga      Anna Berg, konsult": another group in the label column
            list_entries(d, sub, status, minutes, gaz, None)
            continue
        if line.kind is Kind.TEXT and not line.cells and line.text.strip(" :*_").lower() in LIST_LABELS:
            group = None  # "Övriga" alone on its line: another group of the same list
            continue
        if line.kind is not Kind.TEXT or (line.heading_level and not line.cells):
            if line.heading_level == 9 and line.kind is Kind.TEXT and (label := label_group(d, j, gaz)):
                group = label  # "**Region Halland**" or "**Från kommunerna:**": a bold group label
                continue
            break
        cells = line.cells
        if cells is not None:
            texts = [d.norm.text[a:b] for a, b in cells]
            if is_table_header(texts) or group_header(texts):
                group, group_columns = None, group_header(texts)  # "| Ledamöter | Ersättare |"
                continue
            start, end = cells[0][0], cells[-1][1]
        else:
            start, end = line.start, line.end
            if is_table_header(_COLUMNS.split(d.norm.text[start:end].strip())):
                continue  # "Namn<TAB>Kommun<TAB>Funktion": a header row of tab columns
            if group_header_line(line.raw):
                group, group_columns = None, True  # "Kommuner<TAB>Övriga": the columns' groups
                continue
        if cells is None and (label := indented_group(d, j, gaz)) is not None:
            group = label  # "Försvarsmakten, Gotlands regemente" with its people indented below
            continue
        if cells is None and GROUP_LABEL.match(line.text):
            # "Från Region Skåne:": the people below belong to this body, unless their line names another
            group = label_group(d, j, gaz)
            continue
        if cells is None and (pairs := column_entries(d.norm.text, gaz, start, end)) is not None:
            # "Karlskrona: Mats Enqvist      Ronneby: Eva Tallqvist": two entries side by side
            for pair_parsed, pair_group in pairs:
                pair = None if pair_group is None else (d.quote(*pair_group[0]), pair_group[1], pair_group[2])
                add_attendee(d, pair_parsed, "absent" if line.checked is False else status, minutes, pair)
            continue
        if "|" in line.text and (rows := body_row(d, gaz, start, end, status)):
            for row_parsed, row_status, row_body in rows:  # "Ale kommun | Anna Berg | –"
                add_attendee(d, row_parsed, row_status, minutes, row_body or group)
            continue
        if cells is None and (company := company_label(d, j, gaz)) is not None:
            group = company  # "Mälarvatten AB", "Samordningsförbundet X": an unknown body's group
            continue
        if group_columns and (row := column_cells(d, j)):
            for a, b in row:  # under "Kommuner<TAB>Övriga" every cell is an entry of its own
                if (cell := parse_attendee_line(d.norm.text, gaz, a, b)) is not None:
                    add_attendee(d, cell, status, minutes, group)
            continue
        if cells is None and (wrap_end := wrapped_name_end(d, j)) is not None:
            # "…, Mikael" + "Wikström": the surname wrapped onto the next line is one entry
            d, end, skip_to = joined_lines(d, j, wrap_end), wrap_end, j + 2
        if cells is None and chat_line(line.text):
            # "09:02  Anna Berg: hej från Ale!": a chat check-in, the body named in the message
            parsed = chat_entry(d.norm.text, gaz, start, end)
        else:
            parsed = parse_attendee_line(d.norm.text, gaz, start, end)
        if cells is None and parsed is not None and (joined := two_line_entry(d, j, parsed, gaz)):
            parsed, skip_to = joined, j + 2  # "Anna Berg" + "    kommunchef, Ale kommun": one entry
        elif cells is None and parsed is not None and (wrapped := wrapped_entry(d, j, gaz)) is not None:
            parsed, skip_to = wrapped, j + 2  # "Karl-Johan Sjölander, Skånes" + "  kommuner, direktör"
        if parsed is None and cells is None and is_wrap(line.raw) and minutes.attendees:
            continue  # "  ordförande" under an entry with other text between: a wrap, no end of the list
        if parsed is None and cells is None and (gl := group_list(d, start, end, gaz)) is not None:
            # "Från Region X: A, regiondirektör, och B": a body's people on the label's own line
            list_entries(d, gl[1], status, minutes, gaz, gl[0])
            continue
        if parsed is None and cells is None and bare_label(d, j, gaz):
            # "Direktionens ledamöter": a group of the same list; "Ledamöter utsedda av X": X's members
            group = member_group(d, start, end, gaz)
            continue
        if parsed is None and cells is None and len(minutes.attendees) == before and _intro(d, j, gaz):
            continue  # "Ledamöter och ersättare som var närvarande.": a sentence introducing the list
        if parsed is None:
            break
        if parsed.organisation_only and cells is None:
            # "Region Halland" alone on its line: the body of the people listed below it
            quote = d.quote(parsed.name.start, parsed.name.end)
            group = (quote, parsed.affiliation_canonical or quote.text, parsed.org_id)
        # "[ ] Kinda – A" under "Närvarolista": an absentee; "   B, chef" under "Ale kommun   A": Ale's
        wrap_row = continuation_body(d, j, gaz) if cells is None else None
        add_attendee(d, parsed, "absent" if line.checked is False else status, minutes, wrap_row or group)
    return writer


_NEW_LABEL = re.compile(r"^[^:,.()]{2,50}:\s")
_FROM_LABEL = re.compile(r"^(?:från|för)\s+[A-ZÅÄÖ][^:,.()]{1,50}:\s", re.IGNORECASE)
_WRAP_WIDTH = 55  # a line this long that runs on into the next is a paragraph wrapped by the editor


def _wrapped_rest(d: LinedText, i: int) -> tuple[int, int] | None:
    """The run-in list of cue line ``i`` with its hard-wrapped continuation lines, if it has any."""
    header = d.lines[i]
    assert header.rest is not None
    end = header.rest[1]
    j = i
    while j + 1 < len(d.lines) and len(d.lines[j].raw.rstrip()) >= _WRAP_WIDTH:
        nxt = d.lines[j + 1]
        if (
            nxt.kind is not Kind.TEXT
            or nxt.cells is not None
            or nxt.bullet
            or nxt.heading_level
            or not nxt.raw.strip()
            or nxt.raw[:1].isspace()
            or d.lines[j].raw.rstrip().endswith(":")
            # "… Anders Sjöholm/Örebro." + "Från Region X: …": a sentence ends and a new label begins
            or (d.lines[j].raw.rstrip().endswith(".") and _NEW_LABEL.match(nxt.text) is not None)
            or _FROM_LABEL.match(nxt.text) is not None  # "Från Region X: A, B": a group of its own
        ):
            break
        end, j = nxt.end, j + 1
    return None if j == i else (header.rest[0], end)


def _intro(d: LinedText, j: int, gaz: Gazetteer) -> bool:
    """A sentence right under the cue, before any entry, with a group label or an entry below it."""
    line = d.lines[j]
    if line.kind is not Kind.TEXT or not line.text.rstrip().endswith(".") or len(line.text.split()) > 25:
        return False
    if name_length(line.text, 0, len(line.text)):
        return False
    k = j + 1
    while k < len(d.lines) and d.lines[k].kind is Kind.BLANK:
        k += 1
    return k < len(d.lines) and (bare_label(d, k, gaz) or entry_below(d, j, gaz))


def _table_column(d: LinedText, i: int, column: int, status: str, minutes: Minutes, gaz: Gazetteer) -> int:
    """ "| Datum | Plats | Närvarande |" then one attendee a row in that column (other cells empty).

    Returns the index of the first line after the table.
    """
    j = i + 1
    while j < len(d.lines):
        line = d.lines[j]
        if line.kind is Kind.BLANK and line.raw.strip() and set(line.raw.strip()) <= set("|-: "):
            j += 1
            continue  # the "|---|---|" rule under the header
        if line.cells is None or column >= len(line.cells):
            break
        a, b = line.cells[column]
        parsed = parse_attendee_line(d.norm.text, gaz, a, b) if b > a else None
        if parsed is not None:
            add_attendee(d, parsed, status, minutes)
        j += 1
    return j


def status_rows(d: LinedText, indices: list[int], minutes: Minutes, gaz: Gazetteer) -> None:
    """Attendance without a heading: runs of rows like "[Name], [Ja]" or "Name<TAB>Nej"."""
    text = d.norm.text
    before_items = next((k for k, i in enumerate(indices) if i != k), len(indices))
    for i in indices[:before_items]:
        top = d.lines[i]
        if top.kind is not Kind.BLANK and header_columns(text, top.start, top.end) is not None:
            # "| Namn | Kommun | Roll |" before the first item: a table that names a person column
            read_table(d, i, "present", minutes, gaz, None)
            if minutes.attendees:
                return
    run: list[ParsedAttendee] = []
    for i in [*indices, -1]:
        line = d.lines[i] if i >= 0 else None
        parsed = None
        if line is not None and line.kind is Kind.TEXT:
            parsed = parse_attendee_line(d.norm.text, gaz, line.start, line.end)
        if parsed is not None and parsed.status is not None:
            run.append(parsed)
            continue
        if line is not None and line.kind is Kind.BLANK:
            continue
        if len(run) >= 2:
            for p in run:
                add_attendee(d, p, "present", minutes)
        run = []
