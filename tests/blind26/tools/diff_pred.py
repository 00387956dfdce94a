# ruff: noqa
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
        gs = {n(a["name"]): S.norm_org(a.get("affiliation_canonical")) for a in g.get(st) or []}
        ps = {n(a.get("name")): S.norm_org(a.get("affiliation_canonical")) for a in p.get(st) or []}
        for k in set(ps) - set(gs):
            print(st, "FP", k, ps[k])
        for k in set(gs) - set(ps):
            print(st, "FN", k)
        for k in set(gs) & set(ps):
            if gs[k] != ps[k]:
                print(st, "AFF", k, "gold", gs[k], "pred", ps[k])
    print(
        "recorded_by gold",
        (g.get("recorded_by") or {}).get("name"),
        "pred",
        (p.get("recorded_by") or {}).get("name"),
    )
    gi, pi = S.items_by_number(g), S.items_by_number(p)
    for k in sorted(set(gi) | set(pi), key=lambda x: int(x) if x.isdigit() else 0):
        gt, pt = gi.get(k, {}), pi.get(k, {})
        if n(gt.get("title")) != n(pt.get("title")):
            print(k, "TITLE", gt.get("title"), "|", pt.get("title"))
        gor = [
            {n(o["surface"]), *map(n, o.get("other_surfaces") or [])}
            for o in gt.get("organisations_mentioned") or []
        ]
        por = [n(o.get("surface")) for o in pt.get("organisations_mentioned") or []]
        for s in dict.fromkeys(por):
            if not any(s in a for a in gor):
                print(k, "ORG FP", s)
        for a in gor:
            if not any(s in a for s in por):
                print(k, "ORG FN", sorted(a))
        gpe = [
            {n(o["name"]), *map(n, o.get("also_written") or [])} for o in gt.get("persons_mentioned") or []
        ]
        ppe = [n(o.get("name")) for o in pt.get("persons_mentioned") or []]
        for s in dict.fromkeys(ppe):
            if not any(s in a for a in gpe):
                print(k, "PERS FP", s)
        for a in gpe:
            if not any(s in a for s in ppe):
                print(k, "PERS FN", sorted(a))
        gm = {S.norm_org(x) for x in gt.get("municipalities_mentioned") or []}
        pm = {S.norm_org(x) for x in pt.get("municipalities_mentioned") or []}
        if gm != pm:
            print(k, "MUNI FP", pm - gm, "FN", gm - pm)
        gd = {
            (n(x["surface"]), n(x["iso"]))
            for x in gt.get("dates_mentioned") or []
            if S.MONTH_PRECISE.match(str(x.get("iso")))
        }
        pd = {
            (n(x.get("surface")), n(x.get("iso")))
            for x in pt.get("dates_mentioned") or []
            if S.MONTH_PRECISE.match(str(x.get("iso") or ""))
        }
        for x in pd - gd:
            print(k, "DATE FP", x)
        for x in gd - pd:
            print(k, "DATE FN", x)
        for key in ("decisions", "follow_ups"):
            bl = list(gt.get("borderline_" + key) or [])
            ps_ = [x for x in pt.get(key) or [] if not S.sentence_match([x], bl)[0]]
            gl = list(gt.get(key) or [])
            for x in ps_:
                if not S.sentence_match([x], gl)[0]:
                    print(k, key.upper(), "FP", x)
            for x in gl:
                if not S.sentence_match(ps_, [x])[0]:
                    print(k, key.upper(), "FN", x)
