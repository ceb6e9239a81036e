"""Extraction benchmark: the time ``read_document`` and every extractor take per filing.

``python benchmarks/bench_extract.py [PATH ...] [--repeat 3] [--by-extractor] [--profile N]``

Without a PATH it writes a synthetic corpus (``synth.py``: 200 filings, seed 3) to a temporary
folder and adds the bundled seed filings, so runs are comparable from one checkout to the next.
Each filing is read (``kg.corpus.read_document``) and extracted (``kg.build.extract``: the
registry's extractors and the evidence check) ``--repeat`` times in this process; the fastest run of
each filing counts, which filters out the noise of other processes on the machine. Times are CPU
times of this process. ``--by-extractor`` adds the time of reading and of each extractor alone;
``--profile N`` runs the corpus once more under cProfile and prints the N functions with the most
time of their own. It measures; it asserts nothing.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

import synth  # noqa: E402

from kg.build import extract  # noqa: E402
from kg.corpus import DEFAULT_MAX_BYTES, read_document  # noqa: E402
from kg.discover import find_filings  # noqa: E402
from kg.extractors import REGISTRY  # noqa: E402
from kg.resources import default_corpus  # noqa: E402


def fastest(run: Callable[[], object], repeat: int) -> float:
    """The smallest CPU time, in seconds, of ``repeat`` calls of ``run``."""
    best = float("inf")
    for _ in range(repeat):
        started = time.process_time()
        run()
        best = min(best, time.process_time() - started)
    return best


def read_and_extract(path: Path) -> None:
    extract(read_document(path, DEFAULT_MAX_BYTES))


def by_extractor(paths: list[Path], repeat: int) -> dict[str, float]:
    """Fastest time per filing of reading, and of each extractor alone (after the ones before it)."""
    totals = dict.fromkeys(["read", *(e.name for e in REGISTRY)], 0.0)
    for path in paths:
        totals["read"] += fastest(lambda path=path: read_document(path, DEFAULT_MAX_BYTES), repeat)
        best = dict.fromkeys((e.name for e in REGISTRY), float("inf"))
        for _ in range(repeat):
            # A fresh document each time: extractors share what they computed on one document.
            document = read_document(path, DEFAULT_MAX_BYTES)
            for extractor in REGISTRY:
                started = time.process_time()
                list(extractor.run(document))
                best[extractor.name] = min(best[extractor.name], time.process_time() - started)
        for name, seconds in best.items():
            totals[name] += seconds
    return totals


def corpus(paths: list[Path], workdir: Path) -> list[Path]:
    """The filings under ``paths``, or a fresh synthetic corpus and the seed filings when none."""
    if not paths:
        synth.generate(200, 3, workdir)
        paths = [workdir, default_corpus()]
    return list(find_filings(paths))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Time reading and extraction per filing.")
    parser.add_argument("paths", nargs="*", type=Path, help="filings or folders (default: synthetic + seeds)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per filing; the fastest counts")
    parser.add_argument("--by-extractor", action="store_true", help="also time reading and each extractor")
    parser.add_argument("--profile", type=int, default=0, metavar="N", help="print the N costliest functions")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory() as tmp:
        paths = corpus(args.paths, Path(tmp))
        if not paths:
            parser.error("no filings found")
        read_and_extract(paths[0])  # warm up: reference data, concept table, compiled patterns
        times = [fastest(lambda path=path: read_and_extract(path), args.repeat) for path in paths]
        ms = sorted(1000 * t for t in times)
        print(f"{len(ms)} filings, read + extract, fastest of {args.repeat} runs (CPU time)")
        print(f"  mean {statistics.mean(ms):.2f} ms/filing   median {statistics.median(ms):.2f}")
        print(f"  p95 {ms[int(0.95 * (len(ms) - 1))]:.2f}   max {ms[-1]:.2f}   total {sum(ms) / 1000:.2f} s")
        if args.by_extractor:
            totals = by_extractor(paths, args.repeat)
            print("  per filing: " + "  ".join(f"{k} {1000 * v / len(paths):.2f}" for k, v in totals.items()))
        if args.profile:
            profiler = cProfile.Profile()
            profiler.runcall(lambda: [read_and_extract(path) for path in paths])
            pstats.Stats(profiler).sort_stats("tottime").print_stats(args.profile)
    return 0


if __name__ == "__main__":
    sys.exit(main())
