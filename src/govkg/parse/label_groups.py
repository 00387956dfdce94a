"""parse.label_groups: lines of a roll call's label column → the group labels they hold.

Three shapes of a group label that the line readers take for the list's end: a body on the cue's own
line ("Närvarande      Halmstads kommun", its people indented below), an unknown body whose name has a
company or federation shape ("Laholmsbuktens VA AB", "Samordningsförbundet Gotland") above its people,
and a bare group word in the label column ("Övriga      Anna Berg, konsult").
"""

from __future__ import annotations

import re

from govkg.gazetteer import Gazetteer
from govkg.model import Quote
from govkg.parse.entry import COMPANY_SHAPE, name_length
from govkg.parse.groups import LIST_LABELS, entry_below
from govkg.parse.lines import Kind
from govkg.parse.member_groups import member_group
from govkg.parse.textdoc import LinedText

# "Övriga      Anna Berg, …": a group word, a column gap, the value
_SUB_LABEL = re.compile(r"^(?P<label>[A-ZÅÄÖa-zåäö]+(?: [a-zåäö]+)?)(?:\t+| {2,})(?P<value>\S.*)$")


def _group_of(gaz: Gazetteer, quote: Quote) -> tuple[Quote, str, str | None]:
    found = gaz.affiliation(quote.text) if gaz.lookup(quote.text) else None
    return (quote, found[0], getattr(found[1], "id", None)) if found else (quote, quote.text, None)


def company_label(d: LinedText, j: int, gaz: Gazetteer) -> tuple[Quote, str, str | None] | None:
    """A line naming a company or federation alone, with an entry right below: a group label."""
    line = d.lines[j]
    text = line.text.strip()
    if line.kind is not Kind.TEXT or line.cells or line.bullet or not COMPANY_SHAPE.match(text):
        return None
    if not entry_below(d, j, gaz):
        return None
    return _group_of(gaz, d.quote(line.start, line.end))


def cue_line_group(d: LinedText, i: int, gaz: Gazetteer) -> tuple[Quote, str, str | None] | None:
    """ "Närvarande      Halmstads kommun" over indented entries: the cue line's value is a group."""
    header = d.lines[i]
    if header.rest is None:
        return None
    a, b = header.rest
    text = d.norm.text[a:b].strip()
    if (member := member_group(d, a, b, gaz)) is not None:
        return member if entry_below(d, i, gaz) else None  # "Beslutande   Ledamöter utsedda av Region X"
    words = text.split()
    if not text or not 1 <= len(words) <= 6 or "," in text or name_length(text, 0, len(text)):
        return None
    if text.lower() in LIST_LABELS or not text[0].isupper() or text[-1] in ".:;)":
        return None
    if gaz.lookup(text) is None and not COMPANY_SHAPE.match(text):
        return None
    if not entry_below(d, i, gaz):
        return None
    return _group_of(gaz, d.quote(a, b))


def sub_label_value(d: LinedText, j: int) -> tuple[int, int] | None:
    """ "Övriga      Anna Berg, konsult": the value span of a group word in the label column."""
    line = d.lines[j]
    if line.kind is not Kind.TEXT or line.cells:
        return None
    m = _SUB_LABEL.match(line.text)
    if m is None or m.group("label").lower() not in LIST_LABELS:
        return None
    return line.start + m.start("value"), line.start + m.end("value")
