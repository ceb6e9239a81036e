"""People and filing metadata the twenty-fourth review found wrong or missed in three releases.

Missed: a management-team paragraph led by its head ("Ashgrove's management team is led by X, Title,
and includes Y, Title; Z, Title; …") under a heading ("Management Team") whose words ran into the
owner's name; an investor-relations firm over its contact under a heading naming the department alone
("Investor Relations:" / "The Trout Group LLC" / "Marcy Delacroix, …"); the filer of a renamed company
whose former name stands between its name and its ticker ("Veritan Therapeutics, Inc. (formerly Corbel
Pharmaceuticals, Inc.) (Nasdaq: VRTN)").

Kept: a 2011 EDGAR submission whose cover lists Items 2.02, 7.01 and 9.01, prints a former name under
its caption and closes with an exhibit index: the filer is the company of today's name, its
identifiers the cover's; the old ticker a renamed company's release mentions ("had traded under the
symbol "CRBL"") is not its ticker.

Fixtures in tests/reviewed_releases/ (``r24c_*``); the small releases are written here.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from conftest import people_of_fixture, people_of_text, positions_stated, text_document
from extractor_outputs import employers as _employers
from extractor_outputs import roles as _roles

from kg.corpus import read_document
from kg.extractors import filing_metadata
from kg.model import FilingInfo, Period, Relation

FOLDER = Path(__file__).parent / "reviewed_releases"
HALVORSEN = "r24c_halvorsen_2011q2_submission.txt"
VERITAN = "r24c_veritan_2012q1.txt"
ASHGROVE = "r24c_ashgrove_2010q3_mgmt.txt"

ASHGROVE_OPENING = (
    "BOSTON, Nov. 3, 2010 (BUSINESS WIRE) -- Ashgrove Biologics, Inc. (NASDAQ: ASGB) today announced "
    "financial results for the third quarter ended September 30, 2010.\n\n"
)


def _facts(doc_or_name: str) -> list[object]:
    return list(filing_metadata.run(read_document(FOLDER / doc_or_name)))


def _info(facts: list[object]) -> FilingInfo:
    (info,) = [f for f in facts if isinstance(f, FilingInfo)]
    return info


def _relations(facts: list[object]) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for fact in facts:
        if isinstance(fact, Relation):
            found.setdefault(fact.predicate, set()).add(str(fact.obj))
    return found


# ---------------------------------------------------------------------------------------------
# A management-team paragraph, a board chairman, an investor-relations firm
# ---------------------------------------------------------------------------------------------


def test_a_management_team_led_by_its_head_lists_every_officer() -> None:
    """r24c_ashgrove L12-17: "Ashgrove's management team is led by Theresa K. Navarro, Ph.D., President
    and" / "Chief Executive Officer, and includes Jonathan Pike, Executive Vice President" / "and Chief
    Financial Officer; Samuel R. Achebe, M.D., Senior Vice President," / "Clinical Development and Chief
    Medical Officer; Lucia Fenwick, Vice President," / "Regulatory Affairs; and Martin O. Grady, Vice
    President, Manufacturing." — under the heading "Management Team"."""
    found = people_of_fixture(ASHGROVE)
    expected = {
        "theresa-k-navarro": "President and Chief Executive Officer",
        "jonathan-pike": "Executive Vice President and Chief Financial Officer",
        "samuel-r-achebe": "Senior Vice President, Clinical Development and Chief Medical Officer",
        "lucia-fenwick": "Vice President, Regulatory Affairs",
        "martin-o-grady": "Vice President, Manufacturing",
    }
    for key, title in expected.items():
        assert positions_stated(found, key) == {title}, key
        assert _employers(found, key) == {"ashgrove-biologics"}, key
    # Named again without her middle initial and degree: the build joins the two at one employer.
    assert positions_stated(found, "theresa-navarro") == {"Chief Executive Officer"}
    assert positions_stated(found, "walter-h-brennan") == {"Chairman of the Board"}
    assert positions_stated(found, "kwame-asante") == {"Vice President, Business Development"}


def test_another_companys_management_team_is_not_the_filers() -> None:
    """The list is read only where its owner is the filer: a partner's team stays unread."""
    text = ASHGROVE_OPENING + (
        "Amgen's management team is led by Jane Q. Roe, President and Chief Executive Officer, and "
        "includes John P. Doe, Chief Financial Officer.\n"
    )
    found = people_of_text("asgb.txt", text)
    assert "jane-q-roe" not in found and "john-p-doe" not in found


def test_an_investor_relations_firm_under_a_department_heading() -> None:
    """r24c_ashgrove L48-51: "Investor Relations:" / "The Trout Group LLC" / "Marcy Delacroix,
    646-555-0170": an investor contact at the firm over her name, never the filer's."""
    found = people_of_fixture(ASHGROVE)
    assert _roles(found, "marcy-delacroix") == {"investor contact"}
    assert _employers(found, "marcy-delacroix") == {"the-trout-group"}


def test_a_media_relations_heading_over_a_contact() -> None:
    """ "Media Relations:" heads media contacts as "Media:" does; a firm on the line under the name is
    the contact's."""
    text = ASHGROVE_OPENING + (
        "Contacts:\n\nMedia Relations:\nDana Whitcomb\nPacific Strategies Communications, LLC\n(206) 555-0190\n"
    )
    found = people_of_text("asgb.txt", text)
    assert _roles(found, "dana-whitcomb") == {"media contact"}
    assert _employers(found, "dana-whitcomb") == {"pacific-strategies-communications"}


# ---------------------------------------------------------------------------------------------
# A renamed company
# ---------------------------------------------------------------------------------------------


def test_a_former_name_between_the_filers_name_and_its_ticker() -> None:
    """r24c_veritan L5-7: "Veritan" / "Therapeutics, Inc. (formerly Corbel Pharmaceuticals, Inc.) (Nasdaq:
    VRTN)": the filer is named as printed before the aside, with its new ticker; the old one ("had
    traded under the symbol "CRBL"") is not read."""
    facts = _facts(VERITAN)
    info = _info(facts)
    assert info.filer is not None and info.filer.key == "veritan-therapeutics"
    assert info.filer_name == "Veritan Therapeutics, Inc."
    assert info.period_covered == Period(start=dt.date(2012, 1, 1), end=dt.date(2012, 3, 31))
    found = _relations(facts)
    assert (found["ticker"], found["exchange"]) == ({"VRTN"}, {"Nasdaq"})
    assert found["fiscalYearEnd"] == {"--12-31"}


def test_a_one_line_release_of_a_renamed_company_names_its_filer() -> None:
    """Without an "About" paragraph the filer was lost: the aside hid the ticker after the name."""
    for aside in (
        "(formerly Corbel Pharmaceuticals, Inc.)",
        "(formerly known as Corbel Pharmaceuticals, Inc.)",
    ):
        text = (
            "SOUTH SAN FRANCISCO, Calif., May 9, 2012 (GLOBE NEWSWIRE) -- Veritan Therapeutics, Inc. "
            f"{aside} (Nasdaq: VRTN) today reported financial results for the first quarter ended "
            "March 31, 2012.\n"
        )
        info = _info(list(filing_metadata.run(text_document("vrtn.txt", text))))
        assert info.filer is not None and info.filer.key == "veritan-therapeutics", aside


def test_a_parenthesis_other_than_a_former_name_still_hides_the_ticker() -> None:
    """Only a former name is passed over: "(the Company)" before the ticker names no filer by it."""
    text = (
        "SOUTH SAN FRANCISCO, Calif., May 9, 2012 (GLOBE NEWSWIRE) -- Veritan Therapeutics, Inc. "
        "(the Company) (Nasdaq: VRTN) today reported financial results for the first quarter ended "
        "March 31, 2012.\n"
    )
    info = _info(list(filing_metadata.run(text_document("vrtn.txt", text))))
    assert info.filer is None


# ---------------------------------------------------------------------------------------------
# A whole EDGAR submission of 2011
# ---------------------------------------------------------------------------------------------


def test_a_2011_submission_with_a_former_name_and_an_exhibit_index() -> None:
    """r24c_halvorsen: the cover's "HALVORSEN BIOSCIENCES, INC." and its identifiers; the former name
    under "(Former name or former address, if changed since last report)" is not the filer."""
    facts = _facts(HALVORSEN)
    info = _info(facts)
    assert (info.form_type, info.report_date) == ("8-K", dt.date(2011, 8, 4))
    assert info.filer is not None and info.filer.key == "halvorsen-biosciences"
    assert info.period_covered == Period(start=dt.date(2011, 4, 1), end=dt.date(2011, 6, 30))
    found = _relations(facts)
    assert found["secFileNumber"] == {"000-27861"}
    assert found["irsEmployerId"] == {"91-1774538"}
    assert found["stateOfIncorporation"] == {"Delaware"}
    assert found["address"] == {"1616 Eastlake Avenue East, Suite 400, Seattle, Washington 98102"}
    assert found["cik"] == {"0001094561"}
    assert (found["ticker"], found["fiscalYearEnd"]) == ({"HLVB"}, {"--12-31"})


def test_the_submissions_signer_host_and_media_contact() -> None:
    """r24c_halvorsen: the signer "Marcus J. Oyelaran" / "Senior Vice President and" / "Chief Financial
    Officer"; the CEO quoted; "Media:" / "Dana Whitcomb" / "Pacific Strategies Communications, LLC"."""
    found = people_of_fixture(HALVORSEN)
    assert positions_stated(found, "marcus-j-oyelaran") == {
        "Senior Vice President and Chief Financial Officer"
    }
    assert _employers(found, "marcus-j-oyelaran") == {"halvorsen-biosciences"}
    assert positions_stated(found, "ingrid-m-solberg") == {"President and Chief Executive Officer"}
    assert _roles(found, "dana-whitcomb") == {"media contact"}
    assert _employers(found, "dana-whitcomb") == {"pacific-strategies-communications"}
    assert not any("halvorsen-pharmaceuticals" in str(v) for facts in found.values() for _, v, _ in facts)
