"""Fix round 11a: roman and lettered agendas, two-line entries, fuller entries, letterhead acronyms."""

from __future__ import annotations

import pytest

from govkg.model import Document, Minutes
from govkg.parse import parse_minutes


def _parse(text: str) -> Minutes:
    doc = Document(
        path="t.txt",
        name="t",
        filename="t.txt",
        text=text,
        sha256="",
        media_type="text/plain",
        encoding="utf-8",
    )
    return parse_minutes(doc)


def _items(m: Minutes) -> list[tuple[str, str]]:
    return [(it.number, it.title.text) for it in m.items]


ROMAN_UNDERLINED = """\
Siljansrådet
Protokoll från styrelsemöte
Mora den 4 maj 2031

NÄRVARANDE
==========

Anna Berg, Mora kommun
Bo Ek, Leksands kommun


I. MÖTETS ÖPPNANDE
==================

Ordföranden öppnade mötet.


II. EKONOMI
===========

Utfallet redovisades och godkändes.


III. TURISM OCH BESÖKSNÄRING
----------------------------

Bo Ek berättade om sommarens satsning.


IV. NÄSTA MÖTE
==============

Nästa möte hålls den 8 juni 2031.
"""


def test_roman_chain_with_underlines_numbers_items_by_position() -> None:
    m = _parse(ROMAN_UNDERLINED)
    assert _items(m) == [
        ("1", "MÖTETS ÖPPNANDE"),
        ("2", "EKONOMI"),
        ("3", "TURISM OCH BESÖKSNÄRING"),
        ("4", "NÄSTA MÖTE"),
    ]
    assert [a.name.text for a in m.present] == ["Anna Berg", "Bo Ek"]


@pytest.mark.parametrize("sep", [". ", ") ", " – "])
def test_roman_separators(sep: str) -> None:
    text = (
        "Minnesanteckningar\nDatum: 2031-05-04\n\nNärvarande: Anna Berg, Mora\n\n"
        f"I{sep}Inledning\nMötet öppnades.\n\nII{sep}Budget\nBudgeten godkändes.\n\n"
        f"III{sep}Övrigt\nInga övriga frågor.\n"
    )
    assert _items(_parse(text)) == [("1", "Inledning"), ("2", "Budget"), ("3", "Övrigt")]


OUTLINE = """\
Kustgruppen – kommunchefer
Minnesanteckningar 2031-02-10

- Närvarande
    - Anna Berg – Ale
    - Per Holm – Kungälv

A. Inledning
    - Anna hälsade välkommen.
    - Dagordningen godkändes.

B. Skolskjuts och kollektivtrafik
    - Per Holm redogjorde för läget.
        - Kungälvs kommun har sett över linjerna.

C) Övrigt
    - Inga övriga frågor.
"""


def test_lettered_outline_items() -> None:
    m = _parse(OUTLINE)
    assert _items(m) == [("1", "Inledning"), ("2", "Skolskjuts och kollektivtrafik"), ("3", "Övrigt")]
    assert [a.name.text for a in m.present] == ["Anna Berg", "Per Holm"]


def test_letters_without_bodies_or_initials_are_no_agenda() -> None:
    # initials with bodies in a roll call, and an "A." that opens a line of prose, are not items
    text = (
        "Protokoll\nDatum: 2031-05-04\n\nNärvarande\nA. Berg, Mora kommun\nB. Ek, Leksands kommun\n"
        "C. Holm, Rättviks kommun\n\n§ 1 Budget\nA. Lind redovisade budgeten.\n\n§ 2 Övrigt\nInget.\n"
    )
    m = _parse(text)
    assert _items(m) == [("1", "Budget"), ("2", "Övrigt")]
    assert [a.name.text for a in m.present] == ["A. Berg", "B. Ek", "C. Holm"]


def test_arabic_agenda_keeps_a_lettered_list_inside_an_item() -> None:
    text = (
        "Minnesanteckningar\nDatum: 2031-05-04\n\nNärvarande: Anna Berg, Mora\n\n"
        "1. Budget\nTre förslag:\nA. Höjd avgift\nAvgiften höjs.\nB. Oförändrad avgift\nInget ändras.\n\n"
        "2. Investeringar\nPlanen godkändes.\n\n3. Övrigt\nInga frågor.\n"
    )
    assert [n for n, _ in _items(_parse(text))] == ["1", "2", "3"]


TWO_LINE = """\
Protokoll
Datum: 2031-03-04

NÄRVARANDE LEDAMÖTER

Karin Lund
    kommundirektör, Kiruna kommun, ordförande
Olle Nilsson
    näringslivschef, Gällivare kommun

ÖVRIGA NÄRVARANDE

Sara Mäki
    sekreterare, Malmfältsrådet
Tom Berg
    handläggare, Region Norrbotten, punkt II

§ 1 Ekonomi
Utfallet redovisades.

§ 2 Övrigt
Inga övriga frågor.
"""


def test_two_line_entries() -> None:
    m = _parse(TWO_LINE)
    got = [
        (a.name.text, a.role.text if a.role else None, a.affiliation.text if a.affiliation else None)
        for a in m.present
    ]
    assert got == [
        ("Karin Lund", "kommundirektör", "Kiruna kommun"),
        ("Olle Nilsson", "näringslivschef", "Gällivare kommun"),
        ("Sara Mäki", "sekreterare", "Malmfältsrådet"),
        ("Tom Berg", "handläggare", "Region Norrbotten"),
    ]
    assert m.present[-1].items_attended == [2]


def test_one_per_line_lists_stay_as_they_are() -> None:
    text = (
        "Protokoll\nDatum: 2031-03-04\n\nNärvarande\nKarin Lund, Kiruna kommun\nOlle Nilsson\n"
        "Sara Mäki, Region Norrbotten\n\n§ 1 Ekonomi\nUtfallet redovisades.\n\n§ 2 Övrigt\nInget.\n"
    )
    m = _parse(text)
    got = [(a.name.text, a.affiliation.text if a.affiliation else None) for a in m.present]
    assert got == [
        ("Karin Lund", "Kiruna kommun"),
        ("Olle Nilsson", None),
        ("Sara Mäki", "Region Norrbotten"),
    ]


def test_later_fuller_entry_fills_the_bare_header_entry() -> None:
    text = (
        "Anteckningar\nDatum: 2031-03-04\nOrdförande: Lars Ström\n\n§ 1 Ekonomi\nUtfallet redovisades.\n\n"
        "§ 2 Övrigt\nInget.\n\nNärvaro\nNamn\tOrganisation\tFunktion\n"
        "Lars Ström\tLuleå kommun\tkommundirektör, ordförande\nEva Ros\tPiteå kommun\tkommundirektör\n"
    )
    m = _parse(text)
    lars = next(a for a in m.present if a.name.text == "Lars Ström")
    assert lars.affiliation_canonical == "Luleå"
    assert len([a for a in m.present if a.name.text == "Lars Ström"]) == 1


@pytest.mark.parametrize(
    ("line", "body", "role"),
    [
        ("Eva Ros – Kustnätverket Väst, processledare", "Kustnätverket Väst", "processledare"),
        ("Eva Ros, Fjällsamverkan, samordnare, sekreterare", "Fjällsamverkan", "samordnare"),
        ("Eva Ros, kommundirektör, Piteå kommun, ordförande", "Piteå kommun", "kommundirektör"),
    ],
)
def test_body_then_title(line: str, body: str, role: str) -> None:
    m = _parse(
        f"Protokoll\nDatum: 2031-03-04\n\nNärvarande\n{line}\n\n§ 1 Ekonomi\nText.\n\n§ 2 Övrigt\nInget.\n"
    )
    a = m.present[0]
    assert (a.affiliation.text if a.affiliation else None, a.role.text if a.role else None) == (body, role)


def test_letterhead_acronym_names_the_body() -> None:
    text = (
        "FJÄLLKOMMUNERNAS SAMARBETSRÅD (FKS)\nStyrelsen\n\nPROTOKOLL\nDatum: 2031-03-04\n\n"
        "Närvarande\nE. Ros, FKS, verksamhetsledare\nA. Berg, Åre kommun\n\n"
        "Pkt 1 Ekonomi\nText.\n\nPkt 2 Övrigt\nInget.\n"
    )
    m = _parse(text)
    ros = next(a for a in m.present if a.name.text == "E. Ros")
    assert ros.affiliation is not None and ros.affiliation.text == "FKS"
    assert ros.affiliation_canonical == "Fjällkommunernas samarbetsråd"
