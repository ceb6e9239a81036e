"""Wrong facts a precision review found, each read by the real extractors from a release built here:
a stacked statement's second block (nine months, a year) filed under the first block's periods; a
rate per quarter taken for the year's figure; one kind of revenue (from a product, in a region, under
a collaboration) taken for total revenues; a change "increased $3.1 million to $25.4 million" read
as a range; and a fiscal year carried from one paragraph to forward-looking sentences anywhere after
it. Expected facts written by hand from the texts below."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kg.corpus import document_from_bytes
from kg.extractors.financials import run
from kg.model import FinancialFact, Guidance
from kg.numbers import find_money_ranges

# ---------------------------------------------------------------------------------------------
# Helpers


def _table_values(text: str, concept: str) -> dict[str, str]:
    """Period key → value of one concept's statement facts in a release of ``text``."""
    doc = document_from_bytes("release.txt", text.encode("utf-8"))
    return {
        f.period.key: str(f.value)
        for f in run(doc)
        if isinstance(f, FinancialFact) and f.statement != "Narrative" and f.concept == concept
    }


def _prose(text: str) -> set[tuple[str, str, str]]:
    """(concept, period key, value) of the prose facts of a release of ``text``."""
    doc = document_from_bytes("release.txt", text.encode("utf-8"))
    return {
        (f.concept, f.period.key, str(f.value))
        for f in run(doc)
        if isinstance(f, FinancialFact) and f.statement == "Narrative"
    }


def _guidance(text: str) -> set[tuple[str, str, str, str]]:
    """(concept, period key, low, high) of the guidance a release of ``text`` gives."""
    doc = document_from_bytes("release.txt", text.encode("utf-8"))
    return {(g.concept, g.period.key, str(g.low), str(g.high)) for g in run(doc) if isinstance(g, Guidance)}


STATEMENT_HEAD = (
    "Kora Pharma Reports Results\n\n"
    "BOSTON, Mass., Feb 4, 2010 -- Kora Pharma, Inc. (Nasdaq: KORA) today reported financial results.\n\n"
    "CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS\n"
    "(in thousands)\n"
)
#: A release of a June filer (third quarter of fiscal 2005 = January-March 2005).
RELEASE_HEAD = (
    "Example Bio Reports Results\n\n"
    "WALTHAM, Mass., Apr 28, 2005 (BUSINESS WIRE) --\n\n"
    "Example Bio, Inc. (Nasdaq: EXBI) today announced financial results for the three-month period ended "
    "March 31, 2005 - the third quarter of the Company's 2005 fiscal year.\n\n"
)
Q3_05 = "2005-01-01--2005-03-31"
#: A release of a December filer.
DECEMBER_FILER = (
    "Acme Therapeutics Reports Fourth Quarter Results\n\nSOUTH SAN FRANCISCO, Calif., Feb 22, 2012 --\n\n"
    "Acme Therapeutics, Inc. (Nasdaq: ACMT) today reported financial results for the fourth quarter and "
    "full year ended December 31, 2011.\n\n"
)
YEAR_2012 = "2012-01-01--2012-12-31"


# ---------------------------------------------------------------------------------------------
# 1. A stacked statement: a second block under a header of other periods is no repeated header


def _stacked(first: str, second: str, date: str) -> str:
    return STATEMENT_HEAD + (
        f"                              {first} {date},\n"
        "                              2009       2008\n"
        "Revenue                       1,210        980\n"
        "Research and development      2,500      2,100\n"
        "Net loss                     (1,290)    (1,120)\n"
        f"                              {second} {date},\n"
        "                              2009       2008\n"
        "Revenue                       3,640      2,910\n"
        "Research and development      7,000      6,000\n"
        "Net loss                     (3,360)    (3,090)\n"
    )


@pytest.mark.parametrize(
    ("first", "second", "date", "periods"),
    [
        (
            "Three Months Ended",
            "Nine Months Ended",
            "September 30",
            (
                "2009-07-01--2009-09-30",
                "2008-07-01--2008-09-30",
                "2009-01-01--2009-09-30",
                "2008-01-01--2008-09-30",
            ),
        ),
        (
            "Quarter Ended",
            "Year Ended",
            "December 31",
            (
                "2009-10-01--2009-12-31",
                "2008-10-01--2008-12-31",
                "2009-01-01--2009-12-31",
                "2008-01-01--2008-12-31",
            ),
        ),
        (
            "Three Months Ended",
            "Twelve Months Ended",
            "December 31",
            (
                "2009-10-01--2009-12-31",
                "2008-10-01--2008-12-31",
                "2009-01-01--2009-12-31",
                "2008-01-01--2008-12-31",
            ),
        ),
    ],
)
def test_a_second_block_of_other_periods_is_no_repeated_header(
    first: str, second: str, date: str, periods: tuple[str, str, str, str]
) -> None:
    # "Nine Months Ended September 30," was taken for "Three Months Ended September 30," printed
    # again (same digits, nearly the same letters): the nine-month figures came out as Q3 facts.
    q_cur, q_prior, y_cur, y_prior = periods
    values = _table_values(_stacked(first, second, date), "ResearchAndDevelopmentExpense")
    assert values.get(q_cur) == "2500000"
    assert values.get(q_prior) == "2100000"
    # The second block's figures are its own periods' or none at all; never the first block's.
    assert values.get(y_cur, "7000000") == "7000000"
    assert values.get(y_prior, "6000000") == "6000000"
    assert set(values) <= {q_cur, q_prior, y_cur, y_prior}
    assert values == {q_cur: "2500000", q_prior: "2100000", y_cur: "7000000", y_prior: "6000000"}


def test_a_header_repeated_with_ocr_damage_to_its_letters_is_still_a_repeat() -> None:
    # The letters may be damaged anew ("Mon ths", "Septernber"); the periods it names are the same.
    text = STATEMENT_HEAD + (
        "                              Three Months Ended September 30,\n"
        "                              2009       2008\n"
        "Revenue                       1,210        980\n"
        "\f\n"
        "                              Three Mon ths Ended Septernber 30,\n"
        "                              2009       2008\n"
        "Research and development      2,500      2,100\n"
    )
    assert _table_values(text, "ResearchAndDevelopmentExpense") == {
        "2009-07-01--2009-09-30": "2500000",
        "2008-07-01--2008-09-30": "2100000",
    }


# ---------------------------------------------------------------------------------------------
# 2. A rate per quarter (month, week) is not the year's figure


@pytest.mark.parametrize(
    "rate",
    [
        "per quarter in 2012",
        "per quarter during 2012",
        "a quarter in 2012",
        "each quarter in 2012",
        "in each quarter of 2012",
        "per month in 2012",
        "per week in 2012",
        "quarterly in 2012",
        "on a quarterly basis in 2012",
    ],
)
def test_a_rate_per_quarter_is_not_the_years_figure(rate: str) -> None:
    text = DECEMBER_FILER + f"Acme expects operating expenses to be approximately $10 million {rate}.\n"
    assert _guidance(text) == set()


def test_a_quarterly_range_is_not_the_years_range() -> None:
    text = DECEMBER_FILER + (
        "Acme expects its net loss for 2012 to be between $8-10 million per quarter. Acme expects quarterly "
        "operating expenses for 2012 to be between $11-12 million.\n"
    )
    assert _guidance(text) == set()


def test_the_years_figure_is_still_read() -> None:
    text = DECEMBER_FILER + "Acme expects operating expenses to be approximately $40 million in 2012.\n"
    assert _guidance(text) == {("OperatingExpenses", YEAR_2012, "40000000", "40000000")}


# ---------------------------------------------------------------------------------------------
# 3. One kind of revenue is not total revenues


@pytest.mark.parametrize(
    "revenue",
    [
        "revenue from sales of Zorvax for 2012",
        "revenues from product sales for 2012",
        "revenue in Europe for 2012",
        "revenues in the U.S. for 2012",
        "revenues under the collaboration for 2012",
        "revenues outside the United States for 2012",
        "revenue of Zorvax for 2012",
        "product revenue for 2012",
        "2012 product revenue",
    ],
)
def test_guidance_for_one_kind_of_revenue_is_not_total_revenues(revenue: str) -> None:
    text = DECEMBER_FILER + f"Acme expects {revenue} to be $20-25 million.\n"
    assert _guidance(text) == set()


@pytest.mark.parametrize(
    "revenue",
    [
        "revenues for 2012",
        "revenue in 2012",
        "total revenues in fiscal 2012",
        "revenues for the full year 2012",
        "2012 total revenues",
    ],
)
def test_guidance_for_total_revenues_named_with_its_period(revenue: str) -> None:
    text = DECEMBER_FILER + f"Acme expects {revenue} to be $20-25 million.\n"
    assert _guidance(text) == {("Revenues", YEAR_2012, "20000000", "25000000")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Total revenues in the U.S. for the quarter were $5.0 million.",
        "Revenues in Europe for the quarter were $5.0 million.",
        "Revenues from sales of Zorvax for the quarter were $5.0 million.",
        "Revenues under the collaboration for the quarter were $5.0 million.",
        "Revenues outside the United States for the quarter were $5.0 million.",
    ],
)
def test_prose_revenue_of_one_region_product_or_source_is_not_total_revenues(sentence: str) -> None:
    assert not {fact for fact in _prose(RELEASE_HEAD + sentence + "\n") if fact[0] == "Revenues"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Revenues for the quarter were $5.0 million.",
        "Total revenues in the quarter were $5.0 million.",
        "Revenues in the third quarter of fiscal 2005 were $5.0 million.",
        "Revenues for the three-month period ended March 31, 2005 were $5.0 million.",
    ],
)
def test_prose_total_revenues_named_with_their_period(sentence: str) -> None:
    assert _prose(RELEASE_HEAD + sentence + "\n") == {("Revenues", Q3_05, "5000000")}


def test_prose_revenues_in_a_fiscal_year() -> None:
    head = (
        "Example Bio Reports Fiscal 2009 Results\n\n"
        "WALTHAM, Mass., Aug 20, 2009 (BUSINESS WIRE) --\n\n"
        "Example Bio, Inc. (Nasdaq: EXBI) today announced financial results for the fiscal year ended "
        "June 30, 2009.\n\n"
    )
    facts = _prose(head + "Revenues in fiscal 2009 were $21.5 million.\n")
    assert facts == {("Revenues", "2008-07-01--2009-06-30", "21500000")}


# ---------------------------------------------------------------------------------------------
# 4. A change to a new level is no range


@pytest.mark.parametrize(
    "text",
    [
        "Revenue increased $3.1 million to $25.4 million.",
        "Revenue was up $4 million to $40 million.",
        "Net loss decreased by $1.2 million to $8.0 million.",
        "Operating expenses grew $2 million to $12 million.",
        "Revenue rose by approximately $3.1 million to $25.4 million.",
        "Cash fell $5.0 million to $45.0 million.",
        "Revenue was down $1 million to $9 million.",
        "an increase of $3.1 million to $25.4 million",
    ],
)
def test_a_change_to_a_new_level_is_no_range(text: str) -> None:
    assert find_money_ranges(text) == []


def test_ranges_after_other_words_are_still_ranges() -> None:
    million = Decimal(1_000_000)
    for text in (
        "expects revenues to increase to $60 to $64 million",
        "expects its net loss to be $60 to $64 million",
        "expects net loss of $60 million to $64 million",
        "to be up to $60 million to $64 million",  # "up to" bounds, "up" alone moves
    ):
        assert [(r.low, r.high) for r in find_money_ranges(text)] == [(60 * million, 64 * million)], text


def test_a_change_to_a_new_level_is_no_guidance() -> None:
    text = DECEMBER_FILER + (
        "Acme expects 2012 revenues to be up $4 million to $40 million. Acme expects operating expenses "
        "for 2012 to decrease by $1.2 million to $8.0 million.\n"
    )
    assert _guidance(text) == set()


# ---------------------------------------------------------------------------------------------
# 5. The year a sentence names carries over to the sentences of its paragraph only


def test_a_year_named_in_one_paragraph_is_not_carried_to_another() -> None:
    text = DECEMBER_FILER + (
        "Financial Guidance\n\n"
        "Acme expects its net loss for 2012 to be between $40-44 million.\n\n"
        "Pipeline Update\n\n"
        "Acme expects its operating expenses to be between $50-55 million.\n"
    )
    assert _guidance(text) == {("NetIncomeLoss", YEAR_2012, "-44000000", "-40000000")}


def test_a_year_is_not_carried_past_a_heading() -> None:
    text = DECEMBER_FILER + (
        "Financial Guidance\n"
        "Acme expects its net loss for 2012 to be between $40-44 million.\n"
        "Other Matters\n"
        "Acme expects its operating expenses to be between $50-55 million.\n"
    )
    assert _guidance(text) == {("NetIncomeLoss", YEAR_2012, "-44000000", "-40000000")}


def test_a_year_is_carried_within_its_paragraph() -> None:
    expected = {
        ("NetIncomeLoss", YEAR_2012, "-44000000", "-40000000"),
        ("OperatingExpenses", YEAR_2012, "50000000", "55000000"),
    }
    one_line = (
        "Acme expects its net loss for 2012 to be between $40-44 million. It expects its operating "
        "expenses to be between $50-55 million.\n"
    )
    assert _guidance(DECEMBER_FILER + "Financial Guidance\n\n" + one_line) == expected
    wrapped = (
        "Acme expects its net loss for 2012 to be between $40-44\n"
        "million. The Company had 25.2 million shares outstanding and no\n"
        "debt. It expects its operating\n"
        "expenses to be between $50-55 million.\n"
    )
    assert _guidance(DECEMBER_FILER + "Financial Guidance\n\n" + wrapped) == expected


def test_a_damaged_header_of_other_periods_does_not_take_the_first_blocks_columns() -> None:
    # Too damaged to read ("Nine Mo ths Ended"), a header naming another length is still not the
    # first block's: its figures are left unread rather than filed under the three-month columns.
    text = _stacked("Three Months Ended", "Nine Mo ths Ended", "September 30")
    assert _table_values(text, "ResearchAndDevelopmentExpense") == {
        "2009-07-01--2009-09-30": "2500000",
        "2008-07-01--2008-09-30": "2100000",
    }


# ---------------------------------------------------------------------------------------------
# 6. The loss applicable to common stockholders is not the net loss


@pytest.mark.parametrize(
    "measure",
    [
        "net loss applicable to common stockholders",
        "net loss attributable to common stockholders",
        "net loss attributable to common shareholders",
        "net loss available to common stockholders",
    ],
)
def test_guidance_for_the_loss_applicable_to_common_stockholders_is_no_net_loss(measure: str) -> None:
    # That loss includes the preferred dividends: it is no NetIncomeLoss, and no other concept here.
    text = DECEMBER_FILER + f"Acme expects its {measure} for fiscal 2012 to be between $30-34 million.\n"
    assert _guidance(text) == set()


def test_guidance_for_the_net_loss_itself_is_still_read() -> None:
    text = DECEMBER_FILER + "Acme expects its net loss for fiscal 2012 to be between $30-34 million.\n"
    assert _guidance(text) == {("NetIncomeLoss", YEAR_2012, "-34000000", "-30000000")}


# ---------------------------------------------------------------------------------------------
# 7. A per-share figure printed in parentheses is negative, once


@pytest.mark.parametrize("per_share", ["$(0.19) per share", "($0.19) per share"])
def test_a_parenthesised_per_share_figure_of_a_net_loss_is_its_eps(per_share: str) -> None:
    sentence = f"Net loss for the quarter was $4.7 million, or {per_share}.\n"
    assert _prose(RELEASE_HEAD + sentence) == {
        ("NetIncomeLoss", Q3_05, "-4700000"),
        ("EarningsPerShareBasicAndDiluted", Q3_05, "-0.19"),
    }


@pytest.mark.parametrize("per_share", ["$(0.19) per share", "($0.19) per share"])
def test_a_parenthesised_per_share_figure_follows_the_rules_of_a_plain_one(per_share: str) -> None:
    # After an adjusted measure a per-share figure is no EPS, printed in parentheses or not.
    sentence = f"Non-GAAP net loss for the quarter was $4.7 million, or {per_share}.\n"
    assert not {fact for fact in _prose(RELEASE_HEAD + sentence) if fact[0].startswith("EarningsPerShare")}
