"""statements: item text → decisions and follow-ups (whole sentences, with cue and agent).

The cue phrases are data (``govkg/data/cues.csv``): ``decision``/``follow_up`` patterns mark a
sentence, ``borderline`` patterns (proposals, positions, hypotheticals) veto it, ``*_heading``
patterns turn a subheading ("Beslut", "Att göra") into a block whose sentences all count, and
``macro:NAME`` rows define ``{NAME}`` placeholders used by the other patterns.

>>> decisions, follow_ups = find_statements("Mötet i maj avbokas. Anna Berg återkommer i frågan.")
>>> [d.text.text for d in decisions], [(f.text.text, f.agent) for f in follow_ups]
(['Mötet i maj avbokas.'], [('Anna Berg återkommer i frågan.', 'Anna Berg')])
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise
from pathlib import Path

from govkg.errors import GazetteerError
from govkg.extract._prefilter import any_literal, literal_set, lowered
from govkg.extract.actor_steps import named_actor_before
from govkg.extract.dates import scan_dates
from govkg.extract.reported import NEW_MAIN as _NEW_MAIN
from govkg.extract.reported import REPORTED as _REPORTED
from govkg.extract.reported import REPORTED_PAST as _REPORTED_PAST
from govkg.extract.reported import WISH as _WISH
from govkg.extract.reported import past_dated
from govkg.extract.sentences import split_sentences
from govkg.model import Quote, Statement
from govkg.resources import data_dir

__all__ = ["GROUP_AGENT_ID", "Cues", "find_agent", "find_statements"]

# agent_id of a statement whose agent is the meeting body itself ("Nätverket", "Kommuncheferna").
GROUP_AGENT_ID = "group"

# A cue inside a subordinate clause ("eftersom vi kommer att ...", "där X framöver kommer att ...")
# reports background, not an action of the meeting.
_SUBORDINATORS = frozenset(
    {"där", "eftersom", "som", "vilket", "vilka", "när", "ifall", "då", "medan", "innan"}
)
_TWO_WORD_SUBORDINATORS = frozenset({("även", "om"), ("trots", "att")})
_CLAUSE_BREAK = r"[,;:–]|\b(?:så|men)\b"
_KINDS: tuple[str, ...] = (
    "decision",
    "follow_up",
    "borderline",
    "decision_heading",
    "follow_up_heading",
    "continuation",
)
_KINDS += ("actor_step",)  # a named actor's task: counted only with its subject checked (actor_steps)
_MACRO = re.compile(r"\{([A-Z]+)\}")
_WORDS = re.compile(r"\w+")
_WORD_OR_DASH = re.compile(r"[\w-]")
_BULLET = re.compile(r"[-*•–]")
_HEADING_MARKS = re.compile(r"[#=\s]|\d+\.")
_FINAL_PUNCT = re.compile(r"[.?!]$")
# A run-in background label: what it introduces is the matter's history, not this meeting's outcome.
_BACKGROUND = re.compile(
    r"^[*_]{0,2}(?:bakgrund|ärendebeskrivning|ärendet i korthet)[*_]{0,2}\s*:", re.IGNORECASE
)
# A label that covers both outcomes ("Beslut/åtgärd:"): a follow-up cue makes the sentence a
# follow-up, anything else under it is decided.
_MIXED_LABEL = re.compile(
    r"^[*_]{0,2}(?:beslut\s*(?:/|och|&)\s*åtgärd(?:er)?|åtgärd(?:er)?\s*(?:/|och|&)\s*beslut)[*_]{0,2}\s*:",
    re.IGNORECASE,
)
# A run-in decision label ("Beslut: …"): what follows is decided ("Beslut: X bjuds in till mötet den
# 22 april" is a decision that sets a task), unless it only announces the group's next meeting with
# its date ("Beslut: Nästa möte hålls den 21 maj"): that is a follow-up (GUIDELINES §7).
_DECISION_LABEL = re.compile(r"^[*_]{0,2}beslut(?:at)?[*_]{0,2}\s*:\s*", re.IGNORECASE)
_NEXT_MEETING = re.compile(
    r"(?:nästa|kommande) (?:[\w-]*?(?:möte|sammanträde|träff|samråd))\w*\b(?! [a-zåäö]+ (?:beslut|godkän))",
    re.IGNORECASE,
)
# A run-in responsibility label in a field-list item ("Ansvarig: Anna Berg tar kontakt med X före
# den 1 maj"): an actor's concrete next step, a follow-up when it states more than a name.
_RESPONSIBLE_LABEL = re.compile(r"^[*_]{0,2}(?:ansvarig|ansvar|åtgärd)[*_]{0,2}\s*:\s*", re.IGNORECASE)
# Labels with no content ("Beslut: –", "Ansvarig: -", "Beslut: inget"): nothing was stated.
_EMPTY_LABELS = re.compile(
    r"^(?:[*_]{0,2}[\w/ ]{1,30}?[*_]{0,2}:\s*(?:[–—-]+|inget|inga|ingen|saknas)?\s*\.?\s*)+$", re.IGNORECASE
)


@dataclass(frozen=True, slots=True)
class Cue:
    kind: str
    pattern: re.Pattern[str]
    note: str
    # literals one of which every match contains (see extract._prefilter); None: always run
    need: re.Pattern[str] | None = None


@dataclass(frozen=True, slots=True)
class Cues:
    """The cue table, compiled."""

    cues: tuple[Cue, ...]
    group: re.Pattern[str]
    # Where a new clause starts: punctuation, "så"/"men", or "och" before the group as new subject.
    clause_break: re.Pattern[str]
    # per kind: literals one of which any cue of the kind needs (None: some cue needs none)
    any_need: dict[str, re.Pattern[str] | None] = field(default_factory=dict)

    def of(self, kind: str) -> list[Cue]:
        return [c for c in self.cues if c.kind == kind]

    @staticmethod
    @lru_cache(maxsize=4)
    def load(path: Path | None = None) -> Cues:
        """Read and compile ``cues.csv`` (cached)."""
        path = path or data_dir() / "cues.csv"
        try:
            with path.open(encoding="utf-8", newline="") as fh:
                rows = list(csv.DictReader(fh))
        except OSError as e:
            raise GazetteerError(f"cannot read the cue table: {e}", source=str(path)) from e
        macros: dict[str, str] = {}

        def expand(pattern: str) -> str:
            # Macros may use earlier macros; unknown names are an error in the data file.
            def one(m: re.Match[str]) -> str:
                if m.group(1) not in macros:
                    raise GazetteerError(f"unknown macro {{{m.group(1)}}} in {pattern!r}", source=str(path))
                return macros[m.group(1)]

            return _MACRO.sub(one, pattern)

        cues: list[Cue] = []
        needs: dict[str, list[frozenset[str] | None]] = {}
        for row in rows:
            kind, pattern = (row.get("kind") or "").strip(), row.get("pattern") or ""
            if kind.startswith("macro:"):
                macros[kind[6:]] = expand(pattern)
            elif kind in _KINDS:
                try:
                    compiled = re.compile(expand(pattern), re.IGNORECASE)
                    need = literal_set(compiled)
                    prefilter = any_literal([need]) if need else None
                    cues.append(Cue(kind, compiled, row.get("note") or "", prefilter))
                    needs.setdefault(kind, []).append(need)
                except re.error as e:
                    raise GazetteerError(f"bad cue pattern {pattern!r}: {e}", source=str(path)) from e
            elif kind:
                raise GazetteerError(f"unknown cue kind {kind!r}", source=str(path))
        group_re = macros.get("GROUP", "(?!)")
        group = re.compile(rf"(?:{group_re})(?!\w)", re.IGNORECASE)
        clause_break = re.compile(rf"{_CLAUSE_BREAK}|\boch (?=(?:{group_re})\b)", re.IGNORECASE)
        any_need = {
            kind: any_literal([n for n in sets if n]) if all(sets) else None for kind, sets in needs.items()
        }
        return Cues(tuple(cues), group, clause_break, any_need)


def _in_subclause(sentence: str, pos: int, clause_break: re.Pattern[str]) -> bool:
    """Is ``pos`` inside a subordinate clause that opened since the last clause break?"""
    head = sentence[:pos]
    breaks = list(clause_break.finditer(head))
    clause = head[breaks[-1].end() :] if breaks else head
    words = _WORDS.findall(clause.lower())
    if any(w in _SUBORDINATORS for w in words):
        return True
    return any((a, b) in _TWO_WORD_SUBORDINATORS for a, b in pairwise(words))


def _first(
    cues: list[Cue],
    sentence: str,
    clause_break: re.Pattern[str] | None = None,
    low: str | None = None,
    any_need: re.Pattern[str] | None = None,
    accept: Callable[[re.Match[str]], bool] | None = None,
) -> re.Match[str] | None:
    """The first match of any cue; with ``clause_break``, only one that stands in a main clause.

    ``low`` is ``lowered(sentence)``: with it, a cue whose required literals are absent is skipped,
    and all are when none of ``any_need`` (the union of the cues' literals) is there.
    """
    if low is not None and any_need is not None and any_need.search(low) is None:
        return None
    for cue in cues:
        if low is not None and cue.need is not None and cue.need.search(low) is None:
            continue
        for m in cue.pattern.finditer(sentence):
            main = clause_break is None or not _in_subclause(sentence, m.start(), clause_break)
            if main and (accept is None or accept(m)):
                return m
    return None


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


def _is_heading(text: str, q: Quote, offset: int) -> bool:
    """A short line of its own without final punctuation, not a bullet: a subheading."""
    start, end = q.span.start - offset, q.span.end - offset
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    prefix = text[line_start:start]
    suffix = text[end : line_end if line_end >= 0 else len(text)]
    return (
        not _BULLET.search(prefix)
        and not _HEADING_MARKS.sub("", prefix)
        and not suffix.strip()
        and not _FINAL_PUNCT.search(q.text)
        and len(q.text.split()) <= 8
    )


def find_statements(
    text: str, offset: int = 0, *, known_agents: Sequence[str] = (), meeting: str | None = None
) -> tuple[list[Statement], list[Statement]]:
    """Decisions and follow-ups among the sentences of ``text`` (spans shifted by ``offset``);
    ``meeting`` (ISO day) tells a past period from a coming date."""
    cues = Cues.load()
    decision_heads, follow_up_heads = cues.of("decision_heading"), cues.of("follow_up_heading")
    vetoes, decision_cues, follow_up_cues = cues.of("borderline"), cues.of("decision"), cues.of("follow_up")
    decisions: list[Statement] = []
    follow_ups: list[Statement] = []
    block: tuple[str, str] | None = None  # (kind, heading) of the subheading we are under
    continuations = cues.of("continuation")
    previous: str | None = None  # the kind of the sentence before, if it was a statement
    for q in split_sentences(text, offset):
        sentence = q.text
        low = lowered(sentence)
        if _is_heading(text, q, offset):
            if _first(decision_heads, sentence, low=low):
                block = ("decision", sentence)
                continue
            if _first(follow_up_heads, sentence, low=low):
                block = ("follow_up", sentence)
                continue
            block = None
        kind, cue_text = _classify(sentence, block, cues, vetoes, decision_cues, follow_up_cues, low, meeting)
        if kind is None and block is None and _may_step(sentence) and not _first(vetoes, sentence, low=low):
            # "Petra undersöker om …": a named actor's present-tense task, without a time
            named = _named(sentence, known_agents, cues)
            step = _first(cues.of("actor_step"), sentence, cues.clause_break, low, None, named)
            kind, cue_text = ("follow_up", step.group(0)) if step else (None, "")
        if kind is None and previous == "follow_up":
            # "Nästa möte: 4/5. Därefter 8/6 och 2/9.": further dates continue the follow-up
            more = _first(continuations, sentence)
            kind, cue_text = ("follow_up", more.group(0)) if more else (None, "")
        previous = kind
        if kind is None:
            continue
        agent, is_group = find_agent(sentence, known_agents, cues)
        statement = Statement(q, cue_text, agent, GROUP_AGENT_ID if is_group else None)
        (decisions if kind == "decision" else follow_ups).append(statement)
    return decisions, follow_ups


def _classify(
    sentence: str,
    block: tuple[str, str] | None,
    table: Cues,
    vetoes: list[Cue],
    decision_cues: list[Cue],
    follow_up_cues: list[Cue],
    low: str | None = None,
    meeting: str | None = None,
) -> tuple[str | None, str]:
    if sentence.endswith("?") or _BACKGROUND.match(sentence) or _EMPTY_LABELS.match(sentence):
        return None, ""
    need = table.any_need
    mixed = _MIXED_LABEL.match(sentence)
    if mixed:
        follow_up = _first(follow_up_cues, sentence, table.clause_break, low, need.get("follow_up"))
        return ("follow_up", follow_up.group(0)) if follow_up else ("decision", mixed.group(0))
    responsible = None if block else _RESPONSIBLE_LABEL.match(sentence)
    if responsible and len(sentence[responsible.end() :].split()) >= 4:
        return "follow_up", responsible.group(0)
    label = None if block else _DECISION_LABEL.match(sentence)
    if (
        label
        and _NEXT_MEETING.match(rest := sentence[label.end() :])
        and _dated(rest)
        and not _first(decision_cues, rest, table.clause_break)
    ):
        follow_up = _first(follow_up_cues, rest, table.clause_break)
        if follow_up:
            return "follow_up", follow_up.group(0)
    if block and block[0] == "decision":
        # Under "Beslut" a sentence that only schedules a dated coming step ("Regionstyrelsen
        # behandlar uppföljningen den 17 juni", "X ombeds … senast den 13 juni") is a follow-up;
        # every other one is decided (also "Vid kommande möte står X på dagordningen").
        if _dated(sentence) and not _first(
            decision_cues, sentence, table.clause_break, low, need.get("decision")
        ):
            follow_up = _first(follow_up_cues, sentence, table.clause_break, low, need.get("follow_up"))
            if follow_up:
                return "follow_up", follow_up.group(0)
        return block
    if block:
        return block
    veto = _first(vetoes, sentence, low=low, any_need=need.get("borderline"))
    decision = _first(decision_cues, sentence, table.clause_break, low, need.get("decision"))
    if decision and (
        _REPORTED.search(sentence, 0, decision.start()) or _WISH.search(sentence, 0, decision.start())
    ):
        decision = None  # "A informerade om att styrelsen fastställer …": a report, not the group's decision
    if decision and (veto is None or _decision_outranks(sentence, veto, decision, table)):
        return "decision", decision.group(0)
    if veto:
        return None, ""
    follow_up = _first(
        follow_up_cues, sentence, table.clause_break, low, need.get("follow_up"),
        lambda m: not past_dated(m.group(0), meeting),
    )  # fmt: skip
    if follow_up and _reported(sentence, follow_up.start(), table):
        return None, ""
    return ("follow_up", follow_up.group(0)) if follow_up else (None, "")


def _may_step(sentence: str) -> bool:
    return not (sentence.endswith("?") or _BACKGROUND.match(sentence) or _EMPTY_LABELS.match(sentence))


def _named(sentence: str, known_agents: Sequence[str], cues: Cues) -> Callable[[re.Match[str]], bool]:
    def accept(m: re.Match[str]) -> bool:
        agent = find_agent(sentence, known_agents, cues)[0]
        return named_actor_before(sentence, m.start(), agent, known_agents)

    return accept


def _reported(sentence: str, pos: int, table: Cues) -> bool:
    """Does ``pos`` stand inside a past report ("X redovisade att …") that no new main clause ended?"""
    report = _REPORTED_PAST.search(sentence, 0, pos)
    if report is None:
        return False
    between = sentence[report.end() : pos]
    if _NEW_MAIN.search(between) or table.group.search(between):
        return False
    # A reported step with its day ("… att styrelsen den 5 december ska besluta …") is still a
    # concrete coming step of that body (GUIDELINES §7); only undated news is left out.
    return not _dated(sentence[report.end() :])


def _dated(sentence: str) -> bool:
    return any(r.kind in ("day", "dayrange") for r in scan_dates(sentence))


def _decision_outranks(sentence: str, veto: re.Match[str], decision: re.Match[str], table: Cues) -> bool:
    """A decision stated before a proposal word, in a later clause ("Kaj föreslår X, mötet väljer
    dessa"), or coordinated with it ("Mötet föreslår och väljer") is still a decision."""
    if decision.start() < veto.start():
        return True
    between = sentence[veto.end() : decision.start()]
    return between.strip().lower() == "och" or bool(table.clause_break.search(between))
