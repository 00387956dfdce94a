#!/usr/bin/env python3
# ruff: noqa
"""Build the gold JSON of blind set 36 from compact hand annotations; check every verbatim string."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "gold"
errors: list[str] = []


def att(name, aff, affc, role=None, note=None, items=None, canon=None):
    return {
        "name": name,
        "canonical_name": canon or name,
        "affiliation": aff,
        "affiliation_canonical": affc,
        "role": role,
        "note": note,
        "items_attended": items,
    }


def P(name, canon=None, aff=None, role=None, also=None):
    d = {"name": name, "canonical_name": canon or name, "affiliation": aff, "role_in_item": role}
    if also:
        d["also_written"] = also
    return d


def O(surface, canonical, kind, other=(), note=None):
    d = {"surface": surface, "canonical": canonical, "kind": kind, "other_surfaces": list(other)}
    if note:
        d["note"] = note
    return d


def D(surface, iso):
    return {"surface": surface, "iso": iso}


def item(
    num,
    title,
    heading_raw,
    subs=(),
    persons=(),
    orgs=(),
    munis=(),
    topics=(),
    dec=(),
    fu=(),
    bdec=(),
    bfu=(),
    dates=(),
    urls=(),
    places=(),
):
    return {
        "number": num,
        "title": title,
        "heading_raw": heading_raw,
        "subheadings": list(subs),
        "persons_mentioned": list(persons),
        "organisations_mentioned": list(orgs),
        "municipalities_mentioned": list(munis),
        "topics": list(topics),
        "decisions": list(dec),
        "follow_ups": list(fu),
        "borderline_decisions": list(bdec),
        "borderline_follow_ups": list(bfu),
        "dates_mentioned": list(dates),
        "urls": list(urls),
        "places_mentioned": list(places),
    }


def ws(s: str) -> str:
    return re.sub(r"\s+", " ", s)


def check(doc: dict, text: str) -> None:
    name = doc["document"]
    heads = [it["heading_raw"] for it in doc["items"]]
    pos = []
    for h in heads:
        i = text.find(h)
        if i < 0:
            errors.append(f"{name}: heading not found {h!r}")
        pos.append(i)
    for a in doc["present"] + doc["absent"]:
        for k in ("name", "affiliation", "note"):
            if a.get(k) and a[k] not in text:
                errors.append(f"{name}: attendance {k} {a[k]!r}")
    for n, it in enumerate(doc["items"]):
        end = pos[n + 1] if n + 1 < len(pos) else len(text)
        span = text[pos[n] : end]
        wspan = ws(span)
        strs = [
            it["title"],
            *it["subheadings"],
            *it["decisions"],
            *it["follow_ups"],
            *it["borderline_decisions"],
            *it["borderline_follow_ups"],
            *it["urls"],
            *it["places_mentioned"],
        ]
        strs += [p["name"] for p in it["persons_mentioned"]] + [
            x for p in it["persons_mentioned"] for x in p.get("also_written", [])
        ]
        strs += [o["surface"] for o in it["organisations_mentioned"]] + [
            x for o in it["organisations_mentioned"] for x in o["other_surfaces"]
        ]
        strs += [d["surface"] for d in it["dates_mentioned"]]
        for s in strs:
            if s not in span and ws(s) not in wspan:
                errors.append(f"{name} item {it['number']}: not in item text {s!r}")
            if s not in text:
                errors.append(f"{name} item {it['number']}: not verbatim in document {s!r}")
        orgnames = {o["canonical"] for o in it["organisations_mentioned"]} | {
            o["surface"] for o in it["organisations_mentioned"]
        }
        for m in it["municipalities_mentioned"]:
            if not any(m in c for c in orgnames):
                errors.append(
                    f"{name} item {it['number']}: municipality {m} not among organisations (conv. 4)"
                )


DOCS = []
sys.path.insert(0, str(Path(__file__).parent))
from gold_data import DOCS  # noqa: E402

OUT.mkdir(exist_ok=True)
for doc in DOCS:
    text = (ROOT / doc["document"]).read_text(encoding="utf-8")
    check(doc, text)
    (OUT / (Path(doc["document"]).stem + ".json")).write_text(
        json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
for e in errors:
    print("ERROR", e)
print(f"{len(DOCS)} documents, {len(errors)} errors")
sys.exit(1 if errors else 0)
