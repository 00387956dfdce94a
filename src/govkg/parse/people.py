"""parse.people: attendance lines of a minutes document → Attendees and organisations present.

Attendance comes as a cue heading with one person a line ("Närvarande" + rows, tables, tab
columns, group labels "Från Region X:"), as an inline list ("Närvarande: A (Ale), B (Lerum).
Från X deltog C."), or as unheaded status rows ("Name<TAB>Ja").
"""

from __future__ import annotations

import re

from govkg.gazetteer import Gazetteer
from govkg.model import Minutes, OrgMention, Quote, Recorder
from govkg.parse.attendance import is_table_header, parse_attendee_line
from govkg.parse.attendees import add_attendee as add_attendee
from govkg.parse.chat_roll import chat_entry, chat_line  # structure imports it from here
from govkg.parse.column_pairs import column_entries
from govkg.parse.entry import ParsedAttendee, name_length
from govkg.parse.groups import GROUP_LABEL, LIST_LABELS, indented_group, label_group
from govkg.parse.lines import Kind
from govkg.parse.name_order import join_surname_first
from govkg.parse.prose_attendance import WELCOME, prose_lead, prose_sentence
from govkg.parse.right_column import is_wrap, joined_wrap
from govkg.parse.status_words import words
from govkg.parse.tables import body_row, cue_above, header_columns, named_table_top, read_table
from govkg.parse.textdoc import LinedText

# "Från Region Örebro län: A, regiondirektör, och B": a group label with its people on one line
_GROUP_LIST = re.compile(
    r"^(?P<from>(?:från|för)\s+)?(?P<group>[^:,]{2,60}?)\s*:\s*(?P<list>\S.*)$", re.IGNORECASE
)
# "och jag själv (Anna Berg) som antecknade": the writer of the notes names herself
_MYSELF = re.compile(r"(?:och\s+)?jag\s+(?:själv\s+)?\((?P<name>[^()]+)\)", re.IGNORECASE)
_LABEL_COLUMN = re.compile(r"^[^\t]{2,40}\t+\S")
_COLUMNS = re.compile(r"\t+|\s{2,}")


def attendance_block(d: LinedText, i: int, minutes: Minutes, gaz: Gazetteer) -> bool:
    """Read the attendance list that line ``i`` opens; True when it lists the writer ("och jag")."""
    header = d.lines[i]
    status = header.status or "present"
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
        return _inline_list(d, (header.start, header.end), status, minutes, gaz, prose_only=True)
    writer = _block_lines(d, i, status, minutes, gaz)
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
    if header.rest:
        writer = _inline_list(d, header.rest, status, minutes, gaz)
    elif header.column is None and (paragraph := _paragraph_list(d, i)) is not None:
        # "Närvarande" alone, then "A (Krokom), B (Åre), … samt C (Region X) som förde anteckningarna."
        return _inline_list(d, paragraph, status, minutes, gaz)
    group: tuple[Quote, str, str | None] | None = None
    # "Beslutande<TAB>A / <TAB>B / Utses att justera<TAB>C": in a label column the list goes on in
    # indented lines, and a new label in the left column ends it
    label_column = bool(header.rest) and _LABEL_COLUMN.match(header.raw) is not None
    skip_to = 0
    for j in range(i + 1, len(d.lines)):
        line = d.lines[j]
        if line.kind is Kind.BLANK or j < skip_to:
            continue
        if line.kind is not Kind.ITEM and header_columns(d.norm.text, line.start, line.end) is not None:
            # "| Namn | Organisation | Närvaro |": the header names the columns of the rows below
            skip_to = read_table(d, j, status, minutes, gaz, group)
            continue
        if label_column and not line.raw[:1].isspace():
            break
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
            if is_table_header(texts):
                continue
            start, end = cells[0][0], cells[-1][1]
        else:
            start, end = line.start, line.end
            if is_table_header(_COLUMNS.split(d.norm.text[start:end].strip())):
                continue  # "Namn<TAB>Kommun<TAB>Funktion": a header row of tab columns
        if cells is None and (label := indented_group(d, j, gaz)) is not None:
            group = label  # "Försvarsmakten, Gotlands regemente" with its people indented below
            continue
        if cells is None and GROUP_LABEL.match(line.text):
            # "Från Region Skåne:": the people below belong to this body, unless their line names another
            group = label_group(d, j, gaz)
            continue
        if cells is None and (pairs := column_entries(d.norm.text, gaz, start, end)) is not None:
            # "Karlskrona: Mats Lindgren      Ronneby: Eva Thörn": two entries side by side
            for pair_parsed, pair_group in pairs:
                pair = None if pair_group is None else (d.quote(*pair_group[0]), pair_group[1], pair_group[2])
                add_attendee(d, pair_parsed, "absent" if line.checked is False else status, minutes, pair)
            continue
        if "|" in line.text and (rows := body_row(d, gaz, start, end, status)):
            for row_parsed, row_status, row_body in rows:  # "Ale kommun | Anna Berg | –"
                add_attendee(d, row_parsed, row_status, minutes, row_body or group)
            continue
        if cells is None and chat_line(line.text):
            # "09:02  Anna Berg: hej från Ale!": a chat check-in, the body named in the message
            parsed = chat_entry(d.norm.text, gaz, start, end)
        else:
            parsed = parse_attendee_line(d.norm.text, gaz, start, end)
        if cells is None and parsed is not None and (joined := _two_line_entry(d, j, parsed, gaz)):
            parsed, skip_to = joined, j + 2  # "Anna Berg" + "    kommunchef, Ale kommun": one entry
        elif cells is None and parsed is not None and (wrapped := _wrapped(d, j, gaz)) is not None:
            parsed, skip_to = wrapped, j + 2  # "Karl-Johan Rydén, Skånes" + "  kommuner, direktör"
        if parsed is None and cells is None and is_wrap(line.raw) and minutes.attendees:
            continue  # "  ordförande" under an entry with other text between: a wrap, no end of the list
        if parsed is None and cells is None and (g := _GROUP_LIST.match(line.text)):
            # "Från Region X: A, regiondirektör, och B": a body's people on the label's own line
            body = d.quote(line.start + g.start("group"), line.start + g.end("group"))
            found = gaz.affiliation(body.text)
            listed_text = g.group("list")
            unknown_body = (  # "Vård- och omsorgscollege: Anna Berg, samordnare": a label, not a name
                body.text[:1].isupper()
                and body.text.split()[0].lower() not in LIST_LABELS
                and len(body.text.split()) <= 6
                and name_length(listed_text, 0, len(listed_text)) > 0
            )
            if found or g.group("from") or unknown_body:
                listed = (line.start + g.start("list"), line.start + g.end("list"))
                group_of = (
                    (body, found[0], getattr(found[1], "id", None)) if found else (body, body.text, None)
                )
                _list_entries(d, listed, status, minutes, gaz, group_of)
                continue
        if parsed is None:
            break
        if parsed.organisation_only and cells is None:
            # "Region Halland" alone on its line: the body of the people listed below it
            quote = d.quote(parsed.name.start, parsed.name.end)
            group = (quote, parsed.affiliation_canonical or quote.text, parsed.org_id)
        # "[ ] Kinda – Robert Grip" under "Närvarolista": an unticked box is an absentee
        add_attendee(d, parsed, "absent" if line.checked is False else status, minutes, group)
    return writer


def _wrapped(d: LinedText, j: int, gaz: Gazetteer) -> ParsedAttendee | None:
    """An entry and its indented wrap on the next line ("  (p 2)", "  kommuner, direktör"), read as one."""
    line = d.lines[j]
    if j + 1 >= len(d.lines) or not is_wrap(d.lines[j + 1].raw) or d.lines[j + 1].kind is not Kind.TEXT:
        return None
    nxt = d.lines[j + 1]
    joined = joined_wrap(d.norm.text, line.end, nxt.start)
    return None if joined is None else parse_attendee_line(joined, gaz, line.start, nxt.end)


def _two_line_entry(d: LinedText, j: int, parsed: ParsedAttendee, gaz: Gazetteer) -> ParsedAttendee | None:
    """A bare name line and, right below it, an indented (or lower-case) "role, Body" line."""
    if parsed.affiliation is not None or parsed.role is not None or parsed.organisation_only:
        return None
    line = d.lines[j]
    if j + 1 >= len(d.lines) or parsed.name.end - parsed.name.start != line.end - line.start:
        return None  # the name fills its line: "Anna Berg", not "Anna Berg, Ale"
    nxt = d.lines[j + 1]
    if nxt.cells or nxt.bullet or not nxt.text:
        return None
    if nxt.kind is not Kind.TEXT and not (nxt.kind is Kind.RECORDER and nxt.text[0].islower()):
        return None  # "    sekreterare, Tornedalsrådet": a lower-case title, not the recorder's cue
    indent = len(nxt.raw) - len(nxt.raw.lstrip(" \t"))
    if indent <= len(line.raw) - len(line.raw.lstrip(" \t")) and not nxt.text[0].islower():
        return None
    if name_length(d.norm.text, nxt.start, nxt.end) > 0 and not nxt.text[0].islower():
        return None  # the next person, indented the same way as a continuation would be
    # one entry over two lines: read with the line break as a comma, so every offset stays the same
    text = d.norm.text
    between = text[line.end : nxt.start]
    if between.count("\n") != 1 or between.strip():
        return None
    joined = text[: line.end] + "," + text[line.end + 1 :]
    found = parse_attendee_line(joined, gaz, line.start, nxt.end)
    if found is None or found.name != parsed.name or (found.affiliation is None and found.role is None):
        return None
    return found


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


_WRITER_WORDS = frozenset({"jag", "jag själv", "mig", "mig själv", "undertecknad", "undertecknade"})
# "Gäst: Anna Berg, SKR (p 2)." as a later sentence of an inline attendance line
_CUE_SENTENCE = re.compile(
    rf"^(?:(?P<absent>{words('absent', 'label')})|(?P<present>gäst(?:er)?|inbjudna|inbjuden|"
    r"adjungerade?|även\s+närvarande|övriga))\s*:\s*(?P<list>\S)",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"\.\s+(?=[A-ZÅÄÖ])")
# "Från Storsthlm deltog A, direktör, och B": a sentence that names more attendees and their body
_FROM_BODY = re.compile(
    r"^(?:från|för)\s+(?P<body>.+?)\s+(?:deltog|närvarade|medverkade)(?:\s+även|\s+också)?\s+(?P<list>.+)$",
    re.IGNORECASE,
)
# "…, som förde anteckningarna": the note-taker named inside the attendance list
_KEEPS_NOTES = re.compile(
    r"^som\s+(?:också\s+|även\s+)?(?:förde|för|skrev)\s+(?:anteckningarna|protokollet|minnesanteckningarna)\b|^som\s+antecknade\b",
    re.I,
)


_KEEPS_NOTES_TAIL = re.compile(
    r"\s+som\s+(?:också\s+|även\s+)?(?:förde|för|skrev)\s+(?:minnes)?(?:anteckningarna|protokollet)$|\s+som\s+antecknade$",
    re.I,
)


def _inline_list(
    d: LinedText,
    rest: tuple[int, int],
    status: str,
    minutes: Minutes,
    gaz: Gazetteer,
    prose_only: bool = False,
) -> bool:
    """'Närvarande: Anna Berg (Ale), Bo Ek (Lerum)' or 'Närvarande: Bolagsverket, Digg'."""
    text = d.norm.text
    start, end = rest
    # the list is the first sentence; later ones may add "Från X deltog …"
    sentences: list[tuple[int, int]] = []
    pos = start
    depth = 0
    for k in range(start, end):
        depth += text[k] == "("
        depth -= text[k] == ")"
        if depth == 0 and (m := _SENTENCE_END.match(text, k)) and m.end() <= end:
            sentences.append((pos, k))
            pos = m.end()
    sentences.append((pos, end))
    writer = False
    # a prose line that names no one ("I mötet deltog även representanter från X") is no list either
    if not _prose(d, sentences[0], status, minutes, gaz) and not prose_only:
        writer = _list_entries(d, sentences[0], status, minutes, gaz, None)
    for a, b in sentences[1:]:
        if c := _CUE_SENTENCE.match(text[a:b]):
            # "Gäst: Anna Berg, SKR (p 2).", "Förhinder: Bo Ek." as a later sentence of the line
            cue_status = "absent" if c.group("absent") else "present"
            writer = _list_entries(d, (a + c.start("list"), b), cue_status, minutes, gaz, None) or writer
        elif m := _FROM_BODY.match(text[a:b]):
            quote = d.quote(a + m.start("body"), a + m.end("body"))
            found = gaz.affiliation(quote.text)
            group = (quote, found[0], getattr(found[1], "id", None)) if found else (quote, quote.text, None)
            _list_entries(d, (a + m.start("list"), a + m.end("list")), status, minutes, gaz, group)
        else:
            _prose(d, (a, b), status, minutes, gaz)
    return writer


def opening_roll_call(d: LinedText, first: int, stop: int, minutes: Minutes, gaz: Gazetteer) -> bool:
    """A roll call written inside the opening item ("A hälsade välkomna: B (Ort), …"); True if read.

    The item keeps its text: the sentence is both the record of who came and part of the item."""
    found = False
    for k in range(first, stop):
        line = d.lines[k]
        if line.kind not in (Kind.TEXT, Kind.ATTENDANCE) or not line.text.strip():
            continue
        text = line.text
        welcome = "älsade" in text and WELCOME.search(text) is not None
        if (
            not welcome
            and not (line.kind is Kind.ATTENDANCE and line.prose)
            and not prose_lead(text, 0, len(text))
        ):
            continue
        before = len(minutes.attendees)
        status = line.status if line.kind is Kind.ATTENDANCE and line.status else "present"
        _inline_list(d, (line.start, line.end), status, minutes, gaz, prose_only=True)
        found = found or len(minutes.attendees) > before
    return found


def _name_in(text: str, a: int, b: int) -> tuple[int, int] | None:
    """The first name in text[a:b] after a few lower-case words ("processledare Malin Ekdahl")."""
    for w in re.finditer(r"(?<!\S)[A-ZÅÄÖ]", text[a:b]):
        if n := name_length(text, a + w.start(), b):
            return a + w.start(), a + w.start() + n
    return None


def _prose(d: LinedText, span: tuple[int, int], status: str, minutes: Minutes, gaz: Gazetteer) -> bool:
    """An attendance sentence in prose ("Förhinder hade A (Ort)"); False when it is not one."""
    entries = prose_sentence(d, *span, gaz, status)
    for e in entries or ():
        add_attendee(d, e.parsed, e.status, minutes, e.group)
        if e.recorder and minutes.recorded_by is None:
            role = e.parsed.role
            minutes.recorded_by = Recorder(
                name=d.quote(e.parsed.name.start, e.parsed.name.end),
                role=d.quote(role.start, role.end) if role is not None else None,
            )
    return entries is not None


def _list_entries(
    d: LinedText,
    span: tuple[int, int],
    status: str,
    minutes: Minutes,
    gaz: Gazetteer,
    group: tuple[Quote, str, str | None] | None,
) -> bool:
    """Add the people of a comma/"och" list; True when the list names the writer ("… och jag")."""
    text = d.norm.text
    writer = False
    start, end = span
    separators = ";" if _depth0(text, start, end, ";") else ","
    raw: list[tuple[int, int]] = []
    depth = 0
    pos = start
    for k in range(start, end):
        ch = text[k]
        depth += ch == "("
        depth -= ch == ")"
        if depth == 0 and (
            ch in separators
            or (separators == "," and (text.startswith(" och ", k) or text.startswith(" samt ", k)))
        ):
            raw.append((pos, k))
            pos = k + 1
    raw.append((pos, end))
    raw = join_surname_first(text, gaz, raw) if separators == "," else raw
    parts: list[tuple[int, int]] = []
    for a, b in raw:
        while a < b and text[a] in " \t":
            a += 1
        if text.startswith("och ", a):
            a += 4
        elif text.startswith("samt ", a):
            a += 5
        while b > a and text[b - 1] in " \t.":
            b -= 1
        if a >= b:
            continue
        if (tail := _KEEPS_NOTES_TAIL.search(text, a, b)) and name_length(text, a, tail.start()) > 0:
            # "… samt Emil Dahl (Region X) som förde anteckningarna": present, and the recorder
            n = name_length(text, a, tail.start())
            minutes.recorded_by = minutes.recorded_by or Recorder(name=d.quote(a, a + n))
            b = tail.start()
        if text[a:b].lower() in _WRITER_WORDS:
            writer = True  # "… och jag": the writer, who signs the mail below
            continue
        if me := _MYSELF.match(text, a, b):
            named = (me.start("name"), me.end("name"))
            if _KEEPS_NOTES.match(text[me.end() : b].strip()):
                minutes.recorded_by = minutes.recorded_by or Recorder(name=d.quote(*named))
            parts.append(named)
            continue
        if parts and _KEEPS_NOTES.match(text[a:b]) and (writer_at := _name_in(text, *parts[-1])) is not None:
            # "processledare Malin Ekdahl, som förde anteckningarna": the role before the name too
            minutes.recorded_by = minutes.recorded_by or Recorder(name=d.quote(*writer_at))
            continue
        bare = re.sub(r"\s*\([^()]*\)$", "", text[a:b])
        no_name = name_length(text, a, b) == 0 or gaz.lookup(bare) is not None  # "Region Stockholm (p 3)"
        if parts and no_name and name_length(text, *parts[-1]) > 0:
            if _KEEPS_NOTES.match(text[a:b]):
                pa, pb = parts[-1]
                n = name_length(text, pa, pb)
                minutes.recorded_by = minutes.recorded_by or Recorder(name=d.quote(pa, pa + n))
                continue
            # "Anna Berg, SKR (p 2)": what carries no name of its own belongs to the person before
            parts[-1] = (parts[-1][0], b)
            continue
        parts.append((a, b))
    for a, b in parts:
        parsed = parse_attendee_line(text, gaz, a, b)
        if parsed is not None:
            add_attendee(d, parsed, status, minutes, group)
        elif text[a].isupper() and name_length(text, a, b) == 0 and len(text[a:b].split()) <= 6:
            quote = d.quote(a, b)
            found = gaz.affiliation(quote.text)
            canonical = found[0] if found else quote.text
            org_id = getattr(found[1], "id", None) if found else None
            minutes.organisations_present.append(OrgMention(quote, canonical, "other", org_id))
    return writer


def _depth0(text: str, start: int, end: int, ch: str) -> bool:
    depth = 0
    for k in range(start, end):
        depth += text[k] == "("
        depth -= text[k] == ")"
        if depth == 0 and text[k] == ch:
            return True
    return False
