# ruff: noqa
"""Helpers for building and checking the blind26 gold files (author's own script)."""

from __future__ import annotations

import json
import re
from pathlib import Path

DRAFT = Path(__file__).resolve().parent.parent
END_MARKERS = ("Vid anteckningarna", "Vid pennan", "Justerandes sign")


def A(name, aff, canon_aff, role=None, note=None, items=None, canon=None, **extra):
    d = {
        "name": name,
        "canonical_name": canon or name,
        "affiliation": aff,
        "affiliation_canonical": canon_aff,
        "role": role,
        "note": note,
        "items_attended": items,
    }
    d.update(extra)
    return d


def P(name, canon=None, aff=None, role=None, also=()):
    d = {"name": name, "canonical_name": canon or name, "affiliation": aff, "role_in_item": role}
    if also:
        d["also_written"] = list(also)
    return d


def O(surface, canonical, kind, other=(), note=None):
    d = {"surface": surface, "canonical": canonical, "kind": kind}
    if other:
        d["other_surfaces"] = list(other)
    if note:
        d["note"] = note
    return d


def D(surface, iso, gran=None, inferred=False):
    if gran is None:
        gran = (
            "day"
            if re.fullmatch(r"\d{4}-\d{2}-\d{2}", iso)
            else "month"
            if re.fullmatch(r"\d{4}-\d{2}", iso)
            else "range"
            if "/" in iso
            else "year"
        )
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
    b_dec=(),
    b_fu=(),
    dates=(),
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
    }
    if note:
        d["note"] = note
    return d


def spans(text: str, items: list[dict]) -> dict[int, str]:
    """Item span = from its heading to the next item's heading or an end marker."""
    pos = []
    start = 0
    for it in items:
        i = text.find(it["heading_raw"], start)
        assert i >= 0, f"heading not found in order: {it['heading_raw']!r}"
        pos.append(i)
        start = i + len(it["heading_raw"])
    out = {}
    for k, it in enumerate(items):
        end = pos[k + 1] if k + 1 < len(items) else len(text)
        seg = text[pos[k] : end]
        for m in END_MARKERS:
            j = seg.find(m)
            if j > 0:
                seg = seg[:j]
        out[it["number"]] = seg
    return out


def check(doc: dict, text: str) -> list[str]:
    errs = []

    def need(s, where, hay, label):
        if s is None:
            return
        if s not in hay:
            errs.append(f"{label}: {s!r} not in {where}")

    for ev in doc["meeting"].get("date_evidence", []):
        need(ev, "document", text, "date_evidence")
    for st in ("present", "absent"):
        for a in doc[st]:
            need(a["name"], "document", text, st)
            need(a["affiliation"], "document", text, st + ".affiliation")
            need(a["note"], "document", text, st + ".note")
    rb = doc.get("recorded_by")
    if rb:
        need(rb["name"], "document", text, "recorded_by")
    sp = spans(text, doc["items"])
    for it in doc["items"]:
        seg = sp[it["number"]]
        where = f"item {it['number']}"
        need(it["title"], "heading", it["heading_raw"], "title")
        for s in it["subheadings"]:
            need(s, where, seg, "subheading")
        for p in it["persons_mentioned"]:
            need(p["name"], where, seg, "person")
            for a in p.get("also_written", []):
                need(a, "document", text, "person.also_written")
        for o in it["organisations_mentioned"]:
            need(o["surface"], where, seg, "org")
            for s in o.get("other_surfaces", []):
                need(s, where, seg, "org.other")
        for key in ("decisions", "follow_ups", "borderline_decisions", "borderline_follow_ups"):
            for s in it[key]:
                need(s, where, seg, key)
                if not s.rstrip().endswith((".", "?", "!")) and key in ("decisions", "follow_ups"):
                    errs.append(f"{key} not a whole sentence: {s!r}")
        for d in it["dates_mentioned"]:
            need(d["surface"], where, seg, "date")
        for u in it["urls"]:
            need(u, where, seg, "url")
        seen = set()
        for o in it["organisations_mentioned"]:
            if o["canonical"] in seen:
                errs.append(f"{where}: duplicate canonical {o['canonical']}")
            seen.add(o["canonical"])
    return errs


def write(doc: dict) -> None:
    text = (DRAFT / doc["document"]).read_text(encoding="utf-8")
    errs = check(doc, text)
    if errs:
        raise SystemExit("\n".join(errs))
    out = DRAFT / "gold" / (Path(doc["document"]).stem + ".json")
    out.write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print("wrote", out.name, "items", len(doc["items"]))
