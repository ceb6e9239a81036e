"""The period a fourth-quarter-and-year release covers (``kg:periodCovered``): the quarter, from the
wordings the eighth review's releases and their variants print ("the fourth quarter and fiscal year
ended June 30, 2008", "… full-year ended …", "the fiscal fourth quarter and year ended …", "the fourth
quarter and fiscal year 2008, which ended …", "the fourth quarter of 2006 and the year ended …"), and
a quarter named by its ordinal and year alone ("the fourth quarter and full year 2006"), placed only
for a filer whose fiscal year is the calendar year.

Fixtures in tests/reviewed_releases/ (Seattle Genetics 2006 Q4, Immunomedics FY2008 Q4, Micromet 2011
Q4); the small releases are written here.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from conftest import period_covered

from kg.corpus import Document, document_from_bytes, read_document
from kg.model import Period

FOLDER = Path(__file__).parent / "reviewed_releases"


@pytest.mark.parametrize(
    ("name", "start", "end"),
    [
        ("sgen_2006q4.txt", dt.date(2006, 10, 1), dt.date(2006, 12, 31)),
        ("immu_fy2008q4.htm", dt.date(2008, 4, 1), dt.date(2008, 6, 30)),
        ("mitr_2011q4.htm", dt.date(2011, 10, 1), dt.date(2011, 12, 31)),
    ],
)
def test_the_reviewed_fourth_quarter_releases_cover_their_quarter(
    name: str, start: dt.date, end: dt.date
) -> None:
    assert period_covered(read_document(FOLDER / name)) == Period(start=start, end=end)


@pytest.mark.parametrize(
    ("words", "start", "end"),
    [
        (
            "the fourth quarter and full-year ended December 31, 2011",
            dt.date(2011, 10, 1),
            dt.date(2011, 12, 31),
        ),
        ("the fiscal fourth quarter and year ended June 30, 2008", dt.date(2008, 4, 1), dt.date(2008, 6, 30)),
        (
            "the fourth quarter and fiscal year 2008 ended June 30, 2008",
            dt.date(2008, 4, 1),
            dt.date(2008, 6, 30),
        ),
        (
            "the fourth quarter and fiscal year 2008, which ended June 30, 2008",
            dt.date(2008, 4, 1),
            dt.date(2008, 6, 30),
        ),
        (
            "the fourth quarter of 2006 and the year ended December 31, 2006",
            dt.date(2006, 10, 1),
            dt.date(2006, 12, 31),
        ),
    ],
)
def test_wordings_of_a_fourth_quarter_and_year_with_the_date_they_ended(
    words: str, start: dt.date, end: dt.date
) -> None:
    text = (
        "MORRIS PLAINS, N.J., August 27, 2012 -- Acme Biologics, Inc. (Nasdaq: ACME) today reported\n"
        f"financial results for {words}.\n\nTotal revenues for the quarter were $5.0 million.\n"
    )
    assert period_covered(document_from_bytes("release.txt", text.encode())) == Period(start=start, end=end)


def _edited(name: str, replacements: list[tuple[str, str]]) -> Document:
    text = (FOLDER / name).read_bytes().decode("utf-8")
    for old, new in replacements:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    return document_from_bytes(name, text.encode("utf-8"))


def test_a_quarter_named_by_its_ordinal_and_year_of_a_calendar_year_filer() -> None:
    """sgen_2006q4.txt with both its sentences (the 8-K's L30 and the release's L50) naming the quarter
    without its date: the filer's year ends on December 31 (its statements' columns), so the fourth
    quarter of 2006 is October to December 2006."""
    doc = _edited(
        "sgen_2006q4.txt",
        [
            (
                "announcing its financial results for the fourth quarter and year ended\nDecember 31, 2006.",
                "announcing its financial results for the fourth quarter and full year\n2006.",
            ),
            (
                "today reported financial results for the fourth quarter and year ended\nDecember 31, 2006.",
                "today reported financial results for the fourth quarter and full year\n2006.",
            ),
        ],
    )
    assert period_covered(doc) == Period(start=dt.date(2006, 10, 1), end=dt.date(2006, 12, 31))


def test_a_quarter_named_by_its_ordinal_and_year_of_another_fiscal_year_is_not_placed() -> None:
    """immu_fy2008q4.htm (fiscal year ending June 30) naming "the fourth quarter of fiscal 2008" without
    its date: how the filer numbers its fiscal years is not read from that phrase; nothing is said."""
    doc = _edited(
        "immu_fy2008q4.htm",
        [
            (
                "announcing its results for the fourth quarter and fiscal year ended June 30, 2008.",
                "announcing its results for the fourth quarter of fiscal 2008.",
            ),
            (
                "today reported financial results for the fourth quarter and fiscal year ended June&nbsp;30, 2008.",
                "today reported financial results for the fourth quarter of fiscal 2008.",
            ),
        ],
    )
    assert period_covered(doc) is None
