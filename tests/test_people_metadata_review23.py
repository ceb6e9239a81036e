"""People and filing metadata the twenty-third review found wrong or missed in three releases.

Wrong: a partner's officer whose title closes with his company printed in small letters ("…, Senior Vice
President, Oncology Research, sanofi-aventis", a joint release ImmunoGen filed) was placed at the filer,
the company kept in the title; British courtesy titles printed without the period and knights' styles
("Dr Andrew Pryce", "Sir Michael Treadwell") were read as part of the name and of its key.

Missed: a joint release's contacts printed in a column per company, each headed by its company's name
("ImmunoGen, Inc." beside "sanofi-aventis"); a PR firm whose name joins its partners with a slash
("Noonan/Russo Communications, Inc.", a 2001 HTML exhibit); a 6-K cover's file number labelled on its
line ("Commission File Number: 000-51377") and its address's first line printed longer than the caption
under it; a contacts block headed "Enquiries:".

Kept: the filer of a joint release is the company whose 8-K it is, with its own ticker and fiscal-year
end alone (the partner's "(EURONEXT: SAN and NYSE: SNY)" and "Its fiscal year ends December 31." are
not the filer's); a director who retired gets no title.

Fixtures in tests/reviewed_releases/ (``r23c_*``); the small releases are written here.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from conftest import people_of_fixture, people_of_text, positions_stated, text_document
from extractor_outputs import employers as _employers
from extractor_outputs import reviewed_filing_info as _info
from extractor_outputs import reviewed_metadata_relations as _relations

from kg.corpus import document_from_bytes, read_document
from kg.extractors import filing_metadata
from kg.model import Period, Relation

FOLDER = Path(__file__).parent / "reviewed_releases"
JOINT = "r23c_immunogen_sanofi_fy2007_joint.txt"
VELACOR = "r23c_velacor_2001q3_ex991.htm"
THAMESGATE = "r23c_thamesgate_fy2009_h1_6k.txt"

VELORA_OPENING = (
    "CAMBRIDGE, Mass., Nov. 8, 2012 (GLOBE NEWSWIRE) -- Velora Pharmaceuticals, Inc. (Nasdaq: VLRA) "
    "today reported financial results for the third quarter ended September 30, 2012.\n\n"
)


# ---------------------------------------------------------------------------------------------
# A joint release of two companies
# ---------------------------------------------------------------------------------------------


def test_a_partners_officer_with_his_company_in_small_letters_works_for_it() -> None:
    """r23c_joint L73-74: "said Marc-Antoine Delorme, M.D., Ph.D., Senior Vice President," / "Oncology
    Research, sanofi-aventis." — sanofi-aventis's officer, never ImmunoGen's."""
    found = people_of_fixture(JOINT)
    assert positions_stated(found, "marc-antoine-delorme") == {"Senior Vice President, Oncology Research"}
    assert _employers(found, "marc-antoine-delorme") == {"sanofi-aventis"}
    assert _employers(found, "mitchel-sayare") == {"immunogen"}
    assert positions_stated(found, "mitchel-sayare") == {"Chairman and Chief Executive Officer"}


def test_a_joint_releases_contacts_work_for_the_company_heading_their_column() -> None:
    """r23c_joint L103-111: "ImmunoGen, Inc." beside "sanofi-aventis" heads two columns of contacts:
    Carol Hausner is ImmunoGen's, Isabelle Ferrand and Laurence Vidal (a second group of the column,
    under a blank cell) sanofi-aventis's, Rhonda Chiger Rx Communications'."""
    found = people_of_fixture(JOINT)
    assert _employers(found, "carol-hausner") == {"immunogen"}
    assert positions_stated(found, "carol-hausner") == {
        "Executive Director, Investor Relations and Corporate Communications"
    }
    assert _employers(found, "isabelle-ferrand") == {"sanofi-aventis"}
    assert positions_stated(found, "isabelle-ferrand") == {"Director, Investor Relations"}
    assert _employers(found, "laurence-vidal") == {"sanofi-aventis"}
    assert _employers(found, "rhonda-chiger") == {"rx-communications"}


def test_the_filer_of_a_joint_release_is_the_company_whose_8k_it_is() -> None:
    """r23c_joint: the cover names ImmunoGen; the dateline names both companies, "(Nasdaq: IMGN) and
    sanofi-aventis (EURONEXT: SAN and NYSE: SNY)"; the partner's "About" section states its own fiscal
    year."""
    info = _info(JOINT)
    assert (info.form_type, info.report_date) == ("8-K", dt.date(2006, 12, 8))
    assert info.filer is not None and info.filer.key == "immunogen"
    found = _relations(JOINT)
    assert (found["ticker"], found["exchange"]) == ({"IMGN"}, {"Nasdaq"})
    assert found["fiscalYearEnd"] == {"--06-30"}
    assert found["secFileNumber"] == {"0-17999"}


def test_a_column_headed_by_an_unknown_name_is_not_read() -> None:
    """ "Harbor Bio" beside the filer's name is no company known as one: whose contact John P. Doe is
    stays unsaid, and he is never the filer's; a known company ("Amgen Inc.") heads its column."""
    block = (
        "Contacts:\n\n"
        "Velora Pharmaceuticals, Inc.             {other}\n"
        "Jane Q. Roe                              John P. Doe\n"
        "Chief Financial Officer                  Director, Investor Relations\n"
        "(617) 555-1200                           (617) 555-3400\n"
    )
    unknown = people_of_text("vlra.txt", VELORA_OPENING + block.format(other="Harbor Bio"))
    assert "john-p-doe" not in unknown
    known = people_of_text("vlra.txt", VELORA_OPENING + block.format(other="Amgen Inc."))
    assert _employers(known, "john-p-doe") == {"amgen"}
    assert _employers(known, "jane-q-roe") == {"velora-pharmaceuticals"}


def test_small_words_closing_a_title_may_be_a_company() -> None:
    """ "…, Senior Vice President, Research, acme labs": words in small letters holding no title's
    word close the title as a company's name might; not known as one, the person gets no role."""
    text = VELORA_OPENING + (
        '"We are pleased," said Paul Smith, Senior Vice President, Research, acme labs.\n\n'
        '"Good," said Ann Lee, Vice President, Finance and chief financial officer.\n'
    )
    found = people_of_text("vlra.txt", text)
    assert found["paul-smith"] == {("name", "Paul Smith", 3)}
    assert _employers(found, "ann-lee") == {"velora-pharmaceuticals"}


# ---------------------------------------------------------------------------------------------
# An early EDGAR HTML exhibit
# ---------------------------------------------------------------------------------------------


def test_an_early_html_exhibit_with_br_breaks_and_numeric_dashes() -> None:
    """r23c_velacor: "SEATTLE, WA &#151; October 25, 2001 &#151; Velacor Therapeutics, Inc. (Nasdaq:
    VLCR) today reported … the third quarter and nine months ended<BR>September 30, 2001."."""
    info = _info(VELACOR)
    assert info.report_date == dt.date(2001, 10, 25)
    assert info.filer_name == "Velacor Therapeutics, Inc."
    assert info.period_covered == Period(dt.date(2001, 7, 1), dt.date(2001, 9, 30))
    assert _relations(VELACOR)["ticker"] == {"VLCR"}


def test_a_pr_firm_named_with_a_slash_under_its_contact() -> None:
    """r23c_velacor L9-10: "Karen Ostrowski<BR>" / "Noonan/Russo Communications, Inc.<BR>"."""
    found = people_of_fixture(VELACOR)
    assert _employers(found, "karen-ostrowski") == {"noonan-russo-communications"}
    assert positions_stated(found, "robert-k-amesbury") == {
        "Vice President, Finance and Chief Financial Officer"
    }
    assert positions_stated(found, "helen-m-carver") == {"President and Chief Executive Officer"}
    assert positions_stated(found, "thomas-j-reinholt") == {"Vice President, Clinical Development"}


# ---------------------------------------------------------------------------------------------
# A foreign filer: a plc's 6-K with British usage
# ---------------------------------------------------------------------------------------------


def test_british_courtesy_titles_and_knights_are_no_part_of_a_name() -> None:
    """r23c_thamesgate L47: "Dr Andrew Pryce, Chief Executive, commented: …"; L71: "Sir Michael
    Treadwell, Chairman, said: …"; the retired Chairman "Professor John Ashby" gets no title."""
    found = people_of_fixture(THAMESGATE)
    assert not [key for key in found if key.startswith(("dr-", "sir-", "professor-"))]
    assert positions_stated(found, "andrew-pryce") == {"Chief Executive"}
    assert positions_stated(found, "michael-treadwell") == {"Chairman"}
    assert positions_stated(found, "susan-e-hale") == {"Finance Director"}
    assert "john-ashby" not in found
    assert _employers(found, "andrew-pryce") == {"thamesgate-biologics"}


def test_a_courtesy_title_without_its_period_in_an_attribution() -> None:
    """ "said Dr Ann Lee, Chief Medical Officer" and "said Mr Paul Smith, …" name Ann Lee and Paul Smith."""
    text = VELORA_OPENING + (
        '"Good," said Dr Ann Lee, Chief Medical Officer.\n\n"Fine," said Mr Paul Smith, Chief Financial Officer.\n'
    )
    assert set(people_of_text("vlra.txt", text)) == {"ann-lee", "paul-smith"}


def test_an_enquiries_block() -> None:
    """r23c_thamesgate L78-82: "Enquiries:" / "Thamesgate Biologics plc   Tel: …" / "Dr Andrew Pryce,
    Chief Executive" / "Susan E. Hale, Finance Director"."""
    found = people_of_fixture(THAMESGATE)
    assert ("position", "Chief Executive", 81) in found["andrew-pryce"]
    assert ("position", "Finance Director", 82) in found["susan-e-hale"]


def test_a_6k_cover_with_its_file_number_labelled_on_its_line() -> None:
    """r23c_thamesgate L13: "Commission File Number: 000-51377"; L18-20: "Magdalen Centre, Oxford Science
    Park, Oxford OX4 4GA" / "United Kingdom" / "(Address of principal executive offices)", the first
    line longer than the caption; also r21c_halden and genmab-2009q3-6k."""
    info = _info(THAMESGATE)
    assert (info.form_type, info.filer_name) == ("6-K", "Thamesgate Biologics plc")
    found = _relations(THAMESGATE)
    assert found["secFileNumber"] == {"000-51377"}
    assert found["address"] == {"Magdalen Centre, Oxford Science Park, Oxford OX4 4GA, United Kingdom"}
    assert (found["ticker"], found["exchange"]) == ({"TGBX"}, {"Nasdaq"})
    assert _relations("r21c_halden_fy2010q3_6k.txt")["secFileNumber"] == {"000-51244"}
    assert _relations("genmab-2009q3-6k.htm")["secFileNumber"] == {"000-53021"}


def test_a_file_number_label_with_more_on_its_line_is_not_read() -> None:
    """A sentence naming the Commission's file number is no cover line."""
    text = VELORA_OPENING + "See the Commission File Number: 000-12345 and our other filings for details.\n"
    facts = filing_metadata.run(text_document("vlra.txt", text))
    assert not [f for f in facts if isinstance(f, Relation) and f.predicate == "secFileNumber"]


def _year_end_quotes(name: str) -> set[tuple[str, int]]:
    return {
        (str(fact.obj), fact.evidence.line)
        for fact in filing_metadata.run(read_document(FOLDER / name))
        if isinstance(fact, Relation) and fact.predicate == "fiscalYearEnd"
    }


def test_a_financial_year_stated_day_first_is_the_fiscal_year_end() -> None:
    # "Thamesgate's financial year ends on 31 March." and "Halden's financial year runs from 1 April
    # to 31 March.": a British filer's words for its fiscal-year end.
    assert _year_end_quotes(THAMESGATE) == {("--03-31", 74)}
    assert _year_end_quotes("r21c_halden_fy2010q3_6k.txt") == {("--03-31", 78)}


def test_another_company_s_financial_year_is_not_the_filer_s() -> None:
    text = (FOLDER / THAMESGATE).read_text(encoding="utf-8")
    assert "Thamesgate's financial year ends on 31 March." in text
    changed = text.replace(
        "Thamesgate's financial year ends on 31 March.", "Takeda's financial year ends on 31 March."
    )
    facts = filing_metadata.run(document_from_bytes("thamesgate_partner_year.txt", changed.encode("utf-8")))
    assert not [f for f in facts if isinstance(f, Relation) and f.predicate == "fiscalYearEnd"]
