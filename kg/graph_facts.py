"""Read financial facts back from a built graph into model objects, per filing.

``kg facts`` and the arithmetic checks of ``kg validate`` work on a graph file, not on a build in
memory; this is the one place that turns ``kg:FinancialFact`` nodes back into ``FinancialFact``.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pyoxigraph as ox

from kg.model import Evidence, FinancialFact, Period
from kg.terms import KG_IRI

_FACTS = f"""
PREFIX kg: <{KG_IRI}>
SELECT ?fact ?filing ?concept ?unmapped ?label ?statement ?start ?end ?instant ?fy ?fp ?value ?unit ?decimals
       ?line ?cstart ?cend ?quote ?extractor
WHERE {{
  ?fact a kg:FinancialFact ; kg:reportedIn ?filing ; kg:concept ?concept ; kg:asReportedLabel ?label ;
        kg:statement ?statement ; kg:period ?period ; kg:value ?value ; kg:unit ?unit ; kg:decimals ?decimals ;
        kg:evidence ?ev .
  ?ev kg:line ?line ; kg:charStart ?cstart ; kg:charEnd ?cend ; kg:quote ?quote ;
      <http://www.w3.org/ns/prov#wasGeneratedBy> ?extractor .
  OPTIONAL {{ ?period kg:start ?start ; kg:end ?end }}
  OPTIONAL {{ ?period kg:instant ?instant }}
  OPTIONAL {{ ?fact kg:fiscalYear ?fy }}
  OPTIONAL {{ ?fact kg:fiscalPeriod ?fp }}
  OPTIONAL {{ ?concept kg:unmapped ?unmapped }}
}}
"""


def _local(node: ox.NamedNode) -> str:
    return node.value.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _date(term: ox.Literal | None) -> dt.date | None:
    return dt.date.fromisoformat(term.value) if term is not None else None


def facts_by_filing(store: ox.Store) -> dict[str, list[FinancialFact]]:
    """Every financial fact of the graph, grouped by the key of the filing that reported it."""
    gathered: dict[str, dict] = {}
    for row in store.query(_FACTS, use_default_graph_as_union=True):  # type: ignore[union-attr]
        fact_iri = row["fact"].value
        entry = gathered.get(fact_iri)
        if entry is None:
            instant = _date(row["instant"])
            period = Period(instant=instant) if instant else Period(_date(row["start"]), _date(row["end"]))
            entry = gathered[fact_iri] = {
                "filing": _local(row["filing"]),
                "concept": _local(row["concept"]),
                "mapped": row["unmapped"] is None,
                "label": row["label"].value,
                "statement": _local(row["statement"]),
                "period": period,
                "fy": int(row["fy"].value) if row["fy"] is not None else None,
                "fp": row["fp"].value if row["fp"] is not None else None,
                "value": Decimal(row["value"].value),
                "unit": _local(row["unit"]),
                "decimals": int(row["decimals"].value),
                "evidence": set(),
            }
        entry["evidence"].add(
            Evidence(
                int(row["line"].value),
                int(row["cstart"].value),
                int(row["cend"].value),
                row["quote"].value,
                _local(row["extractor"]),
            )
        )
    result: dict[str, list[FinancialFact]] = {}
    for _, e in sorted(gathered.items()):
        result.setdefault(e["filing"], []).append(
            FinancialFact(
                concept=e["concept"],
                period=e["period"],
                value=e["value"],
                unit=e["unit"],
                decimals=e["decimals"],
                fiscal_year=e["fy"],
                fiscal_period=e["fp"],
                label=e["label"],
                statement=e["statement"],
                # The tightest span first: a table cell before the sentence that repeats it.
                evidence=tuple(sorted(e["evidence"], key=lambda ev: (len(ev.quote), ev.char_start))),
                mapped=e["mapped"],
            )
        )
    return result
