"""Fix round 23 (statements): a protocol paragraph's heading, its "Beslutsunderlag" list and its
background block no longer swallow the organ's decision; dated coming visits, offers, passives and
matters raised elsewhere are follow-ups; a group's remit, a cancellation given as a cause and a
purpose clause ("för att ta fram") are not statements.

Texts are written for these tests (invented people, other bodies than the blind sets')."""

from __future__ import annotations

import pytest

from govkg.extract.sentences import split_sentences
from govkg.extract.statements import find_statements

_MEETING = "2031-03-12"


def _kinds(text: str) -> tuple[list[str], list[str]]:
    decisions, follow_ups = find_statements(text, meeting=_MEETING)
    return [d.text.text for d in decisions], [f.text.text for f in follow_ups]


_FORMULA = (
    "Förbundsstyrelsen beslutar\n"
    "att fastställa budget för 2032 med plan för 2033–2034, och\n"
    "att lägga rapporten till handlingarna."
)
_DECISION = " ".join(_FORMULA.split())


@pytest.mark.parametrize(
    "paragraph",
    [
        # the paragraph heading and its title right above the first sentence
        "§ 9        Dnr KFB 2031/020\nBudget 2032\n" + _FORMULA,
        "§ 9\nBudget 2032\n" + _FORMULA,
        # the background block ends at the organ's formula, even when it names years
        "§ 9        Dnr KFB 2031/020\nBudget 2032\nÄrendebeskrivning\n"
        "Budgeten bygger på oförändrade avgifter. Per Lind föredrar ärendet.\n" + _FORMULA,
        # the list of documents, without a blank line before the formula
        "§ 9        Dnr KFB 2031/020\nBudget 2032\nBeslutsunderlag\nTjänsteskrivelse 2031-02-20\n"
        "Förslag till budget 2032\n" + _FORMULA + "\nExpedieras till\nMedlemskommunerna",
    ],
)
def test_the_organs_decision_in_a_protocol_paragraph(paragraph: str) -> None:
    assert _kinds(paragraph)[0] == [_DECISION]


def test_the_paragraph_heading_and_each_listed_document_stand_alone() -> None:
    text = "§ 9   Dnr KFB 2031/020\nBudget 2032\nBeslutsunderlag\nTjänsteskrivelse 2031-02-20\n" + _FORMULA
    assert [q.text for q in split_sentences(text)] == [
        "§ 9 Dnr KFB 2031/020",
        "Budget 2032",
        "Beslutsunderlag",
        "Tjänsteskrivelse 2031-02-20",
        _DECISION,
    ]


def test_the_history_under_the_background_heading_stays_undecided() -> None:
    text = (
        "Ärendebeskrivning\nRegionstyrelsen beslutar om taxan 2030 varje höst. "
        "Kansliet tillstyrker förslaget."
    )
    assert _kinds(text)[0] == []


@pytest.mark.parametrize(
    "sentence",
    [
        # a coming visit received, an offer of sessions, with their time
        "Kommunen tar emot ett studiebesök från Länsstyrelsen den 7 maj 2031.",
        "Olle erbjuder genomgångar för varje förvaltning under april.",
        # a dated coming event in the passive
        "Motsvarande dragning för rektorerna görs den 29 april.",
        # a matter raised at another organ on a date
        "Frågan lyfts till regionens trafiknämnd den 9 juni för beslut.",
    ],
)
def test_a_dated_coming_step_is_a_follow_up(sentence: str) -> None:
    assert _kinds(sentence) == ([], [sentence])


@pytest.mark.parametrize(
    "sentence",
    [
        # the group's remit read out: a standing duty
        "Gruppen ska samordna arbetet med trafiksäkerhet, ta fram gemensamma underlag och vara en "
        "länk mellan länets kommuner och regionen.",
        "Nätverket ska verka för en gemensam syn på skolskjuts.",
        # a purpose clause names no step
        "Flera kommuner saknar i dag resurser för att ta fram en plan.",
        # a past cancellation given as a cause
        "Förbundet redovisar ett underskott på grund av att en kurs ställdes in.",
        # a past event
        "Motsvarande dragning för rektorerna gjordes den 2 februari.",
    ],
)
def test_remits_causes_and_purposes_are_no_statements(sentence: str) -> None:
    assert _kinds(sentence) == ([], [])


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Gruppen ska ta fram ett underlag till nästa möte.",
            ([], ["Gruppen ska ta fram ett underlag till nästa möte."]),
        ),
        (
            "Nätverket tar fram en plan till nästa möte.",
            ([], ["Nätverket tar fram en plan till nästa möte."]),
        ),
        (
            "Seminariet ställs in eftersom få har anmält sig.",
            (["Seminariet ställs in eftersom få har anmält sig."], []),
        ),
    ],
)
def test_the_steps_and_decisions_beside_them_still_count(
    sentence: str, expected: tuple[list[str], list[str]]
) -> None:
    assert _kinds(sentence) == expected


def test_a_round_done_now_before_another_meeting_is_no_follow_up() -> None:
    # "görs" dates the event only when the date follows it directly
    assert _kinds("En avstämning görs inför styrelsens möte den 11 april om läget.") == ([], [])


def test_the_protocols_own_checking_stays_no_follow_up() -> None:
    assert _kinds("Justering sker den 17 mars 2031 på kansliet.")[1] == []
