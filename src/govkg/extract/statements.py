"""statements: item text → decisions and follow-ups (whole sentences, with cue and agent).

The cue phrases are data (``govkg/data/cues.csv``, compiled by ``extract.cue_table``): cues mark a
sentence, vetoes drop it, and a subheading ("Beslut", "Att göra") turns into a block whose sentences
all count. The acting subject comes from ``extract.statement_agent``.

>>> decisions, follow_ups = find_statements("Mötet i maj avbokas. Anna Berg återkommer i frågan.")
>>> [d.text.text for d in decisions], [(f.text.text, f.agent) for f in follow_ups]
(['Mötet i maj avbokas.'], [('Anna Berg återkommer i frågan.', 'Anna Berg')])
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from govkg.extract._prefilter import lowered
from govkg.extract.actor_steps import named_actor_before, named_persons_before
from govkg.extract.cue_table import Cue, Cues, first_cue
from govkg.extract.dates import scan_dates
from govkg.extract.reported import NEW_MAIN as _NEW_MAIN
from govkg.extract.reported import REPORTED as _REPORTED
from govkg.extract.reported import REPORTED_PAST as _REPORTED_PAST
from govkg.extract.reported import WISH as _WISH
from govkg.extract.reported import past_dated
from govkg.extract.sentences import split_sentences
from govkg.extract.statement_agent import GROUP_AGENT_ID, find_agent
from govkg.model import Quote, Statement

__all__ = ["GROUP_AGENT_ID", "Cues", "find_agent", "find_statements"]

_BULLET = re.compile(r"[-*•–]")
_HEADING_MARKS = re.compile(r"[#=\s]|\d+\.")
_FINAL_PUNCT = re.compile(r"[.?!]$")
# A run-in background label: what it introduces is the matter's history, not this meeting's outcome.
_BACKGROUND = re.compile(
    r"^[*_]{0,2}(?:bakgrund|ärendebeskrivning|ärendet i korthet)[*_]{0,2}\s*:", re.IGNORECASE
)
# A background sub-heading alone on its line: the matter's history and the office's view stand
# under it, not this meeting's outcome, until the next heading.
_BACKGROUND_HEADING = re.compile(
    r"^[*_]{0,2}(?:bakgrund|ärendebeskrivning|ärendet i korthet|sammanfattning(?: av ärendet)?|"
    r"beslutsunderlag|underlag)[*_]{0,2}\s*:?\s*$",
    re.IGNORECASE,
)
# The organ's own decision formula in the present tense, which ends a background block: with its
# "att"-clause ("Direktionen beslutar att fastställa budget för 2032") it is the formula whatever
# years it names; otherwise a year after it may date another body's decision in the history
_OWN_DECISION = re.compile(
    r"^(?-i:[A-ZÅÄÖ][\w-]*) beslutar(?:\s*:)?\s+att\b|^(?-i:[A-ZÅÄÖ][\w-]*) beslutar\b(?![^.]*\b\d{4}\b)"
)
# A coming adoption by another body in the modal ("Planen ska därefter antas av fullmäktige"):
# that body's concrete future step (GUIDELINES §7), not this meeting's decision; without an agent
# the sentence only states a procedure (a borderline cue in cues.csv).
_MODAL_ADOPTION = re.compile(
    r"\bska(?:ll)? (?:[^.,;]{1,40}? )?(?:antas|fastställas|godkännas|beslutas) av (?!oss\b)[\w-]+",
    re.IGNORECASE,
)
# An officer of the body (by role, in the definite form) with a modal step, under a decision heading
_OFFICER_STEP = re.compile(
    r"^(?-i:[A-ZÅÄÖ][a-zåäö]*(?:chefen|direktören|sekreteraren|samordnaren|kansliet|förvaltningen|kontoret))"
    r" (?:ska|skall) (?!kunna\b|vara\b|bli\b|ha\b|ges\b|få\b)[a-zåäö]+",
)
_STANDING = re.compile(
    r"\b(?:vid|inför|efter) (?:varje|varje kommande|alla) \w+|\blöpande\b|\bregelbundet\b|\bårligen\b|"
    r"\bvarje (?:år|månad|kvartal|halvår|vecka)\b|\bfortsättningsvis\b",
    re.IGNORECASE,
)
_LIST_MARK = re.compile(r"\s*(?:\d{1,2}[.)]|[a-z][.)]|[-*•–])\s*")
# A label that covers both outcomes ("Beslut/åtgärd:"): a follow-up cue makes the sentence a
# follow-up, anything else under it is decided.
_MIXED_LABEL = re.compile(
    r"^[*_]{0,2}(?:beslut\s*(?:/|och|&)\s*åtgärd(?:er)?|åtgärd(?:er)?\s*(?:/|och|&)\s*beslut)[*_]{0,2}\s*:",
    re.IGNORECASE,
)
# A run-in decision label ("Beslut: …"): what follows is decided ("Beslut: X bjuds in till mötet den
# 22 april" is a decision that sets a task), unless it only announces the group's next meeting with
# its date ("Beslut: Nästa möte hålls den 9 oktober"): that is a follow-up (GUIDELINES §7).
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


# An item that announces the coming meeting(s) ("Nästa möte", "7. Kommande möten", "Nästa sammanträde")
_NEXT_MEETING_TITLE = re.compile(
    r"^(?:\d{1,2}[.)]?\s+|§\s*\d+\s+)?(?:nästa|kommande) (?:[\w-]*?(?:möte|sammanträde|träff|samråd))\w*\b",
    re.IGNORECASE,
)
# A line that opens with a day, a weekday first or not ("Torsdag 7 december kl. 9", "den 3/5", "12 juni",
# "2031-06-11 kl. 9.00, Teams")
_DATED_LINE = re.compile(
    r"^(?:(?:må|ti|on|to|fre|lör|sön)[a-zåäö]*dag(?:en)?,?\s+)?(?:den\s+)?(?:\d{4}-\d{2}-\d{2}\b|\d{1,2}(?:\s+(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|"
    r"december|jan|feb|mar|apr|jun|jul|aug|sept?|okt|nov|dec)\b|/\d{1,2}\b))",
    re.IGNORECASE,
)


# A protocol's distribution label, with its recipients beside or under it: no task and no decision.
_DISTRIBUTION = re.compile(
    r"(?:beslutet|protokollet|protokollsutdrag(?:et)?|utdrag) (?:skickas|expedieras|sänds) till\b|"
    r"(?:expedieras|expediering|för kännedom) till\b|expedieras\s*:?\s*$|beslutsexpediering\b",
    re.IGNORECASE,
)
# The bare protocol sub-heading ("Skickas till", "Expedieras till:") on a line of its own; the
# recipient lines under it join it into one sentence without final punctuation.
_BARE_DISTRIBUTION = re.compile(r"(?:skickas|sänds|expedieras|delges) till\s*:?\s*", re.IGNORECASE)
# Attendance noted under a decision subheading ("X lämnar sammanträdet", "Y anmäler jäv och deltar
# inte i handläggningen"): the protocol records it, the body decides nothing.
_ATTENDANCE_REMARK = re.compile(
    r"\b(?:lämnar|lämnade) (?:sammanträdet|mötet|lokalen)\b|\banmä(?:ler|lde|ls|ldes) jäv\b|"
    r"\bdel(?:tar|tog) inte i (?:handläggningen|behandlingen|beslutet|beslutsfattandet|överläggningen)\b|"
    r"\binträder (?:i|under) (?:sammanträdet|mötet)\b|\bansluter (?:till )?(?:sammanträdet|mötet)\b",
    re.IGNORECASE,
)


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
    text: str,
    offset: int = 0,
    *,
    known_agents: Sequence[str] = (),
    meeting: str | None = None,
    title: str = "",
) -> tuple[list[Statement], list[Statement]]:
    """Decisions and follow-ups among the sentences of ``text`` (spans shifted by ``offset``);
    ``meeting`` (ISO day) tells a past period from a coming date; under an item ``title`` that
    announces the next meeting, a bare dated line is that meeting (a follow-up)."""
    cues = Cues.load()
    decision_heads, follow_up_heads = cues.of("decision_heading"), cues.of("follow_up_heading")
    vetoes, decision_cues, follow_up_cues = cues.of("borderline"), cues.of("decision"), cues.of("follow_up")
    decisions: list[Statement] = []
    follow_ups: list[Statement] = []
    block: tuple[str, str] | None = None  # (kind, heading) of the subheading we are under
    continuations = cues.of("continuation")
    previous: str | None = None  # the kind of the sentence before, if it was a statement
    next_meeting_item = _NEXT_MEETING_TITLE.match(title.strip()) is not None
    for q in split_sentences(text, offset):
        sentence = q.text
        found = cues.literals_in(lowered(sentence))
        heading = _is_heading(text, q, offset)
        if (_DISTRIBUTION.match(sentence) or _bare_distribution(text, q, offset)) and not _FINAL_PUNCT.search(
            sentence.rstrip()
        ):
            # "Beslutet skickas till / Medlemskommunerna": the protocol's distribution list, no task
            block, previous = ("distribution", sentence), None
            continue
        if block is not None and block[0] == "distribution":
            if heading and not first_cue(decision_heads, sentence, found=found):
                continue  # a recipient line of the list
            block = None
        if heading:
            if first_cue(decision_heads, sentence, found=found):
                block = ("decision", sentence)
                continue
            if first_cue(follow_up_heads, sentence, found=found):
                block = ("follow_up", sentence)
                continue
            if _BACKGROUND_HEADING.match(sentence):
                block = ("background", sentence)
                continue
            block = None
        if block is not None and block[0] == "background" and _OWN_DECISION.match(sentence):
            block = None  # "Direktionen beslutar att …" right after the background: the outcome
        background = block is not None and block[0] == "background"
        ruling = None if background else block  # under a background heading cues alone count
        lists = (vetoes, decision_cues, follow_up_cues)
        kind, cue_text = _classify(sentence, ruling, cues, *lists, found, meeting)
        if kind == "decision" and background:
            kind = None  # "Förvaltningen tillstyrker förslaget" in the Ärendebeskrivning: the office's view
        vetoed = kind is None and ruling is None and first_cue(vetoes, sentence, found=found) is not None
        if kind is None and ruling is None and _may_step(sentence) and not vetoed:
            # "Petra undersöker om …": a named actor's present-tense task, without a time
            named = _named(sentence, known_agents, cues)
            step = first_cue(cues.of("actor_step"), sentence, cues.clause_break, found, None, named)
            if step is None:
                # "Karin och Lars ansvarar för konferensen": a task only with persons as subject
                persons = _persons(sentence)
                step = first_cue(cues.of("person_step"), sentence, cues.clause_break, found, None, persons)
            kind, cue_text = ("follow_up", step.group(0)) if step else (None, "")
        dated_line = _DATED_LINE.match(sentence) if kind is None and next_meeting_item else None
        if dated_line and not vetoed and not past_dated(sentence, meeting):
            # "Nästa möte" / "Torsdag 7 december kl. 9–12 i Kumla.": the coming meeting itself
            kind, cue_text = "follow_up", dated_line.group(0)
        if kind is None and previous == "follow_up":
            # "Nästa möte: 4/5. Därefter 8/6 och 2/9.": further dates continue the follow-up
            more = first_cue(continuations, sentence)
            kind, cue_text = ("follow_up", more.group(0)) if more else (None, "")
        officer = _officer_step(text, q, offset, sentence) if block and block[0] == "decision" else None
        if (
            kind == "decision"
            and officer
            and not first_cue(decision_cues, sentence, cues.clause_break, found)
        ):
            # "Förbundschefen ska informera medlemmarna om beslutet" after the decision: the
            # officer's step that carries it out, a follow-up
            kind, cue_text = "follow_up", officer
        if kind == "decision" and ruling is None and _is_title(text, q, offset, title):
            # "1. Dagordningen godkänns och mötet förklaras öppnat": the item's own heading names its matter,
            # it records no outcome
            kind = None
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
    found: frozenset[str] | None = None,
    meeting: str | None = None,
) -> tuple[str | None, str]:
    if sentence.endswith("?") or _BACKGROUND.match(sentence) or _EMPTY_LABELS.match(sentence):
        return None, ""
    need = table.any_need
    mixed = _MIXED_LABEL.match(sentence)
    if mixed:
        follow_up = first_cue(follow_up_cues, sentence, table.clause_break, found, need.get("follow_up"))
        return ("follow_up", follow_up.group(0)) if follow_up else ("decision", mixed.group(0))
    responsible = None if block else _RESPONSIBLE_LABEL.match(sentence)
    if responsible and len(sentence[responsible.end() :].split()) >= 4:
        return "follow_up", responsible.group(0)
    label = None if block else _DECISION_LABEL.match(sentence)
    if (
        label
        and _NEXT_MEETING.match(rest := sentence[label.end() :])
        and _dated(rest)
        and not first_cue(decision_cues, rest, table.clause_break)
    ):
        follow_up = first_cue(follow_up_cues, rest, table.clause_break)
        if follow_up:
            return "follow_up", follow_up.group(0)
    if block and block[0] == "decision":
        if _ATTENDANCE_REMARK.search(sentence):
            return None, ""  # "X (KD) lämnar sammanträdet efter denna paragraf": noted, not decided
        # Under "Beslut" a sentence that only schedules a dated coming step ("Regionstyrelsen
        # behandlar uppföljningen den 17 juni", "X ombeds … senast den 13 juni") is a follow-up;
        # every other one is decided (also "Vid kommande möte står X på dagordningen").
        if _dated(sentence, ("day", "dayrange", "month")) and not first_cue(
            decision_cues, sentence, table.clause_break, found, need.get("decision")
        ):
            follow_up = first_cue(follow_up_cues, sentence, table.clause_break, found, need.get("follow_up"))
            if follow_up:
                return "follow_up", follow_up.group(0)
        return block
    if block:
        return block
    veto = first_cue(vetoes, sentence, found=found, any_need=need.get("borderline"))
    decision = first_cue(decision_cues, sentence, table.clause_break, found, need.get("decision"))
    if decision and (
        _REPORTED.search(sentence, 0, decision.start()) or _WISH.search(sentence, 0, decision.start())
    ):
        decision = None  # "A informerade om att styrelsen fastställer …": a report, not the group's decision
    modal = _MODAL_ADOPTION.search(sentence)
    if modal and (decision is None or modal.start() <= decision.start()):
        return "follow_up", modal.group(0)  # "X ska därefter antas av fullmäktige": another body's step
    if decision and (veto is None or _decision_outranks(sentence, veto, decision, table)):
        return "decision", decision.group(0)
    if veto:
        return None, ""
    follow_up = first_cue(
        follow_up_cues, sentence, table.clause_break, found, need.get("follow_up"),
        lambda m: not past_dated(m.group(0), meeting),
    )  # fmt: skip
    if follow_up and _reported(sentence, follow_up.start(), table):
        return None, ""
    return ("follow_up", follow_up.group(0)) if follow_up else (None, "")


_NON_WORD = re.compile(r"[\W_]+")
_TITLE_NUMBER = re.compile(r"^(?:§\s*)?\d{1,3}(?:\.\d{1,2})*[.)]?\s+(?:§\s+)?")
# What may stand before the title on its line: blank lines, a heading mark, its number ("3.", "§ 12").
_TITLE_MARK = re.compile(
    r"\s*[#*_ \t]*(?:§[ \t]*)?(?:\d{1,3}(?:\.\d{1,2})*[.)]?[ \t]*)?(?:§[ \t]*\d{1,3}[ \t]*)?[*_]*[ \t]*"
)


def _is_title(text: str, q: Quote, offset: int, title: str) -> bool:
    """Is the sentence the item's own title, on the region's first line (also a wrapped title)?"""
    start = q.span.start - offset
    if not title or not _TITLE_MARK.fullmatch(text[:start]):
        return False
    said = _NON_WORD.sub("", _TITLE_NUMBER.sub("", q.text, count=1).lower())
    named = _NON_WORD.sub("", title.lower())
    # a run-in title ("Almedalen: beslut att avstå.") leads its text: only an unpunctuated heading
    # may run past the title (its wrapped line, when the title kept only the first)
    heading = _FINAL_PUNCT.search(q.text) is None
    return bool(said) and (named.startswith(said) or (heading and said.startswith(named)))


def _officer_step(text: str, q: Quote, offset: int, sentence: str) -> str | None:
    """An officer's one-off modal step under a decision heading, not itself a numbered point of the
    decision list ("3. Förbundschefen ska rapportera …" is decided) nor a standing duty ("… vid
    varje sammanträde", "löpande"), which the body decides as a rule."""
    officer = _OFFICER_STEP.match(sentence)
    if officer is None or _STANDING.search(sentence):
        return None
    start = q.span.start - offset
    before = text[text.rfind("\n", 0, start) + 1 : start]
    return None if _LIST_MARK.fullmatch(before) else officer.group(0)


def _bare_distribution(text: str, q: Quote, offset: int) -> bool:
    """Does the sentence open with a distribution label alone on its line ("Skickas till")?"""
    start = q.span.start - offset
    line_end = text.find("\n", start)
    line = text[start : len(text) if line_end < 0 else line_end]
    return _BARE_DISTRIBUTION.fullmatch(line) is not None


def _may_step(sentence: str) -> bool:
    return not (sentence.endswith("?") or _BACKGROUND.match(sentence) or _EMPTY_LABELS.match(sentence))


def _named(sentence: str, known_agents: Sequence[str], cues: Cues) -> Callable[[re.Match[str]], bool]:
    def accept(m: re.Match[str]) -> bool:
        agent = find_agent(sentence, known_agents, cues)[0]
        return named_actor_before(sentence, m.start(), agent, known_agents)

    return accept


def _persons(sentence: str) -> Callable[[re.Match[str]], bool]:
    return lambda m: named_persons_before(sentence, m.start())


def _reported(sentence: str, pos: int, table: Cues) -> bool:
    """Does ``pos`` stand inside a past report ("X redovisade att …") that no new main clause ended?"""
    report = _REPORTED_PAST.search(sentence, 0, pos)
    if report is None:
        return False
    between = sentence[report.end() : pos]
    if _NEW_MAIN.search(between) or table.group.search(between):
        return False
    # A reported step with its day or month ("… att styrelsen den 5 december ska besluta …", "… att
    # förslaget skickas på remiss i maj") is still a concrete coming step of that body (GUIDELINES
    # §7); only undated news is left out (a past date is dropped by the cue's own check).
    return not _dated(sentence[report.end() :], ("day", "dayrange", "month"))


def _dated(sentence: str, kinds: tuple[str, ...] = ("day", "dayrange")) -> bool:
    return any(r.kind in kinds for r in scan_dates(sentence))


def _decision_outranks(sentence: str, veto: re.Match[str], decision: re.Match[str], table: Cues) -> bool:
    """A decision stated before a proposal word, in a later clause ("Kaj föreslår X, mötet väljer
    dessa"), or coordinated with it ("Mötet föreslår och väljer") is still a decision."""
    if decision.start() < veto.start():
        return True
    between = sentence[veto.end() : decision.start()]
    return between.strip().lower() == "och" or bool(table.clause_break.search(between))
