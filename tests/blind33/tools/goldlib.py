# ruff: noqa
"""Helpers for building blind33 gold: item spans and verbatim checks (stage: annotation data -> gold JSON)."""

from __future__ import annotations

import json
import re
from pathlib import Path

DRAFT = Path(__file__).resolve().parent.parent


class Doc:
    def __init__(self, name: str, headings: dict[int, str]) -> None:
        self.name = name
        self.text = (DRAFT / name).read_text(encoding="utf-8")
        self.spans: dict[int, tuple[int, int]] = {}
        starts = []
        for n, h in headings.items():
            i = self.text.find(h)
            assert i >= 0 and self.text.count(h) == 1, (name, h)
            starts.append((i, n))
        starts.sort()
        for k, (i, n) in enumerate(starts):
            end = starts[k + 1][0] if k + 1 < len(starts) else len(self.text)
            self.spans[n] = (i, end)
        self.headings = headings

    def item_text(self, n: int) -> str:
        a, b = self.spans[n]
        return self.text[a:b]

    def sent(self, n: int, start: str, end: str) -> str:
        """The exact substring of item n from `start` up to and including `end`."""
        t = self.item_text(n)
        i = t.find(start)
        assert i >= 0, (self.name, n, start)
        assert t.count(start) == 1, (self.name, n, "ambiguous", start)
        j = t.find(end, i)
        assert j >= 0, (self.name, n, end)
        return t[i : j + len(end)]

    def check_in_item(self, n: int, s: str) -> None:
        assert s in self.item_text(n), (self.name, n, s)

    def check_in_doc(self, s: str) -> None:
        assert s in self.text, (self.name, s)


def person(
    name: str,
    canon: str,
    aff: str | None,
    role: str | None,
    also: list[str] | None = None,
    aff_c: str | None = None,
) -> dict:
    d = {
        "name": name,
        "canonical_name": canon,
        "affiliation": aff,
        "affiliation_canonical": aff_c if aff_c is not None else aff,
        "role_in_item": role,
    }
    if also:
        d["also_written"] = also
    return d


def org(
    surface: str, canon: str, kind: str, others: list[str] | None = None, note: str | None = None
) -> dict:
    d = {"surface": surface, "canonical": canon, "kind": kind, "other_surfaces": others or []}
    if note:
        d["note"] = note
    return d


def date(surface: str, iso: str, gran: str, inferred: bool = False) -> dict:
    return {"surface": surface, "iso": iso, "granularity": gran, "year_inferred": inferred}


def att(
    name: str,
    canon: str,
    aff: str | None,
    aff_c: str | None,
    role: str | None = None,
    note: str | None = None,
    items: list[int] | None = None,
) -> dict:
    return {
        "name": name,
        "canonical_name": canon,
        "affiliation": aff,
        "affiliation_canonical": aff_c,
        "role": role,
        "note": note,
        "items_attended": items,
    }


def item(
    doc: Doc,
    n: int,
    title: str,
    *,
    subheadings: list[str] | None = None,
    persons: list[dict] | None = None,
    orgs: list[dict] | None = None,
    munis: list[str] | None = None,
    topics: list[str] | None = None,
    decisions: list[str] | None = None,
    follow_ups: list[str] | None = None,
    bdec: list[str] | None = None,
    bfol: list[str] | None = None,
    dates: list[dict] | None = None,
    urls: list[str] | None = None,
    places: list[str] | None = None,
    note: str | None = None,
) -> dict:
    raw = doc.headings[n]
    it = {
        "number": n,
        "title": title,
        "heading_raw": raw,
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
        "places_mentioned": places or [],
    }
    if note:
        it["note"] = note
    # verbatim checks against the item's own span
    t = doc.item_text(n)
    for s in it["subheadings"]:
        assert re.search(r"(?m)^" + re.escape(s) + r"\s*$", t), (doc.name, n, s)
    for p in it["persons_mentioned"]:
        doc.check_in_item(n, p["name"])
        for a in p.get("also_written", []):
            doc.check_in_item(n, a)
    for o in it["organisations_mentioned"]:
        for s in [o["surface"], *o["other_surfaces"]]:
            doc.check_in_item(n, s)
    for key in (
        "decisions",
        "follow_ups",
        "borderline_decisions",
        "borderline_follow_ups",
        "urls",
        "places_mentioned",
    ):
        for s in it[key]:
            doc.check_in_item(n, s)
    for d in it["dates_mentioned"]:
        doc.check_in_item(n, d["surface"])
    return it


def check_attendee(doc: Doc, a: dict) -> None:
    doc.check_in_doc(a["name"])
    for k in ("affiliation", "role", "note"):
        if a.get(k):
            doc.check_in_doc(a[k])


def write(doc: Doc, gold: dict, outdir: Path) -> None:
    for s in ("present", "absent"):
        for a in gold[s]:
            check_attendee(doc, a)
    if gold.get("recorded_by"):
        doc.check_in_doc(gold["recorded_by"]["name"])
    for e in gold["meeting"]["date_evidence"]:
        doc.check_in_doc(e)
    if gold["meeting"].get("place"):
        doc.check_in_doc(gold["meeting"]["place"])
    outdir.mkdir(parents=True, exist_ok=True)
    stem = Path(doc.name).stem
    (outdir / f"{stem}.json").write_text(
        json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
