"""Run build jobs serially, in a process pool, or on a Dask cluster; results come back in job order.

An extraction job names one file and the extractors still to run on it (the others came from the
cache). The worker reads and decodes the file itself, so only a path crosses the process boundary,
and checks each fact's evidence against the text before keeping it.
"""

from __future__ import annotations

import contextlib
import logging
import signal
import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from kg.cache import Bundle, ExtractionCache, bundle_facts
from kg.corpus import DEFAULT_MAX_BYTES, Document, read_document
from kg.errors import FilingError, UsageError
from kg.extractors import REGISTRY, Extractor
from kg.model import Evidence, Fact, Skipped, fields_declaring
from kg.summary import FilingSummary, summarize

log = logging.getLogger(__name__)

EXECUTORS = ("local", "dask")

#: Seconds one extractor may run on one filing before it is stopped (``ExtractionJob.time_limit``):
#: a few hundred times what the largest filings take, so only a runaway loop or pattern meets it.
DEFAULT_TIME_LIMIT = 60.0


class ExtractorTimeout(Exception):
    """An extractor ran past its time limit on one filing and was stopped."""


@dataclass(frozen=True)
class ExtractionJob:
    """Run ``extractors`` (names) on the file at ``path``, whose bytes hash to ``sha256``.

    With ``cache_dir`` (workers on this machine) the worker stores the new facts in the extraction
    cache itself, reads there what the other extractors produced before, and returns only the
    filing's summary, so facts never cross the process boundary. Without it (a remote Dask
    cluster) the worker returns the new facts and the build caches and summarises them.
    """

    path: str
    sha256: str
    extractors: tuple[str, ...]
    max_bytes: int = DEFAULT_MAX_BYTES
    cache_dir: str | None = None
    cache_keys: tuple[tuple[str, str], ...] = ()  # every extractor's (name, cache key), registry order
    summary_key: str = ""
    time_limit: float = DEFAULT_TIME_LIMIT  # seconds per extractor; 0 for none


@dataclass
class ExtractionResult:
    """The facts each extractor produced (or the filing's summary), or why the file could not be read."""

    path: str
    error: str | None = None
    facts: dict[str, list[Fact]] = field(default_factory=dict)
    summary: FilingSummary | None = None


def run_job(job: ExtractionJob) -> ExtractionResult:
    """Read one filing and run the named extractors on it (the unit of work of every executor)."""
    path = Path(job.path)
    result = ExtractionResult(job.path)
    by_name = {e.name: e for e in REGISTRY}
    cache = ExtractionCache(Path(job.cache_dir)) if job.cache_dir else None
    # The other extractors' facts come from the filing's bundle; a cold build has none to read.
    reused = cache.load(job.sha256) if cache is not None and len(job.extractors) < len(job.cache_keys) else {}
    bundle: Bundle = {}
    document: Document | None = None
    all_facts: list[Fact] = []
    for name, key in job.cache_keys or tuple((name, "") for name in job.extractors):
        facts = bundle_facts(reused, key) if name not in job.extractors else None
        if facts is None:
            if document is None:
                try:
                    document = read_document(path, job.max_bytes)
                except FilingError as exc:
                    result.error = str(exc).removeprefix(f"{path}: ").removeprefix(f"{path.name}: ")
                    return result
                if document.sha256 != job.sha256:
                    result.error = "the file changed while the build read it"
                    return result
            facts = _run_extractor(document, by_name[name], job.time_limit)
            if cache is None:
                result.facts[name] = facts
        bundle[key] = facts
        all_facts.extend(facts)
    if cache is not None:
        result.summary = summarize(all_facts)
        bundle[job.summary_key] = result.summary
        cache.save(job.sha256, bundle)
    return result


def _run_extractor(document: Document, extractor: Extractor, time_limit: float = 0) -> list[Fact]:
    try:
        with _stopped_after(time_limit):
            facts = list(extractor.run(document))
    except Exception as exc:  # an extractor bug must not lose the other extractors' facts
        log.warning("%s: extractor %s failed: %s", document.name, extractor.name, exc)
        facts = [Skipped(extractor.name, f"extractor failed: {type(exc).__name__}: {exc}")]
    return checked_facts(document, extractor.name, facts)


@contextlib.contextmanager
def _stopped_after(seconds: float) -> Iterator[None]:
    """Raise ``ExtractorTimeout`` in the block once it has run ``seconds`` (0: never).

    One filing that sends an extractor into an endless loop (or a regular expression into endless
    backtracking, which the engine also interrupts) must not hold up a build of thousands. A timer
    signal can only be handled on a process's main thread, where the local executors run jobs;
    a Dask worker runs them on threads of its own, where the block runs without a limit.
    """
    if (
        seconds <= 0
        or not hasattr(signal, "setitimer")
        or threading.current_thread() is not threading.main_thread()
    ):
        yield
        return

    def stop(signum: int, frame: object) -> None:
        raise ExtractorTimeout(f"stopped after running {seconds:g} s on this filing")

    previous = signal.signal(signal.SIGALRM, stop)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


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
    for name in fields_declaring(type(fact), "Evidence"):
        value = getattr(fact, name)
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


T = TypeVar("T")
R = TypeVar("R")


class Workers:
    """Where jobs run: in this process, in a local process pool, or on a Dask cluster.

    ``map`` yields results in job order whatever the executor, so outputs never depend on it.
    ``local_map`` always runs on this machine (a pool of ``jobs`` processes): the mapping step
    reads the build cache, which only this machine is sure to see.
    """

    def __init__(self, jobs: int = 1, executor: str = "local", scheduler: str | None = None) -> None:
        if executor not in EXECUTORS:
            raise UsageError(f"unknown executor {executor!r}; expected one of {', '.join(EXECUTORS)}")
        if executor == "dask" and not scheduler:
            raise UsageError("--executor dask needs --scheduler ADDRESS (for example tcp://127.0.0.1:8786)")
        self.jobs = max(1, jobs)
        self.executor = executor
        self.scheduler = scheduler
        self._pool: ProcessPoolExecutor | None = None
        self._client: Any = None

    @property
    def remote(self) -> bool:
        """True when jobs may run on machines that cannot see this one's files."""
        return self.executor == "dask"

    def __enter__(self) -> Workers:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
        if self._client is not None:
            self._client.close()

    def map(self, fn: Callable[[T], R], items: Sequence[T]) -> Iterator[R]:
        if self.executor == "dask" and items:
            return self._dask_map(fn, items)
        return self.local_map(fn, items)

    def local_map(self, fn: Callable[[T], R], items: Sequence[T]) -> Iterator[R]:
        if self.jobs <= 1 or len(items) <= 1:
            return map(fn, items)
        if self._pool is None:
            self._pool = ProcessPoolExecutor(max_workers=self.jobs)
        chunk = max(1, min(32, len(items) // (self.jobs * 8)))
        return self._pool.map(fn, items, chunksize=chunk)

    def _dask_map(self, fn: Callable[[T], R], items: Sequence[T]) -> Iterator[R]:
        client = self._dask_client()
        futures = client.map(fn, list(items), pure=False)
        for future in futures:
            yield future.result()
            future.release()  # let the cluster forget a result as soon as it has been read

    def _dask_client(self) -> Any:
        if self._client is None:
            try:
                from distributed import Client
            except ImportError as exc:
                raise UsageError(
                    "the dask executor needs the 'dask' extra: pip install 'filings-kg[dask]'"
                ) from exc
            try:
                self._client = Client(self.scheduler, timeout=30, set_as_default=False)
            except (OSError, TimeoutError) as exc:
                raise UsageError(f"cannot reach the Dask scheduler at {self.scheduler}: {exc}") from exc
        return self._client
