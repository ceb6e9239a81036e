"""Query benchmark: the latency of each named query on the seed graph and on a large synthetic graph.

``python benchmarks/bench_queries.py [--graph graphs/graph.trig] [--copies 200] [--repeat 5] [--store DIR]``

The synthetic graph repeats every filing's named graph ``--copies`` times under new filing, evidence,
statement and fact IRIs (the entities, ontology and reference data stay shared, as in a real corpus
of many filings about the same compounds). Each query is timed cold (first run: includes the
refusal check, i.e. rdflib's SPARQL parser) and warm (median of ``--repeat`` runs after it, the
check remembered). With ``--store DIR`` (a store written by ``kg build --store DIR``, e.g. from
``benchmarks/synth.py`` filings) the large graph is that store instead of the copies. It measures; it
asserts nothing.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import pyoxigraph as ox

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kg.query import (
    _check,
    list_queries,
    load_query_store,
    materialize_union,
    run_query,
)

PARAMS = {"pipeline-as-of": {"date": "2006-01-01"}, "stage-history": {"compound": "IMGN901"}}
KGR = "https://w3id.org/filings-kg/id/"
#: Per-filing instances that get a new IRI in each copy; entities stay shared.
PER_FILING = tuple(
    KGR + kind for kind in ("filing/", "evidence/", "statement/", "fact/", "status/", "guidance/")
)


def synthetic(store: ox.Store, copies: int) -> ox.Store:
    """A store with every filing graph repeated ``copies`` times under fresh per-filing IRIs."""

    def rename(term, n: int):
        if isinstance(term, ox.NamedNode) and term.value.startswith(PER_FILING):
            return ox.NamedNode(f"{term.value}-copy{n}")
        return term

    big = ox.Store()
    quads = [q for q in store if q.graph_name != ox.DefaultGraph()]
    big.bulk_extend(quads)
    filing_quads = [
        q
        for q in quads
        if isinstance(q.graph_name, ox.NamedNode) and q.graph_name.value.startswith(KGR + "filing/")
    ]
    for n in range(1, copies):
        big.bulk_extend(
            ox.Quad(rename(q.subject, n), q.predicate, rename(q.object, n), rename(q.graph_name, n))
            for q in filing_quads
        )
    return big


def time_queries(store: ox.Store, repeat: int) -> dict[str, tuple[float, float, int]]:
    results = {}
    _check.cache_clear()
    for named in list_queries():
        params = PARAMS.get(named.name, {})
        start = time.perf_counter()
        rows = len(run_query(store, named, params).rows)
        cold = time.perf_counter() - start
        warm = []
        for _ in range(repeat):
            start = time.perf_counter()
            run_query(store, named, params)
            warm.append(time.perf_counter() - start)
        results[named.name] = (cold, statistics.median(warm), rows)
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--graph", type=Path, default=None, help="graph file (default graphs/graph.trig)")
    parser.add_argument(
        "--copies", type=int, default=200, help="copies of each filing in the synthetic graph"
    )
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument(
        "--store", type=Path, default=None, help="time the large graph on this on-disk store instead"
    )
    args = parser.parse_args()

    seed = load_query_store(args.graph)
    start = time.perf_counter()
    if args.store is not None:
        from kg.store import open_store

        big = open_store(args.store, read_only=True)
        what = f"store {args.store}"
    else:
        big = materialize_union(synthetic(seed, args.copies))
        what = f"synthetic, {args.copies} copies"
    built = time.perf_counter() - start
    print(f"seed graph: {len(seed)} quads; large: {len(big)} quads ({what}, ready in {built:.1f} s)")
    small, large = time_queries(seed, args.repeat), time_queries(big, max(1, args.repeat // 2))
    print(
        f"{'query':<22} {'seed cold ms':>12} {'seed warm ms':>12} {'rows':>6} {'big warm ms':>12} {'rows':>8}"
    )
    for name in small:
        cold, warm, rows = small[name]
        _, big_warm, big_rows = large[name]
        print(
            f"{name:<22} {cold * 1000:>12.1f} {warm * 1000:>12.1f} {rows:>6} {big_warm * 1000:>12.1f} {big_rows:>8}"
        )


if __name__ == "__main__":
    main()
