"""run diff: a prediction folder against gold/ → missed (-) and extra (+) strings per document and field.

usage: python3 diff_pred.py PRED_DIR. A strict string diff: borderline sentences and also_written forms
are shown but do not score (score.py is the measure).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from gold_lib import GOLD


def norm(s: object) -> str:
    return re.sub(r"\s+", " ", str(s or "")).strip().casefold()


def show(label: str, gold: set[str], pred: set[str]) -> None:
    for s in sorted(gold - pred):
        print(f"  - {label}: {s}")
    for s in sorted(pred - gold):
        print(f"  + {label}: {s}")


def main(pred_dir: str) -> None:
    preds = {}
    for f in Path(pred_dir).glob("*.json"):
        d = json.loads(f.read_text(encoding="utf-8"))
        if isinstance(d, dict) and "items" in d:
            preds[Path(str(d.get("document") or f.stem)).stem] = d
    for g in sorted(GOLD.glob("*.json")):
        gold = json.loads(g.read_text(encoding="utf-8"))
        pred = preds.get(g.stem, {})
        print(f"== {g.stem}")
        gm, pm = gold["meeting"]["date_estimate"], (pred.get("meeting") or {}).get("date_estimate")
        if gm != pm:
            print(f"  meeting date: gold {gm} pred {pm}")
        for status in ("present", "absent"):
            show(
                status,
                {f"{norm(a['name'])} [{a['affiliation_canonical']}]" for a in gold[status]},
                {f"{norm(a.get('name'))} [{a.get('affiliation_canonical')}]" for a in pred.get(status) or []},
            )
        grb = (gold.get("recorded_by") or {}).get("name")
        prb = (pred.get("recorded_by") or {}).get("name")
        if norm(grb) != norm(prb):
            print(f"  recorded_by: gold {grb} pred {prb}")
        gi = {it["number"]: it for it in gold["items"]}
        pi = {}
        for it in pred.get("items") or []:
            try:
                pi[int(it.get("number"))] = it
            except (TypeError, ValueError):
                pi[str(it.get("number"))] = it
        for n in sorted(set(gi) | set(pi), key=str):
            a, b = gi.get(n, {}), pi.get(n, {})
            print(f" item {n}: gold {a.get('title')!r} | pred {b.get('title')!r}")
            show(
                "person",
                {norm(p["name"]) for p in a.get("persons_mentioned", [])},
                {norm(p.get("name")) for p in b.get("persons_mentioned") or []},
            )
            show(
                "org",
                {norm(o["surface"]) for o in a.get("organisations_mentioned", [])},
                {norm(o.get("surface")) for o in b.get("organisations_mentioned") or []},
            )
            show(
                "muni",
                {norm(m) for m in a.get("municipalities_mentioned", [])},
                {norm(m) for m in b.get("municipalities_mentioned") or []},
            )
            for key in ("decisions", "follow_ups"):
                show(key, {norm(s) for s in a.get(key, [])}, {norm(s) for s in b.get(key) or []})
                for s in a.get("borderline_" + key, []):
                    print(f"  ~ borderline {key}: {norm(s)}")
            show(
                "date",
                {f"{norm(d['surface'])} = {d['iso']}" for d in a.get("dates_mentioned", [])},
                {f"{norm(d.get('surface'))} = {d.get('iso')}" for d in b.get("dates_mentioned") or []},
            )


if __name__ == "__main__":
    main(sys.argv[1])
