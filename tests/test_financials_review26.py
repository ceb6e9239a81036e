"""Financials, review 26: guidance that is hard to read right, read against the releases' text.

1. A table of guidance printed beside the guidance it replaces ("Previous Guidance" beside "Updated
   Guidance"): only the updated column is the year's guidance. Before, neither column was read as a
   table (two headings named guidance) and the prose reader took the first figure of the balance
   row, the previous guidance, as the current one. A column whose heading names an earlier guidance
   ("Previous", "Original", "Initial", "Earlier") is now a past column; a label run over two lines
   is read whole; a balance row whose label prints its date is read at that date; and a line of
   figures in columns that no table reading claimed is never read as prose.
2. "is raising its revenue guidance for fiscal 2011 to $14 million to $17 million from $12 million
   to $15 million": the figure after "to" is the level now expected (before, "raising" made it a
   change and nothing was read); the one after "from" stays the comparand. "the low end of its
   guidance" is one bound, no range.
3. Checks that held: "continues to expect", "now expects … compared to its previous expectation of",
   capital expenditures carried to the year of the clause before, cash at June 30, 2011, a range
   for the next fiscal year (fiscal 2012 of a June filer), non-GAAP net loss guidance not read.

The releases are the reviewers' own: Tarrowby Therapeutics' second quarter of 2010 (calendar year)
and ImmunoGen's first quarter of fiscal 2011 (quarter ended September 30, 2010; year ends June 30).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from conftest import skip_reasons, text_document

from kg.corpus import read_document
from kg.extractors.financials import run
from kg.model import Guidance, Period

REVIEWED = Path(__file__).parent / "reviewed_releases"
TARROWBY = "r26a_tarrowby_2010q2_guidance_table.txt"
IMMUNOGEN = "r26a_immunogen_fy2011_q1.txt"

CY_10 = Period(start=dt.date(2010, 1, 1), end=dt.date(2010, 12, 31))
FY_11 = Period(start=dt.date(2010, 7, 1), end=dt.date(2011, 6, 30))
FY_12 = Period(start=dt.date(2011, 7, 1), end=dt.date(2012, 6, 30))


def _guidance_of(facts: list[object]) -> set[tuple[str, Period, Decimal, Decimal]]:
    """The guidance among ``facts``: concept, period, low and high (in millions as dollars)."""
    return {(g.concept, g.period, g.low, g.high) for g in facts if isinstance(g, Guidance)}


def _release(name: str) -> list[object]:
    return list(run(read_document(REVIEWED / name)))


def _with(name: str, old: str, new: str) -> list[object]:
    """What the extractor reads in release ``name`` with ``old`` printed as ``new``."""
    text = (REVIEWED / name).read_text(encoding="utf-8")
    assert old in text
    return list(run(text_document(name, text.replace(old, new))))


def _m(value: int) -> Decimal:
    return Decimal(value * 1_000_000)


# ---------------------------------------------------------------------------------------------
# Tarrowby: "Previous Guidance" beside "Updated Guidance"


def test_only_the_updated_column_of_the_table_is_guidance() -> None:
    assert _guidance_of(_release(TARROWBY)) == {
        ("Revenues", CY_10, _m(38), _m(42)),
        ("ResearchAndDevelopmentExpense", CY_10, _m(66), _m(70)),
        ("NetIncomeLoss", CY_10, _m(-51), _m(-45)),
        (
            "CashCashEquivalentsAndMarketableSecurities",
            Period(instant=dt.date(2010, 12, 31)),
            _m(110),
            _m(118),
        ),
    }


def test_selling_general_and_administrative_is_noted_not_read_as_g_and_a() -> None:
    reasons = skip_reasons(_release(TARROWBY))
    assert (
        "guidance table: row 'Selling, general and administrative expenses' not read: its label names"
        in " ".join(reasons)
    )


def test_the_previous_column_printed_first_or_second_is_never_current() -> None:
    facts = _with(
        TARROWBY, "Previous Guidance        Updated Guidance", "Original Guidance        Updated Guidance"
    )
    assert ("Revenues", CY_10, _m(38), _m(42)) in _guidance_of(facts)
    assert all(g[2] not in {_m(30), _m(-65), _m(95)} for g in _guidance_of(facts))


def test_a_table_with_two_columns_of_guidance_is_read_in_neither() -> None:
    # Neither heading says which column is current: the rows are noted, no figure is read as prose.
    facts = _with(
        TARROWBY, "Previous Guidance        Updated Guidance", "March Guidance           August Guidance  "
    )
    assert _guidance_of(facts) == set()
    assert any("figures in columns outside a table" in r for r in skip_reasons(facts))


# ---------------------------------------------------------------------------------------------
# ImmunoGen, first quarter of fiscal 2011


def test_immunogen_guidance_raised_kept_and_of_the_next_year() -> None:
    assert _guidance_of(_release(IMMUNOGEN)) == {
        ("Revenues", FY_11, _m(14), _m(17)),
        ("OperatingExpenses", FY_11, _m(76), _m(80)),
        ("NetIncomeLoss", FY_11, _m(-64), _m(-60)),
        ("PaymentsToAcquirePropertyPlantAndEquipment", FY_11, _m(2), _m(3)),
        (
            "CashCashEquivalentsAndMarketableSecurities",
            Period(instant=dt.date(2011, 6, 30)),
            _m(106),
            _m(110),
        ),
        ("Revenues", FY_12, _m(18), _m(24)),
    }


def test_guidance_lowered_to_a_new_level_is_read_and_its_old_range_is_not() -> None:
    facts = _with(
        IMMUNOGEN,
        "ImmunoGen is raising its revenue guidance",
        "ImmunoGen is lowering its net loss guidance for fiscal 2011 to $55 million to $59 million from $60\n"
        "million to $64 million. It is raising its revenue guidance",
    )
    found = _guidance_of(facts)
    assert ("NetIncomeLoss", FY_11, _m(-59), _m(-55)) in found
    assert ("Revenues", FY_11, _m(14), _m(17)) in found
    assert ("Revenues", FY_11, _m(12), _m(15)) not in found
    assert ("NetIncomeLoss", FY_11, _m(-59), _m(-55)) in found


def test_one_end_of_a_range_raised_is_no_range() -> None:
    facts = _with(
        IMMUNOGEN,
        "ImmunoGen is raising its revenue guidance for fiscal 2011 to $14 million to $17 million from $12 million to $15 million,",
        "ImmunoGen is raising the low end of its revenue guidance for fiscal 2011 to $14 million,",
    )
    assert not any(g[0] == "Revenues" and g[1] == FY_11 for g in _guidance_of(facts))
