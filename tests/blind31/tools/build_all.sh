#!/bin/sh
# Rebuild and check all blind31 gold files (each build script checks every verbatim string).
set -e
cd "$(dirname "$0")"
python3 build_halsingland.py
python3 build_gavleborg.py
python3 build_nltm.py
python3 /work/shared/eval/score.py ../gold ../gold
