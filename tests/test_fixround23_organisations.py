"""Fix round 23 (organisations and municipalities): a network named after a part of a county, organ
names with a lower-case adjective or a fuller complement, fields of work that are no bodies, two towns'
joint short name, an area named after a body, and new gazetteer rows.

Texts are written for these tests (invented people, other bodies than the blind sets')."""

from __future__ import annotations

import pytest

from govkg.extract import extract_mentions
from govkg.extract.organisations import find_organisations
from govkg.gazetteer import Gazetteer
from govkg.model import Document, Minutes
from govkg.parse import parse_minutes


def _orgs(text: str) -> list[tuple[str, str]]:
    return [(o.surface.text, o.canonical) for o in find_organisations(text, 0, Gazetteer.load())]


def _surfaces(text: str) -> list[str]:
    return [s for s, _ in _orgs(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lower-case naming adjective belongs to a council as to a committee or a group
        (
            "Anna redogjorde för uppdraget från det regionala samverkansrådet i går.",
            "regionala samverkansrådet",
        ),
        # a complement of two nouns, the second with its adjective
        (
            "Bo visade hur den regionala samverkansgruppen för kultur och regional utveckling arbetar.",
            "regionala samverkansgruppen för kultur och regional utveckling",
        ),
        # the part of a county a network is named after is part of its name, longest match first
        (
            "Eva rapporterade att Kommunchefsgruppen i Roslagen den 3 mars ställde sig bakom förslaget.",
            "Kommunchefsgruppen i Roslagen",
        ),
    ],
)
def test_full_organ_names(text: str, expected: str) -> None:
    assert expected in _surfaces(text)


@pytest.mark.parametrize(
    ("text", "not_expected"),
    [
        ("Strategin för ANDT och spel ska samordnas med policyn.", "ANDT"),
        ("RIB-styrkan i Dalby behöver förstärkas.", "RIB-styrkan"),
        ("Mötet diskuterade kommunernas och kommunalförbundens ansvar vid kris.", "kommunalförbundens"),
        # a compass word makes an area of the region a body is named after
        ("Läget i Östra Skaraborg är ansträngt under sommaren.", "Skaraborg"),
    ],
)
def test_no_body(text: str, not_expected: str) -> None:
    assert not_expected not in _surfaces(text)


def test_joint_short_name_names_neither_town() -> None:
    text = "Kampanjen följer Kungsör-Arbogas modell och vänder sig till arbetsgivare i Köping."
    found = _orgs(text)
    assert ("Köping", "Köping") in found
    assert not any(canonical in ("Kungsör", "Arboga") for _, canonical in found)


def test_corridor_of_two_towns_still_names_them() -> None:
    assert {"Kungsör", "Arboga"} <= set(_surfaces("Tåget Kungsör-Arboga går varje timme."))


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("Föreningen har sökt medel från Allmänna arvsfonden.", "Allmänna arvsfonden"),
        ("Samtal pågår med Nordland fylkeskommune om tågtrafiken.", "Nordland fylkeskommune"),
        ("Trafikverket informerade om Ostlänken och stationslägena.", "Ostlänken"),
    ],
)
def test_new_gazetteer_rows(text: str, canonical: str) -> None:
    assert canonical in [c for _, c in _orgs(text)]


def _doc(text: str) -> Document:
    return Document(
        path="t.txt",
        name="t",
        filename="t.txt",
        text=text,
        sha256="",
        media_type="text/plain",
        encoding="utf-8",
    )


_AREA_NETWORK = """MINNESANTECKNINGAR
Kommundirektörsgruppen i Gästrikland

Datum: 2026-02-10
Plats: Kommunhuset i Hofors

Närvarande
Karl Svensson, kommundirektör Hofors kommun
Lisa Holm, kommundirektör Sandvikens kommun
Olle Berg, kommundirektör Ockelbo kommun

1. Mötets öppnande

Karl hälsade välkommen.

2. Pendling

Lisa berättade att pendlingen mot Bollnäs och Uppsala ökar. Sandviken och Hofors tar fram en gemensam plan.
"""


def _municipalities(text: str) -> set[str]:
    minutes: Minutes = extract_mentions(parse_minutes(_doc(text)))
    return {m.name for item in minutes.items for m in item.municipalities_mentioned}


def test_network_of_part_of_a_county_has_only_its_attending_members() -> None:
    found = _municipalities(_AREA_NETWORK)
    assert {"Sandviken", "Hofors"} <= found
    assert "Bollnäs" not in found


def test_network_without_an_area_name_keeps_the_county() -> None:
    found = _municipalities(
        _AREA_NETWORK.replace("Kommundirektörsgruppen i Gästrikland", "Kommundirektörsgruppen")
    )
    assert "Bollnäs" in found
