"""Statements of 52–53-week filers whose column headers print a full date per column ("Three Months
Ended" over "October 2, 2009   September 26, 2008"): read with their printed end dates, each start
derived from the filing's calendar; a year that ends on a month's last day (Friday, December 31,
2010) runs weeks, not calendar months; a 14-week first quarter placed from the printed end of the
year before. Fixture tests/reviewed_releases/exelixis_2009q3.htm and short releases written out
below; expected values worked out by hand from them.
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
from kg.periods import WeekCalendar, duration_columns, period_months

FOLDER = Path(__file__).parent / "reviewed_releases"

# Exelixis, fiscal 2009 (52 weeks from January 3, 2009; fiscal 2008 ended Friday January 2, 2009,
# fiscal 2007 Friday December 28, 2007): its third quarters of 13 weeks, its nine months of 39.
Q3_09 = "2009-07-04--2009-10-02"
Q3_08 = "2008-06-28--2008-09-26"
M9_09 = "2009-01-03--2009-10-02"
M9_08 = "2007-12-29--2008-09-26"


@functools.cache
def _run_text(name: str, text: str) -> tuple[tuple[FinancialFact, ...], tuple[str, ...]]:
    doc = document_from_bytes(name, text.encode("utf-8"), is_html=name.endswith(".htm"))
    return _split(doc.text, list(run(doc)))


@functools.cache
def _run_fixture(name: str) -> tuple[tuple[FinancialFact, ...], tuple[str, ...]]:
    doc = read_document(FOLDER / name)
    return _split(doc.text, list(run(doc)))


def _split(text: str, out: list[object]) -> tuple[tuple[FinancialFact, ...], tuple[str, ...]]:
    facts = tuple(f for f in out if isinstance(f, FinancialFact))
    for evidence in (e for fact in facts for e in fact.evidence):
        assert text[evidence.char_start : evidence.char_end] == evidence.quote
    return facts, tuple(s.reason for s in out if isinstance(s, Skipped))


def _statement(facts: tuple[FinancialFact, ...], concept: str) -> dict[str, Decimal]:
    """Period key → value of one concept's statement facts."""
    return {f.period.key: f.value for f in facts if f.concept == concept and f.statement != "Narrative"}


# ---------------------------------------------------------------------------------------------
# 1. Exelixis Q3 2009: "Three Months Ended" over "October 2, 2009" and "September 26, 2008"


def test_a_header_of_one_full_date_per_column_of_52_53_week_years() -> None:
    header = [
        "CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS",
        "\tThree Months Ended\tNine Months Ended",
        "\tOctober 2, 2009\tSeptember 26, 2008\tOctober 2, 2009\tSeptember 26, 2008",
    ]
    periods = duration_columns(header, 4)
    assert periods is not None
    assert [p.key for p in periods] == [Q3_09, Q3_08, "2009-01-03--2009-10-02", "2007-12-29--2008-09-26"]
    # Two quarters of one year under one heading: which columns each heading spans is in doubt.
    header[2] = "\tSeptember 30, 2009\tJune 30, 2009\tSeptember 30, 2009\tSeptember 30, 2008"
    assert duration_columns(header, 4) is None


def test_exelixis_statement_of_operations_is_read_with_its_printed_end_dates() -> None:
    facts, notes = _run_fixture("exelixis_2009q3.htm")
    assert not [n for n in notes if "do not give 4 periods" in n]
    assert _statement(facts, "ResearchAndDevelopmentExpense") == {
        Q3_09: Decimal(56210000),
        Q3_08: Decimal(64318000),
        M9_09: Decimal(176520000),
        M9_08: Decimal(198430000),
    }
    assert _statement(facts, "OperatingIncomeLoss") == {
        Q3_09: Decimal(-27638000),
        Q3_08: Decimal(-44126000),
        M9_09: Decimal(-91660000),
        M9_08: Decimal(-146180000),
    }
    assert _statement(facts, "EarningsPerShareBasicAndDiluted") == {
        Q3_09: Decimal("-0.29"),
        Q3_08: Decimal("-0.45"),
        M9_09: Decimal("-0.96"),
        M9_08: Decimal("-1.45"),
    }
    assert _statement(facts, "WeightedAverageSharesBasicAndDiluted")[Q3_08] == Decimal(105680000)
    # No fact of the table under a calendar quarter or nine months.
    assert not [f for f in facts if f.period.end in (dt.date(2009, 9, 30), dt.date(2008, 9, 30))]
    # The prose "Research and development expenses for the third quarter of 2009 were $56.2
    # million" restates the table's quarter: one fact, table cell first.
    (rd,) = [f for f in facts if f.concept == "ResearchAndDevelopmentExpense" and f.period.key == Q3_09]
    assert rd.evidence[0].quote == "56,210" and len(rd.evidence) == 2
    assert not check_filing_facts(list(facts))


def test_exelixis_balance_sheet_is_read_at_its_printed_instants() -> None:
    facts, _ = _run_fixture("exelixis_2009q3.htm")
    assert _statement(facts, "Assets") == {"2009-10-02": Decimal(388420000), "2009-01-02": Decimal(402650000)}
    assert _statement(facts, "StockholdersEquity") == {
        "2009-10-02": Decimal(-85410000),
        "2009-01-02": Decimal(2870000),
    }


# ---------------------------------------------------------------------------------------------
# 2. A 52–53-week year ending on a month's last day (Friday, December 31, 2010)

_FY2010 = """FICTIVE THERAPEUTICS REPORTS FOURTH QUARTER AND FISCAL YEAR 2010 FINANCIAL RESULTS

SOUTH SAN FRANCISCO, Calif., February 24, 2011 - Fictive Therapeutics, Inc.
(Nasdaq: FCTV) today reported financial results for the fourth quarter and
fiscal year 2010. Fictive's fiscal year ends on the Friday closest to
December 31; fiscal year 2010 ended on December 31, 2010.

Revenues for the fourth quarter of 2010 were $42.1 million, compared to $35.1
million for the comparable period in 2009.

                         FICTIVE THERAPEUTICS, INC.
              CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS
                   (in thousands, except per share data)
                                (unaudited)

                             Three Months Ended           Year Ended
                          December 31,  January 1,  December 31,  January 1,
                              2010         2010         2010         2010
                          ------------  ----------  ------------  ----------
Revenues                    $ 42,100     $ 35,100    $ 160,400    $ 131,200
Operating expenses:
  Research and development    50,200       46,800      201,300      192,700
  General and administrative   9,100        8,700       36,200       34,900
                          ------------  ----------  ------------  ----------
Total operating expenses      59,300       55,500      237,500      227,600
                          ------------  ----------  ------------  ----------
Loss from operations         (17,200)     (20,400)     (77,100)     (96,400)
Net loss                    $(17,200)    $(20,400)   $ (77,100)   $ (96,400)
                          ============  ==========  ============  ==========
Net loss per share, basic
  and diluted               $  (0.16)    $  (0.19)   $   (0.72)   $   (0.91)

                         FICTIVE THERAPEUTICS, INC.
                  CONDENSED CONSOLIDATED BALANCE SHEET DATA
                              (in thousands)

                                          December 31,     January 1,
                                              2010            2010
Cash and investments                       $ 224,200       $ 249,100
Total assets                                 380,400         402,600
"""
_STACKED_DATES = """                          December 31,  January 1,  December 31,  January 1,
                              2010         2010         2010         2010
"""
_DATED_CELLS = """                       December 31, 2010  January 1, 2010  December 31, 2010  January 1, 2010
"""
#: Fiscal 2010 ran 52 weeks from January 2, 2010 (fiscal 2009 ended Friday January 1, 2010), its
#: fourth quarter 13 weeks from October 2, not calendar months from January 1 or October 1.
Q4_10 = "2010-10-02--2010-12-31"
FY_10 = "2010-01-02--2010-12-31"


def test_a_year_ending_friday_december_31_runs_weeks_not_calendar_months() -> None:
    for text in (_FY2010, _FY2010.replace(_STACKED_DATES, _DATED_CELLS)):
        facts, notes = _run_text("fictive_fy2010q4.txt", text)
        assert _statement(facts, "Revenues") == {Q4_10: Decimal(42100000), FY_10: Decimal(160400000)}
        assert _statement(facts, "NetIncomeLoss") == {Q4_10: Decimal(-17200000), FY_10: Decimal(-77100000)}
        assert _statement(facts, "Assets") == {
            "2010-12-31": Decimal(380400000),
            "2010-01-01": Decimal(402600000),
        }
        # Fiscal 2009's columns: the end of fiscal 2008 is not printed, so their first day is in doubt.
        assert sum("ending 2010-01-01 (a 52–53-week" in n for n in notes) == 2
        assert not [f for f in facts if f.period.start in (dt.date(2010, 1, 1), dt.date(2010, 10, 1))]
        # The prose fourth-quarter revenue restates the statement's 13-week quarter: one fact.
        (quarter,) = [f for f in facts if f.concept == "Revenues" and f.period.key == Q4_10]
        assert len(quarter.evidence) == 2
        assert not check_filing_facts(list(facts))


def test_a_month_end_column_beside_weekday_ones_is_declined_when_the_filing_does_not_say_weeks() -> None:
    text = _FY2010.replace(
        "fiscal year 2010. Fictive's fiscal year ends on the Friday closest to\n"
        "December 31; fiscal year 2010 ended on December 31, 2010.",
        "fiscal year 2010, which ended December 31, 2010.",
    )
    assert text != _FY2010
    facts, notes = _run_text("fictive_fy2010q4_unsaid.txt", text)
    assert not [f for f in facts if f.statement == "IncomeStatement"]
    assert (
        sum("ending 2010-12-31, a month's last day, beside columns ending on weekdays" in n for n in notes)
        == 2
    )
    assert _statement(facts, "Assets") == {"2010-12-31": Decimal(380400000), "2010-01-01": Decimal(402600000)}


def test_the_week_calendar_places_a_month_end_period_of_a_week_year() -> None:
    calendar = WeekCalendar(
        frozenset({dt.date(2010, 1, 1), dt.date(2010, 12, 31)}),
        frozenset({dt.date(2010, 1, 1), dt.date(2010, 12, 31)}),
    )
    end = dt.date(2010, 12, 31)
    assert calendar.week_duration(end, 3) == Period(start=dt.date(2010, 10, 2), end=end)
    assert calendar.week_duration(end, 12) == Period(start=dt.date(2010, 1, 2), end=end)
    # ``duration`` keeps a month's last day for calendar months, as a calendar filer's.
    assert calendar.duration(end, 3) == Period(start=dt.date(2010, 10, 1), end=end)
    # A 13-week quarter ending on a month's last day is three months long; its year twelve.
    assert period_months(Period(start=dt.date(2010, 10, 2), end=end)) == 3
    assert period_months(Period(start=dt.date(2010, 1, 2), end=end)) == 12


# ---------------------------------------------------------------------------------------------
# 3. A 53-week year whose first quarter runs 14 weeks

_Q3_FY2023 = """LANTERN BIOSCIENCES REPORTS THIRD QUARTER FISCAL 2023 FINANCIAL RESULTS

BOSTON, Mass., August 3, 2023 - Lantern Biosciences, Inc. (Nasdaq: LNTN)
today reported financial results for the third quarter of fiscal 2023.
Lantern's fiscal year ends on the last Saturday of September. Fiscal 2023 is
a 53-week year, and its first quarter comprised 14 weeks.

                          LANTERN BIOSCIENCES, INC.
              CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS
                   (in thousands, except per share data)
                                (unaudited)

                             Three Months Ended        Nine Months Ended
                            July 1,     June 25,      July 1,     June 25,
                             2023         2022         2023         2022
                           --------     --------     --------     --------
Collaboration revenue      $ 12,400     $  9,800     $ 38,900     $ 27,300
Research and development     21,700       18,200       66,100       52,400
General and administrative    5,300        4,900       16,800       14,100
                           --------     --------     --------     --------
Total operating expenses     27,000       23,100       82,900       66,500
                           --------     --------     --------     --------
Net loss                   $(14,600)    $(13,300)    $(44,000)    $(39,200)
                           ========     ========     ========     ========

                          LANTERN BIOSCIENCES, INC.
                   CONDENSED CONSOLIDATED BALANCE SHEET DATA
                              (in thousands)

                                           July 1,      September 24,
                                            2023            2022
Cash and investments                      $ 182,300       $ 221,600
Total assets                                201,400         240,100
"""


def test_nine_months_after_a_14_week_first_quarter_start_after_the_printed_year_end() -> None:
    # Fiscal 2022 ended Saturday September 24, 2022 (the balance sheet's year-end column): fiscal
    # 2023's nine months ran 40 weeks from September 25, its third quarter 13 weeks from April 2.
    # Fiscal 2022's nine months, whose year's start is not printed, run 39 weeks.
    facts, _ = _run_text("lantern_fy2023q3.txt", _Q3_FY2023)
    assert _statement(facts, "NetIncomeLoss") == {
        "2023-04-02--2023-07-01": Decimal(-14600000),
        "2022-03-27--2022-06-25": Decimal(-13300000),
        "2022-09-25--2023-07-01": Decimal(-44000000),
        "2021-09-26--2022-06-25": Decimal(-39200000),
    }
    assert period_months(Period(start=dt.date(2022, 9, 25), end=dt.date(2023, 7, 1))) == 9
    assert not check_filing_facts(list(facts))
