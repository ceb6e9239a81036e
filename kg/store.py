"""An Oxigraph on-disk store holding the built dataset, updated graph by graph.

For corpora too large to hold comfortably in memory or to serve from a Turtle file, ``kg build
--store DIR`` keeps the dataset in a RocksDB-backed Oxigraph store: the first build bulk-loads it;
later builds replace only the named graphs of filings that changed, and drop those of filings that
are gone. ``kg query --store`` and ``kg serve --store`` read it directly.
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from kg.errors import GraphError
from kg.mapping import GRAPH_ENTITIES, GRAPH_ONTOLOGY, GRAPH_REFERENCE, filing_iri

_SHARED_GRAPHS = (GRAPH_ONTOLOGY, GRAPH_REFERENCE, GRAPH_ENTITIES)


def open_store(path: Path, *, read_only: bool = False) -> ox.Store:
    """Open (or create) the on-disk store at ``path``."""
    try:
        if read_only:
            if not path.is_dir():
                raise GraphError(f"no store at {path}: run `kg build --store {path}` first")
            return ox.Store.read_only(str(path))
        path.mkdir(parents=True, exist_ok=True)
        return ox.Store(str(path))
    except OSError as exc:
        raise GraphError(f"cannot open the store at {path}: {exc}") from exc


def _materialize_union(store: ox.Store) -> None:
    """Rewrite the default graph as the set union of the named graphs, for ``kg query``/``kg serve``.

    (Oxigraph's own union-default-graph mode repeats a triple once per graph holding it.)
    """
    store.update("CLEAR DEFAULT")
    store.update("INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")
    store.flush()


def update_store(
    path: Path,
    shared: bytes,
    filing_graphs: dict[str, bytes],
    previous_digests: dict[str, str],
    digests: dict[str, str],
) -> tuple[int, int]:
    """Bring the store at ``path`` to the built dataset; returns (graphs replaced, graphs removed).

    ``shared`` holds the ontology, reference and entity-label graphs and ``filing_graphs`` each
    filing's graph, all as N-Quads. A store that is empty is bulk-loaded. Otherwise only the named
    graphs whose digest changed since the previous build are replaced, plus the shared graphs.
    """
    store = open_store(path)
    try:
        present = {g.value for g in store.named_graphs() if isinstance(g, ox.NamedNode)}
        if not present:
            store.bulk_load(shared, format=ox.RdfFormat.N_QUADS)
            for data in filing_graphs.values():
                store.bulk_load(data, format=ox.RdfFormat.N_QUADS)
            _materialize_union(store)
            return len(filing_graphs), 0
        changed = [
            key
            for key in sorted(filing_graphs)
            if digests.get(key) != previous_digests.get(key) or filing_iri(key).value not in present
        ]
        wanted = {filing_iri(key).value for key in filing_graphs} | {g.value for g in _SHARED_GRAPHS}
        removed = sorted(present - wanted)
        for iri in removed:
            store.remove_graph(ox.NamedNode(iri))
        for graph in _SHARED_GRAPHS:
            if graph.value in present:
                store.clear_graph(graph)
        store.bulk_load(shared, format=ox.RdfFormat.N_QUADS)
        for key in changed:
            graph = filing_iri(key)
            if graph.value in present:
                store.clear_graph(graph)
            store.bulk_load(filing_graphs[key], format=ox.RdfFormat.N_QUADS)
        _materialize_union(store)
        return len(changed), len(removed)
    finally:
        del store
