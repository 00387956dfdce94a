# ruff: noqa
import shutil
import subprocess

exec(open("/tmp/b26x/exps.py").read().split("only = ")[0])
exps["sig"] = (
    M,
    [("Sekreterare\n.......................................................\n", "Sekreterare\n")],
    None,
)
d = X / "combo"
shutil.rmtree(d, ignore_errors=True)
d.mkdir()
(d / "gold").mkdir()
for f in SRC.glob("*.txt"):
    shutil.copy(f, d)
for f in (SRC / "gold").glob("*.json"):
    shutil.copy(f, d / "gold")
for name, (doc, edits, gedits) in exps.items():
    p = d / f"{doc}.txt"
    t = p.read_text(encoding="utf-8")
    for a, b in edits:
        assert a in t, a
        t = t.replace(a, b)
    p.write_text(t, encoding="utf-8")
    for gdoc, a, b in gedits or []:
        gp = d / "gold" / f"{gdoc}.json"
        gt = gp.read_text(encoding="utf-8")
        assert a in gt, a
        gp.write_text(gt.replace(a, b), encoding="utf-8")
out = X / "out_combo"
shutil.rmtree(out, ignore_errors=True)
subprocess.run(
    f"cd /work/main && ROOT=/work/blindhead /work/notes/govkg_at extract {d}/*.txt --out {out}",
    shell=True,
    check=True,
    capture_output=True,
)
print(
    subprocess.run(
        ["python3", "/work/shared/eval/score.py", str(out), str(d / "gold"), "--json", str(X / "combo.json")],
        capture_output=True,
        text=True,
    ).stdout
)
