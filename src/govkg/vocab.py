"""vocab: ontology terms as pyoxigraph NamedNodes (the govkg namespace and the reused vocabularies).

Each namespace is a closed class: only the terms listed exist, so a typo is an AttributeError at
import time (mypy sees it too), as rdflib's DefinedNamespace does. ``tests/test_ontology.py`` keeps
``GK`` in step with ``ontology/govkg.ttl``.

>>> GK.Attendance.value
'https://w3id.org/govkg/def#Attendance'
"""

from __future__ import annotations

from typing import ClassVar, Final

from pyoxigraph import NamedNode

GK_NS: Final = "https://w3id.org/govkg/def#"
DEFAULT_BASE_IRI: Final = "https://w3id.org/govkg/id/"


class _Namespace:
    """Base of the closed namespace classes; ``terms()`` lists the declared NamedNodes."""

    NS: ClassVar[str] = ""

    @classmethod
    def terms(cls) -> dict[str, NamedNode]:
        return {k: v for k, v in vars(cls).items() if isinstance(v, NamedNode)}


def _t(ns: str, local: str) -> NamedNode:
    return NamedNode(ns + local)


class GK(_Namespace):
    NS = GK_NS
    # organisation kinds
    Municipality = _t(GK_NS, "Municipality")
    CountyAdministrativeBoard = _t(GK_NS, "CountyAdministrativeBoard")
    Region = _t(GK_NS, "Region")
    NationalAgency = _t(GK_NS, "NationalAgency")
    Association = _t(GK_NS, "Association")
    MunicipalFederation = _t(GK_NS, "MunicipalFederation")
    Company = _t(GK_NS, "Company")
    Network = _t(GK_NS, "Network")
    Programme = _t(GK_NS, "Programme")
    OtherOrganization = _t(GK_NS, "OtherOrganization")
    linked = _t(GK_NS, "linked")
    # attendance
    Attendance = _t(GK_NS, "Attendance")
    meeting = _t(GK_NS, "meeting")
    attendee = _t(GK_NS, "attendee")
    absentee = _t(GK_NS, "absentee")
    status = _t(GK_NS, "status")
    remote = _t(GK_NS, "remote")
    itemsAttended = _t(GK_NS, "itemsAttended")
    role = _t(GK_NS, "role")
    note = _t(GK_NS, "note")
    attendanceStatusScheme = _t(GK_NS, "attendanceStatusScheme")
    present = _t(GK_NS, "present")
    absent = _t(GK_NS, "absent")
    partial = _t(GK_NS, "partial")
    remoteAttendance = _t(GK_NS, "remoteAttendance")
    # meetings, items, statements
    number = _t(GK_NS, "number")
    subheading = _t(GK_NS, "subheading")
    datePrecision = _t(GK_NS, "datePrecision")
    dateSource = _t(GK_NS, "dateSource")
    dateConfidence = _t(GK_NS, "dateConfidence")
    dateEvidence = _t(GK_NS, "dateEvidence")
    Decision = _t(GK_NS, "Decision")
    FollowUp = _t(GK_NS, "FollowUp")
    cue = _t(GK_NS, "cue")
    roleInItem = _t(GK_NS, "roleInItem")
    takenUpAt = _t(GK_NS, "takenUpAt")  # derived: the first later meeting that took a follow-up up
    # documents
    sha256 = _t(GK_NS, "sha256")
    graphHash = _t(GK_NS, "graphHash")
    graph = _t(GK_NS, "graph")
    # derived
    CoAttendance = _t(GK_NS, "CoAttendance")
    coAttendee = _t(GK_NS, "coAttendee")
    TopicCoOccurrence = _t(GK_NS, "TopicCoOccurrence")
    coTopic = _t(GK_NS, "coTopic")
    agendaItem = _t(GK_NS, "agendaItem")
    weight = _t(GK_NS, "weight")
    AttendanceTally = _t(GK_NS, "AttendanceTally")  # derived: attendance counts of one organisation
    tallyOf = _t(GK_NS, "tallyOf")
    year = _t(GK_NS, "year")
    meetingsListed = _t(GK_NS, "meetingsListed")
    meetingsPresent = _t(GK_NS, "meetingsPresent")
    meetingsAttended = _t(GK_NS, "meetingsAttended")
    personsAttended = _t(GK_NS, "personsAttended")
    attendancesPresent = _t(GK_NS, "attendancesPresent")
    TopicTally = _t(GK_NS, "TopicTally")  # derived: agenda items and meetings about one topic
    period = _t(GK_NS, "period")
    itemCount = _t(GK_NS, "itemCount")
    meetingCount = _t(GK_NS, "meetingCount")
    firstDate = _t(GK_NS, "firstDate")
    lastDate = _t(GK_NS, "lastDate")


_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_RDFS = "http://www.w3.org/2000/01/rdf-schema#"
_XSD = "http://www.w3.org/2001/XMLSchema#"


class RDF(_Namespace):
    NS = _RDF
    type = _t(_RDF, "type")
    value = _t(_RDF, "value")


class RDFS(_Namespace):
    NS = _RDFS
    label = _t(_RDFS, "label")
    comment = _t(_RDFS, "comment")
    seeAlso = _t(_RDFS, "seeAlso")


class XSD(_Namespace):
    NS = _XSD
    string = _t(_XSD, "string")
    boolean = _t(_XSD, "boolean")
    integer = _t(_XSD, "integer")
    decimal = _t(_XSD, "decimal")
    date = _t(_XSD, "date")
    gYearMonth = _t(_XSD, "gYearMonth")
    gYear = _t(_XSD, "gYear")
    anyURI = _t(_XSD, "anyURI")


_OWL = "http://www.w3.org/2002/07/owl#"


class OWL(_Namespace):
    NS = _OWL
    sameAs = _t(_OWL, "sameAs")


_ORG = "http://www.w3.org/ns/org#"


class ORG(_Namespace):
    NS = _ORG
    Organization = _t(_ORG, "Organization")
    FormalOrganization = _t(_ORG, "FormalOrganization")
    OrganizationalUnit = _t(_ORG, "OrganizationalUnit")
    Membership = _t(_ORG, "Membership")
    Post = _t(_ORG, "Post")
    unitOf = _t(_ORG, "unitOf")
    member = _t(_ORG, "member")
    organization = _t(_ORG, "organization")
    memberDuring = _t(_ORG, "memberDuring")
    holds = _t(_ORG, "holds")
    heldBy = _t(_ORG, "heldBy")
    postIn = _t(_ORG, "postIn")
    role = _t(_ORG, "role")


_SCHEMA = "http://schema.org/"


class SCHEMA(_Namespace):
    NS = _SCHEMA
    Event = _t(_SCHEMA, "Event")
    DigitalDocument = _t(_SCHEMA, "DigitalDocument")
    Action = _t(_SCHEMA, "Action")
    PotentialActionStatus = _t(_SCHEMA, "PotentialActionStatus")
    organizer = _t(_SCHEMA, "organizer")
    startDate = _t(_SCHEMA, "startDate")
    attendee = _t(_SCHEMA, "attendee")
    location = _t(_SCHEMA, "location")
    position = _t(_SCHEMA, "position")
    mentions = _t(_SCHEMA, "mentions")
    agent = _t(_SCHEMA, "agent")
    actionStatus = _t(_SCHEMA, "actionStatus")
    description = _t(_SCHEMA, "description")
    softwareVersion = _t(_SCHEMA, "softwareVersion")
    encodingFormat = _t(_SCHEMA, "encodingFormat")
    url = _t(_SCHEMA, "url")
    AdministrativeArea = _t(_SCHEMA, "AdministrativeArea")
    containedInPlace = _t(_SCHEMA, "containedInPlace")
    areaServed = _t(_SCHEMA, "areaServed")


_FOAF = "http://xmlns.com/foaf/0.1/"


class FOAF(_Namespace):
    NS = _FOAF
    Person = _t(_FOAF, "Person")
    Document = _t(_FOAF, "Document")
    name = _t(_FOAF, "name")


_DCT = "http://purl.org/dc/terms/"


class DCT(_Namespace):
    NS = _DCT
    title = _t(_DCT, "title")
    description = _t(_DCT, "description")
    identifier = _t(_DCT, "identifier")
    subject = _t(_DCT, "subject")
    creator = _t(_DCT, "creator")
    source = _t(_DCT, "source")
    isPartOf = _t(_DCT, "isPartOf")
    license = _t(_DCT, "license")
    publisher = _t(_DCT, "publisher")
    references = _t(_DCT, "references")
    format = _t(_DCT, "format")
    conformsTo = _t(_DCT, "conformsTo")
    Location = _t(_DCT, "Location")


_SKOS = "http://www.w3.org/2004/02/skos/core#"


class SKOS(_Namespace):
    NS = _SKOS
    Concept = _t(_SKOS, "Concept")
    prefLabel = _t(_SKOS, "prefLabel")
    altLabel = _t(_SKOS, "altLabel")
    notation = _t(_SKOS, "notation")
    exactMatch = _t(_SKOS, "exactMatch")
    closeMatch = _t(_SKOS, "closeMatch")


_ADMS = "http://www.w3.org/ns/adms#"


class ADMS(_Namespace):
    NS = _ADMS
    Identifier = _t(_ADMS, "Identifier")
    identifier = _t(_ADMS, "identifier")
    schemeAgency = _t(_ADMS, "schemeAgency")


_PROV = "http://www.w3.org/ns/prov#"


class PROV(_Namespace):
    NS = _PROV
    Entity = _t(_PROV, "Entity")
    Activity = _t(_PROV, "Activity")
    SoftwareAgent = _t(_PROV, "SoftwareAgent")
    wasGeneratedBy = _t(_PROV, "wasGeneratedBy")
    wasDerivedFrom = _t(_PROV, "wasDerivedFrom")
    wasAssociatedWith = _t(_PROV, "wasAssociatedWith")
    used = _t(_PROV, "used")
    generated = _t(_PROV, "generated")


_TIME = "http://www.w3.org/2006/time#"


class TIME(_Namespace):
    NS = _TIME
    Interval = _t(_TIME, "Interval")
    Instant = _t(_TIME, "Instant")
    hasBeginning = _t(_TIME, "hasBeginning")
    hasEnd = _t(_TIME, "hasEnd")
    inXSDDate = _t(_TIME, "inXSDDate")
    inXSDgYearMonth = _t(_TIME, "inXSDgYearMonth")
    inXSDgYear = _t(_TIME, "inXSDgYear")


_OA = "http://www.w3.org/ns/oa#"


class OA(_Namespace):
    NS = _OA
    Annotation = _t(_OA, "Annotation")
    SpecificResource = _t(_OA, "SpecificResource")
    TextPositionSelector = _t(_OA, "TextPositionSelector")
    TextQuoteSelector = _t(_OA, "TextQuoteSelector")
    hasBody = _t(_OA, "hasBody")
    bodyValue = _t(_OA, "bodyValue")
    hasTarget = _t(_OA, "hasTarget")
    hasSource = _t(_OA, "hasSource")
    hasSelector = _t(_OA, "hasSelector")
    motivatedBy = _t(_OA, "motivatedBy")
    start = _t(_OA, "start")
    end = _t(_OA, "end")
    exact = _t(_OA, "exact")
    prefix = _t(_OA, "prefix")
    suffix = _t(_OA, "suffix")
    identifying = _t(_OA, "identifying")
    describing = _t(_OA, "describing")
    classifying = _t(_OA, "classifying")
    tagging = _t(_OA, "tagging")
    linking = _t(_OA, "linking")


_OPENGOV = "http://www.w3.org/ns/opengov#"


class OPENGOV(_Namespace):
    NS = _OPENGOV
    onBehalfOf = _t(_OPENGOV, "onBehalfOf")


_BESLUIT = "http://data.vlaanderen.be/ns/besluit#"


class BESLUIT(_Namespace):
    NS = _BESLUIT
    Zitting = _t(_BESLUIT, "Zitting")
    Agendapunt = _t(_BESLUIT, "Agendapunt")
    BehandelingVanAgendapunt = _t(_BESLUIT, "BehandelingVanAgendapunt")
    behandelt = _t(_BESLUIT, "behandelt")
    heeftAanwezigeBijStart = _t(_BESLUIT, "heeftAanwezigeBijStart")
    heeftSecretaris = _t(_BESLUIT, "heeftSecretaris")
    heeftNotulen = _t(_BESLUIT, "heeftNotulen")


_VOID = "http://rdfs.org/ns/void#"


class VOID(_Namespace):
    NS = _VOID
    Dataset = _t(_VOID, "Dataset")
    triples = _t(_VOID, "triples")
    entities = _t(_VOID, "entities")
    subset = _t(_VOID, "subset")
    vocabulary = _t(_VOID, "vocabulary")
    sparqlEndpoint = _t(_VOID, "sparqlEndpoint")


_DCAT = "http://www.w3.org/ns/dcat#"


class DCAT(_Namespace):
    NS = _DCAT
    Dataset = _t(_DCAT, "Dataset")


PREFIXES: Final[dict[str, str]] = {
    "gk": GK_NS,
    "rdf": _RDF,
    "rdfs": _RDFS,
    "xsd": _XSD,
    "owl": _OWL,
    "org": _ORG,
    "schema": _SCHEMA,
    "foaf": _FOAF,
    "dct": _DCT,
    "skos": _SKOS,
    "prov": _PROV,
    "time": _TIME,
    "oa": _OA,
    "opengov": _OPENGOV,
    "besluit": _BESLUIT,
    "void": _VOID,
    "dcat": _DCAT,
    "adms": _ADMS,
}
