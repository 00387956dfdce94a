"""gold check: gold/*.json + the minutes → report; exit 1 on any failure.

Every as-written string must occur in the document; item-level strings in that item's own text
(from `item_start` to the next item's start or to `item_end`), compared with whitespace collapsed.
Each municipality listed must also be an organisation of the item (kind municipality).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

BLIND = Path(__file__).resolve().parents[1]
KINDS = {
    "municipality",
    "county_administrative_board",
    "region",
    "national_agency",
    "association",
    "municipal_federation",
    "company",
    "network",
    "programme",
    "other",
}
ISO = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?(/\d{4}(-\d{2}(-\d{2})?)?)?$")


def flat(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def check(gold_path: Path) -> list[str]:
    g = json.loads(gold_path.read_text(encoding="utf-8"))
    errors: list[str] = []
    doc_path = BLIND / g["document"]
    text = doc_path.read_text(encoding="utf-8")
    ftext = flat(text)

    def need(s: str | None, where: str, hay: str = ftext) -> None:
        if s is not None and flat(s) not in hay:
            errors.append(f"{where}: not found: {s!r}")

    for s in g["meeting"]["date_evidence"]:
        need(s, "date_evidence")
    for status in ("present", "absent"):
        for a in g[status]:
            need(a["name"], status)
            need(a["affiliation"], f"{status} {a['name']} affiliation")
            need(a["note"], f"{status} {a['name']} note")
    if g["recorded_by"]:
        need(g["recorded_by"]["name"], "recorded_by")
    names = [flat(a["name"]) for s in ("present", "absent") for a in g[s]]
    if len(names) != len(set(names)):
        errors.append("a name is listed twice in the attendance")

    starts = []
    for it in g["items"]:
        pos = ftext.find(flat(it["item_start"]))
        if pos < 0:
            errors.append(f"item {it['number']}: start not found")
        starts.append(pos)
    if starts != sorted(starts):
        errors.append("items are not in text order")
    numbers = [it["number"] for it in g["items"]]
    if len(numbers) != len(set(numbers)):
        errors.append("duplicate item numbers")
    for i, it in enumerate(g["items"]):
        where = f"item {it['number']}"
        lo = starts[i]
        hi = starts[i + 1] if i + 1 < len(starts) else len(ftext)
        if "item_end" in it:
            e = ftext.find(flat(it["item_end"]), lo)
            if e < 0:
                errors.append(f"{where}: item_end not found")
            else:
                hi = min(hi, e)
        span = ftext[lo:hi]
        need(it["heading_raw"], where + " heading", span)
        if flat(it["title"]) not in flat(it["heading_raw"]):
            errors.append(f"{where}: title not inside the heading")
        for s in it["subheadings"]:
            need(s, where + " subheading", span)
        for p in it["persons_mentioned"]:
            need(p["name"], where + " person", span)
            for a in p["also_written"]:
                need(a, where + " person short form", span)
        canon_munis = set()
        for o in it["organisations_mentioned"]:
            if o["kind"] not in KINDS:
                errors.append(f"{where}: bad kind {o['kind']}")
            need(o["surface"], where + " org", span)
            for s in o["other_surfaces"]:
                need(s, where + " org other surface", span)
            if o["kind"] == "municipality":
                canon_munis.add(o["canonical"])
        for m in it["municipalities_mentioned"]:
            if m not in canon_munis:
                errors.append(f"{where}: municipality {m} has no organisation entry")
        for key in ("decisions", "follow_ups", "borderline_decisions", "borderline_follow_ups"):
            for s in it[key]:
                need(s, f"{where} {key}", span)
                if not re.search(r"[.?!]$", s.strip()):
                    errors.append(f"{where} {key}: not a whole sentence: {s!r}")
        for d in it["dates_mentioned"]:
            need(d["surface"], where + " date", span)
            if not ISO.match(d["iso"]):
                errors.append(f"{where}: bad iso {d['iso']}")
        for u in it["urls"]:
            need(u, where + " url", span)
    return errors


def main() -> int:
    bad = 0
    for f in sorted((BLIND / "gold").glob("*.json")):
        errs = check(f)
        print(f"{f.name}: {'OK' if not errs else f'{len(errs)} error(s)'}")
        for e in errs:
            print("  " + e)
        bad += len(errs)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
