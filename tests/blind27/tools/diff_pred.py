#!/usr/bin/env python3
# ruff: noqa
"""List the errors of a run against the gold: python3 tools/diff_pred.py PRED_DIR GOLD_DIR (added after the blind run, for the error analysis)."""

import sys

sys.path.insert(0, "/work/shared/eval")
from pathlib import Path

import score as S

pred = S.load_dir(Path(sys.argv[1]))
gold = S.load_dir(Path(sys.argv[2]))
for name, g in gold.items():
    p = pred.get(name, {})
    print("=====", name)
    for st in ("present", "absent"):
        gs = {S.norm(a["name"]): a for a in g[st]}
        ps = {S.norm(a.get("name")): a for a in p.get(st) or []}
        for n in set(gs) - set(ps):
            print(st, "MISS", n)
        for n in set(ps) - set(gs):
            print(st, "FP", n, ps[n].get("affiliation_canonical"))
        for n in set(gs) & set(ps):
            if S.norm_org(gs[n]["affiliation_canonical"]) != S.norm_org(ps[n].get("affiliation_canonical")):
                print(
                    st,
                    "AFF",
                    n,
                    "gold=",
                    gs[n]["affiliation_canonical"],
                    "pred=",
                    ps[n].get("affiliation_canonical"),
                )
    print("recorded_by", (p.get("recorded_by") or {}).get("name"))
    gi, pi = S.items_by_number(g), S.items_by_number(p)
    for n in sorted(set(gi) | set(pi), key=lambda x: int(x) if x.isdigit() else 0):
        G, P = gi.get(n, {}), pi.get(n, {})
        if S.norm(G.get("title")) != S.norm(P.get("title")):
            print(n, "TITLE", G.get("title"), "|", P.get("title"))
        gp = [
            {S.norm(x["name"]), *map(S.norm, x.get("also_written") or [])}
            for x in G.get("persons_mentioned") or []
        ]
        pp = [S.norm(x.get("name")) for x in P.get("persons_mentioned") or []]
        for s in pp:
            if not any(s in a for a in gp):
                print(n, "PERSON FP", s)
        for a in gp:
            if not any(s in a for s in pp):
                print(n, "PERSON MISS", a)
        go = [
            {S.norm(x["surface"]), *map(S.norm, x.get("other_surfaces") or [])}
            for x in G.get("organisations_mentioned") or []
        ]
        po = [S.norm(x.get("surface")) for x in P.get("organisations_mentioned") or []]
        for s in dict.fromkeys(po):
            if not any(s in a for a in go):
                print(n, "ORG FP", repr(s))
        for a in go:
            if not any(s in a for s in po):
                print(n, "ORG MISS", a)
        gm = {S.norm_org(x) for x in G.get("municipalities_mentioned") or []}
        pm = {S.norm_org(x) for x in P.get("municipalities_mentioned") or []}
        if gm != pm:
            print(n, "MUNI miss", gm - pm, "fp", pm - gm)
        for key in ("decisions", "follow_ups"):
            bl = list(G.get("borderline_" + key) or [])
            ps_ = [x for x in P.get(key) or [] if not S.sentence_match([x], bl)[0]]
            gl = list(G.get(key) or [])
            for x in ps_:
                if not S.sentence_match([x], gl)[0]:
                    print(n, key, "FP", repr(x))
            for x in gl:
                if not S.sentence_match(ps_, [x])[0]:
                    print(n, key, "MISS", repr(x))
        f = lambda L: {
            (S.norm(x.get("surface")), S.norm(x.get("iso")))
            for x in L or []
            if S.MONTH_PRECISE.match(str(x.get("iso") or ""))
        }
        gd, pd = f(G.get("dates_mentioned")), f(P.get("dates_mentioned"))
        if gd != pd:
            print(n, "DATES miss", gd - pd, "fp", pd - gd)
