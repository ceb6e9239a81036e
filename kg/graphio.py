"""Load a built graph (``graph.trig`` with its named graphs, or a Turtle/N-Quads file) for reading."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pyoxigraph as ox

from kg.errors import GraphError

if TYPE_CHECKING:
    import rdflib

_FORMATS = {
    ".ttl": ox.RdfFormat.TURTLE,
    ".trig": ox.RdfFormat.TRIG,
    ".nq": ox.RdfFormat.N_QUADS,
    ".nt": ox.RdfFormat.N_TRIPLES,
}
DEFAULT_GRAPH_FILE = Path("graphs") / "graph.trig"


def resolve_graph_path(path: Path | None) -> Path:
    """The graph file to read: ``path``, or ``graphs/graph.trig`` (falling back to ``graph.ttl``)."""
    if path is None:
        path = DEFAULT_GRAPH_FILE
        if not path.exists() and path.with_suffix(".ttl").exists():
            path = path.with_suffix(".ttl")
    if path.is_dir():
        path = path / "graph.trig"
    if not path.exists():
        raise GraphError(f"no graph at {path}: run `kg build` first, or pass a .trig/.ttl file")
    return path


def load_store(path: Path | None = None) -> ox.Store:
    """An in-memory pyoxigraph store holding the graph file's triples (named graphs kept)."""
    path = resolve_graph_path(path)
    fmt = _FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise GraphError(f"{path}: unknown graph format (expected one of {', '.join(sorted(_FORMATS))})")
    store = ox.Store()
    try:
        store.bulk_load(path=str(path), format=fmt)
    except (SyntaxError, OSError, ValueError) as exc:
        raise GraphError(f"{path}: {exc}") from exc
    return store


def load_rdflib(path: Path | None = None) -> rdflib.Dataset:
    """The graph file as an rdflib ``Dataset`` (named graphs kept; the default graph is their union)."""
    import rdflib  # imported here: rdflib costs a tenth of a second at CLI start

    path = resolve_graph_path(path)
    dataset = rdflib.Dataset(default_union=True)
    fmt = {".ttl": "turtle", ".trig": "trig", ".nq": "nquads", ".nt": "nt"}.get(path.suffix.lower())
    if fmt is None:
        raise GraphError(f"{path}: unknown graph format")
    try:
        dataset.parse(str(path), format=fmt)
    except Exception as exc:  # rdflib raises many unrelated types for bad syntax
        raise GraphError(f"{path}: does not parse: {exc}") from exc
    return dataset
