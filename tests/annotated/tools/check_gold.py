"""gold check: gold/*.json + documents → exit 1 unless every verbatim string occurs in its text span."""

from __future__ import annotations

import json
import sys

from gold_lib import ANNOTATED, GOLD


def strip_bullets(text: str) -> str:
    lines = [ln.lstrip() for ln in text.splitlines()]
    return "\n".join(ln[2:] if ln[:2] in ("- ", "• ") else ln for ln in lines)


def main() -> int:
    errors: list[str] = []
    for path in sorted(GOLD.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        text = (ANNOTATED / gold["document"]).read_text(encoding="utf-8")
        where = gold["document"]
        for ev in gold["meeting"]["date_evidence"]:
            if ev not in text:
                errors.append(f"{where}: evidence {ev!r}")
        for status in ("present", "absent"):
            for a in gold[status]:
                for key in ("name", "affiliation", "role", "note"):
                    if a[key] and a[key] not in text:
                        errors.append(f"{where}: {status} {key} {a[key]!r}")
        if gold["recorded_by"] and gold["recorded_by"]["name"] not in text:
            errors.append(f"{where}: recorded_by")
        heads = [text.index(it["heading_raw"]) for it in gold["items"]]
        end = text.index(gold["item_end"]) if gold.get("item_end") else len(text)
        for k, it in enumerate(gold["items"]):
            span = strip_bullets(text[heads[k] : heads[k + 1] if k + 1 < len(heads) else end])
            strings = [it["title"], *it["subheadings"], *it["urls"]]
            for p in it["persons_mentioned"]:
                strings += [p["name"], *p["also_written"]] + ([p["affiliation"]] if p["affiliation"] else [])
            for o in it["organisations_mentioned"]:
                strings += [o["surface"], *o["other_surfaces"]]
            for key in ("decisions", "follow_ups", "borderline_decisions", "borderline_follow_ups"):
                strings += it[key]
            strings += [d["surface"] for d in it["dates_mentioned"]]
            for s in strings:
                if s not in span:
                    errors.append(f"{where} item {it['number']}: {s!r}")
            for m in it["municipalities_mentioned"]:
                if m[:4] not in span:
                    errors.append(f"{where} item {it['number']}: municipality {m!r}")
    for e in errors:
        print(e)
    print(f"check_gold: {len(errors)} problem(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
