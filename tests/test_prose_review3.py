"""Prose figures, guidance and fiscal calendars of releases unlike the seeds: the side of the ledger
the words put an amount on ("was an expense of $0.3 million"), lines whose label only starts with
a concept's words ("interest and other income, net"), an amount's own relative period ("$1.9
million in the year-ago quarter and $2.1 million in the fourth quarter of fiscal 2009"), fiscal
years named by the year they start in ("fiscal year 2009, the twelve months ended March 31,
2010"), 52–53-week years ("the Sunday closest to December 31"), quarters named with their year
first ("the fiscal 2009 fourth quarter") and the quarter and year a release reports.

Fixtures in tests/reviewed_releases/; each expected value is read off the fixture's own words.
"""

from __future__ import annotations

import functools
from pathlib import Path

from kg.corpus import Document, read_document
from kg.extractors import filing_metadata
from kg.extractors.financials.guidance import extract_guidance
from kg.extractors.financials.narrative import extract_narrative_facts
from kg.fiscal import document_fiscal_year_end, fiscal_year_naming, infer_fiscal_year_end, week_quarter_ends
from kg.model import FinancialFact, Relation, Skipped
from kg.periods import fiscal_label_period, period_months, prose_periods

FOLDER = Path(__file__).parent / "reviewed_releases"

NI, EPS, REV = "NetIncomeLoss", "EarningsPerShareBasicAndDiluted", "Revenues"
RD, GA, OTHER = (
    "ResearchAndDevelopmentExpense",
    "GeneralAndAdministrativeExpense",
    "NonoperatingIncomeExpense",
)

Row = tuple[str, str, str]


@functools.cache
def _doc(name: str) -> Document:
    return read_document(FOLDER / name)


@functools.cache
def _prose(name: str) -> tuple[frozenset[Row], tuple[str, ...]]:
    """(concept, period key, value) of the prose figures of a fixture, and the reasons of its notes."""
    doc = _doc(name)
    produced = list(extract_narrative_facts(doc, document_fiscal_year_end(doc)))
    facts = frozenset(
        (f.concept, f.period.key, str(f.value)) for f in produced if isinstance(f, FinancialFact)
    )
    return facts, tuple(s.reason for s in produced if isinstance(s, Skipped))


def _guidance(name: str) -> set[tuple[str, str, str, str]]:
    return {(g.concept, g.period.key, str(g.low), str(g.high)) for g in extract_guidance(_doc(name))}


def _fiscal_year_end(name: str) -> tuple[list[Relation], list[str]]:
    """The filer's fiscalYearEnd relations and the metadata notes of a fixture."""
    produced = list(filing_metadata.run(_doc(name)))
    relations = [f for f in produced if isinstance(f, Relation) and f.predicate == "fiscalYearEnd"]
    return relations, [f.reason for f in produced if isinstance(f, Skipped)]


# ---------------------------------------------------------------------------------------------
# The side of the ledger the words name, and lines a concept's words only start


def test_an_expense_of_other_income_is_negative_and_income_of_it_positive() -> None:
    facts, _ = _prose("brisa_fy2010q2_other_income.txt")
    # "Other income (expense), net for the second quarter of fiscal 2010 was an expense of $0.3
    # million, compared with income of $0.2 million for the second quarter of fiscal 2009."
    assert (OTHER, "2009-10-01--2009-12-31", "-300000") in facts
    assert (OTHER, "2008-10-01--2008-12-31", "200000") in facts
    assert (OTHER, "2009-10-01--2009-12-31", "300000") not in facts


def test_interest_and_other_income_net_is_not_interest_income() -> None:
    facts, reasons = _prose("brisa_fy2010q2_other_income.txt")
    assert not [f for f in facts if f[0] == "InterestIncome"]
    assert any("(interest and other income, net)" in r for r in reasons)
    # "Interest and other income (expense), net was an expense of $0.2 million in the fourth quarter
    # of 2009": no line the concept table knows; neither interest income nor a positive figure.
    facts, _ = _prose("aldera_2009q4.htm")
    assert not [f for f in facts if f[0] == "InterestIncome"]
    assert not [f for f in facts if f[2] in ("200000", "-200000")]
    facts, _ = _prose("cobaltridge_2009q2.txt")
    assert not [f for f in facts if f[0] == "InterestIncome"]


# ---------------------------------------------------------------------------------------------
# An amount's own period words


def test_an_amount_takes_its_own_relative_period_not_the_next_amounts() -> None:
    facts, _ = _prose("larkspur_fy2009q4_relative.txt")  # fiscal year ends June 30
    assert facts == {
        # "$1.9 million in the year-ago quarter and $2.1 million in the fourth quarter of fiscal 2009"
        (GA, "2008-04-01--2008-06-30", "1900000"),
        (GA, "2009-04-01--2009-06-30", "2100000"),
        # "$5.7 million in the prior quarter and $6.1 million in the fourth quarter of fiscal 2009"
        (RD, "2009-01-01--2009-03-31", "5700000"),
        (RD, "2009-04-01--2009-06-30", "6100000"),
        # "$2.9 million in the same period last year and $3.2 million in the fourth quarter …"
        (NI, "2008-04-01--2008-06-30", "-2900000"),
        (NI, "2009-04-01--2009-06-30", "-3200000"),
        # "$16.2 million in the prior fiscal year and $19.4 million in fiscal 2009"
        (REV, "2007-07-01--2008-06-30", "16200000"),
        (REV, "2008-07-01--2009-06-30", "19400000"),
    }


def test_a_year_ago_quarter_after_a_comparison_and_explicit_pairs() -> None:
    facts, reasons = _prose("larkspur_fy2009q4_comparisons.txt")
    # "… $2.1 million in the fourth quarter of fiscal 2009, compared with $1.9 million in the
    # year-ago quarter."
    assert {(GA, "2009-04-01--2009-06-30", "2100000"), (GA, "2008-04-01--2008-06-30", "1900000")} <= facts
    # "$4.1 million in the fourth quarter of fiscal 2008 and $5.2 million in the fourth quarter of
    # fiscal 2009": each its own quarter, neither the other's.
    assert {(REV, "2008-04-01--2008-06-30", "4100000"), (REV, "2009-04-01--2009-06-30", "5200000")} <= facts
    assert not any("same concept and period" in r for r in reasons)


def test_a_list_compared_with_the_same_periods_a_year_before() -> None:
    facts, _ = _prose("aldera_2009q4.htm")
    # "Total revenues for the three and twelve months ended December 31, 2009 were $12.5 million and
    # $41.2 million, respectively, compared to $9.3 million and $36.9 million for the same periods in 2008."
    assert {
        (REV, "2009-10-01--2009-12-31", "12500000"),
        (REV, "2009-01-01--2009-12-31", "41200000"),
        (REV, "2008-10-01--2008-12-31", "9300000"),
        (REV, "2008-01-01--2008-12-31", "36900000"),
    } <= facts
    # "General and administrative expenses for the fourth quarter and full year 2009 were $5.1
    # million and $20.5 million, respectively."
    assert {(GA, "2009-10-01--2009-12-31", "5100000"), (GA, "2009-01-01--2009-12-31", "20500000")} <= facts
    facts, _ = _prose("cobaltridge_2009q2.txt")
    # "… $9.9 million and $21.3 million for the three and six months ended June 30, 2009,
    # respectively, compared to $11.2 million and $22.1 million for the same periods in 2008."
    assert {(RD, "2008-04-01--2008-06-30", "11200000"), (RD, "2008-01-01--2008-06-30", "22100000")} <= facts


# ---------------------------------------------------------------------------------------------
# Fiscal years named by the calendar year they start in


def test_a_fiscal_year_equated_with_its_dates_is_those_dates() -> None:
    # "fiscal year 2009, the twelve months ended March 31, 2010"
    facts, _ = _prose("kestrel_fy2009_start_year.txt")
    assert facts == {
        (NI, "2009-04-01--2010-03-31", "-14200000"),
        (NI, "2008-04-01--2009-03-31", "-11900000"),
    }
    text = _doc("kestrel_fy2009_start_year.txt").text
    assert fiscal_year_naming(text, infer_fiscal_year_end(text)) == 1


def test_guidance_of_a_year_numbered_by_its_start() -> None:
    # "For fiscal year 2010, ending March 31, 2011, Kestrel Ridge expects research and development
    # expenses of $18 million to $21 million."
    assert _guidance("kestrel_fy2009_guidance.txt") == {
        (RD, "2010-04-01--2011-03-31", "18000000", "21000000")
    }
    facts, _ = _prose("kestrel_fy2009_guidance.txt")
    assert (NI, "2009-04-01--2010-03-31", "-14200000") in facts
    assert (REV, "2009-04-01--2009-12-31", "3300000") in facts


def test_a_numbering_in_doubt_places_no_year_by_number() -> None:
    text = (
        "Results for fiscal year 2009, the twelve months ended March 31, 2010. The fourth quarter of "
        "fiscal 2009, which ended March 31, 2009, was the last."
    )
    assert fiscal_year_naming(text, (3, 31)) is None
    assert (
        prose_periods("Net loss for the fourth quarter of fiscal 2009 was $1.0 million.", (3, 31), None) == []
    )
    # Column names of such a filer: "Fiscal 2009" is the year to March 31, 2010.
    period = fiscal_label_period("Fiscal 2009", (3, 31), 1)
    assert period is not None and period.key == "2009-04-01--2010-03-31"


# ---------------------------------------------------------------------------------------------
# 52–53-week years


def test_a_52_53_week_filer_has_no_fiscal_year_end() -> None:
    for name in ("tessaril_2009q3_short.txt", "tessaril_2009q3.txt"):
        assert infer_fiscal_year_end(_doc(name).text) is None
        assert document_fiscal_year_end(_doc(name)) is None
        relations, notes = _fiscal_year_end(name)
        assert relations == []
        assert "52–53-week fiscal year: its end is no fixed date" in notes


def test_a_52_53_week_quarter_is_placed_at_its_printed_end_only() -> None:
    assert week_quarter_ends(_doc("tessaril_2009q3.txt").text)[(2009, 3)].isoformat() == "2009-09-27"
    facts, _ = _prose("tessaril_2009q3.txt")
    # "the third quarter of fiscal 2009, which ended September 27, 2009": the quarter and the first
    # nine months end on that Sunday, as the columns "Three (Nine) Months Ended September 27, 2009" do,
    # and last 13 (39) weeks.
    assert {
        (NI, "2009-06-29--2009-09-27", "-1200000"),
        (EPS, "2009-06-29--2009-09-27", "-0.03"),
        (NI, "2008-12-29--2009-09-27", "-7600000"),
        (EPS, "2008-12-29--2009-09-27", "-0.20"),
    } <= facts
    # Nothing at calendar month ends: "the third quarter of 2008" is dated nowhere as a quarter.
    assert not [f for f in facts if f[1].endswith("-09-30") or f[1].endswith("-06-30")]
    # "As previously reported, net loss for the three and nine months ended September 28, 2008 was
    # $1.6 million and $5.9 million": figures the restatement replaced.
    assert not [f for f in facts if f[2] in ("-1600000", "-5900000")]
    assert period_months(next(iter(prose_periods("three months ended September 27, 2009", None))).period) == 3


# ---------------------------------------------------------------------------------------------
# Quarters named with the year first, and the quarter a release reports


def test_quarters_named_year_first_and_the_quarter_reported() -> None:
    facts, _ = _prose("larkspur_fy2009q4_quarter.txt")
    # "results for the fourth quarter and fiscal year ended June 30, 2009": "Net loss for the
    # quarter" is the fourth quarter's; "Revenues for the fiscal 2009 fourth quarter".
    assert {
        (NI, "2009-04-01--2009-06-30", "-3200000"),
        (EPS, "2009-04-01--2009-06-30", "-0.14"),
        (REV, "2009-04-01--2009-06-30", "5200000"),
        (NI, "2008-04-01--2008-06-30", "1100000"),
    } <= facts
    facts, _ = _prose("norwood_fy2009q4.htm")  # fiscal year ends September 30
    assert {
        (REV, "2009-07-01--2009-09-30", "47800000"),
        (REV, "2008-07-01--2008-09-30", "46000000"),
        (NI, "2009-07-01--2009-09-30", "-2000000"),
        (NI, "2008-07-01--2008-09-30", "1300000"),
    } <= facts
    facts, _ = _prose(
        "sorrel_fy2009q4.txt"
    )  # "For the fiscal 2009 fourth quarter, Sorrel reported net income of $2.2 million"
    assert (NI, "2009-04-01--2009-06-30", "2200000") in facts


def test_a_quarter_of_a_dated_fiscal_year_and_a_quarter_and_year_pair() -> None:
    # "results for the first quarter of its fiscal year ending March 31, 2011" … "Net loss for the
    # quarter was $6.8 million, …, compared to $6.6 million, …, for the first quarter of fiscal 2010."
    facts, _ = _prose("quintara_fy2011q1.txt")
    assert {(NI, "2010-04-01--2010-06-30", "-6800000"), (NI, "2009-04-01--2009-06-30", "-6600000")} <= facts
    # "Research and development expenses were $11.8 million and $47.9 million for the fourth quarter
    # and fiscal year 2010, respectively, compared with $12.4 million and $50.1 million for the
    # corresponding periods of fiscal 2009."
    facts, _ = _prose("veridian_fy2010q4.txt")
    assert {
        (RD, "2010-01-01--2010-03-31", "11800000"),
        (RD, "2009-04-01--2010-03-31", "47900000"),
        (RD, "2009-01-01--2009-03-31", "12400000"),
        (RD, "2008-04-01--2009-03-31", "50100000"),
    } <= facts


def test_guidance_of_a_year_printed_with_its_end_and_cash_excluding_any_deal() -> None:
    # "For fiscal 2011, ending March 31, 2011, Veridian expects total revenues of $35 million to $40 million"
    assert (REV, "2010-04-01--2011-03-31", "35000000", "40000000") in _guidance("veridian_fy2010q4.txt")
    # "cash, cash equivalents and marketable securities at June 30, 2010 of between $12 million and
    # $15 million, excluding any proceeds from business development activities"
    assert (
        "CashCashEquivalentsAndMarketableSecurities",
        "2010-06-30",
        "12000000",
        "15000000",
    ) in _guidance("sorrel_fy2009q4.txt")


def test_a_plain_statement_of_the_fiscal_year_end_is_cited() -> None:
    relations, _ = _fiscal_year_end("brisa_2009q2_december.txt")
    assert [r.obj for r in relations] == ["--12-31"]
    assert " ".join(relations[0].evidence.quote.split()) == "The Company's fiscal year ends December 31."
