# ruff: noqa
"""List the differences between an extraction folder and the gold: diff_pred.py PRED_DIR GOLD_DIR."""

import glob
import json
import os
import re
import sys

sys.path.insert(0, "/work/shared/eval")
from score import items_by_number, norm, norm_org, sentence_match

pd, gd = sys.argv[1], sys.argv[2]

for gf in sorted(glob.glob(gd + "/*.json")):
    with open(gf, encoding="utf-8") as fh:
        g = json.load(fh)
    name = os.path.basename(gf)
    with open(os.path.join(pd, name), encoding="utf-8") as fh:
        p = json.load(fh)
    print("=====", name)
    for st in ("present", "absent"):
        gn = {norm(a["name"]): a for a in g[st]}
        pn = {norm(a.get("name")): a for a in p.get(st) or []}
        for n in set(pn) - set(gn):
            print(f"  {st} FP: {pn[n].get('name')!r} aff={pn[n].get('affiliation_canonical')!r}")
        for n in set(gn) - set(pn):
            print(f"  {st} FN: {gn[n]['name']!r}")
        for n in set(gn) & set(pn):
            if norm_org(gn[n]["affiliation_canonical"]) != norm_org(pn[n].get("affiliation_canonical")):
                gold_aff, pred_aff = gn[n]["affiliation_canonical"], pn[n].get("affiliation_canonical")
                print(f"  {st} AFF {gn[n]['name']!r}: gold={gold_aff!r} pred={pred_aff!r}")
    print(
        "  recorded_by gold",
        (g.get("recorded_by") or {}).get("name"),
        "pred",
        (p.get("recorded_by") or {}).get("name") if p.get("recorded_by") else None,
    )
    print("  meeting pred", p.get("meeting", {}).get("date_estimate"))
    gi, pi = items_by_number(g), items_by_number(p)
    for n in sorted(set(gi) | set(pi), key=lambda x: int(x) if x.isdigit() else 0):
        G, Pp = gi.get(n, {}), pi.get(n, {})
        if G.get("title") != Pp.get("title"):
            print(f"  item {n} title gold={G.get('title')!r} pred={Pp.get('title')!r}")
        gp = [
            {norm(x["name"]), *map(norm, x.get("also_written") or [])}
            for x in G.get("persons_mentioned") or []
        ]
        pp = [norm(x.get("name")) for x in Pp.get("persons_mentioned") or []]
        for s in set(pp):
            if not any(s in a for a in gp):
                print(f"  item {n} person FP {s!r}")
        for a in gp:
            if not (a & set(pp)):
                print(f"  item {n} person FN {a}")
        go = [
            {norm(x["surface"]), *map(norm, x.get("other_surfaces") or [])}
            for x in G.get("organisations_mentioned") or []
        ]
        po = [norm(x.get("surface")) for x in Pp.get("organisations_mentioned") or []]
        for s in dict.fromkeys(po):
            if not any(s in a for a in go):
                print(f"  item {n} org FP {s!r}")
        for a in go:
            if not (a & set(po)):
                print(f"  item {n} org FN {a}")
        gm = {norm_org(x) for x in G.get("municipalities_mentioned") or []}
        pm = {norm_org(x) for x in Pp.get("municipalities_mentioned") or []}
        for s in pm - gm:
            print(f"  item {n} muni FP {s}")
        for s in gm - pm:
            print(f"  item {n} muni FN {s}")
        MP = re.compile(r"^\d{4}-\d{2}")
        gdts = {
            (norm(x["surface"]), norm(x["iso"])) for x in G.get("dates_mentioned") or [] if MP.match(x["iso"])
        }
        pdts = {
            (norm(x.get("surface")), norm(x.get("iso")))
            for x in Pp.get("dates_mentioned") or []
            if MP.match(str(x.get("iso") or ""))
        }
        for s in pdts - gdts:
            print(f"  item {n} date FP {s}")
        for s in gdts - pdts:
            print(f"  item {n} date FN {s}")
        for key in ("decisions", "follow_ups"):
            bl = list(G.get("borderline_" + key) or [])
            ps = [x for x in Pp.get(key) or [] if not sentence_match([x], bl)[0]]
            gl = list(G.get(key) or [])
            for x in ps:
                if not sentence_match([x], gl)[0]:
                    print(f"  item {n} {key} FP {x!r}")
            for x in gl:
                if not sentence_match(ps, [x])[0]:
                    print(f"  item {n} {key} FN {x!r}")
