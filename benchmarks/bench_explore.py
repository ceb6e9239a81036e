"""Time the explorer page and the analysis report on the seed graph and on a 10,000-node synthetic graph.

Run: ``.venv/bin/python benchmarks/bench_explore.py``. Prints seconds per step; asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import random
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

from kg.analyze import analyze
from kg.build import build
from kg.explore import write_explorer
from kg.netgraph import load_networkx, to_networkx
from kg.report import write_report

KG = "https://w3id.org/filings-kg/ontology#"
KGR = "https://w3id.org/filings-kg/id/"
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
PREF = ox.NamedNode("http://www.w3.org/2004/02/skos/core#prefLabel")
KINDS = {
    "company": "Company",
    "compound": "Compound",
    "target": "Target",
    "indication": "Indication",
    "person": "Person",
}
LINKS = {("compound", "target"): "targets", ("compound", "company"): "developedBy",
         ("compound", "indication"): "indication", ("person", "company"): "worksFor",
         ("company", "company"): "partner"}  # fmt: skip


def synthetic_store(nodes: int = 10_000, edges: int = 15_000, seed: int = 1) -> ox.Store:
    """Entities of five classes with labels, and random typed links between them (a seeded graph)."""
    rng = random.Random(seed)
    graph = ox.NamedNode(KGR + "graph/synthetic")
    by_kind: dict[str, list[ox.NamedNode]] = {k: [] for k in KINDS}
    quads = []
    for i in range(nodes):
        kind = rng.choice(list(KINDS))
        node = ox.NamedNode(f"{KGR}{kind}/n{i}")
        by_kind[kind].append(node)
        quads += [ox.Quad(node, RDF_TYPE, ox.NamedNode(KG + KINDS[kind]), graph),
                  ox.Quad(node, PREF, ox.Literal(f"{kind} {i}"), graph)]  # fmt: skip
    pairs = list(LINKS)
    for _ in range(edges):
        a, b = rng.choice(pairs)
        quads.append(
            ox.Quad(rng.choice(by_kind[a]), ox.NamedNode(KG + LINKS[(a, b)]), rng.choice(by_kind[b]), graph)
        )
    store = ox.Store()
    store.extend(quads)
    return store


#: Seconds of each step, by its label (written with ``--json``).
TIMES: dict[str, float] = {}


def timed(label: str, func):
    start = time.perf_counter()
    result = func()
    TIMES[label] = time.perf_counter() - start
    print(f"{label:<45} {TIMES[label]:8.2f} s")
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", type=Path, help="also write the seconds of each step to this file")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        timed("seed: kg build", lambda: build(out_dir=out / "g"))
        seed = timed("seed: RDF -> networkx", lambda: load_networkx(out / "g" / "graph.trig"))
        timed("seed: explorer.html", lambda: write_explorer(seed, out / "seed.html"))
        result = timed("seed: analyses", lambda: analyze(seed))
        timed("seed: report (json, md, png)", lambda: write_report(result, out / "seed-report"))
        store = timed("synthetic 10,000 nodes: make RDF", synthetic_store)
        big = timed("synthetic 10,000 nodes: RDF -> networkx", lambda: to_networkx(store))
        page = timed("synthetic 10,000 nodes: explorer.html", lambda: write_explorer(big, out / "big.html"))
        TIMES["synthetic explorer MB"] = page.stat().st_size / 1e6
        print(f"{'synthetic explorer size':<45} {page.stat().st_size / 1e6:8.1f} MB")
        result = timed("synthetic 10,000 nodes: analyses", lambda: analyze(big))
        timed("synthetic 10,000 nodes: report", lambda: write_report(result, out / "big-report"))
    if args.json:
        args.json.write_text(json.dumps(TIMES, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
