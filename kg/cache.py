"""The build cache: what each extractor produced from each filing's bytes, and what the last build wrote.

Extraction results are kept in one bundle per sha256 of a filing's bytes, each extractor's facts under
its name, version and dependency hash (its code and the reference data it reads), so a changed
extractor re-runs only itself, and a changed filing re-runs only for that filing. A manifest remembers, per source file, its
size, modification time and hash (so an unchanged corpus is recognised without reading it), and the
digest of each filing's named graph (so the next build can say what changed). A build deletes the
entries it neither read nor wrote, so a changing corpus or extractor does not grow the cache forever.

Cache files are written by this program for this program (pickle); a damaged or foreign entry is
treated as a miss and recomputed.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import hashlib
import json
import logging
import os
import pickle
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.codehash import code_digest
from kg.export import atomic_write
from kg.model import Fact
from kg.summary import SUMMARY_FORMAT, FilingSummary

log = logging.getLogger(__name__)

CACHE_FORMAT = "3"  # 3: one bundle per filing (2: one file per filing and extractor)


@dataclass
class SourceState:
    """What the last build knew of one source file."""

    size: int
    mtime_ns: int
    sha256: str


@dataclass
class Manifest:
    """The last build's inputs and outputs, for nothing-changed detection and the changes report."""

    signature: str = ""
    sources: dict[str, SourceState] = field(default_factory=dict)
    graphs: dict[str, str] = field(default_factory=dict)  # filing key -> digest of its named graph
    map_keys: dict[str, str] = field(default_factory=dict)  # filing key -> what its graph was mapped from
    graph_quads: dict[str, int] = field(default_factory=dict)  # filing key -> quads in its named graph
    graph_sources: dict[str, str] = field(default_factory=dict)  # filing key -> source file name
    total_triples: int = 0
    skipped: dict[str, str] = field(default_factory=dict)  # source file name -> why it was skipped
    outputs: dict[str, str] = field(default_factory=dict)  # output file (relative path) -> size:mtime
    total_quads: int = 0
    output_format: str = ""
    store: str = ""  # the on-disk store this build updated, if any
    shared_digest: str = ""  # sha256 of the shared graphs' N-Quads (entities, ontology, reference)
    label_clashes: list[str] = field(default_factory=list)  # what the label check found in them

    @classmethod
    def load(cls, path: Path) -> Manifest:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if data.get("format") != CACHE_FORMAT:
                return cls()
            return cls(
                signature=data["signature"],
                sources={k: SourceState(**v) for k, v in data["sources"].items()},
                graphs=data["graphs"],
                map_keys=data.get("map_keys", {}),
                graph_quads=data.get("graph_quads", {}),
                graph_sources=data.get("graph_sources", {}),
                total_triples=data.get("total_triples", 0),
                skipped=data.get("skipped", {}),
                outputs=data["outputs"],
                total_quads=data.get("total_quads", 0),
                output_format=data.get("output_format", ""),
                store=data.get("store", ""),
                shared_digest=data.get("shared_digest", ""),
                label_clashes=data.get("label_clashes", []),
            )
        except (OSError, ValueError, KeyError, TypeError):
            return cls()

    def save(self, path: Path) -> None:
        data = {
            "format": CACHE_FORMAT,
            "signature": self.signature,
            "sources": {k: vars(v) for k, v in sorted(self.sources.items())},
            "graphs": dict(sorted(self.graphs.items())),
            "map_keys": dict(sorted(self.map_keys.items())),
            "graph_quads": dict(sorted(self.graph_quads.items())),
            "graph_sources": dict(sorted(self.graph_sources.items())),
            "total_triples": self.total_triples,
            "skipped": dict(sorted(self.skipped.items())),
            "outputs": dict(sorted(self.outputs.items())),
            "total_quads": self.total_quads,
            "output_format": self.output_format,
            "store": self.store,
            "shared_digest": self.shared_digest,
            "label_clashes": self.label_clashes,
        }
        # Compact: an indented dump goes through json's pure-Python encoder, slow at 10,000 filings.
        atomic_write(path, json.dumps(data, separators=(",", ":")).encode("utf-8"))


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def source_state(path: Path, previous: SourceState | None) -> SourceState:
    """The file's state; its hash is reused from ``previous`` when size and mtime are unchanged."""
    stat = path.stat()
    if previous and previous.size == stat.st_size and previous.mtime_ns == stat.st_mtime_ns:
        return previous
    return SourceState(stat.st_size, stat.st_mtime_ns, file_sha256(path))


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cycle collector while loading many objects that form no cycles.

    Unpickling a build's summaries creates hundreds of thousands of objects, and the collector, run
    every few hundred allocations over an ever larger heap, took about 70% of the load time.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


#: One filing's cache bundle: each extractor's facts by its cache key, and the summary by its key.
Bundle = dict[str, Any]


class ExtractionCache:
    """Per filing hash, one bundle: what each extractor produced from those bytes, and their summary.

    One file per filing rather than one per extractor: creating a file costs more than pickling a
    filing's facts, and a build reads or writes a filing's entries together. A changed extractor
    still re-runs alone: the bundle keeps the other extractors' facts under their own keys.
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder / "extract"

    def _path(self, sha256: str) -> Path:
        return self.folder / sha256[:2] / entry_name(sha256)

    def _load(self, path: Path) -> Any:
        try:
            with path.open("rb") as handle, gc_paused():
                return pickle.load(handle)
        except FileNotFoundError:
            return None
        except Exception as exc:  # a damaged entry is a miss, never a failed build
            log.info("cache entry %s unreadable (%s); recomputing", path, exc)
            return None

    def _store(self, path: Path, value: object) -> None:
        # No fsync: a cache entry lost to a crash is only a miss, and syncing thousands of small
        # files would cost more than the extraction they save.
        atomic_write(path, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL), durable=False)

    def load(self, sha256: str) -> Bundle:
        """The filing's bundle (empty when there is none, or it is damaged or foreign)."""
        value = self._load(self._path(sha256))
        return value if isinstance(value, dict) else {}

    def save(self, sha256: str, bundle: Bundle) -> None:
        """Replace the filing's bundle (the keys it holds are the ones a later build may read)."""
        self._store(self._path(sha256), bundle)

    # The summaries of the last build in 16 files, by the first hex digit of the filing hash: reading
    # 10,000 small files costs seconds, 16 pickles a fraction of that, and a build that changed a
    # few filings rewrites only their shards. The per-filing entries stay the source of truth.
    def summary_index(self, summary_key: str) -> dict[str, FilingSummary]:
        """The summaries of the last build, by filing hash (empty if absent or of another key)."""
        index: dict[str, FilingSummary] = {}
        with gc_paused():  # across all shards: between two, the collector would traverse the first
            for shard in _SHARDS:
                value = self._load(self._shard_path(shard))
                if not (isinstance(value, tuple) and len(value) == 2 and value[0] == summary_key):
                    return {}  # one shard missing or stale: the per-filing entries are read instead
                index.update(value[1])
        return index

    def save_summary_index(
        self, summary_key: str, summaries: dict[str, FilingSummary], previous: dict[str, FilingSummary]
    ) -> None:
        """Write the shards whose filings differ from ``previous`` (the index this build loaded)."""
        shards: dict[str, dict[str, FilingSummary]] = {shard: {} for shard in _SHARDS}
        for sha256, summary in summaries.items():
            shards[sha256[0]][sha256] = summary
        changed = {sha[0] for sha in summaries.keys() ^ previous.keys()} if previous else set(_SHARDS)
        for shard in sorted(changed):
            self._store(self._shard_path(shard), (summary_key, shards[shard]))
        (self.folder / "summaries.pickle").unlink(missing_ok=True)  # the one-file index of format 2

    def _shard_path(self, shard: str) -> Path:
        return self.folder / f"summaries-{shard}.pickle"

    def prune(self, keep: set[str]) -> tuple[int, int]:
        """Delete the entries (``<sha256>.pickle`` in the ``<sha256[:2]>`` folders) whose file
        names are not in ``keep``, then the folders left empty; return the entries removed and the
        bytes they held.

        Reads one listing per folder and compares names as strings (no entry is opened, no Path is
        built per file): at 10,000 filings the cache holds tens of thousands of entries. The summary
        shards and any file that is not an entry (a temporary file, something a user put there) stay.
        """
        try:
            with os.scandir(self.folder) as listing:
                folders = [e.path for e in listing if _is_entry_folder(e)]
        except FileNotFoundError:
            return 0, 0
        removed = freed = 0
        for folder in folders:
            count, size = _prune_folder(folder, keep)
            removed += count
            freed += size
        return removed, freed


_SHARDS = "0123456789abcdef"
_HEX = frozenset(_SHARDS)
_SHA_LEN = 64
_ENTRY_SUFFIX = ".pickle"


def entry_name(sha256: str) -> str:
    """The file name of the cache bundle of one filing hash."""
    return f"{sha256}{_ENTRY_SUFFIX}"


def bundle_facts(bundle: Bundle, key: str) -> list[Fact] | None:
    """The facts an extractor of cache key ``key`` produced, if the bundle holds them."""
    value = bundle.get(key)
    return value if isinstance(value, list) else None


def bundle_summary(bundle: Bundle, key: str) -> FilingSummary | None:
    """The filing's summary of summary key ``key``, if the bundle holds it."""
    value = bundle.get(key)
    return value if isinstance(value, FilingSummary) else None


def _is_entry_folder(entry: os.DirEntry[str]) -> bool:
    """True for a ``<sha256[:2]>`` folder: two lowercase hex digits (a summary shard is a file)."""
    name = entry.name
    return len(name) == 2 and _HEX.issuperset(name) and entry.is_dir(follow_symlinks=False)


def _is_entry(name: str, folder_name: str) -> bool:
    """True when ``name`` is an entry's file name in the folder of the hashes starting ``folder_name``:
    a bundle, ``<sha256>.pickle``, or a per-extractor entry of the previous layout,
    ``<sha256>.<key>.pickle`` (no build reads those any more)."""
    return (
        len(name) >= _SHA_LEN + len(_ENTRY_SUFFIX)
        and name[_SHA_LEN] == "."
        and name.startswith(folder_name)
        and name.endswith(_ENTRY_SUFFIX)
        and _HEX.issuperset(name[:_SHA_LEN])
    )


def _prune_folder(folder: str, keep: set[str]) -> tuple[int, int]:
    """Delete the entries of one ``<sha256[:2]>`` folder not in ``keep``, and the folder if that
    empties it; return the entries removed and their bytes."""
    folder_name = os.path.basename(folder)
    removed = freed = left = 0
    with os.scandir(folder) as listing:
        for entry in listing:
            name = entry.name
            if name in keep or not _is_entry(name, folder_name) or not entry.is_file(follow_symlinks=False):
                left += 1
                continue
            try:
                size = entry.stat(follow_symlinks=False).st_size
                os.unlink(entry.path)
            except FileNotFoundError:
                continue  # already gone: nothing to free
            removed += 1
            freed += size
    if not left:
        with contextlib.suppress(OSError):  # something was written there meanwhile: the folder stays
            os.rmdir(folder)
    return removed, freed


def summary_cache_key(extractor_keys: Iterable[str]) -> str:
    """The cache key of a filing's summary: it depends on every extractor's output and on the code
    that summarises."""
    # The cache format too: a summary index of another layout must not vouch for bundles it never saw.
    digest = hashlib.sha256(f"{SUMMARY_FORMAT}|{CACHE_FORMAT}|{'|'.join(extractor_keys)}".encode())
    digest.update(code_digest("kg.summary").encode())
    return f"summary-{digest.hexdigest()[:16]}"


def graph_cache_path(folder: Path, filing_key: str) -> Path:
    """Where a filing's named graph from the last build is kept, as sorted N-Quads."""
    return Path(graph_cache_file(folder, filing_key))


def graph_cache_file(folder: Path, filing_key: str) -> str:
    """``graph_cache_path`` as a string: a build handles one per filing, and Path objects cost."""
    return f"{folder}{os.sep}graphs{os.sep}{_graph_file_name(filing_key)}"


@functools.lru_cache(maxsize=1 << 16)
def _graph_file_name(filing_key: str) -> str:
    return f"{hashlib.sha256(filing_key.encode()).hexdigest()[:16]}.nq"


def remove_stale(folder: Path, keep: Iterable[str]) -> None:
    """Delete cached named graphs that no longer belong to any filing (``keep``: the files to keep,
    as ``graph_cache_file`` names them)."""
    graphs = folder / "graphs"
    if not graphs.is_dir():
        return
    kept = set(keep)  # compared as strings: Path objects cost at 10,000 files
    for entry in os.scandir(graphs):
        if entry.path not in kept:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(entry.path)
