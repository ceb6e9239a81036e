"""Prose figures of the seed releases and of synthetic releases in other phrasings, and their merge
with the statement tables. Expected values written by hand from the text of each release.

Each row: concept, period, value in base units, unit, decimals, fiscal year, fiscal period, line,
quote (whitespace collapsed). Comparisons are of whole sets: nothing missing, nothing extra.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from kg.checks import check_filing_facts
from kg.corpus import document_from_bytes, read_document
from kg.extractors.financials import EXTRACTOR, run
from kg.extractors.financials.narrative import extract_narrative_facts
from kg.fiscal import infer_fiscal_year_end
from kg.model import FinancialFact, Skipped

SEEDS = Path(__file__).resolve().parent.parent / "filings" / "immunogen"

# 003: the whole "Financial Results" section (lines 97-117). The table's 2009 column was cut off,
# so most prior-year figures exist only here.
FY2011_Q1_PROSE = r"""
    NetIncomeLoss 2010-07-01--2010-09-30 -12900000 USD -5 2011 Q1 99 net loss of $12.9 million
    EarningsPerShareBasicAndDiluted 2010-07-01--2010-09-30 -0.19 USDPerShare 2 2011 Q1 99 $0.19 per basic and diluted share
    NetIncomeLoss 2009-07-01--2009-09-30 -12400000 USD -5 2010 Q1 99 net loss of $12.4 million
    EarningsPerShareBasicAndDiluted 2009-07-01--2009-09-30 -0.22 USDPerShare 2 2010 Q1 100 $0.22 per basic and diluted share
    Revenues 2010-07-01--2010-09-30 3400000 USD -5 2011 Q1 102 Revenues were $3.4 million
    Revenues 2009-07-01--2009-09-30 3100000 USD -5 2010 Q1 102 $3.1 million
    LicenseAndMilestoneFees 2010-07-01--2010-09-30 1800000 USD -5 2011 Q1 102 $1.8 million of license and milestone fees
    LicenseAndMilestoneFees 2009-07-01--2009-09-30 1800000 USD -5 2010 Q1 102 $1.8 million of license and milestone fees
    ResearchAndDevelopmentSupportRevenue 2010-07-01--2010-09-30 1500000 USD -5 2011 Q1 103 $1.5 million of research and development support fees
    ClinicalMaterialsReimbursement 2010-07-01--2010-09-30 100000 USD -5 2011 Q1 104 $0.1 million of clinical material reimbursement
    ResearchAndDevelopmentSupportRevenue 2009-07-01--2009-09-30 800000 USD -5 2010 Q1 104 $0.8 million
    ClinicalMaterialsReimbursement 2009-07-01--2009-09-30 500000 USD -5 2010 Q1 104 $0.5 million
    OperatingExpenses 2010-07-01--2010-09-30 16800000 USD -5 2011 Q1 107 Operating expenses for 1QFY11 were $16.8 million
    OperatingExpenses 2009-07-01--2009-09-30 15800000 USD -5 2010 Q1 107 $15.8 million
    ResearchAndDevelopmentExpense 2010-07-01--2010-09-30 13400000 USD -5 2011 Q1 108 research and development expenses of $13.4 million
    ResearchAndDevelopmentExpense 2009-07-01--2009-09-30 12200000 USD -5 2010 Q1 108 $12.2 million
    GeneralAndAdministrativeExpense 2010-07-01--2010-09-30 3400000 USD -5 2011 Q1 109 general and administrative expenses of $3.4 million
    GeneralAndAdministrativeExpense 2009-07-01--2009-09-30 3600000 USD -5 2010 Q1 109 $3.6 million
    NonoperatingIncomeExpense 2010-07-01--2010-09-30 500000 USD -5 2011 Q1 112 $0.5 million
    NonoperatingIncomeExpense 2009-07-01--2009-09-30 100000 USD -5 2010 Q1 112 $0.1 million
    CashCashEquivalentsAndMarketableSecurities 2010-09-30 94900000 USD -5 2011 instant 114 $94.9 million in cash and marketable securities
    CashCashEquivalentsAndMarketableSecurities 2010-06-30 110300000 USD -5 2010 instant 115 $110.3 million
    NetCashProvidedByUsedInOperatingActivities 2010-07-01--2010-09-30 -15300000 USD -5 2011 Q1 116 cash used in operations was $15.3 million
    NetCashProvidedByUsedInOperatingActivities 2009-07-01--2009-09-30 -11400000 USD -5 2010 Q1 116 $11.4 million
    PaymentsToAcquirePropertyPlantAndEquipment 2010-07-01--2010-09-30 300000 USD -5 2011 Q1 116 Capital expenditures were $0.3 and $0.6 million
    PaymentsToAcquirePropertyPlantAndEquipment 2009-07-01--2009-09-30 600000 USD -5 2010 Q1 117 $0.6 million
"""

# 000: the results paragraphs (lines 85-95). "$0.01 per share" of stock compensation, the "$1.1
# million" part "Of the $5.6 million" and the future "$18.2 million" commitment are not facts.
FY2006_Q1_PROSE = r"""
    NetIncomeLoss 2005-07-01--2005-09-30 -4700000 USD -5 2006 Q1 85 net loss of \$4.7 million
    EarningsPerShareBasicAndDiluted 2005-07-01--2005-09-30 -0.11 USDPerShare 2 2006 Q1 85 $0.11 per basic and diluted share
    NetIncomeLoss 2004-07-01--2004-09-30 -2500000 USD -5 2005 Q1 85 net loss of \$2.5 million
    EarningsPerShareBasicAndDiluted 2004-07-01--2004-09-30 -0.06 USDPerShare 2 2005 Q1 85 $0.06 per basic and diluted share
    StockCompensationExpense 2005-07-01--2005-09-30 600000 USD -5 2006 Q1 85 $0.6 million of stock compensation expense
    Revenues 2005-07-01--2005-09-30 7800000 USD -5 2006 Q1 87 Revenues for the three-month period ended September 30, 2005 were \$7.8 million
    Revenues 2004-07-01--2004-09-30 9000000 USD -5 2005 Q1 87 $9.0 million
    ResearchAndDevelopmentSupportRevenue 2005-07-01--2005-09-30 5600000 USD -5 2006 Q1 87 $5.6 million of research and development support fees
    ResearchAndDevelopmentSupportRevenue 2004-07-01--2004-09-30 4100000 USD -5 2005 Q1 87 $4.1 million
    ClinicalMaterialsReimbursement 2005-07-01--2005-09-30 800000 USD -5 2006 Q1 87 $0.8 million of clinical material reimbursement
    ClinicalMaterialsReimbursement 2004-07-01--2004-09-30 2900000 USD -5 2005 Q1 87 $2.9 million
    LicenseAndMilestoneFees 2005-07-01--2005-09-30 1300000 USD -5 2006 Q1 87 $1.3 million of license and milestone fees
    LicenseAndMilestoneFees 2004-07-01--2004-09-30 1500000 USD -5 2005 Q1 89 $1.5 million
    OperatingExpenses 2005-07-01--2005-09-30 13200000 USD -5 2006 Q1 91 Operating expenses for the three-month period ended September 30, 2005 were \$13.2 million
    OperatingExpenses 2004-07-01--2004-09-30 11800000 USD -5 2005 Q1 91 $11.8 million
    ResearchAndDevelopmentExpense 2005-07-01--2005-09-30 9500000 USD -5 2006 Q1 91 research and development expenses of \$9.5 million
    ResearchAndDevelopmentExpense 2004-07-01--2004-09-30 7600000 USD -5 2005 Q1 91 $7.6 million
    CostOfClinicalMaterialsReimbursed 2005-07-01--2005-09-30 900000 USD -5 2006 Q1 91 cost of clinical material reimbursed was \$0.9 million
    CostOfClinicalMaterialsReimbursed 2004-07-01--2004-09-30 2500000 USD -5 2005 Q1 91 $2.5 million
    GeneralAndAdministrativeExpense 2005-07-01--2005-09-30 2800000 USD -5 2006 Q1 91 general and administrative expenses of \$2.8 million
    GeneralAndAdministrativeExpense 2004-07-01--2004-09-30 1700000 USD -5 2005 Q1 91 $1.7 million
    NonoperatingIncomeExpense 2005-07-01--2005-09-30 700000 USD -5 2006 Q1 93 Other income, substantially comprised of interest income, was \$0.7 million
    NonoperatingIncomeExpense 2004-07-01--2004-09-30 400000 USD -5 2005 Q1 93 $0.4 million
    CashCashEquivalentsAndMarketableSecurities 2005-09-30 86800000 USD -5 2006 instant 95 $86.8 million in cash and marketable securities
    CashCashEquivalentsAndMarketableSecurities 2005-06-30 90600000 USD -5 2005 instant 95 $90.6 million
    NetCashProvidedByUsedInOperatingActivities 2005-07-01--2005-09-30 -3500000 USD -5 2006 Q1 95 cash used in operations was \$3.5 million
    NetCashProvidedByUsedInOperatingActivities 2004-07-01--2004-09-30 900000 USD -5 2005 Q1 95 $0.9 million provided by operations
"""

# 002: the first four paragraphs (lines 87-93). "$6,000 and $1.0 million of process development
# collaboration costs" and "$1.4 million of net gain" name no known concept: skipped, not guessed.
FY2003_Q3_PROSE = r"""
    NetIncomeLoss 2003-01-01--2003-03-31 -4600000 USD -5 2003 Q3 87 net loss of \$4.6 million
    EarningsPerShareBasicAndDiluted 2003-01-01--2003-03-31 -0.11 USDPerShare 2 2003 Q3 87 $0.11 per basic and diluted share
    NetIncomeLoss 2002-01-01--2002-03-31 -6900000 USD -5 2002 Q3 87 net loss of \$6.9 million
    EarningsPerShareBasicAndDiluted 2002-01-01--2002-03-31 -0.17 USDPerShare 2 2002 Q3 87 $0.17 per basic and diluted share
    NetIncomeLoss 2002-07-01--2003-03-31 -13100000 USD -5 2003 9M 87 net loss of \$13.1 million
    EarningsPerShareBasicAndDiluted 2002-07-01--2003-03-31 -0.31 USDPerShare 2 2003 9M 87 $0.31 per basic and diluted share
    NetIncomeLoss 2001-07-01--2002-03-31 -10200000 USD -5 2002 9M 87 net loss of \$10.2 million
    EarningsPerShareBasicAndDiluted 2001-07-01--2002-03-31 -0.26 USDPerShare 2 2002 9M 87 $0.26 per basic and diluted share
    OperatingExpenses 2003-01-01--2003-03-31 8200000 USD -5 2003 Q3 89 Total operating expenses for the three-month period ended March 31, 2003 were \$8.2 million
    OperatingExpenses 2002-01-01--2002-03-31 9300000 USD -5 2002 Q3 89 $9.3 million
    ResearchAndDevelopmentExpense 2003-01-01--2003-03-31 6300000 USD -5 2003 Q3 89 research and development expense of \$6.3 million
    ResearchAndDevelopmentExpense 2002-01-01--2002-03-31 7200000 USD -5 2002 Q3 89 research and development expense of \$7.2 million
    NonoperatingIncomeExpense 2003-01-01--2003-03-31 2200000 USD -5 2003 Q3 91 Other income increased to \$2.2 million
    NonoperatingIncomeExpense 2002-01-01--2002-03-31 1300000 USD -5 2002 Q3 91 $1.3 million
    InterestIncome 2003-01-01--2003-03-31 600000 USD -5 2003 Q3 91 $0.6 million
    InterestIncome 2002-01-01--2002-03-31 1100000 USD -5 2002 Q3 91 $1.1 million of interest income
    CashCashEquivalentsAndMarketableSecurities 2003-03-31 109800000 USD -5 2003 instant 93 $109.8 million in cash and marketable securities
    StockRepurchasedToDateShares 2003-03-31 3619062 Shares 0 2003 instant 93 repurchased 3,619,062 shares
    StockRepurchasedToDateCost 2003-03-31 10900000 USD -5 2003 instant 93 $10.9 million
"""


def _prose(doc) -> tuple[list[FinancialFact], list[Skipped]]:  # type: ignore[no-untyped-def]
    produced = list(extract_narrative_facts(doc, infer_fiscal_year_end(doc.text)))
    return [f for f in produced if isinstance(f, FinancialFact)], [
        f for f in produced if isinstance(f, Skipped)
    ]


def _rows(facts: list[FinancialFact]) -> set[tuple[str, ...]]:
    return {
        (
            f.concept, f.period.key, str(f.value), f.unit, str(f.decimals), str(f.fiscal_year),
            str(f.fiscal_period), str(f.evidence[0].line), " ".join(f.evidence[0].quote.split()),
        )
        for f in facts
    }  # fmt: skip


def _expected(table: str) -> set[tuple[str, ...]]:
    return {tuple(line.split(None, 8)) for line in table.strip().splitlines()}


@pytest.mark.parametrize(
    ("name", "table"),
    [
        ("000_0cfe5a6103b22458.txt", FY2006_Q1_PROSE),
        ("002_e454553eec5db317.txt", FY2003_Q3_PROSE),
        ("003_102ef10e00e41432.txt", FY2011_Q1_PROSE),
    ],
)
def test_seed_prose_figures_complete(name: str, table: str) -> None:
    facts, _ = _prose(read_document(SEEDS / name))
    got, want = _rows(facts), _expected(table)
    assert sorted(got - want) == [] and sorted(want - got) == []
    assert len(facts) == len(want)
    assert all(f.statement == "Narrative" and f.mapped for f in facts)


def test_seed_traps_yield_skips_not_facts() -> None:
    facts, skipped = _prose(read_document(SEEDS / "000_0cfe5a6103b22458.txt"))
    assert not any(f.value in (Decimal("0.01"), Decimal("-0.01"), Decimal(1100000)) for f in facts)
    assert not any(f.value == Decimal(18200000) for f in facts)
    reasons = " | ".join(s.reason for s in skipped)
    assert "part of another amount: '$1.1 million'" in reasons
    assert "funding commitment" in reasons
    facts, skipped = _prose(read_document(SEEDS / "002_e454553eec5db317.txt"))
    assert not any(f.value in (Decimal(6000), Decimal(1400000), Decimal(1000000)) for f in facts)
    assert any("process development collaboration costs" in s.reason for s in skipped)
    assert any("gain on the final financial settlement" in s.reason for s in skipped)
    facts, skipped = _prose(read_document(SEEDS / "003_102ef10e00e41432.txt"))
    assert not any(f.value in (Decimal(-60000000), Decimal(-64000000)) for f in facts)  # guidance
    assert sum("forward-looking" in s.reason for s in skipped) == 2


def test_prose_merges_into_the_table_fact() -> None:
    doc = read_document(SEEDS / "000_0cfe5a6103b22458.txt")
    facts = [f for f in run(doc) if isinstance(f, FinancialFact)]
    net = [f for f in facts if f.concept == "NetIncomeLoss" and f.period.key == "2005-07-01--2005-09-30"]
    assert len(net) == 1
    (fact,) = net
    assert (fact.value, fact.decimals, fact.statement) == (Decimal(-4706000), -3, "IncomeStatement")
    assert [(e.line, e.quote) for e in fact.evidence] == [
        (183, "(4,706))"),
        (85, r"net loss of \$4.7 million"),
    ]
    assert len(facts) == 46 + 3  # every table fact, plus stock compensation and two cash-flow figures
    assert check_filing_facts(facts, doc.name) == []


def test_prior_year_figures_only_prose_gives_are_facts_of_their_own() -> None:
    doc = read_document(SEEDS / "003_102ef10e00e41432.txt")
    facts = [f for f in run(doc) if isinstance(f, FinancialFact)]
    prior = {
        (f.concept, f.value, f.statement, len(f.evidence))
        for f in facts
        if f.period.key == "2009-07-01--2009-09-30"
    }
    assert prior == {
        ("LicenseAndMilestoneFees", Decimal(1831000), "IncomeStatement", 2),
        ("ResearchAndDevelopmentSupportRevenue", Decimal(782000), "IncomeStatement", 2),
        ("NetIncomeLoss", Decimal(-12400000), "Narrative", 1),
        ("EarningsPerShareBasicAndDiluted", Decimal("-0.22"), "Narrative", 1),
        ("Revenues", Decimal(3100000), "Narrative", 1),
        ("ClinicalMaterialsReimbursement", Decimal(500000), "Narrative", 1),
        ("OperatingExpenses", Decimal(15800000), "Narrative", 1),
        ("ResearchAndDevelopmentExpense", Decimal(12200000), "Narrative", 1),
        ("GeneralAndAdministrativeExpense", Decimal(3600000), "Narrative", 1),
        ("NonoperatingIncomeExpense", Decimal(100000), "Narrative", 1),
        ("NetCashProvidedByUsedInOperatingActivities", Decimal(-11400000), "Narrative", 1),
        ("PaymentsToAcquirePropertyPlantAndEquipment", Decimal(600000), "Narrative", 1),
    }
    cash = next(f for f in facts if f.concept.startswith("CashCash") and f.period.key == "2010-06-30")
    assert (cash.value, cash.statement, [e.line for e in cash.evidence]) == (
        Decimal(110298000),
        "BalanceSheet",
        [172, 115],
    )
    assert check_filing_facts(facts, doc.name) == []


@pytest.mark.parametrize(
    "name", ["000_0cfe5a6103b22458.txt", "002_e454553eec5db317.txt", "003_102ef10e00e41432.txt"]
)
def test_merged_seed_facts_pass_every_check(name: str) -> None:
    doc = read_document(SEEDS / name)
    facts = [f for f in run(doc) if isinstance(f, FinancialFact)]
    assert check_filing_facts(facts, name) == []
    keys = [(f.concept, f.period) for f in facts]
    assert len(keys) == len(set(keys))  # one fact per concept and period


def _run(text: str) -> tuple[set[tuple[str, str, str, str, int, int | None, str | None, str]], list[Skipped]]:
    doc = document_from_bytes("synthetic.txt", text.encode("utf-8"))
    produced = list(run(doc))
    facts = {
        (
            f.concept,
            f.period.key,
            str(f.value),
            f.unit,
            f.decimals,
            f.fiscal_year,
            f.fiscal_period,
            f.statement[:2],
        )
        for f in produced
        if isinstance(f, FinancialFact)
    }
    return facts, [f for f in produced if isinstance(f, Skipped)]


CALENDAR = """Gamma Oncology Reports Fourth Quarter and Full Year 2011 Financial Results

SOUTH SAN FRANCISCO, Calif., February 28, 2012 - Gamma Oncology, Inc. (Nasdaq: GMMA) today reported financial results for the fourth quarter and year ended December 31, 2011.

For the fourth quarter of 2011, net loss was $3.2 million, or $0.05 per share, compared with net income of $1.1 million, or $0.02 per share, for the fourth quarter of 2010. Revenues for the year ended December 31, 2011 were $42.0 million, compared to $35.5 million for 2010. Cash provided by operations was $2.4 million in the fourth quarter of 2011.

Gamma expects revenues of $50-55 million in 2012. To join the call, dial 650-555-0100 on March 1, 2012.
"""


def test_calendar_year_company_fourth_quarter() -> None:
    facts, skipped = _run(CALENDAR)
    assert facts == {
        ("NetIncomeLoss", "2011-10-01--2011-12-31", "-3200000", "USD", -5, 2011, "Q4", "Na"),
        (
            "EarningsPerShareBasicAndDiluted",
            "2011-10-01--2011-12-31",
            "-0.05",
            "USDPerShare",
            2,
            2011,
            "Q4",
            "Na",
        ),
        # "net income of $1.1 million, or $0.02 per share": an income's per-share figure naming
        # neither basic nor diluted, with no statement to restate, is declined (see below).
        ("NetIncomeLoss", "2010-10-01--2010-12-31", "1100000", "USD", -5, 2010, "Q4", "Na"),
        ("Revenues", "2011-01-01--2011-12-31", "42000000", "USD", -5, 2011, "FY", "Na"),
        ("Revenues", "2010-01-01--2010-12-31", "35500000", "USD", -5, 2010, "FY", "Na"),
        (
            "NetCashProvidedByUsedInOperatingActivities",
            "2011-10-01--2011-12-31",
            "2400000",
            "USD",
            -5,
            2011,
            "Q4",
            "Na",
        ),
    }
    assert any("forward-looking" in s.reason for s in skipped)
    assert any("neither basic nor diluted named" in s.reason for s in skipped)


SIX_MONTHS = """Delta Biologics Reports Second Quarter 2012 Results

Delta Biologics, Inc. today reported results for the three and six months ended June 30, 2012.

For the six months ended June 30, 2012, net income was $12.4 million, or $0.21 per diluted share, compared to a net loss of $4.1 million, or $0.07 per diluted share, for the six months ended June 30, 2011. Total revenues were $48.2 million and $30.6 million for the six months ended June 30, 2012 and 2011, respectively. Research and development expenses decreased to $20.1 million from $22.8 million in the same period of 2011. As of June 30, 2012, Delta had cash, cash equivalents and marketable securities of $210.5 million.

CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS
(in millions, except per share amounts)
\tSix Months Ended June 30,
\t2012\t2011
Total revenues\t48.2\t30.6
Net income (loss)\t12.4\t(4.1)
"""


def test_six_months_in_millions_with_net_income_positive() -> None:
    facts, _ = _run(SIX_MONTHS)
    h1_12, h1_11 = "2012-01-01--2012-06-30", "2011-01-01--2011-06-30"
    assert facts == {
        ("Revenues", h1_12, "48200000", "USD", -5, 2012, "H1", "In"),
        ("Revenues", h1_11, "30600000", "USD", -5, 2011, "H1", "In"),
        ("NetIncomeLoss", h1_12, "12400000", "USD", -5, 2012, "H1", "In"),
        ("NetIncomeLoss", h1_11, "-4100000", "USD", -5, 2011, "H1", "In"),
        ("EarningsPerShareDiluted", h1_12, "0.21", "USDPerShare", 2, 2012, "H1", "Na"),
        ("EarningsPerShareDiluted", h1_11, "-0.07", "USDPerShare", 2, 2011, "H1", "Na"),
        ("ResearchAndDevelopmentExpense", h1_12, "20100000", "USD", -5, 2012, "H1", "Na"),
        ("ResearchAndDevelopmentExpense", h1_11, "22800000", "USD", -5, 2011, "H1", "Na"),
        (
            "CashCashEquivalentsAndMarketableSecurities",
            "2012-06-30",
            "210500000",
            "USD",
            -5,
            2012,
            "instant",
            "Na",
        ),
    }


def test_prose_disagreeing_with_the_table_is_dropped_with_a_reason() -> None:
    altered = SIX_MONTHS.replace("Total revenues were $48.2 million", "Total revenues were $48.9 million")
    facts, skipped = _run(altered)
    revenue = {f for f in facts if f[0] == "Revenues" and f[1] == "2012-01-01--2012-06-30"}
    assert revenue == {("Revenues", "2012-01-01--2012-06-30", "48200000", "USD", -5, 2012, "H1", "In")}
    assert any("disagrees with the table figure 48200000" in s.reason for s in skipped)


def test_increase_and_decrease_wording_with_thousands_and_repurchase_in_a_quarter() -> None:
    text = """Epsilon Therapeutics Reports Third Quarter Fiscal 2012 Results

Epsilon today announced results for the third quarter of fiscal 2012, the three months ended March 31, 2012. Results for the fiscal year ended June 30, 2011 are in its annual report.

Other income was $450,000 in the third quarter of fiscal 2012, compared to $0.2 million in the third quarter of fiscal 2011. During the quarter ended March 31, 2012, the Company repurchased 250,000 shares of its common stock for $1.2 million. Of the $450,000, $300,000 was interest income.
"""
    facts, skipped = _run(text)
    q3_12, q3_11 = "2012-01-01--2012-03-31", "2011-01-01--2011-03-31"
    assert facts == {
        ("NonoperatingIncomeExpense", q3_12, "450000", "USD", 0, 2012, "Q3", "Na"),
        ("NonoperatingIncomeExpense", q3_11, "200000", "USD", -5, 2011, "Q3", "Na"),
        ("StockRepurchasedDuringPeriodShares", q3_12, "250000", "Shares", 0, 2012, "Q3", "Na"),
        ("StockRepurchasedDuringPeriodCost", q3_12, "1200000", "USD", -5, 2012, "Q3", "Na"),
    }
    assert any("part of another amount" in s.reason for s in skipped)


def test_fiscal_year_end_from_year_to_date_headers() -> None:
    assert infer_fiscal_year_end("\tThree Months Ended March 31,\tNine Months Ended March 31,") == (6, 30)
    assert infer_fiscal_year_end("Six Months Ended June 30, 2011 and 2010") == (12, 31)
    assert infer_fiscal_year_end("Years Ended December 31,") == (12, 31)
    assert infer_fiscal_year_end("Three Months Ended September 30,") is None
    # Words win over headers: a stated fiscal year end is kept.
    assert infer_fiscal_year_end("fiscal year ended June 30, 2005. Six Months Ended December 31,") == (6, 30)


def test_extractor_declares_the_concept_table_it_reads() -> None:
    assert EXTRACTOR.reads == ("concepts.ttl",)
    assert EXTRACTOR.version == "1.16.0"
