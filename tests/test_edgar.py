"""EDGAR complete submissions (SEC header + <DOCUMENT> parts) and SGML table tags in text filings."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from conftest import SEEDS

from kg.build import build, extract
from kg.corpus import document_from_bytes, read_document
from kg.edgar import SubmissionPart, printed_identifier
from kg.fiscal import document_fiscal_year_end
from kg.model import Evidence, FilingInfo, FinancialFact, Relation, Skipped
from kg.resources import default_corpus

HEADER = """<SEC-DOCUMENT>0000927016-03-002046.txt : 20030508
<SEC-HEADER>0000927016-03-002046.hdr.sgml : 20030508
<ACCEPTANCE-DATETIME>20030508160617
ACCESSION NUMBER:\t\t0000927016-03-002046
CONFORMED SUBMISSION TYPE:\t{form}
PUBLIC DOCUMENT COUNT:\t\t3
CONFORMED PERIOD OF REPORT:\t{period}
FILED AS OF DATE:\t\t{period}

FILER:

\tCOMPANY DATA:\t
\t\tCOMPANY CONFORMED NAME:\t\t\t{name}
\t\tCENTRAL INDEX KEY:\t\t\t{cik}
\t\tSTANDARD INDUSTRIAL CLASSIFICATION:\tPHARMACEUTICAL PREPARATIONS [2834]
\t\tIRS NUMBER:\t\t\t\t042726691
\t\tSTATE OF INCORPORATION:\t\t\tMA
\t\tFISCAL YEAR END:\t\t\t{fye}

\tFILING VALUES:
\t\tFORM TYPE:\t\t{form}
\t\tSEC ACT:\t\t1934 Act
\t\tSEC FILE NUMBER:\t000-17999
\t\tFILM NUMBER:\t\t03689232

\tBUSINESS ADDRESS:\t
\t\tSTREET 1:\t\t128 SIDNEY ST
\t\tCITY:\t\t\tCAMBRIDGE
\t\tSTATE:\t\t\tMA
\t\tZIP:\t\t\t02139
\t\tBUSINESS PHONE:\t\t6174972300
</SEC-HEADER>
"""

#: Parts no reader reads: an uuencoded image and an XBRL instance whose figure must never surface.
UNREADABLE_PARTS = """<DOCUMENT>
<TYPE>GRAPHIC
<SEQUENCE>8
<FILENAME>g12345.jpg
<TEXT>
begin 644 g12345.jpg
M_]C_X  02D9)1@ ! 0$ 8 !@  #_VP!#  H'!P@'!@H(" @+"@H+#A@0#@T-
end
</TEXT>
</DOCUMENT>
<DOCUMENT>
<TYPE>EX-101.INS
<SEQUENCE>9
<FILENAME>nftx-20100930.xml
<TEXT>
<XBRL>
<xbrli:xbrl><us-gaap:Revenues contextRef="c1">987654321</us-gaap:Revenues></xbrli:xbrl>
</XBRL>
</TEXT>
</DOCUMENT>
"""


def part(doc_type: str, sequence: int, body: str) -> str:
    return (
        f"<DOCUMENT>\n<TYPE>{doc_type}\n<SEQUENCE>{sequence}\n<FILENAME>d{sequence}.txt\n"
        f"<DESCRIPTION>{doc_type}\n<TEXT>\n{body}</TEXT>\n</DOCUMENT>\n"
    )


def submission(body_parts: str, **header: str) -> bytes:
    values = {
        "form": "8-K",
        "period": "20030508",
        "name": "IMMUNOGEN INC",
        "cik": "0000855654",
        "fye": "0630",
    }
    values.update(header)
    return (HEADER.format(**values) + body_parts + UNREADABLE_PARTS + "</SEC-DOCUMENT>\n").encode()


def without_evidence(facts: list[object]) -> set[str]:
    """The facts as text, their evidence (which moves with the header above it) left out."""
    return {re.sub(r"Evidence\([^)]*\)", "Evidence", repr(f)) for f in facts}


def test_a_seed_wrapped_in_a_submission_yields_its_facts_and_the_cik() -> None:
    seed = (default_corpus() / "immunogen" / SEEDS["2003"]).read_bytes()
    bare, _ = extract(document_from_bytes("bare.txt", seed))
    wrapped_doc = document_from_bytes("0000927016-03-002046.txt", submission(part("8-K", 1, seed.decode())))
    wrapped, _ = extract(wrapped_doc)

    assert "begin 644" not in wrapped_doc.text and "987654321" not in wrapped_doc.text
    assert "<DOCUMENT>" not in wrapped_doc.text and "<TYPE>" not in wrapped_doc.text
    extra = without_evidence(wrapped) - without_evidence(bare)
    facts_only = {f for f in extra if not f.startswith(("Skipped(", "UnknownEntity("))}
    # What the header adds: the CIK (the seed's cover prints every other identifier itself), and
    # the all-caps spelling of the filer's name as another label.
    assert any(f.startswith("Relation(") and "'cik'" in f and "'0000855654'" in f for f in facts_only)
    assert len(facts_only) == 2, facts_only
    assert without_evidence(bare) - without_evidence(wrapped) <= {
        f for f in without_evidence(bare) if f.startswith(("Skipped(", "UnknownEntity("))
    }
    cik = next(f for f in wrapped if isinstance(f, Relation) and f.predicate == "cik")
    assert cik.evidence.quote == "0000855654"
    assert wrapped_doc.lines[cik.evidence.line - 1].strip() == "CENTRAL INDEX KEY:\t\t\t0000855654"
    # The seed's own cover still names the filer and its identifiers as printed.
    info = next(f for f in wrapped if isinstance(f, FilingInfo))
    assert (info.filer_name, info.form_type, info.report_date) == (
        "ImmunoGen, Inc.",
        "8-K",
        dt.date(2003, 5, 8),
    )
    identifiers = {f.predicate: f.obj for f in wrapped if isinstance(f, Relation)}
    assert identifiers["irsEmployerId"] == "04-2726691"
    assert identifiers["stateOfIncorporation"] == "Massachusetts"


HTML_RELEASE = """<HTML><BODY>
<P>FOR IMMEDIATE RELEASE</P>
<P>NORTHFIELD REPORTS RESULTS FOR THE QUARTER</P>
<P>Revenues for the quarter were $1.3 million.</P>
<P>CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS</P>
<P>(In thousands, except per share amounts)</P>
<TABLE>
<TR><TD></TD><TD COLSPAN="2">Three Months Ended September 30,</TD></TR>
<TR><TD></TD><TD>2010</TD><TD>2009</TD></TR>
<TR><TD>Total revenues</TD><TD>1,295</TD><TD>2,303</TD></TR>
<TR><TD>Research and development</TD><TD>4,870</TD><TD>4,412</TD></TR>
<TR><TD>Net loss</TD><TD>(4,700)</TD><TD>(3,200)</TD></TR>
</TABLE>
</BODY></HTML>
"""


def test_a_bare_html_exhibit_takes_filer_dates_and_fiscal_year_from_the_header() -> None:
    """An exhibit that names no registrant, date or fiscal year itself: the header supplies them,
    each cited at its header line, and the fiscal quarters follow the header's fiscal-year end."""
    data = submission(part("EX-99.1", 2, HTML_RELEASE), name="NORTHFIELD THERAPEUTICS INC", period="20101028")
    doc = document_from_bytes("0000950123-10-098765.txt", data)
    facts, _ = extract(doc)

    assert "<TR>" not in doc.text and "Total revenues\t1,295\t2,303" in doc.text
    info = next(f for f in facts if isinstance(f, FilingInfo))
    assert (info.filer_name, info.form_type, info.report_date) == (
        "NORTHFIELD THERAPEUTICS INC",
        "8-K",
        dt.date(2010, 10, 28),
    )
    assert info.filer is not None and info.filer.key == "northfield-therapeutics"
    relations = {f.predicate: f for f in facts if isinstance(f, Relation)}
    assert relations["fiscalYearEnd"].obj == "--06-30"
    assert relations["fiscalYearEnd"].evidence.quote == "0630"
    assert relations["cik"].obj == "0000855654"
    # The cover gives no identifiers here: the header's, written as a cover prints them, so the
    # filer's values agree with those of its filings that print a cover; each cites the header.
    assert relations["irsEmployerId"].obj == "04-2726691"
    assert relations["irsEmployerId"].evidence.quote == "042726691"
    assert relations["secFileNumber"].obj == "000-17999"
    assert relations["stateOfIncorporation"].obj == "Massachusetts"
    assert relations["stateOfIncorporation"].evidence.quote == "MA"
    net_loss = {
        f.period.key: (f.value, f.fiscal_year, f.fiscal_period)
        for f in facts
        if isinstance(f, FinancialFact) and f.concept == "NetIncomeLoss"
    }
    # September quarters are the first of a fiscal year ending June 30.
    assert net_loss == {
        "2010-07-01--2010-09-30": (-4700000, 2011, "Q1"),
        "2009-07-01--2009-09-30": (-3200000, 2010, "Q1"),
    }
    assert all("987654321" not in repr(f) for f in facts)


def test_the_header_fiscal_year_end_outranks_the_prose() -> None:
    """A December filer whose release says nothing of its fiscal year: the statement columns alone
    would not tell; the header does."""
    text = "Northfield Therapeutics, Inc. (Nasdaq: NFTX) reported a net loss for the quarter.\n"
    plain = document_from_bytes("plain.txt", text.encode())
    wrapped = document_from_bytes("wrapped.txt", submission(part("EX-99.1", 2, text), fye="1231"))
    assert document_fiscal_year_end(plain) is None
    assert document_fiscal_year_end(wrapped) == (12, 31)


def test_a_header_of_two_companies_gives_no_company_fields() -> None:
    """A filer and a subject company: which CIK is whose is not for a reader of the first to guess."""
    data = submission(part("EX-99.1", 2, "Northfield reported a net loss.\n")).decode()
    second = "SUBJECT COMPANY:\n\n\tCOMPANY DATA:\t\n\t\tCOMPANY CONFORMED NAME:\t\t\tOTHER CORP\n"
    data = data.replace("</SEC-HEADER>", second + "</SEC-HEADER>")
    facts, _ = extract(document_from_bytes("two.txt", data.encode()))
    assert not [f for f in facts if isinstance(f, Relation) and f.predicate in ("cik", "fiscalYearEnd")]
    info = next(f for f in facts if isinstance(f, FilingInfo))
    assert info.filer is None and info.form_type == "8-K"


OLD_TEXT_TABLE = """                 CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS
                  (In thousands, except per share amounts)
<TABLE>
<CAPTION>
                                                   Three Months Ended
                                                      September 30,
                                                   2002          2001
<S>                                              <C>           <C>
    Total revenues                                   1,295         2,303
Net loss                                          $ (4,700)     $ (3,200)
</TABLE>
<PAGE>
"""


def test_sgml_table_tags_are_blanked_in_place() -> None:
    doc = document_from_bytes("old.txt", OLD_TEXT_TABLE.encode())
    assert "<" not in doc.text
    # Each tag became as many spaces: every line keeps its length, so the columns stay aligned.
    assert [len(line) for line in doc.text.split("\n")] == [len(line) for line in OLD_TEXT_TABLE.split("\n")]
    assert doc.lines[7].startswith(" " * 49) and doc.lines[7].strip() == ""


#: The signed-message wrapper EDGAR put around submissions until 2008.
PEM_PREAMBLE = """-----BEGIN PRIVACY-ENHANCED MESSAGE-----
Proc-Type: 2001,MIC-CLEAR
Originator-Name: webmaster@www.sec.gov
Originator-Key-Asymmetric:
 MFgwCgYEVQgBAQICAf8DSgAwRwJAW2sNKK9AVtBzYZmr6aGjlWyK3XmZv3dTINen
 TWSM7vrzLADbmYQaionwg5sDW3P6oaM5D3tdezXMm7z1T+B+twIDAQAB
MIC-Info: RSA-MD5,RSA,
 Kx8S0bUQBkPpNqc3vkrjmO1TYUyAb7SGNMGgjRVyDudeclrGMnDXmKC5JXlD9AOR
 7O7rzXxE8iqQ8LP5OxIpCg==

"""


def test_a_submission_builds_beside_bare_filings(tmp_path: Path) -> None:
    """The CLI's build reads a complete submission like any other filing, in its signed-message
    wrapper too: the graph gains the CIK, and nothing of the wrapper or the unreadable parts."""
    corpus = tmp_path / "in"
    corpus.mkdir()
    seed = (default_corpus() / "immunogen" / SEEDS["2003"]).read_bytes()
    wrapped = PEM_PREAMBLE.encode() + submission(part("8-K", 1, seed.decode()))
    wrapped += b"-----END PRIVACY-ENHANCED MESSAGE-----\n"
    (corpus / "0000927016-03-002046.txt").write_bytes(wrapped)
    report = build([corpus], tmp_path / "out")
    assert [f.skipped for f in report.filings] == [None]
    ttl = (tmp_path / "out" / "graph.ttl").read_text()
    assert 'kg:cik "0000855654"' in ttl
    assert "987654321" not in ttl and "PRIVACY-ENHANCED" not in ttl and "MIC-Info" not in ttl


def test_the_evidence_of_header_fields_is_the_text_read() -> None:
    doc = read_document(
        default_corpus() / "immunogen" / SEEDS["2005"]
    )  # a filing without a header: nothing read
    facts, _ = extract(doc)
    assert not [f for f in facts if isinstance(f, Relation) and f.predicate == "cik"]
    wrapped = document_from_bytes("w.txt", submission(part("8-K", 1, doc.text)))
    for fact in extract(wrapped)[0]:
        for evidence in [v for v in vars(fact).values() if isinstance(v, Evidence)]:
            assert wrapped.text[evidence.char_start : evidence.char_end] == evidence.quote


@pytest.mark.parametrize(
    ("doc_type", "body", "readable", "html"),
    [
        ("EX-99.1", "<?xml version='1.0'?>\n<html xmlns='x'><body><p>Hi</p></body></html>", True, True),
        ("EX-99.1", "<P>Net loss was $4.7 million.</P>\n<P>Next</P>", True, True),
        ("EX-99.1", "Net loss\n<TABLE>\n<S>   <C>\nRevenues  1,234\n</TABLE><P>x", True, False),
        ("EX-101.SCH", "<?xml version='1.0'?><xs:schema/>", False, False),
        ("XML", "<?xml version='1.0'?><edgarSubmission/>", False, False),
        ("EX-99", "<?xml version='1.0'?><root/>", False, False),
        ("GRAPHIC", "begin 644 logo.gif\nM1TE&.#EA\nend\n", False, False),
        ("EX-99.2", "<PDF>\nbegin 644 release.pdf\n", False, False),
        ("8-K", "UNITED STATES\nFORM 8-K\n", True, False),
    ],
)
def test_which_parts_are_read_and_how(doc_type: str, body: str, readable: bool, html: bool) -> None:
    part = SubmissionPart(doc_type, body)
    assert (part.readable, part.is_html) == (readable, html)


def test_a_single_document_cut_out_of_a_submission() -> None:
    """An exhibit saved on its own with EDGAR's document tags around it: the tags are not text."""
    body = (
        "<HTML><BODY><P>Northfield Therapeutics, Inc. (Nasdaq: NFTX) reported a net loss.</P></BODY></HTML>\n"
    )
    doc = document_from_bytes("ex99.txt", part("EX-99.1", 2, body).encode())
    assert doc.text == "Northfield Therapeutics, Inc. (Nasdaq: NFTX) reported a net loss.\n"


def test_the_period_of_report_of_a_quarterly_report_is_no_date_of_report() -> None:
    """Of a 10-Q the header's "period of report" is the quarter's end, not the date of a report."""
    text = "Northfield Therapeutics, Inc. reported a net loss.\n"
    doc = document_from_bytes("q.txt", submission(part("10-Q", 1, text), form="10-Q", period="20030930"))
    info = next(f for f in extract(doc)[0] if isinstance(f, FilingInfo))
    assert (info.form_type, info.report_date) == ("10-Q", None)


def test_edgars_state_suffix_is_not_part_of_the_conformed_name() -> None:
    doc = document_from_bytes(
        "s.txt", submission(part("EX-99.1", 2, "Results.\n"), name="IMMUNOGEN INC /MA/")
    )
    info = next(f for f in extract(doc)[0] if isinstance(f, FilingInfo))
    assert info.filer_name == "IMMUNOGEN INC" and info.filer is not None and info.filer.key == "immunogen"


def test_the_header_fields_make_no_notes_of_stray_numbers() -> None:
    """ "ACCESSION NUMBER: 0000927016-03-002046" is the metadata extractor's: the build report's notes
    on numbers outside statement tables leave the header alone."""
    seed = (default_corpus() / "immunogen" / SEEDS["2003"]).read_bytes()
    facts, _ = extract(document_from_bytes("s.txt", submission(part("8-K", 1, seed.decode()))))
    notes = [f.reason for f in facts if isinstance(f, Skipped) and "outside any statement table" in f.reason]
    assert not [n for n in notes if "ACCESSION" in n or "FILE NUMBER" in n or "ZIP" in n], notes


@pytest.mark.parametrize(
    ("key", "value", "printed"),
    [
        ("IRS NUMBER", "911874389", "91-1874389"),
        ("IRS NUMBER", "00000000", None),  # eight digits: no EIN
        ("STATE OF INCORPORATION", "DE", "Delaware"),
        ("STATE OF INCORPORATION", "E9", None),  # EDGAR's code of a country: no name guessed
        ("SEC FILE NUMBER", "000-32405", "000-32405"),
    ],
)
def test_header_identifiers_are_written_as_a_cover_prints_them(
    key: str, value: str, printed: str | None
) -> None:
    assert printed_identifier(key, value) == printed
