"""link: entities in the graph → links to public registries (SCB, Wikidata, Kolada, org numbers).

``registry`` writes the static links from the shipped tables (no network, part of every build);
``online`` enriches from a Wikidata SPARQL endpoint on request (``govkg link --online``).
"""

from __future__ import annotations

from govkg.link.registry import Registry, linked_entities, registry_graph, registry_quads, write_registry

__all__ = ["Registry", "linked_entities", "registry_graph", "registry_quads", "write_registry"]
