"""List every mismatch between a prediction dir and a gold dir. usage: python3 tools/diff_pred.py PRED GOLD"""

import importlib.util
import sys
from pathlib import Path

spec = importlib.util.spec_from_file_location("score", "/work/shared/eval/score.py")
S = importlib.util.module_from_spec(spec)
spec.loader.exec_module(S)
pred = S.load_dir(Path(sys.argv[1]))
gold = S.load_dir(Path(sys.argv[2]))
n = S.norm
for name, g in gold.items():
    p = pred.get(name, {})
    print("=====", name)
    for st in ("present", "absent"):
        gs = {n(a["name"]): a for a in g[st]}
        ps = {n(a.get("name")): a for a in p.get(st) or []}
        for k in gs.keys() - ps.keys():
            print(f"  {st} MISS {k}")
        for k in ps.keys() - gs.keys():
            print(f"  {st} EXTRA {k} {ps[k].get('affiliation_canonical')}")
        for k in gs.keys() & ps.keys():
            ga, pa = (
                S.norm_org(gs[k]["affiliation_canonical"]),
                S.norm_org(ps[k].get("affiliation_canonical")),
            )
            if ga != pa:
                print(f"  {st} AFF {k}: gold {ga!r} pred {pa!r} (pred raw aff {ps[k].get('affiliation')!r})")
    print("  recorded_by gold", g["recorded_by"]["name"], "pred", (p.get("recorded_by") or {}).get("name"))
    print("  meeting pred", {k: (p.get("meeting") or {}).get(k) for k in ("date_estimate", "body", "place")})
    gi, pi = S.items_by_number(g), S.items_by_number(p)
    for num in sorted(set(gi) | set(pi), key=lambda x: int(x) if x.isdigit() else 0):
        gt, pt = gi.get(num, {}), pi.get(num, {})
        if n(gt.get("title")) != n(pt.get("title")):
            print(f"  item {num} TITLE gold {gt.get('title')!r} pred {pt.get('title')!r}")
        gp = [{n(x["name"]), *map(n, x.get("also_written") or [])} for x in gt.get("persons_mentioned") or []]
        pp = [n(x.get("name")) for x in pt.get("persons_mentioned") or []]
        for s in pp:
            if not any(s in a for a in gp):
                print(f"  item {num} PERSON EXTRA {s}")
        for a in gp:
            if not a & set(pp):
                print(f"  item {num} PERSON MISS {a}")
        go = [
            {n(x["surface"]), *map(n, x.get("other_surfaces") or [])}
            for x in gt.get("organisations_mentioned") or []
        ]
        po = [n(x.get("surface")) for x in pt.get("organisations_mentioned") or []]
        for s in dict.fromkeys(po):
            if not any(s in a for a in go):
                print(f"  item {num} ORG EXTRA {s}")
        for a in go:
            if not a & set(po):
                print(f"  item {num} ORG MISS {sorted(a)}")
        gm = {S.norm_org(x) for x in gt.get("municipalities_mentioned") or []}
        pm = {S.norm_org(x) for x in pt.get("municipalities_mentioned") or []}
        if gm != pm:
            print(f"  item {num} MUNI gold-only {gm - pm} pred-only {pm - gm}")
        gd = {
            (n(x["surface"]), n(x["iso"]))
            for x in gt.get("dates_mentioned") or []
            if S.MONTH_PRECISE.match(x["iso"])
        }
        pd = {
            (n(x.get("surface")), n(x.get("iso")))
            for x in pt.get("dates_mentioned") or []
            if S.MONTH_PRECISE.match(str(x.get("iso") or ""))
        }
        for d in gd - pd:
            print(f"  item {num} DATE MISS {d}")
        for d in pd - gd:
            print(f"  item {num} DATE EXTRA {d}")
        for key in ("decisions", "follow_ups"):
            bl = list(gt.get("borderline_" + key) or [])
            ps_ = [x for x in pt.get(key) or [] if not S.sentence_match([x], bl)[0]]
            gl = list(gt.get(key) or [])
            for x in ps_:
                if not S.sentence_match([x], gl)[0]:
                    print(f"  item {num} {key} EXTRA {x!r}")
            for x in gl:
                if not S.sentence_match(ps_, [x])[0]:
                    print(f"  item {num} {key} MISS {x!r}")
