"""parse.recorder: the lines of a minutes document → who took the notes (name, role), if written."""

from __future__ import annotations

import re

from govkg.gazetteer import Gazetteer
from govkg.model import Minutes, Quote, Recorder
from govkg.parse.attendance import parse_attendee_line
from govkg.parse.cue_phrases import column_segments
from govkg.parse.entry import ParsedAttendee, Part, name_length
from govkg.parse.lines import MAIL_FIELD, Kind, Line, recorder_column
from govkg.parse.name_order import surname_first
from govkg.parse.recorder_prose import prose_recorder
from govkg.parse.recorder_rule import DOTTED_RULE as _DOTTED_RULE
from govkg.parse.recorder_rule import signed_above
from govkg.parse.textdoc import LinedText

# "Anteckningar: Anna Berg, Region X" as a label line after the items: the notes' author. (At the
# top, "Anteckningar" is the document's title, so only a line below the last item counts.)
_FOOTER_LABEL = re.compile(
    r"^(?:\*\*|__)?(?:minnes)?anteckningar(?:na)?\s*:(?:\*\*|__)?\s*(?P<rest>[A-ZÅÄÖ].*)$", re.IGNORECASE
)

# A protocol's signature table read row by row (pdftotext): "Sekreterare" / "Paragrafer" / "§§ 41–49" /
# "Anna Berg". The paragraph cells stand between the cue and the name.
# Both cells may share a line ("Paragrafer 22–30", "Paragrafer §§ 22–30"), also beside the cue itself.
_PARAGRAPH_CELL = re.compile(
    r"^\s*(?:(?:paragrafer|paragraf)(?:\s+(?:§§?\s*)?\d+(?:\s*[–-]\s*\d+)?)?|(?:§§?\s*)?\d+(?:\s*[–-]\s*\d+)?)\s*$",
    re.IGNORECASE,
)
_COPULA = re.compile(r"(?:(?:vid|på|under)\s+(?:mötet|sammanträdet)\s+)?(?:är|var)\s+(?=[A-ZÅÄÖ])")


def earlier_recorder_lines(lines: list[Line], at: int) -> list[int]:
    """The other recorder cues above ``at``, nearest first: fallbacks when ``at`` names no one.

    ("Sekreterare: Anna Berg" in the header, then an unfilled "Sekreterare ……" in the signatures.)
    """
    return [i for i in range(at - 1, -1, -1) if lines[i].kind is Kind.RECORDER]


def recorder_line(lines: list[Line], headings: list[int]) -> int | None:
    first = headings[0] if headings else 0
    found = [i for i, ln in enumerate(lines) if ln.kind is Kind.RECORDER and i >= first]
    if not found and (footer := _footer_label(lines, headings)) is not None:
        return footer
    if not found and (header := _header_label(lines, headings)) is not None:
        return header
    if not found:
        found = [i for i, ln in enumerate(lines) if ln.kind is Kind.RECORDER]
    return found[-1] if found else None


def _header_label(lines: list[Line], headings: list[int]) -> int | None:
    """ "Anteckningar: Anna Berg, Region X" among the header labels (never the first line: the title)."""
    seen_first = False
    for i in range(headings[0] if headings else len(lines)):
        line = lines[i]
        if line.kind is Kind.BLANK:
            continue
        if not seen_first:
            seen_first = True  # the document's title ("Anteckningar: Nätverksmöte …")
            continue
        if line.kind is not Kind.TEXT or line.heading_level:
            continue
        if _mark_footer_label(line):
            return i
    return None


def _mark_footer_label(line: Line) -> bool:
    """ "Anteckningar: Name" (a name of at most eight words after the label): made a recorder line."""
    m = _FOOTER_LABEL.match(line.text)
    if m is None or len(m.group("rest").split()) > 8:
        return False
    rest = m.group("rest")
    if name_length(rest, 0, len(rest)) == 0:
        return False
    line.kind = Kind.RECORDER
    line.rest = (line.start + m.start("rest"), line.start + m.end("rest"))
    return True


def _footer_label(lines: list[Line], headings: list[int]) -> int | None:
    """The last "Anteckningar: Name" line below the last item heading, made a recorder line."""
    if not headings:
        return None
    for i in range(len(lines) - 1, headings[-1], -1):
        line = lines[i]
        if line.kind is not Kind.TEXT or line.heading_level:
            continue
        if _mark_footer_label(line):
            return i
    return None


def recorder_at_line(d: LinedText, i: int) -> Recorder | None:
    line = d.lines[i]
    if (column := recorder_column(line.text)) is not None and not _paragraph_beside(line.text, column):
        return _signature_columns(d, i, column)
    if not line.rest and (signed := signed_above(d, i)) is not None:
        return signed
    spans: list[tuple[int, int]] = []
    signature_table = False  # in a signature table the cell after the name is the next signer's label
    rest = d.norm.text[line.rest[0] : line.rest[1]] if line.rest else ""
    if _PARAGRAPH_CELL.match(rest) or _PARAGRAPH_CELL.match(_LEADING_RULE.sub("", rest, count=1)):
        # "Sekreterare      Paragrafer 22–30" (or "Sekreterare ……… Paragrafer 22–30": the rule and the
        # paragraph cell on one line): the name is below
        signature_table = True
    elif line.rest and not _DOTTED_RULE.match(rest):
        a, b = line.rest
        if copula := _COPULA.match(d.norm.text, a, b):
            a = copula.end()  # "Sekreterare var Anna Berg.": the name after the verb
            b = b - 1 if d.norm.text[b - 1] == "." else b
        spans.append((a, b))  # "Sekreterare ........": the rule is the signing place, the name below
    for j in range(i + 1, min(len(d.lines), i + 6)):
        nxt = d.lines[j]
        if nxt.kind is Kind.BLANK:
            if spans:
                break
            continue
        if not spans and _PARAGRAPH_CELL.match(nxt.text):
            signature_table = True
            continue
        if not spans and _DOTTED_RULE.match(nxt.text):
            # "Sekreterare" / "……" / "Anna Berg": the signing rule on its own line, the name below it
            signature_table = True
            continue
        if nxt.kind is not Kind.TEXT or len(spans) >= 2:
            break
        if nxt.cells is not None:
            # "| Sekreterare | …… |" over "|  | Anna Berg |": the name's cell of the grid row
            filled = [(a, b) for a, b in nxt.cells if b > a and not _DOTTED_RULE.match(d.norm.text[a:b])]
            if not filled:
                continue
            spans.append(filled[-1])
            continue
        spans.append((nxt.start, nxt.end))
    if not spans:
        return None
    text = d.norm.text
    a, b = spans[0]
    n = name_length(text, a, b)
    if n == 0:
        return _surname_first_recorder(d, a, b)
    recorder = Recorder(name=d.quote(a, a + n))
    tail = text[a + n : b]
    if tail.strip(" ,–-"):
        off = a + n + (len(tail) - len(tail.lstrip(" ,–-")))
        recorder.role = d.quote(off, b)
    elif len(spans) > 1 and not signature_table:
        ra, rb = spans[1]
        if len(text[ra:rb].split()) <= 6 and name_length(text, ra, rb) == 0 and not _RULE.search(text[ra:rb]):
            recorder.role = d.quote(ra, rb)
    elif signature_table and not line.rest:
        recorder.role = d.quote(line.start, line.end)  # the cell the name signs under: "Sekreterare"
    return recorder


def _paragraph_beside(text: str, column: int) -> bool:
    """ "Sekreterare      Paragrafer 22–30": the other column holds the paragraphs signed, not a label."""
    cells = [text[a:b] for k, (a, b) in enumerate(column_segments(text)) if k != column]
    return bool(cells) and all(_PARAGRAPH_CELL.match(c) for c in cells)


def _signature_columns(d: LinedText, i: int, column: int) -> Recorder | None:
    """ "Vid anteckningarna<gap>Justeras" over "Anna Berg<gap>Bo Ek": the name under the recorder cue.

    The names stand in the columns of the labels above them; the one nearest the cue's column
    (by its position on the line) is the recorder, the others sign for something else.
    """
    text = d.norm.text
    line = d.lines[i]
    labels = column_segments(text, line.start, line.end)
    at = _column_of(text, labels[column][0])
    for j in range(i + 1, min(len(d.lines), i + 5)):
        nxt = d.lines[j]
        if nxt.kind is Kind.BLANK:
            continue
        names = column_segments(text, nxt.start, nxt.end)
        if not names or any(name_length(text, a, b) == 0 for a, b in names):
            return None
        if len(names) == len(labels):
            a, b = names[column]
        else:
            a, b = min(names, key=lambda s: abs(_column_of(text, s[0]) - at))
            if abs(_column_of(text, a) - at) > 8:
                return None  # one name, under another label
        return Recorder(name=d.quote(a, a + name_length(text, a, b)))
    return None


def _column_of(text: str, pos: int) -> int:
    """The visual column of ``pos`` on its line (a TAB stops at every 8th column)."""
    return len(text[text.rfind("\n", 0, pos) + 1 : pos].expandtabs(8))


def _surname_first_recorder(d: LinedText, a: int, b: int) -> Recorder | None:
    """ "Vid anteckningarna: Brandt, Helena[, sekreterare]": the name as written, then the role."""
    text = d.norm.text
    cut = text.find(",", a, b)
    if cut < 0:
        return None
    given_end = text.find(",", cut + 1, b)
    given_end = b if given_end < 0 else given_end
    g = cut + 1
    while g < given_end and text[g] == " ":
        g += 1
    found = surname_first(text, Gazetteer.load(), (a, cut), (g, given_end))
    if found is None:
        return None
    recorder = Recorder(name=d.quote(found.start, found.end))
    role = text[given_end:b].strip(" ,–-")
    if role and given_end < b:
        at = text.index(role, given_end, b)
        recorder.role = d.quote(at, at + len(role))
    return recorder


_SECRETARY = re.compile(
    r"(?i)^(?:mötes|förbunds|nätverks|justerande\s)?sekreterare$|^protokollförare$|^loggförare$|^antecknare$"
)
# the signing rule before the paragraph cell: "Sekreterare ……… Paragrafer 4–9"
_LEADING_RULE = re.compile(r"^\s*(?:\.{4,}|…{2,}|_{4,})[._…\s]*")
_RULE = re.compile(r"\.{4,}|…{2,}|_{4,}")  # the dotted rule of the next signature row, no role


def signed_by_secretary(d: LinedText) -> Recorder | None:
    """A signature line at the end: "Anna Berg, mötessekreterare"; else the recorder in the header's prose."""
    text = d.norm.text
    tail = [ln for ln in d.lines if ln.kind is not Kind.BLANK][-12:]
    for line in reversed(tail):
        n = name_length(text, line.start, line.end)
        if n == 0:
            continue
        rest = text[line.start + n : line.end]
        role = rest.split(",")[-1].strip(" .")
        if "," in rest and _SECRETARY.match(role):
            at = line.start + n + rest.rindex(role)
            return Recorder(name=d.quote(line.start, line.start + n), role=d.quote(at, at + len(role)))
        if not rest.strip() and (below := _role_below(d, line)) is not None:
            # "Anna Berg" over "Loggförare, regional stab": the closing signature's name and title
            return Recorder(name=d.quote(line.start, line.start + n), role=below)
    return prose_recorder(d)  # "Sekreterare är Anna Berg." in the header's prose


def _role_below(d: LinedText, line: Line) -> Quote | None:
    """The title line right under a signature's name, when its first words name the recorder."""
    k = next((j for j, ln in enumerate(d.lines) if ln is line), len(d.lines)) + 1
    if k >= len(d.lines) or d.lines[k].kind is Kind.BLANK:
        return None
    below = d.lines[k]
    head = below.text.split(",")[0].strip(" .")
    if not _SECRETARY.match(head):
        return None
    return d.quote(below.start, below.start + len(below.text.rstrip(" .")))


def recorder_present(d: LinedText, i: int, minutes: Minutes, gaz: Gazetteer) -> None:
    """The note-taker named in the header ("Antecknare: Anna Berg, Region X") was at the meeting."""
    # late import: people imports this module's siblings; the cycle is only at call time
    from govkg.parse.people import add_attendee

    line = d.lines[i]
    if minutes.recorded_by is None or line.rest is None:
        return
    parsed = parse_attendee_line(d.norm.text, gaz, *line.rest)
    if parsed is not None and not parsed.organisation_only:
        add_attendee(d, parsed, "present", minutes)


def is_mail(lines: list[Line]) -> bool:
    """Notes sent as an e-mail: the document opens with a mail header (Från:, Skickat:, Ämne:)."""
    head = [ln for ln in lines if ln.kind is not Kind.BLANK][:6]
    return sum(1 for ln in head if MAIL_FIELD.match(ln.text)) >= 2


def mail_signer(d: LinedText, gaz: Gazetteer) -> ParsedAttendee | None:
    """The name under the closing greeting ("Hälsningar / Ida Fält / Samordnare, Region Halland")."""
    text = d.norm.text
    lines = d.lines
    greeting = next(
        (k for k, ln in enumerate(lines) if ln.kind is Kind.CLOSING and not ln.text.startswith(">")), None
    )
    if greeting is None:
        return None
    start = _full_signature(lines, greeting + 1)
    after = [ln for ln in lines[start : start + 4] if ln.kind is not Kind.BLANK]
    if not after:
        return None
    first = after[0]
    n = name_length(text, first.start, first.end)
    if n == 0 or n != first.end - first.start or len(first.text.split()) > 4:
        return None
    signer = ParsedAttendee(name=Part(first.start, first.end))
    if len(after) > 1 and after[1].kind is Kind.TEXT and len(after[1].text.split()) <= 10:
        # "Samordnare kommunsamverkan, Region Halland": the role, then the body
        role_line = after[1]
        cut = role_line.text.rfind(",")
        body = role_line.text[cut + 1 :].strip() if cut >= 0 else role_line.text.strip()
        found = gaz.affiliation(body)
        if found:
            at = role_line.start + role_line.text.rindex(body)
            signer.affiliation = Part(at, at + len(body))
            signer.affiliation_canonical, signer.org_id = found[0], getattr(found[1], "id", None)
            if cut > 0:
                signer.role = Part(role_line.start, role_line.start + cut)
        elif cut < 0 and len(after) > 2 and after[2].kind is Kind.TEXT and len(after[2].text.split()) <= 6:
            # "Nämndsekreterare" / "Höglandsförbundet": the role and the body on lines of their own
            body_line = after[2]
            if (
                found := gaz.affiliation(body_line.text.strip())
                if gaz.lookup(body_line.text.strip())
                else None
            ):
                signer.affiliation = Part(body_line.start, body_line.end)
                signer.affiliation_canonical, signer.org_id = found[0], getattr(found[1], "id", None)
                signer.role = Part(role_line.start, role_line.end)
    return signer


def _full_signature(lines: list[Line], k: int) -> int:
    """Where the signature starts: past a lone first-name sign-off ("Ida" / (blank) / "Ida Fält")."""
    filled = [j for j in range(k, min(len(lines), k + 4)) if lines[j].kind is not Kind.BLANK][:2]
    if len(filled) == 2:
        first, full = (lines[j].text.strip() for j in filled)
        if len(first.split()) == 1 and full.startswith(first + " "):
            return filled[1]
    return k
