"""extract.statement_agent: a statement sentence → its acting subject and whether that is the group itself."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from govkg.extract.cue_table import Cues

__all__ = ["GROUP_AGENT_ID", "find_agent"]

# agent_id of a statement whose agent is the meeting body itself ("Nätverket", "Kommuncheferna").
GROUP_AGENT_ID = "group"

_WORDS = re.compile(r"\w+")
_WORD_OR_DASH = re.compile(r"[\w-]")
_NAME = re.compile(r"[A-ZÅÄÖÉ][\w-]*(?::s)?(?: (?:[A-ZÅÄÖÉ][\w-]*(?::s)?|von|af|van|de))+")
_ACRONYM = re.compile(r"[A-ZÅÄÖ]{2,}[\w-]*(?::s [a-zåäö]+)?")
_INSTITUTION = re.compile(
    r"[A-ZÅÄÖ][a-zåäö]*(?:styrelsen|förvaltningen|nämnden|gruppen|nätverket|kansliet|myndigheten|"
    r"regionen|kommunen|rådet|beredningen|sekretariatet|förbundet|verket|kontoret|inspektionen|enheten|avdelningen)"
)
_PREPOSITIONS = frozenset(
    {"med", "från", "till", "av", "för", "på", "i", "om", "hos", "mot", "kring", "via", "inom"}
)
_LABEL = re.compile(r"^[^:.?!]{1,60}:\s+")


def find_agent(
    sentence: str, known_agents: Sequence[str] = (), cues: Cues | None = None
) -> tuple[str | None, bool]:
    """The acting subject of a sentence and whether it is the group itself.

    >>> find_agent("Länsstyrelsen tar med sig frågan.")
    ('Länsstyrelsen', False)
    >>> find_agent("Kommuncheferna vill att nätverket svarar.")
    ('Kommuncheferna', True)
    """
    cues = cues or Cues.load()
    label = _LABEL.match(sentence)
    # After a run-in label ("Rådslag 15 augusti: påminn ...") the clause starts anew.
    for candidate in (sentence[label.end() :], sentence) if label else (sentence,):
        found = _subject_at_start(candidate, known_agents, cues)
        if found[0]:
            return found
    # Inverted word order after a fronted adverbial: "här meddelar Göteborg att ..."
    for agent in _by_length(known_agents):
        if agent not in sentence:  # cheap test before the bounded scan
            continue
        for m in _bounded(agent).finditer(sentence):
            before = _WORDS.findall(sentence[: m.start()].lower())
            if before and before[-1] not in _PREPOSITIONS and not before[-1].endswith("s"):
                return agent, False
    return None, False


def _by_length(known_agents: Sequence[str]) -> list[str]:
    # stable sort: agents of equal length keep their order, as the callers expect
    return sorted(known_agents, key=len, reverse=True)


@lru_cache(maxsize=4096)
def _bounded(agent: str) -> re.Pattern[str]:
    """``agent`` as a whole word (compiled once: the agents recur from sentence to sentence)."""
    return re.compile(rf"(?<![\w-]){re.escape(agent)}(?![\w-])")


def _subject_at_start(text: str, known_agents: Sequence[str], cues: Cues) -> tuple[str | None, bool]:
    for agent in _by_length(known_agents):
        if text.startswith(agent) and _WORD_OR_DASH.match(text, len(agent)) is None:
            return agent, False
    group = cues.group.match(text)
    if group:
        return group.group(0), True
    for pattern in (_NAME, _ACRONYM, _INSTITUTION):
        m = pattern.match(text)
        if m and (m.end() == len(text) or not text[m.end()].isalnum()):
            return m.group(0), False
    return None, False
