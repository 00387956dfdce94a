"""export.projections: the store's facts → named networkx graphs (one projection each).

=====================  ==========================================================================
projection             nodes and edges
=====================  ==========================================================================
overview (default)     persons, the organisations they attend for, meetings, topics; edges
                       represents (person–organisation), attended (person–meeting, with status),
                       discussed (meeting–topic)
person-municipality    person — municipality (or other organisation) they attend on behalf of;
                       weight: meetings listed for it
person-meeting         person — meeting, with the attendance ``status``
organisation-topic     organisation — topic of the agenda items that mention it; weight: items
co-attendance          person — person present at the same meetings; weight: shared meetings
topic-cooccurrence     topic — topic of the same agenda items; weight: items
=====================  ==========================================================================

Every edge has ``weight`` (int) and ``meetings`` (the meeting IRIs behind it, a list).

>>> from govkg.store import open_store
>>> project(open_store(None), "co-attendance").number_of_nodes()
0
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

import networkx as nx
from pyoxigraph import Store

from govkg.errors import ExportError
from govkg.export.facts import (
    KIND_MEETING,
    KIND_MUNICIPALITY,
    KIND_PERSON,
    Facts,
    read_facts,
)
from govkg.store import KnowledgeStore
from govkg.vocab import GK

DEFAULT_PROJECTION = "overview"


@dataclass(frozen=True, slots=True)
class Projection:
    name: str
    description: str
    build: Callable[[Facts], nx.Graph]


def _graph(name: str, description: str) -> nx.Graph:
    g = nx.Graph()
    g.graph["projection"] = name
    g.graph["description"] = description
    return g


def _add_node(g: nx.Graph, facts: Facts, iri: str) -> None:
    if iri not in g:
        g.add_node(iri, **facts.node(iri))


def _link(
    g: nx.Graph, facts: Facts, a: str, b: str, relation: str, meetings: Iterable[str | None], **attrs: object
) -> None:
    """Add (or strengthen) the edge a–b; its meetings accumulate, weight counts them."""
    _add_node(g, facts, a)
    _add_node(g, facts, b)
    if g.has_edge(a, b):
        data = g.edges[a, b]
    else:
        g.add_edge(a, b, relation=relation, weight=0, meetings=[])
        data = g.edges[a, b]
    known = set(data["meetings"])
    data["meetings"] = sorted(known | {m for m in meetings if m})
    data.update(attrs)


def _finish_weights(g: nx.Graph) -> nx.Graph:
    for _a, _b, data in g.edges(data=True):
        if not data["weight"]:
            data["weight"] = max(1, len(data["meetings"]))
    return g


def person_municipality(facts: Facts) -> nx.Graph:
    g = _graph("person-municipality", "person — the municipality or organisation they attend for")
    for r in facts.attendance:
        if r["person"] and r["org"]:
            _link(g, facts, r["person"], r["org"], "represents", [r["meeting"]])
    return _finish_weights(g)


_STATUS_RANK = {GK.present.value: 0, GK.remoteAttendance.value: 1, GK.partial.value: 2, GK.absent.value: 3}


def _status_name(iri: str | None) -> str:
    return iri.rsplit("#", 1)[-1] if iri else "listed"


def _attended(g: nx.Graph, facts: Facts) -> None:
    best: dict[tuple[str, str], str | None] = {}
    for r in facts.attendance:
        if not (r["person"] and r["meeting"]):
            continue
        k = (r["person"], r["meeting"])
        # a person listed twice at one meeting keeps the strongest status
        if k not in best or _STATUS_RANK.get(r["status"] or "", 9) < _STATUS_RANK.get(best[k] or "", 9):
            best[k] = r["status"]
    for (person, meeting), status in sorted(best.items()):
        _link(g, facts, person, meeting, "attended", [meeting], status=_status_name(status))


def person_meeting(facts: Facts) -> nx.Graph:
    g = _graph("person-meeting", "person — meeting they were listed at, with the attendance status")
    _attended(g, facts)
    return _finish_weights(g)


def organisation_topic(facts: Facts) -> nx.Graph:
    g = _graph("organisation-topic", "organisation — topic of the agenda items that mention it")
    items: dict[tuple[str, str], set[str]] = {}
    meetings: dict[tuple[str, str], set[str]] = {}
    for r in facts.org_topic:
        if r["org"] and r["topic"]:
            k = (r["org"], r["topic"])
            items.setdefault(k, set()).add(r["item"] or "")
            meetings.setdefault(k, set()).update([r["meeting"]] if r["meeting"] else [])
    for (org, topic), its in sorted(items.items()):
        _link(g, facts, org, topic, "mentioned-with", meetings[(org, topic)], weight=len(its))
    return _finish_weights(g)


def _weighted(g: nx.Graph, facts: Facts, rows: list[dict[str, str | None]], relation: str) -> nx.Graph:
    for r in rows:
        if r["a"] and r["b"]:
            _link(g, facts, r["a"], r["b"], relation, [r["meeting"]], weight=int(r["weight"] or 0))
    return _finish_weights(g)


def co_attendance(facts: Facts) -> nx.Graph:
    g = _graph("co-attendance", "person — person present at the same meetings; weight: shared meetings")
    return _weighted(g, facts, facts.coattendance, "co-attended")


def topic_cooccurrence(facts: Facts) -> nx.Graph:
    g = _graph("topic-cooccurrence", "topic — topic of the same agenda items; weight: shared items")
    return _weighted(g, facts, facts.topic_cooccurrence, "co-occurs")


def overview(facts: Facts) -> nx.Graph:
    g = _graph("overview", "persons, the organisations they attend for, meetings and their topics")
    for r in facts.attendance:
        if r["person"] and r["org"]:
            _link(g, facts, r["person"], r["org"], "represents", [r["meeting"]])
    _attended(g, facts)
    for meeting, topics in sorted(facts.meeting_topics.items()):
        _add_node(g, facts, meeting)
        for topic in sorted(topics):
            _link(g, facts, meeting, topic, "discussed", [meeting])
    return _finish_weights(g)


PROJECTIONS: dict[str, Projection] = {
    p.name: p
    for p in (
        Projection("overview", "persons, organisations, meetings and topics in one graph", overview),
        Projection("person-municipality", "person — municipality they attend for", person_municipality),
        Projection("person-meeting", "person — meeting, with attendance status", person_meeting),
        Projection("organisation-topic", "organisation — topic of items mentioning it", organisation_topic),
        Projection("co-attendance", "person — person, weighted by shared meetings", co_attendance),
        Projection("topic-cooccurrence", "topic — topic of the same agenda items", topic_cooccurrence),
    )
}


def facts_of(source: KnowledgeStore | Store | Facts) -> Facts:
    if isinstance(source, Facts):
        return source
    return read_facts(source.store if isinstance(source, KnowledgeStore) else source)


def project(source: KnowledgeStore | Store | Facts, name: str = DEFAULT_PROJECTION) -> nx.Graph:
    """The named projection of a store (or of facts already read) as a networkx graph.

    Node ids are IRIs; node and edge attributes are described in the module docstring.
    """
    if name not in PROJECTIONS:
        raise ExportError(f"unknown projection {name!r}; choose one of: {', '.join(PROJECTIONS)}")
    return PROJECTIONS[name].build(facts_of(source))


def node_kinds(g: nx.Graph) -> dict[str, int]:
    """How many nodes of each kind a graph has (for reports and tests)."""
    counts: dict[str, int] = {}
    for _n, kind in g.nodes(data="kind"):
        counts[kind] = counts.get(kind, 0) + 1
    return counts


__all__ = [
    "DEFAULT_PROJECTION",
    "KIND_MEETING",
    "KIND_MUNICIPALITY",
    "KIND_PERSON",
    "PROJECTIONS",
    "Projection",
    "facts_of",
    "node_kinds",
    "project",
]
