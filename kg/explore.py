"""The offline HTML explorer: one self-contained page drawing the typed graph (:mod:`kg.netgraph`).

pyvis assembles the vis-network nodes and edges (colour by class, size by degree, preferred name as
label, relation as edge label); the page itself comes from the project's own template
(``kg/templates/explorer.html``) with vis-network's JS and CSS inlined from the pyvis package, so the
page makes no request. Positions are computed here (deterministic seed) and physics is off, so a graph
of thousands of nodes draws at once. Every string from a filing travels as JSON inside a
``<script type="application/json">`` block with ``<``, ``>`` and ``&`` escaped, and the page sets it
only as ``textContent``; node titles (which vis-network renders as HTML) are never used.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.errors import UsageError
from kg.netgraph import ENTITY_CLASSES

if TYPE_CHECKING:
    import networkx as nx

#: Colour of each class (colour-blind-safe palette, fixed so pages are comparable).
CLASS_COLORS = {
    "Company": "#F58518",
    "Person": "#72B7B2",
    "Compound": "#4C78A8",
    "Target": "#E45756",
    "Payload": "#B279A2",
    "Indication": "#54A24B",
    "ClinicalTrial": "#EECA3B",
    "Agreement": "#9D755D",
}
#: Components up to this size get a force-directed layout; larger ones a radial one (linear time).
_FORCE_LAYOUT_LIMIT = 300
_SCALE = 160.0  # pixels per unit of a component cell (a singleton); nodes are 8-40 px


def _escape_json(value: Any) -> str:
    """JSON safe inside a ``<script>`` element: no ``</script>``, no HTML comment or entity can start."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return (
        text.replace("&", "\\u0026")
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def find_node(graph: nx.MultiDiGraph, name: str) -> str:
    """The entity ``name`` designates: its IRI, or any of its names (exact, then unique substring)."""
    if name in graph:
        return name
    wanted = name.casefold()
    exact = sorted(
        n for n, d in graph.nodes(data=True) if any(label.casefold() == wanted for label in d["labels"])
    )
    if len(exact) == 1:
        return exact[0]
    partial = exact or sorted(
        n for n, d in graph.nodes(data=True) if any(wanted in label.casefold() for label in d["labels"])
    )
    if len(partial) == 1:
        return partial[0]
    if not partial:
        raise UsageError(f"no entity is named {name!r}; pass a name, an alias or an IRI of the graph")
    choices = ", ".join(f"{graph.nodes[n]['label']} ({n})" for n in partial[:8])
    raise UsageError(f"{name!r} names {len(partial)} entities: {choices}; pass one of their IRIs")


def focus_subgraph(graph: nx.MultiDiGraph, name: str, depth: int = 1) -> nx.MultiDiGraph:
    """The entities within ``depth`` relations of the entity ``name`` (either direction)."""
    import networkx as nx

    if depth < 0:
        raise UsageError(f"--depth must be 0 or more, got {depth}")
    center = find_node(graph, name)
    reach = nx.single_source_shortest_path_length(graph.to_undirected(as_view=True), center, cutoff=depth)
    sub = graph.subgraph(reach).copy()
    sub.graph["focus"] = center
    return sub


def layout(graph: nx.MultiDiGraph) -> dict[str, tuple[float, float]]:
    """Deterministic positions: components laid out one by one, then packed on a grid, largest first."""
    import networkx as nx

    simple = nx.Graph()
    simple.add_nodes_from(sorted(graph.nodes))
    simple.add_edges_from(sorted({tuple(sorted((u, v))) for u, v in graph.edges() if u != v}))
    components = sorted((sorted(c) for c in nx.connected_components(simple)), key=lambda c: (-len(c), c[0]))
    positions: dict[str, tuple[float, float]] = {}
    cells = [max(1.0, math.sqrt(len(c))) for c in components]
    row_width = max(sum(cells) ** 0.5 * 4, cells[0] if cells else 1.0)
    x = y = row_height = 0.0
    for component, cell in zip(components, cells, strict=True):
        if x > 0 and x + cell > row_width:
            x, y, row_height = 0.0, y + row_height, 0.0
        local = _component_layout(simple.subgraph(component))
        for node, (px, py) in local.items():
            positions[node] = ((x + cell * (px + 1) / 2) * _SCALE, (y + cell * (py + 1) / 2) * _SCALE)
        x += cell * 1.15
        row_height = max(row_height, cell * 1.15)
    return positions


def _component_layout(component: nx.Graph) -> dict[str, tuple[float, float]]:
    """Positions in [-1, 1]² for one connected component."""
    import networkx as nx

    nodes = sorted(component.nodes)
    if len(nodes) == 1:
        return {nodes[0]: (0.0, 0.0)}
    if len(nodes) <= _FORCE_LAYOUT_LIMIT:
        ordered = nx.Graph()
        ordered.add_nodes_from(nodes)
        ordered.add_edges_from(sorted(tuple(sorted(e)) for e in component.edges))
        pos = nx.spring_layout(ordered, seed=7, iterations=60)
        return {n: (float(p[0]), float(p[1])) for n, p in pos.items()}
    return _radial_layout(component)


def _radial_layout(component: nx.Graph) -> dict[str, tuple[float, float]]:
    """Breadth-first rings around the best-connected node; each node near its parent's angle."""
    center = max(sorted(component.nodes), key=lambda n: component.degree(n))
    levels: dict[str, int] = {center: 0}
    parent: dict[str, str] = {}
    order = [center]
    for node in order:  # breadth-first, neighbours in sorted order for determinism
        for other in sorted(component[node]):
            if other not in levels:
                levels[other] = levels[node] + 1
                parent[other] = node
                order.append(other)
    angle: dict[str, float] = {center: 0.0}
    depth = max(levels.values())
    by_level: dict[int, list[str]] = {}
    for node in order:
        by_level.setdefault(levels[node], []).append(node)
    for level in range(1, depth + 1):
        ring = sorted(by_level[level], key=lambda n: (angle[parent[n]], n))
        for i, node in enumerate(ring):
            angle[node] = 2 * math.pi * i / len(ring)
    return {
        n: (levels[n] / depth * math.cos(angle[n]), levels[n] / depth * math.sin(angle[n])) for n in order
    }


def _node_details(graph: nx.MultiDiGraph, node: str) -> dict[str, Any]:
    data = graph.nodes[node]
    return {
        "label": data["label"],
        "cls": data["cls"],
        "labels": data["labels"],
        "identifiers": data["identifiers"],
        "properties": data["properties"],
        "evidence": data["evidence"],
        "stages": [
            {"phase": s["phase"], "as_of": s["as_of"], "evidence": s["evidence"]}
            for s in data.get("stages", [])
        ],
        "sources": data["sources"],
        "first_seen": data["first_seen"] or _first_edge_date(graph, node),
    }


def _first_edge_date(graph: nx.MultiDiGraph, node: str) -> str | None:
    dates = [d["first_seen"] for _, _, d in graph.edges(node, data=True) if d["first_seen"]]
    dates += [d["first_seen"] for _, _, d in graph.in_edges(node, data=True) if d["first_seen"]]
    return min(dates) if dates else None


def explorer_html(graph: nx.MultiDiGraph, title: str = "filings-kg explorer") -> str:
    """The explorer page for ``graph`` as one HTML string (deterministic for a given graph)."""
    from pyvis.network import Network

    positions = layout(graph)
    degree = Counter[str]()
    for u, v in graph.edges():
        degree[u] += 1
        degree[v] += 1
    # Directed: pyvis's undirected add_edge checks every edge for a reverse duplicate (quadratic).
    net = Network(directed=True)
    for node in sorted(graph.nodes):
        data = graph.nodes[node]
        x, y = positions[node]
        net.add_node(
            node,
            label=data["label"],
            color=CLASS_COLORS.get(data["cls"], "#999999"),
            group=data["cls"],
            size=round(8 + 4 * math.sqrt(degree[node]), 2),
            x=round(x, 2),
            y=round(y, 2),
        )
    edge_details: dict[str, Any] = {}
    for i, (u, v, key, data) in enumerate(sorted(graph.edges(keys=True, data=True), key=lambda e: e[:3])):
        edge_id = f"e{i}"
        net.add_edge(u, v, id=edge_id, label=key, first_seen=data["first_seen"], dashes=not data["evidence"])
        edge_details[edge_id] = {
            "from": u,
            "to": v,
            "predicate": key,
            "evidence": data["evidence"],
            "reference": data["reference"],
        }
    relations: dict[str, list[str]] = {n: [] for n in graph.nodes}
    for edge_id, edge in edge_details.items():
        relations[edge["from"]].append(edge_id)
        if edge["to"] != edge["from"]:
            relations[edge["to"]].append(edge_id)
    nodes, edges, _, _, _, _ = net.get_network_data()
    counts = Counter(d["cls"] for _, d in graph.nodes(data=True))
    dates = sorted({info["date"] for info in graph.graph.get("filings", {}).values() if info.get("date")})
    payload = {
        "title": title,
        "message": graph.graph.get("message"),
        "nodes": nodes,
        "edges": edges,
        "details": {n: {**_node_details(graph, n), "relations": relations[n]} for n in sorted(graph.nodes)},
        "edge_details": edge_details,
        "filings": graph.graph.get("filings", {}),
        "dates": dates,
        "legend": [
            {"cls": cls, "color": CLASS_COLORS[cls], "count": counts[cls]}
            for cls in ENTITY_CLASSES
            if counts[cls]
        ],
        "options": _options(graph.number_of_nodes()),
    }
    template = resources.files("kg").joinpath("templates/explorer.html").read_text(encoding="utf-8")
    vis = resources.files("pyvis").joinpath("lib/vis-9.1.2")
    html = template.replace("__KG_TITLE__", title.replace("&", "&amp;").replace("<", "&lt;"))
    html = html.replace("/*__VIS_CSS__*/", vis.joinpath("vis-network.css").read_text(encoding="utf-8"))
    # The data goes in before the library: the minified JS could contain the marker text.
    html = html.replace("__KG_DATA__", _escape_json(payload))
    return html.replace("/*__VIS_JS__*/", vis.joinpath("vis-network.min.js").read_text(encoding="utf-8"))


def _options(count: int) -> dict[str, Any]:
    """vis-network options: positions are given, so no physics and no layout pass in the browser."""
    return {
        "physics": {"enabled": False},
        # pyvis drops a node's colour when it has a group: the class colours live in the groups.
        "groups": {cls: {"color": color} for cls, color in CLASS_COLORS.items()},
        "layout": {"improvedLayout": False, "randomSeed": 7},
        "interaction": {"hover": count <= 2000, "tooltipDelay": 300, "hideEdgesOnDrag": count > 2000},
        "nodes": {"shape": "dot", "font": {"size": 14}, "scaling": {"label": {"drawThreshold": 6}}},
        "edges": {
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
            "smooth": False,
            "font": {"size": 10, "align": "middle"},
            "color": {"color": "#9a9a9a"},
        },
    }


def write_explorer(graph: nx.MultiDiGraph, out: Path, title: str = "filings-kg explorer") -> Path:
    """Write the explorer page to ``out`` (atomically); return the path."""
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".tmp")
    tmp.write_text(explorer_html(graph, title), encoding="utf-8")
    tmp.replace(out)
    return out
