"""Fix round 22 (organisation names): federations named with more than one word, names wrapped at a
line break, organs named by an adjective and a complement, a steering group naming itself in its
own minutes, genre compounds with their area, and substance acronyms and planning groups left out.

Texts are written for these tests (invented people, other bodies than the blind sets')."""

from __future__ import annotations

import pytest

from govkg.extract import extract_mentions
from govkg.extract.organisations import find_organisations
from govkg.model import Document, Minutes
from govkg.parse import parse_minutes


def _surfaces(text: str) -> list[str]:
    return [o.surface.text for o in find_organisations(text)]


def _minutes(text: str) -> Minutes:
    doc = Document(
        path="t.md",
        name="t",
        filename="t.md",
        text=text,
        sha256="",
        media_type="text/plain",
        encoding="utf-8",
    )
    minutes = parse_minutes(doc)
    extract_mentions(minutes)
    return minutes


# ---- 1. a federation's whole name, compass and adjective words included


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Avtalet skickas till Östra Vätterbygdens Kommunalförbund.", "Östra Vätterbygdens Kommunalförbund"),
        ("Norra Tornedalens Utbildningsförbund deltog.", "Norra Tornedalens Utbildningsförbund"),
        ("Mellersta Bergslagens Miljöförbunds direktion", "Mellersta Bergslagens Miljöförbund"),
        # a letterhead in capitals, read in normal case as the host finder does
        ("SÖDRA FJÄLLBYGDENS KOMMUNALFÖRBUND".title(), "Södra Fjällbygdens Kommunalförbund"),
        # a sentence opener is no part of the name
        ("Alla Fjällbygdens Kommunalförbunds medlemmar", "Fjällbygdens Kommunalförbund"),
    ],
)
def test_federation_keeps_every_word_of_its_name(text: str, name: str) -> None:
    assert name in [o.canonical for o in find_organisations(text)]


# ---- 2. a name wrapped at a line break; organs named by an adjective and a complement


def test_rescue_service_name_wrapped_before_its_compass_word() -> None:
    assert _surfaces("Tillsyn med Räddningstjänsten Fjällbygd\nSydost i maj.") == [
        "Räddningstjänsten Fjällbygd\nSydost"
    ]


def test_a_label_on_the_next_line_is_no_part_of_the_name() -> None:
    assert _surfaces("Räddningstjänsten Fjällbygd\nBakgrund") == ["Räddningstjänsten Fjällbygd"]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Hon deltar i den regionala samverkansgruppen mot våld som leds av länet.",
            "regionala samverkansgruppen mot våld",
        ),
        (
            "Frågan går till regionala samverkansgruppen för digitalisering i maj.",
            "regionala samverkansgruppen för digitalisering",
        ),
    ],
)
def test_organ_named_by_its_adjective_takes_its_complement(text: str, surface: str) -> None:
    assert _surfaces(text) == [surface]


@pytest.mark.parametrize(
    "text",
    [
        "Medlemskommunerna beslutar om taxan.",
        "Ärendet går till fullmäktige för beslut.",
        # the members' assembly: most sets' gold leaves it out
        "Ordningen antas av medlemskommunernas fullmäktige i juni.",
    ],
)
def test_generic_members_and_bare_assembly_stay_out(text: str) -> None:
    assert _surfaces(text) == []


# ---- 3. the steering group naming itself in its own minutes

_ROLL = (
    "Torsdag 3 mars 2033, kl. 13.00–15.00\n\n"
    "**Närvarande**\n\n- Tora Lindqvist, Kumla kommun, ordförande\n- Nils Berggren, Askersunds kommun\n\n"
)
_STEERING = (
    "# Minnesanteckningar\n\nStyrgruppen för Fjällbygdens Avfallsprojekt\n\n"
    + _ROLL
    + "**1. Verksamhetsplan**\n\nStyrgruppen beslutade att fastställa planen.\n\n**2. Övrigt**\n\nInget.\n"
)
_OTHER = (
    "# Minnesanteckningar kommundirektörsnätverket i länet\n\n"
    + _ROLL
    + "**1. Verksamhetsplan**\n\nFörslaget går till styrgruppen i april.\n\n**2. Övrigt**\n\nInget.\n"
)


def test_steering_group_names_itself_in_its_own_minutes() -> None:
    minutes = _minutes(_STEERING)
    assert "Styrgruppen" in [o.surface.text for o in minutes.items[0].organisations_mentioned]


def test_bare_steering_group_elsewhere_stays_generic() -> None:
    minutes = _minutes(_OTHER)
    assert "styrgruppen" not in [o.surface.text for o in minutes.items[0].organisations_mentioned]


# ---- 4. a genre compound and the area it serves


@pytest.mark.parametrize(
    ("text", "surface", "canonical"),
    [
        ("Rapport från Avfallssamverkan Värmland.", "Avfallssamverkan Värmland", "Avfallssamverkan Värmland"),
        (
            "Enligt Kulturcentrum Västra Götaland",
            "Kulturcentrum Västra Götaland",
            "Kulturcentrum Västra Götaland",
        ),
        ("Vattensamverkan Sveriges årsmöte", "Vattensamverkan Sveriges", "Vattensamverkan Sverige"),
    ],
)
def test_genre_compound_with_its_area_is_a_body(text: str, surface: str, canonical: str) -> None:
    found = find_organisations(text)
    assert [(o.surface.text, o.canonical) for o in found] == [(surface, canonical)]


@pytest.mark.parametrize(
    "text", ["Samverkan i Värmland fortsätter.", "Avfallssamverkan är viktig för länet."]
)
def test_genre_word_without_an_area_is_no_name(text: str) -> None:
    assert _surfaces(text) == []


# ---- 5. substance acronyms and planning groups are no bodies


@pytest.mark.parametrize(
    "text",
    [
        "Halterna av PFAS och PCB i grundvattnet mäts.",
        "Planeringsgruppen träffas i maj.",
        "Uppdrag till planeringsgruppen.",
    ],
)
def test_substances_and_planning_groups_are_no_bodies(text: str) -> None:
    assert _surfaces(text) == []
