# ruff: noqa
"""Helpers for building and checking the blind27 gold files (own script; not from the project)."""

from __future__ import annotations

import json
from pathlib import Path

DRAFT = Path(__file__).resolve().parent.parent


def att(name, aff, aff_c, role=None, note=None, items=None, canon=None):
    return {
        "name": name,
        "canonical_name": canon or " ".join(name.split()),
        "affiliation": aff,
        "affiliation_canonical": aff_c,
        "role": role,
        "note": note,
        "items_attended": items,
    }


def per(name, canon=None, aff=None, aff_c=None, role_in_item=None, also=None):
    d = {
        "name": name,
        "canonical_name": canon or " ".join(name.split()),
        "affiliation": aff,
        "affiliation_canonical": aff_c,
        "role_in_item": role_in_item,
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


def muni(name, surface=None, other=None):
    return org(surface or name, name, "municipality", other)


def date(surface, iso, granularity, inferred=False, note=None):
    d = {"surface": surface, "iso": iso, "granularity": granularity, "year_inferred": inferred}
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
    bdec=(),
    bfol=(),
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
        "dates_mentioned": list(dates),
        "urls": list(urls),
        "places_mentioned": list(places),
        "borderline_decisions": list(bdec),
        "borderline_follow_ups": list(bfol),
    }
    if note:
        d["note"] = note
    return d


def check_and_write(doc: dict, text_name: str) -> list[str]:
    """Every verbatim string must occur in the document; item strings in that item's span."""
    text = (DRAFT / text_name).read_text(encoding="utf-8")
    errors: list[str] = []

    def need(s, hay, where):
        if s is None:
            return
        if s not in hay:
            errors.append(f"{text_name}: {where}: not found: {s!r}")

    for status in ("present", "absent"):
        for a in doc[status]:
            need(a["name"], text, status)
            need(a["affiliation"], text, status + " affiliation")
            need(a["note"], text, status + " note")
    if doc["recorded_by"]:
        need(doc["recorded_by"]["name"], text, "recorded_by")
    for q in doc["meeting"]["date_evidence"]:
        need(q, text, "date_evidence")
    # item spans: from each heading_raw to the next
    starts = []
    pos = 0
    for it in doc["items"]:
        i = text.find(it["heading_raw"], pos)
        if i < 0:
            errors.append(f"{text_name}: heading not found {it['heading_raw']!r}")
            i = pos
        starts.append(i)
        pos = i + 1
    ends = starts[1:] + [len(text)]
    for it, s, e in zip(doc["items"], starts, ends):
        span = text[s:e]
        w = f"item {it['number']}"
        need(it["title"], span, w + " title")
        for sh in it["subheadings"]:
            need(sh, span, w + " subheading")
        for p in it["persons_mentioned"]:
            need(p["name"], span, w + " person")
            for x in p.get("also_written", []):
                need(x, text, w + " person also_written (document)")
        for o in it["organisations_mentioned"]:
            need(o["surface"], span, w + " org")
            for x in o.get("other_surfaces", []):
                need(x, span, w + " org other")
        for m in it["municipalities_mentioned"]:
            if not any(
                o["kind"] == "municipality" and o["canonical"] == m for o in it["organisations_mentioned"]
            ):
                errors.append(f"{text_name}: {w}: municipality {m} not also an organisation")
        for key in ("decisions", "follow_ups", "borderline_decisions", "borderline_follow_ups"):
            for x in it[key]:
                need(x, span, f"{w} {key}")
                if "\f" in x:
                    errors.append(f"{w}: {key} spans a page break")
        for dt in it["dates_mentioned"]:
            need(dt["surface"], span, w + " date")
        for u in it["urls"]:
            need(u, span, w + " url")
    out = DRAFT / "gold" / (Path(text_name).stem + ".json")
    doc["document"] = text_name
    out.write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return errors
