"""bench: every canned query on a large synthetic store → median latency per query (and its examples).

Builds an on-disk store of N synthetic seed-like meetings (bench_build's generator, the RDF half of a
build), then runs each query in ``queries/*.rq`` with its defaults and with each ``#+ example:`` of
its header, ``--repeat`` times, and reports the median. Targets (DESIGN §7): < 100 ms median, whole-
graph network queries < 1 s.

    .venv/bin/python bench/bench_queries.py -n 2000
    .venv/bin/python bench/bench_queries.py --store /tmp/kg   # reuse a store built before
"""

from __future__ import annotations

import argparse
import multiprocessing
import random
import shlex
import statistics
import sys
import tempfile
import time
from multiprocessing.connection import Connection
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_build import synthetic

from govkg.pipeline import load_minutes
from govkg.queries import CannedQuery, catalogue, run_local
from govkg.rdf.orgs import gazetteer_lookup
from govkg.store import open_store

# Whole-graph network queries have the looser target of one second.
NETWORK = {"coattendance-network", "topic-cooccurrence"}


def build_store(path: Path, n: int, seed: int = 1) -> float:
    """Build ``n`` synthetic meetings into ``path``; returns the seconds it took."""
    rng = random.Random(seed)
    t0 = time.perf_counter()
    with open_store(path) as kg:
        load_minutes([synthetic(i, rng) for i in range(n)], kg, lookup=gazetteer_lookup())
    return time.perf_counter() - t0


def runs(query: CannedQuery) -> list[tuple[str, dict[str, str]]]:
    """The defaults run plus one run per header example (``-p name value`` pairs)."""
    out: list[tuple[str, dict[str, str]]] = []
    if all(not p.required for p in query.params):
        out.append(("", {}))
    for example in query.examples:
        words = shlex.split(example)
        values = {words[k + 1]: words[k + 2] for k in range(0, len(words) - 2, 3) if words[k] == "-p"}
        out.append((example, values))
    return out


def _time_one(path: str, name: str, values: dict[str, str], repeat: int, conn: Connection) -> None:
    """In a child process: open the store read-only, run once to warm up, then time ``repeat`` runs."""
    with open_store(path, read_only=True) as kg:
        query = catalogue()[name]
        rows = len(run_local(query, kg.store, values).rows)
        times = []
        for _ in range(repeat):
            t0 = time.perf_counter()
            run_local(query, kg.store, values)
            times.append(time.perf_counter() - t0)
    conn.send((rows, statistics.median(times)))


def time_queries(path: Path, repeat: int, timeout: float = 10.0) -> list[dict[str, object]]:
    """Median time of each query run; a run that takes longer than ``timeout`` seconds in all is
    stopped and reported as such (one slow query must not stall the whole bench)."""
    context = multiprocessing.get_context("fork")
    results: list[dict[str, object]] = []
    for name, query in catalogue().items():
        target = 1.0 if name in NETWORK else 0.1
        for label, values in runs(query):
            parent, child = context.Pipe(duplex=False)
            proc = context.Process(target=_time_one, args=(str(path), name, values, repeat, child))
            proc.start()
            rows: object = "-"
            median = float("inf")
            if parent.poll(timeout):
                rows, median = parent.recv()
            proc.terminate()
            proc.join()
            results.append(
                {
                    "query": name,
                    "args": label,
                    "rows": rows,
                    "median_ms": median * 1000,
                    "ok": median < target,
                }
            )
    return results


def report(results: list[dict[str, object]]) -> str:
    lines = [f"{'query':<44} {'args':<40} {'rows':>6} {'median ms':>10}  target"]
    for r in results:
        mark = "ok" if r["ok"] else "SLOW"
        ms = r["median_ms"]
        shown = f"{ms:>10.1f}" if isinstance(ms, float) and ms != float("inf") else f"{'timeout':>10}"
        lines.append(f"{r['query']!s:<44} {r['args']!s:<40.40} {r['rows']!s:>6} {shown}  {mark}")
    return "\n".join(lines)


def run(n: int, repeat: int = 5, store: Path | None = None, timeout: float = 10.0) -> dict[str, object]:
    """Build (unless ``store`` exists) and time; returns the figures for bench/run.py."""
    with tempfile.TemporaryDirectory() as tmp:
        path = store or Path(tmp) / "kg"
        build_s = build_store(path, n) if not (path / "CURRENT").exists() else 0.0
        results = time_queries(path, repeat, timeout)
    return {"meetings": n, "build_s": build_s, "results": results}


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("-n", type=int, default=2000, help="synthetic meetings in the store")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--store", type=Path, help="an existing store directory (or where to build one)")
    parser.add_argument("--timeout", type=float, default=10.0, help="seconds before a query run is stopped")
    args = parser.parse_args()
    out = run(args.n, args.repeat, args.store, args.timeout)
    print(f"store: {out['meetings']} meetings (built in {out['build_s']:.1f} s)")
    print(report(out["results"]))  # type: ignore[arg-type]


if __name__ == "__main__":
    main()
