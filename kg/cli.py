"""The ``kg`` command line: parse options, call the library, print, exit with a documented code.

Exit codes: 0 success; 1 a data or validation failure (a graph that does not validate, a build
where nothing could be built, or ``--strict`` with a skipped file); 2 a usage error (a missing path,
an unknown name, a bad option).
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import Any, TypeVar

import click

from kg.errors import KGError

F = TypeVar("F", bound=Callable[..., Any])

EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2


def _fail(message: str, code: int) -> None:
    click.echo(f"Error: {message}", err=True)
    sys.exit(code)


def reports_errors(func: F) -> F:
    """Turn library errors into one ``Error: …`` line on stderr and their exit code."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except KGError as exc:
            _fail(str(exc), exc.exit_code)

    return wrapper  # type: ignore[return-value]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="filings-kg")
@click.option("-v", "--verbose", count=True, help="More log output (repeat for debug).")
@click.option("-q", "--quiet", is_flag=True, help="Only errors.")
def main(verbose: int, quiet: bool) -> None:
    """Build and query an evidence-backed knowledge graph of biotech company filings."""
    level = logging.ERROR if quiet else (logging.WARNING, logging.INFO, logging.DEBUG)[min(verbose, 2)]
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=Path("graphs"), show_default=True,
    help="Folder for graph.ttl and graph.trig.",
)  # fmt: skip
@click.option("--strict", is_flag=True, help="Exit 1 when any file was skipped.")
@reports_errors
def build(paths: tuple[Path, ...], out_dir: Path, strict: bool) -> None:
    """Build the graph from filings (files or folders; default: the bundled ImmunoGen corpus)."""
    from kg.build import build as run_build

    for path in paths:
        if not path.exists():
            _fail(f"no such file or folder: {path}", EXIT_USAGE)
    report = run_build(list(paths) or None, out_dir)
    for filing in report.filings:
        if filing.skipped:
            click.echo(f"skipped {filing.source}: {filing.skipped}", err=True)
            continue
        click.echo(f"read    {filing.source} -> {filing.key}: {filing.triples} triples", err=True)
        for warning in filing.warnings:
            click.echo(f"  note  {warning}", err=True)
        if filing.unknown_entities:
            click.echo(f"  not in reference data: {', '.join(filing.unknown_entities)}", err=True)
    for refused in report.refused_merges:
        click.echo(f"refused merge {refused}", err=True)
    click.echo(
        f"built {len(report.built)} of {len(report.filings)} filings, {report.total_triples} triples, "
        f"in {report.seconds:.2f} s -> {', '.join(str(p) for p in report.outputs)}",
        err=True,
    )
    if not report.built:
        _fail("nothing could be built", EXIT_FAILURE)
    if strict and report.skipped:
        _fail(f"{len(report.skipped)} file(s) skipped (--strict)", EXIT_FAILURE)


@main.command()
@click.argument("graph", required=False, type=click.Path(path_type=Path))
@reports_errors
def validate(graph: Path | None) -> None:
    """Check GRAPH (default graphs/graph.trig) against the SHACL shapes; exit 1 listing violations."""
    from kg.graphio import load_rdflib
    from kg.validate import validate_shapes

    dataset = load_rdflib(graph)
    result = validate_shapes(dataset)
    for violation in result.violations:
        click.echo(
            f"{violation.severity}: {violation.focus_node} {violation.path or ''}: {violation.message}"
        )
    if not result.conforms:
        _fail(f"{len(result.violations)} violation(s)", EXIT_FAILURE)
    click.echo("valid: the graph conforms to the shapes")


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


if __name__ == "__main__":  # pragma: no cover
    main()
