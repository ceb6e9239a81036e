"""Whole earnings releases unlike the ImmunoGen seeds, built through ``kg.build.build``.

Each file under tests/releases is a complete 8-K exhibit 99.1 (fictional companies): the tests
assert exact facts read from it and the absence of facts an earlier reader got wrong.
"""

from __future__ import annotations

import functools
import shutil
from decimal import Decimal
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.build import build
from kg.graph_facts import facts_by_filing
from kg.model import FinancialFact

RELEASES = Path(__file__).parent / "releases"

Key = tuple[str, str, str]  # concept, period key, unit


@functools.cache
def _facts(name: str, tmp: Path) -> dict[Key, FinancialFact]:
    source = tmp / "input"
    source.mkdir(parents=True)
    shutil.copy(RELEASES / name, source / name)
    build([source], tmp / "out")
    store = ox.Store()
    with (tmp / "out" / "graph.trig").open("rb") as handle:
        store.bulk_load(handle, format=ox.RdfFormat.TRIG)
    (facts,) = facts_by_filing(store).values()
    return {(f.concept, f.period.key, f.unit): f for f in facts}


@pytest.fixture
def facts(tmp_path_factory: pytest.TempPathFactory):
    def read(name: str) -> dict[Key, FinancialFact]:
        return _facts(name, tmp_path_factory.mktemp(name.replace(".", "-")))

    return read


def _value(found: dict[Key, FinancialFact], concept: str, period: str, unit: str = "USD") -> Decimal:
    return found[(concept, period, unit)].value


def test_a_label_broken_under_the_balance_sheet_header_is_joined(facts) -> None:
    """The first body row's label starts in the header's last line ("Cash, cash equivalents and
    short-term" over "investments  $48,716"): the fact is not named "investments"."""
    found = facts("corvanta_fy2006.txt")
    concept = "CashCashEquivalentsAndMarketableSecurities"
    assert _value(found, concept, "2006-06-30") == Decimal("48716000")
    assert _value(found, concept, "2005-06-30") == Decimal("41220000")
    assert not any(c == "investments" for c, _, _ in found)
    brightwater = facts("brightwater_2007q4.txt")
    cash = "CashCashEquivalentsAndMarketableSecurities"
    assert _value(brightwater, cash, "2007-12-31") == Decimal("118304000")
    assert _value(brightwater, cash, "2006-12-31") == Decimal("96512000")
    assert not any(c == "marketable-securities" for c, _, _ in brightwater)


def test_a_share_count_heading_broken_over_two_lines_counts_shares(facts) -> None:
    """A heading broken over two lines ("Shares used in computing net" / "income (loss) per share:")
    over "Basic" and "Diluted": share counts, scaled by thousands, never per-share amounts."""
    found = facts("corvanta_fy2006.txt")
    basic = "shares-used-in-computing-net-income-loss-per-share-basic"
    diluted = "shares-used-in-computing-net-income-loss-per-share-diluted"
    assert _value(found, basic, "2006-04-01--2006-06-30", "Shares") == Decimal("28102000")
    assert _value(found, diluted, "2006-04-01--2006-06-30", "Shares") == Decimal("30871000")
    assert _value(found, diluted, "2004-07-01--2005-06-30", "Shares") == Decimal("27612000")
    assert not any(c.startswith("income-loss-per-share") for c, _, _ in found)
    assert not any(u == "USDPerShare" and v.value > 100 for (_, _, u), v in found.items())


def test_a_june_fiscal_year_release_with_net_income_after_a_loss(facts) -> None:
    found = facts("corvanta_fy2006.txt")
    assert _value(found, "NetIncomeLoss", "2006-04-01--2006-06-30") == Decimal("2123000")
    assert _value(found, "NetIncomeLoss", "2005-04-01--2005-06-30") == Decimal("-3422000")
    assert _value(found, "NetIncomeLoss", "2005-07-01--2006-06-30") == Decimal("3320000")
    assert _value(found, "NetIncomeLoss", "2004-07-01--2005-06-30") == Decimal("-14772000")
    assert _value(found, "EarningsPerShareDiluted", "2005-07-01--2006-06-30", "USDPerShare") == Decimal(
        "0.11"
    )
    assert _value(found, "cost-of-product-sales", "2005-07-01--2006-06-30") == Decimal("13533000")
    # "For fiscal 2006, net income was $3.3 million" is the year's figure, not the fourth quarter's.
    assert _value(found, "NetIncomeLoss", "2006-04-01--2006-06-30") != Decimal("3300000")


def test_a_march_fiscal_year_in_millions_with_a_wrapped_cash_label(facts) -> None:
    found = facts("pacifica_fy2011.txt")
    cash = "CashCashEquivalentsAndMarketableSecurities"
    assert _value(found, cash, "2010-03-31") == Decimal("231000000")
    assert _value(found, cash, "2011-03-31") == Decimal("212500000")
    assert not any(c == "securities" for c, _, _ in found)
    assert _value(found, "Revenues", "2010-04-01--2011-03-31") == Decimal("142600000")
    assert _value(found, "NetIncomeLoss", "2011-01-01--2011-03-31") == Decimal("-3900000")
    assert _value(
        found, "EarningsPerShareBasicAndDiluted", "2009-04-01--2010-03-31", "USDPerShare"
    ) == Decimal("-0.76")
    shares = _value(found, "WeightedAverageSharesBasicAndDiluted", "2010-04-01--2011-03-31", "Shares")
    assert shares == Decimal("48400000")


def test_a_tab_separated_inception_heading_over_four_lines(facts) -> None:
    """An inception heading over four tab-separated lines ("Period from" / "Inception (June 3, 1993)"
    / "to September 30," / "2002") over the last of five columns: the other four are read."""
    found = facts("neurogenex_2002q3.txt")
    assert _value(found, "ResearchAndDevelopmentExpense", "2002-07-01--2002-09-30") == Decimal("3614000")
    assert _value(found, "NetIncomeLoss", "2002-01-01--2002-09-30") == Decimal("-12508000")
    assert _value(found, "NetIncomeLoss", "2001-01-01--2001-09-30") == Decimal("-8809000")
    assert _value(
        found, "EarningsPerShareBasicAndDiluted", "2001-01-01--2001-09-30", "USDPerShare"
    ) == Decimal("-0.52")
    assert not any(key[1].startswith("1993-") for key in found)
    # The table's exact figure, not the prose's rounded "$4.2 million".
    assert found[("NetIncomeLoss", "2002-07-01--2002-09-30", "USD")].decimals == -3


def test_prose_in_rounded_millions_merges_into_the_table_figures(facts) -> None:
    found = facts("brightwater_2007q4.txt")
    net = found[("NetIncomeLoss", "2007-01-01--2007-12-31", "USD")]
    assert net.value == Decimal("-25473000")
    assert len(net.evidence) >= 2  # the table cell and the prose's "$25.5 million"
    assert _value(found, "ResearchAndDevelopmentExpense", "2006-01-01--2006-12-31") == Decimal("38710000")
    assert _value(
        found, "WeightedAverageSharesBasicAndDiluted", "2007-10-01--2007-12-31", "Shares"
    ) == Decimal("33812000")
