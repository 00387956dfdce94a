"""This set's gold helpers: the shared tests/goldtools/annotation.py."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "goldtools"))

from annotation import *  # noqa: F403
from annotation import BLIND, GOLD  # noqa: F401
