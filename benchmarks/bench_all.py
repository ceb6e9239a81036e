"""The whole benchmark in one command: builds, store load, named queries, explorer and report.

``python benchmarks/bench_all.py [--sizes 10,100,1000,10000] [--keep DIR] [--repeat 3] [--limit 30]``
runs, one after the other on an otherwise idle machine:

1. ``bench_build.py``'s measurements: the seed corpus, then each corpus size (cold with ``--jobs 1``
   and ``--jobs 2``, nothing changed, one filing changed), the on-disk store of the largest size,
   and the Turtle writers (pyoxigraph against rdflib) on the largest graph within
   ``--serialise-max`` filings;
2. ``bench_queries.py`` on the seed graph and on that store;
3. ``bench_explore.py`` (explorer page, analyses and report).

It prints each figure as it is measured, then writes ``benchmarks/RESULTS.md`` whole: the machine,
every table, and the project's performance targets with the figure reached for each. It measures; it asserts
nothing. How to read the figures, and why some fall short: ``benchmarks/README.md``.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import bench_build  # noqa: E402

#: The explorer benchmark's steps, as its labels name them after "seed: " or "synthetic …: ".
EXPLORER_STEPS = (
    ("RDF -> networkx", "RDF to networkx"),
    ("explorer.html", "explorer.html (pyvis)"),
    ("analyses", "analyses (centrality, communities, paths)"),
    ("report (json, md, png)", "report (json, md, png)"),
)


def run_json(args: list[str], output: Path) -> Any:
    """Run one benchmark script (its figures printed as they come) and read the JSON it wrote."""
    done = subprocess.run([sys.executable, *args, "--json", str(output)], env=bench_build.build_environment())
    if done.returncode != 0 or not output.exists():
        return None
    return json.loads(output.read_text(encoding="utf-8"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10,100,1000,10000", help="comma-separated corpus sizes")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", type=Path, help="keep the corpora, outputs and store in this folder")
    parser.add_argument("--repeat", type=int, default=3, help="warm runs per query")
    parser.add_argument("--limit", type=float, default=30.0, help="seconds per query run on the store")
    parser.add_argument(
        "--serialise-max", type=int, default=1000, help="largest corpus whose graph rdflib also writes"
    )
    parser.add_argument(
        "--rebuild-runs", type=int, default=3, help="runs of each rebuild (the median is shown)"
    )
    parser.add_argument("--results", type=Path, default=HERE / "RESULTS.md")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        work = args.keep or Path(tmp)
        bench = bench_build.measure_builds(
            sizes, work, seed=args.seed, serialise_max=args.serialise_max, rebuild_runs=args.rebuild_runs
        )
        store = work / f"store-{max(sizes)}"
        query_args = [
            str(HERE / "bench_queries.py"),
            "--repeat",
            str(args.repeat),
            "--limit",
            str(args.limit),
        ]
        if store.is_dir():
            query_args += ["--store", str(store)]
        queries = run_json(query_args, Path(tmp) / "queries.json")
        explorer = run_json([str(HERE / "bench_explore.py")], Path(tmp) / "explorer.json")
    text = render(bench, queries, explorer, max(sizes))
    args.results.write_text(text, encoding="utf-8")
    print()
    print(text)
    return 0


# -- RESULTS.md -----------------------------------------------------------------------------------


def render(bench: bench_build.BuildBench, queries: Any, explorer: Any, largest: int) -> str:
    """RESULTS.md: the build benchmark's sections, then queries, explorer and the targets."""
    text = bench_build.render(bench.info, bench.seed_run, bench.results, bench.serial, [])
    text = text.replace(
        "# Build benchmark\n\nWritten by `python benchmarks/bench_build.py`; synthetic corpora from\n",
        "# Benchmark results\n\nWritten by `python benchmarks/bench_all.py`; synthetic corpora from\n",
    )
    # The targets first, after the machine: the tables they come from follow.
    head, builds = text.split("\nEach build runs", 1)
    lines = [head.rstrip("\n"), *_targets(bench, queries, largest)]
    lines += ["", "## Builds", "", "Each build runs" + builds.rstrip("\n")]
    lines += _queries(queries, largest)
    lines += _explorer(explorer)
    if bench.notes:
        lines += ["", "## Notes", "", *[f"- {n}" for n in bench.notes]]
    return "\n".join(lines) + "\n"


def _seconds(seconds: float) -> str:
    if seconds < 1:
        return f"{seconds * 1000:.0f} ms"
    return f"{seconds:.2f} s" if seconds < 100 else f"{seconds:.0f} s"


def _cells(result: dict[str, Any] | None, limit: float) -> list[str]:
    """time, first run, rows and rows per second of one large-graph measurement."""
    if result is None:
        return ["", "", "", ""]
    if result.get("timeout"):
        return [f"> {limit:.0f} s", "", "", ""]
    if "error" in result:
        return ["error", "", "", ""]
    first = _seconds(result["first"]) if result["first"] != result["seconds"] else ""
    rate = f"{result['rows'] / result['seconds']:,.0f}" if result["rows"] and result["seconds"] else ""
    return [_seconds(result["seconds"]), first, f"{result['rows']:,}", rate]


def _queries(queries: Any, largest: int) -> list[str]:
    if not queries:
        return ["", "## Named queries", "", "Not measured (the query benchmark failed)."]
    large = queries.get("large") or {}
    lines = [
        "",
        "## Named queries",
        "",
        f"`benchmarks/bench_queries.py`: the seed graph ({queries['seed_quads']:,} quads) and "
        + (
            f"the {largest:,}-filing store ({queries.get('large_quads', 0):,} quads with the default graph)."
            if large
            else "no large store."
        ),
        f"Warm: the median of {queries['repeat']} runs after the first in the process, which pays for the",
        "query text's check and cold caches (shown apart as *first*). *Selective*: with parameters",
        "picked from the store (a company with the median number of filings and what it names):",
        f"`{json.dumps(queries.get('params', {}), ensure_ascii=False)}`. *Whole corpus*: no parameter",
        f"(a required one is still given). A run longer than {queries['limit']:.0f} s is stopped.",
        "",
        "| query | seed warm ms | selective | (first) | rows | whole corpus | (first) | rows | rows/s |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, seed in queries["seed"].items():
        found = large.get(name, {})
        selective = _cells(found.get("selective"), queries["limit"])[:3]
        whole = _cells(found.get("whole"), queries["limit"])
        lines.append(f"| {name} | {seed['warm'] * 1000:.1f} | " + " | ".join(selective + whole) + " |")
    return lines


def _explorer(explorer: Any) -> list[str]:
    if not explorer:
        return ["", "## Explorer and report", "", "Not measured (the explorer benchmark failed)."]
    lines = [
        "",
        "## Explorer and report",
        "",
        "`benchmarks/bench_explore.py`: the seed graph, and a synthetic graph of 10,000 nodes and 15,000 edges.",
        "",
        "| step | seed graph | synthetic graph of 10,000 nodes |",
        "|---|---:|---:|",
    ]
    for label, title in EXPLORER_STEPS:
        seed = explorer.get(f"seed: {label}")
        big = explorer.get(f"synthetic 10,000 nodes: {label}" if label != "report (json, md, png)" else "")
        if big is None and label.startswith("report"):
            big = explorer.get("synthetic 10,000 nodes: report")
        cells = [f"{x:.2f} s" if x is not None else "" for x in (seed, big)]
        lines.append(f"| {title} | {cells[0]} | {cells[1]} |")
    size = explorer.get("synthetic explorer MB")
    if size:
        lines += ["", f"The synthetic explorer page weighs {size:.1f} MB."]
    return lines


def _targets(bench: bench_build.BuildBench, queries: Any, largest: int) -> list[str]:
    """The project's performance targets, each with the figure reached (those this run measured)."""
    by_size = {r.filings: r for r in bench.results}
    rows: list[tuple[str, str, bool]] = []

    def run(size: int, what: str) -> bench_build.Run | None:
        found = by_size.get(size)
        got = found.runs.get(what) if found else None
        return got if got and got.ok else None

    big, tenth = largest, largest // 10
    cold2 = run(big, "cold j2")
    if cold2:
        rate = big / cold2.seconds
        rows.append(
            (
                f"cold build of {big:,} filings, `--jobs 2`: at least 200 filings/s",
                f"{rate:.0f} filings/s",
                rate >= 200,
            )
        )
    for what in ("cold j1", "cold j2"):
        a, b = run(big, what), run(tenth, what)
        if a and b:
            ratio = a.seconds / b.seconds
            rows.append(
                (
                    f"{big:,} filings take at most 11 times as long as {tenth:,} ({what})",
                    f"{ratio:.1f} times",
                    ratio <= 11,
                )
            )
    for what, limit in (("no change", 2.0), ("one changed", 3.0)):
        got = run(big, what)
        if got:
            rows.append(
                (
                    f"{what} rebuild of {big:,} filings: under {limit:.0f} s (median of the runs)",
                    f"{got.seconds:.2f} s"
                    + (f" (first run {got.first:.2f} s)" if got.first is not None else ""),
                    got.seconds < limit,
                )
            )
    if big in by_size and by_size[big].runs:
        peak = max(r.rss_mib for r in by_size[big].runs.values())
        rows.append(
            (f"peak memory of the {big:,}-filing builds: under 2 GB", f"{peak:,.0f} MiB", peak < 2048)
        )
    if queries:
        large = queries.get("large") or {}
        for form in ("selective", "whole"):
            times = {
                name: found[form]
                for name, found in large.items()
                if found.get(form) is not None and "error" not in found[form]
            }
            if not times:
                continue
            slow = [n for n, r in times.items() if r.get("timeout") or r["seconds"] >= 1]
            worst = max(times, key=lambda n: float("inf") if times[n].get("timeout") else times[n]["seconds"])
            figure = f"{len(times) - len(slow)} of {len(times)} under 1 s; slowest {worst} " + (
                f"> {queries['limit']:.0f} s"
                if times[worst].get("timeout")
                else _seconds(times[worst]["seconds"])
            )
            label = "selective" if form == "selective" else "whole-corpus"
            rows.append(
                (f"every named query ({label} form) under 1 s on the {big:,}-filing store", figure, not slow)
            )
        warm = {name: seed["warm"] for name, seed in queries["seed"].items()}
        worst = max(warm, key=lambda n: warm[n])
        rows.append(
            (
                "every named query under 50 ms on the seed graph",
                f"slowest {worst} {warm[worst] * 1000:.0f} ms",
                warm[worst] < 0.05,
            )
        )
    seed = bench.seed_run
    rows.append(
        (
            "the seed corpus, cold, in a fresh process: under 2 s",
            f"{seed.seconds:.2f} s",
            seed.ok and seed.seconds < 2,
        )
    )
    lines = [
        "",
        "## Targets",
        "",
        "On this machine; why some fall short and what would close them: `benchmarks/README.md`.",
        "",
        "| target | reached | |",
        "|---|---|---|",
    ]
    lines += [f"| {what} | {figure} | {'met' if met else '**not met**'} |" for what, figure, met in rows]
    return lines


if __name__ == "__main__":
    sys.exit(main())
