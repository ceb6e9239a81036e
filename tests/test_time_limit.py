"""The per-extractor time limit: an extractor that runs past it on one filing is stopped, the
filing keeps what the other extractors read, and the build goes on with the next filing."""

from __future__ import annotations

import signal
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.corpus import read_document
from kg.discover import find_filings
from kg.executors import _run_extractor
from kg.extractors import REGISTRY
from kg.model import Skipped
from kg.resources import default_corpus

#: So short that every extractor is stopped on its first steps: the real extractors on the real
#: filings stand in for one that never returns.
INSTANT = "0.000001"


def _timeout_notes(output: str) -> list[str]:
    return [line.strip() for line in output.splitlines() if "ExtractorTimeout" in line]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_an_extractor_past_its_limit_is_stopped_and_the_build_goes_on(tmp_path: Path, jobs: str) -> None:
    out = tmp_path / "out"
    result = CliRunner().invoke(
        main, ["build", "--out", str(out), "--no-cache", "--jobs", jobs, "--time-limit", INSTANT]
    )
    assert result.exit_code == 0, result.output
    filings = list(find_filings([default_corpus()]))
    notes = _timeout_notes(result.stderr)
    # Every extractor of every filing was stopped and said so, with the limit it ran past.
    assert len(notes) == len(filings) * len(REGISTRY)
    for extractor in REGISTRY:
        assert (
            f"note  {extractor.name}: extractor failed: ExtractorTimeout: stopped after running 1e-06 s on this filing"
            in notes
        )
    assert f"built {len(filings)} of {len(filings)} filings" in result.stderr
    assert (out / "graph.trig").exists()


def test_an_extractor_within_its_limit_leaves_no_timer_behind(seed_docs) -> None:
    doc = next(iter(seed_docs.values()))
    before = signal.getsignal(signal.SIGALRM)
    facts = _run_extractor(doc, REGISTRY[0], 30.0)
    assert facts and not any(isinstance(f, Skipped) and "ExtractorTimeout" in f.reason for f in facts)
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    assert signal.getsignal(signal.SIGALRM) is before


def test_a_stopped_extractor_loses_only_its_own_facts() -> None:
    path = next(find_filings([default_corpus()]))
    doc = read_document(path)
    stopped = _run_extractor(doc, REGISTRY[0], 0.000001)
    assert [type(f) for f in stopped] == [Skipped]
    assert "stopped after running 1e-06 s" in stopped[0].reason
    others = _run_extractor(doc, REGISTRY[1], 30.0)
    assert any(not isinstance(f, Skipped) for f in others)
