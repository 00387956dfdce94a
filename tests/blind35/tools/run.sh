#!/bin/bash
# usage: run.sh NAME 'python replacement pairs as FILE|OLD|NEW;;...'
set -e
name=$1; spec=$2
V=/tmp/b35x/$name; rm -rf $V; mkdir -p $V/docs $V/gold
cp /work/main/tests/blind35/*.txt $V/docs/; cp /work/main/tests/blind35/gold/*.json $V/gold/
python3 - "$V" "$spec" <<'PY'
import sys, json
from pathlib import Path
V=Path(sys.argv[1])
for rule in sys.argv[2].split(";;"):
    f, old, new, *g = rule.split("|")
    p=V/"docs"/f; t=p.read_text(); assert old in t, (f, old); p.write_text(t.replace(old,new,1))
    if g and g[0]=="gold":
        gp=V/"gold"/(Path(f).stem+".json"); gt=gp.read_text(); gp.write_text(gt.replace(json.dumps(old,ensure_ascii=False)[1:-1], json.dumps(new,ensure_ascii=False)[1:-1]))
PY
cd /work/main && ROOT=/work/blindhead /work/notes/govkg_at extract $V/docs/*.txt --out $V/out >/dev/null
python3 /work/shared/eval/score.py $V/out $V/gold --json $V/score.json | tail -1
