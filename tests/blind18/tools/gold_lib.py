"""gold helpers: hand annotation as data → gold/<document>.json (schema of /work/shared/gold/SCHEMA.md)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

BLIND = Path(__file__).resolve().parents[1]  # the set's folder: documents at top level
GOLD = BLIND / "gold"

Json = dict[str, Any]


def att(
    name: str,
    affiliation: str | None,
    canon: str | None,
    role: str | None = None,
    note: str | None = None,
    items: list[int] | None = None,
    canonical: str | None = None,
) -> Json:
    """One attendee: name and affiliation as written, canonical body, role, note, items attended."""
    return {
        "name": name,
        "canonical_name": canonical or name,
        "affiliation": affiliation,
        "affiliation_canonical": canon,
        "role": role,
        "note": note,
        "items_attended": items,
    }


def per(
    name: str,
    canonical: str | None = None,
    affiliation: str | None = None,
    role: str | None = None,
    also: list[str] | None = None,
    aff_canon: str | None = None,
) -> Json:
    """One person named in an item (name as written; short forms of the same person in also_written)."""
    return {
        "name": name,
        "canonical_name": canonical or name,
        "affiliation": affiliation,
        "affiliation_canonical": aff_canon if aff_canon is not None else affiliation,
        "role_in_item": role,
        "also_written": also or [],
    }


def org(surface: str, canonical: str, kind: str, *others: str, note: str | None = None) -> Json:
    entry: Json = {"surface": surface, "canonical": canonical, "kind": kind, "other_surfaces": list(others)}
    if note:
        entry["note"] = note
    return entry


def dat(surface: str, iso: str, note: str | None = None) -> Json:
    entry: Json = {"surface": surface, "iso": iso}
    if note:
        entry["note"] = note
    return entry


def item(
    number: int,
    heading_raw: str,
    title: str,
    *,
    subheadings: list[str] | None = None,
    persons: list[Json] | None = None,
    orgs: list[Json] | None = None,
    munis: list[str] | None = None,
    topics: list[str] | None = None,
    decisions: list[str] | None = None,
    follow_ups: list[str] | None = None,
    bdec: list[str] | None = None,
    bfol: list[str] | None = None,
    dates: list[Json] | None = None,
    urls: list[str] | None = None,
) -> Json:
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
    date_estimate: str,
    date_evidence: list[str],
    place: str | None,
    present: list[Json],
    absent: list[Json],
    recorded_by: Json | None,
    items: list[Json],
    items_end: str,
    note: str | None = None,
) -> Path:
    """Write the gold file; `items_end` is the text that closes the last item's span (for the checker)."""
    doc = {
        "document": document,
        "meeting": {
            "body": body,
            "date_estimate": date_estimate,
            "date_evidence": date_evidence,
            "place": place,
        },
        "present": present,
        "absent": absent,
        "recorded_by": recorded_by,
        "items": items,
        "items_end": items_end,
    }
    if note:
        doc["document_note"] = note
    GOLD.mkdir(exist_ok=True)
    out = GOLD / (Path(document).stem + ".json")
    out.write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return out
