"""The people extractor on whole releases of ImmunoGen and other filers: degrees printed after a name,
management news and "About" paragraphs stating titles, contacts printed in columns, in table cells,
after a semicolon, under the company's name or under a "For More Information" heading, and quote
attributions naming the filer OCR-damaged or with a typographic apostrophe."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import person_relations

from kg.corpus import document_from_bytes
from kg.extractors import people
from kg.model import Mention

FILINGS = Path(__file__).parent / "reviewed_releases"


def _facts(name: str, data: bytes) -> list[object]:
    return list(people.run(document_from_bytes(name, data)))


def _text(name: str) -> str:
    return (FILINGS / name).read_bytes().decode("utf-8")


def _filing(name: str, text: str | None = None) -> dict[str, dict[str, object]]:
    """The people of filing ``name`` as stored, or of ``text`` given in its place (the filing edited)."""
    data = (FILINGS / name).read_bytes() if text is None else text.encode("utf-8")
    return person_relations(_facts(name, data))


def _edited(name: str, old: str, new: str) -> str:
    text = _text(name)
    assert text.count(old) == 1, old
    return text.replace(old, new)


# --- degrees after a name ------------------------------------------------------------------------


def test_a_degree_after_the_name_is_no_part_of_the_title() -> None:
    """ "said Charles Morris, M.B. Ch.B., Executive Vice President and Chief Development Officer.": the
    degree was read as the title's opening."""
    assert _filing("immunogen_fy2012_q1.txt")["charles-morris"] == {
        "position": "Executive Vice President and Chief Development Officer",
        "worksFor": "immunogen",
    }


@pytest.mark.parametrize(
    "degrees",
    ["MBChB", "M.B., Ch.B.", "M.B.B.S., FRCP", "Pharm.D.", "D.Phil.", "CPA", "J.D., MBA", "M.Sc.", "MD, PhD"],
)
def test_degrees_and_credentials_of_every_form(degrees: str) -> None:
    """The same attribution with the degrees and credentials other officers print."""
    text = _edited("immunogen_fy2012_q1.txt", "Charles Morris, M.B. Ch.B.,", f"Charles Morris, {degrees},")
    assert _filing("immunogen_fy2012_q1.txt", text)["charles-morris"] == {
        "position": "Executive Vice President and Chief Development Officer",
        "worksFor": "immunogen",
    }


def test_sr_abbreviating_senior_is_part_of_the_title() -> None:
    """ "Sr." after a name is a generational suffix, but "Sr. Vice President" is a title."""
    text = _edited(
        "immunogen_fy2012_q1.txt",
        "Charles Morris, M.B. Ch.B., Executive Vice President",
        "Charles Morris, Sr. Vice President",
    )
    assert _filing("immunogen_fy2012_q1.txt", text)["charles-morris"] == {
        "position": "Sr. Vice President and Chief Development Officer",
        "worksFor": "immunogen",
    }


# --- management news and the paragraph about the filer ----------------------------------------------


def test_joining_in_a_month_of_the_year_before_the_release_states_the_title_held() -> None:
    """ "Daniel M. Junius joined ImmunoGen in July 2005 as Senior Vice President and Chief Financial
    Officer." in the release of August 2005; the same sentence naming July 2003 is no title held now."""
    assert _filing("immunogen_fy2005_q4_ocr.txt")["daniel-m-junius"] == {
        "position": "Senior Vice President and Chief Financial Officer",
        "worksFor": "immunogen",
    }
    text = _edited("immunogen_fy2005_q4_ocr.txt", "in July 2005 as", "in July 2003 as")
    assert "daniel-m-junius" not in _filing("immunogen_fy2005_q4_ocr.txt", text)


def test_present_tense_titles_in_the_paragraph_about_the_filer() -> None:
    """ "Mitchel Sayare, Ph.D., is Chairman of the Board. Gregory D. Perry is Senior Vice President and
    Chief Financial Officer." closing the "About" paragraph."""
    found = _filing("immunogen_fy2010_q2.htm")
    assert found["mitchel-sayare"] == {"position": "Chairman of the Board", "worksFor": "immunogen"}
    assert found["gregory-d-perry"] == {
        "position": "Senior Vice President and Chief Financial Officer",
        "worksFor": "immunogen",
    }


def test_present_tense_titles_elsewhere_or_in_the_past_are_not_read() -> None:
    """In a paragraph about another company the sentences may name its officers; "was" is no title held
    now."""
    other = _edited(
        "immunogen_fy2010_q2.htm",
        "ImmunoGen,&nbsp;Inc. develops targeted anticancer therapeutics using the Company&#146;s",
        "Biotest AG develops targeted anticancer therapeutics using its",
    )
    found = _filing("immunogen_fy2010_q2.htm", other)
    assert "mitchel-sayare" not in found and "gregory-d-perry" not in found
    past = _edited("immunogen_fy2010_q2.htm", "Gregory D. Perry is Senior", "Gregory D. Perry was Senior")
    assert "gregory-d-perry" not in _filing("immunogen_fy2010_q2.htm", past)


def test_the_officers_the_about_paragraph_lists() -> None:
    """ "Its executive officers include John M. Lambert, Ph.D., Executive Vice President and Chief
    Scientific Officer, and Charles Q. Morris, M.B. Ch.B., Executive Vice President and Chief Development
    Officer." ("Its": the paragraph opens with the filer's name)."""
    found = _filing("immunogen_fy2012_q4.htm")
    assert found["john-m-lambert"] == {
        "position": "Executive Vice President and Chief Scientific Officer",
        "worksFor": "immunogen",
    }
    assert found["charles-q-morris"] == {
        "position": "Executive Vice President and Chief Development Officer",
        "worksFor": "immunogen",
    }


def test_officers_listed_with_bare_commas_each_keep_their_own_title() -> None:
    text = _edited(
        "immunogen_fy2012_q4.htm",
        "Chief Scientific Officer, and Charles",
        "Chief Scientific Officer, Charles",
    )
    found = _filing("immunogen_fy2012_q4.htm", text)
    assert found["john-m-lambert"]["position"] == "Executive Vice President and Chief Scientific Officer"
    assert found["charles-q-morris"]["position"] == "Executive Vice President and Chief Development Officer"


# --- contacts --------------------------------------------------------------------------------------


def test_contacts_printed_side_by_side_are_read_column_by_column() -> None:
    """An EDGAR submission's contacts in two tab-parted columns ("Investors:<tab>Media:", "Carol
    Hausner<tab>Tony Loke", …), the investor contact's title over two lines, the second opening with
    "and"; evidence cites the filing's own lines."""
    facts = _facts("immunogen_fy2008_q3_ocr.txt", (FILINGS / "immunogen_fy2008_q3_ocr.txt").read_bytes())
    found = person_relations(facts)
    assert found["carol-hausner"] == {
        "position": "Executive Director, Investor Relations and Corporate Communications",
        "role": "investor contact",
        "worksFor": "immunogen",
    }
    assert found["tony-loke"] == {"role": "media contact", "worksFor": "rx-communications-group"}
    mention = next(f for f in facts if isinstance(f, Mention) and f.ref.key == "tony-loke")
    assert (mention.evidence.line, mention.evidence.quote) == (87, "Tony Loke")


def test_contacts_in_table_cells_whose_lines_ran_together() -> None:
    """HTML contact tables rendered one cell a line, the name, title and company run together: the title
    ends at the filer's name. A cell with no title before a firm (a PR agency) gives none, and a
    department's words before the filer's name make no company."""
    assert _filing("immunogen_fy2010_q2.htm")["carol-hausner"] == {
        "position": "Executive Director, Investor Relations and Corporate Communications",
        "role": "investor contact",  # under "Investor Contact:" on a line of its own
        "worksFor": "immunogen",
    }
    facts = _facts("xoma_2011q2.htm", (FILINGS / "xoma_2011q2.htm").read_bytes())
    assert person_relations(facts)["carol-deguzman"] == {
        "position": "Vice President, Investor Relations and Corporate Communications",
        "role": "investor contact",
        "worksFor": "xoma",
    }
    # The only company the contacts name is the PR firm over its contact ("Media Contact:" / "Canale
    # Communications" / "Carolyn Hawley"): no department's words make one.
    assert {f.ref.key for f in facts if isinstance(f, Mention) and f.ref.kind == "company"} == {
        "canale-communications"
    }


def test_a_contact_after_a_semicolon_named_with_a_leading_initial() -> None:
    """ "CONTACT: Tricia Haugeto, Investor Relations, Array BioPharma Inc., …; R. Michael Carruthers,
    Chief Financial Officer, Array BioPharma Inc., +1-303-381-6604" on one line."""
    found = _filing("array_fy2007q4.htm")
    assert found["r-michael-carruthers"] == {
        "position": "Chief Financial Officer",
        "worksFor": "array-biopharma",
    }
    assert found["tricia-haugeto"] == {}


def test_the_companys_name_between_a_contacts_name_and_title() -> None:
    """ "Jennifer Ziolkowski" / "Facet Biotech Corporation" / "Senior Director, …" / phone."""
    assert _filing("facet_2009q2.htm")["jennifer-ziolkowski"] == {
        "position": "Senior Director, Corporate Communications and Investor Relations",
        "worksFor": "facet-biotech",
    }


def test_contacts_under_other_headings() -> None:
    """ "For More Information:" and "Company Contact" head contacts blocks too."""
    assert _filing("curis_2012q4.htm")["michael-p-gray"] == {
        "position": "Chief Operating Officer and Chief Financial Officer",
        "worksFor": "curis",
    }
    assert _filing("celldex_2011q1_ocr.txt")["sarah-cavanaugh"] == {
        "position": "Vice President, Corporate Affairs & Administration",
        "worksFor": "celldex-therapeutics",
    }


# --- quote attributions -----------------------------------------------------------------------------


def test_the_filer_named_ocr_damaged_closing_a_title() -> None:
    """ "said Anthony S. Marucci, President and Chief Executive Officer of Ce1ldex Therapeutics.": a
    digit inside a word is OCR's, and "Ce1ldex Therapeutics" is the filer."""
    assert _filing("celldex_2011q1_ocr.txt")["anthony-s-marucci"] == {
        "position": "President and Chief Executive Officer",
        "worksFor": "celldex-therapeutics",
    }


def test_the_filers_possessive_with_an_apostrophe_alone() -> None:
    """ "said Dan Passeri, Curis’ President and Chief Executive Officer." """
    assert _filing("curis_2012q4.htm")["dan-passeri"] == {
        "position": "President and Chief Executive Officer",
        "worksFor": "curis",
    }


def test_a_name_with_accented_letters() -> None:
    """ImmunoGen's 2001 release names "Walter A. Blättler, Ph.D., Executive Vice President, Science and
    Technology"; in a quote attribution the name is read whole."""
    text = _edited(
        "immunogen_fy2012_q1.txt",
        "Charles Morris, M.B. Ch.B., Executive Vice President and Chief Development Officer.",
        "Walter A. Blättler, Ph.D., Executive Vice President, Science and Technology.",
    )
    assert _filing("immunogen_fy2012_q1.txt", text)["walter-a-blattler"] == {
        "position": "Executive Vice President, Science and Technology",
        "worksFor": "immunogen",
    }
