"""link.registry: municipalities and bodies in the graph + shipped registry tables → the registry quads.

For every municipality (``kommun/<SCB code>``) and gazetteer body (``org/<id>``) present in the
store, the named graph ``graph/registry`` says what the public registries call it:

- ``owl:sameAs`` its Wikidata item (``http://www.wikidata.org/entity/Q…``), when it has one;
- ``dct:identifier`` the SCB municipality code, a plain string ("0114": a code, not a number, so
  the leading zero stays; the same literal the mapping writes);
- ``adms:identifier`` an ``adms:Identifier`` with ``skos:notation`` the organisation number
  ("212000-1355") and ``adms:schemeAgency`` the agency that assigns it: SCB for the public sector
  (numbers starting with 2: state, regions, municipalities, federations; scb.se, "Ansökan om
  organisationsnummer"), Bolagsverket for companies (5…); none is claimed for other groups.
  The identifier node is a blank node with a label derived from the number, so the graph hashes
  the same on every build;
- ``rdfs:seeAlso`` the municipality's resource in Kolada's API v3
  (``https://api.kolada.se/v3/municipality/<SCB code>``; Kolada's municipality id is the SCB code;
  v3 replaces the v2 API at ``http://api.kolada.se/v2/…``, and Kolada has no stable HTML page per
  municipality);
- ``schema:containedInPlace`` its county, itself described here: ``org/lan-<county code>``, a
  ``schema:AdministrativeArea`` and ``dct:Location`` with its name, code and Wikidata item; a
  county administrative board in the graph gets ``schema:areaServed`` its county.

Topics need nothing here: their ``skos:exactMatch``/``closeMatch`` to EuroVoc live in
``ontology/topics.ttl``, which the build loads into ``graph/topics``.

>>> from govkg.rdf.iris import Iris
>>> iris = Iris("https://example.org/id/")
>>> quads = registry_quads([iris.municipality("1480")], iris)
>>> sorted(q.object.value for q in quads if q.predicate.value.endswith("seeAlso"))
['https://api.kolada.se/v3/municipality/1480']
"""

from __future__ import annotations

import csv
import functools
from collections.abc import Iterable
from dataclasses import dataclass

from pyoxigraph import BlankNode, NamedNode, Quad

from govkg.errors import GazetteerError
from govkg.gazetteer import Gazetteer, Municipality, Organisation
from govkg.link.terms import WD
from govkg.rdf.iris import Iris
from govkg.rdf.orgs import KIND_CLASSES
from govkg.rdf.quads import QuadSink, text
from govkg.resources import data_dir
from govkg.store import KnowledgeStore, LoadStatus
from govkg.vocab import ADMS, DCT, GK, ORG, OWL, RDF, RDFS, SCHEMA, SKOS

REGISTRY_GRAPH_KEY = "registry"
KOLADA_MUNICIPALITY = "https://api.kolada.se/v3/municipality/{code}"
# First digit of an organisation number → the agency that assigns numbers of that group.
_SCHEME_AGENCY = {"2": "Statistiska centralbyrån", "5": "Bolagsverket"}


@dataclass(frozen=True, slots=True)
class County:
    code: str
    name: str
    wikidata: str | None


@dataclass(frozen=True, slots=True)
class Registry:
    """The shipped registry tables: the gazetteer (municipalities, bodies) and the counties."""

    gazetteer: Gazetteer
    counties: dict[str, County]

    @classmethod
    def load(cls) -> Registry:
        return _load_registry()


@functools.lru_cache(maxsize=1)
def _load_registry() -> Registry:
    path = data_dir() / "counties.csv"
    try:
        with path.open(encoding="utf-8", newline="") as f:
            counties = {
                r["county_code"]: County(r["county_code"], r["county_name"], r["wikidata_qid"] or None)
                for r in csv.DictReader(f)
            }
    except OSError as exc:
        raise GazetteerError(f"cannot read counties.csv: {exc}", source=str(path)) from exc
    except KeyError as exc:
        raise GazetteerError(f"counties.csv lacks column {exc}", source=str(path)) from exc
    return Registry(Gazetteer.load(), counties)


def registry_graph(iris: Iris) -> NamedNode:
    """``<base>graph/registry``: the static registry links."""
    return iris.graph(REGISTRY_GRAPH_KEY)


def county_node(iris: Iris, code: str) -> NamedNode:
    """A county (län) as a place: ``<base>org/lan-<code>``, minted by Iris.org."""
    return iris.org(f"lan-{code}")


def kolada_iri(scb_code: str) -> NamedNode:
    return NamedNode(KOLADA_MUNICIPALITY.format(code=scb_code))


def scheme_agency(org_number: str) -> str | None:
    """Who assigns organisation numbers of this group: "212000-1355" → "Statistiska centralbyrån"."""
    return _SCHEME_AGENCY.get(org_number[:1])


def _organisation_classes() -> list[NamedNode]:
    return [*dict.fromkeys([*KIND_CLASSES.values(), ORG.OrganizationalUnit, ORG.Organization])]


def linked_entities(kg: KnowledgeStore) -> list[NamedNode]:
    """Municipalities and organisations typed anywhere in the store, outside the registry graphs."""
    iris = kg.iris
    prefixes = (iris.base + "kommun/", iris.base + "org/")
    own = registry_graph(iris)
    found: dict[str, NamedNode] = {}
    for cls in (GK.Municipality, *_organisation_classes()):
        for q in kg.store.quads_for_pattern(None, RDF.type, cls, None):
            s = q.subject
            if isinstance(s, NamedNode) and s.value.startswith(prefixes) and q.graph_name != own:
                found[s.value] = s
    return [found[k] for k in sorted(found)]


class _Linker:
    def __init__(self, iris: Iris, registry: Registry) -> None:
        self.iris = iris
        self.registry = registry
        self.sink = QuadSink(registry_graph(iris))
        self.orgs = {iris.org(o.id).value: o for o in registry.gazetteer.organisations}

    def entity(self, node: NamedNode) -> None:
        code = self.iris.local(node, "kommun")
        if code is not None:
            m = self.registry.gazetteer.municipality_by_code(code)
            if m is not None:
                self.municipality(node, m)
            return
        org = self.orgs.get(node.value)
        if org is not None:
            self.organisation(node, org)

    def same_as(self, node: NamedNode, qid: str | None) -> None:
        if qid:
            self.sink.add(node, OWL.sameAs, WD.item(qid))

    def org_number(self, node: NamedNode, number: str | None) -> None:
        if not number:
            return
        ident = BlankNode(f"orgnr-{''.join(c for c in number if c.isdigit())}")
        s = self.sink
        s.add(node, ADMS.identifier, ident)
        s.add(ident, RDF.type, ADMS.Identifier)
        s.add(ident, SKOS.notation, text(number))
        agency = scheme_agency(number)
        if agency:
            s.add(ident, ADMS.schemeAgency, text(agency))

    def county(self, code: str) -> NamedNode | None:
        c = self.registry.counties.get(code)
        if c is None:
            return None
        node = county_node(self.iris, code)
        s = self.sink
        s.add(node, RDF.type, SCHEMA.AdministrativeArea)
        s.add(node, RDF.type, DCT.Location)
        s.add(node, SKOS.prefLabel, text(c.name, "sv"))
        s.add(node, DCT.identifier, text(c.code))
        self.same_as(node, c.wikidata)
        return node

    def municipality(self, node: NamedNode, m: Municipality) -> None:
        self.same_as(node, m.wikidata)
        self.sink.add(node, DCT.identifier, text(m.scb_code))
        self.org_number(node, m.org_number)
        self.sink.add(node, RDFS.seeAlso, kolada_iri(m.scb_code))
        county = self.county(m.county_code)
        if county is not None:
            self.sink.add(node, SCHEMA.containedInPlace, county)

    def organisation(self, node: NamedNode, org: Organisation) -> None:
        self.same_as(node, org.wikidata)
        self.org_number(node, org.org_number)
        if org.kind == "county_administrative_board" and org.id.startswith("lansstyrelsen-"):
            county = self.county(org.id.removeprefix("lansstyrelsen-"))
            if county is not None:
                self.sink.add(node, SCHEMA.areaServed, county)


def registry_quads(
    source: KnowledgeStore | Iterable[NamedNode],
    iris: Iris | None = None,
    *,
    registry: Registry | None = None,
) -> list[Quad]:
    """The quads of ``graph/registry`` for the entities in a store (or the IRIs given).

    IRIs that are neither a known municipality nor a gazetteer body are passed over.
    """
    if isinstance(source, KnowledgeStore):
        iris = iris or source.iris
        entities: Iterable[NamedNode] = linked_entities(source)
    else:
        entities = source
    linker = _Linker(iris or Iris(), registry or Registry.load())
    for node in entities:
        linker.entity(node)
    return linker.sink.quads()


def write_registry(kg: KnowledgeStore, *, registry: Registry | None = None) -> LoadStatus:
    """(Re)write ``graph/registry`` for what the store holds now, in one transaction."""
    return kg.load_graph(registry_graph(kg.iris), registry_quads(kg, registry=registry))
