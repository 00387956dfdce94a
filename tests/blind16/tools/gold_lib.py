"""Gold helpers for blind set 16 (self-contained): hand annotation as data → gold/<doc>.json.

Keeps the seeds' schema (/work/shared/gold/SCHEMA.md). While building it checks that every
verbatim string occurs in the document (whitespace-insensitive, because two documents are
hard-wrapped), and that item-level strings occur in the item's own span: from its heading to
the next heading, the last item ending at a closing marker (signature block).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE.parent
GOLD = DOCS / "gold"


def ws(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def att(name, aff, aff_canon, role=None, note=None, items=None, canon=None):
    """One attendee: name and affiliation as written, canonical body, role, note, items attended."""
    return {
        "name": name,
        "canonical_name": canon or name,
        "affiliation": aff,
        "affiliation_canonical": aff_canon,
        "role": role,
        "note": note,
        "items_attended": items,
    }


def per(name, role_in_item=None, aff=None, aff_canon=None, also=None, canon=None):
    """One person named in an item; `also` holds short forms written in the same item."""
    return {
        "name": name,
        "canonical_name": canon or name,
        "affiliation": aff,
        "affiliation_canonical": aff_canon if aff_canon is not None else aff,
        "role_in_item": role_in_item,
        "also_written": list(also or []),
    }


def org(surface, canonical, kind, *others, note=None):
    d = {"surface": surface, "canonical": canonical, "kind": kind, "other_surfaces": list(others)}
    if note:
        d["note"] = note
    return d


def dat(surface, iso, inferred=False, note=None):
    if "/" in iso:
        gran = "range"
    elif re.fullmatch(r"\d{4}-\d{2}-\d{2}", iso):
        gran = "day"
    elif re.fullmatch(r"\d{4}-\d{2}", iso):
        gran = "month"
    elif "W" in iso:
        gran = "week"
    else:
        gran = "year"
    d = {"surface": surface, "iso": iso, "granularity": gran, "year_inferred": inferred}
    if note:
        d["note"] = note
    return d


def item(
    number,
    heading_raw,
    title,
    *,
    sub=(),
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


def _spans(text: str, items: list[dict], end_marker: str) -> list[str]:
    starts = []
    pos = 0
    for it in items:
        i = text.find(it["heading_raw"], pos)
        if i < 0:
            raise SystemExit(f"heading not found in order: {it['heading_raw']!r}")
        starts.append(i)
        pos = i + len(it["heading_raw"])
    end = text.find(end_marker, pos)
    if end < 0:
        raise SystemExit(f"end marker not found: {end_marker!r}")
    bounds = [*starts[1:], end]
    return [text[s:e] for s, e in zip(starts, bounds, strict=True)]


def check(doc: str, gold: dict, end_marker: str) -> list[str]:
    text = (DOCS / doc).read_text(encoding="utf-8")
    whole = ws(text)
    errors = []

    def need(s, where, hay):
        if s is None:
            return
        if ws(s) not in hay:
            errors.append(f"{where}: {s!r} not verbatim")

    for status in ("present", "absent"):
        for a in gold[status]:
            need(a["name"], status, whole)
            need(a["affiliation"], status + " affiliation", whole)
            need(a["note"], status + " note", whole)
    if gold["recorded_by"]:
        need(gold["recorded_by"]["name"], "recorded_by", whole)
    for ev in gold["meeting"]["date_evidence"]:
        need(ev, "date_evidence", whole)
    spans = _spans(text, gold["items"], end_marker)
    for it, span in zip(gold["items"], spans, strict=True):
        hay = ws(span)
        where = f"item {it['number']}"
        need(it["title"], where + " title", hay)
        for s in it["subheadings"]:
            if not any(line.strip() == s for line in span.splitlines()):
                errors.append(f"{where}: subheading {s!r} is not a line of its own")
        for p in it["persons_mentioned"]:
            need(p["name"], where + " person", hay)
            for a in p["also_written"]:
                need(a, where + " person short form", hay)
        for o in it["organisations_mentioned"]:
            for s in [o["surface"], *o["other_surfaces"]]:
                need(s, where + " org", hay)
        for key in ("decisions", "follow_ups", "borderline_decisions", "borderline_follow_ups"):
            for s in it[key]:
                need(s, f"{where} {key}", hay)
        for d in it["dates_mentioned"]:
            need(d["surface"], where + " date", hay)
        for u in it["urls"]:
            need(u, where + " url", hay)
        names = [p["name"] for p in it["persons_mentioned"]]
        if len(set(names)) != len(names):
            errors.append(f"{where}: duplicate person entries")
    return errors


def write(
    doc, body, date_estimate, evidence, place, present, absent, recorded_by, items, end_marker, note=None
):
    gold = {
        "document": doc,
        "meeting": {
            "body": body,
            "date_estimate": date_estimate,
            "date_evidence": evidence,
            "place": place,
        },
        "present": present,
        "absent": absent,
        "recorded_by": recorded_by,
        "items": items,
    }
    if note:
        gold["document_note"] = note
    errors = check(doc, gold, end_marker)
    if errors:
        print("\n".join(errors), file=sys.stderr)
        raise SystemExit(1)
    GOLD.mkdir(exist_ok=True)
    out = GOLD / (Path(doc).stem + ".json")
    out.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {out.name}: {len(present)} present, {len(absent)} absent, {len(items)} items")
