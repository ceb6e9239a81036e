"""Corpus → extract → resolve → map → export: the whole build, as a library call.

``build(paths, out_dir)`` reads every filing under ``paths``, runs the extractor registry on each
(one failing file or extractor never stops the others), resolves entities across filings, maps the
facts to one named graph per filing, adds the ontology, reference and entity-label graphs, and
writes ``graph.ttl`` (the union) and ``graph.trig`` (named graphs) atomically.
"""

from __future__ import annotations

import dataclasses
import logging
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from kg import mapping
from kg.corpus import Document, find_filings, read_document
from kg.errors import FilingError, GraphError, UsageError
from kg.export import write_outputs
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

log = logging.getLogger(__name__)


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


@dataclass
class BuildReport:
    """The build's outcome, for the CLI to print and tests to check."""

    filings: list[FilingReport] = field(default_factory=list)
    total_triples: int = 0
    outputs: list[Path] = field(default_factory=list)
    merges: list[str] = field(default_factory=list)
    refused_merges: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def built(self) -> list[FilingReport]:
        return [f for f in self.filings if f.skipped is None]

    @property
    def skipped(self) -> list[FilingReport]:
        return [f for f in self.filings if f.skipped is not None]


@dataclass
class ExtractedFiling:
    """One document and everything the registry extracted from it."""

    document: Document
    source: str
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
            facts.extend(extractor.run(document))
        except Exception as exc:  # an extractor bug must not lose the other extractors' facts
            log.warning("%s: extractor %s failed: %s", document.name, extractor.name, exc)
            facts.append(Skipped(extractor.name, f"extractor failed: {type(exc).__name__}: {exc}"))
    return facts, versions


def filing_key(info: FilingInfo | None, fallback: str) -> str:
    """``<filer>-<report date>-<form>`` (``immunogen-2005-11-03-8-k``), or a slug of the file name."""
    if info is None or info.filer is None or info.report_date is None:
        return slugify(fallback)
    return f"{info.filer.key}-{info.report_date.isoformat()}-{slugify(info.form_type)}"


def build(
    paths: Iterable[Path] | None = None,
    out_dir: Path = Path("graphs"),
    *,
    progress: Callable[[str], None] | None = None,
) -> BuildReport:
    """Build the graph from the filings under ``paths`` (default: the bundled corpus) into ``out_dir``."""
    started = time.perf_counter()
    report = BuildReport()
    sources = list(find_filings(list(paths) if paths else [default_corpus()]))
    if not sources:
        raise UsageError("no filings found (expected .txt, .htm or .html files)")

    extracted = _read_and_extract(sources, report, progress)
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

    quads: set[ox.Quad] = set()
    quads.update(reference_quads)
    quads.update(load_graph_files(_ontology_files(), mapping.GRAPH_ONTOLOGY))
    all_refs: set[EntityRef] = set()
    unmapped: dict[str, str] = {}
    by_source = {f.source: f for f in report.filings}
    for filing in extracted:
        filing.facts = [rewrite(f, canon) for f in filing.facts]
        filing_quads = map_filing(filing, canon)
        quads.update(filing_quads)
        entry = by_source[filing.source]
        entry.key = filing.key
        entry.triples = len(filing_quads)
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

    labels = preferred_labels(facts_by_filing, canon, reference)
    for ref in all_refs - reference:
        labels.setdefault(ref, ref.key)
    quads.update(mapping.entity_label_quads(labels, unmapped))

    report.total_triples = len({(q.subject, q.predicate, q.object) for q in quads})
    report.outputs = write_outputs(quads, out_dir)
    report.seconds = time.perf_counter() - started
    return report


def _read_and_extract(
    sources: list[Path], report: BuildReport, progress: Callable[[str], None] | None
) -> list[ExtractedFiling]:
    extracted: list[ExtractedFiling] = []
    seen_hashes: dict[str, str] = {}
    for path in sources:
        entry = FilingReport(source=path.name)
        report.filings.append(entry)
        if progress:
            progress(path.name)
        try:
            document = read_document(path)
        except FilingError as exc:
            entry.skipped = str(exc).removeprefix(f"{path.name}: ").removeprefix(f"{path}: ")
            continue
        if document.sha256 in seen_hashes:
            entry.skipped = f"same content as {seen_hashes[document.sha256]}"
            continue
        seen_hashes[document.sha256] = path.name
        facts, versions = extract(document)
        extracted.append(ExtractedFiling(document, path.name, facts, versions))
    return extracted


def _assign_keys(extracted: list[ExtractedFiling]) -> None:
    """Give each filing its key; two filings that would share one get their content hash appended."""
    wanted: dict[str, list[ExtractedFiling]] = {}
    for filing in extracted:
        wanted.setdefault(filing_key(filing.info, Path(filing.source).stem), []).append(filing)
    for key, filings in wanted.items():
        for filing in filings:
            filing.key = key if len(filings) == 1 else f"{key}-{filing.document.sha256[:8]}"


def map_filing(filing: ExtractedFiling, canon: Resolution) -> set[ox.Quad]:
    """The quads of one filing's named graph."""
    mapper = mapping.FilingMapper(filing.key)
    info = filing.info or FilingInfo("unknown", None, None, None, None)
    mapper.filing_info(info, filing.source, filing.document.sha256)
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
