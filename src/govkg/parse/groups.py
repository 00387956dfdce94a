"""parse.groups: a line inside an attendance list → the body its people below belong to, if a label."""

from __future__ import annotations

import re

from govkg.gazetteer import Gazetteer
from govkg.model import Quote
from govkg.parse.attendance import parse_attendee_line
from govkg.parse.entry import name_length
from govkg.parse.lines import Kind
from govkg.parse.textdoc import LinedText

# Labels of a list's groups that name no body: "Ordinarie: A, B", "Ersättare: C"
LIST_LABELS = frozenset(
    "ordinarie ersättare ersättande övriga ledamöter ledamot suppleanter tjänstemän gäster gäst "
    "inbjudna inbjuden adjungerade adjungerad sekreterare ordförande mötesordförande justerare "
    "protokollförare föredragande antecknare kommunerna kommuner närvarande deltagare".split()
)
# Cells of a header row that name the groups of its columns ("Kommuner<TAB>Övriga"), not its fields
GROUP_WORDS = LIST_LABELS | frozenset(
    "myndigheter myndighet organisationer organisation tjänstepersoner tjänsteperson tjänstemännen "
    "politiker förtroendevalda regionen regioner medlemmar kansliet gästerna ledamöterna ersättarna".split()
)
_CELL_SPLIT = re.compile(r"\t+|\s*\|\s*|\s{3,}")


def group_header(cells: list[str]) -> bool:
    """ "Kommuner<TAB>Övriga", "| Ledamöter | Ersättare |": a row of two or more group names."""
    named = [c.strip(" :*_").lower() for c in cells if c.strip(" :*_|")]
    return len(named) >= 2 and all(
        c in GROUP_WORDS or (len(c.split()) <= 2 and c.split()[0] in GROUP_WORDS) for c in named
    )


def group_header_line(text: str) -> bool:
    """A TAB, pipe or wide-gap line whose cells all name groups."""
    return group_header(_CELL_SPLIT.split(text.strip().strip("|")))


def column_cells(d: LinedText, j: int) -> list[tuple[int, int]]:
    """The cells of a TAB or pipe row ("A, Ale<TAB>B, SKR"), trimmed; none for a line of one cell."""
    line = d.lines[j]
    if line.cells is not None:
        spans = list(line.cells)
    elif "\t" in d.norm.text[line.start : line.end]:
        spans, pos = [], line.start
        for m in re.finditer(r"\t+", d.norm.text[line.start : line.end]):
            spans.append((pos, line.start + m.start()))
            pos = line.start + m.end()
        spans.append((pos, line.end))
    else:
        return []
    text = d.norm.text
    out = []
    for a, b in spans:
        while a < b and text[a] in " |":
            a += 1
        while b > a and text[b - 1] in " |":
            b -= 1
        if a < b:
            out.append((a, b))
    return out


# The last word of a body's one-word name: "Kompetensrådet", "Vårdförbundet", "Sjöfartsverket"
_BODY_WORD = re.compile(
    r"(?:rådet|nätverket|förbundet|verket|myndigheten|bolaget|universitet|högskolan?|kansliet|"
    r"nämnden|styrelsen|institutet|centrum|akademin)$",
    re.IGNORECASE,
)
# "Från Region Skåne:", "Region Skåne:", "Från kommunerna:": a group label inside an attendance list
GROUP_LABEL = re.compile(r"^(?:från|för)?\s*(?P<group>[^:,]{2,60}?)\s*:$", re.IGNORECASE)


def label_group(d: LinedText, j: int, gaz: Gazetteer) -> tuple[Quote, str, str | None] | None:
    """A group label line ("Från Region Skåne:", "Östsam Utveckling:", "**Region Halland**")."""
    line = d.lines[j]
    g = GROUP_LABEL.match(line.text)
    if g is None:  # a bold line: a label only if it names a body, else it is a heading
        quote = d.quote(line.start, line.end)
        found = gaz.affiliation(quote.text) if gaz.lookup(quote.text.strip()) else None
    else:
        quote = d.quote(line.start + g.start("group"), line.start + g.end("group"))
        found = gaz.affiliation(quote.text)
    if found:
        return (quote, found[0], getattr(found[1], "id", None))
    words = quote.text.split()
    capitals = sum(1 for w in words if w[:1].isupper())
    bodyish = capitals >= 2 or quote.text.isupper() or bool(_BODY_WORD.search(words[-1]))
    if bodyish and words[0].lower() not in LIST_LABELS and len(words) <= 6:
        return (quote, quote.text, None)  # a body the gazetteer does not know ("Östsam Utveckling")
    return None


def indented_group(d: LinedText, j: int, gaz: Gazetteer) -> tuple[Quote, str, str | None] | None:
    """A flush-left line whose next line is an indented person: a group label, known or not."""
    line = d.lines[j]
    words = line.text.split()
    if (
        line.raw[:1].isspace()
        or not line.text[:1].isupper()
        or len(words) > 8
        or line.text.rstrip().endswith((".", ":", ";"))
        or name_length(line.text, 0, len(line.text)) == len(line.text)
        or _row_with_person(line.text)  # "Ale kommun    Anna Berg, chef": a table row, its wrap below
    ):
        return None
    k = j + 1
    while k < len(d.lines) and d.lines[k].kind is Kind.BLANK:
        k += 1
    if k >= len(d.lines) or not d.lines[k].raw[:1].isspace() or d.lines[k].kind is not Kind.TEXT:
        return None
    nxt = d.lines[k]
    if name_length(d.norm.text, nxt.start, nxt.end) == 0:
        return None
    quote = d.quote(line.start, line.end)
    return quote, _label_canonical(quote.text, gaz), _label_id(quote.text, gaz)


def _row_with_person(text: str) -> bool:
    """A body cell, a column gap and a person's name: a row of a two-column table, no label."""
    cells = re.split(r"\t+| {3,}", text.strip())
    return len(cells) >= 2 and name_length(cells[1], 0, len(cells[1])) > 0


def _label_entry(label: str, gaz: Gazetteer) -> object | None:
    """The body a label names: the whole, its first comma part ("Försvarsmakten, Gotlands regemente")."""
    for surface in (label, label.split(",")[0].strip()):
        if (entry := gaz.lookup(surface)) is not None:
            return entry
    return None


def _label_canonical(label: str, gaz: Gazetteer) -> str:
    entry = _label_entry(label, gaz)
    if entry is not None:
        return str(getattr(entry, "name", label))
    head = label.split(",")[0].strip()
    words = head.split()
    # "Uppsala universitet Campus Gotland": a body's name ends at its body word, the rest names a unit
    for n in range(1, len(words)):
        if _BODY_WORD.search(words[n - 1]) and n >= 2:
            return " ".join(words[:n])
    return head


def _label_id(label: str, gaz: Gazetteer) -> str | None:
    entry = _label_entry(label, gaz)
    if entry is None:
        return None
    scb = getattr(entry, "scb_code", None)
    return f"kommun-{scb}" if scb else getattr(entry, "id", None)


# the attestation block that follows a protocol's roll call: its fields are no group labels
_ATTESTATION = re.compile(
    r"(?:justering|underskrift|paragrafer|anslag|bevis|förvaringsplats|utdragsbestyrkande)", re.IGNORECASE
)
_TWO_CAPITALS = re.compile(r"(?<!\S)[A-ZÅÄÖ][\w-]*\s+[A-ZÅÄÖ]")


def bare_label(d: LinedText, j: int, gaz: Gazetteer) -> bool:
    """ "Direktionens ledamöter", "Industri och energi", "Från kansliet": a short colon-less line that
    is no entry, with an entry right below it: a group label inside the roll call, not its end."""
    line = d.lines[j]
    text = line.text.strip()
    words = text.split()
    if (
        line.kind is not Kind.TEXT
        or line.cells
        or line.bullet
        or not text[:1].isupper()
        or not 1 <= len(words) <= 6
        or text[-1] in ".:;,!?)"
        or any(ch.isdigit() for ch in text)
        or _TWO_CAPITALS.search(text)  # "Utses att justera Gustav Hellström": a label column with its name
        or _ATTESTATION.match(text)  # "Justeringens plats och tid": the protocol's attestation fields
        or parse_attendee_line(d.norm.text, gaz, line.start, line.end) is not None
    ):
        return False
    return entry_below(d, j, gaz)


def entry_below(d: LinedText, j: int, gaz: Gazetteer) -> bool:
    """The next non-blank line reads as one person's attendance entry (no sentence)."""
    k = j + 1
    while k < len(d.lines) and d.lines[k].kind is Kind.BLANK:
        k += 1
    if k >= len(d.lines) or d.lines[k].kind is not Kind.TEXT or d.lines[k].heading_level:
        return False
    nxt = d.lines[k]
    if len(nxt.text.split()) > 12 or (
        nxt.text.rstrip().endswith(".") and not nxt.text.rstrip().endswith(").")
    ):
        return False
    parsed = parse_attendee_line(d.norm.text, gaz, nxt.start, nxt.end)
    return parsed is not None and not parsed.organisation_only


# "Från Region X: A, regiondirektör, och B": a group label with its people on one line
_GROUP_LIST = re.compile(
    r"^(?P<from>(?:från|för)\s+)?(?P<group>[^:,]{2,60}?(?:,\s*[^:,]{2,40}?)?)\s*:\s*(?P<list>\S.*)$",
    re.IGNORECASE,
)


def _person_unit(unit: str) -> bool:
    """ "Anna Berg" after "Ale," is a person; "Polisregion Syd" is a unit: two capitalised words pass as
    a name, so the first must also be a first name of the lexicon."""
    from govkg.extract._person_lexicon import first_names  # the lexicon module imports nothing of parse

    if not name_length(unit, 0, len(unit)):
        return False
    return unit.split()[0].split("-")[0] in first_names().names


def group_list(
    d: LinedText, start: int, end: int, gaz: Gazetteer
) -> tuple[tuple[Quote, str, str | None], tuple[int, int]] | None:
    """ "Region X: A, B", "Från kansliet: C": the group a body label gives, and the span of its list."""
    g = _GROUP_LIST.match(d.norm.text[start:end])
    if g is None:
        return None
    body = d.quote(start + g.start("group"), start + g.end("group"))
    found = gaz.affiliation(body.text)
    if "," in body.text:
        # "Region X, Hälso- och sjukvård: Anna Berg": a known body with its unit, never "Anna Berg, Ale:"
        head, unit = (p.strip() for p in body.text.split(",", 1))
        if name_length(head, 0, len(head)) or not unit[:1].isupper() or _person_unit(unit):
            return None
        found = found or gaz.affiliation(head)
        if not found:
            return None
    listed_text = g.group("list")
    unknown_body = (  # "Vård- och omsorgscollege: Anna Berg, samordnare": a label, not a name
        body.text[:1].isupper()
        and body.text.split()[0].lower() not in LIST_LABELS
        and len(body.text.split()) <= 6
        and name_length(listed_text, 0, len(listed_text)) > 0
    )
    if not (found or g.group("from") or unknown_body):
        return None
    group = (body, found[0], getattr(found[1], "id", None)) if found else (body, body.text, None)
    return group, (start + g.start("list"), start + g.end("list"))
