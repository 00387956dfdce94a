"""Fix round 8a, attendance and recorder: status columns that hold names, the roll-call cue family,
a body's absentee in brackets, two-column signature blocks and the (sekreterare) marker.

Every text here is written for the test (invented people and networks, other bodies than any
evaluation set). The case folders tests/cases/status_columns_names, email_attend_phrase and
signature_two_columns run the same mechanisms through whole documents with the shared case harness.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from govkg.model import Minutes
from govkg.normalise import normalise
from govkg.parse import parse_minutes
from govkg.parse.lines import Kind, classify, recorder_column
from govkg.parse.tables import header_columns
from govkg.read import read_document

_ITEMS = "\n1. Inledning\n\nMötet öppnas.\n\n2. Budget\n\nGruppen beslutar att anta budgeten.\n"


def _parse(tmp_path: Path, text: str, suffix: str = ".txt") -> Minutes:
    path = tmp_path / f"minutes{suffix}"
    path.write_text(text, encoding="utf-8")
    return parse_minutes(read_document(path))


def _people(m: Minutes, status: str) -> list[tuple[str, str | None]]:
    return [(a.name.text, a.affiliation_canonical) for a in getattr(m, status)]


def _kind(line: str) -> tuple[Kind, str | None]:
    read = classify(normalise(line + "\n").lines())[0]
    return read.kind, read.status


# --- 1. status headers over cells of names -------------------------------------------------------


@pytest.mark.parametrize(
    ("row", "roles"),
    [
        ("| Kommun | Närvarande | Förhinder |", ("body", "present", "absent")),
        ("Organisation\tDeltog\tFrånvarande\tErsättare", ("body", "present", "absent", "present")),
        ("| Myndighet | På plats | Digitalt | Anmält förhinder |", ("body", "present", "remote", "absent")),
        ("| | Närvarande | Frånvarande |", ("body", "present", "absent")),
        ("| Region | Tjänstgörande ersättare |", ("body", "present")),
        ("| Närvarande | Förhinder |", ("present", "absent")),
    ],
)
def test_status_headers_without_a_name_column_hold_names(row: str, roles: tuple[str, ...]) -> None:
    columns = header_columns(row, 0, len(row))
    assert columns is not None and columns.roles == roles


@pytest.mark.parametrize(
    "row",
    [
        "| Datum | Plats | Närvarande |",  # a column of attendees under other headers: read elsewhere
        "| Närvarande |",  # one column, no body
        "| Tid | Punkt | Ansvarig |",
    ],
)
def test_other_tables_are_no_status_name_tables(row: str) -> None:
    assert header_columns(row, 0, len(row)) is None


def test_a_name_column_keeps_its_status_column() -> None:
    row = "| Namn | Kommun | Närvarande |"
    columns = header_columns(row, 0, len(row))
    assert columns is not None and columns.roles == ("name", "body", "status")


def test_a_pipe_table_of_status_columns_gives_each_name_its_list_and_row_body(tmp_path: Path) -> None:
    text = (
        "Minnesanteckningar Älvdalsnätverket\n\n"
        "| Kommun | Närvarande | Förhinder |\n|---|---|---|\n"
        "| Gävle | Hedda Alm, Rune Kvist | |\n| Sandviken | | Britt Moss |\n"
        "| Hofors | – | – |\n| Ockelbo | Siv Dal | |\n" + _ITEMS
    )
    m = _parse(tmp_path, text)
    assert _people(m, "present") == [("Hedda Alm", "Gävle"), ("Rune Kvist", "Gävle"), ("Siv Dal", "Ockelbo")]
    assert _people(m, "absent") == [("Britt Moss", "Sandviken")]


def test_a_tab_table_with_a_substitute_column(tmp_path: Path) -> None:
    text = (
        "Anteckningar samverkansgruppen\n\n"
        "Organisation\tDeltog\tFrånvarande\tErsättare\n"
        "Vimmerby kommun\t\tOlle Grön\tMaja Svan\n"
        "Hultsfreds kommun\tAnders Pil; Stina Ros\t\t\n" + _ITEMS
    )
    m = _parse(tmp_path, text)
    assert _people(m, "present") == [
        ("Maja Svan", "Vimmerby"),
        ("Anders Pil", "Hultsfred"),
        ("Stina Ros", "Hultsfred"),
    ]
    assert _people(m, "absent") == [("Olle Grön", "Vimmerby")]


def test_a_remote_column_marks_its_people_remote(tmp_path: Path) -> None:
    text = (
        "Minnesanteckningar Vägnätverket\n\n| Myndighet | På plats | Digitalt |\n|---|---|---|\n"
        "| Trafikverket | Hugo Lind | Greta Sand |\n| Region Gotland | Ola Ström | |\n" + _ITEMS
    )
    m = _parse(tmp_path, text)
    assert [(a.name.text, a.remote) for a in m.present] == [
        ("Hugo Lind", False),
        ("Greta Sand", True),
        ("Ola Ström", False),
    ]


def test_a_status_column_table_under_a_cue_is_read_once(tmp_path: Path) -> None:
    text = (
        "# Minnesanteckningar Fjällgruppen\n\n## Närvaro\n\n"
        "| | Närvarande | Frånvarande |\n|---|---|---|\n"
        "| Åre | Nora Fjell | |\n| Berg | | Lars Myr |\n"
        + _ITEMS.replace("\n1.", "\n## 1.").replace("\n2.", "\n## 2.")
    )
    m = _parse(tmp_path, text, ".md")
    assert _people(m, "present") == [("Nora Fjell", "Åre")]
    assert _people(m, "absent") == [("Lars Myr", "Berg")]


# --- 2. the roll-call cue family -----------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Med på mötet var:",
        "Med på mötet:",
        "Med vid träffen var",
        "Närvarande på mötet var:",
        "Vid mötet deltog:",
        "På mötet fanns:",
        "Under sammanträdet närvarade:",
        "Deltog gjorde:",
        "Följande deltog:",
        "Följande personer var med:",
        "Mötesdeltagare:",
        "Deltagarlista",
        "Närvarolista:",
        "**Med på dagens möte var:**",
    ],
)
def test_lines_that_say_who_attended_open_a_present_list(line: str) -> None:
    assert _kind(line) == (Kind.ATTENDANCE, "present")


@pytest.mark.parametrize(
    "line",
    [
        "Med på mötet var stämningen god och samtalet öppet.",
        "Deltog gjorde också flera av de nya cheferna i arbetet.",
        "Följande deltog inte i beslutet om budgeten för nästa år.",
    ],
)
def test_sentences_with_the_same_words_are_no_cue(line: str) -> None:
    assert _kind(line)[0] is not Kind.ATTENDANCE


def test_a_plain_language_cue_over_a_dash_list(tmp_path: Path) -> None:
    text = (
        "Anteckningar kommunchefsträffen\n\nMed på mötet var:\n- Ulla Krok, Kiruna (ordf.)\n"
        "- kanslichef Bo Stig, Gällivare (punkt 2)\n" + _ITEMS
    )
    m = _parse(tmp_path, text)
    assert _people(m, "present") == [("Ulla Krok", "Kiruna"), ("Bo Stig", "Gällivare")]
    assert m.present[1].items_attended == [2]


@pytest.mark.parametrize(
    ("line", "absent"),
    [
        ("Pajala hade förhinder (Rut Ekholm).", [("Rut Ekholm", "Pajala")]),
        ("Jokkmokk: förhinder (Tor Ask och Lena Vik)", [("Tor Ask", "Jokkmokk"), ("Lena Vik", "Jokkmokk")]),
        (
            "Region Gävleborg hade anmält förhinder (Åsa Hed, Pål Ring).",
            [("Åsa Hed", "Region Gävleborg"), ("Pål Ring", "Region Gävleborg")],
        ),
        ("Arjeplog var frånvarande (Mats Ruong)", [("Mats Ruong", "Arjeplog")]),
    ],
)
def test_a_body_with_its_absentee_in_brackets(
    tmp_path: Path, line: str, absent: list[tuple[str, str]]
) -> None:
    text = "Anteckningar kommunchefsträffen\n\nNärvarande: Ulla Krok (Kiruna)\n\n" + line + "\n" + _ITEMS
    m = _parse(tmp_path, text)
    assert _people(m, "absent") == absent
    assert _people(m, "present") == [("Ulla Krok", "Kiruna")]


def test_a_person_with_a_bracket_is_no_body(tmp_path: Path) -> None:
    text = (
        "Anteckningar kommunchefsträffen\n\nNärvarande: Ulla Krok (Kiruna)\n\n"
        "Anna Berg hade förhinder (p 2).\n" + _ITEMS
    )
    assert all(a.name.text != "p 2" for a in _parse(tmp_path, text).absent)


# --- 3. the recorder in a two-column signature block ---------------------------------------------

_HEAD = (
    "Minnesanteckningar Länsgruppen\n2027-03-01\n\nNärvarande: Nils Holm (Kalmar), Anna Berg (Borgholm)\n"
    + _ITEMS
)


@pytest.mark.parametrize(
    ("block", "recorder"),
    [
        (
            "Vid anteckningarna              Justeras\n\nAnna Berg                       Nils Holm\n",
            "Anna Berg",
        ),
        (
            "Justeras                        Vid protokollet\n\nNils Holm                       Anna Berg\n",
            "Anna Berg",
        ),
        ("Vid anteckningarna\tJusteras\n\nAnna Berg\tNils Holm\n", "Anna Berg"),
        (
            "Antecknat av        Justerat av        Ordförande\n"
            "Anna Berg           Nils Holm          Nils Holm\n",
            "Anna Berg",
        ),
        ("Justeras                        Vid anteckningarna\n\nNils Holm\n", None),
    ],
)
def test_the_name_under_the_recorder_label_is_the_recorder(
    tmp_path: Path, block: str, recorder: str | None
) -> None:
    m = _parse(tmp_path, _HEAD + "\n\n" + block)
    assert (m.recorded_by.name.text if m.recorded_by else None) == recorder
    assert [a.name.text for a in m.present] == ["Nils Holm", "Anna Berg"]


@pytest.mark.parametrize(
    ("line", "column"),
    [
        ("Vid anteckningarna              Justeras", 0),
        ("Justeras    Vid protokollet", 1),
        ("Antecknare:\tAnna Berg", None),  # a label and its value
        ("Vid anteckningarna    Anna Berg", None),
    ],
)
def test_the_recorder_column_of_a_label_line(line: str, column: int | None) -> None:
    assert recorder_column(line) == column


def test_a_secretary_marker_in_a_grouped_role_first_list_names_the_recorder(tmp_path: Path) -> None:
    text = (
        "Minnesanteckningar Länsgruppen\n2027-03-01\n\nNärvarande\nKalmar kommun\n"
        "     Kommundirektör Nils Holm (ordförande)\n     Nätverkssekreterare Anna Berg (sekreterare)\n"
        + _ITEMS
        + "\nVid anteckningarna\n"
    )
    m = _parse(tmp_path, text)
    assert m.recorded_by is not None and m.recorded_by.name.text == "Anna Berg"
    assert [(a.name.text, a.note.text if a.note else None) for a in m.present] == [
        ("Nils Holm", "(ordförande)"),
        ("Anna Berg", None),
    ]
