"""This set's gold helpers (self-contained): small constructors and the writer of gold/<doc>.json."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

BLIND = Path(__file__).resolve().parents[1]
GOLD = BLIND / "gold"


def att(
    name: str,
    aff: str | None,
    aff_canonical: str | None,
    role: str | None = None,
    note: str | None = None,
    items: list[int] | None = None,
    canonical: str | None = None,
) -> dict[str, Any]:
    """One attendee: name and affiliation as written, canonical body, role, note, items attended."""
    return {
        "name": name,
        "canonical_name": canonical or name,
        "affiliation": aff,
        "affiliation_canonical": aff_canonical,
        "role": role,
        "note": note,
        "items_attended": items,
    }


def per(
    name: str,
    aff: str | None = None,
    role: str | None = None,
    also: list[str] | None = None,
    canonical: str | None = None,
) -> dict[str, Any]:
    """A person named in an item (also: short forms written in the same item)."""
    return {
        "name": name,
        "canonical_name": canonical or name,
        "affiliation": aff,
        "role_in_item": role,
        "also_written": also or [],
    }


def org(surface: str, canonical: str, kind: str, *others: str) -> dict[str, Any]:
    return {"surface": surface, "canonical": canonical, "kind": kind, "other_surfaces": list(others)}


def dat(surface: str, iso: str) -> dict[str, str]:
    return {"surface": surface, "iso": iso}


def item(
    number: int,
    heading_raw: str,
    title: str,
    *,
    subs: list[str] | None = None,
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
    muni_surfaces: dict[str, str] | None = None,
) -> dict[str, Any]:
    """One item. Every municipality in `munis` is also an organisation (kind municipality): when no
    organisation entry of that canonical exists, one is added with surface muni_surfaces.get(m, m)."""
    orgs = list(orgs or [])
    have = {o["canonical"] for o in orgs}
    for m in munis or []:
        if m not in have:
            orgs.append(org((muni_surfaces or {}).get(m, m), m, "municipality"))
    return {
        "number": number,
        "title": title,
        "heading_raw": heading_raw,
        "subheadings": subs or [],
        "persons_mentioned": persons or [],
        "organisations_mentioned": orgs,
        "municipalities_mentioned": list(munis or []),
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
    place: str | None,
    present: list[dict[str, Any]],
    absent: list[dict[str, Any]],
    recorded_by: dict[str, Any] | None,
    items: list[dict[str, Any]],
    item_end: str | None,
) -> Path:
    """Write gold/<stem>.json; item_end marks where the last item's text stops (for the checker)."""
    doc = {
        "document": document,
        "meeting": {"body": body, "date_estimate": date, "date_evidence": evidence, "place": place},
        "present": present,
        "absent": absent,
        "recorded_by": recorded_by,
        "items": items,
        "item_end": item_end,
    }
    GOLD.mkdir(exist_ok=True)
    out = GOLD / (re.sub(r"\.(txt|md)$", "", document) + ".json")
    out.write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return out
