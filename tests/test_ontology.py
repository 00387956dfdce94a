"""The ontology is the source of truth: vocab.py agrees with govkg.ttl; every class written has a shape."""

from __future__ import annotations

import pytest
import rdflib
from pyoxigraph import RdfFormat, parse
from rdflib import namespace as rns

from govkg import vocab
from govkg.rdf.mapping import map_minutes
from govkg.rdf.orgs import gazetteer_lookup
from govkg.resources import ontology_dir
from govkg.vocab import GK, GK_NS, RDF
from tests.kg_fixtures import sample_minutes

SH = rdflib.Namespace("http://www.w3.org/ns/shacl#")


@pytest.fixture(scope="module")
def ontology() -> rdflib.Graph:
    return rdflib.Graph().parse(ontology_dir() / "govkg.ttl", format="turtle")


@pytest.fixture(scope="module")
def shapes() -> rdflib.Graph:
    return rdflib.Graph().parse(ontology_dir() / "shapes.ttl", format="turtle")


def declared_gk_terms(g: rdflib.Graph) -> set[str]:
    return {str(s) for s in g.subjects(rdflib.RDF.type, None) if str(s).startswith(GK_NS)}


def test_ontology_parses_in_pyoxigraph_too() -> None:
    assert len(list(parse(path=str(ontology_dir() / "govkg.ttl"), format=RdfFormat.TURTLE))) > 100


def test_every_vocab_term_is_declared_in_the_ontology(ontology: rdflib.Graph) -> None:
    in_python = {t.value for t in GK.terms().values()}
    assert in_python - declared_gk_terms(ontology) == set()


def test_every_ontology_term_is_in_vocab(ontology: rdflib.Graph) -> None:
    in_python = {t.value for t in GK.terms().values()}
    assert declared_gk_terms(ontology) - in_python == set()


@pytest.mark.parametrize("term", sorted(GK.terms()))
def test_term_has_swedish_and_english_label_and_comment(ontology: rdflib.Graph, term: str) -> None:
    node = rdflib.URIRef(GK_NS + term)
    for prop in (rdflib.RDFS.label, rdflib.RDFS.comment):
        langs = {o.language for o in ontology.objects(node, prop) if isinstance(o, rdflib.Literal)}
        assert {"sv", "en"} <= langs, f"gk:{term} lacks an @sv or @en {prop}"


def test_closed_namespace_rejects_unknown_terms() -> None:
    with pytest.raises(AttributeError):
        GK.Atendance  # type: ignore[attr-defined]  # noqa: B018


# rdflib's closed namespaces list the real terms of the vocabularies we reuse: a typo here fails.
REUSED = {
    "ORG": (vocab.ORG, "ORG"),
    "FOAF": (vocab.FOAF, "FOAF"),
    "DCT": (vocab.DCT, "DCTERMS"),
    "SKOS": (vocab.SKOS, "SKOS"),
    "PROV": (vocab.PROV, "PROV"),
    "TIME": (vocab.TIME, "TIME"),
    "VOID": (vocab.VOID, "VOID"),
    "DCAT": (vocab.DCAT, "DCAT"),
    "OWL": (vocab.OWL, "OWL"),
    "RDFS": (vocab.RDFS, "RDFS"),
}


@pytest.mark.parametrize("name", sorted(REUSED))
def test_reused_terms_exist_in_their_vocabulary(name: str) -> None:
    ours, theirs_name = REUSED[name]
    theirs = getattr(rns, theirs_name)
    for term, node in ours.terms().items():
        assert rdflib.URIRef(node.value) in theirs, f"{name}.{term}"


def test_schema_terms_exist_and_use_http() -> None:
    for term, node in vocab.SCHEMA.terms().items():
        assert node.value.startswith("http://schema.org/")
        # rdflib's schema.org namespace is https; the local names are the same
        assert rdflib.URIRef("https://schema.org/" + term) in rns.SDO, term


def test_every_class_the_mapping_writes_has_a_shape(shapes: rdflib.Graph) -> None:
    mapped = map_minutes(sample_minutes(), lookup=gazetteer_lookup())
    written = {q.object.value for q in mapped.quads if q.predicate == RDF.type}
    targeted = {str(o) for o in shapes.objects(None, SH.targetClass)}
    # a class is covered by its own shape, or by the shape of the ORG class it is always written with
    kinds = {
        GK_NS + k
        for k in (
            "Municipality",
            "CountyAdministrativeBoard",
            "Region",
            "NationalAgency",
            "Association",
            "MunicipalFederation",
            "Company",
            "Network",
            "Programme",
            "OtherOrganization",
        )
    }
    also_typed = {
        "http://schema.org/Event",
        "http://schema.org/DigitalDocument",
        "http://www.w3.org/ns/prov#Entity",
        "http://schema.org/Action",
    }
    assert written - targeted - kinds - also_typed == set()
