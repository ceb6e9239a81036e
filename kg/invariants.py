"""Graph-wide rules SHACL cannot state simply: one preferred label per name within a class.

``kg validate`` asks them of a written graph; ``kg build`` asks them of the graph it writes. Both
ask the same function (``kg.build.label_clashes``), so the two never disagree on one graph: a label
is compared by its text, whatever its language tag (the ontology writes ``"…"@en``, a concept minted
from a statement line a plain string; a SPARQL ``GROUP BY`` on the literal would keep them apart).
"""

from __future__ import annotations

import pyoxigraph as ox


def invariant_failures(store: ox.Store) -> list[str]:
    """Readable failures of the graph-wide invariants (empty when the graph keeps them), over every
    graph of ``store``, worded as ``kg build`` words them."""
    from kg.build import label_clashes  # the build's own check; imported here, as the build is large

    return label_clashes(store.quads_for_pattern(None, None, None, None))
