"""The extraction cache: one bundle per filing; a build deletes the bundles it neither read nor wrote,
nothing else, and a changed extractor re-runs alone."""

from __future__ import annotations

import dataclasses
import functools
import pickle
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

import kg.build
import kg.executors
from kg.build import BuildOptions, build
from kg.cache import file_sha256
from kg.cli import main
from kg.corpus import Document
from kg.extractors import REGISTRY, Extractor
from kg.resources import default_corpus

EDITED = "003_102ef10e00e41432.txt"
REMOVED = "000_0cfe5a6103b22458.txt"  # the largest seed filing: 16,669 bytes
ENTRIES_PER_FILING = 1  # one bundle: each extractor's facts and the summary


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    shutil.copytree(default_corpus() / "immunogen", folder)
    return folder


def _extract_dir(out: Path) -> Path:
    return out / ".cache" / "extract"


def _entries(out: Path) -> dict[str, int]:
    """Every cache entry file (``<sha[:2]>/<sha>.pickle``) by name, with its size."""
    return {p.name: p.stat().st_size for p in _extract_dir(out).glob("??/*.pickle")}


def _entries_of(out: Path, sha256: str) -> dict[str, int]:
    return {name: size for name, size in _entries(out).items() if name.startswith(f"{sha256}.")}


def _graph_files(folder: Path) -> dict[str, bytes]:
    return {name: (folder / name).read_bytes() for name in ("graph.ttl", "graph.trig")}


def _append_line(path: Path) -> None:
    with path.open("a", encoding="utf-8") as handle:
        handle.write("This line was added after the first build.\n")


def test_an_edited_filing_leaves_only_its_new_entries(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = build([corpus], out)
    assert first.pruned_entries == 0
    old_sha = file_sha256(corpus / EDITED)
    old_entries = _entries_of(out, old_sha)
    assert len(old_entries) == ENTRIES_PER_FILING

    _append_line(corpus / EDITED)
    new_sha = file_sha256(corpus / EDITED)
    report = build([corpus], out)

    assert [f.source for f in report.extracted] == [EDITED]
    assert _entries_of(out, old_sha) == {}
    assert len(_entries_of(out, new_sha)) == ENTRIES_PER_FILING
    assert len(_entries(out)) == 3 * ENTRIES_PER_FILING
    assert report.pruned_entries == ENTRIES_PER_FILING
    assert report.pruned_bytes == sum(old_entries.values())
    others = {file_sha256(p)[:2] for p in corpus.iterdir()}
    if old_sha[:2] not in others:  # its folder held only its entries: emptied, it is removed
        assert not (_extract_dir(out) / old_sha[:2]).exists()


def test_a_removed_filing_leaves_no_entries(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    build([corpus], out)
    sha = file_sha256(corpus / REMOVED)
    assert len(_entries_of(out, sha)) == ENTRIES_PER_FILING

    (corpus / REMOVED).unlink()
    report = build([corpus], out)

    assert _entries_of(out, sha) == {}
    assert len(_entries(out)) == 2 * ENTRIES_PER_FILING
    assert report.pruned_entries == ENTRIES_PER_FILING
    remaining = {file_sha256(p)[:2] for p in corpus.iterdir()}
    assert sorted(p.name for p in _extract_dir(out).iterdir() if p.is_dir()) == sorted(remaining)


def test_a_build_after_pruning_equals_a_cold_build(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    build([corpus], out)
    original = (corpus / EDITED).read_bytes()
    _append_line(corpus / EDITED)
    assert build([corpus], out).pruned_entries == ENTRIES_PER_FILING
    # Back to the first bytes: their entries were pruned, so the filing is extracted again.
    (corpus / EDITED).write_bytes(original)
    report = build([corpus], out)
    assert [f.source for f in report.extracted] == [EDITED]
    assert report.pruned_entries == ENTRIES_PER_FILING

    cold = tmp_path / "cold"
    build([corpus], cold, BuildOptions(cache=False))
    assert _graph_files(out) == _graph_files(cold)


def test_files_that_are_not_entries_are_left_alone(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    build([corpus], out)
    folder = _extract_dir(out)
    sha = file_sha256(corpus / EDITED)
    shards = sorted(p.name for p in folder.glob("summaries-*.pickle"))
    strangers = {
        folder / "notes.txt": b"kept by hand",
        folder / "ab" / "README": b"not an entry",
        folder / "zz" / f"{'f' * 64}.people-0-000000000000.pickle": b"not a shard folder",
        folder / sha[:2] / f".{sha}.people-1-000000000000.pickle.x1y2.tmp": b"a temporary file",
        folder / sha[:2] / f"{sha}.people.txt": b"not a pickle",
    }
    for path, data in strangers.items():
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data)

    _append_line(corpus / EDITED)
    report = build([corpus], out)

    assert report.pruned_entries == ENTRIES_PER_FILING
    assert {path: path.read_bytes() for path in strangers} == strangers
    assert sorted(p.name for p in folder.glob("summaries-*.pickle")) >= shards


def test_an_entry_of_the_per_extractor_layout_is_removed(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    build([corpus], out)
    sha = file_sha256(corpus / EDITED)
    outdated = _extract_dir(out) / sha[:2] / f"{sha}.financials-0.9.0-000000000000.pickle"
    outdated.write_bytes(b"x" * 100)
    _append_line(corpus / EDITED)

    report = build([corpus], out)

    assert not outdated.exists()
    assert report.pruned_entries == ENTRIES_PER_FILING + 1
    assert len(_entries(out)) == 3 * ENTRIES_PER_FILING


def test_skipped_and_duplicate_filings_cost_only_their_own_entries(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    shutil.copy(corpus / EDITED, corpus / "copy.txt")
    options = BuildOptions(max_bytes=15_000)
    first = build([corpus], out, options)
    assert sorted(f.source for f in first.skipped) == [REMOVED, "copy.txt"]
    assert _entries_of(out, file_sha256(corpus / REMOVED)) == {}  # too large: never extracted
    assert len(_entries(out)) == 2 * ENTRIES_PER_FILING
    kept = _entries_of(out, file_sha256(corpus / EDITED))

    other = corpus / "002_e454553eec5db317.txt"
    _append_line(other)
    report = build([corpus], out, options)

    assert report.pruned_entries == ENTRIES_PER_FILING  # the edited filing's old entries, no others
    assert _entries_of(out, file_sha256(corpus / EDITED)) == kept
    assert len(_entries_of(out, file_sha256(other))) == ENTRIES_PER_FILING


def test_a_build_without_the_cache_prunes_nothing(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    build([corpus], out)
    before = _entries(out)
    _append_line(corpus / EDITED)

    report = build([corpus], out, BuildOptions(cache=False))

    assert report.pruned_entries == 0
    assert _entries(out) == before


def test_the_cli_reports_what_was_pruned_only_when_something_was(corpus: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    out = tmp_path / "out"
    args = ["build", str(corpus), "--out", str(out)]
    first = runner.invoke(main, args)
    assert first.exit_code == 0, first.stderr
    assert "pruned" not in first.stderr
    freed = sum(_entries_of(out, file_sha256(corpus / EDITED)).values())

    _append_line(corpus / EDITED)
    second = runner.invoke(main, args)

    assert second.exit_code == 0, second.stderr
    expected = f"pruned  {ENTRIES_PER_FILING} stale cache entries ({freed / 1e3:.1f} kB freed)"
    assert expected in second.stderr.splitlines()


def test_a_changed_extractor_runs_again_alone_and_its_old_facts_leave_the_bundle(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    build([corpus], out)
    sha = file_sha256(corpus / EDITED)
    bundle_path = _extract_dir(out) / sha[:2] / f"{sha}.pickle"
    before = pickle.loads(bundle_path.read_bytes())
    assert len(before) == len(REGISTRY) + 1

    # The people extractor changes (its cache key does); the others must not run again.
    original_key = kg.build.extractor_cache_key
    monkeypatch.setattr(
        kg.build, "extractor_cache_key", lambda e: original_key(e) + ("-edited" if e.name == "people" else "")
    )
    ran: list[str] = []

    def counted(extractor: Extractor) -> Extractor:
        @functools.wraps(extractor.run)
        def run(document: Document):  # type: ignore[no-untyped-def]
            ran.append(extractor.name)
            return extractor.run(document)

        return dataclasses.replace(extractor, run=run)

    monkeypatch.setattr(kg.executors, "REGISTRY", tuple(counted(e) for e in REGISTRY))
    report = build([corpus], out)

    assert ran == ["people"] * 3
    after = pickle.loads(bundle_path.read_bytes())
    people_key = next(key for key in before if key.startswith("people-"))
    assert set(after) - set(before) == {
        f"{people_key}-edited",
        next(k for k in after if k.startswith("summary-")),
    }
    assert len(after) == len(before)  # the old people facts and the old summary are gone
    kept = [key for key in before if not key.startswith(("people-", "summary-"))]
    assert {key: after[key] for key in kept} == {key: before[key] for key in kept}
    assert report.pruned_entries == 0
    cold = tmp_path / "cold"
    build([corpus], cold, BuildOptions(cache=False))
    assert _graph_files(out) == _graph_files(cold)
