"""Fix round 16 (items and document structure): plain topic headings, a trailing checklist, closing
lines of an e-mail, and margin headings from PDF whose title runs into the text column.

Texts are written for these tests (invented people, other bodies than the blind sets')."""

from __future__ import annotations

import pytest

from govkg.model import Document, Minutes
from govkg.normalise import normalise
from govkg.parse import parse_minutes
from govkg.parse.margin_items import split_margin_items


def _doc(text: str, name: str = "t.txt") -> Document:
    return Document(
        path=name,
        name="t",
        filename=name,
        text=text,
        sha256="",
        media_type="text/plain",
        encoding="utf-8",
    )


def _parse(text: str) -> Minutes:
    return parse_minutes(_doc(text))


def _titles(m: Minutes) -> list[str]:
    return [i.title.text for i in m.items]


def _item_text(text: str, m: Minutes, k: int) -> str:
    span = m.items[k].span
    return text[span.start : span.end]


# ---- 1. plain topic headings: short capitalised lines over a paragraph or bullets

_ROLL = (
    "Skogsrådet i Norra Dalarna – träff 4\n"
    "den 2 oktober 2031\n\n"
    "Närvarande: Hedda Lindqvist, Orsa, Gustav Ahl, Älvdalen, Tyra Mörk, Mora\n\n"
)
_PARAGRAPH_TOPICS = (
    "Inledning och förra träffen\n"
    "Hedda hälsade välkommen och gick igenom dagordningen, som godkändes.\n\n"
    "Skogsbränder sommaren 2031\n"
    "Gustav Ahl berättade om insatserna i Älvdalen under juli.\n"
    "Rådet beslutade att ta fram en gemensam rutin för larm.\n\n"
    "(Fika 10.00–10.20)\n\n"
    "Viltvårdsfrågor\n"
    "Tyra Mörk redovisade älgstammens utveckling i länet.\n\n"
    "Nästa träff\n"
    "Nästa träff hålls den 4 december 2031 i Orsa.\n"
)
_BULLET_TOPICS = (
    "Inledning och förra träffen\n"
    "  • Hedda hälsade välkommen och gick igenom dagordningen, som godkändes.\n\n"
    "Skogsbränder sommaren 2031\n"
    "  • Gustav Ahl berättade om insatserna i Älvdalen under juli och\n"
    "    om samarbetet med räddningstjänsten.\n"
    "  • Rådet beslutade att ta fram en gemensam rutin för larm.\n\n"
    "Viltvårdsfrågor\n"
    "  • Tyra Mörk redovisade älgstammens utveckling i länet.\n\n"
    "Nästa träff\n"
    "  • Nästa träff hålls den 4 december 2031 i Orsa.\n"
)
_TOPICS = ["Inledning och förra träffen", "Skogsbränder sommaren 2031", "Viltvårdsfrågor", "Nästa träff"]


@pytest.mark.parametrize("body", [_PARAGRAPH_TOPICS, _BULLET_TOPICS], ids=["paragraphs", "bullets"])
def test_plain_topic_lines_after_the_roll_call_are_the_items(body: str) -> None:
    text = _ROLL + body
    m = _parse(text)
    assert _titles(m) == _TOPICS
    assert [i.number for i in m.items] == ["1", "2", "3", "4"]
    for item in m.items:
        assert text[item.title.span.start : item.title.span.end] == item.title.text


def test_a_bracketed_break_is_no_item() -> None:
    m = _parse(_ROLL + _PARAGRAPH_TOPICS)
    assert not any(t.startswith("(") for t in _titles(m))


@pytest.mark.parametrize(
    "body",
    [
        # two topic lines are too few to be the agenda
        "Skogsbränder\nGustav Ahl berättade om insatserna i Älvdalen under juli.\n\n"
        "Viltvård\nTyra Mörk redovisade älgstammens utveckling i länet.\n",
        # labels, questions and sentences are no headings
        "Kort runda:\nGustav Ahl berättade om insatserna i Älvdalen under juli.\n\n"
        "Hur går vi vidare?\nTyra Mörk redovisade älgstammens utveckling i länet.\n\n"
        "Rådet var nöjt med dagen.\nHedda Lindqvist tackade alla för en bra träff i dag.\n",
    ],
    ids=["two-topics", "labels-and-sentences"],
)
def test_no_plain_headings_without_three_topic_lines(body: str) -> None:
    assert _titles(_parse(_ROLL + body)) == []


def test_a_signature_under_the_text_is_no_heading() -> None:
    text = (
        _ROLL
        + _PARAGRAPH_TOPICS
        + "\nHälsningar\n\nHedda Lindqvist\nSamordnare för skogsrådet i Norra Dalarna\n"
    )
    m = _parse(text)
    assert _titles(m) == _TOPICS
    assert "Samordnare" not in _item_text(text, m, 3)


def test_numbered_items_keep_their_numbers_over_plain_lines() -> None:
    text = _ROLL + (
        "1. Inledning\nHedda hälsade välkommen och gick igenom dagordningen.\n\n"
        "2. Skogsbränder\nGustav Ahl berättade om insatserna i Älvdalen.\n\n"
        "Viltvårdsfrågor i länet\nTyra Mörk redovisade älgstammens utveckling i länet.\n\n"
        "Rapporter från kommunerna\nOrsa och Mora har nya skogsplaner på gång i år.\n\n"
        "3. Nästa träff\nNästa träff hålls den 4 december 2031 i Orsa.\n"
    )
    assert _titles(_parse(text)) == ["Inledning", "Skogsbränder", "Nästa träff"]


# ---- 2. a trailing checklist is an action list; "Välkomna!" ends an e-mail's last item


@pytest.mark.parametrize("heading", ["Uppföljningsuppgifter", "Uppföljning", "Att göra"])
@pytest.mark.parametrize("box", ["☐ ", "- [ ] "])
def test_a_trailing_checklist_is_no_agenda_and_no_part_of_the_last_item(heading: str, box: str) -> None:
    checklist = (
        f"\n{heading}\n"
        f"  {box}Gustav Ahl: Skicka rutinen för larm till alla kommuner.\n"
        f"  {box}Tyra Mörk: Ta fram älgstatistiken till nästa träff.\n"
        f"  {box}Hedda Lindqvist: Boka lokal i Orsa.\n"
    )
    text = _ROLL + _BULLET_TOPICS + checklist
    m = _parse(text)
    assert _titles(m) == _TOPICS
    assert heading not in _item_text(text, m, 3)


def test_a_checklist_alone_is_no_agenda() -> None:
    text = _ROLL + (
        "Rådet gick igenom läget i kommunerna.\n\n"
        "☐ Gustav Ahl: Skicka rutinen för larm.\n"
        "☐ Tyra Mörk: Ta fram älgstatistiken.\n"
        "☐ Hedda Lindqvist: Boka lokal i Orsa.\n"
    )
    assert _titles(_parse(text)) == []


@pytest.mark.parametrize("closing", ["Välkomna!", "Varmt välkomna!", "Hälsningar"])
def test_an_invitations_closing_line_ends_the_last_item(closing: str) -> None:
    text = (
        "Närvarande: Hedda Lindqvist, Orsa, Gustav Ahl, Älvdalen\n\n"
        "1. Inledning\nHedda hälsade välkommen.\n\n"
        "2. Nästa träff\nNästa träff hålls den 4 december 2031 i Orsa.\n\n"
        f"{closing}\nTyra Mörk\nSkogsrådets sekreterare\n"
    )
    m = _parse(text)
    assert "Tyra Mörk" not in _item_text(text, m, 1)


# ---- 3. margin headings: the title ends at the column gap, its wraps join it in the margin

_MARGIN = (
    "Närvarande           Hedda Lindqvist, Orsa\n"
    "                     Gustav Ahl, Älvdalen\n\n"
    "1. Inledning         Hedda Lindqvist öppnade mötet och hälsade\n"
    "                     alla välkomna.\n\n"
    "2. Skogsbränder      Gustav Ahl berättade om insatserna under\n"
    "sommaren 2031        juli. Rådet beslutade att ta fram en rutin.\n\n"
    "3. Viltvård och      Tyra Mörk redovisade älgstammen.\n"
    "jaktfrågor i         Nästa träff hålls den 4 december 2031.\n"
    "länet\n"
)
_TABLE_ROWS = (
    "Närvarande: Hedda Lindqvist, Orsa, Gustav Ahl, Älvdalen\n\n"
    "Nr   Punkt                Anteckningar\n\n"
    "1.   Inledning            Ordföranden Hedda Lindqvist öppnade mötet och\n"
    "                          hälsade alla välkomna.\n\n"
    "2.   Skogsbränder         Gustav Ahl berättade om insatserna i juli.\n"
    "                          Rådet beslutade att ta fram en rutin.\n\n"
    "3.   Nästa träff          Nästa träff hålls den 4 december 2031.\n"
    "                          Platsen meddelas senare.\n"
)


def test_a_margin_heading_ends_at_the_gap_and_joins_its_wrapped_lines() -> None:
    m = _parse(_MARGIN)
    assert _titles(m) == ["Inledning", "Skogsbränder sommaren 2031", "Viltvård och jaktfrågor i länet"]
    first, second = m.items[0], m.items[1]
    assert first.blocks[0].text.text.startswith("Hedda Lindqvist öppnade mötet")
    assert second.blocks[0].text.text.startswith("Gustav Ahl berättade om insatserna under juli.")
    for item in m.items:  # the span runs from the title's first word to its last
        span = item.title.span
        words = _MARGIN[span.start : span.end].split()
        assert words[0] == item.title.text.split()[0] and words[-1] == item.title.text.split()[-1]


def test_table_rows_from_pdf_end_their_title_at_the_gap() -> None:
    m = _parse(_TABLE_ROWS)
    assert _titles(m) == ["Inledning", "Skogsbränder", "Nästa träff"]
    assert m.items[1].blocks[0].text.text.startswith("Gustav Ahl berättade")
    for item in m.items:
        assert _TABLE_ROWS[item.title.span.start : item.title.span.end] == item.title.text


def test_a_heading_with_a_gap_but_no_column_below_keeps_its_line() -> None:
    text = (
        "Närvarande: Hedda Lindqvist, Orsa, Gustav Ahl, Älvdalen\n\n"
        "1. Inledning   (kort)\nHedda hälsade välkommen.\n\n"
        "2. Skogsbränder   och viltvård\nGustav Ahl berättade om insatserna.\n"
    )
    assert _titles(_parse(text)) == ["Inledning (kort)", "Skogsbränder och viltvård"]


def test_a_numbered_roll_call_in_columns_is_no_margin_agenda() -> None:
    text = (
        "Närvarande\n"
        "1. Hedda Lindqvist      Orsa kommun\n"
        "2. Gustav Ahl           Älvdalens kommun\n"
        "3. Tyra Mörk            Mora kommun\n"
    )
    lines = normalise(text).lines()
    assert split_margin_items(lines) == (lines, set())


def test_paragraph_signs_in_the_margin_end_their_title_at_the_gap() -> None:
    text = (
        "Närvarande: Hedda Lindqvist, Orsa, Gustav Ahl, Älvdalen\n\n"
        "§ 12  Inledning        Hedda Lindqvist öppnade mötet och\n"
        "                       hälsade alla välkomna.\n\n"
        "§ 13  Skogsbränder     Gustav Ahl berättade om insatserna.\n"
        "och viltvård           Rådet beslutade att ta fram en rutin.\n"
    )
    m = _parse(text)
    assert _titles(m) == ["Inledning", "Skogsbränder och viltvård"]
    assert m.items[1].blocks[0].text.text == (
        "Gustav Ahl berättade om insatserna. Rådet beslutade att ta fram en rutin."
    )
