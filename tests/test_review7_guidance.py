"""Guidance printed as a list under a lead-in of expectation, per-share guidance, and prose figures that
are no reported facts: a figure of a date after the filing's date of report, or an item of such a list.

"The Company now expects:" over "· revenues of between $19 million and $21 million;" … "· cash and
marketable securities of $170 million to $174 million at June 30, 2011." is the FY2011 outlook: each
item is read as the end of the lead-in's sentence (``guidance.expectation_lists``), and the prose
reader states none of its figures as a reported balance. Fixtures in tests/reviewed_releases/
(ImmunoGen FY2011 Q3, Seattle Genetics 2011 Q3, Calder FY2009 Q4); the small releases are written
here. Each expected value is read off the release's own words.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from conftest import text_document as _doc

from kg.corpus import Document, read_document
from kg.extractors.financials import run as financials
from kg.extractors.financials.guidance import expectation_lists, extract_guidance
from kg.model import FinancialFact, Guidance, Skipped

FOLDER = Path(__file__).parent / "reviewed_releases"

Row = tuple[str, str, str, str, str]

#: single/guidance_bullet_min of the review: one item under the lead-in.
BULLET = (
    "BOSTON, April 28, 2011 -- Kestrel Biologics, Inc. (Nasdaq: KSTL) today reported\n"
    "results for the quarter ended March 31, 2011.\n\n"
    "For fiscal 2011, the Company now expects:\n\n"
    "-  cash and marketable securities of $170 million to $174 million at June 30, 2011.\n"
)


def _guidance(doc: Document) -> set[Row]:
    return {(g.concept, g.period.key, str(g.low), str(g.high), g.unit) for g in extract_guidance(doc)}


def _facts(doc: Document) -> set[tuple[str, str, str]]:
    return {(f.concept, f.period.key, str(f.value)) for f in financials(doc) if isinstance(f, FinancialFact)}


def test_an_item_under_a_lead_in_of_expectation_is_guidance_not_a_reported_balance() -> None:
    doc = _doc("release.txt", BULLET)
    assert _guidance(doc) == {
        ("CashCashEquivalentsAndMarketableSecurities", "2011-06-30", "170000000", "174000000", "USD")
    }
    assert not [f for f in _facts(doc) if f[1] == "2011-06-30"]


def test_each_item_of_a_bulleted_outlook_is_read_for_the_year_its_paragraph_names() -> None:
    """ "ImmunoGen has updated its financial guidance for fiscal 2011, the year ending June 30, 2011.
    The Company now expects:" over five bullets (lines 73-81)."""
    doc = read_document(FOLDER / "immunogen_fy2011_q3.htm")
    fy2011 = "2010-07-01--2011-06-30"
    assert _guidance(doc) == {
        ("Revenues", fy2011, "19000000", "21000000", "USD"),
        ("OperatingExpenses", fy2011, "88000000", "90000000", "USD"),
        ("NetIncomeLoss", fy2011, "-70000000", "-68000000", "USD"),
        # "…, or $0.89 to $0.92 per share": the per-share figure of the net loss, as a loss.
        ("EarningsPerShareBasicAndDiluted", fy2011, "-0.92", "-0.89", "USDPerShare"),
        ("NetCashProvidedByUsedInOperatingActivities", fy2011, "-65000000", "-62000000", "USD"),
        ("CashCashEquivalentsAndMarketableSecurities", "2011-06-30", "170000000", "174000000", "USD"),
    }
    lines = sorted(g.evidence[0].line for g in extract_guidance(doc))
    assert lines == [73, 75, 77, 77, 79, 81]
    # No figure of the outlook is a reported fact (the report date is April 28, 2011).
    facts = _facts(doc)
    assert not [f for f in facts if f[1] in (fy2011, "2011-06-30")]
    # The balance held at the date of the quarter reported is read (balance sheet, line 123).
    assert ("CashCashEquivalentsAndMarketableSecurities", "2011-03-31", "189412000") in facts


def test_the_lead_in_and_items_are_found_as_printed() -> None:
    doc = read_document(FOLDER / "immunogen_fy2011_q3.htm")
    (found,) = expectation_lists(doc)
    assert doc.text[found.lead_start : found.lead_end] == "The Company now expects:"
    assert [doc.text[s:e] for s, e in found.items] == [
        "revenues of between $19 million and $21 million;",
        "operating expenses of between $88 million and $90 million;",
        "a net loss of between $68 million and $70 million, or $0.89 to $0.92 per share;",
        "net cash used in operating activities of between $62 million and $65 million; and",
        "cash and marketable securities of $170 million to $174 million at June 30, 2011.",
    ]


def test_a_list_under_words_of_what_happened_is_no_outlook() -> None:
    """ "As expected, the Company reported:" introduces results, not expectations."""
    text = BULLET.replace("For fiscal 2011, the Company now expects:", "As expected, the Company reported:")
    doc = _doc("release.txt", text)
    assert expectation_lists(doc) == []
    assert _guidance(doc) == set()


def test_a_prose_figure_of_a_date_after_the_report_date_is_not_read() -> None:
    """A balance "at June 30, 2011" in a release dated April 28, 2011 cannot be a reported one."""
    text = (
        "BOSTON, April 28, 2011 -- Kestrel Biologics, Inc. (Nasdaq: KSTL) today reported\n"
        "results for the quarter ended March 31, 2011.\n\n"
        "Cash and marketable securities were $181.2 million at March 31, 2011, and will be\n"
        "$170.0 million at June 30, 2011 under the lease terms.\n\n"
        "Cash and marketable securities totaled $170.0 million at June 30, 2011, compared to\n"
        "$181.2 million at March 31, 2011.\n"
    )
    doc = _doc("release.txt", text)
    produced = list(financials(doc))
    facts = {(f.concept, f.period.key, str(f.value)) for f in produced if isinstance(f, FinancialFact)}
    assert ("CashCashEquivalentsAndMarketableSecurities", "2011-03-31", "181200000") in facts
    assert not [f for f in facts if f[1] == "2011-06-30"]
    reasons = [s.reason for s in produced if isinstance(s, Skipped)]
    assert (
        "a figure of a date after the filing's date of report is no reported one: '$170.0 million'" in reasons
    )


def test_year_end_cash_named_as_cash_equivalents_and_investments_is_guidance() -> None:
    """ "The company expects to end 2011 with $340 million to $350 million in cash, cash equivalents
    and investments." (line 39): the balance concepts.ttl labels so. The collaboration revenues and
    SG&A of the same sentence name no concept of the vocabulary and stay unread."""
    doc = read_document(FOLDER / "sgen_2011q3_ex991.htm")
    assert _guidance(doc) == {
        ("ResearchAndDevelopmentExpense", "2011-01-01--2011-12-31", "170000000", "180000000", "USD"),
        ("CashCashEquivalentsAndMarketableSecurities", "2011-12-31", "340000000", "350000000", "USD"),
    }


def test_diluted_earnings_per_share_guidance() -> None:
    """ "For fiscal 2010, ending September 30, 2010, the Company expects total revenues of $235 million
    to $245 million and diluted earnings per share of $0.58 to $0.64." (lines 44-46)"""
    doc = read_document(FOLDER / "calder_fy2009_q4.txt")
    fy2010 = "2009-10-01--2010-09-30"
    assert _guidance(doc) == {
        ("Revenues", fy2010, "235000000", "245000000", "USD"),
        ("EarningsPerShareDiluted", fy2010, "0.58", "0.64", "USDPerShare"),
        ("ResearchAndDevelopmentExpense", fy2010, "75000000", "80000000", "USD"),
    }
    (eps,) = [g for g in extract_guidance(doc) if g.unit == "USDPerShare"]
    assert isinstance(eps, Guidance) and eps.label == "diluted earnings per share"
    assert (eps.low, eps.high) == (Decimal("0.58"), Decimal("0.64"))


def test_per_share_guidance_of_another_measure_or_an_earlier_word_is_not_read() -> None:
    base = (
        "BOSTON, April 28, 2011 -- Kestrel Biologics, Inc. (Nasdaq: KSTL) today reported\n"
        "results for the quarter ended March 31, 2011.\n\n"
    )
    for sentence in (
        "For fiscal 2011, the Company expects non-GAAP diluted earnings per share of $0.58 to $0.64.\n",
        "For fiscal 2011, the Company previously expected diluted earnings per share of $0.58 to $0.64.\n",
        "The Company expects diluted earnings per share of $0.10 to $0.12 for the fourth quarter of 2011.\n",
    ):
        assert not [g for g in _guidance(_doc("release.txt", base + sentence)) if g[4] == "USDPerShare"], (
            sentence
        )
