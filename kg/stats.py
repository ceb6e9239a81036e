"""Counts of a built graph: entities per class and triples per named graph (filing)."""

from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox

from kg.terms import KG_IRI

_PER_CLASS = f"""
SELECT ?class (COUNT(DISTINCT ?s) AS ?n) WHERE {{
  ?s a ?class . FILTER(STRSTARTS(STR(?class), "{KG_IRI}"))
}} GROUP BY ?class ORDER BY ?class
"""
_PER_GRAPH = """
SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g
"""


@dataclass(frozen=True)
class GraphStats:
    """Instances per ``kg:`` class, triples per named graph, and distinct triples in all."""

    per_class: list[tuple[str, int]]
    per_graph: list[tuple[str, int]]
    triples: int


def graph_stats(store: ox.Store) -> GraphStats:
    """Count what ``store`` holds; classes by local name, graphs by IRI."""
    per_class = [
        (row["class"].value.removeprefix(KG_IRI), int(row["n"].value))
        for row in store.query(_PER_CLASS, use_default_graph_as_union=True)  # type: ignore[union-attr]
    ]
    per_graph = [
        (row["g"].value, int(row["n"].value))
        for row in store.query(_PER_GRAPH)  # type: ignore[union-attr]
    ]
    total = store.query(
        "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }",
        use_default_graph_as_union=True,
    )
    triples = int(next(iter(total))["n"].value)  # type: ignore[arg-type]
    return GraphStats(per_class, per_graph, triples)
