"""The roll call's status words are one vocabulary (data/attendance_words.csv), read at every place a
status is written: a label, a marker after an entry, a column after it, a table cell, a table header.

Texts are written for these tests (invented people)."""

from __future__ import annotations

import pytest

from govkg.model import Document, Minutes
from govkg.parse import parse_minutes
from govkg.parse.status_words import REMOTE, words
from govkg.parse.tables import row_status


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


def _names(people: object) -> list[str]:
    return [a.name.text for a in people]  # type: ignore[attr-defined]


_ITEMS = "\n1. Inledning\n\nMötet öppnades.\n\n2. Budget\n\nGruppen beslutade att godkänna budgeten.\n"


# a marker after an entry only ever says absent: present is the list's own status
_PLACES = [(s, p) for s in ("present", "absent") for p in ("label", "marker", "column", "cell", "head")]


@pytest.mark.parametrize(("status", "place"), [sp for sp in _PLACES if sp != ("present", "marker")])
def test_every_place_has_words_for_both_statuses(status: str, place: str) -> None:
    assert words(status, place)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("Ja", ("present", False)),
        ("x", ("present", False)),
        ("☑", ("present", False)),
        ("Digitalt", ("present", True)),
        ("Via Teams", ("present", True)),
        ("Telefon", ("present", True)),
        ("På plats", ("present", False)),
        ("Nej", ("absent", False)),
        ("Förhinder", ("absent", False)),
        ("Frånv.", ("absent", False)),
        ("–", ("absent", False)),
        ("", ("absent", False)),
        ("Ordförande", None),
    ],
)
def test_a_table_status_cell_reads_as_present_absent_or_remote(
    cell: str, expected: tuple[str, bool] | None
) -> None:
    assert row_status(cell) == expected


@pytest.mark.parametrize(
    "label", ["Förhinder", "Frånvarande", "Anmäld frånvaro", "Ej närvarande", "Apologies"]
)
def test_an_absent_label_lists_the_absent(label: str) -> None:
    m = _parse(
        "Minnesanteckningar\n\nNärvarande: Anna Berg, Ale; Per Ek, Lerum\n"
        f"{label}: Lena Dahl, Kungälv\n{_ITEMS}"
    )
    assert _names(m.present) == ["Anna Berg", "Per Ek"]
    assert _names(m.absent) == ["Lena Dahl"]


@pytest.mark.parametrize("marker", ["förhinder", "anmält förhinder", "ej närvarande", "deltog ej", "frånv."])
def test_a_marker_after_an_entry_in_the_one_list_makes_it_absent(marker: str) -> None:
    m = _parse(
        "Minnesanteckningar\n\nDeltagare\nAnna Berg, Ale\n"
        f"Lena Dahl, Kungälv ({marker})\nPer Ek, Lerum\n{_ITEMS}"
    )
    assert _names(m.present) == ["Anna Berg", "Per Ek"]
    assert _names(m.absent) == ["Lena Dahl"]


@pytest.mark.parametrize("note", ["digitalt", "via Teams", "på länk", "per telefon"])
def test_a_note_of_attending_from_afar_is_remote(note: str) -> None:
    assert REMOTE.search(note)
    m = _parse(f"Minnesanteckningar\n\nNärvarande\nAnna Berg, Ale ({note})\nPer Ek, Lerum\n{_ITEMS}")
    assert [a.remote for a in m.present] == [True, False]
