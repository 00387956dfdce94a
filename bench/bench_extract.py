"""bench: parse + extract throughput on seed-sized minutes (target ≥ 200 documents/s per core).

Usage: python bench/bench_extract.py [N]   — N synthetic documents (default 500) plus the examples.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synth import write

from govkg.extract import extract_mentions
from govkg.parse import parse_minutes
from govkg.read import read_document


def run(n: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        paths = write(Path(tmp), n)
        docs = [read_document(p) for p in paths]
        extract_mentions(parse_minutes(docs[0]))  # warm the caches (gazetteer, lexicon, topics)
        t0 = time.perf_counter()
        for doc in docs:
            extract_mentions(parse_minutes(doc))
        elapsed = time.perf_counter() - t0
    return {"documents": n, "seconds": elapsed, "docs_per_s": n / elapsed}


if __name__ == "__main__":
    result = run(int(sys.argv[1]) if len(sys.argv) > 1 else 500)
    print(
        f"parse+extract: {result['documents']} docs in {result['seconds']:.2f} s "
        f"= {result['docs_per_s']:.0f} docs/s (one core)"
    )
