"""Fix round 22 (membership): a federation the gazetteer lacks has the attending municipalities (and
any printed member list) as its members, not its whole county; a section end outside the network
is a place; gazetteer rows of fix round 22 resolve.

Texts are written for these tests (invented people and an invented federation)."""

from __future__ import annotations

import pytest

from govkg.extract import extract_mentions
from govkg.extract.outside_places import listed_members
from govkg.gazetteer import Gazetteer
from govkg.model import Document, Minutes
from govkg.parse import parse_minutes

_PROTOCOL = """NORDMARKENS AVFALLSFÖRBUND
Direktionen

PROTOKOLL

Plats och tid: Förbundshuset, 2025-05-14 kl. 09.00

Beslutande:
Anna Berglöf (S), Eda, ordförande
Per Hultin (M), Årjäng
Lisa Moberg (C), Arvika

Övriga närvarande:
Tove Sand, förbundschef


§ 1 Jämförelse av taxor

Förbundets taxa jämförs med Karlstads och Torsbys taxor. Avgiften är lägst i Årjäng och Arvika.

Direktionens beslut

Direktionen beslutar att lägga informationen till handlingarna.
"""


def _minutes(text: str) -> Minutes:
    doc = Document(
        path="t.txt",
        name="t",
        filename="t.txt",
        text=text,
        sha256="",
        media_type="text/plain",
        encoding="utf-8",
    )
    return extract_mentions(parse_minutes(doc))


def _municipalities(m: Minutes) -> set[str]:
    return {x.name for item in m.items for x in item.municipalities_mentioned}


def test_unknown_federation_keeps_the_county_guess() -> None:
    found = _municipalities(_minutes(_PROTOCOL))
    assert {"Årjäng", "Arvika"} <= found
    assert {"Karlstad", "Torsby"} <= found  # unknown federation: its county is the guess (set 16 gold)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Medlemskommuner: Eda, Årjäng och Arvika.", {"Eda", "Årjäng", "Arvika"}),
        ("Förbundets medlemskommuner är Mora och Orsa.", {"Mora", "Orsa"}),
        ("Kommunerna Mora och Orsa deltog.", set()),
    ],
)
def test_a_printed_member_list(text: str, expected: set[str]) -> None:
    gaz = Gazetteer.load()
    names = {m.name for c in listed_members(text, gaz) if (m := gaz.municipality_by_code(c))}
    assert names == expected


@pytest.mark.parametrize(
    ("surface", "org_id", "members"),
    [
        ("Söderåsens miljöförbund", "soderasens-miljoforbund", {"1276", "1275", "1214", "1257"}),
        ("Västra Mälardalens kommunalförbund", "vmkf", {"1984", "1983", "1960", "1907"}),
        ("Miljösamverkan Sveriges", "miljosamverkan-sverige", set()),
        ("Miljösamverkan Skåne", "miljosamverkan-skane", set()),
        ("Bergslagsdiagonalen", "bergslagsdiagonalen", set()),
        ("Hitachi Energy", "hitachi-energy", set()),
        ("AI Sweden", "ai-sweden", set()),
        ("Visma", "visma", set()),
    ],
)
def test_round22_gazetteer_rows(surface: str, org_id: str, members: set[str]) -> None:
    gaz = Gazetteer.load()
    entry = gaz.lookup(surface)
    assert entry is not None and getattr(entry, "id", None) == org_id
    assert {m.scb_code for m in gaz.members(org_id)} == members
