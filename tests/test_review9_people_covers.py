"""People and cover addresses the ninth review found misread: a title word OCR printed with a
look-alike character ("Vice Presldent, Finance and Chief Financial Officer") kept as printed, a chief
executive missed because the last word of the title was printed "0fficer" (Bracken Biologics, Q1 FY2009,
a scanned release), and an address printed over two lines above its caption ("J.H. Oortweg 21" / "2333
CH Leiden, The Netherlands" / "(Address of principal executive offices)") of which only the last line
was kept (Valdera Pharma, a 6-K; Micromet and Facet Biotech 8-Ks print theirs so too).

Fixtures in tests/reviewed_releases/; the small covers are written here from the filings' own lines.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.corpus import Document, document_from_bytes, read_document
from kg.extractors import filing_metadata, people
from kg.model import EntityRef, Mention, Relation

FOLDER = Path(__file__).parent / "reviewed_releases"


def _people(doc: Document) -> dict[str, set[tuple[str, object, int, str]]]:
    """Each person's key with what is stated about them: (predicate, object, line, quote of the
    evidence); the mention itself as ("name", label, line, quote)."""
    found: dict[str, set[tuple[str, object, int, str]]] = {}
    for fact in people.run(doc):
        if isinstance(fact, Mention) and fact.ref.kind == "person":
            found.setdefault(fact.ref.key, set()).add(
                ("name", fact.label, fact.evidence.line, fact.evidence.quote)
            )
        elif isinstance(fact, Relation):
            obj = fact.obj.key if isinstance(fact.obj, EntityRef) else fact.obj
            found.setdefault(fact.subject.key, set()).add(
                (fact.predicate, obj, fact.evidence.line, fact.evidence.quote)
            )
    return found


def _addresses(doc: Document) -> list[tuple[str, int, str]]:
    """The filer's addresses read: (value, line of the evidence, quote)."""
    return [
        (str(f.obj), f.evidence.line, f.evidence.quote)
        for f in filing_metadata.run(doc)
        if isinstance(f, Relation) and f.predicate == "address"
    ]


def _text(name: str, text: str) -> Document:
    return document_from_bytes(name, text.encode("utf-8"))


# ---------------------------------------------------------------------------------------------
# Titles printed with look-alike characters
# ---------------------------------------------------------------------------------------------


def test_a_title_word_printed_with_a_look_alike_is_stated_mended() -> None:
    """Bracken L43-44: "Contact: Linda M. Torres" / "Vice Presldent, Finance and Chief Financial
    Officer". The position is "Vice President, …"; the evidence quotes the line as printed."""
    torres = _people(read_document(FOLDER / "bracken_fy2009_q1_ocr.txt"))["linda-m-torres"]
    assert ("position", "Vice President, Finance and Chief Financial Officer", 44,
            "Vice Presldent, Finance and Chief Financial Officer") in torres  # fmt: skip
    assert not any("Presldent" in str(obj) for _, obj, _, _ in torres)


def test_a_chief_executive_whose_title_ends_in_0fficer_is_read() -> None:
    """Bracken L34-35: '… said Dr. Stephen A.' / 'Okafor, President and Chief Executive 0fficer. "We
    …': the name cut by the line break and the title ending in "0fficer" (a zero for the capital O)."""
    okafor = _people(read_document(FOLDER / "bracken_fy2009_q1_ocr.txt"))["stephen-a-okafor"]
    assert okafor == {
        ("name", "Stephen A. Okafor", 34, "Stephen A.\nOkafor"),
        ("position", "President and Chief Executive Officer", 35, "President and Chief Executive 0fficer"),
        ("worksFor", "bracken-biologics", 34, "Stephen A.\nOkafor, President and Chief Executive 0fficer"),
    }


def test_the_same_title_printed_undamaged_reads_the_same() -> None:
    """The control: the contact block of the release as an undamaged print gives the same position."""
    doc = _text(
        "release.txt",
        "WALTHAM, Mass., February 5, 2009 -- Bracken Biologics, Inc. (Nasdaq: BRKB)\n"
        "today reported financial results for its first quarter of fiscal 2009.\n\n"
        "Contact: Linda M. Torres\n"
        "         Vice President, Finance and Chief Financial Officer\n"
        "         (781) 555-0117\n",
    )
    assert ("position", "Vice President, Finance and Chief Financial Officer", 5,
            "Vice President, Finance and Chief Financial Officer") in _people(doc)["linda-m-torres"]  # fmt: skip


@pytest.mark.parametrize(
    ("printed", "mended"),
    [
        ("Presldent", "President"),
        ("0fficer", "Officer"),
        ("lnvestor", "Investor"),
        ("Dlrector", "Director"),
        ("OFF1CER", "OFFICER"),
        ("presldent", "president"),
        # Spelled right, no title word, a figure, a code name: left as printed.
        ("President", None),
        ("Presidents", None),
        ("1055", None),
        ("IMGN901", None),
        ("Sales", None),
    ],
)
def test_which_printed_words_are_mended_to_title_words(printed: str, mended: str | None) -> None:
    assert people._mended_title_word(printed) == mended


# ---------------------------------------------------------------------------------------------
# Addresses printed over lines above their caption
# ---------------------------------------------------------------------------------------------

VALDERA_HEADER = (
    "<SEC-DOCUMENT>0001193125-10-254118.txt : 20101110\n"
    "<SEC-HEADER>0001193125-10-254118.hdr.sgml : 20101110\n"
    "<ACCEPTANCE-DATETIME>20101110061522\n"
    "ACCESSION NUMBER:\t\t0001193125-10-254118\n"
    "CONFORMED SUBMISSION TYPE:\t6-K\n"
    "PUBLIC DOCUMENT COUNT:\t\t2\n"
    "CONFORMED PERIOD OF REPORT:\t20101110\n"
    "FILED AS OF DATE:\t\t20101110\n\n"
    "FILER:\n\n"
    "\tCOMPANY DATA:\t\n"
    "\t\tCOMPANY CONFORMED NAME:\t\t\tValdera Pharma N.V.\n"
    "\t\tCENTRAL INDEX KEY:\t\t\t0001487321\n"
    "\t\tFISCAL YEAR END:\t\t\t1231\n\n"
    "\tBUSINESS ADDRESS:\t\n"
    "\t\tSTREET 1:\t\tJ.H. OORTWEG 21\n"
    "\t\tCITY:\t\t\tLEIDEN\n"
    "</SEC-HEADER>\n<DOCUMENT>\n<TYPE>6-K\n<SEQUENCE>1\n<FILENAME>d6k.txt\n<TEXT>\n"
)
VALDERA_COVER = (
    "                                  FORM 6-K\n\n"
    "                        For the month of November 2010\n\n"
    "                      Commission File Number: 001-34780\n\n"
    "                             VALDERA PHARMA N.V.\n"
    "               (Translation of registrant's name into English)\n\n"
    "                             J.H. Oortweg 21\n"
    "                         2333 CH Leiden, The Netherlands\n"
    "                  (Address of principal executive offices)\n\n"
    "Indicate by check mark whether the registrant files or will file annual\n"
    "</TEXT>\n</DOCUMENT>\n"
)


def test_a_6k_address_over_two_lines_is_read_whole() -> None:
    """Valdera L47-48 (the 6-K cover): both lines of the address, joined by a comma; the SEC header's
    STREET 1 (J.H. OORTWEG 21) is the first."""
    found = _addresses(read_document(FOLDER / "valdera_6k_2010q3.txt"))
    assert found == [
        (
            "J.H. Oortweg 21, 2333 CH Leiden, The Netherlands",
            47,
            "J.H. Oortweg 21\n                         2333 CH Leiden, The Netherlands",
        )
    ]


def test_the_6k_cover_alone_gives_the_whole_address() -> None:
    doc = _text("cover.txt", VALDERA_HEADER + VALDERA_COVER)
    assert [value for value, _, _ in _addresses(doc)] == ["J.H. Oortweg 21, 2333 CH Leiden, The Netherlands"]


def test_the_filers_name_right_above_the_address_is_no_line_of_it() -> None:
    """A cover printing the name with no caption under it, right above the address: the name is left
    out (the EDGAR header names the filer)."""
    cover = VALDERA_COVER.replace("               (Translation of registrant's name into English)\n\n", "")
    doc = _text("cover.txt", VALDERA_HEADER + cover)
    assert [value for value, _, _ in _addresses(doc)] == ["J.H. Oortweg 21, 2333 CH Leiden, The Netherlands"]


@pytest.mark.parametrize(
    ("fixture", "address", "line"),
    [
        # "             9201 Corporate Boulevard, Suite 400" / "                  Rockville, Maryland
        # 20850" / "       (Address of principal executive offices) (Zip Code)"
        ("micromet_2010q3.txt", "9201 Corporate Boulevard, Suite 400, Rockville, Maryland 20850", 20),
        # HTML: "1500 Seaport Boulevard<br>Redwood City, California 94063</b><br>…(Address of …"
        ("facet_2009q2.htm", "1500 Seaport Boulevard, Redwood City, California 94063", 18),
    ],
)
def test_us_8k_addresses_over_two_lines_are_read_whole(fixture: str, address: str, line: int) -> None:
    assert [(value, at) for value, at, _ in _addresses(read_document(FOLDER / fixture))] == [(address, line)]


def test_an_address_on_one_line_under_a_row_of_captions_stays_one_line() -> None:
    """A US 8-K cover: the line above the address is the identifiers' captions, no part of it."""
    doc = _text(
        "cover.txt",
        "FORM 8-K\nDate of report (Date of earliest event reported): 10/28/2010\n"
        "Northfield Therapeutics, Inc.\n(Exact Name of Registrant as Specified in Charter)\n"
        "Delaware             0-12345                 12-3456789\n"
        "(State or other      (Commission             (IRS Employer\n"
        "jurisdiction)        File Number)            Identification No.)\n"
        "1 Main Street, Boston, MA 02110\n"
        "(Address of principal executive offices)     (Zip Code)\n",
    )
    assert [value for value, _, _ in _addresses(doc)] == ["1 Main Street, Boston, MA 02110"]
