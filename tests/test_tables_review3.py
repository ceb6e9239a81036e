"""Signs and labels of statement lines in releases unlike the seeds: conventions a heading or a
label states ("Other expense (income):", "Income tax benefit (expense)"), losses printed without
parentheses, a component of other income beside its total, a dash ending a label, and tables of
non-GAAP measures. Fixtures in tests/reviewed_releases/; expected values worked out by hand from them.
"""

from __future__ import annotations

import functools
from pathlib import Path

from kg.checks import check_filing_facts
from kg.corpus import document_from_bytes, read_document
from kg.extractors.financials import run
from kg.model import FinancialFact, Skipped

FOLDER = Path(__file__).parent / "reviewed_releases"
Q1_10, Q1_09 = "2010-01-01--2010-03-31", "2009-01-01--2009-03-31"
H1_10, H1_09 = "2009-10-01--2010-03-31", "2008-10-01--2009-03-31"


@functools.cache
def _read(name: str, text: str | None = None) -> tuple[tuple[FinancialFact, ...], tuple[Skipped, ...]]:
    """Table facts and notes of a fixture, or of ``text`` read as that fixture."""
    if text is None:
        doc = read_document(FOLDER / name)
    else:
        doc = document_from_bytes(name, text.encode("utf-8"), is_html=name.endswith(".htm"))
    out = list(run(doc))
    facts = tuple(f for f in out if isinstance(f, FinancialFact) and f.statement != "Narrative")
    for evidence in (e for fact in facts for e in fact.evidence):
        assert doc.text[evidence.char_start : evidence.char_end] == evidence.quote
    return facts, tuple(f for f in out if isinstance(f, Skipped))


def _values(name: str, concept: str, text: str | None = None) -> dict[str, int | str]:
    """Period key → value of one concept's table facts (whole numbers as int, per-share as str)."""
    facts, _ = _read(name, text)
    return {
        f.period.key: int(f.value) if f.unit != "USDPerShare" else str(f.value)
        for f in facts
        if f.concept == concept
    }


def _variant(name: str, old: str, new: str) -> str:
    text = (FOLDER / name).read_text(encoding="utf-8")
    assert old in text
    return text.replace(old, new)


# ---------------------------------------------------------------------------------------------
# 1. A heading stating its sign convention signs the lines under it


def test_interest_income_in_parentheses_under_other_expense_income_is_income() -> None:
    # "Other expense (income):" prints expense positive and income in parentheses: "(54)" is +54,000.
    name = "other_expense_income_heading.txt"
    assert _values(name, "InterestIncome") == {Q1_10: 54000, Q1_09: 310000}
    assert _values(name, "interest-expense") == {Q1_10: 640000, Q1_09: 655000}
    # "Total other expense, net" is other income (expense), net printed as an expense: negative.
    assert _values(name, "NonoperatingIncomeExpense") == {Q1_10: -586000, Q1_09: -345000}
    facts, _ = _read(name)
    assert not check_filing_facts(list(facts))


def test_the_same_block_in_an_html_release() -> None:
    name = "garnet_fy2010q2.htm"
    assert _values(name, "InterestIncome") == {Q1_10: 54000, Q1_09: 310000, H1_10: 121000, H1_09: 795000}
    assert _values(name, "NonoperatingIncomeExpense") == {
        Q1_10: -586000,
        Q1_09: -345000,
        H1_10: -1169000,
        H1_09: -520000,
    }
    facts, _ = _read(name)
    assert not check_filing_facts(list(facts))


def test_figures_printed_against_the_heading_are_not_read() -> None:
    # Income printed positive under a heading printing it in parentheses: which is it? Neither is read.
    name = "other_expense_income_heading.txt"
    text = _variant(name, "(54)         (310)", " 54           310 ")
    assert _values(name, "InterestIncome", text) == {}
    _, skipped = _read(name, text)
    assert any("against the convention of the heading" in s.reason for s in skipped)


# ---------------------------------------------------------------------------------------------
# 2. A "Total …" line is the concept; a line of the same name above it is one of its parts


def test_the_total_line_is_other_income_and_the_component_is_not() -> None:
    name = "other_income_component_and_total.txt"
    assert _values(name, "NonoperatingIncomeExpense") == {Q1_10: 53000, Q1_09: 417000}
    assert _values(name, "other-income-expense-net") == {Q1_10: -21000, Q1_09: 64000}
    facts, _ = _read(name)
    assert not check_filing_facts(list(facts))


def test_whole_releases_with_a_component_of_other_income() -> None:
    fy10, fy09 = "2009-04-01--2010-03-31", "2008-04-01--2009-03-31"
    veridian = "veridian_fy2010q4.txt"
    assert _values(veridian, "NonoperatingIncomeExpense") == {
        Q1_10: 53000,
        Q1_09: 417000,
        fy10: 667000,
        fy09: 1781000,
    }
    facts, _ = _read(veridian)
    assert not check_filing_facts(list(facts))
    # "Total cash, cash equivalents and" / "marketable securities": the total of the lines above it.
    assert _values(veridian, "CashCashEquivalentsAndMarketableSecurities") == {
        "2010-03-31": 99716000,
        "2009-03-31": 103985000,
    }
    merrow = _values("merrow_2015q3.htm", "NonoperatingIncomeExpense")
    assert merrow == {
        "2015-07-01--2015-09-30": 336000,
        "2014-07-01--2014-09-30": 140000,
        "2015-01-01--2015-09-30": 882000,
        "2014-01-01--2014-09-30": 395000,
    }


# ---------------------------------------------------------------------------------------------
# 3. A dash ending a label is no zero


def test_a_dash_ending_a_label_joins_it_to_the_figures_below() -> None:
    name = "dash_ending_a_label.txt"
    q1_11, q1_10 = "2010-04-01--2010-06-30", "2009-04-01--2009-06-30"
    assert _values(name, "WeightedAverageSharesBasicAndDiluted") == {q1_11: 28130000, q1_10: 24420000}
    facts, _ = _read(name)
    assert not [f for f in facts if f.unit == "Shares" and f.value == 0]
    assert _values("quintara_fy2011q1.txt", "WeightedAverageSharesBasicAndDiluted") == {
        q1_11: 28130000,
        q1_10: 24420000,
    }


# ---------------------------------------------------------------------------------------------
# 4. Income tax and interest expense: one convention however printed


def test_a_tax_benefit_printed_positive_is_a_negative_tax_expense() -> None:
    # "Income tax benefit (expense)   210   (85)": a benefit of 210, an expense of 85.
    assert _values("tax_benefit_expense.txt", "IncomeTaxExpenseBenefit") == {Q1_10: -210000, Q1_09: 85000}
    # "Income tax (benefit) expense   (620)   85": the same convention, printed the other way round.
    assert _values("tax_paren_benefit_expense.txt", "IncomeTaxExpenseBenefit") == {
        Q1_10: -620000,
        Q1_09: 85000,
    }
    for name in ("tax_benefit_expense.txt", "tax_paren_benefit_expense.txt"):
        facts, _ = _read(name)
        assert not [f for f in facts if f.concept.startswith("income-tax")]
        assert not check_filing_facts(list(facts))


def test_tax_lines_of_whole_releases() -> None:
    fy10 = "2009-04-01--2010-03-31"
    # "Income tax (provision) benefit   (85)   --   320   --".
    veridian = _values("veridian_fy2010q4.txt", "IncomeTaxExpenseBenefit")
    assert veridian[Q1_10] == 85000 and veridian[fy10] == -320000
    # "Income tax benefit (provision)   (45)   310   180   540".
    cobalt = _values("cobaltridge_2009q2.txt", "IncomeTaxExpenseBenefit")
    assert cobalt == {
        "2009-04-01--2009-06-30": 45000,
        "2008-04-01--2008-06-30": -310000,
        "2009-01-01--2009-06-30": -180000,
        "2008-01-01--2008-06-30": -540000,
    }


def test_interest_expense_is_positive_however_printed() -> None:
    q2_09, q2_08 = "2009-04-01--2009-06-30", "2008-04-01--2008-06-30"
    # Printed positive among "Costs and expenses:".
    assert _values("interest_expense_under_costs.txt", "interest-expense") == {q2_09: 1215000, q2_08: 1230000}
    # Printed "(38)" as a deduction under "Other income (expense), net:".
    assert _values("other_income_component_and_total.txt", "interest-expense") == {Q1_10: 38000, Q1_09: 52000}


# ---------------------------------------------------------------------------------------------
# 5. Losses printed without parentheses under labels naming only a loss


def test_losses_printed_without_parentheses_are_negative() -> None:
    name = "losses_printed_positive.txt"
    q2_09, q2_08 = "2009-04-01--2009-06-30", "2008-04-01--2008-06-30"
    assert _values(name, "NetIncomeLoss") == {q2_09: -8615000, q2_08: -7940000}
    assert _values(name, "OperatingIncomeLoss") == {q2_09: -8735000, q2_08: -7985000}
    assert _values(name, "EarningsPerShareBasicAndDiluted") == {q2_09: "-0.34", q2_08: "-0.33"}
    assert _values(name, "ResearchAndDevelopmentExpense") == {q2_09: 6830000, q2_08: 6115000}


def test_a_loss_line_printed_both_ways_is_not_read() -> None:
    name = "losses_printed_positive.txt"
    text = _variant(name, "$    8,615      $    7,940", "$    8,615      $   (7,940)")
    assert _values(name, "NetIncomeLoss", text) == {}
    _, skipped = _read(name, text)
    assert any(s.reason.startswith("'Net loss' names one side") for s in skipped)
    # The loss in parentheses, as most statements print it, reads the same.
    text = _variant(name, "$    8,615      $    7,940", "$   (8,615)     $   (7,940)")
    assert _values(name, "NetIncomeLoss", text) == {
        "2009-04-01--2009-06-30": -8615000,
        "2008-04-01--2008-06-30": -7940000,
    }


# ---------------------------------------------------------------------------------------------
# 6. Headings are no part of a label; non-GAAP measures are no statement lines


def test_a_heading_is_not_glued_to_the_label_under_it() -> None:
    for name in ("other_expense_income_heading.txt", "garnet_fy2010q2.htm"):
        facts, _ = _read(name)
        assert "Interest expense" in {f.label for f in facts}
        assert not [f for f in facts if f.label.startswith("Other expense (income)")]


def test_non_gaap_reconciliations_give_no_statement_facts() -> None:
    for name in ("merrow_2015q3.htm", "garnet_fy2010q2.htm", "cobaltridge_2009q2.txt"):
        facts, skipped = _read(name)
        labels = {f.label.lower() for f in facts}
        assert not [
            label for label in labels if "gaap" in label or "ebitda" in label or "reconciliation" in label
        ]
        assert any("reconciles non-GAAP measures" in s.reason for s in skipped)
    # The statement's own lines are still read.
    assert _values("merrow_2015q3.htm", "NetIncomeLoss")["2015-07-01--2015-09-30"] == -34614000
    assert _values("merrow_2015q3.htm", "StockCompensationExpense") == {}


def test_a_non_gaap_line_inside_a_statement_is_not_read() -> None:
    name = "losses_printed_positive.txt"
    text = _variant(
        name,
        "Net loss per share",
        "Adjusted net loss                              7,400           7,000\nNet loss per share",
    )
    facts, skipped = _read(name, text)
    assert not [f for f in facts if "adjusted" in f.label.lower()]
    assert any("non-GAAP measure" in s.reason for s in skipped)


# ---------------------------------------------------------------------------------------------
# 7. Change columns between the period columns, a damaged header word, "(loss) income" labels


def test_percent_change_columns_between_the_periods_are_left_out() -> None:
    # "2009 | 2008 | % Change | 2009 | 2008 | % Change", the percentages in cells of their own ("15 | %").
    name = "norwood_fy2009q4.htm"
    q4_09, q4_08 = "2009-07-01--2009-09-30", "2008-07-01--2008-09-30"
    fy09, fy08 = "2008-10-01--2009-09-30", "2007-10-01--2008-09-30"
    assert _values(name, "Revenues") == {q4_09: 47800000, q4_08: 46000000, fy09: 185000000, fy08: 170300000}
    assert _values(name, "OperatingIncomeLoss") == {
        q4_09: -1500000,
        q4_08: 600000,
        fy09: -6600000,
        fy08: -4800000,
    }
    # "(0.9) (0.9) — (3.6) (3.7) (3)%": the dash stands in the change column, no period's figure.
    assert _values(name, "interest-expense") == {q4_09: 900000, q4_08: 900000, fy09: 3600000, fy08: 3700000}
    facts, _ = _read(name)
    assert not [f for f in facts if f.value in (15, 42, 38, 75, -42, -19)]


def test_increase_decrease_columns_are_left_out() -> None:
    q4_09, q4_08 = "2009-10-01--2009-12-31", "2008-10-01--2008-12-31"
    fy09, fy08 = "2009-01-01--2009-12-31", "2008-01-01--2008-12-31"
    # HTML, the header above a "Statement of Operations Data:" title.
    name = "aldera_2009q4.htm"
    assert _values(name, "ResearchAndDevelopmentExpense") == {
        q4_09: 18905000,
        q4_08: 21460000,
        fy09: 76310000,
        fy08: 82945000,
    }
    assert _values(name, "NetIncomeLoss") == {
        q4_09: -11730000,
        q4_08: -19360000,
        fy09: -56100000,
        fy08: -65775000,
    }
    # "—  2,310  (2,310)": the change is no figure of the restructuring charges.
    assert _values(name, "restructuring-charges") == {q4_09: 0, q4_08: 2310000, fy09: 1140000, fy08: 2310000}
    # Space-aligned text, "Increase" over "(Decrease)".
    name = "increase_decrease_column.txt"
    assert _values(name, "Revenues") == {q4_09: 12480000, q4_08: 9315000}
    assert _values(name, "NetIncomeLoss") == {q4_09: -11730000, q4_08: -17050000}
    facts, _ = _read(name)
    assert not [f for f in facts if abs(f.value) in (3165000, 2555000, 5320000)]


def test_a_header_word_with_a_digit_for_a_letter() -> None:
    # "Twe1ve Months Ended" is "Twelve Months Ended": the table is read, its damaged cells are not.
    name = "sorrel_fy2009q4.txt"
    fy09, fy08 = "2008-07-01--2009-06-30", "2007-07-01--2008-06-30"
    q4_09, q4_08 = "2009-04-01--2009-06-30", "2008-04-01--2008-06-30"
    assert _values(name, "Revenues") == {q4_09: 10060000, q4_08: 2500000, fy09: 18480000, fy08: 10905000}
    assert q4_08 not in _values(name, "GeneralAndAdministrativeExpense")  # "2,0l0"
    assert _values(name, "IncomeTaxExpenseBenefit") == {q4_09: 0, q4_08: 0, fy09: -512000, fy08: -230000}
    assert _values(name, "IncomeLossBeforeIncomeTaxes")[fy09] == -13278000
    facts, _ = _read(name)
    assert not check_filing_facts(list(facts))


def test_loss_first_labels_are_mapped_like_income_first_ones() -> None:
    name = "garnet_fy2010q2.htm"
    assert _values(name, "OperatingIncomeLoss") == {
        Q1_10: -1155000,
        Q1_09: 2605000,
        H1_10: -2595000,
        H1_09: -595000,
    }
    assert _values(name, "EarningsPerShareBasic") == {
        Q1_10: "-0.04",
        Q1_09: "0.08",
        H1_10: "-0.09",
        H1_09: "-0.04",
    }
    assert _values(name, "EarningsPerShareDiluted") == {
        Q1_10: "-0.04",
        Q1_09: "0.07",
        H1_10: "-0.09",
        H1_09: "-0.04",
    }
