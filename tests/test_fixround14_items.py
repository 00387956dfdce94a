"""Fix round 14 (items and document structure): a title above the roll call, an agenda table,
"12 § Title" headings, a closing absence note, a numbered attendance cue and grid-table borders.

Texts are written for these tests (invented people, other bodies than the blind sets')."""

from __future__ import annotations

import pytest

from govkg.extract import extract_mentions
from govkg.model import Document, Minutes
from govkg.normalise import normalise
from govkg.parse import parse_minutes
from govkg.parse.lines import Kind, classify


def _doc(text: str, name: str = "t.md") -> Document:
    return Document(
        path=name,
        name="t",
        filename=name,
        text=text,
        sha256="",
        media_type="text/plain",
        encoding="utf-8",
    )


def _parse(text: str, name: str = "t.md") -> Minutes:
    return parse_minutes(_doc(text, name))


def _names(people: object) -> list[str]:
    return [a.name.text for a in people]  # type: ignore[attr-defined]


def _titles(m: Minutes) -> list[str]:
    return [i.title.text for i in m.items]


def _exact(text: str, m: Minutes) -> None:
    """Every item's title and blocks quote the document exactly where their spans point."""
    for item in m.items:
        assert text[item.title.span.start : item.title.span.end] == item.title.text
        for block in item.blocks:
            span = block.text.span
            assert " ".join(text[span.start : span.end].split()) == block.text.text


# ---- 1. a title above the roll call is no item


_ROLL_AND_SECTIONS = (
    "Torsdag 3 mars 2033, kl. 13.00–15.00\n\n"
    "**Närvarande**\n\n- Siv Alm, Kumla kommun, ordförande\n- Ture Brink, Askersunds kommun\n\n"
    "**Mötets öppnande**\n\nOrdföranden öppnade mötet.\n\n"
    "**Budget 2034**\n\nRådet beslutade att godkänna budgeten.\n\n"
    "**Nästa möte**\n\nNästa möte hålls den 5 maj 2033.\n"
)


@pytest.mark.parametrize(
    "top",
    [
        "# Tysslingens vattenråd\n\n**Protokoll fört vid rådsmöte**\n\n",
        "# Tysslingens vattenråd\n\n**Minnesanteckningar från rådets möte**\n\n",
        "Tysslingens vattenråd\n\n## Protokoll\n\n",
        "**Minnesanteckningar vattenrådet**\n\n",
    ],
)
def test_title_above_the_roll_call_is_no_item(top: str) -> None:
    m = _parse(top + _ROLL_AND_SECTIONS)
    assert _titles(m) == ["Mötets öppnande", "Budget 2034", "Nästa möte"]
    assert _names(m.present) == ["Siv Alm", "Ture Brink"]


def test_a_real_first_section_under_a_letterhead_stays_an_item() -> None:
    text = "# Tysslingens vattenråd\n\n" + _ROLL_AND_SECTIONS.replace(
        "Mötets öppnande", "Sammanfattning av läget"
    )
    assert _titles(_parse(text))[0] == "Sammanfattning av läget"


# ---- 2. a pipe table as the agenda


_TABLE_MINUTES = (
    "# 2033-02-10 Miljöchefsgruppen – anteckningar\n\n"
    "Närvarande: Dora Falk, Lindesberg, Elis Grön, Nora\n\n"
    "## Dagordning\n\n"
    "| {nr} | {title} | Ansvarig | Anteckningar | Beslut |\n"
    "|---|---|---|---|---|\n"
    "| 1 | Inledning | Dora Falk | Dora hälsade välkommen. | **Beslut:** Dagordningen godkändes. |\n"
    "| 2 | Tillsyn av avlopp | Elis Grön | Elis redovisade läget.<br>Nora har 40 ärenden. "
    "| **Beslut:** Gruppen beslutade att ta fram en gemensam rutin. |\n"
    "| 3 | Övrigt | | Inga övriga frågor. | |\n\n"
    "## Åtgärdspunkter\n\n- [ ] Elis Grön skickar rutinen senast den 1 mars 2033\n"
)


@pytest.mark.parametrize(
    ("nr", "title"), [("Nr", "Punkt"), ("#", "Ärende"), ("§", "Rubrik"), ("Punkt", "Ämne")]
)
def test_agenda_table_rows_are_the_items(nr: str, title: str) -> None:
    text = _TABLE_MINUTES.format(nr=nr, title=title)
    m = _parse(text)
    assert [i.number for i in m.items] == ["1", "2", "3"]
    assert _titles(m) == ["Inledning", "Tillsyn av avlopp", "Övrigt"]
    _exact(text, m)
    blocks = [b.text.text for b in m.items[1].blocks]
    assert blocks == [
        "Elis Grön",
        "Elis redovisade läget.",
        "Nora har 40 ärenden.",
        "**Beslut:** Gruppen beslutade att ta fram en gemensam rutin.",
    ]
    last = m.items[-1]
    assert "Åtgärdspunkter" not in text[last.span.start : last.span.end]


def test_agenda_table_cells_read_as_text() -> None:
    text = _TABLE_MINUTES.format(nr="Nr", title="Punkt")
    m = extract_mentions(_parse(text))
    decisions = m.items[1].decisions
    assert any(
        "beslutade att ta fram en gemensam rutin" in d.text.text and "|" not in d.text.text for d in decisions
    )
    for d in decisions:  # spans point at the document; the table's furniture reads as blank
        source = text[d.text.span.start : d.text.span.end].replace("**", " ").replace("|", " ")
        assert " ".join(source.split()) == d.text.text
    assert not any("rutinen senast" in f.text.text for f in m.items[-1].follow_ups)


@pytest.mark.parametrize(
    "header",
    [
        "| Namn | Kommun |",  # no number column
        "| Nr | Ansvarig |",  # no title column
    ],
)
def test_other_tables_are_no_agenda(header: str) -> None:
    text = (
        "Anteckningar\n\nNärvarande: Dora Falk, Lindesberg\n\n"
        f"{header}\n|---|---|\n| 1 | Dora Falk |\n| 2 | Elis Grön |\n\n"
        "1. Inledning\n\nMötet öppnades.\n\n2. Avslut\n\nMötet avslutades.\n"
    )
    assert _titles(_parse(text)) == ["Inledning", "Avslut"]


def test_agenda_table_that_repeats_the_sections_is_their_list() -> None:
    text = (
        "Anteckningar\n\nNärvarande: Dora Falk, Lindesberg\n\n"
        "| Nr | Punkt |\n|---|---|\n| 1 | Inledning |\n| 2 | Avlopp |\n\n"
        "## Inledning\n\nMötet öppnades av Dora Falk.\n\n## Avlopp\n\nLäget redovisades.\n"
    )
    m = _parse(text)
    assert _titles(m) == ["Inledning", "Avlopp"]
    assert "Läget redovisades" in text[m.items[1].span.start : m.items[1].span.end]


# ---- 3. the paragraph number first: "12 § Title"


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("31 § Öppnande", "32 § Budget"),
        ("31 §§ Öppnande", "32 § Budget"),
        ("§§ 31–32 Öppnande", "§ 33 Budget"),
    ],
)
def test_number_first_paragraph_headings(first: str, second: str) -> None:
    text = (
        "Protokoll\n\nNärvarande: Dora Falk, Lindesberg\n\n"
        f"{first}\n\nOrdföranden öppnade sammanträdet.\n\n{second}\n\nDirektionen godkände budgeten.\n"
    )
    m = _parse(text)
    assert _titles(m) == ["Öppnande", "Budget"]
    assert m.items[0].number == "31"


def test_paragraph_reference_in_an_entry_is_no_heading() -> None:
    text = (
        "Protokoll\n\nNärvarande:\nDora Falk, Lindesberg, 31 §\n\n"
        "31 § Öppnande\n\nSammanträdet öppnades.\n\n32 § Budget\n\nBudgeten godkändes.\n"
    )
    assert _titles(_parse(text)) == ["Öppnande", "Budget"]


# ---- 4. an absence note after the last item


@pytest.mark.parametrize(
    "note",
    [
        "Anmält förhinder: Rut Ljung, Hallsbergs kommun; Olle Sten, Laxå kommun",
        "*Anmält förhinder: Rut Ljung, Hallsbergs kommun, och Olle Sten, Laxå kommun.*",
        "Förhinder: Rut Ljung (Hallsberg) och Olle Sten (Laxå)",
    ],
)
def test_absence_note_after_the_last_item(note: str) -> None:
    text = (
        "Protokoll\n\nNärvarande: Dora Falk, Lindesberg, Elis Grön, Nora\n\n"
        "1. Öppnande\n\nMötet öppnades.\n\n2. Avslut\n\nOrdföranden avslutade mötet.\n\n"
        f"{note}\n\nProtokollet förvaras hos kansliet.\n"
    )
    m = _parse(text)
    assert _names(m.absent) == ["Rut Ljung", "Olle Sten"]
    last = m.items[-1]
    assert "Ljung" not in text[last.span.start : last.span.end]
    assert _titles(m) == ["Öppnande", "Avslut"]


# ---- 5. a numbered attendance cue is no item


def test_numbered_attendance_cue_of_a_report() -> None:
    text = (
        "Minnesanteckningar\n\nMötesledare: Dora Falk\n\n"
        "Punkt 1: Inledning\n\nMötet öppnades.\n\n"
        "Punkt 2: Avslut\n\nNästa möte hålls den 4 april 2033.\n\n"
        "Närvarorapport\n\n1. Sammanfattning\nMötesrubrik\tMiljöchefer\nStarttid\t2033-02-10 09:01:10\n\n"
        "2. Deltagare\nDora Falk\nElis Grön\n"
    )
    m = _parse(text)
    assert _titles(m) == ["Inledning", "Avslut"]
    last = m.items[-1]
    assert "Starttid" not in text[last.span.start : last.span.end]


@pytest.mark.parametrize("cue", ["3. Närvarande", "3. Deltagare", "3) Frånvarande"])
def test_numbered_cue_line_is_attendance(cue: str) -> None:
    line = classify(normalise(f"{cue}\n").lines())[0]
    assert line.kind is Kind.ATTENDANCE


def test_numbered_item_that_only_mentions_attendance_stays_an_item() -> None:
    line = classify(normalise("3. Deltagare i referensgruppen\n").lines())[0]
    assert line.kind is Kind.ITEM


# ---- 6. grid-table borders


@pytest.mark.parametrize("border", ["+------+---------+", "+======+=========+", "+:-----+:-------:+"])
def test_grid_table_border_is_a_rule(border: str) -> None:
    lines = classify(normalise(f"| Ordförande | Dora Falk |\n{border}\n").lines())
    assert lines[1].kind is Kind.BLANK


def test_numbered_cue_inside_a_running_agenda_stays_its_item() -> None:
    text = (
        "Protokoll\n\n1. Öppnande\n\nMötet öppnades.\n\n2. Närvarande\n\nDora Falk, Lindesberg\n\n"
        "3. Budget\n\nBudgeten godkändes.\n"
    )
    assert [i.number for i in _parse(text).items] == ["1", "2", "3"]


@pytest.mark.parametrize(("one", "two"), [("1.", "2."), ("§ 7", "§ 8"), ("7 §", "8 §"), ("**1**", "**2**")])
def test_agenda_table_row_numbers(one: str, two: str) -> None:
    text = (
        "Anteckningar\n\nNärvarande: Dora Falk, Lindesberg\n\n| Nr | Ärende | Anteckningar |\n|---|---|---|\n"
        f"| {one} | Inledning | Mötet öppnades. |\n| {two} | Avlopp | Läget redovisades. |\n"
    )
    m = _parse(text)
    assert _titles(m) == ["Inledning", "Avlopp"]
    assert m.items[0].number == one.strip("*.§ ")


@pytest.mark.parametrize(
    "top",
    [
        "**Styrelsemöte i vattenrådet**\n\n",
        "# Tysslingens vattenråd\n\n## Rådsmöte 3 mars\n\n",
    ],
)
def test_heading_over_date_and_place_above_the_roll_call_is_no_item(top: str) -> None:
    m = _parse(top + "Hallsbergs bibliotek, rum Tolv\n\n" + _ROLL_AND_SECTIONS)
    assert _titles(m) == ["Mötets öppnande", "Budget 2034", "Nästa möte"]


def test_opening_section_above_the_roll_call_stays_an_item() -> None:
    text = (
        "## Inledning\n\nOrdföranden hälsade alla välkomna.\n\n**Närvarande**\n\n- Siv Alm, Kumla\n\n"
        "## Budget\n\nBudgeten godkändes av rådet.\n\n## Avslut\n\nMötet avslutades av ordföranden.\n"
    )
    assert _titles(_parse(text)) == ["Inledning", "Budget", "Avslut"]
