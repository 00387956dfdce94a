"""Fix round 18 (document structure): a "§ n" heading right under a page-number line is content, and a
two-page pdftotext document's address footer and page-2 header cells are page furniture.

Texts are written for these tests (invented people, other bodies than the blind sets')."""

from __future__ import annotations

import pytest

from govkg.model import Document, Minutes
from govkg.normalise import normalise
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


def _page_head(page: int, pages: int, heading_line: str) -> str:
    return f"PROTOKOLL\nDirektionen\nSammanträdesdatum 2031-09-11\nSida {page}({pages})\n{heading_line}"


# ---- 1. "§ n" right under the page number is the page's first item, not a running head


def _protocol(section: str) -> str:
    """A pdftotext protocol: each page head ends in "Sida N(4)", and a new § starts each page."""
    pages = [[30], [31, 32], [33, 34], [35]]
    body = ""
    for page, numbers in enumerate(pages, start=1):
        body += "PROTOKOLL\nDirektionen\nSammanträdesdatum 2031-09-11\n" + f"Sida {page}(4)\n"
        if page == 1:
            body += "\nNärvarande\nOlle Frid (C), Hjo kommun\nMaj Ek (S), Tibro kommun\n\n"
        for n in numbers:
            body += f"{section.format(n)}\nÄrende nummer {n}\nDnr RF 2031/{n}\n"
            body += "Direktionen beslutar att lägga rapporten till handlingarna.\n\n"
    return body


@pytest.mark.parametrize("section", ["§ {}", "§{}"])
def test_a_section_under_the_page_number_is_an_item(section: str) -> None:
    text = _protocol(section)
    norm = normalise(text)
    kept = [line.text.strip() for line in norm.lines()]
    for n in (31, 33, 35):
        assert section.format(n) in kept
    assert "Sammanträdesdatum 2031-09-11" not in kept  # the running head itself still goes
    assert _titles(_parse(text)) == [f"Ärende nummer {n}" for n in range(30, 36)]


def test_the_diary_line_under_a_page_top_section_is_kept() -> None:
    kept = [line.text.strip() for line in normalise(_protocol("§ {}")).lines()]
    assert {"Dnr RF 2031/31", "Dnr RF 2031/33", "Dnr RF 2031/35"} <= set(kept)


@pytest.mark.parametrize("first", ["4. Budgetuppföljning", "7. Remiss om taxor"])
def test_numbered_items_under_page_numbers_differ_and_stay(first: str) -> None:
    pages = ["3. Ekonomi", first, "9. Nästa möte"]
    text = "Styrgruppen Vättern\n2031-05-02\nSida 1 av 4\n1. Inledning\nText om mötet.\n\n"
    for page, heading in enumerate(pages, start=2):
        text += (
            f"Styrgruppen Vättern\n2031-05-02\nSida {page} av 4\n{heading}\nGruppen diskuterade frågan.\n\n"
        )
    kept = [line.text.strip() for line in normalise(text).lines()]
    assert all(h in kept for h in pages)
    assert kept.count("Styrgruppen Vättern") == 0


def test_one_running_head_with_one_number_still_goes() -> None:
    text = ""
    for page in (1, 2, 3):
        text += f"Avtal 12 gäller\nSida {page} av 3\nStycke {page} om något.\nMer text här.\n\n"
    kept = [line.text.strip() for line in normalise(text).lines()]
    assert "Avtal 12 gäller" not in kept


# ---- 2. two-page pdftotext: the address footer and the page-2 header cells are furniture

_FOOT = "Förbundet Östra Mälaren\nBox 12, 611 22 Nyköping\nTel: 0155-12 34 56\nwww.ostramalaren.se\n"


def _two_pages(head2: str) -> str:
    return (
        "MINNESANTECKNINGAR\nDatum\n\n2031-04-09\n\nSida\n\n1(2)\n\nNätverket för miljöchefer\n"
        "1. Inledning\nOrdföranden hälsade välkommen.\n\n"
        + _FOOT
        + "\f"
        + head2
        + "Gruppen beslutade att Flens kommun samordnar nästa träff.\n\n"
        + "2. Nästa möte\nNästa möte hålls i Oxelösund.\n\n"
        + _FOOT
        + "\f"
    )


@pytest.mark.parametrize(
    "head2", ["MINNESANTECKNINGAR\nDatum\n\n2031-04-09\n\nSida\n\n2(2)\n\n", "Sida\n2(2)\n\n"]
)
def test_two_page_furniture_is_found(head2: str) -> None:
    text = _two_pages(head2)
    cut = {text[s.start : s.end] for s in running_heads(text)}
    assert {"Box 12, 611 22 Nyköping", "www.ostramalaren.se", "2(2)", "Sida"} <= cut
    assert not any("Gruppen beslutade" in c or "Nästa möte" in c for c in cut)
    assert "1. Inledning" not in cut and "Ordföranden hälsade välkommen." not in cut


def test_two_pages_without_a_shared_foot_or_page_cell_keep_their_text() -> None:
    text = "Rådet\nDatum 2031-04-09\nPunkt ett.\nSlut ett.\n\fDatum 2031-04-09\nPunkt två.\nSlut två.\n"
    assert running_heads(text) == []


def test_two_page_furniture_is_not_item_text() -> None:
    text = _two_pages("MINNESANTECKNINGAR\nDatum\n\n2031-04-09\n\nSida\n\n2(2)\n\n")
    m = _parse(text)
    cut = m.no_content
    for s in cut:
        assert text[s.start : s.end].strip()  # offsets point at the source text
    where = text.index("Box 12", text.index("\f"))
    assert any(s.start <= where < s.end for s in cut)
