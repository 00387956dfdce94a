# ruff: noqa
import shutil
import subprocess
import sys
from pathlib import Path

SRC = Path("/work/main/tests/blind26")
X = Path("/tmp/b26x")
S = "sundsvallsregionen_kommundirektorer_2025-03-14"
R = "region_stockholm_cykelplanering_2025-02-05"
M = "medelpads_raddningstjanstforbund_direktionen_2025-03-27"
HEAD = "PROTOKOLL\nSammanträdesdatum\n2025-03-27\n\nSida\n"
exps = {
    "heads": (
        M,
        [
            (
                "\fMEDELPADS RÄDDNINGSTJÄNSTFÖRBUND\nDirektionen\n\n" + HEAD,
                "\fMEDELPADS RÄDDNINGSTJÄNSTFÖRBUND\nDirektionen\n\nPROTOKOLL\nSida\n",
            )
        ],
        None,
    ),
    "subst": (M, [(", tjänstgörande ersättare för Peter Eriksson (M)", ", tjänstgörande ersättare")], None),
    "lars": (S, [("Nordanstigs kommun (punkt 1–4)", "Nordanstigs kommun")], None),
    "heading1": (
        S,
        [("1. Mötet öppnas och dagordningen fastställs", "1. Mötets öppnande och dagordning")],
        [(S, "Mötet öppnas och dagordningen fastställs", "Mötets öppnande och dagordning")],
    ),
    "tasfram": (S, [("Kampanjen tas fram tillsammans med", "Kampanjen utformas tillsammans med")], None),
    "beraknas": (S, [("Kostnaden beräknas till", "Kostnaden uppgår till")], None),
    "remissvar": (
        S,
        [
            (
                "Varje kommun lämnar eget remissvar till Region Västernorrland.",
                "Varje kommun lämnar eget remissvar till Region Västernorrland senast den 30 april.",
            )
        ],
        None,
    ),
    "anna": (
        R,
        [("Trafikverket, Region Stockholm: Anna-Karin Söder", "Trafikverket: Anna-Karin Söder")],
        [(R, '"Trafikverket, Region Stockholm"', '"Trafikverket"')],
    ),
    "years": (
        R,
        [
            ("besked väntas i december.", "besked väntas i december 2025."),
            ("- 7 oktober kl.", "- 7 oktober 2025 kl."),
            ("- 2 december kl.", "- 2 december 2025 kl."),
        ],
        [
            (R, '"surface": "december"', '"surface": "december 2025"'),
            (R, '"surface": "7 oktober"', '"surface": "7 oktober 2025"'),
            (R, '"surface": "2 december"', '"surface": "2 december 2025"'),
            (R, '"7 oktober kl.', '"7 oktober 2025 kl.'),
            (R, '"2 december kl.', '"2 december 2025 kl.'),
        ],
    ),
    "ostkust": (
        S,
        [("Ostkustbanan 2015 AB", "Ostkustbanan AB")],
        [(S, "Ostkustbanan 2015 AB", "Ostkustbanan AB")],
    ),
    "gavle": (
        S,
        [("dubbelspår Gävle–Kringlan", "dubbelspår till Kringlan")],
        [(S, "dubbelspår Gävle–Kringlan", "dubbelspår till Kringlan")],
    ),
    "forvaltning": (
        M,
        [
            ("på förvaltningens förslag och", "på förbundsdirektörens förslag och"),
            ("enligt förvaltningens förslag.", "enligt förbundsdirektörens förslag."),
        ],
        [
            (M, "på förvaltningens förslag och", "på förbundsdirektörens förslag och"),
            (M, "enligt förvaltningens förslag.", "enligt förbundsdirektörens förslag."),
        ],
    ),
}
only = sys.argv[1:] or list(exps)
for name in only:
    doc, edits, gedits = exps[name]
    d = X / name
    shutil.rmtree(d, ignore_errors=True)
    d.mkdir()
    for f in SRC.glob("*.txt"):
        shutil.copy(f, d)
    p = d / f"{doc}.txt"
    t = p.read_text(encoding="utf-8")
    for a, b in edits:
        assert a in t, (name, a)
        t = t.replace(a, b)
    p.write_text(t, encoding="utf-8")
    gd = d / "gold"
    gd.mkdir()
    for f in (SRC / "gold").glob("*.json"):
        shutil.copy(f, gd)
    for gdoc, a, b in gedits or []:
        gp = gd / f"{gdoc}.json"
        gt = gp.read_text(encoding="utf-8")
        assert a in gt, (name, a)
        gp.write_text(gt.replace(a, b), encoding="utf-8")
    out = X / f"out_{name}"
    shutil.rmtree(out, ignore_errors=True)
    subprocess.run(
        f"cd /work/main && ROOT=/work/blindhead /work/notes/govkg_at extract {d}/*.txt --out {out}",
        shell=True,
        capture_output=True,
        check=True,
    )
    r = subprocess.run(
        ["python3", "/work/shared/eval/score.py", str(out), str(gd), "--json", str(X / f"{name}.json")],
        capture_output=True,
        text=True,
    )
    print(name, r.stdout.strip().splitlines()[-1])
