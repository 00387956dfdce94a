"""export.writers: a networkx graph → a file (GraphML, GEXF, Cytoscape.js JSON, node-link JSON, DOT, CSV).

GraphML and GEXF hold only scalar attributes, so lists (the meetings behind an edge) are written as
one space-separated string there, and in DOT and CSV too; the JSON formats keep real lists. The
GEXF is version 1.2draft and valid against its schema (networkx's ``name`` attribute on
``<graph>``, which the schema does not allow, is removed). The schema as published also rejects
networkx's ``viz:color``, so GEXF carries no colours (Gephi partitions by ``kind`` in one click);
DOT nodes are filled by kind.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import networkx as nx
from lxml import etree

from govkg.errors import ExportError

FORMATS = ("graphml", "gexf", "cytoscape", "nodelink", "dot", "csv")
SUFFIXES = {
    "graphml": ".graphml",
    "gexf": ".gexf",
    "cytoscape": ".cyjs",
    "nodelink": ".json",
    "dot": ".dot",
    "csv": ".csv",
}
LIST_SEPARATOR = " "  # IRIs contain no spaces, so a space-separated list splits back unambiguously

KIND_COLOURS: dict[str, str] = {
    "person": "#e4572e",
    "municipality": "#2e86ab",
    "organisation": "#76b041",
    "network": "#17bebb",
    "meeting": "#ffc914",
    "topic": "#9b5de5",
}
DEFAULT_COLOUR = "#888888"


def _scalar(value: Any) -> Any:
    if isinstance(value, list | tuple | set | frozenset):
        items = sorted(value) if isinstance(value, set | frozenset) else value
        return LIST_SEPARATOR.join(str(v) for v in items)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return value


def flattened(g: nx.Graph) -> nx.Graph:
    """A copy whose attributes are all scalars (lists joined), without None values."""
    h = g.__class__()
    h.graph.update({k: _scalar(v) for k, v in g.graph.items() if v is not None})
    for n, data in g.nodes(data=True):
        h.add_node(n, **{k: _scalar(v) for k, v in data.items() if v is not None})
    for a, b, data in g.edges(data=True):
        h.add_edge(a, b, **{k: _scalar(v) for k, v in data.items() if v is not None})
    return h


def write_graphml(g: nx.Graph, out: Path) -> None:
    nx.write_graphml(flattened(g), str(out), encoding="utf-8", named_key_ids=True)


def gexf_bytes(g: nx.Graph) -> bytes:
    """The graph as GEXF 1.2draft, valid against the 1.2draft schema."""
    buf = io.BytesIO()
    nx.write_gexf(flattened(g), buf, encoding="utf-8", version="1.2draft")
    root = etree.fromstring(buf.getvalue())
    for graph in root.iter("{*}graph"):
        if "name" in graph.attrib:
            del graph.attrib["name"]  # not allowed by the 1.2draft schema
    return etree.tostring(root, xml_declaration=True, encoding="utf-8", pretty_print=True)


def write_gexf(g: nx.Graph, out: Path) -> None:
    out.write_bytes(gexf_bytes(g))


def _json_ready(value: Any) -> Any:
    if isinstance(value, set | frozenset):
        return sorted(value)
    return value


def cytoscape_data(g: nx.Graph) -> dict[str, Any]:
    """Cytoscape.js elements JSON: ``{"data": {...}, "elements": {"nodes": [...], "edges": [...]}}``."""
    nodes = [
        {"data": {"id": n, **{k: _json_ready(v) for k, v in d.items()}, "color": _colour(d)}}
        for n, d in g.nodes(data=True)
    ]
    edges = [
        {"data": {"id": f"e{i}", "source": a, "target": b, **{k: _json_ready(v) for k, v in d.items()}}}
        for i, (a, b, d) in enumerate(g.edges(data=True))
    ]
    return {
        "data": {k: _json_ready(v) for k, v in g.graph.items()},
        "directed": g.is_directed(),
        "multigraph": g.is_multigraph(),
        "elements": {"nodes": nodes, "edges": edges},
    }


def _colour(data: dict[str, Any]) -> str:
    return KIND_COLOURS.get(str(data.get("kind")), DEFAULT_COLOUR)


def _dump_json(data: Any, out: Path) -> None:
    out.write_text(
        json.dumps(data, ensure_ascii=False, indent=1, default=_json_ready) + "\n", encoding="utf-8"
    )


def write_cytoscape(g: nx.Graph, out: Path) -> None:
    _dump_json(cytoscape_data(g), out)


def write_nodelink(g: nx.Graph, out: Path) -> None:
    _dump_json(nx.node_link_data(g, edges="edges"), out)


def _dot_quote(value: Any) -> str:
    text = str(_scalar(value)).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{text}"'


def dot_text(g: nx.Graph) -> str:
    """Graphviz DOT, written directly (networkx's writer needs pydot or pygraphviz)."""
    kind = "digraph" if g.is_directed() else "graph"
    arrow = "->" if g.is_directed() else "--"
    lines = [f"{kind} {_dot_quote(g.graph.get('projection', 'govkg'))} {{", "  node [style=filled];"]
    for n, d in g.nodes(data=True):
        attrs = {**d, "fillcolor": _colour(d)}
        lines.append(f"  {_dot_quote(n)} [{', '.join(f'{k}={_dot_quote(v)}' for k, v in attrs.items())}];")
    for a, b, d in g.edges(data=True):
        edge_attrs = ", ".join(f"{k}={_dot_quote(v)}" for k, v in d.items())
        lines.append(f"  {_dot_quote(a)} {arrow} {_dot_quote(b)} [{edge_attrs}];")
    lines.append("}")
    return "\n".join(lines) + "\n"


def write_dot(g: nx.Graph, out: Path) -> None:
    out.write_text(dot_text(g), encoding="utf-8")


CSV_COLUMNS = ("source", "target", "source_label", "target_label", "relation", "weight", "meetings")


def write_csv(g: nx.Graph, out: Path) -> None:
    """One row per edge; extra edge attributes (such as ``status``) follow the fixed columns."""
    extra = sorted({k for _a, _b, d in g.edges(data=True) for k in d} - set(CSV_COLUMNS))
    with out.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow([*CSV_COLUMNS, *extra])
        for a, b, d in g.edges(data=True):
            row = [a, b, g.nodes[a].get("label", ""), g.nodes[b].get("label", "")]
            row += [_scalar(d.get(k, "")) for k in ("relation", "weight", "meetings")]
            row += [_scalar(d.get(k, "")) for k in extra]
            writer.writerow(row)


WRITERS: dict[str, Callable[[nx.Graph, Path], None]] = {
    "graphml": write_graphml,
    "gexf": write_gexf,
    "cytoscape": write_cytoscape,
    "nodelink": write_nodelink,
    "dot": write_dot,
    "csv": write_csv,
}


def write(g: nx.Graph, fmt: str, out: Path) -> Path:
    """Write ``g`` as ``fmt`` (one of FORMATS) to ``out``, creating its folder; returns ``out``."""
    if fmt not in WRITERS:
        raise ExportError(f"unknown export format {fmt!r}; choose one of: {', '.join(FORMATS)}")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        WRITERS[fmt](g, out)
    except OSError as exc:
        raise ExportError(f"cannot write {out}: {exc}") from exc
    return out
