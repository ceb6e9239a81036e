"""People and filing metadata the twenty-first review found wrong or missed in four releases.

Wrong: the words of a title read as a person ("… where he was Global Clinical" / "Vice President,
Oncology" / "- Professor Ian Pembury stepped down …", a title run from one bullet of highlights into the
next, Halden 2010); a PR firm read as a person ("Financial Dynamics  Tel: …", Halden); the filer's
name with an OCR-damaged legal form read as a contact ("Cascadia Biotherapeutics, lnc.", Cascadia
2002); a signer's title cut at its line ("Senior Vice President, Finance" over "and Chief Financial
Officer", Corvalis 2007).

Missed: the filer named before its ticker with "lnc." for "Inc." (Cascadia); a dateline with the day
before the month ("Abingdon, UK, 11 February 2010 -", Halden); contacts in columns beside the block's
heading ("CONTACT:  Thomas E. Hadley      Jennifer Cook Williams", Cascadia); the firm printed over a
contact ("or" / "Pure Communications, Inc." / "Dan Budwick", Corvalis; "Media" / "Ten Bridge
Communications" / "Rachel Ingersoll", Kelarix 2012); promotions ("Kelarix promoted Sarah L.
Whitcomb, Ph.D., to …"; "Susan B. Harlan, Ph.D., formerly Vice President of Research, has been promoted
to …").

Fixtures in tests/reviewed_releases/ (``r21c_*``); the small releases are written here.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from conftest import people_of_fixture, people_of_text, positions_stated
from extractor_outputs import reviewed_filing_info as _info

from kg.corpus import document_from_bytes, read_document
from kg.extractors import filing_metadata
from kg.model import Mention, Period, Relation

FOLDER = Path(__file__).parent / "reviewed_releases"
HALDEN = "r21c_halden_fy2010q3_6k.txt"
CORVALIS = "r21c_corvalis_2007q2_submission.txt"
CASCADIA = "r21c_cascadia_2002q3_ocr.txt"
KELARIX = "r21c_kelarix_2012q3_ex991.htm"

VELORA_OPENING = (
    "CAMBRIDGE, Mass., Nov. 8, 2012 (GLOBE NEWSWIRE) -- Velora Pharmaceuticals, Inc. (Nasdaq: VLRA) "
    "today reported financial results for the third quarter ended September 30, 2012.\n\n"
)


def _relations(name: str, predicate: str) -> set[str]:
    return {
        str(f.obj)
        for f in filing_metadata.run(read_document(FOLDER / name))
        if isinstance(f, Relation) and f.predicate == predicate
    }


# ---------------------------------------------------------------------------------------------
# Precision: titles run across bullets, firms read as people, a signer's title cut short
# ---------------------------------------------------------------------------------------------


def test_a_title_in_one_bullet_never_runs_into_the_next() -> None:
    """r21c_halden L60-66: "… where he was Global Clinical" / "Vice President, Oncology" / "- Professor
    Ian Pembury stepped down …" and, after a blank line, "Dr. Alistair Kerr, Chief Executive Officer of
    Halden Biosciences, commented:": no "Vice President" person; the CEO is read at his quote."""
    found = people_of_fixture(HALDEN)
    assert "vice-president" not in found
    assert {("position", "Chief Executive Officer", 66), ("worksFor", "halden-biosciences", 66)} <= found[
        "alistair-kerr"
    ]


def test_bullets_part_attributions_written_inline() -> None:
    """Bullets with no period ("- Ian Roe stepped down as Chief Scientific Officer") end before the next
    one, and a paragraph before the next: the quote's attribution under them is read alone."""
    text = VELORA_OPENING + (
        "Highlights\n\n"
        "- Jane Roe joins from Acme, where she was Global Clinical\n"
        "  Vice President, Oncology\n"
        "- Ian Roe stepped down as Chief Scientific Officer\n\n"
        'John Q. Doe, Chief Executive Officer of Velora, commented: "A good quarter."\n'
    )
    found = people_of_text("vlra.txt", text)
    assert set(found) == {"john-q-doe"}
    assert positions_stated(found, "john-q-doe") == {"Chief Executive Officer"}


def test_a_pr_firm_beside_its_phone_is_no_person() -> None:
    """r21c_halden L90: "Financial Dynamics      Tel: +44 (0)20 7831 3113": a firm named with a word of
    titles is no contact's name."""
    assert "financial-dynamics" not in people_of_fixture(HALDEN)


def test_the_filer_with_a_damaged_legal_form_is_no_contact() -> None:
    """r21c_cascadia L60: "Cascadia Biotherapeutics, lnc." in the contacts block is the filer, no
    person."""
    assert "cascadia-biotherapeutics" not in people_of_fixture(CASCADIA)


def test_a_signers_title_goes_on_to_a_line_opening_with_and() -> None:
    """r21c_corvalis L108-110: "Michael J. Haller" / "Senior Vice President, Finance" / "and Chief
    Financial Officer": one title, not its first line."""
    found = people_of_fixture(CORVALIS)
    assert ("position", "Senior Vice President, Finance and Chief Financial Officer", 109) in found[
        "michael-j-haller"
    ]
    assert ("position", "Senior Vice President, Finance", 109) not in found["michael-j-haller"]


def test_an_officer_who_resigned_or_a_former_officer_gets_no_title() -> None:
    """r21c_corvalis L139 "Thomas W. Albright resigned as Chief Operating Officer …" and r21c_kelarix
    L14 "Ms. Ostrowski is the former Chief Financial Officer of Alkermes": no title is stated now."""
    assert "thomas-w-albright" not in people_of_fixture(CORVALIS)
    kelarix = people_of_fixture(KELARIX)
    assert not positions_stated(kelarix, "marguerite-d-ostrowski")


# ---------------------------------------------------------------------------------------------
# Filing metadata: "lnc." before the ticker, a day-first dateline
# ---------------------------------------------------------------------------------------------


def test_the_filer_before_its_ticker_with_lnc_for_inc() -> None:
    """r21c_cascadia L5-6: "Cascadia Biotherapeutics," / "lnc. (Nasdaq: CSBX)": the filer, labelled with
    the legal form it stands for; the evidence cites the print."""
    facts = list(filing_metadata.run(read_document(FOLDER / CASCADIA)))
    (mention,) = [f for f in facts if isinstance(f, Mention)]
    assert (mention.ref.key, mention.label) == ("cascadia-biotherapeutics", "Cascadia Biotherapeutics, Inc.")
    assert mention.evidence.quote == "Cascadia Biotherapeutics,\nlnc."
    assert _relations(CASCADIA, "ticker") == {"CSBX"}
    assert _info(CASCADIA).report_date == dt.date(2002, 10, 29)


def test_a_damaged_legal_form_elsewhere_makes_no_filer() -> None:
    """ "lnc" is read as "Inc." only where the ticker follows it: "… with Kinc (Nasdaq: X)" is no name
    with a legal form."""
    doc = read_document(FOLDER / CASCADIA)
    text = doc.text.replace("Biotherapeutics,\nlnc.", "Biotherapeutics Kinc")
    other = document_from_bytes("c.txt", text.encode("utf-8"))
    assert filing_metadata.filer_name(other) != "Cascadia Biotherapeutics Kinc"


def test_a_dateline_with_the_day_before_the_month() -> None:
    """r21c_halden L46: "Abingdon, UK, 11 February 2010 - Halden Biosciences plc …": the date of the
    report of a 6-K without an EDGAR header."""
    info = _info(HALDEN)
    assert (info.form_type, info.report_date) == ("6-K", dt.date(2010, 2, 11))
    assert info.evidence is not None and info.evidence.line == 46


def test_a_day_before_a_month_in_running_text_is_no_dateline() -> None:
    """ "Cash, 31 December 2009" with no dash after the year opens no release."""
    assert not filing_metadata.opens_with_dateline("Cash, 31 December 2009 of GBP 48.9 million")
    assert filing_metadata.opens_with_dateline("Abingdon, UK, 11 February 2010 - Halden Biosciences plc")


# ---------------------------------------------------------------------------------------------
# Contacts: columns beside the heading, the firm over a contact
# ---------------------------------------------------------------------------------------------


def test_contacts_in_columns_beside_the_blocks_heading() -> None:
    """r21c_cascadia L58-61: "CONTACT:  Thomas E. Hadley      Jennifer Cook Williams" over "Vice
    President, Finance      Cook Williams Communications": each column read apart."""
    found = people_of_fixture(CASCADIA)
    assert found["thomas-e-hadley"] >= {
        ("name", "Thomas E. Hadley", 58),
        ("position", "Vice President, Finance", 59),
        ("worksFor", "cascadia-biotherapeutics", 59),
    }
    # The agency's line under her name is her employer, not her title.
    assert not positions_stated(found, "jennifer-cook-williams")
    assert ("worksFor", "cook-williams-communications", 59) in found["jennifer-cook-williams"]


def test_a_title_ending_in_communications_is_no_agency() -> None:
    """ "Jane Doe" / "Senior Director, Corporate Communications": a title's line (a comma, a title's
    word), never an agency's name; the filer is the employer."""
    text = VELORA_OPENING + "Contacts:\nJane Doe\nSenior Director, Corporate Communications\n(617) 555-0100\n"
    found = people_of_text("vlra.txt", text)
    assert ("worksFor", "velora-pharmaceuticals", 4) in found["jane-doe"]
    assert positions_stated(found, "jane-doe") == {"Senior Director, Corporate Communications"}


def test_a_heading_beside_one_firm_is_no_column() -> None:
    """ "CONTACT:   Velora Pharmaceuticals, Inc." over a contact: the heading and its first line."""
    text = VELORA_OPENING + (
        "CONTACT:   Velora Pharmaceuticals, Inc.\n           John Roe, Chief Financial Officer, (617) 555-0100\n"
    )
    assert positions_stated(people_of_text("vlra.txt", text), "john-roe") == {"Chief Financial Officer"}


def test_the_firm_over_a_contact_after_or() -> None:
    """r21c_corvalis L204-210: Business Wire's "CONTACT: Corvalis Therapeutics, Inc." / "Michael J.
    Haller, …" / "or" / "Pure Communications, Inc." / "Dan Budwick, 973-555-6085"."""
    found = people_of_fixture(CORVALIS)
    assert ("worksFor", "pure-communications", 208) in found["dan-budwick"]
    assert ("worksFor", "corvalis-therapeutics", 205) in found["michael-j-haller"]


def test_the_agency_over_a_media_contact_in_a_table_cell() -> None:
    """r21c_kelarix L59-61: "Media" / "Ten Bridge Communications" / "Rachel Ingersoll"."""
    found = people_of_fixture(KELARIX)
    assert found["rachel-ingersoll"] >= {
        ("role", "media contact", 61),
        ("worksFor", "ten-bridge-communications", 60),
    }
    assert ("worksFor", "kelarix-pharmaceuticals", 54) in found["amy-brennan-cho"]


def test_a_department_over_a_contact_is_no_employer() -> None:
    """ "Corporate Communications Group" and "Investor Relations Group, Inc." are departments' words
    with a firm's last word: no employer."""
    for firm in ("Corporate Communications Group", "Investor Relations Group, Inc."):
        text = VELORA_OPENING + f"Contacts:\n{firm}\nJane Doe\n(617) 555-0100\n"
        found = people_of_text("vlra.txt", text)
        assert not [fact for fact in found.get("jane-doe", set()) if fact[0] == "worksFor"], firm


def test_a_firm_right_under_another_contacts_phone_is_not_read_as_the_next_ones() -> None:
    """ "John Roe" / "Director, Finance" / "(617) 555-0100" / "Pure Communications, Inc." / "Jane Doe":
    no blank line or "or" sets the firm apart from John Roe's lines: whose it is is not told."""
    text = VELORA_OPENING + (
        "Contacts:\nJohn Roe\nDirector, Finance\n(617) 555-0100\nPure Communications, Inc.\nJane Doe\n"
    )
    found = people_of_text("vlra.txt", text)
    assert not [fact for fact in found.get("jane-doe", set()) if fact[0] == "worksFor"]


# ---------------------------------------------------------------------------------------------
# Management news: promotions
# ---------------------------------------------------------------------------------------------


def test_the_filer_promoted_an_officer_to_a_title() -> None:
    (
        """r21c_kelarix L13: "Kelarix promoted Sarah L. Whitcomb, Ph.D., to Senior Vice President and Chief
    Scientific Officer."""
        ""
    )
    found = people_of_fixture(KELARIX)
    assert found["sarah-l-whitcomb"] >= {
        ("position", "Senior Vice President and Chief Scientific Officer", 13),
        ("worksFor", "kelarix-pharmaceuticals", 13),
    }


def test_promoted_with_the_former_title_set_apart() -> None:
    """r21c_cascadia L20-22: "The Company also announced that Susan B. Harlan, Ph.D., formerly Vice
    President of Research, has been promoted to Senior Vlce President and Chief Scientific Officer.":
    the title she holds now, OCR's "Vlce" mended; the former one is not stated."""
    found = people_of_fixture(CASCADIA)
    assert positions_stated(found, "susan-b-harlan") == {"Senior Vice President and Chief Scientific Officer"}


def test_promoted_to_the_board_or_by_another_company_is_not_read() -> None:
    """ "Velora promoted Jane Doe to the Board of Directors." holds no title; "Acme promoted John Roe to
    Vice President." is another company's news."""
    text = VELORA_OPENING + (
        "Velora promoted Jane Doe to the Board of Directors.\nAcme promoted John Roe to Vice President.\n"
    )
    assert people_of_text("vlra.txt", text) == {}


def test_the_period_covered_where_ocr_printed_results_with_a_one() -> None:
    """r21c_cascadia L5-7: "… today reported financial resu1ts for the third quarter" / "ended September
    30, 2002": July to September 2002."""
    assert _info(CASCADIA).period_covered == Period(start=dt.date(2002, 7, 1), end=dt.date(2002, 9, 30))


def test_call_hosts_after_an_officer_named_again_by_surname() -> None:
    """r21c_corvalis L160-162: "Dr. Morrow and Michael J. Haller, Senior Vice President, Finance and
    Chief Financial Officer, will host the call.": Haller's title; none stated of "Dr. Morrow"."""
    found = people_of_fixture(CORVALIS)
    assert ("position", "Senior Vice President, Finance and Chief Financial Officer", 161) in found[
        "michael-j-haller"
    ]
    assert "morrow" not in found


def test_a_surname_before_a_list_that_is_no_host_chain_names_no_one() -> None:
    """ "Dr. Morrow and the Company's scientists will host the call": no "Name, Title" entry follows."""
    text = VELORA_OPENING + "Dr. Morrow and the Company's scientists, will host the call.\n"
    assert people_of_text("vlra.txt", text) == {}
