"""People the eighth review found lost or misread: contacts printed in two columns aligned with spaces
(Seattle Genetics 2006 Q4, PDL BioPharma 2006 Q2), a hyphenated given name ("Jean-Frederic Viret"), a
courtesy title and a name of three words in a contacts block ("Dr. Chau Cheng", "Ann Marie Fields"), the
role a contacts heading on its own line gives ("Investor Contact:", "Investors:"), and officers named as
the hosts of the results call ("Name, Title, will review the results"), the name cut by a line break.

Fixtures in tests/reviewed_releases/; the small releases are written here.
"""

from __future__ import annotations

from pathlib import Path

from kg.corpus import Document, document_from_bytes, read_document
from kg.extractors import people
from kg.model import EntityRef, Mention, Relation

FOLDER = Path(__file__).parent / "reviewed_releases"
SEATTLE_HEAD = (
    "BOTHELL, WA - February 27, 2007 - Seattle Genetics, Inc. (Nasdaq: SGEN) today reported financial\n"
    "results for the fourth quarter and year ended December 31, 2006.\n\n"
)


def _read(doc: Document) -> dict[str, set[tuple[str, object, int]]]:
    """Each person's key with what is stated about them: (predicate, object, line of the evidence); the
    mention itself as ("name", label, line)."""
    found: dict[str, set[tuple[str, object, int]]] = {}
    for fact in people.run(doc):
        if isinstance(fact, Mention) and fact.ref.kind == "person":
            found.setdefault(fact.ref.key, set()).add(("name", fact.label, fact.evidence.line))
        elif isinstance(fact, Relation):
            obj = fact.obj.key if isinstance(fact.obj, EntityRef) else fact.obj
            found.setdefault(fact.subject.key, set()).add((fact.predicate, obj, fact.evidence.line))
    return found


def _fixture(name: str) -> dict[str, set[tuple[str, object, int]]]:
    return _read(read_document(FOLDER / name))


def _text(text: str) -> dict[str, set[tuple[str, object, int]]]:
    return _read(document_from_bytes("release.txt", text.encode()))


def _positions(found: dict[str, set[tuple[str, object, int]]], key: str) -> set[object]:
    return {obj for predicate, obj, _ in found.get(key, set()) if predicate == "position"}


def test_two_contacts_side_by_side_aligned_with_spaces_are_read_column_by_column() -> None:
    """sgen_2006q4.txt L148-149: "Clay B. Siegall, Ph.D.   Todd E. Simpson" over "President and Chief
    Executive Officer   Chief Financial Officer". Read as one line, the CEO got both titles and the CFO
    was lost."""
    found = _fixture("sgen_2006q4.txt")
    assert _positions(found, "clay-b-siegall") == {"President and Chief Executive Officer"}
    assert found["todd-e-simpson"] == {
        ("name", "Todd E. Simpson", 148),
        ("position", "Chief Financial Officer", 149),
        # Cited by the title alone: the span from the name would quote the other column's words.
        ("worksFor", "seattle-genetics", 149),
    }


def test_a_hyphenated_given_name_in_the_signature_and_in_columns_of_contacts() -> None:
    """pdl_2006q2.txt: "/s/ Jean-Frederic Viret" (L45-48) and the contacts block (L54-56), "Jean-Frederic
    Viret, Ph.D." beside "Jean Suzuki", the CFO's title over two lines ("Vice President and" / "Chief
    Financial Officer"), the investor-relations contact's as printed."""
    found = _fixture("pdl_2006q2.txt")
    assert ("position", "Vice President and Chief Financial Officer", 47) in found["jean-frederic-viret"]
    assert ("position", "Vice President and Chief Financial Officer", 55) in found["jean-frederic-viret"]
    assert _positions(found, "jean-frederic-viret") == {"Vice President and Chief Financial Officer"}
    assert found["jean-suzuki"] == {
        ("name", "Jean Suzuki", 54),
        ("position", "Director, Investor Relations", 55),
        ("worksFor", "pdl-biopharma", 55),
    }


def test_a_contact_with_a_courtesy_title_under_a_company_contact_heading() -> None:
    """immu_fy2008q4.htm L72-74: "Company Contact:" / "Dr. Chau Cheng" / "Senior Director, Investor
    Relations & Corporate Secretary"."""
    found = _fixture("immu_fy2008q4.htm")
    assert found["chau-cheng"] == {
        ("name", "Chau Cheng", 73),
        ("position", "Senior Director, Investor Relations & Corporate Secretary", 74),
        ("worksFor", "immunomedics", 73),
    }


def test_a_media_contact_of_three_names_over_her_agency() -> None:
    """mitr_2011q4.htm L94-96: "Media:" / "Ann Marie Fields" / "Lazar Partners Ltd." (HTML cells)."""
    found = _fixture("mitr_2011q4.htm")
    assert found["ann-marie-fields"] == {
        ("name", "Ann Marie Fields", 95),
        ("role", "media contact", 95),
        ("worksFor", "lazar-partners", 96),
    }
    assert _positions(found, "jennifer-neiman") == {"Vice President, Investor Relations"}


def test_a_contacts_heading_on_its_own_line_gives_the_role() -> None:
    """xoma_2011q2.htm L47-56: "Company and Investor Contact:" and "Media Contact:" each on its own line
    over the contact."""
    found = _fixture("xoma_2011q2.htm")
    assert ("role", "investor contact", 48) in found["carol-deguzman"]
    assert ("role", "media contact", 56) in found["carolyn-hawley"]


def test_contacts_under_investors_and_media_headings_with_the_title_after_a_comma() -> None:
    text = SEATTLE_HEAD + (
        "Investors:\n"
        "Peggy Pinkston, Senior Director, Investor Relations\n"
        "(425) 527-4160\n\n"
        "Media:\n"
        "Tracy Rossin, Manager, Corporate Communications\n"
        "(425) 527-4185\n"
    )
    found = _text(text)
    assert found["peggy-pinkston"] == {
        ("name", "Peggy Pinkston", 5),
        ("position", "Senior Director, Investor Relations", 5),
        ("role", "investor contact", 5),
        ("worksFor", "seattle-genetics", 5),
    }
    assert ("role", "media contact", 9) in found["tracy-rossin"]
    assert _positions(found, "tracy-rossin") == {"Manager, Corporate Communications"}


def test_a_title_wrapped_inside_its_column_and_a_line_across_both_columns() -> None:
    """A column's title goes on where its line ends in a word no title ends with ("Investor"); a line
    whose words run across both columns with single blanks gives neither column a title."""
    text = SEATTLE_HEAD + (
        "Contacts:\n"
        "Investors:                     Media:\n"
        "Peggy Pinkston                 Tony Loke\n"
        "Senior Director, Investor      Rx Communications Group, LLC\n"
        "Relations\n"
        "(425) 527-4160                 (917) 322-2164\n"
    )
    found = _text(text)
    assert _positions(found, "peggy-pinkston") == {"Senior Director, Investor Relations"}
    assert ("role", "media contact", 6) in found["tony-loke"]
    assert ("worksFor", "rx-communications-group", 7) in found["tony-loke"]
    crossing = SEATTLE_HEAD + (
        "Contacts:\n"
        "Clay B. Siegall, Ph.D.                  Todd E. Simpson\n"
        "President and Chief Executive Officer and Chief Financial Officer\n"
        "(425) 527-4000                          (425) 527-4000\n"
    )
    found = _text(crossing)
    assert _positions(found, "clay-b-siegall") == set()
    assert _positions(found, "todd-e-simpson") == set()


def test_an_officer_who_will_review_the_results_named_across_a_line_break() -> None:
    """calder_fy2009_q4.txt L51-53: "… Eastern Time. Margaret" / "A. Lindqvist, Senior Vice President and
    Chief Financial Officer, will review" / "the results."."""
    found = _fixture("calder_fy2009_q4.txt")
    assert ("name", "Margaret A. Lindqvist", 51) in found["margaret-a-lindqvist"]
    assert (
        "position",
        "Senior Vice President and Chief Financial Officer",
        52,
    ) in found["margaret-a-lindqvist"]


def test_two_officers_who_will_host_the_call() -> None:
    """ "X, Ph.D., Title, and Y, Title, will host the call": each entry read; a presenter at a meeting
    ("will present data") is not read."""
    text = SEATTLE_HEAD + (
        "Conference Call\n\n"
        "Seattle Genetics will host a conference call today at 1:30 p.m. Pacific Time. Clay B. Siegall,\n"
        "Ph.D., President and Chief Executive Officer, and Todd E. Simpson, Chief Financial Officer, will\n"
        "host the call.\n\n"
        "Jane Roe, M.D., Director, Lymphoma Program, will present the data at the ASH meeting.\n"
    )
    found = _text(text)
    assert _positions(found, "clay-b-siegall") == {"President and Chief Executive Officer"}
    assert _positions(found, "todd-e-simpson") == {"Chief Financial Officer"}
    assert "jane-roe" not in found


def test_a_quote_attribution_with_the_name_cut_by_a_line_break() -> None:
    """immunomedics_fy2010q4.txt L86-87: 'commented Cynthia L.' / 'Sullivan, President and Chief Executive
    Officer.'"""
    found = _read(read_document(Path(__file__).parent / "unseen_releases" / "immunomedics_fy2010q4.txt"))
    assert ("position", "President and Chief Executive Officer", 87) in found["cynthia-l-sullivan"]
    assert ("name", "Cynthia L. Sullivan", 86) in found["cynthia-l-sullivan"]


def test_a_name_shaped_line_right_under_a_contacts_name_is_no_second_contact() -> None:
    """hgs_submission_2006.txt L90-92: "Media:" / "Jennifer Beugelmans" / "Noonan Russo Presence" (her
    agency, shaped like a name of three words)."""
    found = _read(read_document(Path(__file__).parent / "unseen_releases" / "hgs_submission_2006.txt"))
    assert "noonan-russo-presence" not in found
    assert ("role", "media contact", 91) in found["jennifer-beugelmans"]
