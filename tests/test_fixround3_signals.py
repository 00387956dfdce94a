"""Genre signals added in fix round 3, on sentences and minutes written for these tests."""

from __future__ import annotations

import pytest

from govkg.extract.dates import find_dates
from govkg.extract.persons import find_persons
from govkg.extract.statements import find_statements
from govkg.gazetteer import Gazetteer
from govkg.model import Document, Minutes
from govkg.parse import parse_minutes


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Beslut fattas under första kvartalet 2028.", "2028-01/2028-03"),
        ("Planen redovisas Q3 2027.", "2027-07/2027-09"),
        ("Arbetet startar under fjärde kvartalet 2026.", "2026-10/2026-12"),
    ],
)
def test_a_quarter_is_a_range_of_months(text: str, iso: str) -> None:
    assert [(d.iso, d.granularity) for d in find_dates(text, meeting_year=2026)] == [(iso, "range")]


@pytest.mark.parametrize("text", ["§ 4 Dnr 2026/28", "Ärendet har Dnr KS 2025/31."])
def test_a_diary_number_is_no_year_range(text: str) -> None:
    assert find_dates(text, meeting_year=2026) == []


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Länsstyrelsen vill att varje kommun utser en kontaktperson senast den 15 oktober.", "follow_up"),
        ("Kommunchefsgruppen vill att förbundet samordnar ett yttrande.", "decision"),
        ("Trafikverket fattar beslut om planen under första kvartalet 2027.", "follow_up"),
        ("Regionfullmäktige ska anta planen i mars 2027.", "follow_up"),
        ("En punkt om lokaler lades till under övrigt.", "decision"),
        ("Kommuncheferna gav klartecken till en upphandling.", "decision"),
        ("Almedalen 2027: beslut att inte delta med en egen arena.", "decision"),
    ],
)
def test_statement_kinds(sentence: str, kind: str) -> None:
    decisions, follow_ups = find_statements(sentence)
    got = "decision" if decisions else "follow_up" if follow_ups else None
    assert got == kind


def test_a_known_body_whose_first_word_is_a_first_name_is_no_person() -> None:
    gaz = Gazetteer.load()

    def org(s: str) -> str | None:
        found = gaz.affiliation(s)
        return found[0] if found else None

    names = [
        p.name.text for p in find_persons("Kommunerna kan avropa via Adda Inköpscentral.", org_canonical=org)
    ]
    assert names == []


def _parse(text: str) -> Minutes:
    doc = Document(
        path="t.txt",
        name="t",
        filename="t.txt",
        text=text,
        sha256="",
        media_type="text/plain",
        encoding="utf-8",
    )
    return parse_minutes(doc)


def test_an_attachment_line_ends_the_last_item() -> None:
    m = _parse(
        "Minnesanteckningar\n\nNärvarande: Anna Berg (Ale), Bo Ek (Lerum)\n\n"
        "1. Inledning\nAnna Berg hälsade välkommen.\n\n2. Övrigt\nInget att rapportera.\n\n"
        "*Bilaga: Deltagarlista (skickas separat)*\n"
    )
    last = m.items[-1]
    assert "Bilaga" not in m.document.text[last.span.start : last.span.end]


def test_header_chair_and_recorder_are_present_when_the_list_is_an_attachment() -> None:
    m = _parse(
        "# Minnesanteckningar – Kommunchefsgruppen\n\n**Närvarande:** se bilaga\n"
        "**Ordförande:** Anna Berg, kommunchef, Ale kommun\n**Antecknare:** Bo Ek, Region Halland\n\n"
        "### Punkt 1: Inledning\n\n- Anna Berg hälsade välkommen.\n\n### Punkt 2: Övrigt\n\n- Inget.\n"
    )
    assert [a.name.text for a in m.present] == ["Anna Berg", "Bo Ek"]
    assert m.recorded_by is not None and m.recorded_by.name.text == "Bo Ek"


def test_a_listed_recorder_is_not_added_when_the_list_is_in_the_document() -> None:
    m = _parse(
        "Minnesanteckningar\n\nNärvarande\nAnna Berg, Ale\nBo Ek, Lerum\n\n"
        "Sekreterare: Cia Al, Region Halland\n\n"
        "1. Inledning\nAnna Berg hälsade välkommen.\n\n2. Övrigt\nInget.\n"
    )
    assert [a.name.text for a in m.present] == ["Anna Berg", "Bo Ek"]


def test_a_town_outside_the_network_is_no_member_municipality() -> None:
    from govkg.extract.mentions import extract_mentions

    m = _parse(
        "Minnesanteckningar\n\nNärvarande: Anna Berg (Halmstad), Bo Ek (Varberg), Cia Al (Falkenberg)\n\n"
        "1. Trafik\nVarberg vill ha fler tåg mot Göteborg och Malmö.\n\n2. Övrigt\nInget.\n"
    )
    extract_mentions(m, Gazetteer.load())
    assert [x.name for x in m.items[0].municipalities_mentioned] == ["Varberg"]
