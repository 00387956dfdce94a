#!/usr/bin/env python3
"""Check the gold of blind set 22: every quoted string occurs in its item's span, and gold/*.json
equals what build_gold.py holds (nothing is written). Exit 1 on any failure.

Added after the single blind run (the files listed in FROZEN are unchanged).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.dont_write_bytecode = True

import build_gold  # noqa: E402


def main() -> int:
    failures: list[str] = []
    for doc in (build_gold.A, build_gold.B, build_gold.C):
        text = (build_gold.ROOT / doc["document"]).read_text(encoding="utf-8")
        build_gold.check(doc, text)
        on_disk = build_gold.GOLD / (Path(doc["document"]).stem + ".json")
        if json.loads(on_disk.read_text(encoding="utf-8")) != json.loads(json.dumps(doc, ensure_ascii=False)):
            failures.append(f"{on_disk.name}: differs from build_gold.py")
    failures.extend(build_gold.ERRORS)
    for f in failures:
        print("FAIL", f)
    print("ok" if not failures else f"{len(failures)} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
