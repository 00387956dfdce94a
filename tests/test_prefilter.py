"""The cue prefilter never skips a sentence that a cue really matches (it only saves time)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govkg.extract._prefilter import literal_finder, lowered, required_literals
from govkg.extract.sentences import split_sentences
from govkg.extract.statements import Cues
from tests.conftest import CASES, EXAMPLES, FIXTURES

ROOT = Path(__file__).resolve().parent
TEXTS = [
    *EXAMPLES.glob("*.txt"),
    *(ROOT / "annotated").glob("*.txt"),
    *(ROOT / "annotated").glob("*.md"),
    *(ROOT / "blind").glob("*.txt"),
    *(FIXTURES / "corpus").glob("*.txt"),
    *CASES.glob("*/*.txt"),
]
SENTENCES = sorted(
    {
        q.text
        for p in TEXTS
        if p.suffix in (".txt", ".md")
        for q in split_sentences(p.read_text(encoding="utf-8", errors="replace"))
    }
)
CUES = Cues.load().cues


@pytest.mark.parametrize("cue", CUES, ids=[f"{c.kind}:{c.pattern.pattern[:30]}" for c in CUES])
def test_prefilter_keeps_every_real_match(cue: object) -> None:
    pattern = cue.pattern  # type: ignore[attr-defined]
    literals = required_literals(pattern)
    if literals is None:
        return  # no prefilter: the full pattern always runs
    for sentence in SENTENCES:
        low = lowered(sentence)
        if low is not None and pattern.search(sentence):
            assert literals.search(low), sentence


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyzåäöÅÄÖ ABCDEFKLMNOPRST.,:-0123456789", max_size=80))
def test_prefilter_is_sound_on_random_text(text: str) -> None:
    low = lowered(text)
    if low is None:
        return
    for cue in CUES:
        literals = required_literals(cue.pattern)
        if literals is not None and cue.pattern.search(text):
            assert literals.search(low), (cue.pattern.pattern, text)


TABLE = Cues.load()


@pytest.mark.parametrize("kind", sorted({c.kind for c in CUES}))
def test_the_literals_found_in_a_sentence_admit_every_cue_that_matches_it(kind: str) -> None:
    # first_cue skips a cue whose literals are not among ``Cues.literals_in``: never one that matches
    for sentence in SENTENCES:
        found = TABLE.literals_in(lowered(sentence))
        if found is None:
            continue
        for cue in TABLE.of(kind):
            if cue.need is not None and cue.pattern.search(sentence):
                assert not cue.need.isdisjoint(found), (cue.pattern.pattern, sentence)
        any_need = TABLE.any_need.get(kind)
        if any_need is not None and any(c.pattern.search(sentence) for c in TABLE.of(kind)):
            assert not any_need.isdisjoint(found), sentence


def test_literals_inside_longer_literals_are_found_too() -> None:
    found = literal_finder([frozenset({"beslutar"}), frozenset({"beslut", "att ta"})])
    assert found("styrelsen beslutar att ta fram") == {"beslutar", "beslut", "att ta"}
    assert found("ingenting här") == frozenset()
