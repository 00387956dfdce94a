"""rdf.derived: all documents' graphs in the store → the derived graph (membership intervals, edges).

Whole-graph aggregates are slow at query time, so the build precomputes them here, in
``<base>graph/derived``: each membership's observed ``time:Interval`` (first to last meeting it was
listed at), co-attendance edges between persons present at the same meetings, and co-occurrence
edges between topics of the same agenda items. It reads the store by triple patterns (one scan per
predicate), not by joins.
"""

from __future__ import annotations

from collections import defaultdict
from itertools import combinations

from pyoxigraph import Literal, NamedNode, Quad

from govkg.rdf.iris import Iris
from govkg.rdf.quads import QuadSink, integer
from govkg.store import KnowledgeStore
from govkg.vocab import BESLUIT, DCT, GK, OPENGOV, ORG, RDF, SCHEMA, TIME, XSD

_INSTANT_PROPERTY = {
    XSD.date.value: TIME.inXSDDate,
    XSD.gYearMonth.value: TIME.inXSDgYearMonth,
    XSD.gYear.value: TIME.inXSDgYear,
}


class _Scanner:
    def __init__(self, kg: KnowledgeStore) -> None:
        self.kg = kg
        self.skip = {kg.iris.derived_graph, kg.iris.meta_graph}

    def pairs(self, predicate: NamedNode) -> list[tuple[NamedNode, NamedNode | Literal]]:
        out: list[tuple[NamedNode, NamedNode | Literal]] = []
        for q in self.kg.store.quads_for_pattern(None, predicate, None, None):
            if q.graph_name in self.skip or not isinstance(q.subject, NamedNode):
                continue
            if isinstance(q.object, NamedNode | Literal):
                out.append((q.subject, q.object))
        return out

    def instances(self, cls: NamedNode) -> set[NamedNode]:
        return {
            q.subject
            for q in self.kg.store.quads_for_pattern(None, RDF.type, cls, None)
            if isinstance(q.subject, NamedNode) and q.graph_name not in self.skip
        }


def _one(
    pairs: list[tuple[NamedNode, NamedNode | Literal]], within: set[NamedNode]
) -> dict[NamedNode, NamedNode]:
    return {s: o for s, o in pairs if s in within and isinstance(o, NamedNode)}


def derive(kg: KnowledgeStore) -> list[Quad]:
    """The quads of the derived graph, from what the store holds now. Deterministic."""
    iris = kg.iris
    scan = _Scanner(kg)
    sink = QuadSink(iris.derived_graph)
    attendances = scan.instances(GK.Attendance)
    meeting_of = _one(scan.pairs(GK.meeting), attendances)
    person_of = _one(scan.pairs(GK.attendee), attendances)
    status_of = _one(scan.pairs(GK.status), attendances)
    behalf_of = _one(scan.pairs(OPENGOV.onBehalfOf), attendances)
    meetings = set(meeting_of.values())
    organizer = _one(scan.pairs(SCHEMA.organizer), meetings)
    dates = {s: o for s, o in scan.pairs(SCHEMA.startDate) if s in meetings and isinstance(o, Literal)}

    _membership_intervals(scan, sink, meeting_of, person_of, behalf_of, organizer, dates)
    _coattendance(iris, sink, meeting_of, person_of, status_of)
    _topic_cooccurrence(iris, scan, sink)
    return sink.quads()


def _membership_intervals(
    scan: _Scanner,
    sink: QuadSink,
    meeting_of: dict[NamedNode, NamedNode],
    person_of: dict[NamedNode, NamedNode],
    behalf_of: dict[NamedNode, NamedNode],
    organizer: dict[NamedNode, NamedNode],
    dates: dict[NamedNode, Literal],
) -> None:
    memberships = scan.instances(ORG.Membership)
    member = _one(scan.pairs(ORG.member), memberships)
    organization = _one(scan.pairs(ORG.organization), memberships)
    ms_behalf = _one(scan.pairs(OPENGOV.onBehalfOf), memberships)
    by_key = {
        (member[m], organization[m], ms_behalf.get(m)): m
        for m in memberships
        if m in member and m in organization
    }
    seen: dict[NamedNode, list[Literal]] = defaultdict(list)
    for att, meeting in meeting_of.items():
        network = organizer.get(meeting)
        ms = by_key.get((person_of.get(att), network, behalf_of.get(att))) if network else None  # type: ignore[arg-type]
        if ms is not None and meeting in dates:
            seen[ms].append(dates[meeting])
    for ms in sorted(seen, key=lambda n: n.value):
        observed = sorted(seen[ms], key=lambda lit: lit.value)
        interval = NamedNode(ms.value + "#interval")
        sink.add(ms, ORG.memberDuring, interval)
        sink.add(interval, RDF.type, TIME.Interval)
        for prop, lit, frag in (
            (TIME.hasBeginning, observed[0], "#beginning"),
            (TIME.hasEnd, observed[-1], "#end"),
        ):
            instant = NamedNode(ms.value + frag)
            sink.add(interval, prop, instant)
            sink.add(instant, RDF.type, TIME.Instant)
            sink.add(instant, _INSTANT_PROPERTY.get(lit.datatype.value, TIME.inXSDDate), lit)


def _coattendance(
    iris: Iris,
    sink: QuadSink,
    meeting_of: dict[NamedNode, NamedNode],
    person_of: dict[NamedNode, NamedNode],
    status_of: dict[NamedNode, NamedNode],
) -> None:
    present: dict[NamedNode, set[NamedNode]] = defaultdict(set)
    for att, meeting in meeting_of.items():
        if att in person_of and status_of.get(att) != GK.absent:
            present[meeting].add(person_of[att])
    edges: dict[tuple[NamedNode, NamedNode], list[NamedNode]] = defaultdict(list)
    for meeting, persons in present.items():
        for a, b in combinations(sorted(persons, key=lambda n: n.value), 2):
            edges[(a, b)].append(meeting)
    for (a, b), ms in sorted(edges.items(), key=lambda e: (e[0][0].value, e[0][1].value)):
        ka, kb = iris.local(a, "person"), iris.local(b, "person")
        if ka is None or kb is None:
            continue
        node = iris.coattendance(ka, kb)
        sink.add(node, RDF.type, GK.CoAttendance)
        sink.add(node, GK.coAttendee, a)
        sink.add(node, GK.coAttendee, b)
        sink.add(node, GK.weight, integer(len(ms)))
        sink.add_all(node, GK.meeting, sorted(ms, key=lambda n: n.value))


def _topic_cooccurrence(iris: Iris, scan: _Scanner, sink: QuadSink) -> None:
    items = scan.instances(BESLUIT.Agendapunt)
    topics: dict[NamedNode, set[NamedNode]] = defaultdict(set)
    for item, topic in scan.pairs(DCT.subject):
        if item in items and isinstance(topic, NamedNode) and iris.local(topic, "topic") is not None:
            topics[item].add(topic)
    edges: dict[tuple[NamedNode, NamedNode], list[NamedNode]] = defaultdict(list)
    for item, ts in topics.items():
        for a, b in combinations(sorted(ts, key=lambda n: n.value), 2):
            edges[(a, b)].append(item)
    for (a, b), its in sorted(edges.items(), key=lambda e: (e[0][0].value, e[0][1].value)):
        node = iris.topic_cooccurrence(iris.local(a, "topic") or "", iris.local(b, "topic") or "")
        sink.add(node, RDF.type, GK.TopicCoOccurrence)
        sink.add(node, GK.coTopic, a)
        sink.add(node, GK.coTopic, b)
        sink.add(node, GK.weight, integer(len(its)))
        sink.add_all(node, GK.agendaItem, sorted(its, key=lambda n: n.value))
