"""The ``kg`` command line: parse options, call the library, print, exit with a documented code.

Exit codes: 0 success; 1 a data or validation failure (a graph that does not validate, a build
where nothing could be built, or ``--strict`` with a skipped file); 2 a usage error (a missing path,
an unknown name, a bad option).
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from kg.cli_support import EXIT_FAILURE, EXIT_OK, EXIT_USAGE, fail, reports_errors

if TYPE_CHECKING:
    from kg.build import BuildReport


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="filings-kg")
@click.option("-v", "--verbose", count=True, help="More log output (repeat for debug).")
@click.option("-q", "--quiet", is_flag=True, help="Only errors.")
@click.pass_context
def main(ctx: click.Context, verbose: int, quiet: bool) -> None:
    """Build and query an evidence-backed knowledge graph of biotech company filings."""
    ctx.obj = {"verbose": verbose}
    level = logging.ERROR if quiet else (logging.WARNING, logging.INFO, logging.DEBUG)[min(verbose, 2)]
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=Path("graphs"), show_default=True,
    help="Folder for graph.ttl and graph.trig (or nquads/ for large datasets).",
)  # fmt: skip
@click.option("--strict", is_flag=True, help="Exit 1 when any file was skipped or an invariant fails.")
@click.option(
    "-j", "--jobs", type=click.IntRange(min=1), default=1, show_default=True,
    help="Worker processes for extraction and mapping.",
)  # fmt: skip
@click.option(
    "--executor", type=click.Choice(["local", "dask"]), default="local", show_default=True,
    help="Run extraction here (process pool) or on a Dask cluster.",
)  # fmt: skip
@click.option("--scheduler", metavar="ADDRESS", help="Dask scheduler address (with --executor dask).")
@click.option(
    "--no-cache", is_flag=True, help="Re-extract every filing; neither read nor write the build cache."
)
@click.option(
    "--store", type=click.Path(file_okay=False, path_type=Path),
    help="Also keep the dataset in an Oxigraph on-disk store here, updated graph by graph.",
)  # fmt: skip
@click.option("--changes", "show_changes", is_flag=True, help="List what changed since the last build.")
@click.option(
    "--format", "output_format", type=click.Choice(["auto", "turtle", "nquads"]), default="auto",
    show_default=True,
    help="turtle: graph.ttl and graph.trig; nquads: nquads/, one file per named graph; "
    "auto: nquads above 1,000,000 quads.",
)  # fmt: skip
@click.option(
    "--max-size", "max_mb", type=click.FloatRange(min=0.001), default=20.0, show_default=True,
    help="Skip filings larger than this many megabytes.",
)  # fmt: skip
@click.option(
    "--time-limit", type=click.FloatRange(min=0), default=60.0, show_default=True,
    help="Stop an extractor that runs longer than this many seconds on one filing (its facts of that "
    "filing are then left out and the report says so); 0: no limit.",
)  # fmt: skip
@reports_errors
def build(
    paths: tuple[Path, ...],
    out_dir: Path,
    strict: bool,
    jobs: int,
    executor: str,
    scheduler: str | None,
    no_cache: bool,
    store: Path | None,
    show_changes: bool,
    output_format: str,
    max_mb: float,
    time_limit: float,
) -> None:
    """Build the graph from filings (files or folders; default: the bundled ImmunoGen corpus)."""
    from kg.build import BuildOptions
    from kg.build import build as run_build

    for path in paths:
        if not path.exists():
            fail(f"no such file or folder: {path}", EXIT_USAGE)
    options = BuildOptions(
        jobs=jobs,
        executor=executor,
        scheduler=scheduler,
        cache=not no_cache,
        store=store,
        max_bytes=int(max_mb * 1_000_000),
        output_format=output_format,
        time_limit=time_limit,
    )
    progress = BuildProgress() if sys.stderr.isatty() else None
    options.progress = progress
    try:
        report = run_build(list(paths) or None, out_dir, options)
    finally:
        if progress:
            progress.close()
    verbose = bool((click.get_current_context().find_root().obj or {}).get("verbose"))
    for line in build_report_lines(report, show_changes, list_cached=verbose):
        click.echo(line, err=True)
    if not report.built:
        fail("nothing could be built", EXIT_FAILURE)
    if strict and report.skipped:
        fail(f"{len(report.skipped)} file(s) skipped (--strict)", EXIT_FAILURE)
    if strict and report.invariant_failures:
        fail(f"{len(report.invariant_failures)} invariant failure(s) (--strict)", EXIT_FAILURE)


class BuildProgress:
    """A progress bar per build phase (extracting, mapping) on a terminal's stderr; a build piped or
    in CI shows none. Receives ``BuildOptions.progress`` calls: (phase, done, total)."""

    def __init__(self) -> None:
        self.phase: str | None = None
        self.bar: Any = None

    def __call__(self, phase: str, done: int, total: int) -> None:
        if phase != self.phase:
            self.close()
            self.phase = phase
            self.bar = click.progressbar(
                length=total, label=f"{phase:<10}", file=sys.stderr, show_pos=True, show_eta=True, width=30
            )
            self.bar.__enter__()
        self.bar.update(done - self.bar.pos)

    def close(self) -> None:
        """End the current phase's bar (its line stays, complete, above the report)."""
        if self.bar is not None:
            self.bar.__exit__(None, None, None)
            self.bar = None


def _size(report: BuildReport) -> str:
    if report.total_triples is None:
        return f"{report.total_quads} quads"
    return f"{report.total_triples} triples"


def _bytes(count: int) -> str:
    """A byte count for a person: bytes, kB or MB (decimal units, as ``--max-size``)."""
    if count < 1_000:
        return f"{count} bytes"
    if count < 1_000_000:
        return f"{count / 1e3:.1f} kB"
    return f"{count / 1e6:.1f} MB"


def _outputs(report: BuildReport) -> str:
    """The output files; an N-Quads export (thousands of files) is named by its folder."""
    from kg.export import NQUADS_DIR

    files = [str(p) for p in report.outputs if NQUADS_DIR not in p.parts]
    in_folder = [p for p in report.outputs if NQUADS_DIR in p.parts]
    if in_folder:
        parts = in_folder[0].parts
        folder = Path(*parts[: parts.index(NQUADS_DIR) + 1])
        files.append(f"{folder}/ ({len(in_folder)} files)")
    return ", ".join(files)


#: Up to this many filings, a build lists the cached ones too; above it, only with ``-v``.
LIST_CACHED_UP_TO = 50


def build_report_lines(report: BuildReport, show_changes: bool, list_cached: bool = False) -> list[str]:
    """The build report as printed on stderr: files read or skipped, notes, changes, the total.

    Filings taken from the cache are listed (with their notes) when the corpus is small or
    ``list_cached`` is set; otherwise one line counts them, so that an incremental build of
    thousands of filings reports what it read, not every filing it did not.
    """
    lines: list[str] = []
    list_cached = list_cached or len(report.filings) <= LIST_CACHED_UP_TO
    cached = 0
    if report.nothing_changed:
        lines += [f"skipped {f.source}: {f.skipped}" for f in report.skipped]
        lines.append(
            f"nothing changed: {len(report.built)} filings, {_size(report)}, "
            f"checked in {report.seconds:.2f} s"
        )
    else:
        for filing in report.filings:
            if filing.skipped:
                lines.append(f"skipped {filing.source}: {filing.skipped}")
                continue
            if not filing.extracted and not list_cached:
                cached += 1
                continue
            how = "read  " if filing.extracted else "cached"
            lines.append(f"{how}  {filing.source} -> {filing.key}: {filing.triples} triples")
            lines += [f"  note  {warning}" for warning in filing.warnings]
            if filing.unknown_entities:
                lines.append(f"  not in reference data: {', '.join(filing.unknown_entities)}")
        if cached:
            lines.append(f"cached  {cached} unchanged filings (kg -v build lists them and their notes)")
        lines += [f"refused merge {refused}" for refused in report.refused_merges]
        lines += [f"invariant: {failure}" for failure in report.invariant_failures]
    if show_changes:
        if not report.changes:
            lines.append("changes: none since the last build")
        lines += [
            f"{c.status:<8} {c.key}: triples +{c.triples_added} -{c.triples_removed}, "
            f"facts +{c.facts_added} -{c.facts_removed} ~{c.facts_changed}"
            for c in report.changes
        ]
    if report.pruned_entries:
        lines.append(
            f"pruned  {report.pruned_entries} stale cache entries ({_bytes(report.pruned_bytes)} freed)"
        )
    if not report.nothing_changed:
        lines.append(
            f"built {len(report.built)} of {len(report.filings)} filings, {_size(report)}, "
            f"in {report.seconds:.2f} s -> {_outputs(report)}"
        )
    return lines


@main.command()
@click.argument("graph", required=False, type=click.Path(path_type=Path))
@reports_errors
def validate(graph: Path | None) -> None:
    """Check GRAPH (default graphs/graph.trig): SHACL shapes, accounting identities, label uniqueness.

    Exits 1 and lists every failure when any check fails.
    """
    from kg.checks import check_filing_facts
    from kg.graph_facts import facts_by_filing
    from kg.graphio import load_rdflib, load_store
    from kg.invariants import invariant_failures
    from kg.validate import validate_shapes

    result = validate_shapes(load_rdflib(graph))
    for violation in result.violations:
        click.echo(
            f"shape {violation.severity}: {violation.focus_node} {violation.path or ''}: {violation.message}"
        )
    store = load_store(graph)
    arithmetic = [
        failure.message
        for key, found in sorted(facts_by_filing(store).items())
        for failure in check_filing_facts(found, key)
    ]
    for message in arithmetic:
        click.echo(f"arithmetic: {message}")
    invariants = invariant_failures(store)
    for message in invariants:
        click.echo(f"invariant: {message}")
    problems = len(result.violations) + len(arithmetic) + len(invariants)
    if problems:
        fail(f"{problems} problem(s): the graph does not validate", EXIT_FAILURE)
    click.echo("valid: shapes, accounting identities and invariants all hold")


@main.command()
@click.argument("graph", required=False, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["csv", "json"]), default="csv", show_default=True)
@reports_errors
def facts(graph: Path | None, fmt: str) -> None:
    """Print one row per financial fact of GRAPH (default graphs/graph.trig), for pandas and spreadsheets."""
    import csv
    import json

    from kg.facts_table import COLUMNS, fact_rows
    from kg.graph_facts import facts_by_filing
    from kg.graphio import load_store

    rows = [
        row
        for key, found in sorted(facts_by_filing(load_store(graph)).items())
        for row in fact_rows(found, key)
    ]
    if fmt == "json":
        click.echo(json.dumps(rows, indent=1, ensure_ascii=False))
        return
    writer = csv.DictWriter(sys.stdout, fieldnames=list(COLUMNS), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)


@main.command()
@click.argument("filing", type=click.Path(path_type=Path, dir_okay=False))
@click.option(
    "--lines",
    "line_range",
    metavar="A-B",
    help="Only lines A to B (one number: that line alone).",
)
@reports_errors
def text(filing: Path, line_range: str | None) -> None:
    """Print FILING as the extractors read it, each line numbered as evidence cites it.

    An HTML filing is printed rendered and an EDGAR submission unwrapped, so a fact's ``kg:line``
    and its quote are found here even where the file's own lines differ.
    """
    from kg.corpus import read_document

    first, last = _line_bounds(line_range)
    doc = read_document(filing)  # a FilingError is its one-line message and exit code
    lines = doc.text.split("\n")
    last = min(last or len(lines), len(lines))
    width = len(str(last))
    for number in range(first, last + 1):
        click.echo(f"{number:>{width}}  {lines[number - 1]}")


def _line_bounds(line_range: str | None) -> tuple[int, int | None]:
    """``--lines`` as (first, last) line numbers, 1-based; last None: to the end."""
    if line_range is None:
        return 1, None
    first, _, last = line_range.partition("-")
    try:
        bounds = int(first), int(last or first)
    except ValueError:
        fail(f"--lines {line_range!r}: expected A-B or one line number", EXIT_USAGE)
    if bounds[0] < 1 or bounds[1] < bounds[0]:
        fail(f"--lines {line_range!r}: lines count from 1 and A may not exceed B", EXIT_USAGE)
    return bounds


@main.command()
@click.argument("graph", required=False, type=click.Path(path_type=Path))
@reports_errors
def stats(graph: Path | None) -> None:
    """Print instances per class and triples per named graph of GRAPH (default graphs/graph.trig)."""
    from kg.graphio import load_store
    from kg.stats import graph_stats

    result = graph_stats(load_store(graph))
    click.echo("instances per class")
    for name, count in result.per_class:
        click.echo(f"  {name:<22} {count:>7}")
    click.echo("triples per named graph")
    for name, count in result.per_graph:
        click.echo(f"  {name:<70} {count:>7}")
    click.echo(f"distinct triples: {result.triples}")


@main.command()
@click.option(
    "--endpoint",
    required=True,
    metavar="URL",
    help="Graph Store Protocol URL (Oxigraph: http://HOST:PORT/store).",
)
@click.argument("graph", required=False, type=click.Path(path_type=Path))
@click.option("--auth", metavar="USER:PASSWORD", help="HTTP basic authentication.")
@click.option("--token", metavar="TOKEN", help="Bearer token authentication.")
@click.option("--force", is_flag=True, help="Send every graph, even those unchanged since the last publish.")
@reports_errors
def publish(endpoint: str, graph: Path | None, auth: str | None, token: str | None, force: bool) -> None:
    """Push each named graph of GRAPH (default graphs/graph.trig) to a SPARQL Graph Store endpoint."""
    from kg.publish import publish as run_publish

    credentials = None
    if auth:
        user, sep, password = auth.partition(":")
        if not sep:
            fail("--auth must be USER:PASSWORD", EXIT_USAGE)
        credentials = (user, password)
    report = run_publish(endpoint, graph, auth=credentials, token=token, force=force)
    click.echo(
        f"published to {endpoint}: {len(report.sent)} graph(s) sent, {len(report.unchanged)} unchanged, "
        f"{len(report.deleted)} deleted",
        err=True,
    )


# Commands kept in their own modules, registered here so `kg --help` lists them all.
from kg.cli_analysis import analyze, explore  # noqa: E402
from kg.cli_query import queries, query, serve  # noqa: E402

main.add_command(analyze)
main.add_command(explore)
main.add_command(query)
main.add_command(queries)
main.add_command(serve)

__all__ = ["EXIT_FAILURE", "EXIT_OK", "EXIT_USAGE", "main"]

if __name__ == "__main__":  # pragma: no cover
    main()
