"""Graph-wide rules SHACL cannot state simply: one preferred label per name within a class."""

from __future__ import annotations

import pyoxigraph as ox

from kg.terms import KG_IRI

_SHARED_PREF_LABELS = f"""
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?class ?label (COUNT(DISTINCT ?s) AS ?n) WHERE {{
  ?s a ?class ; skos:prefLabel ?label .
  FILTER(STRSTARTS(STR(?class), "{KG_IRI}"))
}} GROUP BY ?class ?label HAVING (COUNT(DISTINCT ?s) > 1) ORDER BY ?class ?label
"""


def invariant_failures(store: ox.Store) -> list[str]:
    """Readable failures of the graph-wide invariants (empty when the graph keeps them)."""
    failures = []
    for row in store.query(_SHARED_PREF_LABELS, use_default_graph_as_union=True):  # type: ignore[union-attr]
        cls = row["class"].value.removeprefix(KG_IRI)
        failures.append(f"{row['n'].value} {cls} entities share the preferred label {row['label'].value!r}")
    return failures
