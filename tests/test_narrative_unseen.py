"""Prose figures in wordings the seed releases never use: other measures than a concept's (non-GAAP,
pro forma, "excluding …", "product revenues"), changes and parts taken for levels, concepts listed
with "respectively", per-share figures, and year-to-date periods. Each case runs the narrative
extractor on a short release; the expected facts are written by hand from its words, and a case
that must give nothing says so with an empty set.
"""

from __future__ import annotations

import pytest

from kg.corpus import document_from_bytes
from kg.extractors.financials.narrative import extract_narrative_facts
from kg.model import FinancialFact, Skipped

CALENDAR, JUNE = (12, 31), (6, 30)
Q3_08, Q3_07 = "2008-07-01--2008-09-30", "2007-07-01--2007-09-30"
NINE_08, NINE_07 = "2008-01-01--2008-09-30", "2007-01-01--2007-09-30"
#: The sentence that names the period a calendar-year filer's release reports.
REPORTS_Q3 = "Acme Bio, Inc. today reported results for the third quarter ended September 30, 2008."
#: The same for a filer whose fiscal year ends on June 30.
REPORTS_FQ2 = "Borealis Pharma, Inc. today reported results for the second quarter of fiscal 2009, ended December 31, 2008."

NI, EPS, REV = "NetIncomeLoss", "EarningsPerShareBasicAndDiluted", "Revenues"
RD, GA, OPEX = "ResearchAndDevelopmentExpense", "GeneralAndAdministrativeExpense", "OperatingExpenses"

Row = tuple[str, str, str]


def _read(
    paragraph: str, fye: tuple[int, int] | None = CALENDAR, lead: str = REPORTS_Q3
) -> tuple[set[Row], list[str]]:
    """Facts (concept, period, value) and skip reasons of a release: a title, ``lead``, ``paragraph``."""
    text = f"Acme Bio Reports Results\n\n{lead} It also gave a corporate update.\n\n{paragraph}\n"
    produced = list(extract_narrative_facts(document_from_bytes("unseen.txt", text.encode()), fye))
    facts = {(f.concept, f.period.key, str(f.value)) for f in produced if isinstance(f, FinancialFact)}
    return facts, [s.reason for s in produced if isinstance(s, Skipped)]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Non-GAAP net loss for the third quarter of 2008 was $3.1 million, compared to $2.4 million for the same period last year.",
        "Pro forma net loss per share for the quarter ended September 30, 2008 was $0.22, compared to $0.19 for the same period in 2007.",
        "Adjusted net loss, a non-GAAP measure, was $4.0 million for the third quarter of 2008.",
        "On a non-GAAP basis, net loss for the third quarter of 2008 was $3.0 million, or $0.08 per share.",
        "Net loss before preferred dividends for the third quarter of 2008 was $4.7 million.",
        "Loss from operations before stock-based compensation was $3.0 million for the third quarter of 2008.",
        "Net loss, excluding stock-based compensation of $1.2 million, was $5.0 million for the quarter ended September 30, 2008.",
        "Excluding a one-time charge of $3.2 million, net loss for the quarter ended September 30, 2008 was $5.0 million.",
        "Net loss, excluding stock-based compensation, was $5.0 million for the quarter ended September 30, 2008.",
        "Net loss, which excludes non-cash charges, was $5.0 million for the quarter ended September 30, 2008.",
        "Net loss for the third quarter of 2008 was $4.7 million, excluding a non-cash charge of $1.0 million.",
    ],
)
def test_adjusted_measures_give_no_fact(paragraph: str) -> None:
    facts, reasons = _read(paragraph)
    assert facts == set()
    assert reasons  # declined with a reason, not silently


def test_adjusted_measure_in_the_comparison_leaves_the_gaap_figures() -> None:
    facts, reasons = _read(
        "Net loss for the third quarter of 2008 was $4.7 million, or $0.12 per share, compared to a pro forma "
        "net loss of $3.9 million, or $0.10 per share, for the same period last year."
    )
    assert facts == {(NI, Q3_08, "-4700000"), (EPS, Q3_08, "-0.12")}
    assert any(r.startswith("another measure than NetIncomeLoss (pro forma)") for r in reasons)


def test_excluding_sentence_after_the_gaap_figure_keeps_only_the_gaap_figure() -> None:
    facts, _ = _read(
        "Net loss for the quarter ended September 30, 2008 was $5.0 million. Excluding stock-based "
        "compensation expense of $1.0 million, net loss was $4.0 million."
    )
    assert facts == {(NI, Q3_08, "-5000000")}


def test_adjusted_ebitda_does_not_qualify_the_net_loss_after_it() -> None:
    facts, _ = _read(
        "Adjusted EBITDA for the quarter ended September 30, 2008 was a loss of $2.0 million, and net loss was $6.1 million."
    )
    assert facts == {(NI, Q3_08, "-6100000")}


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("Net loss per share for the third quarter of 2008 was $0.22.", {(EPS, Q3_08, "-0.22")}),
        (
            "Net loss per diluted share was $0.15 for the third quarter of 2008.",
            {("EarningsPerShareDiluted", Q3_08, "-0.15")},
        ),
        ("Basic and diluted net loss per share for the third quarter of 2008 was $4.7 million.", set()),
        ("Revenues for the third quarter of 2008 were $12.50 per unit sold.", set()),
    ],
)
def test_per_share_amounts_and_dollar_totals_never_trade_places(paragraph: str, expected: set[Row]) -> None:
    facts, _ = _read(paragraph)
    assert facts == expected
    assert all(value.startswith("-0.") or value.startswith("0.") for c, _, value in facts if "PerShare" in c)


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Research and development expenses and general and administrative expenses for the quarter ended "
            "September 30, 2008 were $9.0 million and $3.0 million, respectively.",
            {(RD, Q3_08, "9000000"), (GA, Q3_08, "3000000")},
        ),
        (
            "Research and development expenses and general and administrative expenses were $9.0 million and "
            "$3.0 million, respectively, for the third quarter of 2008, compared to $8.0 million and $2.5 million, "
            "respectively, for the third quarter of 2007.",
            {(RD, Q3_08, "9000000"), (GA, Q3_08, "3000000"), (RD, Q3_07, "8000000"), (GA, Q3_07, "2500000")},
        ),
        (
            "Revenues, research and development expenses and general and administrative expenses for the third "
            "quarter of 2008 were $5.0 million, $9.0 million and $3.0 million, respectively.",
            {(REV, Q3_08, "5000000"), (RD, Q3_08, "9000000"), (GA, Q3_08, "3000000")},
        ),
        # Without "respectively" the amounts may be anything of the list (or its sum): none is taken.
        (
            "Research and development and general and administrative expenses for the quarter ended September 30, "
            "2008 were $9.0 million and $3.0 million.",
            set(),
        ),
        (
            "Research and development and general and administrative expenses for the third quarter of 2008 "
            "totaled $12.0 million.",
            set(),
        ),
        # A comma alone makes no list.
        (
            "In addition to interest income, revenues for the third quarter of 2008 were $5.0 million.",
            {(REV, Q3_08, "5000000")},
        ),
    ],
)
def test_concepts_listed_before_their_amounts(paragraph: str, expected: set[Row]) -> None:
    assert _read(paragraph)[0] == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Revenues for the quarter ended September 30, 2008 include $1.2 million of license fees, compared to "
            "$0.8 million for the same period last year.",
            set(),
        ),
        (
            "Revenues for the quarter ended September 30, 2008 include $1.2 million from our partner Xeno, "
            "compared to $0.8 million for the same period last year.",
            set(),
        ),
        # A part that names its own concept is that concept's, in both periods.
        (
            "Revenues for the quarter ended September 30, 2008 include $1.3 million of license and milestone fees "
            "as compared to $1.5 million for the same period last year.",
            {("LicenseAndMilestoneFees", Q3_08, "1300000"), ("LicenseAndMilestoneFees", Q3_07, "1500000")},
        ),
        (
            "Revenues of $6.0 million for the third quarter of 2008 consisted of $4.0 million of collaboration "
            "revenue and $2.0 million of royalty revenue.",
            {
                (REV, Q3_08, "6000000"),
                ("CollaborationRevenue", Q3_08, "4000000"),
                ("RoyaltyRevenue", Q3_08, "2000000"),
            },
        ),
        (
            "Operating expenses for the quarter ended September 30, 2008 were $10.0 million, of which $2.5 million "
            "was stock-based compensation expense.",
            {(OPEX, Q3_08, "10000000")},
        ),
        (
            "Net loss for the third quarter of 2008 was $4.7 million, or $0.12 per share, including a non-cash "
            "charge of $1.0 million.",
            {(NI, Q3_08, "-4700000"), (EPS, Q3_08, "-0.12")},
        ),
    ],
)
def test_parts_and_totals(paragraph: str, expected: set[Row]) -> None:
    assert _read(paragraph)[0] == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Revenues for the third quarter of 2008 were $5.0 million, an increase of $2.0 million over the same "
            "period last year.",
            {(REV, Q3_08, "5000000")},
        ),
        (
            "Research and development expenses for the quarter ended September 30, 2008 reflected an increase of "
            "$1.5 million compared to the same period last year.",
            set(),
        ),
        (
            "Revenues were $5.0 million for the quarter ended September 30, 2008, up $1.0 million from $4.0 million "
            "in the same period last year.",
            {(REV, Q3_08, "5000000"), (REV, Q3_07, "4000000")},
        ),
        (
            "Research and development expenses increased $2.0 million, or 33%, to $8.0 million for the quarter "
            "ended September 30, 2008.",
            {(RD, Q3_08, "8000000")},
        ),
        (
            "Net loss for the quarter ended September 30, 2008 decreased by $1.1 million to $3.9 million.",
            {(NI, Q3_08, "-3900000")},
        ),
        (
            "The increase in net loss for the quarter ended September 30, 2008 was primarily due to $2.0 million "
            "of research and development expenses related to the Phase 3 trial.",
            set(),
        ),
        ("The change in revenues for the third quarter of 2008 was $1.5 million.", set()),
        (
            "The increase in net loss of $1.2 million for the third quarter of 2008 reflects higher clinical costs.",
            set(),
        ),
        (
            "Acme reported a net loss for the quarter of $8.1 million, increasing from $5.9 million for the third "
            "quarter of 2007 due to a $1.3 million increase in research and development expense and a $900,000 "
            "increase in general and administrative expense.",
            {(NI, Q3_08, "-8100000"), (NI, Q3_07, "-5900000")},
        ),
        (
            "Net loss for the first nine months of 2008 was $9.6 million, or $0.18 per share, compared to a net "
            "loss of $16.9 million, or $0.38 per share, for the same period in 2007, a reduction of $7.3 million. "
            "This net loss reduction was due to a reduction in operating losses of $9.1 million.",
            {
                (NI, NINE_08, "-9600000"),
                (EPS, NINE_08, "-0.18"),
                (NI, NINE_07, "-16900000"),
                (EPS, NINE_07, "-0.38"),
            },
        ),
    ],
)
def test_changes_and_their_causes_are_not_levels(paragraph: str, expected: set[Row]) -> None:
    assert _read(paragraph)[0] == expected


@pytest.mark.parametrize(
    "paragraph",
    [
        "Product revenues for the third quarter of 2008 were $3.0 million, compared to $2.1 million for the same period last year.",
        "License revenue was $1.2 million for the third quarter of 2008.",
        "Research and development revenue was $2.0 million for the third quarter of 2008.",
        "Cash and cash equivalents and short-term investments totaled $45.0 million as of September 30, 2008.",
        "As of September 30, 2008, the Company had net operating loss carryforwards of $50.0 million.",
        "Deferred revenue was $12.0 million as of September 30, 2008.",
        "Cash operating expenses for the third quarter of 2008 were $8.0 million.",
        "Restricted cash and cash equivalents were $2.0 million as of September 30, 2008.",
        "Net loss attributable to Acme Bio for the quarter ended September 30, 2008 was $4.0 million.",
    ],
)
def test_a_word_next_to_a_concept_phrase_can_make_it_another_measure(paragraph: str) -> None:
    assert _read(paragraph)[0] == set()


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Net loss attributable to common stockholders for the third quarter of 2008 was $5.2 million, or $0.12 "
            "per share, compared to $4.0 million, or $0.10 per share, for the same period last year.",
            {(EPS, Q3_08, "-0.12"), (EPS, Q3_07, "-0.10")},
        ),
        (
            "Net loss applicable to common shareholders for the quarter ended September 30, 2008 was $5.2 million, "
            "or $0.12 per basic and diluted share.",
            {(EPS, Q3_08, "-0.12")},
        ),
        (
            "Net income available to common stockholders was $2.0 million, or $0.05 per diluted share, for the "
            "third quarter of 2008.",
            {("EarningsPerShareDiluted", Q3_08, "0.05")},
        ),
    ],
)
def test_per_share_figure_of_the_income_available_to_common_is_the_eps(
    paragraph: str, expected: set[Row]
) -> None:
    facts, reasons = _read(paragraph)
    assert facts == expected  # the dollar amount is another measure than the net loss: no fact
    assert any("(common)" in r for r in reasons)


@pytest.mark.parametrize(
    ("paragraph", "fye", "lead", "expected"),
    [
        (
            "For the first nine months of 2008, revenues were $15.0 million, compared to $12.0 million for the same "
            "period last year.",
            CALENDAR,
            REPORTS_Q3,
            {(REV, NINE_08, "15000000"), (REV, NINE_07, "12000000")},
        ),
        (
            "Year-to-date, net loss was $13.0 million, compared to $10.0 million for the same period last year.",
            CALENDAR,
            REPORTS_Q3,
            {(NI, NINE_08, "-13000000"), (NI, NINE_07, "-10000000")},
        ),
        (
            "Year-to-date, revenues were $8.0 million, compared to $6.0 million for the same period last year.",
            JUNE,
            REPORTS_FQ2,
            {(REV, "2008-07-01--2008-12-31", "8000000"), (REV, "2007-07-01--2007-12-31", "6000000")},
        ),
        (
            "For the first half of fiscal 2009, revenues were $8.0 million.",
            JUNE,
            REPORTS_FQ2,
            {(REV, "2008-07-01--2008-12-31", "8000000")},
        ),
        (
            "Net loss for the first nine months of fiscal 2009 was $14.0 million, compared to $11.5 million for "
            "the first nine months of fiscal 2008.",
            JUNE,
            REPORTS_FQ2,
            {(NI, "2008-07-01--2009-03-31", "-14000000"), (NI, "2007-07-01--2008-03-31", "-11500000")},
        ),
        # Without the fiscal year's end, neither "year-to-date" nor a calendar part of a year is certain.
        (
            "For the year-to-date period, research and development expenses were $20.0 million.",
            None,
            REPORTS_Q3,
            set(),
        ),
        ("For the first nine months of 2008, revenues were $15.0 million.", None, REPORTS_Q3, set()),
        # A June filer's "first half of 2008" may be either half of its fiscal year.
        ("For the first half of 2008, revenues were $8.0 million.", JUNE, REPORTS_FQ2, set()),
    ],
)
def test_year_to_date_periods(
    paragraph: str, fye: tuple[int, int] | None, lead: str, expected: set[Row]
) -> None:
    assert _read(paragraph, fye, lead)[0] == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Research and development expenses for the three and nine months ended September 30, 2008 were $2.1 "
            "million and $9.5 million, respectively.",
            {(RD, Q3_08, "2100000"), (RD, NINE_08, "9500000")},
        ),
        # "three- and nine-month periods": each count's hyphen but the last suspended, two periods.
        (
            "Research and development expenses for the three- and nine-month periods ended September 30, 2008 were "
            "$2.1 million and $9.5 million, respectively.",
            {(RD, Q3_08, "2100000"), (RD, NINE_08, "9500000")},
        ),
        (
            "Revenues for the third quarter of 2008 were $5.0 million, compared to $4.0 million for the same period "
            "in 2007.",
            {(REV, Q3_08, "5000000"), (REV, Q3_07, "4000000")},
        ),
        # "The same period of 2006" is not the year before the third quarter of 2008.
        (
            "Revenues for the third quarter of 2008 were $5.0 million, compared to $4.0 million for the same period "
            "of 2006.",
            {(REV, Q3_08, "5000000")},
        ),
        # The per-share phrase after the net loss starts no clause: the 2007 quarter is the comparison's only.
        (
            "Acme reported a net loss of $2.4 million, or a net loss per share of $0.33, compared to a net loss of "
            "$2.1 million, or a net loss per share of $0.37 for the third quarter of 2007.",
            set(),
        ),
        (
            "For the third quarter of 2008, Acme reported a net loss of $2.4 million, or a net loss per share of "
            "$0.33.",
            {(NI, Q3_08, "-2400000"), (EPS, Q3_08, "-0.33")},
        ),
    ],
)
def test_periods_of_listed_and_compared_amounts(paragraph: str, expected: set[Row]) -> None:
    assert _read(paragraph)[0] == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "For the third quarter of 2008, net loss was $4.7 million, or $0.12 per share, compared with a net loss "
            "of $3.9 million, or $0.10 per share, for the third quarter of 2007.",
            {(NI, Q3_08, "-4700000"), (EPS, Q3_08, "-0.12"), (NI, Q3_07, "-3900000"), (EPS, Q3_07, "-0.10")},
        ),
        (
            "Research and development expenses were $6.3 million and $7.2 million for the three months ended "
            "September 30, 2008 and 2007, respectively.",
            {(RD, Q3_08, "6300000"), (RD, Q3_07, "7200000")},
        ),
        (
            "Operating expenses for the quarter ended September 30, 2008 were $10.0 million, including non-cash "
            "stock compensation of $1.5 million.",
            {(OPEX, Q3_08, "10000000"), ("StockCompensationExpense", Q3_08, "1500000")},
        ),
        (
            "Net loss for the quarter ended September 30, 2008 was $4.7 million, which included $1.0 million of "
            "stock-based compensation expense.",
            {(NI, Q3_08, "-4700000"), ("StockCompensationExpense", Q3_08, "1000000")},
        ),
        (
            "Interest income decreased to $0.6 million in the quarter ended September 30, 2008 from $1.1 million "
            "in the same period in the prior year.",
            {("InterestIncome", Q3_08, "600000"), ("InterestIncome", Q3_07, "1100000")},
        ),
    ],
)
def test_plain_gaap_wordings_still_read(paragraph: str, expected: set[Row]) -> None:
    assert _read(paragraph)[0] == expected


def test_whole_dollar_release_of_1999() -> None:
    facts, _ = _read(
        "For the third quarter ended September 30, 1999, the Company reported a net loss of $602,000 or $0.07 per "
        "basic and diluted share, compared to a net loss of $3,153,000 or $0.37 per basic and diluted share. "
        "Revenues increased to $3,896,000 for the quarter ended September 30, 1999, compared to $1,161,000 for the "
        "same quarter last year. In addition to interest income, revenues for the current quarter include the "
        "receipt of a $2,500,000 research milestone and $1,235,000 in research support from the Company's "
        "collaboration with Novartis.",
        lead="Zeta Bio today reported results for the third quarter ended September 30, 1999.",
    )
    # The prior-year net loss names no period ("compared to a net loss of $3,153,000"): not taken.
    assert facts == {
        (NI, "1999-07-01--1999-09-30", "-602000"),
        (EPS, "1999-07-01--1999-09-30", "-0.07"),
        (REV, "1999-07-01--1999-09-30", "3896000"),
        (REV, "1998-07-01--1998-09-30", "1161000"),
    }


# A fiscal year named by its number: "for fiscal 2006" is the twelve months ending on the filer's
# fiscal-year end, never the quarter the sentence before it was about.
REPORTS_FY06 = "Corvanta Pharmaceuticals, Inc. today announced financial results for the fourth quarter and fiscal year ended June 30, 2006."
FQ4_06, FQ4_05 = "2006-04-01--2006-06-30", "2005-04-01--2005-06-30"
FY06, FY05 = "2005-07-01--2006-06-30", "2004-07-01--2005-06-30"
EPS_DILUTED = "EarningsPerShareDiluted"
#: A sentence about the fourth quarter, whose period a fiscal-year figure after it must not take.
Q4_FIRST = "Net income for the fourth quarter of fiscal 2006 was $2.1 million."


def test_fourth_quarter_and_fiscal_year_release_of_a_june_filer() -> None:
    facts, reasons = _read(
        "Net income for the fourth quarter of fiscal 2006 was $2.1 million, or $0.07 per diluted share, compared "
        "to a net loss of $3.4 million, or $0.12 per share, for the fourth quarter of fiscal 2005. For fiscal "
        "2006, net income was $3.3 million, or $0.11 per diluted share, compared to a net loss of $14.8 million, "
        "or $0.53 per share, for fiscal 2005.",
        JUNE,
        REPORTS_FY06,
    )
    assert facts == {
        (NI, FQ4_06, "2100000"),
        (EPS_DILUTED, FQ4_06, "0.07"),
        (NI, FQ4_05, "-3400000"),
        (EPS, FQ4_05, "-0.12"),
        (NI, FY06, "3300000"),
        (EPS_DILUTED, FY06, "0.11"),
        (NI, FY05, "-14800000"),
        (EPS, FY05, "-0.53"),
    }
    assert not any("no period certain" in r for r in reasons)


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("For fiscal 2006, net income was $3.3 million.", {(NI, FY06, "3300000")}),
        ("For fiscal year 2006, net income was $3.3 million.", {(NI, FY06, "3300000")}),
        ("In fiscal 2006, net income was $3.3 million.", {(NI, FY06, "3300000")}),
        ("Fiscal 2006 net income was $3.3 million.", {(NI, FY06, "3300000")}),
        ("During FY2006, net income was $3.3 million.", {(NI, FY06, "3300000")}),
        ("For the full fiscal year 2006, net income was $3.3 million.", {(NI, FY06, "3300000")}),
        (
            "Net income was $3.3 million in fiscal 2006, compared to a net loss of $14.8 million in fiscal 2005.",
            {(NI, FY06, "3300000"), (NI, FY05, "-14800000")},
        ),
        (
            "Revenues were $61.5 million and $37.9 million for fiscal 2006 and 2005, respectively.",
            {(REV, FY06, "61500000"), (REV, FY05, "37900000")},
        ),
        (
            "Revenues were $61.5 million and $37.9 million for fiscal years 2006 and 2005, respectively.",
            {(REV, FY06, "61500000"), (REV, FY05, "37900000")},
        ),
        (
            "Revenues were $61.5 million and $37.9 million for fiscal 2006 and fiscal 2005, respectively.",
            {(REV, FY06, "61500000"), (REV, FY05, "37900000")},
        ),
        # Parts of a fiscal year are not the year: the quarter, the first months, the same period of it.
        (
            "Revenues for the first quarter of fiscal 2007 were $20.3 million.",
            {(REV, "2006-07-01--2006-09-30", "20300000")},
        ),
        ("Revenues for the fourth quarter in fiscal 2006 were $18.4 million.", {(REV, FQ4_06, "18400000")}),
        ("Fiscal 2006 fourth quarter revenues were $18.4 million.", {(REV, FQ4_06, "18400000")}),
        ("For fiscal 2006's fourth quarter, revenues were $18.4 million.", {(REV, FQ4_06, "18400000")}),
        (
            "During the first three months of fiscal 2007, revenues were $20.3 million, compared to $11.0 million "
            "during the same period in fiscal 2006.",
            {(REV, "2006-07-01--2006-09-30", "20300000"), (REV, "2005-07-01--2005-09-30", "11000000")},
        ),
    ],
)
def test_a_fiscal_year_named_by_its_number(paragraph: str, expected: set[Row]) -> None:
    facts, _ = _read(f"{Q4_FIRST} {paragraph}", JUNE, REPORTS_FY06)
    assert facts == {(NI, FQ4_06, "2100000"), *expected}


def test_fiscal_year_of_a_calendar_year_filer_is_the_calendar_year() -> None:
    facts, _ = _read(
        "Net loss for the third quarter of 2008 was $4.7 million. For fiscal 2008, net loss was $20.1 million, "
        "compared to $15.0 million for fiscal 2007.",
        CALENDAR,
        "Acme Bio, Inc. today reported results for the fourth quarter and year ended December 31, 2008.",
    )
    assert facts == {
        (NI, Q3_08, "-4700000"),
        (NI, "2008-01-01--2008-12-31", "-20100000"),
        (NI, "2007-01-01--2007-12-31", "-15000000"),
    }


@pytest.mark.parametrize(
    "fye",
    [None, (9, 27)],  # unknown; a 52–53-week year, whose end its number does not give
)
def test_a_fiscal_year_that_cannot_be_placed_gives_nothing(fye: tuple[int, int] | None) -> None:
    facts, reasons = _read(
        "Net income for the three months ended June 30, 2006 was $2.1 million. For fiscal 2006, net income was "
        "$3.3 million. Revenues for fiscal 2006 were $61.5 million.",
        fye,
        REPORTS_FY06,
    )
    assert facts == {(NI, FQ4_06, "2100000")}
    assert sum("no period certain" in r for r in reasons) == 2


@pytest.mark.parametrize(
    "paragraph",
    [
        "Selling, general and administrative expenses were $30.6 million for fiscal 2006, compared to $27.1 million for fiscal 2005.",
        "Sales, general and administrative expenses for fiscal 2006 were $30.6 million.",
    ],
)
def test_selling_general_and_administrative_is_not_general_and_administrative(paragraph: str) -> None:
    facts, reasons = _read(paragraph, JUNE, REPORTS_FY06)
    assert facts == set()
    assert any(r.startswith("another measure than GeneralAndAdministrativeExpense") for r in reasons)
