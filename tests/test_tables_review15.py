"""Statement tables, review 15: signs of lines no concept names, header lines holding a footnote's
marker, OCR's "l" for a capital "I", titles printed over two lines, a year ending a label.

A. A cost no side word names ("Amortization of debt discount and issuance costs") under "Other
   income (expense):" is read in the heading's convention: a cost, positive like "Interest expense".
B. "Equity in loss of collaboration" under "Operating expenses:", added into their total, is charged
   as an expense: positive. Where the total does not show it added, its sign is unsure: not read.
C. "(Unaudited)   (1)" among a balance sheet's column headers is no row: "(1)" is a footnote's marker.
D. "lnterest expense" (OCR's small "l" for a capital "I") is interest expense.
E. "CONDENSED CONSOLIDATED STATEMENTS OF" / "OPERATIONS": a title over two lines names the statement.
F. "5% Senior Convertible Notes due 2008   37,500,000   37,500,000": the year ends the label.

Each release below is a cut of a reviewer's release (CTI 2007Q1, Onyx 2006Q4, Theravance 2006Q3,
InterMune 2007Q4, Incyte 2009Q2, Immunomedics FY2006Q3), its figures as printed there.
"""

from __future__ import annotations

from decimal import Decimal

from conftest import statement_facts_of_text, values_by_period

from kg.model import FinancialFact

Q1_07, Q1_06 = "2007-01-01--2007-03-31", "2006-01-01--2006-03-31"


def _local(facts: tuple[FinancialFact, ...]) -> set[str]:
    """The concepts minted from labels among ``facts``."""
    return {f.concept for f in facts if not f.mapped}


# ---------------------------------------------------------------------------------------------
# A. A cost under "Other income (expense):"

CTI = """\
SEATTLE, May 8, 2007/PRNewswire-FirstCall/ -- Cell Therapeutics, Inc. (NASDAQ: CTIC) today
reported financial results for the first quarter ended March 31, 2007.

                      Cell Therapeutics, Inc.
                Condensed Consolidated Statements of Operations
                (In thousands, except per share amounts)

\tThree Months Ended
\tMarch 31,
\t2007\t2006
Loss from operations\t(32,170)\t(33,635)
Other income (expense):
Investment and other income\t812\t735
Interest expense\t(2,846)\t(2,931)
Amortization of debt discount and issuance costs\t(3,514)\t(1,206)
Other expense, net\t(5,548)\t(3,402)
Net loss\t$ (37,718)\t$ (37,037)
"""


def test_a_cost_under_an_income_and_expense_heading_is_positive_like_interest_expense() -> None:
    facts, _ = statement_facts_of_text("cti_2007q1.txt", CTI)
    amortization = "amortization-of-debt-discount-and-issuance-costs"
    assert values_by_period(facts, amortization) == {Q1_07: Decimal(3514000), Q1_06: Decimal(1206000)}
    assert values_by_period(facts, "interest-expense") == {Q1_07: Decimal(2846000), Q1_06: Decimal(2931000)}
    # 812 - 2,846 - 3,514 = -5,548: the heading's convention, the lines as the statement adds them.
    assert values_by_period(facts, "NonoperatingIncomeExpense") == {
        Q1_07: Decimal(-5548000),
        Q1_06: Decimal(-3402000),
    }


def test_a_reimbursement_of_costs_under_the_heading_keeps_its_printed_sign() -> None:
    # Its cost word names what is reimbursed, after "of": no cost of its own, read as printed.
    text = CTI.replace("Amortization of debt discount and issuance costs", "Reimbursement of costs")
    facts, _ = statement_facts_of_text("cti_2007q1_reimbursement.txt", text)
    assert values_by_period(facts, "reimbursement-of-costs") == {
        Q1_07: Decimal(-3514000),
        Q1_06: Decimal(-1206000),
    }


# ---------------------------------------------------------------------------------------------
# B. A result's loss under "Operating expenses:"

ONYX = """\
EMERYVILLE, Calif., Feb. 27, 2007 /PRNewswire-FirstCall/ -- Onyx Pharmaceuticals, Inc. (Nasdaq: ONXX)
today reported its financial results for the fourth quarter and year ended December 31, 2006.

ONYX PHARMACEUTICALS, INC.
CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS
(In thousands, except per share amounts)

\tThree Months Ended December 31,\tTwelve Months Ended December 31,
\t\t2006\t\t2005\t\t2006\t\t2005
Revenue:
Revenue from collaboration agreement\t\t$\t4,212\t\t\t$\t—\t\t\t$\t6,843\t\t\t$\t—
Operating expenses:
Research and development\t\t$\t10,874\t\t\t$\t12,302\t\t\t$\t51,732\t\t\t$\t50,361
Selling, general and administrative\t\t\t9,616\t\t\t\t8,950\t\t\t\t35,187\t\t\t\t28,044
Equity in loss of collaboration\t\t\t—\t\t\t\t6,155\t\t\t\t12,905\t\t\t\t30,512
Total operating expenses\t\t\t20,490\t\t\t\t27,407\t\t\t\t99,824\t\t\t\t108,917
Loss from operations\t\t\t(16,278\t)\t\t\t(27,407\t)\t\t\t(92,981\t)\t\t\t(108,917\t)
Interest income\t\t\t3,412\t\t\t\t2,198\t\t\t\t12,806\t\t\t\t7,115
Net loss\t\t$\t(12,866\t)\t\t$\t(25,209\t)\t\t$\t(80,175\t)\t\t$\t(101,802\t)
"""
Q4_06, Q4_05 = "2006-10-01--2006-12-31", "2005-10-01--2005-12-31"
FY_06, FY_05 = "2006-01-01--2006-12-31", "2005-01-01--2005-12-31"


def test_a_result_loss_added_into_total_operating_expenses_is_an_expense() -> None:
    facts, _ = statement_facts_of_text("onyx_2006q4.txt", ONYX)
    assert values_by_period(facts, "equity-in-loss-of-collaboration") == {
        Q4_06: Decimal(0),
        Q4_05: Decimal(6155000),
        FY_06: Decimal(12905000),
        FY_05: Decimal(30512000),
    }
    # The operating lines add up to their total: 12,302 + 8,950 + 6,155 = 27,407.
    opex = values_by_period(facts, "OperatingExpenses")
    parts = [
        values_by_period(facts, name)
        for name in (
            "ResearchAndDevelopmentExpense",
            "selling-general-and-administrative",
            "equity-in-loss-of-collaboration",
        )
    ]
    assert all(sum(part[key] for part in parts) == opex[key] for key in opex)


def test_a_result_loss_under_operating_expenses_that_do_not_foot_is_not_read() -> None:
    # The total printed one thousand off in the prior quarter: whether the line is added is unsure.
    text = ONYX.replace("\t27,407\t\t\t\t99,824", "\t27,408\t\t\t\t99,824")
    facts, notes = statement_facts_of_text("onyx_2006q4_unfooted.txt", text)
    assert "equity-in-loss-of-collaboration" not in _local(facts)
    assert any("Equity in loss of collaboration" in n.reason and "signs unsure" in n.reason for n in notes)
    assert values_by_period(facts, "ResearchAndDevelopmentExpense")[Q4_05] == Decimal(12302000)


# ---------------------------------------------------------------------------------------------
# C. A footnote's marker among the column headers

THERAVANCE = """\
SOUTH SAN FRANCISCO, Calif., Nov. 2, 2006 /PRNewswire-FirstCall/ -- Theravance, Inc. (Nasdaq: THRX) today reported financial results for the third quarter ended September 30, 2006.

\t\t\tTHERAVANCE, INC.
\t\tCONDENSED CONSOLIDATED BALANCE SHEETS
\t\t\t(In thousands)

\tSeptember 30,\tDecember 31,
\t2006\t2005
\t(Unaudited)\t(1)
Total assets\t$294,817\t$402,993
Stockholders' equity\t92,406\t188,930

(1) Derived from audited financial statements.
"""


def test_a_footnote_marker_beside_unaudited_in_the_header_is_no_row() -> None:
    facts, _ = statement_facts_of_text("theravance_2006q3.txt", THERAVANCE)
    assert {(f.concept, str(f.period.instant), f.value) for f in facts} == {
        ("Assets", "2006-09-30", Decimal(294817000)),
        ("Assets", "2005-12-31", Decimal(402993000)),
        ("StockholdersEquity", "2006-09-30", Decimal(92406000)),
        ("StockholdersEquity", "2005-12-31", Decimal(188930000)),
    }


# ---------------------------------------------------------------------------------------------
# D. OCR's small "l" for a capital "I"

INTERMUNE = """\
BRISBANE, Calif., Feb. 21, 2008 /PRNewswire-FirstCall/ -- InterMune, Inc.
(Nasdaq: ITMN) today reported financial results for the fourth quarter ended December 31, 2007.

                                INTERMUNE, INC.
                CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS
                 (In thousands, except per share amounts)

                                         Three Months Ended
                                            December 31,
                                          2007        2006
Total revenue                            18,228      24,572
Loss from operations                    (22,553)    (19,634)
Other income (expense):
  Interest income                         2,415       2,103
  lnterest expense                         (378)       (381)
  Other income (expense), net                21         (45)
Net loss                               $(20,495)   $(17,957)
"""


def test_a_small_l_opening_interest_is_read_as_a_capital_i() -> None:
    facts, _ = statement_facts_of_text("intermune_2007q4.txt", INTERMUNE)
    assert values_by_period(facts, "interest-expense") == {
        "2007-10-01--2007-12-31": Decimal(378000),
        "2006-10-01--2006-12-31": Decimal(381000),
    }
    assert {f.label for f in facts if f.concept == "interest-expense"} == {"Interest expense"}
    assert not any(name.startswith("lnterest") for name in _local(facts))


# ---------------------------------------------------------------------------------------------
# E. A title printed over two lines

INCYTE = """\
WILMINGTON, Del.--(BUSINESS WIRE)--July 30, 2009--Incyte Corporation (Nasdaq: INCY) today reported financial results for the second quarter ended June 30, 2009.

INCYTE CORPORATION
CONDENSED CONSOLIDATED STATEMENTS OF
OPERATIONS
(in thousands, except per share amounts)

                             Three Months Ended
                                  June 30,
                              2009        2008
Total revenues               2,340       1,514
Research and development    33,742      28,915
Net loss                   (43,858)    (38,046)

INCYTE CORPORATION
CONDENSED CONSOLIDATED BALANCE
SHEETS
(in thousands)

                           June 30,   December 31,
                             2009         2008
Total assets               110,000      150,000
"""


def test_statement_titles_printed_over_two_lines_name_their_statements() -> None:
    facts, _ = statement_facts_of_text("incyte_2009q2.txt", INCYTE)
    q2_09, q2_08 = "2009-04-01--2009-06-30", "2008-04-01--2008-06-30"
    assert values_by_period(facts, "Revenues") == {q2_09: Decimal(2340000), q2_08: Decimal(1514000)}
    assert values_by_period(facts, "ResearchAndDevelopmentExpense") == {
        q2_09: Decimal(33742000),
        q2_08: Decimal(28915000),
    }
    assert values_by_period(facts, "NetIncomeLoss") == {q2_09: Decimal(-43858000), q2_08: Decimal(-38046000)}
    assert values_by_period(facts, "Assets") == {
        "2009-06-30": Decimal(110000000),
        "2008-12-31": Decimal(150000000),
    }


def test_a_heading_line_ending_in_of_over_a_label_is_no_title() -> None:
    # "Statements of" over a line that makes no statement's name with it: no table, no figure.
    text = INCYTE.replace("CONDENSED CONSOLIDATED STATEMENTS OF\nOPERATIONS", "SUMMARY OF\nRESULTS")
    facts, _ = statement_facts_of_text("incyte_2009q2_no_title.txt", text)
    assert values_by_period(facts, "Revenues") == {}


# ---------------------------------------------------------------------------------------------
# F. A year ending a label

IMMUNOMEDICS = """\
MORRIS PLAINS, N.J., May 8, 2006 -- Immunomedics, Inc. (Nasdaq: IMMU) today reported results for
the third quarter of fiscal year 2006 ended March 31, 2006.

                     IMMUNOMEDICS, INC. AND SUBSIDIARIES
                CONDENSED CONSOLIDATED BALANCE SHEET DATA
                                 (Unaudited)

                                             March 31,         June 30,
                                               2006              2005
                                         --------------    --------------
Total assets                                33,590,000        52,940,000
Total current liabilities                    6,284,000         6,038,000
5% Senior Convertible Notes due 2008        37,500,000        37,500,000
Total stockholders' deficit                (12,708,000)       (2,112,000)
"""


def test_a_year_after_due_ends_the_label_and_is_no_cell() -> None:
    facts, notes = statement_facts_of_text("immunomedics_fy2006q3.txt", IMMUNOMEDICS)
    assert values_by_period(facts, "5-senior-convertible-notes-due-2008-instant") == {
        "2006-03-31": Decimal(37500000),
        "2005-06-30": Decimal(37500000),
    }
    assert {f.label for f in facts if f.concept.startswith("5-senior")} == {
        "5% Senior Convertible Notes due 2008"
    }
    assert not any("Senior Convertible" in n.reason for n in notes)
