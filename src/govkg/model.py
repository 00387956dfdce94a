"""model: the dataclasses every stage passes on (Document → Minutes → mentions).

Offsets (``Span``) count Unicode code points of ``Document.text``, the decoded source text, as
W3C Web Annotation's TextPositionSelector counts them: ``doc.text[span.start:span.end]`` is the
text as written.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Status = Literal["present", "absent"]


@dataclass(frozen=True, slots=True)
class Span:
    """Half-open range of code points in the source text."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span {self.start}..{self.end}")


@dataclass(frozen=True, slots=True)
class Quote:
    """A string as extracted (whitespace-normalised) and where it stands in the source."""

    text: str
    span: Span


@dataclass(slots=True)
class Document:
    """A minutes file, decoded. ``text`` is what spans point into."""

    path: str
    name: str  # file name without its suffix: the "document" key of the extraction JSON
    filename: str
    text: str
    sha256: str  # of the raw bytes of the file
    media_type: str
    encoding: str
    warnings: list[str] = field(default_factory=list)
    # Meeting metadata given outside the running text: front matter, a sidecar file, CLI options.
    metadata: dict[str, str] = field(default_factory=dict)


@dataclass(slots=True)
class Attendee:
    name: Quote
    status: Status
    affiliation: Quote | None = None
    affiliation_canonical: str | None = None  # municipality short name or organisation full name
    org_id: str | None = None  # gazetteer id of the affiliation, when it is known
    role: Quote | None = None
    note: Quote | None = None  # "(p1)", "(digitalt p 1)"
    items_attended: list[int] | None = None
    remote: bool = False
    line: Span | None = None
    canonical_name: str | None = None
    person_id: str | None = None  # stable slug across documents, set by resolve


@dataclass(slots=True)
class Recorder:
    name: Quote
    role: Quote | None = None
    canonical_name: str | None = None
    person_id: str | None = None


@dataclass(slots=True)
class PersonMention:
    name: Quote
    affiliation: Quote | None = None
    affiliation_canonical: str | None = None
    role_in_item: str | None = None
    canonical_name: str | None = None
    person_id: str | None = None


@dataclass(slots=True)
class OrgMention:
    surface: Quote
    canonical: str
    kind: str  # municipality | county_administrative_board | region | national_agency | association |
    # municipal_federation | company | network | programme | other
    org_id: str | None = None  # gazetteer id; None when found by pattern only (not linked)
    other_surfaces: list[Quote] = field(default_factory=list)


@dataclass(slots=True)
class MunicipalityMention:
    name: str  # short name, "Göteborg"
    surface: Quote
    scb_code: str | None = None


@dataclass(slots=True)
class DateMention:
    surface: Quote
    iso: str  # YYYY-MM-DD | YYYY-MM | YYYY | start/end
    granularity: str  # day | month | year | season | range
    year_inferred: bool = False


@dataclass(slots=True)
class Statement:
    """A decision or a follow-up: one whole sentence, found by its cue."""

    text: Quote
    cue: str
    agent: str | None = None
    agent_id: str | None = None


@dataclass(slots=True)
class TopicRef:
    concept: str  # local id of the skos:Concept in ontology/topics.ttl
    label: str  # its Swedish prefLabel
    evidence: list[Quote] = field(default_factory=list)


@dataclass(slots=True)
class Block:
    """A paragraph, bullet or subheading of an item body."""

    kind: Literal["paragraph", "bullet", "subheading"]
    text: Quote


@dataclass(slots=True)
class Item:
    number: str  # as numbered in the text, without punctuation: "2", "2.1", "12"
    position: int  # 1-based order in the document
    title: Quote
    heading: Span  # the whole heading line
    span: Span  # from the heading to the next heading or the recorder block
    subheadings: list[Quote] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)
    persons_mentioned: list[PersonMention] = field(default_factory=list)
    organisations_mentioned: list[OrgMention] = field(default_factory=list)
    municipalities_mentioned: list[MunicipalityMention] = field(default_factory=list)
    topics: list[TopicRef] = field(default_factory=list)
    decisions: list[Statement] = field(default_factory=list)
    follow_ups: list[Statement] = field(default_factory=list)
    dates_mentioned: list[DateMention] = field(default_factory=list)
    urls: list[Quote] = field(default_factory=list)


@dataclass(slots=True)
class Meeting:
    body: str | None = None
    date: str | None = None  # ISO: YYYY-MM-DD, YYYY-MM or YYYY
    date_precision: str | None = None  # day | month | year
    date_source: str | None = None  # header | front-matter | sidecar | option | estimate
    date_confidence: float | None = None
    date_evidence: list[Quote] = field(default_factory=list)
    place: str | None = None
    title: Quote | None = None  # "Anteckningar", "Protokoll"...


@dataclass(slots=True)
class Minutes:
    """The structure of one minutes document, and later its mentions."""

    document: Document
    meeting: Meeting = field(default_factory=Meeting)
    present: list[Attendee] = field(default_factory=list)
    absent: list[Attendee] = field(default_factory=list)
    recorded_by: Recorder | None = None
    items: list[Item] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # Attendance lists that name organisations only ("Närvarande: Bolagsverket, Digg").
    organisations_present: list[OrgMention] = field(default_factory=list)
    # Source ranges that are no content (page furniture, a reply's quote markers), which stages
    # reading the source text itself should skip (``govkg.normalise.blank_out``).
    no_content: list[Span] = field(default_factory=list)

    @property
    def attendees(self) -> list[Attendee]:
        return [*self.present, *self.absent]
