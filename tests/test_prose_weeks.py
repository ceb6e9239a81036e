"""Prose figures and guidance of 52–53-week filers, placed in weeks as the statements' columns are.

A filer whose fiscal year ends on the Friday closest to December 31 ends its fiscal 2010 on Friday,
December 31, 2010: that year's fourth quarter runs 13 weeks from Saturday, October 2, not calendar
months from October 1, though it ends on a month's last day. A figure printed only in the prose
takes that period too (before, only a figure the statement also printed did, by merging into the
table's fact). As for the statements, a year or a fourth quarter is placed only where the filing
prints the end of the year before (or says how many weeks the year ran); a period whose start is in
doubt is declined with a note. A calendar-month filer's periods are unchanged.

Short releases written out below; expected values worked out by hand from their dates.
"""

from __future__ import annotations

import datetime as dt
import functools
from decimal import Decimal

from kg.corpus import document_from_bytes
from kg.extractors.financials import run
from kg.fiscal import week_year_starts
from kg.model import FinancialFact, Guidance, Skipped


@functools.cache
def _run(name: str, text: str) -> tuple[tuple[FinancialFact, ...], tuple[str, ...], tuple[Guidance, ...]]:
    doc = document_from_bytes(name, text.encode("utf-8"), is_html=False)
    out = list(run(doc))
    facts = tuple(f for f in out if isinstance(f, FinancialFact))
    for evidence in (e for fact in facts for e in fact.evidence):
        assert doc.text[evidence.char_start : evidence.char_end] == evidence.quote
    notes = tuple(s.reason for s in out if isinstance(s, Skipped))
    return facts, notes, tuple(g for g in out if isinstance(g, Guidance))


def _prose(facts: tuple[FinancialFact, ...], concept: str) -> dict[str, Decimal]:
    """Period key → value of one concept's prose facts."""
    return {f.period.key: f.value for f in facts if f.concept == concept and f.statement == "Narrative"}


# ---------------------------------------------------------------------------------------------
# 1. A quarter and a year ending Friday, December 31, 2010 (a month's last day)

_FY2010 = """FICTIVE THERAPEUTICS REPORTS FOURTH QUARTER AND FISCAL YEAR 2010 FINANCIAL RESULTS

SOUTH SAN FRANCISCO, Calif., February 24, 2011 - Fictive Therapeutics, Inc.
(Nasdaq: FCTV) today reported financial results for the fourth quarter and
fiscal year 2010. Fictive's fiscal year is a 52- or 53-week year ending on the
Friday closest to December 31; fiscal year 2010 ended on December 31, 2010.

Revenues for the fourth quarter of 2010 were $42.1 million, compared to $35.1
million for the comparable period in 2009. Net loss for the three months ended
December 31, 2010 was $17.2 million, compared to $20.4 million for the three
months ended January 1, 2010. For the year ended December 31, 2010, net loss was
$77.1 million.

                         FICTIVE THERAPEUTICS, INC.
                  CONDENSED CONSOLIDATED BALANCE SHEET DATA
                              (in thousands)

                                          December 31,     January 1,
                                              2010            2010
Cash and investments                       $ 224,200       $ 249,100
Total assets                                 380,400         402,600
"""
#: Fiscal 2009 ended Friday, January 1, 2010 (the balance sheet's year-end column): fiscal 2010 ran
#: 52 weeks from January 2, 2010, its fourth quarter 13 weeks from October 2.
Q4_10 = "2010-10-02--2010-12-31"
FY_10 = "2010-01-02--2010-12-31"


def test_prose_quarter_and_year_ending_on_a_friday_month_end_run_weeks() -> None:
    facts, notes, _ = _run("fictive_fy2010q4.txt", _FY2010)
    # "the fourth quarter of 2010" (dated by "fiscal year 2010 ended on December 31, 2010") and "the
    # three months ended December 31, 2010": 13 weeks from Saturday, October 2, 2010.
    assert _prose(facts, "Revenues") == {Q4_10: Decimal(42100000)}
    assert _prose(facts, "NetIncomeLoss") == {Q4_10: Decimal(-17200000), FY_10: Decimal(-77100000)}
    assert not [f for f in facts if f.period.start in (dt.date(2010, 1, 1), dt.date(2010, 10, 1))]
    # Fiscal 2009's fourth quarter: the end of fiscal 2008 is not printed, so its first day is in
    # doubt (13 or 14 weeks); declined with a note, as the statement reader declines such a column.
    assert (
        "'three months ended January 1, 2010', a 52–53-week period: the filing prints no end of the"
        " year before, so its first day is in doubt; not read"
    ) in notes
    assert not [f for f in facts if f.value == Decimal(-20400000)]


_FY2010_LISTED = _FY2010.replace(
    """Revenues for the fourth quarter of 2010 were $42.1 million, compared to $35.1
million for the comparable period in 2009. Net loss for the three months ended
December 31, 2010 was $17.2 million, compared to $20.4 million for the three
months ended January 1, 2010. For the year ended December 31, 2010, net loss was
$77.1 million.""",
    """Revenues for the three months ended December 31, 2010 and 2009 were $42.1
million and $35.1 million, respectively.""",
)


def test_a_month_end_of_another_weekday_is_no_period_end_of_a_week_year() -> None:
    # "December 31, 2009" is a Thursday: fiscal 2009 ended Friday, January 1, 2010, so "the three
    # months ended December 31, 2010 and 2009" dates the earlier quarter loosely; neither is read.
    assert _FY2010_LISTED != _FY2010
    facts, notes, _ = _run("fictive_fy2010q4_listed.txt", _FY2010_LISTED)
    assert _prose(facts, "Revenues") == {}
    assert any(
        "a 52–53-week period: it ends on 2009-12-31, a day the filer's periods do not end on" in n
        for n in notes
    )


# ---------------------------------------------------------------------------------------------
# 2. A third quarter ending Friday, September 30, 2011, beside its statement

_Q3_2011 = """FICTIVE THERAPEUTICS REPORTS THIRD QUARTER 2011 FINANCIAL RESULTS

SOUTH SAN FRANCISCO, Calif., November 3, 2011 - Fictive Therapeutics, Inc.
(Nasdaq: FCTV) today reported financial results for the third quarter of
fiscal 2011. Fictive reports on a 52- or 53-week fiscal year ending on the
Friday closest to December 31.

Research and development expenses for the three months ended September 30,
2011 were $38.5 million, compared to $36.9 million for the three months ended
October 1, 2010.

                         FICTIVE THERAPEUTICS, INC.
              CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS
                   (in thousands, except per share data)
                                (unaudited)

                             Three Months Ended           Nine Months Ended
                          September 30,  October 1,  September 30,  October 1,
                              2011         2010          2011          2010
                          ------------  ----------  ------------  ----------
Revenues                    $ 45,000     $ 40,200    $ 131,700    $ 118,300
Net loss                    $(15,300)    $(16,800)   $ (47,500)   $ (59,900)

                         FICTIVE THERAPEUTICS, INC.
                  CONDENSED CONSOLIDATED BALANCE SHEET DATA
                              (in thousands)

                                         September 30,    December 31,
                                              2011            2010
Cash and investments                       $ 190,300       $ 224,200
Total assets                                 351,800         380,400
"""


def test_a_prose_only_quarter_ending_on_a_friday_month_end_runs_13_weeks() -> None:
    # The statement prints no research and development line: the prose figures are the only ones.
    # Fiscal 2011's third quarter ran 13 weeks from Saturday, July 2, 2011 (not July 1), as the
    # statement's column does; fiscal 2010's from July 3 to Friday, October 1, 2010.
    facts, _, _ = _run("fictive_fy2011q3.txt", _Q3_2011)
    assert _prose(facts, "ResearchAndDevelopmentExpense") == {
        "2011-07-02--2011-09-30": Decimal(38500000),
        "2010-07-03--2010-10-01": Decimal(36900000),
    }
    revenues = {f.period.key for f in facts if f.concept == "Revenues"}
    assert "2011-07-02--2011-09-30" in revenues
    assert not [f for f in facts if f.period.start == dt.date(2011, 7, 1)]


# ---------------------------------------------------------------------------------------------
# 3. A first half ending Friday, June 30, 2006: 26 weeks from December 31, 2005

_Q2_2006 = """FICTIVE THERAPEUTICS REPORTS SECOND QUARTER 2006 FINANCIAL RESULTS

SOUTH SAN FRANCISCO, Calif., August 3, 2006 - Fictive Therapeutics, Inc.
(Nasdaq: FCTV) today reported financial results for the second quarter of
fiscal 2006, which ended June 30, 2006. Fictive reports on a 52- or 53-week
fiscal year ending on the Friday closest to December 31.

For the first half of 2006, revenues were $61.4 million. Research and
development expenses for 1HFY06 were $88.0 million. General and
administrative expenses for the six months ended June 30, 2006 were $17.9
million.

                         FICTIVE THERAPEUTICS, INC.
                  CONDENSED CONSOLIDATED BALANCE SHEET DATA
                              (in thousands)

                                            June 30,       December 30,
                                              2006            2005
Cash and investments                       $ 201,700       $ 233,800
Total assets                                 348,200         371,500
"""


def test_a_first_half_ending_on_a_friday_month_end_runs_26_weeks() -> None:
    # Fiscal 2005 ended Friday, December 30, 2005: fiscal 2006's first half ran 26 weeks from
    # Saturday, December 31, 2005, not calendar months from January 1, however the prose names it.
    facts, _, _ = _run("fictive_fy2006q2.txt", _Q2_2006)
    half = "2005-12-31--2006-06-30"
    assert _prose(facts, "Revenues") == {half: Decimal(61400000)}
    assert _prose(facts, "ResearchAndDevelopmentExpense") == {half: Decimal(88000000)}
    assert _prose(facts, "GeneralAndAdministrativeExpense") == {half: Decimal(17900000)}


# ---------------------------------------------------------------------------------------------
# 4. A 53-week year ending on a weekday (Sunday, January 3, 2010): a 14-week fourth quarter

_FY2009 = """TESSERA BIOLOGICS REPORTS FOURTH QUARTER AND FISCAL 2009 RESULTS

SEATTLE, Wash., February 18, 2010 - Tessera Biologics, Inc. (Nasdaq: TSRB)
today reported results for the fourth quarter and fiscal 2009. Tessera
reports on a 52- or 53-week fiscal year that ends on the Sunday closest to
December 31. Fiscal 2009 ended on January 3, 2010.

Net loss for the fourth quarter of 2009 was $1.6 million, compared to a net
loss of $2.6 million for the three months ended December 28, 2008. Revenues
for the three months ended January 3, 2010 were $36.4 million. For the
fiscal year ended January 3, 2010, the net loss was $9.1 million.

                          TESSERA BIOLOGICS, INC.
                  CONDENSED CONSOLIDATED BALANCE SHEET DATA
                              (in thousands)

                                            January 3,     December 28,
                                               2010            2008
Cash and cash equivalents                    $ 58,110        $ 61,215
Total assets                                  228,940         240,115
"""
#: Fiscal 2008 ended Sunday, December 28, 2008 (the balance sheet's year-end column): fiscal 2009
#: ran 53 weeks from December 29, 2008, its fourth quarter the 14 weeks its first 39 leave.
Q4_09 = "2009-09-28--2010-01-03"
FY_09 = "2008-12-29--2010-01-03"


def test_a_fourth_quarter_and_year_of_53_weeks_ending_on_a_weekday() -> None:
    facts, notes, _ = _run("tessera_fy2009q4.txt", _FY2009)
    assert _prose(facts, "NetIncomeLoss") == {Q4_09: Decimal(-1600000), FY_09: Decimal(-9100000)}
    assert _prose(facts, "Revenues") == {Q4_09: Decimal(36400000)}
    # Not 13 weeks from October 5, 2009, nor 52 from January 5, 2009.
    assert not [f for f in facts if f.period.start in (dt.date(2009, 10, 5), dt.date(2009, 1, 5))]
    # Fiscal 2008's fourth quarter: the end of fiscal 2007 is not printed.
    assert not [f for f in facts if f.value == Decimal(-2600000)]
    assert (
        "'three months ended December 28, 2008', a 52–53-week period: the filing prints no end of the"
        " year before, so its first day is in doubt; not read"
    ) in notes


_FY2009_LENGTHS = """TESSERA BIOLOGICS REPORTS FOURTH QUARTER AND FISCAL 2009 RESULTS

SEATTLE, Wash., February 18, 2010 - Tessera Biologics, Inc. (Nasdaq: TSRB)
today reported results for the fourth quarter and fiscal 2009. Fiscal 2009
was a 53-week year that ended January 3, 2010; fiscal 2008 was a 52-week year
that ended December 28, 2008.

Net loss for the fourth quarter of 2009 was $1.6 million, compared to a net
loss of $2.6 million for the fourth quarter of 2008. For the fiscal year
ended January 3, 2010, the net loss was $9.1 million.
"""


def test_years_said_to_run_52_or_53_weeks_place_their_fourth_quarters() -> None:
    # No balance sheet: the year lengths the filing states give the ends of the years before.
    assert week_year_starts(_FY2009_LENGTHS) == {dt.date(2008, 12, 28), dt.date(2007, 12, 30)}
    facts, _, _ = _run("tessera_fy2009q4_lengths.txt", _FY2009_LENGTHS)
    assert _prose(facts, "NetIncomeLoss") == {
        Q4_09: Decimal(-1600000),
        "2008-09-29--2008-12-28": Decimal(-2600000),  # fiscal 2008 from December 31, 2007: 13 weeks
        FY_09: Decimal(-9100000),
    }


# ---------------------------------------------------------------------------------------------
# 5. Guidance for a 53-week year ending Saturday, December 31, 2011

_GUIDANCE = """CORVANE BIOSCIENCES REPORTS FOURTH QUARTER AND FISCAL 2010 RESULTS

CAMBRIDGE, Mass., February 10, 2011 - Corvane Biosciences, Inc. (Nasdaq: CRVN)
today reported results for the fourth quarter and fiscal year 2010. Corvane's
fiscal year ends on the last Saturday of December; fiscal 2010 ended on
December 25, 2010.

Financial Guidance

Corvane expects total revenues of $170 million to $180 million and a net loss
of $40 million to $45 million for the fiscal year ending December 31, 2011.

                         CORVANE BIOSCIENCES, INC.
                  CONDENSED CONSOLIDATED BALANCE SHEET DATA
                              (in thousands)

                                          December 25,     December 26,
                                              2010             2009
Cash and investments                       $ 224,200        $ 249,100
Total assets                                 380,400          402,600
"""


def test_guidance_for_a_week_year_ending_on_a_month_end_runs_53_weeks() -> None:
    # Fiscal 2010 ended Saturday, December 25, 2010: fiscal 2011 runs 53 weeks from December 26,
    # 2010 to Saturday, December 31, 2011, not calendar months from January 1, 2011.
    _, _, guidance = _run("corvane_fy2010q4.txt", _GUIDANCE)
    assert {(g.concept, g.period.key, g.low, g.high) for g in guidance} == {
        ("Revenues", "2010-12-26--2011-12-31", Decimal(170000000), Decimal(180000000)),
        ("NetIncomeLoss", "2010-12-26--2011-12-31", Decimal(-45000000), Decimal(-40000000)),
    }


def test_guidance_for_a_week_year_whose_start_is_not_printed_is_declined() -> None:
    text = _GUIDANCE.split("                         CORVANE BIOSCIENCES, INC.")[0].replace(
        "; fiscal 2010 ended on\nDecember 25, 2010.", "."
    )
    assert "December 25" not in text
    _, notes, guidance = _run("corvane_fy2010q4_short.txt", text)
    assert guidance == ()
    assert (
        "guidance for 'fiscal year ending December 31, 2011', a 52–53-week year: the filing prints no"
        " end of the year before, so its first day is in doubt; not read"
    ) in notes


# ---------------------------------------------------------------------------------------------
# 6. A calendar-month filer: unchanged

_CALENDAR = """FICTIVE THERAPEUTICS REPORTS FOURTH QUARTER AND FULL YEAR 2010 FINANCIAL RESULTS

SOUTH SAN FRANCISCO, Calif., February 24, 2011 - Fictive Therapeutics, Inc.
(Nasdaq: FCTV) today reported financial results for the fourth quarter and
full year ended December 31, 2010.

Revenues for the fourth quarter of 2010 were $42.1 million. Net loss for the
three months ended December 31, 2010 was $17.2 million, compared to $20.4
million for the three months ended December 31, 2009. For the year ended
December 31, 2010, net loss was $77.1 million.

Fictive expects total revenues of $170 million to $180 million for the fiscal
year ending December 31, 2011.

                         FICTIVE THERAPEUTICS, INC.
                  CONDENSED CONSOLIDATED BALANCE SHEET DATA
                              (in thousands)

                                          December 31,     December 31,
                                              2010            2009
Cash and investments                       $ 224,200       $ 249,100
Total assets                                 380,400         402,600
"""


def test_a_calendar_month_filer_keeps_calendar_quarters_and_years() -> None:
    facts, _, guidance = _run("fictive_calendar_fy2010q4.txt", _CALENDAR)
    assert _prose(facts, "Revenues") == {"2010-10-01--2010-12-31": Decimal(42100000)}
    assert _prose(facts, "NetIncomeLoss") == {
        "2010-10-01--2010-12-31": Decimal(-17200000),
        "2009-10-01--2009-12-31": Decimal(-20400000),
        "2010-01-01--2010-12-31": Decimal(-77100000),
    }
    assert [(g.concept, g.period.key) for g in guidance] == [("Revenues", "2011-01-01--2011-12-31")]


def test_guidance_for_a_week_year_said_to_run_53_weeks_is_placed_without_the_year_before() -> None:
    # "Fiscal 2011 will be a 53-week year ending December 31, 2011": it started 53 weeks earlier.
    text = _GUIDANCE.split("                         CORVANE BIOSCIENCES, INC.")[0].replace(
        "; fiscal 2010 ended on\nDecember 25, 2010.",
        ". Fiscal 2011 will be a\n53-week year ending December 31, 2011.",
    )
    assert "December 25" not in text
    _, _, guidance = _run("corvane_fy2010q4_length.txt", text)
    assert {(g.concept, g.period.key) for g in guidance} == {
        ("Revenues", "2010-12-26--2011-12-31"),
        ("NetIncomeLoss", "2010-12-26--2011-12-31"),
    }
