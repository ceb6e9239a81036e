"""People the fourteenth review found misread or missed: a wire release's dashed subheadline under the
"CONTACT:" block read as a person ("… $159.6 Million on" / "Sell-Through Basis --", Ligand), and the
contact named under another with a department for a title ("Erika Luib, Investor Relations") read as
that other contact's title line; two officers on the results call, the second with a title holding a
serial comma ("Executive Vice President, Global Research and Development, and Chief Scientific
Officer", Vertex), both lost.

Fixtures in tests/reviewed_releases/ (``r14_*`` and ``r14p_*``); the small releases are written here.
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


#: The opening of a small release: its filer, then the contacts block the tests add.
OPENING = (
    "SAN DIEGO, March 16, 2006 -- Acme Biotherapeutics, Inc. (Nasdaq: ACMB) today reported financial "
    "results for the fourth quarter and year ended December 31, 2005.\n\n"
)


# ---------------------------------------------------------------------------------------------
# F: a headline under the contacts block is no person; a contact named with a department
# ---------------------------------------------------------------------------------------------


def test_ligand_headline_is_no_person_and_the_investor_relations_contact_is_read() -> None:
    """r14_ligand_2005q4_submission.txt L94-102: "CONTACT:  Ligand Pharmaceuticals Incorporated" /
    "Paul V. Maier, Chief Financial Officer" / "Erika Luib, Investor Relations" / phone, then the
    headline and the subheadline "-- Total 2005 Product Sales Increase 18% to $159.6 Million on" /
    "Sell-Through Basis --"."""
    found = _fixture("r14_ligand_2005q4_submission.txt")
    assert "sell-through-basis" not in found
    assert found["erika-luib"] == {("name", "Erika Luib", 96)}
    assert found["paul-v-maier"] >= {
        ("name", "Paul V. Maier", 95),
        ("position", "Chief Financial Officer", 95),
        ("worksFor", "ligand-pharmaceuticals", 95),
    }
    assert _positions(found, "paul-v-maier") == {
        "Chief Financial Officer",
        "Senior Vice President, Chief Financial Officer",
    }


def test_a_contact_named_with_a_department_is_no_title_line_of_the_one_above() -> None:
    """ "Jane Roe, Chief Financial Officer" over "John Poe, Investor Relations": two contacts, the second
    with a department and no title; neither line is the other's title."""
    text = OPENING + (
        "Contacts:\nJane Roe, Chief Financial Officer\nJohn Poe, Investor Relations\n(555) 555-0100\n"
    )
    found = _text("acme.txt", text)
    assert found["john-poe"] == {("name", "John Poe", 5)}
    assert found["jane-roe"] >= {("position", "Chief Financial Officer", 4)}
    assert _positions(found, "jane-roe") == {"Chief Financial Officer"}


def test_a_name_shaped_line_ending_in_a_dash_is_a_headline() -> None:
    """A subheadline's last line "Record Demand --": a name and a dash with nothing after it is no
    contact line ("Jane Roe - (555) 555-0100" would be)."""
    text = (
        "Contact:\nJane Roe, Chief Financial Officer\n(555) 555-0100\n\n"
        "ACME REPORTS FOURTH QUARTER RESULTS\n\n"
        "    Quarterly Sales Rise on\n"
        "    Record Demand --\n\n" + OPENING
    )
    found = _text("acme.txt", text)
    assert "record-demand" not in found
    assert _positions(found, "jane-roe") == {"Chief Financial Officer"}


def test_a_hyphenated_word_the_release_prints_in_small_letters_makes_no_name() -> None:
    """ "Year-End Highlights, 2005" under the contacts block: "year-end" is printed in small letters in
    the release, a common word, never a given name ("Jean-Jacques" is never printed so)."""
    text = (
        "Contact:\nJane Roe, Chief Financial Officer\n(555) 555-0100\n\n"
        "Year-End Highlights, 2005\n\n" + OPENING + "Cash at year-end was $12.0 million.\n"
    )
    doc = document_from_bytes("acme.txt", text.encode("utf-8"))
    found = _people(doc)
    assert "year-end-highlights" not in found
    assert _positions(found, "jane-roe") == {"Chief Financial Officer"}
    notes = [fact for fact in people.run(doc) if isinstance(fact, Skipped)]
    assert [(note.line, "'Year-End Highlights' is no person" in note.reason) for note in notes] == [(5, True)]


def test_a_dashed_subheadline_ends_the_contacts_block() -> None:
    """ "-- Avinza Sales Rise on Co-Promotion;" / "Product Launch, New Data --": a subheadline opening
    with a dash, under the block's contacts, ends the block; its lines are no contacts."""
    text = (
        "Contact:\nJane Roe, Chief Financial Officer\n(555) 555-0100\n\n"
        "    -- Avinza Sales Rise on Co-Promotion;\n"
        "       Product Launch, New Data --\n\n" + OPENING
    )
    found = _text("acme.txt", text)
    assert "product-launch" not in found
    assert _positions(found, "jane-roe") == {"Chief Financial Officer"}


# ---------------------------------------------------------------------------------------------
# V: officers on the results call, a title holding a serial comma
# ---------------------------------------------------------------------------------------------


VERTEX_TITLE = "Executive Vice President, Global Research and Development, and Chief Scientific Officer"


def test_vertex_call_hosts_are_read_with_a_title_holding_a_serial_comma() -> None:
    """r14p_vertex_2010q3.htm L61: "Ian F. Smith, Executive Vice President and Chief Financial Officer,
    and Peter Mueller, Ph.D., Executive Vice President, Global Research and Development, and Chief
    Scientific Officer, will join Mr. Emmens on the call." """
    found = _fixture("r14p_vertex_2010q3.htm")
    assert found["ian-f-smith"] >= {
        ("name", "Ian F. Smith", 61),
        ("position", "Executive Vice President and Chief Financial Officer", 61),
        ("worksFor", "vertex-pharmaceuticals", 61),
    }
    assert found["peter-mueller"] >= {
        ("name", "Peter Mueller", 61),
        ("position", VERTEX_TITLE, 61),
        ("worksFor", "vertex-pharmaceuticals", 61),
    }


def test_a_single_host_with_a_serial_comma_title_is_read() -> None:
    text = OPENING + (
        "Acme will host a conference call today at 5:00 p.m. ET. Peter Mueller, Ph.D., "
        + VERTEX_TITLE
        + ", will "
        "host the call.\n"
    )
    assert _positions(_text("acme.txt", text), "peter-mueller") == {VERTEX_TITLE}


def test_a_serial_comma_never_joins_the_next_name_to_a_title() -> None:
    """ "Jane Doe, President, and John Smith, Research and Development, will host the call": John Smith's
    words hold no title's word, so the sentence is no chain of officers; "and John Smith" after the
    comma is no part of Jane Doe's title."""
    text = OPENING + (
        "Acme will host a conference call today. Jane Doe, President, and John Smith, Research and "
        "Development, will host the call.\n"
    )
    found = _text("acme.txt", text)
    assert _positions(found, "jane-doe") == set()
    assert "john-smith" not in found
