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
        or _TWO_CAPITALS.search(text)  # "Utses att justera Gustav Nyberg": a label column with its name
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
