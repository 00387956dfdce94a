# ruff: noqa
"""Helpers for writing set 28's gold: compact constructors plus a verbatim checker.

Every as-written string must occur in the document; item-level strings must occur in the item's
own span (from its heading line to the next heading, or to the recorder block / end of file)."""

from __future__ import annotations

import json
import re
from pathlib import Path

DRAFT = Path(__file__).resolve().parent.parent


def att(name, canonical=None, aff=None, affc=None, role=None, note=None, items=None, **extra):
    d = {
        "name": name,
        "canonical_name": canonical or name,
        "affiliation": aff,
        "affiliation_canonical": affc if affc is not None else aff,
        "role": role,
        "note": note,
        "items_attended": items,
    }
    d.update(extra)
    return d


def per(name, canonical=None, aff=None, affc=None, role=None, also=None):
    d = {
        "name": name,
        "canonical_name": canonical or name,
        "affiliation": aff,
        "affiliation_canonical": affc if affc is not None else aff,
        "role_in_item": role,
    }
    if also:
        d["also_written"] = also
    return d


def org(surface, canonical, kind, others=(), note=None, sense=None):
    d = {"surface": surface, "canonical": canonical, "kind": kind, "other_surfaces": list(others)}
    if note:
        d["note"] = note
    if sense:
        d["sense"] = sense
    return d


def mun(surface, short, others=()):
    return org(surface, short, "municipality", others)


def dt(surface, iso, gran=None, inferred=False, note=None):
    d = {"surface": surface, "iso": iso, "granularity": gran or _gran(iso), "year_inferred": inferred}
    if note:
        d["note"] = note
    return d


def _gran(iso):
    if "/" in iso:
        return "range"
    return {4: "year", 7: "month", 10: "day"}.get(len(iso), "other")


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
    b_dec=(),
    b_fu=(),
    dates=(),
    places=(),
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
        "borderline_decisions": list(b_dec),
        "borderline_follow_ups": list(b_fu),
        "dates_mentioned": list(dates),
        "urls": list(urls),
        "places_mentioned": list(places),
    }
    if note:
        d["note"] = note
    return d


def item_spans(text: str, headings: list[str], end_marker: str | None) -> list[str]:
    """Text of each item: from its heading line to the next heading (or end marker / EOF)."""
    starts = []
    pos = 0
    for h in headings:
        m = re.compile(r"(?m)^" + re.escape(h) + r"$").search(text, pos)
        if not m:
            raise SystemExit(f"heading not found as a line: {h!r}")
        starts.append(m.start())
        pos = m.end()
    end = text.index(end_marker, pos) if end_marker else len(text)
    return [text[s : (starts[i + 1] if i + 1 < len(starts) else end)] for i, s in enumerate(starts)]


def check(doc: dict, text: str, end_marker: str | None) -> list[str]:
    errs = []

    def need(s, where, span):
        if s and s not in span:
            errs.append(f"{where}: {s!r} not found")

    for key in ("present", "absent"):
        for a in doc[key]:
            need(a["name"], key, text)
            if a["affiliation"]:
                need(a["affiliation"], key + " affiliation", text)
            if a.get("note"):
                need(a["note"], key + " note", text)
    if doc["recorded_by"]:
        need(doc["recorded_by"]["name"], "recorded_by", text)
    for ev in doc["meeting"]["date_evidence"]:
        need(ev, "date_evidence", text)
    spans = item_spans(text, [it["heading_raw"] for it in doc["items"]], end_marker)
    for it, span in zip(doc["items"], spans):
        w = f"item {it['number']}"
        if it["title"] not in it["heading_raw"]:
            errs.append(f"{w}: title not in heading")
        for s in it["subheadings"]:
            if not re.search(r"(?m)^" + re.escape(s) + r"$", span):
                errs.append(f"{w}: subheading {s!r} not a line")
        for p in it["persons_mentioned"]:
            need(p["name"], w + " person", span)
            for a in p.get("also_written", []):
                need(a, w + " person also", span)
        seen = set()
        for o in it["organisations_mentioned"]:
            for s in [o["surface"], *o["other_surfaces"]]:
                need(s, w + " org", span)
                if s.casefold() in seen:
                    errs.append(f"{w}: surface {s!r} twice")
                seen.add(s.casefold())
        for key in ("decisions", "follow_ups", "borderline_decisions", "borderline_follow_ups"):
            for s in it[key]:
                need(s, f"{w} {key}", span)
        for d in it["dates_mentioned"]:
            need(d["surface"], w + " date", span)
        for p in it["places_mentioned"]:
            need(p, w + " place", span)
    return errs


def _flex(s: str, span: str) -> str:
    """The exact text of the span that equals s up to whitespace (pdftotext line wraps)."""
    if not s or s in span:
        return s
    m = re.search(r"\s+".join(map(re.escape, s.split())), span)
    return m.group(0) if m else s


def resolve_wraps(doc: dict, text: str, end_marker: str | None) -> None:
    spans = item_spans(text, [it["heading_raw"] for it in doc["items"]], end_marker)
    for it, span in zip(doc["items"], spans):
        for key in (
            "decisions",
            "follow_ups",
            "borderline_decisions",
            "borderline_follow_ups",
            "places_mentioned",
        ):
            it[key] = [_flex(s, span) for s in it[key]]
        for d in it["dates_mentioned"]:
            d["surface"] = _flex(d["surface"], span)
        for o in it["organisations_mentioned"]:
            o["surface"] = _flex(o["surface"], span)
            o["other_surfaces"] = [_flex(x, span) for x in o["other_surfaces"]]
        for p in it["persons_mentioned"]:
            p["name"] = _flex(p["name"], span)


def write(doc: dict, text_name: str, end_marker: str | None) -> None:
    text = (DRAFT / text_name).read_text(encoding="utf-8")
    resolve_wraps(doc, text, end_marker)
    errs = check(doc, text, end_marker)
    # every municipality mentioned is also an organisation of kind municipality (conventions §4)
    for it in doc["items"]:
        canon = {o["canonical"] for o in it["organisations_mentioned"] if o["kind"] == "municipality"}
        for m in it["municipalities_mentioned"]:
            if m not in canon:
                errs.append(f"item {it['number']}: municipality {m} not among organisations")
    if errs:
        raise SystemExit("\n".join(errs))
    out = DRAFT / "gold" / (Path(text_name).stem + ".json")
    out.write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print("wrote", out)
