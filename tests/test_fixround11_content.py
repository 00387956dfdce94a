"""Fix round 11b: follow-up and decision cues, organisation forms, a cross-county member set.

Every text here is written for the test (other names, bodies and dates than any evaluation set).
"""

from __future__ import annotations

import pytest

from govkg.extract.organisations import find_organisations
from govkg.extract.statements import find_statements


def _kinds(sentence: str) -> tuple[bool, bool]:
    decisions, follow_ups = find_statements(sentence)
    return bool(decisions), bool(follow_ups)


@pytest.mark.parametrize(
    "sentence",
    [
        # an agency or a company reports at a dated coming point
        "Skolverket redovisar uppdraget till regeringen den 1 juni 2031.",
        "Norrlandsbolaget AB redovisar sin budget vid årsstämman den 4 maj 2031.",
        # a person's task and a coming report in one sentence
        "Per Ek ansvarar för upphandlingen och rapporterar till gruppen i maj.",
        # two named persons as the subject
        "Anna Berg och Per Ek kompletterar svaret före den 3 maj 2031.",
        # the coming meetings of a named body
        "Kommande möten för styrgruppen 2031: 3 mars, 5 maj och 9 juni.",
        # a dated meeting said where it is held
        "Träffen den 5 maj hålls i Luleå.",
        # a deadline without "senast"
        "Svaret ska vara nämnden till handa den 12 mars 2031.",
        # a consultation sent out at a coming time
        "Enkäten går ut till skolorna i maj 2031.",
        # an absent member is told the outcome
        "Lisa Ek saknades; Anna informerar henne om besluten.",
        # the passive of a dated coming event
        "Workshopen genomförs i Kiruna den 3 april 2031.",
    ],
)
def test_coming_steps_are_follow_ups(sentence: str) -> None:
    assert _kinds(sentence) == (False, True)


@pytest.mark.parametrize(
    "sentence",
    [
        "Kommunen redovisar att arbetet startade i mars.",  # a report, not a coming step
        "Anna informerar om läget i mars.",  # a report at the meeting
        "Skolverket redovisar utfallet från enkäten i maj.",  # a past source
        "Avtalet går ut i december.",  # an agreement expires: nobody acts
        "Mötet den 5 maj hölls i Luleå.",  # past
        "Det vore bra att ta fram en gemensam rutin.",  # desirability: borderline
    ],
)
def test_reports_and_wishes_are_not_follow_ups(sentence: str) -> None:
    assert _kinds(sentence) == (False, False)


@pytest.mark.parametrize(
    "sentence",
    ["Nämnden uppdrog åt förvaltningen att utreda frågan.", "Styrelsen uppdrar åt kansliet att svara."],
)
def test_an_assignment_is_a_decision(sentence: str) -> None:
    assert _kinds(sentence) == (True, False)


def _surfaces(text: str) -> dict[str, str]:
    return {o.surface.text: o.kind for o in find_organisations(text)}


def test_a_preparatory_body_is_an_organ_and_preparing_is_not() -> None:
    found = _surfaces("Välfärdsberedningen möts i maj. Ärendeberedningen pågår.")
    assert found == {"Välfärdsberedningen": "network"}


def test_owner_compound_and_its_board_are_both_named() -> None:
    found = _surfaces("Planen antas av Norrlandsrådets styrelse i maj.")
    assert set(found) == {"Norrlandsrådets", "Norrlandsrådets styrelse"}


def test_an_acronyms_board_stays_the_body() -> None:
    assert set(_surfaces("Frågan går till SKR:s styrelse.")) == {"SKR:s"}


def test_administration_and_role_network() -> None:
    found = _surfaces("Hon visade socialförvaltningens planer. Ekonomichefernas nätverk träffas i maj.")
    assert set(found) == {"socialförvaltningens", "Ekonomichefernas nätverk"}


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        ("Försäkringskassan och Kela samordnar besked.", "Kela", "national_agency"),
        ("Trafikverket och Väylävirasto förhandlar.", "Väylävirasto", "national_agency"),
        ("Frågan gick till Gränstjänsten.", "Gränstjänsten", "other"),
        ("Ansökan till Interreg Aurora stänger i maj.", "Interreg Aurora", "programme"),
        ("Kolari kommun deltar.", "Kolari kommun", "municipality"),
    ],
)
def test_nordic_cross_border_bodies(text: str, surface: str, kind: str) -> None:
    assert _surfaces(text).get(surface) == kind


def test_a_fuller_later_form_is_the_surface() -> None:
    mentions = find_organisations("INTERREG AURORA\nAnsökan till Interreg Aurora. Pello och Pello kommun.")
    by_canonical = {o.canonical: o for o in mentions}
    assert by_canonical["Interreg Aurora"].surface.text == "Interreg Aurora"
    assert [q.text for q in by_canonical["Interreg Aurora"].other_surfaces] == ["INTERREG AURORA"]
    assert by_canonical["Pello kommun"].surface.text == "Pello kommun"


def test_a_finnish_town_is_no_swedish_municipality() -> None:
    from govkg.extract.municipalities import find_municipalities

    assert [m.name for m in find_municipalities("Torneå stad och Haparanda stad samarbetar.")] == [
        "Haparanda"
    ]


def test_a_cross_county_network_has_its_attending_members_only() -> None:
    from govkg.extract.mentions import extract_mentions
    from govkg.gazetteer import Gazetteer
    from govkg.model import Document
    from govkg.parse import parse_minutes

    # five municipalities in four counties: no county is the network's, the attendance is
    text = (
        "Minnesanteckningar\n\nNärvarande: Anna Berg, Kiruna kommun; Bo Ek, Sorsele kommun; "
        "Cia Al, Krokoms kommun; Dan Ås, Älvdalens kommun; Eva Ny, Arjeplogs kommun\n\n"
        "1. Trafik\nKiruna och Krokom vill ha fler flyg till Stockholm och Göteborg.\n\n2. Övrigt\nInget.\n"
    )
    doc = Document(
        path="n.txt",
        name="n",
        filename="n.txt",
        text=text,
        sha256="",
        media_type="text/plain",
        encoding="utf-8",
    )
    m = parse_minutes(doc)
    extract_mentions(m, Gazetteer.load())
    assert [x.name for x in m.items[0].municipalities_mentioned] == ["Kiruna", "Krokom"]
