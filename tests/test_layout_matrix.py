"""The layout matrix (tests/layout_matrix): the same meetings in many layouts of the genre.

Every variant's gold must fit its rendered text, every variant must render differently from the plain
baseline, and every variant's overall F1 must stay at or above its floor in
tests/layout_matrix/floors.json (the figure of the recorded run minus 0.02): a regression guard,
not a target. Rerun and read the table: `.venv/bin/python -m tests.layout_matrix.report`.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.layout_matrix.content import MEETINGS
from tests.layout_matrix.gold import problems
from tests.layout_matrix.matrix import rendered_set, score_layout
from tests.layout_matrix.render import DIMENSIONS, Layout, render, variants

FLOORS: dict[str, float] = json.loads(
    (Path(__file__).resolve().parent / "layout_matrix" / "floors.json").read_text(encoding="utf-8")
)["floors"]
VARIANTS = variants()
IDS = [layout.key for _, layout in VARIANTS]


def test_one_row_per_non_baseline_value_plus_combinations() -> None:
    singles = sum(len(values) - 1 for values in DIMENSIONS.values())
    assert len(VARIANTS) == 1 + singles + 6
    assert len(set(IDS)) == len(IDS)


@pytest.mark.parametrize(("dimension", "layout"), VARIANTS, ids=IDS)
def test_rendered_gold_fits_its_text(dimension: str, layout: Layout) -> None:
    for stem, (text, gold) in rendered_set(layout).items():
        assert problems(gold, text) == [], stem


@pytest.mark.parametrize(("dimension", "layout"), VARIANTS[1:], ids=IDS[1:])
def test_variant_changes_the_text(dimension: str, layout: Layout) -> None:
    for meeting in MEETINGS:
        assert render(meeting, layout).text != render(meeting, Layout()).text


def test_gold_content_is_the_same_across_layouts() -> None:
    """Item-level gold does not depend on the layout (bar heading, title case and subheadings)."""

    def content(layout: Layout) -> list[object]:
        golds = [g for _, g in rendered_set(layout).values()]
        keep = ("persons_mentioned", "organisations_mentioned", "decisions", "follow_ups", "dates_mentioned")
        return [[{k: it[k] for k in keep} for it in g["items"]] for g in golds]

    base = content(Layout())
    assert all(content(layout) == base for _, layout in VARIANTS)


def test_floors_cover_every_variant() -> None:
    assert set(FLOORS) == set(IDS)


@pytest.mark.parametrize(("dimension", "layout"), VARIANTS, ids=IDS)
def test_variant_reaches_its_floor(dimension: str, layout: Layout) -> None:
    row = score_layout(dimension, layout)
    assert row.overall >= FLOORS[layout.key] - 1e-9, f"{layout.key}: overall F1 {row.overall:.3f}"
