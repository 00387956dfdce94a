"""The example minutes, extracted end to end, measured against the hand-made gold annotations.

These figures are a floor that must not drop; they are not the target the rules were written for
(the extractor is also measured on minutes it has never seen, see tests/annotated/).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from govkg.evaluate import Scorer, load_dir
from govkg.ingest import extract_files
from govkg.jsonio import minutes_to_json
from tests.conftest import EXAMPLES, GOLD

FLOORS = {
    "present": 1.0,
    "absent": 1.0,
    "items": 1.0,
    "recorded_by": 1.0,
    "affiliation": 0.95,
    "persons_mentioned": 0.97,
    "organisations_mentioned": 0.93,
    "municipalities_mentioned": 0.97,
    "dates_mentioned": 0.95,
    "decisions": 0.9,
    "follow_ups": 0.88,
    "meeting_date": 0.8,
    "person_resolution": 1.0,
}


@pytest.fixture(scope="module")
def scores() -> dict[str, tuple[float, float, float]]:
    batch = extract_files([EXAMPLES])
    assert not batch.failures
    pred = {m.document.name: minutes_to_json(m) for m in batch.minutes}
    return Scorer().score(pred, load_dir(GOLD))


@pytest.mark.parametrize("field", sorted(FLOORS))
def test_field_reaches_its_floor(scores: dict[str, tuple[float, float, float]], field: str) -> None:
    assert scores[field][2] >= FLOORS[field] - 1e-9, f"{field}: F1 {scores[field][2]:.3f}"


def test_overall(scores: dict[str, tuple[float, float, float]]) -> None:
    overall = sum(f for _, _, f in scores.values()) / len(scores)
    assert overall >= 0.97


def test_meeting_month_right_for_at_least_three(tmp_path: Path) -> None:
    batch = extract_files([EXAMPLES])
    gold = load_dir(GOLD)
    right = sum(
        1
        for m in batch.minutes
        if (m.meeting.date or "")[:7] == (gold[m.document.name]["meeting"]["date_estimate"] or "")[:7]
    )
    assert right >= 3
