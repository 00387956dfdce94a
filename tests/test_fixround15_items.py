"""Fix round 15 (items, document structure, header date): bold run-in item headings, body-prefixed
paragraph numbers, an appendix after the last paragraph, running heads and case numbers as no content,
date labels of a letterhead, a body-first closing absence note and a flattened action table.

Texts are written for these tests (invented people, other bodies than the blind sets')."""

from __future__ import annotations

import pytest

from govkg.extract import extract_mentions
from govkg.model import Document, Minutes
from govkg.parse import parse_minutes
from govkg.parse.meeting_date import header_date


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


def _titles(m: Minutes) -> list[str]:
    return [i.title.text for i in m.items]


def _exact(text: str, m: Minutes) -> None:
    """Every item's title and blocks quote the document exactly where their spans point."""
    for item in m.items:
        assert text[item.title.span.start : item.title.span.end] == item.title.text
        for block in item.blocks:
            span = block.text.span
            assert " ".join(text[span.start : span.end].split()) == block.text.text


# ---- 1. bold run-in item headings: the title ends at the closing marker

_RUN_IN = (
    "# Kvarnbyns vattenråd\n\n"
    "**Närvarande:** Siv Alm (Kumla), Ture Brink (Askersund) och Ebba Lund (Laxå).\n\n"
    "{h1} Ordföranden öppnade mötet.\nDagordningen godkändes.\n\n"
    "{h2} Ture Brink redovisade utfallet.\n\nRådet beslutade att godkänna budgeten.\n\n"
    "{h3} Nästa möte hålls den 5 maj 2033.\n"
)


@pytest.mark.parametrize(
    "h1, h2, h3",
    [
        ("**Punkt 1 – Mötets öppnande.**", "**Punkt 2 – Budget 2034.**", "**Punkt 3 – Nästa möte.**"),
        ("**1. Mötets öppnande.**", "**2. Budget 2034.**", "**3. Nästa möte.**"),
        ("__Punkt 1: Mötets öppnande__", "__Punkt 2: Budget 2034__", "__Punkt 3: Nästa möte__"),
        ("**§ 1 Mötets öppnande:**", "**§ 2 Budget 2034:**", "**§ 3 Nästa möte:**"),
    ],
)
def test_bold_run_in_heading_ends_at_the_closing_marker(h1: str, h2: str, h3: str) -> None:
    text = _RUN_IN.format(h1=h1, h2=h2, h3=h3)
    m = _parse(text)
    assert _titles(m) == ["Mötets öppnande", "Budget 2034", "Nästa möte"]
    assert [i.number for i in m.items] == ["1", "2", "3"]
    _exact(text, m)
    # the words after the heading are the item's first paragraph, joined with the lines below it
    assert m.items[0].blocks[0].text.text == "Ordföranden öppnade mötet. Dagordningen godkändes."
    assert [b.text.text for b in m.items[1].blocks] == [
        "Ture Brink redovisade utfallet.",
        "Rådet beslutade att godkänna budgeten.",
    ]
    assert m.items[2].blocks[0].text.text == "Nästa möte hålls den 5 maj 2033."
    # the roll call above the first heading is outside the items, so it is read
    assert [a.name.text for a in m.present] == ["Siv Alm", "Ture Brink", "Ebba Lund"]


def test_only_a_bold_number_keeps_the_rest_of_the_line_as_title() -> None:
    text = "Anteckningar\n\n**Punkt 1:** Mötets öppnande\n\nText.\n\n**Punkt 2:** Budget\n\nText.\n"
    m = _parse(text)
    assert _titles(m) == ["Mötets öppnande", "Budget"]
    assert [b.text.text for b in m.items[0].blocks] == ["Text."]
    _exact(text, m)


# ---- 2. body-prefixed paragraph numbers and the appendix after the last paragraph

_PROTOCOL = (
    "MELLANÅ RENHÅLLNING                 SAMMANTRÄDESPROTOKOLL\n\n"
    "{p} § 1       Sammanträdets öppnande\n\n"
    "Ordföranden öppnar sammanträdet.\n\n"
    "{p} § 2       Taxa 2034                            Dnr MR 2033/0042\n\n"
    "Ekonomichefen föredrar ärendet. Taxan behandlas vidare som {p} § 3.\n\n"
    "{p} § 3       Nästa sammanträde\n\n"
    "Nästa sammanträde hålls den 4 juni 2033.\n\n"
    "{appendix}"
)


@pytest.mark.parametrize("prefix", ["DIR", "KS", "AU", "BUN"])
@pytest.mark.parametrize(
    "appendix",
    [
        "Bilaga 1                         NÄRVAROLISTA\nAnna Berg        X\n",
        "Bilaga 2\nAnna Berg, ordförande\n",
        "\fBilaga 1<TAB>Närvarolista\nAnna Berg        X\n",
    ],
)
def test_body_prefixed_paragraphs_are_items_and_the_appendix_is_not(prefix: str, appendix: str) -> None:
    text = _PROTOCOL.format(p=prefix, appendix=appendix.replace("<TAB>", "\t"))
    m = _parse(text, "t.txt")
    assert _titles(m) == ["Sammanträdets öppnande", "Taxa 2034", "Nästa sammanträde"]
    assert [i.number for i in m.items] == ["1", "2", "3"]
    last = m.items[-1]
    assert "Bilaga" not in text[last.span.start : last.span.end]
    _exact(text, m)


def test_the_prefix_and_the_case_number_of_a_heading_are_no_item_content() -> None:
    # (a prefix in a sentence, "som DIR § 3", is quoted with the sentence: extract's concern)
    text = _PROTOCOL.format(p="DIR", appendix="").replace(" Taxan behandlas vidare som DIR § 3.", "")
    m = _parse(text, "t.txt")
    extract_mentions(m)
    for item in m.items:
        orgs = [o.surface.text for o in item.organisations_mentioned]
        assert not any("DIR" in o or "Dnr" in o for o in orgs), orgs


@pytest.mark.parametrize("line", ["Enligt § 4 i stadgan ska rådet mötas.", "Direktionen § 4 Budget"])
def test_a_capitalised_word_before_a_paragraph_sign_is_no_prefix(line: str) -> None:
    text = f"Anteckningar\n\n1. Stadgan\n\n{line}\n\n2. Budget\n\nText.\n"
    assert _titles(_parse(text, "t.txt")) == ["Stadgan", "Budget"]


# ---- 3. running heads of a paged protocol are no item content

_PAGE_HEAD = (
    "MELLANÅ RENHÅLLNING          PROTOKOLL      {n} (3)\nFörbundsstyrelsen            2033-05-11\n\n"
)


def test_a_running_head_line_that_recurs_after_every_page_break_is_no_content() -> None:
    text = (
        "MELLANÅ RENHÅLLNING          PROTOKOLL      1 (3)\n"
        "Förbundsstyrelsen            Sammanträdesdatum 2033-05-11\n\n"
        "Närvarande: Anna Berg, ordförande\n\n"
        "§ 1    Budget\n\nEkonomichefen föredrar budgeten.\n\f"
        + _PAGE_HEAD.format(n=2)
        + "Styrelsen beslutar att godkänna budgeten.\n\n§ 2    Taxor\n\nTaxorna höjs.\n\f"
        + _PAGE_HEAD.format(n=3)
        + "§ 3    Nästa möte\n\nNästa möte hålls den 8 juni 2033.\n"
    )
    m = _parse(text, "t.txt")
    extract_mentions(m)
    assert _titles(m) == ["Budget", "Taxor", "Nästa möte"]
    for item in m.items:
        assert "Förbundsstyrelsen" not in [o.surface.text for o in item.organisations_mentioned]
        assert "2033-05-11" not in [d.surface.text for d in item.dates_mentioned]


# ---- 4. header dates: "Plats och tid" and a date label in the letterhead's right column


@pytest.mark.parametrize(
    "header, date",
    [
        (
            "Plats och tid      Kontoret, sal 2,\n                   onsdagen den 12 maj 2032 kl. 9.00\n",
            "2032-05-12",
        ),
        ("Plats och tid:  Stadshuset, 3 oktober 2031 kl. 13.00\n", "2031-10-03"),
        ("Mellanå renhållning            Sammanträdesdatum 2031-05-12\n", "2031-05-12"),
        ("Mellanå renhållning            Datum: 14 mars 2030\n", "2030-03-14"),
        (
            "Mellanå renhållning            Sammanträdesdatum\n                               2029-11-02\n",
            "2029-11-02",
        ),
    ],
)
def test_header_date_labels(header: str, date: str) -> None:
    text = "MELLANÅ RENHÅLLNING                  PROTOKOLL\n" + header + "\nText om budgeten 2027.\n"
    found = header_date(text)
    assert found is not None and found.date == date
    quote = found.evidence[0]
    assert text[quote.span.start : quote.span.end] == quote.text


# ---- 5. a closing absence note that names the body first ends the last item


@pytest.mark.parametrize(
    "note",
    [
        "Ej närvarande: Laxå kommun (Åke Berg, säkerhetssamordnare), Region Örebro län (Lisa Holm).",
        "Anmält förhinder: Lekebergs kommun (Eva Ros)",
        "Frånvarande: Ture Brink, Askersunds kommun",
    ],
)
def test_a_closing_absence_note_is_no_part_of_the_last_item(note: str) -> None:
    text = (
        "Anteckningar från samordningsmöte, måndag 3 april 2034\n\n"
        "Närvarande: Siv Alm, Kumla kommun; Ture Brink, Askersunds kommun\n\n"
        "1. Läget\n\nSiv Alm redovisade läget i Kumla.\n\n"
        "2. Nästa möte\n\nNästa möte hålls den 5 maj 2034.\n\n" + note + "\n"
    )
    m = _parse(text, "t.txt")
    last = m.items[-1]
    assert [b.text.text for b in last.blocks] == ["Nästa möte hålls den 5 maj 2034."]


def test_a_sentence_about_a_body_in_the_last_item_stays_in_it() -> None:
    text = (
        "Anteckningar\n\nNärvarande: Siv Alm, Kumla kommun\n\n"
        "1. Läget\n\nSiv Alm redovisade läget.\n\n"
        "Laxå kommun (genom Åke Berg) deltar i nästa övning.\n"
    )
    assert len(_parse(text, "t.txt").items[-1].blocks) == 2


# ---- 6. an action table flattened to one cell per line after the last item


def test_a_flattened_action_table_is_no_part_of_the_last_item() -> None:
    text = (
        "Anteckningar, tisdag 4 april 2034\n\nNärvarande: Siv Alm, Kumla kommun\n\n"
        "Punkt 1 – Läget\nSiv Alm redovisade läget.\n\n"
        "Punkt 2 – Nästa möte\nNästa möte hålls den 5 maj 2034.\n\n"
        "Att göra\nVad\nVem\nNär\nSammanställa enkäten\nSiv Alm\n30 april\n"
    )
    m = _parse(text, "t.txt")
    last = m.items[-1]
    assert "Vem" not in text[last.span.start : last.span.end]
    assert "Nästa möte hålls den 5 maj 2034." in last.blocks[-1].text.text
