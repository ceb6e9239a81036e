"""Damaged figures, footnote markers and long period headers in statement tables.

Small statements written here (and one seed row altered) whose expected facts and skip reasons
were worked out by hand: a damaged cell costs only itself, a "(1)" after a label is a footnote
marker or a value as the column count says, a leading decimal point is read, and a header line
repeating "Three Months Ended June 30," over four columns does not end the table.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from kg.checks import check_filing_facts
from kg.corpus import document_from_bytes
from kg.extractors.financials import run
from kg.model import FinancialFact, Skipped

SEED_2003 = Path(__file__).resolve().parent.parent / "filings" / "immunogen" / "002_e454553eec5db317.txt"

Q2_2011 = "2011-04-01--2011-06-30"
Q2_2010 = "2010-04-01--2010-06-30"
H1_2011 = "2011-01-01--2011-06-30"
H1_2010 = "2010-01-01--2010-06-30"

PREAMBLE = (
    "Acme Biologics, Inc. Reports Results\n\n"
    "Acme Biologics today reported results for the quarter ended June 30, 2011.\n\n"
)


def _run(text: str) -> tuple[set[tuple[str, str, Decimal, int]], list[FinancialFact], list[Skipped]]:
    doc = document_from_bytes("acme.txt", text.encode("utf-8"))
    out = list(run(doc))
    facts = [f for f in out if isinstance(f, FinancialFact) and f.statement != "Narrative"]
    skipped = [f for f in out if isinstance(f, Skipped)]
    for evidence in (e for fact in facts for e in fact.evidence):
        assert doc.text[evidence.char_start : evidence.char_end] == evidence.quote
    return {(f.concept, f.period.key, f.value, f.decimals) for f in facts}, facts, skipped


SPACED = PREAMBLE + (
    "CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS\n"
    "(in thousands, except per share amounts)\n"
    "Three Months Ended June 30,\n"
    "2011 2010\n"
    "Research and development (1) 9,492 7,631\n"
    "Development fees 4,7O6 148\n"
    "Royalties 25,8\n"
    "Interest income 3 2\n"
    "Net loss (1) —\n"
    "Net loss per share, basic and diluted $ (.11) $ (0.09)\n"
)


def test_space_separated_rows_with_markers_damage_and_leading_points() -> None:
    got, facts, skipped = _run(SPACED)
    assert got == {
        # "(1)" is a footnote marker: the row prints three cells in a two-column table.
        ("ResearchAndDevelopmentExpense", Q2_2011, Decimal(9492000), -3),
        ("ResearchAndDevelopmentExpense", Q2_2010, Decimal(7631000), -3),
        # "4,7O6" is damaged: only the prior-year cell is read, and no concept takes its letters.
        ("DevelopmentFees", Q2_2010, Decimal(148000), -3),
        ("InterestIncome", Q2_2011, Decimal(3000), -3),
        ("InterestIncome", Q2_2010, Decimal(2000), -3),
        # "Net loss (1) —" in two columns: -1 and a dash, not a footnote and a shifted dash.
        ("NetIncomeLoss", Q2_2011, Decimal(-1000), -3),
        ("NetIncomeLoss", Q2_2010, Decimal(0), -3),
        # "(.11)" is -0.11, never -11.
        ("EarningsPerShareBasicAndDiluted", Q2_2011, Decimal("-0.11"), 2),
        ("EarningsPerShareBasicAndDiluted", Q2_2010, Decimal("-0.09"), 2),
    }
    net_loss = [f for f in facts if f.concept == "NetIncomeLoss"]
    assert sorted(f.evidence[0].quote for f in net_loss) == ["(1)", "—"]
    reasons = [s.reason for s in skipped]
    assert "cell '4,7O6' of 'Development fees' is no number; not read" in reasons
    assert "cell '25,8' of 'Royalties' is no number; not read" in reasons


def test_a_marker_the_filing_explains_is_never_read_as_minus_one() -> None:
    # With a footnote "(1) …" printed below, "Net loss (1) —" may be marker + dash or -1 + dash.
    text = SPACED + "\n(1) Includes stock-based compensation.\n"
    got, _, skipped = _run(text)
    assert not [f for f in got if f[0] == "NetIncomeLoss"]
    assert ("ResearchAndDevelopmentExpense", Q2_2011, Decimal(9492000), -3) in got
    assert "'(1)' after 'Net loss' may be a footnote marker or a value; row not read" in [
        s.reason for s in skipped
    ]


FOUR_COLUMNS = PREAMBLE + (
    "CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS\n"
    "(in thousands, except per share amounts)\n"
    "\tThree Months Ended June 30,\tThree Months Ended June 30,\tSix Months Ended June 30,"
    "\tSix Months Ended June 30,\n"
    "\t2011\t2010\t2011\t2010\n"
    "Total revenues\t$ 5,000\t$ 4,000\t$ 9,000\t$ 8,000\n"
    "Research and development\t1,2,3\t2,100\t4,400\t4,000\n"
    "Net loss\t(1,500)\t(1,200)\t(12.34.56)\t(2,500)\n"
    "Net loss per share, basic and diluted\t$ (.11)\t$ (.09)\t$ (.20)\t$ (.18)\n"
)


def test_a_long_header_of_period_phrases_keeps_the_table_and_bad_cells_cost_only_themselves() -> None:
    got, _, skipped = _run(FOUR_COLUMNS)
    assert got == {
        ("Revenues", Q2_2011, Decimal(5000000), -3),
        ("Revenues", Q2_2010, Decimal(4000000), -3),
        ("Revenues", H1_2011, Decimal(9000000), -3),
        ("Revenues", H1_2010, Decimal(8000000), -3),
        ("ResearchAndDevelopmentExpense", Q2_2010, Decimal(2100000), -3),
        ("ResearchAndDevelopmentExpense", H1_2011, Decimal(4400000), -3),
        ("ResearchAndDevelopmentExpense", H1_2010, Decimal(4000000), -3),
        ("NetIncomeLoss", Q2_2011, Decimal(-1500000), -3),
        ("NetIncomeLoss", Q2_2010, Decimal(-1200000), -3),
        ("NetIncomeLoss", H1_2010, Decimal(-2500000), -3),
        ("EarningsPerShareBasicAndDiluted", Q2_2011, Decimal("-0.11"), 2),
        ("EarningsPerShareBasicAndDiluted", Q2_2010, Decimal("-0.09"), 2),
        ("EarningsPerShareBasicAndDiluted", H1_2011, Decimal("-0.20"), 2),
        ("EarningsPerShareBasicAndDiluted", H1_2010, Decimal("-0.18"), 2),
    }
    reasons = [s.reason for s in skipped]
    assert "cell '1,2,3' of 'Research and development' is no number; not read" in reasons
    assert "cell '(12.34.56)' of 'Net loss' is no number; not read" in reasons


FLATTENED = (
    "Beta Therapeutics Reports Results\n\n"
    "Results for the fiscal year ended December 31, 2011.\n\n"
    "CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS\n"
    "(in thousands, except per share amounts)\n\n"
    "|\nYear Ended December 31,\n|\n2011\n|\n2010\n|\n\n"
    "Net loss\n|\n$\n|\n(4,7O6\n|\n)\n|\n$\n|\n(3,100\n|\n)\n|\n\n"
    "Net loss per share\n|\n$\n|\n(.11\n|\n)\n|\n$\n|\n(.09\n|\n)\n|\n\n"
)


def test_flattened_cells_with_a_leading_point_and_a_damaged_figure() -> None:
    got, facts, skipped = _run(FLATTENED)
    assert got == {
        ("NetIncomeLoss", "2010-01-01--2010-12-31", Decimal(-3100000), -3),
        ("EarningsPerShareBasicAndDiluted", "2011-01-01--2011-12-31", Decimal("-0.11"), 2),
        ("EarningsPerShareBasicAndDiluted", "2010-01-01--2010-12-31", Decimal("-0.09"), 2),
    }
    # The closing ")" in its own cell is part of the evidence.
    eps = [f for f in facts if f.period.key == "2011-01-01--2011-12-31"]
    assert [f.evidence[0].quote for f in eps] == ["(.11\n|\n)"]
    assert "cell '(4,7O6 | )' of 'Net loss' is no number; not read" in [s.reason for s in skipped]


DEVELOPMENT_FEES = "Development fees\t\t178\t\t148\t\t267\t\t558"


@pytest.mark.parametrize("damaged", ["4,7O6", "1,2,3", "12.34.56", "1,2345"])
def test_a_damaged_seed_cell_keeps_the_rest_of_its_row(damaged: str) -> None:
    text = SEED_2003.read_text(encoding="utf-8")
    assert DEVELOPMENT_FEES in text
    clean, _, _ = _run(text)
    got, _, skipped = _run(text.replace(DEVELOPMENT_FEES, DEVELOPMENT_FEES.replace("178", damaged)))
    fees = {f for f in got if f[0] == "DevelopmentFees"}
    assert fees == {
        ("DevelopmentFees", "2002-01-01--2002-03-31", Decimal(148000), -3),
        ("DevelopmentFees", "2002-07-01--2003-03-31", Decimal(267000), -3),
        ("DevelopmentFees", "2001-07-01--2002-03-31", Decimal(558000), -3),
    }
    assert got == clean - {("DevelopmentFees", "2003-01-01--2003-03-31", Decimal(178000), -3)}
    assert not [f for f in got if f[0].startswith("development-fees")]
    assert f"cell {damaged!r} of 'Development fees' is no number; not read" in [s.reason for s in skipped]


BALANCE_WITH_A_DAMAGED_PART = PREAMBLE + (
    "CONDENSED CONSOLIDATED BALANCE SHEETS\n"
    "(in thousands)\n"
    "\tJune 30, 2011\t\tDecember 31, 2010\t\n"
    "Cash, cash equivalents and marketable securities\t$ 99,368\t$ 181,447\t\n"
    "Other assets\t22,481\t9,827\t\n"
    "Total assets\t$ 121,849\t$ 191,274\t\n"
    "Current liabilities\t$ 6,357\t$ 20,233\t\n"
    "Long-term portion of deferred revenue and other long-term liabilities\t9,316\t20,000\t\n"
    "Stockholders' equity\t106,l76\t151,041\t\n"
    "Total liabilities and stockholders' equity\t$ 121,849\t$ 19l,274\t\n"
)


def test_a_declined_component_leaves_its_sum_unchecked_not_failed() -> None:
    """The equity cell of June 30 is damaged and the other date's total too: the two liability
    lines of June 30 are not the whole of its total, so the sum is not checked (and not failed)."""
    facts_by_key, facts, _ = _run(BALANCE_WITH_A_DAMAGED_PART)
    assert ("StockholdersEquity", "2011-06-30", Decimal(106176000), -3) not in facts_by_key
    assert ("StockholdersEquity", "2010-12-31", Decimal(151041000), -3) in facts_by_key
    assert ("LiabilitiesAndStockholdersEquity", "2011-06-30", Decimal(121849000), -3) in facts_by_key
    assert check_filing_facts(facts) == []
