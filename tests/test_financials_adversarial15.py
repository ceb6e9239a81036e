"""Financials, adversarial review of review 15: rules of that review narrowed where they took wrong
facts or lost right ones.

A. A label-only line in capitals that is a section heading ("LONG-TERM LIABILITIES", "CASH FLOWS
   FROM INVESTING ACTIVITIES") runs on into no label below it, however deep that label is printed:
   "DEFERRED REVENUE, NET OF" / "CURRENT PORTION" is a label of its own, and so is "PURCHASES OF
   PROPERTY AND" / "EQUIPMENT". Two label-only lines in capitals join only where the first cannot
   stand alone ("WEIGHTED AVERAGE NUMBER OF COMMON" / "SHARES OUTSTANDING:", kept by
   tests/test_tables_review15b.py).
B. A balance "held by its Danish subsidiary" (or "of its subsidiary") is the subsidiary's, not the
   company's: no guidance of the company's cash.
C. "Cost recoveries from insurance", "Cost sharing from collaborator" under "Other income
   (expense):" name money coming back, no cost charged: read as printed.
D. In a list of expectations printed as sentences, a sentence reporting a past year ("General and
   administrative expenses of $6.1 million in 2008 reflected our projections.", "Operating
   expenses for 2008 came to $38.2 million, …") is no item: it ends the list, and the figure it
   reports is read as reported.

The releases are the adversarial reviewer's cases, their companies made up.
"""

from __future__ import annotations

from decimal import Decimal

from conftest import statement_facts_of_text, values_by_period

from kg.corpus import document_from_bytes
from kg.extractors.financials import run
from kg.extractors.financials.guidance import expectation_lists
from kg.model import FinancialFact, Guidance

# ---------------------------------------------------------------------------------------------
# A. Section headings in capitals over labels broken over two lines

BALANCE = """\
CAMBRIDGE, Mass., May 6, 2008 /PRNewswire/ -- Tessaly Biotherapeutics, Inc. (Nasdaq: TSLY) today \
reported financial results for the first quarter ended March 31, 2008.

                 TESSALY BIOTHERAPEUTICS, INC.
             CONDENSED CONSOLIDATED BALANCE SHEETS
                        (in thousands)
                                      MARCH 31,     DECEMBER 31,
                                         2008           2007
CURRENT ASSETS
   CASH, CASH EQUIVALENTS AND
      MARKETABLE SECURITIES             61,250         70,410
   PREPAID EXPENSES                      1,200          1,100
TOTAL ASSETS                            66,800         75,300
LONG-TERM LIABILITIES
   DEFERRED REVENUE, NET OF
      CURRENT PORTION                   12,000         13,000
TOTAL STOCKHOLDERS' EQUITY              40,100         48,900
"""

OPERATIONS_AND_CASH_FLOWS = """\
CAMBRIDGE, Mass., May 6, 2008 /PRNewswire/ -- Tessaly Biotherapeutics, Inc. (Nasdaq: TSLY) today \
reported financial results for the first quarter ended March 31, 2008.

                 TESSALY BIOTHERAPEUTICS, INC.
        CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS
             (in thousands, except per share data)
                                      THREE MONTHS ENDED MARCH 31,
                                         2008           2007
REVENUE                                  4,000          3,000
COSTS AND EXPENSES
   RESEARCH AND DEVELOPMENT              8,000          7,000
   ACQUIRED IN-PROCESS RESEARCH AND
      DEVELOPMENT                        5,000              -
   GENERAL AND ADMINISTRATIVE            2,000          1,800
TOTAL COSTS AND EXPENSES                15,000          8,800
NET LOSS                               (11,000)        (5,800)

        CONDENSED CONSOLIDATED STATEMENTS OF CASH FLOWS
                        (in thousands)
                                      THREE MONTHS ENDED MARCH 31,
                                         2008           2007
NET CASH USED IN OPERATING ACTIVITIES   (9,000)        (5,000)
CASH FLOWS FROM INVESTING ACTIVITIES
   PURCHASES OF PROPERTY AND
      EQUIPMENT                           (500)          (300)
NET CASH USED IN INVESTING ACTIVITIES     (500)          (300)
"""

Q1_08, Q1_07 = "2008-01-01--2008-03-31", "2007-01-01--2007-03-31"


def test_a_liabilities_heading_in_capitals_runs_on_into_no_label_below_it() -> None:
    facts, _ = statement_facts_of_text("tessaly_2008q1_balance.txt", BALANCE)
    assert values_by_period(facts, "deferred-revenue-net-of-current-portion-instant") == {
        "2008-03-31": Decimal(12000000),
        "2007-12-31": Decimal(13000000),
    }
    assert not [f for f in facts if "long-term-liabilities" in f.concept]
    assert values_by_period(facts, "CashCashEquivalentsAndMarketableSecurities") == {
        "2008-03-31": Decimal(61250000),
        "2007-12-31": Decimal(70410000),
    }


def test_an_activities_heading_in_capitals_runs_on_into_no_label_below_it() -> None:
    facts, _ = statement_facts_of_text("tessaly_2008q1_cash_flows.txt", OPERATIONS_AND_CASH_FLOWS)
    assert values_by_period(facts, "PaymentsToAcquirePropertyPlantAndEquipment") == {
        Q1_08: Decimal(500000),
        Q1_07: Decimal(300000),
    }
    assert values_by_period(facts, "acquired-in-process-research-and-development") == {
        Q1_08: Decimal(5000000),
        Q1_07: Decimal(0),
    }


def test_a_heading_in_capitals_over_a_label_that_stands_alone_runs_on_into_neither() -> None:
    # "LONG-TERM LIABILITIES" / "  DEFERRED RENT, NET OF" / "  CURRENT PORTION": the heading no
    # part of the label, whatever the label's words.
    text = BALANCE.replace("DEFERRED REVENUE, NET OF", "DEFERRED RENT, NET OF")
    facts, _ = statement_facts_of_text("tessaly_2008q1_rent.txt", text)
    assert values_by_period(facts, "deferred-rent-net-of-current-portion-instant") == {
        "2008-03-31": Decimal(12000000),
        "2007-12-31": Decimal(13000000),
    }
    assert not [f for f in facts if "liabilities" in f.concept]


# ---------------------------------------------------------------------------------------------
# B. A balance held by a subsidiary

HEAD = """\
BOSTON, Feb. 26, 2009 /PRNewswire/ -- Quillon Pharmaceuticals, Inc. (Nasdaq: QLLN) today reported \
financial results for the fourth quarter and year ended December 31, 2008.

"""

TAIL = """
Net loss for the fourth quarter of 2008 was $7.9 million compared to $6.8 million for the fourth \
quarter of 2007.
"""

SUBSIDIARY_CASH = """\
Financial Guidance

The Company expects cash, cash equivalents and {assets} held by its Danish subsidiary to be \
approximately $5 million at the end of 2009.
"""

CASH = "CashCashEquivalentsAndMarketableSecurities"


def _guidance(text: str) -> set[tuple[str, str, Decimal, Decimal]]:
    """(concept, period key, low, high) of the guidance a release of ``text`` gives."""
    doc = document_from_bytes("release.txt", text.encode("utf-8"))
    return {(g.concept, g.period.key, g.low, g.high) for g in run(doc) if isinstance(g, Guidance)}


def test_cash_and_short_term_investments_held_by_a_subsidiary_is_no_guidance_of_the_company() -> None:
    text = HEAD + SUBSIDIARY_CASH.format(assets="short-term investments") + TAIL
    assert not [g for g in _guidance(text) if g[0] == CASH]


def test_cash_and_marketable_securities_held_by_a_subsidiary_is_no_guidance_of_the_company() -> None:
    text = HEAD + SUBSIDIARY_CASH.format(assets="marketable securities") + TAIL
    assert not [g for g in _guidance(text) if g[0] == CASH]


def test_cash_of_a_subsidiary_named_after_its_figure_is_no_guidance_of_the_company() -> None:
    text = HEAD + (
        "Financial Guidance\n\nThe Company expects to end 2009 with approximately $5 million in cash, "
        "cash equivalents and marketable securities held at its Danish subsidiary.\n"
    )
    assert not [g for g in _guidance(text) if g[0] == CASH]


def test_the_companys_own_cash_guidance_beside_a_subsidiarys_is_still_read() -> None:
    text = (
        HEAD
        + "Financial Guidance\n\nThe Company expects to end 2009 with cash, cash equivalents and short-term "
        "investments, net of the $20 million term loan, of approximately $50 million.\n\n"
        + "The Company expects its cash, cash equivalents and marketable securities to be approximately "
        "$60 million at December 31, 2009.\n\n"
        + SUBSIDIARY_CASH.format(assets="marketable securities")
        + TAIL
    )
    assert [g for g in _guidance(text) if g[0] == CASH] == [
        (CASH, "2009-12-31", Decimal(60000000), Decimal(60000000))
    ]


# ---------------------------------------------------------------------------------------------
# C. Cost words naming money coming back

NORCASTLE = """\
SEATTLE, May 8, 2007/PRNewswire-FirstCall/ -- Norcastle Therapeutics, Inc. (NASDAQ: NCTX) today
reported financial results for the first quarter ended March 31, 2007.

                      Norcastle Therapeutics, Inc.
                Condensed Consolidated Statements of Operations
                (In thousands, except per share amounts)

\tThree Months Ended
\tMarch 31,
\t2007\t2006
Loss from operations\t(12,170)\t(13,635)
Other income (expense):
Investment and other income\t812\t735
Interest expense\t(846)\t(931)
Reversal of impairment charge\t1,500\t—
Cost recoveries from insurance\t300\t—
Cost sharing from collaborator\t410\t220
Other income, net\t2,176\t24
Net loss\t$ (9,994)\t$ (13,611)
"""


def test_cost_recoveries_and_cost_sharing_under_an_income_heading_are_read_as_printed() -> None:
    facts, notes = statement_facts_of_text("norcastle_2007q1.txt", NORCASTLE)
    assert values_by_period(facts, "cost-recoveries-from-insurance") == {
        "2007-01-01--2007-03-31": Decimal(300000),
        "2006-01-01--2006-03-31": Decimal(0),
    }
    assert values_by_period(facts, "cost-sharing-from-collaborator") == {
        "2007-01-01--2007-03-31": Decimal(410000),
        "2006-01-01--2006-03-31": Decimal(220000),
    }
    assert not [n for n in notes if "against the convention" in n.reason]


def test_costs_recovered_or_reimbursed_keep_their_printed_sign() -> None:
    for label, concept in (
        ("Costs recovered", "costs-recovered"),
        ("Cost-sharing reimbursements", "cost-sharing-reimbursements"),
        ("Costs reimbursed by partner", "costs-reimbursed-by-partner"),
    ):
        text = NORCASTLE.replace("Cost recoveries from insurance", label)
        facts, _ = statement_facts_of_text(f"norcastle_{concept}.txt", text)
        assert values_by_period(facts, concept) == {
            "2007-01-01--2007-03-31": Decimal(300000),
            "2006-01-01--2006-03-31": Decimal(0),
        }, label


def test_a_financing_cost_under_an_income_heading_is_still_an_expense() -> None:
    text = NORCASTLE.replace("Cost recoveries from insurance\t300\t—", "Debt issuance costs\t(300)\t—")
    facts, _ = statement_facts_of_text("norcastle_issuance_costs.txt", text)
    assert values_by_period(facts, "debt-issuance-costs") == {
        "2007-01-01--2007-03-31": Decimal(300000),
        "2006-01-01--2006-03-31": Decimal(0),
    }


# ---------------------------------------------------------------------------------------------
# D. Sentences reporting a past year after a list of expectations

LIST_LEAD = """\
2009 Financial Guidance

For 2009, the Company expects:
Revenues are expected to be in the range of $8 million to $10 million.
Operating expenses are expected to be in the range of $40 million to $45 million.
"""

REPORTED_TOTALS = """\
Net loss for 2008 totaled $30.5 million, in line with the guidance we provided in February 2008.
Operating expenses for 2008 came to $38.2 million, below our original estimate of $42 million.
"""

REPORTED_PROJECTIONS = """\
Research and development expenses in 2008 totaled $25.0 million, in line with our estimates.
General and administrative expenses of $6.1 million in 2008 reflected our projections.
Our cash, cash equivalents and short-term investments at December 31, 2008 totaled $61.0 million, \
in line with guidance.
"""

FY_09 = "2009-01-01--2009-12-31"


def _items(text: str) -> list[str]:
    doc = document_from_bytes("release.txt", text.encode("utf-8"))
    return [doc.text[s:e] for found in expectation_lists(doc) for s, e in found.items]


def test_sentences_reporting_the_past_year_end_a_list_of_expectations() -> None:
    assert _items(HEAD + LIST_LEAD + REPORTED_TOTALS + TAIL) == [
        "Revenues are expected to be in the range of $8 million to $10 million.",
        "Operating expenses are expected to be in the range of $40 million to $45 million.",
    ]
    assert _items(HEAD + LIST_LEAD + REPORTED_PROJECTIONS + TAIL) == [
        "Revenues are expected to be in the range of $8 million to $10 million.",
        "Operating expenses are expected to be in the range of $40 million to $45 million.",
    ]


def test_a_reported_expense_after_a_list_of_expectations_is_read_as_reported() -> None:
    out = list(
        run(document_from_bytes("release.txt", (HEAD + LIST_LEAD + REPORTED_PROJECTIONS + TAIL).encode()))
    )
    facts = {(f.concept, f.period.key): f.value for f in out if isinstance(f, FinancialFact)}
    assert facts[("GeneralAndAdministrativeExpense", "2008-01-01--2008-12-31")] == Decimal(6100000)
    guidance = {(g.concept, g.period.key, g.low, g.high) for g in out if isinstance(g, Guidance)}
    assert guidance == {
        ("Revenues", FY_09, Decimal(8000000), Decimal(10000000)),
        ("OperatingExpenses", FY_09, Decimal(40000000), Decimal(45000000)),
    }


def test_sentences_of_expectations_for_the_lead_ins_year_are_still_items() -> None:
    text = (
        HEAD
        + LIST_LEAD
        + "Research and development expenses for 2009 are expected to be $30 million to $32 million.\n"
        + TAIL
    )
    assert len(_items(text)) == 3


def test_cash_of_the_company_and_its_subsidiaries_is_the_companys_guidance() -> None:
    text = HEAD + (
        "Financial Guidance\n\nThe Company expects cash, cash equivalents and marketable securities of the "
        "Company and its subsidiaries to be approximately $60 million at December 31, 2009.\n"
    )
    assert _guidance(text) == {(CASH, "2009-12-31", Decimal(60000000), Decimal(60000000))}
