"""Fix round 24 (organisations and membership): a strategy's period is not part of its name, a decision's
distribution list names no acting body, a federation's directorate and a body's "nätverk för X" are
organs of their own, and a network named after a quarter of the compass has the attending towns as
its members, not its whole county.

Texts are written for these tests (invented people, other bodies than the blind sets')."""

from __future__ import annotations

import pytest

from govkg.extract import extract_mentions
from govkg.extract.organisations import find_organisations
from govkg.extract.sub_county import names_sub_county_area
from govkg.gazetteer import Gazetteer
from govkg.model import Document, Minutes
from govkg.parse import parse_minutes


def _orgs(text: str) -> list[tuple[str, str]]:
    return [(o.surface.text, o.kind) for o in find_organisations(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the range after a strategy's name is the period it runs
        ("Ove redovisade den regionala Drogstrategin 2021–2025 i länet.", ("Drogstrategin", "programme")),
        # a single year stays part of the name
        ("Arbetet utgår från Dalstrategin 2035.", ("Dalstrategin 2035", "programme")),
        # a federation's directorate after its genitive is its own organ
        (
            "Höglandsförbundets förbundsdirektion sammanträder den 3 maj.",
            ("Höglandsförbundets förbundsdirektion", "other"),
        ),
        # a body's network with its topic
        (
            "Vallby deltar i SKR:s nätverk för digital utveckling och delar material.",
            ("SKR:s nätverk för digital utveckling", "network"),
        ),
        (
            "Eva rapporterade från SKR:s nätverk för barn i utsatta miljöer i mars.",
            ("SKR:s nätverk för barn i utsatta miljöer", "network"),
        ),
        (
            "Per tar frågan till länsstyrelsens nätverk för tillsynshandläggare.",
            ("länsstyrelsens nätverk för tillsynshandläggare", "network"),
        ),
    ],
)
def test_names_and_organs(text: str, expected: tuple[str, str]) -> None:
    assert expected in _orgs(text)


def test_network_for_an_infinitive_keeps_no_topic() -> None:
    assert ("SKR:s nätverk", "network") in _orgs("Frågan tas upp i SKR:s nätverk för att diskuteras.")


def test_distribution_list_names_no_acting_body() -> None:
    text = (
        "Direktionen beslutar att godkänna rapporten.\n\nBeslutet skickas till\n"
        "Region Sörmland, miljöförvaltningen\n\nMiljöförvaltningen fick i uppdrag att återkomma."
    )
    found = find_organisations(text)
    starts = [o.surface.span.start for o in found if o.surface.text.lower() == "miljöförvaltningen"]
    assert starts == [text.index("Miljöförvaltningen fick")]


@pytest.mark.parametrize(
    ("header", "part"),
    [
        ("Kommunchefsgruppen Sydostkommunerna", True),
        ("Nätverket för kommunerna i nordöstra Skåne", True),
        ("Västra Götalandsregionen, beredningen", False),
        ("Norrbottens kommuner", False),
    ],
)
def test_compass_group_is_a_part_of_a_county(header: str, part: bool) -> None:
    assert names_sub_county_area(header) is part


_COMPASS_NETWORK = """Minnesanteckningar
Kommundirektörsgruppen Sydostkommunerna

Datum: 2025-03-11

Närvarande:
Anna Berglöf, Simrishamn
Per Hultin, Tomelilla
Lisa Moberg, Ystad
Tove Sand, Sjöbo

1. Mötets öppnande
Anna Berglöf hälsade välkommen.

2. Infrastruktur
Gruppen diskuterade pendlingen till Malmö och Lund. Ystad redovisade läget.
"""


def test_compass_network_members_are_the_attending_towns() -> None:
    doc = Document(
        path="t.txt",
        name="t",
        filename="t.txt",
        text=_COMPASS_NETWORK,
        sha256="",
        media_type="text/plain",
        encoding="utf-8",
    )
    m: Minutes = extract_mentions(parse_minutes(doc))
    named = {x.name for item in m.items for x in item.municipalities_mentioned}
    assert "Ystad" in named
    assert not named & {"Malmö", "Lund"}


@pytest.mark.parametrize(("surface", "kind"), [("Nordvästkommunerna", "network"), ("Swedavia", "company")])
def test_round24_gazetteer_rows(surface: str, kind: str) -> None:
    entry = Gazetteer.load().lookup(surface)
    assert getattr(entry, "kind", None) == kind
