"""Corpus → extract → resolve → map → export: the whole build, as a library call.

``build(paths, out_dir)`` reads every filing under ``paths``, runs the extractor registry on each
(one failing file or extractor never stops the others), resolves entities across filings, maps the
facts to one named graph per filing, adds the ontology, reference and entity-label graphs, and
writes ``graph.ttl`` (the union) and ``graph.trig`` (named graphs) atomically, or for a large
dataset a folder of N-Quads, one file per named graph.

Memory is bounded by the largest filing, not the corpus: workers write each filing's facts to the
build cache and hand back only a ``FilingSummary``; resolution works on summaries; then each
filing's facts are read back, mapped and written as N-Quads, one filing at a time per worker.
"""

from __future__ import annotations

import gc
import hashlib
import logging
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from kg import __version__, mapping
from kg.cache import (
    CACHE_FORMAT,
    Bundle,
    ExtractionCache,
    Manifest,
    SourceState,
    bundle_facts,
    bundle_summary,
    entry_name,
    gc_paused,
    graph_cache_file,
    graph_cache_path,
    remove_stale,
    source_state,
    summary_cache_key,
)
from kg.codehash import code_digest
from kg.corpus import DEFAULT_MAX_BYTES, TOO_LARGE, Document, too_large_reason
from kg.discover import find_filings
from kg.errors import GraphError, UsageError
from kg.executors import DEFAULT_TIME_LIMIT, ExtractionJob, ExtractionResult, Workers, checked_facts, run_job
from kg.export import atomic_write, sorted_quads_nquads, write_nquads_folder, write_outputs
from kg.extractors import REGISTRY, Extractor
from kg.mapjob import GraphChange, MappingJob, fact_lines, run_mapping_job
from kg.model import EntityRef, Fact, FilingInfo, Skipped
from kg.resolve import Resolution, join_name_variants, preferred_labels, renamed_pairs, resolve
from kg.resources import default_corpus, ontology_dir
from kg.summary import FilingSummary, summarize
from kg.terms import KG_IRI
from kg.text import slugify

__all__ = ["BuildOptions", "BuildReport", "FilingReport", "GraphChange", "build", "extract", "label_clashes"]

log = logging.getLogger(__name__)

#: The build cache lives beside the outputs it produced (and is ignored by git).
CACHE_DIR_NAME = ".cache"
#: Present in the cache folder while a build updates the on-disk store.
STORE_PENDING = "store-update-pending"
#: A ``--no-cache`` build keeps its facts in ``<out>/.build-<pid>-<random>/`` while it runs.
SCRATCH_PREFIX = ".build-"


@dataclass
class FilingReport:
    """What the build did with one file."""

    source: str
    key: str | None = None
    triples: int = 0
    facts: int = 0
    skipped: str | None = None  # the reason the whole file was skipped
    warnings: list[str] = field(default_factory=list)
    unknown_entities: list[str] = field(default_factory=list)
    extracted: bool = False  # False when every extractor's result came from the cache


@dataclass
class BuildReport:
    """The build's outcome, for the CLI to print and tests to check."""

    filings: list[FilingReport] = field(default_factory=list)
    total_triples: int | None = 0  # distinct triples of the union (None for an N-Quads export)
    total_quads: int = 0
    output_format: str = "turtle"
    outputs: list[Path] = field(default_factory=list)
    merges: list[str] = field(default_factory=list)
    refused_merges: list[str] = field(default_factory=list)
    changes: list[GraphChange] = field(default_factory=list)
    invariant_failures: list[str] = field(default_factory=list)
    nothing_changed: bool = False
    seconds: float = 0.0
    pruned_entries: int = 0  # stale extraction-cache entries this build deleted
    pruned_bytes: int = 0  # and the bytes they held

    @property
    def built(self) -> list[FilingReport]:
        return [f for f in self.filings if f.skipped is None]

    @property
    def skipped(self) -> list[FilingReport]:
        return [f for f in self.filings if f.skipped is not None]

    @property
    def extracted(self) -> list[FilingReport]:
        return [f for f in self.filings if f.extracted]


@dataclass
class BuildOptions:
    """How to run a build: workers, executor, cache and on-disk store."""

    jobs: int = 1
    executor: str = "local"
    scheduler: str | None = None
    cache: bool = True
    store: Path | None = None
    max_bytes: int = DEFAULT_MAX_BYTES
    time_limit: float = DEFAULT_TIME_LIMIT  # seconds one extractor may run on one filing; 0: none
    # Called after each filing a phase finishes: (phase, filings done, filings in the phase), the
    # phases being "extracting" and "mapping" (filings whose cached result is reused are not counted).
    progress: Callable[[str, int, int], None] | None = None
    output_format: str = "auto"  # "turtle", "nquads", or "auto": N-Quads above turtle_max_quads
    turtle_max_quads: int = 1_000_000


#: Output formats of ``BuildOptions.output_format``.
OUTPUT_FORMATS = ("auto", "turtle", "nquads")


@dataclass
class SummarizedFiling:
    """One filing's source, hash and the summary of what the registry extracted from it."""

    source: str
    sha256: str
    summary: FilingSummary
    extracted: bool
    key: str = ""

    @property
    def info(self) -> FilingInfo | None:
        return self.summary.info


def extract(
    document: Document, registry: Sequence[Extractor] = REGISTRY
) -> tuple[list[Fact], dict[str, str]]:
    """Run every extractor on ``document``; an extractor that raises is reported, not fatal."""
    facts: list[Fact] = []
    versions: dict[str, str] = {}
    for extractor in registry:
        versions[extractor.name] = extractor.version
        try:
            produced = list(extractor.run(document))
        except Exception as exc:  # an extractor bug must not lose the other extractors' facts
            log.warning("%s: extractor %s failed: %s", document.name, extractor.name, exc)
            produced = [Skipped(extractor.name, f"extractor failed: {type(exc).__name__}: {exc}")]
        facts.extend(checked_facts(document, extractor.name, produced))
    return facts, versions


def filing_key(info: FilingInfo | None, fallback: str) -> str:
    """``<filer>-<report date>-<form>`` (``immunogen-2005-11-03-8-k``), or a slug of the file name."""
    if info is None or info.filer is None or info.report_date is None:
        return slugify(fallback)
    return f"{info.filer.key}-{info.report_date.isoformat()}-{slugify(info.form_type)}"


def extractor_cache_key(extractor: Extractor) -> str:
    """Name, version, and a hash of the code the extractor runs (its modules and the ``kg`` modules
    they import, plus the evidence check every fact passes) and of the ontology data it reads."""
    digest = hashlib.sha256(code_digest(extractor.run.__module__).encode())
    digest.update(_EVIDENCE_CHECK_CODE)
    for name in extractor.reads:
        for path in _data_files(ontology_dir() / name):
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
    return f"{extractor.name}-{extractor.version}-{digest.hexdigest()[:12]}"


def _data_files(path: Path) -> list[Path]:
    if path.is_dir():
        return sorted(p for p in path.rglob("*") if p.is_file())
    return [path] if path.exists() else []


def build_signature() -> str:
    """Everything besides the filings that the outputs depend on: code version, extractors, ontology
    data, and the code that maps, resolves and exports (so a changed writer is never skipped)."""
    digest = hashlib.sha256(f"{__version__}|{CACHE_FORMAT}".encode())
    digest.update(_MAPPING_CODE)
    for module in (sys.modules[__name__], sys.modules[write_outputs.__module__]):
        if module.__file__:
            digest.update(Path(module.__file__).read_bytes())
    for extractor in REGISTRY:
        digest.update(extractor_cache_key(extractor).encode())
    for path in _data_files(ontology_dir()):
        digest.update(str(path.relative_to(ontology_dir())).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def build(
    paths: Iterable[Path] | None = None,
    out_dir: Path = Path("graphs"),
    options: BuildOptions | None = None,
) -> BuildReport:
    """Build the graph from the filings under ``paths`` (default: the bundled corpus) into ``out_dir``."""
    options = options or BuildOptions()
    if options.output_format not in OUTPUT_FORMATS:
        raise UsageError(f"unknown output format {options.output_format!r}; expected one of {OUTPUT_FORMATS}")
    started = time.perf_counter()
    report = BuildReport()
    sources = list(find_filings(list(paths) if paths else [default_corpus()]))
    if not sources:
        raise UsageError("no filings found (expected .txt, .htm or .html files)")

    manifest_path = out_dir / CACHE_DIR_NAME / "manifest.json"
    old = Manifest.load(manifest_path) if options.cache else Manifest()
    new = Manifest(signature=build_signature())
    states = _source_states(sources, old, new, report)
    if options.cache and _nothing_changed(old, new, out_dir, options, len(sources)):
        return _unchanged_report(old, out_dir, report, started)

    out_dir.mkdir(parents=True, exist_ok=True)
    cache_keys = _cache_keys()  # computed once: each reads the reference data its extractor depends on
    remove_abandoned_scratch(out_dir)
    # Without a cache, the facts still go through a cache folder (so memory stays bounded by one
    # filing), a temporary one that is deleted afterwards.
    cache_dir = (
        out_dir / CACHE_DIR_NAME
        if options.cache
        else Path(tempfile.mkdtemp(prefix=f"{SCRATCH_PREFIX}{os.getpid()}-", dir=out_dir))
    )
    try:
        with Workers(options.jobs, options.executor, options.scheduler) as workers:
            filings = _extract_all(sources, states, report, options, cache_dir, workers, cache_keys)
            # The summaries live until the build ends: moved out of the collector's sight, they
            # are not traversed again by every collection the later steps trigger (writing the
            # manifest alone took four times longer with them in sight).
            gc.freeze()
            log.info("extraction: %d filings, %.2f s", len(filings), time.perf_counter() - started)
            _assign_keys(filings)
            _write_graphs(filings, out_dir, cache_dir, old, new, report, options, workers, cache_keys)
        if options.cache:
            os.sync()  # the cache files were written without fsync; the manifest must not outlive them
            new.save(manifest_path)
            _prune_cache(cache_dir, states, report)
        else:
            report.changes = []
    finally:
        gc.unfreeze()
        if not options.cache:
            shutil.rmtree(cache_dir, ignore_errors=True)
    report.seconds = time.perf_counter() - started
    return report


def _write_graphs(
    filings: list[SummarizedFiling],
    out_dir: Path,
    cache_dir: Path,
    old: Manifest,
    new: Manifest,
    report: BuildReport,
    options: BuildOptions,
    workers: Workers,
    cache_keys: CacheKeys,
) -> None:
    """Resolve entities across filings, map each filing's graph, then export and store the dataset."""
    reference_quads = load_graph_files(
        sorted((ontology_dir() / "reference").glob("*.ttl")), mapping.GRAPH_REFERENCE
    )
    reference = reference_entities(reference_quads)
    canon = resolve({f.key: f.summary.same_as for f in filings}, reference)
    for key, statement in canon.merges:
        report.merges.append(f"{key}: {statement.a.key} = {statement.b.key} ({statement.evidence.quote!r})")
    for key, statement, why in canon.refused:
        report.refused_merges.append(f"{key}: {statement.a.key} ≠ {statement.b.key}: {why}")
    canon = join_name_variants({f.key: f.summary.employments for f in filings}, canon)
    for short, full, company in canon.name_variants:
        report.merges.append(
            f"person {short} = {full} (the same name but middle initials, both at {company})"
        )
    for short, full, company in canon.nickname_variants:
        report.merges.append(f"person {short} = {full} (a short form of the first name, both at {company})")
    renamed = renamed_pairs(canon)
    reference_pairs = {(ref.kind, ref.key) for ref in reference}
    labels = preferred_labels(
        {f.key: f.summary.first_labels for f in filings},
        renamed,
        reference_pairs,
        {f.key: f.summary.printed_names for f in filings},
    )

    phase = time.perf_counter()
    graph_files = {f.key: graph_cache_file(cache_dir, f.key) for f in filings}
    fact_keys = tuple(key for _, key in cache_keys[0])
    _map_filings(
        filings, renamed, report, old, new, cache_dir, graph_files, workers, fact_keys, options.progress
    )
    log.info("mapping: %.2f s", time.perf_counter() - phase)
    phase = time.perf_counter()
    unmapped: dict[str, str] = {}
    for filing in filings:
        unmapped.update(filing.summary.unmapped_concepts)
        for pair in filing.summary.refs:
            canonical = renamed.get(pair, pair)
            labels.setdefault(canonical, canonical[1])
    for pair in reference_pairs:
        labels.pop(pair, None)
    # The entity graph's name sorts before the ontology's and the reference's: its lines come first.
    shared_data = mapping.entity_label_nquads(labels, unmapped) + sorted_quads_nquads(
        reference_quads | load_graph_files(_ontology_files(), mapping.GRAPH_ONTOLOGY)
    )
    # The label check reads only the shared graphs: when they and the code are the last build's, so
    # is its answer.
    new.shared_digest = hashlib.sha256(shared_data).hexdigest()
    if new.shared_digest == old.shared_digest and new.signature == old.signature:
        new.label_clashes = old.label_clashes
    else:
        new.label_clashes = label_clashes(ox.parse(shared_data, format=ox.RdfFormat.N_QUADS))
    report.invariant_failures = list(new.label_clashes)

    report.total_quads = shared_data.count(b"\n") + sum(new.graph_quads.values())
    report.output_format = options.output_format
    if report.output_format == "auto":
        large = report.total_quads > options.turtle_max_quads
        report.output_format = "nquads" if large else "turtle"
    if report.output_format == "turtle":
        chunks = [shared_data, *(Path(graph_files[key]).read_bytes() for key in sorted(graph_files))]
        report.outputs, report.total_triples = write_outputs(chunks, out_dir)
        del chunks
    else:
        report.outputs = write_nquads_folder(shared_data, graph_files, out_dir)
        report.total_triples = None
    log.info("export (%s): %.2f s", report.output_format, time.perf_counter() - phase)
    if options.store is not None:
        from kg.store import update_store

        phase = time.perf_counter()
        # A store is updated graph by graph only if the last build finished updating this very
        # store; any other (or one a killed build left half-updated) is reloaded whole.
        pending = out_dir / CACHE_DIR_NAME / STORE_PENDING
        trusted = old.store == str(options.store.resolve()) and not pending.exists()
        if options.cache:
            atomic_write(pending, str(options.store.resolve()).encode())
        update_store(options.store, shared_data, graph_files, old.graphs, new.graphs, trusted=trusted)
        pending.unlink(missing_ok=True)
        new.store = str(options.store.resolve())
        log.info("store: %.2f s", time.perf_counter() - phase)
    report.changes += _removed_graphs(cache_dir, old, new)
    remove_stale(cache_dir, graph_files.values())
    new.graph_sources = {f.key: f.source for f in filings}
    new.total_triples = report.total_triples or 0
    new.total_quads = report.total_quads
    new.output_format = report.output_format
    new.skipped = {f.source: f.skipped for f in report.filings if f.skipped}
    new.outputs = _output_stamps(out_dir, report.outputs)


def remove_abandoned_scratch(out_dir: Path) -> None:
    """Delete the scratch folders of ``--no-cache`` builds that were killed before they could: those
    whose process is gone. A folder of a build still running (its process alive) is left alone."""
    try:
        entries = [e for e in os.scandir(out_dir) if e.name.startswith(SCRATCH_PREFIX) and e.is_dir()]
    except OSError:
        return  # no output folder yet
    for entry in entries:
        pid_text = entry.name.removeprefix(SCRATCH_PREFIX).split("-", 1)[0]
        if pid_text.isdigit() and _process_alive(int(pid_text)):
            continue
        shutil.rmtree(entry.path, ignore_errors=True)


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)  # signal 0: only checks that the process exists
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # exists, but belongs to someone else
    return True


def _unchanged_report(old: Manifest, out_dir: Path, report: BuildReport, started: float) -> BuildReport:
    """The report of a build that found nothing changed since the last one (from its manifest)."""
    report.nothing_changed = True
    report.filings = [FilingReport(source=s, key=k) for k, s in sorted(old.graph_sources.items())]
    report.filings += [FilingReport(source=s, skipped=why) for s, why in sorted(old.skipped.items())]
    report.total_triples = old.total_triples if old.output_format != "nquads" else None
    report.total_quads = old.total_quads
    report.output_format = old.output_format
    report.outputs = [out_dir / name for name in sorted(old.outputs)]
    report.seconds = time.perf_counter() - started
    return report


def _map_filings(
    filings: list[SummarizedFiling],
    renamed_refs: dict[tuple[str, str], tuple[str, str]],
    report: BuildReport,
    old: Manifest,
    new: Manifest,
    cache_dir: Path,
    graph_files: dict[str, str],
    workers: Workers,
    fact_keys: tuple[str, ...],
    progress: Callable[[str, int, int], None] | None = None,
) -> None:
    """Map each filing to its named graph in the build cache, reusing last build's graph when nothing
    that shapes it changed; record digests and sizes in ``new`` and fill the report's entries.
    ``fact_keys``: each extractor's cache key, registry order."""
    versions = tuple((e.name, e.version) for e in REGISTRY)
    extraction = repr((versions, fact_keys))
    jobs: list[MappingJob] = []
    for filing in filings:
        renamed = tuple((pair, renamed_refs[pair]) for pair in filing.summary.refs if pair in renamed_refs)
        map_key = _mapping_key(filing, renamed, extraction)
        new.map_keys[filing.key] = map_key
        reusable = (
            old.map_keys.get(filing.key) == map_key
            and filing.key in old.graphs
            and filing.key in old.graph_quads
            and os.path.exists(graph_files[filing.key])
        )
        if reusable:
            # Same facts, same resolution, same mapping code: the graph is the one written last time.
            new.graphs[filing.key] = old.graphs[filing.key]
            new.graph_quads[filing.key] = old.graph_quads[filing.key]
            continue
        jobs.append(
            MappingJob(
                filing.key,
                filing.source,
                filing.sha256,
                versions,
                fact_keys,
                tuple((EntityRef(*a), EntityRef(*b)) for a, b in renamed),
                str(cache_dir),
                old.graphs.get(filing.key),
            )
        )
    for done, result in enumerate(workers.local_map(run_mapping_job, jobs), start=1):
        if progress:
            progress("mapping", done, len(jobs))
        new.graphs[result.key] = result.digest
        new.graph_quads[result.key] = result.quads
        if result.change is not None:
            report.changes.append(result.change)
    report.changes.sort(key=lambda c: c.key)
    by_source = {f.source: f for f in report.filings}
    for filing in filings:
        entry = by_source[filing.source]
        entry.key = filing.key
        entry.triples = new.graph_quads[filing.key]
        entry.facts = filing.summary.fact_count
        entry.warnings = list(filing.summary.warnings)
        entry.unknown_entities = list(filing.summary.unknown_entities)


def _mapping_key(
    filing: SummarizedFiling,
    renamed: tuple[tuple[tuple[str, str], tuple[str, str]], ...],
    extraction: str,
) -> str:
    """What a filing's graph depends on: its key, source and bytes, ``extraction`` (every
    extractor's name, version and cache key: with the bytes, they determine the facts), the refs
    resolution renamed (and to what), and the code that maps facts (so editing it invalidates it)."""
    digest = hashlib.sha256(_MAPPING_CODE_DIGEST)
    digest.update(f"{filing.key}|{filing.source}|{filing.sha256}|{extraction}".encode())
    digest.update(repr(renamed).encode())
    return digest.hexdigest()


#: Facts are cached after the evidence check, so its code is part of every extractor's key.
_EVIDENCE_CHECK_CODE = Path(sys.modules[checked_facts.__module__].__file__ or "").read_bytes()

#: The mapping's own code is part of every mapped graph's cache key.
_MAPPING_CODE = b"".join(
    Path(module.__file__).read_bytes()
    for module in (
        mapping,
        sys.modules[Resolution.__module__],
        sys.modules[EntityRef.__module__],
        sys.modules[MappingJob.__module__],
        sys.modules[FilingSummary.__module__],
    )
    if module.__file__
)
_MAPPING_CODE_DIGEST = hashlib.sha256(_MAPPING_CODE).digest()


def _source_states(
    sources: list[Path], old: Manifest, new: Manifest, report: BuildReport
) -> dict[Path, SourceState | None]:
    """Size, mtime and hash of each source (hashes reused when size and mtime match the last build)."""
    states: dict[Path, SourceState | None] = {}
    for path in sources:
        try:
            state = source_state(path, old.sources.get(str(path)))
        except OSError as exc:
            states[path] = None
            report.filings.append(
                FilingReport(source=path.name, skipped=f"cannot read ({exc.strerror or exc})")
            )
            continue
        states[path] = state
        new.sources[str(path)] = state
    return states


def _nothing_changed(
    old: Manifest, new: Manifest, out_dir: Path, options: BuildOptions, source_count: int
) -> bool:
    """True when the last build's outputs are what this one would write: same code and data, same
    sources (``source_count`` of them, unreadable ones included), same files skipped as too large,
    same store and output format, and its output files untouched since."""
    if old.signature != new.signature or old.sources != new.sources or not old.outputs:
        return False
    if not _same_size_skips(old, new, options.max_bytes, source_count):
        return False
    if options.store is not None and (
        old.store != str(options.store.resolve())
        or not options.store.is_dir()
        or (out_dir / CACHE_DIR_NAME / STORE_PENDING).exists()
    ):
        return False
    wanted = options.output_format
    if wanted == "auto":
        wanted = "nquads" if old.total_quads > options.turtle_max_quads else "turtle"
    if wanted != old.output_format:
        return False
    return _output_stamps(out_dir, [out_dir / name for name in old.outputs]) == old.outputs


def _same_size_skips(old: Manifest, new: Manifest, max_bytes: int, source_count: int) -> bool:
    """True when ``max_bytes`` skips exactly the files the last build skipped as too large, with the
    same notes: a rebuild with another ``--max-size`` may have to skip other files.

    Reads only the two manifests (the sizes are the sources' stat), no file. The last build's notes
    are kept by file name; when two of its files shared a name, one note may hide the other, so
    unless every source has its own entry (``source_count`` of them) the answer is False.
    """
    if len(old.skipped) + len(old.graph_sources) != source_count:
        return False
    wanted = {
        os.path.basename(path): too_large_reason(state.size, max_bytes)
        for path, state in new.sources.items()
        if state.size > max_bytes
    }
    previous = {name: why for name, why in old.skipped.items() if why.startswith(TOO_LARGE)}
    return wanted == previous


def _output_stamps(out_dir: Path, outputs: Iterable[Path]) -> dict[str, str]:
    """Size and modification time of each output file, by its path relative to ``out_dir``."""
    stamps: dict[str, str] = {}
    prefix = str(out_dir) + os.sep  # string slicing: pathlib is slow over thousands of files
    for path in outputs:
        text = str(path)
        name = text[len(prefix) :] if text.startswith(prefix) else os.path.relpath(text, out_dir)
        try:
            stat = os.stat(path)
        except OSError:
            stamps[name] = "missing"
            continue
        stamps[name] = f"{stat.st_size}:{stat.st_mtime_ns}"
    return stamps


def _extract_all(
    sources: list[Path],
    states: dict[Path, SourceState | None],
    report: BuildReport,
    options: BuildOptions,
    cache_dir: Path,
    workers: Workers,
    cache_keys: CacheKeys,
) -> list[SummarizedFiling]:
    """The summary of every readable, distinct filing within the size limit: from the cache where
    possible, else by running extraction jobs (which leave the facts in the cache)."""
    cache = ExtractionCache(cache_dir)
    keys, summary_key = cache_keys
    # The last build's summaries live until this one ends: out of the collector's sight, they are
    # not traversed by every collection the rest of the build triggers (build() unfreezes). Frozen
    # before the collector runs again: its first pass would otherwise walk all of them (a quarter
    # of a second at 10,000 filings).
    with gc_paused():
        index = cache.summary_index(summary_key)
        gc.freeze()
    known: dict[str, FilingSummary] = {}  # by content hash
    errors: dict[str, str] = {}  # by content hash: why the file was skipped
    jobs: list[ExtractionJob] = []
    queued: set[str] = set()
    for path in sources:
        state = states[path]
        if state is None or state.sha256 in known or state.sha256 in queued or state.sha256 in errors:
            continue  # unreadable, or the same bytes as a file seen before
        if state.size > options.max_bytes:
            # Checked before the cache is consulted, with the size the source's stat gave: a cached
            # summary of a file over the limit must not put it in the graph when a cold build would
            # skip it.
            errors[state.sha256] = too_large_reason(state.size, options.max_bytes)
            continue
        summary = index.get(state.sha256)
        bundle: Bundle = {}
        if summary is None:
            bundle = cache.load(state.sha256)  # a cold build finds none: one failed open per filing
            summary = bundle_summary(bundle, summary_key)
        if summary is not None:
            known[state.sha256] = summary
            continue
        missing = tuple(name for name, key in keys if bundle_facts(bundle, key) is None)
        jobs.append(
            ExtractionJob(
                str(path),
                state.sha256,
                missing,
                options.max_bytes,
                cache_dir=None if workers.remote else str(cache_dir),
                cache_keys=keys,
                summary_key=summary_key,
                time_limit=options.time_limit,
            )
        )
        queued.add(state.sha256)
    extracted: set[str] = set()
    for done, (job, result) in enumerate(zip(jobs, workers.map(run_job, jobs), strict=True), start=1):
        if options.progress:
            options.progress("extracting", done, len(jobs))
        if result.error is not None:
            errors[job.sha256] = result.error
            continue
        if job.extractors:
            extracted.add(job.sha256)
        known[job.sha256] = result.summary or _summarize_remote(cache, job, result, summary_key)

    filings: list[SummarizedFiling] = []
    first_of: dict[str, str] = {}
    for path in sources:
        state = states[path]
        if state is None:
            continue
        entry = FilingReport(source=path.name)
        report.filings.append(entry)
        if state.sha256 in errors:
            entry.skipped = errors[state.sha256]
            continue
        if state.sha256 in first_of:
            entry.skipped = f"same content as {first_of[state.sha256]}"
            continue
        first_of[state.sha256] = path.name
        entry.extracted = state.sha256 in extracted
        filings.append(SummarizedFiling(path.name, state.sha256, known[state.sha256], entry.extracted))
    if known.keys() != index.keys():
        cache.save_summary_index(summary_key, known, index)
    order = {p.name: i for i, p in enumerate(sources)}
    report.filings.sort(key=lambda f: order.get(f.source, len(order)))
    return filings


#: Every extractor's (name, cache key), in registry order, and the key of a filing's summary.
CacheKeys = tuple[tuple[tuple[str, str], ...], str]


def _cache_keys() -> CacheKeys:
    """Every extractor's (name, cache key), in registry order, and the key of a filing's summary."""
    keys = tuple((e.name, extractor_cache_key(e)) for e in REGISTRY)
    return keys, summary_cache_key(key for _, key in keys)


def _prune_cache(cache_dir: Path, states: dict[Path, SourceState | None], report: BuildReport) -> None:
    """Delete the extraction bundles of hashes no source of this build has; count them in ``report``.
    (A bundle drops the facts of extractors since changed whenever it is rewritten, and it is
    rewritten whenever one of them changed.)

    Every readable source's hash is kept: a duplicate, or a filing skipped as too large, may have a
    bundle from an earlier build (or from this one, read before it failed) that a build with other
    options will want again.
    """
    phase = time.perf_counter()
    shas = {state.sha256 for state in states.values() if state is not None}
    keep = {entry_name(sha) for sha in shas}
    report.pruned_entries, report.pruned_bytes = ExtractionCache(cache_dir).prune(keep)
    log.info(
        "cache prune: %d entries, %d bytes, %.2f s",
        report.pruned_entries,
        report.pruned_bytes,
        time.perf_counter() - phase,
    )


def _summarize_remote(
    cache: ExtractionCache, job: ExtractionJob, result: ExtractionResult, summary_key: str
) -> FilingSummary:
    """Cache the facts a remote worker returned and summarise the filing (local workers do it themselves)."""
    reused = cache.load(job.sha256) if len(result.facts) < len(job.cache_keys) else {}
    bundle: Bundle = {}
    facts: list[Fact] = []
    for name, key in job.cache_keys:
        found = result.facts.get(name)
        if found is None:
            found = bundle_facts(reused, key)
            if found is None:
                raise GraphError(f"{job.path}: cached facts of {name} vanished during the build")
        bundle[key] = found
        facts.extend(found)
    summary = summarize(facts)
    bundle[summary_key] = summary
    cache.save(job.sha256, bundle)
    return summary


def _removed_graphs(cache_dir: Path, old: Manifest, new: Manifest) -> list[GraphChange]:
    """The filings of the previous build that are gone, with what their graphs held."""
    changes: list[GraphChange] = []
    for key in sorted(set(old.graphs) - set(new.graphs)):
        path = graph_cache_path(cache_dir, key)
        data = path.read_bytes() if path.exists() else b""
        changes.append(
            GraphChange(
                key, "removed", triples_removed=data.count(b"\n"), facts_removed=len(fact_lines(data))
            )
        )
    return changes


def label_clashes(quads: Iterable[ox.Quad]) -> list[str]:
    """Entities of one class sharing a preferred label: two nodes a reader cannot tell apart."""
    classes: dict[ox.NamedNode | ox.BlankNode | ox.Triple, set[str]] = {}
    labels: dict[ox.NamedNode | ox.BlankNode | ox.Triple, set[str]] = {}
    for quad in quads:
        if quad.predicate == mapping.RDF_TYPE and isinstance(quad.object, ox.NamedNode):
            classes.setdefault(quad.subject, set()).add(quad.object.value)
        elif quad.predicate == mapping.SKOS_PREF and isinstance(quad.object, ox.Literal):
            labels.setdefault(quad.subject, set()).add(quad.object.value)
    holders: dict[tuple[str, str], set[str]] = {}
    for subject, names in labels.items():
        for cls in classes.get(subject, ()):
            if cls.startswith(KG_IRI):
                for name in names:
                    holders.setdefault((cls.removeprefix(KG_IRI), name), set()).add(str(subject))
    return [
        f"{len(subjects)} {cls} entities share the preferred label {name!r}: {', '.join(sorted(subjects))}"
        for (cls, name), subjects in sorted(holders.items())
        if len(subjects) > 1
    ]


def _assign_keys(extracted: list[SummarizedFiling]) -> None:
    """Give each filing its key; two filings that would share one get their content hash appended."""
    wanted: dict[str, list[SummarizedFiling]] = {}
    for filing in extracted:
        stem = os.path.splitext(filing.source)[0]  # the file name without its suffix, as Path.stem
        wanted.setdefault(filing_key(filing.info, stem), []).append(filing)
    for key, filings in wanted.items():
        for filing in filings:
            filing.key = key if len(filings) == 1 else f"{key}-{filing.sha256[:8]}"


def _ontology_files() -> list[Path]:
    folder = ontology_dir()
    return [p for p in (folder / "kg.ttl", folder / "concepts.ttl") if p.exists()]


def load_graph_files(files: Iterable[Path], graph: ox.NamedNode) -> set[ox.Quad]:
    """Parse Turtle files into quads of ``graph``."""
    quads: set[ox.Quad] = set()
    for path in files:
        try:
            for triple in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE):
                quads.add(ox.Quad(triple.subject, triple.predicate, triple.object, graph))
        except (SyntaxError, OSError) as exc:
            raise GraphError(f"{path}: {exc}") from exc
    return quads


def reference_entities(quads: Iterable[ox.Quad]) -> set[EntityRef]:
    """The entity refs the reference data defines (``kgr:<kind>/<key>`` subjects with a kg: class)."""
    refs: set[EntityRef] = set()
    prefix = mapping.KGR_IRI
    for quad in quads:
        if quad.predicate != mapping.RDF_TYPE or not isinstance(quad.subject, ox.NamedNode):
            continue
        iri = quad.subject.value
        if not iri.startswith(prefix):
            continue
        kind, _, key = iri[len(prefix) :].partition("/")
        try:
            refs.add(EntityRef(kind, key))
        except ValueError:
            continue  # not an entity kind (a non-entity name, a concept)
    return refs
