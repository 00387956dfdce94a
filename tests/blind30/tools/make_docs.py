#!/usr/bin/env python3
# ruff: noqa
"""Build the three documents from tools/src_*.txt: <T> -> tab (Word table export), <FF> -> form feed (pdftotext page break)."""

from pathlib import Path

here = Path(__file__).resolve().parent
names = {
    "src_a.txt": "socialchefsnatverket_uppsala_lan_2025-03-13.txt",
    "src_b.txt": "region_vastmanland_digitalisering_2025-02-06.txt",
    "src_c.txt": "vmkf_direktionen_protokoll_2025-03-20.txt",
}
for src, dst in names.items():
    s = (here / src).read_text(encoding="utf-8").replace("<T>", "\t").replace("<FF>", "\f")
    (here.parent / dst).write_text(s, encoding="utf-8")
    print(dst, len(s.splitlines()))
