"""Financials, review 22: three releases read whole, line by line against their text.

1. The basic and the diluted per-share figure of one net income ("Net income … was $21.6 million,
   or $0.36 per basic share and $0.34 per diluted share") are both its EPS: the diluted one was
   dropped, as the words before it were not those of a net income.
2. A December filer's year named by its number after "for" or "during" ("Net income for 2012 was
   $75.8 million", "Total revenues for 2012 increased 21% to …") is that calendar year; a June or
   September filer's "for 2012" stays unplaced, and "for 2012 through September 30" is no year.
3. A list of expectations printed with the double hyphen newswire text uses for a bullet
   ("-- Total revenues of $545 million to $570 million;") is read item by item: the revenue range
   was lost to the "--" read as the item's words.
4. "Cash and investments" is the balance of cash, cash equivalents and marketable securities, in a
   statement, in the prose and in guidance ("expects to end fiscal 2003 with cash and investments
   of approximately $320 million").
5. A guidance sentence naming only the date a balance is held at, the end of the year the paragraph
   expects ("… cash and marketable securities will be between $64 million and $68 million at June
   30, 2007, and … capital expenditures will be between $3 million and $4 million"), is still of
   that year: the capital expenditures were lost to the date read as another period.
6. "Research and development support revenues", "Collaboration revenues" and "Collaborative
   revenues" (plural) are the concepts their singular names.
7. A fiscal year by number that a part of it is named in ("Revenues for the final two weeks in
   fiscal 2002 were $1.2 million") is no period of the figure: a second, narrower definition of
   the words naming such a part had replaced the wider one ("weeks", "portion", "balance", "end").

The releases are the reviewers' own: an ImmunoGen exhibit of fiscal 2007 in the HTML of its era
(upper-case tags, ``<FONT>``, ``&nbsp;`` cells), a filer whose fiscal year ends September 30
reporting its fourth quarter and the fiscal year, and a profitable company's year with a non-GAAP
reconciliation beside its statement of income.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from conftest import reviewed_statement_facts, values_by_period
from conftest import skip_reasons as _reasons
from extractor_outputs import evidence_quotes as _quotes
from extractor_outputs import financial_facts as _facts
from extractor_outputs import guidance_ranges as _guidance
from extractor_outputs import prose_figures as _prose

from kg.checks import check_filing_facts
from kg.corpus import document_from_bytes, read_document
from kg.extractors.financials import run

REVIEWED = Path(__file__).parent / "reviewed_releases"
IMMUNOGEN = "r22a_immunogen_fy2007_q2.htm"
TAMARACK = "r22a_tamarack_fy2002_q4.txt"
CORRIDEN = "r22a_corriden_2012q4.txt"

Q2_07, Q2_06 = "2006-10-01--2006-12-31", "2005-10-01--2005-12-31"
H1_07, H1_06 = "2006-07-01--2006-12-31", "2005-07-01--2005-12-31"
Q4_02, Q4_01 = "2002-07-01--2002-09-30", "2001-07-01--2001-09-30"
FY_02, FY_01 = "2001-10-01--2002-09-30", "2000-10-01--2001-09-30"
Q4_12, Q4_11 = "2012-10-01--2012-12-31", "2011-10-01--2011-12-31"
Y_12, Y_11 = "2012-01-01--2012-12-31", "2011-01-01--2011-12-31"


def _everything(name: str, text: str | None = None) -> list[object]:
    """All the financials extractor states or notes of a reviewed release (or of ``text`` under its name)."""
    if text is None:
        return list(run(read_document(REVIEWED / name)))
    return list(run(document_from_bytes(name, text.encode("utf-8"))))


# ---------------------------------------------------------------------------------------------
# ImmunoGen, second quarter of fiscal 2007, HTML of its era


def test_the_2007_exhibit_states_its_quarter_and_half_year() -> None:
    facts, _ = reviewed_statement_facts(IMMUNOGEN)
    assert values_by_period(facts, "Revenues") == {
        Q2_07: Decimal(10469000),
        Q2_06: Decimal(6753000),
        H1_07: Decimal(18416000),
        H1_06: Decimal(13664000),
    }
    # A bracket closing in a cell of its own: negative figures.
    assert values_by_period(facts, "NetIncomeLoss") == {
        Q2_07: Decimal(-5848000),
        Q2_06: Decimal(-6596000),
        H1_07: Decimal(-13120000),
        H1_06: Decimal(-12363000),
    }
    assert values_by_period(facts, "EarningsPerShareBasicAndDiluted")[Q2_07] == Decimal("-0.14")
    assert values_by_period(facts, "CashCashEquivalentsAndMarketableSecurities") == {
        "2006-12-31": Decimal(77842000),
        "2006-06-30": Decimal(88706000),
    }
    fiscal = {(f.period.key, f.fiscal_year, f.fiscal_period) for f in facts if f.concept == "NetIncomeLoss"}
    assert fiscal == {(Q2_07, 2007, "Q2"), (Q2_06, 2006, "Q2"), (H1_07, 2007, "H1"), (H1_06, 2006, "H1")}
    assert not check_filing_facts(list(facts))


def test_the_2007_guidance_is_the_current_range_not_the_previous_one() -> None:
    out = _everything(IMMUNOGEN)
    year = "2006-07-01--2007-06-30"
    guidance = _guidance(out)
    # "now expects revenues of $34 million to $38 million …, compared with the previous guidance of
    # $30 million to $35 million": the current range only.
    assert guidance[("Revenues", year)] == (Decimal(34000000), Decimal(38000000))
    assert guidance[("NetIncomeLoss", year)] == (Decimal(-30000000), Decimal(-26000000))
    assert guidance[("EarningsPerShareBasicAndDiluted", year)] == (Decimal("-0.71"), Decimal("-0.62"))
    assert guidance[("CashCashEquivalentsAndMarketableSecurities", "2007-06-30")] == (
        Decimal(64000000),
        Decimal(68000000),
    )
    assert not [g for g in guidance.values() if Decimal(30000000) in g or Decimal(35000000) in g]
    # The prose restates the statement: no figure of its own, the cash used a prose fact.
    assert _prose(out, "NetCashProvidedByUsedInOperatingActivities") == {H1_07: Decimal(-9600000)}
    assert not _prose(out, "Revenues")


# ---------------------------------------------------------------------------------------------
# A fiscal year ending September 30: fourth quarter and fiscal year


def test_the_september_year_states_quarter_and_twelve_months() -> None:
    facts, _ = reviewed_statement_facts(TAMARACK)
    assert values_by_period(facts, "NetIncomeLoss") == {
        Q4_02: Decimal(-15280000),
        Q4_01: Decimal(-8591000),
        FY_02: Decimal(-52496000),
        FY_01: Decimal(-23197000),
    }
    assert values_by_period(facts, "EarningsPerShareBasicAndDiluted") == {
        Q4_02: Decimal("-0.42"),
        Q4_01: Decimal("-0.24"),
        FY_02: Decimal("-1.45"),
        FY_01: Decimal("-0.66"),
    }
    fiscal = {(f.period.key, f.fiscal_year, f.fiscal_period) for f in facts if f.concept == "Revenues"}
    assert fiscal == {(Q4_02, 2002, "Q4"), (Q4_01, 2001, "Q4"), (FY_02, 2002, "FY"), (FY_01, 2001, "FY")}
    # "Selling, general and administrative" is no general and administrative expense.
    assert not values_by_period(facts, "GeneralAndAdministrativeExpense")
    assert not check_filing_facts(list(facts))


def test_fiscal_2002_compared_to_fiscal_2001_is_evidence_of_the_years() -> None:
    out = _everything(TAMARACK)
    assert "Total revenues increased 12% to $20.3 million" in _quotes(out, "Revenues", FY_02)
    assert "$18.1 million" in _quotes(out, "Revenues", FY_01)
    assert "$40.1 million" in _quotes(out, "ResearchAndDevelopmentExpense", FY_01)
    # "Collaborative program revenues rose to $13.5 million": a part, no figure of total revenues.
    assert not [f for f in _facts(out) if f.statement == "Narrative"]


def test_cash_and_investments_at_the_year_end_is_guidance_of_the_balance() -> None:
    out = _everything(TAMARACK)
    year = "2002-10-01--2003-09-30"
    assert _guidance(out) == {
        ("Revenues", year): (Decimal(22000000), Decimal(25000000)),
        ("NetIncomeLoss", year): (Decimal(-75000000), Decimal(-68000000)),
        # "expects to end fiscal 2003 with cash and investments of approximately $320 million"
        ("CashCashEquivalentsAndMarketableSecurities", "2003-09-30"): (
            Decimal(320000000),
            Decimal(320000000),
        ),
    }
    # "At September 30, 2002, Tamarack had cash, cash equivalents and investments of $402.3 million"
    assert "$473.9 million" in _quotes(out, "CashCashEquivalentsAndMarketableSecurities", "2001-09-30")


def test_cash_and_investments_is_the_balance_in_statement_and_prose() -> None:
    text = (
        "MELVILLE, N.Y., November 7, 2002 -- Tamarack Pharmaceuticals, Inc. today announced its\n"
        "financial results for the fourth quarter and fiscal year ended September 30, 2002.\n\n"
        "At September 30, 2002, cash and investments totaled $402.3 million, compared to $473.9\n"
        "million at September 30, 2001.\n\n"
        "                    CONDENSED CONSOLIDATED BALANCE SHEET DATA\n"
        "                                (In thousands)\n\n"
        "                                     September 30,   September 30,\n"
        "                                         2002            2001\n"
        "Cash and investments                $     402,318  $     473,906\n"
        "Total assets                              498,770        561,035\n"
    )
    out = _everything("tamarack_cash.txt", text)
    cash = {
        f.period.key: f.value
        for f in _facts(out)
        if f.concept == "CashCashEquivalentsAndMarketableSecurities"
    }
    assert cash == {"2002-09-30": Decimal(402318000), "2001-09-30": Decimal(473906000)}
    assert "cash and investments totaled $402.3 million" in _quotes(
        out, "CashCashEquivalentsAndMarketableSecurities", "2002-09-30"
    )


def test_a_june_filers_for_2006_stays_unplaced() -> None:
    text = (
        "CAMBRIDGE, Mass., January 30, 2007 -- ImmunoGen, Inc. today reported financial results for the\n"
        "three-month period ended December 31, 2006, the second quarter of its fiscal year ending June 30, 2007.\n\n"
        "Revenues for the quarter were $10.5 million.\n"
        "Net loss for 2006 was $20.1 million, compared with $18.2 million for 2005.\n"
    )
    out = _everything("june_for_2006.txt", text)
    assert not _prose(out, "NetIncomeLoss")
    assert "no period certain for '$20.1 million'" in _reasons(out)


# ---------------------------------------------------------------------------------------------
# A profitable company: GAAP beside non-GAAP


def test_the_profitable_year_states_basic_and_diluted_apart() -> None:
    facts, notes = reviewed_statement_facts(CORRIDEN)
    assert values_by_period(facts, "NetIncomeLoss") == {
        Q4_12: Decimal(21636000),
        Q4_11: Decimal(15016000),
        Y_12: Decimal(75805000),
        Y_11: Decimal(52192000),
    }
    assert values_by_period(facts, "EarningsPerShareBasic") == {
        Q4_12: Decimal("0.36"),
        Q4_11: Decimal("0.26"),
        Y_12: Decimal("1.28"),
        Y_11: Decimal("0.90"),
    }
    assert values_by_period(facts, "EarningsPerShareDiluted") == {
        Q4_12: Decimal("0.34"),
        Q4_11: Decimal("0.24"),
        Y_12: Decimal("1.19"),
        Y_11: Decimal("0.85"),
    }
    assert values_by_period(facts, "IncomeTaxExpenseBenefit")[Y_12] == Decimal(44521000)
    assert values_by_period(facts, "IncomeLossBeforeIncomeTaxes")[Q4_12] == Decimal(34343000)
    # The reconciliation's "Non-GAAP net income  $ 27,392" is no net income.
    assert Decimal(27392000) not in values_by_period(facts, "NetIncomeLoss").values()
    assert any("reconciles non-GAAP measures" in n.reason for n in notes)
    assert not check_filing_facts(list(facts))


def test_basic_and_diluted_per_share_figures_of_one_income_are_both_read() -> None:
    out = _everything(CORRIDEN)
    # "… was $21.6 million, or $0.36 per basic share and $0.34 per diluted share, compared with net
    # income of $15.0 million, or $0.26 per basic share and $0.24 per diluted share"
    assert "$0.34 per diluted share" in _quotes(out, "EarningsPerShareDiluted", Q4_12)
    assert "$0.24 per diluted share" in _quotes(out, "EarningsPerShareDiluted", Q4_11)
    assert "$0.36 per basic share" in _quotes(out, "EarningsPerShareBasic", Q4_12)
    # Non-GAAP per-share figures ("$27.4 million, or $0.43 per diluted share") are no EPS.
    assert not [f for f in _facts(out) if f.value in (Decimal("0.43"), Decimal("0.33"), Decimal("1.53"))]
    assert not [r for r in _reasons(out) if "disagrees with the table figure" in r]


def test_two_per_share_figures_of_one_kind_are_not_paired() -> None:
    head = (
        "SAN DIEGO, Feb. 21, 2013 -- Corriden Pharmaceuticals, Inc. today reported financial results\n"
        "for the fourth quarter and full year ended December 31, 2012.\n\n"
    )
    out = _everything(
        "corriden_same_kind.txt",
        head + "Net income for the fourth quarter of 2012 was $21.6 million, or $0.36 per basic share\n"
        "and $0.34 per basic share.\n",
    )
    assert _prose(out, "EarningsPerShareBasic") == {Q4_12: Decimal("0.36")}
    assert not _prose(out, "EarningsPerShareDiluted")


def test_for_2012_is_the_calendar_year_of_a_december_filer() -> None:
    out = _everything(CORRIDEN)
    assert "Total revenues for 2012 increased 21% to $476.5 million" in _quotes(out, "Revenues", Y_12)
    assert "$393.4 million" in _quotes(out, "Revenues", Y_11)
    assert "Net income for 2012 was $75.8 million" in _quotes(out, "NetIncomeLoss", Y_12)
    assert "$52.2 million" in _quotes(out, "NetIncomeLoss", Y_11)
    assert "$1.19 per diluted share" in _quotes(out, "EarningsPerShareDiluted", Y_12)
    assert "$0.85 per diluted share" in _quotes(out, "EarningsPerShareDiluted", Y_11)


def test_for_a_year_through_a_date_is_no_year() -> None:
    head = (
        "SAN DIEGO, Feb. 21, 2013 -- Corriden Pharmaceuticals, Inc. today reported financial results\n"
        "for the fourth quarter and full year ended December 31, 2012.\n\n"
    )
    out = _everything(
        "corriden_through.txt", head + "Revenues for 2012 through September 30 were $300.1 million.\n"
    )
    assert not _prose(out, "Revenues")


def test_a_newswire_list_of_expectations_is_read_item_by_item() -> None:
    out = _everything(CORRIDEN)
    year = "2013-01-01--2013-12-31"
    assert _guidance(out) == {
        ("Revenues", year): (Decimal(545000000), Decimal(570000000)),
        # "-- GAAP net income per diluted share of $1.32 to $1.42; and": not the non-GAAP $1.75 to $1.85.
        ("EarningsPerShareDiluted", year): (Decimal("1.32"), Decimal("1.42")),
    }


def test_a_balance_dated_at_the_years_end_leaves_the_sentence_in_that_year() -> None:
    out = _everything(IMMUNOGEN)
    assert _guidance(out)[("PaymentsToAcquirePropertyPlantAndEquipment", "2006-07-01--2007-06-30")] == (
        Decimal(3000000),
        Decimal(4000000),
    )
    text = (REVIEWED / IMMUNOGEN).read_text(encoding="utf-8")
    dated = "at June&nbsp;30, 2007, and that its capital expenditures"
    assert dated in text
    # A balance held at another date than the year's end: the sentence's other figures have no year.
    other = _everything(IMMUNOGEN, text.replace(dated, dated.replace("2007", "2008")))
    guidance = _guidance(other)
    assert guidance[("CashCashEquivalentsAndMarketableSecurities", "2008-06-30")] == (
        Decimal(64000000),
        Decimal(68000000),
    )
    assert not [key for key in guidance if key[0] == "PaymentsToAcquirePropertyPlantAndEquipment"]


def test_plural_revenue_names_are_their_concepts() -> None:
    out = _everything(IMMUNOGEN)
    # "Research and development support revenues were $3.8 million in the quarter, compared with
    # $3.0 million in the second quarter of fiscal 2006"
    assert "Research and development support revenues were $3.8 million" in _quotes(
        out, "ResearchAndDevelopmentSupportRevenue", Q2_07
    )
    assert "$3.0 million" in _quotes(out, "ResearchAndDevelopmentSupportRevenue", Q2_06)
    head = (
        "CAMBRIDGE, Mass., October 20, 2010 -- Acme Biologics, Inc. today reported financial results\n"
        "for the three months ended September 30, 2010.\n\n"
    )
    prose = _everything(
        "acme_collaborative.txt",
        head + "Collaborative revenues were $22.6 million for the three months ended September 30, 2010.\n",
    )
    assert _prose(prose, "CollaborationRevenue") == {"2010-07-01--2010-09-30": Decimal(22600000)}
    assert not _prose(prose, "Revenues")


def test_a_part_of_a_fiscal_year_is_not_the_year() -> None:
    head = (
        "MELVILLE, N.Y., November 7, 2002 -- Tamarack Pharmaceuticals, Inc. today announced its\n"
        "financial results for the fourth quarter and fiscal year ended September 30, 2002.\n\n"
    )
    out = _everything(
        "tamarack_weeks.txt", head + "Revenues for the final two weeks in fiscal 2002 were $1.2 million.\n"
    )
    assert not _prose(out, "Revenues")
    assert "no period certain for '$1.2 million'" in _reasons(out)
