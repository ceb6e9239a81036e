"""Prose per-share figures of net income that name neither basic nor diluted, and comparisons with
"the same period of the prior fiscal year".

"Net income of $18.2 million, or $0.40 per share" may be the basic or the diluted figure, which
differ for a profitable company: it is never stated as the basic-and-diluted one. Where the
statement prints the per-share figures of its period it restates those equal to it (their fact
gains the prose evidence); otherwise it is declined with a note. A loss's per-share figure named by
neither is both (a loss is anti-dilutive) and stays the basic-and-diluted one.

"compared to $11.3 million … for the same period of the prior fiscal year" is the sentence's own
period a year earlier: the "fiscal year" of those words names the year, not a length.

Fixtures in tests/reviewed_releases/; each expected value is read off the fixture's own words.
"""

from __future__ import annotations

import functools
from pathlib import Path

from kg.corpus import Document, document_from_bytes, read_document
from kg.extractors.financials import run
from kg.extractors.financials.narrative import extract_narrative_facts
from kg.fiscal import document_fiscal_year_end
from kg.model import FinancialFact, Skipped

FOLDER = Path(__file__).parent / "reviewed_releases"

BASIC, DILUTED = "EarningsPerShareBasic", "EarningsPerShareDiluted"
BOTH = "EarningsPerShareBasicAndDiluted"
EPS = (BASIC, DILUTED, BOTH)
NI, REV = "NetIncomeLoss", "Revenues"
UNNAMED_NOTE = "per-share figure of net income with neither basic nor diluted named"

#: (concept, period key, value) -> the (line, quote) of every evidence, quotes' spacing collapsed.
Facts = dict[tuple[str, str, str], list[tuple[int, str]]]


@functools.cache
def _doc(name: str) -> Document:
    return read_document(FOLDER / name)


def _run(doc: Document) -> tuple[Facts, list[Skipped]]:
    """The financial facts (tables and prose merged) of ``doc`` and its notes."""
    produced = list(run(doc))
    facts = {
        (f.concept, f.period.key, str(f.value)): [(e.line, " ".join(e.quote.split())) for e in f.evidence]
        for f in produced
        if isinstance(f, FinancialFact)
    }
    return facts, [s for s in produced if isinstance(s, Skipped)]


def _text(text: str) -> tuple[Facts, list[Skipped]]:
    return _run(document_from_bytes("release.txt", text.encode()))


def _eps(facts: Facts) -> Facts:
    return {key: evidence for key, evidence in facts.items() if key[0] in EPS}


# ---------------------------------------------------------------------------------------------
# Per-share figures of net income naming neither basic nor diluted

AX_Q1_07, AX_Q1_06 = "2006-10-01--2006-12-31", "2005-10-01--2005-12-31"


def test_unnamed_per_share_income_restates_the_statements_basic_and_diluted_figures() -> None:
    """Line 108: "net income of $18.2 million, or $0.40 per share, compared to $10.1 million, or
    $0.22 per share"; the statement (lines 212-213) prints basic and diluted figures of 0.40 and of
    0.22. Each prose figure is evidence of both, and no basic-and-diluted fact is made."""
    facts, _ = _run(_doc("r12_axcan_fy2007q1_8k.txt"))
    assert _eps(facts) == {
        (BASIC, AX_Q1_07, "0.40"): [(212, "0.40"), (108, "$0.40 per share")],
        (DILUTED, AX_Q1_07, "0.40"): [(213, "0.40"), (108, "$0.40 per share")],
        (BASIC, AX_Q1_06, "0.22"): [(212, "0.22"), (108, "$0.22 per share")],
        (DILUTED, AX_Q1_06, "0.22"): [(213, "0.22"), (108, "$0.22 per share")],
    }


def test_the_prose_reader_states_no_basic_and_diluted_figure_of_net_income() -> None:
    doc = _doc("r12_axcan_fy2007q1_8k.txt")
    produced = list(extract_narrative_facts(doc, document_fiscal_year_end(doc)))
    assert not [f for f in produced if isinstance(f, FinancialFact) and f.concept == BOTH]


HEAD = (
    "Kestrel Therapeutics Reports Fourth Quarter 2011 Results\n\n"
    "SOUTH SAN FRANCISCO, Calif., February 28, 2012 - Kestrel Therapeutics, Inc. (Nasdaq: KSTL) "
    "today reported financial results for the fourth quarter and year ended December 31, 2011.\n\n"
)
Q4_11, Q4_10 = "2011-10-01--2011-12-31", "2010-10-01--2010-12-31"


def test_without_a_statement_the_unnamed_figure_of_income_is_declined_and_a_loss_kept() -> None:
    facts, skipped = _text(
        HEAD + "For the fourth quarter of 2011, net income was $3.2 million, or $0.05 per share, "
        "compared with a net loss of $1.1 million, or $0.02 per share, for the fourth quarter of 2010.\n"
    )
    assert _eps(facts) == {(BOTH, Q4_10, "-0.02"): [(5, "$0.02 per share")]}
    assert (NI, Q4_11, "3200000") in facts
    notes = [s.reason for s in skipped if UNNAMED_NOTE in s.reason]
    assert len(notes) == 1
    assert "0.05 for 2011-10-01--2011-12-31" in notes[0]
    assert "prints no per-share figure of the period" in notes[0]


def test_net_income_per_share_named_by_its_own_words_is_declined_too() -> None:
    facts, skipped = _text(
        HEAD + "Net income per share for the fourth quarter of 2011 was $0.05. Net loss per share for "
        "the fourth quarter of 2010 was $0.02. Diluted net income per share for the fourth quarter "
        "of 2011 was $0.05.\n"
    )
    assert _eps(facts) == {
        (BOTH, Q4_10, "-0.02"): [(5, "Net loss per share for the fourth quarter of 2010 was $0.02")],
        (DILUTED, Q4_11, "0.05"): [
            (5, "Diluted net income per share for the fourth quarter of 2011 was $0.05")
        ],
    }
    assert any(UNNAMED_NOTE in s.reason and "0.05" in s.reason for s in skipped)


STATEMENT = """
CONSOLIDATED STATEMENTS OF OPERATIONS
(in thousands, except per share amounts)
\tThree Months Ended December 31,
\t2011\t2010
Total revenues\t24,310\t18,020
Net income\t3,204\t1,140
Net income per share:
Basic\t$0.40\t$0.15
Diluted\t$0.39\t$0.15
"""


def test_the_unnamed_figure_restates_only_the_statement_figure_equal_to_it() -> None:
    """Basic 0.40 and diluted 0.39: "$0.40 per share" is the basic figure; "$0.15 per share" of the
    year before restates both; "$0.38 per share" (a later sentence, of the same quarter) neither."""
    facts, skipped = _text(
        HEAD + "For the fourth quarter of 2011, net income was $3.2 million, or $0.40 per share, "
        "compared with net income of $1.1 million, or $0.15 per share, for the fourth quarter of "
        "2010.\n" + STATEMENT
    )
    assert _eps(facts) == {
        (BASIC, Q4_11, "0.40"): [(14, "0.40"), (5, "$0.40 per share")],
        (DILUTED, Q4_11, "0.39"): [(15, "0.39")],
        (BASIC, Q4_10, "0.15"): [(14, "0.15"), (5, "$0.15 per share")],
        (DILUTED, Q4_10, "0.15"): [(15, "0.15"), (5, "$0.15 per share")],
    }
    assert not [s for s in skipped if UNNAMED_NOTE in s.reason]

    facts, skipped = _text(
        HEAD
        + "For the fourth quarter of 2011, net income was $3.2 million, or $0.38 per share.\n"
        + STATEMENT
    )
    assert _eps(facts)[(BASIC, Q4_11, "0.40")] == [(14, "0.40")]
    assert _eps(facts)[(DILUTED, Q4_11, "0.39")] == [(15, "0.39")]
    (note,) = [s.reason for s in skipped if UNNAMED_NOTE in s.reason]
    assert f"({BASIC} 0.40, {DILUTED} 0.39) differ from it" in note


# ---------------------------------------------------------------------------------------------
# "the same period of the prior fiscal year"


def test_same_period_of_the_prior_fiscal_year_is_the_sentences_period_a_year_earlier() -> None:
    """Lines 50-53: "For the six months ended December 31, 2003, net income was $22.4 million, or
    $0.51 per diluted share, compared to $11.3 million, or $0.26 per diluted share, for the same
    period of the prior fiscal year." The statement (lines 175, 180) prints 11,257 and 0.26."""
    facts, _ = _run(_doc("r12_enzon_fy2004q2_ocr.txt"))
    h1_fy03 = "2002-07-01--2002-12-31"
    assert facts[(NI, h1_fy03, "11257000")] == [(175, "11,257"), (52, "$11.3 million")]
    assert facts[(DILUTED, h1_fy03, "0.26")] == [(180, "0.26"), (52, "$0.26 per diluted share")]


def test_same_period_in_the_prior_fiscal_year_after_the_quarter() -> None:
    """Line 24: "Total revenues for the quarter were $60.9 million, compared to $48.5 million for the
    same period in the prior fiscal year." The statement (line 87) prints 48,529."""
    facts, _ = _run(_doc("r12p_alkermes_fy2008q3.htm"))
    assert facts[(REV, "2006-10-01--2006-12-31", "48529000")] == [(87, "48,529"), (24, "$48.5 million")]


FISCAL_HEAD = (
    "Zentara Biotherapeutics Reports Second Quarter Fiscal 2004 Results\n\n"
    "BOSTON, February 3, 2004 -- Zentara Biotherapeutics, Inc. (Nasdaq: ZNTR) today announced "
    "financial results for the second quarter of fiscal 2004, the three months ended December 31, "
    "2003. Zentara's fiscal year ends June 30.\n\n"
)


def test_same_period_of_the_prior_fiscal_year_in_prose_alone() -> None:
    facts, _ = _text(
        FISCAL_HEAD + "For the six months ended December 31, 2003, total revenues were $22.4 million, "
        "compared to $11.3 million for the same period of the prior fiscal year. For the three months "
        "ended December 31, 2003, research and development expenses were $4.1 million and $3.0 "
        "million for the same three-month period in fiscal year 2003.\n"
    )
    assert {key for key in facts if key[0] == REV} == {
        (REV, "2003-07-01--2003-12-31", "22400000"),
        (REV, "2002-07-01--2002-12-31", "11300000"),
    }
    assert {key for key in facts if key[0] == "ResearchAndDevelopmentExpense"} == {
        ("ResearchAndDevelopmentExpense", "2003-10-01--2003-12-31", "4100000"),
        ("ResearchAndDevelopmentExpense", "2002-10-01--2002-12-31", "3000000"),
    }


def test_a_dated_prior_fiscal_year_after_the_same_period_is_no_period_of_the_figure() -> None:
    """ "… for the same period of the prior fiscal year ended June 30, 2003": the dated year is the
    one the six months are taken from, not the amount's period; nor do these words, which name a
    year's length by its dates, leave the six months certain. No period: declined."""
    facts, skipped = _text(
        FISCAL_HEAD + "For the six months ended December 31, 2003, total revenues were $22.4 million, "
        "compared to $11.3 million for the same period of the prior fiscal year ended June 30, 2003.\n"
    )
    assert {key for key in facts if key[0] == REV} == {(REV, "2003-07-01--2003-12-31", "22400000")}
    assert any(s.reason == "no period certain for '$11.3 million'" for s in skipped)
