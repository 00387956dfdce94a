#!/bin/sh
# Rebuild and check all blind26 gold files, then score gold against itself (must be 1.000).
set -e
cd "$(dirname "$0")"
for f in gold_sundsvallsregionen.py gold_region_stockholm.py gold_medelpad.py; do python3 "$f"; done
python3 /work/shared/eval/score.py ../gold ../gold
