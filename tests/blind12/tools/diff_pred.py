"""This set's error listing: the shared tests/goldtools/diffs.py."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "goldtools"))

from diffs import main

if __name__ == "__main__":
    main(sys.argv[1])
