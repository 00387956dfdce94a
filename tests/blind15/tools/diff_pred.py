"""List the differences between a run's predictions and this set's gold (strict strings).

usage: python3 diff_pred.py PRED_DIR   (the scorer also accepts aliases, other_surfaces, also_written
and sentence overlap, so some '-'/'+' pairs here still score as found)
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from gold_lib import GOLD


def _load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def _show(label: str, gold: set, pred: set) -> None:
    for x in sorted(gold - pred, key=str):
        print(f"  - {label}: {x}")
    for x in sorted(pred - gold, key=str):
        print(f"  + {label}: {x}")


def main(pred_dir: str) -> None:
    for gf in sorted(GOLD.glob("*.json")):
        gold, pred = _load(gf), _load(Path(pred_dir) / gf.name)
        print(f"== {gf.stem}")
        for status in ("present", "absent"):
            _show(
                status,
                {(a["name"], a["affiliation_canonical"]) for a in gold.get(status, [])},
                {(a.get("name"), a.get("affiliation_canonical")) for a in pred.get(status, []) or []},
            )
        _show(
            "recorded_by",
            {(gold.get("recorded_by") or {}).get("name")},
            {(pred.get("recorded_by") or {}).get("name")},
        )
        _show(
            "meeting date",
            {(gold.get("meeting") or {}).get("date_estimate")},
            {(pred.get("meeting") or {}).get("date_estimate")},
        )
        gi = {str(i["number"]): i for i in gold.get("items", [])}
        pi = {str(i.get("number")): i for i in pred.get("items", []) or []}
        _show("item", {(n, i["title"]) for n, i in gi.items()}, {(n, i.get("title")) for n, i in pi.items()})
        for n in sorted(set(gi) | set(pi), key=lambda x: (len(x), x)):
            g, p = gi.get(n, {}), pi.get(n, {})
            _show(
                f"{n} person",
                {x["name"] for x in g.get("persons_mentioned", [])},
                {x.get("name") for x in p.get("persons_mentioned", []) or []},
            )
            _show(
                f"{n} org",
                {x["surface"] for x in g.get("organisations_mentioned", [])},
                {x.get("surface") for x in p.get("organisations_mentioned", []) or []},
            )
            _show(
                f"{n} muni",
                set(g.get("municipalities_mentioned", [])),
                set(p.get("municipalities_mentioned", []) or []),
            )
            for key in ("decisions", "follow_ups"):
                _show(f"{n} {key}", set(g.get(key, [])), set(p.get(key, []) or []))
            _show(
                f"{n} date",
                {(d["surface"], d["iso"]) for d in g.get("dates_mentioned", [])},
                {(d.get("surface"), d.get("iso")) for d in p.get("dates_mentioned", []) or []},
            )


if __name__ == "__main__":
    main(sys.argv[1])
