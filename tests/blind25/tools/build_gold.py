#!/usr/bin/env python3
# ruff: noqa
"""Build the gold JSON of blind set 25 from the hand annotation below, checking every verbatim string.

usage: python3 tools/build_gold.py   (run from the set's folder; writes gold/<doc>.json)
Exit 1 if any as-written / surface / verbatim string is not found in the document (item-level
strings must be in the item's own span: from its heading to the next item heading or end marker).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
ERRORS: list[str] = []


def att(name, aff, aff_c, role=None, note=None, items=None, canon=None):
    return {
        "name": name,
        "canonical_name": canon or name,
        "affiliation": aff,
        "affiliation_canonical": aff_c,
        "role": role,
        "note": note,
        "items_attended": items,
    }


def per(name, canon=None, aff=None, aff_c=None, role_in_item=None, also=None):
    d = {
        "name": name,
        "canonical_name": canon or name,
        "affiliation": aff,
        "affiliation_canonical": aff_c,
        "role_in_item": role_in_item,
    }
    if also:
        d["also_written"] = also
    return d


def org(surface, canonical, kind, other=None, note=None):
    d = {"surface": surface, "canonical": canonical, "kind": kind, "other_surfaces": other or []}
    if note:
        d["note"] = note
    return d


def mun(name, surface=None, other=None):
    return org(surface or name, name, "municipality", other)


def dt(surface, iso, gran, inferred=False):
    return {"surface": surface, "iso": iso, "granularity": gran, "year_inferred": inferred}


def item(
    number,
    title,
    heading_re,
    subheadings=(),
    persons=(),
    orgs=(),
    munis=(),
    topics=(),
    decisions=(),
    follow_ups=(),
    bdec=(),
    bfol=(),
    dates=(),
    places=(),
    note=None,
):
    d = {
        "number": number,
        "title": title,
        "heading_re": heading_re,
        "subheadings": list(subheadings),
        "persons_mentioned": list(persons),
        "organisations_mentioned": list(orgs),
        "municipalities_mentioned": list(munis),
        "topics": list(topics),
        "decisions": list(decisions),
        "follow_ups": list(follow_ups),
        "borderline_decisions": list(bdec),
        "borderline_follow_ups": list(bfol),
        "dates_mentioned": list(dates),
        "urls": [],
        "places_mentioned": list(places),
    }
    if note:
        d["note"] = note
    return d


def check(doc_name: str, text: str, gold: dict, end_marker: str) -> None:
    def need(s: str | None, where: str, span: str) -> None:
        if s and s not in span:
            ERRORS.append(f"{doc_name} {where}: not found: {s!r}")

    for a in gold["present"] + gold["absent"]:
        need(a["name"], "attendance", text)
        need(a["affiliation"], "attendance aff", text)
        need(a["note"], "attendance note", text)
    for q in gold["meeting"]["date_evidence"]:
        need(q, "date_evidence", text)
    if gold["recorded_by"]:
        need(gold["recorded_by"]["name"], "recorded_by", text)
    starts = []
    for it in gold["items"]:
        m = re.search(it["heading_re"], text, re.M)
        if not m:
            ERRORS.append(f"{doc_name} item {it['number']}: heading not found")
            starts.append(None)
            continue
        starts.append(m.start())
        it["heading_raw"] = m.group(0)
    if None in starts:
        return
    if starts != sorted(starts):
        ERRORS.append(f"{doc_name}: items out of order")
    end = text.index(end_marker, starts[-1])
    bounds = starts[1:] + [end]
    for it, s, e in zip(gold["items"], starts, bounds):
        span = text[s:e]
        w = f"item {it['number']}"
        for sub in it["subheadings"]:
            if not re.search(r"^" + re.escape(sub) + r"\s*$", span, re.M):
                ERRORS.append(f"{doc_name} {w}: subheading line not found: {sub!r}")
        for p in it["persons_mentioned"]:
            need(p["name"], w + " person", span)
            for a in p.get("also_written", []):
                need(a, w + " person short", span)
        for o in it["organisations_mentioned"]:
            for s2 in [o["surface"], *o["other_surfaces"]]:
                need(s2, w + " org", span)
        for key in ("decisions", "follow_ups", "borderline_decisions", "borderline_follow_ups"):
            for sent in it[key]:
                need(sent, w + " " + key, span)
        for d in it["dates_mentioned"]:
            need(d["surface"], w + " date", span)
        for pl in it["places_mentioned"]:
            need(pl, w + " place", span)
        for mname in it["municipalities_mentioned"]:
            if not any(
                o["canonical"] == mname and o["kind"] == "municipality" for o in it["organisations_mentioned"]
            ):
                ERRORS.append(f"{doc_name} {w}: municipality {mname} has no org entry")


def main() -> int:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import gold_data  # the hand annotation

    out = HERE / "gold"
    out.mkdir(exist_ok=True)
    for gold, end_marker in gold_data.DOCS:
        name = gold["document"]
        path = next(p for p in HERE.iterdir() if p.stem == name and p.suffix in (".txt", ".md"))
        text = path.read_text(encoding="utf-8")
        check(name, text, gold, end_marker)
        for it in gold["items"]:
            it.pop("heading_re")
        (out / f"{name}.json").write_text(
            json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
    for e in ERRORS:
        print(e)
    print(f"{len(gold_data.DOCS)} documents, {len(ERRORS)} errors")
    return 1 if ERRORS else 0


if __name__ == "__main__":
    sys.exit(main())
