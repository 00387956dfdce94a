# ruff: noqa
"""Helpers for building the blind30 gold: item spans, verbatim checks, compact constructors."""

from __future__ import annotations

import json
import re
from pathlib import Path

DRAFT = Path(__file__).resolve().parent.parent


def ws(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def att(name, aff, affc, role=None, note=None, items=None, canonical=None, **extra):
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


def per(name, canonical=None, aff=None, role="", also=None, **extra):
    d = {
        "name": name,
        "canonical_name": canonical or name,
        "affiliation": aff,
        "affiliation_canonical": extra.pop("affc", aff),
        "role_in_item": role,
    }
    if also:
        d["also_written"] = also
    d.update(extra)
    return d


def org(surface, canonical, kind, other=None, **extra):
    d = {"surface": surface, "canonical": canonical, "kind": kind}
    if other:
        d["other_surfaces"] = other
    d.update(extra)
    return d


def muni(name, surface=None, other=None):
    """A member municipality named in the item: the organisation entry (GOLD_CONVENTIONS §4)."""
    return org(surface or name, name, "municipality", other)


def date(surface, iso, gran, inferred=False, **extra):
    d = {"surface": surface, "iso": iso, "granularity": gran, "year_inferred": inferred}
    d.update(extra)
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
    bfu=(),
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
        "borderline_follow_ups": list(bfu),
    }
    if note:
        d["note"] = note
    return d


def spans(text: str, heading_re: str, end_re: str | None) -> dict[int, str]:
    """Item number -> the item's text, from its heading line to the next heading or the end marker."""
    lines = text.split("\n")
    starts = [
        (i, int(re.match(heading_re, l).group(1))) for i, l in enumerate(lines) if re.match(heading_re, l)
    ]
    end = len(lines)
    if end_re:
        for i, l in enumerate(lines):
            if re.match(end_re, l) and i > starts[-1][0]:
                end = i
                break
    out = {}
    for k, (i, n) in enumerate(starts):
        j = starts[k + 1][0] if k + 1 < len(starts) else end
        out[n] = "\n".join(lines[i:j])
    return out


def check(doc: dict, text: str, heading_re: str, end_re: str | None) -> list[str]:
    errs = []
    sp = spans(text, heading_re, end_re)

    def has(s, where, label, loose=False):
        if s in where:
            return
        if loose and ws(s) in ws(where):
            return
        errs.append(f"{label}: {s!r} not found")

    for key in ("present", "absent"):
        for a in doc[key]:
            has(a["name"], text, key)
            if a["affiliation"]:
                has(a["affiliation"], text, key + " aff")
            if a["note"]:
                has(a["note"], text, key + " note")
    if doc["recorded_by"]:
        has(doc["recorded_by"]["name"], text, "recorded_by")
    for ev in doc["meeting"]["date_evidence"]:
        has(ev, text, "date_evidence")
    assert set(sp) == {it["number"] for it in doc["items"]}, (
        sorted(sp),
        [it["number"] for it in doc["items"]],
    )
    for it in doc["items"]:
        s = sp[it["number"]]
        lab = f"item {it['number']}"
        has(it["heading_raw"], s.split("\n")[0], lab + " heading")
        has(it["title"], it["heading_raw"], lab + " title")
        for sh in it["subheadings"]:
            if sh not in s.split("\n"):
                errs.append(f"{lab} subheading {sh!r} not a line")
        for p in it["persons_mentioned"]:
            has(p["name"], s, lab + " person", loose=True)
            for a in p.get("also_written", []):
                has(a, s, lab + " person short")
        for o in it["organisations_mentioned"]:
            for sf in [o["surface"], *o.get("other_surfaces", [])]:
                has(sf, s, lab + " org")
        for k in ("decisions", "follow_ups", "borderline_decisions", "borderline_follow_ups"):
            for x in it[k]:
                has(x, s, f"{lab} {k}")
        for dt in it["dates_mentioned"]:
            has(dt["surface"], s, lab + " date")
        for u in it["urls"]:
            has(u, s, lab + " url")
        for pl in it["places_mentioned"]:
            has(pl, s, lab + " place")
        orgc = {o["canonical"] for o in it["organisations_mentioned"] if o["kind"] == "municipality"}
        for m in it["municipalities_mentioned"]:
            if m not in orgc:
                errs.append(f"{lab}: municipality {m} not also an organisation (conventions §4)")
    return errs


def write(doc: dict, text: str, heading_re: str, end_re: str | None) -> None:
    errs = check(doc, text, heading_re, end_re)
    if errs:
        raise SystemExit("\n".join(errs))
    out = DRAFT / "gold" / (Path(doc["document"]).stem + ".json")
    out.write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print("wrote", out.name, len(doc["items"]), "items")
