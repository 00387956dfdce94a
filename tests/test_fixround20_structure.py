"""Fix round 20 (structure): a protocol title wrapped under itself beside a right-aligned case number,
and running heads taller than three lines or with the page number in the foot.

Texts are written for these tests (invented people, other bodies than the blind sets')."""

from __future__ import annotations

import pytest

from govkg.extract import extract_mentions
from govkg.model import Document, Minutes
from govkg.parse import parse_minutes
from govkg.parse.page_heads import running_heads
from govkg.parse.title_wraps import join_title_text


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


_GAP = " " * 12


def _protocol(first: str, wrap: str, wrap_indent: int = 9, blank_after: bool = True) -> str:
    after = "\n" if blank_after else ""
    return (
        "PROTOKOLL\nVattenförbundet Ymsen, styrelsen\nSammanträdesdatum 2031-05-12\n\n"
        "Beslutande           Greta Ljung (S), ordförande\n\n"
        "§ 11     Val av justerare\n\nStyrelsen utser Nils Ahl att justera.\n\n"
        f"§ 12     {first}{_GAP}Dnr YV 2031-0042\n"
        f"{' ' * wrap_indent}{wrap}\n{after}"
        "Styrelsen beslutar att godkänna underlaget.\n\n"
        "§ 13     Övriga frågor               Dnr YV 2031-0050\n\nInga övriga frågor.\n"
    )


# ---- 1. a title wrapped onto an indented line under itself


@pytest.mark.parametrize(
    ("first", "wrap", "title"),
    [
        (
            "Yttrande över förslag till regional",
            "avfallsplan för Ymsedalen",
            "Yttrande över förslag till regional avfallsplan för Ymsedalen",
        ),
        ("Upphandling av ny slamavvattnings-", "anläggning", "Upphandling av ny slamavvattningsanläggning"),
        # a hyphen before "och" is a shortened compound and stays
        ("Plan för dricksvatten-", "och avloppsförsörjning", "Plan för dricksvatten- och avloppsförsörjning"),
    ],
)
def test_a_wrapped_title_beside_a_case_number_is_joined(first: str, wrap: str, title: str) -> None:
    text = _protocol(first, wrap)
    m = _parse(text)
    assert _titles(m) == ["Val av justerare", title, "Övriga frågor"]
    item = m.items[1]
    # the title's span covers both pieces: the heading line's title and its wrapped line
    span = item.title.span
    assert text[span.start : span.end].startswith(first)
    assert text[span.start : span.end].rstrip().endswith(wrap)
    # the wrapped piece is no paragraph of the body
    assert all(wrap not in b.text.text for b in item.blocks)


@pytest.mark.parametrize(
    ("wrap", "indent", "blank_after"),
    [
        ("Styrelsen diskuterade underlaget.", 9, True),  # a sentence, not a title's rest
        ("avfallsplan för Ymsedalen", 0, True),  # at the left margin: the body's first line
        ("avfallsplan för Ymsedalen", 20, True),  # not under the title's column
        ("avfallsplan för Ymsedalen", 9, False),  # a paragraph runs on below it
    ],
)
def test_an_indented_line_that_is_no_wrap_stays_in_the_body(
    wrap: str, indent: int, blank_after: bool
) -> None:
    m = _parse(_protocol("Yttrande över förslag till regional", wrap, indent, blank_after))
    assert m.items[1].title.text == "Yttrande över förslag till regional"


def test_a_title_with_no_cut_does_not_take_the_line_below() -> None:
    text = (
        "PROTOKOLL\nVattenförbundet Ymsen, styrelsen\n\n"
        "§ 11     Val av justerare\n\nStyrelsen utser Nils Ahl att justera.\n\n"
        "§ 12     Budget 2032\n         arbetet med budgeten\n\nInga synpunkter.\n"
    )
    assert _titles(_parse(text))[1] == "Budget 2032"


@pytest.mark.parametrize(
    ("title", "more", "joined"),
    [
        (
            "Projekt Nordled – genomförande-",
            "beslut för etapp 3",
            "Projekt Nordled – genomförandebeslut för etapp 3",
        ),
        ("Kultur-", "och fritidsplan", "Kultur- och fritidsplan"),
        ("Information om", "regional plan", "Information om regional plan"),
        ("Avtal med AB-", "Lindö", "Avtal med AB- Lindö"),  # a capital after the break: no word was cut
    ],
)
def test_join_title_text(title: str, more: str, joined: str) -> None:
    assert join_title_text(title, more) == joined


# ---- 2. running heads taller than three lines


def _tall_head(page: int, pages: int) -> str:
    return (
        f"                                   PROTOKOLL                 {page} ({pages})\n"
        "Räddningsförbundet Östvik\n"
        "Direktionen                         Sammanträdesdatum\n"
        "                                    2031-09-18\n"
        "                                    Sida\n\n"
    )


def _tall_protocol() -> str:
    return (
        _tall_head(1, 3)
        + "Beslutande           Greta Ljung (S), ordförande\n"
        + "                     Nils Ahl (M)\n\n"
        + "§ 4     Val av justerare\n\nDirektionen utser Nils Ahl att justera.\n\n"
        + "§ 5     Budgetuppföljning\n\nEkonomichefen redovisade utfallet. Prognosen\n"
        + "\f"
        + _tall_head(2, 3)
        + "visar ett nollresultat. Uppföljningen redovisas igen den 14 november 2031.\n\n"
        + "§ 6     Taxor\n\nDirektionen beslutar att anta taxan.\n"
        + "\f"
        + _tall_head(3, 3)
        + "§ 7     Övriga frågor\n\nInga övriga frågor.\n"
    )


def test_every_line_of_a_tall_running_head_is_furniture() -> None:
    text = _tall_protocol()
    heads = {" ".join(text[s.start : s.end].split()) for s in running_heads(text)}
    assert {"Räddningsförbundet Östvik", "2031-09-18", "Sida", "Direktionen Sammanträdesdatum"} <= heads


def test_a_tall_running_head_dates_no_item() -> None:
    m = extract_mentions(_parse(_tall_protocol()))
    budget = m.items[1]
    assert budget.title.text == "Budgetuppföljning"
    surfaces = [d.surface.text for d in budget.dates_mentioned]
    assert not any("2031-09-18" in s for s in surfaces)
    assert any("14 november" in s for s in surfaces)


def test_pages_that_each_open_with_a_new_paragraph_are_no_head() -> None:
    # every page opens with its own § after the head: digits masked, they look alike, but differ
    text = _tall_protocol().replace("visar ett nollresultat", "§ 9     Visar ett nollresultat")
    heads = {" ".join(text[s.start : s.end].split()) for s in running_heads(text)}
    assert not any(h.startswith("§") for h in heads)


# ---- 2b. a two-page memo with the page number in its foot


def _memo(second_head: str) -> str:
    return (
        "Regionförbundet Vänerkust                                MINNESANTECKNINGAR\n"
        "Planeringsavdelningen                                    2031-03-04\n\n"
        "Deltagare\nGreta Ljung, Åmåls kommun\nNils Ahl, Säffle kommun\n\n"
        "1. Mötets öppnande\nGreta öppnade mötet.\n\n"
        "2. Regional plan\nNils informerade om planen.\n\n"
        "Regionförbundet Vänerkust                                              1 (2)\n"
        "\f"
        f"{second_head}"
        "Samrådet pågår till den 30 april.\n\n"
        "Vid anteckningarna\nNils Ahl\n\n"
        "Regionförbundet Vänerkust                                              2 (2)\n"
    )


def test_page_two_head_of_header_cells_is_furniture_when_the_foot_numbers_the_pages() -> None:
    second = (
        "Regionförbundet Vänerkust                                MINNESANTECKNINGAR\n"
        "                                                         2031-03-04\n\n"
    )
    text = _memo(second)
    heads = [" ".join(text[s.start : s.end].split()) for s in running_heads(text)]
    assert "2031-03-04" in heads
    assert "Regionförbundet Vänerkust 2 (2)" in heads
    m = extract_mentions(_parse(text))
    surfaces = [d.surface.text for d in m.items[-1].dates_mentioned]
    assert not any("2031-03-04" in s for s in surfaces)
    assert any("30 april" in s for s in surfaces)


def test_page_two_text_that_is_no_header_cell_stays() -> None:
    text = _memo("")  # page 2 opens with the item's own text
    heads = [" ".join(text[s.start : s.end].split()) for s in running_heads(text)]
    assert not any("Samrådet" in h for h in heads)
