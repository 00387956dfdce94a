# ruff: noqa
"""List the errors of a prediction dir against this set's gold: python3 diff_pred.py PRED_DIR DOC_STEM..."""

import json, sys, re, unicodedata

sys.path.insert(0, "/work/shared/eval")
from score import norm, norm_org, sentence_match
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"
P = sys.argv[1]
for d in sys.argv[2:]:
    g = json.load(open(GOLD / f"{d}.json"))
    p = json.load(open(f"{P}/{d}.json"))
    print("=====", d)
    for st in ("present", "absent"):
        gn = {norm(a["name"]): norm_org(a["affiliation_canonical"]) for a in g[st]}
        pn = {norm(a.get("name")): norm_org(a.get("affiliation_canonical")) for a in p.get(st) or []}
        for n in set(pn) - set(gn):
            print(st, "FP", n, pn[n])
        for n in set(gn) - set(pn):
            print(st, "FN", n)
        for n in set(gn) & set(pn):
            if gn[n] != pn[n]:
                print(st, "AFF", n, "gold", gn[n], "pred", pn[n])
    gi = {it["number"]: it for it in g["items"]}
    pi = {it["number"]: it for it in p.get("items") or []}
    for n in sorted(set(gi) | set(pi), key=lambda x: int(x)):
        G = gi.get(n, {})
        Pp = pi.get(n, {})
        if norm(G.get("title")) != norm(Pp.get("title")):
            print(n, "TITLE gold", G.get("title"), "| pred", Pp.get("title"))
        gs = [
            {norm(o["surface"]), *map(norm, o["other_surfaces"])}
            for o in G.get("organisations_mentioned", [])
        ]
        ps = [norm(o.get("surface")) for o in Pp.get("organisations_mentioned") or []]
        fp = [s for s in dict.fromkeys(ps) if not any(s in x for x in gs)]
        fn = [sorted(x) for x in gs if not (x & set(ps))]
        if fp:
            print(n, "ORG FP", fp)
        if fn:
            print(n, "ORG FN", fn)
        for key in ("decisions", "follow_ups"):
            bl = G.get("borderline_" + key, [])
            pr = [x for x in Pp.get(key) or [] if not sentence_match([x], bl)[0]]
            for x in pr:
                if not sentence_match([x], G.get(key, []))[0]:
                    print(n, key, "FP", repr(x))
            for x in G.get(key, []):
                if not sentence_match(pr, [x])[0]:
                    print(n, key, "FN", repr(x))
