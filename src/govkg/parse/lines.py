"""parse.lines: normalised lines → lines classified by the genre's signals.

Minutes come as Word exports, e-mail notes, markdown, Typst or PDF text. The signals that carry
across those layouts are: cue words (NÄRVARANDE, Antecknat av…), numbering ("1.", "§ 12",
"Punkt 3:"), and markup that only decorates (``#``, ``**``, bullets, table pipes). parse.markup
strips the decoration, remembering where the content starts and ends; this module names each line's
role with the cues of parse.role_cues and the numbering of parse.item_numbers.
"""

from __future__ import annotations

import re

from govkg.normalise import NLine
from govkg.parse.chat_roll import chat_line
from govkg.parse.cue_phrases import BODY_ABSENT, slashed_alternatives
from govkg.parse.item_numbers import diary_titles, mark_item_heading, ocr_chain, trailing_diary
from govkg.parse.markup import Kind as Kind
from govkg.parse.markup import Line as Line
from govkg.parse.markup import strip_markup
from govkg.parse.role_cues import (
    ATTENDANCE,
    CHAIR,
    OCR_LABEL,
    PROSE_NAME,
    PROSE_NAMES,
    RECORDER,
    RECORDER_AFTER,
    cue_column,
    label_match,
    signature_cell,
)
from govkg.parse.role_cues import PROSE_ABSENT as PROSE_ABSENT
from govkg.parse.role_cues import PROSE_PRESENT as PROSE_PRESENT
from govkg.parse.role_cues import recorder_column as recorder_column
from govkg.parse.section_column import lone_section_titles
from govkg.parse.status_words import REMOTE

_TITLE = re.compile(
    r"^(?:minnes|mötes)?anteckningar\b|^protokoll\b|^sammanfattning\b|^minutes\b|^agenda\s*(?:&|och)\s*möte",
    re.IGNORECASE,
)
# Where e-mailed minutes end: the greeting before the signature, or the quoted original message.
_CLOSING = re.compile(
    r"^(?:(?:med\s+)?vänlig(?:a)?\s+hälsning(?:ar)?|hälsningar|mvh|bästa\s+hälsningar|hälsning|"
    r"best\s+regards|kind\s+regards|regards|(?:varmt\s+)?välkomna)\s*[,!.]?$"
    r"|^-{2,}\s*(?:ursprungligt\s+meddelande|original\s+message|vidarebefordrat\s+meddelande|"
    r"forwarded\s+message)\s*-{2,}$",
    re.IGNORECASE,
)
MAIL_FIELD = re.compile(r"^(?:från|skickat|till|kopia|ämne|from|sent|to|cc|subject|date|datum)\s*:", re.I)
_RULE_CHARS = frozenset("-=_*|:~+ ")  # only these: a rule or a table border ("+---+" in a grid): blank


def _mark_mail_headers(lines: list[Line]) -> None:
    """A quoted message's header block ("Från: / Skickat: / Till: / Ämne:") after the first lines."""
    seen_text = False
    for i, line in enumerate(lines):
        if line.kind is Kind.BLANK:
            continue
        nxt = [ln for ln in lines[i + 1 : i + 4] if ln.kind is not Kind.BLANK][:2]
        if (
            seen_text
            and ":" in line.text
            and MAIL_FIELD.match(line.text)
            and len(nxt) == 2
            and all(MAIL_FIELD.match(ln.text) for ln in nxt)
        ):
            line.kind = Kind.CLOSING
        seen_text = seen_text or ":" not in line.text or not MAIL_FIELD.match(line.text)


# "Ersättare:", "Tjänstepersoner:", "Övriga:" after "Ledamöter:": group labels inside one roll call.
# Alone these words are no cue ("Övriga:" may open a list of anything); right after a present list
# they continue it.
_SUB_LABEL = re.compile(
    r"^(?:\*\*|__)?(?:ersättare|tjänstepersoner|tjänstepersonal|tjänstemän|övriga|adjungerade|gäster|"
    r"ledamöter|suppleanter|ordinarie|personal|kansliet|sekretariatet|från\s+kansliet)\s*:(?:\*\*|__)?\s*(?P<rest>\S.*)$",
    re.IGNORECASE,
)


def _continue_roll_call(lines: list[Line]) -> None:
    """A group label right under a present list continues that list, not the body of the minutes."""
    previous: Line | None = None
    for line in lines:
        if line.kind is Kind.BLANK:
            continue
        if (
            line.kind is Kind.TEXT
            and previous is not None
            and previous.kind is Kind.ATTENDANCE
            and previous.status == "present"
            and ":" in line.text
            and (m := _SUB_LABEL.match(line.text))
        ):
            line.kind, line.status = Kind.ATTENDANCE, "present"
            line.rest = (line.start + m.start("rest"), line.start + m.end("rest"))
        elif (
            line.kind is Kind.TEXT
            and line.timed is not None
            and previous is not None
            and (previous.kind is Kind.ATTENDANCE or previous.timed == _CHAT)
            and chat_line(line.text)
        ):
            # "09:02  Anna Berg: hej från Ale!" under "Deltagare": the chat check-in, no timetable row
            line.timed, line.clock = _CHAT, False
        previous = line
    for line in lines:
        if line.timed == _CHAT:
            line.timed = None


# a marker while the pass runs: this line is a chat check-in (reset to None afterwards)
_CHAT = (-1, -1)


def _cue_titles(lines: list[Line]) -> None:
    """ "2. Deltagare", "3. Närvarande": a numbered line whose title is only a roll-call cue.

    An exported report (a Teams attendance list: "1. Sammanfattning", "2. Deltagare") numbers its
    sections; the one named by a cue alone opens the list of people, it is no agenda item. An agenda
    that goes on in the same numbering ("2. Närvarande", "3. Budget") keeps it as its item.
    """
    for k, line in enumerate(lines):
        if line.kind is not Kind.ITEM or line.rest is None or not line.number or "." in line.number:
            continue
        title = line.text[line.rest[0] - line.start : line.rest[1] - line.start]
        m = ATTENDANCE.match(title)
        if m is None or m.group("rest") is not None or m.group("column") is not None:
            continue
        follower, style = str(int(line.number) + 1), _numbering_style(line)
        if any(
            ln.kind is Kind.ITEM and ln.number == follower and _numbering_style(ln) == style
            for ln in lines[k + 1 :]
        ):
            continue
        # the number stays: a report's numbered sections tell where the report starts (parse.item_ends)
        line.kind, line.rest, line.bare, line.family = Kind.ATTENDANCE, None, False, False
        line.status = "absent" if m.group("absent") else "present"
        line.remote = bool(m.group("qualifier") and REMOTE.search(m.group("qualifier")))


def _numbering_style(line: Line) -> tuple[str, str]:
    """ "2." → ("", "."), "Ärende 3:" → ("ärende", ":"): the words and the mark around the number."""
    text = line.text.replace("**", "").replace("__", "")
    at = text.find(line.number or "")
    after = text[at + len(line.number or "") : at + len(line.number or "") + 1]
    return text[:at].strip().lower(), after.strip()


def classify(lines: list[NLine]) -> list[Line]:
    """Strip decoration and give every line a first reading of its role."""
    out: list[Line] = []
    for i, nl in enumerate(lines):
        line = strip_markup(nl, i)
        text = line.text
        alts = slashed_alternatives(text) if "/" in text else []
        if not text.strip() or set(text.strip()) <= _RULE_CHARS:
            line.kind = Kind.BLANK
        elif _CLOSING.match(text) or text.startswith(">"):
            line.kind = Kind.CLOSING
        elif (m := PROSE_PRESENT.match(text) or PROSE_ABSENT.match(text)) and PROSE_NAME.match(text, m.end()):
            # "Vid mötet deltog A (Ort), B (Ort) …", "Förhinder hade C (Ort).": a roll call in prose
            line.kind, line.prose = Kind.ATTENDANCE, True
            line.status = "present" if PROSE_PRESENT.match(text) else "absent"
            if len(PROSE_NAMES.findall(text)) < 3:
                # a short sentence may stand inside an item; only a paragraph of names opens a section
                line.rest = (line.start, line.end)
        elif (m := BODY_ABSENT.match(text)) and PROSE_NAME.match(m.group("names")):
            line.kind, line.prose, line.status = Kind.ATTENDANCE, True, "absent"
            line.rest = (line.start, line.end)
        elif found := label_match(ATTENDANCE, text, alts) or label_match(OCR_LABEL, text, []):
            m, orig = found
            group = "rest" if m.group("rest") is not None else "column"
            rest = m.group(group)
            # "Närvarande" as a heading, or "Närvarande: A, B"; not a sentence that starts with the word
            if rest is not None or len(text.split()) <= 5:
                line.kind = Kind.ATTENDANCE
                line.status = "absent" if m.group("absent") else "present"
                line.remote = bool(m.group("qualifier") and REMOTE.search(m.group("qualifier")))
                if rest:
                    line.rest = (line.start + orig(m.start(group)), line.start + orig(m.end(group)))
        if line.kind is Kind.TEXT and (found := label_match(CHAIR, text, alts)):
            m, orig = found
            line.kind, line.status = Kind.ATTENDANCE, "present"
            line.rest = (line.start + orig(m.start("rest")), line.start + orig(m.end("rest")))
        if line.kind is Kind.TEXT and line.cells and (column := cue_column(line)) is not None:
            line.kind, line.column = Kind.ATTENDANCE, column[0]
            line.status = column[1]
        if line.kind is Kind.TEXT and (
            found := label_match(RECORDER, text, alts) or label_match(RECORDER_AFTER, text, [])
        ):
            m, orig = found
            rest = m.group("rest")
            if not rest or len(rest.split()) <= 8:
                line.kind = Kind.RECORDER
                if rest:
                    line.rest = (line.start + orig(m.start("rest")), line.start + orig(m.end("rest")))
        if line.kind is Kind.TEXT and recorder_column(text):
            line.kind = Kind.RECORDER  # "Justeras<gap>Vid anteckningarna": the cue in a later column
        if line.kind is Kind.TEXT and ("\t" in text or "   " in text) and signature_cell(text):
            line.kind = Kind.RECORDER
        if line.kind is Kind.TEXT and len(text) <= 200:
            mark_item_heading(line)
        out.append(line)
    _cue_titles(out)
    ocr_chain(out)
    _mark_mail_headers(out)
    _continue_roll_call(out)
    diary_titles(out)
    lone_section_titles(out)
    trailing_diary(out)
    _mark_title(out)
    return out


_TITLE_LINES = 4  # a letterhead's lines above the title: "# Förbundet", then "**Protokoll fört vid …**"


def _mark_title(lines: list[Line]) -> None:
    """The title stands first: "Anteckningar" further down is a section ("## Anteckningar").

    Under a letterhead ("# Förbundet") the title may stand a few lines down as a heading of its own
    ("**Protokoll fört vid styrelsemöte**"); above the roll call and the first item it is the
    document's title, not the heading of an unnumbered item.
    """
    seen = 0
    for line in lines:
        if line.kind is Kind.BLANK:
            continue
        if line.kind is not Kind.TEXT or seen >= _TITLE_LINES:
            return
        if _TITLE.match(line.text) and len(line.text.split()) <= 12 and (seen == 0 or line.heading_level):
            line.kind = Kind.TITLE
            return
        seen += 1
