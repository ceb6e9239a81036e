"""People and filing metadata the twenty-second review found missed in four releases.

Missed: surnames opening with small-letter particles ("Maria C. de la Fuente", Altamira 2007; "Erik J.
van der Berg", Norrland 2009; "Kate de Santis" in a contacts column, which also lost the column beside
it, HGS 2007; "Pieter J. van Dam", Valdera 2010); titles printed before the name in an attribution
("Chief Medical Officer Rebecca A. Lindgren, M.D. said …", "… commented Chief Financial Officer Angela
M. Ruiz.", Quillon 2011); the officers a slide transcript lists under "Participants" ("Name, degrees -
Title", Norrland 8-K/A); a PR firm named "<partners> & Company" over its contact ("Lisa Cho" / "Berry &
Company"); tickers of other listing styles ("(Nasdaq/NM: BWTX)", Brightwater 2004; "(NYSE Amex:
QLBT)", Quillon; "(Nasdaq: VLDR; Euronext: VLDR)", Valdera).

Kept: an officer who resigned and a director appointed to the board get no title (Brightwater).

Fixtures in tests/reviewed_releases/ (``r22c_*``); the small releases are written here.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from conftest import people_of_fixture, people_of_text, positions_stated
from extractor_outputs import reviewed_filing_info as _info
from extractor_outputs import reviewed_metadata_relations as _relations

FOLDER = Path(__file__).parent / "reviewed_releases"
NORRLAND = "r22c_norrland_fy2009q4_8ka_submission.txt"
ALTAMIRA = "r22c_altamira_2007q3_ex991.htm"
BRIGHTWATER = "r22c_brightwater_2004q1_mgmt.txt"
QUILLON = "r22c_quillon_2011q2.txt"

VELORA_OPENING = (
    "CAMBRIDGE, Mass., Nov. 8, 2012 (GLOBE NEWSWIRE) -- Velora Pharmaceuticals, Inc. (Nasdaq: VLRA) "
    "today reported financial results for the third quarter ended September 30, 2012.\n\n"
)


# ---------------------------------------------------------------------------------------------
# Surnames with particles
# ---------------------------------------------------------------------------------------------


def test_a_surname_opening_with_particles_in_a_quote_attribution() -> None:
    """r22c_altamira L21: "… stated Maria C. de la Fuente, Ph.D., President and Chief Executive Officer
    of Altamira." (an HTML exhibit with uppercase tags)."""
    found = people_of_fixture(ALTAMIRA)
    assert ("name", "Maria C. de la Fuente", 21) in found["maria-c-de-la-fuente"]
    assert {
        ("position", "President and Chief Executive Officer", 21),
        ("worksFor", "altamira-biosciences", 21),
    } <= found["maria-c-de-la-fuente"]


def test_a_contact_with_a_particle_keeps_both_columns() -> None:
    """hgsi_2007q4 L4-5: "Jerry Parrott    Kate de Santis" / "Vice President, Corporate Communications
    Director, Investor Relations": both contacts are read, each with the title under the name."""
    found = people_of_fixture("hgsi_2007q4.txt")
    assert positions_stated(found, "jerry-parrott") == {"Vice President, Corporate Communications"}
    assert positions_stated(found, "kate-de-santis") == {"Director, Investor Relations"}


def test_a_signer_with_a_particle() -> None:
    """valdera_6k_2010q3 L65-67: "/s/ Pieter J. van Dam" / "Pieter J. van Dam" / "Chief Financial
    Officer"."""
    found = people_of_fixture("valdera_6k_2010q3.txt")
    assert ("position", "Chief Financial Officer", 67) in found["pieter-j-van-dam"]


def test_a_particle_needs_a_capitalised_surname_after_it() -> None:
    """ "said John Doe of Velora" holds no particle: "of" is none, and a small word closing the name is
    no surname."""
    text = VELORA_OPENING + '"A good quarter," said John Doe, President of Velora, in a statement.\n'
    assert set(people_of_text("vlra.txt", text)) == {"john-doe"}


# ---------------------------------------------------------------------------------------------
# Titles printed before the name
# ---------------------------------------------------------------------------------------------


def test_a_title_before_the_name_opening_the_sentence() -> None:
    """r22c_quillon L13: "Chief Medical Officer Rebecca A. Lindgren, M.D. said the Phase 2 results …"."""
    found = people_of_fixture(QUILLON)
    assert {
        ("name", "Rebecca A. Lindgren", 13),
        ("position", "Chief Medical Officer", 13),
        ("worksFor", "quillon-biotherapeutics", 13),
    } <= found["rebecca-a-lindgren"]


def test_a_title_before_the_name_after_the_speech_verb() -> None:
    """r22c_quillon L29-30: "… commented Chief Financial" / "Officer Angela M. Ruiz."."""
    found = people_of_fixture(QUILLON)
    assert ("position", "Chief Financial Officer", 29) in found["angela-m-ruiz"]
    assert ("name", "Angela M. Ruiz", 30) in found["angela-m-ruiz"]


def test_a_title_before_the_name_of_another_company_or_held_before_is_not_read() -> None:
    """ "Amgen Chief Medical Officer …" may be a partner's officer, "former Chief Financial Officer …"
    holds the title no more, "Vice President, Research Jane Roe" is cut by its comma: none is read."""
    text = VELORA_OPENING + (
        "Amgen Chief Medical Officer Sean T. Harper said the study would start in 2013.\n\n"
        "Former Chief Financial Officer Jane Q. Roe said the transition was complete.\n\n"
        '"We agree," said Vice President, Research Paul Smith.\n\n'
        '"The data are strong," noted chief executive officer Ann Lee.\n'
    )
    assert people_of_text("vlra.txt", text) == {}


# ---------------------------------------------------------------------------------------------
# A slide transcript's participants; a firm named "& Company"
# ---------------------------------------------------------------------------------------------


def test_the_participants_a_slide_transcript_lists() -> None:
    """r22c_norrland L190-193 (Exhibit 99.2 of an 8-K/A): "Participants" / "Anders P. Holmqvist, M.D.,
    Ph.D. - President and Chief Executive Officer" / "Karin M. Lindqvist - Vice President, Finance and
    Chief Financial Officer" / "Erik J. van der Berg, Ph.D. - Senior Vice President, Research"."""
    found = people_of_fixture(NORRLAND)
    assert {
        ("position", "Senior Vice President, Research", 193),
        ("worksFor", "norrland-oncology", 193),
    } <= found["erik-j-van-der-berg"]
    assert ("position", "President and Chief Executive Officer", 191) in found["anders-p-holmqvist"]


def test_analysts_and_lines_without_a_title_are_no_participants() -> None:
    """ "Conference Call Participants" lists analysts of other firms; a line without a title's word
    ("Jane Roe - Analyst") ends the list."""
    text = VELORA_OPENING + (
        "Conference Call Participants\n"
        "Mark T. Harmon - Managing Director\n\n"
        "Participants\n"
        "Jane Roe - Analyst\n"
        "John Q. Doe - President\n"
    )
    assert people_of_text("vlra.txt", text) == {}


def test_a_firm_named_after_its_partners_over_a_contact() -> None:
    """r22c_norrland L150-151: "Karin M. Lindqvist     Lisa Cho" / "Chief Financial Officer     Berry &
    Company": Lisa Cho works for the firm."""
    found = people_of_fixture(NORRLAND)
    assert ("worksFor", "berry", 151) in found["lisa-cho"]


# ---------------------------------------------------------------------------------------------
# Management changes: read where a title is held now, never a title given up
# ---------------------------------------------------------------------------------------------


def test_management_changes_state_only_titles_held_now() -> None:
    """r22c_brightwater L26-46: the resigning CFO (Stephen A. Kowalczyk) and the director appointed to
    the board (Pieter van den Broek, M.D., Ph.D.) get no title; Laura E. Brandt, "the Company's
    Corporate Controller", named interim CFO in a sentence that goes on ("… while the Company conducts a
    search"), is the Controller; Richard T. Dunleavy, M.D., "has joined Brightwater as Vice President,
    Clinical Development"."""
    found = people_of_fixture(BRIGHTWATER)
    assert "stephen-a-kowalczyk" not in found
    assert not positions_stated(found, "pieter-van-den-broek")
    assert positions_stated(found, "laura-e-brandt") == {"Corporate Controller"}
    assert positions_stated(found, "richard-t-dunleavy") == {"Vice President, Clinical Development"}
    assert positions_stated(found, "jonathan-r-pell") == {"President and Chief Executive Officer"}


# ---------------------------------------------------------------------------------------------
# Filing metadata: an 8-K/A submission, tickers of other listing styles
# ---------------------------------------------------------------------------------------------


def test_an_amended_8k_submission() -> None:
    """r22c_norrland: "FORM 8-K/A", "Date of Report (Date of earliest event reported): August 12, 2009",
    filed August 19; fiscal year ended June 30; the press release is Exhibit 99.1."""
    info = _info(NORRLAND)
    assert info.form_type == "8-K/A"
    assert info.report_date == dt.date(2009, 8, 12)
    assert info.filer.key == "norrland-oncology"
    found = _relations(NORRLAND)
    assert found["ticker"] == {"NRLD"}
    assert found["fiscalYearEnd"] == {"--06-30"}
    assert found["cik"] == {"0001163742"}


def test_a_ticker_with_the_nasdaq_tier_abbreviated() -> None:
    """r22c_brightwater L10-11: "Brightwater Therapeutics, Inc. (Nasdaq/NM:" / "BWTX)"."""
    found = _relations(BRIGHTWATER)
    assert (found["ticker"], found["exchange"]) == ({"BWTX"}, {"Nasdaq"})
    assert _info(BRIGHTWATER).report_date == dt.date(2004, 4, 29)


def test_a_ticker_on_nyse_amex() -> None:
    """r22c_quillon L4: "Biotherapeutics, Inc. (NYSE Amex: QLBT)"."""
    found = _relations(QUILLON)
    assert (found["ticker"], found["exchange"]) == ({"QLBT"}, {"NYSE Amex"})


def test_a_ticker_with_a_second_listing_after_it() -> None:
    """valdera_6k_2010q3 L90-91: "Valdera Pharma N.V. (Nasdaq:" / "VLDR; Euronext: VLDR)"."""
    found = _relations("valdera_6k_2010q3.txt")
    assert (found["ticker"], found["exchange"]) == ({"VLDR"}, {"Nasdaq"})


def test_an_html_exhibit_with_the_contacts_table_first() -> None:
    """r22c_altamira: the contacts table opens the exhibit; the dateline "SAN DIEGO, November 6, 2007 —"
    and "(NASDAQ: ALTB)" follow it."""
    info = _info(ALTAMIRA)
    assert info.report_date == dt.date(2007, 11, 6)
    assert info.filer_name == "Altamira Biosciences, Inc."
    found = people_of_fixture(ALTAMIRA)
    assert positions_stated(found, "gregory-t-ashworth") == {
        "Senior Vice President and Chief Financial Officer"
    }
    assert ("worksFor", "lippert-heilshorn-associates", 10) in found["don-markley"]
