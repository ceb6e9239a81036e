"""Prose figures, guidance and fiscal calendars of releases unlike the seeds: words and amounts
damaged by OCR ("a net l0ss of $4.0 million", "$7O5,000", "$62.4 mi11ion"), an amount's own
relative period ahead of a later aside ("…, reflecting … in the third quarter of fiscal 2000"),
halves and first months of fiscal years named compactly ("1HFY13", "9MFY13"), a fiscal-year end
implied by a numbered quarter's end ("the first quarter ended March 31, 2011"), and guidance of
cash balances, of a year's revenues after "anticipates" and of a result on either side of zero.

Fixtures in tests/reviewed_releases/; each expected value is read off the fixture's own words.
"""

from __future__ import annotations

import functools
from decimal import Decimal
from pathlib import Path

from kg.corpus import Document, document_from_bytes, read_document
from kg.extractors.financials.guidance import extract_guidance
from kg.extractors.financials.narrative import extract_narrative_facts
from kg.fiscal import document_fiscal_year_end, infer_fiscal_year_end, part_labels
from kg.model import FinancialFact, Skipped

FOLDER = Path(__file__).parent / "reviewed_releases"

NI, EPS, REV = "NetIncomeLoss", "EarningsPerShareBasicAndDiluted", "Revenues"
RD, GA, INTEREST = "ResearchAndDevelopmentExpense", "GeneralAndAdministrativeExpense", "InterestIncome"
CASH_OPS, CAPEX = "NetCashProvidedByUsedInOperatingActivities", "PaymentsToAcquirePropertyPlantAndEquipment"
CASH, CASH_MS = "CashAndCashEquivalents", "CashCashEquivalentsAndMarketableSecurities"

Row = tuple[str, str, str]


@functools.cache
def _doc(name: str) -> Document:
    return read_document(FOLDER / name)


def _read(doc: Document, fye: tuple[int, int] | None) -> tuple[frozenset[Row], tuple[str, ...]]:
    produced = list(extract_narrative_facts(doc, fye))
    facts = frozenset(
        (f.concept, f.period.key, str(f.value)) for f in produced if isinstance(f, FinancialFact)
    )
    return facts, tuple(s.reason for s in produced if isinstance(s, Skipped))


@functools.cache
def _prose(name: str) -> tuple[frozenset[Row], tuple[str, ...]]:
    """(concept, period key, value) of the prose figures of a fixture, and the reasons of its notes."""
    doc = _doc(name)
    return _read(doc, document_fiscal_year_end(doc))


def _text_prose(text: str, fye: tuple[int, int] | None) -> tuple[frozenset[Row], tuple[str, ...]]:
    """The prose figures of a release made of ``text``, read with the fiscal-year end ``fye``."""
    return _read(document_from_bytes("release.txt", text.encode()), fye)


def _guidance(name: str) -> set[tuple[str, str, str, str]]:
    return {(g.concept, g.period.key, str(g.low), str(g.high)) for g in extract_guidance(_doc(name))}


# ---------------------------------------------------------------------------------------------
# Words and amounts damaged by OCR


def test_a_loss_printed_with_a_digit_is_a_loss() -> None:
    facts, _ = _prose("immunogen_fy2001_q2_ocr.txt")
    # "… compared to a net l0ss of \$4.0 million, or \$0.12 per basic and diluted share, for the six
    # months ended December 31, 1999."
    assert {(NI, "1999-07-01--1999-12-31", "-4000000"), (EPS, "1999-07-01--1999-12-31", "-0.12")} <= facts
    assert (EPS, "1999-07-01--1999-12-31", "0.12") not in facts
    assert (NI, "1999-07-01--1999-12-31", "4000000") not in facts


def test_an_amount_with_damaged_digits_yields_nothing_and_lends_its_concept_to_nothing() -> None:
    facts, reasons = _prose("immunogen_fy2001_q2_ocr.txt")
    # "the Company reported net income of \$7O5,000, or \$0.02 per basic and diluted share": the
    # amount is unknown, and its per-share figure is left with it.
    assert not [f for f in facts if f[1] == "2000-07-01--2000-12-31" and f[0] in (NI, EPS)]
    assert "OCR-damaged amount, or the per-share figure of one: '$7O5,000'" in reasons
    # The next amount compared with it has no concept of its own: not the net income's.
    facts, reasons = _text_prose(
        "For the six-month period ended December 31, 2000, the Company reported net income of "
        "$7O5,000, or $0.02 per basic and diluted share, compared to $4.0 million, or $0.12 per "
        "basic and diluted share, for the six months ended December 31, 1999.\n",
        (6, 30),
    )
    assert facts == frozenset()
    assert any(r.startswith("the amount its concept names is OCR-damaged ('$7O5,000')") for r in reasons)


def test_a_damaged_word_between_an_amount_and_a_concept_unties_them() -> None:
    # "interest incorne" ("rn" for "m"): no skeleton mends it; the amount is not the R&D expenses'.
    facts, reasons = _text_prose(
        "Research and development expenses were higher in the second quarter of fiscal 2001, while "
        "interest incorne was $2.0 million for the quarter.\n",
        (6, 30),
    )
    assert facts == frozenset()
    assert any(r.startswith("OCR-damaged words between the amount and its concept") for r in reasons)


def test_a_damaged_scale_word_is_read_through_its_skeleton() -> None:
    facts, _ = _prose("celldex_2011q1_ocr.txt")
    # "Cash, cash equivalents and marketable securities at March 31, 2011 were $62.4 mi11ion,
    # compared to $72.9 million at December 31, 2010."
    assert {(CASH_MS, "2011-03-31", "62400000"), (CASH_MS, "2010-12-31", "72900000")} <= facts
    # "compared to $l.9 million for the same quarter of fiscal 2008": digits damaged, not read.
    facts, reasons = _prose("immu_fy2009q3_ocr.txt")
    assert not [f for f in facts if f[0] == REV and f[1] == "2008-01-01--2008-03-31"]
    assert "OCR-damaged amount, or the per-share figure of one: '$l.9 million'" in reasons


# ---------------------------------------------------------------------------------------------
# An amount's own relative period, ahead of an aside's period


def test_a_compared_amount_takes_its_own_relative_period_not_an_asides() -> None:
    facts, _ = _prose("immunogen_fy2001_q2_interest.txt")
    # "Interest income was \$2.0 million for the quarter, compared to \$241,000 for the same quarter
    # last year, reflecting … the Company's sale of common stock in the third quarter of fiscal 2000."
    assert {
        (INTEREST, "2000-10-01--2000-12-31", "2000000"),
        (INTEREST, "1999-10-01--1999-12-31", "241000"),
    } <= facts
    assert not [f for f in facts if f[1] == "2000-01-01--2000-03-31"]
    # As printed ("Interest income, net"), the line is no concept the table knows: nothing is read,
    # and no figure is placed in the aside's quarter.
    facts, _ = _prose("immunogen_fy2001_q2_ocr.txt")
    assert not [f for f in facts if f[1] == "2000-01-01--2000-03-31"]


def test_relative_words_are_not_read_against_a_later_asides_period() -> None:
    facts, reasons = _text_prose(
        "Interest income was $241,000 for the same quarter last year, reflecting the higher average "
        "cash balances that resulted from the Company's sale of common stock in the third quarter of "
        "fiscal 2000.\n",
        (6, 30),
    )
    assert facts == frozenset()
    assert "no period certain for '$241,000'" in reasons


# ---------------------------------------------------------------------------------------------
# Halves and first months of a fiscal year named compactly


def test_1hfy13_is_the_first_half_of_fiscal_2013() -> None:
    facts, _ = _prose("immunogen_fy2013_q2.txt")  # fiscal year ends June 30
    half, half_before = "2012-07-01--2012-12-31", "2011-07-01--2011-12-31"
    assert {
        # "For 1HFY13, the net loss was $29.9 million, or $0.36 per basic and diluted share,
        # compared to a net loss of $35.5 million, or $0.47 …, for the first half of fiscal 2012."
        (NI, half, "-29900000"),
        (EPS, half, "-0.36"),
        (NI, half_before, "-35500000"),
        (EPS, half_before, "-0.47"),
        # "Revenues for 1HFY13 were $27.8 million, compared to $7.4 million for 1HFY12."
        (REV, half, "27800000"),
        (REV, half_before, "7400000"),
        # "Cash used in operations was $37.5 million for 1HFY13 and capital expenditures were $1.8 million."
        (CASH_OPS, half, "-37500000"),
        (CAPEX, half, "1800000"),
        # "Revenues for 2QFY13 were $10.4 million": the quarter's.
        (REV, "2012-10-01--2012-12-31", "10400000"),
    } <= facts
    assert not [f for f in facts if f[1] == "2012-10-01--2012-12-31" and f[2] in ("-29900000", "27800000")]


def test_compact_and_worded_parts_of_a_fiscal_year() -> None:
    labels = part_labels(
        "1H FY13, H1 FY2013, 2HFY13, 9MFY13, the second half of fiscal 2013, the nine months of fiscal "
        "2013; not the first nine months of fiscal 2013, the last six months of fiscal 2013 nor the next "
        "six months of fiscal 2014"
    )
    assert [(label.year, label.months, label.quarter) for label in labels] == [
        (2013, 6, 2),
        (2013, 6, 2),
        (2013, 6, 4),
        (2013, 9, 3),
        (2013, 6, 4),
        (2013, 9, 3),
    ]
    facts, _ = _text_prose(
        "Revenues for 9MFY13 were $38.2 million. Revenues for the second half of fiscal 2012 were "
        "$4.1 million.\n",
        (6, 30),
    )
    assert facts == {(REV, "2012-07-01--2013-03-31", "38200000"), (REV, "2012-01-01--2012-06-30", "4100000")}


def test_a_half_that_cannot_be_placed_takes_no_period_read_before() -> None:
    # No known fiscal-year end: "1HFY13" is no period, and not the quarter of the sentence before.
    facts, reasons = _text_prose(
        "Revenues for the three months ended December 31, 2012 were $10.4 million. For 1HFY13, the "
        "net loss was $29.9 million, or $0.36 per basic and diluted share.\n",
        None,
    )
    assert facts == {(REV, "2012-10-01--2012-12-31", "10400000")}
    assert "no period certain for '$29.9 million'" in reasons


# ---------------------------------------------------------------------------------------------
# A fiscal-year end implied by a numbered quarter's end


def test_the_first_quarter_ended_march_31_is_of_a_december_year() -> None:
    assert document_fiscal_year_end(_doc("celldex_2011q1_ocr.txt")) == (12, 31)
    facts, _ = _prose("celldex_2011q1_ocr.txt")
    q1, q1_before = "2011-01-01--2011-03-31", "2010-01-01--2010-03-31"
    # "Net loss for the first quarter of 2011 was $10.8 million, or ($0.34) per share, compared to a
    # net loss of $6.8 million, or ($0.25) per share, for the first quarter of 2010."
    assert {
        (NI, q1, "-10800000"),
        (EPS, q1, "-0.34"),
        (NI, q1_before, "-6800000"),
        (EPS, q1_before, "-0.25"),
        (REV, q1, "2500000"),
        (REV, q1_before, "7400000"),
        (RD, q1, "9200000"),
        (RD, q1_before, "10500000"),
        (GA, q1, "2800000"),
        (GA, q1_before, "2600000"),
    } <= facts


def test_a_numbered_quarters_end_gives_way_to_the_statements_headers() -> None:
    # A June filer's "Nine Months Ended March 31" outweighs a partner's "first quarter ended March 31".
    text = (
        "Takeda's first quarter ended June 30, 2010.\n\nNine Months Ended March 31, 2011\n\n"
        "Six Months Ended December 31, 2010\n"
    )
    assert infer_fiscal_year_end(text) == (6, 30)
    assert infer_fiscal_year_end("results for the third quarter ended September 27, 2009") is None


# ---------------------------------------------------------------------------------------------
# Guidance


def test_guidance_of_cash_and_cash_equivalents_at_the_year_end() -> None:
    # "ImmunoGen expects its cash and cash equivalents at June 30, 2013 to be between $235 million
    # and $240 million, including the net proceeds of the July 2012 offering."
    assert (CASH, "2013-06-30", "235000000", "240000000") in _guidance("immunogen_fy2012_q4.htm")
    # "… and now expects its cash and cash equivalents at June 30, 2013 to be between $236 million
    # and $240 million."
    assert (CASH, "2013-06-30", "236000000", "240000000") in _guidance("immunogen_fy2013_q2.txt")


def test_guidance_of_a_balance_named_after_its_figure() -> None:
    # "ImmunoGen expects to end fiscal 2006 with between \$75 million and \$80 million in cash and
    # marketable securities."
    assert (CASH_MS, "2006-06-30", "75000000", "80000000") in _guidance("immunogen_fy2005_q4_ocr.txt")
    # "… and expects to end fiscal 2001 with approximately \$135 million in cash and marketable securities."
    assert (CASH_MS, "2001-06-30", "135000000", "135000000") in _guidance("immunogen_fy2001_q2_ocr.txt")
    # "Seattle Genetics expects to end 2010 with more than $290 million in cash, cash equivalents
    # and investments": one bound, and no concept of the table.
    assert not [g for g in _guidance("sgen_2010q2.txt") if g[0] in (CASH, CASH_MS)]


def test_guidance_of_a_result_on_either_side_of_zero() -> None:
    # "ImmunoGen currently expects its results for the fiscal year ending June 30, 2001 to range from
    # a net loss of \$1.0 million to net income of \$0.5 million"
    found = [g for g in extract_guidance(_doc("immunogen_fy2001_q2_ocr.txt")) if g.concept == NI]
    assert [(g.period.key, g.low, g.high) for g in found] == [
        ("2000-07-01--2001-06-30", Decimal("-1000000"), Decimal("500000"))
    ]


def test_guidance_of_total_revenues_the_company_anticipates() -> None:
    # "Seattle Genetics updated its financial guidance for 2010. The company now anticipates total
    # revenues of $95 million to $105 million, primarily from its Millennium collaboration …"
    assert (REV, "2010-01-01--2010-12-31", "95000000", "105000000") in _guidance("sgen_2010q2.txt")
    # "Management expects the net loss for fiscal year 2009, which ends June 30, 2009, to be in the
    # range of $11 million to $13 million."
    assert _guidance("immu_fy2009q3_ocr.txt") == {(NI, "2008-07-01--2009-06-30", "-13000000", "-11000000")}
