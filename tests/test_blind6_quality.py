"""Sixth blind set (tests/blind6): three unseen minutes, extracted end to end, against their hand-made gold.

These are BLIND figures: the documents and their gold were written before the extractor was run
on them (and before its source was read), and no code was changed after the run
(tests/blind6/README.md has the measurement and the error analysis). One document
(ostergotland_kommundirektorer_kryss, a checkbox roll call with decimal item numbers) is rejected
by the extractor as "not minutes"; it is scored as an empty prediction. The floors are the
measured F1 minus 0.02, rounded down: a regression floor, not a target. Raise a floor when a fix
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

BLIND6 = Path(__file__).resolve().parent / "blind6"
GOLD = BLIND6 / "gold"

# Measured blind F1 (first run) minus 0.02, rounded down (never below 0).
FLOORS = {
    "present": 0.54,  # measured 0.564
    "absent": 0.38,  # 0.400
    "affiliation": 0.38,  # 0.409
    "recorded_by": 0.48,  # 0.500
    "items": 0.50,  # 0.526
    "persons_mentioned": 0.60,  # 0.625
    "organisations_mentioned": 0.49,  # 0.510
    "municipalities_mentioned": 0.50,  # 0.522
    "decisions": 0.42,  # 0.444
    "follow_ups": 0.48,  # 0.500
    "dates_mentioned": 0.48,  # 0.500
    "meeting_date": 0.38,  # 0.400
    "person_resolution": 0.0,  # 0.000: both mentions of the one same-person pair are lost
}
OVERALL = 0.43  # measured 0.454


def _minutes_files() -> list[Path]:
    return sorted(BLIND6.glob("*.txt"))


@pytest.fixture(scope="module")
def scores() -> dict[str, tuple[float, float, float]]:
    # A rejected document stays out of the predictions, so all its gold counts as missed.
    batch = extract_files(_minutes_files())
    pred = {m.document.name: minutes_to_json(m) for m in batch.minutes}
    return Scorer().score(pred, load_dir(GOLD))


def test_every_document_has_gold() -> None:
    assert len(_minutes_files()) == 3
    assert {p.stem for p in _minutes_files()} == set(load_dir(GOLD))


def test_gold_strings_occur_in_their_documents() -> None:
    done = subprocess.run(
        [sys.executable, "check_gold.py"], cwd=BLIND6 / "tools", capture_output=True, text=True
    )
    assert done.returncode == 0, done.stdout


@pytest.mark.parametrize("field", sorted(FLOORS))
def test_field_reaches_its_floor(scores: dict[str, tuple[float, float, float]], field: str) -> None:
    assert scores[field][2] >= FLOORS[field] - 1e-9, f"{field}: F1 {scores[field][2]:.3f}"


def test_overall(scores: dict[str, tuple[float, float, float]]) -> None:
    overall = sum(f for _, _, f in scores.values()) / len(scores)
    assert overall >= OVERALL, f"overall F1 {overall:.3f}"
