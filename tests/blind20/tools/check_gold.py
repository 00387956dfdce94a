#!/usr/bin/env python3
"""Check the stored blind-20 gold: every as-written string occurs in its item's own text span, and the
JSON files equal what build_gold.py holds. usage: python3 check_gold.py (exit 1 on any failure).

Added after the blind run (the gold itself is unchanged): tests/test_evaluation_sets.py runs it."""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.dont_write_bytecode = True
sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_gold as bg  # noqa: E402


def main() -> int:
    held = {doc["document"]: doc for doc in (bg.A, bg.B, bg.C)}
    files = sorted(bg.GOLD.glob("*.json"))
    if {f.stem for f in files} != set(held):
        bg.ERRORS.append(f"gold files {[f.stem for f in files]} != documents {sorted(held)}")
    for f in files:
        doc = json.loads(f.read_text(encoding="utf-8"))
        if doc != held.get(f.stem):
            bg.ERRORS.append(f"{f.name}: differs from build_gold.py")
        bg.check(f.stem, doc)
    for e in bg.ERRORS:
        print("ERROR", e)
    print(f"{len(bg.ERRORS)} errors")
    return 1 if bg.ERRORS else 0


if __name__ == "__main__":
    sys.exit(main())
