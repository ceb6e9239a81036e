"""Write the dataset: ``graph.trig`` (one named graph per filing) and ``graph.ttl`` (their union),
or, for datasets too large for one Turtle file, a folder of N-Quads with one file per named graph.

Quads are sorted before serialising, so the same dataset always gives the same bytes. Each file is
written to a temporary name in the target folder and renamed into place, so a build killed midway
leaves the previous outputs whole.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from collections.abc import Iterable, Mapping
from pathlib import Path

import pyoxigraph as ox

from kg.mapping import PREFIXES
from kg.pattern_cache import cached_compile

# Instance IRIs hold '/', which Turtle can only abbreviate with escapes ("kgr:company\\/immunogen")
# that some triple stores reject; they are written in full.
_OUTPUT_PREFIXES = {k: v for k, v in PREFIXES.items() if k != "kgr"}

TURTLE_NAME = "graph.ttl"
TRIG_NAME = "graph.trig"
OUTPUT_NAMES = (TURTLE_NAME, TRIG_NAME)
NQUADS_DIR = "nquads"
SHARED_NQUADS = "shared.nq"


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


def atomic_write(path: Path, data: bytes, *, durable: bool = True) -> None:
    """Write ``data`` to ``path`` through a temporary file and a rename.

    ``durable`` syncs the file to disk before the rename; files written by the thousand (cache
    entries, per-filing graphs) skip it and the build syncs once before its manifest.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        os.fchmod(fd, _FILE_MODE)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            if durable:
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
    by_graph: dict[bytes, bytes] = {}
    for chunk in chunks:
        for graph, data in _split_graphs(chunk):
            by_graph[graph] = by_graph[graph] + data if graph in by_graph else data
    # Each graph's lines come sorted already; only the graphs need ordering.
    ordered = ox.parse(b"".join(by_graph[graph] for graph in sorted(by_graph)), format=ox.RdfFormat.N_QUADS)
    trig = ox.serialize(ordered, format=ox.RdfFormat.TRIG, prefixes=_OUTPUT_PREFIXES)
    assert trig is not None
    return trig


def _split_graphs(chunk: bytes) -> list[tuple[bytes, bytes]]:
    """A chunk of sorted N-Quads cut into its graphs' runs of lines: [(graph term, lines)].

    A chunk is one filing's graph (the usual case, answered from its first and last lines) or the
    few shared graphs.
    """
    if not chunk:
        return []
    first = chunk[: chunk.index(b"\n")]
    graph = first[first.rindex(b" <") + 1 : -2]
    last = chunk[chunk.rindex(b"\n", 0, len(chunk) - 1) + 1 : -1] if chunk.count(b"\n") > 1 else first
    if last.endswith(b" " + graph + b" ."):
        return [(graph, chunk)]
    runs: dict[bytes, list[bytes]] = {}
    for line in chunk.splitlines(keepends=True):
        runs.setdefault(line[line.rindex(b" <") + 1 : -3], []).append(line)
    return [(name, b"".join(lines)) for name, lines in runs.items()]


def _union_ntriples(chunks: Iterable[bytes]) -> bytes:
    """Distinct triples of N-Quads chunks, sorted, as N-Triples (every line ends ``<graph> .``)."""
    triples: set[bytes] = set()
    for chunk in chunks:
        for graph, data in _split_graphs(chunk):
            # Dropping the graph name is one bytes.replace per graph, not a slice per line.
            triples.update(data.replace(b" " + graph + b" .\n", b" .\n").splitlines())
    return b"\n".join(sorted(triples)) + b"\n" if triples else b""


def remove_partial_writes(folder: Path) -> None:
    """Delete temporary files a killed build left behind (``.graph.ttl.*.tmp``)."""
    if folder.is_dir():
        for leftover in folder.glob(".*.tmp"):
            leftover.unlink(missing_ok=True)


def write_outputs(chunks: list[bytes], out_dir: Path) -> tuple[list[Path], int]:
    """Write the dataset given as sorted N-Quads chunks (one per named graph or group of graphs).

    Both files are serialised first, then renamed into ``out_dir``; returns their paths and the
    number of distinct triples in the union. An N-Quads folder of an earlier, larger build is
    removed: it no longer describes the dataset.
    """
    remove_partial_writes(out_dir)
    union = _union_ntriples(chunks)
    outputs = {out_dir / TURTLE_NAME: _turtle(union), out_dir / TRIG_NAME: _trig(chunks)}
    for path, data in outputs.items():
        atomic_write(path, data)
    shutil.rmtree(out_dir / NQUADS_DIR, ignore_errors=True)
    return list(outputs), union.count(b"\n")


def nquads_file_name(filing_key: str) -> str:
    """The export file of a filing's graph: its key when that is a plain slug, else a hash of it."""
    if _PLAIN_KEY.fullmatch(filing_key):
        return f"{filing_key}.nq"
    return f"{hashlib.sha256(filing_key.encode()).hexdigest()[:16]}.nq"


_PLAIN_KEY = cached_compile(r"[a-z0-9][a-z0-9.-]{0,150}")


def write_nquads_folder(shared: bytes, graph_files: Mapping[str, str], out_dir: Path) -> list[Path]:
    """Export a large dataset as a folder of N-Quads: ``nquads/shared.nq`` (ontology, reference and
    entity graphs) and ``nquads/filings/<filing key>.nq``, one sorted file per named graph.

    Nothing is held in memory but the shared graphs: each filing's file is a hard link to the graph
    the build cache holds (a copy where links are impossible), replaced only when it changed, so an
    incremental build touches only the changed filings' files. Every file can be bulk-loaded as is
    (Oxigraph, Jena ``tdb2.tdbloader``, GraphDB, Virtuoso ``ld_dir``); their concatenation is the
    dataset. ``graph.ttl`` and ``graph.trig`` of an earlier, smaller build are removed.
    """
    folder = out_dir / NQUADS_DIR
    filings = folder / "filings"
    filings.mkdir(parents=True, exist_ok=True)
    remove_partial_writes(folder)
    remove_partial_writes(filings)
    written = [folder / SHARED_NQUADS]
    if not written[0].exists() or written[0].read_bytes() != shared:
        atomic_write(written[0], shared)
    present = {entry.name: entry.inode() for entry in os.scandir(filings)}
    names: list[str] = []
    for key in sorted(graph_files):
        name = nquads_file_name(key)
        source = graph_files[key]
        # Same inode: the export already is the cache's file (the usual case after a rebuild).
        if present.get(name) != os.stat(source).st_ino:
            _link_or_copy(Path(source), filings / name)
        names.append(name)
    keep = set(names)
    for name in present:
        if name not in keep:
            (filings / name).unlink(missing_ok=True)
    for name in (TURTLE_NAME, TRIG_NAME):
        (out_dir / name).unlink(missing_ok=True)
    prefix = f"{filings}{os.sep}"  # one Path per file, built from a string: thousands of them
    return written + [Path(prefix + name) for name in names]


def _link_or_copy(source: Path, target: Path) -> None:
    """Make ``target`` hold ``source``'s bytes (a hard link if possible), atomically."""
    tmp = target.with_name(f".{target.name}.link.tmp")
    tmp.unlink(missing_ok=True)
    try:
        os.link(source, tmp)
    except OSError:  # another filesystem, or links not supported: copy
        shutil.copyfile(source, tmp)
    os.replace(tmp, target)
