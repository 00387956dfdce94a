# ruff: noqa
"""Helpers to build and check blind23 gold files (own script, written without reading src/ or tests/)."""

from __future__ import annotations
import json, re, sys
from pathlib import Path

DRAFT = Path(__file__).resolve().parent.parent


def A(name, aff, affc, role=None, note=None, items=None, canon=None):
    return {
        "name": name,
        "canonical_name": canon or name,
        "affiliation": aff,
        "affiliation_canonical": affc,
        "role": role,
        "note": note,
        "items_attended": items,
    }


def P(name, canon=None, aff=None, role=None, also=None):
    d = {"name": name, "canonical_name": canon or name, "affiliation": aff, "role_in_item": role}
    if also:
        d["also_written"] = also
    return d


def O(surface, canonical, kind, others=(), note=None):
    d = {"surface": surface, "canonical": canonical, "kind": kind, "other_surfaces": list(others)}
    if note:
        d["note"] = note
    return d


def D(surface, iso):
    return {"surface": surface, "iso": iso}


def I(
    number,
    title,
    heading_raw,
    persons=(),
    orgs=(),
    munis=(),
    topics=(),
    decisions=(),
    follow_ups=(),
    dates=(),
    subheadings=(),
    bdec=(),
    bfol=(),
    urls=(),
    note=None,
):
    d = {
        "number": number,
        "title": title,
        "heading_raw": heading_raw,
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
        "urls": list(urls),
    }
    if note:
        d["note"] = note
    return d


def check_and_write(doc_file: str, gold: dict, end_marker: str | None = None) -> None:
    text = (DRAFT / doc_file).read_text(encoding="utf-8")
    errors = []

    def must(s, where, hay):
        if s is None:
            return
        if s not in hay:
            errors.append(f"{where}: {s!r} not found")

    for st in ("present", "absent"):
        for a in gold[st]:
            must(a["name"], st, text)
            must(a["affiliation"], st + " aff", text)
            must(a["note"], st + " note", text)
    if gold["recorded_by"]:
        must(gold["recorded_by"]["name"], "recorded_by", text)
    for ev in gold["meeting"]["date_evidence"]:
        must(ev, "date_evidence", text)
    # item spans: heading_raw position to next heading_raw (or end marker)
    starts = []
    pos = 0
    for it in gold["items"]:
        i = text.find(it["heading_raw"] + "\n", pos)
        if i < 0:
            errors.append(f"heading {it['heading_raw']!r} not found")
            starts.append(pos)
            continue
        starts.append(i)
        pos = i + 1
    end = text.find(end_marker) if end_marker else len(text)
    for k, it in enumerate(gold["items"]):
        span = text[starts[k] : starts[k + 1] if k + 1 < len(starts) else end]
        w = f"item {it['number']}"
        must(it["title"], w + " title", span)
        for s in it["subheadings"]:
            if not re.search(r"^" + re.escape(s) + r"$", span, re.M):
                errors.append(f"{w} subheading {s!r} not a line")
        for p in it["persons_mentioned"]:
            must(p["name"], w + " person", span)
            for x in p.get("also_written", []):
                must(x, w + " person also", span)
        for o in it["organisations_mentioned"]:
            for s in [o["surface"], *o["other_surfaces"]]:
                must(s, w + " org", span)
        for m in it["municipalities_mentioned"]:
            pass
        for key in ("decisions", "follow_ups", "borderline_decisions", "borderline_follow_ups"):
            for s in it[key]:
                must(s, f"{w} {key}", span)
        for dt in it["dates_mentioned"]:
            must(dt["surface"], w + " date", span)
        for u in it["urls"]:
            must(u, w + " url", span)
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    out = DRAFT / "gold" / (Path(doc_file).stem + ".json")
    out.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print("ok", out.name, len(gold["items"]), "items")
