"""People the fifteenth to seventeenth reviews found misread or missed.

Wrong: a release's dateline under the contacts block ("Morris Plains, NJ, May 15, 2006 -- …", after a
blank line) read as a contact named "Morris Plains" (Immunomedics); the filer's own short name defined
in brackets ("Cell Therapeutics, Inc. (CTI)") read in a title ("… Officer of CTI") as a second company
(CTI); two titles at two companies ("Vice President of Isis and President of Ibis Biosciences") read as
one title held at the second (Isis).

Missed: a name with two initials printed together ("Bruce L.A. Carter", ZymoGenetics); the contacts
under a heading that names the filer ("CONTACT:  InterMune, Inc.", "ISIS CONTACT:"); a middle initial
printed without its period before a title ("said Rick E Winningham, Chief Executive Officer",
Theravance); a title in small letters closed by the company's name ("chairman and chief executive officer
of ARIAD"); the officers a sentence says will host the call ("The call will be hosted by …") and
contacts side by side under headings alone ("Media Contact:   Investor Contact:", CTI).

Fixtures in tests/reviewed_releases/ (``r15p_*``); the small releases are written here.
"""

from __future__ import annotations

from pathlib import Path

from conftest import people_of_fixture, people_of_text, people_stated, positions_stated

from kg.corpus import document_from_bytes
from kg.extractors import people
from kg.model import Skipped

FOLDER = Path(__file__).parent / "reviewed_releases"

_people = people_stated
_positions = positions_stated


_fixture = people_of_fixture
_text = people_of_text


def _employers(found: dict[str, set[tuple[str, object, int]]], key: str) -> set[object]:
    return {obj for predicate, obj, _ in found.get(key, set()) if predicate == "worksFor"}


# ---------------------------------------------------------------------------------------------
# P1: a dateline under the contacts block is no contact
# ---------------------------------------------------------------------------------------------


def test_a_dateline_after_the_contacts_block_is_no_person() -> None:
    """The contacts block, a blank line, then the dateline: "Morris Plains" is a place."""
    text = (
        "For More Information:\nDr. Chau Cheng\nDirector, Investor Relations\n\n"
        "Morris Plains, NJ, May 15, 2006 -- Immunomedics, Inc. (Nasdaq: IMMU) today reported\n"
        "results for the quarter ended March 31, 2006.\n"
    )
    found = _text("immu.txt", text)
    assert set(found) == {"chau-cheng"}
    assert found["chau-cheng"] == {
        ("name", "Chau Cheng", 2),
        ("position", "Director, Investor Relations", 3),
        ("worksFor", "immunomedics", 2),
    }


def test_datelines_of_other_wires_after_the_contacts_block_are_no_persons() -> None:
    """A PR Newswire dateline with a state and one with the date in figures end the block too."""
    for dateline in (
        "Redwood City, CA, May 1, 2008 /PRNewswire-FirstCall/ -- Acme",
        "Redwood City, CA -- 5/1/2008 -- Acme",
        "Redwood City, CA, May 1 /PRNewswire-FirstCall/ -- Acme",
    ):
        text = (
            "Contacts:\nJane Roe\nChief Financial Officer\n(555) 555-0100\n\n"
            f"{dateline}\nBiotherapeutics, Inc. (Nasdaq: ACMB) today, May 1, 2008, reported results.\n"
        )
        found = _text("acme.txt", text)
        assert set(found) == {"jane-roe"}, dateline


def test_immunomedics_dateline_is_no_person() -> None:
    """r15p_immunomedics_fy2006q3.txt L5-14: "For More Information:" / "Dr. Chau Cheng" / "Director,
    Investor Relations & Grant Management" / phone and e-mail, the headline, then "Morris Plains, NJ,
    May 15, 2006 -- Immunomedics, Inc. …" (L14)."""
    found = _fixture("r15p_immunomedics_fy2006q3.txt")
    assert "morris-plains" not in found
    assert found["chau-cheng"] >= {
        ("name", "Chau Cheng", 6),
        ("position", "Director, Investor Relations & Grant Management", 7),
    }


# ---------------------------------------------------------------------------------------------
# P2: the filer's defined short name is the filer
# ---------------------------------------------------------------------------------------------


CTI_OPENING = (
    "SEATTLE, May 8, 2007/PRNewswire-FirstCall/ -- Cell Therapeutics, Inc. (CTI)\n"
    "(NASDAQ and MTAX: CTIC) today reported financial results for the first quarter\n"
    "ended March 31, 2007.\n\n"
)
#: The paragraph about the filer closing a CTI release, which names the filer.
CTI_ABOUT = (
    "\nAbout Cell Therapeutics, Inc.\n\nHeadquartered in Seattle, CTI is a biopharmaceutical company "
    "committed to developing an integrated portfolio of oncology products.\n"
)


def test_the_filers_short_name_in_a_title_is_the_filer() -> None:
    """ "Cell Therapeutics, Inc. (CTI)" defines CTI: "President and Chief Executive Officer of CTI" is
    the filer's officer, never a second company's."""
    text = (
        CTI_OPENING
        + (
            '"We made meaningful progress this quarter," said James A. Bianco, M.D.,\n'
            "President and Chief Executive Officer of CTI.\n"
        )
        + CTI_ABOUT
    )
    found = _text("cti.txt", text)
    assert found["james-a-bianco"] == {
        ("name", "James A. Bianco", 5),
        ("position", "President and Chief Executive Officer", 6),
        ("worksFor", "cell-therapeutics", 5),
    }


def test_a_short_name_the_filing_does_not_define_for_the_filer_stays_another_company() -> None:
    """Initials the filing defines for another company ("Bristol-Myers Squibb Company (BMS)") name that
    company, not the filer."""
    text = (
        CTI_OPENING
        + (
            'CTI and Bristol-Myers Squibb Company (BMS) signed an agreement. "We are pleased," said\n'
            "John Q. Smith, Senior Vice President of BMS.\n"
        )
        + CTI_ABOUT
    )
    found = _text("cti.txt", text)
    assert _employers(found, "john-q-smith") == {"bms"}


def test_cti_officer_works_for_the_filer() -> None:
    """r15p_cti_2007q1_ocr.txt L44-50: "Cell Therapeutics, Inc. (CTI)" in the dateline; "said James A.
    Bianco, M.D., President and Chief Executive Officer of CTI"."""
    found = _fixture("r15p_cti_2007q1_ocr.txt")
    assert ("worksFor", "cti", 50) not in found["james-a-bianco"]
    assert found["james-a-bianco"] >= {
        ("position", "President and Chief Executive Officer", 50),
        ("worksFor", "cell-therapeutics", 49),
    }


# ---------------------------------------------------------------------------------------------
# P3: two titles at two companies
# ---------------------------------------------------------------------------------------------


ISIS_OPENING = (
    "CARLSBAD, Calif., Nov. 1, 2005 /PRNewswire-FirstCall/ -- Isis Pharmaceuticals, Inc. (Nasdaq: ISIS) "
    "today reported financial results for the third quarter of 2005.\n\n"
)


def test_two_titles_at_two_companies_keep_the_filers_alone() -> None:
    """ "Vice President of Isis and President of Ibis Biosciences": the filer's title is stated with the
    filer; the other, whose employer one filing cannot pair with it, is not stated (a note says so)."""
    text = ISIS_OPENING + (
        "Ibis Biosciences, a division of Isis, shipped its first TIGER biosensor system. David J. Ecker, "
        "Ph.D., Vice President of Isis and President of Ibis Biosciences, said the system can identify "
        "virtually any infectious organism.\n"
    )
    doc = document_from_bytes("isis.txt", text.encode("utf-8"))
    found = _people(doc)
    assert found["david-j-ecker"] == {
        ("name", "David J. Ecker", 3),
        ("position", "Vice President", 3),
        ("worksFor", "isis-pharmaceuticals", 3),
    }
    notes = [f.reason for f in people.run(doc) if isinstance(f, Skipped)]
    assert any("Ibis Biosciences" in note and "David J. Ecker" in note for note in notes)


def test_two_titles_with_the_filers_last() -> None:
    """The other company's title first: "President of Ibis Biosciences and Senior Vice President of Isis"
    gives "Senior Vice President" at the filer."""
    text = ISIS_OPENING + (
        '"The system works," said David J. Ecker, Ph.D., President of Ibis Biosciences and Senior Vice '
        "President of Isis.\n"
    )
    found = _text("isis.txt", text)
    assert _positions(found, "david-j-ecker") == {"Senior Vice President"}
    assert _employers(found, "david-j-ecker") == {"isis-pharmaceuticals"}


def test_isis_two_titles_in_the_release() -> None:
    """r15p_isis_2005q3_pre.htm: "David J. Ecker, Ph.D., Vice President of Isis and" / "President of Ibis
    Biosciences, said …" (L44 as rendered)."""
    found = _fixture("r15p_isis_2005q3_pre.htm")
    assert _positions(found, "david-j-ecker") == {"Vice President"}
    assert _employers(found, "david-j-ecker") == {"isis-pharmaceuticals"}


# ---------------------------------------------------------------------------------------------
# P5: two initials printed together
# ---------------------------------------------------------------------------------------------


ZYMO_OPENING = (
    "SEATTLE--(BUSINESS WIRE)--July 30, 2008--ZymoGenetics, Inc. (NASDAQ:ZGEN)\n"
    "today reported financial results for the quarter ended June 30, 2008.\n\n"
)


def test_a_name_with_two_initials_printed_together() -> None:
    """ "said Bruce L.A. Carter, Ph.D., Chairman and Chief Executive Officer of ZymoGenetics"."""
    text = ZYMO_OPENING + (
        '"RECOTHROM continues to gain acceptance among surgeons," said Bruce L.A. Carter, Ph.D., Chairman '
        "and Chief Executive Officer of ZymoGenetics.\n"
    )
    found = _text("zymo.txt", text)
    assert found["bruce-l-a-carter"] == {
        ("name", "Bruce L.A. Carter", 4),
        ("position", "Chairman and Chief Executive Officer", 4),
        ("worksFor", "zymogenetics", 4),
    }


def test_zymogenetics_people() -> None:
    """r15p_zymogenetics_2008q2.txt: the quote "said Bruce" / "L.A. Carter, Ph.D., Chairman and Chief
    Executive Officer of ZymoGenetics." (L36-37); the call "Bruce L.A. Carter, Ph.D., Chairman and Chief
    Executive Officer," / "and James A. Johnson, Executive Vice President and Chief Financial Officer," /
    "will discuss the results." (L85-87); "CONTACT: ZymoGenetics, Inc." over "Susan Specht, …" and
    "Susan Rich, …" (L165-170)."""
    found = _fixture("r15p_zymogenetics_2008q2.txt")
    assert found["bruce-l-a-carter"] >= {
        ("name", "Bruce L.A. Carter", 36),
        ("position", "Chairman and Chief Executive Officer", 37),
        ("position", "Chairman and Chief Executive Officer", 85),
        ("worksFor", "zymogenetics", 85),
    }
    assert found["james-a-johnson"] >= {
        ("position", "Executive Vice President and Chief Financial Officer", 86),
        ("worksFor", "zymogenetics", 86),
    }
    assert found["susan-specht"] == {("name", "Susan Specht", 167)}
    assert found["susan-rich"] == {("name", "Susan Rich", 170)}


# ---------------------------------------------------------------------------------------------
# P6: a contacts heading that names the filer
# ---------------------------------------------------------------------------------------------


ITMN_OPENING = (
    "BRISBANE, Calif., Feb. 21, 2008 /PRNewswire-FirstCall/ -- InterMune, Inc.\n"
    "(Nasdaq: ITMN) today reported financial results for the fourth quarter and\n"
    "full year ended December 31, 2007.\n\n"
)


def test_contacts_under_a_heading_naming_the_filer() -> None:
    """ "CONTACT:  InterMune, Inc." then the contacts, each a name, a title and a phone."""
    text = ITMN_OPENING + (
        "CONTACT:  InterMune, Inc.\n"
        "          Jim Goff\n"
        "          Senior Director, Investor Relations\n"
        "          415-466-2242\n\n"
        "          John C. Hodgman\n"
        "          Senior Vice President and Chief Financial Officer\n"
        "          415-466-2200\n"
    )
    found = _text("itmn.txt", text)
    assert found["jim-goff"] == {
        ("name", "Jim Goff", 6),
        ("position", "Senior Director, Investor Relations", 7),
        ("worksFor", "intermune", 6),
    }
    assert found["john-c-hodgman"] == {
        ("name", "John C. Hodgman", 10),
        ("position", "Senior Vice President and Chief Financial Officer", 11),
        ("worksFor", "intermune", 10),
    }


def test_a_heading_naming_another_firm_still_reads_no_contact() -> None:
    """ "Contact: Lippert/Heilshorn & Associates": whose employees the people below are is not told."""
    text = ITMN_OPENING + (
        "Contact: Lippert/Heilshorn & Associates\nJane Roe\nVice President\n(555) 555-0100\n"
    )
    assert "jane-roe" not in _text("itmn.txt", text)


def test_a_contacts_heading_opening_with_the_filers_name() -> None:
    """ "ISIS CONTACT:" on its own line, then a name, a title and a phone."""
    text = (
        "ISIS CONTACT:\nB. Lynne Parshall\nExecutive Vice President and Chief Financial Officer\n"
        "760-931-9200\n\n" + ISIS_OPENING
    )
    found = _text("isis.txt", text)
    assert found["b-lynne-parshall"] == {
        ("name", "B. Lynne Parshall", 2),
        ("position", "Executive Vice President and Chief Financial Officer", 3),
        ("worksFor", "isis-pharmaceuticals", 2),
    }


def test_a_heading_opening_with_another_companys_name_is_no_contacts_heading() -> None:
    """ "AMGEN CONTACT:" in an Isis release: not the filer's contacts heading."""
    text = "AMGEN CONTACT:\nJane Roe\nVice President\n760-931-9200\n\n" + ISIS_OPENING
    assert "jane-roe" not in _text("isis.txt", text)


def test_intermune_contacts() -> None:
    """r15p_intermune_2007q4_ocr.txt L199-207: "CONTACT:  InterMune, Inc." over Jim Goff and John C.
    Hodgman (printed "Hodgrnan" by OCR)."""
    found = _fixture("r15p_intermune_2007q4_ocr.txt")
    assert found["jim-goff"] == {
        ("name", "Jim Goff", 200),
        ("position", "Senior Director, Investor Relations", 201),
        ("worksFor", "intermune", 200),
    }
    assert found["john-c-hodgrnan"] >= {
        ("position", "Senior Vice President and Chief Financial Officer", 206),
        ("worksFor", "intermune", 205),
    }


def test_isis_contacts_under_the_filers_heading() -> None:
    """r15p_isis_2005q3_pre.htm L3-10: "ISIS CONTACT:<BR>" over B. Lynne Parshall and Kate Tompkins."""
    found = _fixture("r15p_isis_2005q3_pre.htm")
    assert found["b-lynne-parshall"] == {
        ("name", "B. Lynne Parshall", 4),
        ("position", "Executive Vice President and Chief Financial Officer", 5),
        ("worksFor", "isis-pharmaceuticals", 4),
    }
    assert found["kate-tompkins"] == {
        ("name", "Kate Tompkins", 8),
        ("position", "Director, Investor Relations", 9),
        ("worksFor", "isis-pharmaceuticals", 8),
    }


# ---------------------------------------------------------------------------------------------
# P7: a middle initial without its period, before a title
# ---------------------------------------------------------------------------------------------


THRX_OPENING = (
    "SOUTH SAN FRANCISCO, Calif., Nov. 2, 2006 /PRNewswire-FirstCall/ -- Theravance, Inc. (Nasdaq: "
    "THRX) today reported financial results for the third quarter ended September 30, 2006.\n\n"
)


def test_a_middle_initial_without_its_period_before_a_title() -> None:
    """ "said Rick E Winningham, Chief Executive Officer."; and "Rick E Winningham, Chief Executive
    Officer, said" with the name opening the sentence."""
    text = THRX_OPENING + (
        '"We are working closely with Astellas to complete the NDA submission," said Rick E Winningham, '
        "Chief Executive Officer.\n"
    )
    found = _text("thrx.txt", text)
    assert found["rick-e-winningham"] == {
        ("name", "Rick E Winningham", 3),
        ("position", "Chief Executive Officer", 3),
        ("worksFor", "theravance", 3),
    }
    text = THRX_OPENING + "Rick E Winningham, Chief Executive Officer, said the results were strong.\n"
    assert _positions(_text("thrx.txt", text), "rick-e-winningham") == {"Chief Executive Officer"}


def test_a_capital_alone_between_words_without_a_title_is_no_name() -> None:
    """No title after the name: "said Rick E Winningham." names nobody; "Phase I Study" is no name."""
    text = THRX_OPENING + (
        '"We are pleased," said Rick E Winningham. The Phase I Study Group, Chief among them, said so.\n'
    )
    found = _text("thrx.txt", text)
    assert "rick-e-winningham" not in found
    assert not any(key.startswith("phase") for key in found)


def test_theravance_chief_executive() -> None:
    """r15p_theravance_2006q3.txt L30: "said Rick E Winningham, Chief Executive Officer."."""
    found = _fixture("r15p_theravance_2006q3.txt")
    assert found["rick-e-winningham"] == {
        ("name", "Rick E Winningham", 30),
        ("position", "Chief Executive Officer", 30),
        ("worksFor", "theravance", 30),
    }


# ---------------------------------------------------------------------------------------------
# P8: a title in small letters closed by the company's name
# ---------------------------------------------------------------------------------------------


ARIAD_OPENING = (
    "CAMBRIDGE, Mass.--(BUSINESS WIRE)--Feb. 28, 2011-- ARIAD Pharmaceuticals, Inc. (NASDAQ: ARIA) today "
    "reported financial results for the fourth quarter of 2010.\n\n"
)


def test_a_small_letter_title_of_the_filer() -> None:
    """ "said Harvey J. Berger, M.D., chairman and chief executive officer of ARIAD.": the filer's name
    closing the title is left to the employer edge."""
    text = ARIAD_OPENING + (
        '"2010 was a transformative year for ARIAD," said Harvey J. Berger, M.D., chairman and chief '
        'executive officer of ARIAD. "We look forward to 2011."\n'
    )
    found = _text("ariad.txt", text)
    assert found["harvey-j-berger"] == {
        ("name", "Harvey J. Berger", 3),
        ("position", "chairman and chief executive officer", 3),
        ("worksFor", "ariad-pharmaceuticals", 3),
    }


def test_a_small_letter_title_of_another_company() -> None:
    """ "…, senior vice president of Genentech, said" places the person at Genentech."""
    text = ARIAD_OPENING + (
        "Jane Q. Roe, senior vice president of Genentech, said the collaboration is on track.\n"
    )
    found = _text("ariad.txt", text)
    assert _positions(found, "jane-q-roe") == {"senior vice president"}
    assert _employers(found, "jane-q-roe") == {"genentech"}


def test_ariad_chairman() -> None:
    """r15p_ariad_2010q4.txt L16-17: "said Harvey J. Berger, M.D., chairman and chief" / "executive
    officer of ARIAD."."""
    found = _fixture("r15p_ariad_2010q4.txt")
    assert found["harvey-j-berger"] >= {
        ("position", "chairman and chief executive officer", 16),
        ("worksFor", "ariad-pharmaceuticals", 16),
    }


# ---------------------------------------------------------------------------------------------
# P10: "hosted by" and contacts side by side under headings alone
# ---------------------------------------------------------------------------------------------


def test_officers_hosting_the_call() -> None:
    """ "The call will be hosted by James A. Bianco, M.D., President and Chief Executive Officer, and
    Louis A. Bianco, Executive Vice President, Finance and Administration."."""
    text = (
        CTI_OPENING
        + (
            "CTI will host a conference call to discuss the first quarter 2007 results\n"
            "today at 4:30 p.m. Eastern Time. The call will be hosted by James A. Bianco,\n"
            "M.D., President and Chief Executive Officer, and Louis A. Bianco, Executive\n"
            "Vice President, Finance and Administration. To access the live call, dial\n"
            "1-800-322-0079.\n"
        )
        + CTI_ABOUT
    )
    found = _text("cti.txt", text)
    assert found["james-a-bianco"] == {
        ("name", "James A. Bianco", 6),
        ("position", "President and Chief Executive Officer", 7),
        ("worksFor", "cell-therapeutics", 6),
    }
    assert found["louis-a-bianco"] == {
        ("name", "Louis A. Bianco", 7),
        ("position", "Executive Vice President, Finance and Administration", 7),
        ("worksFor", "cell-therapeutics", 7),
    }


def test_hosted_by_outside_a_call_sentence_is_not_read() -> None:
    """ "The dinner was hosted by Jane Roe, Chief Financial Officer." names no call: not read."""
    text = (
        CTI_OPENING
        + "The dinner was hosted by Jane Roe, Chief Financial Officer. It went well.\n"
        + CTI_ABOUT
    )
    assert "jane-roe" not in _text("cti.txt", text)


def test_contacts_side_by_side_under_headings_alone() -> None:
    """ "Media Contact:" beside "Investor Contact:", the names, the company and the phones under each."""
    text = (
        CTI_OPENING
        + (
            "Media Contact:                         Investor Contact:\n"
            "Dan Eramian                            Ed Bell\n"
            "Cell Therapeutics, Inc.                Cell Therapeutics, Inc.\n"
            "T: 206.272.4343                        T: 206.272.4345\n"
        )
        + CTI_ABOUT
    )
    found = _text("cti.txt", text)
    assert found["dan-eramian"] == {("name", "Dan Eramian", 6), ("role", "media contact", 6)}
    assert found["ed-bell"] == {("name", "Ed Bell", 6), ("role", "investor contact", 6)}


def test_cti_call_hosts_and_contacts() -> None:
    """r15p_cti_2007q1_ocr.txt: the contacts side by side (L7-12) and the call hosts (L117-120)."""
    found = _fixture("r15p_cti_2007q1_ocr.txt")
    assert found["dan-eramian"] == {("name", "Dan Eramian", 8), ("role", "media contact", 8)}
    assert found["ed-bell"] == {("name", "Ed Bell", 8), ("role", "investor contact", 8)}
    assert found["louis-a-bianco"] == {
        ("name", "Louis A. Bianco", 119),
        ("position", "Executive Vice President, Finance and Administration", 119),
        ("worksFor", "cell-therapeutics", 119),
    }
