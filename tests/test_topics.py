"""The SKOS topic scheme (ontology/topics.ttl) and topic assignment on invented item texts."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
import rdflib
from rdflib.namespace import RDF, SKOS

from govkg.extract.topics import SCHEME_IRI, TOPIC_BASE, TopicScheme, assign_topics, label_pattern
from govkg.resources import ontology_dir

REFERENCE = Path(__file__).parent / "fixtures" / "reference" / "eurovoc_topics.csv"

REQUIRED = [
    "civilt-forsvar", "krisberedskap", "sakerhet", "kompetensforsorjning", "halso-och-sjukvardsavtal",
    "nara-vard", "digitalisering", "ai", "oppna-data", "dataskydd", "valfardsbrottslighet",
    "organiserad-brottslighet", "klimatanpassning", "energiforsorjning", "bostadsforsorjning",
    "kollektivtrafik", "valfardsteknik", "e-halsa", "socialtjanst", "aldreomsorg", "skola", "demografi",
    "regional-utveckling", "naringsliv", "besoksnaring", "arbetsmarknad", "samverkan",
    "politisk-organisation", "val-och-demokrati", "ekonomi-och-finansiering", "upphandling",
    "visselblasning", "informationssakerhet", "trygghet", "hot-och-vald", "miljo", "infrastruktur",
]  # fmt: skip


@pytest.fixture(scope="module")
def graph() -> rdflib.Graph:
    g = rdflib.Graph()
    g.parse(ontology_dir() / "topics.ttl", format="turtle")
    return g


def _concepts(g: rdflib.Graph) -> list[rdflib.URIRef]:
    return [c for c in g.subjects(RDF.type, SKOS.Concept) if isinstance(c, rdflib.URIRef)]


def test_scheme_has_enough_concepts_each_labelled_in_sv_and_en_and_in_the_scheme(graph: rdflib.Graph) -> None:
    scheme = rdflib.URIRef(SCHEME_IRI)
    assert (scheme, RDF.type, SKOS.ConceptScheme) in graph
    concepts = _concepts(graph)
    assert len(concepts) >= 45
    for c in concepts:
        assert str(c).startswith(TOPIC_BASE)
        assert (c, SKOS.inScheme, scheme) in graph, c
        langs = [lit.language for lit in graph.objects(c, SKOS.prefLabel) if isinstance(lit, rdflib.Literal)]
        assert sorted(langs) == ["en", "sv"], c
        assert all(
            lit.language == "sv" for lit in graph.objects(c, SKOS.altLabel) if isinstance(lit, rdflib.Literal)
        )


def test_required_concepts_exist(graph: rdflib.Graph) -> None:
    slugs = {str(c)[len(TOPIC_BASE) :] for c in _concepts(graph)}
    assert set(REQUIRED) <= slugs


def test_hierarchy_is_consistent(graph: rdflib.Graph) -> None:
    scheme = rdflib.URIRef(SCHEME_IRI)
    tops = set(graph.objects(scheme, SKOS.hasTopConcept))
    assert len(tops) >= 8
    for c in _concepts(graph):
        broader = set(graph.objects(c, SKOS.broader))
        assert (c in tops) == (not broader), c  # top concepts and only they have no broader concept
        for b in broader:
            assert (b, SKOS.narrower, c) in graph


def test_eurovoc_links_use_sourced_uris(graph: rdflib.Graph) -> None:
    with REFERENCE.open(encoding="utf-8", newline="") as fh:
        sourced = {row["eurovoc_uri"] for row in csv.DictReader(fh)}
    links = [o for p in (SKOS.exactMatch, SKOS.closeMatch) for o in graph.objects(None, p)]
    eurovoc = [str(o) for o in links if str(o).startswith("http://eurovoc.europa.eu/")]
    assert len(eurovoc) >= 15
    assert set(eurovoc) <= sourced
    assert all(
        str(o).startswith(("http://eurovoc.europa.eu/", "http://www.wikidata.org/entity/Q")) for o in links
    )


def test_loader_reads_the_same_scheme(graph: rdflib.Graph) -> None:
    scheme = TopicScheme.load()
    assert len(scheme.concepts) == len(_concepts(graph))
    assert scheme.concepts["civilt-forsvar"].pref_sv == "civilt försvar"
    assert "sakerhet-och-beredskap" in scheme.ancestors("civilt-forsvar")
    assert TopicScheme.load() is scheme  # parsed once


@pytest.mark.parametrize(
    ("label", "text", "found"),
    [
        (
            "kompetensförsörjning",
            "Hur kraftsamlar vi kring kompetensförsörjningen?",
            "kompetensförsörjningen",
        ),
        ("AI", "Nuläge för AI-uppdraget i regionen.", "AI"),
        ("AI", "Vi diskuterade detaljplaner.", None),
        ("civila försvaret", "Planering för det civila försvaret pågår.", "civila försvaret"),
        ("trygghet", "Trygghetsseminarier i höst.", "Trygghetsseminarier"),
        ("skola", "Eleverna i skolan väljer annat.", "skolan"),
        ("skola", "Kursen är skolad.", None),
        (
            "hälso- och sjukvårdsavtal",
            "Ett reviderat hälso- och sjukvårdsavtal för länet.",
            "hälso- och sjukvårdsavtal",
        ),
    ],
)
def test_label_matching_with_inflection(label: str, text: str, found: str | None) -> None:
    m = label_pattern(label).search(text)
    assert (m.group(0) if m else None) == found


def test_topics_of_an_invented_item() -> None:
    title = "Kompetensförsörjning inom äldreomsorgen"
    text = (
        f"5. {title}\n\nSocialcheferna diskuterar kompetensförsörjningen i hemtjänsten. "
        "Rekryteringen av undersköterskor är svår och äldreomsorgen behöver nya arbetssätt, "
        "bland annat välfärdsteknik.\n"
    )
    topics = assign_topics(title, text, offset=1000)
    slugs = [t.concept for t in topics]
    assert slugs[:2] == ["kompetensforsorjning", "aldreomsorg"]
    assert "valfardsteknik" in slugs
    assert "valfard" not in slugs  # broader concept, a narrower one matched
    for t in topics:
        assert t.evidence
        for q in t.evidence:
            assert text[q.span.start - 1000 : q.span.end - 1000] == q.text


def test_title_outweighs_the_body() -> None:
    title = "Visselblåsning"
    text = f"2. {title}\n\nEn ny funktion kräver budget. Budgeten räcker. Budgeten diskuteras.\n"
    assert assign_topics(title, text)[0].concept == "visselblasning"


def test_broader_concept_only_when_nothing_narrower_matched_as_strongly() -> None:
    only_broad = assign_topics("Säkerhet och beredskap", "Säkerhet och beredskap i kommunerna.")
    assert [t.concept for t in only_broad] == ["sakerhet-och-beredskap"]
    both_in_body = assign_topics("Övriga frågor", "Säkerhet och beredskap: civilt försvar i länet.")
    assert [t.concept for t in both_in_body] == ["civilt-forsvar"]
    narrow_title = assign_topics("Civilt försvar", "Civilt försvar\n\nOm säkerhet och beredskap i länet.")
    assert [t.concept for t in narrow_title] == ["civilt-forsvar"]
    # The item names the broader topic in its title; a passing narrower word does not hide it.
    broad_title = assign_topics("Krisberedskap", "Krisberedskap\n\nÄven skred nämndes.")
    assert [t.concept for t in broad_title] == ["krisberedskap", "naturolyckor"]


def test_at_most_five_topics_and_none_when_nothing_matches() -> None:
    text = (
        "Kollektivtrafik, bostadsförsörjning, energiförsörjning, klimatanpassning, visselblåsning, "
        "dataskydd, upphandling och demografi diskuterades."
    )
    assert len(assign_topics("Övriga frågor", text)) == 5
    assert assign_topics("Mötets öppnande", "Ordföranden hälsar välkommen.") == []


def test_labels_of_topic_refs_are_swedish_preflabels() -> None:
    (topic,) = assign_topics("Nuläge uppdrag AI", "Nuläge uppdrag AI")
    assert (topic.concept, topic.label) == ("ai", "AI")
