"""This set's gold check: the shared tests/goldtools/schema_check.py."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "goldtools"))

from schema_check import main

if __name__ == "__main__":
    sys.exit(main(Path(__file__).resolve().parents[1]))
