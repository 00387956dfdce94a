"""Check this set's gold: every verbatim string in the document (item strings in their item's span),
schema keys present, and gold vs gold scoring 1.0 with /work/shared/eval/score.py when available.

usage: python3 check_gold.py   (exit 1 on any failure)
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from gold_lib import DOCS, GOLD, check

# where the items start and end in each document (the same markers the build scripts use)
MARKERS = {
    "blekinge_samverkanskonferens_aktorstabell.txt": ("1. Inledning och syfte", "Ej närvarande:"),
    "gastrike_atervinnare_direktion_narvarolista.txt": ("DIR § 1       Sammanträdets", "Justerandes sign"),
    "dalarna_destinationsnatverk_epost_tabell.txt": ("Punkt 1 – Välkomna", "Att göra"),
}
ITEM_KEYS = {
    "number",
    "title",
    "subheadings",
    "persons_mentioned",
    "organisations_mentioned",
    "municipalities_mentioned",
    "topics",
    "decisions",
    "follow_ups",
    "borderline_decisions",
    "borderline_follow_ups",
    "dates_mentioned",
    "urls",
}
ATT_KEYS = {
    "name",
    "canonical_name",
    "affiliation",
    "affiliation_canonical",
    "role",
    "note",
    "items_attended",
}


def main() -> int:
    failures = []
    for doc, (start, end) in MARKERS.items():
        gold = json.loads((GOLD / (Path(doc).stem + ".json")).read_text(encoding="utf-8"))
        text = (DOCS / doc).read_text(encoding="utf-8")
        errs = check(text, gold, end, text.find(start))
        for a in gold["present"] + gold["absent"]:
            if set(a) < ATT_KEYS:
                errs.append(f"attendee keys missing: {a['name']}")
        for it in gold["items"]:
            if not set(it) >= ITEM_KEYS:
                errs.append(f"item {it['number']} keys missing: {ITEM_KEYS - set(it)}")
        lines = text.count("\n") + 1
        if not 60 <= lines <= 160:
            errs.append(f"{doc}: {lines} lines, not 60–160")
        failures += [f"{doc}: {e}" for e in errs]
        print(f"{doc}: {'ok' if not errs else str(len(errs)) + ' errors'}")
    scorer = Path("/work/shared/eval/score.py")
    if scorer.exists():
        out = subprocess.run(
            [sys.executable, str(scorer), str(GOLD), str(GOLD)], check=False, capture_output=True, text=True
        )
        last = out.stdout.strip().splitlines()[-1] if out.stdout.strip() else out.stderr
        print("gold vs gold:", last)
        if "F1=1.000" not in last:
            failures.append("gold vs gold is not 1.000")
    if failures:
        print("\n".join(failures), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
