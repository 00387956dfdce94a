"""Check blind set 16's gold: rebuilt files are verbatim-checked by gold_lib; here schema keys,
item numbering, and gold-vs-gold scoring with /work/shared/eval/score.py (must be 1.0)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from gold_lib import DOCS, GOLD, check

sys.path.insert(0, str(Path("/work/shared/eval")))
from score import sentence_match

SCORE = Path("/work/shared/eval/score.py")
ENDS = {
    "vo_college_sormland_styrgrupp_celler": "Vid anteckningarna",
    "jamtlands_gymnasieforbund_direktion_votering": "Vid protokollet",
    "nerikes_brandkar_revisorer_loptext": "Vid anteckningarna",
}
TOP = {"document", "meeting", "present", "absent", "recorded_by", "items"}
ATT = {"name", "canonical_name", "affiliation", "affiliation_canonical", "role", "note", "items_attended"}
ITEM = {
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


def main() -> int:
    errors: list[str] = []
    files = sorted(GOLD.glob("*.json"))
    docs = sorted(p for p in DOCS.iterdir() if p.suffix in {".txt", ".md"} and p.name != "README.md")
    if [f.stem for f in files] != [d.stem for d in docs]:
        errors.append(f"gold files {[f.stem for f in files]} != documents {[d.stem for d in docs]}")
    for f in files:
        g = json.loads(f.read_text(encoding="utf-8"))
        name = f.stem
        if not set(g) >= TOP:
            errors.append(f"{name}: missing keys {TOP - set(g)}")
        for s in ("present", "absent"):
            for a in g[s]:
                if set(a) - {"unit"} != ATT:
                    errors.append(f"{name}: attendee keys {set(a)}")
                if a["items_attended"] and not set(a["items_attended"]) <= {i["number"] for i in g["items"]}:
                    errors.append(f"{name}: {a['name']} attends unknown items")
        for it in g["items"]:
            if not set(it) >= ITEM:
                errors.append(f"{name}: item {it['number']} missing {ITEM - set(it)}")
            for o in it["organisations_mentioned"]:
                if o["kind"] not in KINDS:
                    errors.append(f"{name}: bad kind {o['kind']}")
            for key in ("decisions", "follow_ups"):
                for sent in it[key]:
                    if sentence_match([sent], it["borderline_" + key])[0]:
                        errors.append(
                            f"{name}: item {it['number']} {key} sentence is also borderline: {sent!r}"
                        )
        errors += [f"{name}: {e}" for e in check(g["document"], g, ENDS[name])]
    if errors:
        print("\n".join(errors))
        return 1
    out = subprocess.run(
        [sys.executable, str(SCORE), str(GOLD), str(GOLD)], check=False, capture_output=True, text=True
    )
    print(out.stdout.strip())
    if "score: F1=1.000" not in out.stdout:
        print("gold vs gold is not 1.0")
        return 1
    for f in files:
        one = Path("/tmp/b16_one") / f.stem
        one.mkdir(parents=True, exist_ok=True)
        (one / f.name).write_text(f.read_text(encoding="utf-8"), encoding="utf-8")
        r = subprocess.run(
            [sys.executable, str(SCORE), str(one), str(one)], check=False, capture_output=True, text=True
        )
        last = r.stdout.strip().splitlines()[-1]
        print(f"{f.stem}: {last}")
        if "F1=1.000" not in last:
            return 1
    print("gold OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
