"""gold helpers: hand annotation as Python data → gold/<document>.json (schema: shared SCHEMA.md).

Self-contained (written for blind13 without reading tests/goldtools): the same small API as the
earlier sets' build scripts (att, per, org, dat, item, write).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

BLIND = Path(__file__).resolve().parents[1]
GOLD = BLIND / "gold"


def att(
    name: str,
    affiliation: str | None,
    affiliation_canonical: str | None,
    role: str | None = None,
    note: str | None = None,
    items: list[int] | None = None,
    canonical: str | None = None,
) -> dict[str, Any]:
    """One attendee: the written name, the body as written and its canonical short form."""
    return {
        "name": name,
        "canonical_name": canonical or name,
        "affiliation": affiliation,
        "affiliation_canonical": affiliation_canonical,
        "role": role,
        "note": note,
        "items_attended": items,
    }


def per(
    name: str,
    affiliation: str | None = None,
    role_in_item: str | None = None,
    also: list[str] | None = None,
    canonical: str | None = None,
) -> dict[str, Any]:
    """A person named in an item; `also` holds short forms of the same person in that item."""
    return {
        "name": name,
        "canonical_name": canonical or name,
        "affiliation": affiliation,
        "role_in_item": role_in_item,
        "also_written": list(also or []),
    }


def org(surface: str, canonical: str, kind: str, *others: str) -> dict[str, Any]:
    """An organisation of an item: one written form, the others of the same body in that item."""
    return {"surface": surface, "canonical": canonical, "kind": kind, "other_surfaces": list(others)}


def dat(surface: str, iso: str) -> dict[str, str]:
    return {"surface": surface, "iso": iso}


def item(
    number: int,
    heading_raw: str,
    title: str,
    *,
    start: str | None = None,
    end: str | None = None,
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
    note: str | None = None,
) -> dict[str, Any]:
    """One item; `start`/`end` delimit its text for the checker (default: the heading to the next item)."""
    d: dict[str, Any] = {
        "number": number,
        "title": title,
        "heading_raw": heading_raw,
        "subheadings": list(subheadings or []),
        "persons_mentioned": list(persons or []),
        "organisations_mentioned": list(orgs or []),
        "municipalities_mentioned": list(munis or []),
        "topics": list(topics or []),
        "decisions": list(decisions or []),
        "follow_ups": list(follow_ups or []),
        "borderline_decisions": list(bdec or []),
        "borderline_follow_ups": list(bfol or []),
        "dates_mentioned": list(dates or []),
        "urls": list(urls or []),
        "item_start": start or heading_raw,
    }
    if end:
        d["item_end"] = end
    if note:
        d["note"] = note
    return d


def write(
    document: str,
    body: str,
    date_estimate: str | None,
    evidence: list[str],
    present: list[dict[str, Any]],
    absent: list[dict[str, Any]],
    recorded_by: dict[str, Any] | None,
    items: list[dict[str, Any]],
    place: str | None = None,
    document_note: str | None = None,
) -> Path:
    doc: dict[str, Any] = {
        "document": document,
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
    if document_note:
        doc["document_note"] = document_note
    GOLD.mkdir(exist_ok=True)
    out = GOLD / (Path(document).stem + ".json")
    out.write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return out
