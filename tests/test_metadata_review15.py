"""Filing metadata the sixteenth review found missed: a Business Wire dateline indented by spaces, as
Business Wire's text in EDGAR exhibits prints it ("    SEATTLE--(BUSINESS WIRE)--July 30, 2008--
ZymoGenetics, Inc. …"), gave the release no date of report. The dateline reader is also what tells the
people reader where a contacts block ends (``opens_with_dateline``).

Fixtures in tests/reviewed_releases/ (``r15p_*``); the small releases are written here.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from kg.corpus import Document, document_from_bytes, read_document
from kg.extractors import filing_metadata
from kg.model import FilingInfo

FOLDER = Path(__file__).parent / "reviewed_releases"


def _text(name: str, text: str) -> Document:
    return document_from_bytes(name, text.encode("utf-8"))


def _info(doc: Document) -> FilingInfo:
    return next(f for f in filing_metadata.run(doc) if isinstance(f, FilingInfo))


def test_an_indented_business_wire_dateline_dates_the_release() -> None:
    """ "    SEATTLE--(BUSINESS WIRE)--July 30, 2008--ZymoGenetics, Inc. (NASDAQ:ZGEN)": the date of report,
    cited where the dateline prints it."""
    text = (
        "ZymoGenetics Reports Second Quarter 2008 Financial Results\n\n"
        "    SEATTLE--(BUSINESS WIRE)--July 30, 2008--ZymoGenetics, Inc. (NASDAQ:ZGEN)\n"
        "today reported financial results for the quarter ended June 30, 2008.\n"
    )
    info = _info(_text("zymo.txt", text))
    assert info.report_date == dt.date(2008, 7, 30)
    assert info.evidence is not None and info.evidence.line == 3
    assert info.filer is not None and info.filer.key == "zymogenetics"


def test_an_indented_pr_newswire_dateline_dates_the_release() -> None:
    """A tab-indented dateline with a state: "\\tBOTHELL, Wash., Feb. 10, 2009 /PRNewswire/ --"."""
    text = (
        "\tBOTHELL, Wash., Feb. 10, 2009 /PRNewswire-FirstCall/ -- Acme Biotherapeutics, Inc.\n"
        "(Nasdaq: ACMB) today reported results for the fourth quarter ended December 31, 2008.\n"
    )
    assert _info(_text("acme.txt", text)).report_date == dt.date(2009, 2, 10)


def test_an_indented_weekday_and_date_is_no_dateline() -> None:
    """ "    Thursday, March 12, 2009 - 4:30 p.m. Eastern Time": a call's time, indented or not, dates no
    release."""
    text = (
        "Acme Biotherapeutics, Inc. (Nasdaq: ACMB) will hold a call.\n\n"
        "    Thursday, March 12, 2009 - 4:30 p.m. Eastern Time\n"
    )
    assert _info(_text("acme.txt", text)).report_date is None


def test_zymogenetics_date_of_report() -> None:
    """r15p_zymogenetics_2008q2.txt L5: the indented Business Wire dateline."""
    info = _info(read_document(FOLDER / "r15p_zymogenetics_2008q2.txt"))
    assert info.report_date == dt.date(2008, 7, 30)
    assert info.evidence is not None and info.evidence.line == 5


def test_lines_opening_with_a_dateline() -> None:
    """What ``opens_with_dateline`` takes for a dateline: a place, a date and a dash, the wire's name
    anywhere among them, indented or not; a weekday's date, a contact's line and prose are none."""
    for line in (
        "Morris Plains, NJ, May 15, 2006 -- Immunomedics, Inc. (Nasdaq: IMMU) today reported",
        "    SEATTLE--(BUSINESS WIRE)--July 30, 2008--ZymoGenetics, Inc. (NASDAQ:ZGEN)",
        "Redwood City, CA, May 1, 2008 /PRNewswire-FirstCall/ -- Acme",
        "SALT LAKE CITY, Feb. 5 /PRNewswire-FirstCall/ -- Myriad Genetics, Inc.",
        "NEW YORK, NY -- 2/14/2008 -- ImClone Systems Incorporated",
    ):
        assert filing_metadata.opens_with_dateline(line), line
    for line in (
        "Thursday, March 12, 2009 - 4:30 p.m. Eastern Time",
        "Jane Roe, Chief Financial Officer, (555) 555-0100",
        "Morris Plains, NJ 07950",
        "results for the quarter ended March 31, 2006 -- a record quarter",
    ):
        assert not filing_metadata.opens_with_dateline(line), line
