"""Incremental, parallel and distributed builds: the cache, --jobs, the Dask executor, the on-disk store."""

from __future__ import annotations

import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kg.build import BuildOptions, build
from kg.cli import main
from kg.resources import default_corpus


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    shutil.copytree(default_corpus() / "immunogen", folder)
    return folder


def _outputs(folder: Path) -> dict[str, bytes]:
    return {name: (folder / name).read_bytes() for name in ("graph.ttl", "graph.trig")}


def test_nothing_changed_rebuild_extracts_nothing(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = build([corpus], out)
    assert len(first.extracted) == 3
    assert {c.status for c in first.changes} == {"added"}
    before = _outputs(out)
    second = build([corpus], out)
    assert second.nothing_changed
    assert second.extracted == []
    assert _outputs(out) == before


def test_one_changed_filing_is_the_only_one_extracted_and_equals_a_cold_build(
    corpus: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    build([corpus], out)
    changed = corpus / "003_102ef10e00e41432.txt"
    changed.write_text(
        changed.read_text(encoding="utf-8").replace("Daniel Junius", "Daniel Smith"), encoding="utf-8"
    )
    report = build([corpus], out)
    assert [f.source for f in report.extracted] == ["003_102ef10e00e41432.txt"]
    assert [(c.key, c.status) for c in report.changes] == [("immunogen-2010-10-28-press-release", "changed")]
    change = report.changes[0]
    assert change.triples_added > 0 and change.triples_removed > 0
    cold = tmp_path / "cold"
    build([corpus], cold, BuildOptions(cache=False))
    assert _outputs(out) == _outputs(cold)


def test_progress_counts_each_phase_over_the_filings_it_works_on(corpus: Path, tmp_path: Path) -> None:
    calls: list[tuple[str, int, int]] = []
    options = BuildOptions(progress=lambda phase, done, total: calls.append((phase, done, total)))
    out = tmp_path / "out"
    build([corpus], out, options)
    assert calls == [("extracting", n, 3) for n in (1, 2, 3)] + [("mapping", n, 3) for n in (1, 2, 3)]
    calls.clear()
    build([corpus], out, options)
    assert calls == []  # nothing changed: nothing to count
    changed = corpus / "000_0cfe5a6103b22458.txt"
    changed.write_text(changed.read_text(encoding="utf-8") + "\nCorrected.\n", encoding="utf-8")
    build([corpus], out, options)
    assert calls == [("extracting", 1, 1), ("mapping", 1, 1)]


def test_removed_and_added_filings_are_reported(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = build([corpus], out)
    added = {c.key: c for c in first.changes if c.status == "added"}["immunogen-2005-11-03-8-k"]
    (corpus / "000_0cfe5a6103b22458.txt").unlink()
    report = build([corpus], out)
    assert [(c.key, c.status) for c in report.changes] == [("immunogen-2005-11-03-8-k", "removed")]
    # Counted two ways (a mark count when added, the lines themselves when removed): the same facts.
    assert report.changes[0].facts_removed == added.facts_added > 100
    assert report.changes[0].triples_removed == added.triples_added
    assert report.extracted == []


def test_changes_count_a_restated_value_as_a_changed_fact(corpus: Path, tmp_path: Path) -> None:
    args = ["build", str(corpus), "--out", str(tmp_path / "out"), "--changes"]
    assert CliRunner().invoke(main, args).exit_code == 0
    source = corpus / "002_e454553eec5db317.txt"
    net_loss = b"Net loss\t\\$\t(4,617)"  # the quarter's net loss in the statement of operations
    assert source.read_bytes().count(net_loss) == 1
    source.write_bytes(source.read_bytes().replace(net_loss, b"Net loss\t\\$\t(4,671)"))

    second = CliRunner().invoke(main, args)

    assert second.exit_code == 0, second.stderr
    # The fact keeps its IRI (concept, period, filing) and changes its value; the prose that matched
    # the old figure ("net loss of $4.6 million") no longer supports it: its evidence node goes.
    changes = [line for line in second.stderr.splitlines() if line.startswith("changed ")]
    assert changes == ["changed  immunogen-2003-05-08-8-k: triples +3 -11, facts +0 -0 ~1"]

    # A line added above every fact moves all their quotes: new evidence, the same facts.
    source.write_bytes(b"\n" + source.read_bytes())
    third = CliRunner().invoke(main, args)
    changes = [line for line in third.stderr.splitlines() if line.startswith("changed ")]
    assert len(changes) == 1 and changes[0].endswith(", facts +0 -0 ~0"), changes
    added, removed = (int(n) for n in changes[0].split("triples +")[1].split(",")[0].split(" -"))
    assert added == removed > 500  # every evidence node, and the links to it, replaced


def test_max_size_skips_a_cached_filing_as_a_cold_build_does(corpus: Path, tmp_path: Path) -> None:
    out, cold = tmp_path / "out", tmp_path / "cold"
    large = "000_0cfe5a6103b22458.txt"  # 16,669 bytes; the other two seeds are under 15,000
    first = build([corpus], out)
    assert first.skipped == [] and len(first.extracted) == 3
    before = _outputs(out)

    limit = (corpus / large).stat().st_size - 1
    lowered = build([corpus], out, BuildOptions(max_bytes=limit))
    cold_report = build([corpus], cold, BuildOptions(cache=False, max_bytes=limit))
    note = "too large (0.0 MB; the limit is 0 MB, see --max-size)"
    assert not lowered.nothing_changed
    assert [(f.source, f.skipped) for f in lowered.skipped] == [(large, note)]
    assert [(f.source, f.skipped) for f in cold_report.skipped] == [(large, note)]
    assert lowered.extracted == []
    assert [(c.key, c.status) for c in lowered.changes] == [("immunogen-2005-11-03-8-k", "removed")]
    assert _outputs(out) == _outputs(cold)

    # Another limit that skips the same file with the same note changes nothing.
    same = build([corpus], out, BuildOptions(max_bytes=15_000))
    assert same.nothing_changed
    assert [(f.source, f.skipped) for f in same.skipped] == [(large, note)]

    again = build([corpus], out)
    assert not again.nothing_changed
    assert again.skipped == []
    assert again.extracted == []  # its facts and summary were kept in the cache while it was skipped
    assert [(c.key, c.status) for c in again.changes] == [("immunogen-2005-11-03-8-k", "added")]
    assert _outputs(out) == before


def test_jobs_and_dask_give_byte_identical_outputs(corpus: Path, tmp_path: Path) -> None:
    from distributed import Client, LocalCluster

    serial, pooled, dask = tmp_path / "serial", tmp_path / "pooled", tmp_path / "dask"
    build([corpus], serial, BuildOptions(jobs=1, cache=False))
    build([corpus], pooled, BuildOptions(jobs=2, cache=False))
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        with Client(cluster) as client:
            assert len(client.scheduler_info()["workers"]) == 2
        build([corpus], dask, BuildOptions(executor="dask", scheduler=cluster.scheduler_address, cache=False))
    assert _outputs(serial) == _outputs(pooled) == _outputs(dask)


def test_store_is_updated_graph_by_graph(corpus: Path, tmp_path: Path) -> None:
    out, store_dir = tmp_path / "out", tmp_path / "store"
    build([corpus], out, BuildOptions(store=store_dir))
    count = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"

    def counts(path: Path) -> dict[str, int]:
        store = ox.Store.read_only(str(path))
        return {row["g"].value: int(row["n"].value) for row in store.query(count)}  # type: ignore[union-attr]

    memory = ox.Store()
    memory.bulk_load(path=str(out / "graph.trig"), format=ox.RdfFormat.TRIG)
    expected = {row["g"].value: int(row["n"].value) for row in memory.query(count)}  # type: ignore[union-attr]
    assert counts(store_dir) == expected
    (corpus / "000_0cfe5a6103b22458.txt").unlink()
    build([corpus], out, BuildOptions(store=store_dir))
    after = counts(store_dir)
    assert "https://w3id.org/filings-kg/id/filing/immunogen-2005-11-03-8-k" not in after
    memory = ox.Store()
    memory.bulk_load(path=str(out / "graph.trig"), format=ox.RdfFormat.TRIG)
    assert after == {row["g"].value: int(row["n"].value) for row in memory.query(count)}  # type: ignore[union-attr]


def test_a_bulk_loaded_store_is_compacted(corpus: Path, tmp_path: Path) -> None:
    # Each bulk load leaves its own sorted files (23 for the seed corpus); the build compacts them
    # (13: one per index), so compacting the store again merges nothing.
    store_dir = tmp_path / "store"
    build([corpus], tmp_path / "out", BuildOptions(store=store_dir))
    loaded = len(list(store_dir.glob("*.sst")))
    store = ox.Store(str(store_dir))
    store.optimize()
    store.flush()
    del store
    assert len(list(store_dir.glob("*.sst"))) == loaded


def test_query_and_serve_read_the_on_disk_store(corpus: Path, tmp_path: Path) -> None:
    import json
    import threading
    import urllib.parse
    import urllib.request

    from click.testing import CliRunner

    from kg.cli import main
    from kg.serve import Server, free_port

    out, store_dir = tmp_path / "out", tmp_path / "store"
    build([corpus], out, BuildOptions(store=store_dir))
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    from_graph = CliRunner().invoke(
        main, ["query", "--graph", str(out / "graph.trig"), "-e", count, "--format", "csv"]
    )
    from_store = CliRunner().invoke(
        main, ["query", "--store", str(store_dir), "-e", count, "--format", "csv"]
    )
    assert from_store.exit_code == 0, from_store.output
    assert from_store.output == from_graph.output
    assert int(from_store.output.split()[1]) > 5000
    with Server(store=store_dir, port=free_port()) as server:
        threading.Thread(target=server.serve_forever, daemon=True).start()
        url = server.url + "query?" + urllib.parse.urlencode({"query": count})
        request = urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"})
        with urllib.request.urlopen(request, timeout=30) as response:
            answer = json.load(response)
    assert answer["results"]["bindings"][0]["n"]["value"] == from_store.output.split()[1]


def test_endpoint_caps_request_and_result_size(tmp_path: Path, seed_build) -> None:
    import threading
    import urllib.error
    import urllib.parse
    import urllib.request

    from kg.serve import MAX_QUERY_BYTES, Server, free_port

    def status(request: urllib.request.Request) -> tuple[int, str]:
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                return response.status, response.read().decode()
        except urllib.error.HTTPError as err:
            return err.code, err.read().decode()

    with Server(seed_build[0] / "graph.trig", port=free_port(), max_result_bytes=4096) as server:
        threading.Thread(target=server.serve_forever, daemon=True).start()
        everything = "SELECT * WHERE { ?s ?p ?o }"
        url = server.url + "query?" + urllib.parse.urlencode({"query": everything})
        code, body = status(urllib.request.Request(url, headers={"Accept": "text/csv"}))
        assert (code, body) == (413, "the result is larger than 4096 bytes: add a LIMIT\n")
        small = server.url + "query?" + urllib.parse.urlencode({"query": everything + " LIMIT 2"})
        assert status(urllib.request.Request(small, headers={"Accept": "text/csv"}))[0] == 200
        huge = ("# " + "x" * 100 + "\n") * (MAX_QUERY_BYTES // 100) + everything
        request = urllib.request.Request(
            server.url + "query", data=huge.encode(), headers={"Content-Type": "application/sparql-query"}
        )
        try:
            code, body = status(request)
        except (ConnectionResetError, BrokenPipeError, urllib.error.URLError):
            code = None  # the server answered and closed before the client finished sending: refused
        assert code in (None, 413)
        # Refusing it cost the endpoint nothing: it still answers.
        assert status(urllib.request.Request(small, headers={"Accept": "text/csv"}))[0] == 200
