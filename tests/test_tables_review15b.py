"""Statement tables, review 15 (second round): a lone "|" that is no flattened table, and a label in
capitals over three lines.

W. A prose line of more than 25 words with a lone "|" below it once sent the row reader into an
   endless loop (the flattened block it opened ended where it started). A prose line opens no
   flattened table, and the build of such a release ends with its statement read.
M1. One lone "|" (a speck of OCR dirt) above a space-aligned statement once made the rest of the
   release one "flattened table": neither statement was read. A flattened table prints a lone "|"
   after nearly every cell; one alone is noise, and a block ends where ordinary rows start.
M2. "WEIGHTED AVERAGE NUMBER OF COMMON" / "  SHARES OUTSTANDING:" / "  Basic and Diluted  226,210,617 …":
   the label in capitals runs on over its two label-only lines into the row's qualifier.
M4. "For the full year 2006, Onyx reported a net loss of $80.2 million": the calendar year of a
   December filer (the prose restates the table's figure, and is merged into it).

The releases below are cuts of reviewers' releases (Peregrine FY2009Q3, Onyx 2006Q4), figures as
printed there.
"""

from __future__ import annotations

import contextlib
import signal
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

from conftest import statement_facts_of_text, values_by_period

from kg.build import BuildOptions, build
from kg.corpus import document_from_bytes
from kg.extractors.financials import run
from kg.extractors.financials.rows import document_rows
from kg.facts_table import fact_rows
from kg.graph_facts import facts_by_filing
from kg.graphio import load_store
from kg.model import FinancialFact

Q3_09, Q3_08 = "2008-11-01--2009-01-31", "2007-11-01--2008-01-31"
M9_09, M9_08 = "2008-05-01--2009-01-31", "2007-05-01--2008-01-31"

HEAD = """\
TUSTIN, Calif., March 12, 2009 -- Peregrine Pharmaceuticals, Inc. (Nasdaq: PPHM) today announced
financial results for the third quarter of fiscal year 2009 ended January 31, 2009.
Peregrine's fiscal year ends April 30.

"""

OPERATIONS = """\
            PEREGRINE PHARMACEUTICALS, INC. AND SUBSIDIARY
            CONSOLIDATED STATEMENTS OF OPERATIONS
                           (UNAUDITED)

                                  THREE MONTHS ENDED            NINE MONTHS ENDED
                                     JANUARY 31,                   JANUARY 31,
                                 2009           2008           2009           2008
                              ------------   ------------   ------------   ------------
REVENUES:
  Contract manufacturing revenue $  3,012,000   $  1,425,000   $  9,156,000   $  3,862,000
  License revenue                   50,000         50,000        150,000        150,000
                              ------------   ------------   ------------   ------------
     Total revenues              3,062,000      1,475,000      9,306,000      4,012,000
                              ------------   ------------   ------------   ------------
NET LOSS                      $ (4,777,000)  $ (5,527,000)  $(15,985,000)  $(16,269,000)
                              ============   ============   ============   ============

WEIGHTED AVERAGE NUMBER OF COMMON
  SHARES OUTSTANDING:
  Basic and Diluted              226,210,617    226,146,758    226,194,844    219,842,106
                              ============   ============   ============   ============
"""

BALANCE = """\
            PEREGRINE PHARMACEUTICALS, INC. AND SUBSIDIARY
                 CONDENSED CONSOLIDATED BALANCE SHEETS

                                                 JANUARY 31,        APRIL 30,
                                                    2009              2008
                                                 -----------       -----------
  Cash and cash equivalents                      $ 9,803,000       $19,408,000
  Other assets                                    11,657,000        11,463,000
                                                 -----------       -----------
TOTAL ASSETS                                     $21,460,000       $30,871,000
                                                 ===========       ===========
"""

#: The lone "|" as OCR printed it: far to the right, above the first statement's title.
SPECK = "                                                                  |\n"


def _revenues_and_loss(facts: tuple[FinancialFact, ...]) -> dict[str, dict[str, Decimal]]:
    return {c: values_by_period(facts, c) for c in ("Revenues", "NetIncomeLoss")}


EXPECTED = {
    "Revenues": {
        Q3_09: Decimal(3062000),
        Q3_08: Decimal(1475000),
        M9_09: Decimal(9306000),
        M9_08: Decimal(4012000),
    },
    "NetIncomeLoss": {
        Q3_09: Decimal(-4777000),
        Q3_08: Decimal(-5527000),
        M9_09: Decimal(-15985000),
        M9_08: Decimal(-16269000),
    },
}


# ---------------------------------------------------------------------------------------------
# W. A long prose line with a lone "|" below it


PROSE_THEN_BAR = (
    "Peregrine Pharmaceuticals, Inc. (Nasdaq: PPHM) today announced financial results for the third "
    "quarter of fiscal year 2009 ended January 31, 2009, and provided an update on its clinical "
    "programs and on its subsidiary.\n\n|\n"
)


@contextlib.contextmanager
def _at_most(seconds: int) -> Iterator[None]:
    """Fail the block (instead of hanging the test run) when it runs longer than ``seconds``."""

    def stop(signum: int, frame: object) -> None:
        raise TimeoutError(f"still running after {seconds} s")

    previous = signal.signal(signal.SIGALRM, stop)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def test_a_prose_line_over_a_lone_bar_opens_no_flattened_table() -> None:
    doc = document_from_bytes("release.txt", PROSE_THEN_BAR.encode("utf-8"))
    with _at_most(10):
        rows = document_rows(doc)  # it ends: the reader never stands still on a line
    assert [row.line for row in rows] == [1]
    assert not rows[0].cells


def test_the_build_of_a_release_with_a_prose_line_over_a_lone_bar_ends_with_its_statement(
    tmp_path: Path,
) -> None:
    text = HEAD + PROSE_THEN_BAR + "\n" + OPERATIONS
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "peregrine.txt").write_text(text, encoding="utf-8")
    # A short limit: before the fix the financials extractor ran until the limit stopped it.
    report = build([corpus], tmp_path / "out", BuildOptions(cache=False, time_limit=20))
    warnings = [w for filing in report.filings for w in filing.warnings]
    assert not [w for w in warnings if "ExtractorTimeout" in w or "extractor failed" in w]
    rows = [
        row
        for key, found in facts_by_filing(load_store(tmp_path / "out" / "graph.trig")).items()
        for row in fact_rows(found, key)
    ]
    got = {
        (row["concept"], f"{row['period_start']}--{row['period_end']}", Decimal(row["value"]))
        for row in rows
        if row["concept"] in EXPECTED
    }
    assert got == {(c, p, v) for c, by_period in EXPECTED.items() for p, v in by_period.items()}


# ---------------------------------------------------------------------------------------------
# M1. One lone "|" above a space-aligned statement


def test_one_lone_bar_above_a_space_aligned_statement_is_noise() -> None:
    clean, _ = statement_facts_of_text("peregrine.txt", HEAD + OPERATIONS + "\n" + BALANCE)
    facts, notes = statement_facts_of_text("peregrine_speck.txt", HEAD + SPECK + OPERATIONS + "\n" + BALANCE)
    assert _revenues_and_loss(facts) == EXPECTED
    assert values_by_period(facts, "Assets") == {
        "2009-01-31": Decimal(21460000),
        "2008-04-30": Decimal(30871000),
    }
    assert {(f.concept, f.period, f.value) for f in facts} == {(f.concept, f.period, f.value) for f in clean}
    assert not [n for n in notes if "has no number rows" in n.reason]


def test_a_flattened_block_ends_where_ordinary_rows_start() -> None:
    """A flattened table over a space-aligned statement: the flattened rows are read as cells, and
    the statement below as rows of figures, each line its own row."""
    flattened = (
        "CONDENSED CONSOLIDATED BALANCE SHEETS\n\n"
        "|\nDecember 31,\n|\nDecember 31,\n|\n2008\n|\n2007\n|\n\n"
        "Cash\nand marketable securities\n|\n$\n|\n86,824\n|\n$\n|\n90,565\n|\n\n"
        "Other assets\n|\n10,000\n|\n|\n9,435\n|\n\n"
        "Total assets\n|\n$\n|\n96,824\n|\n$\n|\n100,000\n|\n"
    )
    doc = document_from_bytes("release.txt", (HEAD + flattened + "\n" + OPERATIONS).encode("utf-8"))
    rows = {row.label: [c.value for c in row.numbers] for row in document_rows(doc) if row.numbers}
    assert rows["Cash and marketable securities"] == [Decimal(86824), Decimal(90565)]
    assert rows["Total assets"] == [Decimal(96824), Decimal(100000)]
    assert rows["License revenue"] == [Decimal(50000), Decimal(50000), Decimal(150000), Decimal(150000)]
    facts = [f for f in run(doc) if isinstance(f, FinancialFact)]
    assert {(f.concept, str(f.period.instant), f.value) for f in facts if f.concept == "Assets"} == {
        ("Assets", "2008-12-31", Decimal(96824)),
        ("Assets", "2007-12-31", Decimal(100000)),
    }
    assert {(f.concept, f.period.key, f.value) for f in facts if f.concept == "NetIncomeLoss"} == {
        ("NetIncomeLoss", p, v) for p, v in EXPECTED["NetIncomeLoss"].items()
    }


# ---------------------------------------------------------------------------------------------
# M2. A label in capitals over two label-only lines


def test_a_label_in_capitals_runs_on_over_two_label_only_lines() -> None:
    facts, _ = statement_facts_of_text("peregrine.txt", HEAD + OPERATIONS)
    assert values_by_period(facts, "WeightedAverageSharesBasicAndDiluted") == {
        Q3_09: Decimal(226210617),
        Q3_08: Decimal(226146758),
        M9_09: Decimal(226194844),
        M9_08: Decimal(219842106),
    }
    assert not [f for f in facts if not f.mapped and "shares" in f.concept]


# ---------------------------------------------------------------------------------------------
# M4. "For the full year 2006" in prose


ONYX = """\
ONYX PHARMACEUTICALS REPORTS FOURTH QUARTER AND FULL YEAR 2006 FINANCIAL RESULTS

EMERYVILLE, Calif., February 27, 2007 -- Onyx Pharmaceuticals, Inc. (Nasdaq: ONXX) today reported
financial results for the fourth quarter and full year ended December 31, 2006.

Onyx reported a net loss for the fourth quarter of 2006 of $12.9 million, or $0.29 per share, compared to a net loss of $25.2 million, or $0.63 per share, for the fourth quarter of 2005. For the full year 2006, Onyx reported a net loss of $80.2 million, or $1.82 per share, compared to a net loss of $101.8 million, or $2.75 per share, for 2005.
"""


def test_the_full_year_of_a_december_filer_in_prose_is_the_calendar_year() -> None:
    doc = document_from_bytes("onyx.txt", ONYX.encode("utf-8"))
    out = list(run(doc))
    loss = {
        f.period.key: f.value for f in out if isinstance(f, FinancialFact) and f.concept == "NetIncomeLoss"
    }
    assert loss == {
        "2006-10-01--2006-12-31": Decimal(-12900000),
        "2005-10-01--2005-12-31": Decimal(-25200000),
        "2006-01-01--2006-12-31": Decimal(-80200000),
        "2005-01-01--2005-12-31": Decimal(-101800000),
    }
    assert not [s for s in out if "no period certain" in getattr(s, "reason", "")]
