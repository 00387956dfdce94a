#!/usr/bin/env python3
# ruff: noqa
"""List the errors of a run against this set's gold: python3 tools/diff_pred.py PRED_DIR [GOLD_DIR] (added after the blind run)."""

import json
import re
import sys

sys.path.insert(0, "/work/shared/eval")
from score import norm, sentence_match

P = sys.argv[1]
G = (
    sys.argv[2]
    if len(sys.argv) > 2
    else str(__import__("pathlib").Path(__file__).resolve().parent.parent / "gold")
)
for d in [
    "socialchefsnatverket_vastkom_2024-03-08",
    "vgr_forum_kompetensforsorjning_2024-04-23",
    "rmb_direktionen_protokoll_2024-05-30",
]:
    p = json.load(open(f"{P}/{d}.json"))
    g = json.load(open(f"{G}/{d}.json"))
    print("==", d)
    for st in ("present", "absent"):
        pn = {norm(a["name"]) for a in p.get(st) or []}
        gn = {norm(a["name"]) for a in g[st]}
        if pn != gn:
            print(st, "FP", pn - gn, "FN", gn - pn)
    pi = {str(i["number"]): i for i in p["items"]}
    gi = {str(i["number"]): i for i in g["items"]}
    for n in gi:
        a, b = pi.get(n, {}), gi[n]
        po = {norm(o["surface"]) for o in a.get("organisations_mentioned") or []}
        gacc = [
            {norm(o["surface"]), *map(norm, o.get("other_surfaces", []))}
            for o in b["organisations_mentioned"]
        ]
        fp = [s for s in po if not any(s in x for x in gacc)]
        fn = [x for x in gacc if not (x & po)]
        if fp or fn:
            print(n, "ORG FP", fp, "FN", fn)
        for k in ("decisions", "follow_ups"):
            bl = b.get("borderline_" + k, [])
            ps = [x for x in a.get(k) or [] if not sentence_match([x], bl)[0]]
            gs = list(b[k])
            for x in ps:
                if not sentence_match([x], gs)[0]:
                    print(n, k, "FP", repr(x))
            for x in gs:
                if not sentence_match(ps, [x])[0]:
                    print(n, k, "FN", repr(x))
        pdts = {
            (norm(x["surface"]), x["iso"])
            for x in a.get("dates_mentioned") or []
            if re.match(r"^\d{4}-\d{2}", str(x.get("iso") or ""))
        }
        gdts = {
            (norm(x["surface"]), x["iso"])
            for x in b["dates_mentioned"]
            if re.match(r"^\d{4}-\d{2}", x["iso"])
        }
        if pdts != gdts:
            print(n, "DATES FP", pdts - gdts, "FN", gdts - pdts)
