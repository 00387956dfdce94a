# ruff: noqa: E501
"""error listing: predicted JSON dir + gold/*.json → per document and field, missed (-) and extra (+)."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from annotation import GOLD


def norm(s: object) -> str:
    return re.sub(r"\s+", " ", str(s or "")).strip(" .,:;").casefold()


def show(label: str, pred: set[str], gold: set[str]) -> None:
    for g in sorted(gold - pred):
        print(f"  - {label}: {g}")
    for p in sorted(pred - gold):
        print(f"  + {label}: {p}")


def main(pred_dir: str) -> None:
    for path in sorted(GOLD.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        pfile = Path(pred_dir) / path.name
        pred = json.loads(pfile.read_text(encoding="utf-8")) if pfile.exists() else {}
        print(f"== {path.stem}")
        print(
            f"  meeting date: gold {gold['meeting']['date_estimate']} pred {(pred.get('meeting') or {}).get('date_estimate')}"
        )
        for status in ("present", "absent"):
            g = {f"{norm(a['name'])} | {a['affiliation_canonical']}" for a in gold[status]}
            p = {f"{norm(a.get('name'))} | {a.get('affiliation_canonical')}" for a in pred.get(status) or []}
            show(status, p, g)
        show(
            "recorded_by",
            {norm((pred.get("recorded_by") or {}).get("name"))} - {""},
            {norm((gold.get("recorded_by") or {}).get("name"))} - {""},
        )
        gi = {str(it["number"]): it for it in gold["items"]}
        pi = {str(it.get("number")): it for it in pred.get("items") or []}
        show(
            "item",
            {f"{n} {norm(it.get('title'))}" for n, it in pi.items()},
            {f"{n} {norm(it['title'])}" for n, it in gi.items()},
        )
        for n in sorted(set(gi) | set(pi), key=lambda x: int(x) if x.isdigit() else 0):
            g_it, p_it = gi.get(n, {}), pi.get(n, {})
            print(f" item {n}")
            show(
                "person",
                {norm(x.get("name")) for x in p_it.get("persons_mentioned") or []},
                {norm(x["name"]) for x in g_it.get("persons_mentioned") or []}
                | {norm(a) for x in g_it.get("persons_mentioned") or [] for a in x.get("also_written") or []},
            )
            show(
                "org",
                {norm(x.get("surface")) for x in p_it.get("organisations_mentioned") or []},
                {
                    norm(s)
                    for x in g_it.get("organisations_mentioned") or []
                    for s in [x["surface"], *x.get("other_surfaces", [])]
                },
            )
            show(
                "muni",
                {norm(x) for x in p_it.get("municipalities_mentioned") or []},
                {norm(x) for x in g_it.get("municipalities_mentioned") or []},
            )
            show(
                "date",
                {f"{norm(x.get('surface'))} = {x.get('iso')}" for x in p_it.get("dates_mentioned") or []},
                {f"{norm(x['surface'])} = {x['iso']}" for x in g_it.get("dates_mentioned") or []},
            )
            for key in ("decisions", "follow_ups"):
                border = {norm(x) for x in g_it.get("borderline_" + key) or []}
                show(
                    key,
                    {norm(x) for x in p_it.get(key) or []} - border,
                    {norm(x) for x in g_it.get(key) or []},
                )


if __name__ == "__main__":
    main(sys.argv[1])
