"""Financials, review 25: two releases read whole, line by line against their text.

1. A balance sheet's stock line printed as a caption broken over lines ("Common stock, $0.001 par
   value; 75,000,000" / "shares authorized; 26,112,540 and" / … / "2007, respectively   26   24"):
   the count closing the caption's first line, one space after its words and in no column of
   figures, is the caption's (shares authorized), not a figure of the first column; and the last
   line, whose words are the caption's tail, names no line: its figures are declined. Before, the
   shares authorized became a balance of $75 billion and the stock a line named "2007, respectively".
2. Checks that held: statements in millions (an HTML exhibit with colspan headers) and in thousands
   with full share counts; per-share figures unscaled; a non-GAAP reconciliation and non-GAAP
   guidance read as nothing GAAP; a bulleted guidance list of 2012 read item by item.

The releases are the reviewers' own: Meridane Biotherapeutics' fourth quarter and year 2011, an HTML
exhibit "(In millions, except per share data)" with 2012 guidance; and Pelorus Pharmaceuticals' third
quarter of 2008, plain text "(in thousands, except share and per share data)", a development-stage
balance sheet whose stockholders' equity (deficit) is negative.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from conftest import reviewed_statement_facts, statement_facts_of_text, values_by_period

from kg.corpus import document_from_bytes, read_document
from kg.extractors.financials import run
from kg.extractors.financials.rows import document_rows
from kg.model import FinancialFact, Guidance, Skipped

REVIEWED = Path(__file__).parent / "reviewed_releases"
MERIDANE = "r25a_meridane_2011q4_ex991.htm"
PELORUS = "r25a_pelorus_2008q3.txt"

Q4_11, Q4_10 = "2011-10-01--2011-12-31", "2010-10-01--2010-12-31"
FY_11, FY_10 = "2011-01-01--2011-12-31", "2010-01-01--2010-12-31"
Q3_08, Q3_07 = "2008-07-01--2008-09-30", "2007-07-01--2007-09-30"
M9_08, M9_07 = "2008-01-01--2008-09-30", "2007-01-01--2007-09-30"

_CAPTION = """  Common stock, $0.001 par value; 75,000,000
    shares authorized; 26,112,540 and
    23,580,118 shares issued and outstanding
    at September 30, 2008 and December 31,
    2007, respectively                                  26               24
"""


def _everything(name: str) -> list[object]:
    """All the financials extractor states or notes of a reviewed release."""
    return list(run(read_document(REVIEWED / name)))


def _pelorus_with(old: str, new: str) -> str:
    """The Pelorus release with ``old`` printed as ``new``."""
    text = (REVIEWED / PELORUS).read_text(encoding="utf-8")
    assert old in text
    return text.replace(old, new)


# ---------------------------------------------------------------------------------------------
# Meridane Biotherapeutics, fourth quarter and year 2011: an HTML exhibit in millions


def test_the_statement_in_millions_gives_the_quarters_and_years() -> None:
    facts, _ = reviewed_statement_facts(MERIDANE)
    assert values_by_period(facts, "Revenues") == {
        Q4_11: Decimal("1301900000"),
        Q4_10: Decimal("1119200000"),
        FY_11: Decimal("4943400000"),
        FY_10: Decimal("4235200000"),
    }
    assert values_by_period(facts, "NetIncomeLoss") == {
        Q4_11: Decimal("339600000"),
        Q4_10: Decimal("271000000"),
        FY_11: Decimal("1291500000"),
        FY_10: Decimal("1018300000"),
    }
    assert values_by_period(facts, "EarningsPerShareBasic") == {
        Q4_11: Decimal("1.42"),
        Q4_10: Decimal("1.12"),
        FY_11: Decimal("5.39"),
        FY_10: Decimal("4.21"),
    }
    assert values_by_period(facts, "EarningsPerShareDiluted")[FY_11] == Decimal("5.27")
    assert values_by_period(facts, "IncomeTaxExpenseBenefit")[FY_11] == Decimal("553500000")
    fiscal = {(f.period.key, f.fiscal_year, f.fiscal_period) for f in facts if f.concept == "Revenues"}
    assert fiscal == {(Q4_11, 2011, "Q4"), (Q4_10, 2010, "Q4"), (FY_11, 2011, "FY"), (FY_10, 2010, "FY")}


def test_lines_without_a_verified_concept_stay_local_and_share_counts_are_in_millions() -> None:
    facts, _ = reviewed_statement_facts(MERIDANE)
    by_label = {(f.label, f.period.key): (f.concept, f.value, f.unit) for f in facts}
    assert by_label[("Cost of sales", FY_11)] == ("cost-of-sales", Decimal("578300000"), "USD")
    assert by_label[("Product sales, net", Q4_11)] == ("product-sales-net", Decimal("1212400000"), "USD")
    assert by_label[("Selling, general and administrative", FY_10)][:2] == (
        "selling-general-and-administrative",
        Decimal("1139400000"),
    )
    shares = "Weighted-average shares used in computing per share amounts Diluted"
    assert by_label[(shares, Q4_11)][1:] == (Decimal("244300000"), "Shares")


def test_the_balance_sheet_data_in_millions() -> None:
    facts, _ = reviewed_statement_facts(MERIDANE)
    assert values_by_period(facts, "StockholdersEquity") == {
        "2011-12-31": Decimal("6215800000"),
        "2010-12-31": Decimal("5402900000"),
    }
    assert values_by_period(facts, "Assets")["2011-12-31"] == Decimal("9874200000")


def test_non_gaap_figures_and_a_products_sales_are_no_facts() -> None:
    out = _everything(MERIDANE)
    values = {f.value for f in out if isinstance(f, FinancialFact)}
    # Non-GAAP net income and per-share figures (prose and reconciliation), Velcoria's sales.
    assert not values & {
        Decimal("379700000"),
        Decimal("1448700000"),
        Decimal("1.55"),
        Decimal("5.91"),
        Decimal("684500000"),
        Decimal("160300000"),
    }
    assert any("reconciles non-GAAP" in s.reason for s in out if isinstance(s, Skipped))


def test_the_2012_guidance_list_gives_gaap_ranges_only() -> None:
    guidance = [g for g in _everything(MERIDANE) if isinstance(g, Guidance)]
    year = "2012-01-01--2012-12-31"
    assert sorted((g.concept, g.period.key, g.low, g.high) for g in guidance) == [
        ("EarningsPerShareDiluted", year, Decimal("5.80"), Decimal("6.05")),
        ("ResearchAndDevelopmentExpense", year, Decimal("1200000000"), Decimal("1250000000")),
        ("Revenues", year, Decimal("5350000000"), Decimal("5550000000")),
    ]


# ---------------------------------------------------------------------------------------------
# Pelorus Pharmaceuticals, third quarter of 2008: plain text in thousands, full share counts


def test_the_statement_in_thousands_with_per_share_and_share_count_rows() -> None:
    facts, _ = reviewed_statement_facts(PELORUS)
    assert values_by_period(facts, "NetIncomeLoss") == {
        Q3_08: Decimal(-7326000),
        Q3_07: Decimal(-4944000),
        M9_08: Decimal(-20725000),
        M9_07: Decimal(-13968000),
    }
    assert values_by_period(facts, "EarningsPerShareBasicAndDiluted") == {
        Q3_08: Decimal("-0.28"),
        Q3_07: Decimal("-0.21"),
        M9_08: Decimal("-0.80"),
        M9_07: Decimal("-0.60"),
    }
    assert values_by_period(facts, "WeightedAverageSharesBasicAndDiluted") == {
        Q3_08: Decimal(26041387),
        Q3_07: Decimal(23512904),
        M9_08: Decimal(25893220),
        M9_07: Decimal(23377651),
    }
    assert values_by_period(facts, "OperatingIncomeLoss")[M9_08] == Decimal(-21233000)


def test_the_balance_sheet_with_a_deficit() -> None:
    facts, _ = reviewed_statement_facts(PELORUS)
    assert values_by_period(facts, "StockholdersEquity") == {
        "2008-09-30": Decimal(-3824000),
        "2007-12-31": Decimal(14001000),
    }
    assert values_by_period(facts, "Assets") == {
        "2008-09-30": Decimal(10576000),
        "2007-12-31": Decimal(27408000),
    }
    assert values_by_period(facts, "total-current-assets-instant") == {
        "2008-09-30": Decimal(9045000),
        "2007-12-31": Decimal(25692000),
    }
    assert values_by_period(facts, "deficit-accumulated-during-the-development-stage-instant") == {
        "2008-09-30": Decimal(-119972000),
        "2007-12-31": Decimal(-99247000),
    }


def test_the_stock_caption_broken_over_lines_gives_no_figures() -> None:
    facts, notes = reviewed_statement_facts(PELORUS)
    values = {f.value for f in facts}
    assert not values & {Decimal(75000000000), Decimal(75000000), Decimal(26000), Decimal(24000)}
    assert not any("respectively" in f.label or "par value" in f.label for f in facts)
    assert any(n.line == 137 and "ends a caption broken over lines" in n.reason for n in notes)
    # The lines after the caption are read as before.
    assert values_by_period(facts, "additional-paid-in-capital-instant")["2008-09-30"] == Decimal(116122000)


def test_an_accumulated_deficit_line_and_a_caption_closing_with_its_years() -> None:
    text = _pelorus_with(
        "  Deficit accumulated during the development\n    stage     ",
        "  Accumulated deficit                               ",
    )
    text = text.replace(
        "    at September 30, 2008 and December 31,\n    2007, respectively      ",
        "    at September 30, 2008 and December 31, 2007     ",
    )
    facts, _ = statement_facts_of_text("r25a_probe.txt", text)
    assert values_by_period(facts, "accumulated-deficit-instant") == {
        "2008-09-30": Decimal(-119972000),
        "2007-12-31": Decimal(-99247000),
    }
    assert not {f.value for f in facts} & {Decimal(75000000000), Decimal(26000), Decimal(24000)}
    assert values_by_period(facts, "StockholdersEquity")["2008-09-30"] == Decimal(-3824000)


def test_a_lone_figure_in_a_column_over_a_line_in_small_letters_stays_a_figure() -> None:
    # Only a count standing apart from the columns is the caption's: a figure printed one space
    # after its words but where the first column's figures end stays that column's.
    text = _pelorus_with(
        "Deferred rent                                          229              273\n",
        "Deferred rent and tenant improvement allowances, net of 229\n  current portion\n",
    )
    rows = document_rows(document_from_bytes("r25a_probe2.txt", text.encode("utf-8")))
    (deferred,) = [r for r in rows if r.label.startswith("Deferred rent")]
    assert [c.value for c in deferred.cells] == [Decimal(229)]
