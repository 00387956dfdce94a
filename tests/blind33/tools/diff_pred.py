#!/usr/bin/env python3
# ruff: noqa
"""List the errors of a run against the gold: python3 diff_pred.py PRED_DIR GOLD_DIR (uses /work/shared/eval/score.py)."""

import json
import re
import sys

sys.path.insert(0, "/work/shared/eval")
from score import norm, norm_org

pd, gd = sys.argv[1], sys.argv[2]
import glob
import os

for gf in sorted(glob.glob(gd + "/*.json")):
    g = json.load(open(gf))
    p = json.load(open(os.path.join(pd, os.path.basename(gf))))
    print("#####", os.path.basename(gf))
    for s in ("present", "absent"):
        gn = {norm(a["name"]): norm_org(a.get("affiliation_canonical")) for a in g[s]}
        pn = {norm(a.get("name")): norm_org(a.get("affiliation_canonical")) for a in p.get(s) or []}
        for n in gn.keys() - pn.keys():
            print(s, "MISS", n)
        for n in pn.keys() - gn.keys():
            print(s, "FP", n, pn[n])
        for n in gn.keys() & pn.keys():
            if gn[n] != pn[n]:
                print(s, "AFF", n, "gold=", gn[n], "pred=", pn[n])
    gi = {norm(i["number"]): i for i in g["items"]}
    pi = {norm(i.get("number")): i for i in p.get("items") or []}
    for n in sorted(set(gi) | set(pi), key=lambda x: int(x) if x.isdigit() else 0):
        G, P = gi.get(n, {}), pi.get(n, {})
        if norm(G.get("title")) != norm(P.get("title")):
            print(n, "TITLE gold=", repr(G.get("title")), "pred=", repr(P.get("title")))
        gs = [
            {norm(x["surface"]), *map(norm, x.get("other_surfaces") or [])}
            for x in G.get("organisations_mentioned") or []
        ]
        ps = [norm(x.get("surface")) for x in P.get("organisations_mentioned") or []]
        for s in ps:
            if not any(s in a for a in gs):
                print(n, "ORG FP", repr(s))
        for a in gs:
            if not any(s in a for s in ps):
                print(n, "ORG MISS", a)
        gm = {norm_org(x) for x in G.get("municipalities_mentioned") or []}
        pm = {norm_org(x) for x in P.get("municipalities_mentioned") or []}
        if gm != pm:
            print(n, "MUNI miss", gm - pm, "fp", pm - gm)
        M = re.compile(r"^\d{4}-\d{2}")
        gdt = {(norm(x["surface"]), x["iso"]) for x in G.get("dates_mentioned") or [] if M.match(x["iso"])}
        pdt = {
            (norm(x.get("surface")), x.get("iso"))
            for x in P.get("dates_mentioned") or []
            if M.match(str(x.get("iso") or ""))
        }
        if gdt != pdt:
            print(n, "DATE miss", gdt - pdt, "fp", pdt - gdt)
