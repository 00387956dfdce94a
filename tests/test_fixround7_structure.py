"""Fix round 7: item headings as a word-numbered family, timed agendas, quoted minutes, page furniture."""

from __future__ import annotations

import pytest

from govkg.errors import ParseError
from govkg.model import Document, Minutes, Span
from govkg.normalise import blank_out, normalise
from govkg.parse import parse_minutes


def _doc(text: str) -> Document:
    return Document(
        path="t.txt",
        name="t",
        filename="t.txt",
        text=text,
        sha256="",
        media_type="text/plain",
        encoding="utf-8",
    )


def _parse(text: str) -> Minutes:
    return parse_minutes(_doc(text))


def _items(text: str) -> list[tuple[str, str]]:
    return [(it.number, it.title.text) for it in _parse(text).items]


HEAD = "Minnesanteckningar\nDatum: 2031-05-06\nNärvarande: Ida Holm (Ljungby), Olle Sand (Alvesta)\n\n"
BODIES = ("Rapporten godkändes.", "Ida Holm informerade om läget.", "Inga frågor.")
TITLES = ("Skolskjutsar", "Vattenförsörjning", "Övrigt")


def _numbered(fmt: str) -> str:
    parts = [
        fmt.format(n=n, title=t) + "\n" + b + "\n"
        for n, (t, b) in enumerate(zip(TITLES, BODIES, strict=True), 1)
    ]
    return HEAD + "\n".join(parts)


EXPECTED = [("1", "Skolskjutsar"), ("2", "Vattenförsörjning"), ("3", "Övrigt")]


@pytest.mark.parametrize(
    "fmt",
    [
        "Dagordningspunkt {n} – {title}",
        "Dagordningspunkt {n}: {title}",
        "Ärendepunkt {n}: {title}",
        "Fråga {n}. {title}",
        "Fråga {n}) {title}",
        "Paragrafpunkt {n} - {title}",
        "Beslutsärende {n}\t{title}",
        "Sakfråga {n}  {title}",
        "Mötespunkt {n} {title}",
        "Punkt {n} – {title}",
        "Ärende {n}: {title}",
    ],
)
def test_a_word_numbered_run_with_bodies_is_the_agenda(fmt: str) -> None:
    assert _items(_numbered(fmt)) == EXPECTED


def test_a_word_numbered_run_may_continue_from_a_later_number() -> None:
    text = HEAD + "Fråga 7: Budget\nGodkändes.\n\nFråga 8: Lokaler\nBordlades.\n"
    assert _items(text) == [("7", "Budget"), ("8", "Lokaler")]


def test_a_lone_word_number_in_prose_stays_prose() -> None:
    text = (
        HEAD
        + "1. Budget\nBeslut 3 från förra mötet gäller.\nFråga 2 Ekonomi tas upp igen.\n\n2. Övrigt\nInget.\n"
    )
    assert [t for _, t in _items(text)] == ["Budget", "Övrigt"]


def test_word_numbered_steps_inside_numbered_items_do_not_replace_them() -> None:
    steps = (
        "Steg 1: Kartläggning\nKlar i maj.\n\nSteg 2: Analys\nKlar i juni.\n\nSteg 3: Förslag\nI höst.\n\n"
    )
    text = HEAD + "1. Budget\nGodkändes.\n\n2. Utredning\n" + steps + "3. Övrigt\nInget.\n"
    assert [t for _, t in _items(text)] == ["Budget", "Utredning", "Övrigt"]


@pytest.mark.parametrize("word", ["Bilaga", "Sida", "Mars"])
def test_attachment_page_and_month_words_are_no_heading_family(word: str) -> None:
    text = HEAD + f"{word} 1: Presentation\nSe nedan.\n\n{word} 2: Rapport\nSe nedan.\n"
    assert not _parse(text).items


@pytest.mark.parametrize(
    "clock",
    [
        "09.00 {n}. {title}",
        "09.00–09.30 {n}. {title}",
        "kl. 9.30 {n}. {title}",
        "09:00\t{n}. {title}",
        "13:15 - 14:00 {n}) {title}",
    ],
)
def test_a_leading_agenda_time_does_not_block_the_heading(clock: str) -> None:
    assert _items(_numbered(clock)) == EXPECTED


def test_a_timed_agenda_keeps_the_title_offsets_exact() -> None:
    text = _numbered("10.15–10.45 {n}. {title}")
    for it in _parse(text).items:
        assert text[it.title.span.start : it.title.span.end] == it.title.text


QUOTED = (
    "Från: Kansliet\nSkickat: den 8 maj 2031\nÄmne: SV: Anteckningar\n\nTack, de läggs ut på webben.\n\n"
    "{q}Anteckningar – Kulturchefsnätverket i Kronoberg\n{q}Datum: 6 maj 2031\n{q}\n"
    "{q}Närvarande:\n{q}Ida Holm, Ljungby\n{q}Olle Sand, Alvesta\n{q}\n"
    "{q}1. Biblioteksplan\n{q}Planen godkändes.\n{q}\n"
    "{q}2. Nästa möte\n{q}Nästa möte hålls den 3 juni i Växjö.\n"
)


@pytest.mark.parametrize("q", ["> ", ">", ">> ", "> > "])
def test_minutes_quoted_in_a_reply_are_read_without_the_quote_markers(q: str) -> None:
    text = QUOTED.format(q=q)
    m = _parse(text)
    assert [(it.number, it.title.text) for it in m.items] == [("1", "Biblioteksplan"), ("2", "Nästa möte")]
    assert [a.name.text for a in m.present] == ["Ida Holm", "Olle Sand"]
    # every quote still cuts its own surface out of the document as written
    for quote in [*(a.name for a in m.present), *(it.title for it in m.items)]:
        assert text[quote.span.start : quote.span.end] == quote.text
    # the quote markers are no content: a stage reading the source can blank them out
    item = m.items[0]
    region = blank_out(text[item.span.start : item.span.end], item.span.start, m.no_content)
    assert ">" not in region and "Planen godkändes." in region
    assert len(region) == item.span.end - item.span.start


def test_a_reply_that_quotes_no_minutes_is_still_rejected() -> None:
    text = (
        "Hej!\n\nTack för senast.\n\n"
        + "> Ska vi ses på fredag?\n> Jag kan efter lunch.\n> /Ida\n> \n> Hälsningar\n"
    )
    with pytest.raises(ParseError):
        _parse(text)


def test_own_minutes_above_a_quoted_message_stay_the_minutes() -> None:
    quoted = "".join(f"> {n}. Gammal punkt {n}\n> Text.\n>\n" for n in (1, 2, 3))
    text = HEAD + "1. Budget\nGodkändes.\n\n2. Övrigt\nInget.\n\n" + quoted
    assert [t for _, t in _items(text)] == ["Budget", "Övrigt"]


def _paged(pages: list[list[str]], head: str) -> str:
    out: list[str] = []
    for k, page in enumerate(pages, start=1):
        if k > 1:
            out += [head, ""]
        out += [*page, "", f"Sida {k} av {len(pages)}", ""]
    return "\n".join(out)


HEAD_LINE = "Kulturchefsnätverket i Kronoberg"
PAGES = [
    [
        HEAD_LINE,
        "Anteckningar",
        "Datum: 6 maj 2031",
        "",
        "Närvarande:",
        "Ida Holm, Ljungby",
        "Olle Sand, Alvesta",
    ],
    ["Kim Lind, Region Kronoberg", "Eva Ek, Växjö", "", "1. Biblioteksplan", "", "Planen godkändes."],
    ["2. Läsfrämjande", "", "Eva Ek informerade om Bokstart.", "", "Vid anteckningarna: Kim Lind"],
]


def test_a_running_head_one_blank_line_from_the_page_number_does_not_end_the_list() -> None:
    m = _parse(_paged(PAGES, HEAD_LINE))
    assert [a.name.text for a in m.present] == ["Ida Holm", "Olle Sand", "Kim Lind", "Eva Ek"]
    assert [it.title.text for it in m.items] == ["Biblioteksplan", "Läsfrämjande"]


def test_the_running_head_and_page_numbers_are_no_content_but_the_title_is() -> None:
    text = _paged(PAGES, HEAD_LINE)
    norm = normalise(text)
    assert norm.text.count(HEAD_LINE) == 1  # the top of page 1 is the document's own title
    assert "Sida" not in norm.text
    removed = [text[s.start : s.end] for s in norm.removed]
    assert removed.count(HEAD_LINE) == 2 and "Sida 2 av 3" in removed


def test_a_paragraph_after_a_page_number_is_not_furniture() -> None:
    text = (
        "Ett.\nBeslut\n\nSida 1 av 3\n\n"
        + "Beslut\nText två.\n\nSida 2 av 3\n\nBeslut\nText tre.\n\nSida 3 av 3\n"
    )
    norm = normalise(text)
    assert norm.text.count("Beslut") == 3


def test_blank_out_keeps_length_and_line_breaks() -> None:
    assert blank_out("ab\ncd", 10, [Span(9, 14)]) == "  \n d"


@pytest.mark.parametrize("clock", ["09.00–09.30 {title}", "kl. 9.30 {title}", "13:00\t{title}"])
def test_a_timed_agenda_without_numbers_gives_items_by_position(clock: str) -> None:
    assert _items(_numbered(clock)) == EXPECTED


def test_a_timetable_without_bodies_gives_no_items() -> None:
    text = HEAD + "09.00 Kaffe\n10.00 Föreläsning\n12.00 Lunch\n"
    assert not _parse(text).items
