"""Fuzzing the parser: any text either parses, with spans inside the text, or is a ParseError."""

from __future__ import annotations

import hashlib

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from govkg.errors import ParseError
from govkg.extract import extract_mentions
from govkg.model import Document
from govkg.parse import parse_minutes

# Lines in the genre's shapes, mixed with noise, so the fuzzer reaches the interesting branches.
GENRE_LINES = st.sampled_from(
    [
        "Anteckningar",
        "NÄRVARANDE",
        "EJ NÄRVARANDE",
        "Närvarande: Anna Berg (Ale), Bo Ek",
        "Frånvarande:",
        "Anna Berg, Ale",
        "Per Holm, kommunchef, Lerum (p1)",
        "| Eva Ek | Mölndal |",
        "1. Budget",
        "## 2. Övrigt",
        "§ 12 Val",
        "Punkt 3: Information",
        "**Punkt 4 –** Rapporter",
        "2.1 Delpunkt",
        "Beslut",
        "- punkt i lista",
        "Nätverket beslutar att godkänna planen.",
        "SKR återkommer den 27 oktober.",
        "Antecknat av",
        "Vid protokollet",
        "Sida 1 av 2",
        "",
        "   ",
        "(p 1-3)",
        "Datum: 2024-03-15",
        "---",
        "date: 2024-13-45",
    ]
)
TEXTS = st.lists(st.one_of(GENRE_LINES, st.text(max_size=60)), max_size=40).map("\n".join)


def _document(text: str) -> Document:
    raw = text.encode("utf-8", "surrogatepass")
    return Document(
        path="fuzz.txt",
        name="fuzz",
        filename="fuzz.txt",
        text=text,
        sha256=hashlib.sha256(raw).hexdigest(),
        media_type="text/plain",
        encoding="utf-8",
    )


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_any_text_parses_or_is_a_parse_error(text: str) -> None:
    try:
        minutes = extract_mentions(parse_minutes(_document(text)))
    except ParseError:
        return
    n = len(text)
    for a in minutes.attendees:
        assert 0 <= a.name.span.start < a.name.span.end <= n
    for item in minutes.items:
        assert 0 <= item.span.start <= item.span.end <= n
        for statement in item.decisions + item.follow_ups:
            assert 0 <= statement.text.span.start < statement.text.span.end <= n
