"""Write the dataset: ``graph.trig`` (one named graph per filing) and ``graph.ttl`` (their union).

Quads are sorted before serialising, so the same dataset always gives the same bytes. Each file is
written to a temporary name in the target folder and renamed into place, so a build killed midway
leaves the previous outputs whole.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox

from kg.mapping import PREFIXES

# Instance IRIs hold '/', which Turtle can only abbreviate with escapes ("kgr:company\\/immunogen")
# that some triple stores reject; they are written in full.
_OUTPUT_PREFIXES = {k: v for k, v in PREFIXES.items() if k != "kgr"}

TURTLE_NAME = "graph.ttl"
TRIG_NAME = "graph.trig"
OUTPUT_NAMES = (TURTLE_NAME, TRIG_NAME)


def _sorted_lines(data: bytes) -> list[bytes]:
    """Distinct lines of N-Triples/N-Quads text, sorted as bytes (a total, stable order)."""
    return sorted(set(data.splitlines()))


def sorted_quads_nquads(quads: Iterable[ox.Quad]) -> bytes:
    """N-Quads of ``quads`` ordered by graph, then subject, predicate, object, without duplicates.

    Sorting the serialised lines (one C-level sort of byte strings) is far cheaper than sorting
    term objects in Python, and as stable.
    """
    by_graph: dict[str, list[ox.Triple]] = {}
    for quad in quads:
        by_graph.setdefault(str(quad.graph_name), []).append(quad.triple)
    chunks: list[bytes] = []
    for graph in sorted(by_graph):
        data = ox.serialize(by_graph[graph], format=ox.RdfFormat.N_TRIPLES)
        assert data is not None
        suffix = f" {graph} .".encode()
        chunks.extend(line[:-2] + suffix for line in _sorted_lines(data))
    return b"\n".join(chunks) + b"\n" if chunks else b""


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


#: Permissions of written files: what a plain ``open()`` would give (mkstemp alone makes them 0600).
_FILE_MODE = 0o666 & ~_umask()


def atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file and a rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        os.fchmod(fd, _FILE_MODE)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _turtle(ntriples: bytes) -> bytes:
    ordered = ox.parse(ntriples, format=ox.RdfFormat.N_TRIPLES)
    data = ox.serialize(ordered, format=ox.RdfFormat.TURTLE, prefixes=_OUTPUT_PREFIXES)
    assert data is not None  # serialize returns bytes when given no output
    return data


def _trig(chunks: Iterable[bytes]) -> bytes:
    """TriG of sorted N-Quads chunks (each one or more whole graphs), graphs in name order."""
    by_graph: dict[bytes, list[bytes]] = {}
    for chunk in chunks:
        for line in chunk.splitlines():
            by_graph.setdefault(line[line.rindex(b" <") :], []).append(line)
    # Lines within a graph come sorted already; Timsort makes re-sorting them nearly free.
    lines = [line for graph in sorted(by_graph) for line in sorted(by_graph[graph])]
    ordered = ox.parse(b"\n".join(lines) + b"\n", format=ox.RdfFormat.N_QUADS)
    data = ox.serialize(ordered, format=ox.RdfFormat.TRIG, prefixes=_OUTPUT_PREFIXES)
    assert data is not None
    return data


def _union_ntriples(chunks: Iterable[bytes]) -> bytes:
    """Distinct triples of N-Quads chunks, sorted, as N-Triples (every line ends ``<graph> .``)."""
    triples = {line[: line.rindex(b" <")] + b" ." for chunk in chunks for line in chunk.splitlines()}
    return b"\n".join(sorted(triples)) + b"\n" if triples else b""


def remove_partial_writes(folder: Path) -> None:
    """Delete temporary files a killed build left behind (``.graph.ttl.*.tmp``)."""
    if folder.is_dir():
        for leftover in folder.glob(".*.tmp"):
            leftover.unlink(missing_ok=True)


def write_outputs(chunks: list[bytes], out_dir: Path) -> tuple[list[Path], int]:
    """Write the dataset given as sorted N-Quads chunks (one per named graph or group of graphs).

    Both files are serialised first, then renamed into ``out_dir``; returns their paths and the
    number of distinct triples in the union.
    """
    remove_partial_writes(out_dir)
    union = _union_ntriples(chunks)
    outputs = {out_dir / TURTLE_NAME: _turtle(union), out_dir / TRIG_NAME: _trig(chunks)}
    for path, data in outputs.items():
        atomic_write(path, data)
    return list(outputs), union.count(b"\n")
