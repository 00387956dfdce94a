"""govkg: a knowledge graph of regional governance, built from the minutes of meetings."""

from __future__ import annotations

__version__ = "0.1.0"
