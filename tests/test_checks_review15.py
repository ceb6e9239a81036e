"""Arithmetic checks, review 15: a sum of "whichever lines are printed" adds lines of one statement.

ZymoGenetics 2008Q2 (a cut of the reviewer's release): prose names "collaboration revenue of $9.8
million"; the statement prints "Collaborations and other 9,774" (no concept names it), "Royalties
8,215", "Product sales 5,832" and "Total revenues 23,821". The prose figure is no line of the
statement: adding it to the statement's royalties and comparing with the statement's total fails a
correct graph (9,800 + 8,215 = 18,015 ≠ 23,821).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

from kg.checks import check_filing_facts
from kg.corpus import document_from_bytes
from kg.extractors.financials import run
from kg.model import Evidence, FinancialFact, Period

ZYMO = """\
SEATTLE, July 30, 2008 -- ZymoGenetics, Inc. (NASDAQ:ZGEN) today reported financial results for the
quarter ended June 30, 2008.

Revenues for the quarter included royalties of $8.2 million and collaboration revenue of $9.8 million.

                              ZYMOGENETICS, INC.
                     CONDENSED STATEMENTS OF OPERATIONS
                 (In thousands, except per share amounts)
                                 (Unaudited)

                                               Three Months Ended       Six Months Ended
                                                   June 30,                June 30,
                                                2008        2007        2008        2007
                                            --------    --------    --------    --------
Revenues:
  Product sales                             $  5,832     $     -    $  8,457     $     -
  Royalties                                    8,215       6,904      15,733      13,012
  Collaborations and other                     9,774       7,162      18,905      13,480
                                            --------    --------    --------    --------
    Total revenues                            23,821      14,066      43,095      26,492
"""
Q2_08 = Period(dt.date(2008, 4, 1), dt.date(2008, 6, 30))


def test_a_prose_part_is_not_summed_with_statement_lines_against_the_statements_total() -> None:
    facts = [f for f in run(document_from_bytes("zymo.txt", ZYMO.encode())) if isinstance(f, FinancialFact)]
    by_key = {(f.concept, f.period, f.statement): f.value for f in facts}
    # What the graph holds: the prose collaboration revenue, and the statement's lines and total.
    assert by_key[("CollaborationRevenue", Q2_08, "Narrative")] == Decimal(9800000)
    assert by_key[("RoyaltyRevenue", Q2_08, "IncomeStatement")] == Decimal(8215000)
    assert by_key[("Revenues", Q2_08, "IncomeStatement")] == Decimal(23821000)
    assert check_filing_facts(facts, "zymo") == []


def _fact(concept: str, value: int, statement: str, line: int, decimals: int = -3) -> FinancialFact:
    return FinancialFact(
        concept=concept,
        period=Q2_08,
        value=Decimal(value),
        unit="USD",
        decimals=decimals,
        fiscal_year=2008,
        fiscal_period="Q2",
        label=concept,
        statement=statement,  # type: ignore[arg-type]
        evidence=(Evidence(line, 0, 1, "x", "financials"),),
        mapped=True,
    )


def test_a_statements_own_lines_still_fail_a_wrong_total() -> None:
    facts = [
        _fact("RoyaltyRevenue", 8215000, "IncomeStatement", 17),
        _fact("CollaborationRevenue", 9774000, "IncomeStatement", 18),
        _fact("Revenues", 19000000, "IncomeStatement", 20),
    ]
    (failure,) = check_filing_facts(facts, "zymo")
    assert failure.check == "revenue lines sum to total revenues"
    assert failure.expected == Decimal(17989000)


def test_prose_parts_still_check_a_prose_total() -> None:
    facts = [
        _fact("RoyaltyRevenue", 8200000, "Narrative", 4, -5),
        _fact("CollaborationRevenue", 9800000, "Narrative", 4, -5),
        _fact("Revenues", 23800000, "Narrative", 4, -5),
    ]
    (failure,) = check_filing_facts(facts, "zymo")
    assert failure.expected == Decimal(18000000)


def test_a_prose_figure_standing_for_a_damaged_cell_of_the_statements_own_line_is_summed() -> None:
    # The statement prints research and development for the prior year's quarter; this quarter's cell
    # was damaged ("7,9O5"), and prose gives $7.9 million: the statement's own line, so it is a term.
    q2_07 = Period(dt.date(2007, 4, 1), dt.date(2007, 6, 30))
    facts = [
        _fact("CostOfClinicalMaterialsReimbursed", 398000, "IncomeStatement", 199),
        _fact("ResearchAndDevelopmentExpense", 7900000, "Narrative", 144, -5),
        _fact("GeneralAndAdministrativeExpense", 1864000, "IncomeStatement", 201),
        _fact("OperatingExpenses", 10300000, "IncomeStatement", 203),
        replace(_fact("ResearchAndDevelopmentExpense", 6532000, "IncomeStatement", 200), period=q2_07),
    ]
    (failure,) = check_filing_facts(facts, "immunogen")
    assert failure.check == "expense lines sum to total operating expenses"
    assert failure.expected == Decimal(10162000)
    facts[3] = _fact("OperatingExpenses", 10167000, "IncomeStatement", 203)
    assert check_filing_facts(facts, "immunogen") == []
