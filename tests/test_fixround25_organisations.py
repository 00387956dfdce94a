"""Fix round 25 (organisations): a federation named with a coordinated, acronym or lower-case compound
head, a company's regional subsidiary named by its region, and a place name inside an area's
designation.

Texts are written for these tests (invented people, other bodies than the blind sets')."""

from __future__ import annotations

import pytest

from govkg.extract.organisations import find_organisations


def _surfaces(text: str) -> list[str]:
    return [o.surface.text for o in find_organisations(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a coordinated compound head: two trades joined by "och"
        (
            "Kaj Berg, Vättbygdens Avfalls- och Vattenförbund, informerade.",
            "Vättbygdens Avfalls- och Vattenförbund",
        ),
        # an acronym before the hyphen
        ("Ola redogjorde för driften i Norrdalens IT-förbund under hösten.", "Norrdalens IT-förbund"),
        # a lower-case head after a place's genitive
        ("Pia Lund, förbundschef Västbygdens gymnasieförbund (punkt 3)", "Västbygdens gymnasieförbund"),
        # a hyphenated place's genitive
        (
            "Frågan gäller Hallby-Ådalsregionens avfallsförbund och dess taxa.",
            "Hallby-Ådalsregionens avfallsförbund",
        ),
    ],
)
def test_federation_heads(text: str, name: str) -> None:
    assert name in _surfaces(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kommunens samordningsförbund informerade om läget.",
        "Länets samordningsförbund håller i frågan.",
        "Regionens medlemsförbund har inte svarat.",
    ],
)
def test_common_noun_genitive_names_no_federation(text: str) -> None:
    assert not any("förbund" in s for s in _surfaces(text))


def test_company_with_its_region_is_the_regional_company() -> None:
    surfaces = _surfaces("Medverkar gör Region Kalmar län och Almi Norrbotten med rådgivare.")
    assert "Almi Norrbotten" in surfaces
    assert "Almi" not in surfaces


def test_company_before_a_person_keeps_its_own_name() -> None:
    assert "Almi" in _surfaces("Från Almi Kerstin Ek och från regionen Ove Lind.")


@pytest.mark.parametrize(
    "text",
    [
        "Upphandlingen för trafikområde Fyrbodal Norr startar under våren.",
        "Eleverna i upptagningsområde Fyrbodal får skolkort.",
    ],
)
def test_place_in_area_designation_is_no_body(text: str) -> None:
    assert not any(s.startswith("Fyrbodal") for s in _surfaces(text))


def test_body_named_alone_is_still_found() -> None:
    assert "Fyrbodal" in _surfaces("Fyrbodal arrangerar en konferens i maj.")
