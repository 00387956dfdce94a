"""normalise: source text → normalised text + offset map back to the source (page furniture removed)."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from govkg.model import Span

# Spaces that look like a space but are not one; become " ".
ODD_SPACES = frozenset(
    "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
)
# Invisible characters (soft hyphen, zero-width space/joiners, stray BOM); dropped.
INVISIBLE = frozenset("\u00ad\u200b\u200c\u200d\u2060\ufeff")
_SPECIAL = ODD_SPACES | INVISIBLE | {"\f"}

_LINE = re.compile(r"([^\r\n]*)(\r\n|\r|\n|$)")
_PAGE_FURNITURE = re.compile(
    r"(?:sida|sid\.?|page)\s*\d{1,4}(?:\s*(?:av|of|/)\s*\d{1,4}|\s*\(\s*\d{1,4}\s*\))?"
    r"|\d{1,4}\s*\(\s*\d{1,4}\s*\)"  # "2 (5)", the Swedish official-document footer
    r"|[-–—]\s*\d{1,4}\s*[-–—]",
    re.IGNORECASE,
)
_LONE_NUMBER = re.compile(r"\d{1,3}")
# "in-\noch utrikes": a hyphen before a conjunction is a shared compound part, not a broken word.
_KEEP_HYPHEN_BEFORE = frozenset({"och", "eller", "samt", "till", "resp", "respektive", "som", "men"})
_FIRST_WORD = re.compile(r"[^\W\d_]+")
_REPEATS_FOR_FURNITURE = 3
_LONG_RULE = re.compile(r"[_\-=–—]{20,}")
_RULE_START = frozenset("_-=–—")
_ZONE_LINES = 3  # a running header or footer is at most this many lines beside its page break
# A protocol's "§ 12" (or "12 § Title") heading: the page's content starts there, so a page zone ends at it.
_SECTION_HEAD = re.compile(r"(?:§\s*\d{1,3}[a-z]?|\d{1,3}\s*§)(?:\s+\S.*)?")
# A numbered item heading ("3. Title"): a running head has one number on every page, an item does not.
_NUMBERED_HEAD = re.compile(r"(?:§\s*)?\d{1,3}[.)]?\s+\S.*|§\s*\d{1,3}")


@dataclass(frozen=True, slots=True)
class NLine:
    """One normalised line, without its newline; ``start``/``end`` are normalised offsets."""

    text: str
    start: int
    end: int


@dataclass(slots=True)
class NormText:
    """Normalised text; ``offsets[i]`` is the source offset of character i, plus an end sentinel."""

    text: str
    offsets: list[int]
    # Source end of each character: past "\r\n" when it became "\n". Empty means offsets[i] + 1.
    ends: list[int] = field(default_factory=list, repr=False)
    # Source ranges that are no content: dropped page furniture, the quote markers of a reply.
    removed: list[Span] = field(default_factory=list, repr=False)

    def source_span(self, start: int, end: int) -> Span:
        """The source span that covers normalised ``text[start:end]``.

        >>> nt = normalise("Sida 1 av 2\\r\\nsam-\\r\\nverkan")
        >>> nt.text, nt.source_span(0, 9)
        ('samverkan', Span(start=13, end=25))
        """
        if not 0 <= start <= end <= len(self.text):
            raise ValueError(f"range {start}..{end} outside 0..{len(self.text)}")
        if start == end:
            return Span(self.offsets[start], self.offsets[start])
        last = self.ends[end - 1] if self.ends else self.offsets[end - 1] + 1
        return Span(self.offsets[start], last)

    def lines(self) -> list[NLine]:
        out: list[NLine] = []
        pos = 0
        for line in self.text.split("\n"):
            out.append(NLine(line, pos, pos + len(line)))
            pos += len(line) + 1
        return out


@dataclass(slots=True)
class _Line:
    chars: list[str]
    srcs: list[int]
    term_start: int  # source offset of the line terminator (== term_end when there is none)
    term_end: int
    page_start: bool  # first line of a page: it follows (or holds) a form feed
    drop: bool = False
    cut: Span | None = None  # the quote marker removed from the line's start

    @property
    def text(self) -> str:
        return "".join(self.chars)


def normalise(text: str, unquote: bool = False) -> NormText:
    """CRLF/CR → LF, odd spaces → space, page furniture and trailing spaces dropped, broken words joined.

    With ``unquote``, the quote markers of lines quoted in a reply ("> ", ">>", "> > ") are dropped
    too: the quoted text is read as text, its offsets still those of the source.

    >>> normalise("Beslut\\u00a0fattas.  \\r\\n- 2 -\\r\\nNästa").text
    'Beslut fattas.\\nNästa'
    >>> nt = normalise("Tack!\\n> 1. Budget\\n>> Godkänd.", unquote=True)
    >>> nt.text, nt.source_span(6, 15)
    ('Tack!\\n1. Budget\\nGodkänd.', Span(start=8, end=17))
    """
    lines = _split(text)
    if unquote:
        for line in lines:
            _unquote(line)
    _mark_furniture(lines)
    kept = [line for line in lines if not line.drop]
    out_chars: list[str] = []
    offsets: list[int] = []
    ends: list[int] = []
    for i, line in enumerate(kept):
        joined = i + 1 < len(kept) and _hyphen_join(line, kept[i + 1])
        chars, srcs = (line.chars[:-1], line.srcs[:-1]) if joined else (line.chars, line.srcs)
        out_chars.extend(chars)
        offsets.extend(srcs)
        if srcs and srcs[-1] - srcs[0] == len(srcs) - 1:  # contiguous (the usual case): a range
            ends.extend(range(srcs[0] + 1, srcs[-1] + 2))
        else:
            ends.extend(s + 1 for s in srcs)
        if not joined and line.term_end > line.term_start:
            out_chars.append("\n")
            offsets.append(line.term_start)
            ends.append(line.term_end)
    offsets.append(len(text))
    removed: list[Span] = []
    for line in lines:
        if line.cut is not None:
            removed.append(line.cut)
        if line.drop and line.srcs:
            removed.append(Span(line.srcs[0], line.srcs[-1] + 1))
    return NormText("".join(out_chars), offsets, ends, removed)


def blank_out(text: str, start: int, removed: list[Span]) -> str:
    """``text`` (the source from offset ``start``) with the removed ranges as spaces: same length.

    Lets a stage that reads the source itself skip furniture and quote markers, offsets intact.
    Line breaks stay, except in a range that opens at a line break: that is a page seam inside a
    sentence (parse.page_seams), whose halves read as one line.

    >>> blank_out("> Budget\\n> Godkänd.", 0, [Span(0, 2), Span(9, 11)])
    '  Budget\\n  Godkänd.'
    >>> blank_out("en dag\\n\\n2\\n\\nför alla", 0, [Span(8, 9), Span(6, 11)])
    'en dag     för alla'
    """
    end = start + len(text)
    inside = [s for s in removed if s.start < end and s.end > start]
    if not inside:
        return text
    chars = list(text)
    for s in inside:
        seam = start <= s.start < end and text[s.start - start] in "\r\n"
        for k in range(max(s.start, start), min(s.end, end)):
            if seam or chars[k - start] not in "\r\n":
                chars[k - start] = " "
    return "".join(chars)


_QUOTE_MARK = re.compile(r"^[ \t]*>(?:[ \t]*>)*[ \t]?")


def quoted_lines(text: str) -> int:
    """How many lines of ``text`` are quoted in a reply ("> …")."""
    return len(_QUOTED_LINE.findall(text))


_QUOTED_LINE = re.compile(r"^[ \t]*>", re.MULTILINE)


def _unquote(line: _Line) -> None:
    m = _QUOTE_MARK.match(line.text)
    if m:
        line.cut = Span(line.srcs[0], line.srcs[m.end() - 1] + 1)
        del line.chars[: m.end()], line.srcs[: m.end()]


def _split(text: str) -> list[_Line]:
    lines: list[_Line] = []
    after_form_feed = False
    for m in _LINE.finditer(text):
        content, term = m.group(1), m.group(2)
        if not content and not term:
            break  # the empty match at the very end
        start = m.start(1)
        has_ff = "\f" in content
        if _SPECIAL.isdisjoint(content):
            chars, srcs = list(content), list(range(start, start + len(content)))
        else:
            chars, srcs = [], []
            for k, ch in enumerate(content):
                if ch == "\f" or ch in INVISIBLE:
                    continue
                chars.append(" " if ch in ODD_SPACES else ch)
                srcs.append(start + k)
        while chars and chars[-1] in " \t":
            chars.pop()
            srcs.pop()
        page_start = after_form_feed
        if has_ff:
            page_start = page_start or not content[: content.index("\f")].strip()
        lines.append(_Line(chars, srcs, m.start(2), m.end(2), page_start and bool(chars)))
        if has_ff and not chars:
            lines[-1].drop = True  # a form-feed line is a page-break marker, nothing more
        if has_ff:
            # Text after the last form feed belongs to the new page; none means the next line starts it.
            after_form_feed = not chars or not content[content.rindex("\f") + 1 :].strip()
        elif chars:
            after_form_feed = False
    return lines


def _mark_furniture(lines: list[_Line]) -> None:
    breaks: list[int] = []  # page-number lines and long rules: where pages meet
    for i, line in enumerate(lines):
        stripped = line.text.strip()
        if not stripped:
            continue
        if _PAGE_FURNITURE.fullmatch(stripped):
            line.drop = True
            breaks.append(i)
        elif _LONE_NUMBER.fullmatch(stripped) and _isolated(lines, i):
            line.drop = True
        elif stripped[0] in _RULE_START and _LONG_RULE.fullmatch(stripped):
            breaks.append(i)
    _mark_repeated(lines)
    if len(breaks) >= 2:
        _mark_page_zones(lines, breaks)


def _isolated(lines: list[_Line], i: int) -> bool:
    """A lone number is a page number only when blank lines or a page break surround it."""

    def blank(j: int) -> bool:
        return j < 0 or j >= len(lines) or not lines[j].text.strip() or lines[j].drop

    return (blank(i - 1) or lines[i].page_start) and (blank(i + 1) or lines[i + 1].page_start)


def _mark_repeated(lines: list[_Line]) -> None:
    """Drop running headers/footers: the same first (or last) line on every page, 3+ pages."""
    pages: list[list[_Line]] = [[]]
    for line in lines:
        if line.page_start and pages[-1]:
            pages.append([])
        if line.text.strip() and not line.drop:
            pages[-1].append(line)
    pages = [p for p in pages if p]
    if len(pages) < _REPEATS_FOR_FURNITURE:
        return
    for pick in (0, -1):
        edge = [p[pick] for p in pages]
        keys = Counter(_mask_digits(line.text) for line in edge)
        key, count = keys.most_common(1)[0]
        # Every page but possibly the first (a title page) must carry it.
        if count >= _REPEATS_FOR_FURNITURE and count >= len(pages) - 1:
            for line in edge:
                if _mask_digits(line.text) == key:
                    line.drop = True


def _mark_page_zones(lines: list[_Line], breaks: list[int]) -> None:
    """Drop running headers/footers of text without form feeds (pdftotext, copied PDF text).

    A page break shows as a page-number line ("Sida 2 (3)") or a rule ("_____") with the
    header/footer block next to it; a line of such blocks that recurs at two or more breaks is
    furniture. Content repeats too ("Beslut"), but not beside every page number.
    A running head may stand one blank line away from the page number ("Sida 1 av 3", blank, the
    body's name, blank, the next page's text): such a line is furniture only when it recurs beside
    all breaks but one, counting the top of the document (page 1's head) as a break.
    """
    zones: list[set[int]] = []
    spaced: list[set[int]] = []  # lines across one blank line from the break
    for i in breaks:
        zone: set[int] = set()
        far: set[int] = set()
        for step in (-1, 1):
            j = i + step
            while 0 <= j < len(lines) and abs(j - i) <= _ZONE_LINES and lines[j].text.strip():
                if _SECTION_HEAD.fullmatch(lines[j].text.strip()):
                    break  # "§ 12" right under the page number: the page's content, not its head
                zone.add(j)
                j += step
            if not zone.intersection((i - 1, i + 1)) and 0 <= j < len(lines) and not lines[j].text.strip():
                k = j + step
                if 0 <= k < len(lines) and lines[k].text.strip() and not _blank(lines, k + step):
                    continue  # the next text is a paragraph that goes on, not a one-line head
                if 0 <= k < len(lines) and lines[k].text.strip():
                    far.add(k)
        zones.append(zone)
        spaced.append(far)
    seen: Counter[str] = Counter()
    spellings: dict[str, set[str]] = {}
    for zone in zones:
        seen.update({_mask_digits(lines[j].text) for j in zone})
        for j in zone:
            spellings.setdefault(_mask_digits(lines[j].text), set()).add(" ".join(lines[j].text.split()))
    for zone in zones:
        for j in zone:
            stripped = lines[j].text.strip()
            key = _mask_digits(stripped)
            if seen[key] < 2 or _LONG_RULE.fullmatch(stripped):
                continue
            if len(spellings[key]) > 1 and _NUMBERED_HEAD.fullmatch(stripped):
                continue  # "4. Title" here and "7. Other" there: numbered items, not one running head
            lines[j].drop = True
    top = next((j for j, line in enumerate(lines) if line.text.strip()), None)
    far_seen: Counter[str] = Counter()
    for far in [{top} if top is not None else set(), *spaced]:
        far_seen.update({_mask_digits(lines[j].text) for j in far})
    need = max(2, len(breaks) - 1)
    for far in spaced:
        for j in far:
            if far_seen[_mask_digits(lines[j].text)] >= need:
                lines[j].drop = True


def _blank(lines: list[_Line], j: int) -> bool:
    return j < 0 or j >= len(lines) or not lines[j].text.strip()


def _mask_digits(s: str) -> str:
    return re.sub(r"\d+", "#", " ".join(s.split()))


def _hyphen_join(line: _Line, nxt: _Line) -> bool:
    """True for "sam-" + "verkan": lowercase letter + hyphen at the end, lowercase letter next."""
    chars = line.chars
    if len(chars) < 3 or chars[-1] != "-" or not chars[-2].islower() or not chars[-3].isalpha():
        return False
    if not nxt.chars or not nxt.chars[0].islower():
        return False
    word = _FIRST_WORD.match(nxt.text)
    return word is None or word.group(0) not in _KEEP_HYPHEN_BEFORE
