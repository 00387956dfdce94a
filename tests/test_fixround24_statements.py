"""Fix round 24 (statements and dates): "mellan" before a day with a month name opens a date range,
not a clock time; a verbless dated continuation with its place, a body's coming meeting
("sammanträder den …") are follow-ups; a council's past adoption reported in the round is background.

Texts are written for these tests (invented people, other bodies than the blind sets')."""

from __future__ import annotations

import pytest

from govkg.extract.dates import find_dates
from govkg.extract.statements import find_statements

_MEETING = "2031-03-12"


def _kinds(text: str) -> tuple[list[str], list[str]]:
    decisions, follow_ups = find_statements(text, meeting=_MEETING)
    return [d.text.text for d in decisions], [f.text.text for f in follow_ups]


def _dates(text: str) -> list[tuple[str, str]]:
    return [(d.surface.text, d.iso) for d in find_dates(text, meeting=_MEETING)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Färjan går mellan 4 maj och 20 augusti 2031.", ("4 maj", "2031-05-04")),
        ("Anmälan är öppen mellan 2 juni och 9 juni.", ("2 juni", "2031-06-02")),
    ],
)
def test_mellan_before_a_month_name_day_opens_a_date_range(text: str, expected: tuple[str, str]) -> None:
    assert expected in _dates(text)


@pytest.mark.parametrize("text", ["Receptionen är öppen mellan 9 och 12.", "Samtal bokas kl. 14 till 16."])
def test_bare_numbers_after_a_clock_cue_stay_clock_times(text: str) -> None:
    assert _dates(text) == []


@pytest.mark.parametrize(
    "continuation",
    ["Därefter 2031-09-04 i Kalmar.", "Därefter den 4 september på Regionhuset.", "Sedan 2031-09-04."],
)
def test_a_verbless_dated_continuation_with_its_place_continues_the_next_meeting(continuation: str) -> None:
    text = "Nästa möte: 2031-05-06 i Borgholm. " + continuation
    assert continuation in _kinds(text)[1]


def test_a_verbless_place_line_without_a_preceding_follow_up_is_nothing() -> None:
    assert _kinds("Gruppen diskuterade läget. Därefter 2031-09-04 i Kalmar.") == ([], [])


@pytest.mark.parametrize(
    "sentence",
    [
        "Vårdförbundets direktion sammanträder den 14 maj.",
        "Styrgruppen träffas nästa gång i september.",
        "Beredningen sammanträder torsdagen den 22 maj.",
    ],
)
def test_a_bodys_coming_meeting_is_a_follow_up(sentence: str) -> None:
    assert _kinds(sentence) == ([], [sentence])


def test_a_bodys_meeting_without_a_date_is_no_follow_up() -> None:
    assert _kinds("Direktionen sammanträder fyra gånger per år.")[1] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Mörbylånga: Ny äldreplan antogs av kommunfullmäktige i januari.",
        "Den nya taxan antogs i regionfullmäktige förra året.",
    ],
)
def test_a_councils_past_adoption_reported_in_the_round_is_background(sentence: str) -> None:
    assert _kinds(sentence)[0] == []


@pytest.mark.parametrize(
    "sentence", ["Dagordningen antogs.", "Verksamhetsplanen antogs utan ändringar av nätverket."]
)
def test_the_groups_own_adoption_stays_a_decision(sentence: str) -> None:
    assert _kinds(sentence)[0] == [sentence]
