"""The net change in cash of a cash-flow statement ("Net increase (decrease) in cash and cash
equivalents") is read under ``kg:CashAndCashEquivalentsPeriodIncreaseDecrease``: an increase
positive, a decrease (printed in brackets) negative. A line naming only the decrease ("Net decrease
in cash and cash equivalents") printed without brackets may print the amount of the decrease or an
increase: declined with a note, like "Net cash used in …" printed so. The balances at the period's
start and end stay declined. Fixture tests/reviewed_releases/arvenza_2012q4.htm (L95-104,
"CONDENSED CONSOLIDATED CASH FLOW DATA", in thousands) and the short releases below; expected values
worked out by hand from them.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from conftest import statement_facts_and_notes, statement_facts_of_text, values_by_period

from kg.corpus import document_from_bytes, read_document
from kg.extractors.financials import run
from kg.model import FinancialFact

FOLDER = Path(__file__).parent / "reviewed_releases"
ARVENZA = "arvenza_2012q4.htm"
CHANGE = "CashAndCashEquivalentsPeriodIncreaseDecrease"
FY12, FY11 = "2012-01-01--2012-12-31", "2011-01-01--2011-12-31"

RELEASE = """\
Kestrel Biosciences Reports Full Year 2012 Financial Results

BOSTON, March 5, 2013 -- Kestrel Biosciences, Inc. (Nasdaq: KSTL) today reported
financial results for the year ended December 31, 2012.

                    SELECTED CASH FLOW INFORMATION
                              (in thousands)

                                                  Year Ended December 31,
                                                  -----------------------
                                                     2012          2011
                                                  ---------     ---------
Net cash used in operating activities             $ (21,300)    $ (18,450)
Net cash provided by investing activities             4,100         2,650
Net cash provided by financing activities               700        40,100
                                                  ---------     ---------
Net decrease in cash and cash equivalents           (16,500)       24,300
Cash and cash equivalents at beginning of year       60,000        35,700
                                                  ---------     ---------
Cash and cash equivalents at end of year          $  43,500     $  60,000
                                                  =========     =========
"""
CHANGE_ROW = "Net decrease in cash and cash equivalents           (16,500)       24,300"

#: The cash-flow table alone: no headline, no dateline, no sentence of prose.
TABLE_ALONE = """\
                    CONDENSED CONSOLIDATED STATEMENTS OF CASH FLOWS
                              (in thousands)

                                                  Year Ended December 31,
                                                     2012          2011
Net cash used in operating activities             $ (21,300)    $ (18,450)
Net cash provided by investing activities             4,100         2,650
Net cash provided by financing activities               700        40,100
Net (decrease) increase in cash and cash equivalents  (16,500)      24,300
Cash and cash equivalents at beginning of year       60,000        35,700
Cash and cash equivalents at end of year          $  43,500     $  60,000
"""


_values = values_by_period


def test_arvenza_net_change_in_cash() -> None:
    # L102 "Net increase (decrease) in cash and cash equivalents  12,390  (38,515)", in thousands.
    facts, notes = statement_facts_and_notes(list(run(read_document(FOLDER / ARVENZA))))
    change = [f for f in facts if f.concept == CHANGE]
    assert _values(facts, CHANGE) == {FY12: Decimal(12390000), FY11: Decimal(-38515000)}
    assert {(f.evidence[0].line, f.statement, f.unit, f.decimals, f.mapped) for f in change} == {
        (102, "CashFlow", "USD", -3, True)
    }
    # The balances at the year's start and end (L103-104) are still no flow of the year.
    reasons = {n.line: n.reason for n in notes}
    assert "balance at the period's start or end" in reasons[103]
    assert "balance at the period's start or end" in reasons[104]
    assert 102 not in reasons
    assert not [f for f in facts if f.evidence[0].line in (103, 104)]


def test_a_net_decrease_printing_one_figure_without_brackets_is_unsure() -> None:
    # L17 "Net decrease … (16,500)  24,300": the bracketed figure is a decrease, but the unbracketed
    # one of a line naming only the decrease may be the amount of a decrease or an increase: the row
    # is unsure, neither figure read.
    facts, notes = statement_facts_of_text("kestrel.txt", RELEASE)
    assert _values(facts, CHANGE) == {}
    assert any(n.line == 17 and "unsigned" in n.reason for n in notes)
    # The other flows of the table are read as before.
    assert _values(facts, "NetCashProvidedByUsedInInvestingActivities") == {
        FY12: Decimal(4100000),
        FY11: Decimal(2650000),
    }


def test_a_net_decrease_printed_in_brackets_only_is_read() -> None:
    # Both figures bracketed: a decrease in each year, negative.
    text = RELEASE.replace(
        CHANGE_ROW, "Net decrease in cash and cash equivalents           (16,500)      (24,300)"
    )
    facts, notes = statement_facts_of_text("kestrel.txt", text)
    assert _values(facts, CHANGE) == {FY12: Decimal(-16500000), FY11: Decimal(-24300000)}
    assert not [n for n in notes if n.line == 17]


def test_a_net_decrease_printed_without_brackets_is_declined() -> None:
    # "Net decrease in cash and cash equivalents 16,500": a decrease of 16,500, or an increase?
    text = RELEASE.replace(
        CHANGE_ROW, "Net decrease in cash and cash equivalents            16,500         24,300"
    )
    facts, notes = statement_facts_of_text("kestrel.txt", text)
    assert _values(facts, CHANGE) == {}
    reasons = [n.reason for n in notes if n.line == 17]
    assert reasons == [
        "'Net decrease in cash and cash equivalents' prints figures its words leave unsigned; not read"
    ]


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("Net increase in cash and cash equivalents", (Decimal(-16500000), Decimal(24300000))),
        ("Net increase (decrease) in cash and cash equivalents", (Decimal(-16500000), Decimal(24300000))),
        ("Increase (decrease) in cash and cash equivalents", (Decimal(-16500000), Decimal(24300000))),
    ],
)
def test_a_net_change_naming_the_increase_is_read_as_printed(
    label: str, expected: tuple[Decimal, Decimal]
) -> None:
    row = f"{label:<50}  (16,500)       24,300"
    facts, _ = statement_facts_of_text("kestrel.txt", RELEASE.replace(CHANGE_ROW, row))
    assert _values(facts, CHANGE) == {FY12: expected[0], FY11: expected[1]}


def test_a_prose_free_cash_flow_table_alone() -> None:
    facts, notes = statement_facts_of_text("table.txt", TABLE_ALONE)
    assert {(f.concept, f.statement) for f in facts} == {
        ("NetCashProvidedByUsedInOperatingActivities", "CashFlow"),
        ("NetCashProvidedByUsedInInvestingActivities", "CashFlow"),
        ("NetCashProvidedByUsedInFinancingActivities", "CashFlow"),
        (CHANGE, "CashFlow"),
    }
    assert _values(facts, CHANGE) == {FY12: Decimal(-16500000), FY11: Decimal(24300000)}
    assert _values(facts, "NetCashProvidedByUsedInOperatingActivities") == {
        FY12: Decimal(-21300000),
        FY11: Decimal(-18450000),
    }
    reasons = {n.line: n.reason for n in notes}
    assert "balance at the period's start or end" in reasons[10]
    assert "balance at the period's start or end" in reasons[11]


def test_a_net_decrease_in_prose_is_no_increase() -> None:
    # The unbracketed labels are a pattern of the concept, no prose phrase: a sentence's "net decrease
    # in cash and cash equivalents was $38.5 million" never becomes an increase of $38.5 million.
    # (A guard of the vocabulary's choice: it passed before the concept existed too.)
    text = (
        RELEASE.split("                    SELECTED")[0]
        + "For the year ended December 31, 2012, the net decrease in cash and cash equivalents was\n"
        + "$38.5 million.\n"
    )
    doc = document_from_bytes("kestrel.txt", text.encode("utf-8"))
    out = list(run(doc))
    assert not [f for f in out if isinstance(f, FinancialFact) and f.concept == CHANGE and f.value > 0]
