"""Fix round 9a, layout signals: unnumbered headings in capitals, slashed bilingual labels, per-body
tables with several person columns, recorder fallbacks and markers, acting titles and action lists.

Every text here is written for the test (invented people; other bodies and headings than any
evaluation set). The case folder tests/cases/caps_headings_party_table runs the same mechanisms
through a whole document with the shared case harness.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from govkg.model import Minutes
from govkg.normalise import normalise
from govkg.parse import parse_minutes
from govkg.parse.cue_phrases import slashed_alternatives
from govkg.parse.lines import Kind, classify
from govkg.read import read_document

_ITEMS = "\n1. Inledning\n\nMötet öppnas.\n\n2. Budget\n\nGruppen beslutar att anta budgeten.\n"


def _parse(tmp_path: Path, text: str, suffix: str = ".txt") -> Minutes:
    path = tmp_path / f"minutes{suffix}"
    path.write_text(text, encoding="utf-8")
    return parse_minutes(read_document(path))


def _people(m: Minutes, status: str) -> list[tuple[str, str | None]]:
    return [(a.name.text, a.affiliation.text if a.affiliation else None) for a in getattr(m, status)]


def _line(text: str) -> tuple[Kind, str | None, str | None]:
    norm = normalise(text + "\n")
    read = classify(norm.lines())[0]
    rest = norm.text[read.rest[0] : read.rest[1]] if read.rest is not None else None
    return read.kind, read.status, rest


# --- 1. unnumbered headings in capitals ----------------------------------------------------------

_CAPS = """SÖRMLANDSNÄTVERKET
Folkhälsosamordnare

MINNESANTECKNINGAR
Möte tisdagen den 3 mars 2026 i Flen

Närvarande
Anna Berg, Flen
Bo Ek, Katrineholm

ÖPPNANDE
Anna Berg öppnade mötet och hälsade alla välkomna.

SKOLHÄLSA & PSYKISK HÄLSA
Bo Ek redogjorde för kartläggningen av elevhälsan.
Gruppen beslutade att ta fram en gemensam plan.

NÄSTA MÖTE
Nästa möte hålls den 5 maj 2026 i Katrineholm.
"""


def test_capital_headings_after_the_attendance_are_the_items(tmp_path: Path) -> None:
    m = _parse(tmp_path, _CAPS)
    assert [(i.number, i.title.text) for i in m.items] == [
        ("1", "ÖPPNANDE"),
        ("2", "SKOLHÄLSA & PSYKISK HÄLSA"),
        ("3", "NÄSTA MÖTE"),
    ]
    assert _people(m, "present") == [("Anna Berg", "Flen"), ("Bo Ek", "Katrineholm")]


def test_a_single_capital_line_is_no_agenda(tmp_path: Path) -> None:
    text = "Anteckningar\n\nNärvarande\nAnna Berg, Flen\n\nÖVRIGT\nInget att rapportera.\n"
    m = _parse(tmp_path, text)
    assert m.items == [] and _people(m, "present") == [("Anna Berg", "Flen")]


def test_capital_lines_without_body_are_not_items(tmp_path: Path) -> None:
    text = "Anteckningar\n\nNärvarande\nAnna Berg, Flen\n\nFLEN\nKATRINEHOLM\nNYKÖPING\n" + _ITEMS
    m = _parse(tmp_path, text)
    assert [i.title.text for i in m.items] == ["Inledning", "Budget"]


# --- 2. slashed bilingual labels -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "kind", "status", "rest"),
    [
        ("Attendees / Deltagare", Kind.ATTENDANCE, "present", None),
        ("Deltagare/Participants: Anna Berg, Flen", Kind.ATTENDANCE, "present", "Anna Berg, Flen"),
        ("## Guests / Gäster", Kind.ATTENDANCE, "present", None),
        ("Apologies / Förhinder", Kind.ATTENDANCE, "absent", None),
        ("Frånvarande / Absent: Bo Ek", Kind.ATTENDANCE, "absent", "Bo Ek"),
        ("**Notes / Antecknare:** Cia Holm, Flen", Kind.RECORDER, None, "Cia Holm, Flen"),
        ("Minutes taken by / Antecknat av: Cia Holm", Kind.RECORDER, None, "Cia Holm"),
        ("**Chair / Ordförande:** Anna Berg", Kind.ATTENDANCE, "present", "Anna Berg"),
        ("AOB / Övrigt", Kind.TEXT, None, None),
        ("Budget / ekonomi", Kind.TEXT, None, None),
    ],
)
def test_a_slashed_label_is_a_cue_when_one_alternative_is(
    line: str, kind: Kind, status: str | None, rest: str | None
) -> None:
    assert _line(line) == (kind, status, rest)


def test_slashed_alternatives_map_offsets_back() -> None:
    text = "Notes / Antecknare: Cia Holm"
    alts = slashed_alternatives(text)
    assert [a.text for a in alts] == ["Notes: Cia Holm", "Antecknare: Cia Holm"]
    at = alts[1].text.index("Cia")
    assert text[alts[1].original(at) :] == "Cia Holm"


def test_bilingual_markdown_minutes(tmp_path: Path) -> None:
    text = (
        "# Regionala nätverket\n\n**Notes / Antecknare:** Cia Holm, Flen\n\n## Participants / Deltagare\n\n"
        "- Anna Berg, Flen\n- Cia Holm, Flen\n\n## Absent / Frånvarande\n\n- Bo Ek, Katrineholm\n\n"
        "## 1. Inledning\n\nMötet öppnas.\n\n## 2. Budget\n\nGruppen beslutar att anta budgeten.\n"
    )
    m = _parse(tmp_path, text, ".md")
    assert _people(m, "present") == [("Anna Berg", "Flen"), ("Cia Holm", "Flen")]
    assert _people(m, "absent") == [("Bo Ek", "Katrineholm")]
    assert m.recorded_by is not None and m.recorded_by.name.text == "Cia Holm"


# --- 3. per-body tables with several person columns -----------------------------------------------

_TABLE = (
    """Protokoll

Närvarande
Medlem | Ordinarie | Ersättare
Flens kommun | Anna Berg (S), ordförande | Dan Ro (M)
Vingåkers kommun | – | Eva Lind (C), tjänstgörande ersättare
Region Sörmland | Gun Al (KD) | –

Frånvarande
Vingåkers kommun | Per Lo (V) | –
"""
    + _ITEMS
)


def test_person_columns_are_all_read_and_empty_cells_skipped(tmp_path: Path) -> None:
    m = _parse(tmp_path, _TABLE)
    assert _people(m, "present") == [
        ("Anna Berg", "Flens kommun"),
        ("Dan Ro", "Flens kommun"),
        ("Eva Lind", "Vingåkers kommun"),
        ("Gun Al", "Region Sörmland"),
    ]
    roles = {a.name.text: (a.role.text if a.role else None, a.note) for a in m.present}
    assert roles["Anna Berg"] == ("ordförande", None)  # the party letters are neither role nor note
    assert roles["Dan Ro"] == (None, None)
    assert roles["Eva Lind"] == ("tjänstgörande ersättare", None)
    assert _people(m, "absent") == [("Per Lo", "Vingåkers kommun")]  # the header-less row too


# --- 4. recorder ---------------------------------------------------------------------------------


def test_an_unsigned_dotted_secretary_line_keeps_the_header_recorder(tmp_path: Path) -> None:
    text = (
        "Protokoll\n\nNärvarande\nAnna Berg, Flen\nBo Ek, Katrineholm\n\nSekreterare: Bo Ek\n"
        + _ITEMS
        + "\nUnderskrifter\n\nSekreterare ......................\n\nOrdförande ......................\n"
    )
    m = _parse(tmp_path, text)
    assert m.recorded_by is not None and m.recorded_by.name.text == "Bo Ek"


@pytest.mark.parametrize(
    ("line", "role", "note", "items", "recorder"),
    [
        ("Anna Berg (Flens kommun) – mötesledare", "mötesledare", None, None, False),
        ("Anna Berg (Flens kommun) – antecknare", "antecknare", None, None, True),
        ("Anna Berg (Flens kommun) – punkt 2", None, "punkt 2", [2], False),
        ("Anna Berg, Flens kommun – sekreterare", "sekreterare", None, None, True),
    ],
)
def test_a_dash_marker_after_an_entry(
    tmp_path: Path, line: str, role: str | None, note: str | None, items: list[int] | None, recorder: bool
) -> None:
    m = _parse(tmp_path, f"Anteckningar\n\nDeltagare\n{line}\nBo Ek (Region Sörmland)\n" + _ITEMS)
    first = m.present[0]
    assert (first.name.text, first.affiliation.text if first.affiliation else None) == (
        "Anna Berg",
        "Flens kommun",
    )
    assert (first.role.text if first.role else None, first.note.text if first.note else None) == (role, note)
    assert first.items_attended == items
    assert (m.recorded_by is not None and m.recorded_by.name.text == "Anna Berg") is recorder


# --- 5. a block label alone on its line ----------------------------------------------------------


def test_a_block_label_without_blank_lines_is_a_subheading(tmp_path: Path) -> None:
    text = (
        "Protokoll\n\nNärvarande\nAnna Berg, Flen\n\n§ 12 Budget\nFörvaltningen redovisade budgeten.\n"
        "Beslut\nStyrelsen beslutar att anta budgeten.\n\n§ 13 Övrigt\nInget.\n"
    )
    m = _parse(tmp_path, text)
    blocks = [(b.kind, b.text.text) for b in m.items[0].blocks]
    assert blocks == [
        ("paragraph", "Förvaltningen redovisade budgeten."),
        ("subheading", "Beslut"),
        ("paragraph", "Styrelsen beslutar att anta budgeten."),
    ]


# --- 6. action lists after the last item ---------------------------------------------------------


@pytest.mark.parametrize(
    "tail",
    [
        "Åtgärdspunkter\n[ ] AB: skicka underlaget\n[x] BE: boka lokal\n",
        "## Action points / Att göra\n\n- [ ] AB skickar underlaget\n- [ ] BE bokar lokal\n",
        "| Vad | Vem | När |\n|---|---|---|\n| Skicka underlaget | AB | 3/4 |\n",
        "Uppföljning\nÅtgärd | Ansvarig | Klart\nSkicka underlaget | AB | 3/4\n",
    ],
)
def test_an_action_list_ends_the_last_item(tmp_path: Path, tail: str) -> None:
    m = _parse(tmp_path, "Anteckningar\n\nNärvarande\nAnna Berg, Flen\n" + _ITEMS + "\n" + tail)
    last = m.items[-1]
    assert m.document.text[last.span.start : last.span.end].endswith("Gruppen beslutar att anta budgeten.")


def test_a_checklist_inside_an_item_without_action_heading_stays(tmp_path: Path) -> None:
    text = "Anteckningar\n\nNärvarande\nAnna Berg, Flen\n" + _ITEMS + "- [ ] läsa rapporten\n"
    m = _parse(tmp_path, text)
    last = m.items[-1]
    assert "läsa rapporten" in m.document.text[last.span.start : last.span.end]


# --- 7. acting titles ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "role"),
    [
        ("Tf. kommundirektör Anna Berg, Flen", "Tf. kommundirektör"),
        ("T.f. socialchef Anna Berg, Flen", "T.f. socialchef"),
        ("tf förvaltningschef Anna Berg, Flen", "tf förvaltningschef"),
        ("Bitr. kommundirektör Anna Berg, Flen", "Bitr. kommundirektör"),
    ],
)
def test_an_acting_abbreviation_is_part_of_the_role(tmp_path: Path, line: str, role: str) -> None:
    m = _parse(tmp_path, f"Anteckningar\n\nNärvarande\n{line}\n" + _ITEMS)
    first = m.present[0]
    assert (first.name.text, first.role.text if first.role else None) == ("Anna Berg", role)
