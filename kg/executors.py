"""Run extraction jobs serially, in a process pool, or on a Dask cluster; results come back in job order.

A job names one file and the extractors still to run on it (the others came from the cache). The
worker reads and decodes the file itself, so only a path crosses the process boundary, and checks
each fact's evidence against the text before returning it.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from kg.corpus import DEFAULT_MAX_BYTES, Document, read_document
from kg.errors import FilingError, UsageError
from kg.extractors import REGISTRY
from kg.model import Evidence, Fact, Skipped

log = logging.getLogger(__name__)

EXECUTORS = ("local", "dask")


@dataclass(frozen=True)
class ExtractionJob:
    """Run ``extractors`` (names) on the file at ``path``."""

    path: str
    extractors: tuple[str, ...]
    max_bytes: int = DEFAULT_MAX_BYTES


@dataclass
class ExtractionResult:
    """The facts each extractor produced, or why the file could not be read."""

    path: str
    sha256: str | None = None
    error: str | None = None
    facts: dict[str, list[Fact]] = field(default_factory=dict)


def run_job(job: ExtractionJob) -> ExtractionResult:
    """Read one filing and run the named extractors on it (the unit of work of every executor)."""
    path = Path(job.path)
    try:
        document = read_document(path, job.max_bytes)
    except FilingError as exc:
        return ExtractionResult(
            job.path, error=str(exc).removeprefix(f"{path}: ").removeprefix(f"{path.name}: ")
        )
    by_name = {e.name: e for e in REGISTRY}
    result = ExtractionResult(job.path, sha256=document.sha256)
    for name in job.extractors:
        extractor = by_name[name]
        try:
            facts = list(extractor.run(document))
        except Exception as exc:  # an extractor bug must not lose the other extractors' facts
            log.warning("%s: extractor %s failed: %s", path.name, name, exc)
            facts = [Skipped(name, f"extractor failed: {type(exc).__name__}: {exc}")]
        result.facts[name] = checked_facts(document, name, facts)
    return result


def checked_facts(document: Document, extractor: str, facts: list[Fact]) -> list[Fact]:
    """Drop any fact whose evidence is not the document's text at its offsets, and say so."""
    kept: list[Fact] = []
    for fact in facts:
        bad = next((ev for ev in evidence_of(fact) if not _evidence_holds(document, ev)), None)
        if bad is None:
            kept.append(fact)
        else:
            kept.append(
                Skipped(
                    extractor,
                    f"dropped a {type(fact).__name__}: evidence at line {bad.line} does not match the text",
                )
            )
    return kept


def evidence_of(fact: Fact) -> list[Evidence]:
    """Every Evidence a fact carries (one field or a tuple of them)."""
    found: list[Evidence] = []
    for f in dataclasses.fields(fact):
        value = getattr(fact, f.name)
        if isinstance(value, Evidence):
            found.append(value)
        elif isinstance(value, tuple):
            found.extend(v for v in value if isinstance(v, Evidence))
    return found


def _evidence_holds(document: Document, ev: Evidence) -> bool:
    return (
        0 <= ev.char_start < ev.char_end <= len(document.text)
        and document.text[ev.char_start : ev.char_end] == ev.quote
        and document.line_of(ev.char_start) == ev.line
    )


def run_jobs(
    jobs: Sequence[ExtractionJob],
    *,
    workers: int = 1,
    executor: str = "local",
    scheduler: str | None = None,
    progress: Callable[[str], None] | None = None,
) -> list[ExtractionResult]:
    """Run ``jobs`` and return their results in the same order, whatever the executor."""
    if not jobs:
        return []
    if executor == "dask":
        return _run_dask(jobs, scheduler)
    if executor != "local":
        raise UsageError(f"unknown executor {executor!r}; expected one of {', '.join(EXECUTORS)}")
    if workers <= 1 or len(jobs) == 1:
        results = []
        for job in jobs:
            if progress:
                progress(Path(job.path).name)
            results.append(run_job(job))
        return results
    with ProcessPoolExecutor(max_workers=workers) as pool:
        chunk = max(1, min(64, len(jobs) // (workers * 8)))
        results = []
        for result in pool.map(run_job, jobs, chunksize=chunk):
            if progress:
                progress(Path(result.path).name)
            results.append(result)
        return results


def _run_dask(jobs: Sequence[ExtractionJob], scheduler: str | None) -> list[ExtractionResult]:
    if not scheduler:
        raise UsageError("--executor dask needs --scheduler ADDRESS (for example tcp://127.0.0.1:8786)")
    try:
        from distributed import Client
    except ImportError as exc:
        raise UsageError("the dask executor needs the 'dask' extra: pip install 'filings-kg[dask]'") from exc
    try:
        client = Client(scheduler, timeout=30, set_as_default=False)
    except (OSError, TimeoutError) as exc:
        raise UsageError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from exc
    try:
        futures = client.map(run_job, list(jobs), pure=False)
        return list(client.gather(futures))
    finally:
        client.close()
