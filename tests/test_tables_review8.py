"""Statement tables of a review of six unseen releases: label words OCR printed with digits for letters
("Co11aboration revenue", "Net 1oss") read as the words, for the concept and the printed label alike;
one label printed on a statement of operations and on a balance sheet ("Minority interest") read as two
concepts, a flow and a stock; a loss charged against income ("Impairment loss on investments (3,250)")
positive like an expense; the non-operating total's preferred label apart from the label of a part
printed beside interest lines, and ``kg build`` and ``kg validate`` asking one invariant check; a
revenue line named like an expense ("Research and development" under "Revenues:") read as revenue.
Fixtures tests/reviewed_releases/orcanix_fy2011q3_ocr.txt, immu_fy2008q4.htm, medx_2008q3.htm;
expected values worked out by hand from them.
"""

from __future__ import annotations

import functools
import shutil
from decimal import Decimal
from pathlib import Path

import pyoxigraph as ox

from kg.build import build, label_clashes
from kg.checks import check_filing_facts
from kg.concepts import (
    concept_table,
    label_sense,
    local_concept_key,
    local_concept_label,
    mended_ocr_word,
)
from kg.corpus import document_from_bytes, read_document
from kg.extractors.financials import run
from kg.invariants import invariant_failures
from kg.model import FinancialFact, Skipped

FOLDER = Path(__file__).parent / "reviewed_releases"
ORCANIX = "orcanix_fy2011q3_ocr.txt"
IMMU = "immu_fy2008q4.htm"
MEDX = "medx_2008q3.htm"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"

# Orcanix (fiscal year ends March 31): third quarters and nine months of fiscal 2011 and 2010.
Q3_11, Q3_10 = "2010-10-01--2010-12-31", "2009-10-01--2009-12-31"
M9_11, M9_10 = "2010-04-01--2010-12-31", "2009-04-01--2009-12-31"
# Immunomedics (fiscal year ends June 30): fourth quarters and fiscal years 2008 and 2007.
Q4_08, Q4_07 = "2008-04-01--2008-06-30", "2007-04-01--2007-06-30"
FY08, FY07 = "2007-07-01--2008-06-30", "2006-07-01--2007-06-30"
# Medarex: third quarters and nine months of 2008 and 2007.
Q3_08, Q3_07 = "2008-07-01--2008-09-30", "2007-07-01--2007-09-30"
M9_08, M9_07 = "2008-01-01--2008-09-30", "2007-01-01--2007-09-30"


@functools.cache
def _read(name: str) -> tuple[tuple[FinancialFact, ...], tuple[str, ...]]:
    """Statement facts and notes of a fixture (every evidence quote checked against the text)."""
    doc = read_document(FOLDER / name)
    out = list(run(doc))
    facts = tuple(f for f in out if isinstance(f, FinancialFact) and f.statement != "Narrative")
    for evidence in (e for fact in facts for e in fact.evidence):
        assert doc.text[evidence.char_start : evidence.char_end] == evidence.quote
    return facts, tuple(s.reason for s in out if isinstance(s, Skipped))


def _values(name: str, concept: str) -> dict[str, Decimal]:
    """Period key (or instant) → value of one concept's statement facts."""
    return {f.period.key: f.value for f in _read(name)[0] if f.concept == concept}


def _labels(name: str, concept: str) -> set[str]:
    return {f.label for f in _read(name)[0] if f.concept == concept}


# ---------------------------------------------------------------------------------------------
# 1. Words OCR printed with digits for letters: read as the words, for the concept and the label


def test_a_concept_word_printed_with_digits_is_read_as_the_word() -> None:
    assert mended_ocr_word("Co11aboration") == "Collaboration"
    assert mended_ocr_word("deve1opment") == "development"
    assert mended_ocr_word("1oss") == "loss"
    assert mended_ocr_word("di1uted") == "diluted"
    assert mended_ocr_word("CO11ABORATION") == "COLLABORATION"
    # A figure, a code name, a word no concept label holds, a word printed right: left as printed.
    for printed in ("1055", "IMGN901", "FY2011", "Sub1icense", "loss"):
        assert mended_ocr_word(printed) is None


def test_ocr_damaged_labels_map_to_their_concepts_and_are_reported_clean() -> None:
    facts, notes = _read(ORCANIX)
    # "Co11aboration revenue" is collaboration revenue: no concept is minted from the damaged words.
    assert _values(ORCANIX, "CollaborationRevenue") == {
        Q3_11: Decimal(2150000),
        Q3_10: Decimal(1480000),
        M9_11: Decimal(6020000),
        M9_10: Decimal(4310000),
    }
    assert not [f for f in facts if any(ch.isdigit() for ch in f.concept)]
    # The as-reported labels are cleaned of the OCR noise, as the vocabulary promises.
    assert _labels(ORCANIX, "CollaborationRevenue") == {"Collaboration revenue"}
    assert _labels(ORCANIX, "ResearchAndDevelopmentExpense") == {"Research and development"}
    assert _labels(ORCANIX, "NetIncomeLoss") == {"Net loss"}
    assert _labels(ORCANIX, "EarningsPerShareBasicAndDiluted") == {"Net loss per share - basic and diluted"}
    assert not [f.label for f in facts if any(ch.isdigit() for ch in f.label)]
    # Values as before: the damaged cell "9,87O" is still declined, under the clean label.
    assert _values(ORCANIX, "NetIncomeLoss")[Q3_11] == Decimal(-10137000)
    assert "cell '9,87O' of 'Research and development' is no number; not read" in notes


# ---------------------------------------------------------------------------------------------
# 2. One label for a flow and for a stock: two local concepts


def test_a_label_printed_for_periods_and_for_instants_names_two_concepts() -> None:
    facts, _ = _read(IMMU)
    # The minority's share of the loss over each period (statement of operations)...
    assert _values(IMMU, "minority-interest") == {
        Q4_08: Decimal(25000),
        Q4_07: Decimal(30000),
        FY08: Decimal(110000),
        FY07: Decimal(95000),
    }
    # ... and the minority's equity at each balance-sheet date.
    assert _values(IMMU, "minority-interest-instant") == {
        "2008-06-30": Decimal(320000),
        "2007-06-30": Decimal(430000),
    }
    assert {f.statement for f in facts if f.concept == "minority-interest-instant"} == {"BalanceSheet"}
    # Every local concept of the balance sheet is an instant's, every other one a period's.
    for fact in facts:
        if not fact.mapped:
            assert fact.concept.endswith("-instant") == (fact.period.instant is not None), fact.concept


def test_local_concept_keys_and_labels_of_instants_and_periods() -> None:
    assert local_concept_key("Minority interest", instant=False) == "minority-interest"
    assert local_concept_key("Minority interest", instant=True) == "minority-interest-instant"
    # The same key in every filing printing the label: stable across filings and builds.
    assert local_concept_key("Minority  interest", instant=True) == "minority-interest-instant"
    assert local_concept_label("minority-interest", "Minority interest") == "Minority interest"
    assert (
        local_concept_label("minority-interest-instant", "Minority interest")
        == "Minority interest (balance sheet)"
    )


# ---------------------------------------------------------------------------------------------
# 3. A loss charged against income reads like an expense


def test_a_charged_loss_is_positive_like_an_expense_and_a_result_loss_negative() -> None:
    # "Impairment loss on investments (3,250)" and "Interest expense (2,170)" under one operating loss,
    # both deducted: both positive.
    assert _values(MEDX, "impairment-loss-on-investments") == {
        Q3_08: Decimal(3250000),
        Q3_07: Decimal(0),
        M9_08: Decimal(8410000),
        M9_07: Decimal(0),
    }
    assert _values(MEDX, "interest-expense")[Q3_08] == Decimal(2170000)
    # A share of an affiliate's net loss is a result: negative, as net loss is.
    assert _values(MEDX, "equity-in-net-loss-of-affiliate")[Q3_08] == Decimal(-7810000)
    assert not check_filing_facts(list(_read(MEDX)[0]))


def test_which_losses_are_charges_and_which_are_results() -> None:
    for label in (
        "Impairment loss on investments",
        "Loss on sale of assets",
        "Foreign currency transaction loss",
    ):
        sense = label_sense(label)
        assert (sense.side, sense.expense) == (-1, True), label
    for label in (
        "Net loss",
        "Loss from operations",
        "Loss before minority interest",
        "Operating loss",
        "Equity in net loss of affiliate",
        "Net loss attributable to common stockholders",
    ):
        sense = label_sense(label)
        assert (sense.side, sense.expense) == (-1, False), label
    # A result of the statement keeps "a loss is negative".
    assert _values(IMMU, "loss-before-income-tax-benefit-and-minority-interest")[Q4_08] == Decimal(-5510000)


# ---------------------------------------------------------------------------------------------
# 4. A part of other income keeps its own label; build and validate ask one invariant check


def test_a_part_of_other_income_does_not_share_the_totals_label(tmp_path: Path) -> None:
    # "Other income (expense), net (12)" beside "Interest income, net 85": a part (the operating loss
    # with it alone is not the net loss), read as a concept of its own, labelled as printed.
    assert _values(ORCANIX, "NonoperatingIncomeExpense") == {}
    assert _values(ORCANIX, "other-income-expense-net")[Q3_11] == Decimal(-12000)
    assert _labels(ORCANIX, "other-income-expense-net") == {"Other income (expense), net"}
    whole = concept_table().concepts["NonoperatingIncomeExpense"]
    assert whole.label == "Total other income (expense), net"
    # Still matched as printed for the whole.
    assert concept_table().match("Other income (expense), net") == whole
    corpus = tmp_path / "in"
    corpus.mkdir()
    shutil.copy(FOLDER / ORCANIX, corpus / ORCANIX)
    report = build([corpus], tmp_path / "out")
    assert report.invariant_failures == []
    store = ox.Store()
    store.bulk_load(path=str(tmp_path / "out" / "graph.trig"), format=ox.RdfFormat.TRIG)
    assert invariant_failures(store) == []


def test_validate_finds_the_label_clashes_the_build_finds(tmp_path: Path) -> None:
    corpus = tmp_path / "in"
    corpus.mkdir()
    shutil.copy(FOLDER / ORCANIX, corpus / ORCANIX)
    build([corpus], tmp_path / "out")
    store = ox.Store()
    store.bulk_load(path=str(tmp_path / "out" / "graph.trig"), format=ox.RdfFormat.TRIG)
    # A concept minted from a line, its label a plain string equal to the ontology's "…"@en label.
    entities = ox.NamedNode("https://w3id.org/filings-kg/id/graph/entities")
    minted = ox.NamedNode("https://w3id.org/filings-kg/id/concept/total-other-income-expense-net")
    kg_ = "https://w3id.org/filings-kg/ontology#"
    skos = "http://www.w3.org/2004/02/skos/core#"
    label = ox.Literal("Total other income (expense), net")
    store.add(ox.Quad(minted, ox.NamedNode(RDF_TYPE), ox.NamedNode(kg_ + "FinancialConcept"), entities))
    store.add(ox.Quad(minted, ox.NamedNode(skos + "prefLabel"), label, entities))
    found = invariant_failures(store)
    assert found == label_clashes(store.quads_for_pattern(None, None, None, None))
    assert found == [
        "2 FinancialConcept entities share the preferred label 'Total other income (expense), net': "
        f"{minted}, <{kg_}NonoperatingIncomeExpense>"
    ]


# ---------------------------------------------------------------------------------------------
# 5. A revenue line named like an expense line of the same statement


def test_a_revenue_line_named_like_an_expense_is_read_as_revenue() -> None:
    facts, _ = _read(IMMU)
    # "Research and development 610" under "Revenues:", above "Total revenues 3,135".
    assert _values(IMMU, "research-and-development-revenue") == {
        Q4_08: Decimal(610000),
        Q4_07: Decimal(520000),
        FY08: Decimal(2240000),
        FY07: Decimal(1950000),
    }
    revenue = [f for f in facts if f.concept == "research-and-development-revenue"]
    assert {(f.label, f.mapped, f.statement) for f in revenue} == {
        ("Research and development", False, "IncomeStatement")
    }
    # The expense of the same name further down is still the expense.
    assert _values(IMMU, "ResearchAndDevelopmentExpense")[Q4_08] == Decimal(6480000)
    # The revenue lines add up to the total: 1,105 + 1,420 + 610 = 3,135.
    parts = ("product-sales", "license-fee-and-other-revenues", "research-and-development-revenue")
    assert sum(_values(IMMU, name)[Q4_08] for name in parts) == _values(IMMU, "Revenues")[Q4_08]
    assert not check_filing_facts(list(facts))


def test_a_row_of_another_statements_kind_is_declined_with_a_note() -> None:
    # A balance-date figure printed among a statement of operations' period columns: not read, and
    # said so (no row placed in the columns disappears without a note).
    text = (
        "Acme Biologics, Inc. Reports Financial Results\n\n"
        "ACME BIOLOGICS, INC. today reported financial results for the quarter ended March 31, 2009.\n\n"
        "                 CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS\n"
        "                             (in thousands)\n\n"
        "                                          Three Months Ended\n"
        "                                               March 31,\n"
        "                                            2009       2008\n"
        "Total revenues                            $ 3,135    $ 2,460\n"
        "Total operating expenses                    9,075      8,230\n"
        "Loss from operations                       (5,940)    (5,770)\n"
        "Net loss                                  $(5,940)   $(5,770)\n"
        "Cash and cash equivalents                  45,120     51,300\n"
    )
    doc = document_from_bytes("acme.txt", text.encode("utf-8"), is_html=False)
    out = list(run(doc))
    assert not [f for f in out if isinstance(f, FinancialFact) and f.concept == "CashAndCashEquivalents"]
    notes = [(s.reason, s.line) for s in out if isinstance(s, Skipped)]
    assert (
        "'Cash and cash equivalents' names CashAndCashEquivalents, a balance-sheet figure, among columns"
        " of periods; not read",
        15,
    ) in notes
