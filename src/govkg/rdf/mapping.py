"""rdf.mapping: one resolved Minutes → the quads of its named graph + its entities' descriptions (DESIGN §2).

The document's graph holds what the minutes say about the meeting (attendance, items, mentions,
decisions, follow-ups, provenance annotations), with links to entity IRIs. What an entity *is*
(a person's name, an organisation's labels, codes, classes and parent, a membership, the software)
is the same in every document that mentions it, so it goes to ``MappedDocument.entities``, which the
build merges into the one shared ``graph/entities``: queries run over the union of the graphs, and a
description repeated in every document graph would come back once per graph.

>>> from govkg.model import Document, Minutes, Meeting
>>> doc = Document("m.txt", "m", "m.txt", "Anteckningar", "ab" * 32, "text/plain", "utf-8")
>>> mapped = map_minutes(Minutes(doc, Meeting(body="GR kommunchefsgrupp", date="2024-03-15")))
>>> mapped.graph.value
'https://w3id.org/govkg/id/graph/gr-kommunchefsgrupp-2024-03-15'
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pyoxigraph import Literal, NamedNode, Quad

from govkg import __version__
from govkg.model import Attendee, Item, Minutes, PersonMention, Quote
from govkg.rdf.iris import Iris, key, meeting_key, slug
from govkg.rdf.orgs import OrgInfo, OrgLookup, classes_of, no_registry, resolve_org
from govkg.rdf.provenance import Provenance, annotate, describe_document
from govkg.rdf.quads import QuadSink, boolean, decimal, integer, iso_date, text
from govkg.vocab import BESLUIT, DCT, FOAF, GK, OA, OPENGOV, ORG, PROV, RDF, RDFS, SCHEMA, SKOS


@dataclass(frozen=True, slots=True)
class MappedDocument:
    """The named graph of one minutes document, ready to load, and the descriptions of the entities
    it mentions (quads in the entities graph, merged across documents by the build)."""

    key: str
    graph: NamedNode
    sha256: str
    quads: list[Quad]
    entities: list[Quad] = field(default_factory=list)


class _Mapper:
    def __init__(self, minutes: Minutes, iris: Iris, lookup: OrgLookup, version: str, key_: str) -> None:
        self.m = minutes
        self.iris = iris
        self.lookup = lookup
        self.key = key_
        self.graph = iris.graph(key_)
        self.sink = QuadSink(self.graph)
        self.entities = QuadSink(iris.entities_graph)  # shared descriptions, see the module docstring
        self.meeting = iris.meeting(key_)
        self.prov: Provenance = describe_document(
            self.sink, iris, key_, minutes.document, self.graph, version, self.entities
        )
        self.network: NamedNode | None = None
        self.network_key: str | None = None
        self.item_locals: dict[int, str] = {}  # position → item key part

    # ------------------------------------------------------------ entities
    def org(self, info: OrgInfo) -> NamedNode:
        node = self.iris.org(info.iri_key, info.scb_code)
        e = self.entities
        cls, base = classes_of(info.kind)
        e.add(node, RDF.type, cls)
        e.add(node, RDF.type, base)
        e.add(node, SKOS.prefLabel, text(info.label, "sv"))
        e.add_all(node, SKOS.altLabel, (text(a, "sv") for a in info.alt_labels if a != info.label))
        if info.scb_code:
            e.add(node, DCT.identifier, text(info.scb_code))
        if not info.linked:
            e.add(node, GK.linked, boolean(False))
        if info.parent:
            parent = self.lookup(info.parent)
            if parent is not None and parent.iri_key != info.iri_key:
                e.add(node, ORG.unitOf, self.org(parent))
        return node

    def person(self, name: Quote, canonical: str | None, person_id: str | None) -> tuple[NamedNode, str]:
        full = canonical or name.text
        pid = key(person_id) if person_id else slug(full)
        node = self.iris.person(pid)
        self.entities.add(node, RDF.type, FOAF.Person)
        self.entities.add(node, FOAF.name, text(full))
        if name.text != full:  # a surface form; its annotation in the document graph says where
            self.entities.add(node, SKOS.altLabel, text(name.text))
        return node, pid

    def annotate(
        self,
        quote: Quote,
        motivation: NamedNode,
        *,
        body: NamedNode | None = None,
        body_value: str | None = None,
        part_of: NamedNode | None = None,
        extra: tuple[tuple[NamedNode, Literal], ...] = (),
    ) -> NamedNode:
        return annotate(
            self.sink, self.prov, quote.span, motivation,
            body=body, body_value=body_value, part_of=part_of, extra=extra,
        )  # fmt: skip

    # ------------------------------------------------------------ meeting
    def map_meeting(self) -> None:
        mt, s = self.m.meeting, self.sink
        s.add(self.meeting, RDF.type, SCHEMA.Event)
        s.add(self.meeting, RDF.type, BESLUIT.Zitting)
        label = " ".join(p for p in (mt.body, mt.date) if p) or self.m.document.filename
        s.add(self.meeting, RDFS.label, text(label, "sv"))
        s.add(self.meeting, BESLUIT.heeftNotulen, self.prov.document)
        s.add(self.meeting, PROV.wasDerivedFrom, self.prov.document)
        if mt.date and (date := iso_date(mt.date)) is not None:
            s.add(self.meeting, SCHEMA.startDate, date)
        if mt.date_precision:
            s.add(self.meeting, GK.datePrecision, text(mt.date_precision))
        if mt.date_source:
            s.add(self.meeting, GK.dateSource, text(mt.date_source))
        if mt.date_confidence is not None:
            s.add(self.meeting, GK.dateConfidence, decimal(mt.date_confidence))
        for q in mt.date_evidence:
            ann = self.annotate(q, OA.describing, body=self.meeting)
            s.add(self.meeting, GK.dateEvidence, ann)
        if mt.place:
            s.add(self.meeting, SCHEMA.location, text(mt.place))
        if mt.body:
            self.map_network(mt.body)

    def map_network(self, body: str) -> None:
        info = self.lookup(body)
        self.network_key = info.iri_key if info else slug(body)
        self.network = self.iris.org(self.network_key)
        s, e = self.sink, self.entities
        e.add(self.network, RDF.type, ORG.OrganizationalUnit)
        e.add(self.network, RDF.type, GK.Network)
        e.add(self.network, SKOS.prefLabel, text(info.label if info else body, "sv"))
        parent = self.lookup(info.parent) if info and info.parent else None
        if parent is None:
            # "GR kommunchefsgrupp": a network is named after the organisation it belongs to
            parent = self.lookup(body.split()[0]) if len(body.split()) > 1 else None
        if parent is not None:
            e.add(self.network, ORG.unitOf, self.org(parent))
        s.add(self.meeting, SCHEMA.organizer, self.network)

    # ------------------------------------------------------------ attendance
    def map_attendee(self, a: Attendee, seen: set[str]) -> None:
        s = self.sink
        person, pid = self.person(a.name, a.canonical_name, a.person_id)
        att_key = pid if pid not in seen else f"{pid}-{a.name.span.start}"
        seen.add(att_key)
        att = self.iris.attendance(self.key, att_key)
        s.add(att, RDF.type, GK.Attendance)
        s.add(att, GK.meeting, self.meeting)
        s.add(att, GK.attendee, person)
        partial = a.status == "present" and bool(a.items_attended)
        if a.status == "absent":
            status = GK.absent
            s.add(self.meeting, GK.absentee, person)
        else:
            status = GK.partial if partial else GK.remoteAttendance if a.remote else GK.present
            s.add(self.meeting, SCHEMA.attendee, person)
            if not partial:
                s.add(self.meeting, BESLUIT.heeftAanwezigeBijStart, person)
        s.add(att, GK.status, status)
        s.add(att, GK.remote, boolean(a.remote))
        for n in a.items_attended or []:
            s.add(att, GK.itemsAttended, self.iris.item(self.key, str(n)))
        if a.role:
            s.add(att, GK.role, text(a.role.text))
        if a.note:
            s.add(att, GK.note, text(a.note.text))
        s.add(att, PROV.wasDerivedFrom, self.prov.document)
        s.add(att, PROV.wasGeneratedBy, self.prov.run)
        self.annotate(a.name, OA.identifying, body=person)
        if a.line is not None:
            annotate(s, self.prov, a.line, OA.describing, body=att)
        org: NamedNode | None = None
        org_key: str | None = None
        label = a.affiliation_canonical or (a.affiliation.text if a.affiliation else None)
        if label or a.org_id:
            info = resolve_org(self.lookup, a.org_id, label or a.org_id or "", None)
            org = self.org(info)
            org_key = info.scb_code or info.iri_key
            s.add(att, OPENGOV.onBehalfOf, org)
            if a.affiliation is not None:
                self.annotate(a.affiliation, OA.identifying, body=org)
        if self.network is not None and self.network_key is not None:
            # one membership per person, network and organisation, whatever the meetings: shared
            ms = self.iris.membership(pid, self.network_key, org_key)
            e = self.entities
            e.add(ms, RDF.type, ORG.Membership)
            e.add(ms, ORG.member, person)
            e.add(ms, ORG.organization, self.network)
            if org is not None:
                e.add(ms, OPENGOV.onBehalfOf, org)

    def map_recorder(self) -> None:
        r = self.m.recorded_by
        if r is None:
            return
        person, _ = self.person(r.name, r.canonical_name, r.person_id)
        self.sink.add(self.meeting, BESLUIT.heeftSecretaris, person)
        self.sink.add(self.prov.document, DCT.creator, person)
        extra = ((GK.role, text(r.role.text)),) if r.role else ()
        self.annotate(r.name, OA.identifying, body=person, extra=extra)
        if r.role is not None and self.network is not None and self.network_key is not None:
            # the recorder's role is a post of the network (DESIGN §3: org:Post "Förbundssekreterare")
            label = r.role.text.strip()
            label = label[:1].upper() + label[1:]  # one label per post whatever the case written
            post = self.iris.post(self.network_key, label)
            e = self.entities
            e.add(post, RDF.type, ORG.Post)
            e.add(post, SKOS.prefLabel, text(label, "sv"))
            e.add(post, ORG.postIn, self.network)
            e.add(post, ORG.heldBy, person)
            e.add(person, ORG.holds, post)

    # ------------------------------------------------------------ items
    def item_local(self, item: Item) -> str:
        """The item's number, made unique within the document by its position when repeated."""
        if item.number in self.item_locals.values():
            return f"{item.number}-p{item.position}"
        return item.number

    def map_item(self, item: Item) -> None:
        s = self.sink
        local = self.item_locals.setdefault(item.position, self.item_local(item))
        it = self.iris.item(self.key, local)
        s.add(self.meeting, BESLUIT.behandelt, it)
        s.add(it, RDF.type, BESLUIT.Agendapunt)
        s.add(it, GK.number, text(item.number))
        s.add(it, SCHEMA.position, integer(item.position))
        s.add(it, DCT.title, text(item.title.text))
        s.add(it, DCT.isPartOf, self.meeting)
        self.annotate(item.title, OA.identifying, body=it, part_of=it)
        s.add_all(it, GK.subheading, (text(q.text) for q in item.subheadings))
        for t in item.topics:
            topic = self.iris.topic(t.concept)
            s.add(it, DCT.subject, topic)
            for q in t.evidence:
                self.annotate(q, OA.classifying, body=topic, part_of=it)
        for pm in item.persons_mentioned:
            person, _ = self.person(pm.name, pm.canonical_name, pm.person_id)
            s.add(it, SCHEMA.mentions, person)
            extra = ((GK.roleInItem, text(pm.role_in_item)),) if pm.role_in_item else ()
            self.annotate(pm.name, OA.identifying, body=person, part_of=it, extra=extra)
        for om in item.organisations_mentioned:
            info = resolve_org(self.lookup, om.org_id, om.canonical, om.kind)
            org = self.org(info)
            s.add(it, SCHEMA.mentions, org)
            for q in (om.surface, *om.other_surfaces):
                if q.text != info.label:
                    self.entities.add(org, SKOS.altLabel, text(q.text, "sv"))
                self.annotate(q, OA.identifying, body=org, part_of=it)
        for mm in item.municipalities_mentioned:
            info = resolve_org(self.lookup, None, mm.name, "municipality", mm.scb_code)
            org = self.org(info)
            s.add(it, SCHEMA.mentions, org)
            self.annotate(mm.surface, OA.identifying, body=org, part_of=it)
        for dm in item.dates_mentioned:
            self.annotate(dm.surface, OA.tagging, body_value=dm.iso, part_of=it)
        for url in item.urls:
            self.annotate(url, OA.linking, body_value=url.text, part_of=it)
        self.map_statements(item, it, local)

    def map_statements(self, item: Item, it: NamedNode, local: str) -> None:
        if not (item.decisions or item.follow_ups):
            return
        s = self.sink
        treatment = self.iris.treatment(self.key, local)
        s.add(treatment, RDF.type, BESLUIT.BehandelingVanAgendapunt)
        s.add(treatment, RDF.type, PROV.Activity)
        s.add(treatment, DCT.subject, it)
        for k, st in enumerate(item.decisions, 1):
            d = self.iris.decision(self.key, local, k)
            s.add(d, RDF.type, GK.Decision)
            s.add(d, RDF.type, PROV.Entity)
            s.add(d, RDF.value, text(st.text.text))
            s.add(d, GK.cue, text(st.cue))
            s.add(d, PROV.wasGeneratedBy, treatment)
            s.add(d, PROV.wasDerivedFrom, self.prov.document)
            s.add(d, DCT.isPartOf, it)
            s.add(treatment, PROV.generated, d)
            self.annotate(st.text, OA.describing, body=d, part_of=it)
        for k, st in enumerate(item.follow_ups, 1):
            act = self.iris.action(self.key, local, k)
            s.add(act, RDF.type, GK.FollowUp)
            s.add(act, RDF.type, SCHEMA.Action)
            s.add(act, SCHEMA.description, text(st.text.text))
            s.add(act, SCHEMA.actionStatus, SCHEMA.PotentialActionStatus)
            s.add(act, GK.cue, text(st.cue))
            s.add(act, PROV.wasGeneratedBy, treatment)
            s.add(act, PROV.wasDerivedFrom, self.prov.document)
            s.add(act, DCT.isPartOf, it)
            agent = self.agent(st.agent, st.agent_id)
            if agent is not None:
                s.add(act, SCHEMA.agent, agent)
            self.annotate(st.text, OA.describing, body=act, part_of=it)

    def agent(self, name: str | None, agent_id: str | None) -> NamedNode | None:
        """The agent of a follow-up: a person of this document, an organisation, or the network."""
        people: dict[str, tuple[Quote, str | None, str | None]] = {}
        holders: list[Attendee | PersonMention] = [*self.m.attendees]
        holders += [pm for it in self.m.items for pm in it.persons_mentioned]
        for p in holders:
            for form in (p.person_id, p.canonical_name, p.name.text):
                if form:
                    people.setdefault(form, (p.name, p.canonical_name, p.person_id))
        for form in (agent_id, name):
            if form and form in people:
                return self.person(*people[form])[0]
        body = self.m.meeting.body
        # "group" is the extractor's id for the meeting's own group ("Gruppen", "Kommunchefsgruppen")
        if (
            self.network is not None
            and body
            and (agent_id == "group" or (name and slug(name).startswith(slug(body).split("-")[-1])))
        ):
            return self.network
        for form in (agent_id, name):
            if form and form != "group" and (info := self.lookup(form)) is not None:
                return self.org(info)
        return None

    def run(self) -> MappedDocument:
        self.map_meeting()
        seen: set[str] = set()
        for a in self.m.attendees:
            self.map_attendee(a, seen)
        for om in self.m.organisations_present:  # "Närvarande: Bolagsverket, Digg"
            org = self.org(resolve_org(self.lookup, om.org_id, om.canonical, om.kind))
            self.sink.add(self.meeting, SCHEMA.attendee, org)
            self.annotate(om.surface, OA.identifying, body=org)
        self.map_recorder()
        for item in self.m.items:
            self.map_item(item)
        return MappedDocument(
            self.key, self.graph, self.m.document.sha256, self.sink.quads(), self.entities.quads()
        )


def key_of(minutes: Minutes) -> str:
    """The meeting key of a minutes document (see ``govkg.rdf.iris``)."""
    return meeting_key(minutes.meeting.body, minutes.meeting.date, minutes.document.sha256)


def map_minutes(
    minutes: Minutes,
    *,
    iris: Iris | None = None,
    lookup: OrgLookup = no_registry,
    version: str = __version__,
    key_: str | None = None,
) -> MappedDocument:
    """The named graph of one resolved minutes document and its entities' descriptions. Pure: the same
    input gives the same quads."""
    return _Mapper(minutes, iris or Iris(), lookup, version, key_ or key_of(minutes)).run()
