"""Fix round 19 (content): a sector abbreviation heading a proper name, a protocol's bare
distribution sub-heading, motions, outside bodies' standing mandates, and another body's dated
decision.

Texts are written for these tests (invented people, other bodies than the blind sets')."""

from __future__ import annotations

import pytest

from govkg.extract.organisations import find_organisations
from govkg.extract.statements import find_statements
from govkg.gazetteer import Gazetteer


def _follow_ups(text: str) -> list[str]:
    return [s.text.text for s in find_statements(text)[1]]


def _decisions(text: str) -> list[str]:
    return [s.text.text for s in find_statements(text)[0]]


def _orgs(text: str) -> list[str]:
    return [o.surface.text for o in find_organisations(text, gaz=Gazetteer.load())]


# ---- 1. `VA` + a name word is one body; alone or as a prefix it stays a common noun


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("VA NORR föreslår att taxan höjs.", "VA NORR"),
        ("Styrelsen för VA Väst antog budgeten.", "VA Väst"),
    ],
)
def test_va_heads_a_name(text: str, name: str) -> None:
    assert name in _orgs(text)
    assert name.split()[1] not in _orgs(text)


@pytest.mark.parametrize(
    "text",
    [
        "Frågor om VA och dagvatten diskuterades.",
        "Förslaget till ny VA-taxa redovisades.",
        "Dnr VA NORR 2031/14 gäller VA-juridik.",
    ],
)
def test_va_alone_is_no_body(text: str) -> None:
    assert not [o for o in _orgs(text) if o.startswith("VA")]


# ---- 2. a bare distribution sub-heading and its recipients are no task


@pytest.mark.parametrize(
    "text",
    [
        "Beslut\nDirektionen antar planen.\n\nSkickas till\nMedlemskommunerna\nLänsstyrelsen i Halland\n",
        "Expedieras till:\nEkonomiavdelningen\nRevisorerna\n",
    ],
)
def test_bare_distribution_is_no_follow_up(text: str) -> None:
    assert _follow_ups(text) == []


def test_a_sentence_that_sends_with_a_date_stays_a_follow_up() -> None:
    assert _follow_ups("Skickas till kommunerna senast den 4 maj.")


# ---- 3. a motion is a proposal (borderline), also with a task verb


@pytest.mark.parametrize(
    "text",
    [
        "Olle Sand (V) yrkar att förbundschefen ska ta fram en handlingsplan.",
        "Mia Öst (L) yrkade att kansliet tar fram en ny rutin.",
    ],
)
def test_motion_is_no_follow_up(text: str) -> None:
    assert _follow_ups(text) == []
    assert _decisions(text) == []


def test_decision_on_the_motion_stays_a_decision() -> None:
    assert _decisions("Ordföranden finner att direktionen beslutar enligt yrkandet.")


# ---- 4. an outside body's standing mandate is reported, not a step of the meeting


@pytest.mark.parametrize(
    "text",
    [
        "Folkhälsomyndigheten har fått i uppdrag att ta fram en vägledning.",
        "Länsstyrelsen hade fått regeringens uppdrag att ta fram en plan.",
    ],
)
def test_outside_mandate_is_no_follow_up(text: str) -> None:
    assert _follow_ups(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Gruppen har fått i uppdrag att ta fram en plan.",
        "Kansliet har fått i uppdrag att återkomma till nästa möte.",
        "Förbundschefen får i uppdrag att ta fram en plan.",
    ],
)
def test_own_or_timed_mandate_stays(text: str) -> None:
    assert _follow_ups(text) or _decisions(text)


# ---- 5. another body's decision on a coming date is a follow-up


def test_dated_decision_elsewhere_is_follow_up() -> None:
    text = "Beslut fattas av kommunfullmäktige den 12 december."
    assert _follow_ups(text) == [text]
    assert _decisions(text) == []


@pytest.mark.parametrize(
    "text", ["Beslut fattades av styrelsen den 3 mars.", "Beslut fattas av direktionen."]
)
def test_undated_or_past_decision_stays(text: str) -> None:
    assert _decisions(text) == [text]
