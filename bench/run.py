"""bench: every benchmark at a size that finishes in a few minutes → one table of figures (``make bench``).

Figures are measured side by side in one run on this machine; the targets are DESIGN §7's.

    .venv/bin/python bench/run.py            # default sizes
    .venv/bin/python bench/run.py --quick    # smaller sizes, a smoke run
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_build
import bench_extract
import bench_queries
from synth import write

from govkg.ingest import default_workers, extract_files
from govkg.resolve import resolve


def cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def extract_parallel(n: int) -> dict[str, float]:
    """Read + parse + extract of ``n`` files the way ``govkg build`` does it (worker processes),
    then cross-document resolution on its own."""
    with tempfile.TemporaryDirectory() as tmp:
        write(Path(tmp), n)
        workers = default_workers(n)
        t0 = time.perf_counter()
        batch = extract_files([Path(tmp)], {"body": "GR kommunchefsgrupp"}, resolve_entities=False)
        extract_s = time.perf_counter() - t0
        t1 = time.perf_counter()
        resolve(batch.minutes)
        resolve_s = time.perf_counter() - t1
    return {"documents": n, "workers": workers, "extract_s": extract_s, "resolve_s": resolve_s}


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sizes (a smoke run)")
    args = parser.parse_args()
    n_extract, n_parallel, n_build, n_queries = (100, 200, 100, 300) if args.quick else (500, 600, 500, 2000)

    rows: list[tuple[str, str, str]] = []

    def add(name: str, figure: str, target: str = "") -> None:
        rows.append((name, figure, target))
        print(f"  {name}: {figure}", file=sys.stderr, flush=True)

    print("parse + extract, one process …", file=sys.stderr, flush=True)
    ex = bench_extract.run(n_extract)
    add("parse+extract, 1 process", f"{ex['docs_per_s']:.0f} docs/s", "≥ 200 docs/s per core")

    print("parse + extract in worker processes, then resolve …", file=sys.stderr, flush=True)
    par = extract_parallel(n_parallel)
    add(
        f"read+parse+extract, {par['workers']:.0f} workers ({n_parallel} files)",
        f"{par['documents'] / par['extract_s']:.0f} docs/s",
    )
    add(f"resolve persons across {n_parallel} docs", f"{par['resolve_s']:.1f} s")
    add(f"resolve, {10 * n_build} docs", f"{__import__('bench_resolve').run(10 * n_build)['seconds']:.1f} s")

    print("build (map + load + derived + describe) …", file=sys.stderr, flush=True)
    b = bench_build.run(n_build, rdflib_parse=True)
    q, build_s, bulk_s = b["quads"], b["build_s"], b["bulk_load_s"]
    add(
        f"build of {n_build} minutes into the on-disk store",
        f"{n_build / build_s:.0f} docs/s, {q / build_s / 1000:.0f}k quads/s ({q / n_build:.0f} quads/doc)",
    )
    add("pyoxigraph bulk_load of the same N-Quads", f"{q / bulk_s / 1000:.0f}k quads/s")
    add("build rate / bulk_load rate", f"{bulk_s / build_s:.0%}", "≥ 80%")
    add("rdflib parse of the same N-Quads / build time", f"{b['rdflib_parse_s'] / build_s:.1f}×", "> 1×")
    per_doc = 1 / (par["documents"] / par["extract_s"]) + build_s / n_build
    add("projected build of 10,000 minutes (extract + map + load)", f"{per_doc * 10000:.0f} s", "< 120 s")

    print(f"queries on {n_queries} synthetic meetings …", file=sys.stderr, flush=True)
    qr = bench_queries.run(n_queries, repeat=5)
    results = qr["results"]
    assert isinstance(results, list)
    slow = [r for r in results if not r["ok"]]
    worst = max(results, key=lambda r: r["median_ms"])
    network = [r for r in results if r["query"] in bench_queries.NETWORK]
    others = [r for r in results if r["query"] not in bench_queries.NETWORK]

    def fastest_share(rs: list[dict[str, object]]) -> str:
        return f"{sum(1 for r in rs if r['ok'])} of {len(rs)} runs within target"

    add(f"canned queries (median of 5), {n_queries} meetings", fastest_share(others), "< 100 ms each")
    add("network queries (median of 5)", fastest_share(network), "< 1 s each")
    add(
        "slowest query",
        f"{worst['query']} {worst['args']} {worst['median_ms']:.0f} ms".replace("inf ms", "> 10 s"),
    )
    add(
        "queries over target",
        str(len(slow)) + (": " + ", ".join(sorted({str(r["query"]) for r in slow})) if slow else ""),
    )

    print()
    print(f"govkg benchmarks — {cores()} cores, Python {platform.python_version()}, {platform.machine()}")
    width = max(len(r[0]) for r in rows)
    fig = max(len(r[1]) for r in rows)
    print(f"| {'benchmark':<{width}} | {'figure':<{fig}} | target |")
    print(f"|{'-' * (width + 2)}|{'-' * (fig + 2)}|--------|")
    for name, figure, target in rows:
        print(f"| {name:<{width}} | {figure:<{fig}} | {target} |")
    print()
    print(bench_queries.report(results))


if __name__ == "__main__":
    main()
