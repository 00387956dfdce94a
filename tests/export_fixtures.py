"""Fixtures of the export and explorer tests: a store built from examples/minutes by the real pipeline."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from govkg.export import Facts, facts_of
from govkg.ingest import extract_file as read_minutes
from govkg.pipeline import build
from govkg.rdf.iris import slug
from govkg.store import KnowledgeStore, open_store

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "minutes"
BODY = {"body": "GR kommunchefsgrupp"}
GEXF_SCHEMAS = Path(__file__).resolve().parent / "fixtures" / "gexf"


@pytest.fixture(scope="session")
def example_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The store directory of the example minutes (built once per test session)."""
    where = tmp_path_factory.mktemp("export") / "store"
    with open_store(where) as kg:
        report = build([EXAMPLES], kg, metadata=BODY)
    assert report.failed == 0, report.failures
    assert report.documents == len(list(EXAMPLES.glob("*.txt")))
    return where


@pytest.fixture()
def example_kg(example_store: Path) -> Iterator[KnowledgeStore]:
    with open_store(example_store, read_only=True) as kg:
        yield kg


@pytest.fixture(scope="session")
def example_facts(example_store: Path) -> Facts:
    with open_store(example_store, read_only=True) as kg:
        return facts_of(kg)


@pytest.fixture(scope="session")
def attendance_names() -> list[str]:
    """Every name in the attendance lists of the extraction of the example minutes (as written and
    as resolved), and its ASCII slug: what the public mode must never let through."""
    names: set[str] = set()
    for path in sorted(EXAMPLES.glob("*.txt")):
        for a in read_minutes(path, BODY).attendees:
            names.update(n for n in (a.name.text, a.canonical_name) if n)
    assert len(names) >= 20
    return sorted(names | {slug(n) for n in names})
