# ruff: noqa
import json
import sys
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
from score import norm, norm_org

V = Path(sys.argv[1])
for gf in sorted((V / "gold").glob("*.json")):
    d = gf.stem
    g = json.load(open(gf))
    p = json.load(open(V / "out" / f"{d}.json"))
    for s in ("present", "absent"):
        ga = {norm(a["name"]): norm_org(a.get("affiliation_canonical")) for a in g[s]}
        pa = {norm(a.get("name")): norm_org(a.get("affiliation_canonical")) for a in p.get(s) or []}
        for n in set(ga) | set(pa):
            if ga.get(n) != pa.get(n):
                print(d[:6], s, n, "gold:", ga.get(n), "pred:", pa.get(n))
    gi = {str(i["number"]): i for i in g["items"]}
    pi = {str(i["number"]): i for i in p["items"]}
    for n in gi:
        G = gi[n]
        Pp = pi.get(n, {})
        gs = [{norm(o["surface"]), *map(norm, o["other_surfaces"])} for o in G["organisations_mentioned"]]
        ps = [norm(o.get("surface")) for o in Pp.get("organisations_mentioned") or []]
        for s in set(ps):
            if not any(s in x for x in gs):
                print(d[:6], " item", n, "ORG FP", s)
        for x, o in zip(gs, G["organisations_mentioned"]):
            if not (x & set(ps)):
                print(d[:6], " item", n, "ORG FN", o["surface"])
        gd = {(norm(x["surface"]), x["iso"]) for x in G["dates_mentioned"] if x["iso"][:7].count("-")}
        pdd = {
            (norm(x["surface"]), x.get("iso"))
            for x in Pp.get("dates_mentioned") or []
            if str(x.get("iso"))[:7].count("-")
        }
        for x in gd - pdd:
            print(d[:6], " item", n, "DATE FN", x)
        for x in pdd - gd:
            print(d[:6], " item", n, "DATE FP", x)
