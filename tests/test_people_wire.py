"""The people extractor on wire-service releases of other companies: titles in small letters, the
filer named in passing before a title or closing it, acronyms ending a sentence, and a contact
printed on the heading's own line."""

from __future__ import annotations

from test_people_unseen import _people

EXELIXIS = (
    "SOUTH SAN FRANCISCO, Calif., Feb. 25, 2010 /PRNewswire/ -- Exelixis, Inc. (Nasdaq: EXEL) today "
    "reported financial results for the quarter and year ended January 1, 2010.\n\n"
    '"2009 was a year of transformation for Exelixis," said George A. Scangos, Ph.D., president and chief '
    "executive officer.\n\n"
    "Frank Karbe, the company's Executive Vice President and Chief Financial Officer, added: \"We ended the "
    'year with a strong balance sheet."\n'
)

MEDAREX = (
    "PRINCETON, N.J., May 4, 2006 -- Medarex, Inc. (Nasdaq: MEDX) reported results for the first quarter "
    "of 2006.\n\n"
    "Commenting on the quarter, Donald L. Drakeman, J.D., Ph.D., Medarex's President and CEO, stated, "
    '"We continue to advance our pipeline."\n\n'
    "Dr. Nils Lonberg, Senior Vice President and Scientific Director, presented data at AACR. Medarex's "
    "partner Bristol-Myers Squibb Company's Chief Scientific Officer, Elliott Sigal, M.D., Ph.D., commented "
    "on ipilimumab.\n\n"
    "Contact:  Laura S. Choi, Director, Investor Relations, Medarex, Inc., 609-430-2880\n"
    "          Jean Mantuano, Corporate Communications, Medarex, Inc., 908-479-2443\n"
)

SEATTLE = (
    "BOTHELL, Wash.--(BUSINESS WIRE)--Oct. 30, 2008--Seattle Genetics, Inc. (Nasdaq:SGEN) today reported "
    "financial results for the third quarter ended September 30, 2008.\n\n"
    '"We are pleased with our progress," said Clay B. Siegall, Ph.D., President and Chief Executive '
    'Officer of Seattle Genetics. "Our pivotal trial is on track."\n'
)


def test_titles_in_small_letters_and_after_the_companys() -> None:
    assert _people(EXELIXIS) == {
        "george-a-scangos": {"position": "president and chief executive officer", "worksFor": "exelixis"},
        "frank-karbe": {
            "position": "Executive Vice President and Chief Financial Officer",
            "worksFor": "exelixis",
        },
    }


def test_the_filers_name_opening_or_closing_a_title_is_left_to_the_employer_edge() -> None:
    assert _people(SEATTLE) == {
        "clay-b-siegall": {
            "position": "President and Chief Executive Officer",
            "worksFor": "seattle-genetics",
        },
    }
    people = _people(MEDAREX)
    assert people["donald-l-drakeman"] == {"position": "President and CEO", "worksFor": "medarex"}


def test_an_acronym_ends_the_sentence_before_the_next_attribution() -> None:
    """ "… presented data at AACR." ends a sentence: its speaker is no one quoted, and no title runs on
    into the next sentence's words (before, Lonberg's "title" reached into it and named another company)."""
    people = _people(MEDAREX)
    assert "dr-nils-lonberg" not in people and "nils-lonberg" not in people
    # Elliott Sigal's title comes before his name: a form the extractor does not read.
    assert "elliott-sigal" not in people


def test_a_contact_on_the_headings_own_line() -> None:
    people = _people(MEDAREX)
    assert people["laura-s-choi"] == {"position": "Director, Investor Relations", "worksFor": "medarex"}
    # "Corporate Communications" holds no title's word: the contact is named, with no position.
    assert people["jean-mantuano"] == {}


SEATTLE_HEAD = (
    "BOTHELL, Wash., Aug. 4, 2011 /PRNewswire/ -- Seattle Genetics, Inc. (Nasdaq: SGEN) today reported "
    "results.\n\n"
)


def test_an_agencys_contact_is_not_the_filers() -> None:
    """A title followed by a firm other than the filer: the contact may work for an agency."""
    people = _people(
        SEATTLE_HEAD + "Media Contact: Jane Doe, Account Director, Feinstein Kean Healthcare (617) 577-8110\n"
    )
    assert people == {"jane-doe": {}}
    # A heading naming a firm: its people are the firm's, which this reader does not tell.
    assert (
        _people(SEATTLE_HEAD + "Contact: Lippert/Heilshorn & Associates\nJody Cain, Senior Vice President\n")
        == {}
    )


def test_contacts_on_one_line_part_at_a_semicolon_and_the_filer_closing_a_title() -> None:
    line = "Contacts: Tim Smith, Director, Investor Relations, Seattle Genetics; Jane Doe, Vice President, Burns McClellan\n"
    assert _people(SEATTLE_HEAD + line) == {
        "tim-smith": {"position": "Director, Investor Relations", "worksFor": "seattle-genetics"}
    }


def test_corporate_communications_is_no_corporation() -> None:
    people = _people(SEATTLE_HEAD + "Contact:  Laura S. Choi, Director, Corporate Communications\n")
    assert people == {
        "laura-s-choi": {"position": "Director, Corporate Communications", "worksFor": "seattle-genetics"}
    }


def test_another_firms_name_before_a_phone_leaves_the_title_unsure() -> None:
    people = _people(
        SEATTLE_HEAD
        + "Media Contact: Jennifer Lee, Senior Vice President, Corporate Affairs, BIOGEN IDEC, 617-679-2812\n"
    )
    assert people == {"jennifer-lee": {}}
