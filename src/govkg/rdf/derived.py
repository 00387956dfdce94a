"""rdf.derived: document and entity facts (mapped in this build, or held in the store) → the derived graph.

Whole-graph aggregates are slow at query time, so the build precomputes them here, in
``<base>graph/derived``: each membership's observed ``time:Interval`` (first to last meeting it was
listed at), co-attendance edges between persons present at the same meetings, co-occurrence
edges between topics of the same agenda items, and for each follow-up the date of the first later
meeting that took it up (``gk:takenUpAt``: an item of a later meeting of the same network that
references it or shares a topic with the item it came from).

The few facts these need are collected into ``Facts`` while the build maps each document (its quads
are in memory then anyway), so a build does not read the whole store back. Document graphs the
store holds but this build did not map are read from the store by triple patterns (one scan per
predicate, only when there are such graphs). Memberships come from the entities graph
(``rdf.entities``), attendances, meetings and items from the document graphs.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import combinations

from pyoxigraph import Literal, NamedNode, Quad

from govkg.rdf.iris import Iris
from govkg.rdf.quads import QuadSink, integer
from govkg.rdf.taken_up import taken_up
from govkg.store import KnowledgeStore
from govkg.vocab import BESLUIT, DCT, GK, OPENGOV, ORG, RDF, SCHEMA, TIME, XSD

_INSTANT_PROPERTY = {
    XSD.date.value: TIME.inXSDDate,
    XSD.gYearMonth.value: TIME.inXSDgYearMonth,
    XSD.gYear.value: TIME.inXSDgYear,
}
_CLASSES = (GK.Attendance, ORG.Membership, BESLUIT.Agendapunt, GK.FollowUp)
_PREDICATES = (
    GK.meeting, GK.attendee, GK.status, OPENGOV.onBehalfOf, SCHEMA.organizer, SCHEMA.startDate,
    ORG.member, ORG.organization, DCT.subject, BESLUIT.behandelt, DCT.references,
)  # fmt: skip
# dct:isPartOf is kept for follow-ups only (annotations have it too, a hundred per document)
_PART_OF = DCT.isPartOf

Pair = tuple[NamedNode, NamedNode | Literal]


@dataclass(slots=True)
class Facts:
    """What the derived graph needs from the documents: instances of a few classes, the (subject,
    object) pairs of a few predicates, and the item each follow-up is part of."""

    instances: dict[NamedNode, set[NamedNode]] = field(default_factory=lambda: {c: set() for c in _CLASSES})
    pairs: dict[NamedNode, list[Pair]] = field(default_factory=lambda: {p: [] for p in _PREDICATES})
    part_of: dict[NamedNode, NamedNode] = field(default_factory=dict)  # follow-up → its item

    def add(self, quads: Iterable[Quad]) -> None:
        """Take the relevant facts of some quads (one document's graph)."""
        instances, pairs, rdf_type = self.instances, self.pairs, RDF.type
        follow_ups = instances[GK.FollowUp]
        for q in quads:
            p = q.predicate
            if p == rdf_type:
                found = instances.get(q.object)  # type: ignore[arg-type]
                if found is not None and isinstance(q.subject, NamedNode):
                    found.add(q.subject)
            elif p == _PART_OF:
                # the mapping types a follow-up before it says what it is part of
                if q.subject in follow_ups and isinstance(q.object, NamedNode):
                    self.part_of[q.subject] = q.object  # type: ignore[index]
            elif (
                (target := pairs.get(p)) is not None
                and isinstance(q.subject, NamedNode)
                and isinstance(q.object, NamedNode | Literal)
            ):
                target.append((q.subject, q.object))

    def update(self, other: Facts) -> None:
        """Take the facts collected in ``other``."""
        for cls, found in other.instances.items():
            self.instances[cls] |= found
        for p, target in other.pairs.items():
            self.pairs[p].extend(target)
        self.part_of.update(other.part_of)

    def add_from_store(self, kg: KnowledgeStore, graphs: set[NamedNode]) -> None:
        """The facts of some graphs held in the store, by one pattern scan per predicate and class."""
        if not graphs:
            return
        store = kg.store
        for cls, found in self.instances.items():
            for q in store.quads_for_pattern(None, RDF.type, cls, None):
                if q.graph_name in graphs and isinstance(q.subject, NamedNode):
                    found.add(q.subject)
        for p, target in self.pairs.items():
            for q in store.quads_for_pattern(None, p, None, None):
                s, o = q.subject, q.object
                if q.graph_name in graphs and isinstance(s, NamedNode) and isinstance(o, NamedNode | Literal):
                    target.append((s, o))
        for f in self.instances[GK.FollowUp]:
            for q in store.quads_for_pattern(f, _PART_OF, None, None):
                if q.graph_name in graphs and isinstance(q.object, NamedNode):
                    self.part_of[f] = q.object


def document_graphs(kg: KnowledgeStore) -> set[NamedNode]:
    """The named graphs of minutes documents in the store (each holds its document's ``gk:graph``)."""
    return {
        q.graph_name
        for q in kg.store.quads_for_pattern(None, GK.graph, None, None)
        if isinstance(q.graph_name, NamedNode) and q.object == q.graph_name
    }


def facts_of_store(kg: KnowledgeStore) -> Facts:
    """The facts of every document graph and of the entities graph (its memberships) in the store."""
    facts = Facts()
    facts.add_from_store(kg, document_graphs(kg) | {kg.iris.entities_graph})
    return facts


def attendance_keys(facts: Facts) -> set[tuple[NamedNode, NamedNode, NamedNode | None]]:
    """(person, network, on behalf of) of each attendance in ``facts``: the keys of the memberships
    the attendances assert (the mapping writes one membership per key)."""
    attendances = facts.instances[GK.Attendance]
    pairs = facts.pairs
    meeting_of = _one(pairs[GK.meeting], attendances)
    person_of = _one(pairs[GK.attendee], attendances)
    behalf_of = _one(pairs[OPENGOV.onBehalfOf], attendances)
    organizer = _one(pairs[SCHEMA.organizer], set(meeting_of.values()))
    return {
        (person_of[att], organizer[meeting], behalf_of.get(att))
        for att, meeting in meeting_of.items()
        if att in person_of and meeting in organizer
    }


def _one(pairs: list[Pair], within: set[NamedNode]) -> dict[NamedNode, NamedNode]:
    """Subject → its object; a subject with several (none should have) keeps the greatest IRI, so
    the result does not depend on the order the facts came in."""
    out: dict[NamedNode, NamedNode] = {}
    for s, o in pairs:
        if s in within and isinstance(o, NamedNode):
            old = out.get(s)
            if old is None or o.value > old.value:
                out[s] = o
    return out


def derive(kg: KnowledgeStore, facts: Facts | None = None) -> list[Quad]:
    """The quads of the derived graph from ``facts`` (default: everything the store holds now).
    Deterministic: the same facts in any order give the same quads."""
    iris = kg.iris
    facts = facts if facts is not None else facts_of_store(kg)
    pairs = facts.pairs
    sink = QuadSink(iris.derived_graph)
    attendances = facts.instances[GK.Attendance]
    meeting_of = _one(pairs[GK.meeting], attendances)
    person_of = _one(pairs[GK.attendee], attendances)
    status_of = _one(pairs[GK.status], attendances)
    behalf_of = _one(pairs[OPENGOV.onBehalfOf], attendances)
    meetings = set(meeting_of.values()) | {m for m, _ in pairs[BESLUIT.behandelt]}
    organizer = _one(pairs[SCHEMA.organizer], meetings)
    dates: dict[NamedNode, Literal] = {}
    for s, o in pairs[SCHEMA.startDate]:
        if s in meetings and isinstance(o, Literal) and (s not in dates or o.value > dates[s].value):
            dates[s] = o

    memberships = facts.instances[ORG.Membership]
    member = _one(pairs[ORG.member], memberships)
    organization = _one(pairs[ORG.organization], memberships)
    ms_behalf = _one(pairs[OPENGOV.onBehalfOf], memberships)
    by_key = {
        (member[m], organization[m], ms_behalf.get(m)): m
        for m in memberships
        if m in member and m in organization
    }
    _membership_intervals(sink, by_key, meeting_of, person_of, behalf_of, organizer, dates)
    _coattendance(iris, sink, meeting_of, person_of, status_of)
    _topic_cooccurrence(iris, sink, facts.instances[BESLUIT.Agendapunt], pairs[DCT.subject])
    taken_up(sink, facts, organizer, dates)
    years: dict[NamedNode, set[str]] = defaultdict(set)  # every start date counts, as in a query join
    for s, o in pairs[SCHEMA.startDate]:
        if s in meetings and isinstance(o, Literal):
            years[s].add(o.value[:4])
    _attendance_tallies(sink, attendances, meeting_of, person_of, status_of, behalf_of, years)
    _topic_tallies(sink, facts, dates=pairs[SCHEMA.startDate])
    return sink.quads()


def _topic_tallies(sink: QuadSink, facts: Facts, dates: list[Pair]) -> None:
    """``gk:TopicTally`` per topic of agenda items, in all (meetings, items, first and last date)
    and per month of the meeting (items; "undated" for a meeting without a date)."""
    items = facts.instances[BESLUIT.Agendapunt]
    meeting_of: dict[NamedNode, NamedNode] = {}
    for mt, listed in facts.pairs[BESLUIT.behandelt]:
        if isinstance(listed, NamedNode) and listed in items:
            meeting_of[listed] = mt
    dates_of: dict[NamedNode, set[str]] = defaultdict(set)  # every start date counts, as in a join
    for m, d in dates:
        if isinstance(d, Literal):
            dates_of[m].add(d.value)
    per_topic: dict[NamedNode, tuple[set[NamedNode], set[NamedNode], set[str]]] = {}
    per_month: dict[tuple[NamedNode, str], set[NamedNode]] = defaultdict(set)
    for item, topic in facts.pairs[DCT.subject]:
        meeting = meeting_of.get(item)
        if meeting is None or not isinstance(topic, NamedNode):
            continue
        ms, its, ds = per_topic.setdefault(topic, (set(), set(), set()))
        ms.add(meeting)
        its.add(item)
        ds |= dates_of.get(meeting, set())
        for month in {d[:7] for d in dates_of.get(meeting, set())} or {"undated"}:
            per_month[(topic, month)].add(item)
    for topic in sorted(per_topic, key=lambda n: n.value):
        ms, its, ds = per_topic[topic]
        node = NamedNode(topic.value + "#items")
        sink.add(node, RDF.type, GK.TopicTally)
        sink.add(node, GK.tallyOf, topic)
        sink.add(node, GK.meetingCount, integer(len(ms)))
        sink.add(node, GK.itemCount, integer(len(its)))
        if ds:
            sink.add(node, GK.firstDate, Literal(min(ds)))
            sink.add(node, GK.lastDate, Literal(max(ds)))
        for month in sorted(m for t, m in per_month if t == topic):
            node = NamedNode(f"{topic.value}#items-{month}")
            sink.add(node, RDF.type, GK.TopicTally)
            sink.add(node, GK.tallyOf, topic)
            sink.add(node, GK.period, Literal(month))
            sink.add(node, GK.itemCount, integer(len(per_month[(topic, month)])))


def _attendance_tallies(
    sink: QuadSink,
    attendances: set[NamedNode],
    meeting_of: dict[NamedNode, NamedNode],
    person_of: dict[NamedNode, NamedNode],
    status_of: dict[NamedNode, NamedNode],
    behalf_of: dict[NamedNode, NamedNode],
    years: dict[NamedNode, set[str]],
) -> None:
    """``gk:AttendanceTally`` per organisation attended on behalf of, in all (meetings, persons and
    attendances present) and per year of the meeting (meetings listed at and present at; "undated"
    for a meeting without a date): the whole-store attendance aggregates, counted once here."""
    listed: dict[tuple[NamedNode, str], set[NamedNode]] = defaultdict(set)
    here: dict[tuple[NamedNode, str], set[NamedNode]] = defaultdict(set)
    overall: dict[NamedNode, tuple[set[NamedNode], set[NamedNode], set[NamedNode]]] = {}
    for att in attendances:
        meeting, org, status = meeting_of.get(att), behalf_of.get(att), status_of.get(att)
        if meeting is None or org is None or status is None:
            continue
        for year in years.get(meeting) or {"undated"}:
            listed[(org, year)].add(meeting)
            if status != GK.absent:
                here[(org, year)].add(meeting)
        person = person_of.get(att)
        if status != GK.absent and person is not None and att in attendances:
            ms, ps, ats = overall.setdefault(org, (set(), set(), set()))
            ms.add(meeting)
            ps.add(person)
            ats.add(att)
    for org in sorted({o for o, _ in listed} | set(overall), key=lambda n: n.value):
        if org in overall:
            node = NamedNode(org.value + "#attendance")
            ms, ps, ats = overall[org]
            sink.add(node, RDF.type, GK.AttendanceTally)
            sink.add(node, GK.tallyOf, org)
            sink.add(node, GK.meetingsAttended, integer(len(ms)))
            sink.add(node, GK.personsAttended, integer(len(ps)))
            sink.add(node, GK.attendancesPresent, integer(len(ats)))
        for year in sorted(y for o, y in listed if o == org):
            node = NamedNode(f"{org.value}#attendance-{year}")
            sink.add(node, RDF.type, GK.AttendanceTally)
            sink.add(node, GK.tallyOf, org)
            sink.add(node, GK.year, Literal(year))
            sink.add(node, GK.meetingsListed, integer(len(listed[(org, year)])))
            sink.add(node, GK.meetingsPresent, integer(len(here[(org, year)])))


def _membership_intervals(
    sink: QuadSink,
    by_key: dict[tuple[NamedNode, NamedNode, NamedNode | None], NamedNode],
    meeting_of: dict[NamedNode, NamedNode],
    person_of: dict[NamedNode, NamedNode],
    behalf_of: dict[NamedNode, NamedNode],
    organizer: dict[NamedNode, NamedNode],
    dates: dict[NamedNode, Literal],
) -> None:
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


def _topic_cooccurrence(iris: Iris, sink: QuadSink, items: set[NamedNode], subjects: list[Pair]) -> None:
    topics: dict[NamedNode, set[NamedNode]] = defaultdict(set)
    for item, topic in subjects:
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
