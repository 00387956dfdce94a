"""Helpers shared by the gold builders of blind set 19: attendee/person/org/date records and checks."""

from __future__ import annotations

import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def att(name, aff, aff_c, role=None, note=None, items=None, canonical=None, **extra):
    d = {
        "name": name,
        "canonical_name": canonical or name,
        "affiliation": aff,
        "affiliation_canonical": aff_c,
        "role": role,
        "note": note,
        "items_attended": items,
    }
    d.update(extra)
    return d


def per(name, canonical=None, aff=None, aff_c=None, role=None, also=None):
    d = {
        "name": name,
        "canonical_name": canonical or " ".join(name.split()),
        "affiliation": aff,
        "affiliation_canonical": aff_c,
        "role_in_item": role,
    }
    if also:
        d["also_written"] = also
    return d


def org(surface, canonical, kind, other=None, note=None):
    d = {"surface": surface, "canonical": canonical, "kind": kind}
    if other:
        d["other_surfaces"] = other
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
    *,
    subheadings=(),
    persons=(),
    orgs=(),
    munis=(),
    topics=(),
    decisions=(),
    follow_ups=(),
    b_dec=(),
    b_fu=(),
    dates=(),
    urls=(),
    places=(),
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
        "borderline_decisions": list(b_dec),
        "borderline_follow_ups": list(b_fu),
        "dates_mentioned": list(dates),
        "urls": list(urls),
        "places_mentioned": list(places),
    }
    if note:
        d["note"] = note
    return d


def check_and_write(doc: dict, text: str, end_marker: str | None) -> list[str]:
    """Every as-written string must occur exactly in its own item's span (heading to next heading)."""
    errors = []
    items = doc["items"]
    starts = []
    for it in items:
        pos = text.find(it["heading_raw"])
        if pos < 0:
            errors.append(f"heading not found: {it['heading_raw']!r}")
        starts.append(pos)
    if starts != sorted(starts):
        errors.append("headings out of order")
    end = text.find(end_marker, starts[-1]) if end_marker else len(text)
    if end < 0:
        errors.append("end marker not found")
        end = len(text)
    bounds = [*starts[1:], end]
    header = text[: starts[0]]
    for a in doc["present"] + doc["absent"]:
        if a["name"] not in text:
            errors.append(f"attendee not in text: {a['name']}")
        if a["affiliation"] and a["affiliation"] not in text:
            errors.append(f"affiliation not in text: {a['affiliation']}")
        if a["role"] and a["role"] not in text:
            errors.append(f"role not in text: {a['role']}")
        if a["note"] and a["note"] not in header:
            errors.append(f"note not in header: {a['note']}")
    if doc["recorded_by"] and doc["recorded_by"]["name"] not in text:
        errors.append("recorder not in text")
    for ev in doc["meeting"]["date_evidence"]:
        if ev not in text:
            errors.append(f"date evidence not in text: {ev!r}")
    for it, s, e in zip(items, starts, bounds, strict=True):
        span = text[s:e]
        n = it["number"]
        if it["title"] not in it["heading_raw"]:
            errors.append(f"{n}: title not in heading")
        strings = (
            list(it["subheadings"])
            + it["decisions"]
            + it["follow_ups"]
            + it["borderline_decisions"]
            + it["borderline_follow_ups"]
            + it["urls"]
        )
        strings += [p["name"] for p in it["persons_mentioned"]]
        strings += [
            x for p in it["persons_mentioned"] for x in p.get("also_written", []) if x != p["canonical_name"]
        ]
        strings += [o["surface"] for o in it["organisations_mentioned"]]
        strings += [x for o in it["organisations_mentioned"] for x in o.get("other_surfaces", [])]
        strings += [d["surface"] for d in it["dates_mentioned"]]
        for x in strings:
            if x not in span:
                errors.append(f"item {n}: not in item span: {x!r}")
        for d in it["dates_mentioned"]:
            if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?(/\d{4}(-\d{2}(-\d{2})?)?)?", d["iso"]):
                errors.append(f"item {n}: bad iso {d['iso']}")
        for x in it["decisions"] + it["follow_ups"]:
            if x in it["borderline_decisions"] + it["borderline_follow_ups"]:
                errors.append(f"item {n}: sentence both required and borderline: {x[:40]}")
    numbers = [it["number"] for it in items]
    if len(set(numbers)) != len(numbers):
        errors.append("duplicate item numbers")
    out = ROOT / "gold" / (doc["document"] + ".json")
    out.write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return errors
