"""export: the store → graph projections (networkx) → files (GraphML, GEXF, JSON, DOT, CSV, HTML).

>>> from govkg.store import open_store
>>> from govkg.export import project, write
>>> g = project(open_store(None), "co-attendance")
>>> sorted(PROJECTIONS)[:2]
['co-attendance', 'organisation-topic']
"""

from __future__ import annotations

from govkg.export.explorer import build_explorer, render_explorer
from govkg.export.facts import Facts, Quote, read_facts
from govkg.export.projections import DEFAULT_PROJECTION, PROJECTIONS, facts_of, project
from govkg.export.public import load_key, pseudonym, public_graph
from govkg.export.writers import FORMATS, write

__all__ = [
    "DEFAULT_PROJECTION",
    "FORMATS",
    "PROJECTIONS",
    "Facts",
    "Quote",
    "build_explorer",
    "facts_of",
    "load_key",
    "project",
    "pseudonym",
    "public_graph",
    "read_facts",
    "render_explorer",
    "write",
]
