"""Minutes → quads: deterministic IRIs, attendance twice, items, statements, and true provenance.

The helpers look at the document's graph and its entity descriptions together (what a query over
the union of the graphs sees); where each fact lives is tested apart.
"""

from __future__ import annotations

import pytest
from pyoxigraph import BlankNode, Literal, NamedNode, Quad

from govkg.rdf.iris import Iris, meeting_key, slug
from govkg.rdf.mapping import MappedDocument, map_minutes
from govkg.rdf.orgs import gazetteer_lookup, no_registry
from govkg.rdf.provenance import CONTEXT_CHARS
from govkg.vocab import BESLUIT, DCT, FOAF, GK, OA, OPENGOV, ORG, PROV, RDF, SCHEMA, SKOS, XSD
from tests.kg_fixtures import sample_minutes

ID = "https://w3id.org/govkg/id/"


@pytest.fixture(scope="module")
def mapped() -> MappedDocument:
    return map_minutes(sample_minutes(), lookup=gazetteer_lookup())


def union(m: MappedDocument) -> list[Quad]:
    return [*m.quads, *m.entities]


def objects(m: MappedDocument, s: NamedNode, p: NamedNode) -> set[object]:
    return {q.object for q in union(m) if q.subject == s and q.predicate == p}


def subjects(m: MappedDocument, p: NamedNode, o: object) -> set[object]:
    return {q.subject for q in union(m) if q.predicate == p and q.object == o}


def one_literal(m: MappedDocument, s: NamedNode, p: NamedNode) -> Literal:
    (value,) = objects(m, s, p)
    assert isinstance(value, Literal)
    return value


# ------------------------------------------------------------------ IRIs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bengt Randén", "bengt-randen"),
        ("GR kommunchefsgrupp", "gr-kommunchefsgrupp"),
        ("Öckerö", "ockero"),
        ("2.1", "2.1"),
        ("  --  ", "x"),
        ("Lilla Edet", "lilla-edet"),
    ],
)
def test_slug(text: str, expected: str) -> None:
    assert slug(text) == expected


def test_meeting_key_from_body_and_date_or_from_the_hash() -> None:
    assert meeting_key("GR kommunchefsgrupp", "2024-03-15", "ab" * 32) == "gr-kommunchefsgrupp-2024-03-15"
    assert meeting_key("GR kommunchefsgrupp", None, "ab" * 32) == "gr-kommunchefsgrupp-abababababab"
    assert meeting_key(None, None, "cd" * 32) == "meeting-cdcdcdcdcdcd"


def test_municipalities_are_minted_from_their_scb_code() -> None:
    iris = Iris()
    assert iris.org("kommun-1440").value == ID + "kommun/1440"
    assert iris.org("gr").value == ID + "org/gr"


def test_one_named_graph_per_document_named_by_body_and_date(mapped: MappedDocument) -> None:
    assert mapped.graph.value == ID + "graph/gr-kommunchefsgrupp-2024-03-15"
    assert {q.graph_name for q in mapped.quads} == {mapped.graph}
    assert {q.graph_name for q in mapped.entities} == {NamedNode(ID + "graph/entities")}


ENTITY_KINDS = ("person/", "kommun/", "org/", "membership/", "agent/")


def test_the_document_graph_describes_no_entity_only_links_to_it(mapped: MappedDocument) -> None:
    """Persons, organisations, memberships and the software are described in the shared entities
    graph: a description repeated in each document graph comes back once per graph from a query."""
    described = {q.subject.value for q in mapped.quads if isinstance(q.subject, NamedNode)}
    assert not [s for s in described if s.startswith(tuple(ID + k for k in ENTITY_KINDS))]
    linked = {q.object for q in mapped.quads if isinstance(q.object, NamedNode)}
    assert {NamedNode(ID + "person/anna-exempel"), NamedNode(ID + "kommun/1440")} <= linked
    in_entities = {q.subject for q in mapped.entities}
    assert {NamedNode(ID + "person/anna-exempel"), NamedNode(ID + "kommun/1440")} <= in_entities
    assert {q.predicate for q in mapped.quads}.isdisjoint({FOAF.name, SKOS.prefLabel, SKOS.altLabel})


def test_a_written_form_is_an_entity_label_and_its_place_an_annotation_of_the_document(
    mapped: MappedDocument,
) -> None:
    msb = NamedNode(ID + "org/msb")
    assert Quad(msb, SKOS.altLabel, Literal("MSB", language="sv"), NamedNode(ID + "graph/entities")) in (
        mapped.entities
    )
    annotations = {q.subject for q in mapped.quads if q.predicate == OA.hasBody and q.object == msb}
    exact = {
        q.object.value
        for q in mapped.quads
        if q.predicate == OA.exact and NamedNode(q.subject.value.split("#")[0]) in annotations  # type: ignore[union-attr]
    }
    assert "MSB" in exact


def test_same_minutes_give_the_same_quads() -> None:
    a = map_minutes(sample_minutes(), lookup=gazetteer_lookup())
    b = map_minutes(sample_minutes(), lookup=gazetteer_lookup())
    assert a.quads == b.quads
    assert a.entities == b.entities


def test_no_blank_nodes_so_graphs_compare_exactly(mapped: MappedDocument) -> None:
    assert not any(isinstance(t, BlankNode) for q in union(mapped) for t in (q.subject, q.object))


def test_base_iri_is_configurable() -> None:
    m = map_minutes(sample_minutes(), iris=Iris("https://example.org/kg/"), lookup=no_registry)
    for q in union(m):
        if isinstance(q.subject, NamedNode) and "w3id.org/govkg/id/" in q.subject.value:
            pytest.fail(f"default base leaked: {q.subject}")
    assert m.graph.value == "https://example.org/kg/graph/gr-kommunchefsgrupp-2024-03-15"


def test_file_paths_never_become_iris(mapped: MappedDocument) -> None:
    iris = {t.value for q in union(mapped) for t in (q.subject, q.object) if isinstance(t, NamedNode)}
    assert not any("natverket" in i or "fixtures" in i for i in iris)


# ------------------------------------------------------------------ meeting, network, membership


def test_meeting_is_an_event_and_a_zitting_organised_by_the_network(mapped: MappedDocument) -> None:
    meeting = NamedNode(ID + "meeting/gr-kommunchefsgrupp-2024-03-15")
    assert {SCHEMA.Event, BESLUIT.Zitting} <= objects(mapped, meeting, RDF.type)
    assert one_literal(mapped, meeting, SCHEMA.startDate) == Literal("2024-03-15", datatype=XSD.date)
    (network,) = objects(mapped, meeting, SCHEMA.organizer)
    assert ORG.OrganizationalUnit in objects(mapped, network, RDF.type)  # type: ignore[arg-type]
    assert objects(mapped, network, ORG.unitOf) == {NamedNode(ID + "org/gr")}  # type: ignore[arg-type]


def test_estimated_month_is_a_gyearmonth() -> None:
    m = map_minutes(sample_minutes(date="2024-03"), lookup=no_registry)
    meeting = NamedNode(ID + "meeting/gr-kommunchefsgrupp-2024-03")
    assert one_literal(m, meeting, SCHEMA.startDate).datatype == XSD.gYearMonth


def test_membership_is_on_behalf_of_the_municipality(mapped: MappedDocument) -> None:
    anna = NamedNode(ID + "person/anna-exempel")
    (ms,) = subjects(mapped, ORG.member, anna)
    assert objects(mapped, ms, OPENGOV.onBehalfOf) == {NamedNode(ID + "kommun/1440")}  # type: ignore[arg-type]
    assert objects(mapped, ms, RDF.type) == {ORG.Membership}  # type: ignore[arg-type]


def test_without_a_body_there_is_no_network_and_no_membership() -> None:
    m = map_minutes(sample_minutes(body=None), lookup=no_registry)
    assert not any(q.object == ORG.Membership for q in union(m))


# ------------------------------------------------------------------ attendance


@pytest.mark.parametrize(
    ("person", "status", "remote", "shortcut"),
    [
        ("anna-exempel", GK.present, "false", SCHEMA.attendee),
        ("bo-provsson", GK.partial, "true", SCHEMA.attendee),
        ("cecilia-test", GK.partial, "false", SCHEMA.attendee),
        ("dan-franvarosson", GK.absent, "false", GK.absentee),
    ],
)
def test_attendance_is_recorded_as_shortcut_and_as_qualified_node(
    mapped: MappedDocument, person: str, status: NamedNode, remote: str, shortcut: NamedNode
) -> None:
    meeting = NamedNode(ID + "meeting/gr-kommunchefsgrupp-2024-03-15")
    p = NamedNode(ID + f"person/{person}")
    assert Quad(meeting, shortcut, p, mapped.graph) in mapped.quads
    (att,) = subjects(mapped, GK.attendee, p)
    assert objects(mapped, att, GK.status) == {status}  # type: ignore[arg-type]
    assert one_literal(mapped, att, GK.remote).value == remote  # type: ignore[arg-type]
    assert objects(mapped, att, GK.meeting) == {meeting}  # type: ignore[arg-type]
    assert len(objects(mapped, att, OPENGOV.onBehalfOf)) == 1  # type: ignore[arg-type]
    assert objects(mapped, att, PROV.wasDerivedFrom) == subjects(mapped, RDF.type, FOAF.Document)  # type: ignore[arg-type]


def test_items_attended_point_at_the_agenda_items(mapped: MappedDocument) -> None:
    att = NamedNode(ID + "attendance/gr-kommunchefsgrupp-2024-03-15/cecilia-test")
    assert objects(mapped, att, GK.itemsAttended) == {NamedNode(ID + "item/gr-kommunchefsgrupp-2024-03-15/2")}


def test_absent_person_is_not_an_attendee(mapped: MappedDocument) -> None:
    dan = NamedNode(ID + "person/dan-franvarosson")
    assert subjects(mapped, SCHEMA.attendee, dan) == set()


# ------------------------------------------------------------------ items and statements


def test_agenda_item_keeps_string_number_integer_position_and_verbatim_title(mapped: MappedDocument) -> None:
    item = NamedNode(ID + "item/gr-kommunchefsgrupp-2024-03-15/2.1")
    assert one_literal(mapped, item, GK.number) == Literal("2.1")
    assert one_literal(mapped, item, SCHEMA.position) == Literal("2", datatype=XSD.integer)
    assert one_literal(mapped, item, DCT.title).value == "Kompetensförsörjning"
    assert objects(mapped, item, DCT.subject) == {
        NamedNode(ID + "topic/civilt-forsvar"),
        NamedNode(ID + "topic/samverkan"),
    }


def test_item_mentions_bodies_persons_and_municipalities(mapped: MappedDocument) -> None:
    item = NamedNode(ID + "item/gr-kommunchefsgrupp-2024-03-15/1")
    assert objects(mapped, item, SCHEMA.mentions) >= {
        NamedNode(ID + "org/msb"),
        NamedNode(ID + "person/eva-gast"),
        NamedNode(ID + "kommun/1480"),
    }


def test_decision_is_an_entity_generated_by_the_treatment(mapped: MappedDocument) -> None:
    (decision,) = subjects(mapped, RDF.type, GK.Decision)
    assert PROV.Entity in objects(mapped, decision, RDF.type)  # type: ignore[arg-type]
    assert one_literal(mapped, decision, RDF.value).value == "Beslut: Gruppen ställer sig bakom förslaget."  # type: ignore[arg-type]
    (treatment,) = objects(mapped, decision, PROV.wasGeneratedBy)  # type: ignore[arg-type]
    assert BESLUIT.BehandelingVanAgendapunt in objects(mapped, treatment, RDF.type)  # type: ignore[arg-type]


def test_follow_up_is_a_potential_action_with_an_agent(mapped: MappedDocument) -> None:
    actions = subjects(mapped, RDF.type, SCHEMA.Action)
    assert len(actions) == 2
    for act in actions:
        assert objects(mapped, act, SCHEMA.actionStatus) == {SCHEMA.PotentialActionStatus}  # type: ignore[arg-type]
    agents = {a for act in actions for a in objects(mapped, act, SCHEMA.agent)}  # type: ignore[arg-type]
    network = NamedNode(ID + "org/gr-kommunchefsgrupp")
    assert agents == {NamedNode(ID + "person/anna-exempel"), network}


def test_recorder_is_secretary_and_creator(mapped: MappedDocument) -> None:
    frida = NamedNode(ID + "person/frida-sekreterare")
    assert subjects(mapped, BESLUIT.heeftSecretaris, frida)
    assert subjects(mapped, DCT.creator, frida) == subjects(mapped, RDF.type, FOAF.Document)


def test_recorder_holds_the_post_of_the_network_named_by_the_role(mapped: MappedDocument) -> None:
    frida = NamedNode(ID + "person/frida-sekreterare")
    (post,) = objects(mapped, frida, ORG.holds)
    assert isinstance(post, NamedNode)
    assert objects(mapped, post, RDF.type) == {ORG.Post}
    assert objects(mapped, post, SKOS.prefLabel) == {Literal("Förbundssekreterare", language="sv")}
    assert objects(mapped, post, ORG.heldBy) == {frida}
    meeting = next(iter(subjects(mapped, BESLUIT.heeftSecretaris, frida)))
    assert objects(mapped, post, ORG.postIn) == objects(mapped, meeting, SCHEMA.organizer)  # type: ignore[arg-type]
    assert all(q in mapped.entities for q in union(mapped) if q.subject == post)  # shared across documents


def test_organisations_get_their_kind_class_and_written_forms(mapped: MappedDocument) -> None:
    msb = NamedNode(ID + "org/msb")
    assert {GK.NationalAgency, ORG.FormalOrganization} <= objects(mapped, msb, RDF.type)
    assert Literal("MSB", language="sv") in objects(mapped, msb, SKOS.altLabel)
    ale = NamedNode(ID + "kommun/1440")
    assert one_literal(mapped, ale, DCT.identifier).value == "1440"
    assert GK.Municipality in objects(mapped, ale, RDF.type)


# ------------------------------------------------------------------ provenance


def test_document_node_carries_file_name_hash_and_source(mapped: MappedDocument) -> None:
    (doc,) = subjects(mapped, RDF.type, FOAF.Document)
    assert one_literal(mapped, doc, DCT.title).value == "natverket-2024-03-15.txt"  # type: ignore[arg-type]
    assert one_literal(mapped, doc, GK.sha256).value == mapped.sha256  # type: ignore[arg-type]
    assert one_literal(mapped, doc, DCT.source).value.endswith("natverket-2024-03-15.txt")  # type: ignore[arg-type]


def test_extraction_run_is_an_activity_of_a_versioned_agent(mapped: MappedDocument) -> None:
    (run,) = subjects(mapped, RDF.type, PROV.Activity) - subjects(
        mapped, RDF.type, BESLUIT.BehandelingVanAgendapunt
    )
    (agent,) = objects(mapped, run, PROV.wasAssociatedWith)  # type: ignore[arg-type]
    assert PROV.SoftwareAgent in objects(mapped, agent, RDF.type)  # type: ignore[arg-type]
    assert one_literal(mapped, agent, SCHEMA.softwareVersion).value  # type: ignore[arg-type]


def test_every_mention_is_annotated(mapped: MappedDocument) -> None:
    bodies = {q.object for q in mapped.quads if q.predicate == OA.hasBody}
    for entity in (
        "person/eva-gast",
        "org/msb",
        "kommun/1480",
        "topic/civilt-forsvar",
        "person/frida-sekreterare",
    ):
        assert NamedNode(ID + entity) in bodies, entity
    values = {q.object for q in mapped.quads if q.predicate == OA.bodyValue}
    assert Literal("2024-04") in values  # the date mention


def test_every_annotation_cuts_its_exact_text_out_of_the_document(mapped: MappedDocument) -> None:
    text = sample_minutes().document.text
    by_subject: dict[object, dict[NamedNode, Literal]] = {}
    for q in mapped.quads:
        if isinstance(q.object, Literal):
            by_subject.setdefault(q.subject, {})[q.predicate] = q.object
    annotations = subjects(mapped, RDF.type, OA.Annotation)
    assert len(annotations) > 20
    for ann in annotations:
        pos = by_subject[NamedNode(ann.value + "#position")]  # type: ignore[union-attr]
        quote = by_subject[NamedNode(ann.value + "#quote")]  # type: ignore[union-attr]
        start, end = int(pos[OA.start].value), int(pos[OA.end].value)
        assert quote[OA.exact].value == text[start:end]
        assert text[:start].endswith(quote[OA.prefix].value)
        assert text[end:].startswith(quote[OA.suffix].value)
        assert len(quote[OA.prefix].value) <= CONTEXT_CHARS and len(quote[OA.suffix].value) <= CONTEXT_CHARS


def test_a_span_beyond_the_text_is_refused() -> None:
    m = sample_minutes()
    m.document.text = m.document.text[:50]
    with pytest.raises(ValueError, match="beyond the text"):
        map_minutes(m, lookup=no_registry)
