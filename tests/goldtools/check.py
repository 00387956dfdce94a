"""gold check of an evaluation set: gold/*.json + documents → exit 1 unless every verbatim
string is in its span.

Hard line wraps (the PDF-like document) are compared with whitespace collapsed to one space:
the gold writes a wrapped sentence with single spaces, as the scorer normalises whitespace.
"""

from __future__ import annotations

import json
import re
import sys

from annotation import BLIND, GOLD


def flat(text: str) -> str:
    lines = [ln.lstrip() for ln in text.splitlines()]
    unbulleted = "\n".join(ln[2:] if ln[:2] in ("- ", "• ", "– ") else ln for ln in lines)
    return re.sub(r"\s+", " ", unbulleted)


def main() -> int:
    errors: list[str] = []
    docs = sorted(GOLD.glob("*.json"))
    for path in docs:
        gold = json.loads(path.read_text(encoding="utf-8"))
        text = (BLIND / gold["document"]).read_text(encoding="utf-8")
        whole = flat(text)
        where = gold["document"]
        for ev in gold["meeting"]["date_evidence"]:
            if flat(ev) not in whole:
                errors.append(f"{where}: evidence {ev!r}")
        for status in ("present", "absent"):
            for a in gold[status]:
                for key in ("name", "affiliation", "role", "note"):
                    if a[key] and a[key] not in text:
                        errors.append(f"{where}: {status} {key} {a[key]!r}")
        if gold["recorded_by"] and gold["recorded_by"]["name"] not in text:
            errors.append(f"{where}: recorded_by")
        # item_start: where the item sections begin (an agenda above them repeats the headings)
        start = text.index(gold["item_start"]) if gold.get("item_start") else 0
        heads = [text.index(it["heading_raw"], start) for it in gold["items"]]
        if heads != sorted(heads):
            errors.append(f"{where}: headings out of order")
        end = text.index(gold["item_end"]) if gold.get("item_end") else len(text)
        for k, it in enumerate(gold["items"]):
            span = flat(text[heads[k] : heads[k + 1] if k + 1 < len(heads) else end])
            strings = [it["title"], *it["subheadings"], *it["urls"]]
            for p in it["persons_mentioned"]:
                strings += [p["name"], *p["also_written"]] + ([p["affiliation"]] if p["affiliation"] else [])
            for o in it["organisations_mentioned"]:
                strings += [o["surface"], *o["other_surfaces"]]
            for key in ("decisions", "follow_ups", "borderline_decisions", "borderline_follow_ups"):
                strings += it[key]
            strings += [d["surface"] for d in it["dates_mentioned"]]
            for s in strings:
                if flat(s) not in span:
                    errors.append(f"{where} item {it['number']}: {s!r}")
            for m in it["municipalities_mentioned"]:
                if m[:4] not in span:
                    errors.append(f"{where} item {it['number']}: municipality {m!r}")
            sentences = (
                it["decisions"] + it["follow_ups"] + it["borderline_decisions"] + it["borderline_follow_ups"]
            )
            for s in sentences:
                if not s.rstrip().endswith((".", "?", "!")):
                    errors.append(f"{where} item {it['number']}: not a whole sentence {s!r}")
    for e in errors:
        print(e)
    print(f"check_gold: {len(docs)} file(s), {len(errors)} problem(s)")
    return 1 if errors or not docs else 0


if __name__ == "__main__":
    sys.exit(main())
