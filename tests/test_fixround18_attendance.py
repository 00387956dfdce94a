"""Fix round 18 (attendance, recorders): protocol roll-call labels in an indented label column, a
name wrapped over two lines, a semicolon absent paragraph, a group label with a unit, and a bare
paragraph range in a signature table.

Texts are written for these tests (invented people, other bodies than the blind sets')."""

from __future__ import annotations

import pytest

from govkg.model import Document, Minutes
from govkg.parse import parse_minutes


def _parse(text: str, name: str = "t.txt") -> Minutes:
    doc = Document(
        path=name, name="t", filename=name, text=text, sha256="", media_type="text/plain", encoding="utf-8"
    )
    return parse_minutes(doc)


def _people(m: Minutes, status: str) -> list[str]:
    return [a.name.text for a in m.attendees if a.status == status]


_PROTOCOL = """\
  Vattenförbundet Norra Dalen                           Sammanträdesdatum
  Styrelsen                                             2024-03-04

  Beslutande                    Olle Granqvist (S), ordförande, Borlänge
                                Mona Sjöberg (M), Falun

  {subs:<30}Kerstin Holm (C), Falun
                                Tobias Lind (L), Borlänge

  {staff:<30}Rebecka Ahl, förbundschef
                                Jon Edberg, controller

  Utses att justera             Mona Sjöberg (M)

  Justeringens plats och tid    Förbundskontoret, 2024-03-08

§ 1 Budget

Styrelsen godkänner budgeten.
"""


@pytest.mark.parametrize(
    ("subs", "staff"),
    [
        ("Ersättare", "Övriga deltagande"),
        ("Ej tjänstgörande ersättare", "Övriga deltagare"),
        ("Tjänstgörande ersättare", "Övriga närvarande"),
    ],
)
def test_protocol_label_column_reads_every_group_and_ends_at_the_justering(subs: str, staff: str) -> None:
    m = _parse(_PROTOCOL.format(subs=subs, staff=staff))
    assert _people(m, "present") == [
        "Olle Granqvist",
        "Mona Sjöberg",
        "Kerstin Holm",
        "Tobias Lind",
        "Rebecka Ahl",
        "Jon Edberg",
    ]
    staff_bodies = [a.affiliation for a in m.attendees if a.name.text == "Rebecka Ahl"]
    assert staff_bodies == [None]  # the label cell is no body


@pytest.mark.parametrize("sep", [", ", " och "])
def test_a_first_name_wrapped_from_its_surname_is_one_entry(sep: str) -> None:
    text = (
        "Närvarande\n"
        f"Region Dalarna: Stina Mörk (ordförande), Hugo Bark (sekreterare){sep}Johanna\n"
        "Tallqvist\n"
        "Falu kommun: Nils Ström\n"
        "Mora kommun: Elsa Kvist\n"
        "\n1. Inledning\n\nMötet öppnades.\n"
    )
    m = _parse(text)
    assert _people(m, "present") == [
        "Stina Mörk",
        "Hugo Bark",
        "Johanna Tallqvist",
        "Nils Ström",
        "Elsa Kvist",
    ]
    bodies = {a.name.text: a.affiliation_canonical for a in m.attendees}
    assert bodies["Hugo Bark"] == bodies["Johanna Tallqvist"] != "Johanna"


def test_a_group_label_may_name_a_unit_after_the_body() -> None:
    text = (
        "Närvarande\n"
        "Falu kommun: Nils Ström\n"
        "Region Dalarna, Kultur och bildning: Vera Lund, punkt 2\n"
        "\n1. Inledning\n\nMötet öppnades.\n"
    )
    m = _parse(text)
    assert _people(m, "present") == ["Nils Ström", "Vera Lund"]


@pytest.mark.parametrize("wrapped", [True, False])
def test_a_semicolon_paragraph_under_a_bare_cue_lists_several_people(wrapped: bool) -> None:
    tail = "Företagarna\nDalarna" if wrapped else "Företagarna Dalarna"
    text = (
        "Närvarande\n"
        "Falu kommun: Nils Ström\n"
        "Förhinder\n"
        f"Ivar Ek, Mora kommun; Greta Blom, Leksands kommun; Sam Ohlin, {tail}\n"
        "\n1. Inledning\n\nMötet öppnades.\n"
    )
    m = _parse(text)
    assert _people(m, "absent") == ["Ivar Ek", "Greta Blom", "Sam Ohlin"]
    last = next(a for a in m.attendees if a.name.text == "Sam Ohlin")
    assert last.affiliation is not None and last.affiliation.text == "Företagarna Dalarna"


@pytest.mark.parametrize("cell", ["3–11", "3-11", "§§ 3–11", "7"])
def test_a_bare_paragraph_range_in_the_signature_table_is_no_name(cell: str) -> None:
    text = (
        "PROTOKOLL\nStyrelsen\n\n§ 3 Budget\n\nStyrelsen godkänner budgeten.\n\n"
        "Underskrifter\nSekreterare\nParagrafer\n"
        f"{cell}\nLinnea Vik\nOrdförande\nOlle Granqvist\n"
    )
    rec = _parse(text).recorded_by
    assert rec is not None
    assert rec.name.text == "Linnea Vik"
    assert rec.role is not None and rec.role.text == "Sekreterare"
