"""extract.actor_steps: a sentence → whether a named actor states a concrete task in the present tense.

Operational and crisis notes write the next steps of the actors as plain present-tense clauses
without a time: "Länsstyrelsen samordnar kommunernas begäran om reservkraft", "Petra undersöker om
grannkommunen kan avvara personal". Such a verb is a follow-up only when its subject is a NAMED
actor that stands right before it (a person by a listed first name or full name, a body by its
name, an acronym or an institution noun, or the group itself) and a concrete task follows. Otherwise
the same verb describes what a report or a role is about ("Studien undersöker om …"), which is no step.
The cue phrases are the ``actor_step`` rows of ``govkg/data/cues.csv``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from govkg.extract._person_lexicon import first_names

__all__ = ["named_actor_before", "named_persons_before"]

# A run-in label before the clause ("Länsstyrelsen: samordnar …" is no subject; "Åtgärd: Petra
# undersöker …" is one after the label).
_LABEL = re.compile(r"^[^:.?!]{1,40}:\s+")
_CLAUSE_START = re.compile(r"\s[–—]\s|;\s")
_CAPITALISED = re.compile(r"(?-i:[A-ZÅÄÖÉ][a-zåäöéü]+(?:-[A-ZÅÄÖÉ][a-zåäöéü]+)?)")
_PAIR = re.compile(r"(.+?) (?:och|samt) (.+)")
_PERSONS = re.compile(r",\s+|\s+(?:och|samt)\s+")


def named_actor_before(
    sentence: str, verb_start: int, agent: str | None, known_agents: Sequence[str]
) -> bool:
    """Is the whole clause before ``verb_start`` a named actor (``agent`` as ``find_agent`` found it,
    one of ``known_agents``, or a single first name of the lexicon)?

    >>> named_actor_before("Petra undersöker om X.", 6, None, ())
    True
    >>> named_actor_before("Rapporten undersöker om X.", 10, None, ())
    False
    """
    # A clause after a dash or a semicolon starts afresh ("Vi vill undvika dubbelarbete – Petra
    # kollar med skolorna"): its subject is what follows the last break.
    subject = _CLAUSE_START.split(sentence[:verb_start])[-1].strip()
    label = _LABEL.match(subject)
    if label:
        subject = subject[label.end() :]
    if not subject:
        return False
    if subject in known_agents or (agent is not None and subject == agent):
        return True
    # Two actors share the step ("Petra och Olle tar kontakt med …", "Anna Berg och Per Ek ser till
    # att …"): each of them must be named.
    pair = _PAIR.fullmatch(subject)
    if pair:
        return all(_one_named(part, known_agents) for part in pair.groups())
    return _one_named(subject, known_agents)


def _one_named(subject: str, known_agents: Sequence[str]) -> bool:
    """A known agent, or a person by first name ("Petra") or by a listed first name and a surname
    ("Petra Lindahl"), which no item-level finder may have listed."""
    if subject in known_agents:
        return True
    words = subject.split(" ")
    if len(words) > 2 or not all(_CAPITALISED.fullmatch(w) for w in words):
        return False
    return words[0] in first_names().names


def named_persons_before(sentence: str, verb_start: int) -> bool:
    """Is the whole clause before ``verb_start`` one or more persons by name ("Karin", "Karin och
    Lars-Erik", "Karin Alm, Lars och Eva")? A body's standing remit ("Regionen ansvarar för …") is not.

    >>> named_persons_before("Karin och Lars-Erik ansvarar för X.", 20)
    True
    >>> named_persons_before("Regionen ansvarar för X.", 9)
    False
    """
    subject = _CLAUSE_START.split(sentence[:verb_start])[-1].strip()
    label = _LABEL.match(subject)
    if label:
        subject = subject[label.end() :]
    parts = _PERSONS.split(subject)
    return bool(subject) and all(_person(part) for part in parts)


def _person(part: str) -> bool:
    """A first name of the lexicon (each half of a double name: "Lars-Erik"), with a surname or not."""
    words = part.split(" ")
    if not 1 <= len(words) <= 2 or not all(_CAPITALISED.fullmatch(w) for w in words):
        return False
    names = first_names().names
    return words[0] in names or all(half in names for half in words[0].split("-"))
