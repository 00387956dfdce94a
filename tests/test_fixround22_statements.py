"""Fix round 22 (statements): dated coming events in the present tense, reported steps dated to a
month, "beslutas av X" only with a time, a background sub-heading that opens a block without
decisions, an organ's adoption set for a coming date, a modal passive step with its time, and a
sentence cut by a page break in plain pdftotext.

Texts are written for these tests (invented people, other bodies than the blind sets')."""

from __future__ import annotations

import pytest

from govkg.extract.sentences import split_sentences
from govkg.extract.statements import find_statements

_MEETING = "2031-03-12"


def _kinds(text: str) -> tuple[list[str], list[str]]:
    decisions, follow_ups = find_statements(text, meeting=_MEETING)
    return [d.text.text for d in decisions], [f.text.text for f in follow_ups]


@pytest.mark.parametrize(
    "sentence",
    [
        # a dated coming event in the present tense (GUIDELINES §7: concrete future events)
        "Vägen stängs för trafik 4–18 maj och omledning sätts in.",
        "Mätningar sker under april och maj i samarbete med kommunerna.",
        # a reported step of another body, dated only to a month
        "Per Alm informerade om att planen skickas på remiss till kommunerna i maj.",
        # another body decides, with its time
        "Planen beslutas av regionfullmäktige i juni.",
        # an organ's adoption set for a coming date
        "Styrelsen fastställer budgeten vid sammanträdet den 14 maj 2031.",
        "Regionfullmäktige antar planen i november.",
        # a coming step in the modal passive, with its time
        "Rutinen ska revideras under hösten 2031.",
    ],
)
def test_a_dated_coming_step_is_a_follow_up(sentence: str) -> None:
    assert _kinds(sentence) == ([], [sentence])


@pytest.mark.parametrize(
    "sentence",
    [
        # the event lies before the meeting
        "Vägen stängs för trafik 4–18 januari.",
        # a habit, not an event
        "Mätningar sker varje år i maj i samarbete med kommunerna.",
        # past news reported at the meeting
        "Per Alm informerade om att planen skickades på remiss till kommunerna i januari.",
        # an undated rule of procedure
        "Taxan beslutas av regionstyrelsen i samband med budgeten.",
        # a modal passive without a time states no step
        "Rutinen ska revideras.",
    ],
)
def test_background_and_the_past_are_no_follow_ups(sentence: str) -> None:
    assert _kinds(sentence)[1] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Styrelsen fastställer budgeten för 2032.",
        # the meeting dates the organ sets are decided, not its coming step
        "Direktionen fastställer sammanträdesdagar för 2032: 3 februari, 14 april och 9 juni.",
        "Direktionen fastställer sammanträdesdagarna 3 februari, 14 april och 9 juni 2032.",
    ],
)
def test_an_adoption_without_its_own_coming_date_stays_decided(sentence: str) -> None:
    assert _kinds(sentence) == ([sentence], [])


_PROTOCOL = (
    "Styrelsens beslut\n\n"
    "Styrelsen beslutar att godkänna avtalet.\n\n"
    "Justering sker den 17 mars 2031 på kansliet.\n\n"
    "Ärendebeskrivning\n\n"
    "Kansliet tillstyrker förslaget. Styrelsen godkände den förra planen 2029.\n\n"
    "Beslutsunderlag\n\n"
    "Tjänsteskrivelse från kansliet.\n\n"
    "Styrelsen beslutar att anta planen.\n"
)


def test_a_background_sub_heading_opens_a_block_without_decisions() -> None:
    decisions, follow_ups = _kinds(_PROTOCOL)
    assert decisions == [
        "Styrelsen beslutar att godkänna avtalet.",
        # the protocol's own checking date stands under the decision heading: decided, as before
        "Justering sker den 17 mars 2031 på kansliet.",
        # the organ's own formula ends the background
        "Styrelsen beslutar att anta planen.",
    ]
    assert follow_ups == []


def test_a_clause_after_the_adoption_does_not_date_it() -> None:
    text = "Beslut\n\nDirektionen antar planen för 2031–2033 och den börjar gälla den 1 maj 2031.\n"
    assert _kinds(text) == (
        ["Direktionen antar planen för 2031–2033 och den börjar gälla den 1 maj 2031."],
        [],
    )


_HEAD = "Regionen planerar en konferens om vattenfrågor som är öppen för alla kommuner och deras handläggare"
_TAIL = "för kommunernas inspektörer den 3 maj i Växjö."
_WHOLE = f"{_HEAD} {_TAIL}"


@pytest.mark.parametrize(
    "gap",
    [
        "\n\n   \n\n\f",  # the page foot set aside as blanks, then the form feed
        "\n\n\n\f",  # the foot removed, the form feed kept
        "\n\n",  # the foot and the form feed removed: the cut line reached the page width
    ],
)
def test_a_sentence_runs_on_across_a_page_break(gap: str) -> None:
    text = f"{_HEAD}{gap}{_TAIL}\nNästa stycke börjar här."
    assert [q.text for q in split_sentences(text)] == [_WHOLE, "Nästa stycke börjar här."]
    assert _kinds(text)[1] == [_WHOLE]


@pytest.mark.parametrize(
    "text",
    [
        # a short heading above a lower-case line is no cut sentence
        "Ekonomi\n\nför kommunernas del gäller avtalet.",
        # a finished sentence before the break
        "Mötet avslutades.\n\n\fsom sista punkt togs ekonomin upp.",
    ],
)
def test_a_finished_line_is_not_joined_across_blank_lines(text: str) -> None:
    assert len(split_sentences(text)) == 2
