"""Publishing named graphs to a live Oxigraph server through the Graph Store Protocol."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.errors import UsageError
from kg.publish import PublishError, publish

COUNT = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _oxigraph() -> str:
    found = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")
    assert Path(found).exists(), "the oxigraph server (PyPI package 'oxigraph') is a test dependency"
    return found


@pytest.fixture
def server(tmp_path: Path) -> Iterator[str]:
    """A real read-write Oxigraph server on a free loopback port; yields its base URL."""
    port = _free_port()
    process = subprocess.Popen(
        [_oxigraph(), "serve", "--location", str(tmp_path / "db"), "--bind", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                httpx.get(base + "/", timeout=1)
                break
            except httpx.HTTPError:
                time.sleep(0.1)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=10)


def _remote_counts(base: str) -> dict[str, int]:
    response = httpx.post(
        base + "/query",
        data={"query": COUNT},
        headers={"Accept": "application/sparql-results+json"},
        timeout=30,
    )
    response.raise_for_status()
    return {b["g"]["value"]: int(b["n"]["value"]) for b in response.json()["results"]["bindings"]}


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
