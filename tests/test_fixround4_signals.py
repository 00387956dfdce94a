"""Fix round 4 signals: attendance cues, header labels, signature blocks, action tables, one per test.

Every text here is written for these tests (invented people; real bodies and municipalities).
"""

from __future__ import annotations

import pytest

from govkg.gazetteer import Gazetteer
from govkg.model import Document, Minutes
from govkg.normalise import normalise
from govkg.parse import parse_minutes
from govkg.parse.attendance import parse_attendee_line
from govkg.parse.lines import Kind, classify
from govkg.parse.meeting_date import header_date


def _parse(text: str) -> Minutes:
    doc = Document("t.txt", "t", "t.txt", text, "0" * 64, "text/plain", "utf-8")
    return parse_minutes(doc)


def _line(text: str) -> object:
    return classify(normalise(text).lines())[0]


_ITEMS = "\n1. Inledning\n\nMötet öppnades.\n\n2. Ekonomi\n\nLäget redovisades.\n"


@pytest.mark.parametrize(
    ("cue", "status", "remote"),
    [
        ("Deltagare (på plats):", "present", False),
        ("Deltagare (digitalt):", "present", True),
        ("Närvarande (via Teams):", "present", True),
        ("Frånvarande (anmält):", "absent", False),
    ],
)
def test_a_cue_with_a_bracketed_qualifier_opens_a_list(cue: str, status: str, remote: bool) -> None:
    line = _line(cue)
    assert line.kind is Kind.ATTENDANCE  # type: ignore[attr-defined]
    assert line.status == status  # type: ignore[attr-defined]
    assert line.remote is remote  # type: ignore[attr-defined]


def test_a_remote_qualifier_marks_every_attendee_of_its_list() -> None:
    m = _parse(
        "Anteckningar\n\nDeltagare (på plats):\nAnna Berg, strateg, Ale kommun\n\n"
        "Deltagare (digitalt):\nBo Ek, chef, Lerums kommun\nCarl Ny, chef, Alingsås kommun\n" + _ITEMS
    )
    assert [(a.name.text, a.remote) for a in m.present] == [
        ("Anna Berg", False),
        ("Bo Ek", True),
        ("Carl Ny", True),
    ]


def test_one_paragraph_under_a_bare_cue_is_split_like_an_inline_list() -> None:
    m = _parse(
        "Anteckningar\n\nNärvarande\nAnna Berg (Ale), Bo Ek (Lerum), Carl Ny (Alingsås, p 2) "
        "samt Dora Lind (Västra Götalandsregionen) som förde anteckningarna.\n" + _ITEMS
    )
    assert [a.name.text for a in m.present] == ["Anna Berg", "Bo Ek", "Carl Ny", "Dora Lind"]
    assert m.recorded_by is not None and m.recorded_by.name.text == "Dora Lind"
    carl = m.present[2]
    assert carl.affiliation_canonical == "Alingsås" and carl.items_attended == [2]


def test_a_single_sentence_under_a_bare_cue_is_not_split() -> None:
    m = _parse("Anteckningar\n\nNärvarande\nAlla kommuner var representerade (se bilaga).\n" + _ITEMS)
    assert m.present == []


@pytest.mark.parametrize(
    ("line", "body", "items"),
    [
        ("Jenny Wik (Trafikverket, p 2)", "Trafikverket", [2]),
        ("Ove Lind (Mittuniversitetet, punkt 4)", "Mittuniversitetet", [4]),
        ("Anna Berg (Region Halland, regiondirektör)", "Region Halland", None),
    ],
)
def test_a_bracket_with_a_body_and_a_note(line: str, body: str, items: list[int] | None) -> None:
    p = parse_attendee_line(line, Gazetteer.load())
    assert p is not None and p.affiliation_canonical == body
    assert p.items_attended == items


_PROTOCOL = (
    "PROTOKOLL\n\nSammanträdesdatum\t2026-09-25\n\n"
    "Beslutande\tIngrid Malm, kommunchef, Kalmar kommun\n\tOlle Sten, kommunchef, Nybro kommun\n\n"
    "Frånvarande\tTore Blom, kommunchef, Mönsterås kommun\n\n"
    "Utses att justera\tOlle Sten\n\n"
    "Underskrifter\tSekreterare\t.........................\n\t\tSanna Holt\n\n"
    "\tOrdförande\t.........................\n\t\tIngrid Malm\n\n"
    "§ 1\tVal av justerare\n\nInformationen noteras.\n\n§ 2\tBredband\n\nInformationen noteras.\n"
)


def test_beslutande_are_present_and_a_new_label_ends_the_previous_list() -> None:
    m = _parse(_PROTOCOL)
    assert [a.name.text for a in m.present] == ["Ingrid Malm", "Olle Sten"]
    assert [a.name.text for a in m.absent] == ["Tore Blom"]  # "Utses att justera" is no absentee


def test_the_secretary_cell_of_a_signature_block_is_the_recorder() -> None:
    m = _parse(_PROTOCOL)
    assert m.recorded_by is not None and m.recorded_by.name.text == "Sanna Holt"


@pytest.mark.parametrize("cue", ["Sammanfattningen skrevs av", "Minnesanteckningarna fördes av"])
def test_a_passive_writer_sentence_names_the_recorder(cue: str) -> None:
    m = _parse(
        f"Anteckningar\n\nNärvarande: Anna Berg (Ale), Bo Ek (Lerum)\n\n{cue} Bo Ek, Lerum.\n" + _ITEMS
    )
    assert m.recorded_by is not None and m.recorded_by.name.text == "Bo Ek"


def test_a_weekday_date_line_in_the_header_is_the_meeting_date() -> None:
    text = (
        "Sammanfattning\nNätverket\nTorsdag 5 november 2026 kl. 13.00–15.30, Kalmar\n\n"
        "1. Läget\n\nRapporten publicerades i september.\n"
    )
    found = header_date(text)
    assert found is not None and found.date == "2026-11-05"


def test_a_weekday_inside_a_sentence_is_no_header_date() -> None:
    assert (
        header_date("Kommunnätverket\n\nVi ses igen på torsdag 5 november 2026.\n\n1. Läget\n\nText.\n")
        is None
    )


def test_an_action_table_after_the_last_item_is_no_item_text() -> None:
    m = _parse(
        "Anteckningar\n\nNärvarande: Anna Berg (Ale), Bo Ek (Lerum)\n"
        + _ITEMS
        + "\nÅtgärdslista\n\nÅtgärd\tAnsvarig\tKlart datum\nSkrivelse\tBo Ek\t2026-12-18\n"
    )
    last = m.items[-1]
    body = m.document.text[last.span.start : last.span.end]
    assert "Åtgärdslista" not in body and "2026-12-18" not in body
    assert "Läget redovisades." in body


def test_a_table_inside_an_item_body_before_its_text_stays() -> None:
    m = _parse(
        "Anteckningar\n\nNärvarande: Anna Berg (Ale), Bo Ek (Lerum)\n\n1. Budget\n\n"
        "Post\tStatus\nLöner\tklar\n\nBudgeten godkändes.\n"
    )
    body = m.document.text[m.items[0].span.start : m.items[0].span.end]
    assert "Budgeten godkändes." in body


def test_an_unknown_flush_left_label_groups_the_indented_people_below() -> None:
    m = _parse(
        "Anteckningar\n\nNärvarande\n\nRegion Kalmar län\n    Anna Berg, strateg\n"
        "Marinbasen, Karlskrona örlogsbas\n    Karl Sjö, kommendörkapten\n" + _ITEMS
    )
    assert [(a.name.text, a.affiliation_canonical) for a in m.present] == [
        ("Anna Berg", "Region Kalmar län"),
        ("Karl Sjö", "Marinbasen"),
    ]
