"""The ``kg analyze`` and ``kg explore`` commands: thin wrappers over :mod:`kg.analyze`, :mod:`kg.report`
and :mod:`kg.explore` (exit codes as in :mod:`kg.cli`: 0 ok, 1 data failure, 2 usage error)."""

from __future__ import annotations

from pathlib import Path

import click

from kg.cli_support import reports_errors


@click.command()
@click.argument("graph", required=False, type=click.Path(path_type=Path))
@click.option(
    "--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=Path("graphs"), show_default=True,
    help="Folder for analysis.json, report.md and the PNG charts.",
)  # fmt: skip
@click.option(
    "--top", type=click.IntRange(min=1), default=10, show_default=True, help="Entities per centrality list."
)
@reports_errors
def analyze(graph: Path | None, out_dir: Path, top: int) -> None:
    """Analyse GRAPH (default graphs/graph.trig): centrality, partners, targets, pipeline, financials."""
    from kg.analyze import analyze as run_analysis
    from kg.netgraph import load_networkx
    from kg.report import write_report

    result = run_analysis(load_networkx(graph), top=top)
    written = write_report(result, out_dir)
    s = result["summary"]
    click.echo(
        f"analysed {s['entities']} entities, {s['edges']} relations, {s['financial_facts']} financial facts "
        f"-> {', '.join(str(p) for p in written)}",
        err=True,
    )


@click.command()
@click.argument("graph", required=False, type=click.Path(path_type=Path))
@click.option(
    "--out", "out_file", type=click.Path(dir_okay=False, path_type=Path), default=Path("graphs") / "explorer.html",
    show_default=True, help="The HTML file to write.",
)  # fmt: skip
@click.option("--focus", help="Draw only the neighbourhood of this entity (a name, an alias or an IRI).")
@click.option(
    "--depth", type=click.IntRange(min=0), default=1, show_default=True, help="Relations away from --focus."
)
@reports_errors
def explore(graph: Path | None, out_file: Path, focus: str | None, depth: int) -> None:
    """Write an offline HTML explorer of GRAPH (default graphs/graph.trig)."""
    from kg.explore import focus_subgraph, write_explorer
    from kg.netgraph import load_networkx

    network = load_networkx(graph)
    title = "filings-kg explorer"
    if focus:
        network = focus_subgraph(network, focus, depth)
        title = f"filings-kg explorer: {network.nodes[network.graph['focus']]['label']} (depth {depth})"
    path = write_explorer(network, out_file, title)
    click.echo(
        f"drew {network.number_of_nodes()} entities, {network.number_of_edges()} relations -> {path}",
        err=True,
    )
