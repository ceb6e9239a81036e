"""Statement layouts the seeds do not show: an HTML table, a flattened "|" table, "in millions",
a fiscal year ending December 31, a six-month column. Expected facts written by hand."""

from __future__ import annotations

from decimal import Decimal

from kg.checks import check_filing_facts
from kg.corpus import document_from_bytes
from kg.extractors.financials import run
from kg.model import FinancialFact, Guidance

HTML = """<html><body>
<p>Acme Biologics, Inc. Reports Second Quarter 2011 Results</p>
<p>Acme Biologics today reported results for the second quarter ended June 30, 2011. Full results for the fiscal year ended December 31, 2010 are in its Annual Report.</p>
<p>ACME BIOLOGICS, INC.</p>
<p>CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS</p>
<p>(in millions, except per share amounts)</p>
<table>
<tr><td></td><td colspan="4">Three Months Ended June 30,</td><td colspan="4">Six Months Ended June 30,</td></tr>
<tr><td></td><td colspan="2">2011</td><td colspan="2">2010</td><td colspan="2">2011</td><td colspan="2">2010</td></tr>
<tr><td>Revenues:</td></tr>
<tr><td>Collaboration revenue</td><td>$</td><td>12.5</td><td>$</td><td>8.0</td><td>$</td><td>20.1</td><td>$</td><td>15.2</td></tr>
<tr><td>Royalty revenue</td><td></td><td>1.5</td><td></td><td>&#8212;</td><td></td><td>2.9</td><td></td><td>&#8212;</td></tr>
<tr><td>Total revenues</td><td></td><td>14.0</td><td></td><td>8.0</td><td></td><td>23.0</td><td></td><td>15.2</td></tr>
<tr><td>Research and development</td><td></td><td>20.3</td><td></td><td>18.1</td><td></td><td>39.9</td><td></td><td>35.0</td></tr>
<tr><td>General and administrative</td><td></td><td>5.2</td><td></td><td>4.4</td><td></td><td>10.1</td><td></td><td>9.0</td></tr>
<tr><td>Total operating expenses</td><td></td><td>25.5</td><td></td><td>22.5</td><td></td><td>50.0</td><td></td><td>44.0</td></tr>
<tr><td>Loss from operations</td><td></td><td>(11.5</td><td>)</td><td>(14.5</td><td>)</td><td>(27.0</td><td>)</td><td>(28.8</td><td>)</td></tr>
<tr><td>Net loss per share, basic and diluted</td><td>$</td><td>(0.23</td><td>)</td><td>(0.29</td><td>)</td><td>(0.54</td><td>)</td><td>(0.58</td><td>)</td></tr>
<tr><td>Weighted average common shares outstanding, basic and diluted</td><td></td><td>50.0</td><td></td><td>49.8</td><td></td><td>50.0</td><td></td><td>49.7</td></tr>
</table>
</body></html>
"""

FLATTENED = """Beta Therapeutics Reports Fourth Quarter and Full Year 2011 Results

Results for the fiscal year ended December 31, 2011.

CONDENSED CONSOLIDATED BALANCE SHEETS
(in thousands)

|
December 31,
|
December 31,
|
2011
|
2010
|

Cash
and marketable securities
|
$
|
86,824
|
$
|
90,565
|

Other assets
|
10,000
|
|
9,435
|

Total assets
|
$
|
96,824
|
$
|
100,000
|

Total liabilities
|
103,913
|
|
105,000
|

Stockholders'
equity (deficit)
|
(7,089
|
)
|
(5,000
|
)
|

Total liabilities and stockholders' equity (deficit)
|
$
|
96,824
|
$
|
100,000
|
"""


def _facts(name: str, text: str, *, is_html: bool = False) -> list[FinancialFact]:
    doc = document_from_bytes(name, text.encode("utf-8"), is_html=is_html)
    return [f for f in run(doc) if isinstance(f, FinancialFact)]


def _table(facts: list[FinancialFact]) -> set[tuple[str, str, str, str, int, int | None, str | None]]:
    return {
        (f.concept, f.period.key, str(f.value), f.unit, f.decimals, f.fiscal_year, f.fiscal_period)
        for f in facts
    }


Q2_11, Q2_10, H1_11, H1_10 = (
    "2011-04-01--2011-06-30",
    "2010-04-01--2010-06-30",
    "2011-01-01--2011-06-30",
    "2010-01-01--2010-06-30",
)


def test_html_table_in_millions_with_six_month_columns_and_december_year_end() -> None:
    facts = _facts("acme-ex99.htm", HTML, is_html=True)
    expected = set()
    rows = {
        "CollaborationRevenue": ("12500000", "8000000", "20100000", "15200000"),
        "RoyaltyRevenue": ("1500000", "0", "2900000", "0"),
        "Revenues": ("14000000", "8000000", "23000000", "15200000"),
        "ResearchAndDevelopmentExpense": ("20300000", "18100000", "39900000", "35000000"),
        "GeneralAndAdministrativeExpense": ("5200000", "4400000", "10100000", "9000000"),
        "OperatingExpenses": ("25500000", "22500000", "50000000", "44000000"),
        "OperatingIncomeLoss": ("-11500000", "-14500000", "-27000000", "-28800000"),
    }
    fiscal = [(2011, "Q2"), (2010, "Q2"), (2011, "H1"), (2010, "H1")]
    for concept, values in rows.items():
        for period, value, (fy, fp) in zip((Q2_11, Q2_10, H1_11, H1_10), values, fiscal, strict=True):
            # "—" is a printed zero: its precision is the table's scale.
            decimals = -6 if value == "0" else -5
            expected.add((concept, period, value, "USD", decimals, fy, fp))
    for period, value, (fy, fp) in zip(
        (Q2_11, Q2_10, H1_11, H1_10), ("-0.23", "-0.29", "-0.54", "-0.58"), fiscal, strict=True
    ):
        expected.add(("EarningsPerShareBasicAndDiluted", period, value, "USDPerShare", 2, fy, fp))
    for period, value, (fy, fp) in zip(
        (Q2_11, Q2_10, H1_11, H1_10), ("50000000", "49800000", "50000000", "49700000"), fiscal, strict=True
    ):
        expected.add(("WeightedAverageSharesBasicAndDiluted", period, value, "Shares", -5, fy, fp))
    assert _table(facts) == expected
    assert check_filing_facts(facts) == []


def test_flattened_cells_with_broken_labels_and_negatives() -> None:
    facts = _facts("beta.txt", FLATTENED)
    d11, d10 = "2011-12-31", "2010-12-31"
    assert _table(facts) == {
        ("CashCashEquivalentsAndMarketableSecurities", d11, "86824000", "USD", -3, 2011, "instant"),
        ("CashCashEquivalentsAndMarketableSecurities", d10, "90565000", "USD", -3, 2010, "instant"),
        ("OtherAssetsResidual", d11, "10000000", "USD", -3, 2011, "instant"),
        ("OtherAssetsResidual", d10, "9435000", "USD", -3, 2010, "instant"),
        ("Assets", d11, "96824000", "USD", -3, 2011, "instant"),
        ("Assets", d10, "100000000", "USD", -3, 2010, "instant"),
        ("Liabilities", d11, "103913000", "USD", -3, 2011, "instant"),
        ("Liabilities", d10, "105000000", "USD", -3, 2010, "instant"),
        ("StockholdersEquity", d11, "-7089000", "USD", -3, 2011, "instant"),
        ("StockholdersEquity", d10, "-5000000", "USD", -3, 2010, "instant"),
        ("LiabilitiesAndStockholdersEquity", d11, "96824000", "USD", -3, 2011, "instant"),
        ("LiabilitiesAndStockholdersEquity", d10, "100000000", "USD", -3, 2010, "instant"),
    }
    cash = next(f for f in facts if f.concept == "CashCashEquivalentsAndMarketableSecurities")
    assert cash.label == "Cash and marketable securities"
    deficit = next(f for f in facts if f.concept == "StockholdersEquity" and f.period.instant.year == 2011)
    assert deficit.evidence[0].quote == "(7,089\n|\n)"
    assert check_filing_facts(facts) == []


def test_one_altered_number_is_named_by_the_checks() -> None:
    altered = FLATTENED.replace(
        "96,824\n|\n$\n|\n100,000\n|\n\nTotal liabilities\n",
        "96,825\n|\n$\n|\n100,000\n|\n\nTotal liabilities\n",
    )
    assert altered != FLATTENED
    failures = check_filing_facts(_facts("beta.txt", altered), "beta.txt")
    assert failures
    named = [f for f in failures if f.check == "asset lines sum to total assets"]
    assert len(named) == 1
    assert named[0].period.key == "2011-12-31"
    assert named[0].found == Decimal(96825000) and named[0].expected == Decimal(96824000)
    assert "beta.txt" in named[0].message and "42" in named[0].message


def test_unknown_label_becomes_an_unmapped_fact() -> None:
    text = FLATTENED.replace("Other assets", "Restricted deposits")
    facts = _facts("beta.txt", text)
    unmapped = [f for f in facts if not f.mapped]
    assert {(f.concept, f.label, str(f.value)) for f in unmapped} == {
        ("restricted-deposits-instant", "Restricted deposits", "10000000"),
        ("restricted-deposits-instant", "Restricted deposits", "9435000"),
    }


def test_seed_guidance_ranges() -> None:
    from pathlib import Path

    from kg.corpus import read_document

    doc = read_document(
        Path(__file__).resolve().parent.parent / "filings" / "immunogen" / "003_102ef10e00e41432.txt"
    )
    guidance = {(g.concept, g.period.key, g.low, g.high) for g in run(doc) if isinstance(g, Guidance)}
    assert guidance == {
        ("NetIncomeLoss", "2010-07-01--2011-06-30", Decimal(-64000000), Decimal(-60000000)),
        (
            "NetCashProvidedByUsedInOperatingActivities",
            "2010-07-01--2011-06-30",
            Decimal(-4000000),
            Decimal(0),
        ),
        (
            "PaymentsToAcquirePropertyPlantAndEquipment",
            "2010-07-01--2011-06-30",
            Decimal(2000000),
            Decimal(3000000),
        ),
        ("CashCashEquivalentsAndMarketableSecurities", "2011-06-30", Decimal(106000000), Decimal(110000000)),
    }


STACKED = """Gamma Oncology, Inc. Reports Second Quarter Fiscal 2012 Results

Gamma Oncology today reported results for the quarter ended December 31, 2011, the second quarter of
its fiscal year ending June 30, 2012.

CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS
(in thousands, except per share amounts)

                                          Three Months Ended          Six Months Ended
                                             December 31,                December 31,
                                           2011          2010          2011          2010
Revenues:
  License and milestone fees           $  1,627      $  1,921      $  3,201      $  3,731
  Research and development support        2,512         1,574         4,850         3,069
Total revenues                            4,139         3,495         8,051         6,800
Expenses:
  Research and development               18,124        14,207        35,338        27,632
  General and administrative              4,904         4,733         9,615         8,133
Total operating expenses                 23,028        18,940        44,953        35,765
Loss from operations                    (18,889)      (15,445)      (36,902)      (28,965)
"""


def test_stacked_header_gives_each_group_its_own_period() -> None:
    # "Three Months Ended   Six Months Ended" over "December 31,   December 31,": read as one text,
    # the first head has no date of its own; taken as one six-month group the quarter's figures
    # were once filed under the half year.
    facts = _facts("gamma.txt", STACKED)
    q2_12, q2_11 = "2011-10-01--2011-12-31", "2010-10-01--2010-12-31"
    h1_12, h1_11 = "2011-07-01--2011-12-31", "2010-07-01--2010-12-31"
    table = _table(facts)
    expected_revenue = {
        ("Revenues", q2_12, "4139000", "USD", -3, 2012, "Q2"),
        ("Revenues", q2_11, "3495000", "USD", -3, 2011, "Q2"),
        ("Revenues", h1_12, "8051000", "USD", -3, 2012, "H1"),
        ("Revenues", h1_11, "6800000", "USD", -3, 2011, "H1"),
    }
    assert {row for row in table if row[0] == "Revenues"} == expected_revenue
    loss = {(row[1], row[2]) for row in table if row[0] == "OperatingIncomeLoss"}
    assert loss == {(q2_12, "-18889000"), (q2_11, "-15445000"), (h1_12, "-36902000"), (h1_11, "-28965000")}
    assert len(facts) == 7 * 4
    assert check_filing_facts(facts) == []


def test_a_header_that_would_give_two_columns_one_period_is_not_read() -> None:
    # OCR damaged the first head ("Mnths"): one group is left for four columns, which would give the
    # quarter's columns the half year's periods. Unsure, the table is not read at all.
    damaged = STACKED.replace("Three Months Ended", "Three Mnths Ended")
    assert damaged != STACKED
    assert _facts("gamma.txt", damaged) == []
