#!/usr/bin/env python3
"""Build the three blind-20 documents from tools/*.src (markers: <FF> form feed, <TAB> tab).

Doc A imitates pdftotext default output, so its long paragraph lines are hard-wrapped the way a
PDF's printed lines come out (width 84, no hyphenation)."""

from __future__ import annotations

import textwrap
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
DOCS = {
    "docA.src": ("protokoll-direktionen-2024-04-18.txt", 84),
    "docB.src": ("Minnesanteckningar nätverksträff beredskapssamordnare 2024-05-23.txt", None),
    "docC.src": ("Anteckningar KD-gruppen Stockholm Nordost.txt", None),
}
for src, (out, width) in DOCS.items():
    p = HERE / src
    if not p.exists():
        continue
    lines = []
    for line in p.read_text(encoding="utf-8").split("\n"):
        if width and len(line) > width:
            lines.extend(textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False))
        else:
            lines.append(line)
    text = "\n".join(lines).replace("<FF>", "\f").replace("<TAB>", "\t")
    (OUT / out).write_text(text, encoding="utf-8")
    print(out, len(text.splitlines()), "lines")
