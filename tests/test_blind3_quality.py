"""Third blind set (tests/blind3): four unseen minutes, extracted end to end, against their hand-made gold.

The documents and their gold were written before the extractor was first run on them; that blind
run (overall 0.700) and its error analysis are in tests/blind3/README.md. Fix round 2 then changed
the mechanisms the analysis named, so the set is NOT blind any more: the floors are the figures
after that round minus 0.02, rounded down: a regression floor, not a target. Never tune the
extractor to this set's text (write new blind minutes instead).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from govkg.evaluate import Scorer, load_dir
from govkg.ingest import extract_files
from govkg.jsonio import minutes_to_json

BLIND3 = Path(__file__).resolve().parent / "blind3"
GOLD = BLIND3 / "gold"

# Floors: the figure after fix round 2 minus 0.02 (tests/blind3/README.md "After fix round 2").
# The set is NOT blind any more: its error analysis drove that round. Blind first run in brackets.
FLOORS = {
    "present": 0.98,  # 1.000 (blind 0.571)
    "absent": 0.98,  # 1.000 (0.625)
    "affiliation": 0.98,  # 1.000 (0.645)
    "recorded_by": 0.98,  # 1.000 (0.857)
    "items": 0.98,  # 1.000 (1.000)
    "persons_mentioned": 0.98,  # 1.000 (0.719)
    "organisations_mentioned": 0.93,  # 0.959 (0.651)
    "municipalities_mentioned": 0.98,  # 1.000 (0.821)
    "decisions": 0.98,  # 1.000 (0.686)
    "follow_ups": 0.98,  # 1.000 (0.765)
    "dates_mentioned": 0.98,  # 1.000 (0.764)
    "meeting_date": 0.98,  # 1.000 (1.000)
    "person_resolution": 0.98,  # 1.000 (0.000: the one same-person pair was lost with Gävleborg's list)
}
OVERALL = 0.97  # 0.997 (blind 0.700)


def _minutes_files() -> list[Path]:
    return sorted(BLIND3.glob("*.txt"))


@pytest.fixture(scope="module")
def scores() -> dict[str, tuple[float, float, float]]:
    batch = extract_files(_minutes_files())
    assert not batch.failures
    pred = {m.document.name: minutes_to_json(m) for m in batch.minutes}
    return Scorer().score(pred, load_dir(GOLD))


def test_every_document_has_gold() -> None:
    assert len(_minutes_files()) == 4
    assert {p.stem for p in _minutes_files()} == set(load_dir(GOLD))


def test_gold_strings_occur_in_their_documents() -> None:
    done = subprocess.run(
        [sys.executable, "check_gold.py"], cwd=BLIND3 / "tools", capture_output=True, text=True
    )
    assert done.returncode == 0, done.stdout


@pytest.mark.parametrize("field", sorted(FLOORS))
def test_field_reaches_its_floor(scores: dict[str, tuple[float, float, float]], field: str) -> None:
    assert scores[field][2] >= FLOORS[field] - 1e-9, f"{field}: F1 {scores[field][2]:.3f}"


def test_overall(scores: dict[str, tuple[float, float, float]]) -> None:
    overall = sum(f for _, _, f in scores.values()) / len(scores)
    assert overall >= OVERALL, f"overall F1 {overall:.3f}"
