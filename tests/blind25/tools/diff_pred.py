# ruff: noqa
"""Print every scoring error of a prediction dir against the blind25 gold (uses score.py's own matching)."""

import sys

sys.path.insert(0, "/work/shared/eval")
import score as S

pred = S.load_dir(__import__("pathlib").Path(sys.argv[1]))
gold = S.load_dir(__import__("pathlib").Path(sys.argv[2]))
for name, g in gold.items():
    p = pred.get(name, {})
    print("=====", name)
    for st in ("present", "absent"):
        ga = {S.norm(a["name"]): S.norm_org(a.get("affiliation_canonical")) for a in g.get(st) or []}
        pa = {S.norm(a.get("name")): S.norm_org(a.get("affiliation_canonical")) for a in p.get(st) or []}
        for n in set(ga) | set(pa):
            if n not in pa:
                print(st, "MISS", n)
            elif n not in ga:
                print(st, "EXTRA", n)
            elif ga[n] != pa[n]:
                print(st, "AFF", n, "gold=", ga[n], "pred=", pa[n])
    gi, pi = S.items_by_number(g), S.items_by_number(p)
    for n in sorted(set(gi) | set(pi), key=lambda x: int(x) if x.isdigit() else 999):
        gt, pt = S.norm(gi.get(n, {}).get("title")), S.norm(pi.get(n, {}).get("title"))
        if gt != pt:
            print("item", n, "TITLE gold=", repr(gt), "pred=", repr(pt))
        G, P = gi.get(n, {}), pi.get(n, {})
        gorg = [
            {S.norm(x["surface"]), *map(S.norm, x.get("other_surfaces") or [])}
            for x in G.get("organisations_mentioned") or []
        ]
        porg = [S.norm(x.get("surface")) for x in P.get("organisations_mentioned") or []]
        for s in dict.fromkeys(porg):
            if not any(s in a for a in gorg):
                print("item", n, "ORG FP", s)
        for a in gorg:
            if not (a & set(porg)):
                print("item", n, "ORG FN", sorted(a))
        gm = {S.norm_org(x) for x in G.get("municipalities_mentioned") or []}
        pm = {S.norm_org(x) for x in P.get("municipalities_mentioned") or []}
        if gm != pm:
            print("item", n, "MUN FN", gm - pm, "FP", pm - gm)
        gp = [
            {S.norm(x["name"]), *map(S.norm, x.get("also_written") or [])}
            for x in G.get("persons_mentioned") or []
        ]
        pp = [S.norm(x.get("name")) for x in P.get("persons_mentioned") or []]
        for s in dict.fromkeys(pp):
            if not any(s in a for a in gp):
                print("item", n, "PERSON FP", s)
        for a in gp:
            if not (a & set(pp)):
                print("item", n, "PERSON FN", sorted(a))
        f = lambda L: {
            (S.norm(x.get("surface")), S.norm(x.get("iso")))
            for x in L or []
            if S.MONTH_PRECISE.match(str(x.get("iso") or ""))
        }
        gd, pd = f(G.get("dates_mentioned")), f(P.get("dates_mentioned"))
        for x in pd - gd:
            print("item", n, "DATE FP", x)
        for x in gd - pd:
            print("item", n, "DATE FN", x)
        for key in ("decisions", "follow_ups"):
            bl = list(G.get("borderline_" + key) or [])
            ps = [x for x in P.get(key) or [] if not S.sentence_match([x], bl)[0]]
            gs = list(G.get(key) or [])
            for x in ps:
                if not S.sentence_match([x], gs)[0]:
                    print("item", n, key.upper(), "FP", repr(x))
            for x in gs:
                if not S.sentence_match(ps, [x])[0]:
                    print("item", n, key.upper(), "FN", repr(x))
