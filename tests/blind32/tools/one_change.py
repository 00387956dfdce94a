# ruff: noqa
# ruff: noqa: E501  (the edits quote whole lines of the minutes)
"""One-change experiments: copy the set, apply one edit, re-run the blind command, score."""

import json
import shutil
import subprocess
import sys
from pathlib import Path

SRC = Path("/work/main/tests/blind32")
A = "raddsamvg_raddningschefer_2026-03-12.txt"
B = "regionsormland_kollektivtrafik_2026-05-20.txt"
C = "tolkformedlingvast_direktion_2026-09-25.txt"
EXPS = {
    "E1_absent_org_role": [
        (
            A,
            "Tomas Wiklund, Räddningstjänsten Östra Skaraborg\nJonas Melander, Räddningstjänsten Lidköping\n",
            "Tomas Wiklund, Räddningstjänsten Östra Skaraborg, räddningschef\nJonas Melander, Räddningstjänsten Lidköping, räddningschef\n",
        )
    ],
    "E2_hyphen_compound": [(A, "Alingsås-Vårgårdas kampanj", "AVRF:s kampanj")],
    "E3_area_name_skaraborg": [(A, "läget i Östra Skaraborg, där", "läget i sitt område, där")],
    "E4_rib_acronym": [(A, "bemanning av RIB-styrkan", "bemanning av deltidsstyrkan")],
    "E5_purpose_ta_fram": [
        (A, "resurser för att ta fram krigsorganisation", "resurser för krigsorganisation")
    ],
    "E6_past_cancel_cause": [(A, "en utbildningsdag ställdes in.", "en utbildningsdag uteblev.")],
    "E7_outside_towns": [
        (B, "pendling mot Norrköping och Stockholm", "pendling på sträckan Norrköping–Stockholm")
    ],
    "E8_lyfts_till": [(B, "Frågan\nlyfts till regionens", "Frågan\ntas upp i regionens")],
    "E10_justering_block": [(C, "Justeringens plats och tid\nTolkförmedling Väst, 2026-10-02\n\n", "")],
    "E11_staff_org": [
        (
            C,
            "Karin Holmqvist, förbundsdirektör\nUlf Berglund, ekonomichef, §§ 33–35\n",
            "Karin Holmqvist, förbundsdirektör, Tolkförmedling Väst\nUlf Berglund, ekonomichef, Tolkförmedling Väst, §§ 33–35\n",
        ),
        (C, "Sofie Lindahl, sekreterare\n", "Sofie Lindahl, sekreterare, Tolkförmedling Väst\n"),
    ],
    "E12_signature_paragraphs": [
        (C, "Sekreterare ……………………………………… Paragrafer §§ 31–39\n", "Sekreterare ………………………………………\n")
    ],
    "E13_substitute_for": [
        (C, ", tjänstgörande ersättare för Susanne Eriksson (M)", ", tjänstgörande ersättare")
    ],
    "E14_no_arendebeskrivning": [
        (
            C,
            "§ 33 Dnr TFV 2026/041\nDelårsrapport januari–augusti 2026\nÄrendebeskrivning\n",
            "§ 33 Dnr TFV 2026/041\nDelårsrapport januari–augusti 2026\n",
        ),
        (
            C,
            "Verksamhetsplan och budget 2027 med plan för 2028–2029\nÄrendebeskrivning\n",
            "Verksamhetsplan och budget 2027 med plan för 2028–2029\n",
        ),
    ],
    "E15_blank_before_decision_33": [
        (
            C,
            "Delårsrapport januari–augusti 2026\nDirektionen beslutar",
            "Delårsrapport januari–augusti 2026\n\nDirektionen beslutar",
        )
    ],
    "E16_blank_after_title_39": [
        (C, "Sammanträdesdagar 2027\nDirektionen beslutar", "Sammanträdesdagar 2027\n\nDirektionen beslutar")
    ],
    "E17_kommunalforbundens": [
        (C, "kommunernas och kommunalförbundens ansvar", "kommunernas och förbundens ansvar")
    ],
}
GOLD_EDITS = {"E4_rib_acronym": [(A, "RIB-styrkan", "deltidsstyrkan")]}


def run(name, edits):
    d = Path("/tmp/b32x") / name
    if d.exists():
        shutil.rmtree(d)
    (d / "gold").mkdir(parents=True)
    for f in (A, B, C):
        shutil.copy(SRC / f, d / f)
    for g in (SRC / "gold").glob("*.json"):
        shutil.copy(g, d / "gold" / g.name)
    for f, old, new in edits:
        t = (d / f).read_text(encoding="utf-8")
        assert t.count(old) == 1, (name, old, t.count(old))
        (d / f).write_text(t.replace(old, new), encoding="utf-8")
    for f, old, new in GOLD_EDITS.get(name, []):
        g = d / "gold" / (Path(f).stem + ".json")
        g.write_text(g.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
    out = d / "out"
    env = {"ROOT": "/work/blindhead", "PATH": "/usr/bin:/bin"}
    subprocess.run(
        ["/work/notes/govkg_at", "extract", *[str(d / f) for f in (A, B, C)], "--out", str(out)],
        env=env,
        check=True,
        capture_output=True,
        cwd="/work/main",
    )
    subprocess.run(
        ["python3", "/work/shared/eval/score.py", str(out), str(d / "gold"), "--json", str(d / "score.json")],
        check=False,
        capture_output=True,
    )
    return json.loads((d / "score.json").read_text())


base = json.loads(Path("/tmp/blind32_score.json").read_text())
names = sys.argv[1:] or list(EXPS)
for n in names:
    s = run(n, EXPS[n])
    ch = {
        k: f"{base['fields'][k][2]:.3f}->{v[2]:.3f}"
        for k, v in s["fields"].items()
        if abs(v[2] - base["fields"][k][2]) > 1e-9
    }
    print(f"{n}: overall {base['overall']:.4f} -> {s['overall']:.4f}  {ch}", flush=True)
