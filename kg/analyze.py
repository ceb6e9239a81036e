"""Analyses of the typed graph (:mod:`kg.netgraph`) that answer analysts' questions, as plain data.

Each function takes the networkx graph and returns JSON-ready dicts and lists (no printing, no files):
centrality, the partner network and its communities, the target landscape, pipeline progression and
financial trends with the cash runway. :func:`analyze` runs them all. Ordering is always explicit so
the same graph gives the same output byte for byte.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from decimal import Decimal
from itertools import pairwise
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import networkx as nx

#: Concepts of the trends, in the order the report shows them.
TREND_CONCEPTS = (
    "Revenues",
    "ResearchAndDevelopmentExpense",
    "GeneralAndAdministrativeExpense",
    "NetIncomeLoss",
    "NetCashProvidedByUsedInOperatingActivities",
)
#: Balance-sheet concepts that measure cash, best first (the first one a filing reports is used).
CASH_CONCEPTS = ("CashCashEquivalentsAndMarketableSecurities", "CashAndCashEquivalents")
#: us-gaap elements whose narrower concepts are parts of total revenue (the revenue mix).
_REVENUE_PARENTS = ("Revenues", "LicensesRevenue", "RevenueFromContractWithCustomer")
_QUARTER_DAYS = (80, 100)
_YEAR_DAYS = (355, 375)
#: Above this many nodes betweenness is estimated from a fixed sample of sources (seeded).
_EXACT_BETWEENNESS_LIMIT = 2000


def analyze(graph: nx.MultiDiGraph, top: int = 10) -> dict[str, Any]:
    """Every analysis of ``graph``, keyed by name."""
    return {
        "summary": summary(graph),
        "centrality": centrality(graph, top=top),
        "partner_network": partner_network(graph),
        "target_landscape": target_landscape(graph),
        "pipeline_progression": pipeline_progression(graph),
        "financial_trends": financial_trends(graph),
    }


def summary(graph: nx.MultiDiGraph) -> dict[str, Any]:
    """Counts: entities per class, edges per relation, filings, facts."""
    per_class: dict[str, int] = defaultdict(int)
    for _, data in graph.nodes(data=True):
        per_class[data["cls"]] += 1
    per_relation: dict[str, int] = defaultdict(int)
    for _, _, key in graph.edges(keys=True):
        per_relation[key] += 1
    return {
        "entities": graph.number_of_nodes(),
        "edges": graph.number_of_edges(),
        "entities_per_class": dict(sorted(per_class.items())),
        "edges_per_relation": dict(sorted(per_relation.items())),
        "filings": [{"filing": iri, **info} for iri, info in sorted(graph.graph.get("filings", {}).items())],
        "financial_facts": len(graph.graph.get("facts", [])),
        "status_observations": len(graph.graph.get("status", [])),
    }


def _label(graph: nx.MultiDiGraph, node: str) -> str:
    return str(graph.nodes[node]["label"])


def evidenced_graph(graph: nx.MultiDiGraph) -> nx.Graph:
    """An undirected simple graph of the edges some filing states (curated reference links left out).

    Centrality answers "what do the filings put at the centre"; a curated link (a payload shared by
    twenty reference compounds) would otherwise outweigh everything the filings say.
    """
    import networkx as nx

    simple = nx.Graph()
    simple.add_nodes_from(graph.nodes)
    for u, v, key, data in graph.edges(keys=True, data=True):
        if not data["evidence"] or u == v:
            continue
        if simple.has_edge(u, v):
            simple[u][v]["relations"].add(key)
        else:
            simple.add_edge(u, v, relations={key})
    return simple


def centrality(graph: nx.MultiDiGraph, top: int = 10) -> dict[str, Any]:
    """The ``top`` entities by degree and by betweenness over evidenced edges, and what links them."""
    import networkx as nx

    simple = evidenced_graph(graph)
    degree = dict(simple.degree())
    if simple.number_of_nodes() > _EXACT_BETWEENNESS_LIMIT:
        betweenness = nx.betweenness_centrality(simple, k=200, seed=7)
    else:
        betweenness = nx.betweenness_centrality(simple)

    def entry(node: str) -> dict[str, Any]:
        by_relation: dict[str, list[str]] = defaultdict(list)
        for other in simple[node]:
            for relation in simple[node][other]["relations"]:
                by_relation[relation].append(_label(graph, other))
        return {
            "id": node,
            "label": _label(graph, node),
            "class": graph.nodes[node]["cls"],
            "degree": degree[node],
            "betweenness": round(betweenness[node], 6),
            "connections": {rel: sorted(names) for rel, names in sorted(by_relation.items())},
        }

    by_degree = sorted(simple.nodes, key=lambda n: (-degree[n], -betweenness[n], n))
    by_betweenness = sorted(simple.nodes, key=lambda n: (-betweenness[n], -degree[n], n))
    return {
        "by_degree": [entry(n) for n in by_degree[:top] if degree[n] > 0],
        "by_betweenness": [entry(n) for n in by_betweenness[:top] if betweenness[n] > 0],
    }


def partner_network(graph: nx.MultiDiGraph) -> dict[str, Any]:
    """Companies linked by a stated partnership, a shared agreement, a shared compound or ownership.

    Link kinds: ``partner`` (kg:partner), ``agreement`` (both parties of one kg:Agreement),
    ``compound`` (both develop, or one develops and the other's agreement covers, one compound),
    ``subsidiaryOf``. Communities come from greedy modularity on link counts (deterministic).
    """
    import networkx as nx

    companies = {n for n, d in graph.nodes(data=True) if d["cls"] == "Company"}
    links: dict[tuple[str, str], dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))

    def link(a: str, b: str, kind: str, via: str) -> None:
        if a != b and a in companies and b in companies:
            links[tuple(sorted((a, b)))][kind].add(via)  # type: ignore[index]

    parties: dict[str, set[str]] = defaultdict(set)
    covered: dict[str, set[str]] = defaultdict(set)
    developers: dict[str, set[str]] = defaultdict(set)
    for u, v, key in graph.edges(keys=True):
        if key == "partner":
            link(u, v, "partner", "")
        elif key == "subsidiaryOf":
            link(u, v, "subsidiaryOf", "")
        elif key == "party":
            parties[u].add(v)
        elif key == "covers":
            covered[u].add(v)
        elif key == "developedBy":
            developers[u].add(v)
    for agreement, members in parties.items():
        for a in members:
            for b in members:
                link(a, b, "agreement", agreement)
        for compound in covered.get(agreement, ()):
            developers[compound].update(members)
    for compound, members in developers.items():
        for a in members:
            for b in members:
                link(a, b, "compound", compound)

    network = nx.Graph()
    for (a, b), kinds in links.items():
        network.add_edge(a, b, weight=sum(max(len(v), 1) for v in kinds.values()))
    communities: list[list[str]] = []
    if network.number_of_edges():
        found = nx.community.greedy_modularity_communities(network, weight="weight")
        communities = sorted((sorted(c) for c in found), key=lambda c: (-len(c), c))
    filers = sorted({f["filer"] for f in graph.graph.get("filings", {}).values() if f.get("filer")})
    return {
        "companies": [
            {"id": n, "label": _label(graph, n), "links": network.degree(n)} for n in sorted(network.nodes)
        ],
        "links": [
            {
                "a": a,
                "b": b,
                "a_label": _label(graph, a),
                "b_label": _label(graph, b),
                "kinds": {k: sorted(_label(graph, x) for x in v if x) for k, v in sorted(kinds.items())},
            }
            for (a, b), kinds in sorted(links.items())
        ],
        "communities": [[{"id": n, "label": _label(graph, n)} for n in c] for c in communities],
        "partners_of_filers": {
            filer: sorted(_label(graph, n) for n in network[filer]) if filer in network else []
            for filer in filers
            if filer in graph
        },
    }


def latest_stage(graph: nx.MultiDiGraph, compound: str) -> dict[str, Any] | None:
    """The compound's stage in the latest filing that states one (the furthest stage of that filing)."""
    stages = graph.nodes[compound].get("stages", [])
    if not stages:
        return None
    best = max(stages, key=lambda s: (s["as_of"] or "", s["phase_order"] or -1, s["phase"]))
    indications = sorted(
        {
            _label(graph, s["indication"])
            for s in stages
            if s["as_of"] == best["as_of"] and s["phase"] == best["phase"] and s["indication"] in graph
        }
    )
    return {
        "phase": best["phase"],
        "as_of": best["as_of"],
        "filing": best["filing"],
        "indications": indications,
    }


def target_landscape(graph: nx.MultiDiGraph) -> list[dict[str, Any]]:
    """For each target: the compounds aimed at it, their latest stage and who develops them."""
    rows = []
    targets = sorted(
        (n for n, d in graph.nodes(data=True) if d["cls"] == "Target"), key=lambda n: (_label(graph, n), n)
    )
    for target in targets:
        compounds = sorted(
            {u for u, _, key in graph.in_edges(target, keys=True) if key == "targets"},
            key=lambda n: (_label(graph, n), n),
        )
        entries = []
        for compound in compounds:
            developers = sorted(
                {
                    _label(graph, v)
                    for _, v, key in graph.out_edges(compound, keys=True)
                    if key == "developedBy"
                }
            )
            payloads = sorted(
                {_label(graph, v) for _, v, key in graph.out_edges(compound, keys=True) if key == "payload"}
            )
            entries.append(
                {
                    "id": compound,
                    "label": _label(graph, compound),
                    "payloads": payloads,
                    "developers": developers,
                    "latest_stage": latest_stage(graph, compound),
                }
            )
        rows.append({"id": target, "label": _label(graph, target), "compounds": entries})
    return rows


def pipeline_progression(graph: nx.MultiDiGraph) -> list[dict[str, Any]]:
    """Per compound, its stage filing by filing (furthest stage each filing states) and each change."""
    by_compound: dict[str, dict[str, list[dict[str, Any]]]] = defaultdict(lambda: defaultdict(list))
    for obs in graph.graph.get("status", []):
        if obs["compound"] in graph:
            by_compound[obs["compound"]][obs["as_of"] or ""].append(obs)
    result = []
    for compound in sorted(by_compound, key=lambda n: (_label(graph, n), n)):
        timeline = []
        for as_of in sorted(by_compound[compound]):
            group = by_compound[compound][as_of]
            best = max(group, key=lambda s: (s["phase_order"] or -1, s["phase"]))
            timeline.append(
                {
                    "as_of": as_of or None,
                    "filing": best["filing"],
                    "phase": best["phase"],
                    "phase_order": best["phase_order"],
                    "indications": sorted(
                        {_label(graph, s["indication"]) for s in group if s["indication"] in graph}
                    ),
                    "evidence": best["evidence"][:1],
                }
            )
        changes = []
        for before, after in pairwise(timeline):
            if before["phase_order"] is None or after["phase_order"] is None:
                continue
            if after["phase_order"] != before["phase_order"]:
                changes.append(
                    {
                        "from": before["phase"],
                        "to": after["phase"],
                        "between": [before["as_of"], after["as_of"]],
                        "direction": "advanced"
                        if after["phase_order"] > before["phase_order"]
                        else "regressed",
                    }
                )
        result.append(
            {"id": compound, "label": _label(graph, compound), "timeline": timeline, "changes": changes}
        )
    return result


# -- financial trends ----------------------------------------------------------------------------


def _days(start: str, end: str) -> int:
    return (dt.date.fromisoformat(end) - dt.date.fromisoformat(start)).days + 1


def period_kind(fact: dict[str, Any]) -> str:
    """``instant``, ``quarter``, ``year`` or ``other`` (a half or nine months), from the dates."""
    if fact.get("instant"):
        return "instant"
    days = _days(fact["start"], fact["end"])
    if _QUARTER_DAYS[0] <= days <= _QUARTER_DAYS[1]:
        return "quarter"
    if _YEAR_DAYS[0] <= days <= _YEAR_DAYS[1]:
        return "year"
    return "other"


def _current_values(facts: list[dict[str, Any]]) -> dict[tuple[str, str, str, str], dict[str, Any]]:
    """One value per (entity, concept, period): the latest filing's, listing what earlier ones said.

    A later filing repeats a prior period as its comparative column and may restate it; the latest
    statement is the current one, and a restatement stays visible.
    """
    grouped: dict[tuple[str, str, str, str], list[dict[str, Any]]] = defaultdict(list)
    for fact in facts:
        if fact["value"] is None:
            continue
        period = fact["instant"] or f"{fact['start']}--{fact['end']}"
        grouped[(fact["entity"], fact["concept"], fact["unit"] or "", period)].append(fact)
    current = {}
    for key, group in grouped.items():
        group.sort(key=lambda f: (f["date"] or "", f["filing"]))
        latest = group[-1]
        values = sorted({Decimal(f["value"]) for f in group})
        current[key] = {**latest, "restated": len(values) > 1, "reported_values": [str(v) for v in values]}
    return current


def _change(now: Decimal, before: Decimal) -> dict[str, Any]:
    delta = now - before
    pct = None if before == 0 else float(round(delta / abs(before) * 100, 1))
    return {"change": str(delta), "change_pct": pct}


def _series(points: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Points sorted by period end, each with quarter-over-quarter and year-over-year change."""
    by_end = sorted(points, key=lambda p: (p["end"] or p["instant"], p["start"] or ""))
    out = []
    for point in by_end:
        value = Decimal(point["value"])
        end = dt.date.fromisoformat(point["end"] or point["instant"])
        kind = period_kind(point)
        row: dict[str, Any] = {
            "period": point["instant"] or f"{point['start']}--{point['end']}",
            "kind": kind,
            "fiscal_year": point["fiscal_year"],
            "fiscal_period": point["fiscal_period"],
            "value": point["value"],
            "filing": point["filing"],
            "restated": point["restated"],
            "qoq": None,
            "yoy": None,
        }
        for other in by_end:
            if other is point or period_kind(other) != kind:
                continue
            gap = (end - dt.date.fromisoformat(other["end"] or other["instant"])).days
            if kind in ("quarter", "instant") and _QUARTER_DAYS[0] <= gap <= _QUARTER_DAYS[1]:
                row["qoq"] = _change(value, Decimal(other["value"]))
            if _YEAR_DAYS[0] <= gap <= _YEAR_DAYS[1] and (
                kind == "instant"
                or _days(other["start"], other["end"]) == _days(point["start"], point["end"])
            ):
                row["yoy"] = _change(value, Decimal(other["value"]))
        out.append(row)
    return out


def revenue_components(graph: nx.MultiDiGraph) -> list[str]:
    """Concepts that are parts of revenue: those the ontology maps to a us-gaap revenue element."""

    def is_revenue(match: str) -> bool:
        element = match.rsplit("#", 1)[-1]
        return element in _REVENUE_PARENTS or element.endswith("Revenue")

    return sorted(
        name
        for name, concept in graph.graph.get("concepts", {}).items()
        if name != "Revenues" and any(is_revenue(m) for m in concept["matches"])
    )


def financial_trends(graph: nx.MultiDiGraph) -> dict[str, Any]:
    """Per reporting company: series of the trend concepts, the revenue mix, cash, and the runway."""
    current = _current_values([f for f in graph.graph.get("facts", []) if f["unit"] in ("USD", None)])
    entities = sorted({key[0] for key in current})
    components = revenue_components(graph)
    concepts = graph.graph.get("concepts", {})
    result: dict[str, Any] = {}
    for entity in entities:
        by_concept: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for (ent, concept, _, _), fact in current.items():
            if ent == entity:
                by_concept[concept].append(fact)
        series = {c: _series(by_concept[c]) for c in TREND_CONCEPTS if by_concept.get(c)}
        mix = _revenue_mix(by_concept, components)
        cash_concept = next((c for c in CASH_CONCEPTS if by_concept.get(c)), None)
        cash = _series([f for f in by_concept[cash_concept] if f["instant"]]) if cash_concept else []
        result[entity] = {
            "label": _label(graph, entity) if entity in graph else entity,
            "series": series,
            "concept_labels": {
                c: concepts.get(c, {}).get("label", c) for c in sorted({*series, *components})
            },
            "revenue_mix": mix,
            "cash_concept": cash_concept,
            "cash": cash,
            "runway": cash_runway(by_concept, cash_concept),
        }
    return result


def _revenue_mix(by_concept: dict[str, list[dict[str, Any]]], components: list[str]) -> list[dict[str, Any]]:
    periods: dict[str, dict[str, Any]] = {}
    for concept in components:
        for fact in by_concept.get(concept, []):
            if fact["instant"]:
                continue
            key = f"{fact['start']}--{fact['end']}"
            entry = periods.setdefault(key, {"period": key, "kind": period_kind(fact), "parts": {}})
            entry["parts"][concept] = fact["value"]
    for fact in by_concept.get("Revenues", []):
        key = f"{fact['start']}--{fact['end']}"
        if key in periods:
            periods[key]["total"] = fact["value"]
    rows = []
    for key in sorted(periods):
        entry = periods[key]
        total = Decimal(entry.get("total") or sum(Decimal(v) for v in entry["parts"].values()))
        entry["total"] = str(total)
        entry["shares_pct"] = {
            c: (float(round(Decimal(v) / total * 100, 1)) if total else None)
            for c, v in sorted(entry["parts"].items())
        }
        entry["parts"] = dict(sorted(entry["parts"].items()))
        rows.append(entry)
    return rows


def cash_runway(
    by_concept: dict[str, list[dict[str, Any]]], cash_concept: str | None
) -> dict[str, Any] | None:
    """Quarters and months of cash left at the latest balance-sheet date, at the latest quarterly burn.

    Burn is cash used in operations over the period ending on the cash date, scaled to a quarter
    (a six-month figure counts half); without a cash-flow figure, the net loss of the quarter ending
    then. Nothing is returned without both a cash figure and a burn for the same date; operations that
    generate cash give a runway of None with the reason.
    """
    if cash_concept is None:
        return None
    instants = sorted((f for f in by_concept[cash_concept] if f["instant"]), key=lambda f: f["instant"])
    for cash in reversed(instants):
        date = cash["instant"]
        burn_fact = None
        for concept in ("NetCashProvidedByUsedInOperatingActivities", "NetIncomeLoss"):
            candidates = [
                f for f in by_concept.get(concept, []) if f["end"] == date and f["start"] is not None
            ]
            if concept == "NetIncomeLoss":
                candidates = [f for f in candidates if period_kind(f) == "quarter"]
            if candidates:
                # The shortest period is the most recent rate of spending.
                burn_fact = min(candidates, key=lambda f: (_days(f["start"], f["end"]), f["fact"]))
                break
        if burn_fact is None:
            continue
        days = _days(burn_fact["start"], burn_fact["end"])
        quarters_in_period = Decimal(round(days / 91.31))
        quarters_in_period = max(quarters_in_period, Decimal(1))
        quarterly = -Decimal(burn_fact["value"]) / quarters_in_period
        cash_value = Decimal(cash["value"])
        entry: dict[str, Any] = {
            "as_of": date,
            "cash": str(cash_value),
            "cash_fact": cash["fact"],
            "burn_concept": burn_fact["concept"],
            "burn_fact": burn_fact["fact"],
            "burn_period": f"{burn_fact['start']}--{burn_fact['end']}",
            "quarterly_burn": str(quarterly.quantize(Decimal(1))),
        }
        if quarterly <= 0:
            return {**entry, "quarters": None, "months": None, "reason": "operations did not consume cash"}
        quarters = cash_value / quarterly
        return {
            **entry,
            "quarters": float(round(quarters, 1)),
            "months": float(round(quarters * 3, 1)),
            "reason": None,
        }
    return None
