"""Fix round 20 (organisations and municipalities): a town name before a part of town or a
utility's "och" name, a year in a company name, a town at the end of a railway section, a member's
representative who attends only some items and new gazetteer bodies.

Texts are written for these tests (invented people, other bodies than the blind sets')."""

from __future__ import annotations

import pytest

from govkg.extract import extract_mentions
from govkg.extract.organisations import find_organisations
from govkg.model import Document, Minutes
from govkg.parse import parse_minutes


def _doc(text: str) -> Document:
    return Document(
        path="t.md",
        name="t",
        filename="t.md",
        text=text,
        sha256="",
        media_type="text/plain",
        encoding="utf-8",
    )


def _minutes(text: str) -> Minutes:
    return extract_mentions(parse_minutes(_doc(text)))


def _orgs(text: str) -> list[tuple[str, str]]:
    return [(o.surface.text, o.kind) for o in find_organisations(text)]


# ---- a town name and the capitalised word after it


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a part of the town is a place: neither a company nor the municipality
        ("Bostäder byggs i Kävlinge Hamn under året.", []),
        ("Ett nytt resecentrum planeras i Borlänge Centrum.", []),
        # a town's utility company named with two trades joined by "och"
        ("Slammet hämtas av Umeå Vatten och Avfall varje vecka.", [("Umeå Vatten och Avfall", "company")]),
        # "och" between two companies joins nothing
        (
            "Kalmar Vatten och Borås Energi deltog.",
            [("Kalmar Vatten", "company"), ("Borås Energi", "company")],
        ),
        # a project company with its starting year in the name
        ("Bolaget Bergslagsbanan 2019 AB har bildats.", [("Bergslagsbanan 2019 AB", "company")]),
    ],
)
def test_town_name_followed_by_a_capitalised_word(text: str, expected: list[tuple[str, str]]) -> None:
    assert _orgs(text) == expected


# ---- gazetteer bodies the sets named (their own sites, SOURCES.md)


@pytest.mark.parametrize(
    ("text", "canonical", "kind"),
    [
        ("Norrvattens verksamhetsplan antogs.", "Norrvatten", "municipal_federation"),
        ("Samråd med Stockholm Vatten och Avfall om ledningen.", "Stockholm Vatten och Avfall", "company"),
        ("Sundsvallsregionens nya webbplats visades.", "Sundsvallsregionen", "network"),
        ("Jernhusen äger stationshuset.", "Jernhusen", "company"),
        ("Cykelfrämjandet har lämnat synpunkter.", "Cykelfrämjandet", "association"),
        ("Kommunen söker stöd ur Klimatklivet.", "Klimatklivet", "programme"),
    ],
)
def test_new_gazetteer_bodies(text: str, canonical: str, kind: str) -> None:
    assert [(o.canonical, o.kind) for o in find_organisations(text)] == [(canonical, kind)]


# ---- membership: a railway section's far end, and a representative for some items

_ROLL = (
    "# Minnesanteckningar kommundirektörsnätverket i länet\n\n"
    "Torsdag 3 mars 2033, kl. 13.00–15.00\n\n"
    "**Närvarande**\n\n- Siv Alm, Kumla kommun, ordförande\n- Ture Brink, Askersunds kommun, kommundirektör\n"
    "- Olle Dahl, Hallsbergs kommun, kommundirektör\n- Eva Fors, Örebro kommun, kommundirektör\n"
    "- Nils Ek, Degerfors kommun, kommundirektör\n"
    "- Per Gran, Filipstads kommun, kommundirektör (punkt 1–2)\n"
    "- Ada Holm, Kristinehamns kommun, planarkitekt (punkt 2)\n\n"
)
_ITEMS = (
    "**1. Tågtrafik**\n\nTrafikverket planerar dubbelspår på sträckan Hallsberg–Degerön och Mjölby–Motala. "
    "Motala kommun har yttrat sig över planen. Filipstad och Kristinehamn lyfte behovet av fler turer.\n\n"
    "**2. Övrigt**\n\nInget.\n"
)


def test_section_ends_and_item_limited_representatives() -> None:
    item = _minutes(_ROLL + _ITEMS).items[0]
    orgs = [o.surface.text for o in item.organisations_mentioned]
    munis = [m.surface.text for m in item.municipalities_mentioned]
    # a member's name in a section is the member; a non-member only at a section's end is a place
    assert "Hallsberg" in munis and "Hallsberg" in orgs
    assert "Mjölby" not in orgs
    # the same non-member acting elsewhere in the item stays an organisation
    assert "Motala kommun" in orgs and "Motala kommun" not in munis
    # a member's chief executive for some items keeps the member; a one-item guest does not
    assert "Filipstad" in munis
    assert "Kristinehamn" not in munis and "Kristinehamn" in orgs
