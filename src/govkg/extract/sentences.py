"""sentences: item text → sentences (Quotes with exact spans) for Swedish minutes prose.

A sentence ends at ``.``, ``?`` or ``!`` followed by whitespace and a capital letter, a digit, a
quote or a bullet. Blank lines, bullets ("- ", "* ", "• ", "1. "), markdown/Typst headings and
markdown hard line breaks also end a sentence. Abbreviations ("bl.a.", "t.ex.", "kl."...),
initials ("L."), decimals and dates ("15.3.2024") and colons do not.

>>> [q.text for q in split_sentences("Mötet avbokas. Nytt möte bl.a. om AI planeras.\\n- Klart")]
['Mötet avbokas.', 'Nytt möte bl.a. om AI planeras.', 'Klart']
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from govkg.model import Quote, Span

__all__ = ["ABBREVIATIONS", "line_bounds", "split_sentences"]

# Lower-cased, with their final period. Minutes are dense with these; a split after one cuts a
# decision in two.
ABBREVIATIONS = frozenset(
    {
        "bl.a.", "t.ex.", "m.fl.", "mm.", "m.m.", "ca.", "c:a.", "d.v.s.", "dvs.", "s.k.", "kl.",
        "nr.", "resp.", "o.s.v.", "osv.", "fr.o.m.", "t.o.m.", "p.g.a.", "pga.", "enl.", "jfr.",
        "ang.", "inkl.", "exkl.", "tel.", "f.d.", "ev.", "tf.", "ordf.", "sekr.", "jan.", "feb.",
        "aug.", "sept.", "okt.", "nov.", "dec.", "e.d.", "t.v.", "fig.", "kap.", "st.f.",
    }
)  # fmt: skip

# Abbreviations only before a number: "v. 50" is week 50, "p. 3" is item 3.
_BEFORE_NUMBER = frozenset({"v.", "p.", "s.", "vecka."})
_NUMBER_AFTER = re.compile(r"[ \t\u00a0]?\d")

# A list marker at the start of a line: "- ", "* ", "• ", "1. ", "2) " (possibly indented).
_BULLET = re.compile(r"[ \t]*(?:[-*•–]|\d{1,2}[.)])[ \t]+")
# Markdown ("## 1. Titel") and Typst ("== Beslut") headings stand on their own.
_HEADING = re.compile(r"[ \t]*(?:#{1,6}|={1,6})[ \t]+")
# Candidate sentence end: terminal punctuation, closing quotes/brackets, whitespace, then what may
# start a sentence.
_END = re.compile(r"[.?!]+[\"”’')\]]*(?=\s+[\"“”'(•*]?[A-ZÅÄÖÜÉ0-9])")
_INITIAL = re.compile(r"[A-ZÅÄÖÜÉ]\.")


def line_bounds(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of every line, without its newline."""
    start = 0
    for m in re.finditer(r"\r\n|\n|\r", text):
        yield start, m.start()
        start = m.end()
    yield start, len(text)


def _segments(text: str) -> Iterator[tuple[int, int]]:
    """Runs of text no sentence may cross: paragraphs, bullets, headings, hard-broken lines."""
    seg_start: int | None = None
    seg_end = 0
    bullet_indent: int | None = None  # indentation of the bullet the open segment started with
    clause_run = False  # the open segment is a decision whose "att"-clauses stand below blank lines
    numbered = False  # the open segment is a numbered point ("1. …"), whose wraps may reach column 0
    prev_line = ""
    doc_list = False  # under a "Beslutsunderlag" label: each unpunctuated line names one document
    after_paragraph = False  # the line before was a protocol paragraph heading ("§ 7  Dnr …")
    for start, end in line_bounds(text):
        line = text[start:end]
        if not line.strip():
            doc_list = after_paragraph = False
            if seg_start is not None:
                if (clause_run or _DECIDES.search(text[seg_start:seg_end].rstrip())) and _att_next(text, end):
                    clause_run = True  # "Direktionen beslutar / (blank) / att …": one decision
                    continue
                if _page_break_runs_on(text, prev_line, end):
                    continue  # a page foot (or only its blank lines) cut the sentence: it runs on
                yield seg_start, seg_end
                seg_start = bullet_indent = None
                clause_run = False
            continue
        bullet = _BULLET.match(line)
        if (
            bullet
            and seg_start is not None
            and (
                (clause_run and _ATT_CLAUSE.match(line, bullet.end()))
                or _continues_clauses(text[seg_start:seg_end], line[bullet.end() :])
            )
        ):
            # "Styrelsen beslutade / - att …, / - att …": one decision, its clauses as bullets
            seg_end = end
            continue
        heading = _HEADING.match(line)
        marker = bullet or heading or _FIELD_LABEL.match(line)
        indent = len(line) - len(line.lstrip())
        # A capitalised line no deeper than the open bullet is a new paragraph, not its wrap.
        after_bullet = (
            bullet_indent is not None
            and indent <= bullet_indent
            and line.lstrip()[:1].isupper()
            and not (numbered and not marker and _wraps(prev_line))
        )
        # "Beslut" alone on its line between two text lines: a block label, never a wrapped line
        label = _BLOCK_LABEL.fullmatch(line.strip()) is not None
        # "§ 7    Dnr KS 2031/12" and the title line under it stand on their own: the paragraph's
        # first sentence starts below them, with the organ that decides
        paragraph = _PARAGRAPH_HEAD.match(line) is not None
        title = after_paragraph and _title_line(line)
        # a document line of a "Beslutsunderlag" list (no final punctuation) is no wrap of the
        # decision formula that may follow it without a blank line
        listed = doc_list and not _LABEL_END.search(line.rstrip()) and not _OPENS_DECISION.match(line)
        if doc_list and not listed:
            doc_list = False
        after_paragraph = paragraph
        # a date line under a date line ("Kommande möten" as bare lines "2031-06-11 kl. 9.00, Teams")
        # is the next entry of a list of meetings, not a wrap of the one above
        dated = _date_list_line(prev_line, line)
        opens = (
            bool(marker)
            or seg_start is None
            or after_bullet
            or label
            or paragraph
            or title
            or listed
            or dated
        )
        if opens:
            clause_run = False
            if seg_start is not None:
                yield seg_start, seg_end
            seg_start = start + (marker.end() if marker else 0)
            bullet_indent = indent if bullet else None
            numbered = bool(bullet and _NUMBERED.match(line))
        assert seg_start is not None
        seg_end = end
        prev_line = line
        # A heading, a markdown hard break ("  " or "\" at the line end), or a label line that
        # opens its paragraph ("Beslut", "3  Ekonomi" right above their text) closes its line.
        if label and _DOCUMENT_LIST.fullmatch(line.strip()):
            doc_list = True
        if (
            heading
            or label
            or paragraph
            or title
            or listed
            or line.endswith(("  ", "\\"))
            or (opens and not bullet and _label_line(text, line, end))
        ):
            yield seg_start, end
            seg_start = bullet_indent = None
            clause_run = False
    if seg_start is not None:
        yield seg_start, seg_end


_NUMBERED = re.compile(r"[ \t]*\d{1,2}[.)][ \t]+")
# A line that opens with a date: ISO, or a day and a month name, maybe after a weekday.
_DATE_OPENS = re.compile(
    r"[ \t]*(?:(?:(?:mån|tis|ons|tors|fre|lör|sön)dag(?:en)?[ \t]+)?(?:den[ \t]+)?"
    r"(?:\d{4}-\d{2}-\d{2}|\d{1,2}[ \t]+(?:januari|februari|mars|april|maj|juni|juli|augusti|"
    r"september|oktober|november|december)))(?![\w-])",
    re.IGNORECASE,
)
_LINE_RUNS_ON = re.compile(r"(?:[,:;–-]|\b(?:och|samt|eller|till|i|på|den|kl\.))$", re.IGNORECASE)


def _date_list_line(prev_line: str, line: str) -> bool:
    """Is ``line`` the next entry of a list of dates, one a line? Both lines open with a date and the
    one above ends cleanly (a line ending in "och"/"," runs on into the next one)."""
    return (
        _DATE_OPENS.match(line) is not None
        and _DATE_OPENS.match(prev_line) is not None
        and _LINE_RUNS_ON.search(prev_line.rstrip()) is None
    )


_GAP = re.compile(r"[ \t\f\v]*(?:\r\n|\n|\r)(?:[ \t\f\v]*(?:\r\n|\n|\r))*[ \t\f\v]*")


def _page_break_runs_on(text: str, prev_line: str, pos: int) -> bool:
    """Does the sentence of ``prev_line`` run on across the blank lines after ``pos``? In plain
    pdftotext a page break (its foot set aside or removed, a form feed) falls anywhere in a
    sentence: the line before it ends no sentence and the first line after it goes on in lower case.
    Without a form feed only a line that reached the page width is taken as cut."""
    if _LABEL_END.search(prev_line.rstrip()) or prev_line.rstrip().endswith(":"):
        return False
    gap = _GAP.match(text, pos)
    if gap is None:
        return False
    nxt = text[gap.end() : gap.end() + 1]
    if not nxt.isalpha() or not nxt.islower() or _ATT_CLAUSE.match(text, gap.end()):
        return False
    return "\f" in gap.group(0) or len(prev_line.strip()) >= _PAGE_WIDTH


_PAGE_WIDTH = 70
_WRAP_WIDTH = 50


def _wraps(line: str) -> bool:
    """Does a numbered point's line run on into the next one? pdftotext puts the wrap of "1. …" at
    column 0, also before a capitalised name: a long line that ends no sentence, or one that ends in
    a word that needs its complement, is cut by the page width, not by the writer."""
    stripped = line.rstrip()
    if not stripped or _LABEL_END.search(stripped) or stripped.endswith(":"):
        return False
    return len(stripped) >= _WRAP_WIDTH or stripped.split()[-1].lower() in _RUNS_ON


# A decision verb ending its line, so that its "att"-clauses follow ("Ägarsamrådet beslutade",
# "Nämnden beslutar att"), and what lets one clause run on into the next bullet.
_DECIDES = re.compile(r"\b(?:beslutar|beslutade|beslutades|beslöt)(\s+att)?\s*:?$", re.IGNORECASE)
_CLAUSE_RUNS_ON = re.compile(r"(?:[,;]|\b(?:samt|och|eller))$")
_ATT_CLAUSE = re.compile(r"att\s")


def _att_next(text: str, pos: int) -> bool:
    """Does the next non-blank line after ``pos`` open an "att"-clause (bulleted or not)?"""
    m = _BLANKS.match(text, pos)
    begin = m.end() if m else pos
    line_end = text.find("\n", begin)
    line = text[begin : line_end if line_end >= 0 else len(text)]
    bullet = _BULLET.match(line)
    return _ATT_CLAUSE.match(line, bullet.end() if bullet else 0) is not None


_BLANKS = re.compile(r"\s*")


def _continues_clauses(segment: str, item: str) -> bool:
    """Is the bullet ``item`` another clause of the decision the open ``segment`` states?"""
    tail = segment.rstrip()
    if not _DECIDES.search(tail):
        if not _CLAUSE_RUNS_ON.search(tail):
            return False
        tail = segment.split("\n", 1)[0].rstrip()  # after "," or "samt": the decision that opened it
    lead = _DECIDES.search(tail)
    if lead is None:
        return False
    # "beslutade / - att …"; "beslutar att / - godkänna …"
    return _ATT_CLAUSE.match(item) is not None or (lead.group(1) is not None and item[:1].islower())


# A run-in field label opening its line in a field-list item ("  Beslut: Frågan bordläggs.",
# "Ansvarig: Anna Berg tar kontakt …") ends what came before and opens a sentence of its own.
_FIELD_LABEL = re.compile(
    r"[ \t]*(?=(?:Ärende|Föredragande|Underlag|Diskussion|Beslut|Ansvarig|Information|Åtgärd)[ \t]*:[ \t]+\S)"
)

# Block labels of a protocol paragraph, alone on their line (bold or with a colon, too); the
# decision label may name the organ that decides ("Direktionens beslut", "Styrelsens beslut").
_BLOCK_LABEL = re.compile(
    r"[*_]{0,2}(?:Beslut|(?-i:[A-ZÅÄÖ][a-zåäö-]+s) beslut|Förslag till beslut|Beslutsförslag|Bakgrund|"
    r"Ärendebeskrivning|Sammanfattning|Ärendet|Yrkanden?|Propositionsordning|Protokollsanteckning|"
    r"Reservatione?r?|Beslutsunderlag|Handlingar i ärendet)[*_]{0,2}:?[*_]{0,2}"
)
# The label of the list of documents the decision rests on, one document a line
_DOCUMENT_LIST = re.compile(r"[*_]{0,2}(?:Beslutsunderlag|Handlingar i ärendet)[*_]{0,2}:?[*_]{0,2}")
# A protocol paragraph heading: "§ 7", "§ 7   Dnr KS 2031/12"
_PARAGRAPH_HEAD = re.compile(r"[ \t]*§[ \t]*\d+(?:[ \t]|$)")
# The organ's decision formula that ends a document list ("Direktionen beslutar", "Styrelsen beslutade att")
_OPENS_DECISION = re.compile(r"[ \t]*(?-i:[A-ZÅÄÖ][\w-]*) (?:beslutar|beslutade|föreslås besluta)\b")


def _title_line(line: str) -> bool:
    """Is ``line`` the title under a paragraph heading: short, capitalised, without final punctuation?"""
    stripped = line.strip()
    words = stripped.split()
    return (
        0 < len(words) <= 14
        and (stripped[0].isupper() or stripped[0].isdigit())
        and not _LABEL_END.search(stripped)
        and words[-1] not in _RUNS_ON
        and not _OPENS_DECISION.match(line)
    )


# A line that ends in one of these runs on into the next line: "Mötet leddes av / Anna Berg."
_RUNS_ON = frozenset(
    "och av med om till för i på att som den det de en ett från vid är har samt eller mellan inför "
    "hos".split()
)
_LABEL_END = re.compile(r"[.,;!?)\]\-–]$")


def _label_line(text: str, line: str, end: int) -> bool:
    """A short unpunctuated line above a capitalised, longer or complete line is a label, not a wrap."""
    stripped = line.strip()
    words = stripped.split()
    if not words or len(words) > 8 or _LABEL_END.search(stripped) or words[-1] in _RUNS_ON:
        return False
    if not (stripped[0].isupper() or stripped[0].isdigit()):
        return False
    nxt_end = text.find("\n", end + 1)
    nxt = text[end + 1 : nxt_end if nxt_end >= 0 else len(text)].strip()
    if not nxt or not (nxt[0].isupper() or nxt[0].isdigit()):
        return False
    return len(stripped) < 0.7 * len(nxt) or nxt.endswith((".", "!", "?"))


def _is_abbreviation(text: str, seg_start: int, dot: int) -> bool:
    """Is the period at ``dot`` the end of an abbreviation or an initial, not of a sentence?"""
    if text[dot] != ".":
        return False
    begin = dot
    while begin > seg_start and not text[begin - 1].isspace() and text[begin - 1] not in '(["“':
        begin -= 1
    token = text[begin : dot + 1]
    if token.lower() in _BEFORE_NUMBER and _NUMBER_AFTER.match(text, dot + 1):
        return True  # "v. 50" (week 50), "p. 3" (item 3)
    return token.lower() in ABBREVIATIONS or bool(_INITIAL.fullmatch(token))


def _numbering(text: str, seg_start: int, dot: int) -> bool:
    """A period right after a leading number ("3. Rapporter") numbers a heading; it ends nothing."""
    return text[seg_start:dot].isdigit()


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def split_sentences(text: str, offset: int = 0) -> list[Quote]:
    """Split ``text`` into sentences; spans are ``offset`` + positions in ``text``.

    ``Quote.text`` is the sentence with its whitespace collapsed; ``Quote.span`` covers it
    exactly as written (leading bullets excluded).
    """
    out: list[Quote] = []
    for seg_start, seg_end in _segments(text):
        start = seg_start
        for m in _END.finditer(text, seg_start, seg_end):
            if _is_abbreviation(text, seg_start, m.start()) or _numbering(text, seg_start, m.start()):
                continue
            _add(out, text, start, m.end(), offset)
            start = m.end()
        _add(out, text, start, seg_end, offset)
    return out


def _add(out: list[Quote], text: str, start: int, end: int, offset: int) -> None:
    start, end = _trimmed(text, start, end)
    if start < end:
        out.append(Quote(" ".join(text[start:end].split()), Span(offset + start, offset + end)))
