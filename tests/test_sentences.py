"""Sentence splitting of Swedish minutes prose, and URL finding."""

from __future__ import annotations

import pytest

from govkg.extract.sentences import split_sentences
from govkg.extract.urls import find_urls


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        (
            "Vi diskuterade bl.a. budgeten. Nästa punkt tas upp.",
            ["Vi diskuterade bl.a. budgeten.", "Nästa punkt tas upp."],
        ),
        (
            "Frågor om t.ex. Göteborg och d.v.s. Alla kommuner.",
            ["Frågor om t.ex. Göteborg och d.v.s. Alla kommuner."],
        ),
        ("Ale, Lerum m.fl. Kommunerna svarar.", ["Ale, Lerum m.fl. Kommunerna svarar."]),
        (
            "Mötet börjar kl. 9 i sal nr. 5 med ca. 30 deltagare.",
            ["Mötet börjar kl. 9 i sal nr. 5 med ca. 30 deltagare."],
        ),
        ("Helena L. Nilsson deltar. Hon återkommer.", ["Helena L. Nilsson deltar.", "Hon återkommer."]),
        (
            "Kostnaden är 3.5 miljoner. Mötet hölls 15.3.2024 i Borås.",
            ["Kostnaden är 3.5 miljoner.", "Mötet hölls 15.3.2024 i Borås."],
        ),
        (
            "Rådslag 15 augusti: påminn gärna era politiker. Tack!",
            ["Rådslag 15 augusti: påminn gärna era politiker.", "Tack!"],
        ),
        ("Vilken roll har regionen? Den är oklar.", ["Vilken roll har regionen?", "Den är oklar."]),
        ("Lokal bokas. 11-12 november 2021.", ["Lokal bokas.", "11-12 november 2021."]),
        ("Det s.k. Rådslaget och resp. Nämnd deltar.", ["Det s.k. Rådslaget och resp. Nämnd deltar."]),
        (
            "Ur diskussionen:\n\n- Första punkten\n- Andra punkten. Med två meningar.",
            ["Ur diskussionen:", "Första punkten", "Andra punkten.", "Med två meningar."],
        ),
        ("Första stycket utan punkt\n\nAndra stycket", ["Första stycket utan punkt", "Andra stycket"]),
        ("En mening som\nbryts över raden.", ["En mening som bryts över raden."]),
        ("* Stjärna\n• Prick\n1. Numrerad rad", ["Stjärna", "Prick", "Numrerad rad"]),
        ("## Beslut\nNätverket beslutar.", ["Beslut", "Nätverket beslutar."]),
        (
            "Maria Standar, Alingsås  \nEva Hessman, Göteborg  ",
            ["Maria Standar, Alingsås", "Eva Hessman, Göteborg"],
        ),
        ("Citat: ”Vi vill.” Sedan mer.", ["Citat: ”Vi vill.”", "Sedan mer."]),
        ("", []),
    ],
)
def test_split_sentences(text: str, sentences: list[str]) -> None:
    assert [q.text for q in split_sentences(text)] == sentences


def test_spans_are_exact_and_offset() -> None:
    text = "- Första  meningen\n  fortsätter.  Andra.\n\n3. Rubrik"
    for q in split_sentences(text, offset=100):
        written = text[q.span.start - 100 : q.span.end - 100]
        assert written == written.strip()
        assert " ".join(written.split()) == q.text
        assert not written.startswith(("-", "3."))


@pytest.mark.parametrize(
    ("text", "urls"),
    [
        (
            "Se länk: http://example.se/film/punkt-2_Anna_Ek.webm",
            ["http://example.se/film/punkt-2_Anna_Ek.webm"],
        ),
        ("Se <https://a.se/x>, och www.c.se.", ["https://a.se/x", "www.c.se"]),
        ("Läs [rapporten](https://b.se/r.pdf).", ["https://b.se/r.pdf"]),
        ("(se https://sv.wikipedia.org/wiki/Ale_(kommun)).", ["https://sv.wikipedia.org/wiki/Ale_(kommun)"]),
        ("Skriv till info@www.x.se eller gå till http:// senare.", []),
        ("Ingen länk här.", []),
    ],
)
def test_find_urls(text: str, urls: list[str]) -> None:
    found = find_urls(text, offset=7)
    assert [q.text for q in found] == urls
    for q in found:
        assert text[q.span.start - 7 : q.span.end - 7] == q.text
