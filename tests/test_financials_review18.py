"""Financials, reviews 18 to 21: statement labels broken over lines, a label's dash, bare labels,
titles OCR printed with digits among capitals, scale words OCR split, and guidance for "the fiscal
year".

1. A label-only line opening with a word in brackets in small letters ("(loss) per share:") runs on
   from the label-only line above it ("Shares used in computing net income"), as one opening with
   a small letter does: the rows under it count shares. A heading broken so that its second half
   opens a line of its own under a line counting shares names no per-share figure.
2. A lone dash one space after a label's words, standing left of every figure of the line below
   that runs the label on ("NET LOSS PER COMMON SHARE -" over "BASIC AND DILUTED  $ (0.33) …"), is
   the label's dash, not a nil figure: a nil figure stands in a column.
3. "Other, net" names nothing by itself: it carries its heading ("OTHER INCOME (EXPENSE): Other, net").
4. A title OCR printed with "0" for "O" among capitals ("STATEMENTS 0F OPERATI0NS") or before a
   small letter ("Statements 0f Operations") names its statement.
5. A scale word OCR split in two ("$6.7 mil lion") is the scale word.
6. "the fiscal year" in guidance is the filing's own fiscal year when the paragraph names no other.
7. Notes on rows not read keep their figures whole.
8. Whether a label's lone dash is the label's or a nil figure: the label's when the line below runs
   the label on, wherever the dash ends, unless it stands in a column of the statement's figures
   (right-aligned with them); a dash over a label of its own is a nil figure.
9. A line under a label counting shares left open ("… used in computing") counts shares, so does a
   heading counting shares broken before "PER SHARE:"; a line read as a per-share figure printing
   whole thousands beside another of the same concept in cents is declined.
10. A title word OCR printed with a digit is read as whichever letter makes a title word
   ("Operat1ons", "BA1ANCE").

The releases are the reviewers' cases (companies' statements as printed, cut short).
"""

from __future__ import annotations

from decimal import Decimal

from conftest import statement_facts_of_text, values_by_period

from kg.corpus import document_from_bytes
from kg.extractors.financials import run
from kg.model import FinancialFact, Guidance, Skipped

Q3_02, Q3_01 = "2002-01-01--2002-03-31", "2001-01-01--2001-03-31"
M9_02, M9_01 = "2001-07-01--2002-03-31", "2000-07-01--2001-03-31"


def _all_facts(name: str, text: str) -> list[object]:
    """Everything the financials extractor states or notes of a release ``text``."""
    return list(run(document_from_bytes(name, text.encode("utf-8"))))


# ---------------------------------------------------------------------------------------------
# 1. "Shares used in computing net income" / "(loss) per share:" over "Basic" and "Diluted"

SHARES_UNDER_TWO_LINES = """\
IMMUNOGEN, INC. REPORTS THIRD QUARTER FISCAL 2002 RESULTS

CAMBRIDGE, MA, April 23, 2002 -- ImmunoGen, Inc. (Nasdaq: IMGN) today reported
financial results for the three months ended March 31, 2002.

                                IMMUNOGEN, INC.
                 (in thousands, except per share amounts)

                CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS
                                  (Unaudited)

                                      Three Months Ended      Nine Months Ended
                                           March 31,               March 31,
                                       2002        2001        2002        2001
                                     --------    --------    --------    --------
Total revenues                          2,666       2,755       5,815       6,957
Total expenses                          5,630       3,806      14,440      11,092
Net income (loss)                    $ (1,562)   $    932    $ (3,484)   $  1,713

Net income (loss) per share, basic and diluted  $  (0.04)   $   0.02    $  (0.09)   $   0.05

Shares used in computing net income
(loss) per share:
  Basic                                40,212      38,965      39,871      37,884
  Diluted                              40,212      40,874      39,871      40,102
"""


def _per_share_facts(facts: tuple[FinancialFact, ...]) -> list[FinancialFact]:
    return [f for f in facts if f.unit == "USDPerShare"]


def test_a_bracketed_word_in_small_letters_runs_a_share_count_label_on() -> None:
    facts, _ = statement_facts_of_text("immunogen_fy2002_q3_shares.txt", SHARES_UNDER_TWO_LINES)
    # Only the per-share line is a per-share figure; the share counts are no EPS.
    assert {f.concept for f in _per_share_facts(facts)} == {"EarningsPerShareBasicAndDiluted"}
    assert values_by_period(facts, "EarningsPerShareBasicAndDiluted") == {
        Q3_02: Decimal("-0.04"),
        Q3_01: Decimal("0.02"),
        M9_02: Decimal("-0.09"),
        M9_01: Decimal("0.05"),
    }
    counts = {f.label: f for f in facts if f.unit == "Shares" and f.period.key == Q3_02}
    assert {label: f.value for label, f in counts.items()} == {
        "Shares used in computing net income (loss) per share Basic": Decimal(40212000),
        "Shares used in computing net income (loss) per share Diluted": Decimal(40212000),
    }


def test_a_heading_in_two_halves_under_a_share_count_names_no_per_share_figure() -> None:
    # The second half opens with a capital in brackets: not run on, and yet no per-share heading
    # of its own: its rows are declined, never stated as EPS.
    text = SHARES_UNDER_TWO_LINES.replace("(loss) per share:", "(Loss) per share:")
    facts, notes = statement_facts_of_text("immunogen_fy2002_q3_capital.txt", text)
    assert {f.concept for f in _per_share_facts(facts)} == {"EarningsPerShareBasicAndDiluted"}
    assert not [f for f in facts if f.value == Decimal(40212) or f.value == Decimal(40212000)]
    assert [n for n in notes if "count" in n.reason and "Basic" in n.reason]


def test_a_bracketed_word_in_small_letters_runs_on_a_label_with_figures() -> None:
    text = SHARES_UNDER_TWO_LINES.replace(
        "Net income (loss)                    $ (1,562)",
        "Net income\n(loss)                               $ (1,562)",
    )
    facts, _ = statement_facts_of_text("immunogen_fy2002_q3_net.txt", text)
    assert values_by_period(facts, "NetIncomeLoss") == {
        Q3_02: Decimal(-1562000),
        Q3_01: Decimal(932000),
        M9_02: Decimal(-3484000),
        M9_01: Decimal(1713000),
    }


# ---------------------------------------------------------------------------------------------
# 2. A label's dash over a line in capitals

GENTA_EPS = """\
BERKELEY HEIGHTS, NJ - November 4, 2003 - Genta Incorporated (NASDAQ: GNTA) today
reported financial results for the third quarter ended September 30, 2003. Genta
reported a net loss of $25.5 million, or $0.33 per share, for the third quarter of 2003.

                CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS
                    (In thousands, except per share data)

                                     THREE MONTHS ENDED         NINE MONTHS ENDED
                                       SEPTEMBER 30,              SEPTEMBER 30,
                                     2003         2002         2003         2002
NET LOSS                           $(25,479)    $(19,941)    $(72,450)    $(57,623)

NET LOSS PER COMMON SHARE -
  BASIC AND DILUTED                $  (0.33)    $  (0.30)    $  (0.95)    $  (0.88)
"""

Q3_03, Q3_02C = "2003-07-01--2003-09-30", "2002-07-01--2002-09-30"
M9_03, M9_02C = "2003-01-01--2003-09-30", "2002-01-01--2002-09-30"


def test_a_dash_closing_a_label_over_a_line_in_capitals_is_no_zero() -> None:
    out = _all_facts("genta_2003q3_eps.txt", GENTA_EPS)
    facts = [f for f in out if isinstance(f, FinancialFact)]
    eps = {(f.period.key, f.value) for f in facts if f.unit == "USDPerShare"}
    assert eps == {
        (Q3_03, Decimal("-0.33")),
        (Q3_02C, Decimal("-0.30")),
        (M9_03, Decimal("-0.95")),
        (M9_02C, Decimal("-0.88")),
    }
    assert {f.concept for f in facts if f.unit == "USDPerShare"} == {"EarningsPerShareBasicAndDiluted"}
    assert not [f for f in facts if any(e.quote == "-" for e in f.evidence)]


def test_a_nil_dash_one_space_after_a_label_standing_in_the_column_is_still_a_zero() -> None:
    # A one-column statement printed one space apart: the dash stands where the figures below do.
    text = """\
BERKELEY HEIGHTS, NJ - November 4, 2003 - Genta Incorporated (NASDAQ: GNTA) today
reported financial results for the third quarter ended September 30, 2003.

                CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS
                    (In thousands, except per share data)
                                     THREE MONTHS ENDED SEPTEMBER 30, 2003
Loss before taxes (25,479)
Income tax expense -
Net loss (25,479)
"""
    facts, _ = statement_facts_of_text("genta_2003q3_tax.txt", text)
    assert values_by_period(facts, "IncomeTaxExpenseBenefit") == {Q3_03: Decimal(0)}


#: The opening of Genta's release and its statement's column headers, shared by the Genta tests below.
GENTA_TOP = """\
BERKELEY HEIGHTS, NJ - November 4, 2003 - Genta Incorporated (NASDAQ: GNTA) today
reported financial results for the third quarter ended September 30, 2003.

                CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS
                    (In thousands, except per share data)

                                     THREE MONTHS ENDED         NINE MONTHS ENDED
                                       SEPTEMBER 30,              SEPTEMBER 30,
                                     2003         2002         2003         2002
"""


# ---------------------------------------------------------------------------------------------
# 3. "Other, net" under its heading

GENTA_OTHER = (
    GENTA_TOP
    + """\
LOSS FROM OPERATIONS                (25,681)     (20,420)     (73,252)     (59,300)
OTHER INCOME (EXPENSE):
  Interest income                       214          471          839        1,655
  Other, net                            (12)           8          (37)          22
NET LOSS                           $(25,479)    $(19,941)    $(72,450)    $(57,623)
"""
)


def test_other_net_carries_its_heading() -> None:
    facts, _ = statement_facts_of_text("genta_2003q3_other.txt", GENTA_OTHER)
    assert not [f for f in facts if f.concept == "other-net"]
    (concept,) = {f.concept for f in facts if f.label.endswith("Other, net")}
    assert concept.startswith("other-income-expense") and concept.endswith("other-net")
    assert values_by_period(facts, concept) == {
        Q3_03: Decimal(-12000),
        Q3_02C: Decimal(8000),
        M9_03: Decimal(-37000),
        M9_02C: Decimal(22000),
    }


def test_other_net_under_no_heading_is_not_stated() -> None:
    text = GENTA_OTHER.replace("OTHER INCOME (EXPENSE):\n", "").replace("  Other, net", "Other, net  ")
    facts, notes = statement_facts_of_text("genta_2003q3_other_alone.txt", text)
    assert not [f for f in facts if "other-net" in f.concept]
    assert [n for n in notes if "Other, net" in n.reason]


# ---------------------------------------------------------------------------------------------
# 4. Titles OCR printed with digits among capitals

IMMUNOGEN_TITLE = """\
ImmunoGen, Inc. Reports Fourth Quarter and Fiscal Year 2004 Financial Results

CAMBRIDGE, MA, August 12, 2004 - ImmunoGen, Inc. (Nasdaq: IMGN) today reported financial
results for the fourth quarter and fiscal year ended June 30, 2004.

                              IMMUNOGEN, INC.
                  CONDENSED CONSOLIDATED STATEMENTS 0F OPERATIONS
                   (in thousands, except per share amounts)

                                      Three Months Ended          Year Ended
                                           June 30,                 June 30,
                                        2004       2003        2004        2003
Revenues:
  Research and development support    $ 4,387    $   612     $ 12,912    $  3,106
  Development fees                      5,989        694       13,079       4,490
     Total revenues                    10,376      1,306       25,991       7,596
Expenses:
  Research and development              8,121      5,112       31,505      24,775
  General and administrative            1,772      1,512        6,702       6,017
     Total expenses                     9,893      6,624       38,207      30,792
Net income (loss)                     $   483    $(5,318)    $(12,216)   $(23,196)
"""

Q4_04, FY_04 = "2004-04-01--2004-06-30", "2003-07-01--2004-06-30"


def test_a_title_with_a_zero_for_an_o_among_capitals_names_its_statement() -> None:
    for title in (
        "STATEMENTS 0F OPERATIONS",
        "STATEMENTS 0F OPERATI0NS",
        "STATEMENTS OF 0PERATIONS",
        "Statements 0f Operations",
        "STATEMENTS OF OPERAT1ONS",
    ):
        text = IMMUNOGEN_TITLE.replace("STATEMENTS 0F OPERATIONS", title)
        facts, notes = statement_facts_of_text(f"immunogen_fy2004_q4_{title}.txt", text)
        assert values_by_period(facts, "NetIncomeLoss") == {
            Q4_04: Decimal(483000),
            "2003-04-01--2003-06-30": Decimal(-5318000),
            FY_04: Decimal(-12216000),
            "2002-07-01--2003-06-30": Decimal(-23196000),
        }, title
        assert values_by_period(facts, "GeneralAndAdministrativeExpense")[Q4_04] == Decimal(1772000)
        assert len(facts) == 28, title
        assert not [n for n in notes if "outside any statement" in n.reason], title


# ---------------------------------------------------------------------------------------------
# 5. Scale words OCR split in two

IMMUNOGEN_PROSE = """\
ImmunoGen, Inc. Reports Fourth Quarter and Fiscal Year 2004 Financial Results

CAMBRIDGE, MA, August 12, 2004 - ImmunoGen, Inc. (Nasdaq: IMGN) today reported financial
results for the fourth quarter and fiscal year ended June 30, 2004.

General and administrative expenses were $6.7 {scale} for fiscal 2004, compared to
$6.0 million for fiscal 2003.
"""


def _prose(text: str) -> dict[tuple[str, str], Decimal]:
    return {
        (f.concept, f.period.key): f.value
        for f in _all_facts("release.txt", text)
        if isinstance(f, FinancialFact) and f.statement == "Narrative"
    }


def test_a_scale_word_split_in_two_is_the_scale_word() -> None:
    for scale in ("mil lion", "mi1 lion", "milli on"):
        assert _prose(IMMUNOGEN_PROSE.format(scale=scale)) == {
            ("GeneralAndAdministrativeExpense", FY_04): Decimal(6700000),
            ("GeneralAndAdministrativeExpense", "2002-07-01--2003-06-30"): Decimal(6000000),
        }, scale


def test_two_words_that_are_no_split_scale_word_give_no_scale() -> None:
    found = _prose(IMMUNOGEN_PROSE.format(scale="mil lions"))
    assert ("GeneralAndAdministrativeExpense", FY_04) not in found


# ---------------------------------------------------------------------------------------------
# 7. Notes keep a row's figures whole


def test_a_note_on_a_row_not_read_cuts_no_figure() -> None:
    text = IMMUNOGEN_TITLE.replace("STATEMENTS 0F OPERATIONS", "FINANCIAL SUMMARY") + (
        "\n\n\nIncome (loss) from operations             483     (5,318))    (12,216))   (23,196))\n"
    )
    notes = [f for f in _all_facts("immunogen_fy2004_q4_note.txt", text) if isinstance(f, Skipped)]
    (note,) = [n for n in notes if "Income (loss) from operations" in n.reason]
    assert "(23,196))" in note.reason


# ---------------------------------------------------------------------------------------------
# 6. "to end the fiscal year with" a balance

GUIDANCE = """\
ImmunoGen, Inc. Reports Second Quarter Fiscal Year 2007 Financial Results

CAMBRIDGE, Mass., January 29, 2007 - ImmunoGen, Inc. (Nasdaq: IMGN) today reported financial
results for the three and six months ended December 31, 2006.

{paragraph}
"""

FY07_GUIDANCE = """\
ImmunoGen reiterates its financial guidance for its fiscal year ending June 30, 2007. The Company
expects revenues of between $30 million and $34 million and a net loss of between $24 million
and $28 million. ImmunoGen expects to end the fiscal year with approximately $52 million to $56
million in cash and marketable securities."""

CASH = "CashCashEquivalentsAndMarketableSecurities"


def _guidance(text: str) -> set[tuple[str, str, Decimal, Decimal]]:
    """(concept, period key, low, high) of the guidance a release of ``text`` gives."""
    return {
        (g.concept, g.period.key, g.low, g.high)
        for g in _all_facts("release.txt", text)
        if isinstance(g, Guidance)
    }


def test_the_fiscal_year_a_paragraph_names_is_the_year_a_balance_is_expected_at_the_end_of() -> None:
    found = _guidance(GUIDANCE.format(paragraph=FY07_GUIDANCE))
    assert (CASH, "2007-06-30", Decimal(52000000), Decimal(56000000)) in found
    assert ("Revenues", "2006-07-01--2007-06-30", Decimal(30000000), Decimal(34000000)) in found


def test_the_fiscal_year_is_no_year_when_the_paragraph_names_none() -> None:
    paragraph = (
        "ImmunoGen expects to end the fiscal year with approximately $52 million to $56\n"
        "million in cash and marketable securities."
    )
    assert not [g for g in _guidance(GUIDANCE.format(paragraph=paragraph)) if g[0] == CASH]


def test_the_fiscal_year_is_no_year_when_the_paragraph_names_one_not_in_progress() -> None:
    # The year the paragraph names is not the one the release is dated in: which one "the fiscal
    # year" is, the words do not say.
    paragraph = FY07_GUIDANCE.replace("June 30, 2007", "June 30, 2008")
    found = _guidance(GUIDANCE.format(paragraph=paragraph))
    assert ("Revenues", "2007-07-01--2008-06-30", Decimal(30000000), Decimal(34000000)) in found
    assert not [g for g in found if g[0] == CASH]


# ---------------------------------------------------------------------------------------------
# 8. A label's dash placed by the statement's columns, not by the line below alone

GENTA_HEAD = (
    GENTA_TOP
    + """\
NET LOSS                           $(25,479)    $(19,941)    $(72,450)    $(57,623)

"""
)

GENTA_EPS_VALUES = {
    Q3_03: Decimal("-0.33"),
    Q3_02C: Decimal("-0.30"),
    M9_03: Decimal("-0.95"),
    M9_02C: Decimal("-0.88"),
}
GENTA_SHARE_COUNTS = {
    Q3_03: Decimal(77210000),
    Q3_02C: Decimal(66312000),
    M9_03: Decimal(76190000),
    M9_02C: Decimal(65480000),
}


def test_a_label_s_dash_ending_right_of_the_dollar_sign_below_is_the_label_s() -> None:
    # The dash ends one column right of the "$" of the figures below: under no column of the
    # statement's figures (which end four columns further right), so the label's.
    text = GENTA_HEAD + (
        "NET LOSS PER SHARE OF COMMON STOCK -\n"
        "  BASIC AND DILUTED                $  (0.33)    $  (0.30)    $  (0.95)    $  (0.88)\n"
    )
    facts, _ = statement_facts_of_text("genta_2003q3_long_eps.txt", text)
    assert values_by_period(facts, "EarningsPerShareBasicAndDiluted") == GENTA_EPS_VALUES
    assert not [f for f in facts if any(e.quote == "-" for e in f.evidence)]


def test_a_share_count_label_s_dash_over_its_figures_is_the_label_s() -> None:
    # The dash ends where the counts below start: still under no column of figures.
    text = GENTA_HEAD + (
        "WEIGHTED AVERAGE SHARES OUTSTANDING -\n"
        "  BASIC AND DILUTED                  77,210       66,312       76,190       65,480\n"
        "\n"
        "NET LOSS PER COMMON SHARE -\n"
        "  BASIC AND DILUTED                $  (0.33)    $  (0.30)    $  (0.95)    $  (0.88)\n"
    )
    facts, _ = statement_facts_of_text("genta_2003q3_shares_dash.txt", text)
    assert values_by_period(facts, "WeightedAverageSharesBasicAndDiluted") == GENTA_SHARE_COUNTS
    assert values_by_period(facts, "EarningsPerShareBasicAndDiluted") == GENTA_EPS_VALUES
    assert not [f for f in facts if f.value == 0]


def test_a_dash_standing_in_a_column_of_figures_is_a_nil_over_a_line_in_small_letters() -> None:
    # A statement printed in small letters: the line under the dash opens with a small letter, yet
    # the dash ends where the first column's figures end: a nil figure of that column.
    text = GENTA_HEAD.replace("NET LOSS  ", "net loss  ") + (
        "cumulative effect of change in accounting -\n"
        "net loss per share                 $  (0.33)    $  (0.30)    $  (0.95)    $  (0.88)\n"
    )
    facts, _ = statement_facts_of_text("genta_2003q3_small.txt", text)
    assert values_by_period(facts, "cumulative-effect-of-change-in-accounting") == {Q3_03: Decimal(0)}
    assert values_by_period(facts, "EarningsPerShareBasicAndDiluted") == GENTA_EPS_VALUES


def test_a_nil_dash_over_a_label_of_its_own_is_a_zero_wherever_it_stands() -> None:
    # "Net loss" runs no label on: the dash closing the line above it is a nil figure, though it
    # stands left of the column of figures.
    text = """\
BERKELEY HEIGHTS, NJ - November 4, 2003 - Genta Incorporated (NASDAQ: GNTA) today
reported financial results for the third quarter ended September 30, 2003.

            CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS
                 (In thousands, except per share data)

                                                       Three Months Ended
                                                       September 30, 2003
                                                       ------------------
Loss before provision for income taxes                      $ (25,479)
Provision for income taxes, net of refundable credits -
Net loss                                                    $ (25,479)
Net loss per share, basic and diluted                        $  (0.33)
"""
    facts, _ = statement_facts_of_text("genta_2003q3_nil.txt", text)
    (provision,) = [f for f in facts if f.label.startswith("Provision for income taxes")]
    assert (provision.period.key, provision.value) == (Q3_03, Decimal(0))
    assert values_by_period(facts, "NetIncomeLoss") == {Q3_03: Decimal(-25479000)}


# ---------------------------------------------------------------------------------------------
# 9. Share counts under a label counting shares left open

IMMUNOGEN_COUNTS = """\
IMMUNOGEN, INC. REPORTS THIRD QUARTER FISCAL 2002 RESULTS

CAMBRIDGE, MA, April 23, 2002 -- ImmunoGen, Inc. (Nasdaq: IMGN) today reported
financial results for the three months ended March 31, 2002.

                CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS
                 (in thousands, except per share amounts)

                                      Three Months Ended      Nine Months Ended
                                           March 31,               March 31,
                                       2002        2001        2002        2001
                                     --------    --------    --------    --------
Total revenues                          2,666       2,755       5,815       6,957
Total expenses                          5,630       3,806      14,440      11,092
Net loss                             $ (2,964)   $ (1,051)   $ (8,625)   $ (4,135)

Weighted average number of common shares outstanding used in computing
Basic and diluted net loss per share   40,212      38,965      39,871      37,884
Net loss per share
(basic and diluted)                  $  (0.07)   $  (0.03)   $  (0.22)   $  (0.11)
"""

IMMUNOGEN_EPS = {
    Q3_02: Decimal("-0.07"),
    Q3_01: Decimal("-0.03"),
    M9_02: Decimal("-0.22"),
    M9_01: Decimal("-0.11"),
}


def test_a_line_under_a_share_count_left_open_counts_shares() -> None:
    facts, _ = statement_facts_of_text("immunogen_fy2002_q3_open.txt", IMMUNOGEN_COUNTS)
    assert values_by_period(facts, "EarningsPerShareBasicAndDiluted") == IMMUNOGEN_EPS
    counts = {f.period.key: f.value for f in facts if f.unit == "Shares"}
    assert counts == {
        Q3_02: Decimal(40212000),
        Q3_01: Decimal(38965000),
        M9_02: Decimal(39871000),
        M9_01: Decimal(37884000),
    }
    (label,) = {f.label for f in facts if f.unit == "Shares"}
    assert label.startswith("Weighted average number of common shares outstanding used in computing")


def test_whole_thousands_beside_a_per_share_figure_of_the_same_concept_are_no_per_share_figure() -> None:
    # The line counting shares closes with a colon: the line under it is read by its own words, an
    # EPS, but its whole thousands beside the EPS in cents below are declined.
    text = IMMUNOGEN_COUNTS.replace("used in computing\n", "used in computing\n  per share amounts:\n")
    facts, notes = statement_facts_of_text("immunogen_fy2002_q3_thousands.txt", text)
    assert values_by_period(facts, "EarningsPerShareBasicAndDiluted") == IMMUNOGEN_EPS
    assert not [f for f in facts if abs(f.value) == Decimal(40212)]
    assert [n for n in notes if "whole thousands" in n.reason and n.line == 19]


def test_a_heading_counting_shares_broken_before_per_share_heads_share_counts() -> None:
    text = GENTA_HEAD + (
        "SHARES USED IN COMPUTING NET LOSS\n"
        "PER SHARE:\n"
        "  BASIC AND DILUTED                  77,210       66,312       76,190       65,480\n"
        "NET LOSS PER SHARE:\n"
        "  BASIC AND DILUTED                $  (0.33)    $  (0.30)    $  (0.95)    $  (0.88)\n"
    )
    facts, _ = statement_facts_of_text("genta_2003q3_caps_heading.txt", text)
    assert values_by_period(facts, "WeightedAverageSharesBasicAndDiluted") == GENTA_SHARE_COUNTS
    assert values_by_period(facts, "EarningsPerShareBasicAndDiluted") == GENTA_EPS_VALUES
    assert {f.concept for f in facts if f.unit == "USDPerShare"} == {"EarningsPerShareBasicAndDiluted"}


# ---------------------------------------------------------------------------------------------
# 10. A title word with a digit read as whichever letter makes a title word

IMMUNOGEN_BALANCE = """\
ImmunoGen, Inc. Reports Fourth Quarter and Fiscal Year 2004 Financial Results

CAMBRIDGE, MA, August 12, 2004 - ImmunoGen, Inc. (Nasdaq: IMGN) today reported financial
results for the fourth quarter and fiscal year ended June 30, 2004.

                              IMMUNOGEN, INC.
                  CONSOLIDATED BALANCE SHEETS
                          (in thousands)

                                                  June 30,       June 30,
                                                    2004           2003
Cash and marketable securities                    $ 71,158       $ 80,210
Total assets                                        96,411        104,835
Total stockholders' equity                          78,301         88,019
"""


def test_a_one_for_an_i_in_small_letters_is_mended_in_a_title() -> None:
    text = IMMUNOGEN_TITLE.replace(
        "CONDENSED CONSOLIDATED STATEMENTS 0F OPERATIONS", "Consolidated Statements of Operat1ons"
    )
    facts, notes = statement_facts_of_text("immunogen_fy2004_q4_small_i.txt", text)
    assert values_by_period(facts, "NetIncomeLoss")[Q4_04] == Decimal(483000)
    assert len(facts) == 28
    assert not [n for n in notes if "outside any statement" in n.reason]


def test_a_one_for_an_l_in_capitals_is_mended_in_a_title() -> None:
    for title in ("CONSOLIDATED BA1ANCE SHEETS", "CONSOLIDATED BALANCE SHEETS"):
        text = IMMUNOGEN_BALANCE.replace("CONSOLIDATED BALANCE SHEETS", title)
        facts, _ = statement_facts_of_text("immunogen_fy2004_bs.txt", text)
        assert values_by_period(facts, "Assets") == {
            "2004-06-30": Decimal(96411000),
            "2003-06-30": Decimal(104835000),
        }, title


def test_share_count_labels_naming_common_stock_or_outstanding_shares_used_are_the_weighted_average() -> None:
    from kg.concepts import concept_table

    table = concept_table()
    for label in (
        "WEIGHTED AVERAGE SHARES OF COMMON STOCK OUTSTANDING - BASIC AND DILUTED",
        "Weighted average number of common shares outstanding used in computing basic and diluted net loss per share",
    ):
        concept = table.match(label)
        assert concept is not None and concept.name == "WeightedAverageSharesBasicAndDiluted", label
