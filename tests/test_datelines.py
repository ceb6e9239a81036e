"""Datelines of releases in the forms wire services and filers print them: city in small letters,
the date in brackets or in figures, single hyphens."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.corpus import document_from_bytes
from kg.extractors import filing_metadata
from kg.model import FilingInfo

TAIL = " ImmunoGen, Inc. (Nasdaq: IMGN) today reported results for its fiscal quarter.\n"


def _report_date(text: str) -> tuple[dt.date | None, str | None]:
    doc = document_from_bytes("release.txt", text.encode())
    info = next(f for f in filing_metadata.run(doc) if isinstance(f, FilingInfo))
    return info.report_date, info.evidence.quote if info.evidence else None


@pytest.mark.parametrize(
    ("dateline", "date", "quote"),
    [
        ("WALTHAM, MA -- (MARKET WIRE) -- 07/29/09 --", dt.date(2009, 7, 29), "07/29/09"),
        ("NEW YORK, NY -- 2/14/2008 --", dt.date(2008, 2, 14), "2/14/2008"),
        ("Waltham, Mass. (July 29, 2009) -", dt.date(2009, 7, 29), "July 29, 2009"),
        ("Cambridge, MA - August 5, 2004 -", dt.date(2004, 8, 5), "August 5, 2004"),
        ("Cambridge, MA, October 28, 2003 -", dt.date(2003, 10, 28), "October 28, 2003"),
        ("WALTHAM, Mass., July 29, 2009 (GLOBE NEWSWIRE) --", dt.date(2009, 7, 29), "July 29, 2009"),
    ],
)
def test_dateline_forms(dateline: str, date: dt.date, quote: str) -> None:
    assert _report_date(f"For Immediate Release\n\n{dateline}{TAIL}") == (date, quote)


@pytest.mark.parametrize(
    "text",
    [
        # No year: the date is not guessed from the period the release reports on.
        "CAMBRIDGE, Mass., Jan. 27 /PRNewswire-FirstCall/ --" + TAIL,
        # No such day.
        "NEW YORK, NY -- 13/45/2008 --" + TAIL,
        # A line of a table or of prose is no dateline.
        "Revenues, net, June 30, 2005 - were flat.\n",
    ],
)
def test_no_date_where_no_dateline_gives_one(text: str) -> None:
    assert _report_date(text) == (None, None)


def test_a_conference_call_line_is_no_dateline() -> None:
    text = "FOR IMMEDIATE RELEASE\n\nThursday, March 12, 2009 - 4:30 p.m. Eastern Time\n" + TAIL
    assert _report_date(text) == (None, None)


@pytest.mark.parametrize(
    ("dateline", "date"),
    [
        # Day and month either way: read month first only in the US.
        ("LONDON, UK -- 05/11/2009 --", None),
        ("BOSTON, MA -- 05/11/2009 --", dt.date(2009, 5, 11)),
        ("WALTHAM, Mass. -- 05/11/2009 --", dt.date(2009, 5, 11)),
        # One way only: read wherever it is.
        ("LONDON, UK -- 05/13/2009 --", dt.date(2009, 5, 13)),
    ],
)
def test_figures_read_month_first_only_where_that_is_the_custom(dateline: str, date: dt.date | None) -> None:
    assert _report_date(dateline + TAIL)[0] == date
