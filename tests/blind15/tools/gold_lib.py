"""Gold helpers for blind set 15 (self-contained): hand annotation as data → gold/<doc>.json.

Written for this set; it keeps the seeds' schema (/work/shared/gold/SCHEMA.md) and checks, while
building, that every verbatim string occurs in the document (item strings in the item's own span).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE.parent
GOLD = DOCS / "gold"


def _ws(s: str) -> str:
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


def per(name, aff=None, role_in_item=None, also=None, canon=None, aff_canon=None):
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


def dat(surface, iso, granularity=None, inferred=False, note=None):
    if granularity is None:
        if "/" in iso:
            granularity = "range"
        elif re.fullmatch(r"\d{4}-\d{2}-\d{2}", iso):
            granularity = "day"
        elif re.fullmatch(r"\d{4}-\d{2}", iso):
            granularity = "month"
        else:
            granularity = "year"
    d = {"surface": surface, "iso": iso, "granularity": granularity, "year_inferred": inferred}
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
    bfol=(),
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
        "borderline_decisions": list(bdec),
        "borderline_follow_ups": list(bfol),
        "dates_mentioned": list(dates),
        "urls": list(urls),
    }
    if note:
        d["note"] = note
    return d


def item_spans(text: str, items: list[dict], end_marker: str | None, item_start: int = 0):
    """Each item's text: from its heading line to the next heading (the last to end_marker or EOF)."""
    starts = []
    pos = item_start
    for it in items:
        i = text.find(it["heading_raw"], pos)
        if i < 0:
            raise SystemExit(f"heading not found after {pos}: {it['heading_raw']!r}")
        starts.append(i)
        pos = i + len(it["heading_raw"])
    end = len(text)
    if end_marker:
        e = text.find(end_marker, starts[-1])
        if e < 0:
            raise SystemExit(f"end marker not found: {end_marker!r}")
        end = e
    return [text[s : (starts[k + 1] if k + 1 < len(starts) else end)] for k, s in enumerate(starts)]


def check(text: str, gold: dict, end_marker: str | None, item_start: int = 0) -> list[str]:
    errors: list[str] = []
    wtext = _ws(text)

    def need(s, where, hay):
        if s is None:
            return
        if _ws(s) not in hay:
            errors.append(f"{where}: not verbatim: {s!r}")

    for status in ("present", "absent"):
        seen = set()
        for a in gold[status]:
            need(a["name"], status, wtext)
            need(a["affiliation"], status, wtext)
            need(a["role"], status, wtext)
            need(a["note"], status, wtext)
            key = a["name"].casefold()
            if key in seen:
                errors.append(f"{status}: duplicate {a['name']}")
            seen.add(key)
    if gold["recorded_by"]:
        need(gold["recorded_by"]["name"], "recorded_by", wtext)
    for ev in gold["meeting"]["date_evidence"]:
        need(ev, "date_evidence", wtext)
    spans = item_spans(text, gold["items"], end_marker, item_start)
    for it, span in zip(gold["items"], spans, strict=False):
        w = _ws(span)
        where = f"item {it['number']}"
        need(it["title"], where + " title", _ws(it["heading_raw"]))
        for s in it["subheadings"]:
            need(s, where + " subheading", w)
        for p in it["persons_mentioned"]:
            need(p["name"], where + " person", w)
            for a in p["also_written"]:
                need(a, where + " person short form", w)
        for o in it["organisations_mentioned"]:
            for s in [o["surface"], *o["other_surfaces"]]:
                need(s, where + " org", w)
        for key in ("decisions", "follow_ups", "borderline_decisions", "borderline_follow_ups"):
            for s in it[key]:
                need(s, f"{where} {key}", w)
        for dd in it["dates_mentioned"]:
            need(dd["surface"], where + " date", w)
            if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?(/\d{4}(-\d{2}(-\d{2})?)?)?", dd["iso"]):
                errors.append(f"{where}: bad iso {dd['iso']}")
        for u in it["urls"]:
            need(u, where + " url", w)
        nums = [x["number"] for x in gold["items"]]
        if len(set(nums)) != len(nums):
            errors.append("duplicate item numbers")
    return errors


def write(
    document,
    body,
    date_estimate,
    evidence,
    place,
    present,
    absent,
    recorded_by,
    items,
    end_marker=None,
    item_start_marker=None,
    note=None,
):
    text = (DOCS / document).read_text(encoding="utf-8")
    item_start = text.find(item_start_marker) if item_start_marker else 0
    gold = {
        "document": document,
        "meeting": {"body": body, "date_estimate": date_estimate, "date_evidence": evidence, "place": place},
        "present": present,
        "absent": absent,
        "recorded_by": recorded_by,
        "items": items,
    }
    if note:
        gold["document_note"] = note
    errors = check(text, gold, end_marker, item_start)
    if errors:
        print("\n".join(errors), file=sys.stderr)
        raise SystemExit(1)
    GOLD.mkdir(exist_ok=True)
    out = GOLD / (Path(document).stem + ".json")
    out.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {out.name}: {len(present)} present, {len(absent)} absent, {len(items)} items")
