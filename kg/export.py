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


def _term_key(term: ox.NamedNode | ox.BlankNode | ox.Literal | ox.DefaultGraph | ox.Triple) -> str:
    return str(term)


def sorted_quads(quads: Iterable[ox.Quad]) -> list[ox.Quad]:
    """Quads in a total, stable order: graph, subject, predicate, object (N-Triples forms)."""
    return sorted(
        set(quads),
        key=lambda q: (
            _term_key(q.graph_name),
            _term_key(q.subject),
            _term_key(q.predicate),
            _term_key(q.object),
        ),
    )


def sorted_triples(quads: Iterable[ox.Quad]) -> list[ox.Triple]:
    """The union of all graphs as distinct triples, sorted."""
    triples = {ox.Triple(q.subject, q.predicate, q.object) for q in quads}
    return sorted(triples, key=lambda t: (_term_key(t.subject), _term_key(t.predicate), _term_key(t.object)))


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


def serialize_turtle(quads: Iterable[ox.Quad]) -> bytes:
    """The union graph as Turtle with the project's prefixes."""
    data = ox.serialize(sorted_triples(quads), format=ox.RdfFormat.TURTLE, prefixes=_OUTPUT_PREFIXES)
    assert data is not None  # serialize returns bytes when given no output
    return data


def serialize_trig(quads: Iterable[ox.Quad]) -> bytes:
    """The dataset as TriG, one block per named graph."""
    data = ox.serialize(sorted_quads(quads), format=ox.RdfFormat.TRIG, prefixes=_OUTPUT_PREFIXES)
    assert data is not None
    return data


def remove_partial_writes(folder: Path) -> None:
    """Delete temporary files a killed build left behind (``.graph.ttl.*.tmp``)."""
    if folder.is_dir():
        for leftover in folder.glob(".*.tmp"):
            leftover.unlink(missing_ok=True)


def write_outputs(quads: Iterable[ox.Quad], out_dir: Path) -> list[Path]:
    """Serialise both files first, then rename them into ``out_dir``; returns their paths."""
    remove_partial_writes(out_dir)
    quads = list(quads)
    outputs = {out_dir / TURTLE_NAME: serialize_turtle(quads), out_dir / TRIG_NAME: serialize_trig(quads)}
    for path, data in outputs.items():
        atomic_write(path, data)
    return list(outputs)
