"""extract.initials: attendee names + item text → persons written by their initials ("TB", "MS").

Minutes written in meeting tools often name listed attendees by their initials only ("TB skickar
presentationen till MS"). A token of two or three capitals is such a person when exactly one
person the document lists has those initials, and the token is no known body's acronym ("MSB",
"SKR") nor a common abbreviation. The token then is a person (name as written, canonical the full
name) and no acronym organisation.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Mapping

from govkg.model import PersonMention, Quote, Span

__all__ = ["attendee_initials", "capital_tokens", "find_initials"]

_TOKEN = re.compile(r"(?<![\w-])([A-ZÅÄÖ]{2,3})(?![\w:-]|\.\w)")
_PART = re.compile(r"[^\W\d_]+")


def _forms(name: str) -> set[str]:
    """Initials a name is written with: first + last name, and every name part ("Ann-Sofi Lodin": AL, ASL)."""
    words = name.split()
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return set()
    parts = [p for w in words for p in _PART.findall(w)]
    forms = {(words[0][0] + words[-1][0]).upper(), "".join(p[0] for p in parts).upper()}
    return {f for f in forms if 2 <= len(f) <= 3}


def capital_tokens(text: str) -> set[str]:
    """The tokens of two or three capitals a text holds (the only places initials can stand)."""
    return set(_TOKEN.findall(text))


def attendee_initials(
    names: Iterable[str],
    is_body: Callable[[str], bool] = lambda _: False,
    written: Collection[str] | None = None,
) -> dict[str, str]:
    """Initials → full name, for initials that fit exactly one listed person and name no body
    (only those among ``written``, the tokens the text holds, when given)."""
    owners: dict[str, set[str]] = {}
    for name in names:
        for form in _forms(name):
            owners.setdefault(form, set()).add(name)
    return {
        form: next(iter(who))
        for form, who in owners.items()
        if len(who) == 1 and (written is None or form in written) and not is_body(form)
    }


def find_initials(text: str, offset: int, initials: Mapping[str, str]) -> list[PersonMention]:
    """Every listed person written by initials in ``text``, first occurrence of each."""
    out: list[PersonMention] = []
    seen: set[str] = set()
    if not initials:
        return out
    for m in _TOKEN.finditer(text):
        full = initials.get(m.group(1))
        if full is None or full in seen or _capitals_line(text, m.start()):
            continue
        seen.add(full)
        span = Span(offset + m.start(1), offset + m.end(1))
        out.append(PersonMention(name=Quote(m.group(1), span), canonical_name=full))
    return out


def _capitals_line(text: str, pos: int) -> bool:
    """A line written wholly in capitals is a heading or a letterhead, not a sentence naming people."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    line = text[start : end if end >= 0 else len(text)]
    words = [w for w in _PART.findall(line) if len(w) > 1]
    return len(words) >= 2 and all(w.isupper() for w in words)
