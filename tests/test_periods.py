"""Periods from column headers and prose phrases."""

from __future__ import annotations

import datetime as dt

from kg.model import Period
from kg.periods import (
    duration_columns,
    fiscal_quarter,
    instant_columns,
    is_period_header,
    prose_periods,
    year_earlier,
)

JUNE = (6, 30)


def _p(start: str, end: str) -> Period:
    return Period(start=dt.date.fromisoformat(start), end=dt.date.fromisoformat(end))


def test_three_and_nine_month_groups_share_the_year_row() -> None:
    header = [
        "\tThree Months Ended March 31,\t\t\tNine Months Ended March 31,",
        "\t\t2003\t\t2002\t\t2003\t_\t2002",
    ]
    assert duration_columns(header, 4) == [
        _p("2003-01-01", "2003-03-31"),
        _p("2002-01-01", "2002-03-31"),
        _p("2002-07-01", "2003-03-31"),
        _p("2001-07-01", "2002-03-31"),
    ]


def test_phrase_broken_over_lines_and_years_in_the_phrase() -> None:
    assert duration_columns(["Three Months Ended", "September 30,", "2010 2009"], 2) == [
        _p("2010-07-01", "2010-09-30"),
        _p("2009-07-01", "2009-09-30"),
    ]
    assert duration_columns(["Six Months Ended June 30, 2011 and 2010"], 2) == [
        _p("2011-01-01", "2011-06-30"),
        _p("2010-01-01", "2010-06-30"),
    ]
    assert duration_columns(["Year Ended December 31,", "2011 2010 2009"], 3)[2] == _p(
        "2009-01-01", "2009-12-31"
    )


def test_instants_from_header_or_title() -> None:
    assert instant_columns(["September 30, June 30,", "2010 2010"], "", 2) == [
        dt.date(2010, 9, 30),
        dt.date(2010, 6, 30),
    ]
    title = "CONDENSED CONSOLIDATED BALANCE SHEETS As of September 30, 2005 and June 30, 2005 (Unaudited)"
    assert instant_columns(["ASSETS\tSeptember 30,\t\tJune 30, 2005", "1100210"], title, 2) == [
        dt.date(2005, 9, 30),
        dt.date(2005, 6, 30),
    ]
    assert instant_columns(["September 30,"], "", 2) is None  # unsure: no periods


def test_prose_phrases() -> None:
    found = [p.period for p in prose_periods("for LQFY11 compared to 1QFY10", JUNE)]
    assert found == [_p("2010-07-01", "2010-09-30"), _p("2009-07-01", "2009-09-30")]
    (first,) = prose_periods("the first quarter of fiscal 2006", JUNE)
    assert first.period == _p("2005-07-01", "2005-09-30")
    (ended,) = prose_periods("the three-month period ended September 30, 2005", None)
    assert ended.period == _p("2005-07-01", "2005-09-30")
    assert fiscal_quarter(2011, 1, (12, 31)) == _p("2011-01-01", "2011-03-31")
    assert year_earlier(_p("2010-07-01", "2010-09-30")) == _p("2009-07-01", "2009-09-30")


def test_a_header_of_period_phrases_is_recognised_however_long() -> None:
    four = "\t" + "\t".join(["Three Months Ended June 30,"] * 2 + ["Six Months Ended June 30,"] * 2)
    assert len(four.split()) > 16
    assert is_period_header(four)
    assert is_period_header("As of September 30, 2005 and June 30, 2005")
    assert is_period_header("September 30, June 30,")
    # Prose naming a period has other words left over.
    assert not is_period_header(
        "The net loss for the three months ended June 30, 2011 was lower than in the year before"
    )
    assert not is_period_header("Research and development 9,492 7,631")


def test_stacked_heads_pair_with_the_dates_under_them() -> None:
    header = [
        "          Three Months Ended          Six Months Ended",
        "             December 31,                December 31,",
        "           2011          2010          2011          2010",
    ]
    assert duration_columns(header, 4) == [
        _p("2011-10-01", "2011-12-31"),
        _p("2010-10-01", "2010-12-31"),
        _p("2011-07-01", "2011-12-31"),
        _p("2010-07-01", "2010-12-31"),
    ]
    # one date printed for both heads: they share it
    shared = ["\tThree Months Ended\tNine Months Ended", "\tMarch 31,", "\t2003\t2002\t2003\t2002"]
    assert duration_columns(shared, 4) == [
        _p("2003-01-01", "2003-03-31"),
        _p("2002-01-01", "2002-03-31"),
        _p("2002-07-01", "2003-03-31"),
        _p("2001-07-01", "2002-03-31"),
    ]
    # two dates for three heads pair with nothing: unsure
    assert (
        duration_columns(["Three Months Ended Six Months Ended Year Ended", "June 30, June 30,"], 6) is None
    )


def test_columns_that_would_share_a_period_give_none() -> None:
    # one group read for four columns: the years repeat, so two columns would get one period
    assert duration_columns(["Six Months Ended December 31,", "2011 2010 2011 2010"], 4) is None


def test_a_phrase_per_column_each_with_its_year() -> None:
    header = [
        "\tThree Months Ended December 31, 2007\tThree Months Ended December 31, 2006"
        "\tYear Ended December 31, 2007\tYear Ended December 31, 2006"
    ]
    assert duration_columns(header, 4) == [
        _p("2007-10-01", "2007-12-31"),
        _p("2006-10-01", "2006-12-31"),
        _p("2007-01-01", "2007-12-31"),
        _p("2006-01-01", "2006-12-31"),
    ]


def test_one_date_over_a_year_per_column() -> None:
    assert instant_columns(["\tDecember 31,", "\t2008\t2007"], "SELECTED BALANCE SHEET DATA", 2) == [
        dt.date(2008, 12, 31),
        dt.date(2007, 12, 31),
    ]
    assert instant_columns(["\tDecember 31,", "\t2008\t2008"], "BALANCE SHEETS", 2) is None  # one date twice


def test_a_hyphenated_list_of_lengths_names_each_period() -> None:
    # "three- and nine-month periods": the hyphen of each count but the last is suspended.
    for text in (
        "for the three- and nine-month periods ended September 30, 2008",
        "for the three and nine months ended September 30, 2008",
    ):
        assert [p.period.key for p in prose_periods(text, (12, 31))] == [
            "2008-07-01--2008-09-30",
            "2008-01-01--2008-09-30",
        ], text
