"""Financials, review 21: three releases read whole, line by line against their text.

1. A bare "for the quarter" after a sentence comparing with an earlier quarter is not that earlier
   quarter: "R&D expenses were $7.1 million for the quarter, compared with $4.6 million for the
   third quarter of fiscal 2002. G&A expenses were $1.6 million for the quarter, compared with
   $1.3 million for the same quarter last year" placed no figure in fiscal 2002's or 2001's quarter
   when the release's own period was unknown; it is the release's quarter, or none.
2. "reported financial resu1ts for the three and nine months ended …" (OCR "1" for "l") names the
   periods the release reports, as "results" does.
3. A statement cell OCR printed with a letter for a digit ("l,412", "(O.15)") stays unread, its
   columns' other cells read; the prose gives its figure where it states one.
4. "Provision for (benefit from) income taxes" is the income tax line, two-sided: a provision printed
   positive, a benefit in brackets (negative), as "Provision (benefit) for income taxes" is.
5. "Development fees were $1.4 million in the third quarter" (no year) is of the quarter the release
   reports when that is its fiscal year's third; of no period in a release of another quarter, nor
   "in the third quarter last year".
6. A sentence naming its period against another ("In the same quarter last year, net income was
   $1.2 million", "… for the prior-year quarter …", "A year ago, …", "… in the comparable period …",
   "Over the last twelve months, …") or another quarter by its number ("Net income in the fourth
   quarter was …", "… in the second quarter in fiscal 2008 …" after fiscal 2009's) does not take
   the period the sentence before it named.
7. A footnote's marker printed in a header cell of its own beside a column's date or year
   ("December 31, 2011 | (1)", "2012 | 2011 | (1)") is no column and no figure: the header is read.
8. A row of a space-aligned statement leaving a column blank before a printed one ("Research and
   development  7,105   [blank]   19,822   13,460") is not filled from the left (19,822 was read as
   the prior year's quarter): each figure goes under the column it stands in, or the row is not read.
9. "for the nine months" with no date is the release's nine months, as "for the nine-month period" is.
10. "Cost of revenue was $5.2 million compared to $6.4 million": a cost, no figure of revenue.
11. An amount in brackets in prose ("a net loss of $(58.3) million", "Other income (expense), net was
    $(0.4) million") is negative: of a loss or of a two-sided concept's negative side, of no one-sided concept.

The releases are the reviewers' own: an ImmunoGen quarter of fiscal 2003 as OCR printed it, a
fiscal year ending March 31 with six-month columns, and an HTML exhibit whose tables print "$" and a
negative's closing bracket in cells of their own.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from conftest import reviewed_statement_facts, statement_facts_of_text, values_by_period
from conftest import skip_reasons as _reasons
from extractor_outputs import guidance_ranges as _guidance
from extractor_outputs import prose_figures as _prose

from kg.checks import check_filing_facts
from kg.corpus import document_from_bytes, read_document
from kg.extractors.financials import run
from kg.model import FinancialFact

REVIEWED = Path(__file__).parent / "reviewed_releases"
IMMUNOGEN = "r21a_immunogen_fy2003_q3_ocr.txt"
REPLIGEN = "r21a_repligen_fy2009q2.txt"
ONYX = "r21a_onyx_2012q3_ex991.htm"

Q3_03, Q3_02 = "2003-01-01--2003-03-31", "2002-01-01--2002-03-31"
M9_03, M9_02 = "2002-07-01--2003-03-31", "2001-07-01--2002-03-31"


def _everything(name: str, text: str | None = None) -> list[object]:
    """All the financials extractor states or notes of a reviewed release (or of ``text`` under its name)."""
    if text is None:
        return list(run(read_document(REVIEWED / name)))
    return list(run(document_from_bytes(name, text.encode("utf-8"))))


def _lines_of(out: list[object], concept: str, period: str) -> set[int]:
    """The lines of every evidence of the fact of ``concept`` and ``period``."""
    return {
        e.line
        for f in out
        if isinstance(f, FinancialFact) and f.concept == concept and f.period.key == period
        for e in f.evidence
    }


# ---------------------------------------------------------------------------------------------
# ImmunoGen, third quarter of fiscal 2003, as OCR printed it


def test_the_ocr_quarter_states_its_statement_of_operations() -> None:
    facts, _ = reviewed_statement_facts(IMMUNOGEN)
    assert values_by_period(facts, "Revenues") == {
        Q3_03: Decimal(2324000),
        Q3_02: Decimal(2666000),
        M9_03: Decimal(6945000),
        M9_02: Decimal(6177000),
    }
    # "((18,327)": a doubled bracket is one negative figure.
    assert values_by_period(facts, "OperatingIncomeLoss")[M9_03] == Decimal(-18327000)
    assert values_by_period(facts, "NetIncomeLoss") == {
        Q3_03: Decimal(-6259000),
        Q3_02: Decimal(-2532000),
        M9_03: Decimal(-16912000),
        M9_02: Decimal(-8606000),
    }
    assert values_by_period(facts, "CashCashEquivalentsAndMarketableSecurities") == {
        "2003-03-31": Decimal(84112000),
        "2002-06-30": Decimal(100846000),
    }
    fiscal = {(f.period.key, f.fiscal_year, f.fiscal_period) for f in facts if f.concept == "NetIncomeLoss"}
    assert fiscal == {(Q3_03, 2003, "Q3"), (Q3_02, 2002, "Q3"), (M9_03, 2003, "9M"), (M9_02, 2002, "9M")}
    assert not check_filing_facts(list(facts))


def test_a_damaged_cell_stays_unread_and_the_prose_gives_its_figure() -> None:
    facts, notes = reviewed_statement_facts(IMMUNOGEN)
    reasons = [n.reason for n in notes]
    # "Development fees  $ l,412" and "(O.15)" per share: no number, so no table figure; the other
    # columns of their rows are read.
    assert values_by_period(facts, "DevelopmentFees") == {
        Q3_02: Decimal(1874000),
        M9_03: Decimal(4380000),
        M9_02: Decimal(4105000),
    }
    assert "cell 'l,412' of 'Development fees' is no number; not read" in reasons
    assert Q3_03 not in values_by_period(facts, "EarningsPerShareBasicAndDiluted")
    assert "cell '(O.15)' of 'Basic and diluted net loss per common share' is no number; not read" in reasons
    out = _everything(IMMUNOGEN)
    assert _prose(out, "EarningsPerShareBasicAndDiluted") == {Q3_03: Decimal("-0.15")}
    # "Development fees were $1.4 million in the third quarter": the quarter reported.
    assert _prose(out, "DevelopmentFees") == {Q3_03: Decimal(1400000)}


def test_for_the_quarter_is_the_release_quarter_not_the_one_compared_with() -> None:
    out = _everything(IMMUNOGEN)
    # "General and administrative expenses were $1.6 million for the quarter, compared with $1.3
    # million for the same quarter last year": the table's figures of both quarters, the prose
    # their evidence; nothing placed in the third quarter of fiscal 2001.
    assert _lines_of(out, "GeneralAndAdministrativeExpense", Q3_03) == {133, 63}
    assert _lines_of(out, "GeneralAndAdministrativeExpense", Q3_02) == {133, 65}
    assert "2001-01-01--2001-03-31" not in _prose(out, "GeneralAndAdministrativeExpense")
    assert not [r for r in _reasons(out) if "disagrees with the table figure" in r]
    # "R&D expenses were $7.1 million for the quarter": the quarter "resu1ts for" names.
    assert _lines_of(out, "ResearchAndDevelopmentExpense", Q3_03) == {132, 60}
    assert _prose(out, "InterestIncome") == {Q3_03: Decimal(400000), Q3_02: Decimal(1000000)}


def test_without_the_release_period_for_the_quarter_names_none() -> None:
    text = (REVIEWED / IMMUNOGEN).read_text(encoding="utf-8")
    opening = (
        "reported financial resu1ts for the three and nine months ended March 31,\n"
        "2003, the third quarter of its 2003 fisca1 year."
    )
    assert opening in text
    out = _everything(
        "immunogen_fy2003_q3_no_period.txt",
        text.replace(opening, "reported its financial position at the end of its third fiscal quarter."),
    )
    # The only quarter the paragraph names is the one compared with: no period for the G&A figures.
    assert "no period certain for '$1.6 million'" in _reasons(out)
    assert "no period certain for '$1.3 million'" in _reasons(out)
    assert not _prose(out, "GeneralAndAdministrativeExpense")
    assert len(_lines_of(out, "GeneralAndAdministrativeExpense", Q3_02)) == 1


def test_the_third_quarter_without_a_year_is_the_reported_third_quarter() -> None:
    out = _everything(IMMUNOGEN)
    # "Development fees were $1.4 million in the third quarter, compared with $1.9 million in the
    # prior-year quarter": the prose figure of the quarter reported (its table cell is damaged), and
    # the evidence of the table's figure of the year before.
    assert _lines_of(out, "DevelopmentFees", Q3_03) == {55}
    assert _lines_of(out, "DevelopmentFees", Q3_02) == {120, 56}


ANNUAL_OPENING = (
    "ACME BIOLOGICS REPORTS FOURTH QUARTER AND FISCAL 2003 RESULTS\n\n"
    "BOSTON, MA, August 12, 2003 - Acme Biologics, Inc. (Nasdaq: ACMB) today reported\n"
    "financial results for the three months and fiscal year ended June 30, 2003.\n\n"
)


def test_the_third_quarter_without_a_year_in_another_quarter_release_has_no_period() -> None:
    out = _everything(
        "acme_fy2003_q4.txt",
        ANNUAL_OPENING + "Development fees were $1.4 million in the third quarter, compared with $1.9\n"
        "million in the prior-year quarter.\n",
    )
    assert not [f for f in out if isinstance(f, FinancialFact)]
    assert "no period certain for '$1.4 million'" in _reasons(out)


def test_the_third_quarter_last_year_is_not_the_reported_quarter() -> None:
    opening = ANNUAL_OPENING.replace("FOURTH", "THIRD").replace(
        "the three months and fiscal year ended June 30, 2003",
        "the three and nine months ended March 31, 2003, the third quarter of its\nfiscal year ending June 30, 2003",
    )
    this_year = _everything(
        "acme_fy2003_q3.txt", opening + "Development fees were $1.4 million in the third quarter.\n"
    )
    assert _prose(this_year, "DevelopmentFees") == {Q3_03: Decimal(1400000)}
    last_year = _everything(
        "acme_fy2003_q3_last_year.txt",
        opening + "Development fees were $1.9 million in the third quarter last year.\n",
    )
    assert not [f for f in last_year if isinstance(f, FinancialFact)]


def test_the_ocr_quarter_guidance_is_the_current_word_only() -> None:
    assert _guidance(_everything(IMMUNOGEN)) == {
        ("NetIncomeLoss", "2002-07-01--2003-06-30"): (Decimal(-25000000), Decimal(-23000000)),
        ("CashCashEquivalentsAndMarketableSecurities", "2003-06-30"): (Decimal(77000000), Decimal(80000000)),
    }


# ---------------------------------------------------------------------------------------------
# A fiscal year ending March 31, with six-month columns


def test_six_month_columns_of_a_march_year() -> None:
    facts, _ = reviewed_statement_facts(REPLIGEN)
    q2_09, q2_08 = "2008-07-01--2008-09-30", "2007-07-01--2007-09-30"
    h1_09, h1_08 = "2008-04-01--2008-09-30", "2007-04-01--2007-09-30"
    assert values_by_period(facts, "Revenues") == {
        q2_09: Decimal(8286000),
        q2_08: Decimal(6023000),
        h1_09: Decimal(16625000),
        h1_08: Decimal(11744000),
    }
    assert values_by_period(facts, "EarningsPerShareDiluted") == {
        q2_09: Decimal("0.06"),
        q2_08: Decimal("0.04"),
        h1_09: Decimal("0.11"),
        h1_08: Decimal("0.08"),
    }
    fiscal = {(f.period.key, f.fiscal_year, f.fiscal_period) for f in facts if f.concept == "NetIncomeLoss"}
    assert fiscal == {(q2_09, 2009, "Q2"), (q2_08, 2008, "Q2"), (h1_09, 2009, "H1"), (h1_08, 2008, "H1")}
    assert values_by_period(facts, "CashCashEquivalentsAndMarketableSecurities") == {
        "2008-09-30": Decimal(58214000),
        "2008-03-31": Decimal(55103000),
    }
    assert not check_filing_facts(list(facts))


def test_a_march_year_guidance_and_prose() -> None:
    out = _everything(REPLIGEN)
    year = "2008-04-01--2009-03-31"
    assert _guidance(out) == {
        ("Revenues", year): (Decimal(30000000), Decimal(32000000)),
        ("ResearchAndDevelopmentExpense", year): (Decimal(10000000), Decimal(10000000)),
    }
    # "Product revenue grew 12% to $4.4 million": a part of revenue, no Revenues fact.
    assert not [f for f in out if isinstance(f, FinancialFact) and f.value == Decimal(4400000)]
    assert _lines_of(out, "NetIncomeLoss", "2008-04-01--2008-09-30") == {130, 27}


# ---------------------------------------------------------------------------------------------
# HTML exhibit: "$" and ")" in cells of their own, a two-sided tax line


def test_the_tax_line_linked_to_its_other_side_is_read_two_sided() -> None:
    facts, notes = reviewed_statement_facts(ONYX)
    assert values_by_period(facts, "IncomeTaxExpenseBenefit") == {
        "2012-07-01--2012-09-30": Decimal(412000),
        "2011-07-01--2011-09-30": Decimal(-1130000),
        "2012-01-01--2012-09-30": Decimal(1190000),
        "2011-01-01--2011-09-30": Decimal(-3350000),
    }
    assert not [n for n in notes if "income taxes" in n.reason]
    assert values_by_period(facts, "NetIncomeLoss")["2011-07-01--2011-09-30"] == Decimal(-21733000)
    assert values_by_period(facts, "EarningsPerShareBasicAndDiluted")["2012-01-01--2012-09-30"] == Decimal(
        "-2.80"
    )
    assert values_by_period(facts, "CashCashEquivalentsAndMarketableSecurities") == {
        "2012-09-30": Decimal(528940000),
        "2011-12-31": Decimal(577411000),
    }
    assert not check_filing_facts(list(facts))


def test_the_benefit_first_tax_line_reads_its_benefit_negative() -> None:
    text = (REVIEWED / ONYX).read_text(encoding="utf-8")
    label = "Provision for (benefit from) income taxes"
    assert label in text
    # The same line printed the other way round: a benefit positive, a provision in brackets (the
    # closing bracket in the cell after the figure's).
    gap = '</font></td><td valign="bottom" style="padding:0in 0in 0in 0in"><font style="font-family:Times New Roman" size="1">'
    flipped = text.replace(label, "Benefit from (provision for) income taxes")
    for provision in ("412", "1,190"):
        flipped = flipped.replace(f">{provision}{gap}&nbsp;<", f">({provision}{gap})<", 1)
    for benefit in ("1,130", "3,350"):
        flipped = flipped.replace(f">({benefit}{gap})<", f">{benefit}{gap}&nbsp;<", 1)
    assert flipped.count(f"{gap})<") == text.count(f"{gap})<")
    facts, _ = statement_facts_of_text("onyx_2012q3_benefit_first.htm", flipped)
    assert values_by_period(facts, "IncomeTaxExpenseBenefit") == {
        "2012-07-01--2012-09-30": Decimal(412000),
        "2011-07-01--2011-09-30": Decimal(-1130000),
        "2012-01-01--2012-09-30": Decimal(1190000),
        "2011-01-01--2011-09-30": Decimal(-3350000),
    }


def test_the_html_release_guidance_reads_only_two_sided_ranges() -> None:
    # "at least $450 million in cash": one-sided, not read.
    assert _guidance(_everything(ONYX)) == {
        ("ResearchAndDevelopmentExpense", "2012-01-01--2012-12-31"): (Decimal(345000000), Decimal(365000000)),
    }


# ---------------------------------------------------------------------------------------------
# Periods named against another are not the period the sentence before named

REPLIGEN_OPENING = (
    "Repligen Reports Second Quarter Fiscal 2009 Financial Results\n\n"
    "WALTHAM, MA - October 29, 2008 - Repligen Corporation (NASDAQ: RGEN) today\n"
    "reported financial results for the second quarter of fiscal year 2009, the\n"
    "three-month period ended September 30, 2008.\n\n"
)
DATED = "Revenues for the three months ended September 30, 2008 were $8.3 million. "


def test_a_period_named_against_another_is_not_the_one_read_before() -> None:
    for sentence, amount in [
        ("In the same quarter last year, net income was $1.2 million.", "$1.2 million"),
        ("Net income for the prior-year quarter was $1.2 million.", "$1.2 million"),
        ("A year ago, research and development expenses were $1.9 million.", "$1.9 million"),
        ("Net income in the comparable period was $1.2 million.", "$1.2 million"),
        ("Net income in the fourth quarter was $2.0 million.", "$2.0 million"),
        (
            "In the second quarter last year, research and development expenses were $1.9 million.",
            "$1.9 million",
        ),
    ]:
        out = _everything("repligen_fy2009q2_relative.txt", REPLIGEN_OPENING + DATED + sentence + "\n")
        placed = [f for f in out if isinstance(f, FinancialFact) and f.concept != "Revenues"]
        assert not placed, sentence
        assert f"no period certain for {amount!r}" in _reasons(out), sentence


def test_a_numbered_quarter_takes_the_period_read_before_only_when_it_is_that_quarter() -> None:
    this_year = _everything(
        "repligen_fy2009q2_numbered.txt",
        REPLIGEN_OPENING + DATED + "Net income in the second quarter in fiscal 2009 was $1.8 million.\n",
    )
    assert _prose(this_year, "NetIncomeLoss") == {"2008-07-01--2008-09-30": Decimal(1800000)}
    other_year = _everything(
        "repligen_fy2009q2_other_year.txt",
        REPLIGEN_OPENING + DATED + "Net income in the second quarter in fiscal 2008 was $1.2 million.\n",
    )
    assert not _prose(other_year, "NetIncomeLoss")


def test_the_last_twelve_months_are_not_the_fiscal_year_read_before() -> None:
    text = (
        REPLIGEN_OPENING + "In fiscal 2008, net income was $6.1 million. Over the last twelve months, total "
        "revenue was $31.0 million.\n"
    )
    out = _everything("repligen_fy2009q2_ltm.txt", text)
    assert _prose(out, "NetIncomeLoss") == {"2007-04-01--2008-03-31": Decimal(6100000)}
    assert not _prose(out, "Revenues")


# ---------------------------------------------------------------------------------------------
# A footnote's marker in a header cell of its own

MARKER = '<td valign="bottom"><font size="1"><sup>(1)</sup></font></td>'


def test_a_marker_cell_beside_a_balance_sheet_date_is_no_column() -> None:
    text = (REVIEWED / ONYX).read_text(encoding="utf-8")
    dated = "<b>December&nbsp;31,<br>2011(1)</b></font></td></tr>"
    assert dated in text
    facts, notes = statement_facts_of_text(
        "onyx_2012q3_marker_cell.htm",
        text.replace(dated, "<b>December&nbsp;31,<br>2011</b></font></td>" + MARKER + "</tr>"),
    )
    assert values_by_period(facts, "CashCashEquivalentsAndMarketableSecurities") == {
        "2012-09-30": Decimal(528940000),
        "2011-12-31": Decimal(577411000),
    }
    assert not [n for n in notes if "column headers" in n.reason]
    assert not [f for f in facts if f.value == Decimal(-1) or f.value == Decimal(-1000)]


def test_a_marker_cell_beside_the_years_is_no_column() -> None:
    text = (REVIEWED / ONYX).read_text(encoding="utf-8")
    years_end = '<font size="1"><b>2011</b></font></td></tr>'
    assert text.count(years_end) == 1
    facts, notes = statement_facts_of_text(
        "onyx_2012q3_marker_years.htm", text.replace(years_end, years_end[: -len("</tr>")] + MARKER + "</tr>")
    )
    assert values_by_period(facts, "NetIncomeLoss") == {
        "2012-07-01--2012-09-30": Decimal(-58271000),
        "2011-07-01--2011-09-30": Decimal(-21733000),
        "2012-01-01--2012-09-30": Decimal(-183271000),
        "2011-01-01--2011-09-30": Decimal(-54795000),
    }
    assert not [n for n in notes if "column headers" in n.reason]


# ---------------------------------------------------------------------------------------------
# A blank cell before a printed one


def test_a_blank_column_before_a_printed_one_keeps_the_figures_in_their_columns() -> None:
    text = (REVIEWED / IMMUNOGEN).read_text(encoding="utf-8")
    row = "  Research and development       7,105      4,580       19,822      13,460"
    assert row in text
    facts, _ = statement_facts_of_text(
        "immunogen_fy2003_q3_blank.txt",
        text.replace(row, "  Research and development       7,105                  19,822      13,460"),
    )
    assert values_by_period(facts, "ResearchAndDevelopmentExpense") == {
        Q3_03: Decimal(7105000),
        M9_03: Decimal(19822000),
        M9_02: Decimal(13460000),
    }


def test_a_blank_column_under_a_broken_label_keeps_the_figures_in_their_columns() -> None:
    text = (REVIEWED / IMMUNOGEN).read_text(encoding="utf-8")
    row = "  reimbursement                    287        259          815         612"
    assert row in text
    facts, _ = statement_facts_of_text(
        "immunogen_fy2003_q3_blank_broken.txt",
        text.replace(row, "  reimbursement                    287                     815         612"),
    )
    assert values_by_period(facts, "ClinicalMaterialsReimbursement") == {
        Q3_03: Decimal(287000),
        M9_03: Decimal(815000),
        M9_02: Decimal(612000),
    }


ONYX_OPENING = (
    "Onyx Pharmaceuticals Reports Third Quarter 2012 Financial Results\n\n"
    "SOUTH SAN FRANCISCO, Calif., October 31, 2012 - Onyx Pharmaceuticals, Inc. (Nasdaq: ONXX) today\n"
    "reported financial results for the third quarter and nine months ended September 30, 2012.\n\n"
)


def test_for_the_nine_months_is_the_release_nine_months() -> None:
    out = _everything(
        "onyx_2012q3_nine_months.txt", ONYX_OPENING + "Net loss for the nine months was $183.3 million.\n"
    )
    assert _prose(out, "NetIncomeLoss") == {"2012-01-01--2012-09-30": Decimal(-183300000)}
    dated = _everything(
        "onyx_2012q3_nine_months_dated.txt",
        ONYX_OPENING + "Net loss for the nine months ended September 30, 2011 was $54.8 million.\n",
    )
    assert _prose(dated, "NetIncomeLoss") == {"2011-01-01--2011-09-30": Decimal(-54800000)}


# ---------------------------------------------------------------------------------------------
# 10. "Cost of revenue was $5.2 million compared to $6.4 million" is a cost, no figure of revenue.


def test_the_cost_of_revenue_is_no_revenue_figure() -> None:
    out = _everything(
        "onyx_2012q3_cost_of_revenue.txt",
        ONYX_OPENING + "Revenue for the quarter was $96.5 million. Cost of revenue was $5.2 million\n"
        "compared to $6.4 million for the same period in the prior year. Costs of sales were $3.1 million.\n",
    )
    assert _prose(out, "Revenues") == {"2012-07-01--2012-09-30": Decimal(96500000)}
    assert "another measure than Revenues (Cost of): '$6.4 million'" in _reasons(out)


# ---------------------------------------------------------------------------------------------
# 11. An amount printed in brackets in prose is a negative one: of a loss, or of the negative side
#     of a two-sided concept; of no concept of one side.


def test_amounts_in_brackets_in_prose() -> None:
    out = _everything(
        "onyx_2012q3_brackets.txt",
        ONYX_OPENING
        + "Onyx reported a net loss of $(58.3) million, or $(0.87) per share, for the third quarter of 2012,\n"
        "compared to a net loss of ($20.1) million, or ($0.31) per share, for the third quarter of 2011.\n"
        "Net income (loss) for the nine months ended September 30, 2012 was $(120.5) million.\n"
        "Other income (expense), net was $(0.4) million for the third quarter of 2012.\n"
        "Interest income was $(0.2) million for the third quarter of 2012.\n",
    )
    q3_12, q3_11 = "2012-07-01--2012-09-30", "2011-07-01--2011-09-30"
    assert _prose(out, "NetIncomeLoss") == {
        q3_12: Decimal(-58300000),
        q3_11: Decimal(-20100000),
        "2012-01-01--2012-09-30": Decimal(-120500000),
    }
    assert _prose(out, "EarningsPerShareBasicAndDiluted") == {
        q3_12: Decimal("-0.87"),
        q3_11: Decimal("-0.31"),
    }
    assert _prose(out, "NonoperatingIncomeExpense") == {q3_12: Decimal(-400000)}
    assert not _prose(out, "InterestIncome")
    assert "an amount in brackets of a one-sided InterestIncome: sign unsure: '$(0.2) million'" in _reasons(
        out
    )
