"""``kg query``, ``kg queries`` and ``kg serve``: parse options, call :mod:`kg.query` / :mod:`kg.serve`, print.

Exit codes as everywhere: 0 success; 1 a graph that is missing or does not parse, or a server that
fails; 2 a usage error (unknown query name, malformed SPARQL, a refused query, a bad parameter).
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from kg.cli_support import EXIT_USAGE, fail, reports_errors


def _params(values: tuple[str, ...]) -> dict[str, str]:
    params: dict[str, str] = {}
    for item in values:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            fail(f"--param expects name=value, got {item!r}", EXIT_USAGE)
        params[name.strip()] = value
    return params


@click.command()
@click.argument("name", required=False)
@click.option("-e", "--expression", help="Run this SPARQL text instead of a named query.")
@click.option(
    "--param",
    "param_values",
    multiple=True,
    metavar="NAME=VALUE",
    help="Bind a query parameter (repeatable).",
)
@click.option("--graph", type=click.Path(path_type=Path), help="Graph file (default graphs/graph.trig).")
@click.option(
    "--store", "store_dir", type=click.Path(file_okay=False, path_type=Path),
    help="An on-disk store written by `kg build --store DIR` (instead of --graph).",
)  # fmt: skip
@click.option(
    "--format", "fmt", type=click.Choice(["table", "csv", "tsv", "json"]), default="table", show_default=True,
    help="Output format (json: SPARQL 1.1 query results JSON).",
)  # fmt: skip
@click.option("--limit", type=click.IntRange(min=1), help="Stop after this many rows.")
@reports_errors
def query(
    name: str | None, expression: str | None, param_values: tuple[str, ...], graph: Path | None,
    store_dir: Path | None, fmt: str, limit: int | None,
) -> None:  # fmt: skip
    """Run a named query (see `kg queries`), a .rq FILE, or -e 'SPARQL' over the built graph."""
    from kg.query import format_result, inline_query, load_query, load_query_store, run_query

    if bool(name) == bool(expression):
        fail("give a query NAME or FILE.rq, or -e 'SPARQL' (exactly one)", EXIT_USAGE)
    named = inline_query(expression) if expression else load_query(name)  # type: ignore[arg-type]
    params = _params(param_values)
    if store_dir is not None:
        from kg.store import open_store

        store = open_store(store_dir, read_only=True)
    else:
        store = load_query_store(graph)
    result = run_query(store, named, params, max_rows=limit)
    click.echo(format_result(result, fmt), nl=False)


@click.command()
@reports_errors
def queries() -> None:
    """List the named queries with the question each answers and its parameters."""
    from kg.query import list_queries

    for named in list_queries():
        click.echo(f"{named.name:<22} {named.description}")
        for param in named.params:
            flags = ", ".join(
                f
                for f in (param.type if param.type != "string" else "", "required" if param.required else "")
                if f
            )
            click.echo(
                f"{'':<22}   --param {param.name}=…  {param.description}{f' ({flags})' if flags else ''}"
            )


@click.command()
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Address to listen on (localhost unless told otherwise).",
)
@click.option(
    "--port", type=click.IntRange(0, 65535), default=7878, show_default=True, help="Port to listen on."
)
@click.option("--graph", type=click.Path(path_type=Path), help="Graph file (default graphs/graph.trig).")
@click.option(
    "--store", "store_dir", type=click.Path(file_okay=False, path_type=Path),
    help="An on-disk store written by `kg build --store DIR` (instead of --graph).",
)  # fmt: skip
@click.option(
    "--timeout",
    "timeout_s",
    type=click.IntRange(min=1),
    default=30,
    show_default=True,
    help="Query timeout in seconds.",
)
@click.option(
    "--max-result-bytes", type=click.IntRange(min=1024), default=50_000_000, show_default=True,
    help="Refuse results larger than this (add a LIMIT).",
)  # fmt: skip
@reports_errors
def serve(
    host: str, port: int, graph: Path | None, store_dir: Path | None, timeout_s: int, max_result_bytes: int
) -> None:
    """Serve the graph read-only over the SPARQL 1.1 Protocol (oxigraph behind a checking proxy); Ctrl-C stops it."""
    from kg.serve import Server

    server = Server(
        graph, host=host, port=port, timeout_s=timeout_s, max_result_bytes=max_result_bytes, store=store_dir
    )
    with server:
        click.echo(f"SPARQL endpoint: {server.url}query   (query page: {server.url})", err=True)
        click.echo(
            "read-only; SERVICE, remote FROM and updates are refused; Ctrl-C stops the server", err=True
        )
        sys.stderr.flush()
        server.serve_forever()
    click.echo("stopped", err=True)
