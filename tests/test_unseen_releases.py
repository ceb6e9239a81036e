"""Whole releases of other companies and other ImmunoGen quarters, reviewed fact by fact: each test
pins a fact the review found wrong (now declined or right) or missed (now read).

Fixtures in tests/unseen_releases/: other companies (December, June, March and 52–53-week fiscal
years; HTML and space-aligned text) and ImmunoGen quarters of 2002, 2006 and 2013.
"""

from __future__ import annotations

import functools
from pathlib import Path

from conftest import mention_names, relation_edges, stage_rows

from kg.build import extract
from kg.corpus import read_document
from kg.model import FilingInfo, FinancialFact, Relation

FOLDER = Path(__file__).parent / "unseen_releases"


@functools.cache
def _facts(name: str) -> tuple[object, ...]:
    return tuple(extract(read_document(FOLDER / name))[0])


def _financial(name: str) -> dict[tuple[str, str], int]:
    return {(f.concept, f.period.key): int(f.value) for f in _facts(name) if isinstance(f, FinancialFact)}


def test_a_revenue_line_named_like_an_expense_is_not_the_expense() -> None:
    """ "Research and development" under "Revenues:" is revenue; the expense row below it is R&D."""
    facts = _financial("immunomedics_fy2010q4.txt")
    assert facts[("ResearchAndDevelopmentExpense", "2010-04-01--2010-06-30")] == 5210000
    assert facts[("ResearchAndDevelopmentExpense", "2009-07-01--2010-06-30")] == 20410000
    assert 410000 not in {v for (c, _), v in facts.items() if c == "ResearchAndDevelopmentExpense"}


def test_a_52_53_week_year_gives_no_fiscal_calendar() -> None:
    """ "fiscal year ended January 1, 2010" ends on a weekday, not a date: no fiscal-year end, and no
    period placed by one ("fourth quarter of 2009" was read as November 2008 to January 2009)."""
    facts = _facts("exelixis_fy2009q4.txt")
    relations = {f.predicate: f.obj for f in facts if isinstance(f, Relation)}
    assert "fiscalYearEnd" not in relations
    assert relations["secFileNumber"] == "000-30235"  # the value above its caption, not the caption beside it
    periods = {f.period.key for f in facts if isinstance(f, FinancialFact)}
    assert "2008-11-01--2009-01-31" not in periods
    assert all(f.fiscal_year is None for f in facts if isinstance(f, FinancialFact))


def test_words_of_a_sentence_and_contact_lines_are_no_names() -> None:
    assert "in-may" not in mention_names(list(_facts("alnylam_2008q2.htm")), "person")
    assert "investor-relations-medarex" not in mention_names(list(_facts("medarex_2008q4.txt")), "company")
    quarrion = mention_names(list(_facts("quarrion_fy2010q3.txt")), "company")
    assert not [key for key in quarrion if key.startswith("chief-financial-officer")]


def test_a_dateline_with_a_semicolon_after_the_state() -> None:
    info = next(f for f in _facts("medarex_2008q4.txt") if isinstance(f, FilingInfo))
    assert str(info.report_date) == "2009-02-26"


def test_stages_printed_in_small_letters_with_arabic_numerals() -> None:
    stages = stage_rows(list(_facts("seagen_2012q4.htm")))
    assert ("sgn-75", "PhaseI", "renal-cell-carcinoma") in stages or ("sgn-75", "PhaseI", None) in stages
    assert {phase for compound, phase, _ in stages if compound == "sgn-cd19a"} == {"PhaseI"}


def test_a_prose_figure_after_a_comparison_is_the_subjects_period() -> None:
    """ "Revenues for 3QFY13 were $9.4 million, compared to $3.7 million for 3QFY12, and include $5.1
    million of license and milestone fees": the fees are 3QFY13's."""
    facts = _financial("immunogen_fy2013_q3_notables.htm")
    assert facts[("LicenseAndMilestoneFees", "2013-01-01--2013-03-31")] == 5100000
    assert ("LicenseAndMilestoneFees", "2012-01-01--2012-03-31") not in facts


def test_into_the_clinic_is_no_stage_beside_the_phase_the_filing_names() -> None:
    stages = stage_rows(list(_facts("immunogen_fy2003_q1.txt")))
    assert {phase for compound, phase, _ in stages if compound == "mln2704"} == {"PhaseI_II"}


def test_a_milestone_earned_is_no_amount_of_the_licence() -> None:
    facts = list(_facts("immunogen_fy2006_q3.txt"))
    assert not [f for f in facts if isinstance(f, Relation) and f.predicate == "amount"]
    assert ("immunogen", "genentech") in relation_edges(facts, "partner")


def test_a_part_a_total_includes_is_not_the_total() -> None:
    """Without the statement table to outvote it, "Revenues in 2012 included ADCETRIS net product
    sales of $141.8 million" was read as the year's revenues."""
    from kg.corpus import document_from_bytes

    text = (
        "BOTHELL, Wash., Feb. 7, 2013 -- Seattle Genetics, Inc. (Nasdaq: SGEN) today reported financial "
        "results for the year ended December 31, 2012.\n\nTotal revenues for the year ended December 31, "
        "2012 were $210.8 million. Revenues in 2012 included ADCETRIS net product sales of $141.8 million.\n"
    )
    facts = extract(document_from_bytes("sgen.txt", text.encode()))[0]
    revenues = {int(f.value) for f in facts if isinstance(f, FinancialFact) and f.concept == "Revenues"}
    assert revenues == {210800000}
