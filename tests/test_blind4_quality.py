"""Fourth blind set (tests/blind4): four unseen minutes, extracted end to end, against their hand-made gold.

These are BLIND figures: the documents and their gold were written before the extractor was run
on them (and before its source was read), the run waited for the second fix round to finish, and
no code was changed after the run (tests/blind4/README.md has the measurement and the error
analysis). The floors are the measured F1 minus 0.02, rounded down: a regression floor, not a
target. Raise a floor when a fix lifts the figure; never tune the extractor to this set's text
(write new blind minutes instead).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from govkg.evaluate import Scorer, load_dir
from govkg.ingest import extract_files
from govkg.jsonio import minutes_to_json

BLIND4 = Path(__file__).resolve().parent / "blind4"
GOLD = BLIND4 / "gold"

# F1 measured after fix round 3 minus 0.02, rounded down (never below 0); the set is no longer
# blind (see README). The first blind run's figures are in the README.
FLOORS = {
    "present": 0.98,  # after fix round 3: 1.000 (first blind run: see README)
    "absent": 0.98,  # after fix round 3: 1.000 (first blind run: see README)
    "affiliation": 0.98,  # after fix round 3: 1.000 (first blind run: see README)
    "recorded_by": 0.98,  # after fix round 3: 1.000 (first blind run: see README)
    "items": 0.98,  # after fix round 3: 1.000 (first blind run: see README)
    "persons_mentioned": 0.98,  # after fix round 3: 1.000 (first blind run: see README)
    "organisations_mentioned": 0.96,  # after fix round 3: 0.984 (first blind run: see README)
    "municipalities_mentioned": 0.98,  # after fix round 3: 1.000 (first blind run: see README)
    "decisions": 0.98,  # after fix round 3: 1.000 (first blind run: see README)
    "follow_ups": 0.95,  # after fix round 3: 0.978 (first blind run: see README)
    "dates_mentioned": 0.96,  # after fix round 3: 0.981 (first blind run: see README)
    "meeting_date": 0.98,  # after fix round 3: 1.000 (first blind run: see README)
    "person_resolution": 0.0,  # 0.000: both mentions read now; the variant is not merged (resolve.py)
}
OVERALL = 0.89  # after fix round 3: 0.919 (first blind run 0.711)


def _minutes_files() -> list[Path]:
    return sorted(BLIND4.glob("*.txt"))


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
        [sys.executable, "check_gold.py"], cwd=BLIND4 / "tools", capture_output=True, text=True
    )
    assert done.returncode == 0, done.stdout


@pytest.mark.parametrize("field", sorted(FLOORS))
def test_field_reaches_its_floor(scores: dict[str, tuple[float, float, float]], field: str) -> None:
    assert scores[field][2] >= FLOORS[field] - 1e-9, f"{field}: F1 {scores[field][2]:.3f}"


def test_overall(scores: dict[str, tuple[float, float, float]]) -> None:
    overall = sum(f for _, _, f in scores.values()) / len(scores)
    assert overall >= OVERALL, f"overall F1 {overall:.3f}"
