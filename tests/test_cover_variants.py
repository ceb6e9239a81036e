"""8-K cover pages printed in other ways: the date above its caption, dates in figures, captions
worded as other filers word them."""

from __future__ import annotations

import datetime as dt

from kg.corpus import document_from_bytes
from kg.extractors import filing_metadata
from kg.model import FilingInfo, Relation


def _cover(text: str) -> tuple[FilingInfo, dict[str, str]]:
    facts = list(filing_metadata.run(document_from_bytes("cover.txt", text.encode())))
    info = next(f for f in facts if isinstance(f, FilingInfo))
    return info, {f.predicate: str(f.obj) for f in facts if isinstance(f, Relation)}


def test_the_date_printed_above_its_caption() -> None:
    info, identifiers = _cover(
        "FORM 8-K\nCURRENT REPORT\n\nOctober 28, 2010\nDate of Report (Date of earliest event reported)\n\n"
        "IMMUNOGEN, INC.\n(Exact name of registrant as specified in its charter)\n"
        "Massachusetts\t0-17999\t04-2726691\n"
        "(State or other jurisdiction of incorporation)\t(Commission File Number)\t"
        "(IRS Employer Identification No.)\n"
    )
    assert info.report_date == dt.date(2010, 10, 28)
    assert info.evidence is not None and info.evidence.quote == "October 28, 2010"
    assert identifiers["secFileNumber"] == "0-17999"


def test_a_caption_with_no_date_above_gives_none() -> None:
    info, _ = _cover(
        "FORM 8-K\nPursuant to Section 13\nDate of Report (Date of earliest event reported)\n"
        "ImmunoGen, Inc.\n(Exact name of registrant as specified in its charter)\n"
    )
    assert info.report_date is None


def test_a_date_of_report_in_figures_and_other_caption_wordings() -> None:
    info, identifiers = _cover(
        "FORM 8-K\nDate of report (Date of earliest event reported): 10/28/2010\n"
        "Northfield Therapeutics, Inc.\n(Exact Name of Registrant as Specified in Charter)\n"
        "Delaware\n(State or Other Jurisdiction of Incorporation or Organization)\n"
        "0-12345\n(Commission File No.)\n"
        "1 Main Street, Boston, MA 02110\n(Address of principal executive offices, including zip code)\n"
    )
    assert (info.report_date, info.filer_name) == (dt.date(2010, 10, 28), "Northfield Therapeutics, Inc.")
    assert identifiers == {
        "stateOfIncorporation": "Delaware",
        "secFileNumber": "0-12345",
        "address": "1 Main Street, Boston, MA 02110",
    }


def test_a_changed_fiscal_year_end_is_the_new_one() -> None:
    """A release on the transition period: its tables show six months to December 31 beside a June
    year; the filer's year now ends December 31, as the release states."""
    from pathlib import Path

    doc = document_from_bytes(
        "transition.txt",
        (Path(__file__).parent / "immunogen_quarters" / "immunogen_transition_2013.txt").read_bytes(),
    )
    fye = [f for f in filing_metadata.run(doc) if isinstance(f, Relation) and f.predicate == "fiscalYearEnd"]
    assert [(f.obj, f.evidence.quote) for f in fye] == [
        ("--12-31", "changed its fiscal year end from June 30 to December 31")
    ]
