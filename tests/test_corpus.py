"""Real minutes of other bodies, in other layouts (tests/fixtures/corpus, sources in SOURCES.md):
each parses without an error, gives its items, and its attendance where it has one."""

from __future__ import annotations

from pathlib import Path

import pytest

from govkg.extract import extract_mentions
from govkg.parse import parse_minutes
from govkg.read import read_document
from tests.conftest import FIXTURES

CORPUS = sorted((FIXTURES / "corpus").glob("*.txt"))
# (least items, least persons present or absent, least organisations present) per document.
# The Stacken minutes list members by their login names ("nsg, frost, kaj"), not as persons.
EXPECTED = {
    "digg_spop_2024-09-16": (2, 0, 5),
    "digg_spop_2024-09-30": (1, 0, 5),
    "digg_spop_2024-10-21": (3, 0, 5),
    "digg_spop_2024-12-06": (3, 0, 0),
    "digg_spop_2025-02-07": (3, 0, 0),
    "dvd_styrelse_2024-10-10": (6, 9, 0),
    "oidcse_2020-11-24": (2, 8, 0),
    "oidcse_2020-12-10": (2, 8, 0),
    "oidcse_2021-01-14": (2, 9, 0),
    "oidcse_2021-02-26": (2, 11, 0),
    "oidcse_2022-05-31": (2, 13, 0),
    "stacken_hostmote_2018-11-22": (15, 0, 0),
    "stacken_varmote_2019-02-28": (13, 0, 0),
}


def test_every_corpus_file_has_an_expectation() -> None:
    assert sorted(p.stem for p in CORPUS) == sorted(EXPECTED)


@pytest.mark.parametrize("path", CORPUS, ids=[p.stem for p in CORPUS])
def test_corpus_minutes_parse(path: Path) -> None:
    minutes = extract_mentions(parse_minutes(read_document(path)))
    items, persons, organisations = EXPECTED[path.stem]
    assert len(minutes.items) >= items
    assert len(minutes.attendees) >= persons
    assert len(minutes.organisations_present) >= organisations
    text = minutes.document.text
    for a in minutes.attendees:
        assert text[a.name.span.start : a.name.span.end] == a.name.text
    assert minutes.meeting.date is not None
