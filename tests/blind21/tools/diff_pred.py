#!/usr/bin/env python3
"""List the differences between an extraction and the blind-21 gold, field by field.

usage: python3 diff_pred.py PRED_DIR [GOLD_DIR]
Uses score.py's own normalisation and matching (imported from /work/shared/eval).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
import score

HERE = Path(__file__).resolve().parent


def main() -> int:
    pred_dir = Path(sys.argv[1])
    gold_dir = Path(sys.argv[2]) if len(sys.argv) > 2 else HERE.parent / "gold"
    preds, golds = score.load_dir(pred_dir), score.load_dir(gold_dir)
    for name, g in golds.items():
        p = preds.get(name) or {}
        print(f"=== {name}")
        for st in ("present", "absent"):
            ga = {
                score.norm(a["name"]): score.norm_org(a.get("affiliation_canonical")) for a in g.get(st) or []
            }
            pa = {
                score.norm(a.get("name")): score.norm_org(a.get("affiliation_canonical"))
                for a in p.get(st) or []
            }
            for n in sorted(set(ga) - set(pa)):
                print(f"  {st} MISSED {n}")
            for n in sorted(set(pa) - set(ga)):
                print(f"  {st} EXTRA {n}")
            for n in sorted(set(ga) & set(pa)):
                if ga[n] != pa[n]:
                    print(f"  {st} AFFILIATION {n}: gold {ga[n]!r} pred {pa[n]!r}")
        grb, prb = (g.get("recorded_by") or {}).get("name"), (p.get("recorded_by") or {}).get("name")
        if score.norm(grb) != score.norm(prb):
            print(f"  recorded_by gold {grb!r} pred {prb!r}")
        gd = ((g.get("meeting") or {}).get("date_estimate") or "")[:7]
        pd = ((p.get("meeting") or {}).get("date_estimate") or "")[:7]
        if gd != pd:
            print(f"  meeting_date gold {gd} pred {pd}")
        gi, pi = score.items_by_number(g), score.items_by_number(p)
        for n in sorted(set(gi) | set(pi), key=lambda x: int(x) if x.isdigit() else 0):
            git, pit = gi.get(n, {}), pi.get(n, {})
            if score.norm(git.get("title")) != score.norm(pit.get("title")):
                print(f"  item {n}: title gold {git.get('title')!r} pred {pit.get('title')!r}")
            gp = [
                {score.norm(x["name"]), *map(score.norm, x.get("also_written") or [])}
                for x in git.get("persons_mentioned") or []
            ]
            pp = {score.norm(x.get("name")) for x in pit.get("persons_mentioned") or []}
            for s in gp:
                if not s & pp:
                    print(f"  item {n}: person MISSED {sorted(s)}")
            for x in sorted(pp):
                if not any(x in s for s in gp):
                    print(f"  item {n}: person EXTRA {x}")
            go = [
                {score.norm(x["surface"]), *map(score.norm, x.get("other_surfaces") or [])}
                for x in git.get("organisations_mentioned") or []
            ]
            po = {score.norm(x.get("surface")) for x in pit.get("organisations_mentioned") or []}
            for s in go:
                if not s & po:
                    print(f"  item {n}: org MISSED {sorted(s)}")
            for x in sorted(po):
                if not any(x in s for s in go):
                    print(f"  item {n}: org EXTRA {x}")
            gm = {score.norm_org(x) for x in git.get("municipalities_mentioned") or []}
            pm = {score.norm_org(x) for x in pit.get("municipalities_mentioned") or []}
            for x in sorted(gm - pm):
                print(f"  item {n}: municipality MISSED {x}")
            for x in sorted(pm - gm):
                print(f"  item {n}: municipality EXTRA {x}")
            for key in ("decisions", "follow_ups"):
                border = list(git.get("borderline_" + key) or [])
                preds_k = [x for x in pit.get(key) or [] if not score.sentence_match([x], border)[0]]
                gold_k = list(git.get(key) or [])
                for x in preds_k:
                    if not score.sentence_match([x], gold_k)[0]:
                        print(f"  item {n}: {key} EXTRA {x!r}")
                for x in gold_k:
                    if not score.sentence_match(preds_k, [x])[0]:
                        print(f"  item {n}: {key} MISSED {x!r}")
            gdd = {
                (score.norm(x["surface"]), score.norm(x["iso"]))
                for x in git.get("dates_mentioned") or []
                if score.MONTH_PRECISE.match(str(x.get("iso") or ""))
            }
            pdd = {
                (score.norm(x.get("surface")), score.norm(x.get("iso")))
                for x in pit.get("dates_mentioned") or []
                if score.MONTH_PRECISE.match(str(x.get("iso") or ""))
            }
            for x in sorted(gdd - pdd):
                print(f"  item {n}: date MISSED {x}")
            for x in sorted(pdd - gdd):
                print(f"  item {n}: date EXTRA {x}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
