"""Statement tables of releases unlike the seeds: per-share lines never scaled, labels wrapped over
three lines, 52–53-week periods placed exactly or not at all, totals printed apart from their
figures, headers OCR split at a tab or printed without "Ended", lines whose concept their place in
the statement decides (the whole non-operating line, a lone revenue line, costs and expenses), fiscal
column names of filers numbering a year by its start, and checks that assume no line a statement need
not print. Fixtures in tests/reviewed_releases/ (and the 52–53-week releases of tests/unseen_releases/); expected values worked out by hand from them.
"""

from __future__ import annotations

import datetime as dt
import functools
from decimal import Decimal
from pathlib import Path

from kg.checks import check_filing_facts
from kg.corpus import document_from_bytes, read_document
from kg.extractors.financials import run
from kg.model import FinancialFact, Period, Skipped
from kg.periods import WeekCalendar, duration_ending, prose_periods, repair_header, unplaced_week_phrases

TESTS = Path(__file__).parent
FOLDER = TESTS / "reviewed_releases"


@functools.cache
def _read(path: Path, text: str | None = None) -> tuple[tuple[FinancialFact, ...], tuple[Skipped, ...]]:
    """Facts (table and prose) and notes of a release, or of ``text`` read as that release."""
    if text is None:
        doc = read_document(path)
    else:
        doc = document_from_bytes(path.name, text.encode("utf-8"), is_html=path.name.endswith(".htm"))
    out = list(run(doc))
    facts = tuple(f for f in out if isinstance(f, FinancialFact))
    for evidence in (e for fact in facts for e in fact.evidence):
        assert doc.text[evidence.char_start : evidence.char_end] == evidence.quote
    return facts, tuple(f for f in out if isinstance(f, Skipped))


def _facts(name: str, text: str | None = None) -> tuple[FinancialFact, ...]:
    path = FOLDER / name if "/" not in name else TESTS / name
    return _read(path, text)[0]


def _notes(name: str) -> list[str]:
    path = FOLDER / name if "/" not in name else TESTS / name
    return [note.reason for note in _read(path)[1]]


def _table(name: str, concept: str, text: str | None = None) -> dict[str, str]:
    """Period key → value (as printed by ``str``) of one concept's statement facts."""
    return {
        f.period.key: str(f.value)
        for f in _facts(name, text)
        if f.concept == concept and f.statement != "Narrative"
    }


def _variant(name: str, old: str, new: str) -> str:
    text = (FOLDER / name).read_text(encoding="utf-8")
    assert old in text
    return text.replace(old, new)


Q2_09, Q2_08 = "2009-04-01--2009-06-30", "2008-04-01--2008-06-30"
H1_09, H1_08 = "2009-01-01--2009-06-30", "2008-01-01--2008-06-30"
Q2_10, H1_10 = "2010-04-01--2010-06-30", "2010-01-01--2010-06-30"


# ---------------------------------------------------------------------------------------------
# 1. A label naming an amount per share is a per-share figure, never scaled


def test_net_loss_per_basic_and_diluted_share_is_eps_not_thousands_of_dollars() -> None:
    # "(In thousands, except per share data)" over "Net loss per basic and diluted share $ (1.83) …":
    # read before as -1,830 dollars.
    eps = _table("facet_2009q2.htm", "EarningsPerShareBasicAndDiluted")
    assert eps == {Q2_09: "-1.83", Q2_08: "-2.29", H1_09: "-4.62", H1_08: "-4.79"}
    per_share = [f for f in _facts("facet_2009q2.htm") if f.label == "Net loss per basic and diluted share"]
    assert {(f.unit, f.decimals) for f in per_share} == {("USDPerShare", 2)}


def test_a_per_share_label_no_concept_names_is_still_never_scaled() -> None:
    text = _variant(
        "facet_2009q2.htm",
        "Net loss per basic and diluted share",
        "Net loss attributable to Facet per basic and diluted share",
    )
    facts = [
        f for f in _facts("facet_2009q2.htm", text) if f.label.startswith("Net loss attributable to Facet")
    ]
    assert {f.period.key: (str(f.value), f.unit, f.mapped) for f in facts} == {
        Q2_09: ("-1.83", "USDPerShare", False),
        Q2_08: ("-2.29", "USDPerShare", False),
        H1_09: ("-4.62", "USDPerShare", False),
        H1_08: ("-4.79", "USDPerShare", False),
    }


def test_share_counts_worded_otherwise_are_the_weighted_average_shares() -> None:
    # "Shares used to compute net loss per basic and diluted share(2)", in thousands.
    assert _table("facet_2009q2.htm", "WeightedAverageSharesBasicAndDiluted") == {
        Q2_09: "23560000",
        Q2_08: "23697000",
        H1_09: "23531000",
        H1_08: "23697000",
    }
    # "Weighted average common shares (basic and diluted)" counted one by one.
    assert (
        _table("micromet_2010q3.txt", "WeightedAverageSharesBasicAndDiluted")["2010-07-01--2010-09-30"]
        == "80214000"
    )


# ---------------------------------------------------------------------------------------------
# 2. A label wrapped over three lines, a dash ending its middle line


def test_a_share_count_label_over_three_lines_is_one_line_with_no_zero() -> None:
    # "Shares used in computation" / "of per share amounts -" / "basic and diluted   100,126 …"
    assert _table("sgen_2010q2.txt", "WeightedAverageSharesBasicAndDiluted") == {
        Q2_10: "100126000",
        "2009-04-01--2009-06-30": "82713000",
        H1_10: "99608000",
        "2009-01-01--2009-06-30": "81904000",
    }
    assert not [f for f in _facts("sgen_2010q2.txt") if f.unit == "Shares" and f.value == 0]


# ---------------------------------------------------------------------------------------------
# 3. 52–53-week years: quarters of 13 weeks, a year and its fourth quarter from the year before


def test_weekday_ended_quarters_and_nine_months_run_13_and_39_weeks() -> None:
    # Sunday September 27, 2009: the quarter from June 29, the nine months from December 29, 2008.
    assert duration_ending(dt.date(2009, 9, 27), 3).key == "2009-06-29--2009-09-27"
    assert duration_ending(dt.date(2009, 9, 27), 9).key == "2008-12-29--2009-09-27"
    revenues = _table("reviewed_releases/tessaril_2009q3.txt", "Revenues")
    assert revenues == {
        "2009-06-29--2009-09-27": "33345000",
        "2008-06-30--2008-09-28": "29795000",
        "2008-12-29--2009-09-27": "95080000",
        "2007-12-31--2008-09-28": "85035000",
    }


def test_a_fourth_quarter_and_year_start_the_day_after_the_printed_year_before() -> None:
    # Fiscal 2009 ended Friday January 1, 2010, fiscal 2008 January 2, 2009 (the balance sheet's
    # and the prior-year columns' date): the year from January 3, 2009, its fourth quarter from
    # October 3 (Q3 ended October 2). The 2008 columns have no printed start: not read.
    name = "unseen_releases/exelixis_fy2009q4.txt"
    assert _table(name, "Revenues") == {
        "2009-10-03--2010-01-01": "40210000",
        "2009-01-03--2010-01-01": "151760000",
    }
    assert _table(name, "NetIncomeLoss") == {}  # "Net loss attributable to Exelixis, Inc." is no net loss
    notes = _notes(name)
    assert sum("ending 2009-01-02 (a 52–53-week" in note for note in notes) == 2
    # The prose "fourth quarter of 2009" is the table's quarter, not one starting October 2.
    assert not [f for f in _facts(name) if f.period.start == dt.date(2009, 10, 2)]


def test_a_53_week_year_has_a_14_week_fourth_quarter() -> None:
    # Fiscal 2009 ended Sunday January 3, 2010, 53 weeks after December 28, 2008.
    assert _table("tessaril_2009q4.txt", "Revenues") == {
        "2009-09-28--2010-01-03": "36420000",
        "2008-12-29--2010-01-03": "131500000",
    }
    assert _table("tessaril_2009q4.txt", "NetIncomeLoss") == {
        "2009-09-28--2010-01-03": "-1575000",
        "2008-12-29--2010-01-03": "-9145000",
    }
    # The prose net loss of the fourth quarter is the 14-week quarter's (one fact, both evidences).
    quarter = [
        f
        for f in _facts("tessaril_2009q4.txt")
        if f.concept == "NetIncomeLoss" and f.period.end == dt.date(2010, 1, 3)
    ]
    assert {f.period.key for f in quarter} == {"2009-09-28--2010-01-03", "2008-12-29--2010-01-03"}
    assert any(len(f.evidence) == 2 for f in quarter)
    assert not check_filing_facts(list(_facts("tessaril_2009q4.txt")))


def test_prose_phrases_of_weekday_years_with_the_filings_calendar() -> None:
    calendar = WeekCalendar(
        frozenset({dt.date(2009, 1, 2), dt.date(2010, 1, 1)}), frozenset({dt.date(2010, 1, 1)})
    )
    text = "Net loss for the fourth quarter and fiscal year ended January 1, 2010 was $22.4 million and $123.8 million"
    periods = [p.period.key for p in prose_periods(text, None, 0, calendar)]
    assert periods == ["2009-10-03--2010-01-01", "2009-01-03--2010-01-01"]
    # A year whose start the filing does not print is left out, its words kept as unplaced.
    text = "Net loss for the fiscal year ended January 2, 2009 was $162.3 million"
    assert prose_periods(text, None, 0, calendar) == []
    assert unplaced_week_phrases(text, calendar) == [(17, 50)]  # "fiscal year ended January 2, 2009"


# ---------------------------------------------------------------------------------------------
# 4. A total printed apart from its figures; Basic and Diluted rows


def test_a_detached_total_with_an_unmapped_line_among_its_parts_is_confirmed_by_total_assets() -> None:
    # "$ 155,389 $ 158,108" two lines above "Total liabilities and stockholders' equity", the
    # "Long term portion of deferred revenue" line among the parts naming no concept.
    name = "immunogen_fy2001_q2_ocr.txt"
    assert _table(name, "LiabilitiesAndStockholdersEquity") == {
        "2000-12-31": "155389000",
        "2000-06-30": "158108000",
    }
    # The OCR garbage "Ψ 155,009 Ψ 150,100" below it confirms nothing.
    assert any("155,009" in note for note in _notes(name))
    assert _table(name, "EarningsPerShareDiluted")["2000-10-01--2000-12-31"] == "0.01"
    assert _table(name, "EarningsPerShareBasic")["1999-07-01--1999-12-31"] == "-0.12"


# ---------------------------------------------------------------------------------------------
# 5. Headers OCR split at a tab, or printed without "Ended"


def test_header_words_split_at_a_tab_are_mended() -> None:
    assert repair_header("\tThree Months Er\tnded June 30,\tYear Ended Ju\tne 30,") == (
        "\tThree Months Ended June 30,\tYear Ended June 30,"
    )
    # Two whole words a tab apart, or a fragment before another heading, stay as they are.
    assert repair_header("\tThree Months Er\tThree Months Ended September 30,") == (
        "\tThree Months Er\tThree Months Ended September 30,"
    )
    assert repair_header("Year Ended\tJune 30") == "Year Ended\tJune 30"
    assert _table("immunogen_fy2005_q4_ocr.txt", "Revenues") == {
        "2005-04-01--2005-06-30": "7943000",
        "2004-04-01--2004-06-30": "8508000",
        "2004-07-01--2005-06-30": "29460000",
        "2003-07-01--2004-06-30": "25974000",
    }
    assert _table("immu_fy2009q3_ocr.txt", "NetIncomeLoss") == {
        "2009-01-01--2009-03-31": "1876000",
        "2008-01-01--2008-03-31": "-4918000",
        "2008-07-01--2009-03-31": "-8244000",
        "2007-07-01--2008-03-31": "5698000",
    }


def test_headings_in_the_title_row_and_three_months_without_ended() -> None:
    # "Consolidated Statements of Operations Data<tab>Three Months" over "March 31," over the years;
    # "Condensed Consolidated Balance Sheets Data<tab>March 31,<tab>December 31," over the years.
    name = "celldex_2011q1_ocr.txt"
    assert _table(name, "Revenues") == {
        "2011-01-01--2011-03-31": "2543000",
        "2010-01-01--2010-03-31": "7433000",
    }
    assert _table(name, "Assets") == {"2011-03-31": "109200000", "2010-12-31": "121092000"}
    assert _table(name, "OperatingExpenses") == {
        "2011-01-01--2011-03-31": "12438000",
        "2010-01-01--2010-03-31": "13537000",
    }


# ---------------------------------------------------------------------------------------------
# 6. Lines whose concept their place in the statement decides


def test_the_only_line_between_operating_and_pre_tax_results_is_the_non_operating_total() -> None:
    # "Interest and other income, net 1,134": -44,561 + 1,134 = -43,427 (loss before income taxes).
    assert _table("facet_2009q2.htm", "NonoperatingIncomeExpense") == {
        Q2_09: "1134000",
        Q2_08: "42000",
        H1_09: "2610000",
        H1_08: "91000",
    }
    # "Investment income, net" between "Loss from operations" and "Net loss".
    assert _table("sgen_2010q2.txt", "NonoperatingIncomeExpense")[Q2_10] == "412000"
    # "Interest income, net" of a statement without a pre-tax line.
    assert (
        _table("immunogen_fy2001_q2_ocr.txt", "NonoperatingIncomeExpense")["2000-10-01--2000-12-31"]
        == "1996000"
    )


def test_other_income_beside_other_non_operating_lines_is_a_part_not_the_total() -> None:
    # Micromet: interest expense, interest income, warrants and "Other income (expense), net (143)"
    # between the operating loss (12,313) and the net loss (9,624).
    assert _table("micromet_2010q3.txt", "NonoperatingIncomeExpense") == {}
    assert _table("micromet_2010q3.txt", "other-income-expense-net")["2010-07-01--2010-09-30"] == "-143000"
    # XOMA: "Other income (expense) 2,954" beside interest; nor is the prose "Other income of $3.0
    # million", which restates that line, the non-operating total.
    facts = _facts("xoma_2011q2.htm")
    assert not [f for f in facts if f.concept == "NonoperatingIncomeExpense"]
    assert any(
        "restates the statement line 'Other income (expense)'" in note for note in _notes("xoma_2011q2.htm")
    )
    # Immunomedics: "Interest and other income, net" beside a foreign currency line.
    assert _table("immu_fy2009q3_ocr.txt", "NonoperatingIncomeExpense") == {}


def test_a_lone_revenue_line_is_total_revenues_where_the_statement_foots() -> None:
    # "Revenues from collaboration and license agreements 27,102" - 45,203 = (18,101).
    assert _table("sgen_2010q2.txt", "Revenues") == {
        Q2_10: "27102000",
        "2009-04-01--2009-06-30": "12840000",
        H1_10: "53716000",
        "2009-01-01--2009-06-30": "25066000",
    }
    # With a second revenue line beside it (the operating loss 1,000 smaller), it is not the total.
    text = _variant(
        "sgen_2010q2.txt",
        "Operating expenses\n",
        "  Grant revenue                    1,000         1,000        1,000         1,000\nOperating expenses\n",
    )
    text = text.replace(
        "(18,101)      (24,669)     (33,592)      (48,098)",
        "(17,101)      (23,669)     (32,592)      (47,098)",
    )
    assert _table("sgen_2010q2.txt", "Revenues", text) == {}


def test_total_costs_and_expenses_is_operating_expenses_only_without_a_cost_of_sales() -> None:
    assert _table("facet_2009q2.htm", "OperatingExpenses") == {
        Q2_09: "50669000",
        Q2_08: "63664000",
        H1_09: "124967000",
        H1_08: "128798000",
    }
    # Immunomedics prints "Cost of goods sold" among its costs and expenses: no operating expenses.
    assert _table("immu_fy2009q3_ocr.txt", "OperatingExpenses") == {}


def test_labels_mapped_from_the_concept_table() -> None:
    assert (
        _table("array_fy2007q4.htm", "ResearchAndDevelopmentExpense")["2006-07-01--2007-06-30"] == "70500000"
    )
    assert _table("xoma_2011q2.htm", "StockholdersEquity") == {
        "2011-06-30": "-5208000",
        "2010-12-31": "5239000",
    }
    assert _table("xoma_2011q2.htm", "LiabilitiesAndStockholdersEquity")["2011-06-30"] == "66102000"
    assert _table("sgen_2010q2.txt", "CashCashEquivalentsAndMarketableSecurities") == {
        "2010-06-30": "329608000",
        "2009-12-31": "363512000",
    }


# ---------------------------------------------------------------------------------------------
# 7. Fiscal column names of a filer numbering its years by their start


def test_fiscal_column_names_follow_the_filers_numbering() -> None:
    # "fiscal year 2009, the twelve months ended March 31, 2010": "Fiscal 2009" ends March 2010.
    assert _table("kestrel_fy2009q4_columns.htm", "NetIncomeLoss") == {
        "2010-01-01--2010-03-31": "-3810000",
        "2009-01-01--2009-03-31": "-3300000",
        "2009-04-01--2010-03-31": "-14200000",
        "2008-04-01--2009-03-31": "-11900000",
    }


# ---------------------------------------------------------------------------------------------
# 8. Checks that assume no line a statement need not print


def test_statements_with_lines_no_identity_names_validate() -> None:
    # Array: "Cost of revenue" above "Research and development for proprietary drug discovery"
    # under "Operating expenses": R&D + G&A is no check of the total.
    for name in (
        "array_fy2007q4.htm",
        "celldex_2011q1_ocr.txt",
        "immunogen_fy2005_q4_ocr.txt",
        "immunogen_fy2001_q2_ocr.txt",
        "facet_2009q2.htm",
        "sgen_2010q2.txt",
        "micromet_2010q3.txt",
        "xoma_2011q2.htm",
    ):
        assert not check_filing_facts(list(_facts(name))), name


def test_a_week_calendar_places_nothing_it_cannot() -> None:
    calendar = WeekCalendar(frozenset({dt.date(2008, 12, 28)}), frozenset({dt.date(2008, 12, 28)}))
    assert calendar.duration(dt.date(2010, 1, 3), 12) == Period(
        start=dt.date(2008, 12, 29), end=dt.date(2010, 1, 3)
    )
    assert calendar.duration(dt.date(2010, 1, 3), 3) == Period(
        start=dt.date(2009, 9, 28), end=dt.date(2010, 1, 3)
    )
    assert calendar.duration(dt.date(2008, 12, 28), 12) is None  # the year before 2008 is not printed
    assert calendar.duration(dt.date(2008, 12, 28), 3) is None  # nor, so, its fourth quarter
    assert calendar.duration(dt.date(2009, 9, 27), 3) == Period(
        start=dt.date(2009, 6, 29), end=dt.date(2009, 9, 27)
    )


def test_other_income_in_prose_restating_one_line_of_the_statement_is_not_the_total() -> None:
    """ "Other income, consisting of investment income, was $3.8 million" beside a statement that
    prints investment income of 3,810 and interest expense of (3,020) under "Other income
    (expense)", adding up to 790: the figure is the investment income line, not the non-operating
    total, so no NonoperatingIncomeExpense is stated (and the statement's lines are)."""
    doc = read_document(FOLDER / "regeneron_2006q2.htm")
    out = list(run(doc))
    facts = [f for f in out if isinstance(f, FinancialFact)]
    assert not [f for f in facts if f.concept == "NonoperatingIncomeExpense"]
    investment = {f.period.key: f.value for f in facts if f.concept == "investment-income"}
    assert investment["2006-04-01--2006-06-30"] == Decimal(3810000)
    notes = [s.reason for s in out if isinstance(s, Skipped)]
    assert any("restates the statement line 'Investment income'" in n for n in notes)
