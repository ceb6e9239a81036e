"""Statement tables of a review of four unseen releases: a statement printed in a currency the
vocabulary has no unit for ("(in EUR thousands)", "(in thousands of euros)", "€ 25,400") yields no
facts, with a note; the scale is read from the statement's own heading ("in EUR thousands", "in US$
thousands") and never from a row's label ("Weighted average number of shares" / "(in thousands)");
a cash-flow summary ("CONDENSED CONSOLIDATED CASH FLOW DATA", "Selected Cash Flow Information") is
read as a cash-flow statement: its lines named by cash-flow concepts, signed by their conventions,
the rest (balances at the year's start and end, flows the vocabulary has no concept for) declined
(the net change in cash, once declined, has had a concept since: tests/test_tables_review11.py);
rows under new period headers in a balance sheet's body are of no named statement and not read.
Fixtures tests/reviewed_releases/valdera_6k_2010q3.txt, arvenza_2012q4.htm, immunogen_fy2012_q4.htm
and the short releases below (the reviewer's repros); expected values worked out by hand from them.
"""

from __future__ import annotations

import functools
from decimal import Decimal
from pathlib import Path

import pytest
from conftest import statement_facts_and_notes, statement_facts_of_text, values_by_period

from kg.corpus import document_from_bytes, read_document
from kg.extractors.financials import run
from kg.extractors.financials.tables import _segmented
from kg.model import FinancialFact, Skipped

FOLDER = Path(__file__).parent / "reviewed_releases"
VALDERA = "valdera_6k_2010q3.txt"
ARVENZA = "arvenza_2012q4.htm"
IMMUNOGEN = "immunogen_fy2012_q4.htm"

FY12, FY11 = "2012-01-01--2012-12-31", "2011-01-01--2011-12-31"

EURO_BALANCE_SHEET = """\
Norvik Biologics N.V. Reports Third Quarter 2010 Results

Leiden, The Netherlands, November 10, 2010 - Norvik Biologics N.V. (Nasdaq:
NRVK) today announced its financial results for the third quarter ended
September 30, 2010.

                  CONDENSED CONSOLIDATED STATEMENT OF FINANCIAL POSITION
                               (in EUR thousands)

                                           September 30,    December 31,
                                               2010             2009
                                           ------------     ------------
Cash and cash equivalents                       25,400           29,400
Other current assets                             1,530            1,215
                                           ------------     ------------
Total assets                                    26,930           30,615
                                           ============     ============
Total equity                                    20,235           24,180
Current liabilities                              6,695            6,435
                                           ------------     ------------
Total equity and liabilities                    26,930           30,615
                                           ============     ============
"""

CASH_FLOW_AFTER_BALANCE_SHEET = """\
Tessaro Therapeutics Reports Full Year 2012 Financial Results

SAN DIEGO, March 7, 2013 -- Tessaro Therapeutics, Inc. (Nasdaq: TSRO) today
reported financial results for the year ended December 31, 2012.

                    CONDENSED CONSOLIDATED BALANCE SHEETS
                              (in thousands)

                                                      December 31,
                                                  -----------------------
                                                     2012          2011
                                                  ---------     ---------
Cash and cash equivalents                         $  48,310     $  35,920
Total assets                                         60,000        50,000
Total stockholders' equity                           45,000        40,000

                    CONDENSED CONSOLIDATED CASH FLOW DATA
                              (in thousands)

                                                  Year Ended December 31,
                                                  -----------------------
                                                     2012          2011
                                                  ---------     ---------
Net cash used in operating activities             $ (28,460)    $ (31,270)
Net cash used in investing activities               (13,850)       (9,430)
Net cash provided by financing activities            54,700         2,185
                                                  ---------     ---------
Net increase (decrease) in cash and cash
  equivalents                                        12,390       (38,515)
Cash and cash equivalents at beginning of year       35,920        74,435
                                                  ---------     ---------
Cash and cash equivalents at end of year          $  48,310     $  35,920
                                                  =========     =========
"""
CASH_FLOW_TITLE = "                    CONDENSED CONSOLIDATED CASH FLOW DATA\n"
#: The concepts of the lines this summary (and arvenza's, L99-102) prints: the three net flows and
#: the net change in cash.
CASH_FLOW_CONCEPTS = (
    "NetCashProvidedByUsedInOperatingActivities",
    "NetCashProvidedByUsedInInvestingActivities",
    "NetCashProvidedByUsedInFinancingActivities",
    "CashAndCashEquivalentsPeriodIncreaseDecrease",
)


@functools.cache
def _run_fixture(name: str) -> tuple[tuple[FinancialFact, ...], tuple[Skipped, ...]]:
    return statement_facts_and_notes(list(run(read_document(FOLDER / name))))


_values = values_by_period


def _on_lines(facts: tuple[FinancialFact, ...], first: int, last: int) -> list[FinancialFact]:
    return [f for f in facts if first <= f.evidence[0].line <= last]


# ---------------------------------------------------------------- 1. currencies


@pytest.mark.parametrize(
    "heading",
    [
        "(in EUR thousands)",
        "(in thousands of euros)",
        "(€ in thousands)",
        "(in thousands of Swiss francs)",
        "(GBP in thousands)",
        "(in thousands of Canadian dollars)",
    ],
)
def test_a_statement_in_another_currency_yields_no_facts(heading: str) -> None:
    text = EURO_BALANCE_SHEET.replace("(in EUR thousands)", heading)
    facts, notes = statement_facts_of_text("norvik.txt", text)
    assert facts == ()
    assert any(
        n.reason.startswith("statement in ") and "the vocabulary has no unit for it" in n.reason
        for n in notes
    )


def test_euro_cells_under_a_heading_naming_no_currency_yield_no_facts() -> None:
    text = EURO_BALANCE_SHEET.replace("(in EUR thousands)", "(in thousands)").replace(
        "Cash and cash equivalents                       25,400           29,400",
        "Cash and cash equivalents                     € 25,400         € 29,400",
    )
    facts, notes = statement_facts_of_text("norvik.txt", text)
    assert facts == ()
    assert any(n.reason.startswith("statement in €: the vocabulary has no unit") for n in notes)


@pytest.mark.parametrize("heading", ["(in thousands)", "(in US$ thousands)", "(in USD thousands)"])
def test_a_dollar_statement_is_read_in_its_headings_scale(heading: str) -> None:
    # The same balance sheet in dollars: read, each figure in thousands ("in US$ thousands" was no scale).
    facts, _ = statement_facts_of_text(
        "norvik.txt", EURO_BALANCE_SHEET.replace("(in EUR thousands)", heading)
    )
    assert _values(facts, "Assets") == {"2010-09-30": Decimal(26930000), "2009-12-31": Decimal(30615000)}
    assert _values(facts, "CashAndCashEquivalents") == {
        "2010-09-30": Decimal(25400000),
        "2009-12-31": Decimal(29400000),
    }
    assert {f.unit for f in facts} == {"USD"} and {f.decimals for f in facts} == {-3}


def test_valdera_euro_statements_are_not_read() -> None:
    # L126-149 "(in EUR thousands, except per share data)", L152-176 "(in EUR thousands)": 26 balance
    # sheet facts were stored as US dollars.
    facts, notes = _run_fixture(VALDERA)
    assert facts == ()
    reasons = {n.line: n.reason for n in notes if n.reason.startswith("statement in EUR")}
    assert set(reasons) == {127, 153}
    assert "STATEMENT OF FINANCIAL POSITION" in reasons[153]


def test_valdera_scale_is_the_statements_own_heading() -> None:
    tables, _ = _segmented(read_document(FOLDER / VALDERA))
    sheet = next(t for t in tables if t.kind == "BalanceSheet")
    # "(in EUR thousands)" under the title (L153), not "(in thousands)" under the share count (L149).
    assert (sheet.scale.money, sheet.scale.line) == (3, 153)


def test_a_share_counts_scale_is_no_heading_of_the_statement_below() -> None:
    # Without its own scale line the balance sheet takes the heading of the statement above (L127),
    # never the "(in thousands)" of the share-count row (L149) printed between them.
    text = (FOLDER / VALDERA).read_text(encoding="utf-8")
    assert text.count("(in EUR thousands)\n") == 1
    doc = document_from_bytes("valdera.txt", text.replace("(in EUR thousands)\n", "\n").encode("utf-8"))
    sheet = next(t for t in _segmented(doc)[0] if t.kind == "BalanceSheet")
    assert sheet.scale.line == 127
    assert doc.lines[126].strip() == "(in EUR thousands, except per share data)"


# ---------------------------------------------------------------- 2. cash flows


def test_a_cash_flow_summary_after_a_balance_sheet_is_a_cash_flow_statement() -> None:
    facts, notes = statement_facts_of_text("tessaro.txt", CASH_FLOW_AFTER_BALANCE_SHEET)
    assert not [f for f in facts if f.statement == "IncomeStatement"]
    assert _values(facts, "NetCashProvidedByUsedInOperatingActivities") == {
        FY12: Decimal(-28460000),
        FY11: Decimal(-31270000),
    }
    # Cash used in investing is negative under the "provided by (used in)" concept, not a minted
    # "used in" concept whose sign reads backwards.
    assert _values(facts, "NetCashProvidedByUsedInInvestingActivities") == {
        FY12: Decimal(-13850000),
        FY11: Decimal(-9430000),
    }
    assert _values(facts, "NetCashProvidedByUsedInFinancingActivities") == {
        FY12: Decimal(54700000),
        FY11: Decimal(2185000),
    }
    assert {f.statement for f in _on_lines(facts, 24, 32)} == {"CashFlow"}
    # Only lines cash-flow concepts name are read: no balance at the year's start or end as a flow
    # over the year, no minted concept.
    assert {f.concept for f in _on_lines(facts, 24, 32)} == set(CASH_FLOW_CONCEPTS)
    reasons = {n.line: n.reason for n in notes}
    assert "balance at the period's start or end" in reasons[30]
    assert "balance at the period's start or end" in reasons[32]
    assert 29 not in reasons  # the net change in cash, its label broken over L28-29: read
    assert _values(facts, "CashAndCashEquivalentsPeriodIncreaseDecrease") == {
        FY12: Decimal(12390000),
        FY11: Decimal(-38515000),
    }
    # The balance sheet above is read as before.
    assert _values(facts, "CashAndCashEquivalents") == {
        "2012-12-31": Decimal(48310000),
        "2011-12-31": Decimal(35920000),
    }


def test_a_cash_flow_summary_alone_is_read() -> None:
    start = CASH_FLOW_AFTER_BALANCE_SHEET.index(CASH_FLOW_TITLE)
    head = CASH_FLOW_AFTER_BALANCE_SHEET[
        : CASH_FLOW_AFTER_BALANCE_SHEET.index("                    CONDENSED CONSOLIDATED BALANCE")
    ]
    facts, _ = statement_facts_of_text("tessaro.txt", head + CASH_FLOW_AFTER_BALANCE_SHEET[start:])
    assert {(f.concept, f.statement) for f in facts} == {(c, "CashFlow") for c in CASH_FLOW_CONCEPTS}
    assert _values(facts, "NetCashProvidedByUsedInOperatingActivities") == {
        FY12: Decimal(-28460000),
        FY11: Decimal(-31270000),
    }


@pytest.mark.parametrize(
    "title",
    [
        "Selected Cash Flow Data",
        "Condensed Consolidated Statements of Cash Flows",
        "Cash flow information",
        "SUMMARY OF CASH FLOWS",
    ],
)
def test_cash_flow_titles(title: str) -> None:
    text = CASH_FLOW_AFTER_BALANCE_SHEET.replace(CASH_FLOW_TITLE, f"                    {title}\n")
    facts, _ = statement_facts_of_text("tessaro.txt", text)
    assert {(f.concept, f.statement) for f in _on_lines(facts, 17, 33)} == {
        (c, "CashFlow") for c in CASH_FLOW_CONCEPTS
    }


def test_period_rows_under_a_heading_naming_no_statement_after_a_balance_sheet_are_not_read() -> None:
    # The balance sheet's kind is not theirs, and no statement of operations is named either.
    text = CASH_FLOW_AFTER_BALANCE_SHEET.replace(CASH_FLOW_TITLE, "                    OTHER DATA\n")
    facts, notes = statement_facts_of_text("tessaro.txt", text)
    assert _on_lines(facts, 17, 33) == []
    assert any("no title names their statement" in n.reason for n in notes)
    assert len(_values(facts, "Assets")) == 2


def test_cash_used_printed_unbracketed_is_unsure() -> None:
    # "Net cash used in operating activities 28,460": the amount used, or cash provided?
    text = CASH_FLOW_AFTER_BALANCE_SHEET.replace("$ (28,460)    $ (31,270)", "$  28,460     $  31,270 ")
    facts, notes = statement_facts_of_text("tessaro.txt", text)
    assert _values(facts, "NetCashProvidedByUsedInOperatingActivities") == {}
    assert any(n.line == 24 and "unsigned" in n.reason for n in notes)


def test_arvenza_cash_flow_data_is_no_income_statement() -> None:
    facts, notes = _run_fixture(ARVENZA)
    section = _on_lines(facts, 95, 105)
    assert {(f.concept, f.statement) for f in section} == {(c, "CashFlow") for c in CASH_FLOW_CONCEPTS}
    assert _values(facts, "NetCashProvidedByUsedInInvestingActivities") == {
        FY12: Decimal(-13850000),
        FY11: Decimal(-9430000),
    }
    assert _values(facts, "NetCashProvidedByUsedInOperatingActivities") == {
        FY12: Decimal(-28460000),
        FY11: Decimal(-31270000),
    }
    assert not [f for f in facts if f.statement == "IncomeStatement" and f.evidence[0].line >= 95]
    assert any(n.line == 104 and "balance at the period's start or end" in n.reason for n in notes)


def test_immunogen_selected_cash_flow_information() -> None:
    # L141-146 "SELECTED CASH FLOW INFORMATION", under the scale heading of L100 (thousands): fiscal
    # years to June 30. Capital expenditures are a payment, positive however printed.
    facts, _ = _run_fixture(IMMUNOGEN)
    fy12, fy11 = "2011-07-01--2012-06-30", "2010-07-01--2011-06-30"
    assert _values(facts, "NetCashProvidedByUsedInOperatingActivities") == {
        fy12: Decimal(-11876000),
        fy11: Decimal(-27605000),
    }
    assert _values(facts, "PaymentsToAcquirePropertyPlantAndEquipment") == {
        fy12: Decimal(4412000),
        fy11: Decimal(2140000),
    }
    assert {f.statement for f in _on_lines(facts, 141, 146)} == {"CashFlow"}
    assert {f.decimals for f in _on_lines(facts, 141, 146)} == {-3}
