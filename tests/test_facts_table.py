"""``kg facts`` rows: one flat row per financial fact, columns and values by hand from the 2005 seed."""

from __future__ import annotations

from pathlib import Path

from kg.corpus import read_document
from kg.extractors.financials import run
from kg.facts_table import COLUMNS, fact_rows
from kg.model import FinancialFact, Skipped

SEED = Path(__file__).resolve().parent.parent / "filings" / "immunogen" / "000_0cfe5a6103b22458.txt"


def test_rows_of_the_2005_release() -> None:
    doc = read_document(SEED)
    rows = fact_rows(run(doc), doc.name)
    assert len(rows) == 49  # 46 table facts and 3 prose-only facts; Skipped and Guidance ignored
    assert all(tuple(row) == COLUMNS for row in rows)
    net = [r for r in rows if r["concept"] == "NetIncomeLoss"]
    assert net == [
        {
            "filing": "000_0cfe5a6103b22458.txt", "concept": "NetIncomeLoss", "mapped": True,
            "label": "Net income (loss)", "statement": "IncomeStatement", "period_start": "2004-07-01",
            "period_end": "2004-09-30", "period_instant": "", "fiscal_year": 2005, "fiscal_period": "Q1",
            "value": "-2470000", "unit": "USD", "decimals": -3, "line": 183, "quote": "(2,470)",
        },
        {
            "filing": "000_0cfe5a6103b22458.txt", "concept": "NetIncomeLoss", "mapped": True,
            "label": "Net income (loss)", "statement": "IncomeStatement", "period_start": "2005-07-01",
            "period_end": "2005-09-30", "period_instant": "", "fiscal_year": 2006, "fiscal_period": "Q1",
            "value": "-4706000", "unit": "USD", "decimals": -3, "line": 183, "quote": "(4,706))",
        },
    ]  # fmt: skip
    cash = [r for r in rows if r["concept"] == "CashCashEquivalentsAndMarketableSecurities"]
    assert [(r["period_instant"], r["value"], r["fiscal_period"], r["line"]) for r in cash] == [
        ("2005-06-30", "90565000", "instant", 153),
        ("2005-09-30", "86824000", "instant", 153),
    ]
    prose_only = [r for r in rows if r["statement"] == "Narrative"]
    assert [(r["concept"], r["period_end"], r["value"], r["decimals"], r["line"]) for r in prose_only] == [
        ("NetCashProvidedByUsedInOperatingActivities", "2004-09-30", "900000", -5, 95),
        ("NetCashProvidedByUsedInOperatingActivities", "2005-09-30", "-3500000", -5, 95),
        ("StockCompensationExpense", "2005-09-30", "600000", -5, 85),
    ]


def test_non_financial_facts_are_ignored_and_empty_input_gives_no_rows() -> None:
    assert fact_rows([Skipped("financials", "why", 3)], "x.txt") == []
    assert fact_rows([], "x.txt") == []
    doc = read_document(SEED)
    facts = [f for f in run(doc) if isinstance(f, FinancialFact)]
    rows = fact_rows(facts[:1], "renamed.txt")
    assert rows[0]["filing"] == "renamed.txt" and rows[0]["period_start"] == ""
