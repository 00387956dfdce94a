"""Fix round 19 (parse): a case number with a series of several words beside "§ n" is metadata, and a
two-page running head whose page number stands in the title line's right column is furniture.

Texts are written for these tests (invented people, other bodies than the blind sets')."""

from __future__ import annotations

import pytest

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


def _titles(m: Minutes) -> list[str]:
    return [i.title.text for i in m.items]


def _exact(text: str, m: Minutes) -> None:
    """Every item's title quotes the document exactly where its span points."""
    for item in m.items:
        assert text[item.title.span.start : item.title.span.end] == item.title.text


# ---- 1. "§ n   Dnr <series of up to three words> yyyy/nnn" + the title on the next line


def _protocol(series: str) -> str:
    return (
        "PROTOKOLL\nDirektionen för Mälarvatten\n\n"
        "Plats och tid    Kommunhuset, Sala, 2031-04-02 kl. 9.00–11.00\n\n"
        f"§ 21                                              Dnr {series} 2031/14\n\n"
        "Delårsrapport för första kvartalet\n\n"
        "Direktionen beslutar att godkänna rapporten.\n\n"
        f"§ 22                                              Dnr {series} 2031/27\n\n"
        "Taxa för slamtömning 2032\n\n"
        "Direktionen beslutar att fastställa taxan.\n\n"
        f"§ 23                                              Dnr {series} 2031/30\n\n"
        "Val av revisorer\n\n"
        "Direktionen beslutar att utse två revisorer.\n"
    )


@pytest.mark.parametrize("series", ["MV", "MV NORD", "KS AU", "RÅ MV AU"])
def test_a_multi_word_case_series_is_metadata_and_the_next_line_is_the_title(series: str) -> None:
    text = _protocol(series)
    m = _parse(text)
    assert _titles(m) == [
        "Delårsrapport för första kvartalet",
        "Taxa för slamtömning 2032",
        "Val av revisorer",
    ]
    _exact(text, m)


@pytest.mark.parametrize("series", ["VA NORR", "KS AU"])
def test_a_multi_word_series_beside_the_title_is_cut_from_it(series: str) -> None:
    text = (
        "Protokoll, styrelsen 2031-05-06\n\n"
        f"§ 4  Budget 2032        Dnr {series} 2031/5\n\nStyrelsen godkänner budgeten.\n\n"
        f"§ 5  Ny hemsida        Dnr {series} 2031/8\n\nStyrelsen godkänner förslaget.\n"
    )
    m = _parse(text)
    assert _titles(m) == ["Budget 2032", "Ny hemsida"]
    _exact(text, m)


def test_a_title_in_lower_case_after_the_series_word_is_not_taken_for_a_series() -> None:
    # "Dnr KS om 2031/5" is no case number: the words after the first series word must be upper case
    text = (
        "Protokoll, styrelsen 2031-05-06\n\n"
        "§ 4  Dnr KS om 2031/5\n\nStyrelsen godkänner budgeten.\n\n"
        "§ 5  Ny hemsida\n\nStyrelsen godkänner förslaget.\n"
    )
    assert _titles(_parse(text))[0] == "Dnr KS om 2031/5"


# ---- 2. a two-page running head with the page number on the title line


def _two_pages(first_no: str, second_no: str) -> str:
    return (
        f"ANTECKNINGAR                                      {first_no}\n"
        "Socialförvaltningen                               Datum: 2031-09-12\n\n"
        "Nätverket för socialchefer i Dalarna\n\n"
        "1. Mötets öppnande\nOrdföranden Lars Ek öppnade mötet.\n\n"
        "2. Budget\nEkonomichefen Pia Holm redogjorde för budgeten.\n\f"
        f"ANTECKNINGAR                                      {second_no}\n"
        "Socialförvaltningen                               Datum: 2031-09-12\n\n"
        "3. Nästa möte\nNästa möte hålls den 14 november 2031.\n"
    )


@pytest.mark.parametrize(
    ("first_no", "second_no"), [("1 (2)", "2 (2)"), ("Sida 1 av 2", "Sida 2 av 2"), ("1/2", "2/2")]
)
def test_a_page_number_in_the_title_line_makes_page_twos_head_furniture(
    first_no: str, second_no: str
) -> None:
    text = _two_pages(first_no, second_no)
    spans = running_heads(text)
    page2 = text.index("\f") + 1
    heads = [text[s.start : s.end] for s in spans if s.start >= page2]
    assert heads == [
        f"ANTECKNINGAR                                      {second_no}",
        "Socialförvaltningen                               Datum: 2031-09-12",
    ]
    # page 1's header is the document's own: it stays
    assert all(s.start >= page2 for s in spans)


def test_page_twos_head_does_not_reach_the_last_item() -> None:
    text = _two_pages("1 (2)", "2 (2)")
    m = _parse(text)
    assert _titles(m) == ["Mötets öppnande", "Budget", "Nästa möte"]
    last = " ".join(b.text.text for b in m.items[-1].blocks)
    assert "Datum" not in last and "ANTECKNINGAR" not in last


def test_a_line_of_its_own_text_with_a_number_is_no_running_head() -> None:
    # page 2 opens with a line that is not page 1's opening line: nothing is furniture
    pad = " " * 31
    text = _two_pages("1 (2)", "2 (2)")
    page2 = text.index("\f") + 1
    text = text[:page2] + f"Bilaga till punkt 2{pad}2 (2)\n" + text[text.index("\n\n", page2) :]
    assert running_heads(text) == []
