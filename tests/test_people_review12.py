"""People the twelfth and thirteenth reviews found misread or missed, and the HTML rendering under some
of them: a signer's title kept with its caption, "Title: Senior Vice President, Chief Financial
Officer", where an HTML signature cell's "<br>" lines ran together (ImClone); contacts' titles lost
where the source's newline after each "<br>" left a blank line between a block's lines (ImmunoGen,
Abgenix), or where a plain-text block is printed double-spaced; a contact after "; or" (Myriad's Jay M.
Moyes); officers who "will join Dr. … on the call" or "will also participate" (Xencor, Alnylam, Dyax),
one named after a sentence ending in an acronym ("… 4:30 p.m. ET. Barry Greene, …").

Fixtures in tests/reviewed_releases/ (``r12_*`` and ``r12m_*``); the small releases are written here.
"""

from __future__ import annotations

from pathlib import Path

from conftest import people_of_fixture, people_of_text, people_stated, positions_stated

from kg.html import render_html

FOLDER = Path(__file__).parent / "reviewed_releases"


_people = people_stated
_positions = positions_stated


_fixture = people_of_fixture
_text = people_of_text


# ---------------------------------------------------------------------------------------------
# M3: "Title:" is a caption, never part of a title
# ---------------------------------------------------------------------------------------------


def test_a_signature_cell_run_together_gives_the_title_without_its_caption() -> None:
    """r12m_imclone_2005q4.htm L39: the cell "By: /s/ Michael J. Howerton<br>Name: Michael J.
    Howerton<br>Title: Senior Vice President, Chief Financial Officer" beside "Date: February 28, 2006"
    prints as one line."""
    found = _fixture("r12m_imclone_2005q4.htm")
    assert found["michael-j-howerton"] >= {
        ("name", "Michael J. Howerton", 39),
        ("position", "Senior Vice President, Chief Financial Officer", 39),
        ("worksFor", "imclone-systems", 39),
    }
    assert _positions(found, "michael-j-howerton") == {"Senior Vice President, Chief Financial Officer"}


SIGNED = (
    "FORM 8-K\n\n"
    "Northwind Biologics, Inc.\n"
    "(Exact name of registrant as specified in its charter)\n\n"
    "SIGNATURES\n\n"
    "By: /s/ Jane Q. Doe\n"
    "Jane Q. Doe   Title: Chief Financial Officer\n"
)


def test_a_signer_whose_title_line_keeps_its_caption() -> None:
    """The name repeated under the signature with "Title:" after it on its line: the caption is left out."""
    assert _positions(_text("northwind-8k.txt", SIGNED), "jane-q-doe") == {"Chief Financial Officer"}


# ---------------------------------------------------------------------------------------------
# M4: "<br>" and the source's newline after it; double-spaced blocks
# ---------------------------------------------------------------------------------------------


def test_the_newline_after_a_br_prints_no_blank_line() -> None:
    assert render_html("<p><b>Contacts:</b><br>\nCarol Hausner<br>\nExecutive Director\n<br>Tel</p>") == (
        "Contacts:\nCarol Hausner\nExecutive Director\nTel\n"
    )


def test_a_newline_inside_a_cell_breaks_no_row() -> None:
    """A cell's text wrapped in the source ("Research and\\ndevelopment", "<td>\\n1,000\\n</td>") is one
    cell of one row, as a "<br>" inside a header cell is."""
    markup = (
        "<table><tr><td>Research and\ndevelopment</td><td>\n1,000\n</td><td>2,000</td></tr>"
        "<tr><td>Three Months<br>\nEnded</td><td>2008</td><td>2007</td></tr></table>"
    )
    assert render_html(markup) == "Research and development\t1,000\t2,000\nThree Months Ended\t2008\t2007\n"


def test_list_items_and_paragraphs_parted_in_the_source_stay_parted() -> None:
    """Only a newline beside a "<br>" (or at a cell's edge) is dropped: list items print as before, each with its bullet; a
    newline wrapping a paragraph's running text is the space a browser shows (see
    test_html_review15.py)."""
    assert render_html("<ul>\n<li>SGN-75 is in phase 1.</li>\n<li>ASG-22ME is in phase 1.</li>\n</ul>") == (
        "• SGN-75 is in phase 1.\n\n• ASG-22ME is in phase 1.\n"
    )
    assert render_html("<p>Total revenues were\n$5.0 million.</p>") == "Total revenues were $5.0 million.\n"


def test_contact_lines_of_br_with_newlines_keep_their_titles() -> None:
    """r12m_immunogen_fy2009_q2.htm L97-105: "CONTACT:<br>" / "ImmunoGen, Inc.<br>" / "Carol Hausner,
    781-895-0600<br>" / "Executive Director, …<br>", each "<br>" followed by a newline."""
    found = _fixture("r12m_immunogen_fy2009_q2.htm")
    assert found["carol-hausner"] >= {
        ("name", "Carol Hausner", 99),
        ("position", "Executive Director, Investor Relations and Corporate Communications", 100),
        ("worksFor", "immunogen", 99),
    }
    assert ("role", "media contact", 104) in found["barbara-yates"]


def test_a_signer_and_a_contact_whose_br_lines_wrap_in_the_source() -> None:
    """r12m_abgenix_2004q3.htm: the signature cell (L38) and the contacts block (L42-46), "Kurt W.
    Leutzinger<BR>" / "Senior Vice President and Chief Financial Officer<BR>" each on its source line."""
    found = _fixture("r12m_abgenix_2004q3.htm")
    assert found["kurt-w-leutzinger"] >= {
        ("position", "Senior Vice President and Chief Financial Officer", 38),
        ("position", "Senior Vice President and Chief Financial Officer", 44),
        ("worksFor", "abgenix", 43),
    }


DOUBLE_SPACED = (
    "WALTHAM, Mass., Jan 30, 2009 (BUSINESS WIRE) -- ImmunoGen, Inc. (Nasdaq: IMGN) today announced "
    "financial results for the three-month period ended December 31, 2008.\n\n"
    "CONTACT:\n\n"
    "ImmunoGen, Inc.\n\n"
    "Carol Hausner, 781-895-0600\n\n"
    "Executive Director, Investor Relations and Corporate Communications\n\n"
    "info@immunogen.com\n\n"
    "or\n\n"
    "Media:\n\n"
    "Barbara Yates, 212-213-0006\n\n"
    "The Yates Network\n"
)


def test_a_double_spaced_contacts_block_keeps_its_titles() -> None:
    found = _text("immunogen.txt", DOUBLE_SPACED)
    assert found["carol-hausner"] >= {
        ("position", "Executive Director, Investor Relations and Corporate Communications", 9),
        ("worksFor", "immunogen", 7),
    }
    assert found["barbara-yates"] == {("name", "Barbara Yates", 17), ("role", "media contact", 17)}


def test_a_contact_line_with_its_own_title_is_no_title_of_the_one_above() -> None:
    """ "John Smith, Chief Executive Officer" over "Jane Doe, Chief Financial Officer": two contacts."""
    text = (
        "CAMBRIDGE, Mass., March 3, 2009 -- Acme Biotherapeutics, Inc. (NASDAQ: ACMB) today announced "
        "results.\n\n"
        "Contacts:\n"
        "John Smith, Chief Executive Officer\n"
        "Jane Doe, Chief Financial Officer\n"
        "(555) 555-1234\n"
    )
    found = _text("acme.txt", text)
    assert _positions(found, "john-smith") == {"Chief Executive Officer"}
    assert found["jane-doe"] >= {("position", "Chief Financial Officer", 5)}


# ---------------------------------------------------------------------------------------------
# M6: "; or" between contacts; officers on the results call
# ---------------------------------------------------------------------------------------------


def test_a_contact_after_a_semicolon_and_or() -> None:
    """r12_myriad_fy2007q2.txt L162-164: "CONTACT: William A. Hockett, Vice President, Corporate
    Communications,\\n+1-801-584-3600; or Jay M. Moyes, Chief Financial Officer, +1-801-584-1143,\\nboth
    of Myriad Genetics, Inc." """
    found = _fixture("r12_myriad_fy2007q2.txt")
    assert found["jay-m-moyes"] >= {
        ("name", "Jay M. Moyes", 163),
        ("position", "Chief Financial Officer", 163),
        ("worksFor", "myriad-genetics", 163),
    }
    assert _positions(found, "william-a-hockett") == {"Vice President, Corporate Communications"}


def test_officers_who_will_join_the_chief_executive_on_the_call() -> None:
    """r12m_xencor_2013q4.htm L90: "Paul Foster, M.D., Chief Medical Officer, and John Kuch, Vice
    President, Finance, will join Dr. Dahiyat on the call."; r12_alnylam_2008q4.htm L106: "… 4:30 p.m.
    ET. Barry Greene, President and Chief Operating Officer, will join Dr. Maraganore on the call." """
    xencor = _fixture("r12m_xencor_2013q4.htm")
    assert xencor["paul-foster"] >= {("position", "Chief Medical Officer", 90), ("worksFor", "xencor", 90)}
    assert ("position", "Vice President, Finance", 90) in xencor["john-kuch"]
    alnylam = _fixture("r12_alnylam_2008q4.htm")
    assert alnylam["barry-greene"] >= {
        ("name", "Barry Greene", 106),
        ("position", "President and Chief Operating Officer", 106),
        ("worksFor", "alnylam-pharmaceuticals", 106),
    }


def test_officers_who_will_also_participate_in_the_call() -> None:
    """r12_dyax_2008q4.txt L131-133: "Dyax will host a conference call today at 5:00 p.m. Eastern time.
    Gustav A.\\nChristensen, Executive Vice President, and William E. Pullman, M.D., Ph.D.,\\nChief Medical
    Officer, will also participate." """
    found = _fixture("r12_dyax_2008q4.txt")
    assert found["gustav-a-christensen"] >= {
        ("name", "Gustav A. Christensen", 131),
        ("position", "Executive Vice President", 132),
        ("worksFor", "dyax", 131),
    }
    assert found["william-e-pullman"] >= {
        ("position", "Chief Medical Officer", 133),
        ("worksFor", "dyax", 132),
    }


def test_an_officer_who_will_join_the_company_is_not_read_as_holding_the_title() -> None:
    """ "will join" names no call: the title may be one to come (or one held elsewhere)."""
    text = (
        "BOSTON, May 4, 2006 -- Northwind Biologics, Inc. (Nasdaq: NWBL) today reported results.\n\n"
        "Jane Roe, Chief Medical Officer, will join the Company in June.\n"
    )
    assert "jane-roe" not in _text("northwind.txt", text)
