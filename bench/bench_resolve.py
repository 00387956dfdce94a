"""bench: cross-document person resolution of N synthetic minutes (10,000 should take seconds).

Usage: python bench/bench_resolve.py [N ...]   — N synthetic documents (default 600 and 5000).
The documents are extracted first (worker processes, not timed); only ``resolve`` is timed.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synth import write

from govkg.ingest import extract_files
from govkg.resolve import resolve


def run(n: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        write(Path(tmp), n)
        minutes = extract_files([Path(tmp)], {"body": "GR kommunchefsgrupp"}, resolve_entities=False).minutes
    t0 = time.perf_counter()
    report = resolve(minutes)
    elapsed = time.perf_counter() - t0
    persons = {a.person_id for m in minutes for a in m.attendees}
    return {"documents": n, "seconds": elapsed, "persons": len(persons), "merges": len(report.merges)}


if __name__ == "__main__":
    for size in [int(a) for a in sys.argv[1:]] or [600, 5000]:
        r = run(size)
        print(
            f"resolve: {r['documents']:.0f} docs in {r['seconds']:.2f} s "
            f"({r['persons']:.0f} persons, {r['merges']:.0f} merges reported)"
        )
