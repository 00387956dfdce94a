"""gold helpers of every evaluation set: hand annotation as data → <set>/gold/<name>.json.

One copy for all sets (tests/annotated, tests/blind*): each set's ``tools/gold_lib.py`` re-exports
this module, and the set is the folder above the script being run (``<set>/tools/build_x.py``).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

BLIND = Path(sys.argv[0]).resolve().parent.parent  # the set of the build or check script run
GOLD = BLIND / "gold"


def att(
    name: str,
    aff: str | None,
    affc: str | None,
    role: str | None = None,
    note: str | None = None,
    items: list[int] | None = None,
    canon: str | None = None,
) -> dict[str, Any]:
    return {
        "name": name,
        "canonical_name": canon or name,
        "affiliation": aff,
        "affiliation_canonical": affc,
        "role": role,
        "note": note,
        "items_attended": items,
    }


def per(
    name: str,
    aff: str | None = None,
    role: str | None = None,
    also: list[str] | None = None,
    canon: str | None = None,
) -> dict[str, Any]:
    return {
        "name": name,
        "canonical_name": canon or name,
        "affiliation": aff,
        "role_in_item": role,
        "also_written": also or [],
    }


def org(surface: str, canonical: str, kind: str, *other: str) -> dict[str, Any]:
    return {"surface": surface, "canonical": canonical, "kind": kind, "other_surfaces": list(other)}


def dat(surface: str, iso: str) -> dict[str, str]:
    return {"surface": surface, "iso": iso}


def item(
    number: int,
    heading_raw: str,
    title: str,
    *,
    subheadings: list[str] | None = None,
    persons: list[dict[str, Any]] | None = None,
    orgs: list[dict[str, Any]] | None = None,
    munis: list[str] | None = None,
    topics: list[str] | None = None,
    decisions: list[str] | None = None,
    follow_ups: list[str] | None = None,
    bdec: list[str] | None = None,
    bfol: list[str] | None = None,
    dates: list[dict[str, str]] | None = None,
    urls: list[str] | None = None,
) -> dict[str, Any]:
    return {
        "number": number,
        "title": title,
        "heading_raw": heading_raw,
        "subheadings": subheadings or [],
        "persons_mentioned": persons or [],
        "organisations_mentioned": orgs or [],
        "municipalities_mentioned": munis or [],
        "topics": topics or [],
        "decisions": decisions or [],
        "follow_ups": follow_ups or [],
        "borderline_decisions": bdec or [],
        "borderline_follow_ups": bfol or [],
        "dates_mentioned": dates or [],
        "urls": urls or [],
    }


def write(
    document: str,
    body: str,
    date: str,
    evidence: list[str],
    present: list[dict[str, Any]],
    absent: list[dict[str, Any]],
    recorded_by: dict[str, Any] | None,
    items: list[dict[str, Any]],
    item_end: str | None = None,
    item_start: str | None = None,
) -> None:
    for it in items:
        # Seed-gold convention (as in tests/annotated): every member municipality named in an item is
        # also one of its organisations, kind "municipality".
        named = {o["canonical"] for o in it["organisations_mentioned"] if o["kind"] == "municipality"}
        for muni in it["municipalities_mentioned"]:
            if muni not in named:
                it["organisations_mentioned"].append(org(muni, muni, "municipality"))
    doc = {
        "document": document,
        "meeting": {"body": body, "date_estimate": date, "date_evidence": evidence, "place": None},
        "present": present,
        "absent": absent,
        "recorded_by": recorded_by,
        "items": items,
        "item_end": item_end,
        "item_start": item_start,
    }
    stem = Path(document).stem
    (GOLD / f"{stem}.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
