"""Prose and guidance, review 15: a part introduced by "including", a word OCR split before "general
and administrative", period words OCR damaged, a calendar year named "the full year 2007", and
guidance lists whose items print as sentences without bullets.

A. "…, including $2.9 million of stock-based compensation expense" in a sentence about research and
   development is the share of that expense inside it, not the quarter's stock-based compensation.
B. "Sel ling, general and administrative expenses were $9.9 million": selling, general and
   administrative expenses (OCR split "Selling"), no figure of general and administrative expenses.
C. "Net loss for the fu1l year 2007 was $76.4 million": the full year 2007, not the quarter named
   in the sentence before.
D. "Incyte is reaffirming the financial guidance for 2009 …:" over sentences without bullets, each
   ending with a stop (an HTML list rendered): each is an item, of the lead-in's year; "Year-end 2009
   cash, …" is the balance at December 31, 2009.

Each release is a cut of a reviewer's release (Theravance 2006Q3, InterMune 2007Q4, Incyte 2009Q2).
"""

from __future__ import annotations

from decimal import Decimal

from kg.corpus import document_from_bytes
from kg.extractors.financials import run
from kg.model import FinancialFact, Guidance, Skipped


def _read(text: str) -> tuple[dict[tuple[str, str], Decimal], list[str], list[Guidance]]:
    """The facts of a release as (concept, period key) → value, the notes' reasons, and its guidance."""
    out = list(run(document_from_bytes("release.txt", text.encode())))
    facts = {(f.concept, f.period.key): f.value for f in out if isinstance(f, FinancialFact)}
    notes = [s.reason for s in out if isinstance(s, Skipped)]
    return facts, notes, [g for g in out if isinstance(g, Guidance)]


Q3_06, Q3_05 = "2006-07-01--2006-09-30", "2005-07-01--2005-09-30"
Q4_07, Q4_06 = "2007-10-01--2007-12-31", "2006-10-01--2006-12-31"
FY_07, FY_06 = "2007-01-01--2007-12-31", "2006-01-01--2006-12-31"

# ---------------------------------------------------------------------------------------------
# A. A part introduced by "including"

THERAVANCE = """\
SOUTH SAN FRANCISCO, Calif., Nov. 2, 2006 /PRNewswire-FirstCall/ -- Theravance, Inc. (Nasdaq: THRX) \
today reported financial results for the third quarter ended September 30, 2006.

Research and development expenses were $47.3 million in the third quarter of 2006 compared with \
$38.9 million in the third quarter of 2005. The increase was primarily due to higher external \
clinical costs associated with the telavancin Phase 3 program and higher employee-related expenses, \
including $2.9 million of stock-based compensation expense under SFAS 123R.
"""


def test_an_amount_including_part_of_a_concept_inside_another_line_is_not_its_total() -> None:
    facts, notes, _ = _read(THERAVANCE)
    assert facts == {
        ("ResearchAndDevelopmentExpense", Q3_06): Decimal(47300000),
        ("ResearchAndDevelopmentExpense", Q3_05): Decimal(38900000),
    }
    assert any(reason.startswith("the amount is the part of another item") for reason in notes)


def test_an_amount_of_a_revenue_line_that_revenues_include_is_still_read() -> None:
    # Total revenues hold all of their royalty revenue: the amount is the royalty revenue itself.
    text = THERAVANCE.split("Research and development")[0] + (
        "Total revenues were $12.0 million in the third quarter of 2006, including $8.2 million of "
        "royalty revenue.\n"
    )
    facts, _, _ = _read(text)
    assert facts[("RoyaltyRevenue", Q3_06)] == Decimal(8200000)
    assert facts[("Revenues", Q3_06)] == Decimal(12000000)


# ---------------------------------------------------------------------------------------------
# B. "Selling" split by OCR

INTERMUNE_SGA = """\
BRISBANE, Calif., Feb. 21, 2008 /PRNewswire-FirstCall/ -- InterMune, Inc.
(Nasdaq: ITMN) today reported financial results for the fourth quarter and
full year ended December 31, 2007.

Sel ling, general and administrative expenses were $9.9 million in the
fourth quarter of 2007, compared with $14.2 million in the fourth quarter
of 2006.
"""


def test_a_split_selling_before_general_and_administrative_makes_another_measure() -> None:
    facts, notes, _ = _read(INTERMUNE_SGA)
    assert facts == {}
    assert sum("another measure than GeneralAndAdministrativeExpense (Sel ling,)" in r for r in notes) == 2


# ---------------------------------------------------------------------------------------------
# C. Period words OCR damaged, and "the full year 2007"

INTERMUNE_YEAR = """\
BRISBANE, Calif., Feb. 21, 2008 /PRNewswire-FirstCall/ -- InterMune, Inc.
(Nasdaq: ITMN) today reported financial results for the fourth quarter and
full year ended December 31, 2007.

Net loss for the fourth quarter of 2007 was $20.5 million, or $0.53 per
share, compared with a net loss of $18.0 million, or $0.53 per share, in
the fourth quarter of 2006. Net loss for the fu1l year 2007 was $76.4
million, or $1.99 per share, compared with a net loss of $83.8 million, or
$2.53 per share, for 2006.
"""


def test_an_ocr_damaged_full_year_names_the_year_not_the_quarter_before() -> None:
    facts, _, _ = _read(INTERMUNE_YEAR)
    net = {period: value for (concept, period), value in facts.items() if concept == "NetIncomeLoss"}
    assert net == {
        Q4_07: Decimal(-20500000),
        Q4_06: Decimal(-18000000),
        FY_07: Decimal(-76400000),
        FY_06: Decimal(-83800000),
    }
    eps = {p: v for (c, p), v in facts.items() if c == "EarningsPerShareBasicAndDiluted"}
    assert eps[FY_07] == Decimal("-1.99")
    assert eps[FY_06] == Decimal("-2.53")


def test_the_full_year_of_a_filer_whose_year_is_not_the_calendar_year_is_not_placed() -> None:
    # A June filer's "full year 2007" may be its fiscal year 2007: no period is certain.
    text = (
        "BRISBANE, Calif., Aug. 21, 2007 /PRNewswire-FirstCall/ -- Acme, Inc. (Nasdaq: ACME) today\n"
        "reported financial results for the fourth quarter and fiscal year ended June 30, 2007.\n\n"
        "Net loss for the full year 2007 was $76.4 million.\n"
    )
    facts, notes, _ = _read(text)
    assert not any(c == "NetIncomeLoss" for c, _ in facts)
    assert any(r.startswith("no period certain for '$76.4 million'") for r in notes)


# ---------------------------------------------------------------------------------------------
# D. Guidance items printed as sentences without bullets

INCYTE = """\
WILMINGTON, Del.--(BUSINESS WIRE)--July 30, 2009--Incyte Corporation (Nasdaq: INCY) today reported \
financial results for the second quarter ended June 30, 2009.

2009 Financial Guidance

Incyte is reaffirming the financial guidance for 2009 that it provided in February:

Revenues are expected to be in the range of $8 million to $10 million.

Research and development expenses are expected to be in the range of $125 million to $135 million.

Year-end 2009 cash, cash equivalents and marketable securities are expected to be between $50 \
million and $60 million, excluding the impact of any new business development activities or financings.
"""


def test_list_items_printed_as_sentences_take_the_lead_ins_year() -> None:
    _, _, guidance = _read(INCYTE)
    assert {(g.concept, g.period.key, g.low, g.high) for g in guidance} == {
        ("Revenues", "2009-01-01--2009-12-31", Decimal(8000000), Decimal(10000000)),
        ("ResearchAndDevelopmentExpense", "2009-01-01--2009-12-31", Decimal(125000000), Decimal(135000000)),
        ("CashCashEquivalentsAndMarketableSecurities", "2009-12-31", Decimal(50000000), Decimal(60000000)),
    }


def test_a_sentence_reporting_results_after_the_items_ends_the_list() -> None:
    text = INCYTE + "\nNet loss for the second quarter was $43.9 million.\n"
    _, _, guidance = _read(text)
    assert {g.concept for g in guidance} == {
        "Revenues",
        "ResearchAndDevelopmentExpense",
        "CashCashEquivalentsAndMarketableSecurities",
    }
