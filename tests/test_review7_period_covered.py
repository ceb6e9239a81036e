"""The period a release reports (``kg:periodCovered``), as its first sentence names it, for releases
without an 8-K cover: "results for the third quarter and nine months ended September 30, 2011", "…
for the fourth quarter and fiscal year ended September 30, 2009", "… for the quarter and year ended
December 31, 2007", and a 52–53-week filer's "second quarter of fiscal 2009, which ended July 4, 2009"
(13 weeks, as its statements' columns run). A release naming the quarter and a longer period leads
with the quarter. A quarter of a 52–53-week year that may be the year's last (13 or 14 weeks) is
placed only where the release dates the end of the year before.

Fixtures in tests/reviewed_releases/ (Seattle Genetics 2011 Q3, Calder FY2009 Q4, Human Genome
Sciences 2007 Q4, Pellucid 2009 Q2); the small releases are written here.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from conftest import period_covered
from conftest import text_document as _doc

from kg.corpus import read_document
from kg.model import Period

FOLDER = Path(__file__).parent / "reviewed_releases"


@pytest.mark.parametrize(
    ("name", "start", "end"),
    [
        # "… today reported financial results for the third quarter and nine months ended September 30, 2011."
        ("sgen_2011q3_ex991.htm", dt.date(2011, 7, 1), dt.date(2011, 9, 30)),
        # "… today reported financial results for the fourth quarter and fiscal year ended September 30, 2009."
        ("calder_fy2009_q4.txt", dt.date(2009, 7, 1), dt.date(2009, 9, 30)),
        # "… reported financial results for the quarter and year ended December 31, 2007."
        ("hgsi_2007q4.txt", dt.date(2007, 10, 1), dt.date(2007, 12, 31)),
        # "… today announced results for its second quarter of fiscal 2009, which ended July 4, 2009."
        ("pellucid_2009q2.txt", dt.date(2009, 4, 5), dt.date(2009, 7, 4)),
    ],
)
def test_a_bare_release_covers_the_quarter_its_first_sentence_names(
    name: str, start: dt.date, end: dt.date
) -> None:
    assert period_covered(read_document(FOLDER / name)) == Period(start=start, end=end)


RELEASE = (
    "WORCESTER, Mass., {date} -- Pellucid Diagnostics, Inc. (Nasdaq: PLCD) today announced results\n"
    "for {period}.\n\n"
    "Total revenue for the quarter was $6.8 million.\n"
)


def test_a_weekday_quarter_end_that_may_close_a_year_is_placed_only_by_the_year_before() -> None:
    # "the quarter ended January 2, 2010" may be a 14-week fourth quarter: its start is in doubt.
    doubtful = RELEASE.format(date="February 4, 2010", period="the quarter ended January 2, 2010")
    assert period_covered(_doc("release.txt", doubtful)) is None
    # Dated, the end of the year before places it: fiscal 2008 ended January 3, 2009, and fiscal 2009
    # ran 52 weeks to January 2, 2010; its fourth quarter 13 weeks from October 4, 2009.
    dated = doubtful + "\nFiscal 2009 ended on January 2, 2010 and fiscal 2008 ended on January 3, 2009.\n"
    assert period_covered(_doc("release.txt", dated)) == Period(
        start=dt.date(2009, 10, 4), end=dt.date(2010, 1, 2)
    )


def test_a_heading_over_a_paragraph_names_no_periodperiod_covered() -> None:
    """ "… Financial Results" over "For the fiscal year ended June 30, 2009, …" is no "results for the
    fiscal year ended": the first sentence's "three months and fiscal year" is the period reported."""
    text = (
        "WALTHAM, Mass.--(BUSINESS WIRE)--Aug. 13, 2009-- ImmunoGen, Inc. (Nasdaq: IMGN) today reported\n"
        "financial results for the three months and fiscal year ended June 30, 2009.\n\n"
        "Financial Results\n\n"
        "For the fiscal year ended June 30, 2009, ImmunoGen reported a net loss of $32.4 million.\n"
    )
    assert period_covered(_doc("release.txt", text)) == Period(
        start=dt.date(2009, 4, 1), end=dt.date(2009, 6, 30)
    )
    heading_only = text.replace(
        "today reported\nfinancial results for the three months and fiscal year",
        "today\nannounced its results for the period",
    )
    assert period_covered(_doc("release.txt", heading_only)) is None
