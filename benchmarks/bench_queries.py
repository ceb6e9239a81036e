"""Query benchmark: the latency of each named query on the seed graph and on a large graph.

``python benchmarks/bench_queries.py [--graph graphs/graph.trig] [--store DIR | --copies 200]
[--repeat 5] [--only name,...] [--limit 60] [--queries DIR]``

Seed graph: each query is timed cold (first run: includes the refusal check, i.e. rdflib's SPARQL
parser) and warm (median of ``--repeat`` runs after it, the check remembered), with the parameters of
``SEED_PARAMS``.

Large graph: ``--store DIR`` (a store written by ``kg build --store DIR``, e.g. from
``benchmarks/synth.py`` filings), opened read-only; without it, a synthetic graph that repeats every
seed filing's named graph ``--copies`` times under new filing, evidence, statement and fact IRIs (the
entities, ontology and reference data stay shared). Each query is timed twice there:

- *selective*: with realistic parameters, chosen from the large graph itself by a few small SPARQL
  queries (a company with the median number of filings, one of its filings, a concept it reports, a
  compound, target, partner and person of the graph, a statement of one of its filings): every
  parameter the query declares is given;
- *whole corpus*: no parameter (a required one, the date of ``pipeline-as-of``, is still given).

Each large-graph measurement is a child process (one at a time) killed after ``--limit`` seconds,
reported as ``> N s``. Its first run pays for the refusal check and cold caches and is shown apart; when
it takes under ``WARM_MAX`` seconds the query is run ``--repeat`` times more and the median reported.
Rows per second are given for the whole-corpus form. Every figure is printed as soon as it is
measured. It measures; it asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pyoxigraph as ox

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kg.query import (
    QUERIES_DIR,
    NamedQuery,
    _check,
    list_queries,
    load_query_store,
    materialize_union,
    run_query,
)

#: Parameters of the seed-graph runs (its own company, compound …).
SEED_PARAMS = {"pipeline-as-of": {"date": "2006-01-01"}, "stage-history": {"compound": "IMGN901"}}
#: A required parameter is given in the whole-corpus form too.
REQUIRED = {"date"}
#: Large-graph runs whose first run takes longer than this (seconds) are not repeated.
WARM_MAX = 5.0
KGR = "https://w3id.org/filings-kg/id/"
PREFIXES = """PREFIX kg: <https://w3id.org/filings-kg/ontology#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
"""
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


# -- realistic parameters, from the large graph itself ------------------------------------------------


def _select(store: ox.Store, text: str, **bound: ox.NamedNode) -> list[tuple[Any, ...]]:
    answer = store.query(PREFIXES + text, substitutions={ox.Variable(k): v for k, v in bound.items()})
    variables = answer.variables  # type: ignore[union-attr]
    return [tuple(s[v] for v in variables) for s in answer]  # type: ignore[union-attr]


def _first(rows: list[tuple[Any, ...]], column: int = -1) -> str | None:
    values = sorted(str(r[column].value) for r in rows if r[column] is not None)
    return values[0] if values else None


def pick_params(store: ox.Store) -> dict[str, str]:
    """Realistic parameter values: a typical company of the graph and things it or its filings name."""
    found: dict[str, str] = {}
    counts = _select(store, "SELECT ?c (COUNT(?f) AS ?n) WHERE { ?f kg:filer ?c } GROUP BY ?c")
    if not counts:
        return found
    ranked = sorted(counts, key=lambda r: (int(r[1].value), r[0].value))
    company = ranked[len(ranked) // 2][0]
    name = _first(_select(store, "SELECT ?c ?name WHERE { ?c skos:prefLabel ?name }", c=company))
    found["company"] = name or company.value
    concepts = _select(
        store,
        "SELECT ?c ?concept (COUNT(?fact) AS ?n) WHERE { ?fact kg:entity ?c ; kg:concept ?concept } "
        "GROUP BY ?c ?concept",
        c=company,
    )
    keys = {r[1].value.rpartition("#")[2]: int(r[2].value) for r in concepts}
    preferred = [k for k in ("NetIncomeLoss", "Revenues") if k in keys]
    if preferred or keys:
        found["concept"] = preferred[0] if preferred else max(sorted(keys), key=keys.__getitem__)
    filing = _first(_select(store, "SELECT ?c ?f WHERE { ?f kg:filer ?c }", c=company))
    if filing:
        found["filing"] = filing.rpartition("/")[2]
    # the as-of date: the company's latest report date
    dates = _select(store, "SELECT ?c ?d WHERE { ?f kg:filer ?c ; kg:reportDate ?d }", c=company)
    if dates:
        found["date"] = max(str(r[1].value) for r in dates)
    # of the compounds the company's filings name (else of all), the one most filings name
    own = {
        r[1].value
        for r in _select(
            store,
            "SELECT ?c ?name WHERE { ?f kg:filer ?c ; kg:mentions ?x . ?x a kg:Compound ; skos:prefLabel ?name }",
            c=company,
        )
    }
    named_by = {
        r[0].value: int(r[1].value)
        for r in _select(
            store,
            "SELECT ?name (COUNT(?f) AS ?n) WHERE { ?x a kg:Compound ; skos:prefLabel ?name . ?f kg:mentions ?x } "
            "GROUP BY ?name",
        )
    }
    candidates = sorted(own & set(named_by) or named_by)
    compound = max(candidates, key=named_by.__getitem__) if candidates else None
    if compound:
        found["compound"] = compound
    target = _first(
        _select(store, "SELECT ?name WHERE { ?x kg:targets ?t . ?t skos:prefLabel ?name } LIMIT 100")
    )
    if target:
        found["target"] = target
    partner = _first(
        _select(store, "SELECT ?name WHERE { ?x kg:developedBy ?co . ?co skos:prefLabel ?name } LIMIT 100")
    ) or _first(_select(store, "SELECT ?name WHERE { ?a kg:party ?co . ?co skos:prefLabel ?name } LIMIT 100"))
    if partner:
        found["partner"] = partner
    person = _first(
        _select(store, "SELECT ?c ?name WHERE { ?p kg:worksFor ?c ; skos:prefLabel ?name }", c=company)
    ) or _first(_select(store, "SELECT ?name WHERE { ?p a kg:Person ; skos:prefLabel ?name } LIMIT 100"))
    if person:
        found["person"] = person
    if filing:
        # a statement of one of the company's filings, between two named things (or a named thing and a value)
        edges = _select(
            store,
            "SELECT ?f ?sName ?o ?oName WHERE { ?ev kg:inFiling ?f . ?st kg:evidence ?ev ; rdf:subject ?s ; "
            "rdf:object ?o . ?s skos:prefLabel ?sName . OPTIONAL { ?o skos:prefLabel ?oName } }",
            f=ox.NamedNode(filing),
        )
        edges.sort(key=lambda r: (r[3] is None, str(r[1].value), str(r[2].value)))
        if edges:
            found["subject"] = edges[0][1].value
            found["object"] = (edges[0][3] or edges[0][2]).value
    return found


def query_params(named: NamedQuery, picked: Mapping[str, str], whole: bool) -> dict[str, str] | None:
    """The parameters of one form of a query; None when the query has no selective form."""
    declared = [p.name for p in named.params if p.name in picked]
    if not whole and not any(p not in REQUIRED for p in declared):
        return None
    return {p: picked[p] for p in declared if not whole or p in REQUIRED}


# -- timing ---------------------------------------------------------------------------------------


def time_seed(store: ox.Store, queries: list[NamedQuery], repeat: int) -> dict[str, tuple[float, float, int]]:
    results = {}
    _check.cache_clear()
    for named in queries:
        params = SEED_PARAMS.get(named.name, {})
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


def child(spec: dict[str, Any]) -> None:
    """One large-graph measurement, in its own process: prints ``{"seconds": …, "first": …, "rows": …}``.

    The first run pays for the refusal check (rdflib's parser) and cold caches; when it takes under
    ``WARM_MAX`` seconds the query is run ``repeat`` times more and ``seconds`` is their median.
    """
    from kg.query import load_query
    from kg.store import open_store

    store = open_store(Path(spec["store"]), read_only=True)
    named = load_query(spec["query"])
    runs, rows = [], 0
    while True:
        start = time.perf_counter()
        rows = len(run_query(store, named, spec["params"]).rows)
        runs.append(time.perf_counter() - start)
        if runs[0] > WARM_MAX or len(runs) > spec["repeat"]:
            break
    seconds = statistics.median(runs[1:]) if len(runs) > 1 else runs[0]
    print(json.dumps({"seconds": seconds, "rows": rows, "first": runs[0]}), flush=True)


def measure(store_dir: Path, path: Path, params: dict[str, str], repeat: int, limit: float) -> dict[str, Any]:
    """Run one query in a child process; ``{"timeout": True}`` when it passes ``limit`` seconds."""
    spec = {"store": str(store_dir), "query": str(path), "params": params, "repeat": repeat}
    process = subprocess.Popen(
        [sys.executable, __file__, "--child", json.dumps(spec)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        out, err = process.communicate(timeout=limit)
    except subprocess.TimeoutExpired:
        process.kill()
        process.communicate()
        return {"timeout": True}
    if process.returncode != 0:
        return {"error": (err.strip().splitlines() or ["failed"])[-1]}
    return json.loads(out.strip().splitlines()[-1])


def _seconds(seconds: float) -> str:
    return (
        f"{seconds * 1000:.0f} ms"
        if seconds < 1
        else f"{seconds:.2f} s"
        if seconds < 100
        else f"{seconds:.0f} s"
    )


def _cells(result: dict[str, Any] | None, limit: float) -> tuple[str, str, str]:
    """(time, first run, rows) of one measurement."""
    if result is None:
        return "—", "", ""
    if result.get("timeout"):
        return f"> {limit:.0f} s", "", "?"
    if "error" in result:
        return "error", "", result["error"][:40]
    first = _seconds(result["first"]) if result["first"] != result["seconds"] else ""
    return _seconds(result["seconds"]), first, str(result["rows"])


def _rate(result: dict[str, Any] | None) -> str:
    if not result or "seconds" not in result or not result["rows"]:
        return ""
    return f"{result['rows'] / result['seconds']:,.0f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--graph", type=Path, default=None, help="seed graph file (default graphs/graph.trig)"
    )
    parser.add_argument(
        "--store", type=Path, default=None, help="the large graph: an on-disk store (read-only)"
    )
    parser.add_argument("--copies", type=int, default=200, help="copies of each filing (without --store)")
    parser.add_argument("--repeat", type=int, default=5, help="warm runs per query")
    parser.add_argument("--only", default="", help="comma-separated query names (default: all)")
    parser.add_argument("--limit", type=float, default=60.0, help="seconds per large-graph run")
    parser.add_argument("--queries", type=Path, default=QUERIES_DIR, help="folder of .rq files")
    parser.add_argument("--json", type=Path, help="also write every measurement to this file")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(json.loads(args.child))
        return

    only = {n.strip() for n in args.only.split(",") if n.strip()}
    queries = [q for q in list_queries(args.queries) if not only or q.name in only]
    seed = load_query_store(args.graph)
    small = time_seed(seed, queries, args.repeat)
    print(f"seed graph: {len(seed)} quads")
    print(f"{'query':<22} {'cold ms':>8} {'warm ms':>8} {'rows':>5}")
    for name, (cold, warm, rows) in small.items():
        print(f"{name:<22} {cold * 1000:>8.1f} {warm * 1000:>8.1f} {rows:>5}", flush=True)
    record: dict[str, Any] = {
        "seed": {name: {"cold": c, "warm": w, "rows": r} for name, (c, w, r) in small.items()},
        "seed_quads": len(seed),
        "repeat": args.repeat,
        "limit": args.limit,
        "large": {},
    }

    with tempfile.TemporaryDirectory(prefix="bench-queries-") as scratch:
        if args.store is not None:
            from kg.store import open_store

            store_dir = args.store
            big = open_store(store_dir, read_only=True)
            what = f"store {store_dir}"
        else:
            # the children open a store on disk: write the synthetic graph to one
            store_dir = Path(scratch) / "store"
            big = ox.Store(str(store_dir))
            big.bulk_extend(materialize_union(synthetic(seed, args.copies)))
            big.flush()
            what = f"synthetic, {args.copies} copies"
        picked = pick_params(big)
        record.update(large_what=what, large_quads=len(big), params=picked)
        print(
            f"\nlarge graph: {len(big)} quads ({what}); parameters: {json.dumps(picked, ensure_ascii=False)}"
        )
        del big
        print(
            f"{'query':<22} {'selective':>10} {'(first)':>9} {'rows':>6}"
            f" {'whole corpus':>12} {'(first)':>9} {'rows':>8} {'rows/s':>8}",
            flush=True,
        )
        for named in queries:
            path = named.path or args.queries / f"{named.name}.rq"
            selective_params = query_params(named, picked, whole=False)
            selective = (
                None
                if selective_params is None
                else measure(store_dir, path, selective_params, args.repeat, args.limit)
            )
            time_, first, rows = _cells(selective, args.limit)
            print(f"{named.name:<22} {time_:>10} {first:>9} {rows:>6}", end="", flush=True)
            whole_params = query_params(named, picked, whole=True) or {}
            whole = measure(store_dir, path, whole_params, args.repeat, args.limit)
            time_, first, rows = _cells(whole, args.limit)
            print(f" {time_:>12} {first:>9} {rows:>8} {_rate(whole):>8}", flush=True)
            record["large"][named.name] = {"selective": selective, "whole": whole}
        print(
            "(a time is the median of the runs after the first, which pays for the refusal check and cold"
            f" caches and is shown apart; a first run over {WARM_MAX:.0f} s is not repeated)"
        )
    if args.json:
        args.json.write_text(json.dumps(record, indent=1, ensure_ascii=False), encoding="utf-8")


if __name__ == "__main__":
    main()
