"""Guidance printed as a table: "Financial Guidance" over a line of column headings ("Full Year 2012
Guidance", "Full Year 2011 Actual") and rows of a concept's label and a cell a column ("Total revenues",
"$25 – $30 million", "$32.4 million"). The column naming an expectation gives guidance for the year it
(or the sentence above the table) names; the column of results gives none, and no row is a reported
fact. Rows the reader does not read are noted.

Fixture mitr_2011q4.htm in tests/reviewed_releases/ (Micromet 2011 Q4, L67-74); the plain-text tables
are written here.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from kg.corpus import Document, document_from_bytes, read_document
from kg.extractors import financials
from kg.model import FinancialFact, Guidance, Period, Skipped

FY2012 = Period(start=dt.date(2012, 1, 1), end=dt.date(2012, 12, 31))


def _guidance(doc: Document) -> dict[str, tuple[Period, Decimal, Decimal, str, int, str]]:
    """Each guidance concept with its period, bounds, label, and the line and heading it was read under."""
    found = {}
    for fact in financials.run(doc):
        if isinstance(fact, Guidance):
            assert fact.concept not in found, fact.concept
            row, heading = fact.evidence
            found[fact.concept] = (fact.period, fact.low, fact.high, fact.label, row.line, heading.quote)
    return found


def test_a_financial_guidance_table_of_an_html_release() -> None:
    """mitr_2011q4.htm L69-74: "… financial guidance for the year ending December 31, 2012:" over
    "<tab>Full Year 2012 Guidance<tab>Full Year 2011 Actual" and three rows."""
    doc = read_document(Path(__file__).parent / "reviewed_releases" / "mitr_2011q4.htm")
    heading = "Full Year 2012 Guidance"
    assert _guidance(doc) == {
        "Revenues": (FY2012, Decimal(25_000_000), Decimal(30_000_000), "Total revenues", 72, heading),
        "OperatingExpenses": (
            FY2012,
            Decimal(125_000_000),
            Decimal(135_000_000),
            "Operating expenses",
            73,
            heading,
        ),
        # Cash used in operations is negative.
        "NetCashProvidedByUsedInOperatingActivities": (
            FY2012,
            Decimal(-105_000_000),
            Decimal(-95_000_000),
            "Net cash used in operating activities",
            74,
            heading,
        ),
    }
    facts = [f for f in financials.run(doc) if isinstance(f, FinancialFact)]
    assert not [f for f in facts if f.evidence[0].line in (71, 72, 73, 74)]


PLAIN = """BOTHELL, WA - February 27, 2012 - Acme Biologics, Inc. (Nasdaq: ACME) today reported financial
results for the fourth quarter and year ended December 31, 2011.

Financial Guidance

Acme provides the following financial guidance for the year ending December 31, 2012:

                                        {heading}          2011 Actual
Total revenues                          $25 - $30 million      $32.4 million
Operating expenses                      $125 - $135 million    $118.8 million
Collaboration revenue                   $5 million             $4.1 million
Net cash used in operating activities   approximately $100 million   $71.3 million

Total revenues for the year 2011 were $32.4 million.
"""


def _plain(heading: str) -> Document:
    return document_from_bytes("release.txt", PLAIN.format(heading=heading).encode())


def test_a_guidance_table_aligned_with_spaces_with_a_point_and_a_row_not_read() -> None:
    doc = _plain("2012 Guidance")
    found = _guidance(doc)
    assert found == {
        "Revenues": (FY2012, Decimal(25_000_000), Decimal(30_000_000), "Total revenues", 9, "2012 Guidance"),
        "OperatingExpenses": (
            FY2012,
            Decimal(125_000_000),
            Decimal(135_000_000),
            "Operating expenses",
            10,
            "2012 Guidance",
        ),
        "NetCashProvidedByUsedInOperatingActivities": (
            FY2012,
            Decimal(-100_000_000),
            Decimal(-100_000_000),
            "Net cash used in operating activities",
            12,
            "2012 Guidance",
        ),
    }
    notes = [f for f in financials.run(doc) if isinstance(f, Skipped) and f.line == 11]
    assert [n.reason for n in notes if "guidance table" in n.reason] == [
        "guidance table: row 'Collaboration revenue' not read: its label names no concept guidance is read for"
    ]


def test_a_guidance_column_naming_another_year_than_the_sentence_above_is_not_read() -> None:
    doc = _plain("2013 Guidance")
    assert _guidance(doc) == {}
    notes = [f.reason for f in financials.run(doc) if isinstance(f, Skipped) and f.line == 8]
    assert "guidance table: its column '2013 Guidance' and the sentence above it name other years" in notes
