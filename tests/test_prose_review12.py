"""Prose figures and guidance of releases unlike the seeds: one kind of revenue is no total revenue
("Manufacturing revenues were $30.4 million", "Molecular diagnostic revenue", "Manufacturing and
royalty revenues", "23.8% of revenue"), the current figure keeps its own period when the comparison
names another ("Total revenues for the quarter were $62.1 million, an increase of 57% over the
$39.5 million reported for the second quarter of fiscal 2003"), a line of scanner specks parts two
paragraphs and a comparison with "the prior year quarter" makes its sentence a quarter's, lists of
expected figures printed without bullets whose items start in capitals, OCR-damaged scale words in
guidance ("$60 mi1lion") and the note on an amount compared with an OCR-damaged one.

Fixtures in tests/reviewed_releases/r12p_*; each expected value is read off the fixture's own words.
"""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

from kg.corpus import Document, document_from_bytes, read_document
from kg.extractors.financials.guidance import extract_guidance, read_scale_words
from kg.extractors.financials.narrative import extract_narrative_facts
from kg.fiscal import document_fiscal_year_end
from kg.model import FinancialFact, Guidance, Skipped

FOLDER = Path(__file__).parent / "reviewed_releases"

REV, ROYALTY, NI, RD = "Revenues", "RoyaltyRevenue", "NetIncomeLoss", "ResearchAndDevelopmentExpense"
EPS_DILUTED = "EarningsPerShareDiluted"
CASH, CASH_MS = "CashAndCashEquivalents", "CashCashEquivalentsAndMarketableSecurities"
CASH_OPS = "NetCashProvidedByUsedInOperatingActivities"

Row = tuple[str, str, str]


@functools.cache
def _doc(name: str) -> Document:
    return read_document(FOLDER / name)


def _read(doc: Document) -> tuple[frozenset[Row], tuple[str, ...]]:
    """(concept, period key, value) of the prose figures of ``doc``, and the reasons of its notes."""
    produced = list(extract_narrative_facts(doc, document_fiscal_year_end(doc)))
    facts = frozenset(
        (f.concept, f.period.key, str(f.value)) for f in produced if isinstance(f, FinancialFact)
    )
    return facts, tuple(s.reason for s in produced if isinstance(s, Skipped))


@functools.cache
def _prose(name: str) -> tuple[frozenset[Row], tuple[str, ...]]:
    return _read(_doc(name))


def _text_prose(text: str) -> tuple[frozenset[Row], tuple[str, ...]]:
    return _read(document_from_bytes("release.txt", text.encode()))


def _guidance(doc: Document) -> set[tuple[str, str, str, str]]:
    return {
        (g.concept, g.period.key, str(g.low), str(g.high))
        for g in extract_guidance(doc)
        if isinstance(g, Guidance)
    }


def _values(facts: frozenset[Row], concept: str) -> set[tuple[str, str]]:
    return {(period, value) for name, period, value in facts if name == concept}


# An opening that names the quarter reported and the filer's fiscal year (ending June 30).
HEAD = (
    "BOSTON, February 3, 2004 -- Zentara Biotherapeutics, Inc. (Nasdaq: ZNTR) today announced "
    "financial results for the second quarter of fiscal 2004, the three months ended December 31, "
    "2003. Zentara's fiscal year ends June 30.\n\n"
)
Q2_FY04, Q2_FY03, H1_FY04 = "2003-10-01--2003-12-31", "2002-10-01--2002-12-31", "2003-07-01--2003-12-31"


# ---------------------------------------------------------------------------------------------
# N1: one kind of revenue is no total revenue


def test_manufacturing_revenues_are_not_total_revenues() -> None:
    facts, reasons = _prose("r12p_alkermes_fy2008q3.htm")
    # "Total revenues for the quarter were $60.9 million, …"; "Manufacturing revenues were $30.4
    # million for the quarter, compared to $22.5 million for the three months ended December 31, 2006".
    assert ("2007-10-01--2007-12-31", "60900000") in _values(facts, REV)
    assert not {("2007-10-01--2007-12-31", "30400000"), ("2006-10-01--2006-12-31", "22500000")} & _values(
        facts, REV
    )
    assert "another measure than Revenues (Manufacturing): '$30.4 million'" in reasons
    # The nine months' "total revenues were $176.7 million" stay total revenues.
    assert ("2007-04-01--2007-12-31", "176700000") in _values(facts, REV)


def test_two_kinds_of_revenue_summed_are_neither() -> None:
    facts, reasons = _prose("r12p_alkermes_fy2008q3.htm")
    # "Manufacturing and royalty revenues from RISPERDAL® CONSTA® were $36.7 million": no royalty
    # revenue; "Royalty revenues were $8.6 million" is.
    assert _values(facts, ROYALTY) == {("2007-10-01--2007-12-31", "8600000")}
    assert "another measure than RoyaltyRevenue (Manufacturing and): '$36.7 million'" in reasons


def test_a_kind_of_revenue_before_its_comparison_is_not_total_revenues() -> None:
    facts, reasons = _prose("r12_myriad_fy2007q2.txt")
    # "Molecular diagnostic revenue was $40.6 million, up 35% from $30.1 million in the second
    # quarter of fiscal 2006. Research revenue was $4.8 million compared with $5.0 million …"
    assert not {v for _, v in _values(facts, REV)} & {"40600000", "30100000", "4800000", "5000000"}
    assert "another measure than Revenues (diagnostic): '$30.1 million'" in reasons
    assert "another measure than Revenues (Research): '$4.8 million'" in reasons


def test_manufacturing_revenue_with_an_aside_is_not_total_revenues() -> None:
    facts, reasons = _prose("r12m_imclone_2005q4.htm")
    # "Manufacturing revenue, from sales of Erbitux to our partners, was $26.4 million for the fourth
    # quarter of 2005, compared with $22.1 million for the fourth quarter of 2004."
    assert _values(facts, REV) == {
        ("2005-10-01--2005-12-31", "99900000"),
        ("2004-10-01--2004-12-31", "73100000"),
        ("2005-01-01--2005-12-31", "383700000"),
        ("2004-01-01--2004-12-31", "401000000"),
    }
    assert "another measure than Revenues (Manufacturing): '$26.4 million'" in reasons
    assert ("2005-10-01--2005-12-31", "55700000") in _values(facts, ROYALTY)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Total revenues were $62.1 million for the quarter.", {(Q2_FY04, "62100000")}),
        (
            "Revenues were $62.1 million for the three months ended December 31, 2003.",
            {(Q2_FY04, "62100000")},
        ),
        (
            "Net revenues for the three months ended December 31, 2002 were $39.5 million.",
            {(Q2_FY03, "39500000")},
        ),
        (
            "For the six months ended December 31, 2003, the Company reported revenue of $120.3 million.",
            {(H1_FY04, "120300000")},
        ),
        (
            "Quarterly revenues were $62.1 million, compared to $39.5 million in the prior year quarter.",
            {(Q2_FY04, "62100000"), (Q2_FY03, "39500000")},
        ),
        ("Contract manufacturing revenue was $4.4 million for the quarter.", set()),
        ("Collaboration and manufacturing revenue was $4.4 million for the quarter.", set()),
    ],
)
def test_total_revenue_wordings_stay_total_revenues(sentence: str, expected: set[tuple[str, str]]) -> None:
    facts, _ = _text_prose(HEAD + sentence + "\n")
    assert _values(facts, REV) == expected


def test_a_kind_of_revenue_the_concepts_name_is_that_concept() -> None:
    facts, _ = _text_prose(HEAD + "Royalty revenue was $23.8 million for the quarter.\n")
    assert _values(facts, ROYALTY) == {(Q2_FY04, "23800000")}
    assert not _values(facts, REV)


def test_a_ratio_of_revenue_lends_its_concept_to_no_amount() -> None:
    facts, reasons = _prose("r12_axcan_fy2007q1_8k.txt")
    # "Cost of goods sold was $19.9 million, or 23.8% of revenue, compared to $17.0 million, or
    # 24.2% of revenue, for the same quarter last year."
    assert "17000000" not in {v for _, v in _values(facts, REV)}
    assert "another measure than Revenues (% of): '$17.0 million'" in reasons
    assert ("2006-10-01--2006-12-31", "83400000") in _values(facts, REV)


# ---------------------------------------------------------------------------------------------
# N2: the current figure keeps its own period


def test_the_comparisons_period_is_not_the_current_figures() -> None:
    facts, _ = _prose("r12_enzon_fy2004q2_ocr.txt")
    # "Total revenues for the quarter were $62.1 million, an increase of 57% over the $39.5 million
    # reported for the second quarter of fiscal 2003." (fiscal 2004's second quarter reported)
    assert (Q2_FY04, "62100000") in _values(facts, REV)
    assert (Q2_FY03, "62100000") not in _values(facts, REV)
    # The next sentence, "Net income for the quarter was $11.0 mi1lion, …, compared to net income of
    # $8.2 million, …, for the three months ended December 31, 2002", no longer meets a quarter
    # carried over from the comparison.
    assert _values(facts, NI) >= {(Q2_FY04, "11000000"), (Q2_FY03, "8200000")}
    assert _values(facts, EPS_DILUTED) >= {(Q2_FY04, "0.25"), (Q2_FY03, "0.19")}


def test_a_dated_period_of_a_later_amount_is_that_amounts() -> None:
    facts, _ = _text_prose(
        HEAD + "Total revenues were $62.1 million, 57% higher than the $39.5 million reported for the "
        "second quarter of fiscal 2003.\n"
    )
    assert (Q2_FY03, "62100000") not in _values(facts, REV)


def test_a_period_closing_a_sentence_of_two_concepts_is_both_ones() -> None:
    facts, _ = _text_prose(
        HEAD + "Revenues were $5.0 million and net loss was $3.0 million for the three months ended "
        "September 30, 2003.\n"
    )
    assert _values(facts, REV) == {("2003-07-01--2003-09-30", "5000000")}
    assert _values(facts, NI) == {("2003-07-01--2003-09-30", "-3000000")}


# ---------------------------------------------------------------------------------------------
# N3: a line of specks parts paragraphs; "the prior year quarter" makes the sentence a quarter's


def test_a_line_of_scanner_specks_parts_two_paragraphs() -> None:
    facts, _ = _prose("r12_enzon_fy2004q2_ocr.txt")
    # "For the six months ended December 31, 2003, net income was $22.4 million, …" / "~ ' ." /
    # "Royalty revenues, …, increased 46% to $23.8 million, compared to $16.3 million in the prior
    # year quarter."
    assert (H1_FY04, "22400000") in _values(facts, NI)
    assert _values(facts, ROYALTY) == {(Q2_FY04, "23800000"), (Q2_FY03, "16300000")}


def test_a_comparison_with_the_prior_year_quarter_makes_the_sentence_a_quarters() -> None:
    six_months = (
        "For the six months ended December 31, 2003, net income was $22.4 million, compared to $11.3 "
        "million for the same period of the prior fiscal year.\n"
    )
    royalties = (
        "Royalty revenues increased 46% to $23.8 million, compared to $16.3 million in the prior year "
        "quarter.\n"
    )
    # Parted by a line of specks, and in one paragraph: the quarter either way, never six months.
    for text in (six_months + "          ~    '  .\n" + royalties, six_months + royalties):
        facts, _ = _text_prose(HEAD + text)
        assert _values(facts, ROYALTY) == {(Q2_FY04, "23800000"), (Q2_FY03, "16300000")}


def test_a_concept_in_an_aside_before_a_verb_of_change_is_not_the_subject() -> None:
    # The aside "which consist primarily of royalties on sales of …" names royalties; the subject,
    # total revenues, is what "increased 46% to $62.1 million".
    facts, _ = _text_prose(
        HEAD
        + "Total revenues, which consist primarily of royalties on sales of PEG-INTRON, increased 46% to "
        "$62.1 million, compared to $42.5 million in the prior year quarter.\n"
    )
    assert _values(facts, REV) == {(Q2_FY04, "62100000"), (Q2_FY03, "42500000")}
    assert not _values(facts, ROYALTY)


def test_a_damaged_period_before_the_comparison_is_not_the_quarter_reported() -> None:
    # "fisca1" is read as no period: the sentence names one that cannot be placed, so the prior-year
    # quarter of its comparison does not make it the quarter reported.
    facts, _ = _text_prose(
        HEAD + "Revenues for the first quarter of fisca1 2004 were $55.0 million, compared to $30.0 "
        "million in the prior year quarter.\n"
    )
    assert not _values(facts, REV)


def test_a_total_compared_with_the_prior_year_quarter() -> None:
    facts, _ = _read(read_document(FOLDER / "garnet_fy2010q2.htm"))
    # "Total revenues were $15.3 million, compared to $17.3 million in the prior-year quarter" of a
    # release reporting the quarter ended March 31, 2010 (fiscal year ending September 30).
    assert _values(facts, REV) >= {
        ("2010-01-01--2010-03-31", "15300000"),
        ("2009-01-01--2009-03-31", "17300000"),
    }


# ---------------------------------------------------------------------------------------------
# N4: a list of expected figures whose unmarked items start in capitals


def test_an_html_list_of_capitalised_items_is_guidance() -> None:
    # "ImmunoGen’s guidance for its fiscal year ending June 30, 2013 is unchanged. The Company
    # expects:" over <li>Revenues of between $28 million and $33 million;</li> and three more.
    assert _guidance(_doc("r12p_immunogen_fy2013_q1.htm")) == {
        (REV, "2012-07-01--2013-06-30", "28000000", "33000000"),
        (NI, "2012-07-01--2013-06-30", "-80000000", "-76000000"),
        (CASH_OPS, "2012-07-01--2013-06-30", "-74000000", "-70000000"),
        (CASH, "2013-06-30", "230000000", "234000000"),
    }
    _, reasons = _prose("r12p_immunogen_fy2013_q1.htm")
    assert "an item of a list introduced as expected: its figures are not reported facts" in reasons


LIST_HEAD = (
    "WALTHAM, Mass., Nov. 2, 2012 -- Zentara, Inc. today reported financial results for the three "
    "months ended September 30, 2012. Zentara's fiscal year ends June 30.\n\n"
    "Zentara's guidance for its fiscal year ending June 30, 2013 is unchanged. The Company expects:\n\n"
)


def test_capitalised_items_parted_by_blank_lines_are_guidance() -> None:
    doc = document_from_bytes(
        "release.txt",
        (
            LIST_HEAD + "Revenues of between $28 million and $33 million;\n\n"
            "A net loss of between $76 million and $80 million; and\n\n"
            "Capital expenditures of between $4 million and $5 million.\n\n"
            "Revenues for the quarter were $16.4 million.\n"
        ).encode(),
    )
    assert _guidance(doc) == {
        (REV, "2012-07-01--2013-06-30", "28000000", "33000000"),
        (NI, "2012-07-01--2013-06-30", "-80000000", "-76000000"),
        ("PaymentsToAcquirePropertyPlantAndEquipment", "2012-07-01--2013-06-30", "4000000", "5000000"),
    }
    # The paragraph after the item ending the list is a reported figure, not an item.
    facts, _ = _read(doc)
    assert ("2012-07-01--2012-09-30", "16400000") in _values(facts, REV)


def test_a_capitalised_line_cut_mid_sentence_starts_no_item() -> None:
    doc = document_from_bytes(
        "release.txt",
        (
            LIST_HEAD + "Revenues of between $28 million and\n$33 million, as the Company said before.\n"
        ).encode(),
    )
    assert _guidance(doc) == set()


# ---------------------------------------------------------------------------------------------
# N5: OCR-damaged scale words in guidance


def test_a_damaged_scale_word_in_guidance_is_read() -> None:
    # "Sableridge expects its net loss for 2010 to be between $55 million and $60\nmi1lion, …"
    assert (NI, "2010-01-01--2010-12-31", "-60000000", "-55000000") in _guidance(
        _doc("r12_sableridge_2010q2_ocr.txt")
    )
    # "… research and development expenses for fiscal 2004 of between $32 mil1ion and $36 million."
    assert (RD, "2003-07-01--2004-06-30", "32000000", "36000000") in _guidance(
        _doc("r12_enzon_fy2004q2_ocr.txt")
    )


def test_only_letters_of_scale_words_are_mended() -> None:
    assert read_scale_words("$60 mi1lion and $32 mil1ion") == "$60 million and $32 million"
    # Digits and figures are never read as letters, nor other words as scale words.
    for text in ("$l32.1 million", "1000 units", "$55 mil", "Milestone 1"):
        assert read_scale_words(text) == text


# ---------------------------------------------------------------------------------------------
# N6: the note on an amount compared with an OCR-damaged one


def test_the_note_names_the_damaged_amount() -> None:
    facts, reasons = _prose("r12p_immunogen_fy2002_q1_ocr.txt")
    # "ImmunoGen had approximately $l32.1 million in cash and marketable securities, compared with
    # $135.2 million as of June 30, 2001": the damaged figure is the first; neither is read.
    assert not _values(facts, CASH_MS)
    assert (
        "the amount its concept names is OCR-damaged ('$l32.1 million'), so the concept of this one is "
        "unsure: '$135.2 million'"
    ) in reasons
