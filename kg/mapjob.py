"""Map one filing's facts to its named graph: the second unit of work of a build, run in workers.

After resolution, each filing whose graph must be (re)made becomes a ``MappingJob``: the worker
reads the filing's facts from the extraction cache, rewrites every entity ref to its canonical ref,
maps the facts to quads, writes the graph as sorted N-Quads into the build cache, and compares it
with the graph the previous build wrote there (the ``--changes`` report). Only a digest, a count and
that comparison come back, so a build holds one filing's facts and quads at a time per worker.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from kg import mapping
from kg.cache import ExtractionCache, bundle_facts, graph_cache_path
from kg.errors import GraphError
from kg.export import atomic_write
from kg.model import (
    EntityRef,
    Fact,
    FilingInfo,
    FinancialFact,
    Guidance,
    Mention,
    Relation,
    SameAs,
    StatusObservation,
)
from kg.resolve import Resolution, rewrite


@dataclass
class GraphChange:
    """How one filing's named graph differs from the previous build's."""

    key: str
    status: str  # "added", "removed" or "changed"
    triples_added: int = 0
    triples_removed: int = 0
    facts_added: int = 0
    facts_removed: int = 0
    facts_changed: int = 0  # in both graphs (same IRI), with another value, label, unit… (evidence aside)


@dataclass(frozen=True)
class MappingJob:
    """Map the cached facts of the filing ``key`` (file ``source``, bytes hashing to ``sha256``)."""

    key: str
    source: str
    sha256: str
    versions: tuple[tuple[str, str], ...]  # extractor name and version, registry order
    fact_keys: tuple[str, ...]  # extraction-cache key of each extractor's facts, registry order
    canonical: tuple[tuple[EntityRef, EntityRef], ...]  # refs of this filing that resolution renamed
    cache_dir: str
    previous_digest: str | None  # digest of this filing's graph in the previous build, if any


@dataclass(frozen=True)
class MappingResult:
    """The graph's digest and size, and its change since the previous build (None: unchanged)."""

    key: str
    digest: str
    quads: int
    change: GraphChange | None


def run_mapping_job(job: MappingJob) -> MappingResult:
    """Map one filing and write its graph to the build cache (only if it differs from the last one)."""
    cache_dir = Path(job.cache_dir)
    facts: list[Fact] = []
    bundle = ExtractionCache(cache_dir).load(job.sha256)
    for fact_key in job.fact_keys:
        found = bundle_facts(bundle, fact_key)
        if found is None:
            raise GraphError(f"{job.source}: its extracted facts vanished from the build cache")
        facts.extend(found)
    canon = Resolution(canonical=dict(job.canonical))
    data = map_filing_nquads(job.key, job.source, job.sha256, dict(job.versions), facts, canon)
    digest = hashlib.sha256(data).hexdigest()
    path = graph_cache_path(cache_dir, job.key)
    quads = data.count(b"\n")
    if digest == job.previous_digest:
        if not path.exists():
            atomic_write(path, data, durable=False)
        return MappingResult(job.key, digest, quads, None)
    if job.previous_digest is not None and path.exists():
        # Sorted, distinct N-Quads lines with no blank nodes: equal lines are equal quads.
        previous = path.read_bytes()
        after, before = set(data.splitlines()), set(previous.splitlines())
        facts_after, facts_before = fact_lines(data), fact_lines(previous)
        change = GraphChange(
            job.key,
            "changed",
            triples_added=len(after - before),
            triples_removed=len(before - after),
            facts_added=len(facts_after - facts_before),
            facts_removed=len(facts_before - facts_after),
            facts_changed=len(_changed_facts(after ^ before, facts_after & facts_before)),
        )
    else:
        change = GraphChange(job.key, "added", triples_added=quads, facts_added=fact_count(data))
    atomic_write(path, data, durable=False)
    return MappingResult(job.key, digest, quads, change)


def map_filing_nquads(
    key: str,
    source: str,
    sha256: str,
    versions: dict[str, str],
    facts: list[Fact],
    canon: Resolution,
) -> bytes:
    """One filing's named graph as sorted N-Quads, its entity refs resolved by ``canon``."""
    resolved = [rewrite(f, canon) for f in facts] if canon.canonical else facts
    return map_filing(key, source, sha256, versions, resolved, canon).nquads()


def map_filing(
    key: str,
    source: str,
    sha256: str,
    versions: dict[str, str],
    facts: list[Fact],
    canon: Resolution,
) -> mapping.FilingMapper:
    """One filing's named graph (its facts already rewritten to canonical refs)."""
    mapper = mapping.FilingMapper(key)
    info = next((f for f in facts if isinstance(f, FilingInfo)), None)
    info = info or FilingInfo("unknown", None, None, None, None)
    mapper.filing_info(info, source, sha256)
    for name, version in sorted(versions.items()):
        mapper.extractor(name, version)
    filer = info.filer
    for fact in facts:
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
    return mapper


_FACT_CLASSES = {
    mapping.kg("FinancialFact"),
    mapping.kg("Guidance"),
    mapping.kg("StatusObservation"),
    mapping.RDF_STATEMENT,
}


#: The middle of a line typing a fact node: `` <rdf:type> <class> ``.
_FACT_TYPE_MARKS = tuple(f" {mapping.RDF_TYPE} {cls} ".encode() for cls in sorted(_FACT_CLASSES, key=str))


def fact_lines(data: bytes) -> set[bytes]:
    """The N-Quads lines of ``data`` typing a fact node (one per fact: its subject is the fact)."""
    # Find each mark and widen it to its line: a regular expression anchored at line starts rescans
    # every line from each of its positions and cost more than mapping the filing.
    found: set[bytes] = set()
    for mark in _FACT_TYPE_MARKS:
        at = data.find(mark)
        while at >= 0:
            start = data.rfind(b"\n", 0, at) + 1
            end = data.find(b"\n", at)
            end = len(data) if end < 0 else end
            found.add(data[start:end])
            at = data.find(mark, end)
    return found


#: The middle of a line citing a fact's evidence: `` <kg:evidence> ``.
_EVIDENCE_MARK = f" {mapping.kg('evidence')} ".encode()


def _changed_facts(differing: set[bytes], kept: set[bytes]) -> set[bytes]:
    """The fact nodes typed in both graphs (``kept``: their type lines) that a differing line
    (``differing``: lines in one graph only) describes, other than by citing evidence: a restated
    value, label, unit or precision keeps the fact's IRI (made of its concept, period and filing)
    but not its lines. Evidence is left out: an edit above a fact moves its quote without changing the fact."""
    subjects = {line[: line.index(b" ")] for line in kept}
    return {
        subject
        for line in differing
        if (subject := line[: line.index(b" ")]) in subjects and _EVIDENCE_MARK not in line
    }


def fact_count(data: bytes) -> int:
    """``len(fact_lines(data))``, counted without collecting the lines (a cold build counts every graph)."""
    return sum(data.count(mark) for mark in _FACT_TYPE_MARKS)
