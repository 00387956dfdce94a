# ruff: noqa
import importlib.util
import json
import sys
from pathlib import Path

spec = importlib.util.spec_from_file_location("score", "/work/shared/eval/score.py")
S = importlib.util.module_from_spec(spec)
spec.loader.exec_module(S)
pred_dir = Path(sys.argv[1])
gold_dir = Path(sys.argv[2])
for gf in sorted(gold_dir.glob("*.json")):
    g = json.loads(gf.read_text(encoding="utf-8"))
    p = json.loads((pred_dir / gf.name).read_text(encoding="utf-8"))
    print("=====", gf.stem)
    for st in ("present", "absent"):
        gn = {S.norm(a["name"]): a for a in g[st]}
        pn = {S.norm(a.get("name")): a for a in p.get(st) or []}
        for n in gn.keys() - pn.keys():
            print(f" {st} FN: {n}")
        for n in pn.keys() - gn.keys():
            print(f" {st} FP: {n} {pn[n]}")
        for n in gn.keys() & pn.keys():
            ga = S.norm_org(gn[n]["affiliation_canonical"])
            pa = S.norm_org(pn[n].get("affiliation_canonical"))
            if ga != pa:
                print(
                    f" aff {st} {n}: gold={ga!r} pred={pa!r} (pred aff written={pn[n].get('affiliation')!r})"
                )
    print(" recorded_by", (p.get("recorded_by") or {}).get("name"))
    gi = S.items_by_number(g)
    pi = S.items_by_number(p)
    for n in sorted(set(gi) | set(pi), key=lambda x: int(x) if x.isdigit() else 0):
        G = gi.get(n, {})
        P = pi.get(n, {})
        if S.norm(G.get("title")) != S.norm(P.get("title")):
            print(f" item {n} title gold={G.get('title')!r} pred={P.get('title')!r}")
        gs = [
            {S.norm(x["surface"]), *map(S.norm, x.get("other_surfaces") or [])}
            for x in G.get("organisations_mentioned") or []
        ]
        ps = [S.norm(x.get("surface")) for x in P.get("organisations_mentioned") or []]
        for s in dict.fromkeys(ps):
            if not any(s in a for a in gs):
                print(f" item {n} org FP: {s!r}")
        for a, x in zip(gs, G.get("organisations_mentioned") or [], strict=True):
            if not any(s in a for s in ps):
                print(f" item {n} org FN: {x['surface']!r}")
        gp = [
            {S.norm(x["name"]), *map(S.norm, x.get("also_written") or [])}
            for x in G.get("persons_mentioned") or []
        ]
        pp = [S.norm(x.get("name")) for x in P.get("persons_mentioned") or []]
        for s in dict.fromkeys(pp):
            if not any(s in a for a in gp):
                print(f" item {n} person FP: {s!r}")
        for a, x in zip(gp, G.get("persons_mentioned") or [], strict=True):
            if not any(s in a for s in pp):
                print(f" item {n} person FN: {x['name']!r}")
        gm = {S.norm_org(x) for x in G.get("municipalities_mentioned") or []}
        pm = {S.norm_org(x) for x in P.get("municipalities_mentioned") or []}
        if gm != pm:
            print(f" item {n} munis FN={gm - pm} FP={pm - gm}")
        for key in ("decisions", "follow_ups"):
            bl = list(G.get("borderline_" + key) or [])
            ps_ = [x for x in P.get(key) or [] if not S.sentence_match([x], bl)[0]]
            gl = list(G.get(key) or [])
            for x in ps_:
                if not S.sentence_match([x], gl)[0]:
                    print(f" item {n} {key} FP: {x!r}")
            for x in gl:
                if not S.sentence_match(ps_, [x])[0]:
                    print(f" item {n} {key} FN: {x!r}")
        gd = {
            (S.norm(x["surface"]), x["iso"])
            for x in G.get("dates_mentioned") or []
            if S.MONTH_PRECISE.match(x["iso"])
        }
        pd = {
            (S.norm(x.get("surface")), x.get("iso"))
            for x in P.get("dates_mentioned") or []
            if S.MONTH_PRECISE.match(str(x.get("iso") or ""))
        }
        if gd != pd:
            print(f" item {n} dates FN={gd - pd} FP={pd - gd}")
    print(" meeting", (p.get("meeting") or {}).get("date_estimate"))
