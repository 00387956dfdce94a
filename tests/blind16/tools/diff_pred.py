"""List a run's differences from blind set 16's gold, per document and field (strict strings).

usage: python3 diff_pred.py PRED_DIR
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from gold_lib import GOLD, ws


def norm(s) -> str:
    return ws(str(s or "")).casefold().strip(" .,:;")


def show(tag: str, gold: set, pred: set) -> None:
    for x in sorted(gold - pred, key=str):
        print(f"  {tag} MISSED  {x}")
    for x in sorted(pred - gold, key=str):
        print(f"  {tag} EXTRA   {x}")


def main(pred_dir: str) -> None:
    for gf in sorted(GOLD.glob("*.json")):
        g = json.loads(gf.read_text(encoding="utf-8"))
        pf = Path(pred_dir) / gf.name
        print(f"== {gf.stem}")
        if not pf.exists():
            print("  no prediction")
            continue
        p = json.loads(pf.read_text(encoding="utf-8"))
        for s in ("present", "absent"):
            show(
                s,
                {(norm(a["name"]), norm(a["affiliation_canonical"])) for a in g[s]},
                {(norm(a.get("name")), norm(a.get("affiliation_canonical"))) for a in p.get(s) or []},
            )
        show(
            "recorded_by",
            {norm((g.get("recorded_by") or {}).get("name"))} - {""},
            {norm((p.get("recorded_by") or {}).get("name"))} - {""},
        )
        show(
            "meeting_date",
            {str(g["meeting"]["date_estimate"])},
            {str((p.get("meeting") or {}).get("date_estimate"))},
        )
        gi = {str(i["number"]): i for i in g["items"]}
        pi = {str(i.get("number")): i for i in p.get("items") or []}
        show(
            "item",
            {(n, norm(i["title"])) for n, i in gi.items()},
            {(n, norm(i.get("title"))) for n, i in pi.items()},
        )
        for n in sorted(set(gi) | set(pi), key=lambda x: (len(x), x)):
            a, b = gi.get(n, {}), pi.get(n, {})
            show(
                f"[{n}] person",
                {norm(x["name"]) for x in a.get("persons_mentioned", [])},
                {norm(x.get("name")) for x in b.get("persons_mentioned") or []},
            )
            show(
                f"[{n}] org",
                {norm(x["surface"]) for x in a.get("organisations_mentioned", [])},
                {norm(x.get("surface")) for x in b.get("organisations_mentioned") or []},
            )
            show(
                f"[{n}] muni",
                {norm(x) for x in a.get("municipalities_mentioned", [])},
                {norm(x) for x in b.get("municipalities_mentioned") or []},
            )
            show(
                f"[{n}] date",
                {(norm(x["surface"]), x["iso"]) for x in a.get("dates_mentioned", [])},
                {(norm(x.get("surface")), x.get("iso")) for x in b.get("dates_mentioned") or []},
            )
            for key in ("decisions", "follow_ups"):
                show(f"[{n}] {key}", {norm(x) for x in a.get(key, [])}, {norm(x) for x in b.get(key) or []})


if __name__ == "__main__":
    main(sys.argv[1])
