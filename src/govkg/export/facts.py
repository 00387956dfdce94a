"""export.facts: the store → the facts every projection draws on (nodes with attributes, edge rows).

The store is read once, by the fixed SELECTs of ``queries/export/``; the projections then only
rearrange these rows in Python. Node attributes follow one scheme for every projection:
``kind`` (person, municipality, organisation, network, meeting, topic), ``label``,
``municipality``, ``first_seen``/``last_seen`` (ISO dates of the meetings an entity was seen at),
``scb_code``, ``wikidata`` (QID) and ``iri``. Missing values are left out, never empty strings.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from pyoxigraph import Store

from govkg.export.sparql import Row, select
from govkg.vocab import GK, ORG

NodeAttrs = dict[str, Any]
_QID = re.compile(r"^https?://(?:www\.)?wikidata\.org/(?:entity|wiki)/(Q\d+)$")
_LABEL_LANGS = ("sv", "", "en")  # preferred label language, best first

KIND_PERSON = "person"
KIND_MUNICIPALITY = "municipality"
KIND_ORGANISATION = "organisation"
KIND_NETWORK = "network"
KIND_MEETING = "meeting"
KIND_TOPIC = "topic"
KINDS = (KIND_PERSON, KIND_MUNICIPALITY, KIND_ORGANISATION, KIND_NETWORK, KIND_MEETING, KIND_TOPIC)


@dataclass(frozen=True, slots=True)
class Quote:
    """One source quote about an entity: the exact words with a little context around them."""

    exact: str
    prefix: str = ""
    suffix: str = ""
    meeting: str | None = None

    def sentence(self) -> str:
        """The quote within its line: context up to the nearest line break on either side."""
        before = self.prefix.rsplit("\n", 1)[-1]
        after = self.suffix.split("\n", 1)[0]
        return " ".join(f"{before}{self.exact}{after}".split())


@dataclass(slots=True)
class Facts:
    """What the projections are made of. ``nodes`` maps an IRI to its attributes."""

    nodes: dict[str, NodeAttrs] = field(default_factory=dict)
    attendance: list[Row] = field(default_factory=list)
    meeting_topics: dict[str, set[str]] = field(default_factory=dict)
    org_topic: list[Row] = field(default_factory=list)
    coattendance: list[Row] = field(default_factory=list)
    topic_cooccurrence: list[Row] = field(default_factory=list)
    person_names: dict[str, set[str]] = field(default_factory=dict)
    _store: Store | None = None
    _sources: dict[str, list[Quote]] | None = None

    def node(self, iri: str) -> NodeAttrs:
        """The attributes of a node (a minimal set for an IRI the facts do not describe)."""
        return dict(self.nodes.get(iri) or {"kind": KIND_ORGANISATION, "label": iri, "iri": iri})

    def sources(self) -> dict[str, list[Quote]]:
        """Quotes per entity IRI (read on first use: only the explorer needs them)."""
        if self._sources is None:
            self._sources = _read_sources(self._store) if self._store is not None else {}
        return self._sources

    def all_person_names(self) -> set[str]:
        return {n for names in self.person_names.values() for n in names}


def _kind_of_org(types: set[str]) -> str:
    if GK.Municipality.value in types:
        return KIND_MUNICIPALITY
    if GK.Network.value in types or ORG.OrganizationalUnit.value in types:
        return KIND_NETWORK
    return KIND_ORGANISATION


def _seen(attrs: NodeAttrs, date: str | None) -> None:
    if not date:
        return
    if "first_seen" not in attrs or date < attrs["first_seen"]:
        attrs["first_seen"] = date
    if "last_seen" not in attrs or date > attrs["last_seen"]:
        attrs["last_seen"] = date


def _best_label(labels: dict[str, str], fallback: str) -> str:
    for lang in _LABEL_LANGS:
        if lang in labels:
            return labels[lang]
    return next(iter(sorted(labels.values())), fallback)


def _organisations(store: Store, nodes: dict[str, NodeAttrs]) -> None:
    types: dict[str, set[str]] = defaultdict(set)
    info: dict[str, NodeAttrs] = defaultdict(dict)
    for r in select(store, "organisations"):
        org = r["org"] or ""
        types[org].add(r["type"] or "")
        if r["label"]:
            info[org].setdefault("label", r["label"])
        if r["code"]:
            info[org].setdefault("code", r["code"])
        if r["same"] and (m := _QID.match(r["same"])):
            info[org].setdefault("wikidata", m.group(1))
    for org, ts in types.items():
        kind = _kind_of_org(ts)
        attrs: NodeAttrs = {"kind": kind, "label": info[org].get("label", org), "iri": org}
        if kind == KIND_MUNICIPALITY:
            attrs["municipality"] = attrs["label"]
            if "code" in info[org]:
                attrs["scb_code"] = info[org]["code"]
        if "wikidata" in info[org]:
            attrs["wikidata"] = info[org]["wikidata"]
        nodes[org] = attrs


def _topics(store: Store, nodes: dict[str, NodeAttrs]) -> None:
    labels: dict[str, dict[str, str]] = defaultdict(dict)
    matches: dict[str, str] = {}
    for r in select(store, "topics"):
        topic = r["topic"] or ""
        labels[topic]
        if r["label"] is not None:
            labels[topic].setdefault(r["lang"] or "", r["label"])
        if r["match"] and (m := _QID.match(r["match"])):
            matches.setdefault(topic, m.group(1))
    for topic, by_lang in labels.items():
        attrs: NodeAttrs = {"kind": KIND_TOPIC, "label": _best_label(by_lang, topic), "iri": topic}
        if topic in matches:
            attrs["wikidata"] = matches[topic]
        nodes[topic] = attrs


def _meetings(store: Store, facts: Facts) -> None:
    for r in select(store, "meetings"):
        meeting = r["meeting"] or ""
        attrs = facts.nodes.setdefault(
            meeting, {"kind": KIND_MEETING, "label": r["label"] or meeting, "iri": meeting}
        )
        _seen(attrs, r["date"])
        topics = facts.meeting_topics.setdefault(meeting, set())
        if r["topic"]:
            topics.add(r["topic"])
            _seen(facts.nodes.setdefault(r["topic"], facts.node(r["topic"])), r["date"])


def _persons(store: Store, facts: Facts) -> None:
    for r in select(store, "persons"):
        facts.person_names.setdefault(r["person"] or "", set()).add(r["name"] or "")
    orgs: dict[str, Counter[str]] = defaultdict(Counter)
    roles: dict[str, Counter[str]] = defaultdict(Counter)
    for r in facts.attendance:
        person = r["person"] or ""
        names = sorted(facts.person_names.get(person, set()))
        label = r["name"] or (names[0] if names else person)
        attrs = facts.nodes.setdefault(person, {"kind": KIND_PERSON, "label": label, "iri": person})
        _seen(attrs, r["date"])
        if r["org"]:
            orgs[person][r["org"]] += 1
            _seen(facts.nodes.setdefault(r["org"], facts.node(r["org"])), r["date"])
        if r["role"]:
            roles[person][r["role"]] += 1
    for person, counts in orgs.items():
        # a municipality they represent beats another organisation; then the most frequent
        ranked = sorted(
            counts.items(),
            key=lambda kv: (facts.node(kv[0])["kind"] != KIND_MUNICIPALITY, -kv[1], kv[0]),
        )
        facts.nodes[person]["municipality"] = facts.node(ranked[0][0])["label"]
    for person, counts in roles.items():
        facts.nodes[person]["role"] = counts.most_common(1)[0][0]


def read_facts(store: Store) -> Facts:
    """Read the facts of the projections from a pyoxigraph store (all named graphs)."""
    facts = Facts(_store=store)
    _organisations(store, facts.nodes)
    _topics(store, facts.nodes)
    _meetings(store, facts)
    facts.attendance = select(store, "attendance")
    _persons(store, facts)
    facts.org_topic = select(store, "organisation_topic")
    for r in facts.org_topic:
        _seen(facts.nodes.setdefault(r["org"] or "", facts.node(r["org"] or "")), r["date"])
    facts.coattendance = select(store, "coattendance")
    facts.topic_cooccurrence = select(store, "topic_cooccurrence")
    return facts


def _read_sources(store: Store) -> dict[str, list[Quote]]:
    out: dict[str, list[Quote]] = defaultdict(list)
    seen: set[tuple[str, str, str]] = set()
    for r in select(store, "sources"):
        entity, exact = r["entity"] or "", r["exact"] or ""
        quote = Quote(exact, r["prefix"] or "", r["suffix"] or "", r["meeting"])
        key = (entity, quote.sentence(), r["meeting"] or "")
        if key in seen:
            continue
        seen.add(key)
        out[entity].append(quote)
    for quotes in out.values():
        quotes.sort(key=lambda q: (q.meeting or "", q.sentence()))
    return dict(out)
