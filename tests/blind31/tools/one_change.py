# ruff: noqa
"""One-change experiments: copy the blind31 docs + gold, apply one edit, re-run the blind extractor, score."""

import json
import os
import shutil
import subprocess
from pathlib import Path

SRC = Path("/work/main/tests/blind31")
BASE = json.loads(Path("/tmp/blind31_score.json").read_text(encoding="utf-8"))


def run(case, doc_edits, gold_edits=None, root="/work/blindhead"):
    d = Path("/tmp/b31x") / case
    if d.exists():
        shutil.rmtree(d)
    (d / "docs").mkdir(parents=True)
    (d / "gold").mkdir()
    for f in SRC.glob("*.txt"):
        t = f.read_text(encoding="utf-8")
        for old, new in doc_edits.get(f.name, []):
            assert old in t, (case, f.name, old)
            t = t.replace(old, new)
        (d / "docs" / f.name).write_text(t, encoding="utf-8")
    for f in (SRC / "gold").glob("*.json"):
        t = f.read_text(encoding="utf-8")
        for old, new in (gold_edits or {}).get(f.stem + ".txt", []):
            assert old in t, (case, "gold", old)
            t = t.replace(old, new)
        (d / "gold" / f.name).write_text(t, encoding="utf-8")
    env = dict(os.environ, ROOT=root)
    subprocess.run(
        [
            "/work/notes/govkg_at",
            "extract",
            *sorted(map(str, (d / "docs").glob("*.txt"))),
            "--out",
            str(d / "out"),
        ],
        check=True,
        env=env,
        capture_output=True,
        cwd="/work/main",
    )
    subprocess.run(
        [
            "python3",
            "/work/shared/eval/score.py",
            str(d / "out"),
            str(d / "gold"),
            "--json",
            str(d / "score.json"),
        ],
        capture_output=True,
    )
    s = json.loads((d / "score.json").read_text(encoding="utf-8"))
    ch = {
        k: (round(BASE["fields"][k][2], 3), round(v[2], 3))
        for k, v in s["fields"].items()
        if abs(v[2] - BASE["fields"][k][2]) > 1e-9
    }
    print(f"{case}: overall {BASE['overall']:.4f} -> {s['overall']:.4f}  changed: {ch}")
    return s
