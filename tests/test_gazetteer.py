"""The gazetteer: shipped data files, lookups of written forms, context defaults."""

from __future__ import annotations

import csv
import re

import pytest

from govkg.gazetteer import Gazetteer, Municipality, Organisation
from govkg.resources import data_dir

KINDS = {
    "municipality", "county_administrative_board", "region", "national_agency", "association",
    "municipal_federation", "company", "network", "programme", "other",
}  # fmt: skip


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


def luhn_ok(org_number: str) -> bool:
    digits = [int(c) for c in org_number.replace("-", "")]
    total = 0
    for i, d in enumerate(digits):
        if i % 2 == 0:
            d *= 2
            d = d - 9 if d > 9 else d
        total += d
    return total % 10 == 0


def test_all_290_municipalities_with_unique_scb_codes(gaz: Gazetteer) -> None:
    codes = [m.scb_code for m in gaz.municipalities]
    assert len(codes) == 290
    assert len(set(codes)) == 290
    assert all(
        re.fullmatch(r"\d{4}", m.scb_code) and m.scb_code[:2] == m.county_code for m in gaz.municipalities
    )


def test_goteborg_registry_ids(gaz: Gazetteer) -> None:
    # Q52502 is Göteborg *kommun* in the reference table (Q25287 is the city, not the municipality)
    gbg = gaz.municipality_by_code("1480")
    assert gbg is not None
    assert (gbg.name, gbg.county_code, gbg.wikidata, gbg.org_number) == (
        "Göteborg", "14", "Q52502", "212000-1355",
    )  # fmt: skip


def test_every_county_has_a_board_and_a_region(gaz: Gazetteer) -> None:
    boards = [o for o in gaz.organisations if o.kind == "county_administrative_board"]
    regions = [o for o in gaz.organisations if o.kind == "region"]
    assert len(boards) == 21 and len(regions) == 21
    assert all(b.wikidata and b.org_number for b in boards)


def test_organisation_rows_are_well_formed(gaz: Gazetteer) -> None:
    ids = [o.id for o in gaz.organisations]
    assert len(ids) == len(set(ids))
    for o in gaz.organisations:
        assert o.kind in KINDS, o.id
        assert o.parent is None or gaz.organisation(o.parent) is not None, o.id
        assert o.wikidata is None or re.fullmatch(r"Q\d+", o.wikidata), o.id
        assert o.org_number is None or (re.fullmatch(r"\d{6}-\d{4}", o.org_number) and luhn_ok(o.org_number))


def test_registry_values_are_valid(gaz: Gazetteer) -> None:
    for m in gaz.municipalities:
        assert m.wikidata and re.fullmatch(r"Q\d+", m.wikidata), m.name
        assert m.org_number is None or luhn_ok(m.org_number), m.name


@pytest.mark.parametrize("name", ["municipalities.csv", "organisations.csv"])
def test_every_row_names_its_source(name: str) -> None:
    with (data_dir() / name).open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert rows and all(r["source"].strip() for r in rows)


@pytest.mark.parametrize(
    ("surface", "expected"),
    [
        ("GBG", "Göteborg"),
        ("Gbg", "Göteborg"),
        ("Göteborgs stads", "Göteborg"),
        ("Göteborgs Stad", "Göteborg"),
        ("GÖTEBORG", "Göteborg"),
        ("Sthlm", "Stockholm"),
        ("Malmö stad", "Malmö"),
        ("Alingsås", "Alingsås"),
        ("Ales", "Ale"),
        ("Ale kommun", "Ale"),
        ("Kungälvs kommun", "Kungälv"),
        ("Lilla  Edet", "Lilla Edet"),
        ("Upplands Väsby", "Upplands Väsby"),
        ("Malung-Sälens kommun", "Malung-Sälen"),
        ("SKR:s", "Sveriges Kommuner och Regioner"),
        ("VGR:s", "Västra Götalandsregionen"),
        ("Region Västra Götaland", "Västra Götalandsregionen"),
        ("Region Hallands", "Region Halland"),
        ("Länsstyrelsens", "Länsstyrelsen i Västra Götalands län"),
        ("länsstyrelsen", "Länsstyrelsen i Västra Götalands län"),
        ("Länsstyrelsen Skåne", "Länsstyrelsen i Skåne län"),
        ("Västkom", "Västsvenska kommunalförbundens samorganisation"),
        ("VästKom", "Västsvenska kommunalförbundens samorganisation"),
        ("Myndigheten för civilt försvar", "Myndigheten för samhällsskydd och beredskap"),
        ("MSB:s", "Myndigheten för samhällsskydd och beredskap"),
        ("Digg", "Myndigheten för digital förvaltning"),
        ("Polisen", "Polismyndigheten"),
        ("Boråsregionen", "Sjuhärads kommunalförbund"),
        ("förbundsstyrelsens", "Göteborgsregionens förbundsstyrelse"),
        ("SKR-nätverken", "SKR:s nätverk"),
    ],
)
def test_lookup_of_written_forms(gaz: Gazetteer, surface: str, expected: str) -> None:
    entry = gaz.lookup(surface)
    assert entry is not None and entry.name == expected


@pytest.mark.parametrize(
    "surface", ["gr", "skr", "ale", "Msb", "Stockholms län", "Stenungsbaden", "", "Skåne"]
)
def test_lookup_rejects(gaz: Gazetteer, surface: str) -> None:
    assert gaz.lookup(surface) is None


def test_default_county_decides_bare_lansstyrelsen() -> None:
    skane = Gazetteer.load(default_county="12")
    board = skane.lookup("Länsstyrelsen")
    assert isinstance(board, Organisation) and board.name == "Länsstyrelsen i Skåne län"
    assert skane.lookup("Länsstyrelsen i Västra Götalands län") is not None


def test_without_default_federation_bare_organs_are_unknown() -> None:
    assert Gazetteer.load(default_federation=None).lookup("förbundsstyrelsen") is None
    assert Gazetteer.load().lookup("förbundsstyrelsen") is not None


@pytest.mark.parametrize(
    ("text", "canonical", "kind"),
    [
        ("GBG", "Göteborg", "municipality"),
        ("Göteborg", "Göteborg", "municipality"),
        ("Lilla Edet", "Lilla Edet", "municipality"),
        ("länsstyrelsen", "Länsstyrelsen i Västra Götalands län", "county_administrative_board"),
        ("Ale kommun", "Ale", "municipality"),
        ("Region Halland", "Region Halland", "region"),
        ("GR", "Göteborgsregionen", "municipal_federation"),
        ("Mark", "Mark", "municipality"),
        ("verksamhetschef GR", "Göteborgsregionen", "municipal_federation"),
        ("avdelningschef samhällsavdelningen, Länsstyrelsen", "Länsstyrelsen i Västra Götalands län",
         "county_administrative_board"),
    ],
)  # fmt: skip
def test_affiliation(gaz: Gazetteer, text: str, canonical: str, kind: str) -> None:
    found = gaz.affiliation(text)
    assert found is not None
    assert found[0] == canonical and found[1].kind == kind


def test_affiliation_unknown(gaz: Gazetteer) -> None:
    assert gaz.affiliation("Lumenkonsult") is None


def test_members_of_gr(gaz: Gazetteer) -> None:
    members = gaz.members("gr")
    assert len(members) == 13
    assert all(isinstance(m, Municipality) for m in members)
    kungsbacka = next(m for m in members if m.name == "Kungsbacka")
    assert kungsbacka.county_code == "13"  # the one GR member in Halland


def test_scan_is_leftmost_longest(gaz: Gazetteer) -> None:
    text = "Länsstyrelsen i Stockholms län och Göteborgs universitet"
    found = [(text[m.start : m.end], m.entry.name if m.entry else None) for m in gaz.scan(text)]
    assert found == [
        ("Länsstyrelsen i Stockholms län", "Länsstyrelsen i Stockholms län"),
        ("Göteborgs universitet", "Göteborgs universitet"),
    ]
