"""Corpus → extract → resolve → map → export: the whole build, as a library call.

``build(paths, out_dir)`` reads every filing under ``paths``, runs the extractor registry on each
(one failing file or extractor never stops the others), resolves entities across filings, maps the
facts to one named graph per filing, adds the ontology, reference and entity-label graphs, and
writes ``graph.ttl`` (the union) and ``graph.trig`` (named graphs) atomically.
"""

from __future__ import annotations

import dataclasses
import hashlib
import logging
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from kg import __version__, mapping
from kg.cache import (
    CACHE_FORMAT,
    ExtractionCache,
    Manifest,
    SourceState,
    graph_cache_path,
    remove_stale,
    source_state,
)
from kg.corpus import DEFAULT_MAX_BYTES, Document, find_filings
from kg.errors import GraphError, UsageError
from kg.executors import ExtractionJob, checked_facts, run_jobs
from kg.export import OUTPUT_NAMES, atomic_write, sorted_quads_nquads, write_outputs
from kg.extractors import REGISTRY, Extractor
from kg.model import (
    EntityRef,
    Fact,
    FilingInfo,
    FinancialFact,
    Guidance,
    Mention,
    Relation,
    SameAs,
    Skipped,
    StatusObservation,
    UnknownEntity,
)
from kg.resolve import Resolution, preferred_labels, resolve, rewrite
from kg.resources import default_corpus, ontology_dir
from kg.text import slugify
from kg.vocab import KG_IRI

log = logging.getLogger(__name__)

#: The build cache lives beside the outputs it produced (and is ignored by git).
CACHE_DIR_NAME = ".cache"


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
class GraphChange:
    """How one filing's named graph differs from the previous build's."""

    key: str
    status: str  # "added", "removed" or "changed"
    triples_added: int = 0
    triples_removed: int = 0
    facts_added: int = 0
    facts_removed: int = 0


@dataclass
class BuildReport:
    """The build's outcome, for the CLI to print and tests to check."""

    filings: list[FilingReport] = field(default_factory=list)
    total_triples: int = 0
    outputs: list[Path] = field(default_factory=list)
    merges: list[str] = field(default_factory=list)
    refused_merges: list[str] = field(default_factory=list)
    changes: list[GraphChange] = field(default_factory=list)
    invariant_failures: list[str] = field(default_factory=list)
    nothing_changed: bool = False
    seconds: float = 0.0

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
    progress: Callable[[str], None] | None = None


@dataclass
class ExtractedFiling:
    """One filing's source, hash and everything the registry extracted from it."""

    source: str
    sha256: str
    facts: list[Fact]
    versions: dict[str, str]
    key: str = ""

    @property
    def info(self) -> FilingInfo | None:
        return next((f for f in self.facts if isinstance(f, FilingInfo)), None)


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
    """Name, version and a hash of the ontology data the extractor reads."""
    digest = hashlib.sha256()
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
    """Everything besides the filings that the outputs depend on: code version, extractors, ontology data."""
    digest = hashlib.sha256(f"{__version__}|{CACHE_FORMAT}".encode())
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
    started = time.perf_counter()
    report = BuildReport()
    sources = list(find_filings(list(paths) if paths else [default_corpus()]))
    if not sources:
        raise UsageError("no filings found (expected .txt, .htm or .html files)")

    cache_dir = out_dir / CACHE_DIR_NAME
    manifest_path = cache_dir / "manifest.json"
    old = Manifest.load(manifest_path) if options.cache else Manifest()
    new = Manifest(signature=build_signature())
    states = _source_states(sources, old, new, report)
    if options.cache and _nothing_changed(old, new, out_dir, options):
        report.nothing_changed = True
        report.filings = [FilingReport(source=s, key=k) for k, s in sorted(old.graph_sources.items())]
        report.filings += [FilingReport(source=s, skipped=why) for s, why in sorted(old.skipped.items())]
        report.total_triples = old.total_triples
        report.outputs = [out_dir / name for name in OUTPUT_NAMES]
        report.seconds = time.perf_counter() - started
        return report

    extracted = _extract_all(sources, states, report, options, cache_dir)
    _assign_keys(extracted)
    reference_quads = load_graph_files(
        sorted((ontology_dir() / "reference").glob("*.ttl")), mapping.GRAPH_REFERENCE
    )
    reference = reference_entities(reference_quads)
    facts_by_filing = {e.key: e.facts for e in extracted}
    canon = resolve(facts_by_filing, reference)
    for key, statement in canon.merges:
        report.merges.append(f"{key}: {statement.a.key} = {statement.b.key} ({statement.evidence.quote!r})")
    for key, statement, why in canon.refused:
        report.refused_merges.append(f"{key}: {statement.a.key} ≠ {statement.b.key}: {why}")

    labels = preferred_labels(facts_by_filing, canon, reference)
    graph_data, all_refs, unmapped = _map_filings(
        extracted, canon, report, old, new, cache_dir if options.cache else None
    )
    for ref in all_refs - reference:
        labels.setdefault(ref, ref.key)
    shared = reference_quads | load_graph_files(_ontology_files(), mapping.GRAPH_ONTOLOGY)
    shared.update(mapping.entity_label_quads(labels, unmapped))
    report.invariant_failures = label_clashes(shared)
    shared_data = nquads_bytes(shared)
    report.outputs, report.total_triples = write_outputs([shared_data, *graph_data.values()], out_dir)
    digests = {key: hashlib.sha256(data).hexdigest() for key, data in graph_data.items()}
    if options.store is not None:
        from kg.store import update_store

        update_store(options.store, shared_data, graph_data, old.graphs, digests)
    if options.cache:
        new.graph_sources = {f.key: f.source for f in extracted}
        new.total_triples = report.total_triples
        new.skipped = {f.source: f.skipped for f in report.filings if f.skipped}
        new.graphs = digests
        report.changes = _record_graphs(cache_dir, old, graph_data)
        new.outputs = {p.name: _output_stamp(p) for p in report.outputs}
        manifest_path.parent.mkdir(parents=True, exist_ok=True)
        new.save(manifest_path)
    report.seconds = time.perf_counter() - started
    return report


def _map_filings(
    extracted: list[ExtractedFiling],
    canon: Resolution,
    report: BuildReport,
    old: Manifest,
    new: Manifest,
    cache_dir: Path | None,
) -> tuple[dict[str, bytes], set[EntityRef], dict[str, str]]:
    """Map each filing to its named graph, kept as sorted N-Quads bytes (a tenth of the memory of
    term objects), reusing last build's graph when nothing that shapes it changed; fill the report's
    per-filing entries. Returns the graphs, every entity ref used, and the concepts minted from
    unknown labels."""
    graph_data: dict[str, bytes] = {}
    all_refs: set[EntityRef] = set()
    unmapped: dict[str, str] = {}
    by_source = {f.source: f for f in report.filings}
    for filing in extracted:
        refs = _refs_of(filing.facts)
        map_key = _mapping_key(filing, {ref: canon(ref) for ref in refs})
        new.map_keys[filing.key] = map_key
        cached = graph_cache_path(cache_dir, filing.key) if cache_dir else None
        filing.facts = [rewrite(f, canon) for f in filing.facts]
        if cached and old.map_keys.get(filing.key) == map_key and cached.exists():
            # Same facts, same resolution, same mapping code: the graph is the one written last time.
            graph_data[filing.key] = cached.read_bytes()
        else:
            graph_data[filing.key] = nquads_bytes(map_filing(filing, canon))
        entry = by_source[filing.source]
        entry.key = filing.key
        entry.triples = graph_data[filing.key].count(b"\n")
        entry.facts = sum(
            isinstance(f, FinancialFact | Guidance | StatusObservation | Relation) for f in filing.facts
        )
        entry.warnings = [f"{s.extractor}: {s.reason}" for s in filing.facts if isinstance(s, Skipped)]
        entry.unknown_entities = sorted(
            {f"{u.ref.kind} {u.name} (line {u.line})" for u in filing.facts if isinstance(u, UnknownEntity)}
        )
        all_refs.update(_refs_of(filing.facts))
        unmapped.update(
            {f.concept: f.label for f in filing.facts if isinstance(f, FinancialFact) and not f.mapped}
        )
    return graph_data, all_refs, unmapped


def _mapping_key(filing: ExtractedFiling, resolution: dict[EntityRef, EntityRef]) -> str:
    """What a filing's graph depends on: its key, source, bytes, extractors, the canonical entity of
    every ref it names, and the code that maps facts (so editing the mapping invalidates it)."""
    digest = hashlib.sha256(_MAPPING_CODE)
    digest.update(f"{filing.key}|{filing.source}|{filing.sha256}|{sorted(filing.versions.items())}".encode())
    digest.update(repr(sorted(resolution.items())).encode())
    digest.update(repr([type(f).__name__ for f in filing.facts]).encode())
    digest.update(hashlib.sha256(repr(filing.facts).encode()).digest())
    return digest.hexdigest()


#: The mapping's own code is part of every mapped graph's cache key.
_MAPPING_CODE = b"".join(
    Path(module.__file__).read_bytes()
    for module in (mapping, sys.modules[Resolution.__module__], sys.modules[EntityRef.__module__])
    if module.__file__
)


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


def _nothing_changed(old: Manifest, new: Manifest, out_dir: Path, options: BuildOptions) -> bool:
    if options.store is not None or old.signature != new.signature or old.sources != new.sources:
        return False
    return all(
        (out_dir / name).exists() and old.outputs.get(name) == _output_stamp(out_dir / name)
        for name in OUTPUT_NAMES
    )


def _output_stamp(path: Path) -> str:
    stat = path.stat()
    return f"{stat.st_size}:{stat.st_mtime_ns}"


def _extract_all(
    sources: list[Path],
    states: dict[Path, SourceState | None],
    report: BuildReport,
    options: BuildOptions,
    cache_dir: Path,
) -> list[ExtractedFiling]:
    """Facts of every readable, distinct filing: from the cache where possible, else by running the jobs."""
    cache = ExtractionCache(cache_dir) if options.cache else None
    keys = {e.name: extractor_cache_key(e) for e in REGISTRY}
    cached: dict[Path, dict[str, list[Fact]]] = {}
    jobs: list[ExtractionJob] = []
    for path in sources:
        state = states[path]
        if state is None:
            continue
        hits: dict[str, list[Fact]] = {}
        if cache is not None:
            for name, key in keys.items():
                facts = cache.get(state.sha256, key)
                if facts is not None:
                    hits[name] = facts
        cached[path] = hits
        missing = tuple(e.name for e in REGISTRY if e.name not in hits)
        if missing:
            jobs.append(ExtractionJob(str(path), missing, options.max_bytes))
    results = {
        Path(r.path): r
        for r in run_jobs(
            jobs,
            workers=options.jobs,
            executor=options.executor,
            scheduler=options.scheduler,
            progress=options.progress,
        )
    }

    extracted: list[ExtractedFiling] = []
    seen_hashes: dict[str, str] = {}
    for path in sources:
        state = states[path]
        if state is None:
            continue
        entry = FilingReport(source=path.name)
        report.filings.append(entry)
        result = results.get(path)
        if result is not None and result.error is not None:
            entry.skipped = result.error
            continue
        if state.sha256 in seen_hashes:
            entry.skipped = f"same content as {seen_hashes[state.sha256]}"
            continue
        seen_hashes[state.sha256] = path.name
        by_extractor = dict(cached[path])
        if result is not None:
            entry.extracted = True
            by_extractor.update(result.facts)
            if cache is not None:
                for name, facts in result.facts.items():
                    cache.put(state.sha256, keys[name], facts)
        facts = [fact for e in REGISTRY for fact in by_extractor.get(e.name, [])]
        versions = {e.name: e.version for e in REGISTRY}
        extracted.append(ExtractedFiling(path.name, state.sha256, facts, versions))
    order = {p.name: i for i, p in enumerate(sources)}
    report.filings.sort(key=lambda f: order.get(f.source, len(order)))
    return extracted


_SHARED_GRAPHS = {mapping.GRAPH_ONTOLOGY, mapping.GRAPH_REFERENCE, mapping.GRAPH_ENTITIES}


def nquads_bytes(quads: Iterable[ox.Quad]) -> bytes:
    """One filing's graph as sorted N-Quads: its cache form and the input of its digest."""
    return sorted_quads_nquads(quads)


_FACT_CLASSES = {
    mapping.kg("FinancialFact"),
    mapping.kg("Guidance"),
    mapping.kg("StatusObservation"),
    mapping.RDF_STATEMENT,
}


def _facts_in(quads: set[ox.Quad]) -> set[ox.NamedNode | ox.BlankNode | ox.Triple]:
    return {q.subject for q in quads if q.predicate == mapping.RDF_TYPE and q.object in _FACT_CLASSES}


def _record_graphs(cache_dir: Path, old: Manifest, graph_data: dict[str, bytes]) -> list[GraphChange]:
    """Keep each filing's graph as N-Quads for the next build, and compare with the previous build's."""
    changes: list[GraphChange] = []
    keep: set[Path] = set()
    for key in sorted(graph_data):
        data = graph_data[key]
        digest = hashlib.sha256(data).hexdigest()
        path = graph_cache_path(cache_dir, key)
        keep.add(path)
        if old.graphs.get(key) == digest:
            continue
        after = set(ox.parse(data, format=ox.RdfFormat.N_QUADS))
        if key in old.graphs and path.exists():
            before = set(ox.parse(path=str(path), format=ox.RdfFormat.N_QUADS))
            changes.append(
                GraphChange(
                    key,
                    "changed",
                    triples_added=len(after - before),
                    triples_removed=len(before - after),
                    facts_added=len(_facts_in(after) - _facts_in(before)),
                    facts_removed=len(_facts_in(before) - _facts_in(after)),
                )
            )
        else:
            changes.append(
                GraphChange(key, "added", triples_added=len(after), facts_added=len(_facts_in(after)))
            )
        atomic_write(path, data)
    for key in sorted(set(old.graphs) - set(graph_data)):
        path = graph_cache_path(cache_dir, key)
        removed = set(ox.parse(path=str(path), format=ox.RdfFormat.N_QUADS)) if path.exists() else set()
        changes.append(
            GraphChange(key, "removed", triples_removed=len(removed), facts_removed=len(_facts_in(removed)))
        )
    remove_stale(cache_dir, keep)
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


def _assign_keys(extracted: list[ExtractedFiling]) -> None:
    """Give each filing its key; two filings that would share one get their content hash appended."""
    wanted: dict[str, list[ExtractedFiling]] = {}
    for filing in extracted:
        wanted.setdefault(filing_key(filing.info, Path(filing.source).stem), []).append(filing)
    for key, filings in wanted.items():
        for filing in filings:
            filing.key = key if len(filings) == 1 else f"{key}-{filing.sha256[:8]}"


def map_filing(filing: ExtractedFiling, canon: Resolution) -> set[ox.Quad]:
    """The quads of one filing's named graph."""
    mapper = mapping.FilingMapper(filing.key)
    info = filing.info or FilingInfo("unknown", None, None, None, None)
    mapper.filing_info(info, filing.source, filing.sha256)
    for name, version in sorted(filing.versions.items()):
        mapper.extractor(name, version)
    filer = info.filer
    for fact in filing.facts:
        if isinstance(fact, Mention):
            mapper.mention(fact)
        elif isinstance(fact, Relation):
            mapper.relation(fact)
        elif isinstance(fact, SameAs):
            mapper.same_as(fact, canon(fact.a))
        elif isinstance(fact, StatusObservation):
            mapper.status(fact, info.report_date)
        elif isinstance(fact, FinancialFact | Guidance):
            entity = fact.entity or filer
            if entity is None:
                continue  # a number without a known filer is a number about nobody
            if isinstance(fact, FinancialFact):
                mapper.financial_fact(fact, entity)
            else:
                mapper.guidance(fact, entity)
    return mapper.quads


def _refs_of(facts: Iterable[Fact]) -> set[EntityRef]:
    refs: set[EntityRef] = set()
    for fact in facts:
        for f in dataclasses.fields(fact):
            value = getattr(fact, f.name)
            if isinstance(value, EntityRef):
                refs.add(value)
    return refs


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
