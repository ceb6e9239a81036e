"""ImmunoGen quarterly releases of 2002–2014 the seeds do not hold, in the seeds' plain-text forms
(backslash-escaped dollars, tab-separated columns, "))" and cut-off parentheses, stray symbol rows,
O/0 and l/1 confusions, stacked headers), and the release of the six-month transition period of its
change of fiscal-year end from June 30 to December 31, 2013.

Each file under tests/immunogen_quarters is a complete release written for these tests; the expected
facts were written by hand from the texts, and each test names the wrong or missing reading it
guards against.
"""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest

from kg.corpus import document_from_bytes, read_document
from kg.extractors.financials import run
from kg.fiscal import fiscal_year_change
from kg.model import FinancialFact, Guidance, Skipped

FOLDER = Path(__file__).parent / "immunogen_quarters"


def _run(name: str) -> list[object]:
    return list(run(read_document(FOLDER / name)))


def _text_run(text: str) -> list[object]:
    return list(run(document_from_bytes("release.txt", text.encode("utf-8"), is_html=False)))


def _facts(found: list[object]) -> dict[tuple[str, str], FinancialFact]:
    return {(f.concept, f.period.key): f for f in found if isinstance(f, FinancialFact)}


def _guidance(found: list[object]) -> dict[tuple[str, str], tuple[Decimal, Decimal]]:
    return {(g.concept, g.period.key): (g.low, g.high) for g in found if isinstance(g, Guidance)}


# ---------------------------------------------------------------------------------------------
# Guidance printed with backslash-escaped dollars


def test_guidance_with_escaped_dollars_is_read() -> None:
    """ "ImmunoGen expects its fiscal 2005 net loss to be in the range of \\$14 million to \\$17
    million": the prose read "\\$" as "$", the guidance did not, and gave nothing."""
    found = _run("immunogen_fy2004_q4.txt")
    assert _guidance(found) == {
        ("NetIncomeLoss", "2004-07-01--2005-06-30"): (Decimal(-17000000), Decimal(-14000000))
    }


def test_an_escaped_range_joined_by_to_is_one_range() -> None:
    text = (
        "For the fiscal year ended June 30, 2004, the net loss was \\$10.5 million.\n\n"
        "ImmunoGen expects its net loss for fiscal 2005 to be \\$14 million to \\$17 million and its "
        "revenues for fiscal 2005 to be between \\$30 million and \\$34 million.\n"
    )
    assert _guidance(_text_run(text)) == {
        ("NetIncomeLoss", "2004-07-01--2005-06-30"): (Decimal(-17000000), Decimal(-14000000)),
        ("Revenues", "2004-07-01--2005-06-30"): (Decimal(30000000), Decimal(34000000)),
    }


# ---------------------------------------------------------------------------------------------
# A statement label OCR printed with a digit for a letter


def test_a_label_with_a_one_for_an_l_names_its_concept() -> None:
    """ "Genera1 and administrative" was an unknown concept minted from the label, so the prose's
    "general and administrative expenses of $4.3 million" stood beside it as a second fact."""
    found = _run("immunogen_fy2011_q3.txt")
    facts = _facts(found)
    g_and_a = facts[("GeneralAndAdministrativeExpense", "2011-01-01--2011-03-31")]
    assert g_and_a.value == Decimal(4318000)
    assert g_and_a.statement == "IncomeStatement"
    assert len(g_and_a.evidence) == 2  # the cell and the prose's "$4.3 million"
    assert facts[("GeneralAndAdministrativeExpense", "2009-07-01--2010-03-31")].value == Decimal(10590000)
    assert not any(f.concept.startswith("genera1") for f in found if isinstance(f, FinancialFact))


def test_code_names_and_figures_keep_their_digits() -> None:
    from kg.concepts import concept_table, mend_ocr_letters

    assert mend_ocr_letters("net l0ss") == "net loss"
    assert mend_ocr_letters("imgn901 revenue") == "imgn901 revenue"
    assert mend_ocr_letters("q4 2010 revenues") == "q4 2010 revenues"
    assert concept_table().match("Research and deve1opment") is not None
    assert concept_table().match("Revenue 2010") is None


# ---------------------------------------------------------------------------------------------
# Transition periods in prose


TRANSITION_PROSE = (
    "ImmunoGen reported a net loss of $23.1 million for the three months ended December 31, 2013. "
    "For the six-month transition period ended December 31, 2013, the net loss was $52.6 million, "
    "or $0.62 per basic and diluted share.\n"
)


def test_a_six_month_transition_period_is_six_months() -> None:
    """The phrase was not read, and the figure took the quarter of the sentence before."""
    facts = _facts(_text_run(TRANSITION_PROSE))
    assert facts[("NetIncomeLoss", "2013-07-01--2013-12-31")].value == Decimal(-52600000)
    assert facts[("EarningsPerShareBasicAndDiluted", "2013-07-01--2013-12-31")].value == Decimal("-0.62")
    assert facts[("NetIncomeLoss", "2013-10-01--2013-12-31")].value == Decimal(-23100000)


@pytest.mark.parametrize(
    "lead",
    [
        "For the transition period, revenues were $16.2 million.",
        "For the full year, revenues were $16.2 million.",
        "For the year, revenues were $16.2 million.",
        "Over the six months, revenues were $16.2 million.",
        "For the first half of the year, revenues were $16.2 million.",
    ],
)
def test_a_lead_naming_another_period_keeps_the_quarter_read_before(lead: str) -> None:
    """A sentence opening on another period than the quarter the sentence before named: its figure
    once took that quarter."""
    text = (
        "ImmunoGen reported a net loss of $23.1 million for the three months ended December 31, 2013. " + lead
    )
    found = _text_run(text)
    assert not [f for f in found if isinstance(f, FinancialFact) and f.concept == "Revenues"]
    assert any(isinstance(f, Skipped) and "no period certain for '$16.2 million'" in f.reason for f in found)


def test_the_quarter_is_still_carried_to_a_sentence_naming_no_period() -> None:
    text = (
        "ImmunoGen reported a net loss of $23.1 million for the three months ended December 31, 2013. "
        "Revenues for the quarter were $9.2 million.\n"
    )
    assert _facts(_text_run(text))[("Revenues", "2013-10-01--2013-12-31")].value == Decimal(9200000)


# ---------------------------------------------------------------------------------------------
# The change of fiscal-year end


def test_the_change_of_fiscal_year_end_is_read() -> None:
    text = (FOLDER / "immunogen_transition_2013.txt").read_text()
    change = fiscal_year_change(text, "ImmunoGen")
    assert change is not None
    assert (change.old, change.new, str(change.start), str(change.end)) == (
        (6, 30),
        (12, 31),
        "2013-07-01",
        "2013-12-31",
    )
    # Without the transition's end, or with two different changes, no change is read.
    assert fiscal_year_change(re.sub("(?i)transition period", "period", text), "ImmunoGen") is None
    assert fiscal_year_change("It changed its fiscal year end from June 30 to December 31.") is None
    # Another company's change is not the filer's.
    assert (
        fiscal_year_change(text.replace("ImmunoGen changed its", "Takeda changed its"), "ImmunoGen") is None
    )


def test_transition_period_facts_are_in_no_fiscal_year() -> None:
    """The six months to December 31, 2013 were labelled H1 of fiscal 2014 (the old calendar), and
    their last quarter Q2 of fiscal 2014; ImmunoGen's fiscal 2014 is calendar 2014."""
    facts = _facts(_run("immunogen_transition_2013.txt"))
    for period in ("2013-07-01--2013-12-31", "2013-10-01--2013-12-31"):
        net = facts[("NetIncomeLoss", period)]
        assert (net.fiscal_year, net.fiscal_period) == (None, None)
    assert facts[("NetIncomeLoss", "2013-07-01--2013-12-31")].value == Decimal(-52618000)
    assert len(facts[("NetIncomeLoss", "2013-07-01--2013-12-31")].evidence) == 2  # cell and prose
    cash = facts[("CashAndCashEquivalents", "2013-12-31")]
    assert (cash.fiscal_year, cash.fiscal_period) == (None, "instant")
    # The comparatives are in the old calendar, as they were reported.
    prior = facts[("NetIncomeLoss", "2012-07-01--2012-12-31")]
    assert (prior.fiscal_year, prior.fiscal_period) == (2013, "H1")
    prior_q = facts[("NetIncomeLoss", "2012-10-01--2012-12-31")]
    assert (prior_q.fiscal_year, prior_q.fiscal_period) == (2013, "Q2")
    june = facts[("CashAndCashEquivalents", "2013-06-30")]
    assert (june.fiscal_year, june.fiscal_period) == (2013, "instant")
    assert facts[("Revenues", "2013-07-01--2013-12-31")].value == Decimal(16171000)


def test_guidance_after_the_change_is_for_the_new_fiscal_year() -> None:
    """ "ImmunoGen expects its net loss for 2014 …": a calendar year, the new fiscal year."""
    guidance = _guidance(_run("immunogen_transition_2013.txt"))
    assert guidance[("NetIncomeLoss", "2014-01-01--2014-12-31")] == (Decimal(-100000000), Decimal(-96000000))
    assert all(not key[1].startswith("2013-07-01") for key in guidance)


def test_a_fiscal_year_across_the_transition_is_not_read() -> None:
    """ "fiscal 2014" read in the old calendar (July 2013 – June 2014) runs across the transition:
    a period the filer never reports."""
    text = (
        "WALTHAM, Mass., Feb. 20, 2014 -- ImmunoGen, Inc. (Nasdaq: IMGN) today reported results.\n\n"
        "For the fiscal year ended June 30, 2013, the net loss was $74.7 million.\n\n"
        "ImmunoGen changed its fiscal year end from June 30 to December 31; the six-month transition "
        "period ended December 31, 2013.\n\n"
        "For the six-month transition period ended December 31, 2013, the net loss was $52.6 million.\n\n"
        "For fiscal 2014, the net loss was $96.1 million.\n"
    )
    found = _text_run(text)
    facts = _facts(found)
    assert set(facts) == {
        ("NetIncomeLoss", "2012-07-01--2013-06-30"),
        ("NetIncomeLoss", "2013-07-01--2013-12-31"),
    }
    assert any(isinstance(f, Skipped) and "transition period" in f.reason for f in found)


def test_the_release_announcing_the_change_keeps_the_old_calendar() -> None:
    found = _run("immunogen_fy2013_q4.txt")
    facts = _facts(found)
    net = facts[("NetIncomeLoss", "2012-07-01--2013-06-30")]
    assert (net.value, net.fiscal_year, net.fiscal_period) == (Decimal(-74742000), 2013, "FY")
    q4 = facts[("NetIncomeLoss", "2013-04-01--2013-06-30")]
    assert (q4.fiscal_year, q4.fiscal_period) == (2013, "Q4")
    # "Adjusted net loss, a non-GAAP measure …, was $63.2 million": no fact.
    assert not [f for f in facts.values() if f.value == Decimal(-63200000)]
    # A part of revenues ("include $11.9 million of non-cash royalty revenue") is no total.
    assert facts[("Revenues", "2012-07-01--2013-06-30")].value == Decimal(35454000)


# ---------------------------------------------------------------------------------------------
# The other quarters: facts that must come out, and must not


@pytest.mark.parametrize(
    ("name", "concept", "period", "value", "fiscal"),
    [
        ("immunogen_fy2002_q3.txt", "NetIncomeLoss", "2001-07-01--2002-03-31", "-10198000", (2002, "9M")),
        ("immunogen_fy2002_q3.txt", "Revenues", "2000-07-01--2001-03-31", "7898000", (2001, "9M")),
        (
            "immunogen_fy2002_q3.txt",
            "CashCashEquivalentsAndMarketableSecurities",
            "2002-03-31",
            "143215000",
            (2002, "instant"),
        ),
        ("immunogen_fy2004_q4.txt", "NetIncomeLoss", "2004-04-01--2004-06-30", "931000", (2004, "Q4")),
        ("immunogen_fy2004_q4.txt", "NetIncomeLoss", "2002-07-01--2003-06-30", "-17258000", (2003, "FY")),
        (
            "immunogen_fy2004_q4.txt",
            "OperatingIncomeLoss",
            "2003-07-01--2004-06-30",
            "-12220000",
            (2004, "FY"),
        ),
        ("immunogen_fy2007_q1.txt", "NetIncomeLoss", "2006-07-01--2006-09-30", "-6087000", (2007, "Q1")),
        ("immunogen_fy2007_q1.txt", "DevelopmentFees", "2005-07-01--2005-09-30", "41000", (2006, "Q1")),
        ("immunogen_fy2008_q2.txt", "NetIncomeLoss", "2007-07-01--2007-12-31", "-17466000", (2008, "H1")),
        (
            "immunogen_fy2008_q2.txt",
            "ResearchAndDevelopmentExpense",
            "2007-10-01--2007-12-31",
            "15213000",
            (2008, "Q2"),
        ),
        ("immunogen_fy2009_q4.txt", "NetIncomeLoss", "2007-07-01--2008-06-30", "-32376000", (2008, "FY")),
        (
            "immunogen_fy2011_q3.txt",
            "EarningsPerShareBasicAndDiluted",
            "2009-07-01--2010-03-31",
            "-0.55",
            (2010, "9M"),
        ),
    ],
)
def test_quarter_facts(name: str, concept: str, period: str, value: str, fiscal: tuple[int, str]) -> None:
    fact = _facts(_run(name))[(concept, period)]
    assert fact.value == Decimal(value)
    assert (fact.fiscal_year, fact.fiscal_period) == fiscal


def test_figures_that_are_no_facts() -> None:
    q3_2002 = _facts(_run("immunogen_fy2002_q3.txt"))
    # "Excluding the non-cash charge …, the net loss for the quarter would have been $6.5 million."
    assert q3_2002[("NetIncomeLoss", "2002-01-01--2002-03-31")].value == Decimal(-6873000)
    # "Development fees  l2": a damaged figure, not 12.
    q1_2007 = _facts(_run("immunogen_fy2007_q1.txt"))
    assert ("DevelopmentFees", "2006-07-01--2006-09-30") not in q1_2007
    # "On a non-GAAP basis, excluding stock compensation, operating expenses were $17.6 million."
    q2_2008 = _facts(_run("immunogen_fy2008_q2.txt"))
    assert q2_2008[("OperatingExpenses", "2007-10-01--2007-12-31")].value == Decimal(20704000)
    # "In fiscal 2009, the Company's net loss guidance was $36 million to $40 million": given before.
    fy2009 = _run("immunogen_fy2009_q4.txt")
    assert ("NetIncomeLoss", "2008-07-01--2009-06-30") not in _guidance(fy2009)
    assert _guidance(fy2009)[("NetIncomeLoss", "2009-07-01--2010-06-30")] == (
        Decimal(-47000000),
        Decimal(-43000000),
    )


# ---------------------------------------------------------------------------------------------
# Years named by number around a change of fiscal-year end

CHANGE_ANNOUNCED = (
    "WALTHAM, Mass., April 25, 2013 -- ImmunoGen, Inc. (Nasdaq: IMGN) today announced results.\n\n"
    "The Board of Directors approved a change in the Company's fiscal year end from June 30 to December 31. "
    "The Company will file a transition report for the six-month transition period from July 1, 2013 to "
    "December 31, 2013.\n\n"
)


def test_guidance_for_a_year_of_the_old_calendar_stays_in_it() -> None:
    """ "fiscal 2013" said before the change is the year to June 30, 2013, not calendar 2013."""
    found = _text_run(
        CHANGE_ANNOUNCED + "ImmunoGen expects its revenues for fiscal 2013 to be between $30 million and "
        "$35 million and its net loss for fiscal 2013 to be between $70 million and $75 million.\n"
    )
    assert _guidance(found) == {
        ("Revenues", "2012-07-01--2013-06-30"): (Decimal(30000000), Decimal(35000000)),
        ("NetIncomeLoss", "2012-07-01--2013-06-30"): (Decimal(-75000000), Decimal(-70000000)),
    }


def test_a_year_by_number_placed_in_the_wrong_calendar_is_not_read() -> None:
    """With an EDGAR header giving the new end, "fiscal 2012" would be read as calendar 2012: a year
    the filer never reported (its fiscal 2012 ended June 30, 2012)."""
    from test_edgar import part, submission

    body = (
        "WALTHAM, Mass., Feb. 20, 2014 -- ImmunoGen, Inc. (Nasdaq: IMGN) today reported results.\n\n"
        "ImmunoGen changed its fiscal year end from June 30 to December 31; the six-month transition "
        "period ended December 31, 2013.\n\nFor fiscal 2012, the net loss was $74.5 million.\n"
    )
    doc = document_from_bytes("t.txt", submission(part("EX-99.1", 2, body), fye="1231"))
    found = list(run(doc))
    assert not _facts(found)
    assert any(isinstance(f, Skipped) and "2012-01-01--2012-12-31" in f.reason for f in found)


def test_a_half_year_does_not_take_the_year_read_before() -> None:
    found = _text_run(
        "BOSTON, Mass., Feb. 20, 2009 -- Acme Bio, Inc. (Nasdaq: ACME) today reported results.\n\n"
        "For the year ended December 31, 2008, the net loss was $30.0 million. Total revenues for the "
        "second half were $25.1 million.\n"
    )
    assert set(_facts(found)) == {("NetIncomeLoss", "2008-01-01--2008-12-31")}
