"""Statement tables, review 12: where a statement ends, labels wrapped or damaged by OCR, headers
counting weeks, prose naming a balance sheet, per-share rows under a heading without a colon.

1. A contact block under a balance sheet ("For further information, please contact:", "Tel: (450)
   467-2600 ext. 2000") is no part of it: its extension is no balance-sheet figure.
2. A label wrapped over two lines keeps its first line ("Contract manufacturing" / "revenue").
3. OCR's digits for letters in statement words ("Product sa1es", "Notes payab1e") and a word OCR split
   in two ("Re search and development") are read as the words.
4. Headers counting weeks ("Thirteen Weeks Ended", "Fifty-Two Weeks Ended") give exact periods from
   each column's printed end; one end printed over several years is declined, saying why.
5. A wrapped line of prose opening with "balance sheet …" is no balance sheet's title.
6. "Basic" and "Diluted" rows under a heading without a colon, or after a rule, are read.
7. "Total operating costs and expenses" is total operating expenses where the statement foots.

Fixtures (whole releases) in tests/reviewed_releases/r12_*; expected values worked out by hand from
them (figures in thousands unless the statement says otherwise).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from conftest import (
    reviewed_statement_facts,
    statement_facts_and_notes,
    statement_facts_of_text,
    text_document,
    values_by_period,
)

from kg.concepts import concept_table, mend_ocr_words
from kg.corpus import read_document
from kg.extractors.financials import run
from kg.extractors.financials.tables import statement_lines
from kg.model import FinancialFact, Period
from kg.periods import duration_columns, is_header_fragment

FOLDER = Path(__file__).parent / "reviewed_releases"
AXCAN = "r12_axcan_fy2007q1_8k.txt"
ENZON = "r12_enzon_fy2004q2_ocr.txt"
HALLOWAY = "r12_halloway_fy2008q4.txt"
MYRIAD = "r12_myriad_fy2007q2.txt"
DYAX = "r12_dyax_2008q4.txt"
SABLERIDGE = "r12_sableridge_2010q2_ocr.txt"
ALNYLAM = "r12_alnylam_2008q4.htm"


_read = reviewed_statement_facts
_values = values_by_period


def _labels(facts: tuple[FinancialFact, ...], concept: str) -> set[str]:
    return {f.label for f in facts if f.concept == concept}


# ---------------------------------------------------------------------------------------------
# 1. A contact block under a statement


def test_a_contact_block_under_a_balance_sheet_is_no_part_of_it() -> None:
    # L227-236 "CONSOLIDATED BALANCE SHEET HIGHLIGHTS" (in thousands), then "For further information,
    # please contact:" and "Tel: (450) 467-2600 ext. 2000" (L244).
    facts, notes = _read(AXCAN)
    at_2006_12 = {f.concept: f.value for f in facts if f.period.instant == dt.date(2006, 12, 31)}
    assert at_2006_12 == {
        "CashAndCashEquivalents": Decimal(152880000),
        "short-term-investments-instant": Decimal(39510000),
        "total-current-assets-instant": Decimal(331276000),
        "Assets": Decimal(1012455000),
        "long-term-debt-instant": Decimal(127370000),
        "StockholdersEquity": Decimal(744613000),
    }
    assert not [f for f in facts if "tel" in f.concept or "ext" in f.label]
    assert not [n for n in notes if "467" in n.reason]


#: Contacts printed right under a balance sheet, with no heading over them.
CONTACTS_BELOW = """\
Orrin Labs Reports First Quarter Results

DENVER, May 4, 2009 -- Orrin Labs, Inc. (Nasdaq: ORLB) today reported its results.

                  CONDENSED CONSOLIDATED BALANCE SHEETS
                            (in thousands)

                                          March 31,     December 31,
                                            2009            2008
                                        ------------    ------------
Cash and cash equivalents               $    40,120     $    45,300
Total assets                                 61,480          66,210
Total stockholders' equity                   52,030          57,940

Jane Roe, Investor Relations
Orrin Labs, Inc.
303-555-0142 ext. 210
jroe@orrinlabs.com
"""


def test_contact_lines_right_under_a_statement_end_it() -> None:
    facts, notes = statement_facts_of_text("orrin.txt", CONTACTS_BELOW)
    assert {f.concept for f in facts} == {"CashAndCashEquivalents", "Assets", "StockholdersEquity"}
    assert _values(facts, "Assets") == {"2009-03-31": Decimal(61480000), "2008-12-31": Decimal(66210000)}
    assert not [n for n in notes if "210" in n.reason]


#: A short row whose figure stands far left of every column of a clearly aligned table.
FIGURE_LEFT_OF_COLUMNS = """\
                  CONDENSED CONSOLIDATED BALANCE SHEETS
                            (in thousands)

                                          March 31,     December 31,
                                            2009            2008
                                        ------------    ------------
Cash and cash equivalents               $    40,120     $    45,300
Accounts receivable                           8,210           7,950
Total assets                                 61,480          66,210
Total stockholders' equity                   52,030          57,940

Orrin Labs, Inc.
Building 2000
"""


def test_a_short_row_standing_left_of_every_column_is_not_read() -> None:
    facts, notes = statement_facts_of_text("orrin-left.txt", FIGURE_LEFT_OF_COLUMNS)
    assert not [f for f in facts if "building" in f.concept]
    assert any("'Building' stands left of every column" in n.reason for n in notes)
    assert _values(facts, "StockholdersEquity") == {
        "2009-03-31": Decimal(52030000),
        "2008-12-31": Decimal(57940000),
    }


# ---------------------------------------------------------------------------------------------
# 2. Labels wrapped over two lines


def test_a_wrapped_label_keeps_its_first_line() -> None:
    # L144-145 "Contract manufacturing" / "revenue  3,410  1,022  6,880  1,022" (second quarter and
    # first half of fiscal 2004, fiscal year ending June 30).
    facts, _ = _read(ENZON)
    assert not [f for f in facts if f.label == "revenue" or f.concept == "revenue"]
    assert _labels(facts, "contract-manufacturing-revenue") == {"Contract manufacturing revenue"}
    assert _values(facts, "contract-manufacturing-revenue") == {
        "2003-10-01--2003-12-31": Decimal(3410000),
        "2002-10-01--2002-12-31": Decimal(1022000),
        "2003-07-01--2003-12-31": Decimal(6880000),
        "2002-07-01--2002-12-31": Decimal(1022000),
    }
    # "Total revenues" is still the statement's total: 62,130 = 34,612 + 3,410 + 23,806 + 302.
    assert _values(facts, "Revenues")["2003-10-01--2003-12-31"] == Decimal(62130000)


def test_a_lone_wrapped_revenue_line_is_total_revenues_under_its_whole_label() -> None:
    # L170-171 "Development and license fee" / "revenues  $ 10,418  $ 6,115  $ 42,907  $ 24,208":
    # the statement's only revenue line, and 10,418 - 25,248 = -14,830 (loss from operations).
    facts, _ = _read(DYAX)
    assert _labels(facts, "Revenues") == {"Development and license fee revenues"}
    assert _values(facts, "Revenues") == {
        "2008-10-01--2008-12-31": Decimal(10418000),
        "2007-10-01--2007-12-31": Decimal(6115000),
        "2008-01-01--2008-12-31": Decimal(42907000),
        "2007-01-01--2007-12-31": Decimal(24208000),
    }


# ---------------------------------------------------------------------------------------------
# 3. Statement words OCR damaged


def test_ocr_digits_in_statement_words_are_read_as_the_words() -> None:
    # L143 "Product sa1es, net  $ 34,612 …"; L199 "Notes payab1e  399,000  399,000".
    facts, _ = _read(ENZON)
    assert not [f for f in facts if any(ch.isdigit() for ch in f.concept)]
    assert _labels(facts, "product-sales-net") == {"Product sales, net"}
    assert _values(facts, "product-sales-net")["2003-10-01--2003-12-31"] == Decimal(34612000)
    assert _values(facts, "notes-payable-instant") == {
        "2003-12-31": Decimal(399000000),
        "2003-06-30": Decimal(399000000),
    }
    assert _labels(facts, "notes-payable-instant") == {"Notes payable"}


def test_a_word_ocr_split_in_two_is_read_whole() -> None:
    # L165 "Re search and development  14,862  11,208  28,430  22,619" (second quarter and first half).
    facts, _ = _read(SABLERIDGE)
    assert not [f for f in facts if "re-search" in f.concept]
    assert _labels(facts, "ResearchAndDevelopmentExpense") == {"Research and development"}
    assert _values(facts, "ResearchAndDevelopmentExpense") == {
        "2010-04-01--2010-06-30": Decimal(14862000),
        "2009-04-01--2009-06-30": Decimal(11208000),
        "2010-01-01--2010-06-30": Decimal(28430000),
        "2009-01-01--2009-06-30": Decimal(22619000),
    }


def test_split_and_damaged_words_are_mended_only_into_known_words() -> None:
    assert mend_ocr_words("Re search and development") == "Research and development"
    assert mend_ocr_words("Tota l revenues") == "Total revenues"
    assert mend_ocr_words("Product sa1es, net") == "Product sales, net"
    # A word another label of the same statement prints.
    assert mend_ocr_words("Deferred renta1s", frozenset({"rentals"})) == "Deferred rentals"
    assert mend_ocr_words("Deferred renta1s") == "Deferred renta1s"
    # Two words of their own are never joined; a figure is never a word.
    for label in ("Other income", "Pre paid expenses", "Net loss per share", "Loss 1055"):
        assert mend_ocr_words(label) == label


# ---------------------------------------------------------------------------------------------
# 4. Headers counting weeks


def test_columns_headed_by_weeks_are_read_exactly() -> None:
    # L139-143 "Thirteen Weeks Ended   Fifty-Two Weeks Ended" over "September 27, September 29,
    # September 27, September 29," over "2008 2007 2008 2007": fiscal 2008 ended Saturday,
    # September 27, 2008, fiscal 2007 Saturday, September 29, 2007.
    facts, notes = _read(HALLOWAY)
    assert not [n for n in notes if "do not give" in n.reason]
    assert _values(facts, "Revenues") == {
        "2008-06-29--2008-09-27": Decimal(16708000),
        "2007-07-01--2007-09-29": Decimal(11640000),
        "2007-09-30--2008-09-27": Decimal(60127000),
        "2006-10-01--2007-09-29": Decimal(46905000),
    }
    assert _values(facts, "NetIncomeLoss") == {
        "2008-06-29--2008-09-27": Decimal(-3025000),
        "2007-07-01--2007-09-29": Decimal(-4502000),
        "2007-09-30--2008-09-27": Decimal(-13915000),
        "2006-10-01--2007-09-29": Decimal(-14481000),
    }


def test_week_lengths_in_words_and_figures() -> None:
    header = [
        "13 Weeks Ended   53 Weeks Ended",
        "October 3, 2009  September 27, 2008  October 3, 2009  September 27, 2008",
    ]
    assert duration_columns(header, 4) == [
        Period(start=dt.date(2009, 7, 5), end=dt.date(2009, 10, 3)),
        Period(start=dt.date(2008, 6, 29), end=dt.date(2008, 9, 27)),
        Period(start=dt.date(2008, 9, 28), end=dt.date(2009, 10, 3)),
        Period(start=dt.date(2007, 9, 23), end=dt.date(2008, 9, 27)),
    ]
    header = ["Fourteen Weeks Ended", "January 3, 2010   December 28, 2008"]
    assert duration_columns(header, 2) == [
        Period(start=dt.date(2009, 9, 28), end=dt.date(2010, 1, 3)),
        Period(start=dt.date(2008, 9, 22), end=dt.date(2008, 12, 28)),
    ]
    assert is_header_fragment("Thirteen Weeks Ended      Fifty-Two Weeks Ended")
    # One day printed over two years: the earlier year's end is not printed.
    assert duration_columns(["Thirteen Weeks Ended September 27,", "2008   2007"], 2) is None


#: A statement counting weeks that prints one end date over both years.
ONE_DATE_OVER_YEARS = """\
                CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS
                   (in thousands, except per share amounts)

                                      Thirteen Weeks Ended
                                        September 27,
                                   ------------------------
                                       2008         2007
                                   -----------  -----------
Total revenues                        16,708       11,640
Net loss                             (3,025)      (4,502)
"""


def test_weeks_over_one_printed_date_are_declined_saying_why() -> None:
    facts, notes = statement_facts_of_text("weeks-one-date.txt", ONE_DATE_OVER_YEARS)
    assert not facts
    (note,) = [n.reason for n in notes if "do not give 2 periods" in n.reason]
    assert "count weeks and print one end date over several years" in note
    assert "Thirteen Weeks Ended / September 27," in note


# ---------------------------------------------------------------------------------------------
# 5. Prose naming a balance sheet


def test_a_wrapped_quote_opening_with_balance_sheet_is_no_title() -> None:
    # L35-37 '… "Our strong' / 'balance sheet allows us to fund the completion of the Flurizan
    # program while' / 'continuing to invest in our oncology pipeline."'
    doc = read_document(FOLDER / MYRIAD)
    facts, notes = statement_facts_and_notes(list(run(doc)))
    assert not [n for n in notes if "balance sheet allows" in n.reason]
    assert not {36, 37, 41, 42} & statement_lines(doc)
    # The statements below (their own titles, L113 and L147) are read.
    assert {f.statement for f in facts} == {"IncomeStatement", "BalanceSheet"}


#: A line of prose opening with a capital "Balance sheet", wrapped, with figures in the lines after it.
BALANCE_SHEET_IN_PROSE = """\
Orrin Labs Reports Fourth Quarter Results

DENVER, March 2, 2010 -- Orrin Labs, Inc. (Nasdaq: ORLB) today reported its results.

Balance sheet strength lets us fund our programs into 2012, said the
Chief Financial Officer. Orrin ended the year with cash of
$40.1 million, compared with $45.3 million a year earlier.
"""


def test_a_capitalised_line_of_prose_naming_a_balance_sheet_is_no_title() -> None:
    doc = text_document("orrin-prose.txt", BALANCE_SHEET_IN_PROSE)
    facts, notes = statement_facts_and_notes(list(run(doc)))
    assert not facts
    assert not [n for n in notes if "column headers" in n.reason]
    assert not {5, 6, 7} & statement_lines(doc)


# ---------------------------------------------------------------------------------------------
# 6. Per-share rows under a heading without a colon, and after a rule


def test_basic_and_diluted_rows_under_a_heading_without_a_colon() -> None:
    # L227-234 "INCOME PER COMMON SHARE" / "Basic  $ 0.40  $ 0.22" / "Diluted  $ 0.40  $ 0.22" /
    # "WEIGHTED AVERAGE NUMBER OF COMMON SHARES" / "Basic 45,121,370 …" / "Diluted 45,498,207 …".
    facts, notes = _read(AXCAN)
    q1_07, q1_06 = "2006-10-01--2006-12-31", "2005-10-01--2005-12-31"
    assert _values(facts, "EarningsPerShareBasic") == {q1_07: Decimal("0.40"), q1_06: Decimal("0.22")}
    assert _values(facts, "EarningsPerShareDiluted") == {q1_07: Decimal("0.40"), q1_06: Decimal("0.22")}
    assert _values(facts, "weighted-average-number-of-common-shares-diluted") == {
        q1_07: Decimal(45498207),
        q1_06: Decimal(45997412),
    }
    assert not [n for n in notes if "qualifies no heading" in n.reason]


def test_a_diluted_row_after_a_rule_keeps_its_heading() -> None:
    # L175-179 "Earnings per common share:" / "Basic  $ 0.25 …" / "========" / "Diluted  $ 0.25 …".
    facts, notes = _read(ENZON)
    assert _values(facts, "EarningsPerShareDiluted") == {
        "2003-10-01--2003-12-31": Decimal("0.25"),
        "2002-10-01--2002-12-31": Decimal("0.19"),
        "2003-07-01--2003-12-31": Decimal("0.51"),
        "2002-07-01--2002-12-31": Decimal("0.26"),
    }
    assert _values(facts, "EarningsPerShareBasic")["2003-07-01--2003-12-31"] == Decimal("0.52")
    assert not [n for n in notes if "qualifies no heading" in n.reason]


def test_per_share_labels_without_net() -> None:
    table = concept_table()
    for label, name in (
        ("Income per common share Basic", "EarningsPerShareBasic"),
        ("Earnings per share - diluted", "EarningsPerShareDiluted"),
        ("Basic earnings per share", "EarningsPerShareBasic"),
        ("Loss per share, basic and diluted", "EarningsPerShareBasicAndDiluted"),
    ):
        found = table.match(label)
        assert found is not None and found.name == name, label
    # Neither basic nor diluted said, or another result's amount per share: no concept.
    for label in ("Income per share", "Income from continuing operations per share, basic"):
        assert table.match(label) is None


# ---------------------------------------------------------------------------------------------
# 7. "Total operating costs and expenses"


def test_total_operating_costs_and_expenses_is_operating_expenses() -> None:
    # L133 "Total operating costs and expenses  34,422  35,374  131,363  144,008": revenues
    # 25,113 - 34,422 = -9,309, the loss from operations; no cost of sales among its lines.
    facts, _ = _read(ALNYLAM)
    assert _labels(facts, "OperatingExpenses") == {"Total operating costs and expenses"}
    assert _values(facts, "OperatingExpenses") == {
        "2008-10-01--2008-12-31": Decimal(34422000),
        "2007-10-01--2007-12-31": Decimal(35374000),
        "2008-01-01--2008-12-31": Decimal(131363000),
        "2007-01-01--2007-12-31": Decimal(144008000),
    }
