"""People and filing metadata the twenty-sixth review found wrong in two EDGAR complete submissions.

Wrong: a labelled signer's title left open at its line's end ("Title: Vice President, Finance and" /
"Chief Accounting Officer") was cut at that line, a title ending in "and"; a contacts table whose cells
hold their lines parted by line breaks ("Investors<tab>Media" over "Gregory M. Halloran" / "Chief
Financial Officer" / "" / "Erin Bastow" / "Pure Communications, Inc.") gave every contact under its
heading row the first heading's role, the media contact too.

Read right and kept so: the 2010 submission whose 8-K and EX-99.1 are HTML inside ``<TEXT>`` (with a
GRAPHIC document), and the 2006 one whose cover names the filer in capitals over a former name, with an
EX-99.1 in plain text and an EX-99.2 of tables. Fixtures in tests/reviewed_releases/ (``r26c_*``); the
variants are made here from them.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from conftest import people_of_fixture, people_of_text, positions_stated
from extractor_outputs import employers as _employers
from extractor_outputs import roles as _roles

from kg.corpus import read_document
from kg.extractors import filing_metadata
from kg.model import FilingInfo, Relation

FOLDER = Path(__file__).parent / "reviewed_releases"
SOLVANE = "r26c_solvane_2010q3_html_submission.txt"
TAMSIN = "r26c_tamsin_fy2006q2_ex992_submission.txt"

#: The Solvane contacts table, each cell's lines parted by line breaks.
CONTACTS_ROWS = (
    "<TR><TD>Gregory M. Halloran</TD><TD>Erin Bastow</TD></TR>\n"
    "<TR><TD>Chief Financial Officer</TD><TD>Pure Communications, Inc.</TD></TR>\n"
    "<TR><TD>617-555-0412</TD><TD>910-555-0130</TD></TR>"
)
CONTACTS_CELLS = (
    '<TR><TD VALIGN="top">Gregory M. Halloran<BR>Chief Financial Officer<BR>617-555-0412</TD>'
    '<TD VALIGN="top">Erin Bastow<BR>Pure Communications, Inc.<BR>910-555-0130</TD></TR>'
)
#: The Tamsin signature, unlabelled as filed.
SIGNER = (
    "                                            Louise C. Ferraro\n"
    "                                            Vice President, Finance and\n"
    "                                            Chief Accounting Officer"
)


def _fixture_text(name: str) -> str:
    return (FOLDER / name).read_text(encoding="utf-8")


def _variant(name: str, old: str, new: str) -> str:
    text = _fixture_text(name)
    assert old in text
    return text.replace(old, new)


def _facts(name: str) -> list[object]:
    return list(filing_metadata.run(read_document(FOLDER / name)))


def _relations(facts: list[object]) -> dict[str, set[object]]:
    found: dict[str, set[object]] = {}
    for fact in facts:
        if isinstance(fact, Relation):
            found.setdefault(fact.predicate, set()).add(fact.obj)
    return found


# ---------------------------------------------------------------------------------------------
# A labelled signer's title over two lines
# ---------------------------------------------------------------------------------------------


def test_a_labelled_title_left_open_goes_on_under_its_line() -> None:
    """ "Name:  Louise C. Ferraro" / "Title: Vice President, Finance and" / "Chief Accounting
    Officer": the title is both lines, not a title ending in "and"."""
    labelled = (
        "                                        Name:  Louise C. Ferraro\n"
        "                                        Title: Vice President, Finance and\n"
        "                                               Chief Accounting Officer"
    )
    found = people_of_text("tamsin.txt", _variant(TAMSIN, SIGNER, labelled))
    assert positions_stated(found, "louise-c-ferraro") == {
        "Vice President, Finance and Chief Accounting Officer",
        "Vice President, Finance",
    }


def test_a_labelled_title_left_open_for_good_is_unread() -> None:
    """ "Title: Vice President, Finance and" over a line that is no title's: no title at all."""
    labelled = (
        "                                        Name:  Louise C. Ferraro\n"
        "                                        Title: Vice President, Finance and\n"
        "Exhibit 99.1"
    )
    found = people_of_text("tamsin.txt", _variant(TAMSIN, SIGNER, labelled))
    assert positions_stated(found, "louise-c-ferraro") == {"Vice President, Finance"}


def test_a_labelled_title_on_one_line_is_read_as_before() -> None:
    """ "Name: Gregory M. Halloran" / "Title: Senior Vice President and Chief Financial Officer" in an
    HTML signature table."""
    text = _variant(
        SOLVANE,
        "<TR><TD>&nbsp;</TD><TD>Gregory M. Halloran</TD></TR>\n"
        "<TR><TD>&nbsp;</TD><TD>Senior Vice President and Chief Financial Officer</TD></TR>",
        "<TR><TD>&nbsp;</TD><TD>Name:&nbsp;Gregory M. Halloran</TD></TR>\n"
        "<TR><TD>&nbsp;</TD><TD>Title:&nbsp;&nbsp;Senior Vice President and Chief Financial Officer</TD></TR>",
    )
    found = people_of_text("solvane.txt", text)
    assert "Senior Vice President and Chief Financial Officer" in positions_stated(
        found, "gregory-m-halloran"
    )


# ---------------------------------------------------------------------------------------------
# Contacts under a row of role headings
# ---------------------------------------------------------------------------------------------


def test_contacts_side_by_side_under_their_headings_take_their_roles() -> None:
    """SOLVANE: "Investors<tab>Media" over "Gregory M. Halloran<tab>Erin Bastow" / "Chief Financial
    Officer<tab>Pure Communications, Inc."."""
    found = people_of_fixture(SOLVANE)
    assert _roles(found, "gregory-m-halloran") == {"investor contact"}
    assert _roles(found, "erin-bastow") == {"media contact"}
    assert _employers(found, "erin-bastow") == {"pure-communications"}


def test_contacts_one_under_the_other_under_a_row_of_headings_take_no_role() -> None:
    """Each cell's lines parted by line breaks: the heading row prints alone, then each cell's contact
    as a paragraph of its own; which heading is whose is not printed, and the media contact is no
    investor contact."""
    found = people_of_text("solvane.txt", _variant(SOLVANE, CONTACTS_ROWS, CONTACTS_CELLS))
    assert _roles(found, "erin-bastow") == set()
    assert _roles(found, "gregory-m-halloran") == set()
    assert _employers(found, "erin-bastow") == {"pure-communications"}
    assert "Chief Financial Officer" in positions_stated(found, "gregory-m-halloran")


# ---------------------------------------------------------------------------------------------
# Officers of the releases and the filing's metadata, read right
# ---------------------------------------------------------------------------------------------


def test_officers_of_the_html_release() -> None:
    """SOLVANE: a quote's speaker, the CFO's quote, an appointment ("Solvane appointed Priya
    Natarajan, Ph.D., as Vice President, Clinical Development.")."""
    found = people_of_fixture(SOLVANE)
    assert positions_stated(found, "dana-r-whitcomb") == {"President and Chief Executive Officer"}
    assert positions_stated(found, "priya-natarajan") == {"Vice President, Clinical Development"}
    assert _employers(found, "priya-natarajan") == {"solvane-therapeutics"}


def test_officers_of_the_plain_text_release() -> None:
    """TAMSIN: the unlabelled signer over two lines, the quote's speaker with the filer's possessive,
    a new officer who "has joined Tamsin as Vice" / "President of Regulatory Affairs"."""
    found = people_of_fixture(TAMSIN)
    assert "Vice President, Finance and Chief Accounting Officer" in positions_stated(
        found, "louise-c-ferraro"
    )
    assert positions_stated(found, "howard-j-pemberton") == {"Chairman and Chief Executive Officer"}
    assert positions_stated(found, "margaret-o-donnell") == {"Vice President of Regulatory Affairs"}
    assert _employers(found, "margaret-o-donnell") == {"tamsin-biopharma"}


def test_metadata_of_the_html_submission() -> None:
    """SOLVANE: the cover in HTML, the header's CIK and fiscal year end, the release's ticker."""
    facts = _facts(SOLVANE)
    (info,) = [fact for fact in facts if isinstance(fact, FilingInfo)]
    assert info.form_type == "8-K"
    assert info.report_date == dt.date(2010, 11, 4)
    assert info.filer is not None and info.filer.key == "solvane-therapeutics"
    assert info.period_covered is not None
    assert (info.period_covered.start, info.period_covered.end) == (dt.date(2010, 7, 1), dt.date(2010, 9, 30))
    found = _relations(facts)
    assert found["cik"] == {"0001327095"}
    assert found["ticker"] == {"SLVN"}
    assert found["exchange"] == {"Nasdaq"}
    assert found["fiscalYearEnd"] == {"--12-31"}
    assert found["stateOfIncorporation"] == {"Delaware"}


def test_metadata_of_the_submission_with_a_former_name() -> None:
    """TAMSIN: the cover names the filer in capitals over its former name ("TAMSIN DIAGNOSTICS,
    INC." / "(Former name or former address, …)"); the filer is the present company, labelled as the
    release prints it."""
    facts = _facts(TAMSIN)
    (info,) = [fact for fact in facts if isinstance(fact, FilingInfo)]
    assert info.filer is not None and info.filer.key == "tamsin-biopharma"
    assert info.report_date == dt.date(2006, 8, 1)
    assert info.period_covered is not None
    assert (info.period_covered.start, info.period_covered.end) == (dt.date(2006, 4, 1), dt.date(2006, 6, 30))
    labels = {fact.label for fact in facts if getattr(fact, "ref", None) == info.filer}
    assert labels == {"Tamsin BioPharma Corp."}
    found = _relations(facts)
    assert found["cik"] == {"0000891288"}
    assert found["ticker"] == {"TMSN"}
    assert found["stateOfIncorporation"] == {"Massachusetts"}
