# ruff: noqa
"""Make one-change copies of the blind25 set: each case changes one thing in one document."""

import shutil
import sys
from pathlib import Path

SRC = Path("/work/main/tests/blind25")
A = "malmolundregionen_kdgrupp_2025-03-14.txt"
B = "region_stockholm_samverkan_rufs_2025-02-05.txt"
C = "norrvatten_forbundsstyrelsen_protokoll_2025-04-24.txt"
HEAD = (
    "Norrvatten\nFörbundsstyrelsen                             Sammanträdesdatum\n"
    "                                              2025-04-24\n"
)
HEAD3 = "Norrvatten\nFörbundsstyrelsen                             Sammanträdesdatum 2025-04-24\n"
CASES = {
    "a_lomma_hamn": (A, [("stadsdelen Lomma Hamn", "stadsdelen Lomma hamn")]),
    "a_beraknas": (A, [("Kostnaden beräknas till", "Kostnaden uppskattas till")]),
    "a_nasta_mote": (A, [("Nästa möte\nFredag 11 april 2025 kl. 09.00–12.00 i Trelleborg.\n\n", "")]),
    "b_page2_head": (
        B,
        [
            (
                "\fRegion Stockholm                                                   MINNESANTECKNINGAR\n"
                "                                                                   2025-02-05\n\n",
                "\f",
            )
        ],
    ),
    "c_head_3lines": (C, [(HEAD, HEAD3)]),
    "c_title_wraps": (
        C,
        [
            (
                "§ 27     Information om revidering av regional              Dnr NV 2025-0050\n         vattenförsörjningsplan\n",
                "§ 27     Information om revidering av regional vattenförsörjningsplan    Dnr NV 2025-0050\n",
            ),
            (
                "§ 28     Projekt Reservvattenförsörjning – genomförande-    Dnr NV 2024-0112\n         beslut för etapp 2\n",
                "§ 28     Projekt Reservvattenförsörjning – genomförandebeslut för etapp 2    Dnr NV 2024-0112\n",
            ),
        ],
    ),
    "c_list_wrap": (
        C,
        [
            (
                "etapp 2 i projektet\nReservvattenförsörjning inom",
                "etapp 2 i\nprojektet Reservvattenförsörjning inom",
            )
        ],
    ),
    "c_ska_sakerstalla": (
        C,
        [("Projektet Reservvattenförsörjning ska säkerställa att", "Projektet ska säkerställa att")],
    ),
    "c_staff_body": (
        C,
        [
            ("Pernilla Dahlgren, förbundsdirektör", "Pernilla Dahlgren, Norrvatten, förbundsdirektör"),
            ("Martin Ahlqvist, ekonomichef", "Martin Ahlqvist, Norrvatten, ekonomichef"),
            ("Sara Öhman, förbundsjurist", "Sara Öhman, Norrvatten, förbundsjurist"),
        ],
    ),
}
if sys.argv[1:] == ["ALL"]:
    d = Path("/tmp/b25x/all")
    shutil.rmtree(d, ignore_errors=True)
    d.mkdir(parents=True)
    texts = {f: (SRC / f).read_text(encoding="utf-8") for f in (A, B, C)}
    for name, (doc, subs) in CASES.items():
        for old, new in subs:
            assert old in texts[doc], name
            texts[doc] = texts[doc].replace(old, new)
    for f, t in texts.items():
        (d / f).write_text(t, encoding="utf-8")
    sys.exit(0)
for name in sys.argv[1:] or CASES:
    doc, subs = CASES[name]
    d = Path("/tmp/b25x") / name
    shutil.rmtree(d, ignore_errors=True)
    d.mkdir(parents=True)
    for f in (A, B, C):
        shutil.copy(SRC / f, d / f)
    t = (d / doc).read_text(encoding="utf-8")
    for old, new in subs:
        assert t.count(old) >= 1, (name, old)
        t = t.replace(old, new)
    (d / doc).write_text(t, encoding="utf-8")
    print(name)
