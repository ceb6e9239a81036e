"""Shared fixtures: the seed filings as documents, and one build of the default corpus per session."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.build import BuildReport, build
from kg.corpus import Document, read_document
from kg.resources import default_corpus

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
