"""Financials, review 24: two releases read whole, line by line against their text.

1. A statement's line of years may print the restatement word beside a year ("2005 Restated",
   "2005 (As Restated)", "2005 (As Restated)(1)", "December 31, 2005 (restated)", an HTML cell
   "2005<br>(As Restated)"): the column holds
   the period's figures as they now stand, so the line is the header's line of years and the word
   names no period. Before, the line was no header and the whole statement was declined.
2. A header naming a column of figures as first reported ("As Previously Reported") beside a
   restated one of the same period still gives no periods: the statement is declined rather than
   one version of the period's figures taken for the other.

The releases are the reviewers' own: Ostara Biosciences' second quarter of 2006 (a calendar year),
plain text, its statement columns running oldest first with the 2005 columns headed "(As
Restated)", six-month columns, a "Selected Balance Sheet Data" table with two dates and prose giving
the as-reported figures beside the restated ones; and ImmunoGen's third quarter of fiscal 2006
(quarter ended March 31, 2006), plain text, revenue broken into kinds in prose and table, nine-month
columns and fiscal 2006 guidance.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from conftest import reviewed_statement_facts, statement_facts_of_text, values_by_period
from extractor_outputs import financial_facts as _facts

from kg.corpus import read_document
from kg.extractors.financials import run
from kg.model import Guidance

REVIEWED = Path(__file__).parent / "reviewed_releases"
OSTARA = "r24a_ostara_2006q2_restated.txt"
IMMUNOGEN = "r24a_immunogen_fy2006_q3.txt"

Q2_06, Q2_05 = "2006-04-01--2006-06-30", "2005-04-01--2005-06-30"
H1_06, H1_05 = "2006-01-01--2006-06-30", "2005-01-01--2005-06-30"
Q3_06, Q3_05 = "2006-01-01--2006-03-31", "2005-01-01--2005-03-31"
M9_06, M9_05 = "2005-07-01--2006-03-31", "2004-07-01--2005-03-31"
FY_06 = "2005-07-01--2006-06-30"

_OSTARA_YEARS = """                               2005         2006          2005         2006
                           (As Restated)             (As Restated)
"""


def _everything(name: str) -> list[object]:
    """All the financials extractor states or notes of a reviewed release."""
    return list(run(read_document(REVIEWED / name)))


def _ostara_with_years(years: str) -> str:
    """The Ostara release with its statement of operations' year lines printed as ``years``."""
    text = (REVIEWED / OSTARA).read_text(encoding="utf-8")
    assert _OSTARA_YEARS in text
    return text.replace(_OSTARA_YEARS, years)


# ---------------------------------------------------------------------------------------------
# Ostara Biosciences, second quarter of 2006: oldest columns first, the 2005 columns restated


def test_oldest_first_columns_give_the_restated_year_ago_figures() -> None:
    facts, _ = reviewed_statement_facts(OSTARA)
    assert values_by_period(facts, "Revenues") == {
        Q2_05: Decimal(4100000),
        Q2_06: Decimal(6400000),
        H1_05: Decimal(8300000),
        H1_06: Decimal(11900000),
    }
    assert values_by_period(facts, "NetIncomeLoss") == {
        Q2_05: Decimal(-9200000),
        Q2_06: Decimal(-10500000),
        H1_05: Decimal(-18400000),
        H1_06: Decimal(-20600000),
    }
    assert values_by_period(facts, "EarningsPerShareBasicAndDiluted") == {
        Q2_05: Decimal("-0.36"),
        Q2_06: Decimal("-0.38"),
        H1_05: Decimal("-0.72"),
        H1_06: Decimal("-0.75"),
    }
    fiscal = {(f.period.key, f.fiscal_year, f.fiscal_period) for f in facts if f.concept == "Revenues"}
    assert fiscal == {(Q2_05, 2005, "Q2"), (Q2_06, 2006, "Q2"), (H1_05, 2005, "H1"), (H1_06, 2006, "H1")}


def test_the_selected_balance_sheet_data_gives_both_dates() -> None:
    facts, _ = reviewed_statement_facts(OSTARA)
    assert values_by_period(facts, "StockholdersEquity") == {
        "2005-12-31": Decimal(95118000),
        "2006-06-30": Decimal(78935000),
    }
    assert values_by_period(facts, "CashCashEquivalentsAndMarketableSecurities") == {
        "2005-12-31": Decimal(118700000),
        "2006-06-30": Decimal(96300000),
    }


def test_the_as_reported_figures_in_the_prose_are_no_facts() -> None:
    # "revenues for the second quarter of 2005 had been reported as $5.6 million"; "As originally
    # reported, the net loss for the second quarter of 2005 was $7.7 million, or $0.30 per share".
    out = _everything(OSTARA)
    values = {f.value for f in _facts(out)}
    assert not values & {Decimal(5600000), Decimal(-7700000), Decimal(7700000), Decimal("-0.30")}
    net_loss_q2_05 = [f for f in _facts(out) if f.concept == "NetIncomeLoss" and f.period.key == Q2_05]
    assert [f.value for f in net_loss_q2_05] == [Decimal(-9200000)]
    assert not any("7.7" in e.quote for e in net_loss_q2_05[0].evidence)


def test_the_cash_guidance_of_2006() -> None:
    guidance = [g for g in _everything(OSTARA) if isinstance(g, Guidance)]
    assert [(g.concept, g.period.key, g.low, g.high) for g in guidance] == [
        (
            "NetCashProvidedByUsedInOperatingActivities",
            "2006-01-01--2006-12-31",
            Decimal(-46000000),
            Decimal(-42000000),
        )
    ]


def test_a_restatement_word_beside_each_year_leaves_the_line_of_years() -> None:
    for years in (
        "                          2005 Restated     2006    2005 Restated      2006\n",
        "                      2005 (As Restated)    2006 2005 (as restated)    2006\n",
        "                    2005 (As Restated)(1)   2006  2005 (As Restated)(1)  2006\n",
    ):
        facts, _ = statement_facts_of_text("r24a_probe.txt", _ostara_with_years(years))
        assert values_by_period(facts, "NetIncomeLoss") == {
            Q2_05: Decimal(-9200000),
            Q2_06: Decimal(-10500000),
            H1_05: Decimal(-18400000),
            H1_06: Decimal(-20600000),
        }, years


def test_a_restated_balance_sheet_date_is_its_date() -> None:
    text = (REVIEWED / OSTARA).read_text(encoding="utf-8")
    printed = "                                             2005             2006\n"
    assert printed in text
    text = text.replace(printed, "                                        2005 (As Restated)    2006\n")
    facts, _ = statement_facts_of_text("r24a_probe.txt", text)
    assert values_by_period(facts, "StockholdersEquity") == {
        "2005-12-31": Decimal(95118000),
        "2006-06-30": Decimal(78935000),
    }


def test_as_reported_and_restated_columns_of_one_year_are_declined() -> None:
    # Two columns of each 2005 period: which is which is not read, so neither is taken.
    years = "                      2005 As Reported 2005 Restated 2005 As Reported  2005 Restated\n"
    facts, notes = statement_facts_of_text("r24a_probe.txt", _ostara_with_years(years))
    assert not [f for f in facts if f.statement == "IncomeStatement"]
    assert any("do not give 4 periods" in n.reason for n in notes)


# ---------------------------------------------------------------------------------------------
# ImmunoGen, third quarter of fiscal 2006 (June year end)


def test_the_revenue_kinds_of_the_quarter_and_nine_months() -> None:
    facts, _ = reviewed_statement_facts(IMMUNOGEN)
    expected = {
        "ResearchAndDevelopmentSupportRevenue": (5894000, 5212000, 16930000, 15874000),
        "LicenseAndMilestoneFees": (1702000, 1488000, 4415000, 4653000),
        "ClinicalMaterialsReimbursement": (1286000, 1190000, 3690000, 3212000),
        "DevelopmentFees": (218000, 110000, 565000, 461000),
        "Revenues": (9100000, 8000000, 25600000, 24200000),
    }
    for concept, values in expected.items():
        assert values_by_period(facts, concept) == dict(
            zip((Q3_06, Q3_05, M9_06, M9_05), map(Decimal, values), strict=True)
        ), concept
    fiscal = {(f.period.key, f.fiscal_year, f.fiscal_period) for f in facts if f.concept == "Revenues"}
    assert fiscal == {(Q3_06, 2006, "Q3"), (Q3_05, 2005, "Q3"), (M9_06, 2006, "9M"), (M9_05, 2005, "9M")}


def test_the_prose_revenue_kinds_join_the_table_lines() -> None:
    # "Third quarter revenues include $5.9 million of research and development support fees,
    # $1.7 million of license and milestone fees, $1.3 million of clinical materials reimbursement
    # and $0.2 million of development fees."
    out = _everything(IMMUNOGEN)
    assert not [f for f in _facts(out) if f.statement == "Narrative" and f.period.key == Q3_06]
    kinds = {
        f.concept: f
        for f in _facts(out)
        if f.period.key == Q3_06
        and f.concept
        in {
            "ResearchAndDevelopmentSupportRevenue",
            "LicenseAndMilestoneFees",
            "ClinicalMaterialsReimbursement",
            "DevelopmentFees",
        }
    }
    assert {c: len(f.evidence) for c, f in kinds.items()} == dict.fromkeys(kinds, 2)


def test_the_cash_used_in_nine_months_and_the_fiscal_2006_guidance() -> None:
    out = _everything(IMMUNOGEN)
    cash = [f for f in _facts(out) if f.concept == "NetCashProvidedByUsedInOperatingActivities"]
    assert [(f.period.key, f.value, f.fiscal_year, f.fiscal_period) for f in cash] == [
        (M9_06, Decimal(-11800000), 2006, "9M")
    ]
    guidance = {(g.concept, g.period.key, g.low, g.high) for g in out if isinstance(g, Guidance)}
    assert guidance == {
        ("Revenues", FY_06, Decimal(33000000), Decimal(35000000)),
        ("NetIncomeLoss", FY_06, Decimal(-21000000), Decimal(-19000000)),
        ("CashCashEquivalentsAndMarketableSecurities", "2006-06-30", Decimal(78000000), Decimal(81000000)),
    }


_HTML_STATEMENT = """<html><body>
<p>Ostara Biosciences, Inc. (Nasdaq: OSTB) today reported financial results for the second quarter
ended June 30, 2006.</p>
<p align="center"><b>OSTARA BIOSCIENCES, INC.<br>CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS<br>
(in thousands, except per share data)</b></p>
<table>
<tr><td></td><td colspan="2" align="center">Three Months Ended June 30,</td>
<td colspan="2" align="center">Six Months Ended June 30,</td></tr>
<tr><td></td>COLUMNS</tr>
<tr><td>Total revenues</td><td>$ 4,100</td><td>$ 6,400</td><td>$ 8,300</td><td>$ 11,900</td></tr>
<tr><td>Net loss</td><td>$ (9,200)</td><td>$ (10,500)</td><td>$ (18,400)</td><td>$ (20,600)</td></tr>
</table>
<p align="center"><b>SELECTED BALANCE SHEET DATA<br>(in thousands)</b></p>
<table>
<tr><td></td><td>December 31, 2005 (As Restated)</td><td>June 30, 2006</td></tr>
<tr><td>Total stockholders' equity</td><td>95,118</td><td>78,935</td></tr>
</table>
</body></html>
"""


def test_an_html_cell_of_a_year_and_its_restatement_word() -> None:
    columns = "".join(f'<td align="center">{head}</td>' for head in ("2005<br>(As Restated)", "2006") * 2)
    facts, _ = statement_facts_of_text("r24a_probe.htm", _HTML_STATEMENT.replace("COLUMNS", columns))
    assert values_by_period(facts, "NetIncomeLoss") == {
        Q2_05: Decimal(-9200000),
        Q2_06: Decimal(-10500000),
        H1_05: Decimal(-18400000),
        H1_06: Decimal(-20600000),
    }
    assert values_by_period(facts, "StockholdersEquity") == {
        "2005-12-31": Decimal(95118000),
        "2006-06-30": Decimal(78935000),
    }


def test_an_html_column_as_previously_reported_declines_the_statement() -> None:
    heads = ("2005<br>As Previously Reported", "2005<br>(As Restated)", "2006", "2005<br>(As Restated)")
    columns = "".join(f'<td align="center">{head}</td>' for head in heads)
    facts, notes = statement_facts_of_text("r24a_probe.htm", _HTML_STATEMENT.replace("COLUMNS", columns))
    assert not [f for f in facts if f.statement == "IncomeStatement"]
    assert any("do not give 4 periods" in n.reason for n in notes)
