"""Fix round 15c: decision and follow-up cue shapes (present approval, plural bodies' will, passive
coming steps, referrals of a matter, bare deadlines, named actors' present-tense tasks, purposes),
periods with a year at both ends, and organisation shapes (dotted companies, destination brands,
courts, a body's own administration, names that are also words).

Texts are written for these tests (invented people, other bodies than the blind sets')."""

from __future__ import annotations

import pytest

from govkg.extract.dates import find_dates
from govkg.extract.organisations import find_organisations
from govkg.extract.statements import find_statements

_MEETING = "2031-03-12"


def _kind(text: str, agents: tuple[str, ...] = ()) -> str | None:
    decisions, follow_ups = find_statements(text, known_agents=agents, meeting=_MEETING)
    return "decision" if decisions else "follow_up" if follow_ups else None


# ---- 1. decision cues


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # the present tense of "anta" approves, as "antogs" did
        ("Styrelsen antar arbetsordningen för 2032.", "decision"),
        ("Delegationsordningen antas i sin helhet.", "decision"),
        # "anta att" is to assume; a dated "antas" is another body's coming step
        ("Vi antar att kostnaderna stiger.", None),
        ("Planen antas av fullmäktige den 14 maj.", "follow_up"),
        # a body named by its members in the definite plural states its will
        ("Revisorerna vill följa upp bemanningen under hösten.", "decision"),
        ("Ägarna vill se en gemensam prismodell.", "decision"),
        ("Medlemskommunerna vill ha ett samlat underlag.", "decision"),
        # people who are not a body: a wish, no decision
        ("Eleverna vill ha fler studieplatser.", None),
        # a referral needs a matter as its subject
        ("Ärendet hänvisas till arbetsutskottet.", "decision"),
        ("Frågan om färdtjänst hänvisas till trafikgruppen.", "decision"),
        ("Efter diskussion hänvisas frågan till beredningen.", "decision"),
        ("Nyanlända hänvisas i första hand till språkcaféet.", None),
        ("Jonas påminde om att allmänheten ska hänvisas till 1177.", None),
    ],
)
def test_decision_cues(text: str, kind: str | None) -> None:
    assert _kind(text) == kind


# ---- 2. follow-up cues


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a passive coming step with its time
        ("Riktlinjen ska fastställas vid mötet i juni 2031.", "follow_up"),
        ("Taxan ska beslutas före sommaren.", "follow_up"),
        ("Frågan ska behandlas i höst.", "follow_up"),
        # a deadline without "den" or a weekday
        ("Skolorna svarar Karin senast 2 april om de vill delta.", "follow_up"),
        ("Underlaget lämnas senast vecka 16.", "follow_up"),
        ("Vi sågs senast 2029.", None),
        # "meddelar" with a coming time; "meddelar att" reports
        ("Kommunerna meddelar samordnaren i april vilka som deltar.", "follow_up"),
        ("Gunnar meddelar att han går i pension.", None),
        # a message put out by the clock
        ("Pressmeddelandet publiceras på webben före kl. 15.30.", "follow_up"),
        ("Lägesbilden uppdateras senast klockan 9.", "follow_up"),
        ("Nyheten publicerades före kl. 10.", None),
        # a purpose is no step
        ("Ordföranden gick igenom syftet: att ta fram en gemensam plan för vintern.", None),
        ("Målet är att ta fram en regional rutin.", None),
        ("Kansliet tar fram en regional rutin.", "follow_up"),
    ],
)
def test_follow_up_cues(text: str, kind: str | None) -> None:
    assert _kind(text) == kind


@pytest.mark.parametrize(
    ("text", "agents", "kind"),
    [
        # a named actor's present-tense task, without a time
        ("Gunilla undersöker om grannkommunen kan låna ut en tankbil.", (), "follow_up"),
        ("Trafikverket samordnar omledningen med polisen.", ("Trafikverket",), "follow_up"),
        ("Polismyndigheten säkerställer att vägen spärras.", (), "follow_up"),
        ("Ola Strand och kommunen undersöker hur skolskjutsen löses.", (), None),
        # the same verbs about a report or a common noun: no actor, no step
        ("Rapporten undersöker om kostnaderna har ökat.", (), None),
        ("Studien samordnar flera datakällor.", (), None),
        ("Alla undersöker om det går.", (), "follow_up"),
    ],
)
def test_named_actors_present_tasks(text: str, agents: tuple[str, ...], kind: str | None) -> None:
    assert _kind(text, agents) == kind


# ---- 3. dates


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Avtalet gäller 1 november 2031–28 februari 2032.",
            [("1 november 2031–28 februari 2032", "2031-11-01/2032-02-28")],
        ),
        (
            "Projektet pågår från april 2031 till och med mars 2032.",
            [("april 2031 till och med mars 2032", "2031-04/2032-03")],
        ),
        (
            "Kampanjen löper oktober 2031 – januari 2032.",
            [("oktober 2031 – januari 2032", "2031-10/2032-01")],
        ),
        # a move from one day to another stays two days
        (
            "Mötet flyttas från 3 maj 2031 till 10 maj 2031.",
            [("3 maj 2031", "2031-05-03"), ("10 maj 2031", "2031-05-10")],
        ),
        # the end before the start is no period
        (
            "Jämför 1 mars 2032–1 februari 2031.",
            [("1 mars 2032", "2032-03-01"), ("1 februari 2031", "2031-02-01")],
        ),
    ],
)
def test_periods_with_a_year_at_both_ends(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(d.surface.text, d.iso) for d in find_dates(text, meeting=_MEETING)] == expected


# ---- 4. organisations


def _orgs(text: str) -> list[tuple[str, str]]:
    return [(o.surface.text, o.canonical) for o in find_organisations(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a dotted company name is one name, not the acronym after the dot
        (
            "Avbrottet gällde E.ON Energidistribution i tre dagar.",
            [("E.ON Energidistribution", "E.ON Energidistribution")],
        ),
        ("Även E.ON deltog.", [("E.ON", "E.ON")]),
        # a destination brand by its region or towns
        (
            "Visit Gotland och Visit Sweden samarbetar.",
            [("Visit Gotland", "Visit Gotland"), ("Visit Sweden", "Visit Sweden")],
        ),
        # a court with its seat
        (
            "Beslutet överklagades till Kammarrätten i Jönköping.",
            [("Kammarrätten i Jönköping", "Kammarrätten i Jönköping")],
        ),
        # the body's own administration, bare or with a prefix
        ("Kansliet återkommer i maj.", [("Kansliet", "Kansliet")]),
        ("Förbundskansliet föreslår en ny taxa.", [("Förbundskansliet", "Förbundskansliet")]),
        ("Styrelsen gav förvaltningen i uppdrag att utreda saken.", [("förvaltningen", "Förvaltningen")]),
        # management of something, or the address of a document, is no body
        ("Förvaltningen av skogen sköts av en entreprenör.", []),
        ("Rapporten ska vara kansliet till handa den 2 maj.", []),
        # a union whose short name is also an adjective
        ("Företrädare för Kommunal deltog.", [("Kommunal", "Svenska Kommunalarbetareförbundet")]),
        ("Kommunal vuxenutbildning byggs ut.", []),
    ],
)
def test_organisation_shapes(text: str, expected: list[tuple[str, str]]) -> None:
    assert _orgs(text) == expected


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        ("PwC", "PwC"),
        ("Attendo", "Attendo"),
        ("Räddningsregion Bergslagen", "Räddningsregion Bergslagen"),
        ("Föreningen Vård- och omsorgscollege", "Föreningen Vård- och omsorgscollege"),
        ("Kommunals", "Svenska Kommunalarbetareförbundet"),
    ],
)
def test_gazetteer_rows_of_this_round(written: str, canonical: str) -> None:
    found = find_organisations(f"Ärendet gäller {written} och andra.")
    assert [o.canonical for o in found] == [canonical]
    assert found[0].org_id is not None
