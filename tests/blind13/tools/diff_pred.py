"""error listing: PRED_DIR + gold/*.json → strict per-field differences (- missed, + extra).

usage: python3 diff_pred.py PRED_DIR
A strict string diff: the scorer also accepts other_surfaces, also_written and sentence overlap,
so a `-`/`+` pair here may still score as found.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

BLIND = Path(__file__).resolve().parents[1]


def low(s: object) -> str:
    return " ".join(str(s or "").casefold().split()).strip(" .,:;")


def show(label: str, gold: set[str], pred: set[str]) -> None:
    for s in sorted(gold - pred):
        print(f"  - {label}: {s}")
    for s in sorted(pred - gold):
        print(f"  + {label}: {s}")


def main(pred_dir: str) -> None:
    for gf in sorted((BLIND / "gold").glob("*.json")):
        g = json.loads(gf.read_text(encoding="utf-8"))
        pf = Path(pred_dir) / gf.name
        print(f"== {g['document']}")
        if not pf.exists():
            print("  no prediction")
            continue
        p = json.loads(pf.read_text(encoding="utf-8"))
        show(
            "date", {low(g["meeting"]["date_estimate"])}, {low((p.get("meeting") or {}).get("date_estimate"))}
        )
        for s in ("present", "absent"):
            show(
                s,
                {f"{low(a['name'])} | {low(a['affiliation_canonical'])}" for a in g[s]},
                {f"{low(a.get('name'))} | {low(a.get('affiliation_canonical'))}" for a in p.get(s) or []},
            )
        show(
            "recorded_by",
            {low((g.get("recorded_by") or {}).get("name"))},
            {low((p.get("recorded_by") or {}).get("name"))},
        )
        gi = {str(it["number"]): it for it in g["items"]}
        pi = {str(it.get("number")): it for it in p.get("items") or []}
        show(
            "item",
            {f"{n} {low(it['title'])}" for n, it in gi.items()},
            {f"{n} {low(it.get('title'))}" for n, it in pi.items()},
        )
        for n in sorted(set(gi) | set(pi), key=lambda x: (len(x), x)):
            a, b = gi.get(n, {}), pi.get(n, {})
            print(f" item {n}")
            show(
                "person",
                {low(x["name"]) for x in a.get("persons_mentioned", [])},
                {low(x.get("name")) for x in b.get("persons_mentioned") or []},
            )
            show(
                "org",
                {low(x["surface"]) for x in a.get("organisations_mentioned", [])},
                {low(x.get("surface")) for x in b.get("organisations_mentioned") or []},
            )
            show(
                "muni",
                {low(x) for x in a.get("municipalities_mentioned", [])},
                {low(x) for x in b.get("municipalities_mentioned") or []},
            )
            for k in ("decisions", "follow_ups"):
                show(k, {low(x) for x in a.get(k, [])}, {low(x) for x in b.get(k) or []})
            show(
                "date",
                {f"{low(x['surface'])}={x['iso']}" for x in a.get("dates_mentioned", [])},
                {f"{low(x.get('surface'))}={x.get('iso')}" for x in b.get("dates_mentioned") or []},
            )


if __name__ == "__main__":
    main(sys.argv[1])
