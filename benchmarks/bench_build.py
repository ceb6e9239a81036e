"""Build benchmark: how fast ``kg build`` turns synthetic corpora of growing size into a graph.

``python benchmarks/bench_build.py [--sizes 10,100,1000] [--quick]`` generates corpora with
``benchmarks/synth.py``, then times, each in a fresh ``kg build`` process: a cold build (no cache)
with ``--jobs 1`` and ``--jobs 2`` (when the CLI has ``--jobs``), a rebuild where nothing changed
and one where one filing changed (when the build has a cache). It also times the cold build of the
bundled seed corpus, and serialising the same quads to Turtle with rdflib and with pyoxigraph.
Peak RSS is the largest resident set of the build process or any of its workers
(``getrusage(RUSAGE_CHILDREN)`` in a small wrapper process). Prints a table and writes
``benchmarks/RESULTS.md``. It measures; it asserts nothing.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.metadata
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import synth  # noqa: E402

#: Runs a command, then prints its wall time and the peak RSS of it and its descendants, as JSON.
_WRAPPER = """
import json, resource, subprocess, sys, time
t = time.perf_counter()
done = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
seconds = time.perf_counter() - t
rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(json.dumps({"seconds": seconds, "rss_kib": rss, "code": done.returncode, "err": done.stderr[-400:]}))
"""


@dataclass
class Run:
    """One timed build."""

    what: str
    seconds: float
    rss_mib: float
    ok: bool
    note: str = ""
    first: float | None = None  # a repeated run: the first one's seconds (``seconds`` is the median)


@dataclass
class SizeResult:
    """Everything measured on one corpus size."""

    filings: int
    megabytes: float
    generate_s: float
    runs: dict[str, Run] = field(default_factory=dict)
    quads: int | None = None
    store: Run | None = None


def kg_command() -> list[str]:
    """``kg`` of this environment (the venv's script next to the interpreter, else ``python -m kg.cli``)."""
    script = Path(sys.executable).with_name("kg")
    return [str(script)] if script.exists() else [sys.executable, "-m", "kg.cli"]


def build_help() -> str:
    return subprocess.run([*kg_command(), "build", "--help"], capture_output=True, text=True).stdout


def build_environment() -> dict[str, str]:
    """The environment of every timed build: this one, with bytecode caching allowed.

    An installed package's modules are compiled once (pip does it); with
    ``PYTHONDONTWRITEBYTECODE`` set, every fresh ``kg`` process would compile the package again
    (a third of a second here), which no user's build pays.
    """
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def compile_package() -> None:
    """Compile the package's modules once, as installing it does, before anything is timed."""
    import kg

    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(Path(kg.__file__).parent)],
        check=True,
        env=build_environment(),
    )


def timed(what: str, args: list[str]) -> Run:
    """Run ``args`` in a fresh process (through the wrapper) and measure it."""
    out = subprocess.run(
        [sys.executable, "-c", _WRAPPER, *args],
        capture_output=True,
        text=True,
        check=True,
        env=build_environment(),
    )
    data = json.loads(out.stdout.strip().splitlines()[-1])
    ok = data["code"] == 0
    return Run(what, data["seconds"], data["rss_kib"] / 1024, ok, "" if ok else data["err"].strip()[-200:])


def repeated(what: str, args: list[str], *, runs: int, before: Callable[[], None] | None = None) -> Run:
    """Time ``args`` ``runs`` times (``before`` called ahead of each): the median, the first apart.

    The first rebuild after a cold build of another folder finds this one's files out of the page
    cache (this kind of virtual machine reclaims idle cache within minutes); the later ones show
    the build's own cost.
    """
    done: list[Run] = []
    for _ in range(max(1, runs)):
        if before is not None:
            before()
        done.append(timed(what, args))
    failed = next((r for r in done if not r.ok), None)
    if failed is not None:
        return failed
    return Run(
        what,
        statistics.median(r.seconds for r in done),
        max(r.rss_mib for r in done),
        True,
        first=done[0].seconds if len(done) > 1 else None,
    )


def corpus_megabytes(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.iterdir() if p.suffix in (".txt", ".htm")) / 1e6


def count_quads(graph_dir: Path) -> int | None:
    """Quads the build wrote (every named graph's triples), from its manifest."""
    try:
        manifest = json.loads((graph_dir / ".cache" / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    quads = manifest.get("total_quads")
    return int(quads) if quads else None


def source_fingerprint() -> str:
    """Hash of the installed package's code and ontology: a change mid-run invalidates cache timings."""
    import hashlib

    import kg
    from kg.resources import ontology_dir

    digest = hashlib.sha256()
    for root, pattern in ((Path(kg.__file__).parent, "*.py"), (ontology_dir(), "*.ttl")):
        for path in sorted(root.rglob(pattern)):
            digest.update(path.as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def bench_size(
    n: int,
    work: Path,
    *,
    has_jobs: bool,
    has_cache: bool,
    seed: int,
    store: bool = False,
    discard: list[Path] | None = None,
    rebuild_runs: int = 3,
) -> SizeResult:
    """Generate ``n`` filings and time the builds on them (each rebuild ``rebuild_runs`` times);
    outputs no later run needs go to ``discard`` (deleted when every size has run)."""
    corpus = work / f"corpus-{n}"
    started = time.perf_counter()
    synth.generate(n, seed, corpus)
    result = SizeResult(n, corpus_megabytes(corpus), time.perf_counter() - started)
    kg = kg_command()
    out1 = work / f"out-{n}-j1"
    jobs1 = ["--jobs", "1"] if has_jobs else []
    # Cold: no cache, fresh output folder, fresh process.
    result.runs["cold j1"] = timed("cold j1", [*kg, "build", str(corpus), "--out", str(out1), *jobs1])
    result.quads = count_quads(out1)
    if has_jobs:
        out2 = work / f"out-{n}-j2"
        result.runs["cold j2"] = timed(
            "cold j2", [*kg, "build", str(corpus), "--out", str(out2), "--jobs", "2"]
        )
        if discard is not None:
            discard.append(out2)
    if has_cache:
        rebuild = [*kg, "build", str(corpus), "--out", str(out1), *jobs1]
        result.runs["no change"] = repeated("no change", rebuild, runs=rebuild_runs)
        victim = sorted(p for p in corpus.iterdir() if p.suffix == ".txt")[0]
        edits = iter(range(rebuild_runs))

        def edit_one() -> None:
            victim.write_bytes(
                victim.read_bytes() + f"\nThis release was corrected ({next(edits)}).\n".encode()
            )

        result.runs["one changed"] = repeated("one changed", rebuild, runs=rebuild_runs, before=edit_one)
    if store:
        # Everything is cached now: this build's time is the bulk load of the on-disk store.
        store_dir = work / f"store-{n}"
        result.store = timed(
            "store load", [*kg, "build", str(corpus), "--out", str(out1), "--store", str(store_dir)]
        )
    return result


def bench_seed(work: Path) -> Run:
    """Cold build of the bundled three-filing corpus in a fresh process."""
    return timed("seed cold", [*kg_command(), "build", "--out", str(work / "seed-out")])


def bench_serialisers(graph_dir: Path) -> dict[str, float]:
    """Seconds to write the same union graph as Turtle: pyoxigraph vs rdflib (plus rdflib's parse time)."""
    import pyoxigraph as ox
    import rdflib

    from kg.graphio import load_store

    store = load_store(graph_dir)
    triples = sorted({q.triple for q in store.quads_for_pattern(None, None, None, None)}, key=str)
    del store
    t = time.perf_counter()
    ox.serialize(triples, format=ox.RdfFormat.TURTLE)
    ox_s = time.perf_counter() - t
    text = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
    graph = rdflib.Graph()
    t = time.perf_counter()
    graph.parse(data=text, format="nt")
    rdflib_load = time.perf_counter() - t
    t = time.perf_counter()
    graph.serialize(format="turtle")
    rdflib_s = time.perf_counter() - t
    return {
        "triples": len(triples),
        "pyoxigraph_s": ox_s,
        "rdflib_parse_s": rdflib_load,
        "rdflib_s": rdflib_s,
    }


def machine() -> dict[str, str]:
    """CPU, memory, Python and package versions, date: what a reader needs to compare figures."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = "unknown"
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                memory = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    except OSError:
        pass
    packages = []
    for name in ("filings-kg", "pyoxigraph", "rdflib", "httpx", "click"):
        try:
            packages.append(f"{name} {importlib.metadata.version(name)}")
        except importlib.metadata.PackageNotFoundError:
            continue
    return {
        "date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "cpu": f"{cpu} ({os.cpu_count()} logical CPUs)",
        "memory": memory,
        "python": f"{platform.python_implementation()} {platform.python_version()} on {platform.system()} {platform.release()}",
        "packages": ", ".join(packages),
        # Other processes on the machine skew timings: the load average says how busy it was.
        "load average (1/5/15 min) at start": " / ".join(f"{x:.2f}" for x in os.getloadavg()),
    }


def table(results: list[SizeResult]) -> str:
    """Markdown table: one row per corpus size and build kind."""
    lines = [
        "| filings | MB | build | seconds | (first) | filings/s | MB/s | peak RSS MiB | quads |",
        "|---:|---:|---|---:|---:|---:|---:|---:|---:|",
    ]
    for r in results:
        for run in r.runs.values():
            rate = f"{r.filings / run.seconds:.1f}" if run.ok else "failed"
            mbs = f"{r.megabytes / run.seconds:.2f}" if run.ok else ""
            triples = f"{r.quads:,}" if r.quads and run.what == "cold j1" else ""
            lines.append(
                f"| {r.filings:,} | {r.megabytes:.1f} | {run.what} | {run.seconds:.2f} "
                f"| {f'{run.first:.2f}' if run.first is not None else ''} | {rate} | {mbs} "
                f"| {run.rss_mib:.0f} | {triples} |"
            )
    stores = [r for r in results if r.store is not None]
    if stores:
        lines += [
            "",
            "| filings | quads | store load seconds | quads/s | peak RSS MiB |",
            "|---:|---:|---:|---:|---:|",
        ]
        for r in stores:
            assert r.store is not None
            rate = f"{r.quads / r.store.seconds:,.0f}" if r.quads and r.store.ok else "failed"
            lines.append(
                f"| {r.filings:,} | {r.quads or 0:,} | {r.store.seconds:.1f} | {rate} | {r.store.rss_mib:.0f} |"
            )
    return "\n".join(lines)


@dataclass
class BuildBench:
    """Everything the build benchmark measured, for ``render`` (and ``bench_all.py``)."""

    info: dict[str, str]
    seed_run: Run
    results: list[SizeResult]
    serial: dict[str, float] | None
    notes: list[str]


def measure_builds(
    sizes: list[int], work: Path, *, seed: int = 1, serialise_max: int = 1000, rebuild_runs: int = 3
) -> BuildBench:
    """Time the seed build and every corpus size in ``work`` (corpora, outputs and the largest
    size's store are left there; each rebuild ``rebuild_runs`` times), then the Turtle writers on
    the largest graph within ``serialise_max`` filings."""
    help_text = build_help()
    has_jobs = "--jobs" in help_text
    has_cache = "--no-cache" in help_text
    notes = []
    if not has_jobs:
        notes.append("`kg build` has no `--jobs`: only single-process builds were timed.")
    if not has_cache:
        notes.append("`kg build` has no cache: rebuild times were not measured.")
    info = machine()
    results: list[SizeResult] = []
    serial: dict[str, float] | None = None
    work.mkdir(parents=True, exist_ok=True)
    compile_package()
    seed_run = bench_seed(work)
    print(
        f"seed corpus cold build: {seed_run.seconds:.2f} s, peak RSS {seed_run.rss_mib:.0f} MiB", flush=True
    )
    fingerprint = source_fingerprint()
    # Deleted only when every build has run: on some filesystems (ext4 without a journal)
    # creating a file right after tens of thousands were deleted costs a millisecond or more,
    # so a deletion just before a cold build would time the filesystem, not the build.
    discard: list[Path] = []
    for n in sizes:
        result = bench_size(
            n,
            work,
            has_jobs=has_jobs,
            has_cache=has_cache,
            seed=seed,
            store=n == max(sizes),
            discard=discard,
            rebuild_runs=rebuild_runs,
        )
        now = source_fingerprint()
        if now != fingerprint:
            # Other work changed the code or ontology while this size ran: a changed extractor
            # version empties the cache, so "no change" may have rebuilt everything.
            notes.append(
                f"The package's code or ontology changed while the {n:,}-filing builds ran "
                f"({fingerprint} -> {now}): its rebuild figures may include cache misses."
            )
            fingerprint = now
        results.append(result)
        for run in result.runs.values():
            status = "" if run.ok else f"  FAILED: {run.note}"
            print(
                f"{n:>6} filings  {run.what:<12} {run.seconds:8.2f} s  {run.rss_mib:6.0f} MiB{status}",
                flush=True,
            )
    eligible = [r.filings for r in results if r.filings <= serialise_max and r.quads]
    if eligible:
        size = max(eligible)
        serial = bench_serialisers(work / f"out-{size}-j1")
        serial["filings"] = size
    for folder in discard:
        shutil.rmtree(folder, ignore_errors=True)
    return BuildBench(info, seed_run, results, serial, notes)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10,100,1000", help="comma-separated corpus sizes")
    parser.add_argument("--quick", action="store_true", help="sizes 10 and 100 only")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--keep", type=Path, help="keep the corpora, outputs and stores in this folder (for bench_queries.py)"
    )
    parser.add_argument("--results", type=Path, default=HERE / "RESULTS.md")
    parser.add_argument(
        "--serialise-max", type=int, default=1000, help="largest corpus whose graph rdflib also writes"
    )
    parser.add_argument(
        "--rebuild-runs", type=int, default=3, help="runs of each rebuild (the median is shown)"
    )
    args = parser.parse_args(argv)
    sizes = [10, 100] if args.quick else [int(s) for s in args.sizes.split(",") if s.strip()]
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        bench = measure_builds(
            sizes,
            args.keep or Path(tmp),
            seed=args.seed,
            serialise_max=args.serialise_max,
            rebuild_runs=args.rebuild_runs,
        )
    report = render(bench.info, bench.seed_run, bench.results, bench.serial, bench.notes)
    args.results.write_text(report, encoding="utf-8")
    print()
    print(report)
    return 0


def render(
    info: dict[str, str],
    seed_run: Run,
    results: list[SizeResult],
    serial: dict[str, float] | None,
    notes: list[str],
) -> str:
    lines = [
        "# Build benchmark",
        "",
        "Written by `python benchmarks/bench_build.py`; synthetic corpora from",
        "`benchmarks/synth.py`.",
        "",
    ]
    lines += [f"- {k}: {v}" for k, v in info.items()]
    lines += [
        "",
        "Each build runs `kg build` in a fresh process. *cold*: empty output folder, no cache; *no change*:",
        "the same corpus again into the cold j1 output (cache present); *one changed*: one filing edited, then",
        "rebuilt into the same folder. A rebuild runs three times (`--rebuild-runs`): *seconds* is the median, *(first)* the",
        "first run, which finds the output out of the page cache (the cold builds of the other folder ran",
        "in between). Peak RSS: the largest resident set of the build or any worker.",
        "",
        f"Seed corpus (3 ImmunoGen filings), cold build in a fresh process: **{seed_run.seconds:.2f} s**, "
        f"peak RSS {seed_run.rss_mib:.0f} MiB.",
        "",
        table(results),
        "",
        "Corpus generation (not part of the build): "
        + ", ".join(f"{r.filings:,} filings {r.generate_s:.1f} s" for r in results)
        + ".",
    ]
    if serial:
        ratio = serial["rdflib_s"] / serial["pyoxigraph_s"] if serial["pyoxigraph_s"] else float("nan")
        lines += [
            "",
            f"## Turtle writers on the {int(serial['filings']):,}-filing graph ({int(serial['triples']):,} triples)",
            "",
            "| writer | seconds |",
            "|---|---:|",
            f"| pyoxigraph `serialize` | {serial['pyoxigraph_s']:.2f} |",
            f"| rdflib `Graph.serialize(format='turtle')` | {serial['rdflib_s']:.2f} |",
            f"| (rdflib parse into its in-memory graph first) | {serial['rdflib_parse_s']:.2f} |",
            "",
            f"A plain-rdflib path would write Turtle **{ratio:.0f}x** slower than pyoxigraph.",
        ]
    if notes:
        lines += ["", "## Notes", "", *[f"- {n}" for n in notes]]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.exit(main())
