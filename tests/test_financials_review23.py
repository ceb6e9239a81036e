"""Financials, review 23: two ImmunoGen releases read whole, line by line against their text.

1. A compared amount whose own words name the year before ("compared with $16.9 million in the prior
   year", "… for the prior fiscal year", "… for the previous year") is the year before the sentence's
   whole year; after a quarter those words stay unplaced (the year-ago quarter or the whole year?).
2. The two-sided cash-flow rows "Net cash provided by (used for) investing activities" (and "(used
   for) provided by", of operating and financing activities too) are their flows, signed as
   printed; "Net change in cash and cash equivalents" is the period's net change.
3. A cash-flow row of a balance named "beginning balance" or "ending balance" is noted as a balance,
   not as a line the vocabulary lacks.
4. A balance-sheet caption "Commitments and contingencies" printed with dashes is no balance of 0:
   a concept was minted from it with the value 0 at both dates.

The releases are the reviewers' own: ImmunoGen's fourth quarter and fiscal 2012 as an HTML exhibit
whose figures, dollar signs and closing brackets sit in cells of their own, with three- and
twelve-month columns, a balance sheet, a cash-flow statement and fiscal 2013 guidance; and its first
quarter of fiscal 2005 as plain text with OCR damage, compared with "the same quarter last year".
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from conftest import reviewed_statement_facts, values_by_period
from conftest import skip_reasons as _reasons
from extractor_outputs import evidence_quotes as _quotes
from extractor_outputs import financial_facts as _facts

from kg.checks import check_filing_facts
from kg.corpus import document_from_bytes, read_document
from kg.extractors.financials import run
from kg.model import Guidance

REVIEWED = Path(__file__).parent / "reviewed_releases"
FY2012 = "r23a_immunogen_fy2012_q4_ex99.htm"
FY2005 = "r23a_immunogen_fy2005_q1_ocr.txt"

Q4_12, Q4_11 = "2012-04-01--2012-06-30", "2011-04-01--2011-06-30"
FY_12, FY_11, FY_13 = "2011-07-01--2012-06-30", "2010-07-01--2011-06-30", "2012-07-01--2013-06-30"
Q1_05, Q1_04 = "2004-07-01--2004-09-30", "2003-07-01--2003-09-30"


def _everything(name: str) -> list[object]:
    """All the financials extractor states or notes of a reviewed release."""
    return list(run(read_document(REVIEWED / name)))


def _of_text(text: str) -> list[object]:
    """All the financials extractor states or notes of a short release of a June filer."""
    head = "ImmunoGen, Inc. (Nasdaq: IMGN) today reported financial results for the fiscal year ended June 30, 2012.\n\n"
    return list(run(document_from_bytes("r23a_probe.txt", (head + text + "\n").encode("utf-8"))))


# ---------------------------------------------------------------------------------------------
# ImmunoGen, fourth quarter and fiscal year 2012, HTML exhibit


def test_the_2012_exhibit_states_quarters_and_years() -> None:
    facts, _ = reviewed_statement_facts(FY2012)
    assert values_by_period(facts, "Revenues") == {
        Q4_12: Decimal(4281000),
        Q4_11: Decimal(14788000),
        FY_12: Decimal(16457000),
        FY_11: Decimal(23005000),
    }
    # "$" and ")" printed in cells of their own: negative figures in thousands.
    assert values_by_period(facts, "NetIncomeLoss") == {
        Q4_12: Decimal(-20396000),
        Q4_11: Decimal(-7653000),
        FY_12: Decimal(-74358000),
        FY_11: Decimal(-58356000),
    }
    assert values_by_period(facts, "OperatingIncomeLoss")[Q4_12] == Decimal(-20237000)
    assert values_by_period(facts, "NonoperatingIncomeExpense") == {
        Q4_12: Decimal(-159000),
        Q4_11: Decimal(64000),
        FY_12: Decimal(3915000),
        FY_11: Decimal(983000),
    }
    assert values_by_period(facts, "EarningsPerShareBasicAndDiluted")[FY_12] == Decimal("-0.93")
    fiscal = {(f.period.key, f.fiscal_year, f.fiscal_period) for f in facts if f.concept == "Revenues"}
    assert fiscal == {(Q4_12, 2012, "Q4"), (Q4_11, 2011, "Q4"), (FY_12, 2012, "FY"), (FY_11, 2011, "FY")}
    assert not check_filing_facts(list(facts))


def test_the_2012_balance_sheet_is_held_at_both_june_ends() -> None:
    facts, _ = reviewed_statement_facts(FY2012)
    assert values_by_period(facts, "Assets") == {
        "2012-06-30": Decimal(213793000),
        "2011-06-30": Decimal(205306000),
    }
    assert values_by_period(facts, "StockholdersEquity") == {
        "2012-06-30": Decimal(156312000),
        "2011-06-30": Decimal(154704000),
    }
    assert values_by_period(facts, "LiabilitiesAndStockholdersEquity")["2012-06-30"] == Decimal(213793000)
    assert values_by_period(facts, "deferred-revenue-instant")["2012-06-30"] == Decimal(34118000)


def test_two_sided_cash_flow_rows_are_their_flows_signed_as_printed() -> None:
    out = _everything(FY2012)
    facts, _ = reviewed_statement_facts(FY2012)
    # "Net cash provided by (used for) investing activities  (28,104)  9,417"
    assert values_by_period(facts, "NetCashProvidedByUsedInInvestingActivities") == {
        FY_12: Decimal(-28104000),
        FY_11: Decimal(9417000),
    }
    assert values_by_period(facts, "NetCashProvidedByUsedInOperatingActivities") == {
        FY_12: Decimal(-59476000),
        FY_11: Decimal(-45925000),
    }
    # "Net change in cash and cash equivalents  (22,659)  50,755"
    assert values_by_period(facts, "CashAndCashEquivalentsPeriodIncreaseDecrease") == {
        FY_12: Decimal(-22659000),
        FY_11: Decimal(50755000),
    }
    # The balances printed under the flows are noted as balances, not read.
    reasons = _reasons(out)
    assert any("'Cash and cash equivalents, ending balance' is a balance" in r for r in reasons)
    assert not [f for f in facts if f.concept == "CashAndCashEquivalents"]


def test_the_prior_fiscal_year_of_a_compared_amount_is_the_year_before() -> None:
    out = _everything(FY2012)
    # "… compared with a net loss of $58.4 million, or $0.79 per basic and diluted share, for the
    # prior fiscal year."
    assert "net loss of $58.4 million" in _quotes(out, "NetIncomeLoss", FY_11)
    assert "$0.79 per basic and diluted share" in _quotes(out, "EarningsPerShareBasicAndDiluted", FY_11)
    # "General and administrative expenses were $18.9 million in fiscal 2012, compared with $16.9
    # million in the prior year."
    assert "$16.9 million" in _quotes(out, "GeneralAndAdministrativeExpense", FY_11)
    assert not [r for r in _reasons(out) if "no period certain" in r]


def test_the_prior_year_after_a_quarter_stays_unplaced() -> None:
    out = _of_text(
        "Net loss for the fourth quarter of fiscal 2012 was $20.4 million, compared with $7.7 million in the prior year."
    )
    assert {(f.concept, f.period.key) for f in _facts(out)} == {("NetIncomeLoss", Q4_12)}
    assert "no period certain for '$7.7 million'" in _reasons(out)
    out = _of_text(
        "Net loss for fiscal 2012 was $74.4 million, compared with $58.4 million for the previous year."
    )
    assert {(f.period.key, f.value) for f in _facts(out)} == {
        (FY_12, Decimal(-74400000)),
        (FY_11, Decimal(-58400000)),
    }


def test_the_2013_guidance_is_of_fiscal_2013() -> None:
    out = _everything(FY2012)
    guidance = {(g.concept, g.period.key): (g.low, g.high) for g in out if isinstance(g, Guidance)}
    assert guidance == {
        ("Revenues", FY_13): (Decimal(30000000), Decimal(35000000)),
        ("NetIncomeLoss", FY_13): (Decimal(-85000000), Decimal(-80000000)),
        ("NetCashProvidedByUsedInOperatingActivities", FY_13): (Decimal(-80000000), Decimal(-75000000)),
        ("PaymentsToAcquirePropertyPlantAndEquipment", FY_13): (Decimal(5000000), Decimal(7000000)),
        ("CashCashEquivalentsAndMarketableSecurities", "2013-06-30"): (
            Decimal(105000000),
            Decimal(110000000),
        ),
    }
    # The capital expenditures of fiscal 2012 are printed in the prose only.
    prose = {(f.concept, f.period.key): f.value for f in _facts(out) if f.statement == "Narrative"}
    assert prose == {("PaymentsToAcquirePropertyPlantAndEquipment", FY_12): Decimal(4700000)}


# ---------------------------------------------------------------------------------------------
# ImmunoGen, first quarter of fiscal 2005, plain text with OCR damage


def test_the_2005_quarter_and_its_balance_sheet() -> None:
    facts, notes = reviewed_statement_facts(FY2005)
    # "Tota1 revenues": the OCR "1" for "l" still names the total.
    assert values_by_period(facts, "Revenues") == {Q1_05: Decimal(7065000), Q1_04: Decimal(3722000)}
    assert values_by_period(facts, "NetIncomeLoss") == {Q1_05: Decimal(-5064000), Q1_04: Decimal(-6031000)}
    assert values_by_period(facts, "EarningsPerShareBasicAndDiluted") == {
        Q1_05: Decimal("-0.12"),
        Q1_04: Decimal("-0.15"),
    }
    fiscal = {(f.period.key, f.fiscal_year, f.fiscal_period) for f in facts if f.concept == "Revenues"}
    assert fiscal == {(Q1_05, 2005, "Q1"), (Q1_04, 2004, "Q1")}
    # The balance sheet compares the quarter's end with the last fiscal year's end.
    assert values_by_period(facts, "StockholdersEquity") == {
        "2004-09-30": Decimal(93294000),
        "2004-06-30": Decimal(97183000),
    }
    assert values_by_period(facts, "LiabilitiesAndStockholdersEquity")["2004-09-30"] == Decimal(115467000)
    assert {
        f.fiscal_year for f in facts if f.period.instant is not None and str(f.period.instant) == "2004-06-30"
    } == {2004}
    # "40,9l2" is no number: the share count of the quarter is not guessed.
    assert values_by_period(facts, "WeightedAverageSharesBasicAndDiluted") == {Q1_04: Decimal(40390000)}
    assert any("'40,9l2'" in n.reason for n in notes)
    assert not check_filing_facts(list(facts))


def test_the_same_quarter_last_year_is_the_first_quarter_of_fiscal_2004() -> None:
    out = _everything(FY2005)
    assert "net loss of $6.0 million" in _quotes(out, "NetIncomeLoss", Q1_04)
    assert "$562,000" in _quotes(out, "LicenseAndMilestoneFees", Q1_04)
    assert "$2.1 million" in _quotes(out, "GeneralAndAdministrativeExpense", Q1_04)
    assert not [f for f in _facts(out) if f.statement == "Narrative"]
    guidance = {(g.concept, g.period.key): (g.low, g.high) for g in out if isinstance(g, Guidance)}
    year = "2004-07-01--2005-06-30"
    assert guidance == {
        ("NetIncomeLoss", year): (Decimal(-26000000), Decimal(-22000000)),
        ("Revenues", year): (Decimal(26000000), Decimal(30000000)),
    }


def test_a_commitments_caption_is_no_balance_of_zero() -> None:
    # The 2005 balance sheet with the caption most full balance sheets print between the liabilities
    # and the equity: its dashes say nothing is recorded, no balance of 0.
    text = (REVIEWED / FY2005).read_text(encoding="utf-8")
    other = "Other long-term liabilities                          1,220         1,186\n"
    assert other in text
    caption = "Commitments and contingencies                          --            --\n"
    out = list(run(document_from_bytes(FY2005, text.replace(other, other + caption).encode("utf-8"))))
    assert not [f for f in _facts(out) if "commitments" in f.concept.lower()]
    assert (
        "'Commitments and contingencies' is a caption of the balance sheet, no amount; not read"
        in _reasons(out)
    )
    balances = {(f.concept, f.period.key): f.value for f in _facts(out) if f.period.instant is not None}
    assert balances[("StockholdersEquity", "2004-09-30")] == Decimal(93294000)
    assert balances[("LiabilitiesAndStockholdersEquity", "2004-06-30")] == Decimal(121536000)
