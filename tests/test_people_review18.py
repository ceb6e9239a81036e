"""People the eighteenth to twentieth reviews found missed or cut short.

Missed: the officers a sentence about the results call parts with semicolons, their titles holding
commas ("Daniel M. Junius, President and Chief Executive Officer; Gregory D. Perry, …; and James J.
O'Leary, M.D., …, will take part in the call", ImmunoGen 2009 and 2013); the contacts under an
"Investor Relations Contact:" heading (ImmunoGen 2009); a surname with a typographic apostrophe
("Courtney O’Konek", ImmunoGen 2013); the whole contacts block beside one OCR-damaged neighbour
("Sharon E. Tetlow" beside "Jennifer Cook Wil1iams", Cell Genesys 2006).

Cut short: a generational suffix left out of the name ("Raymond P. Warrell, Jr.", Genta 2003).

Fixtures in tests/reviewed_releases/ (``r18m_*``); the small releases are written here.
"""

from __future__ import annotations

from conftest import people_of_fixture, people_of_text, positions_stated

from kg.corpus import document_from_bytes
from kg.extractors import people
from kg.model import Mention

_fixture = people_of_fixture
_text = people_of_text
_positions = positions_stated

IMMUNOGEN_OPENING = (
    "WALTHAM, Mass., August 13, 2009 - ImmunoGen, Inc. (Nasdaq: IMGN) today reported financial results "
    "for the three months and fiscal year ended June 30, 2009.\n\n"
)


# ---------------------------------------------------------------------------------------------
# 1: call hosts parted by semicolons
# ---------------------------------------------------------------------------------------------


def test_call_hosts_parted_by_semicolons_are_read_with_their_comma_titles() -> None:
    """ "…; John M. Lambert, Ph.D., Executive Vice President, Research and Development and Chief
    Scientific Officer; and James J. O'Leary, M.D., …, will take part in the call": a semicolon parts
    the officers, a comma parts none (the titles hold commas)."""
    text = IMMUNOGEN_OPENING + (
        "ImmunoGen will host a conference call today beginning at 8:00 a.m. ET. Daniel M. Junius, President "
        "and Chief Executive Officer; Gregory D. Perry, Senior Vice President and Chief Financial Officer; "
        "John M. Lambert, Ph.D., Executive Vice President, Research and Development and Chief Scientific "
        "Officer; and James J. O'Leary, M.D., Vice President and Chief Medical Officer, will take part in "
        "the call.\n"
    )
    found = _text("imgn.txt", text)
    assert {key: _positions(found, key) for key in found} == {
        "daniel-m-junius": {"President and Chief Executive Officer"},
        "gregory-d-perry": {"Senior Vice President and Chief Financial Officer"},
        "john-m-lambert": {"Executive Vice President, Research and Development and Chief Scientific Officer"},
        "james-j-o-leary": {"Vice President and Chief Medical Officer"},
    }
    assert ("worksFor", "immunogen", 3) in found["james-j-o-leary"]


def test_taking_part_in_something_else_than_the_call_names_no_host() -> None:
    """ "… will take part in a panel": no results call in the paragraph, no officer of the call."""
    text = IMMUNOGEN_OPENING + (
        "Daniel M. Junius, President and Chief Executive Officer; and Gregory D. Perry, Senior Vice "
        "President and Chief Financial Officer, will take part in a panel at the BIO convention.\n"
    )
    assert _text("imgn.txt", text) == {}


def test_a_semicolon_list_with_an_entry_of_another_shape_names_no_host() -> None:
    """One entry that is no "Name, Title" ("the Company's scientists") leaves the whole list unread."""
    text = IMMUNOGEN_OPENING + (
        "Daniel M. Junius, President and Chief Executive Officer; the Company's scientists; and Gregory D. "
        "Perry, Senior Vice President and Chief Financial Officer, will take part in the call.\n"
    )
    assert _text("imgn.txt", text) == {}


def test_immunogen_2009_call_hosts() -> None:
    """r18m_immunogen_fy2009_q4.htm L61: four officers parted by semicolons, "will take part in the
    call"; "James J. O’Leary" is printed with a typographic apostrophe."""
    found = _fixture("r18m_immunogen_fy2009_q4.htm")
    assert found["gregory-d-perry"] >= {
        ("name", "Gregory D. Perry", 61),
        ("position", "Senior Vice President and Chief Financial Officer", 61),
    }
    assert (
        "position",
        "Executive Vice President, Research and Development and Chief Scientific Officer",
        61,
    ) in (found["john-m-lambert"])
    assert ("position", "Vice President and Chief Medical Officer", 61) in found["james-j-o-leary"]


def test_immunogen_2013_call_hosts() -> None:
    """r18m_immunogen_fy2013_q3.htm L69: "Daniel Junius, …; David Johnston, …; Charles Morris, M.B.,
    Ch.B., …; and John Lambert, Ph.D., …, will discuss the results"."""
    found = _fixture("r18m_immunogen_fy2013_q3.htm")
    assert ("position", "Executive Vice President and Chief Financial Officer", 69) in found["david-johnston"]
    assert ("position", "Executive Vice President and Chief Development Officer", 69) in found[
        "charles-morris"
    ]
    assert ("position", "Executive Vice President and Chief Scientific Officer", 69) in found["john-lambert"]


# ---------------------------------------------------------------------------------------------
# 2: "Investor Relations Contact:"
# ---------------------------------------------------------------------------------------------


def test_an_investor_relations_contact_heading_heads_a_block() -> None:
    """ "Investor Relations Contact:" on its own line (an HTML cell's bold heading) beside "Media
    Contact:": the investor contact is read with the role."""
    html = (
        "<html><body><p>" + IMMUNOGEN_OPENING.strip() + "</p>"
        "<table><tr><td><b>Investor Relations Contact:</b><br>Carol Hausner<br>"
        "Executive Director, Investor Relations and Corporate Communications<br>Tel: (781) 895-0600<br>"
        "info@immunogen.com</td><td><b>Media Contact:</b><br>Barbara Yates<br>The Yates Network<br>"
        "Tel: (781) 258-6153</td></tr></table></body></html>"
    )
    found = _text("imgn.htm", html)
    assert found["carol-hausner"] >= {
        ("name", "Carol Hausner", 4),
        ("position", "Executive Director, Investor Relations and Corporate Communications", 5),
        ("role", "investor contact", 4),
    }


def test_an_investor_relations_contact_heading_on_the_contacts_line() -> None:
    """ "Investor Relations Contact: Jane Doe, Director, Investor Relations, (555) 555-0100"."""
    text = IMMUNOGEN_OPENING + (
        "Investor Relations Contact: Jane Doe, Director, Investor Relations, (555) 555-0100\n"
    )
    found = _text("imgn.txt", text)
    assert found["jane-doe"] >= {("name", "Jane Doe", 3), ("position", "Director, Investor Relations", 3)}


def test_immunogen_2009_investor_relations_contact() -> None:
    """r18m_immunogen_fy2009_q4.htm L69-73: "Investor Relations Contact:" / "Carol Hausner" / title."""
    found = _fixture("r18m_immunogen_fy2009_q4.htm")
    assert found["carol-hausner"] >= {
        ("name", "Carol Hausner", 70),
        ("position", "Executive Director, Investor Relations and Corporate Communications", 71),
        ("role", "investor contact", 70),
    }


# ---------------------------------------------------------------------------------------------
# 3: a typographic apostrophe in a surname
# ---------------------------------------------------------------------------------------------


def test_a_surname_with_a_typographic_apostrophe() -> None:
    """ "Courtney O’Konek, 781-895-0600": read, the evidence quoting the print; keyed and labelled as
    "O'Konek" is, so that both printings are one person."""
    text = IMMUNOGEN_OPENING + (
        "Contacts\n\nCourtney O\u2019Konek, 781-895-0600\nSenior Director, Corporate Communications\n"
    )
    doc = document_from_bytes("imgn.txt", text.encode("utf-8"))
    mentions = [f for f in people.run(doc) if isinstance(f, Mention)]
    assert [(m.ref.key, m.label, m.evidence.quote, m.evidence.line) for m in mentions] == [
        ("courtney-o-konek", "Courtney O'Konek", "Courtney O\u2019Konek", 5)
    ]
    assert "Courtney O\u2019Konek" in mentions[0].alt_labels
    assert _positions(people_of_text("imgn.txt", text), "courtney-o-konek") == {
        "Senior Director, Corporate Communications"
    }
    straight = people_of_text("imgn.txt", text.replace("\u2019", "'"))
    assert set(straight) == {"courtney-o-konek"}


def test_immunogen_2013_media_contact_with_a_typographic_apostrophe() -> None:
    """r18m_immunogen_fy2013_q3.htm L121-123: "For Media:" / "Courtney O’Konek, 781-895-0600" / title."""
    found = _fixture("r18m_immunogen_fy2013_q3.htm")
    assert found["courtney-o-konek"] >= {
        ("name", "Courtney O'Konek", 122),
        ("position", "Senior Director, Corporate Communications", 123),
        ("worksFor", "immunogen", 122),
    }


# ---------------------------------------------------------------------------------------------
# 4: one OCR-damaged cell of a contacts block loses only itself
# ---------------------------------------------------------------------------------------------

CELL_GENESYS_CONTACTS = (
    "SOUTH SAN FRANCISCO, Calif., August 1, 2006 -- Cell Genesys, Inc. (Nasdaq: CEGE) today\n"
    "reported financial results for the second quarter ended June 30, 2006.\n\n"
    "Contacts:\n"
    "Sharon E. Tetlow                         Jennifer Cook Wil1iams\n"
    "Senior Vice President and                Cook Williams Communications, lnc.\n"
    "Chief Financial 0fficer                  Media Relations\n"
    "Cell Genesys, Inc.                       (360) 668-3701\n"
    "(650) 266-3000\n"
)


def test_a_contact_beside_an_ocr_damaged_name_is_read() -> None:
    """Columns aligned with spaces, the second opening with "Jennifer Cook Wil1iams" (a digit for "l"):
    the first column's contact is read with her title; the damaged name is not read."""
    found = _text("cege.txt", CELL_GENESYS_CONTACTS)
    assert set(found) == {"sharon-e-tetlow"}
    assert found["sharon-e-tetlow"] >= {
        ("name", "Sharon E. Tetlow", 5),
        ("position", "Senior Vice President and Chief Financial Officer", 6),
        ("worksFor", "cell-genesys", 6),
    }


def test_a_cell_damaged_past_a_names_shape_still_opens_no_columns() -> None:
    """A neighbour that is no name even with its digits read as letters ("Media Re1ations 2006") does
    not part the line into columns: the block is read as printed, and no one is guessed."""
    text = CELL_GENESYS_CONTACTS.replace("Jennifer Cook Wil1iams", "Media Re1ations 2006  ")
    assert "sharon-e-tetlow" not in _text("cege.txt", text)


def test_cell_genesys_cfo_beside_a_damaged_neighbour() -> None:
    """r18m_cellgenesys_2006q2_ocr.txt L5-10."""
    found = _fixture("r18m_cellgenesys_2006q2_ocr.txt")
    assert "jennifer-cook" not in found and "jennifer-cook-williams" not in found
    assert found["sharon-e-tetlow"] >= {
        ("name", "Sharon E. Tetlow", 6),
        ("position", "Senior Vice President and Chief Financial Officer", 7),
    }


# ---------------------------------------------------------------------------------------------
# 5: a generational suffix is part of the name
# ---------------------------------------------------------------------------------------------

GENTA_OPENING = (
    "BERKELEY HEIGHTS, NJ - November 4, 2003 - Genta Incorporated (NASDAQ: GNTA) today reported\n"
    "financial results for the third quarter ended September 30, 2003.\n\n"
)


def test_a_generational_suffix_is_kept_in_the_name() -> None:
    """ "said Raymond P. Warrell, Jr., M.D., Genta's Chairman and Chief Executive Officer": "Jr." is the
    name's, "M.D." is not. The key is made without the suffix (releases print the same officer with
    and without it)."""
    text = GENTA_OPENING + (
        '"We are on track," said\n'
        "Raymond P. Warrell, Jr., M.D., Genta's Chairman and Chief Executive Officer.\n"
    )
    found = _text("genta.txt", text)
    assert set(found) == {"raymond-p-warrell"}
    assert found["raymond-p-warrell"] >= {
        ("name", "Raymond P. Warrell, Jr.", 5),
        ("position", "Chairman and Chief Executive Officer", 5),
    }


def test_a_roman_numeral_suffix_is_kept_and_senior_opening_a_title_is_not() -> None:
    """ "John Q. Doe III, Chief Financial Officer, said": "III" is the name's. "Jane Roe, Sr. Vice
    President, Finance, said": "Sr." opens her title (Senior), no suffix of her name."""
    text = GENTA_OPENING + (
        '"Results were good," said John Q. Doe III, Chief Financial Officer.\n\n'
        '"Costs fell," Jane Roe, Sr. Vice President, Finance, said.\n'
    )
    found = _text("genta.txt", text)
    assert ("name", "John Q. Doe III", 4) in found["john-q-doe"]
    assert ("name", "Jane Roe", 6) in found["jane-roe"]


def test_genta_ceo_keeps_his_suffix() -> None:
    """r18m_genta_2003q3_submission.txt L136-137: "said" / "Raymond P. Warrell, Jr., M.D., Genta's
    Chairman and Chief Executive Officer."."""
    found = _fixture("r18m_genta_2003q3_submission.txt")
    assert found["raymond-p-warrell"] >= {
        ("name", "Raymond P. Warrell, Jr.", 137),
        ("position", "Chairman and Chief Executive Officer", 137),
        ("worksFor", "genta", 137),
    }
