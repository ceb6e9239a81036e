"""People the eighteenth to twentieth reviews found missed or cut short.

Missed: the officers a sentence about the results call parts with semicolons, their titles holding
commas ("Daniel M. Junius, President and Chief Executive Officer; Gregory D. Perry, …; and James J.
O'Leary, M.D., …, will take part in the call", ImmunoGen 2009 and 2013); the contacts under an
"Investor Relations Contact:" heading (ImmunoGen 2009); a surname with a typographic apostrophe
("Courtney O’Konek", ImmunoGen 2013); the whole contacts block beside one OCR-damaged neighbour
("Sharon E. Tetlow" beside "Jennifer Cook Wil1iams", Cell Genesys 2006).

Cut short: a generational suffix left out of the name ("Raymond P. Warrell, Jr.", Genta 2003).

Then read wrong by an adversarial review of those rules (the cases ``w1``–``w5``): a host's title holding
the next host's name in a list parted by semicolons; a father and a son keyed as one person; "Sr." for
"Senior" on the line above a title read as a suffix; a firm's line over its contact's name read as a
person; a "Media Contact:" heading under an investor contact taken into that contact's title lines.

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
    name's, and its key's (a father and a son share the rest of it), "M.D." is not."""
    text = GENTA_OPENING + (
        '"We are on track," said\n'
        "Raymond P. Warrell, Jr., M.D., Genta's Chairman and Chief Executive Officer.\n"
    )
    found = _text("genta.txt", text)
    assert set(found) == {"raymond-p-warrell-jr"}
    assert found["raymond-p-warrell-jr"] >= {
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
    assert ("name", "John Q. Doe III", 4) in found["john-q-doe-iii"]
    assert ("name", "Jane Roe", 6) in found["jane-roe"]


def test_genta_ceo_keeps_his_suffix() -> None:
    """r18m_genta_2003q3_submission.txt L136-137: "said" / "Raymond P. Warrell, Jr., M.D., Genta's
    Chairman and Chief Executive Officer."."""
    found = _fixture("r18m_genta_2003q3_submission.txt")
    assert found["raymond-p-warrell-jr"] >= {
        ("name", "Raymond P. Warrell, Jr.", 137),
        ("position", "Chairman and Chief Executive Officer", 137),
        ("worksFor", "genta", 137),
    }


# ---------------------------------------------------------------------------------------------
# Adversarial review (w1): a host's title holds no other host's "Name, Title"
# ---------------------------------------------------------------------------------------------

ARVANA_OPENING = (
    "CAMBRIDGE, Mass., August 4, 2011 -- Arvana Therapeutics, Inc. (Nasdaq: ARVN) today\n"
    "reported financial results for the second quarter ended June 30, 2011.\n\n"
)


def test_a_comma_parted_host_inside_a_semicolon_list_leaves_the_sentence_unread() -> None:
    """ "Michael Brennan, Chairman, Rachel Okafor, Chief Medical Officer; and Thomas Wu, Chief Financial
    Officer, will host the call": a comma parts two hosts where semicolons part the others; no title is
    "Chairman, Rachel Okafor, Chief Medical Officer", and where the hosts are parted is unsure: none
    is read."""
    text = ARVANA_OPENING + (
        "Arvana will host a conference call today at 8:30 a.m. ET to discuss the results. Michael\n"
        "Brennan, Chairman, Rachel Okafor, Chief Medical Officer; and Thomas Wu, Chief Financial\n"
        "Officer, will host the call.\n"
    )
    assert _text("arvn.txt", text) == {}


def test_a_title_holds_no_other_hosts_name_where_commas_part_them() -> None:
    """ "Michael Brennan, Chairman, Rachel Okafor, Chief Medical Officer, and Thomas Wu, …": parted by
    commas alone, each host keeps their own title."""
    text = ARVANA_OPENING + (
        "Michael Brennan, Chairman, Rachel Okafor, Chief Medical Officer, and Thomas Wu, Chief Financial\n"
        "Officer, will host the call.\n"
    )
    found = _text("arvn.txt", text)
    assert {key: _positions(found, key) for key in found} == {
        "michael-brennan": {"Chairman"},
        "rachel-okafor": {"Chief Medical Officer"},
        "thomas-wu": {"Chief Financial Officer"},
    }


# ---------------------------------------------------------------------------------------------
# Adversarial review (w2): a generational suffix tells a father from his son
# ---------------------------------------------------------------------------------------------

HOLLIS_OPENING = (
    "NEW YORK, August 4, 2011 -- Hollis Pharmaceuticals, Inc. (Nasdaq: HOLP) today reported\n"
    "financial results for the second quarter ended June 30, 2011.\n\n"
)


def test_a_father_and_a_son_are_two_people() -> None:
    """ "said Robert L. Jones Jr., President and Chief Executive Officer" and "said Robert L. Jones Sr.,
    Chairman of the Board": two people, each with his own title."""
    text = HOLLIS_OPENING + (
        '"We launched two new products," said Robert L. Jones Jr., President and Chief Executive Officer.\n\n'
        '"I leave the Company in good hands," said Robert L. Jones Sr., Chairman of the Board.\n'
    )
    found = _text("holp.txt", text)
    assert {key: _positions(found, key) for key in found} == {
        "robert-l-jones-jr": {"President and Chief Executive Officer"},
        "robert-l-jones-sr": {"Chairman of the Board"},
    }
    assert ("name", "Robert L. Jones Sr.", 6) in found["robert-l-jones-sr"]


# ---------------------------------------------------------------------------------------------
# Adversarial review (w3): "Sr." before a title's word on the next line is "Senior"
# ---------------------------------------------------------------------------------------------


def test_senior_wrapped_before_a_title_is_no_suffix() -> None:
    """'…," said Jane Roe, Sr.' / "Vice President and Chief Financial Officer.": "Sr." opens her title
    (Senior), no suffix of her name."""
    text = HOLLIS_OPENING + (
        '"Gross margin improved to 41% on lower costs of goods sold," said Jane Roe, Sr.\n'
        "Vice President and Chief Financial Officer.\n"
    )
    found = _text("holp.txt", text)
    assert set(found) == {"jane-roe"}
    assert found["jane-roe"] >= {
        ("name", "Jane Roe", 4),
        ("position", "Sr. Vice President and Chief Financial Officer", 4),
    }


def test_senior_before_a_title_in_small_letters_is_no_suffix() -> None:
    """ "Contact: Jane Roe, Sr. vice president, investor relations, …": "Sr." opens a title printed in
    small letters (no title this reader takes), no suffix of her name."""
    text = HOLLIS_OPENING + "Contact: Jane Roe, Sr. vice president, investor relations, (212) 555-0148\n"
    found = _text("holp.txt", text)
    assert set(found) == {"jane-roe"}
    assert ("name", "Jane Roe", 4) in found["jane-roe"]


def test_a_contacts_senior_opens_the_title_below() -> None:
    """ "Anne Marsh, Sr." / "Director, Investor Relations": her title is "Sr. Director, Investor
    Relations", her name "Anne Marsh"."""
    text = HOLLIS_OPENING + (
        "Contacts:\nAnne Marsh, Sr.\nDirector, Investor Relations\n(212) 555-0148\namarsh@hollispharma.com\n"
    )
    found = _text("holp.txt", text)
    assert set(found) == {"anne-marsh"}
    assert found["anne-marsh"] >= {
        ("name", "Anne Marsh", 5),
        ("position", "Sr. Director, Investor Relations", 5),
    }


def test_a_suffix_over_a_chairmans_title_is_kept() -> None:
    """'… said Robert L. Jones, Sr.' / "Chairman of the Board.": no title opens with "Senior
    Chairman": the suffix is his name's, and no part of his title."""
    text = (
        HOLLIS_OPENING
        + '"I leave the Company in good hands," said Robert L. Jones, Sr.\nChairman of the Board.\n'
    )
    found = _text("holp.txt", text)
    assert set(found) == {"robert-l-jones-sr"}
    assert found["robert-l-jones-sr"] >= {
        ("name", "Robert L. Jones, Sr.", 4),
        ("position", "Chairman of the Board", 5),
    }


# ---------------------------------------------------------------------------------------------
# Adversarial review (w4): a firm's line over its contact's
# ---------------------------------------------------------------------------------------------

VELORA_OPENING = (
    "SAN DIEGO, Calif., November 9, 2010 -- Velora Biosciences, Inc. (Nasdaq: VLRA) today\n"
    "reported financial results for the third quarter ended September 30, 2010.\n\n"
)


def test_a_firm_named_like_a_person_over_a_contact_names_no_one() -> None:
    """ "Investor Relations Contact:" / "Burns McClellan" / "Lisa Burns": a firm named after people
    over its contact, or two contacts: never told apart, neither is read."""
    text = VELORA_OPENING + (
        "Investor Relations Contact:\nBurns McClellan\nLisa Burns\n(212) 555-0006\nlburns@burnsmc.com\n"
    )
    assert _text("vlra.txt", text) == {}


def test_a_firm_named_like_a_person_over_a_titled_contact_names_no_one() -> None:
    """ "Burns McClellan" / "Lisa M. Burns, Account Director": whose contact she is, the block does
    not tell: neither line is read."""
    text = VELORA_OPENING + "Contacts:\nBurns McClellan\nLisa M. Burns, Account Director\n(212) 555-0006\n"
    assert _text("vlra.txt", text) == {}


def test_a_firm_of_department_words_over_a_contact_still_leaves_her_read() -> None:
    """ "Media Contact:" / "Canale Communications" / "Carolyn Hawley": the firm's line is no person's,
    the contact under it is read."""
    text = VELORA_OPENING + "Media Contact:\nCanale Communications\nCarolyn Hawley\n619-849-5375\n"
    found = _text("vlra.txt", text)
    assert found["carolyn-hawley"] >= {("name", "Carolyn Hawley", 6), ("role", "media contact", 6)}


# ---------------------------------------------------------------------------------------------
# Adversarial review (w5): a role heading inside a block gives the contacts under it their role
# ---------------------------------------------------------------------------------------------


def test_a_media_heading_under_an_investor_contact_sets_the_role() -> None:
    """ "Investor Relations Contact:" / "Jane Doe, Director, Investor Relations, …" / "Media Contact:" /
    "Tom Wu, Pure Communications, …": Tom Wu is the media contact."""
    text = VELORA_OPENING + (
        "Investor Relations Contact:\n"
        "Jane Doe, Director, Investor Relations, (858) 555-0100\n"
        "Media Contact:\n"
        "Tom Wu, Pure Communications, (910) 555-1100\n"
    )
    found = _text("vlra.txt", text)
    assert ("role", "investor contact", 5) in found["jane-doe"]
    assert ("position", "Director, Investor Relations", 5) in found["jane-doe"]
    assert ("role", "media contact", 7) in found["tom-wu"]
    assert ("role", "investor contact", 7) not in found["tom-wu"]


def test_a_media_heading_under_a_contact_with_a_title_below_sets_the_role() -> None:
    """ "Investors:" / "Jane Doe" / "Director, Investor Relations" / "Media:" / "Tom Wu": the heading
    ends her title lines and gives him his role."""
    text = VELORA_OPENING + (
        "Investors:\nJane Doe\nDirector, Investor Relations\nMedia:\nTom Wu\n(910) 555-1100\n"
    )
    found = _text("vlra.txt", text)
    assert _positions(found, "jane-doe") == {"Director, Investor Relations"}
    assert ("role", "investor contact", 5) in found["jane-doe"]
    assert ("role", "media contact", 8) in found["tom-wu"]
