# ruff: noqa
"""Helpers for the hand annotation: verbatim lookup inside an item's span, record builders, checks."""

from __future__ import annotations

import json
import re
from pathlib import Path

DRAFT = Path(__file__).resolve().parent.parent


class Doc:
    def __init__(self, filename: str, headings: list[tuple[int, str, str]], end: str | None = None):
        """headings: (number, title, exact heading text); end: text that closes the last item."""
        self.end = end
        self.filename = filename
        self.text = (DRAFT / filename).read_text(encoding="utf-8")
        self.spans: dict[int, tuple[int, int]] = {}
        starts = []
        pos = 0
        for num, _title, raw in headings:
            i = self.text.index(raw, pos)
            starts.append((num, i))
            pos = i + len(raw)
        end_marker = self.end_index()
        for k, (num, i) in enumerate(starts):
            j = starts[k + 1][1] if k + 1 < len(starts) else end_marker
            self.spans[num] = (i, j)

    def end_index(self) -> int:
        return self.text.rindex(self.end) if self.end else len(self.text)

    def span(self, num: int) -> str:
        i, j = self.spans[num]
        return self.text[i:j]

    def v(self, num: int | None, s: str) -> str:
        """The exact substring of the item (or whole doc) matching s with any whitespace between words."""
        hay = self.text if num is None else self.span(num)
        if s in hay:
            return s
        pat = r"\s+".join(re.escape(t) for t in s.split())
        m = re.search(pat, hay)
        if not m:
            raise SystemExit(f"{self.filename} item {num}: not found: {s!r}")
        return m.group(0)


def att(name, canon=None, aff=None, aff_c=None, role=None, note=None, items=None, **extra):
    d = {
        "name": name,
        "canonical_name": canon or name,
        "affiliation": aff,
        "affiliation_canonical": aff_c if aff_c is not None else aff,
        "role": role,
        "note": note,
        "items_attended": items,
    }
    d.update(extra)
    return d


def per(name, canon=None, aff=None, role_in_item=None, also=None, aff_c=None):
    d = {
        "name": name,
        "canonical_name": canon or name,
        "affiliation": aff,
        "affiliation_canonical": aff_c if aff_c is not None else aff,
        "role_in_item": role_in_item,
    }
    if also:
        d["also_written"] = also
    return d


def org(surface, canon, kind, other=None, note=None):
    d = {"surface": surface, "canonical": canon, "kind": kind}
    if other:
        d["other_surfaces"] = other
    if note:
        d["note"] = note
    return d


def date(surface, iso, gran, inferred=False, note=None):
    d = {"surface": surface, "iso": iso, "granularity": gran, "year_inferred": inferred}
    if note:
        d["note"] = note
    return d


def check(doc: Doc, gold: dict) -> list[str]:
    """Every as-written string must occur in the document; item strings inside their own item span."""
    errs = []
    t = doc.text
    for st in ("present", "absent"):
        for a in gold[st]:
            if a["name"] not in t:
                errs.append(f"{st} name {a['name']!r}")
            if a["affiliation"] and a["affiliation"] not in t:
                errs.append(f"{st} affiliation {a['affiliation']!r}")
            if a["note"] and a["note"] not in t:
                errs.append(f"{st} note {a['note']!r}")
    if gold["recorded_by"] and gold["recorded_by"]["name"] not in t:
        errs.append("recorded_by")
    for q in gold["meeting"]["date_evidence"]:
        if q not in t:
            errs.append(f"date_evidence {q!r}")
    for it in gold["items"]:
        sp = doc.span(it["number"])

        def need(s, what):
            if s not in sp:
                errs.append(f"item {it['number']} {what}: {s!r}")

        for s in it["subheadings"]:
            need(s, "subheading")
        for p in it["persons_mentioned"]:
            need(p["name"], "person")
            for a in p.get("also_written", []):
                need(a, "person also_written")
        for o in it["organisations_mentioned"]:
            need(o["surface"], "org")
            for a in o.get("other_surfaces", []):
                need(a, "org other")
        for key in ("decisions", "follow_ups", "borderline_decisions", "borderline_follow_ups"):
            for s in it[key]:
                need(s, key)
        for d in it["dates_mentioned"]:
            need(d["surface"], "date")
        for u in it["urls"]:
            need(u, "url")
        for pl in it.get("places_mentioned", []):
            need(pl, "place")
        norm_title = " ".join(it["title"].split())
        if norm_title not in " ".join(sp.split()):
            errs.append(f"item {it['number']} title {it['title']!r}")
    return errs


def write(doc: Doc, gold: dict) -> None:
    errs = check(doc, gold)
    if errs:
        raise SystemExit("\n".join([doc.filename] + errs))
    out = DRAFT / "gold" / (Path(doc.filename).stem + ".json")
    out.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print("wrote", out.name)


def item(
    number,
    title,
    heading_raw,
    subheadings=(),
    persons=(),
    orgs=(),
    munis=(),
    topics=(),
    decisions=(),
    follow_ups=(),
    bdec=(),
    bfu=(),
    dates=(),
    urls=(),
    places=(),
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
        "borderline_follow_ups": list(bfu),
        "dates_mentioned": list(dates),
        "urls": list(urls),
        "places_mentioned": list(places),
    }
    if note:
        d["note"] = note
    return d
