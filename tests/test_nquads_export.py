"""Large datasets: the N-Quads folder export, its incremental updates, the store's union default
graph, and publishing from the folder. Run on the seed corpus with the size threshold lowered."""

from __future__ import annotations

import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest
from conftest import remote_counts

from kg import mapping
from kg.build import BuildOptions, build
from kg.graphio import load_store
from kg.publish import publish
from kg.resources import default_corpus

COUNT = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
FILING_2005 = "https://w3id.org/filings-kg/id/filing/immunogen-2005-11-03-8-k"


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    shutil.copytree(default_corpus() / "immunogen", folder)
    return folder


def _quads(store: ox.Store) -> set[ox.Quad]:
    return set(store.quads_for_pattern(None, None, None, None))


def _counts(store: ox.Store) -> dict[str, int]:
    return {row["g"].value: int(row["n"].value) for row in store.query(COUNT)}  # type: ignore[union-attr]


def test_nquads_folder_holds_the_same_dataset_as_trig(corpus: Path, tmp_path: Path) -> None:
    trig_out, nq_out = tmp_path / "trig", tmp_path / "nq"
    build([corpus], trig_out)
    report = build([corpus], nq_out, BuildOptions(output_format="nquads"))
    assert report.output_format == "nquads" and report.total_triples is None
    folder = nq_out / "nquads"
    assert sorted(p.name for p in (folder / "filings").iterdir()) == [
        "immunogen-2003-05-08-8-k.nq",
        "immunogen-2005-11-03-8-k.nq",
        "immunogen-2010-10-28-press-release.nq",
    ]
    assert not (nq_out / "graph.trig").exists() and not (nq_out / "graph.ttl").exists()
    from_folder, from_trig = load_store(nq_out), load_store(trig_out / "graph.trig")
    assert _quads(from_folder) == _quads(from_trig)
    assert report.total_quads == len(_quads(from_trig))
    assert len({q.triple for q in _quads(from_trig)}) == 9181
    # Each filing's file is exactly its named graph, sorted: loadable on its own.
    one = ox.Store()
    one.bulk_load(path=str(folder / "filings" / "immunogen-2005-11-03-8-k.nq"), format=ox.RdfFormat.N_QUADS)
    assert list(_counts(one)) == [FILING_2005]


def test_auto_format_switches_above_the_threshold_and_removes_stale_outputs(
    corpus: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    small = build([corpus], out)
    assert small.output_format == "turtle" and (out / "graph.trig").exists()
    large = build([corpus], out, BuildOptions(turtle_max_quads=1000))
    assert large.output_format == "nquads"
    assert not (out / "graph.trig").exists() and (out / "nquads" / "shared.nq").exists()
    back = build([corpus], out, BuildOptions(output_format="turtle"))
    assert back.output_format == "turtle" and not (out / "nquads").exists()
    assert (out / "graph.trig").exists()


def test_one_changed_filing_rewrites_only_its_nquads_file(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    options = BuildOptions(output_format="nquads")
    build([corpus], out, options)
    files = out / "nquads" / "filings"
    before = {p.name: (p.stat().st_ino, p.read_bytes()) for p in files.iterdir()}
    assert build([corpus], out, options).nothing_changed
    changed = corpus / "003_102ef10e00e41432.txt"
    changed.write_text(
        changed.read_text(encoding="utf-8").replace("Daniel Junius", "Daniel Smith"), encoding="utf-8"
    )
    report = build([corpus], out, options)
    assert [f.source for f in report.extracted] == [changed.name]
    after = {p.name: (p.stat().st_ino, p.read_bytes()) for p in files.iterdir()}
    assert {name for name in after if after[name] != before[name]} == {
        "immunogen-2010-10-28-press-release.nq"
    }
    assert b"Daniel Smith" in after["immunogen-2010-10-28-press-release.nq"][1]
    cold = tmp_path / "cold"
    build([corpus], cold, BuildOptions(output_format="nquads", cache=False))
    assert _quads(load_store(out)) == _quads(load_store(cold))


def test_store_default_graph_stays_the_union_after_a_filing_is_removed(corpus: Path, tmp_path: Path) -> None:
    out, store_dir = tmp_path / "out", tmp_path / "store"
    options = BuildOptions(output_format="nquads", store=store_dir)
    build([corpus], out, options)

    def union_is_default(path: Path) -> set[ox.Triple]:
        store = ox.Store.read_only(str(path))
        default = {q.triple for q in store.quads_for_pattern(None, None, None, ox.DefaultGraph())}
        named = {
            q.triple
            for q in store.quads_for_pattern(None, None, None, None)
            if q.graph_name != ox.DefaultGraph()
        }
        assert default == named
        return default

    full = union_is_default(store_dir)
    (corpus / "000_0cfe5a6103b22458.txt").unlink()
    build([corpus], out, options)
    rest = union_is_default(store_dir)
    assert rest < full
    # A triple only the removed filing held is gone; one another filing also holds stays.
    only_2005 = ox.Triple(ox.NamedNode(FILING_2005), mapping.RDF_TYPE, mapping.kg("Filing"))
    assert only_2005 in full and only_2005 not in rest
    assert _counts(ox.Store.read_only(str(store_dir))) == _counts(load_store(out))
    assert build([corpus], out, options).nothing_changed


def test_publish_from_the_nquads_folder_matches_local_counts(
    server: str, corpus: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    build([corpus], out, BuildOptions(output_format="nquads"))
    first = publish(server + "/store", out)
    local = _counts(load_store(out))
    assert len(first.sent) == len(local) == 6
    assert remote_counts(server) == local
    again = publish(server + "/store", out)
    assert again.sent == [] and len(again.unchanged) == 6


def test_a_store_update_left_unfinished_is_reloaded_whole(corpus: Path, tmp_path: Path) -> None:
    out, store_dir = tmp_path / "out", tmp_path / "store"
    options = BuildOptions(store=store_dir)
    build([corpus], out, options)
    # What a build killed mid-update leaves: its marker, and a triple no named graph holds.
    stray = ox.Quad(ox.NamedNode("https://example.org/stray"), mapping.RDF_TYPE, mapping.kg("Filing"))
    store = ox.Store(str(store_dir))
    store.add(stray)
    store.flush()
    del store
    (out / ".cache" / "store-update-pending").write_text(str(store_dir))
    build([corpus], out, options)
    reopened = ox.Store.read_only(str(store_dir))
    assert stray not in set(reopened.quads_for_pattern(None, None, None, ox.DefaultGraph()))
    assert _counts(reopened) == _counts(load_store(out))
    assert not (out / ".cache" / "store-update-pending").exists()
