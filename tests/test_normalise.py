"""Spec of normalise: source text → normalised text whose every character maps back to the source."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from govkg.model import Span
from govkg.normalise import INVISIBLE, ODD_SPACES, NLine, NormText, normalise


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("Rad ett\r\nRad två\rRad tre\n", "Rad ett\nRad två\nRad tre\n"),
        ("Åsa\u00a0Öberg,\u202fKungälv", "Åsa Öberg, Kungälv"),
        ("sam\u00adverkan\u200b", "samverkan"),
        ("Mötet avslutas.  \nNästa rad\t \n", "Mötet avslutas.\nNästa rad\n"),
        ("Punkt ett\nSida 2 av 3\nPunkt två", "Punkt ett\nPunkt två"),
        ("Punkt ett\nsida 2 (3)\nPunkt två", "Punkt ett\nPunkt två"),
        ("Punkt ett\n  Page 2 of 3  \nPunkt två", "Punkt ett\nPunkt två"),
        ("Punkt ett\n– 2 –\nPunkt två", "Punkt ett\nPunkt två"),
        ("Punkt ett\n2 (5)\nPunkt två", "Punkt ett\nPunkt två"),
        ("Punkt ett\n\n2\n\nPunkt två", "Punkt ett\n\n\nPunkt två"),
        ("Punkt ett\n\fPunkt två", "Punkt ett\nPunkt två"),
        ("Punkt ett\n\f\nPunkt två", "Punkt ett\nPunkt två"),
        ("regional sam-\nverkan", "regional samverkan"),
        ("regional sam-\r\nSida 1 av 2\r\n\fverkan", "regional samverkan"),
        # Not broken words: uppercase next, an abbreviation before, a conjunction, a dash.
        ("Kommunens sam-\nVerkan", "Kommunens sam-\nVerkan"),
        ("nya IT-\nsystem", "nya IT-\nsystem"),
        ("in-\noch utrikes", "in-\noch utrikes"),
        ("via e-\npost", "via e-\npost"),
        ("Punkt -\nnästa", "Punkt -\nnästa"),
        # Numbers that are content stay.
        ("Närvarande\n12\nPersoner", "Närvarande\n12\nPersoner"),
        ("2. Ekonomi\nSida vid sida", "2. Ekonomi\nSida vid sida"),
    ],
)
def test_normalise(source: str, expected: str) -> None:
    assert normalise(source).text == expected


def test_running_header_and_footer_dropped() -> None:
    pages = [
        f"GR Anteckningar 2024-02-06\nText på sidan {n}.\nNätverket för miljöchefer" for n in range(1, 5)
    ]
    norm = normalise("\n\f".join(pages))
    assert norm.text == "Text på sidan 1.\nText på sidan 2.\nText på sidan 3.\nText på sidan 4.\n"


def test_header_on_two_pages_is_content() -> None:
    text = "Rubrik\nEtt\n\fRubrik\nTvå"
    assert normalise(text).text == "Rubrik\nEtt\nRubrik\nTvå"


def test_offsets_and_source_span() -> None:
    source = "Sida 1 av 2\r\nÅsa\u00a0Öberg, Kungälv  \r\nregional sam-\r\nverkan\r\n"
    norm = normalise(source)
    assert norm.text == "Åsa Öberg, Kungälv\nregional samverkan\n"
    assert norm.offsets[len(norm.text)] == len(source)
    lines = norm.lines()
    assert lines[:2] == [NLine("Åsa Öberg, Kungälv", 0, 18), NLine("regional samverkan", 19, 37)]
    first = norm.source_span(lines[0].start, lines[0].end)
    assert source[first.start : first.end] == "Åsa\u00a0Öberg, Kungälv"
    name = norm.text.index("Kungälv")
    assert norm.source_span(name, name + 7) == Span(source.index("Kungälv"), source.index("Kungälv") + 7)
    joined = norm.source_span(lines[1].start, lines[1].end)
    assert source[joined.start : joined.end] == "regional sam-\r\nverkan"
    # A newline that was CRLF covers both characters.
    newline = norm.source_span(lines[0].end, lines[0].end + 1)
    assert source[newline.start : newline.end] == "\r\n"
    assert norm.source_span(5, 5) == Span(norm.offsets[5], norm.offsets[5])
    with pytest.raises(ValueError):
        norm.source_span(0, len(norm.text) + 1)


def test_unchanged_ranges_equal_the_source() -> None:
    source = "Anteckningar\n\nNÄRVARANDE\nÅsa Öberg, Kungälv\n\n1. Välkomna\n"
    norm = normalise(source)
    assert norm.text == source
    assert norm.offsets == list(range(len(source) + 1))


def test_lines_of_empty_text() -> None:
    assert normalise("").lines() == [NLine("", 0, 0)]
    assert NormText("a\nb", [0, 1, 2, 3]).source_span(0, 3) == Span(0, 3)


_ALPHABET = st.sampled_from(
    [*"abcåäöAÖ -–\t0123()/\r\n\f.", "\u00a0", "\u202f", "\u00ad", "\u200b", "Sida 1 av 2", "sam-\n"]
)


@given(st.lists(_ALPHABET, max_size=60).map("".join))
def test_every_character_maps_back(source: str) -> None:
    norm = normalise(source)
    assert len(norm.offsets) == len(norm.text) + 1
    assert norm.offsets[-1] == len(source)
    assert all(a < b for a, b in zip(norm.offsets, norm.offsets[1:-1], strict=False))
    assert norm.offsets == sorted(norm.offsets)
    for i, ch in enumerate(norm.text):
        src = source[norm.offsets[i]]
        assert src not in INVISIBLE and src != "\f"
        assert ch == src or (ch == "\n" and src == "\r") or (ch == " " and src in ODD_SPACES)
    assert "\r" not in norm.text and "\f" not in norm.text
    assert not any(line.text.endswith((" ", "\t")) for line in norm.lines())
    for line in norm.lines():
        span = norm.source_span(line.start, line.end)
        assert 0 <= span.start <= span.end <= len(source)


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=80))
def test_any_text_is_normalised_consistently(source: str) -> None:
    norm = normalise(source)
    assert norm.offsets == sorted(norm.offsets) and norm.offsets[-1] == len(source)
    for i, ch in enumerate(norm.text):
        src = source[norm.offsets[i]]
        assert ch == src or (ch == "\n" and src == "\r") or (ch == " " and src in ODD_SPACES)
    span = norm.source_span(0, len(norm.text))
    assert span.end <= len(source)
