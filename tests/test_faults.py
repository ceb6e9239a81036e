"""Faults: a build killed midway loses nothing; bad files are skipped with one-line reasons."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kg.build import BuildOptions, build
from kg.resources import default_corpus


def _corpus(folder: Path, copies: int) -> Path:
    """``copies`` distinct variants of the seeds (a marker line keeps their hashes apart)."""
    folder.mkdir()
    seeds = sorted((default_corpus() / "immunogen").glob("*.txt"))
    for i in range(copies):
        for seed in seeds:
            text = seed.read_text(encoding="utf-8") + f"\nCopy {i}.\n"
            (folder / f"{i:04d}-{seed.name}").write_text(text, encoding="utf-8")
    return folder


def test_kill_9_mid_build_leaves_previous_outputs_intact(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "corpus", 30)
    out = tmp_path / "graphs"
    build([corpus], out, BuildOptions(cache=False))
    before = {name: (out / name).read_bytes() for name in ("graph.ttl", "graph.trig")}
    (corpus / "extra.txt").write_text(
        (default_corpus() / "immunogen" / "003_102ef10e00e41432.txt").read_text() + "x"
    )
    for delay in (0.5, 1.5, 3.0):
        process = subprocess.Popen(
            [sys.executable, "-m", "kg.cli", "build", str(corpus), "--out", str(out), "--no-cache"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(delay)
        if process.poll() is None:
            os.kill(process.pid, signal.SIGKILL)
        process.wait()
        for name, data in before.items():
            current = (out / name).read_bytes()
            # Either the old outputs or, if the build finished first, complete new ones: never a torn file.
            assert current == data or current.endswith(b" .\n"), f"{name} torn after kill at {delay}s"
    undisturbed = tmp_path / "undisturbed"
    build([corpus], undisturbed, BuildOptions(cache=False))
    build([corpus], out, BuildOptions(cache=False))
    for name in ("graph.ttl", "graph.trig"):
        assert (out / name).read_bytes() == (undisturbed / name).read_bytes()
    assert not list(out.glob(".*.tmp"))
    assert not list(out.glob(".build-*")), "a killed build's scratch folder outlived the next build"


def test_scratch_folders_of_killed_builds_are_removed_and_running_ones_kept(tmp_path: Path) -> None:
    out = tmp_path / "graphs"
    out.mkdir()
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    abandoned = out / f".build-{gone.pid}-k2j4"  # its process has exited
    running = out / f".build-{os.getpid()}-x9q1"  # this process: alive
    for folder in (abandoned, running):
        (folder / "extract").mkdir(parents=True)
        (folder / "extract" / "entry.pickle").write_bytes(b"facts")
    build([default_corpus()], out, BuildOptions(cache=False))
    assert not abandoned.exists()
    assert (running / "extract" / "entry.pickle").read_bytes() == b"facts"
    assert sorted(p.name for p in out.glob(".build-*")) == [running.name]


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"", "empty file"),
        (
            "scan.txt",
            b"%PDF-1.5\n%\xb5\xb5\xb5\xb5\n1 0 obj\n<</Type/Catalog>>",
            "binary file (a PDF document)",
        ),
        ("logo.txt", b"\x89PNG\r\n\x1a\n" + bytes(64), "binary file (a PNG image)"),
    ],
)
def test_bad_file_is_skipped_and_the_rest_is_built(
    tmp_path: Path, name: str, content: bytes, reason: str
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / name).write_bytes(content)
    good = default_corpus() / "immunogen" / "000_0cfe5a6103b22458.txt"
    (corpus / "zz-good.txt").write_bytes(good.read_bytes())
    report = build([corpus], tmp_path / "out", BuildOptions(cache=False))
    assert [(f.source, f.skipped) for f in report.filings] == [(name, reason), ("zz-good.txt", None)]


def test_oversized_file_is_skipped_with_its_size(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    with (corpus / "huge.txt").open("wb") as handle:
        handle.truncate(50_000_000)
        handle.seek(0)
        handle.write(b"ImmunoGen, Inc. " * 1000)
    (corpus / "ok.txt").write_bytes(
        (default_corpus() / "immunogen" / "000_0cfe5a6103b22458.txt").read_bytes()
    )
    report = build([corpus], tmp_path / "out", BuildOptions(cache=False))
    assert report.filings[0].skipped == "too large (50.0 MB; the limit is 20 MB, see --max-size)"
    assert report.filings[1].skipped is None
