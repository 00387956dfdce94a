# ruff: noqa
"""Helpers for the blind34 gold builder: entries and the verbatim checks."""

from __future__ import annotations

import json
from pathlib import Path

DRAFT = Path(__file__).resolve().parent.parent


def att(name, aff=None, affc=None, role=None, note=None, items=None, canonical=None, **extra):
    d = {
        "name": name,
        "canonical_name": canonical or name,
        "affiliation": aff,
        "affiliation_canonical": affc,
        "role": role,
        "note": note,
        "items_attended": items,
    }
    d.update(extra)
    return d


def per(name, canonical=None, aff=None, affc=None, role="", also=()):
    d = {
        "name": name,
        "canonical_name": canonical or name,
        "affiliation": aff,
        "affiliation_canonical": affc,
        "role_in_item": role,
    }
    if also:
        d["also_written"] = list(also)
    return d


def org(surface, canonical, kind, other=(), note=None):
    d = {"surface": surface, "canonical": canonical, "kind": kind, "other_surfaces": list(other)}
    if note:
        d["note"] = note
    return d


def muni(name, surface=None):
    return org(surface or name, name, "municipality")


def date(surface, iso, gran, inferred=False, note=None):
    d = {"surface": surface, "iso": iso, "granularity": gran, "year_inferred": inferred}
    if note:
        d["note"] = note
    return d


def item(
    number,
    heading_raw,
    title,
    subheadings=(),
    persons=(),
    orgs=(),
    munis=(),
    topics=(),
    decisions=(),
    follow_ups=(),
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
        "subheadings": list(subheadings),
        "persons_mentioned": list(persons),
        "organisations_mentioned": list(orgs),
        "municipalities_mentioned": list(munis),
        "topics": list(topics),
        "decisions": list(decisions),
        "follow_ups": list(follow_ups),
        "borderline_decisions": list(bdec),
        "borderline_follow_ups": list(bfu),
        "dates_mentioned": list(dates),
        "urls": list(urls),
        "places_mentioned": list(places),
    }
    if note:
        d["note"] = note
    return d


def check_and_write(doc_file: str, gold: dict, end_marker: str | None) -> None:
    text = (DRAFT / doc_file).read_text(encoding="utf-8")
    errors = []

    def need(s, where, span=text):
        if s is None:
            return
        if s not in span:
            errors.append(f"{where}: {s!r} not found")

    for ev in gold["meeting"]["date_evidence"]:
        need(ev, "date_evidence")
    for st in ("present", "absent"):
        for a in gold[st]:
            need(a["name"], st)
            need(a["affiliation"], st)
            need(a["note"], st)
    rb = gold["recorded_by"]
    if rb:
        need(rb["name"], "recorded_by")
    # item spans: heading line to next heading (or end marker)
    starts = []
    for it in gold["items"]:
        pos = text.find("\n" + it["heading_raw"] + "\n")
        if pos < 0:
            errors.append(f"heading not found: {it['heading_raw']!r}")
            pos = 0
        starts.append(pos + 1)
        if it["title"] not in it["heading_raw"]:
            errors.append(f"title not in heading: {it['title']!r}")
    end = text.find(end_marker, starts[-1]) if end_marker else len(text)
    if end < 0:
        end = len(text)
    for i, it in enumerate(gold["items"]):
        span = text[starts[i] : starts[i + 1] if i + 1 < len(starts) else end]
        w = f"item {it['number']}"
        for s in it["subheadings"]:
            if ("\n" + s + "\n") not in span:
                errors.append(f"{w} subheading not a line: {s!r}")
        for p in it["persons_mentioned"]:
            need(p["name"], w, span)
            for a in p.get("also_written", []):
                need(a, w, span)
        for o in it["organisations_mentioned"]:
            for s in [o["surface"], *o["other_surfaces"]]:
                need(s, w, span)
        for key in ("decisions", "follow_ups", "borderline_decisions", "borderline_follow_ups", "urls"):
            for s in it[key]:
                need(s, f"{w} {key}", span)
        for dt in it["dates_mentioned"]:
            need(dt["surface"], f"{w} date", span)
        for m in it["municipalities_mentioned"]:
            if not any(
                o["canonical"] == m and o["kind"] == "municipality" for o in it["organisations_mentioned"]
            ):
                errors.append(f"{w}: municipality {m} not among organisations")
    if errors:
        raise SystemExit("\n".join(errors))
    out = DRAFT / "gold" / (Path(doc_file).stem + ".json")
    out.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print("ok", out.name, len(gold["items"]), "items")
