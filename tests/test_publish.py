"""Publishing named graphs to a live Oxigraph server through the Graph Store Protocol."""

from __future__ import annotations

import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from conftest import free_port as _free_port
from conftest import remote_counts as _remote_counts

from kg.cli import main
from kg.errors import UsageError
from kg.publish import PublishError, publish

COUNT = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"


def _local_counts(graph: Path) -> dict[str, int]:
    store = ox.Store()
    store.bulk_load(path=str(graph), format=ox.RdfFormat.TRIG)
    return {row["g"].value: int(row["n"].value) for row in store.query(COUNT)}  # type: ignore[union-attr]


def test_publish_then_republish_is_idempotent(server: str, seed_build, tmp_path: Path) -> None:
    out = tmp_path / "graphs"
    shutil.copytree(seed_build[0], out, ignore=shutil.ignore_patterns(".cache"))
    graph = out / "graph.trig"
    first = publish(server + "/store", graph)
    local = _local_counts(graph)
    assert len(first.sent) == len(local) >= 6
    assert _remote_counts(server) == local
    second = publish(server + "/store", graph)
    assert second.sent == [] and len(second.unchanged) == len(local)
    forced = publish(server + "/store", graph, force=True)
    assert len(forced.sent) == len(local)
    assert _remote_counts(server) == local


def test_publish_cli_reports_counts(server: str, seed_build, tmp_path: Path) -> None:
    out = tmp_path / "graphs"
    shutil.copytree(seed_build[0], out, ignore=shutil.ignore_patterns(".cache"))
    result = CliRunner().invoke(main, ["publish", "--endpoint", server + "/store", str(out / "graph.trig")])
    assert result.exit_code == 0, result.stderr
    assert "graph(s) sent, 0 unchanged, 0 deleted" in result.stderr


def test_publish_errors_are_one_line(seed_build, tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="must be an http"):
        publish("ftp://example.invalid/store", seed_build[0] / "graph.trig")
    out = tmp_path / "graphs"
    shutil.copytree(seed_build[0], out, ignore=shutil.ignore_patterns(".cache"))
    with pytest.raises(PublishError, match=r"cannot reach http://127\.0\.0\.1:"):
        publish(f"http://127.0.0.1:{_free_port()}/store", out / "graph.trig", timeout=2)
