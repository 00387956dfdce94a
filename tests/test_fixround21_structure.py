"""Fix round 21 (structure): a two-page memo whose foot sets the page number on a line of its own, so
that page 2's head (the header cells repeated, the date alone on a line) is furniture, also in text
without form feeds; and the edges of the running-head reading (one page, no page numbers, a page 2 that
opens with its own text).

Texts are written for these tests (invented people, other bodies than the blind sets')."""

from __future__ import annotations

import pytest

from govkg.extract import extract_mentions
from govkg.model import Document, Minutes
from govkg.parse import parse_minutes
from govkg.parse.page_heads import running_heads


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


def _heads(text: str) -> list[str]:
    return [" ".join(text[s.start : s.end].split()) for s in running_heads(text)]


_HEADER = "Region Norrvik\nMINNESANTECKNINGAR\nDatum\n2031-10-07\nDiarienummer\nRN 2031/552\n\n"
_SECOND_HEAD = "Region Norrvik\nMINNESANTECKNINGAR\n2031-10-07\n\n"


def _memo(
    foot_one: str = "1(2)",
    foot_two: str = "2(2)",
    second_head: str = _SECOND_HEAD,
    page_break: str = "\f",
) -> str:
    """A two-page memo from a region's template: the foot is the unit's line over the page number."""
    return (
        _HEADER
        + "Samverkansgrupp för folkhälsa\n\n"
        + "Närvarande\nIda Falk, Region Norrvik, ordförande\nOla Brandt, Storviks kommun\n\n"
        + "1. Mötets öppnande\nIda öppnade mötet.\n\n"
        + "2. Handlingsplan\nOla redovisade arbetet med handlingsplanen. Remissen\n\n"
        + f"Region Norrvik · Folkhälsoenheten\n{foot_one}\n"
        + page_break
        + second_head
        + "skickas ut i november. Gruppen ses nästa gång den 12 december 2031.\n\n"
        + "Vid anteckningarna\nOla Brandt\n\n"
        + f"Region Norrvik · Folkhälsoenheten\n{foot_two}\n"
    )


def _dates_of_last_item(text: str) -> list[str]:
    m = extract_mentions(_parse(text))
    assert [i.title.text for i in m.items] == ["Mötets öppnande", "Handlingsplan"]
    return [d.surface.text for d in m.items[-1].dates_mentioned]


# ---- 1. the foot's own page-number line numbers the pages


@pytest.mark.parametrize(
    ("foot_one", "foot_two", "page_break"),
    [
        ("1(2)", "2(2)", "\f"),
        ("1 (2)", "2 (2)", "\f"),
        ("Sida 1 av 2", "Sida 2 av 2", "\f"),
        # PDF text copied out without form feeds: the page-number lines mark the break
        ("1(2)", "2(2)", ""),
        ("Sida 1 av 2", "Sida 2 av 2", ""),
    ],
)
def test_page_two_head_is_furniture_when_the_foot_numbers_the_pages_on_a_line_of_its_own(
    foot_one: str, foot_two: str, page_break: str
) -> None:
    text = _memo(foot_one, foot_two, page_break=page_break)
    heads = _heads(text)
    # page 2's head: the header cells repeated, the date alone on its line
    assert heads.count("2031-10-07") == 1
    assert "MINNESANTECKNINGAR" in heads
    assert "Region Norrvik · Folkhälsoenheten" in heads
    dates = _dates_of_last_item(text)
    assert not any("2031-10-07" in d for d in dates)
    assert any("12 december" in d for d in dates)


def test_the_head_on_page_one_stays_header() -> None:
    text = _memo()
    # page 1's own header cells are no running head
    first_page = text[: text.index("\f")]
    assert all(s.start >= first_page.index("Region Norrvik ·") for s in running_heads(text))


# ---- 2. no evidence of a running head: nothing is taken


def test_page_two_that_opens_with_its_own_text_keeps_it() -> None:
    text = _memo(second_head="")
    heads = _heads(text)
    assert not any("skickas" in h or "Vid anteckningarna" in h for h in heads)
    assert any("12 december" in d for d in _dates_of_last_item(text))


def test_page_numbers_that_do_not_count_on_are_no_foot() -> None:
    # the same "1(2)" under both pages: no page sequence, so page 2's opening lines are not dropped
    text = _memo(foot_one="1(2)", foot_two="1(2)", page_break="")
    assert "2031-10-07" not in _heads(text)


@pytest.mark.parametrize("page_break", ["\f", ""])
def test_a_two_page_memo_without_page_numbers_has_no_running_head_on_page_two(page_break: str) -> None:
    text = _memo(foot_one="", foot_two="", page_break=page_break)
    assert "2031-10-07" not in _heads(text)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Anteckningar\n\n1. Öppnande\nMötet öppnades.\n",  # one page, no form feed
        "Anteckningar\n\n1. Öppnande\nMötet öppnades.\n\f",  # a trailing form feed opens no page
        "\fAnteckningar\n1(1)\n",  # one numbered page
        "Anteckningar\n\f\f\n1. Öppnande\n",  # an empty page between two
    ],
)
def test_short_documents_have_no_running_heads(text: str) -> None:
    assert running_heads(text) == []


def test_a_heading_that_recurs_as_a_paragraph_opening_is_no_head() -> None:
    # page 2 opens with a short paragraph that also stands in page 1's header block: with no page number
    # anywhere it is the page's text
    text = (
        "Samverkansrådet Västra dalen\nBudget\n\n1. Budget\nRådet gick igenom budgeten.\n\n"
        "Kansliet\nVästra dalen\n\fBudget\nRådet beslutade att anta budgeten.\n\nKansliet\nVästra dalen\n"
    )
    heads = _heads(text)
    assert "Budget" not in heads
    assert heads.count("Kansliet") == 2  # the two-line foot both pages share is furniture
