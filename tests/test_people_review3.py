"""The people extractor on whole releases of other filers and on passages of them: a company closing a
title after a comma, headings under a contacts block, courtesy titles before names, signers whose title
is printed under their name, and news of the filer's management."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import person_relations

from kg.corpus import document_from_bytes
from kg.extractors import people
from kg.model import Mention, Relation, Skipped

FILINGS = Path(__file__).parent / "reviewed_releases"

ACME_HEAD = (
    "Acme Oncology Reports Second Quarter 2011 Financial Results\n"
    "BOSTON, Mass., Aug. 4, 2011 /PRNewswire/ -- Acme Oncology, Inc. (Nasdaq: ACMO) today reported "
    "financial results for the second quarter of 2011.\n\n"
)


def _facts(name: str, text: str) -> list[object]:
    return list(people.run(document_from_bytes(name, text.encode())))


def _people(text: str) -> dict[str, dict[str, object]]:
    return person_relations(_facts("release.txt", text))


def _filing(name: str) -> dict[str, dict[str, object]]:
    return person_relations(list(people.run(document_from_bytes(name, (FILINGS / name).read_bytes()))))


# --- a company closing a title after a comma -----------------------------------------------------


def test_a_partners_officer_named_with_the_company_after_a_comma_works_for_it() -> None:
    """ "…, Senior Vice President, Oncology Medicines Development, GlaxoSmithKline." in a Genmab 6-K:
    GlaxoSmithKline (known to the reference data) is the employer and no part of the title."""
    found = _filing("genmab-2009q3-6k.htm")
    assert found["paolo-paoletti"] == {
        "position": "Senior Vice President, Oncology Medicines Development",
        "worksFor": "glaxosmithkline",
    }
    assert found["david-a-eatwell"]["worksFor"] == "genmab-a-s"


def test_a_company_closing_a_title_by_its_legal_form_or_as_the_filing_names_it_elsewhere() -> None:
    text = ACME_HEAD + (
        '"The data are clear," said Jane Q. Roe, Ph.D., Vice President, Finance, Nuvelo, Inc.\n\n'
        '"We are pleased," said John P. Doe, Head of Discovery, Zymlabs. Zymlabs GmbH licensed the antibody.\n\n'
        '"Our team delivered," said Carol B. Dunn, Senior Vice President, Corporate Communications, Acme '
        "Oncology.\n"
    )
    facts = _facts("release.txt", text)
    assert person_relations(facts) == {
        "jane-q-roe": {"position": "Vice President, Finance", "worksFor": "nuvelo"},
        "john-p-doe": {"position": "Head of Discovery", "worksFor": "zymlabs"},
        # The filer's own name closing the title is left to the employer edge.
        "carol-b-dunn": {
            "position": "Senior Vice President, Corporate Communications",
            "worksFor": "acme-oncology",
        },
    }
    nuvelo = next(
        f
        for f in facts
        if isinstance(f, Relation) and f.subject.key == "jane-q-roe" and f.predicate == "worksFor"
    )
    assert nuvelo.evidence.quote == "Nuvelo, Inc"


def test_a_name_closing_a_title_not_known_as_a_company_gives_neither_title_nor_employer() -> None:
    """An unknown name ("Zymlabs") or a company's department ("Amgen Research") may be another company:
    the person is named without title or employer, and a note says why; the words of a department
    ("Research & Development", "Oncology Medicines Development") stay in the title."""
    text = ACME_HEAD + (
        '"The data are clear," said Jane Q. Roe, Ph.D., Senior Vice President, Zymlabs.\n\n'
        '"We are pleased," said John P. Doe, Vice President, Amgen Research.\n\n'
        '"Enrollment is on track," said Mary Smith, Senior Vice President, Research & Development.\n\n'
        '"We are ready," said Paul Jones, Vice President, Oncology Medicines Development.\n'
    )
    facts = _facts("release.txt", text)
    assert person_relations(facts) == {
        "jane-q-roe": {},
        "john-p-doe": {},
        "mary-smith": {
            "position": "Senior Vice President, Research & Development",
            "worksFor": "acme-oncology",
        },
        "paul-jones": {
            "position": "Vice President, Oncology Medicines Development",
            "worksFor": "acme-oncology",
        },
    }
    notes = [f.reason for f in facts if isinstance(f, Skipped)]
    assert any("Jane Q. Roe" in note and "'Zymlabs'" in note for note in notes)
    assert any("John P. Doe" in note and "'Amgen Research'" in note for note in notes)


# --- headings under a contacts block --------------------------------------------------------------


def test_a_section_heading_under_the_contacts_block_is_no_person() -> None:
    """ "Clinical Programs", the release's first section heading, comes within the lines the contacts
    block is read over: it is no contact."""
    assert _filing("medarex-2005q1.txt") == {
        "christian-s-schade": {
            "position": "Senior Vice President, Finance and Administration, and Chief Financial Officer",
            "worksFor": "medarex",
        },
        "jean-mantuano": {"position": "Director, Investor Relations", "worksFor": "medarex"},
        "donald-l-drakeman": {"position": "President and Chief Executive Officer", "worksFor": "medarex"},
    }


def test_a_heading_shaped_like_a_name_right_under_the_contacts_is_no_person() -> None:
    text = (
        "Contact:\nJean Mantuano\nDirector, Investor Relations\nMedarex, Inc.\n(609) 430-2880\n\n"
        "Recent Highlights\n\nClinical Programs\n\n"
        "PRINCETON, N.J.; May 4, 2005 -- Medarex, Inc. (Nasdaq: MEDX) today reported results.\n"
    )
    assert _people(text) == {
        "jean-mantuano": {"position": "Director, Investor Relations", "worksFor": "medarex"}
    }


def test_the_wrapped_text_of_the_release_ends_the_contacts_block() -> None:
    """A line of the release's prose under the block that opens with a name ("Ezio Bonvini, M.D., Senior
    Vice President, Research, will present …") is no contact line with a title."""
    text = (
        "Contact:\nJean Mantuano\nDirector, Investor Relations\nMedarex, Inc.\n(609) 430-2880\n\n"
        "PRINCETON, N.J.; May 4, 2005 -- Medarex, Inc. (Nasdaq: MEDX) today reported\n"
        "financial results for the first quarter ended March 31, 2005 and reviewed\n"
        "recent progress in its antibody pipeline.\n\n"
        "Ezio Bonvini, M.D., Senior Vice President, Research, will present DART\n"
        "data at the annual meeting in December.\n"
    )
    assert _people(text) == {
        "jean-mantuano": {"position": "Director, Investor Relations", "worksFor": "medarex"}
    }


# --- courtesy titles ------------------------------------------------------------------------------


def test_a_courtesy_title_is_no_part_of_the_name() -> None:
    """ "said Dr. Michel Pairet, …" names Michel Pairet (key michel-pairet), cited without the "Dr."."""
    facts = list(
        people.run(document_from_bytes("micromet.htm", (FILINGS / "micromet-2010q2.htm").read_bytes()))
    )
    found = person_relations(facts)
    assert found["michel-pairet"] == {
        "position": "Senior Vice President, Research",
        "worksFor": "boehringer-ingelheim",
    }
    assert not [key for key in found if key.startswith("dr-")]
    mention = next(f for f in facts if isinstance(f, Mention) and f.ref.key == "michel-pairet")
    assert (mention.label, mention.evidence.quote) == ("Michel Pairet", "Michel Pairet")


def test_courtesy_titles_before_and_after_said() -> None:
    text = ACME_HEAD + (
        '"We made progress," said Prof. Jane Smith, Chief Scientific Officer. Mrs. Ann Lee, Chief Medical '
        'Officer, said "Enrollment is complete." "We are ready," said Mr. Paul Jones, Chief Financial Officer.\n'
    )
    assert _people(text) == {
        "jane-smith": {"position": "Chief Scientific Officer", "worksFor": "acme-oncology"},
        "ann-lee": {"position": "Chief Medical Officer", "worksFor": "acme-oncology"},
        "paul-jones": {"position": "Chief Financial Officer", "worksFor": "acme-oncology"},
    }


# --- signers whose title is printed under their name -----------------------------------------------


@pytest.mark.parametrize(
    ("name", "signer", "title", "employer"),
    [
        # "By: /s/ …" beside the date, name and title lines under it, the title over two lines.
        (
            "immunomedics-2002q2.txt",
            "gerard-g-gorman",
            "Vice President, Finance and Chief Financial Officer",
            "immunomedics",
        ),
        # A title over three lines, one ending in "Chief Financial".
        (
            "medarex-2005q1.txt",
            "christian-s-schade",
            "Senior Vice President, Finance and Administration, and Chief Financial Officer",
            "medarex",
        ),
        (
            "micromet-2007q3.txt",
            "matthias-alder",
            "Senior Vice President, Business Development and General Counsel",
            "micromet",
        ),
        ("seagen-2009q4.txt", "todd-e-simpson", "Chief Financial Officer", "seattle-genetics"),
        # HTML: name and title broken by <br> under "By: /s/ …".
        (
            "macrogenics-2013q3.htm",
            "james-karrels",
            "Senior Vice President, Chief Financial Officer",
            "macrogenics",
        ),
        (
            "micromet-2010q2.htm",
            "barclay-a-phillips",
            "Senior Vice President and Chief Financial Officer",
            "micromet",
        ),
    ],
)
def test_a_signers_title_on_the_lines_under_the_name(
    name: str, signer: str, title: str, employer: str
) -> None:
    assert _filing(name)[signer] == {"position": title, "worksFor": employer}


def test_a_signers_title_ends_where_no_line_goes_on() -> None:
    """A title ends at a line that ends a title ("Chief Financial Officer"), not at the lines under it;
    a line of figures ("Exhibit 99.1") is never part of it, and a title it leaves open ("Vice President,
    Finance and") is not read; "Name:"/"Title:" lines give the signer once."""
    text = (
        "SIGNATURES\n\nACME ONCOLOGY, INC.\nBy: /s/ Jane Q. Doe\nJane Q. Doe\nChief Financial Officer\n"
        "Exhibit Index\n\nBy: /s/ John Smith\nJohn Smith\nVice President, Finance and\nExhibit 99.1\n\n"
        "By: /s/ Ann Lee\n    Ann Lee\n    Senior Vice President,\n    Finance and Chief Financial Officer\n\n"
        "By: /s/ Mary Major\nName: Mary Major\nTitle: Chief Accounting Officer\n\n" + ACME_HEAD
    )
    assert _people(text) == {
        "mary-major": {"position": "Chief Accounting Officer", "worksFor": "acme-oncology"},
        "jane-q-doe": {"position": "Chief Financial Officer", "worksFor": "acme-oncology"},
        "ann-lee": {
            "position": "Senior Vice President, Finance and Chief Financial Officer",
            "worksFor": "acme-oncology",
        },
    }


# --- news of the filer's management ----------------------------------------------------------------


def test_management_news_gives_the_title_now_held() -> None:
    """ "joins the Company as", "joined MacroGenics in October as", "has been promoted to", "has been
    appointed": the title each states; the employer is the filer."""
    assert _filing("immunogen-2012q2fy.txt")["charles-q-morris"] == {
        "position": "Executive Vice President and Chief Development Officer",
        "worksFor": "immunogen",
    }
    assert _filing("macrogenics-2013q3.htm")["jon-m-wigginton"] == {
        "position": "Senior Vice President, Clinical Development and Chief Medical Officer",
        "worksFor": "macrogenics",
    }
    assert _filing("immunomedics-2002q2.txt")["william-a-wegener"] == {
        "position": "Vice President, Medical Affairs",
        "worksFor": "immunomedics",
    }
    assert _filing("seagen-2009q4.txt")["eric-l-dobmeier"] == {
        "position": "Chief Operating Officer",
        "worksFor": "seattle-genetics",
    }
    assert _filing("genmab-2009q3-6k.htm")["anders-gersel-pedersen"] == {
        "position": "Chairman of the Board",
        "worksFor": "genmab-a-s",
    }


def test_appointments_by_the_filer_and_officers_it_calls_its_own() -> None:
    """The filer appointing someone, and officers it calls "our" or "the Company's" in any sentence (a
    quote attribution of that shape is read once)."""
    text = ACME_HEAD + (
        "Acme also announced the appointment of Peter Pan, Ph.D., as Chief Scientific Officer. The Company "
        "appointed Wendy Darling as Vice President, Clinical Operations. Tom Hook, M.D., our Chief Medical "
        "Officer, will present data at the annual meeting. Sam Smee, the Company's Senior Vice President, "
        "Research, will host a call. Frank Karbe, the company\u2019s Executive Vice President and Chief "
        'Financial Officer, said "We are funded."\n'
    )
    assert _people(text) == {
        "peter-pan": {"position": "Chief Scientific Officer", "worksFor": "acme-oncology"},
        "wendy-darling": {"position": "Vice President, Clinical Operations", "worksFor": "acme-oncology"},
        "tom-hook": {"position": "Chief Medical Officer", "worksFor": "acme-oncology"},
        "sam-smee": {"position": "Senior Vice President, Research", "worksFor": "acme-oncology"},
        "frank-karbe": {
            "position": "Executive Vice President and Chief Financial Officer",
            "worksFor": "acme-oncology",
        },
    }


def test_past_future_and_other_companies_management_news_is_not_read() -> None:
    text = ACME_HEAD + (
        "Acme also announced that Barclay A. Phillips will join the company as Senior Vice President and "
        "Chief Financial Officer on January 2, 2008. Mr. Phillips was most recently Vice President, Finance "
        "at Nuvelo, Inc. James J. O'Leary, M.D., former Chief Medical Officer, will remain an advisor. Tinker "
        "Bell, our former Chief Financial Officer, will advise.\n\n"
        "Acme announced that Geoffrey M. Nichol, M.B., Ch.B., Senior Vice President, Product Development, has "
        "been named Senior Vice President, Clinical Development. Irwin Lerner, formerly Chairman of Roche "
        "Inc., has joined the Board of Directors. Roche announced that Jane Roe has been appointed Chief "
        "Executive Officer. In October Jane Doe joined the Company as Chief Business Officer. John Smith "
        "joined the Company in 1998 as Director of Research. Mary Major joined Genentech as Chief Medical "
        "Officer. Paul Minor joined the Company as a scientist. The trial is in Phase I. Peter Kessler has "
        "been promoted to Chief Medical Officer.\n"
    )
    assert _people(text) == {}
