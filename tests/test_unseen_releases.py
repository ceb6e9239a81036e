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


def test_a_tax_row_printed_as_deductions_keeps_its_sign_where_net_income_was_declined() -> None:
    """ "Income tax expense (40) (35) (95) (70)": three periods prove the parentheses a deduction; the
    fourth, whose net income cell OCR damaged ("(3,26O)"), is an expense too, not a benefit."""
    taxes = {
        period: value
        for (concept, period), value in _financial("immunogen_fy2002_q2_damaged.txt").items()
        if concept == "IncomeTaxExpenseBenefit"
    }
    assert taxes and all(value > 0 for value in taxes.values()), taxes
    assert taxes["2001-07-01--2001-12-31"] == 95000


def test_for_the_quarter_is_the_quarter_reported_not_the_comparisons() -> None:
    from kg.corpus import document_from_bytes

    text = (
        "CAMBRIDGE, MA, January 24, 2002 - ImmunoGen, Inc. (Nasdaq: IMGN) today reported results for the "
        "second quarter of fiscal 2002, the three months ended December 31, 2001.\n\n"
        "Research and development expenses were $3.4 million in the second quarter of fiscal 2002, compared "
        "to $2.7 million in the second quarter of fiscal 2001. General and administrative expenses were $1.2 "
        "million for the quarter, compared to $1.1 million for the same quarter last year.\n\n"
        "ImmunoGen's fiscal year ends June 30.\n"
    )
    facts = extract(document_from_bytes("q.txt", text.encode()))[0]
    ga = {
        f.period.key: int(f.value)
        for f in facts
        if isinstance(f, FinancialFact) and f.concept == "GeneralAndAdministrativeExpense"
    }
    assert ga == {"2001-10-01--2001-12-31": 1200000, "2000-10-01--2000-12-31": 1100000}


def test_a_figure_split_by_ocr_costs_its_row_not_the_table() -> None:
    """ "Total operating expenses 5,651 4, 043 9,670 7,596" prints one cell more than every other row:
    the header's four periods decide, that row is not read, the others are."""
    facts = _financial("immunogen_fy2002_q2_split_figure.txt")
    assert facts[("NetIncomeLoss", "2000-10-01--2000-12-31")] == 277000
    assert facts[("Revenues", "2001-10-01--2001-12-31")] == 1655000
    assert not [key for key in facts if key[0] == "OperatingExpenses"]


def test_three_cover_values_on_one_line_give_each_caption_its_own() -> None:
    """ "Delaware 000-23143 13-3379479" above three captions: the file number is the one of its shape."""
    relations = {
        f.predicate: f.obj for f in _facts("prolexis_submission_2009.txt") if isinstance(f, Relation)
    }
    assert relations["secFileNumber"] == "000-23143"
    assert relations["cik"] == "0001041234"


def test_trials_named_between_commas_are_no_compounds() -> None:
    compounds = mention_names(list(_facts("hgs_submission_2006.txt")), "compound")
    assert not {"bliss-52", "bliss-76"} & set(compounds)


def test_a_collaborations_quarterly_revenue_is_no_amount_of_it() -> None:
    amounts = [
        f
        for f in _facts("millennium_submission_2005.txt")
        if isinstance(f, Relation) and f.predicate == "amount"
    ]
    assert amounts == []


def test_a_year_named_by_number_takes_no_quarter_read_before() -> None:
    """ "Revenue for 2007 was $3.5 million …" after a quarter's figures (the year's own date damaged
    by OCR): not the quarter's revenue."""
    facts = _financial("cellgenesys_2007q4_prose_only.txt")
    assert ("Revenues", "2007-10-01--2007-12-31") not in facts
    assert facts[("NetIncomeLoss", "2007-10-01--2007-12-31")] == -32300000


def test_a_patient_marker_beside_two_compounds_is_neither_ones_target() -> None:
    from conftest import text_document

    from kg.extractors import pipeline

    head = "GAITHERSBURG, Md., April 26, 2007 -- MedImmune, Inc. (Nasdaq: MEDI) today reported results.\n\n"
    combined = "MEDI-575 is being studied in a Phase 1 trial in combination with Herceptin(R) (trastuzumab) in HER2-positive breast cancer.\n"
    alone = "MEDI-575 is being studied in a Phase 1 trial in HER2-positive breast cancer.\n"
    assert relation_edges(list(pipeline.run(text_document("a.txt", head + combined))), "targets") == set()
    assert relation_edges(list(pipeline.run(text_document("b.txt", head + alone))), "targets") == {
        ("medi-575", "her2")
    }


def test_radio_conjugates_keep_the_second_word_of_their_name() -> None:
    from conftest import text_document

    from kg.extractors import pipeline

    head = "SEATTLE, Feb. 27, 2008 -- Cell Therapeutics, Inc. (Nasdaq: CTIC) today reported results.\n\n"
    body = "ZEVALIN\u00ae (ibritumomab tiuxetan) net product sales grew.\n\nClivatuzumab tetraxetan (90Y-hPAM4) is in a Phase 1 trial.\n"
    compounds = mention_names(list(pipeline.run(text_document("c.txt", head + body))), "compound")
    assert {"ibritumomab-tiuxetan", "clivatuzumab-tetraxetan"} <= set(compounds)
    assert not {"ibritumomab", "clivatuzumab"} & set(compounds)


def test_a_generational_suffix_is_no_part_of_a_title() -> None:
    from test_people_unseen import _people

    head = "BERKELEY HEIGHTS, N.J., Nov. 1, 2007 -- Genta Incorporated (Nasdaq: GNTA) today reported results.\n\n"
    quote = '"We made progress," said Raymond P. Warrell, Jr., M.D., Chairman and Chief Executive Officer.\n'
    assert _people(head + quote)["raymond-p-warrell-jr"]["position"] == "Chairman and Chief Executive Officer"
