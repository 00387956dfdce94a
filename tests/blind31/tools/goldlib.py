# ruff: noqa
"""Helpers for the blind31 gold: build records, find item spans, check every verbatim string."""

from __future__ import annotations

import json
import re
from pathlib import Path

DRAFT = Path(__file__).resolve().parent.parent


def att(name, aff, affc, role=None, note=None, items=None, canon=None, **extra):
    d = {
        "name": name,
        "canonical_name": canon or name,
        "affiliation": aff,
        "affiliation_canonical": affc,
        "role": role,
        "note": note,
        "items_attended": items,
    }
    d.update(extra)
    return d


def per(name, canon=None, aff=None, affc=None, role=None, also=None, title=None):
    d = {
        "name": name,
        "canonical_name": canon or name,
        "affiliation": aff,
        "affiliation_canonical": affc,
        "role_in_item": role,
    }
    if title:
        d["title_in_item"] = title
    if also:
        d["also_written"] = also
    return d


def org(surface, canon, kind, others=None, note=None):
    d = {"surface": surface, "canonical": canon, "kind": kind, "other_surfaces": others or []}
    if note:
        d["note"] = note
    return d


def dt(surface, iso, gran, inferred=False, note=None):
    d = {"surface": surface, "iso": iso, "granularity": gran, "year_inferred": inferred}
    if note:
        d["note"] = note
    return d


def item(
    number,
    title,
    heading_raw,
    subheadings=(),
    persons=(),
    orgs=(),
    munis=(),
    topics=(),
    decisions=(),
    follow_ups=(),
    dates=(),
    urls=(),
    places=(),
    bdec=(),
    bfol=(),
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
        "dates_mentioned": list(dates),
        "urls": list(urls),
        "places_mentioned": list(places),
        "borderline_decisions": list(bdec),
        "borderline_follow_ups": list(bfol),
    }
    if note:
        d["note"] = note
    return d


def spans(text: str, items: list[dict], end_marker: str | None) -> dict[int, str]:
    """Item span: from its heading line to the next item's heading line, or to end_marker/end."""
    starts = []
    pos = 0
    for it in items:
        i = text.find(it["heading_raw"], pos)
        assert i >= 0, f"heading not found: {it['heading_raw']!r}"
        starts.append(i)
        pos = i + 1
    end = text.find(end_marker, starts[-1]) if end_marker else -1
    if end < 0:
        end = len(text)
    out = {}
    for k, it in enumerate(items):
        out[it["number"]] = text[starts[k] : starts[k + 1] if k + 1 < len(items) else end]
    return out


def check(doc: dict, text: str, end_marker: str | None) -> list[str]:
    errs = []

    def need(s, where, hay):
        if s is None:
            return
        if s not in hay:
            errs.append(f"{where}: {s!r} not found")

    for ev in doc["meeting"].get("date_evidence", []):
        need(ev, "date_evidence", text)
    for status in ("present", "absent"):
        for a in doc[status]:
            need(a["name"], status, text)
            need(a["affiliation"], status + " aff", text)
            need(a["note"], status + " note", text)
    if doc["recorded_by"]:
        need(doc["recorded_by"]["name"], "recorded_by", text)
    sp = spans(text, doc["items"], end_marker)
    for it in doc["items"]:
        hay = sp[it["number"]]
        w = f"item {it['number']}"
        need(it["title"], w + " title", hay)
        for s in it["subheadings"]:
            if not re.search(r"(?m)^" + re.escape(s) + r"\s*$", hay):
                errs.append(f"{w} subheading {s!r} not a line")
        for p in it["persons_mentioned"]:
            need(p["name"], w + " person", hay)
            for a in p.get("also_written", []):
                need(a, w + " person also", hay)
        for o in it["organisations_mentioned"]:
            need(o["surface"], w + " org", hay)
            for a in o["other_surfaces"]:
                need(a, w + " org other", hay)
        for key in ("decisions", "follow_ups", "borderline_decisions", "borderline_follow_ups"):
            for s in it[key]:
                need(s, f"{w} {key}", hay)
        for d in it["dates_mentioned"]:
            need(d["surface"], w + " date", hay)
            if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?(/\d{4}(-\d{2}(-\d{2})?)?)?", d["iso"]):
                errs.append(f"{w} bad iso {d['iso']}")
        for s in it["places_mentioned"] + it["urls"]:
            need(s, w + " place/url", hay)
        # every municipality in municipalities_mentioned is also an organisation (addendum §4)
        org_canons = {o["canonical"] for o in it["organisations_mentioned"] if o["kind"] == "municipality"}
        for m in it["municipalities_mentioned"]:
            if m not in org_canons:
                errs.append(f"{w} municipality {m} not among organisations")
    return errs


def write(doc: dict, end_marker: str | None) -> None:
    text = (DRAFT / doc["document"]).read_text(encoding="utf-8")
    errs = check(doc, text, end_marker)
    for e in errs:
        print("ERROR", doc["document"], e)
    if errs:
        raise SystemExit(1)
    out = DRAFT / "gold" / (Path(doc["document"]).stem + ".json")
    out.write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print("wrote", out.name, "items", len(doc["items"]))
