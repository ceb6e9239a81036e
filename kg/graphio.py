"""Load a built graph (``graph.trig`` with its named graphs, a Turtle/N-Quads file, or the N-Quads
folder of a large build) for reading."""

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
    """The graph to read: ``path``, or ``graphs/graph.trig`` (falling back to ``graph.ttl``, then to the
    ``graphs/nquads/`` folder a large build writes). A folder given means its graph.trig or nquads/."""
    if path is None:
        path = DEFAULT_GRAPH_FILE.parent
    if path.is_dir():
        for candidate in (path / "graph.trig", path / "graph.ttl", path / "nquads"):
            if candidate.exists():
                path = candidate
                break
    if not path.exists() or (path.is_dir() and not nquads_files(path)):
        raise GraphError(f"no graph at {path}: run `kg build` first, or pass a .trig/.ttl file")
    return path


def nquads_files(folder: Path) -> list[Path]:
    """The files of an N-Quads export folder (``shared.nq`` and ``filings/*.nq``), in a stable order."""
    return sorted(folder.rglob("*.nq"), key=lambda p: (len(p.relative_to(folder).parts), p.name))


def load_store(path: Path | None = None) -> ox.Store:
    """An in-memory pyoxigraph store holding the graph's triples (named graphs kept)."""
    path = resolve_graph_path(path)
    files = nquads_files(path) if path.is_dir() else [path]
    store = ox.Store()
    for file in files:
        fmt = _FORMATS.get(file.suffix.lower())
        if fmt is None:
            raise GraphError(f"{file}: unknown graph format (expected one of {', '.join(sorted(_FORMATS))})")
        try:
            store.bulk_load(path=str(file), format=fmt)
        except (SyntaxError, OSError, ValueError) as exc:
            raise GraphError(f"{file}: {exc}") from exc
    return store


def load_rdflib(path: Path | None = None) -> rdflib.Dataset:
    """The graph file as an rdflib ``Dataset`` (named graphs kept; the default graph is their union)."""
    import rdflib  # imported here: rdflib costs a tenth of a second at CLI start

    path = resolve_graph_path(path)
    dataset = rdflib.Dataset(default_union=True)
    for file in nquads_files(path) if path.is_dir() else [path]:
        fmt = {".ttl": "turtle", ".trig": "trig", ".nq": "nquads", ".nt": "nt"}.get(file.suffix.lower())
        if fmt is None:
            raise GraphError(f"{file}: unknown graph format")
        try:
            dataset.parse(str(file), format=fmt)
        except Exception as exc:  # rdflib raises many unrelated types for bad syntax
            raise GraphError(f"{file}: does not parse: {exc}") from exc
    return dataset
