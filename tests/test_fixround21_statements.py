"""Fix round 21 (statements): follow-up cues for convening, invitations, responsibilities, a second
main clause with its own subject and reported dated steps of outside bodies; "<the group>
konstaterade att" as the group's position; a modal adoption by another body; an officer's step
under a decision heading.

Texts are written for these tests (invented people, other bodies than the blind sets')."""

from __future__ import annotations

import pytest

from govkg.extract.statements import find_statements

_MEETING = "2031-03-12"


def _kinds(text: str) -> tuple[list[str], list[str]]:
    decisions, follow_ups = find_statements(text, meeting=_MEETING)
    return [d.text.text for d in decisions], [f.text.text for f in follow_ups]


@pytest.mark.parametrize(
    "sentence",
    [
        # a named person convenes others, without a time
        "Karin sammankallar rektorerna.",
        # the perfect passive of an invitation to a coming meeting
        "Trafikverket har bjudits in till mötet i oktober för att berätta om vägplanen.",
        # an actor calls others to a meeting: the object stands between the verb and the event
        "Regionen kallar socialcheferna i länet till ett möte om tillsynen.",
        # named persons take charge of a task (a noun, not "att …")
        "Karin och Lars-Erik ansvarar för konferensen tillsammans med Eva.",
        "Sofia deltar i arbetsgruppen från kommunens sida.",
        # a second main clause with its own subject carries the dated step
        "Anna är sammankallande och referensgruppen rapporterar till nätverket i maj.",
        # an outside body's dated coming step, reported at the meeting (GUIDELINES §7)
        "Olle Björk informerade om att Skolverket startar en kartläggning av lärarbehovet i oktober.",
        "Petra informerade om att Länsstyrelsen i Hallands län under hösten 2031 genomför en övning.",
        # a coming adoption by another body, in the modal
        "Taxan ska därefter antas av respektive kommunfullmäktige.",
    ],
)
def test_a_coming_step_is_a_follow_up(sentence: str) -> None:
    assert _kinds(sentence) == ([], [sentence])


@pytest.mark.parametrize(
    "sentence",
    [
        # a body's standing remit, not a person's task
        "Regionen ansvarar för kollektivtrafiken.",
        "Kommunen deltar i projektet.",
        # a past step of an outside body is news, not a follow-up
        "Olle Björk informerade om att Skolverket startade en kartläggning i januari 2031.",
        # a procedure without an agent or a time: nobody's decision at this meeting
        "Taxan ska enligt lagen antas och därefter kungöras.",
        # someone else's finding is a report, not the group's position
        "Eva Lind konstaterade att underlaget är ofullständigt.",
    ],
)
def test_background_is_neither(sentence: str) -> None:
    assert _kinds(sentence) == ([], [])


@pytest.mark.parametrize(
    "sentence",
    [
        "Nätverket konstaterade att en gemensam upphandling inte är aktuell i år.",
        "Gruppen konstaterade att utredningen ska vara klar innan budgeten läggs.",
        "Medlemskommunerna lämnar ett gemensamt yttrande till Trafikverket om stråket.",
        # the group's decision stays one also when it lets another body adopt a thing
        "Styrelsen beslutar att taxan ska antas av fullmäktige.",
    ],
)
def test_the_group_position_is_a_decision(sentence: str) -> None:
    assert _kinds(sentence) == ([sentence], [])


def test_an_officer_step_after_the_decision_list_is_a_follow_up() -> None:
    step = "Förbundschefen ska informera medlemskommunerna om beslutet."
    text = "Styrelsens beslut\nStyrelsen beslutar att anta taxan.\n" + step + "\n"
    decisions, follow_ups = _kinds(text)
    assert decisions == ["Styrelsen beslutar att anta taxan."]
    assert follow_ups == [step]


@pytest.mark.parametrize(
    "line",
    [
        # a numbered point of the decision list is decided
        "2. Förbundschefen ska informera medlemskommunerna om beslutet.",
        # a standing duty is decided as a rule
        "Förbundschefen ska rapportera läget till styrelsen vid varje sammanträde.",
        # a mandate given in the modal passive is decided
        "Förbundschefen ska ges i uppdrag att ta fram en plan.",
    ],
)
def test_decided_officer_duties_stay_decisions(line: str) -> None:
    decisions, follow_ups = _kinds("Styrelsens beslut\n" + line + "\n")
    assert follow_ups == []
    assert len(decisions) == 1 and decisions[0] in line
