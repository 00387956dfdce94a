"""gold check: gold/*.json against the documents → problems listed; exit 1 on any (python3 check_gold.py)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from gold_lib import BLIND, GOLD

SCORE = Path("/work/shared/eval/score.py")
DOC_SUFFIXES = {".txt", ".md"}


def collapse(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def spans(text: str, gold: dict, problems: list[str], name: str) -> dict[int, str]:
    """Each item's own text: from its heading line to the next heading (the last to `items_end`)."""
    starts = []
    pos = 0
    for it in gold["items"]:
        m = re.compile(r"^[ \t\f]*" + re.escape(it["heading_raw"]), re.M).search(text, pos)
        if not m:
            problems.append(f"{name}: heading not found in order: {it['heading_raw']!r}")
            return {}
        starts.append((it["number"], m.start()))
        pos = m.end()
    end = text.find(gold["items_end"], pos)
    if end < 0:
        problems.append(f"{name}: items_end not found after the last heading: {gold['items_end']!r}")
        end = len(text)
    out = {}
    for i, (number, start) in enumerate(starts):
        stop = starts[i + 1][1] if i + 1 < len(starts) else end
        out[number] = collapse(text[start:stop])
    return out


def check_doc(path: Path, problems: list[str]) -> dict:
    gold = json.loads(path.read_text(encoding="utf-8"))
    name = gold["document"]
    doc = BLIND / name
    if not doc.exists():
        problems.append(f"{path.name}: document {name} missing")
        return gold
    text = doc.read_text(encoding="utf-8")
    flat = collapse(text)

    def need(s: str | None, where: str, hay: str = flat) -> None:
        if s is not None and collapse(s) not in hay:
            problems.append(f"{name}: {where}: not verbatim: {s!r}")

    for ev in gold["meeting"]["date_evidence"]:
        need(ev, "date_evidence")
    names = {}
    for status in ("present", "absent"):
        for a in gold[status]:
            need(a["name"], status)
            need(a["affiliation"], f"{status} affiliation")
            need(a["note"], f"{status} note")
            if a["name"] in names:
                problems.append(f"{name}: {a['name']} listed twice")
            names[a["name"]] = a["canonical_name"]
            if a["items_attended"] is not None:
                nums = {it["number"] for it in gold["items"]}
                if not set(a["items_attended"]) <= nums:
                    problems.append(f"{name}: {a['name']} attends unknown items")
    if gold["recorded_by"]:
        need(gold["recorded_by"]["name"], "recorded_by")
    by_item = spans(text, gold, problems, name)
    for it in gold["items"]:
        span = by_item.get(it["number"], "")
        where = f"item {it['number']}"
        if collapse(it["title"]) not in collapse(it["heading_raw"]):
            problems.append(f"{name}: {where}: title not in heading")
        for s in it["subheadings"]:
            need(s, where + " subheading", span)
        for p in it["persons_mentioned"]:
            need(p["name"], where + " person", span)
            for a in p["also_written"]:
                need(a, where + " person also_written", span)
            full = p["canonical_name"]
            if full not in names.values() and " " not in p["name"]:
                problems.append(f"{name}: {where}: short form {p['name']} resolves to nobody listed")
        munis = set(it["municipalities_mentioned"])
        muni_orgs = set()
        for o in it["organisations_mentioned"]:
            for s in [o["surface"], *o["other_surfaces"]]:
                need(s, where + " organisation", span)
            if o["kind"] == "municipality":
                muni_orgs.add(o["canonical"])
        if munis != muni_orgs:
            problems.append(
                f"{name}: {where}: municipalities {sorted(munis)} ≠ municipality orgs {sorted(muni_orgs)}"
            )
        for m in munis:
            if m[:-1] not in span:
                problems.append(f"{name}: {where}: municipality {m} not named")
        for key in ("decisions", "follow_ups", "borderline_decisions", "borderline_follow_ups"):
            for s in it[key]:
                need(s, f"{where} {key}", span)
                if not s.rstrip().endswith((".", "?")):
                    problems.append(f"{name}: {where} {key}: not a whole sentence: {s!r}")
        for key in ("decisions", "follow_ups"):
            both = set(it[key]) & set(it["borderline_" + key])
            if both:
                problems.append(f"{name}: {where}: {key} also borderline: {both}")
        for d in it["dates_mentioned"]:
            need(d["surface"], where + " date", span)
            if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?(/\d{4}(-\d{2}(-\d{2})?)?)?", d["iso"]):
                problems.append(f"{name}: {where}: bad iso {d['iso']!r}")
        for u in it["urls"]:
            need(u, where + " url", span)
    return gold


def score_self(dirs: list[Path], problems: list[str], label: str) -> None:
    if not SCORE.exists():  # a clone without /work/shared: the project's own scorer (the same rules)
        try:
            from govkg.evaluate import Scorer, load_dir
        except ImportError:
            return
        with tempfile.TemporaryDirectory() as tmp:
            for d in dirs:
                shutil.copy(d, tmp)
            docs = load_dir(Path(tmp))
            scores = Scorer().score(docs, docs)
            overall = sum(f for _, _, f in scores.values()) / len(scores)
            if overall < 1.0 - 1e-9:
                problems.append(f"gold vs gold {label}: {overall:.3f}")
        return
    with tempfile.TemporaryDirectory() as tmp:
        for d in dirs:
            shutil.copy(d, tmp)
        out = subprocess.run(
            [sys.executable, str(SCORE), tmp, tmp], capture_output=True, text=True, check=False
        ).stdout
        if "score: F1=1.000" not in out:
            problems.append(f"gold vs gold {label}: {out.strip().splitlines()[-1]}")


def main() -> int:
    problems: list[str] = []
    golds = sorted(GOLD.glob("*.json"))
    docs = sorted(p for p in BLIND.iterdir() if p.suffix in DOC_SUFFIXES and p.name != "README.md")
    if {p.stem for p in docs} != {g.stem for g in golds}:
        problems.append(f"documents {[p.name for p in docs]} ≠ gold {[g.name for g in golds]}")
    canon: dict[str, set[str]] = {}
    for g in golds:
        gold = check_doc(g, problems)
        for status in ("present", "absent"):
            for a in gold[status]:
                canon.setdefault(a["canonical_name"], set()).add(g.stem)
    score_self(golds, problems, "all")
    for g in golds:
        score_self([g], problems, g.stem)
    shared = {c: d for c, d in canon.items() if len(d) > 1}
    print(f"{len(golds)} gold files; persons in more than one document: {shared}")
    for p in problems:
        print("PROBLEM", p)
    print("OK" if not problems else f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
