"""Fifth blind set (tests/blind5): four unseen minutes, extracted end to end, against their hand-made gold.

The first figures were BLIND: the documents and their gold were written before the extractor was run
on them (and before its source was read), the run waited for the third fix round to finish, and
no code was changed after the run (tests/blind5/README.md has the measurement and the error
analysis). Fix round 4 was then driven by this set's error analysis, so the set is NO LONGER
BLIND: its floors (now the post-fix figures minus 0.02) guard against regressions only and say
nothing about unseen minutes. A floor is a regression floor, not a target: raise it when a fix
lifts the figure; never tune the extractor to this set's text (write new blind minutes instead).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from govkg.evaluate import Scorer, load_dir
from govkg.ingest import extract_files
from govkg.jsonio import minutes_to_json

BLIND5 = Path(__file__).resolve().parent / "blind5"
GOLD = BLIND5 / "gold"

# Measured blind F1 (first run) minus 0.02, rounded down (never below 0); raised after fix round 4
# (tests/blind5/README.md "After fix round 4"): from then on the set is no longer blind.
FLOORS = {
    "present": 0.98,  # measured 0.423; after fix round 4: 1.000
    "absent": 0.98,  # 0.857; after fix round 4: 1.000
    "affiliation": 0.98,  # 0.483; after fix round 4: 1.000
    "recorded_by": 0.98,  # 0.667; after fix round 4: 1.000
    "items": 0.98,  # 1.000
    "persons_mentioned": 0.98,  # 0.935; after fix round 4: 1.000
    "organisations_mentioned": 0.79,  # 0.811; after fix round 4: 0.818
    "municipalities_mentioned": 0.91,  # 0.909; after fix round 4: 0.930
    "decisions": 0.91,  # 0.933
    "follow_ups": 0.87,  # 0.897; after fix round 4: 0.897
    "dates_mentioned": 0.98,  # 0.951; after fix round 4: 1.000
    "meeting_date": 0.98,  # 0.750; after fix round 4: 1.000
    "person_resolution": 0.98,  # 0.000 (half of the one pair lost); after fix round 4: 1.000
}
OVERALL = 0.94  # measured 0.740; after fix round 4: 0.968


def _minutes_files() -> list[Path]:
    return sorted(BLIND5.glob("*.txt"))


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
        [sys.executable, "check_gold.py"], cwd=BLIND5 / "tools", capture_output=True, text=True
    )
    assert done.returncode == 0, done.stdout


@pytest.mark.parametrize("field", sorted(FLOORS))
def test_field_reaches_its_floor(scores: dict[str, tuple[float, float, float]], field: str) -> None:
    assert scores[field][2] >= FLOORS[field] - 1e-9, f"{field}: F1 {scores[field][2]:.3f}"


def test_overall(scores: dict[str, tuple[float, float, float]]) -> None:
    overall = sum(f for _, _, f in scores.values()) / len(scores)
    assert overall >= OVERALL, f"overall F1 {overall:.3f}"
