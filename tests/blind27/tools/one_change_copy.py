# ruff: noqa
"""Make a one-change copy of the set: python3 one_change_copy.py CASE DOC OLD NEW (escapes like \\n allowed); copies land in /tmp/b27x/CASE/docs."""

import shutil
import sys
from pathlib import Path

SRC = Path("/work/main/tests/blind27")
case, doc, old, new = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
old = old.encode().decode("unicode_escape").encode("latin-1").decode("utf-8")
new = new.encode().decode("unicode_escape").encode("latin-1").decode("utf-8")
d = Path("/tmp/b27x") / case / "docs"
d.mkdir(parents=True, exist_ok=True)
for f in SRC.glob("*.txt"):
    if not (d / f.name).exists():
        shutil.copy(f, d / f.name)
p = d / doc
t = p.read_text(encoding="utf-8")
n = t.count(old)
assert n >= 1, (case, old)
p.write_text(t.replace(old, new), encoding="utf-8")
print(case, doc, "replaced", n)
