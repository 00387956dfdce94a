"""Check the frozen gold of blind set 19 against its documents (read-only; added after the blind run).

Every as-written string must occur exactly in its own item's span (heading to next heading, the last
item ending at the given end marker), attendees and date evidence in the document. Exit 1 on a failure.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
END = {  # where the last item ends
    "sodertorn_ledningsgrupp_2024-10-18": None,
    "sbff_direktionen_2024-10-24": "Justerandes sign",
    "familjen_helsingborg_socialchefer_2025-02-06": "Vänliga hälsningar",
}
ISO = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?(/\d{4}(-\d{2}(-\d{2})?)?)?")


def check(doc: dict, text: str, end_marker: str | None) -> list[str]:
    errors: list[str] = []
    starts = [text.find(it["heading_raw"]) for it in doc["items"]]
    if -1 in starts or starts != sorted(starts):
        return [f"headings missing or out of order: {starts}"]
    end = text.find(end_marker, starts[-1]) if end_marker else len(text)
    for a in doc["present"] + doc["absent"]:
        if a["name"] not in text:
            errors.append(f"attendee not in text: {a['name']}")
    if doc["recorded_by"] and doc["recorded_by"]["name"] not in text:
        errors.append("recorder not in text")
    errors += [f"evidence not in text: {e!r}" for e in doc["meeting"]["date_evidence"] if e not in text]
    for it, s, e in zip(doc["items"], starts, [*starts[1:], end], strict=True):
        span = text[s:e]
        strings = [
            *it["subheadings"],
            *it["decisions"],
            *it["follow_ups"],
            *it["borderline_decisions"],
            *it["borderline_follow_ups"],
            *it["urls"],
        ]
        strings += [p["name"] for p in it["persons_mentioned"]]
        strings += [o["surface"] for o in it["organisations_mentioned"]]
        strings += [x for o in it["organisations_mentioned"] for x in o.get("other_surfaces", [])]
        strings += [d["surface"] for d in it["dates_mentioned"]]
        errors += [f"item {it['number']}: not in its span: {x!r}" for x in strings if x not in span]
        errors += [
            f"item {it['number']}: bad iso {d['iso']}"
            for d in it["dates_mentioned"]
            if not ISO.fullmatch(d["iso"])
        ]
    return errors


def main() -> int:
    failures = 0
    for name, marker in END.items():
        doc = json.loads((ROOT / "gold" / f"{name}.json").read_text(encoding="utf-8"))
        errors = check(doc, (ROOT / f"{name}.txt").read_text(encoding="utf-8"), marker)
        print("\n".join(errors) or f"{name}: ok")
        failures += len(errors)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
