# ruff: noqa
"""Helpers for writing and checking the blind32 gold files (own small tools)."""

from __future__ import annotations

import json
import re
from pathlib import Path

DRAFT = Path(__file__).resolve().parent.parent


def A(name, aff, affc, role=None, note=None, items=None, canon=None, **extra):
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


def P(name, canon=None, aff=None, affc=None, role=None, also=()):
    return {
        "name": name,
        "canonical_name": canon or name,
        "affiliation": aff,
        "affiliation_canonical": affc,
        "role_in_item": role,
        "also_written": list(also),
    }


def O(surface, canonical, kind, other=(), note=None):  # noqa: E743
    d = {"surface": surface, "canonical": canonical, "kind": kind, "other_surfaces": list(other)}
    if note:
        d["note"] = note
    return d


def D(surface, iso, gran, inferred=False):
    return {"surface": surface, "iso": iso, "granularity": gran, "year_inferred": inferred}


def item(
    number,
    heading_raw,
    title,
    *,
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


def item_spans(text: str, heads: list[str], end_marker: str | None) -> list[str]:
    """Text of each item: from its heading line to the next heading line or the end marker."""
    starts = []
    pos = 0
    for h in heads:
        m = re.compile(r"(?m)^" + re.escape(h) + r"[ \t]*$").search(text, pos)
        assert m, f"heading not found as a whole line: {h!r}"
        starts.append(m.start())
        pos = m.end()
    end = text.index(end_marker, pos) if end_marker else len(text)
    return [text[s:e] for s, e in zip(starts, [*starts[1:], end], strict=True)]


def check(doc: dict, text: str, heads: list[str], end_marker: str | None) -> list[str]:
    errs = []
    spans = item_spans(text, heads, end_marker)
    first = re.compile(r"(?m)^" + re.escape(heads[0]) + r"[ \t]*$").search(text).start()
    header = text[:first]

    def need(s, where, label):
        if s is None:
            return
        if s not in where:
            errs.append(f"{label}: {s!r} not found")

    for st in ("present", "absent"):
        for a in doc[st]:
            need(a["name"], header, st)
            need(a["affiliation"], header, st + " affiliation")
            need(a["note"], header, st + " note")
    if doc["recorded_by"]:
        need(doc["recorded_by"]["name"], text, "recorded_by")
    for ev in doc["meeting"]["date_evidence"]:
        need(ev, text, "date_evidence")
    assert len(spans) == len(doc["items"])
    for it, span in zip(doc["items"], spans, strict=True):
        lab = f"item {it['number']}"
        need(it["heading_raw"], span, lab + " heading")
        need(it["title"], span, lab + " title")
        for s in it["subheadings"]:
            need(s, span, lab + " subheading")
        for p in it["persons_mentioned"]:
            for s in [p["name"], *p["also_written"]]:
                need(s, span, lab + " person")
        for o in it["organisations_mentioned"]:
            for s in [o["surface"], *o["other_surfaces"]]:
                need(s, span, lab + " org")
        for k in ("decisions", "follow_ups", "borderline_decisions", "borderline_follow_ups"):
            for s in it[k]:
                need(s, span, f"{lab} {k}")
                if not s.rstrip().endswith((".", "?", "!")):
                    errs.append(f"{lab} {k}: not a whole sentence {s!r}")
        for dd in it["dates_mentioned"]:
            need(dd["surface"], span, lab + " date")
        for u in it["urls"]:
            need(u, span, lab + " url")
        for s in it["places_mentioned"]:
            need(s, span, lab + " place")
        # every municipality mentioned is also an organisation (GOLD_CONVENTIONS §4)
        org_canon = {o["canonical"] for o in it["organisations_mentioned"]}
        for m in it["municipalities_mentioned"]:
            if m not in org_canon:
                errs.append(f"{lab}: municipality {m} not in organisations")
        canons = [o["canonical"] for o in it["organisations_mentioned"]]
        if len(canons) != len(set(canons)):
            errs.append(f"{lab}: duplicate organisation canonical")
    return errs


def write(doc: dict, text_name: str, heads: list[str], end_marker: str | None) -> None:
    text = (DRAFT / text_name).read_text(encoding="utf-8")
    errs = check(doc, text, heads, end_marker)
    if errs:
        raise SystemExit("\n".join(errs))
    out = DRAFT / "gold" / (Path(text_name).stem + ".json")
    out.write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print("ok", out.name, len(doc["items"]), "items")
