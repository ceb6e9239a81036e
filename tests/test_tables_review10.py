"""Statement tables of review 10: an "Other income (expense), net" line among other non-operating
lines (interest income, interest expense) is one of them, not the non-operating total, unless the
statement foots with it alone; the result line it is checked against may be one no vocabulary concept
names ("Net loss attributable to <the filer>"), and with no result line to check it, it stays a
component. Fixture tests/reviewed_releases/exelixis_2009q3.htm and the short releases below (the
reviewer's repros); expected values worked out by hand from them.
"""

from __future__ import annotations

import functools
from decimal import Decimal
from pathlib import Path

import pytest
from conftest import values_by_period

from kg.corpus import document_from_bytes, read_document
from kg.extractors.financials import run
from kg.model import FinancialFact, Skipped

FOLDER = Path(__file__).parent / "reviewed_releases"
Q3_09, Q3_08 = "2009-07-01--2009-09-30", "2008-07-01--2008-09-30"

STATEMENT = """\
Exhibit 99.1

Zantor Biosciences Reports Third Quarter 2009 Financial Results

BOSTON, Mass., October 29, 2009 -- Zantor Biosciences, Inc. (Nasdaq: ZNTR) today reported
financial results for the third quarter ended September 30, 2009.

ZANTOR BIOSCIENCES, INC.
CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS
(in thousands, except per share data)

                                            Three Months Ended September 30,
                                                2009            2008
Revenues:
Contract revenues                             37,512          29,804
Operating expenses:
Research and development                      56,210          64,318
General and administrative                     8,940           9,612
Total operating expenses                      65,150          73,930
Loss from operations                         (27,638)        (44,126)
{nonoperating}
{result}
"""

COMPONENTS = """\
Interest income                                  312           1,845
Interest expense                              (4,120)         (4,602)
Other income (expense), net                      210            (150)"""

#: The same lines, and their sum under a label naming the whole (the statement foots with it).
WITH_TOTAL = """\
Interest income                                  312           1,845
Interest expense                              (4,120)         (4,602)
Other                                            210            (150)
Other income (expense), net                   (3,598)         (2,907)"""

ATTRIBUTABLE = "Net loss attributable to Zantor Biosciences, Inc. (31,236)   (47,033)"
NET_LOSS = "Net loss                                     (31,236)        (47,033)"


def _split(out: list[object]) -> tuple[tuple[FinancialFact, ...], tuple[Skipped, ...]]:
    facts = tuple(f for f in out if isinstance(f, FinancialFact) and f.statement != "Narrative")
    return facts, tuple(s for s in out if isinstance(s, Skipped))


@functools.cache
def _run_text(text: str) -> tuple[FinancialFact, ...]:
    doc = document_from_bytes("release.txt", text.encode("utf-8"))
    out = list(run(doc))
    for fact in (f for f in out if isinstance(f, FinancialFact)):
        for evidence in fact.evidence:
            assert doc.text[evidence.char_start : evidence.char_end] == evidence.quote
    return _split(out)[0]


@functools.cache
def _run_fixture(name: str) -> tuple[FinancialFact, ...]:
    return _split(list(run(read_document(FOLDER / name))))[0]


_values = values_by_period


def _statement(nonoperating: str, result: str) -> tuple[FinancialFact, ...]:
    return _run_text(STATEMENT.format(nonoperating=nonoperating, result=result))


# ---------------------------------------------------------------- 1. a component, not the total


@pytest.mark.parametrize("result", [ATTRIBUTABLE, NET_LOSS])
def test_other_income_net_beside_interest_lines_is_a_component(result: str) -> None:
    """The reviewer's repro and its control: the statement foots only with all three lines
    (-27,638 + 312 - 4,120 + 210 = -31,236), so "Other income (expense), net" is one of them."""
    facts = _statement(COMPONENTS, result)
    assert _values(facts, "NonoperatingIncomeExpense") == {}
    assert _values(facts, "other-income-expense-net") == {Q3_09: Decimal(210000), Q3_08: Decimal(-150000)}
    assert _values(facts, "InterestIncome") == {Q3_09: Decimal(312000), Q3_08: Decimal(1845000)}
    assert _values(facts, "OperatingIncomeLoss") == {Q3_09: Decimal(-27638000), Q3_08: Decimal(-44126000)}


def test_a_local_result_line_is_read_and_checked_against() -> None:
    """ "Net loss attributable to <the filer>" closes the non-operating lines though no vocabulary
    concept names it; its figures keep their local concept."""
    facts = _statement(COMPONENTS, ATTRIBUTABLE)
    local = "net-loss-attributable-to-zantor-biosciences-inc"
    assert _values(facts, local) == {Q3_09: Decimal(-31236000), Q3_08: Decimal(-47033000)}


@pytest.mark.parametrize("result", [ATTRIBUTABLE, NET_LOSS])
def test_other_income_net_that_sums_the_lines_is_the_total(result: str) -> None:
    """Where the statement foots with the line alone (-27,638 - 3,598 = -31,236), against a local
    result line as against "Net loss", it is the non-operating total."""
    facts = _statement(WITH_TOTAL, result)
    assert _values(facts, "NonoperatingIncomeExpense") == {Q3_09: Decimal(-3598000), Q3_08: Decimal(-2907000)}
    assert _values(facts, "other-income-expense-net") == {}


def test_no_result_line_to_check_leaves_a_component() -> None:
    """A statement whose result no rule recognises as one ("Loss to common holders") gives no sum
    to confirm the line by: beside other non-operating lines it stays a component."""
    facts = _statement(COMPONENTS, "Loss to common holders                       (31,236)        (47,033)")
    assert _values(facts, "NonoperatingIncomeExpense") == {}
    assert _values(facts, "other-income-expense-net") == {Q3_09: Decimal(210000), Q3_08: Decimal(-150000)}


def test_exelixis_other_income_net_is_a_component() -> None:
    """exelixis_2009q3.htm L63-66: Interest income, Interest expense and "Other income (expense),
    net" (210 | (150) | 480 | 1,020) before "Net loss attributable to Exelixis, Inc."."""
    facts = _run_fixture("exelixis_2009q3.htm")
    assert _values(facts, "NonoperatingIncomeExpense") == {}
    assert _values(facts, "other-income-expense-net") == {
        "2009-07-04--2009-10-02": Decimal(210000),
        "2008-06-28--2008-09-26": Decimal(-150000),
        "2009-01-03--2009-10-02": Decimal(480000),
        "2007-12-29--2008-09-26": Decimal(1020000),
    }
    assert {f.evidence[0].line for f in facts if f.concept == "other-income-expense-net"} == {65}
