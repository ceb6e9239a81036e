"""Statement tables, review 14: footnotes, labels wrapped in capitals or after a concept's name, table
headings read as rows, rows under a heading without a colon, OCR'd titles, change columns after each
period group, net earnings, period groups of uneven width.

A. A footnote under a statement ("(1) As restated. … by $2.3 million") is no row of it.
B. A label wrapped in capitals ("WEIGHTED AVERAGE COMMON SHARES" / "  OUTSTANDING, BASIC") is one
   label: a count of shares, never dollars.
C. "Research and development" / "revenue  3,095" is research and development revenue, not Revenues.
D. "Quarterly Statements of Operations Data, Year 2010" is a title, its year no figure.
E. Rows naming nothing by themselves ("United States", "International", "Total") carry the heading
   they stand under, or are declined: a concept minted from them would be shared by every filer.
F. OCR's digits in a title's words ("Statements of 0perations", "Ba1ance Sheets") are mended.
G. "Net earnings (loss)" is net income.
H. A "% Change" column after each group of periods ("2006 2005 % Change  2006 2005 % Change").
I. Period groups of uneven width ("Three Months Ended" and "Six Months Ended" over two years each,
   "Year Ended" over one).

Fixtures (whole releases) in tests/reviewed_releases/r14_*; expected values worked out by hand from
them (figures in thousands unless the statement says millions).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from conftest import period_key, reviewed_statement_facts, statement_facts_of_text, values_by_period

from kg.model import Period
from kg.periods import duration_columns

FOLDER = Path(__file__).parent / "reviewed_releases"
LIGAND = "r14_ligand_2005q4_submission.txt"
BIOMARIN = "r14_biomarin_2009q3_pre.htm"
MOMENTA = "r14_momenta_2010q4_ocr.txt"
MEDIMMUNE = "r14_medimmune_2006q2.htm"
PEMBERTON = "r14_pemberton_transition_2010.txt"


_read = reviewed_statement_facts
_values = values_by_period


# ---------------------------------------------------------------------------------------------
# A. A footnote under a statement


def test_a_footnote_under_a_balance_sheet_is_no_row() -> None:
    # L249-254 the balance-sheet data, L257-265 "(1) As restated. … for the fourth quarter of 2004 by
    # $2.3 / million, …".
    facts, _ = _read(LIGAND)
    at_2005 = {f.concept: f.value for f in facts if f.period.instant == dt.date(2005, 12, 31)}
    assert at_2005 == {
        "cash-cash-equivalents-short-term-investments-and-restricted-investments-instant": Decimal(168902000),
        "Assets": Decimal(387514000),
        "deferred-revenue-net-instant": Decimal(121346000),
        "convertible-subordinated-notes-instant": Decimal(155250000),
        "total-stockholders-deficit-instant": Decimal(-73628000),
    }
    assert not [f for f in facts if "restat" in f.concept or "restat" in f.label.lower()]


#: A footnote whose first line prints no figure, its later lines amounts of its sentences.
FOOTNOTE_BELOW = """\
SAN DIEGO, March 16, 2006 -- Orrin Labs, Inc. (Nasdaq: ORLB) today reported its results.

                     CONDENSED CONSOLIDATED BALANCE SHEETS DATA
                                 (in thousands)

                                                     DECEMBER 31,   DECEMBER 31,
                                                         2005           2004
                                                     ------------   ------------
Total assets                                             387,514        366,210
Convertible subordinated notes                           155,250        155,250

(1) As restated. The Company restated its financial statements to recognize
    revenue on a sell-through basis. The restatement increased the net loss
    for 2004 by $8.7 million, and the net loss for the fourth quarter of 2004 by $2.3
    million.
"""


def test_a_footnote_s_amounts_join_no_label() -> None:
    facts, _ = statement_facts_of_text("orrin_footnote.txt", FOOTNOTE_BELOW)
    assert {f.concept for f in facts} == {"Assets", "convertible-subordinated-notes-instant"}
    assert _values(facts, "Assets") == {"2005-12-31": Decimal(387514000), "2004-12-31": Decimal(366210000)}


# ---------------------------------------------------------------------------------------------
# B. A label wrapped in capitals


def test_a_label_wrapped_in_capitals_is_one_share_count() -> None:
    # L88-92 "WEIGHTED AVERAGE COMMON SHARES" / "  OUTSTANDING, BASIC  100,964 …" (thousands of shares).
    facts, _ = _read(BIOMARIN)
    basic = [f for f in facts if f.concept == "weighted-average-common-shares-outstanding-basic"]
    assert {period_key(f.period): f.value for f in basic} == {
        "2009-07-01--2009-09-30": Decimal(100964000),
        "2008-07-01--2008-09-30": Decimal(97511000),
        "2009-01-01--2009-09-30": Decimal(100623000),
        "2008-01-01--2008-09-30": Decimal(96884000),
    }
    assert {f.unit for f in basic} == {"Shares"}
    diluted = _values(facts, "weighted-average-common-shares-outstanding-diluted")
    assert diluted["2009-07-01--2009-09-30"] == Decimal(103417000)
    assert not [f for f in facts if f.concept.startswith("outstanding")]
    assert not [f for f in facts if "SHARES" in f.label and f.unit == "USD"]


# ---------------------------------------------------------------------------------------------
# C. A label running on from a line naming a concept of its own


def test_a_revenue_line_wrapped_after_an_expense_name_is_no_total() -> None:
    # L149-150 "Research and development" / "revenue  3,095  5,220  15,713  20,438".
    facts, _ = _read(MOMENTA)
    assert _values(facts, "research-and-development-revenue") == {
        "2010-10-01--2010-12-31": Decimal(3095000),
        "2009-10-01--2009-12-31": Decimal(5220000),
        "2010-01-01--2010-12-31": Decimal(15713000),
        "2009-01-01--2009-12-31": Decimal(20438000),
    }
    assert _values(facts, "Revenues") == {}
    assert _values(facts, "CollaborationRevenue")["2010-10-01--2010-12-31"] == Decimal(64642000)
    # The expense of the same name further down keeps its concept.
    assert _values(facts, "ResearchAndDevelopmentExpense")["2010-10-01--2010-12-31"] == Decimal(16215000)


# ---------------------------------------------------------------------------------------------
# D. A table's heading with a year


def test_a_quarterly_statement_title_is_no_row() -> None:
    # L174 "Quarterly Statements of Operations Data, Year 2010": a title; its columns (quarter ends
    # without their lengths) are not read.
    facts, notes = _read(MOMENTA)
    assert not [f for f in facts if "quarterly" in f.concept or f.value == Decimal(2010000)]
    assert any(
        n.line == 174 and "Quarterly Statements of Operations Data" in n.reason and "periods" in n.reason
        for n in notes
    )


#: A heading naming a statement and a year printed among a statement's lines.
HEADING_AMONG_ROWS = """\
DENVER, February 24, 2011 -- Orrin Labs, Inc. (Nasdaq: ORLB) today reported its results.

                     CONSOLIDATED STATEMENTS OF OPERATIONS
                   (in thousands, except per share amounts)

                                  Three Months Ended         Year Ended
                                     December 31,            December 31,
                                    2010      2009         2010       2009
                                  --------  --------    ---------  ---------
Total revenues                      64,642     5,220      117,472     20,438
Net income (loss)                   38,962   (15,379)      24,475    (60,205)
Supplemental Statement of Operations Data, 2010
Net income (loss) per share         0.86     (0.35)         0.55      (1.44)
"""


def test_a_line_naming_a_statement_and_a_year_is_no_row() -> None:
    facts, notes = statement_facts_of_text("orrin_heading_row.txt", HEADING_AMONG_ROWS)
    assert not [f for f in facts if "supplemental" in f.concept]
    assert _values(facts, "NetIncomeLoss")["2010-10-01--2010-12-31"] == Decimal(38962000)
    assert any("names a statement and a year" in n.reason for n in notes)


# ---------------------------------------------------------------------------------------------
# E. Rows naming nothing by themselves


def test_rows_under_a_heading_without_a_colon_carry_it() -> None:
    # L102-114: "Naglazyme" / "  United States  $13,710 …" / "  International  30,308 …" / "  Total
    # Naglazyme"; "Kuvan (United States)"; and a "Total" under no heading (L114).
    facts, notes = _read(BIOMARIN)
    assert _values(facts, "naglazyme-united-states")["2009-07-01--2009-09-30"] == Decimal(13710000)
    assert _values(facts, "naglazyme-international")["2009-07-01--2009-09-30"] == Decimal(30308000)
    assert _values(facts, "total-naglazyme")["2009-07-01--2009-09-30"] == Decimal(44018000)
    assert {f.concept for f in facts} & {"united-states", "international", "total"} == set()
    assert any(n.line == 114 and "'Total' names nothing by itself" in n.reason for n in notes)


#: Regions under a heading with a colon, and one printed under no heading.
REGIONS = """\
DENVER, May 4, 2009 -- Orrin Labs, Inc. (Nasdaq: ORLB) today reported its results.

                     CONSOLIDATED STATEMENTS OF OPERATIONS
                                (in thousands)

                                         Three Months Ended
                                              March 31,
                                           2009       2008
                                         -------    -------
Net product sales:
  United States                           13,710     12,204
  International                            3,308      2,701
Other                                        412        390
Total revenues                            17,430     15,295
"""


def test_regions_under_a_colon_heading_carry_it_and_a_lone_other_is_declined() -> None:
    facts, notes = statement_facts_of_text("orrin_regions.txt", REGIONS)
    assert _values(facts, "net-product-sales-united-states") == {
        "2009-01-01--2009-03-31": Decimal(13710000),
        "2008-01-01--2008-03-31": Decimal(12204000),
    }
    assert _values(facts, "net-product-sales-international")["2009-01-01--2009-03-31"] == Decimal(3308000)
    assert not [f for f in facts if f.concept in {"other", "united-states", "international"}]
    assert any("'Other' names nothing by itself" in n.reason for n in notes)
    assert _values(facts, "Revenues")["2009-01-01--2009-03-31"] == Decimal(17430000)


# ---------------------------------------------------------------------------------------------
# F. OCR's digits in a title


def test_titles_with_ocr_digits_are_read() -> None:
    # L138 "Condensed Consolidated Statements of 0perations", L210 "… Ba1ance Sheets Data".
    facts, _ = _read(MOMENTA)
    assert _values(facts, "NetIncomeLoss") == {
        "2010-10-01--2010-12-31": Decimal(38962000),
        "2009-10-01--2009-12-31": Decimal(-15379000),
        "2010-01-01--2010-12-31": Decimal(24475000),
        "2009-01-01--2009-12-31": Decimal(-60205000),
    }
    assert _values(facts, "OperatingExpenses")["2010-01-01--2010-12-31"] == Decimal(93423000)
    assert _values(facts, "Assets") == {"2010-12-31": Decimal(240115000), "2009-12-31": Decimal(146902000)}
    assert _values(facts, "StockholdersEquity")["2010-12-31"] == Decimal(207330000)


# ---------------------------------------------------------------------------------------------
# G, H. Net earnings; a change column after each group of periods


def test_change_columns_after_each_group_and_net_earnings() -> None:
    # L38 "2006 2005 % Change | 2006 2005 % Change" (in millions); L54 "Net earnings (loss) $ (48.9)
    # $ (45.5) (7)% | $ 150.5 $ 123.4 22%".
    facts, _ = _read(MEDIMMUNE)
    assert _values(facts, "NetIncomeLoss") == {
        "2006-04-01--2006-06-30": Decimal("-48900000"),
        "2005-04-01--2005-06-30": Decimal("-45500000"),
        "2006-01-01--2006-06-30": Decimal("150500000"),
        "2005-01-01--2005-06-30": Decimal("123400000"),
    }
    assert _values(facts, "Revenues") == {
        "2006-04-01--2006-06-30": Decimal("141400000"),
        "2005-04-01--2005-06-30": Decimal("116700000"),
        "2006-01-01--2006-06-30": Decimal("774300000"),
        "2005-01-01--2005-06-30": Decimal("668800000"),
    }
    # No percentage is read as a figure.
    assert not [f for f in facts if f.value in {Decimal(10), Decimal(-7), Decimal(22)}]


# ---------------------------------------------------------------------------------------------
# I. Period groups of uneven width


def test_period_groups_of_uneven_width() -> None:
    header = [
        "\tThree Months Ended\t\tSix Months Ended\t\tYear Ended",
        "\tDecember 31,\t\tDecember 31,\t\tJune 30,",
        "\t2010\t2009\t2010\t2009\t2010",
    ]
    assert duration_columns(header, 5) == [
        Period(start=dt.date(2010, 10, 1), end=dt.date(2010, 12, 31)),
        Period(start=dt.date(2009, 10, 1), end=dt.date(2009, 12, 31)),
        Period(start=dt.date(2010, 7, 1), end=dt.date(2010, 12, 31)),
        Period(start=dt.date(2009, 7, 1), end=dt.date(2009, 12, 31)),
        Period(start=dt.date(2009, 7, 1), end=dt.date(2010, 6, 30)),
    ]
    # Years that do not fall into one run per group are not shared out by guess.
    assert duration_columns([*header[:2], "\t2010\t2009\t2008\t2010\t2009"], 5) is None


def test_a_transition_period_statement_is_read() -> None:
    facts, _ = _read(PEMBERTON)
    assert _values(facts, "NetIncomeLoss") == {
        "2010-10-01--2010-12-31": Decimal(-7595000),
        "2009-10-01--2009-12-31": Decimal(-6185000),
        "2010-07-01--2010-12-31": Decimal(-15388000),
        "2009-07-01--2009-12-31": Decimal(-12025000),
        "2009-07-01--2010-06-30": Decimal(-25912000),
    }
