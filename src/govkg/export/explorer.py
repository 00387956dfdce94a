"""export.explorer: a projection (+ source quotes) → one self-contained, offline HTML page.

The page inlines everything it needs: the graph as JSON, its own CSS and JS, and vis-network's
standalone build, vendored from the npm registry into ``assets/`` (see ``assets/README.md``). It
loads nothing from anywhere; a Content-Security-Policy of ``default-src 'none'`` makes sure of it.
Nodes are coloured by kind; the page has search, filters by time span and topic, and a panel with
a node's facts and the sentences of the minutes they came from. At a few thousand nodes the
physics stops after a short stabilisation, so the view stays responsive.

>>> import networkx as nx
>>> g = nx.Graph(); g.add_node("a", kind="person", label="A"); g.add_edge("a", "b", weight=1)
>>> "<script" in render_explorer(g)
True
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from importlib import resources
from typing import Any

import networkx as nx

from govkg import __version__
from govkg.errors import ExportError
from govkg.export.facts import KIND_MEETING, KIND_TOPIC, Facts, Quote
from govkg.export.projections import DEFAULT_PROJECTION, project
from govkg.export.public import public_graph
from govkg.export.writers import DEFAULT_COLOUR, KIND_COLOURS

VIS_ASSET = "vis-network.min.js"
MAX_SOURCES = 25  # quotes per node in the page; a busy person has hundreds in a large corpus
_FACT_KEYS = ("municipality", "role", "first_seen", "last_seen", "scb_code", "wikidata", "iri")
_MARKER = re.compile(r"<!--govkg:(\w+)-->")
_SOURCE_MAP = re.compile(r"^//# sourceMappingURL=.*$", re.MULTILINE)


def asset(name: str) -> str:
    """The text of a file in ``govkg/export/assets``."""
    return (resources.files("govkg.export") / "assets" / name).read_text(encoding="utf-8")


_SCRIPT_END = re.compile(r"</script|<!--", re.IGNORECASE)


def _script_safe(code: str) -> str:
    """JS to inline in a <script> element: it must not close the element (or open a comment)."""
    if _SCRIPT_END.search(code):
        # escaping could change the code's meaning (a regex, a comparison): refuse instead
        raise ExportError("an explorer asset contains '</script' or '<!--' and cannot be inlined")
    return code


def _json_safe(data: str) -> str:
    """JSON to inline in a <script> element: "<" only occurs inside strings, where \\u003c is equal."""
    return data.replace("<", "\\u003c")


def attach_sources(g: nx.Graph, facts: Facts, limit: int = MAX_SOURCES) -> None:
    """Put each node's source quotes in its ``sources`` attribute: [{"text", "meeting"}]."""
    sources = facts.sources()
    for n, data in g.nodes(data=True):
        quotes: list[Quote] = sources.get(str(data.get("iri") or n), [])
        data["sources"] = [
            {"text": q.sentence(), "meeting": facts.node(q.meeting)["label"] if q.meeting else ""}
            for q in quotes[:limit]
        ]


def _topics_per_node(g: nx.Graph) -> dict[Any, set[Any]]:
    """The topics a node is connected with: its own, its meetings', its neighbours' (for filtering)."""
    kind = dict(g.nodes(data="kind"))
    topics: dict[Any, set[Any]] = {n: set() for n in g}
    for n in g:
        if kind[n] == KIND_TOPIC:
            topics[n].add(n)
        elif kind[n] == KIND_MEETING:
            topics[n].update(m for m in g[n] if kind[m] == KIND_TOPIC)
    for n in g:
        if kind[n] not in (KIND_TOPIC, KIND_MEETING):
            for m in g[n]:
                if kind[m] == KIND_MEETING:
                    topics[n] |= topics[m]
                elif kind[m] == KIND_TOPIC:
                    topics[n].add(m)
    for n in g:  # one step further out: a municipality gets the topics of its people
        if not topics[n]:
            for m in g[n]:
                if kind[m] not in (KIND_TOPIC, KIND_MEETING):
                    topics[n] |= topics[m]
    return topics


def _edge_title(data: Mapping[str, Any]) -> str:
    parts = [str(data.get("relation", "link"))]
    if data.get("status"):
        parts.append(str(data["status"]))
    weight = data.get("weight", 1)
    parts.append(f"weight {weight}")
    return " · ".join(parts)


def explorer_data(g: nx.Graph, *, public: bool = False) -> dict[str, Any]:
    """The JSON the page runs on: nodes (with facts, sources, topics), edges, topics, time span."""
    topics = _topics_per_node(g)
    nodes: list[dict[str, Any]] = []
    dates: list[str] = []
    for n, d in g.nodes(data=True):
        kind = str(d.get("kind", "other"))
        node = {
            "id": str(n),
            "label": str(d.get("label", n)),
            "kind": kind,
            "color": KIND_COLOURS.get(kind, DEFAULT_COLOUR),
            "degree": g.degree(n),
            "facts": {k: d[k] for k in _FACT_KEYS if d.get(k) not in (None, "")},
            "first_seen": d.get("first_seen"),
            "last_seen": d.get("last_seen"),
            "topics": sorted(str(t) for t in topics[n]),
            "sources": list(d.get("sources", [])),
        }
        dates += [x for x in (node["first_seen"], node["last_seen"]) if x]
        nodes.append(node)
    edges = [
        {
            "source": str(a),
            "target": str(b),
            "weight": d.get("weight", 1),
            "status": d.get("status"),
            "title": _edge_title(d),
        }
        for a, b, d in g.edges(data=True)
    ]
    topic_counts: dict[str, int] = {}
    for ts in topics.values():
        for t in ts:
            topic_counts[str(t)] = topic_counts.get(str(t), 0) + 1
    topic_list = sorted(
        (
            {"id": str(t), "label": str(g.nodes[t].get("label", t)), "count": topic_counts.get(str(t), 0)}
            for t, k in g.nodes(data="kind")
            if k == KIND_TOPIC
        ),
        key=lambda t: (str(t["label"]).casefold(), t["id"]),
    )
    span = {"from": min(dates)[:7], "to": max(dates)[:7]} if dates else {"from": None, "to": None}
    return {
        "nodes": nodes,
        "edges": edges,
        "topics": topic_list,
        "span": span,
        "public": public,
        "projection": g.graph.get("projection", ""),
        "version": __version__,
    }


def render_explorer(g: nx.Graph, *, title: str = "govkg explorer", public: bool = False) -> str:
    """One self-contained HTML page showing ``g`` (node attributes as in the projections)."""
    data = json.dumps(explorer_data(g, public=public), ensure_ascii=False, separators=(",", ":"))
    parts = {
        "title": _html_text(title),
        "css": asset("explorer.css"),
        "vis": _script_safe(_SOURCE_MAP.sub("", asset(VIS_ASSET))),
        "app": _script_safe(asset("explorer.js")),
        "data": _json_safe(data),
    }
    # one pass, so nothing inlined is ever scanned for markers again
    return _MARKER.sub(lambda m: parts[m.group(1)], asset("explorer.html"))


def _html_text(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def build_explorer(
    facts: Facts,
    *,
    public_key: bytes | None = None,
    projection: str = DEFAULT_PROJECTION,
    title: str = "govkg explorer",
) -> str:
    """The explorer page of a store's facts; with ``public_key`` in the public mode (no names)."""
    g = project(facts, projection)
    attach_sources(g, facts)
    if public_key is not None:
        g = public_graph(g, public_key, facts.all_person_names())
    return render_explorer(g, title=title, public=public_key is not None)
