"""gold check of an evaluation set in the plain gold schema (sets 13 on, built without annotation.py):
every string the gold quotes from a document occurs in it, whitespace collapsed.

A protocol's title wrapped around a right-aligned "Dnr …" column, or hyphenated over the line break,
is read as the gold writes it: joined.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path


def _ws(s: str) -> str:
    return " ".join(s.split())


def _dewrapped(raw: str) -> str:
    """The text as the gold reads a protocol's wrapped titles: the right-aligned "Dnr …" column of the
    title's first line left out, and a word hyphenated over the line break joined."""
    return _ws(re.sub(r"-\n\s*", "", re.sub(r"[ \t]{2,}Dnr [^\n]*", "", raw)))


def _quoted(gold: dict) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for status in ("present", "absent"):
        for a in gold.get(status) or []:
            out += [(status, a["name"])] + ([(status, a["affiliation"])] if a.get("affiliation") else [])
    if gold.get("recorded_by"):
        out.append(("recorded_by", gold["recorded_by"]["name"]))
    for it in gold["items"]:
        where = f"item {it['number']}"
        out.append((where, it["title"]))
        for p in it.get("persons_mentioned") or []:
            out.append((where, p["name"]))
        for o in it.get("organisations_mentioned") or []:
            out += [(where, o["surface"])] + [(where, s) for s in o.get("other_surfaces") or []]
        for key in (
            "decisions",
            "follow_ups",
            "borderline_decisions",
            "borderline_follow_ups",
            "subheadings",
        ):
            out += [(where, s) for s in it.get(key) or []]
        for d in it.get("dates_mentioned") or []:
            out.append((where, d["surface"]))
    return out


def titles(gold: dict) -> set[str]:
    return {it["title"] for it in gold["items"]}


def main(here: Path) -> int:
    """Check the set in folder ``here`` (documents at top level, gold in ``gold/``); print and exit code."""
    failures: list[str] = []
    for path in sorted((here / "gold").glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        name = gold["document"]
        source = next(
            (p for p in here.iterdir() if name in (p.stem, p.name) and p.suffix in (".txt", ".md")), None
        )
        if source is None:
            failures.append(f"{path.name}: no document {gold['document']}")
            continue
        raw = source.read_text(encoding="utf-8")
        text, dewrapped = _ws(raw), _dewrapped(raw)
        failures += [
            f"{path.name} {where}: {s!r}"
            for where, s in _quoted(gold)
            if _ws(s) not in text and not (s in titles(gold) and _ws(s) in dewrapped)
        ]
    for f in failures:
        print("FAIL", f)
    print("ok" if not failures else f"{len(failures)} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
