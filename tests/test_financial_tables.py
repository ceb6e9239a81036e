"""Statement tables of the three seed filings: the complete expected table of facts, by hand from the filings.

Each row: statement (Ba = balance sheet, In = operations), concept, period, value in base units, unit,
decimals, fiscal year, fiscal period, source line, quoted cell. Every printed number is here and
nothing else: the comparison is of whole sets.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from kg.checks import check_filing_facts
from kg.corpus import read_document
from kg.extractors.financials.tables import extract_table_facts
from kg.fiscal import infer_fiscal_year_end
from kg.model import FinancialFact, Skipped

SEEDS = Path(__file__).resolve().parent.parent / "filings" / "immunogen"

# 000_0cfe5a6103b22458.txt
FY2006_Q1 = """
    Ba CashCashEquivalentsAndMarketableSecurities 2005-09-30 86824000 USD -3 2006 instant 153 86,824
    Ba CashCashEquivalentsAndMarketableSecurities 2005-06-30 90565000 USD -3 2005 instant 153 90,565
    Ba OtherAssetsResidual 2005-09-30 19432000 USD -3 2006 instant 154 19,432
    Ba OtherAssetsResidual 2005-06-30 19567000 USD -3 2005 instant 154 19,567
    Ba Assets 2005-09-30 106256000 USD -3 2006 instant 155 106,256
    Ba Assets 2005-06-30 110132000 USD -3 2005 instant 155 110,132
    Ba LiabilitiesCurrent 2005-09-30 9436000 USD -3 2006 instant 157 9,436
    Ba LiabilitiesCurrent 2005-06-30 9226000 USD -3 2005 instant 157 9,226
    Ba LongTermDeferredRevenueAndOtherLiabilities 2005-09-30 13849000 USD -3 2006 instant 158 13,849
    Ba LongTermDeferredRevenueAndOtherLiabilities 2005-06-30 14064000 USD -3 2005 instant 158 14,064
    Ba StockholdersEquity 2005-09-30 82971000 USD -3 2006 instant 159 82,971
    Ba StockholdersEquity 2005-06-30 86842000 USD -3 2005 instant 159 86,842
    Ba LiabilitiesAndStockholdersEquity 2005-09-30 106256000 USD -3 2006 instant 160 106,256
    Ba LiabilitiesAndStockholdersEquity 2005-06-30 110132000 USD -3 2005 instant 160 110,132
    In ResearchAndDevelopmentSupportRevenue 2005-07-01--2005-09-30 5645000 USD -3 2006 Q1 169 5,645
    In ResearchAndDevelopmentSupportRevenue 2004-07-01--2004-09-30 4089000 USD -3 2005 Q1 169 4,089
    In LicenseAndMilestoneFees 2005-07-01--2005-09-30 1261000 USD -3 2006 Q1 170 1,261
    In LicenseAndMilestoneFees 2004-07-01--2004-09-30 1542000 USD -3 2005 Q1 170 1,542
    In ClinicalMaterialsReimbursement 2005-07-01--2005-09-30 831000 USD -3 2006 Q1 171 831
    In ClinicalMaterialsReimbursement 2004-07-01--2004-09-30 2866000 USD -3 2005 Q1 171 2,866
    In DevelopmentFees 2005-07-01--2005-09-30 41000 USD -3 2006 Q1 172 41
    In DevelopmentFees 2004-07-01--2004-09-30 510000 USD -3 2005 Q1 172 510
    In Revenues 2005-07-01--2005-09-30 7778000 USD -3 2006 Q1 173 7,778
    In Revenues 2004-07-01--2004-09-30 9007000 USD -3 2005 Q1 173 9,007
    In CostOfClinicalMaterialsReimbursed 2005-07-01--2005-09-30 904000 USD -3 2006 Q1 175 904
    In CostOfClinicalMaterialsReimbursed 2004-07-01--2004-09-30 2494000 USD -3 2005 Q1 175 2,494
    In ResearchAndDevelopmentExpense 2005-07-01--2005-09-30 9492000 USD -3 2006 Q1 176 9,492
    In ResearchAndDevelopmentExpense 2004-07-01--2004-09-30 7631000 USD -3 2005 Q1 176 7,631
    In GeneralAndAdministrativeExpense 2005-07-01--2005-09-30 2794000 USD -3 2006 Q1 177 2,794
    In GeneralAndAdministrativeExpense 2004-07-01--2004-09-30 1717000 USD -3 2005 Q1 177 1,717
    In OperatingExpenses 2005-07-01--2005-09-30 13190000 USD -3 2006 Q1 178 13,190
    In OperatingExpenses 2004-07-01--2004-09-30 11842000 USD -3 2005 Q1 178 11,842
    In OperatingIncomeLoss 2005-07-01--2005-09-30 -5412000 USD -3 2006 Q1 179 (5,412))
    In OperatingIncomeLoss 2004-07-01--2004-09-30 -2835000 USD -3 2005 Q1 179 (2,835)
    In NonoperatingIncomeExpense 2005-07-01--2005-09-30 716000 USD -3 2006 Q1 180 716
    In NonoperatingIncomeExpense 2004-07-01--2004-09-30 368000 USD -3 2005 Q1 180 368
    In IncomeLossBeforeIncomeTaxes 2005-07-01--2005-09-30 -4696000 USD -3 2006 Q1 181 (4,696))
    In IncomeLossBeforeIncomeTaxes 2004-07-01--2004-09-30 -2467000 USD -3 2005 Q1 181 (2,467)
    In IncomeTaxExpenseBenefit 2005-07-01--2005-09-30 10000 USD -3 2006 Q1 182 10
    In IncomeTaxExpenseBenefit 2004-07-01--2004-09-30 3000 USD -3 2005 Q1 182 3
    In NetIncomeLoss 2005-07-01--2005-09-30 -4706000 USD -3 2006 Q1 183 (4,706))
    In NetIncomeLoss 2004-07-01--2004-09-30 -2470000 USD -3 2005 Q1 183 (2,470)
    In EarningsPerShareBasicAndDiluted 2005-07-01--2005-09-30 -0.11 USDPerShare 2 2006 Q1 184 (0.11))
    In EarningsPerShareBasicAndDiluted 2004-07-01--2004-09-30 -0.06 USDPerShare 2 2005 Q1 184 (0.06)
    In WeightedAverageSharesBasicAndDiluted 2005-07-01--2005-09-30 41065000 Shares -3 2006 Q1 186 41,065
    In WeightedAverageSharesBasicAndDiluted 2004-07-01--2004-09-30 40789000 Shares -3 2005 Q1 186 40,789
"""

# 002_e454553eec5db317.txt
FY2003_Q3 = """
    Ba CashCashEquivalentsAndMarketableSecurities 2003-03-31 109801000 USD -3 2003 instant 139 109,801
    Ba CashCashEquivalentsAndMarketableSecurities 2002-06-30 137840000 USD -3 2002 instant 139 137,840
    Ba OtherAssetsResidual 2003-03-31 16551000 USD -3 2003 instant 140 16,551
    Ba OtherAssetsResidual 2002-06-30 14316000 USD -3 2002 instant 140 14,316
    Ba Assets 2003-03-31 126352000 USD -3 2003 instant 141 126,352
    Ba Assets 2002-06-30 152156000 USD -3 2002 instant 141 152,156
    Ba LiabilitiesCurrent 2003-03-31 6655000 USD -3 2003 instant 145 6,655
    Ba LiabilitiesCurrent 2002-06-30 6504000 USD -3 2002 instant 145 6,504
    Ba LongTermDeferredRevenueAndOtherLiabilities 2003-03-31 9930000 USD -3 2003 instant 146 9,930
    Ba LongTermDeferredRevenueAndOtherLiabilities 2002-06-30 11437000 USD -3 2002 instant 146 11,437
    Ba StockholdersEquity 2003-03-31 109767000 USD -3 2003 instant 147 109,767
    Ba StockholdersEquity 2002-06-30 134215000 USD -3 2002 instant 147 134,215
    Ba LiabilitiesAndStockholdersEquity 2003-03-31 126352000 USD -3 2003 instant 149 126,352
    Ba LiabilitiesAndStockholdersEquity 2002-06-30 152156000 USD -3 2002 instant 149 152,156
    In CollaborationRevenue 2003-01-01--2003-03-31 786000 USD -3 2003 Q3 159 786
    In CollaborationRevenue 2002-01-01--2002-03-31 460000 USD -3 2002 Q3 159 460
    In CollaborationRevenue 2002-07-01--2003-03-31 3745000 USD -3 2003 9M 159 3,745
    In CollaborationRevenue 2001-07-01--2002-03-31 1246000 USD -3 2002 9M 159 1,246
    In ClinicalMaterialsReimbursement 2003-01-01--2003-03-31 492000 USD -3 2003 Q3 160 492
    In ClinicalMaterialsReimbursement 2002-01-01--2002-03-31 602000 USD -3 2002 Q3 160 602
    In ClinicalMaterialsReimbursement 2002-07-01--2003-03-31 2267000 USD -3 2003 9M 160 2,267
    In ClinicalMaterialsReimbursement 2001-07-01--2002-03-31 2377000 USD -3 2002 9M 160 2,377
    In DevelopmentFees 2003-01-01--2003-03-31 178000 USD -3 2003 Q3 161 178
    In DevelopmentFees 2002-01-01--2002-03-31 148000 USD -3 2002 Q3 161 148
    In DevelopmentFees 2002-07-01--2003-03-31 267000 USD -3 2003 9M 161 267
    In DevelopmentFees 2001-07-01--2002-03-31 558000 USD -3 2002 9M 161 558
    In Revenues 2003-01-01--2003-03-31 1456000 USD -3 2003 Q3 162 1,456
    In Revenues 2002-01-01--2002-03-31 1210000 USD -3 2002 Q3 162 1,210
    In Revenues 2002-07-01--2003-03-31 6279000 USD -3 2003 9M 162 6,279
    In Revenues 2001-07-01--2002-03-31 4181000 USD -3 2002 9M 162 4,181
    In CostOfClinicalMaterialsReimbursed 2003-01-01--2003-03-31 440000 USD -3 2003 Q3 164 440
    In CostOfClinicalMaterialsReimbursed 2002-01-01--2002-03-31 557000 USD -3 2002 Q3 164 557
    In CostOfClinicalMaterialsReimbursed 2002-07-01--2003-03-31 2035000 USD -3 2003 9M 164 2,035
    In CostOfClinicalMaterialsReimbursed 2001-07-01--2002-03-31 2332000 USD -3 2002 9M 164 2,332
    In ResearchAndDevelopmentExpense 2003-01-01--2003-03-31 6296000 USD -3 2003 Q3 165 6,296
    In ResearchAndDevelopmentExpense 2002-01-01--2002-03-31 7173000 USD -3 2002 Q3 165 7,173
    In ResearchAndDevelopmentExpense 2002-07-01--2003-03-31 16972000 USD -3 2003 9M 165 16,972
    In ResearchAndDevelopmentExpense 2001-07-01--2002-03-31 12692000 USD -3 2002 9M 165 12,692
    In GeneralAndAdministrativeExpense 2003-01-01--2003-03-31 1502000 USD -3 2003 Q3 166 1,502
    In GeneralAndAdministrativeExpense 2002-01-01--2002-03-31 1576000 USD -3 2002 Q3 166 1,576
    In GeneralAndAdministrativeExpense 2002-07-01--2003-03-31 4542000 USD -3 2003 9M 166 4,542
    In GeneralAndAdministrativeExpense 2001-07-01--2002-03-31 4017000 USD -3 2002 9M 166 4,017
    In OperatingExpenses 2003-01-01--2003-03-31 8238000 USD -3 2003 Q3 167 8,238
    In OperatingExpenses 2002-01-01--2002-03-31 9306000 USD -3 2002 Q3 167 9,306
    In OperatingExpenses 2002-07-01--2003-03-31 23549000 USD -3 2003 9M 167 23,549
    In OperatingExpenses 2001-07-01--2002-03-31 19041000 USD -3 2002 9M 167 19,041
    In OperatingIncomeLoss 2003-01-01--2003-03-31 -6782000 USD -3 2003 Q3 168 (6,782)
    In OperatingIncomeLoss 2002-01-01--2002-03-31 -8096000 USD -3 2002 Q3 168 (8,096)
    In OperatingIncomeLoss 2002-07-01--2003-03-31 -17270000 USD -3 2003 9M 168 (17,270)
    In OperatingIncomeLoss 2001-07-01--2002-03-31 -14860000 USD -3 2002 9M 168 (14,860)
    In NonoperatingIncomeExpense 2003-01-01--2003-03-31 2165000 USD -3 2003 Q3 169 2,165
    In NonoperatingIncomeExpense 2002-01-01--2002-03-31 1256000 USD -3 2002 Q3 169 1,256
    In NonoperatingIncomeExpense 2002-07-01--2003-03-31 4182000 USD -3 2003 9M 169 4,182
    In NonoperatingIncomeExpense 2001-07-01--2002-03-31 4790000 USD -3 2002 9M 169 4,790
    In IncomeLossBeforeIncomeTaxes 2003-01-01--2003-03-31 -4617000 USD -3 2003 Q3 170 (4,617)
    In IncomeLossBeforeIncomeTaxes 2002-01-01--2002-03-31 -6840000 USD -3 2002 Q3 170 (6,840)
    In IncomeLossBeforeIncomeTaxes 2002-07-01--2003-03-31 -13088000 USD -3 2003 9M 170 (13,088)
    In IncomeLossBeforeIncomeTaxes 2001-07-01--2002-03-31 -10070000 USD -3 2002 9M 170 (10,070)
    In IncomeTaxExpenseBenefit 2003-01-01--2003-03-31 0 USD -3 2003 Q3 171 _
    In IncomeTaxExpenseBenefit 2002-01-01--2002-03-31 33000 USD -3 2002 Q3 171 (33)
    In IncomeTaxExpenseBenefit 2002-07-01--2003-03-31 35000 USD -3 2003 9M 171 (35)
    In IncomeTaxExpenseBenefit 2001-07-01--2002-03-31 128000 USD -3 2002 9M 171 (128)
    In NetIncomeLoss 2003-01-01--2003-03-31 -4617000 USD -3 2003 Q3 172 (4,617)
    In NetIncomeLoss 2002-01-01--2002-03-31 -6873000 USD -3 2002 Q3 172 (6,873)
    In NetIncomeLoss 2002-07-01--2003-03-31 -13123000 USD -3 2003 9M 172 (13,123)
    In NetIncomeLoss 2001-07-01--2002-03-31 -10198000 USD -3 2002 9M 172 (10,198)
    In EarningsPerShareBasicAndDiluted 2003-01-01--2003-03-31 -0.11 USDPerShare 2 2003 Q3 173 (0.11)
    In EarningsPerShareBasicAndDiluted 2002-01-01--2002-03-31 -0.17 USDPerShare 2 2002 Q3 173 (0.17)
    In EarningsPerShareBasicAndDiluted 2002-07-01--2003-03-31 -0.31 USDPerShare 2 2003 9M 173 (0.31)
    In EarningsPerShareBasicAndDiluted 2001-07-01--2002-03-31 -0.26 USDPerShare 2 2002 9M 173 (0.26)
    In WeightedAverageSharesBasicAndDiluted 2003-01-01--2003-03-31 41441000 Shares -3 2003 Q3 174 41,441
    In WeightedAverageSharesBasicAndDiluted 2002-01-01--2002-03-31 39830000 Shares -3 2002 Q3 174 39,830
    In WeightedAverageSharesBasicAndDiluted 2002-07-01--2003-03-31 42353000 Shares -3 2003 9M 174 42,353
    In WeightedAverageSharesBasicAndDiluted 2001-07-01--2002-03-31 39454000 Shares -3 2002 9M 174 39,454
"""

# 003_102ef10e00e41432.txt
FY2011_Q1 = """
    Ba CashCashEquivalentsAndMarketableSecurities 2010-09-30 94942000 USD -3 2011 instant 172 94,942
    Ba CashCashEquivalentsAndMarketableSecurities 2010-06-30 110298000 USD -3 2010 instant 172 110,298
    Ba OtherAssetsResidual 2010-09-30 25817000 USD -3 2011 instant 173 25,817
    Ba OtherAssetsResidual 2010-06-30 26910000 USD -3 2010 instant 173 26,910
    Ba Assets 2010-09-30 120759000 USD -3 2011 instant 174 120,759
    Ba Assets 2010-06-30 137208000 USD -3 2010 instant 174 137,208
    Ba LiabilitiesCurrent 2010-09-30 9706000 USD -3 2011 instant 176 9,706
    Ba LiabilitiesCurrent 2010-06-30 13822000 USD -3 2010 instant 176 13,822
    Ba LongTermDeferredRevenueAndOtherLiabilities 2010-09-30 20532000 USD -3 2011 instant 177 20,532
    Ba LongTermDeferredRevenueAndOtherLiabilities 2010-06-30 21338000 USD -3 2010 instant 177 21,338
    Ba StockholdersEquity 2010-09-30 90521000 USD -3 2011 instant 178 90,521
    Ba StockholdersEquity 2010-06-30 102048000 USD -3 2010 instant 178 102,048
    Ba LiabilitiesAndStockholdersEquity 2010-09-30 120759000 USD -3 2011 instant 179 120,759
    Ba LiabilitiesAndStockholdersEquity 2010-06-30 137208000 USD -3 2010 instant 179 137,208
    In LicenseAndMilestoneFees 2010-07-01--2010-09-30 1810000 USD -3 2011 Q1 189 1,810
    In LicenseAndMilestoneFees 2009-07-01--2009-09-30 1831000 USD -3 2010 Q1 189 1,831
    In ResearchAndDevelopmentSupportRevenue 2010-07-01--2010-09-30 1495000 USD -3 2011 Q1 190 1,495
    In ResearchAndDevelopmentSupportRevenue 2009-07-01--2009-09-30 782000 USD -3 2010 Q1 190 782
    In ClinicalMaterialsReimbursement 2010-07-01--2010-09-30 106000 USD -3 2011 Q1 195 106
    In Revenues 2010-07-01--2010-09-30 3411000 USD -3 2011 Q1 197 3,411
    In ResearchAndDevelopmentExpense 2010-07-01--2010-09-30 13425000 USD -3 2011 Q1 200 13,425
    In GeneralAndAdministrativeExpense 2010-07-01--2010-09-30 3364000 USD -3 2011 Q1 201 3,364
    In OperatingExpenses 2010-07-01--2010-09-30 16789000 USD -3 2011 Q1 202 16,789
    In OperatingIncomeLoss 2010-07-01--2010-09-30 -13378000 USD -3 2011 Q1 203 (13,378
    In NonoperatingIncomeExpense 2010-07-01--2010-09-30 490000 USD -3 2011 Q1 204 490
    In IncomeLossBeforeIncomeTaxes 2010-07-01--2010-09-30 -12888000 USD -3 2011 Q1 205 (12,888
    In IncomeTaxExpenseBenefit 2010-07-01--2010-09-30 0 USD -3 2011 Q1 207 -
    In NetIncomeLoss 2010-07-01--2010-09-30 -12888000 USD -3 2011 Q1 209 (12,888
    In EarningsPerShareBasicAndDiluted 2010-07-01--2010-09-30 -0.19 USDPerShare 2 2011 Q1 210 (0.19
    In WeightedAverageSharesBasicAndDiluted 2010-07-01--2010-09-30 67944000 Shares -3 2011 Q1 211 67,944
"""


def _table_facts(name: str) -> tuple[list[FinancialFact], list[Skipped]]:
    doc = read_document(SEEDS / name)
    produced = list(extract_table_facts(doc, infer_fiscal_year_end(doc.text)))
    return [f for f in produced if isinstance(f, FinancialFact)], [
        f for f in produced if isinstance(f, Skipped)
    ]


def _rows(facts: list[FinancialFact]) -> set[tuple[str, ...]]:
    return {
        (
            f.statement[:2], f.concept, f.period.key, str(f.value), f.unit, str(f.decimals),
            str(f.fiscal_year), str(f.fiscal_period), str(f.evidence[0].line), f.evidence[0].quote,
        )
        for f in facts
    }  # fmt: skip


def _expected(table: str) -> set[tuple[str, ...]]:
    return {tuple(line.split(None, 9)) for line in table.strip().splitlines()}


@pytest.mark.parametrize(
    ("name", "table"),
    [
        ("000_0cfe5a6103b22458.txt", FY2006_Q1),
        ("002_e454553eec5db317.txt", FY2003_Q3),
        ("003_102ef10e00e41432.txt", FY2011_Q1),
    ],
)
def test_every_printed_number_and_nothing_else(name: str, table: str) -> None:
    facts, _ = _table_facts(name)
    got, want = _rows(facts), _expected(table)
    assert sorted(got - want) == [] and sorted(want - got) == []
    assert len(facts) == len(want)  # no duplicates either


@pytest.mark.parametrize(
    "name", ["000_0cfe5a6103b22458.txt", "002_e454553eec5db317.txt", "003_102ef10e00e41432.txt"]
)
def test_seed_tables_pass_every_arithmetic_check(name: str) -> None:
    facts, _ = _table_facts(name)
    assert check_filing_facts(facts, name) == []


def test_2005_values_signs_and_labels() -> None:
    facts, _ = _table_facts("000_0cfe5a6103b22458.txt")
    net = next(f for f in facts if f.concept == "NetIncomeLoss" and f.period.key == "2005-07-01--2005-09-30")
    assert net.value == Decimal(-4706000) and net.decimals == -3 and net.unit == "USD"
    assert net.label == "Net income (loss)" and net.statement == "IncomeStatement" and net.mapped
    rnd = next(f for f in facts if f.concept == "ResearchAndDevelopmentExpense" and f.fiscal_year == 2006)
    assert rnd.label == "Research and development"  # footnote marker "(1)" cleaned off
    assert all(f.mapped for f in facts)


def test_2005_garbage_header_line_and_footnote_table_yield_no_fact() -> None:
    facts, skipped = _table_facts("000_0cfe5a6103b22458.txt")
    assert not any(f.evidence[0].line in (152, 190, 191, 192, 193) for f in facts)
    assert {s.line for s in skipped if s.line and s.line > 150} == {191, 192, 193}


def test_2003_detached_total_attached_and_ocr_garbage_skipped() -> None:
    facts, skipped = _table_facts("002_e454553eec5db317.txt")
    total = [f for f in facts if f.concept == "LiabilitiesAndStockholdersEquity"]
    assert {(f.period.key, f.value, f.evidence[0].line) for f in total} == {
        ("2003-03-31", Decimal(126352000), 149),
        ("2002-06-30", Decimal(152156000), 149),
    }
    assert total[0].label == "Total liabilities and stockholders' equity"
    assert any(s.line == 150 for s in skipped)
    assert not any(f.evidence[0].line == 150 for f in facts)


def test_2003_income_tax_printed_as_deduction_is_a_positive_expense() -> None:
    facts, _ = _table_facts("002_e454553eec5db317.txt")
    tax = {f.period.key: f.value for f in facts if f.concept == "IncomeTaxExpenseBenefit"}
    assert tax == {
        "2003-01-01--2003-03-31": 0,
        "2002-01-01--2002-03-31": 33000,
        "2002-07-01--2003-03-31": 35000,
        "2001-07-01--2002-03-31": 128000,
    }


def test_2010_cut_off_column_yields_only_printed_cells() -> None:
    facts, _ = _table_facts("003_102ef10e00e41432.txt")
    prior = [f for f in facts if f.period.key == "2009-07-01--2009-09-30"]
    assert {(f.concept, f.value) for f in prior} == {
        ("LicenseAndMilestoneFees", Decimal(1831000)),
        ("ResearchAndDevelopmentSupportRevenue", Decimal(782000)),
    }
