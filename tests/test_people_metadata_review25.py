"""People and filing metadata the twenty-fifth review found wrong or missed in three wire releases.

Missed: PR Newswire's trailer "/CONTACT: Carol Hausner, Executive Director, Investor Relations of
ImmunoGen, Inc., +1-617-995-2500; or Media, Rhonda Chiger of Rx Communications, +1-917-322-2569/" (the
heading opens with a slash, the role is set apart by a comma, the firm follows "of"); the date of its
dateline "Jan. 28 /PRNewswire-FirstCall/", which names no year, though the release reports the quarter
ended December 31, 2004; Business Wire's firm printed over a role heading over its contact ("or" /
"Lippert/Heilshorn & Associates, Inc." / "Investors:" / "Jody Cain, 310-691-7100"); an officer the
company "named" to a title with the name's comma alone ("the Company named Anita Rosales, Ph.D., Senior
Vice President, Research.").

Fixtures in tests/reviewed_releases/ (``r25c_*``); the small releases are written here.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from conftest import people_of_fixture, people_of_text, positions_stated, text_document
from extractor_outputs import employers as _employers
from extractor_outputs import roles as _roles

from kg.corpus import read_document
from kg.extractors import filing_metadata
from kg.model import FilingInfo

FOLDER = Path(__file__).parent / "reviewed_releases"
IMMUNOGEN = "r25c_immunogen_fy2005_q2_prn.txt"
HALCYRA = "r25c_halcyra_fy2006q4_bw.txt"
VELORA = "r25c_velora_2007q4_marketwire.txt"

VELORA_OPENING = (
    "SAN DIEGO, CA -- (MARKET WIRE) -- March 5, 2008 -- Velora Pharmaceuticals, Inc. (NASDAQ: VLRA) "
    "today reported financial results for the year ended December 31, 2007.\n\n"
)


def _info_of(doc_text: str | None = None, fixture: str | None = None) -> FilingInfo:
    doc = read_document(FOLDER / fixture) if fixture else text_document("release.txt", doc_text or "")
    (info,) = [f for f in filing_metadata.run(doc) if isinstance(f, FilingInfo)]
    return info


# ---------------------------------------------------------------------------------------------
# PR Newswire: the "/CONTACT: …/" trailer and a dateline with no year
# ---------------------------------------------------------------------------------------------


def test_pr_newswire_contact_trailer_reads_both_contacts() -> None:
    """r25c_immunogen L59-60: "/CONTACT: Carol Hausner, Executive Director, Investor Relations of
    ImmunoGen, Inc.," / "+1-617-995-2500; or Media, Rhonda Chiger of Rx Communications, +1-917-322-2569/"."""
    found = people_of_fixture(IMMUNOGEN)
    assert positions_stated(found, "carol-hausner") == {"Executive Director, Investor Relations"}
    assert _employers(found, "carol-hausner") == {"immunogen"}
    assert _roles(found, "rhonda-chiger") == {"media contact"}
    assert _employers(found, "rhonda-chiger") == {"rx-communications"}
    assert positions_stated(found, "rhonda-chiger") == set()


def test_a_firm_after_of_with_partners_names_and_its_legal_form() -> None:
    """ "…; or Investors, Mark Doe of Lippert/Heilshorn & Associates, Inc., …": the firm is the
    contact's employer, the role the word before the name."""
    text = VELORA_OPENING + (
        "CONTACT: Jane Roe, Chief Financial Officer, +1-858-555-0100; or Investors, Mark Doe of "
        "Lippert/Heilshorn & Associates, Inc., +1-310-691-7100\n"
    )
    found = people_of_text("vlra.txt", text)
    assert _employers(found, "mark-doe") == {"lippert-heilshorn-associates"}
    assert _roles(found, "mark-doe") == {"investor contact"}
    assert positions_stated(found, "jane-roe") == {"Chief Financial Officer"}


def test_a_department_after_of_is_no_firm() -> None:
    """ "…; or Mark Doe of Corporate Communications, …": a department, no firm; the contact after the
    semicolon, with neither a title nor a firm, is not read."""
    text = VELORA_OPENING + (
        "/CONTACT: Jane Roe, Chief Financial Officer, +1-858-555-0100; or Mark Doe of Corporate "
        "Communications, +1-310-691-7100/\n"
    )
    found = people_of_text("vlra.txt", text)
    assert "mark-doe" not in found
    assert positions_stated(found, "jane-roe") == {"Chief Financial Officer"}


def test_a_yearless_dateline_is_dated_after_the_period_it_reports() -> None:
    """r25c_immunogen L3-5: "CAMBRIDGE, Mass., Jan. 28 /PRNewswire-FirstCall/ -- ImmunoGen, Inc. …
    today reported financial results for the three and six months ended December 31, 2004": the first
    January 28 after that day; cited at the dateline."""
    info = _info_of(fixture=IMMUNOGEN)
    assert info.report_date == dt.date(2005, 1, 28)
    assert info.evidence is not None and (info.evidence.line, info.evidence.quote) == (3, "Jan. 28")


def test_a_yearless_dateline_long_after_the_period_is_not_dated() -> None:
    """A release dated "Aug. 28" that reports the quarter ended December 31, 2004: no results release
    comes out eight months after its period; no date is read."""
    text = (
        "CAMBRIDGE, Mass., Aug. 28 /PRNewswire-FirstCall/ -- Acme Biologics, Inc. (Nasdaq: ACMB) today "
        "reported financial results for the three months ended December 31, 2004.\n"
    )
    assert _info_of(text).report_date is None


def test_a_yearless_dateline_with_another_day_today_is_not_dated() -> None:
    """ "today, January 29, 2005" under "Jan. 28": which day is meant is in doubt, whatever the period."""
    text = (
        "CAMBRIDGE, Mass., Jan. 28 /PRNewswire-FirstCall/ -- Acme Biologics, Inc. (Nasdaq: ACMB) today "
        "reported financial results for the three months ended December 31, 2004.\n\n"
        "The call is today, January 29, 2005, at 10:00 a.m.\n"
    )
    assert _info_of(text).report_date is None


# ---------------------------------------------------------------------------------------------
# Business Wire: a firm over a role heading over its contact
# ---------------------------------------------------------------------------------------------


def test_a_firm_over_a_role_heading_employs_the_contact_under_it() -> None:
    """r25c_halcyra L55-58: "or" / "Lippert/Heilshorn & Associates, Inc." / "Investors:" / "Jody Cain,
    310-691-7100"."""
    found = people_of_fixture(HALCYRA)
    assert _roles(found, "jody-cain") == {"investor contact"}
    assert _employers(found, "jody-cain") == {"lippert-heilshorn-associates"}
    assert positions_stated(found, "steven-j-achterberg") == {"Vice President and Chief Financial Officer"}
    assert _employers(found, "steven-j-achterberg") == {"halcyra-therapeutics"}


def test_the_wire_releases_metadata() -> None:
    """The Business Wire and Market Wire datelines, tickers and periods."""
    halcyra = _info_of(fixture=HALCYRA)
    assert halcyra.report_date == dt.date(2006, 11, 14)
    assert halcyra.filer_name == "Halcyra Therapeutics, Inc."
    velora = _info_of(fixture=VELORA)
    assert velora.report_date == dt.date(2008, 3, 5)
    assert velora.filer_name == "Velora Pharmaceuticals, Inc."


def test_a_lead_investigator_and_a_partners_officer_are_not_the_filers() -> None:
    """r25c_halcyra L20-22: a professor quoted is no officer of the filer; r25c_immunogen L25-26:
    "Dr. Ronald Levy, Director of Clinical Oncology at Genentech, Inc." works for Genentech."""
    assert "peter-lindqvist" not in people_of_fixture(HALCYRA)
    assert _employers(people_of_fixture(IMMUNOGEN), "ronald-levy") == {"genentech"}


# ---------------------------------------------------------------------------------------------
# Management news: "named X, Title"
# ---------------------------------------------------------------------------------------------


def test_the_company_named_an_officer_to_a_title() -> None:
    """r25c_velora L19-20: "During the fourth quarter, the Company named Anita Rosales, Ph.D., Senior
    Vice President, Research.\""""
    found = people_of_fixture(VELORA)
    assert positions_stated(found, "anita-rosales") == {"Senior Vice President, Research"}
    assert _employers(found, "anita-rosales") == {"velora-pharmaceuticals"}


def test_another_company_naming_an_officer_is_not_the_filers_news() -> None:
    """ "Amgen named John Roe, Chief Executive Officer.": another company's officer; a list of two
    named with titles, or a title in small letters, is left unread."""
    for sentence in (
        "During the quarter, Amgen named John Roe, Chief Executive Officer.\n",
        "During the quarter, the Company named Jane Doe, Ph.D., a Fellow of the Society.\n",
    ):
        found = people_of_text("vlra.txt", VELORA_OPENING + sentence)
        assert not any(_employers(found, key) == {"velora-pharmaceuticals"} for key in found), sentence
