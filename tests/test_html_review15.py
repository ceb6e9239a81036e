"""HTML the fifteenth and seventeenth reviews found rendered unlike a browser: filer agents wrap their
HTML source at a width ("David C." / "Hastings", "Isis" / "Pharmaceuticals, Inc.", "CONDENSED
CONSOLIDATED STATEMENTS OF" / "OPERATIONS"), and the renderer kept each such newline of running text as
a line break, cutting names, a dateline and statement titles in two. A newline of running text is the
space a browser shows; the earlier rules stay: beside a ``<br>`` it prints nothing, between blocks it
parts them, inside a table cell it breaks no row, inside ``<pre>`` it is a line.

Fixtures in tests/reviewed_releases/ (``r15p_*``).
"""

from __future__ import annotations

from pathlib import Path

from conftest import people_stated

from kg.corpus import read_document
from kg.extractors import filing_metadata
from kg.html import render_html
from kg.model import FilingInfo

FOLDER = Path(__file__).parent / "reviewed_releases"


def test_a_source_newline_in_running_text_is_a_space() -> None:
    """ "… -- Isis\\nPharmaceuticals, Inc. (Nasdaq: ISIS) today …" in one paragraph prints as one line."""
    html = (
        "<P><FONT SIZE=2>CARLSBAD, Calif., Nov. 1, 2005 /PRNewswire-FirstCall/ -- Isis\n"
        "Pharmaceuticals, Inc. (Nasdaq: ISIS) today reported financial results for the third quarter\n"
        "and nine months ended September 30, 2005.</FONT></P>"
    )
    assert render_html(html) == (
        "CARLSBAD, Calif., Nov. 1, 2005 /PRNewswire-FirstCall/ -- Isis Pharmaceuticals, Inc. (Nasdaq: "
        "ISIS) today reported financial results for the third quarter and nine months ended September 30, "
        "2005.\n"
    )


def test_a_name_and_a_statement_title_wrapped_in_the_source() -> None:
    """A contact's name cut by the source's wrap, between ``<BR>`` lines, and a statement title cut so:
    each prints on one line; the ``<BR>`` lines stay lines."""
    html = (
        "<P><FONT SIZE=2>David C.\nHastings<BR>Executive Vice President and Chief Financial Officer<BR>"
        "302-498-6700</FONT></P>\n"
        "<P ALIGN=center><B>INCYTE CORPORATION<BR>CONDENSED CONSOLIDATED STATEMENTS OF\n"
        "OPERATIONS<BR>(in thousands, except per share amounts)</B></P>"
    )
    assert render_html(html) == (
        "David C. Hastings\nExecutive Vice President and Chief Financial Officer\n302-498-6700\n\n"
        "INCYTE CORPORATION\nCONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS\n"
        "(in thousands, except per share amounts)\n"
    )


def test_source_newlines_beside_tags_between_inline_elements_are_spaces() -> None:
    """ "<b>Net loss</b>\\n<i>was $5.0 million</i>": text on both sides of the newline, one line."""
    assert render_html("<p><b>Net loss</b>\n<i>was $5.0 million.</i></p>") == "Net loss was $5.0 million.\n"


def test_source_newlines_beside_blocks_and_breaks_keep_their_rules() -> None:
    """A newline beside a ``<br>`` prints nothing; one between two blocks parts them (a blank line, as
    before); list items stay apart, each with its bullet; a blank line of the source inside a paragraph stays a break."""
    assert render_html("<p>Contacts:<br>\nJane Roe<br>\nChief Financial Officer</p>") == (
        "Contacts:\nJane Roe\nChief Financial Officer\n"
    )
    assert render_html("<p>First paragraph.</p>\n<p>Second paragraph.</p>") == (
        "First paragraph.\n\nSecond paragraph.\n"
    )
    assert render_html("<ul>\n<li>SGN-75 is in phase 1.</li>\n<li>ASG-22ME is in phase 1.</li>\n</ul>") == (
        "• SGN-75 is in phase 1.\n\n• ASG-22ME is in phase 1.\n"
    )
    assert render_html("<p>One line.\n\nAnother line.</p>") == "One line.\n\nAnother line.\n"


def test_source_newlines_in_preformatted_text_and_cells_keep_their_rules() -> None:
    """Inside ``<pre>`` each source line is a line; inside a cell of a row of several cells the text is
    one line, the row one line."""
    assert render_html("<pre>Revenue      1,000\nNet loss    (3,000)</pre>") == (
        "Revenue      1,000\nNet loss    (3,000)\n"
    )
    html = "<table><tr><td>Three Months Ended\nJune 30,</td><td>2009</td><td>2008</td></tr></table>"
    assert render_html(html) == "Three Months Ended June 30,\t2009\t2008\n"


def test_incyte_wrapped_source() -> None:
    """r15p_incyte_2009q2.htm: the dateline "WILMINGTON," / "Del.--(BUSINESS WIRE)--July 30, 2009--…",
    the contact "David C." / "Hastings<BR>…" and the statement titles wrapped in the source print on one
    line each; the contact is read with his title."""
    doc = read_document(FOLDER / "r15p_incyte_2009q2.htm")
    lines = doc.text.split("\n")
    assert lines[8].startswith("WILMINGTON, Del.--(BUSINESS WIRE)--July 30, 2009--Incyte Corporation")
    assert lines[75] == "CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS"
    assert lines[98] == "CONDENSED CONSOLIDATED BALANCE SHEETS"
    info = next(f for f in filing_metadata.run(doc) if isinstance(f, FilingInfo))
    assert info.evidence is not None and info.evidence.line == 9
    found = people_stated(doc)
    assert found["david-c-hastings"] == {
        ("name", "David C. Hastings", 133),
        ("position", "Executive Vice President and Chief Financial Officer", 134),
        ("worksFor", "incyte", 133),
    }


def test_isis_wrapped_source() -> None:
    """r15p_isis_2005q3_pre.htm: the dateline "… -- Isis" / "Pharmaceuticals, Inc. (Nasdaq: ISIS) …" and
    the headline print on one line; the chairman's attribution "Stanley T. Crooke," / "M.D., Ph.D.,
    Chairman …" is read on one line (L18)."""
    doc = read_document(FOLDER / "r15p_isis_2005q3_pre.htm")
    lines = doc.text.split("\n")
    assert lines[15].startswith(
        "CARLSBAD, Calif., Nov. 1, 2005 /PRNewswire-FirstCall/ -- Isis Pharmaceuticals, Inc. (Nasdaq: ISIS)"
    )
    assert lines[11] == "ISIS PHARMACEUTICALS REPORTS THIRD QUARTER 2005 FINANCIAL RESULTS"
    assert people_stated(doc)["stanley-t-crooke"] == {
        ("name", "Stanley T. Crooke", 18),
        ("position", "Chairman and Chief Executive Officer", 18),
        ("worksFor", "isis-pharmaceuticals", 18),
    }
