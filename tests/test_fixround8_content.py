"""Fix round 8b: statements, organisations and persons in item text (texts written for these tests)."""

from __future__ import annotations

from pathlib import Path

import pytest

from govkg.extract.municipalities import find_municipalities
from govkg.extract.organisations import find_organisations
from govkg.extract.persons import find_persons
from govkg.extract.statements import find_statements
from govkg.gazetteer import Gazetteer


def _follow_ups(text: str) -> list[str]:
    return [s.text.text for s in find_statements(text)[1]]


def _decisions(text: str) -> list[str]:
    return [s.text.text for s in find_statements(text)[0]]


# --- follow-ups ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Karin Holmberg samordnar planeringen tillsammans med sekretariatet.",
        "Jonas Ek och Lena Wik leder arbetet med den gemensamma planen.",
        "Britt leder arbetet under våren.",
        "Olle Sand skriver ett utkast till styrelsens sammanträde.",
        "Petra Lind sammanställer underlaget inför nästa träff.",
        "Trafikbolaget i Dalarna ska redovisa utfallet efter sommaren.",
        "Kommande möten: 4 april, 16 maj och 13 juni.",
        "Kommande sammanträden: 2 oktober och 6 november.",
    ],
)
def test_named_tasks_places_and_coming_meetings_are_follow_ups(sentence: str) -> None:
    assert _follow_ups(sentence) == [sentence]


@pytest.mark.parametrize(
    "sentence",
    [
        "Per Holm skriver om läget i kommunen.",  # a report of what he writes about, no task
        "Lena Ek driver frågan om bredband.",  # a standing position, not a task
        "Karin informerade om att Olle Sand leder arbetet.",  # reported speech
        "Trafikbolaget i Dalarna har ökat antalet resenärer.",  # no coming step
        "Kommande möten har varit välbesökta.",  # not an announcement with dates
    ],
)
def test_reports_and_positions_stay_out(sentence: str) -> None:
    assert _follow_ups(sentence) == []
    assert _decisions(sentence) == []


# --- organisations -------------------------------------------------------------------------


def _orgs(text: str) -> list[tuple[str, str]]:
    return [(o.surface.text, o.canonical) for o in find_organisations(text)]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Ett brev går till Region Hallands kollektivtrafiknämnd.", "Region Hallands kollektivtrafiknämnd"),
        (
            "Ärendet lyfts i Region Värmlands regionala utvecklingsnämnd.",
            "Region Värmlands regionala utvecklingsnämnd",
        ),
        ("Frågan går vidare till regionala utvecklingsnämnden i april.", "regionala utvecklingsnämnden"),
        ("Studenter från SLU Umeå och Lunds universitet deltar.", "SLU Umeå"),
        ("Vägledning från Nationellt cybersäkerhetscenter följs.", "Nationellt cybersäkerhetscenter"),
        ("Exportfrågorna tas med Business Sweden.", "Business Sweden"),
        ("Höglandsförbundets direktion träffas i maj.", "Höglandsförbundets"),
        ("Arkivfrågan går till Sydarkivera.", "Sydarkivera"),
    ],
)
def test_compound_organs_campuses_and_new_gazetteer_bodies(text: str, surface: str) -> None:
    assert surface in [s for s, _ in _orgs(text)]


def test_an_organ_of_a_known_body_is_one_organisation_not_the_body() -> None:
    found = _orgs("Ett brev går till Region Hallands kollektivtrafiknämnd.")
    assert found == [("Region Hallands kollektivtrafiknämnd", "Region Hallands kollektivtrafiknämnd")]


@pytest.mark.parametrize(
    "text",
    ["Ärendet går till berörda nämnden.", "Protokollet skickas till samtliga nämnder."],
)
def test_pointing_adjectives_name_no_committee(text: str) -> None:
    assert _orgs(text) == []


def test_a_genitive_before_a_plain_noun_stays_the_body() -> None:
    # only a committee compound joins the body's name ("SKR:s styrelse" is SKR, as in the gold)
    assert _orgs("Region Hallands förslag bereds.") == [("Region Hallands", "Region Halland")]


def test_a_person_after_a_university_is_no_campus() -> None:
    assert ("Lunds universitet", "Lunds universitet") in _orgs("Från Lunds universitet Karin Ek.")


def test_sub_regional_networks_know_their_members() -> None:
    gaz = Gazetteer.load()
    umea = gaz.lookup("Umeåregionen")
    assert umea is not None and getattr(umea, "members", ()) and "2480" in umea.members


# --- persons whose surname is a place ------------------------------------------------------


def test_a_surname_that_is_a_municipality_is_a_person_not_the_town() -> None:
    text = "Vid mötet redogjorde Jonas Borås för läget och Ingrid Lund svarade på frågor."
    gaz = Gazetteer.load()

    def org_name(surface: str) -> str | None:
        found = gaz.affiliation(surface)
        return found[0] if found else None

    names = [p.name.text for p in find_persons(text, org_canonical=org_name)]
    assert names == ["Jonas Borås", "Ingrid Lund"]
    assert find_municipalities(text, gaz=gaz) == []
    assert [s for s, _ in _orgs(text)] == []


def test_a_known_body_opening_with_a_first_name_is_still_a_body() -> None:
    gaz = Gazetteer.load()

    def org_name(surface: str) -> str | None:
        found = gaz.affiliation(surface)
        return found[0] if found else None

    text = "Avtalet tecknas via Adda Inköpscentral i vår."
    assert [p.name.text for p in find_persons(text, org_canonical=org_name)] == []


def test_a_town_after_a_full_name_is_still_the_town() -> None:
    # "Eva-Lotta Nyqvist Götene": the person's municipality, not her surname
    text = "Anmälda: Eva-Lotta Nyqvist Götene."
    assert [m.name for m in find_municipalities(text)] == ["Götene"]


# --- decisions and generic organs ------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "is_decision"),
    [
        ("Maria sammanfattade: kommunerna vill ha en gemensam remiss före sommaren.", True),
        ("Medlemskommunerna vill ha ett gemensamt avtal.", True),
        ("Några av kommunerna vill vänta med beslutet.", False),  # a subset, not the group
    ],
)
def test_the_member_municipalities_will_is_the_groups_decision(sentence: str, is_decision: bool) -> None:
    assert bool(_decisions(sentence)) is is_decision


# --- a bare county board in a document whose attendance names no municipalities -----------------


def test_the_header_network_places_a_bare_county_board(tmp_path: Path) -> None:
    from govkg.extract import extract_mentions
    from govkg.parse import parse_minutes
    from govkg.read import read_document

    path = tmp_path / "minnes.txt"
    path.write_text(
        "Minnesanteckningar, Umeåregionens socialchefer\n\n"
        "Möte tisdag den 9 mars 2027\n\n"
        "1. Krisberedskap\n\n"
        "Länsstyrelsen bjuder in till en övning den 20 april.\n",
        encoding="utf-8",
    )
    minutes = parse_minutes(read_document(path))
    extract_mentions(minutes)
    orgs = [(o.surface.text, o.canonical) for it in minutes.items for o in it.organisations_mentioned]
    assert ("Länsstyrelsen", "Länsstyrelsen i Västerbottens län") in orgs
