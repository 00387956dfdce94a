#!/usr/bin/env python3
"""Check blind-21 gold against its document: every quoted string must occur in the right place.

usage: python3 check_gold.py            (checks every ../gold/*.json against ../<document>)
Exit 1 on any problem. Line wraps (pdftotext) and form feeds are compared as single spaces.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DRAFT = HERE.parent
ISO = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?(/\d{4}(-\d{2}(-\d{2})?)?)?$")


def ws(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def has(text: str, s: str) -> bool:
    """s occurs in text as a whole-word span (whitespace-normalised)."""
    return re.search(r"(?<!\w)" + re.escape(ws(s)) + r"(?!\w)", text) is not None


def spans(raw: str, doc: dict) -> tuple[dict[int, str], list[str]]:
    errs, out, pos = [], {}, 0
    starts = []
    for it in doc["items"]:
        i = raw.find(it["heading_raw"], pos)
        if i < 0:
            errs.append(f"item {it['number']}: heading_raw not found in order: {it['heading_raw']!r}")
            continue
        # a heading must start a line
        if i > 0 and raw[i - 1] not in "\n\f":
            errs.append(f"item {it['number']}: heading does not start a line")
        starts.append((it["number"], i))
        pos = i + len(it["heading_raw"])
    for k, (n, i) in enumerate(starts):
        if k + 1 < len(starts):
            end = starts[k + 1][1]
        else:
            j = raw.find("Vid anteckningarna", i)
            end = j if j >= 0 else len(raw)
        out[n] = raw[i:end]
    return out, errs


def check(path: Path, doc: dict) -> list[str]:
    raw = path.read_text(encoding="utf-8")
    text = ws(raw)
    errs: list[str] = []
    if doc["document"] != path.name:
        errs.append("document name mismatch")
    m = doc["meeting"]
    for q in m["date_evidence"]:
        if not has(text, q):
            errs.append(f"date_evidence not in text: {q!r}")
    if m.get("place") and not has(text, m["place"]):
        errs.append(f"place not in text: {m['place']!r}")
    names = set()
    for status in ("present", "absent"):
        for a in doc[status]:
            if a["name"] in names:
                errs.append(f"duplicate attendee {a['name']}")
            names.add(a["name"])
            if status == "present" and not has(text, a["name"]):
                errs.append(f"{status} name not in text: {a['name']!r}")
            if status == "absent" and not has(text, a["name"]):
                errs.append(f"absent name not in text: {a['name']!r}")
            if a["affiliation"] and not has(text, a["affiliation"]):
                errs.append(f"affiliation not in text: {a['affiliation']!r}")
            if a["note"] and not has(text, a["note"].strip("()")):
                errs.append(f"note not in text: {a['note']!r}")
    rb = doc.get("recorded_by")
    if rb and not has(text, rb["name"]):
        errs.append("recorded_by not in text")
    sp, e = spans(raw, doc)
    errs += e
    numbers = [it["number"] for it in doc["items"]]
    if len(set(numbers)) != len(numbers):
        errs.append("duplicate item numbers")
    for it in doc["items"]:
        n = it["number"]
        span = ws(sp.get(n, ""))
        lines = {ws(x) for x in sp.get(n, "").splitlines()}
        if ws(it["title"]) not in ws(it["heading_raw"]):
            errs.append(f"item {n}: title not in heading")
        for s in it["subheadings"]:
            if ws(s) not in lines:
                errs.append(f"item {n}: subheading not a line: {s!r}")

        def need(kind: str, s: str, span: str = span, n: str = n) -> None:
            if not has(span, s):
                errs.append(f"item {n}: {kind} not in item text: {s!r}")

        for p in it["persons_mentioned"]:
            need("person", p["name"])
            for a in p.get("also_written", []):
                need("person also_written", a)
        muni_orgs = set()
        for o in it["organisations_mentioned"]:
            need("org surface", o["surface"])
            for a in o.get("other_surfaces", []):
                need("org other_surface", a)
            if o["kind"] == "municipality":
                muni_orgs.add(o["canonical"])
        if set(it["municipalities_mentioned"]) != muni_orgs:
            errs.append(
                f"item {n}: municipalities {it['municipalities_mentioned']} != municipality orgs "
                f"{sorted(muni_orgs)}"
            )
        for key in ("decisions", "follow_ups", "borderline_decisions", "borderline_follow_ups"):
            for s in it[key]:
                need(key, s)
                if not re.search(r"[.?!]$", s):
                    errs.append(f"item {n}: {key} not a whole sentence: {s!r}")
        both = set(it["decisions"]) & set(it["follow_ups"])
        if both:
            errs.append(f"item {n}: sentence both decision and follow-up: {both}")
        for d in it["dates_mentioned"]:
            need("date", d["surface"])
            if not ISO.match(d["iso"]):
                errs.append(f"item {n}: bad iso {d['iso']!r}")
        for pl in it.get("places_mentioned", []):
            need("place", pl)
        if not 1 <= len(it["topics"]) <= 5:
            errs.append(f"item {n}: 1-5 topics expected")
    return errs


def main() -> int:
    bad = 0
    for g in sorted((DRAFT / "gold").glob("*.json")):
        doc = json.loads(g.read_text(encoding="utf-8"))
        errs = check(DRAFT / doc["document"], doc)
        for e in errs:
            print(f"{g.name}: {e}")
        print(f"{g.name}: {'OK' if not errs else f'{len(errs)} problems'}")
        bad |= bool(errs)
    return int(bad)


if __name__ == "__main__":
    sys.exit(main())
