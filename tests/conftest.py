"""Shared fixtures: the seed filings as documents, and one build of the default corpus per session."""

from __future__ import annotations

import functools
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import httpx
import pytest

from kg.build import BuildReport, build
from kg.corpus import Document, document_from_bytes, read_document
from kg.model import (
    EntityRef,
    FilingInfo,
    FinancialFact,
    Mention,
    Period,
    Relation,
    Skipped,
    StatusObservation,
)
from kg.resources import default_corpus

#: Quads per named graph, for comparing a local build with a remote store.
COUNT_BY_GRAPH = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"

SEEDS = {
    "2003": "002_e454553eec5db317.txt",
    "2005": "000_0cfe5a6103b22458.txt",
    "2010": "003_102ef10e00e41432.txt",
}


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden", action="store_true", help="Rewrite the expected files of golden cases."
    )


@pytest.fixture(scope="session")
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture(scope="session")
def seed_docs() -> dict[str, Document]:
    """The three seed filings keyed by report year."""
    folder = default_corpus() / "immunogen"
    return {year: read_document(folder / name) for year, name in SEEDS.items()}


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, BuildReport]:
    """One build of the default corpus: (output folder, report)."""
    out = tmp_path_factory.mktemp("graphs")
    return out, build(out_dir=out)


@pytest.fixture(scope="session")
def seed_dataset(seed_build: tuple[Path, BuildReport]):
    """The built TriG as an rdflib Dataset (default graph = union)."""
    from kg.graphio import load_rdflib

    return load_rdflib(seed_build[0] / "graph.trig")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def oxigraph_server() -> str:
    found = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")
    assert Path(found).exists(), "the oxigraph server (PyPI package 'oxigraph') is a test dependency"
    return found


@pytest.fixture
def server(tmp_path: Path) -> Iterator[str]:
    """A real read-write Oxigraph server on a free loopback port; yields its base URL."""
    port = free_port()
    process = subprocess.Popen(
        [oxigraph_server(), "serve", "--location", str(tmp_path / "db"), "--bind", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                httpx.get(base + "/", timeout=1)
                break
            except httpx.HTTPError:
                time.sleep(0.1)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=10)


def remote_counts(base: str) -> dict[str, int]:
    response = httpx.post(
        base + "/query",
        data={"query": COUNT_BY_GRAPH},
        headers={"Accept": "application/sparql-results+json"},
        timeout=30,
    )
    response.raise_for_status()
    return {b["g"]["value"]: int(b["n"]["value"]) for b in response.json()["results"]["bindings"]}


def person_relations(facts: list[object]) -> dict[str, dict[str, object]]:
    """Each person's key with the relations stated about them (objects by key for entities)."""
    found: dict[str, dict[str, object]] = {}
    for fact in facts:
        if isinstance(fact, Mention) and fact.ref.kind == "person":
            found.setdefault(fact.ref.key, {})
        elif isinstance(fact, Relation):
            obj = fact.obj.key if isinstance(fact.obj, EntityRef) else fact.obj
            relations = found.setdefault(fact.subject.key, {})
            assert fact.predicate not in relations, f"{fact.subject.key} has two {fact.predicate}"
            relations[fact.predicate] = obj
    return found


def built_graph(tmp_path: Path, filings: dict[str, str]):
    """Build a corpus of the releases ``filings`` (file name: text) and load its graph with rdflib."""
    from kg.graphio import load_rdflib

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in filings.items():
        (corpus / name).write_text(text, encoding="utf-8")
    build([corpus], tmp_path / "out")
    return load_rdflib(tmp_path / "out" / "graph.trig")


def relation_edges(facts: list[object], predicate: str) -> set[tuple[str, str]]:
    """``(subject key, object key)`` of every extracted edge with ``predicate`` (agreements left out)."""
    return {
        (f.subject.key, f.obj.key if isinstance(f.obj, EntityRef) else str(f.obj))
        for f in facts
        if isinstance(f, Relation) and f.predicate == predicate and f.subject.kind != "agreement"
    }


def mention_names(facts: list[object], kind: str) -> dict[str, set[str]]:
    """Each extracted entity of ``kind``, with the names it was printed under."""
    names: dict[str, set[str]] = {}
    for f in facts:
        if isinstance(f, Mention) and f.ref.kind == kind:
            names.setdefault(f.ref.key, set()).update(f.alt_labels + f.hidden_labels)
    return names


def text_document(name: str, text: str) -> Document:
    """A plain-text filing named ``name`` holding ``text``, as the build reads one."""
    return document_from_bytes(name, text.encode("utf-8"), is_html=False)


def pipeline_facts(name: str, text: str) -> list[object]:
    """What the pipeline extractor reads in a plain-text release ``text`` named ``name``."""
    from kg.extractors.pipeline import run

    return list(run(text_document(name, text)))


def agreements_stated(facts: list[object]) -> dict[str, set[tuple[str, str]]]:
    """Each agreement stated among ``facts``, by key, with its (predicate, object key or literal) edges."""
    found: dict[str, set[tuple[str, str]]] = {}
    for f in facts:
        if isinstance(f, Relation) and f.subject.kind == "agreement":
            obj = f.obj.key if hasattr(f.obj, "key") else str(f.obj)
            found.setdefault(f.subject.key, set()).add((f.predicate, obj))
    return found


def stage_rows(facts: list[object]) -> set[tuple[str, str, str | None]]:
    """``(compound key, phase, indication key or None)`` of every extracted stage observation."""
    return {
        (f.compound.key, f.phase, f.indication.key if f.indication else None)
        for f in facts
        if isinstance(f, StatusObservation)
    }


def people_stated(doc: Document) -> dict[str, set[tuple[str, object, int]]]:
    """Each person the people extractor reads in ``doc``, by key, with what is stated about them:
    (predicate, object, line of the evidence); the mention itself as ("name", label, line)."""
    from kg.extractors import people

    found: dict[str, set[tuple[str, object, int]]] = {}
    for fact in people.run(doc):
        if isinstance(fact, Mention) and fact.ref.kind == "person":
            found.setdefault(fact.ref.key, set()).add(("name", fact.label, fact.evidence.line))
        elif isinstance(fact, Relation):
            obj = fact.obj.key if isinstance(fact.obj, EntityRef) else fact.obj
            found.setdefault(fact.subject.key, set()).add((fact.predicate, obj, fact.evidence.line))
    return found


def people_of_fixture(name: str) -> dict[str, set[tuple[str, object, int]]]:
    """``people_stated`` of the reviewed release ``tests/reviewed_releases/<name>``."""
    return people_stated(read_document(Path(__file__).parent / "reviewed_releases" / name))


def people_of_text(name: str, text: str) -> dict[str, set[tuple[str, object, int]]]:
    """``people_stated`` of a release given as text, read as the file ``name`` would be."""
    return people_stated(document_from_bytes(name, text.encode("utf-8")))


def positions_stated(found: dict[str, set[tuple[str, object, int]]], key: str) -> set[object]:
    """The positions ``people_stated`` gives the person ``key``."""
    return {obj for predicate, obj, _ in found.get(key, set()) if predicate == "position"}


def skip_reasons(facts: list[object]) -> list[str]:
    """The reason of every Skipped note among ``facts``, in order."""
    return [f.reason for f in facts if isinstance(f, Skipped)]


def period_covered(doc: Document) -> Period | None:
    """The period a filing says it covers, as the filing-metadata extractor reads it."""
    from kg.extractors import filing_metadata

    (info,) = [f for f in filing_metadata.run(doc) if isinstance(f, FilingInfo)]
    return info.period_covered


def statement_facts_and_notes(out: list[object]) -> tuple[tuple[FinancialFact, ...], tuple[Skipped, ...]]:
    """The statement facts (no prose figures) of an extractor's output, and its notes."""
    facts = tuple(f for f in out if isinstance(f, FinancialFact) and f.statement != "Narrative")
    return facts, tuple(s for s in out if isinstance(s, Skipped))


def period_key(period: Period) -> str:
    """A period as tests name it: its instant, or "start--end"."""
    return str(period.instant) if period.instant else f"{period.start}--{period.end}"


def values_by_period(facts: tuple[FinancialFact, ...], concept: str) -> dict[str, Decimal]:
    """The values of ``concept`` among ``facts``, by ``period_key``."""
    return {period_key(f.period): f.value for f in facts if f.concept == concept}


@functools.cache
def reviewed_statement_facts(name: str) -> tuple[tuple[FinancialFact, ...], tuple[Skipped, ...]]:
    """``statement_facts_and_notes`` of the financials extractor run on the reviewed release
    ``tests/reviewed_releases/NAME``."""
    from kg.extractors.financials import run

    return statement_facts_and_notes(
        list(run(read_document(Path(__file__).parent / "reviewed_releases" / name)))
    )


@functools.cache
def statement_facts_of_text(name: str, text: str) -> tuple[tuple[FinancialFact, ...], tuple[Skipped, ...]]:
    """``statement_facts_and_notes`` of the financials extractor run on a release text, every fact's
    evidence checked against the text."""
    from kg.extractors.financials import run

    doc = document_from_bytes(name, text.encode("utf-8"))
    out = list(run(doc))
    for fact in (f for f in out if isinstance(f, FinancialFact)):
        for evidence in fact.evidence:
            assert doc.text[evidence.char_start : evidence.char_end] == evidence.quote
    return statement_facts_and_notes(out)


#: A cover on which OCR printed the filer's name "lnvenra" (l for I); the release prints "Invenra".
OCR_DAMAGED_COVER = (
    "FORM 8-K\n\n"
    "CURRENT REPORT\n\n"
    "Date of Report (Date of earliest event reported): March 3, 2005\n\n"
    "lnvenra Therapeutics, Inc.\n"
    "(Exact name of registrant as specified in its charter)\n\n"
    "EXHIBIT 99.1\n\n"
    "BOSTON, March 3, 2005 - Invenra Therapeutics, Inc. (Nasdaq: IVRA) today\n"
    "reported results for the fourth quarter ended December 31, 2004.\n\n"
    "Under its collaboration with Pfizer, Invenra Therapeutics received a milestone\n"
    "payment.\n"
)
