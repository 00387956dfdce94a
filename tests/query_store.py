"""The example minutes built once per test session through the real pipeline (for the query tests).

Each test module wraps ``built_store()`` in a fixture; the cache makes the build happen once.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from collections.abc import Iterator, Sequence
from functools import cache
from pathlib import Path

from pyoxigraph import NamedNode, Quad

from govkg.pipeline import build
from govkg.store import KnowledgeStore, open_store

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples" / "minutes"
BODY = "GR kommunchefsgrupp"


@cache
def built_store() -> Path:
    """A store directory holding ``govkg build examples/minutes --body "GR kommunchefsgrupp"``."""
    where = Path(tempfile.mkdtemp(prefix="govkg-query-tests-"))
    atexit.register(shutil.rmtree, where, ignore_errors=True)
    store = where / "store"
    with open_store(store) as kg:
        report = build([EXAMPLES], kg, metadata={"body": BODY})
    assert not report.failures, report.failures
    return store


def copy_store(target: Path) -> Path:
    """A private copy of the built store (for tests that write or lock it)."""
    from pyoxigraph import Store

    Store.read_only(str(built_store())).backup(str(target))
    return target


def graphs_of(kg: KnowledgeStore) -> Iterator[tuple[NamedNode, list[Quad]]]:
    """Every named graph of a store with its quads, as ``push_graphs`` takes them."""
    for graph in kg.graphs():
        yield graph, list(kg.quads(graph))


def comparable(rows: Sequence[Sequence[object]]) -> list[tuple[str, ...]]:
    """Rows as text with blank nodes made equal: a store that receives N-Triples relabels them, and
    ORDER BY over blank-node labels can then differ, so rows holding one are compared as a set."""
    from pyoxigraph import BlankNode

    text = [tuple("_:" if isinstance(t, BlankNode) else str(t) for t in row) for row in rows]
    has_blank = any(isinstance(t, BlankNode) for row in rows for t in row)
    return sorted(text) if has_blank else text
