"""Filing metadata the twelfth and thirteenth reviews found misread or missed: an EDGAR header's
placeholder IRS number "000000000" stated as the filer's "00-0000000" (Axcan Pharma, whose cover prints
"Not Applicable"); a scanned cover's "F0RM 8-K" read as a press release (Enzon); no filer and no date
from a Business Wire dateline without a comma after the city and a name ending in "Incorporated"
(ImClone); no date from a dateline that names no year, though the release prints "today, February 5,
2007" (Myriad); no period covered where the release names its quarter as "the second quarter of fiscal
2004, the three months ended December 31, 2003" (Enzon), "the second quarter of its fiscal year ending
September 30, 2002" (OSI), or a 52–53-week fourth quarter whose year before the release dates only as
"the fiscal year ended September 29, 2007" (Halloway).

Fixtures in tests/reviewed_releases/ (``r12m_*``); the small releases are written here.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from kg.corpus import Document, document_from_bytes, read_document
from kg.edgar import is_irs_number, printed_identifier
from kg.extractors import filing_metadata
from kg.model import EntityRef, FilingInfo, Period, Relation

FOLDER = Path(__file__).parent / "reviewed_releases"


def _fixture(name: str) -> Document:
    return read_document(FOLDER / name)


def _text(name: str, text: str) -> Document:
    return document_from_bytes(name, text.encode("utf-8"))


def _info(doc: Document) -> FilingInfo:
    return next(f for f in filing_metadata.run(doc) if isinstance(f, FilingInfo))


def _relations(doc: Document) -> dict[str, tuple[object, int, str]]:
    """The filer's relations by predicate: (value, line of the evidence, quote)."""
    return {
        f.predicate: (f.obj.key if isinstance(f.obj, EntityRef) else f.obj, f.evidence.line, f.evidence.quote)
        for f in filing_metadata.run(doc)
        if isinstance(f, Relation)
    }


# ---------------------------------------------------------------------------------------------
# M1: a placeholder IRS number is no identifier
# ---------------------------------------------------------------------------------------------


def test_a_header_irs_number_of_zeros_is_no_identifier() -> None:
    """r12_axcan_fy2007q1_8k.txt: the header's "IRS NUMBER: 000000000" (L19) and the cover's "Not
    Applicable" (L64) state no employer identification number; the other identifiers are still read."""
    relations = _relations(_fixture("r12_axcan_fy2007q1_8k.txt"))
    assert "irsEmployerId" not in relations
    assert relations["secFileNumber"] == ("000-31000", 55, "000-31000")
    assert relations["cik"] == ("0001064122", 15, "0001064122")


def test_placeholder_identifiers_are_no_identifiers() -> None:
    assert printed_identifier("IRS NUMBER", "000000000") is None
    assert printed_identifier("IRS NUMBER", "042726691") == "04-2726691"
    assert not is_irs_number("00-0000000")
    assert is_irs_number("22-2372868")


def test_a_cover_irs_number_of_zeros_is_no_identifier() -> None:
    cover = (
        "FORM 8-K\n\n"
        "Date of Report (Date of earliest event reported): May 8, 2003\n\n"
        "Northwind Biologics Ltd.\n"
        "(Exact name of registrant as specified in its charter)\n\n"
        "Ontario                   000-31000              00-0000000\n"
        "(State or other jurisdiction    (Commission           (I.R.S. Employer\n"
        "     of incorporation)          File Number)         Identification No.)\n"
    )
    relations = _relations(_text("northwind-8k.txt", cover))
    assert "irsEmployerId" not in relations
    assert relations["secFileNumber"] == ("000-31000", 8, "000-31000")


# ---------------------------------------------------------------------------------------------
# M2: "F0RM 8-K"
# ---------------------------------------------------------------------------------------------


def test_a_form_printed_with_a_zero_for_the_o_is_the_form() -> None:
    """r12_enzon_fy2004q2_ocr.txt L4: "F0RM 8-K" over a full cover (scanned)."""
    assert _info(_fixture("r12_enzon_fy2004q2_ocr.txt")).form_type == "8-K"


def test_a_quarterly_form_number_printed_with_look_alikes() -> None:
    text = "                                 FORM l0-Q\n\nNorthwind Biologics Ltd. quarterly report.\n"
    assert _info(_text("northwind-10q.txt", text)).form_type == "10-Q"


# ---------------------------------------------------------------------------------------------
# M5: a Business Wire dateline with no comma after the city, a name ending in "Incorporated"
# ---------------------------------------------------------------------------------------------

IMCLONE = (
    "ImClone Systems Reports Fourth Quarter and Full Year 2005 Financial Results\n\n"
    "NEW YORK--(BUSINESS WIRE)--Feb. 28, 2006--ImClone Systems Incorporated (NASDAQ: IMCL) today reported "
    "financial results for the fourth quarter and year ended December 31, 2005.\n\n"
    "Net income for the fourth quarter of 2005 was $29.4 million, compared with net income of $11.2 "
    "million for the fourth quarter of 2004.\n"
)


def test_a_business_wire_dateline_with_the_city_alone_dates_the_release() -> None:
    info = _info(_text("imclone.txt", IMCLONE))
    assert info.report_date == dt.date(2006, 2, 28)
    assert info.evidence is not None and info.evidence.quote == "Feb. 28, 2006"


def test_a_name_ending_in_incorporated_before_its_ticker_is_the_filer() -> None:
    info = _info(_text("imclone.txt", IMCLONE))
    assert info.filer_name == "ImClone Systems Incorporated"
    assert _relations(_text("imclone.txt", IMCLONE))["ticker"] == ("IMCL", 3, "(NASDAQ: IMCL)")


def test_a_heading_before_dashes_without_a_wire_is_no_dateline() -> None:
    """Without the wire's name in brackets a line "HEADING -- date --" is no dateline: only the Business
    Wire shape reads a city with no comma."""
    text = "QUARTERLY UPDATE -- Feb. 28, 2006 -- results follow.\n"
    assert _info(_text("update.txt", text)).report_date is None


# ---------------------------------------------------------------------------------------------
# M6: a dateline naming no year; the period covered in other words
# ---------------------------------------------------------------------------------------------


def test_a_dateline_without_a_year_takes_it_from_today_of_the_same_day() -> None:
    """r12_myriad_fy2007q2.txt L6: "SALT LAKE CITY, Feb. 5 /PRNewswire-FirstCall/ --"; L79-80: "… the
    results today,\nFebruary 5, 2007, at 4:30 p.m." (cited: it prints the year)."""
    info = _info(_fixture("r12_myriad_fy2007q2.txt"))
    assert info.report_date == dt.date(2007, 2, 5)
    assert info.evidence is not None
    assert (info.evidence.line, info.evidence.quote) == (80, "February 5, 2007")


def test_a_dateline_without_a_year_and_another_day_today_is_not_dated() -> None:
    text = (
        "SALT LAKE CITY, Feb. 5 /PRNewswire-FirstCall/ -- Northwind Biologics, Inc. (Nasdaq: NWBL) today "
        "announced results.\n\nThe call is today, February 6, 2007, at 4:30 p.m.\n"
    )
    assert _info(_text("northwind.txt", text)).report_date is None


def test_a_quarter_named_by_its_fiscal_year_and_its_months_apposed() -> None:
    """r12_enzon_fy2004q2_ocr.txt L43-44: "… for the second quarter\nof fiscal 2004, the three months
    ended December 31, 2003." (the cover's L27-29, "… the second quarter of its\nfiscal year ending June
    30, 2004", names the same quarter)."""
    assert _info(_fixture("r12_enzon_fy2004q2_ocr.txt")).period_covered == Period(
        start=dt.date(2003, 10, 1), end=dt.date(2003, 12, 31)
    )


def test_a_quarter_named_by_its_ordinal_in_a_dated_fiscal_year() -> None:
    """r12m_osi_fy2002q2.htm L5-7: "… for the second quarter of its fiscal year\nending September 30,
    2002." is January to March 2002."""
    assert _info(_fixture("r12m_osi_fy2002q2.htm")).period_covered == Period(
        start=dt.date(2002, 1, 1), end=dt.date(2002, 3, 31)
    )


def test_apposed_months_that_disagree_with_the_quarter_place_nothing() -> None:
    text = (
        "BOSTON, May 4, 2006 -- Northwind Biologics, Inc. (Nasdaq: NWBL) today reported results for the "
        "second quarter of fiscal 2006, the six months ended March 31, 2006.\n"
    )
    assert _info(_text("northwind.txt", text)).period_covered is None


def test_a_week_year_fourth_quarter_placed_by_the_fiscal_year_ended_before() -> None:
    """r12_halloway_fy2008q4.txt L44-45: "… for the fourth quarter and fiscal year\nended September 27,
    2008" (a 52-week year); L124-125: "… Form 10-K for the fiscal\nyear ended September 29, 2007", 52
    weeks before: the year began September 30, 2007, its fourth quarter 39 weeks later."""
    assert _info(_fixture("r12_halloway_fy2008q4.txt")).period_covered == Period(
        start=dt.date(2008, 6, 29), end=dt.date(2008, 9, 27)
    )
