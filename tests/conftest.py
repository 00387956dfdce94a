"""Shared fixtures: paths to the example minutes and the copied gold annotations."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples" / "minutes"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
GOLD = FIXTURES / "gold"
CASES = Path(__file__).resolve().parent / "cases"


@pytest.fixture(scope="session")
def example_files() -> list[Path]:
    return sorted(EXAMPLES.glob("*.txt"))
