"""List the differences between a run's predictions and this set's gold, field by field.

usage: python3 diff_pred.py PRED_DIR
Uses the matching rules of /work/shared/eval/score.py (imported), so a line here is a scored error,
except `~` lines: borderline sentences or also_written forms, which do not score.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from gold_lib import GOLD

spec = importlib.util.spec_from_file_location("score", "/work/shared/eval/score.py")
assert spec and spec.loader
S = importlib.util.module_from_spec(spec)
spec.loader.exec_module(S)


def _dates(item: dict) -> set[tuple[str, str]]:
    """The item's dates that score: (surface, iso) precise to the month or the day."""
    return {
        (S.norm(d.get("surface")), S.norm(d.get("iso")))
        for d in item.get("dates_mentioned") or []
        if S.MONTH_PRECISE.match(str(d.get("iso") or ""))
    }


def main(pred_dir: str) -> None:
    gold_docs = S.load_dir(GOLD)
    pred_docs = S.load_dir(Path(pred_dir))
    for name, gold in gold_docs.items():
        pred = pred_docs.get(name) or {}
        print(f"===== {name}")
        for status in ("present", "absent"):
            g = {S.norm(a["name"]): a for a in gold.get(status) or []}
            p = {S.norm(a.get("name")): a for a in pred.get(status) or []}
            for n in sorted(set(g) - set(p)):
                print(f"  {status} MISSED {n}")
            for n in sorted(set(p) - set(g)):
                print(f"  {status} EXTRA  {n} ({p[n].get('affiliation_canonical')})")
            for n in sorted(set(g) & set(p)):
                ga = S.norm_org(g[n].get("affiliation_canonical"))
                pa = S.norm_org(p[n].get("affiliation_canonical"))
                if ga != pa:
                    print(f"  affiliation {n}: gold {ga!r} pred {pa!r}")
        grb, prb = (gold.get("recorded_by") or {}).get("name"), (pred.get("recorded_by") or {}).get("name")
        if S.norm(grb) != S.norm(prb):
            print(f"  recorded_by gold {grb!r} pred {prb!r}")
        gd = (gold.get("meeting") or {}).get("date_estimate")
        pd = (pred.get("meeting") or {}).get("date_estimate")
        if S.norm(gd)[:7] != S.norm(pd)[:7]:
            print(f"  meeting date gold {gd} pred {pd}")
        gi, pi = S.items_by_number(gold), S.items_by_number(pred)
        for n in sorted(set(gi) | set(pi), key=lambda x: (len(x), x)):
            g_it, p_it = gi.get(n, {}), pi.get(n, {})
            if S.norm(g_it.get("title")) != S.norm(p_it.get("title")):
                print(f"  item {n} title gold {g_it.get('title')!r} pred {p_it.get('title')!r}")
            gp = {
                S.norm(x["name"]): {S.norm(x["name"]), *map(S.norm, x.get("also_written") or [])}
                for x in g_it.get("persons_mentioned") or []
            }
            pp = {S.norm(x.get("name")) for x in p_it.get("persons_mentioned") or []}
            for k, acc in gp.items():
                if not acc & pp:
                    print(f"  item {n} person MISSED {k}")
            for x in pp:
                if not any(x in acc for acc in gp.values()):
                    print(f"  item {n} person EXTRA  {x}")
            go = [
                {S.norm(x["surface"]), *map(S.norm, x.get("other_surfaces") or [])}
                for x in g_it.get("organisations_mentioned") or []
            ]
            po = {S.norm(x.get("surface")) for x in p_it.get("organisations_mentioned") or []}
            for acc in go:
                if not acc & po:
                    print(f"  item {n} org MISSED {sorted(acc)}")
            for x in sorted(po):
                if not any(x in acc for acc in go):
                    print(f"  item {n} org EXTRA  {x}")
            gm = {S.norm_org(x) for x in g_it.get("municipalities_mentioned") or []}
            pm = {S.norm_org(x) for x in p_it.get("municipalities_mentioned") or []}
            for x in sorted(gm - pm):
                print(f"  item {n} muni MISSED {x}")
            for x in sorted(pm - gm):
                print(f"  item {n} muni EXTRA  {x}")
            for key in ("decisions", "follow_ups"):
                gold_s = list(g_it.get(key) or [])
                border = list(g_it.get("borderline_" + key) or [])
                for s in p_it.get(key) or []:
                    if S.sentence_match([s], border)[0] and not S.sentence_match([s], gold_s)[0]:
                        print(f"  ~ item {n} {key} borderline {s!r}")
                        continue
                    tp, _, _ = S.sentence_match([s], gold_s)
                    if tp:
                        gold_s = [g for g in gold_s if not S.sentence_match([s], [g])[0]][: len(gold_s)]
                    else:
                        print(f"  item {n} {key} EXTRA  {s!r}")
                for g in gold_s:
                    if not S.sentence_match(p_it.get(key) or [], [g])[0]:
                        print(f"  item {n} {key} MISSED {g!r}")
            gdts, pdts = _dates(g_it), _dates(p_it)
            for d in sorted(gdts - pdts):
                print(f"  item {n} date MISSED {d}")
            for d in sorted(pdts - gdts):
                print(f"  item {n} date EXTRA  {d}")
    # person resolution: canonical names of the attendees found
    canon: dict[str, set[str]] = {}
    for name, pred in pred_docs.items():
        for s in ("present", "absent"):
            for a in pred.get(s) or []:
                key = S.norm(a.get("canonical_name") or a.get("name"))
                canon.setdefault(key, set()).add(f"{name}:{a.get('name')}")
    for c, ms in sorted(canon.items()):
        if len(ms) > 1:
            print(f"  merged {c}: {sorted(ms)}")


if __name__ == "__main__":
    main(sys.argv[1])
