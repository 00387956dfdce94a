"""Fix round 24 (structure): page furniture in PDF text without form feeds, and a -layout § heading
whose title wraps to the margin under a right-column case number.

Texts are written for these tests (invented people, other bodies than the blind sets')."""

from __future__ import annotations

import pytest

from govkg.model import Document, Minutes
from govkg.parse import parse_minutes
from govkg.parse.page_heads import running_heads


def _doc(text: str, name: str = "t.txt") -> Document:
    return Document(
        path=name, name="t", filename=name, text=text, sha256="", media_type="text/plain", encoding="utf-8"
    )


def _parse(text: str) -> Minutes:
    return parse_minutes(_doc(text))


def _furniture(text: str) -> list[str]:
    return [text[s.start : s.end].strip() for s in running_heads(text)]


def _page(n: int, body: str) -> str:
    return body + f"\n\nRegion Norrfors {n} (3)\n\nSamverkansgrupp för äldrefrågor 2031-09-02\n\n"


FOOTED = (
    "MINNESANTECKNINGAR\nSamverkansgrupp för äldrefrågor\nDatum: 2031-09-02\n\n"
    + _page(1, "1. Inledning\nOrdföranden Rut Kvist hälsade välkommen.")
    + _page(2, "2. Hemtjänst\nBo Ek redogjorde för läget i kommunerna.")
    + "3. Övrigt\nInga övriga frågor.\n\nRegion Norrfors 3 (3)\n"
)

HEAD_CELLS = "".join(
    f"VÄSTRA DALENS\nBRANDFÖRBUND\n\nPROTOKOLL\nSammanträdesdatum\n2031-10-10\n\nSida\n{n}(4)\n\n"
    f"Styrelsen\n\n§ {n} {title}\n{body}\n\nJusterandes sign\n\n"
    for n, title, body in (
        (1, "Val av justerare", "Lisa Berg valdes."),
        (2, "Budget", "Text om budgeten."),
        (3, "Övrigt", "Inget att ta upp."),
    )
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a foot with the body's name and a counter after one space ends each page
        (
            FOOTED,
            {"Region Norrfors 1 (3)", "Region Norrfors 3 (3)", "Samverkansgrupp för äldrefrågor 2031-09-02"},
        ),
        # lone counters that are head cells: the block above each counter begins the page
        (HEAD_CELLS, {"BRANDFÖRBUND", "Sida", "2(4)", "Sammanträdesdatum", "Justerandes sign"}),
    ],
)
def test_pages_without_form_feeds_are_found_by_their_counters(text: str, expected: set[str]) -> None:
    assert expected <= set(_furniture(text))


def test_content_lines_are_not_furniture() -> None:
    found = set(_furniture(FOOTED)) | set(_furniture(HEAD_CELLS))
    assert not {"Bo Ek redogjorde för läget i kommunerna.", "Text om budgeten."} & found


def test_counters_that_do_not_count_cut_nothing() -> None:
    text = "Rapport 2 (5)\nText.\nRapport 4 (5)\nMer text.\n"
    assert _furniture(text) == []


def test_a_combined_page_two_head_of_header_cells_is_furniture() -> None:
    pad = " " * 50
    text = (
        f"{pad}PROMEMORIA\n{pad}Datum\nRegion Norrfors{pad}2031-04-01\n\n1. Inledning\nRut Kvist öppnade.\n\n"
        f"{pad}1 (2)\nRegion Norrfors, Box 1, 900 00 Norrfors\n\f"
        f"PROMEMORIA{pad}2031-04-01\n\n2. Budget\nBo Ek redogjorde.\n\n"
        f"{pad}2 (2)\nRegion Norrfors, Box 1, 900 00 Norrfors\n"
    )
    assert "PROMEMORIA" + pad + "2031-04-01" in _furniture(text)


def test_a_layout_heading_wrapped_to_the_margin_beside_a_case_number_keeps_its_title() -> None:
    pad = " " * 5
    text = (
        "Västra dalens brandförbund\nPROTOKOLL\n\n"
        f"§ 7 Yttrande över förslag om gemensam plan för räddning och{pad}Dnr VDB 2031/0042\n"
        "krisberedskap inom förbundet\n\nÄrendebeskrivning\nFörbundet har fått en remiss.\n\n"
        f"§ 8 Delårsrapport{pad}{pad}Dnr VDB 2031/0050\n\nÄrendebeskrivning\nRapporten visar ett överskott.\n"
    )
    titles = [i.title.text for i in _parse(text).items]
    assert titles[0].endswith("krisberedskap inom förbundet")
    assert titles[1].startswith("Delårsrapport")
