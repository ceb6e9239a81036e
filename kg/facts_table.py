"""Rows for ``kg facts``: one flat dict per financial fact, for pandas and spreadsheets."""

from __future__ import annotations

from collections.abc import Iterable

from kg.model import FinancialFact

#: Column order of ``kg facts`` output (CSV header, JSON keys).
COLUMNS: tuple[str, ...] = (
    "filing",
    "concept",
    "mapped",
    "label",
    "statement",
    "period_start",
    "period_end",
    "period_instant",
    "fiscal_year",
    "fiscal_period",
    "value",
    "unit",
    "decimals",
    "line",
    "quote",
)


def fact_rows(facts: Iterable[object], filing_name: str) -> list[dict[str, object]]:
    """One row per ``FinancialFact`` (other facts are ignored), sorted by concept, period and line.

    ``value`` is a string so no float rounding creeps in; dates are ISO strings or "".
    The evidence columns hold the first (table) evidence of the fact.
    """
    rows = []
    for fact in facts:
        if not isinstance(fact, FinancialFact):
            continue
        evidence = fact.evidence[0] if fact.evidence else None
        period = fact.period
        rows.append(
            {
                "filing": filing_name,
                "concept": fact.concept,
                "mapped": fact.mapped,
                "label": fact.label,
                "statement": fact.statement,
                "period_start": period.start.isoformat() if period.start else "",
                "period_end": period.end.isoformat() if period.end else "",
                "period_instant": period.instant.isoformat() if period.instant else "",
                "fiscal_year": fact.fiscal_year if fact.fiscal_year is not None else "",
                "fiscal_period": fact.fiscal_period or "",
                "value": str(fact.value),
                "unit": fact.unit,
                "decimals": fact.decimals,
                "line": evidence.line if evidence else "",
                "quote": evidence.quote if evidence else "",
            }
        )
    rows.sort(
        key=lambda r: (r["concept"], r["period_instant"] or r["period_end"], r["period_start"], r["line"])
    )
    return rows
