"""Fix round 5 signals: decision-list headings, n.1 sub-items as bodies, checkbox roll calls, markers."""

from __future__ import annotations

import pytest

from govkg.model import Document, Minutes
from govkg.parse import parse_minutes


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


HEAD = "Minnesanteckningar\nDatum: 2026-02-10\nNärvarande: Eva Sten (Skövde), Jan Lo (Falköping)\n\n"


@pytest.mark.parametrize("word", ["Beslut", "Beslutspunkt"])
def test_a_chain_of_decision_numbers_with_bodies_is_the_agenda(word: str) -> None:
    text = HEAD + f"{word} 1: Budget\nBudgeten godkändes.\n\n{word} 2: Mötesplan\nPlanen godkändes.\n"
    assert [(it.number, it.title.text) for it in _parse(text).items] == [("1", "Budget"), ("2", "Mötesplan")]


def test_a_lone_decision_number_in_prose_is_no_item() -> None:
    text = HEAD + "1. Budget\nBeslut 3 från förra mötet gäller.\nBudgeten godkändes.\n\n2. Övrigt\nInget.\n"
    assert [it.title.text for it in _parse(text).items] == ["Budget", "Övrigt"]


def test_bare_numbers_whose_body_opens_with_n_1_are_the_agenda() -> None:
    text = HEAD + "1 Inledning\n1.1 Dagordning\nFastställdes.\n\n2 Ekonomi\n2.1 Prognos\nRedovisades.\n"
    assert [(it.number, it.title.text) for it in _parse(text).items] == [("1", "Inledning"), ("2", "Ekonomi")]


def test_bare_numbers_whose_body_is_another_number_are_no_agenda() -> None:
    text = HEAD + "1. Ekonomi\nText.\n\n2. Övrigt\n3 Kommuner\n4 Regioner\nText.\n"
    assert [it.title.text for it in _parse(text).items] == ["Ekonomi", "Övrigt"]


@pytest.mark.parametrize(
    ("on", "off"), [("[x]", "[ ]"), ("[X]", "[]"), ("- [x]", "- [ ]"), ("☒", "☐"), ("☑", "☐")]
)
def test_checkbox_roll_call_gives_present_and_absent(on: str, off: str) -> None:
    text = (
        "Minnesanteckningar\nDatum: 2026-02-10\n\nNärvarolista\n"
        f"{on} Ale – Anna Berg, kommundirektör\n{off} Kungälv – Per Ek, kommundirektör\n"
        f"{on} Lerum – Siv Ahl, kommundirektör\n\n1. Ekonomi\nText.\n\n2. Övrigt\nText.\n"
    )
    m = _parse(text)
    assert [(a.name.text, a.affiliation_canonical) for a in m.present] == [
        ("Anna Berg", "Ale"),
        ("Siv Ahl", "Lerum"),
    ]
    assert [a.name.text for a in m.absent] == ["Per Ek"]


@pytest.mark.parametrize("marker", ["(antecknare)", "(sekreterare)", "(för anteckningarna)"])
def test_recorder_marker_after_an_attendee_names_the_recorder(marker: str) -> None:
    text = (
        "Minnesanteckningar\nDatum: 2026-02-10\n\nNärvarande\nAle – Anna Berg, kommundirektör\n"
        f"Lerum – Siv Ahl, utredare {marker}\n\n1. Ekonomi\nText.\n\n2. Övrigt\nText.\n"
    )
    m = _parse(text)
    assert m.recorded_by is not None and m.recorded_by.name.text == "Siv Ahl"
    assert all(a.note is None for a in m.present)


def test_a_bare_attendance_heading_after_the_last_item_closes_it() -> None:
    text = (
        "Minnesanteckningar\nDatum: 2026-02-10\n\n1. Ekonomi\nText.\n\n2. Övrigt\nText.\n\n"
        "Närvaro\nEva Sten (Skövde), Jan Lo (Falköping), Ola Tå (Tibro)\n"
    )
    m = _parse(text)
    last = m.items[-1]
    assert "Närvaro" not in m.document.text[last.span.start : last.span.end]
    assert [a.name.text for a in m.present] == ["Eva Sten", "Jan Lo", "Ola Tå"]
