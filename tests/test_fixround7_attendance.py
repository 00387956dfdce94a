"""Fix round 7b, attendance layouts: header-named tables, names written surname first, status markers.

Every text here is written for the test (invented people, other bodies than any evaluation set).
The case folders tests/cases/status_table_no_cue, tab_table_status and marker_one_list run the
same mechanisms through whole documents with the shared case harness.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from govkg.gazetteer import Gazetteer
from govkg.ingest import extract_files
from govkg.model import Minutes
from govkg.parse import parse_minutes
from govkg.parse.attendance import parse_attendee_line
from govkg.parse.name_order import natural_order
from govkg.parse.tables import header_columns, row_status
from govkg.read import read_document


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


def _parse(tmp_path: Path, text: str, suffix: str = ".txt") -> Minutes:
    path = tmp_path / f"minutes{suffix}"
    path.write_text(text, encoding="utf-8")
    return parse_minutes(read_document(path))


_ITEMS = "\n1. Inledning\n\nMötet öppnas.\n\n2. Budget\n\nGruppen beslutar att anta budgeten.\n"


def _lists(m: Minutes) -> tuple[list[str], list[str]]:
    return [a.name.text for a in m.present], [a.name.text for a in m.absent]


# --- 1. tables whose header names the columns ---------------------------------------------------


@pytest.mark.parametrize(
    ("row", "roles"),
    [
        ("| Namn | Organisation | Närvaro |", ("name", "body", "status")),
        ("Namn\tKommun\tRoll\tStatus", ("name", "body", "role", "status")),
        ("Namn | Kommun | Roll | Status", ("name", "body", "role", "status")),
        ("| Deltagare | Myndighet | Titel | Närvarande/Frånvarande |", ("name", "body", "role", "status")),
        ("| Ledamot | Representerar | Deltog |", ("name", "body", "status")),
        ("| **Person** | Förvaltning | Funktion |", ("name", "body", "role")),
    ],
)
def test_a_header_row_names_its_columns(row: str, roles: tuple[str, ...]) -> None:
    columns = header_columns(row, 0, len(row))
    assert columns is not None and columns.roles == roles


@pytest.mark.parametrize(
    "row",
    [
        "| Datum | Plats | Närvarande |",  # a column OF attendees, read elsewhere
        "| Åtgärd | Ansvarig | Klart |",  # an action table
        "| Anna Berg | Ale | Närvarande |",  # a row, not a header
        "Namn",  # one cell
    ],
)
def test_rows_that_are_no_attendance_header(row: str) -> None:
    assert header_columns(row, 0, len(row)) is None


@pytest.mark.parametrize(
    ("cell", "status"),
    [
        ("Närvarande", "present"),
        ("Ja", "present"),
        ("x", "present"),
        ("✓", "present"),
        ("Deltog", "present"),
        ("Digitalt", "present"),
        ("På plats", "present"),
        ("Frånvarande", "absent"),
        ("Nej", "absent"),
        ("Förhinder", "absent"),
        ("Anmält förhinder", "absent"),
        ("Ej närvarande", "absent"),
        ("", "absent"),
        ("–", "absent"),
    ],
)
def test_a_status_cell_decides_the_list(cell: str, status: str) -> None:
    read = row_status(cell)
    assert read is not None and read[0] == status


def test_a_pipe_table_under_a_cue_splits_by_its_status_column(tmp_path: Path) -> None:
    m = _parse(
        tmp_path,
        "Anteckningar\nByggchefsnätverket i Halland\nDatum: 2 juni 2027\n\nNärvarolista\n\n"
        "| Namn | Organisation | Närvaro |\n|---|---|---|\n"
        "| Greta Holmér | Falkenberg | Närvarande |\n| Leo Marklund | Laholm | Frånvarande |\n"
        "| Saga Idström | Region Halland | Närvarande |\n" + _ITEMS,
    )
    assert _lists(m) == (["Greta Holmér", "Saga Idström"], ["Leo Marklund"])
    assert m.present[1].affiliation_canonical == "Region Halland"


def test_a_table_without_a_status_column_keeps_its_lists_status(tmp_path: Path) -> None:
    # an empty cell in a table without status semantics is no absence
    m = _parse(
        tmp_path,
        "Protokoll\nDatum: 2 juni 2027\n\nFrånvarande\n| Namn | Kommun | Roll |\n|---|---|---|\n"
        "| Ture Vall | Varberg | |\n| Lova Fjäll | Kungsbacka | kommundirektör |\n\n"
        "Närvarande: Greta Holmér, Falkenberg\n" + _ITEMS,
    )
    assert _lists(m) == (["Greta Holmér"], ["Ture Vall", "Lova Fjäll"])
    assert m.absent[1].role is not None and m.absent[1].role.text == "kommundirektör"
    assert m.absent[0].role is None


def test_a_table_with_the_role_before_the_body(tmp_path: Path) -> None:
    m = _parse(
        tmp_path,
        "Anteckningar\nDatum: 2 juni 2027\n\nDeltagare\nNamn\tRoll\tKommun\tNärvaro\n"
        "Greta Holmér\tkommunchef\tFalkenberg\tJa\nLeo Marklund\tekonomichef\tLaholm\tNej\n" + _ITEMS,
    )
    assert _lists(m) == (["Greta Holmér"], ["Leo Marklund"])
    assert [a.affiliation_canonical for a in m.attendees] == ["Falkenberg", "Laholm"]
    assert m.present[0].role is not None and m.present[0].role.text == "kommunchef"


@pytest.mark.parametrize(
    ("header", "rows"),
    [
        (
            "Namn | Kommun | Roll | Status",
            ["Greta Holmér | Falkenberg | kommunchef | x", "Leo Marklund | Laholm | | –"],
        ),
        (
            "Namn\tKommun\tRoll\tStatus",
            ["Greta Holmér\tFalkenberg\tkommunchef\tx", "Leo Marklund\tLaholm\t\t"],
        ),
        (
            "| Namn | Kommun | Roll | Status |",
            ["| Greta Holmér | Falkenberg | kommunchef | x |", "| Leo Marklund | Laholm | | |"],
        ),
    ],
    ids=["bare_pipes", "tabs", "pipe_table"],
)
def test_the_same_table_in_three_separators(tmp_path: Path, header: str, rows: list[str]) -> None:
    body = "\n".join([header, *rows])
    m = _parse(tmp_path, f"Anteckningar\nDatum: 2 juni 2027\n\nDeltagare:\n{body}\n" + _ITEMS)
    assert _lists(m) == (["Greta Holmér"], ["Leo Marklund"])
    assert m.present[0].role is not None and m.present[0].role.text == "kommunchef"
    assert [a.affiliation_canonical for a in m.attendees] == ["Falkenberg", "Laholm"]


def test_a_table_before_the_first_item_without_a_cue_is_the_attendance(tmp_path: Path) -> None:
    m = _parse(
        tmp_path,
        "# Minnesanteckningar\n\nDatum: 2 juni 2027\n\n| Namn | Kommun | Roll |\n|---|---|---|\n"
        "| Greta Holmér | Falkenberg | räddningschef |\n| Leo Marklund | Laholm | |\n"
        + _ITEMS
        + "\n| Åtgärd | Ansvarig | Klart |\n|---|---|---|\n| Ta fram plan | Saga Idström | maj |\n",
        ".md",
    )
    assert _lists(m) == (["Greta Holmér", "Leo Marklund"], [])


# --- 2. names written surname first ------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "natural", "body"),
    [
        ("Holmér, Greta – Falkenberg", "Greta Holmér", "Falkenberg"),
        ("Holmér, Greta, Falkenbergs kommun", "Greta Holmér", "Falkenberg"),
        ("Holmér, Greta (Falkenberg)", "Greta Holmér", "Falkenberg"),
        ("Marklund, Leo – Region Halland", "Leo Marklund", "Region Halland"),
        ("Holm, Per-Erik – Laholm", "Per-Erik Holm", "Laholm"),  # a surname that is also a first name
        ("Lund, Maja – Region Halland", "Maja Lund", "Region Halland"),  # a surname that is a town
    ],
)
def test_a_surname_first_pair_is_one_person_in_natural_order(
    gaz: Gazetteer, line: str, natural: str, body: str
) -> None:
    parsed = parse_attendee_line(line, gaz)
    assert parsed is not None and parsed.natural == natural
    written = line[parsed.name.start : parsed.name.end]
    assert written.replace(",", "").split() == natural.split()[1:] + natural.split()[:1]
    assert parsed.affiliation_canonical == body


@pytest.mark.parametrize(
    "line",
    [
        "Falun, Anna Berg",  # a body first, then a person in natural order
        "Anna, Maria, Eva",  # first names
        "Kommunchef, Anna",  # a title
        "Strand, Ale",  # a body in the second run
    ],
)
def test_pairs_that_are_no_surname_first_name(gaz: Gazetteer, line: str) -> None:
    parsed = parse_attendee_line(line, gaz)
    assert parsed is None or parsed.natural is None


def test_a_surname_first_list_keeps_names_as_written_and_resolves_them_in_natural_order(
    tmp_path: Path,
) -> None:
    text = (
        "Anteckningar\nDatum: 2 juni 2027\n\nNärvarande:\nHolmér, Greta – Falkenberg\n"
        "Idström, Saga – Region Halland\n\nFrånvarande:\nMarklund, Leo – Laholm\n" + _ITEMS
    )
    m = _parse(tmp_path, text)
    assert _lists(m) == (["Holmér, Greta", "Idström, Saga"], ["Marklund, Leo"])
    a = m.present[0]
    assert text[a.name.span.start : a.name.span.end] == "Holmér, Greta"
    (resolved,) = extract_files([tmp_path / "minutes.txt"]).minutes
    assert [a.canonical_name for a in resolved.present] == ["Greta Holmér", "Saga Idström"]
    assert [a.person_id for a in resolved.absent] == ["leo-marklund"]


def test_a_name_read_surname_first_is_put_in_natural_order() -> None:
    assert natural_order("Holmér, Greta") == "Greta Holmér"
    assert natural_order("Holm, Per-Erik") == "Per-Erik Holm"
    assert natural_order("Greta Holmér") == "Greta Holmér"


def test_an_inline_list_written_surname_first(tmp_path: Path) -> None:
    m = _parse(
        tmp_path,
        "Anteckningar\nDatum: 2 juni 2027\n\nNärvarande: Holmér, Greta (Falkenberg), Holm, Peter (Laholm) "
        "och Idström, Saga (Region Halland)\nFrånvarande: Marklund, Leo (Varberg)\n" + _ITEMS,
    )
    assert _lists(m) == (["Holmér, Greta", "Holm, Peter", "Idström, Saga"], ["Marklund, Leo"])
    assert [a.affiliation_canonical for a in m.present] == ["Falkenberg", "Laholm", "Region Halland"]


def test_a_recorder_written_surname_first(tmp_path: Path) -> None:
    m = _parse(
        tmp_path,
        "Anteckningar\nDatum: 2 juni 2027\n\nNärvarande: Greta Holmér, Falkenberg\n"
        + _ITEMS
        + "\nVid anteckningarna: Idström, Saga, nätverkssekreterare\n",
    )
    assert m.recorded_by is not None and m.recorded_by.name.text == "Idström, Saga"
    assert m.recorded_by.role is not None and m.recorded_by.role.text == "nätverkssekreterare"


# --- 3. status markers after an entry in one list ------------------------------------------------


@pytest.mark.parametrize(
    ("line", "status", "note"),
    [
        ("Leo Marklund, Laholm (förhinder)", "absent", None),
        ("Leo Marklund, Laholm (frånvarande)", "absent", None),
        ("Leo Marklund, Laholm (ej närvarande)", "absent", None),
        ("Leo Marklund, Laholm (anmält förhinder)", "absent", None),
        ("Leo Marklund, Laholm – förhinder", "absent", None),
        ("Leo Marklund, Laholm (digitalt)", None, "(digitalt)"),
        ("Leo Marklund, Laholm (p 2)", None, "(p 2)"),
    ],
)
def test_a_marker_after_an_entry(gaz: Gazetteer, line: str, status: str | None, note: str | None) -> None:
    parsed = parse_attendee_line(line, gaz)
    assert parsed is not None and line[parsed.name.start : parsed.name.end] == "Leo Marklund"
    assert parsed.status == status
    assert (line[parsed.note.start : parsed.note.end] if parsed.note else None) == note
    assert parsed.affiliation_canonical == "Laholm"
