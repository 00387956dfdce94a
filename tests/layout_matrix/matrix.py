"""layout matrix scoring: layouts → rendered minutes → govkg extraction → F1 per field and overall.

Each layout renders every meeting of content.MEETINGS into a fresh folder; govkg extracts them as a
user would (ingest.extract_files, jsonio.minutes_to_json) and evaluate.Scorer scores them against
the rendered gold. A document the extractor rejects counts as all its gold missed.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from govkg.evaluate import Scorer
from govkg.ingest import extract_files
from govkg.jsonio import minutes_to_json
from tests.layout_matrix.content import MEETINGS
from tests.layout_matrix.gold import build
from tests.layout_matrix.model import Meeting
from tests.layout_matrix.render import Layout, render, variants

# person_resolution is left out of the overall figure: each meeting is its own document and no
# person attends two of them, so it has no pairs to score and is 1.0 whatever the layout does.
UNSCORED = ("person_resolution",)


@dataclass
class Row:
    dimension: str
    layout: Layout
    scores: dict[str, tuple[float, float, float]]
    pred: dict[str, Any]
    gold: dict[str, Any]
    texts: dict[str, str]
    failures: list[str]

    @property
    def overall(self) -> float:
        f1 = [f for field, (_, _, f) in self.scores.items() if field not in UNSCORED]
        return sum(f1) / len(f1)


def rendered_set(layout: Layout, meetings: tuple[Meeting, ...] = MEETINGS) -> dict[str, tuple[str, Any]]:
    """document stem → (text, gold) for every meeting in this layout."""
    out: dict[str, tuple[str, Any]] = {}
    for meeting in meetings:
        rendered = render(meeting, layout)
        out[meeting.slug] = (rendered.text, build(meeting, rendered, f"{meeting.slug}.txt"))
    return out


def score_layout(dimension: str, layout: Layout) -> Row:
    docs = rendered_set(layout)
    with tempfile.TemporaryDirectory(prefix="layout_matrix_") as tmp:
        paths = []
        for stem, (text, _) in docs.items():
            path = Path(tmp) / f"{stem}.txt"
            path.write_text(text, encoding="utf-8")
            paths.append(path)
        batch = extract_files(paths, workers=1)
    pred = {m.document.name: minutes_to_json(m) for m in batch.minutes}
    gold = {stem: g for stem, (_, g) in docs.items()}
    failures = [str(f.error) for f in batch.failures]
    texts = {stem: text for stem, (text, _) in docs.items()}
    return Row(dimension, layout, Scorer().score(pred, gold), pred, gold, texts, failures)


def run(combos: int = 6) -> list[Row]:
    return [score_layout(dimension, layout) for dimension, layout in variants(combos)]
