"""rdf.entities: the entity descriptions of the documents in the store → ``<base>graph/entities``.

Persons, organisations, networks, memberships and the software agent are described once, in one
shared graph, not in every document graph that mentions them: queries run over the union of the
named graphs, where a description held by 500 document graphs comes back 500 times.

Like the derived graph, the entities graph is rebuilt by every build from all the documents in the
store: the descriptions this build's documents carry (``MappedDocument.entities``, collected while
mapping; their number grows with the entities, not with the documents) plus, for documents of
earlier builds not given now, what the entities graph holds about the entities their graphs refer
to. Those references are read by a pattern scan per referring predicate (only when there are such
documents); organisations reach their parents through ``org:unitOf``, and memberships are kept when
an attendance of those documents asserts them (same person, network and organisation).

A document rebuilt with different content keeps the written forms it had before only as long as an
earlier document, not given now, still mentions the entity; a build of all documents is exact.
"""

from __future__ import annotations

from collections.abc import Iterable

from pyoxigraph import NamedNode, Quad

from govkg.store import KnowledgeStore
from govkg.vocab import BESLUIT, DCT, GK, OPENGOV, ORG, PROV, RDF, SCHEMA

MembershipKey = tuple[NamedNode, NamedNode, NamedNode | None]  # person, network, on behalf of

# the predicates by which a document graph refers to an entity described in the entities graph
REFERENCES = (
    GK.attendee, SCHEMA.attendee, GK.absentee, BESLUIT.heeftSecretaris, DCT.creator,
    SCHEMA.mentions, SCHEMA.agent, SCHEMA.organizer, OPENGOV.onBehalfOf, PROV.wasAssociatedWith,
)  # fmt: skip


class Entities:
    """The quads of the entities graph, collected from the documents of one build (no duplicates)."""

    def __init__(self, graph: NamedNode) -> None:
        self.graph = graph
        self._quads: set[Quad] = set()

    def add(self, quads: Iterable[Quad]) -> None:
        """Take one document's entity descriptions (quads already in the entities graph)."""
        self._quads.update(quads)

    def keep_from_store(
        self, kg: KnowledgeStore, graphs: set[NamedNode], memberships: set[MembershipKey]
    ) -> None:
        """Keep what the store's entities graph says about the entities that ``graphs`` (document
        graphs of earlier builds) refer to, and the memberships with the keys their attendances give."""
        if not graphs:
            return
        store, own = kg.store, self.graph
        frontier: list[NamedNode] = []
        for p in REFERENCES:
            for q in store.quads_for_pattern(None, p, None, None):
                if isinstance(q.object, NamedNode) and q.graph_name in graphs:
                    frontier.append(q.object)
        seen: set[NamedNode] = set()
        while frontier:
            entity = frontier.pop()
            if entity in seen:
                continue
            seen.add(entity)
            for q in store.quads_for_pattern(entity, None, None, own):
                self._quads.add(q)
                if q.predicate == ORG.unitOf and isinstance(q.object, NamedNode):
                    frontier.append(q.object)
        for t in store.quads_for_pattern(None, RDF.type, ORG.Membership, own):
            if not isinstance(t.subject, NamedNode):
                continue
            description = list(store.quads_for_pattern(t.subject, None, None, own))
            values = {q.predicate: q.object for q in description}
            member, network = values.get(ORG.member), values.get(ORG.organization)
            behalf = values.get(OPENGOV.onBehalfOf)
            if (
                isinstance(member, NamedNode)
                and isinstance(network, NamedNode)
                and (member, network, behalf if isinstance(behalf, NamedNode) else None) in memberships
            ):
                self._quads.update(description)

    def quads(self) -> list[Quad]:
        """The collected quads in a stable order (subject, predicate, object)."""
        return sorted(self._quads, key=lambda q: (str(q.subject), q.predicate.value, str(q.object)))

    def __len__(self) -> int:
        return len(self._quads)
