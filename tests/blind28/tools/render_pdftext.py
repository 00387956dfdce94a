#!/usr/bin/env python3
# ruff: noqa
"""Render a .src draft as pdftotext would give it: '@' paragraphs hard-wrapped, page breaks with
repeated header/footer lines and a form feed. usage: render_pdftext.py SRC OUT WIDTH PAGELEN HEADER FOOTER
HEADER/FOOTER are '|'-separated lines; '{p}' and '{n}' are the page number and page count."""

import sys
import textwrap

src, out, width, pagelen, header, footer = sys.argv[1:7]
width, pagelen = int(width), int(pagelen)
lines: list[str] = []
for raw in open(src, encoding="utf-8").read().splitlines():
    if raw.startswith("@"):
        lines += textwrap.wrap(raw[1:], width=width, break_on_hyphens=False)
    else:
        lines.append(raw)
pages: list[list[str]] = [[]]
for line in lines:  # "%%PAGE" forces a page break; otherwise a page holds pagelen lines
    if line == "%%PAGE" or len(pages[-1]) >= pagelen:
        pages.append([])
    if line != "%%PAGE":
        pages[-1].append(line)
n = len(pages)
pages[0] = [x.replace("{n}", str(n)) for x in pages[0]]
chunks = []
for p, body in enumerate(pages, 1):
    head = [] if p == 1 else [h.format(p=p, n=n) for h in header.split("|")] + [""]
    foot = [""] + [f.format(p=p, n=n) for f in footer.split("|")]
    chunks.append("\n".join(head + body + foot) + "\n")
open(out, "w", encoding="utf-8").write("\f".join(chunks))
