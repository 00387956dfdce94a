"""Check this set's gold: verbatim strings inside each item's own span, attendance strings in the
document, and gold scored against itself = 1.000 (overall and per document).

usage: python3 check_gold.py            (exit 1 on any failure)
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from gold_lib import BLIND, GOLD

SCORE = Path("/work/shared/eval/score.py")
# documents whose item text sits in a right-hand column beside a margin of headings (column width)
MARGIN = {"lbva_agarrad_marginalrubriker.txt": 22}


def ws(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def demargin(text: str, width: int) -> tuple[str, str]:
    """(right-hand column text, margin text) of a span laid out as margin + column."""
    lines = text.split("\n")
    return "\n".join(line[width:] for line in lines), "\n".join(line[:width] for line in lines)


def _self_score(golds: list[Path]) -> list[str]:
    """Gold scored against itself must give 1.000, for the set and for each document alone."""
    out: list[str] = []
    if not SCORE.exists():
        from govkg.evaluate import Scorer, load_dir  # the project's scorer (same matching rules)

        for group in [golds, *[[g] for g in golds]]:
            with tempfile.TemporaryDirectory() as tmp:
                for g in group:
                    (Path(tmp) / g.name).write_text(g.read_text(encoding="utf-8"), encoding="utf-8")
                docs = load_dir(Path(tmp))
                result = Scorer().score(docs, docs)
                if any(abs(f - 1.0) > 1e-9 for _, _, f in result.values()):
                    out.append(f"gold vs gold is not 1.000 for {[g.name for g in group]}")
        return out
    for group in [golds, *[[g] for g in golds]]:
        with tempfile.TemporaryDirectory() as pred, tempfile.TemporaryDirectory() as gold:
            for g in group:
                (Path(pred) / g.name).write_text(g.read_text(encoding="utf-8"), encoding="utf-8")
                (Path(gold) / g.name).write_text(g.read_text(encoding="utf-8"), encoding="utf-8")
            o = subprocess.run([sys.executable, str(SCORE), pred, gold], capture_output=True, text=True)
            if "score: F1=1.000" not in o.stdout:
                out.append(f"gold vs gold is not 1.000 for {[g.name for g in group]}:\n{o.stdout}")
    return out


def main() -> int:
    errors: list[str] = []
    golds = sorted(GOLD.glob("*.json"))
    docs = {p.name for p in BLIND.iterdir() if p.suffix in {".txt", ".md"} and p.name != "README.md"}
    names = {json.loads(g.read_text(encoding="utf-8"))["document"] for g in golds}
    if names != docs:
        errors.append(f"documents {sorted(docs)} != gold {sorted(names)}")
    for g in golds:
        gold = json.loads(g.read_text(encoding="utf-8"))
        doc = gold["document"]
        text = (BLIND / doc).read_text(encoding="utf-8")
        flat = ws(text)
        width = MARGIN.get(doc)

        def need(s: str, where: str, hay: str, *alts: str, doc: str = doc) -> None:
            if ws(s) not in hay and not any(ws(s) in a for a in alts):
                errors.append(f"{doc}: {where}: not verbatim: {s!r}")

        for ev in gold["meeting"]["date_evidence"]:
            need(ev, "date_evidence", flat)
        for status in ("present", "absent"):
            for a in gold[status]:
                need(a["name"], status, flat)
                for k in ("affiliation", "role", "note"):
                    if a.get(k):
                        need(a[k], f"{status} {a['name']} {k}", flat)
        if gold["recorded_by"]:
            need(gold["recorded_by"]["name"], "recorded_by", flat)
        # item spans: from each heading's first line to the next heading or the end marker
        starts, pos = [], 0
        for it in gold["items"]:
            first = it["heading_raw"].split("\n")[0]
            m = re.search(r"(?m)^" + re.escape(first), text[pos:])
            if not m:
                errors.append(f"{doc}: heading not found in order: {first!r}")
                starts.append(pos)
                continue
            starts.append(pos + m.start())
            pos += m.end()
        end = text.find(gold["item_end"], pos) if gold.get("item_end") else len(text)
        if end < 0:
            errors.append(f"{doc}: item_end not found: {gold['item_end']!r}")
            end = len(text)
        ends = [*starts[1:], end]
        numbers = [it["number"] for it in gold["items"]]
        if numbers != sorted(set(numbers)):
            errors.append(f"{doc}: item numbers {numbers}")
        for it, s, e in zip(gold["items"], starts, ends, strict=True):
            span = text[s:e]
            hay = ws(span)
            alts = []
            if width:
                right, left = demargin(span, width)
                alts = [ws(right)]
                for line in it["heading_raw"].split("\n"):
                    need(line, f"item {it['number']} heading line", ws(left))
                if ws(it["heading_raw"]).split(" ", 1)[1] != it["title"]:
                    errors.append(f"{doc}: item {it['number']} title != heading: {it['title']!r}")
            else:
                need(it["heading_raw"], f"item {it['number']} heading", hay)
                if it["title"] not in it["heading_raw"]:
                    errors.append(f"{doc}: item {it['number']} title not in heading")
            where = f"item {it['number']}"
            for p in it["persons_mentioned"]:
                found = [n for n in [p["name"], *p["also_written"]] if ws(n) in hay]
                if not found:
                    errors.append(f"{doc}: {where}: person not written: {p['name']!r}")
                for n in p["also_written"]:
                    need(n, where + " also_written", hay, *alts)
            for o in it["organisations_mentioned"]:
                for sfc in [o["surface"], *o["other_surfaces"]]:
                    need(sfc, where + " org", hay, *alts)
            for key in ("decisions", "follow_ups", "borderline_decisions", "borderline_follow_ups"):
                for sent in it[key]:
                    need(sent, f"{where} {key}", hay, *alts)
                    if not sent.rstrip().endswith((".", "?", "!")):
                        errors.append(f"{doc}: {where} {key}: not a whole sentence: {sent!r}")
            for d in it["dates_mentioned"]:
                need(d["surface"], where + " date", hay, *alts)
                if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?(/\d{4}(-\d{2}(-\d{2})?)?)?", d["iso"]):
                    errors.append(f"{doc}: {where}: bad iso {d['iso']!r}")
            for u in it["urls"]:
                need(u, where + " url", hay)
            orgs = it["organisations_mentioned"]
            muni_orgs = {o["canonical"] for o in orgs if o["kind"] == "municipality"}
            if set(it["municipalities_mentioned"]) != muni_orgs:
                munis = it["municipalities_mentioned"]
                errors.append(f"{doc}: {where}: municipalities {munis} != orgs {sorted(muni_orgs)}")
    # gold against gold: /work/shared's scorer when it is there, else the project's own (a clone)
    errors += _self_score(golds)
    for e in errors:
        print("FAIL", e)
    print(f"{len(golds)} gold files, {len(errors)} problems")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
