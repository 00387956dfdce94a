#!/usr/bin/env python3
# ruff: noqa
"""Build and check the gold JSON of blind set 35 (hand annotation held as data below)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
GOLD = HERE / "gold"
ERR: list[str] = []


def A(name, canon=None, aff=None, affc=None, role=None, note=None, items=None):
    return {
        "name": name,
        "canonical_name": canon or name,
        "affiliation": aff,
        "affiliation_canonical": affc if affc is not None else aff,
        "role": role,
        "note": note,
        "items_attended": items,
    }


def P(name, canon=None, aff=None, role=None, also=None):
    d = {"name": name, "canonical_name": canon or name, "affiliation": aff, "role_in_item": role}
    if also:
        d["also_written"] = also
    return d


def O(surface, canonical, kind, other=None, note=None):
    d = {"surface": surface, "canonical": canonical, "kind": kind, "other_surfaces": other or []}
    if note:
        d["note"] = note
    return d


def D(surface, iso):
    return {"surface": surface, "iso": iso}


def I(
    number,
    title,
    heading_raw,
    *,
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
):
    return {
        "number": number,
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
    }


def muni(name, surface=None):
    return O(surface or name, name, "municipality")


sys.path.insert(0, str(Path(__file__).parent))
from gold_data import DOCS  # noqa: E402


def check(doc: dict, text: str, end_marker: str | None) -> None:
    fn = doc["document"]
    lines = text.split("\n")
    # item spans: from heading_raw line to next heading (or end marker)
    starts = []
    for it in doc["items"]:
        idx = [i for i, ln in enumerate(lines) if ln.rstrip() == it["heading_raw"]]
        if len(idx) != 1:
            ERR.append(f"{fn}: heading {it['heading_raw']!r} found {len(idx)} times")
            return
        starts.append(idx[0])
    if starts != sorted(starts):
        ERR.append(f"{fn}: headings out of order")
    for k, it in enumerate(doc["items"]):
        stop = starts[k + 1] if k + 1 < len(starts) else len(lines)
        if end_marker and k + 1 == len(starts):
            stop = next((i for i in range(starts[k], len(lines)) if lines[i].startswith(end_marker)), stop)
        span = "\n".join(lines[starts[k] : stop])
        if it["title"] not in it["heading_raw"]:
            ERR.append(f"{fn} item {it['number']}: title not in heading")
        strings = (
            list(it["subheadings"])
            + it["decisions"]
            + it["follow_ups"]
            + it["borderline_decisions"]
            + it["borderline_follow_ups"]
            + [p["name"] for p in it["persons_mentioned"]]
            + [a for p in it["persons_mentioned"] for a in p.get("also_written", [])]
            + [o["surface"] for o in it["organisations_mentioned"]]
            + [s for o in it["organisations_mentioned"] for s in o["other_surfaces"]]
            + [d["surface"] for d in it["dates_mentioned"]]
            + it["urls"]
        )
        for s in strings:
            if s not in span:
                ERR.append(f"{fn} item {it['number']}: not in span: {s!r}")
    for a in doc["present"] + doc["absent"]:
        for key in ("name", "affiliation", "note"):
            if a.get(key) and a[key] not in text:
                ERR.append(f"{fn}: attendee {key} not in text: {a[key]!r}")
    for q in doc["meeting"]["date_evidence"]:
        if q not in text:
            ERR.append(f"{fn}: date evidence not in text: {q!r}")
    if doc["recorded_by"] and doc["recorded_by"]["name"] not in text:
        ERR.append(f"{fn}: recorder not in text")


def main() -> int:
    GOLD.mkdir(exist_ok=True)
    for doc, end_marker in DOCS(A, P, O, D, I, muni):
        src = HERE / doc["document"]
        text = src.read_text(encoding="utf-8")
        check(doc, text, end_marker)
        out = GOLD / (src.stem + ".json")
        out.write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    for e in ERR:
        print("FAIL", e)
    print("ok" if not ERR else f"{len(ERR)} failures")
    return 1 if ERR else 0


if __name__ == "__main__":
    sys.exit(main())
