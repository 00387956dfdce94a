#!/usr/bin/env python3
# ruff: noqa
"""Build the gold JSON of blind set 24 from hand annotation data, checking every verbatim string.

usage: python3 tools/build_gold.py   (run from the set's folder; writes gold/<doc>.json)
Every as-written string must occur in the document; item-level strings must occur in the item's own
span (from its heading to the next item heading or the end marker). Exits 1 on any failure.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
ERRORS: list[str] = []


def att(name, aff, aff_can, role=None, note=None, items=None, canonical=None, **extra):
    d = {
        "name": name,
        "canonical_name": canonical or name,
        "affiliation": aff,
        "affiliation_canonical": aff_can,
        "role": role,
        "note": note,
        "items_attended": items,
    }
    d.update(extra)
    return d


def per(name, canonical=None, aff=None, aff_can=None, role=None, also=None):
    d = {
        "name": name,
        "canonical_name": canonical or name,
        "affiliation": aff,
        "affiliation_canonical": aff_can,
        "role_in_item": role,
    }
    if also:
        d["also_written"] = also
    return d


def org(surface, canonical, kind, other=None, **extra):
    d = {"surface": surface, "canonical": canonical, "kind": kind}
    if other:
        d["other_surfaces"] = other
    d.update(extra)
    return d


def dt(surface, iso, gran, inferred=False):
    return {"surface": surface, "iso": iso, "granularity": gran, "year_inferred": inferred}


def item(
    number,
    title,
    heading_raw,
    *,
    sub=(),
    persons=(),
    orgs=(),
    munis=(),
    topics=(),
    dec=(),
    fu=(),
    bdec=(),
    bfu=(),
    dates=(),
    urls=(),
    places=(),
    note=None,
):
    d = {
        "number": number,
        "title": title,
        "heading_raw": heading_raw,
        "subheadings": list(sub),
        "persons_mentioned": list(persons),
        "organisations_mentioned": list(orgs),
        "municipalities_mentioned": list(munis),
        "topics": list(topics),
        "decisions": list(dec),
        "follow_ups": list(fu),
        "borderline_decisions": list(bdec),
        "borderline_follow_ups": list(bfu),
        "dates_mentioned": list(dates),
        "urls": list(urls),
        "places_mentioned": list(places),
    }
    if note:
        d["note"] = note
    return d


def check(doc_name: str, text: str, gold: dict, end_marker: str | None) -> None:
    def need(s: str, where: str, span: str) -> None:
        if s not in span:
            ERRORS.append(f"{doc_name}: {where}: not verbatim: {s!r}")

    for st in ("present", "absent"):
        for a in gold[st]:
            need(a["name"], st, text)
            if a["affiliation"]:
                need(a["affiliation"], st, text)
            if a["note"]:
                need(a["note"], st, text)
    if gold["recorded_by"]:
        need(gold["recorded_by"]["name"], "recorded_by", text)
    for ev in gold["meeting"]["date_evidence"]:
        need(ev, "date_evidence", text)
    starts = []
    for it in gold["items"]:
        pos = text.find(it["heading_raw"])
        if pos < 0 or text.count(it["heading_raw"]) != 1:
            ERRORS.append(f"{doc_name}: heading not unique/found: {it['heading_raw']!r}")
        starts.append(pos)
    if starts != sorted(starts):
        ERRORS.append(f"{doc_name}: headings out of order")
    end = text.find(end_marker) if end_marker else len(text)
    for i, it in enumerate(gold["items"]):
        span = text[starts[i] : starts[i + 1] if i + 1 < len(starts) else end]
        w = f"item {it['number']}"
        need(it["title"], w + " title", span)
        for s in it["subheadings"]:
            need(s, w + " subheading", span)
        for p in it["persons_mentioned"]:
            need(p["name"], w + " person", span)
            for a in p.get("also_written", []):
                need(a, w + " person also_written", span)
        for o in it["organisations_mentioned"]:
            for s in [o["surface"], *o.get("other_surfaces", [])]:
                need(s, w + " org", span)
        for key in ("decisions", "follow_ups", "borderline_decisions", "borderline_follow_ups"):
            for s in it[key]:
                need(s, w + " " + key, span)
        for dd in it["dates_mentioned"]:
            need(dd["surface"], w + " date", span)
        for u in it["urls"]:
            need(u, w + " url", span)


def main() -> int:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import gold_data  # the hand annotation, one dict per document

    out = HERE / "gold"
    out.mkdir(exist_ok=True)
    for doc_file, gold, end_marker in gold_data.DOCS:
        text = (HERE / doc_file).read_text(encoding="utf-8")
        gold["document"] = Path(doc_file).stem
        check(doc_file, text, gold, end_marker)
        (out / (Path(doc_file).stem + ".json")).write_text(
            json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
    for e in ERRORS:
        print(e)
    print("OK" if not ERRORS else f"{len(ERRORS)} errors")
    return 1 if ERRORS else 0


if __name__ == "__main__":
    sys.exit(main())
