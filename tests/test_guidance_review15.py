"""Guidance, review 15 (second round): balances named by their investments, and what guidance is not.

A. "Dendreon expects its cash, cash equivalents and short-term investments at December 31, 2004 to be
   between $125 million and $130 million": cash with short-term investments is the balance of cash
   and marketable securities (its label in concepts.ttl), held at the date named.
B. "· Year-end 2008 cash, cash equivalents and available-for-sale securities of approximately $130
   million" in a list of 2008 guidance: the same balance, at the end of 2008. Available-for-sale
   securities are marketable securities: the prose of such a release reads that balance too.
C. Not guidance of a concept of the vocabulary, so not read: one product's sales ("RECOTHROM net
   product sales for 2008 in the range of $20 million to $25 million", no total revenues), selling,
   general and administrative expenses (no general and administrative expenses alone), and a "cash
   balance" that does not say which balance it is (cash alone, or with investments).

Each release below is a cut of a reviewer's release (Dendreon 2004Q3, InterMune 2007Q4, ZymoGenetics
2008Q2, Onyx 2006Q4, Isis 2005Q3), its sentences as printed there.
"""

from __future__ import annotations

from decimal import Decimal

from kg.corpus import document_from_bytes
from kg.extractors.financials import run
from kg.model import FinancialFact, Guidance

CASH = "CashCashEquivalentsAndMarketableSecurities"


def _guidance(text: str) -> set[tuple[str, str, Decimal, Decimal]]:
    """(concept, period key, low, high) of the guidance a release of ``text`` gives."""
    doc = document_from_bytes("release.txt", text.encode("utf-8"))
    return {(g.concept, g.period.key, g.low, g.high) for g in run(doc) if isinstance(g, Guidance)}


# ---------------------------------------------------------------------------------------------
# A. Cash, cash equivalents and short-term investments at a date

DENDREON = """\
Dendreon Announces Third Quarter 2004 Financial Results

SEATTLE, Nov. 2, 2004 -- Dendreon Corporation (Nasdaq: DNDN) today reported financial results for
the third quarter ended September 30, 2004.

Cash, cash equivalents and short-term investments totaled $149.8 million as
of September 30, 2004. Dendreon expects its cash, cash equivalents and
short-term investments at December 31, 2004 to be between $125 million and
$130 million.
"""


def test_cash_with_short_term_investments_expected_at_a_date_is_guidance_of_that_balance() -> None:
    assert _guidance(DENDREON) == {(CASH, "2004-12-31", Decimal(125000000), Decimal(130000000))}


# ---------------------------------------------------------------------------------------------
# B. Cash, cash equivalents and available-for-sale securities at a year's end

INTERMUNE = """\
InterMune Reports Fourth Quarter and Full Year 2007 Financial Results

BRISBANE, Calif., Feb. 21, 2008 /PRNewswire-FirstCall/ -- InterMune, Inc.
(Nasdaq: ITMN) today reported financial results for the fourth quarter and
full year ended December 31, 2007.

Cash, cash equivalents and available-for-sale securities were $211.5
million at December 31, 2007, compared with $193.9 million at December 31,
2006.

2008 Financial Guidance

InterMune is providing the following financial guidance for 2008:

  *  Actimmune revenue of $40 million to $45 million
  *  Research and development expenses of $105 mil1ion to $115 million
  *  Net loss of $90 million to $100 million
  *  Year-end 2008 cash, cash equivalents and available-for-sale
     securities of approximately $130 million
"""


def test_cash_with_available_for_sale_securities_at_year_end_is_guidance_of_that_balance() -> None:
    year = "2008-01-01--2008-12-31"
    assert _guidance(INTERMUNE) == {
        ("ResearchAndDevelopmentExpense", year, Decimal(105000000), Decimal(115000000)),
        ("NetIncomeLoss", year, Decimal(-100000000), Decimal(-90000000)),
        (CASH, "2008-12-31", Decimal(130000000), Decimal(130000000)),
    }


def test_cash_with_available_for_sale_securities_is_read_in_prose() -> None:
    doc = document_from_bytes("release.txt", INTERMUNE.encode("utf-8"))
    facts = {f.period.key: f.value for f in run(doc) if isinstance(f, FinancialFact) and f.concept == CASH}
    assert facts == {"2007-12-31": Decimal(211500000), "2006-12-31": Decimal(193900000)}


# ---------------------------------------------------------------------------------------------
# C. Not guidance of a concept of the vocabulary

ZYMOGENETICS = """\
ZymoGenetics Reports Second Quarter 2008 Financial Results

SEATTLE, July 30, 2008 -- ZymoGenetics, Inc. (NASDAQ: ZGEN) today reported financial results for the
second quarter ended June 30, 2008.

    2008 Financial Outlook

    ZymoGenetics continues to expect RECOTHROM net product sales for 2008 in
the range of $20 million to $25 million. The company now expects its net
loss for 2008 to be between $145 million and $155 million.
"""

ONYX = """\
Onyx Pharmaceuticals Reports Fourth Quarter and Full Year 2006 Financial Results

EMERYVILLE, Calif., February 27, 2007 -- Onyx Pharmaceuticals, Inc. (Nasdaq: ONXX) today reported
financial results for the fourth quarter and full year ended December 31, 2006.

Onyx expects research and development expenses for 2007 to be in the range of $55 million to $65 million, and selling, general and administrative expenses for 2007 to be in the range of $40 million to $45 million. Onyx expects to end 2007 with at least $150 million in cash, cash equivalents and marketable securities.
"""

ISIS = """\
Isis Pharmaceuticals Reports Third Quarter 2005 Financial Results

CARLSBAD, Calif., Nov. 1, 2005 -- Isis Pharmaceuticals, Inc. (Nasdaq: ISIS) today reported financial
results for the third quarter ended September 30, 2005.

Isis ended the third quarter with cash, cash equivalents and short-term investments of $108.4 million. Isis continues to project a year-end 2005 cash balance of approximately $100 million, and expects its 2005 operating expenses to be between $95 million and $100 million.
"""


def test_one_products_sales_are_no_revenues_guidance() -> None:
    year = "2008-01-01--2008-12-31"
    assert _guidance(ZYMOGENETICS) == {("NetIncomeLoss", year, Decimal(-155000000), Decimal(-145000000))}


def test_selling_general_and_administrative_expenses_are_no_guidance_of_general_and_administrative() -> None:
    # The vocabulary has general and administrative expenses alone; "at least $150 million" bounds
    # one side only.
    year = "2007-01-01--2007-12-31"
    assert _guidance(ONYX) == {("ResearchAndDevelopmentExpense", year, Decimal(55000000), Decimal(65000000))}


def test_a_cash_balance_not_saying_which_balance_is_no_guidance() -> None:
    year = "2005-01-01--2005-12-31"
    assert _guidance(ISIS) == {("OperatingExpenses", year, Decimal(95000000), Decimal(100000000))}
