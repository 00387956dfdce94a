# ruff: noqa
import importlib.util
import sys
from pathlib import Path

spec = importlib.util.spec_from_file_location("score", "/work/shared/eval/score.py")
S = importlib.util.module_from_spec(spec)
spec.loader.exec_module(S)
pred_dir, gold_dir = Path(sys.argv[1]), Path(sys.argv[2])
G = S.load_dir(gold_dir)
P = S.load_dir(pred_dir)
for name, g in G.items():
    p = P.get(name, {})
    print("=====", name)
    for st in ("present", "absent"):
        gs = {S.norm(a["name"]) for a in g[st]}
        ps = {S.norm(a.get("name")) for a in p.get(st) or []}
        if gs != ps:
            print(st, "FN", gs - ps, "FP", ps - gs)
    print(
        "recorded_by gold",
        g["recorded_by"]["name"] if g["recorded_by"] else None,
        "pred",
        (p.get("recorded_by") or {}),
    )
    gi, pi = S.items_by_number(g), S.items_by_number(p)
    for n in sorted(set(gi) | set(pi), key=lambda x: int(x) if x.isdigit() else 0):
        gt, pt = gi.get(n, {}), pi.get(n, {})
        if S.norm(gt.get("title")) != S.norm(pt.get("title")):
            print(n, "TITLE", gt.get("title"), "|", pt.get("title"))
        gorgs = [
            {S.norm(x["surface"]), *map(S.norm, x.get("other_surfaces") or [])}
            for x in gt.get("organisations_mentioned") or []
        ]
        porgs = [S.norm(x.get("surface")) for x in pt.get("organisations_mentioned") or []]
        fn = [sorted(s) for s in gorgs if not (s & set(porgs))]
        fp = [x for x in dict.fromkeys(porgs) if not any(x in s for s in gorgs)]
        if fn or fp:
            print(n, "ORG FN", fn, "FP", fp)
        gm = {S.norm_org(x) for x in gt.get("municipalities_mentioned") or []}
        pm = {S.norm_org(x) for x in pt.get("municipalities_mentioned") or []}
        if gm != pm:
            print(n, "MUNI FN", gm - pm, "FP", pm - gm)
        gp = [
            {S.norm(x["name"]), *map(S.norm, x.get("also_written") or [])}
            for x in gt.get("persons_mentioned") or []
        ]
        pp = [S.norm(x.get("name")) for x in pt.get("persons_mentioned") or []]
        fn = [sorted(s) for s in gp if not (s & set(pp))]
        fp = [x for x in pp if not any(x in s for s in gp)]
        if fn or fp:
            print(n, "PERS FN", fn, "FP", fp)
        gd = {
            (S.norm(x["surface"]), x["iso"])
            for x in gt.get("dates_mentioned") or []
            if S.MONTH_PRECISE.match(x["iso"])
        }
        pd = {
            (S.norm(x.get("surface")), str(x.get("iso")))
            for x in pt.get("dates_mentioned") or []
            if S.MONTH_PRECISE.match(str(x.get("iso") or ""))
        }
        if gd != pd:
            print(n, "DATE FN", gd - pd, "FP", pd - gd)
        for key in ("decisions", "follow_ups"):
            bl = list(gt.get("borderline_" + key) or [])
            preds = [x for x in pt.get(key) or [] if not S.sentence_match([x], bl)[0]]
            gold = list(gt.get(key) or [])
            # which gold missed / which pred unmatched
            um = list(gold)
            fps = []
            for x in preds:
                tp, _, _ = S.sentence_match([x], um)
                if tp:
                    # remove the matched one
                    for gg in list(um):
                        if S.sentence_match([x], [gg])[0]:
                            um.remove(gg)
                            break
                else:
                    fps.append(x)
            if um or fps:
                print(
                    n,
                    key.upper(),
                    "FN",
                    [u.replace("\n", " ") for u in um],
                    "FP",
                    [f.replace("\n", " ") for f in fps],
                )
