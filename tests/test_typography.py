"""Typographic punctuation of HTML releases (’ for ', abbreviations with periods in datelines) reads
as its plain-text counterpart does."""

from __future__ import annotations

from conftest import text_document

from kg.extractors import filing_metadata
from kg.fiscal import infer_fiscal_year_end
from kg.model import EntityRef, Relation

DATELINE = (
    "WALTHAM, Mass.--(BUSINESS WIRE)--Jan. 27, 2012-- ImmunoGen, Inc. (Nasdaq: IMGN), a biotechnology "
    "company, today reported financial results for the three-month period ended December 31, 2011 "
    "\u2013 the second quarter of the Company\u2019s 2012 fiscal year.\n"
)


def test_a_quarter_of_the_companys_fiscal_year_with_a_typographic_apostrophe() -> None:
    assert infer_fiscal_year_end(DATELINE) == (6, 30)
    assert infer_fiscal_year_end(DATELINE.replace("\u2019", "'")) == (6, 30)


def test_the_fiscal_year_sentence_is_cited_whole_from_its_dateline() -> None:
    doc = text_document("release.txt", DATELINE)
    fye = next(
        f for f in filing_metadata.run(doc) if isinstance(f, Relation) and f.predicate == "fiscalYearEnd"
    )
    assert fye.obj == "--06-30"
    # "Jan." and "Mass." end no sentence: the citation starts at the dateline.
    assert fye.evidence.quote.startswith("WALTHAM, Mass.--(BUSINESS WIRE)--Jan. 27, 2012--")
    assert fye.evidence.quote.endswith("2012 fiscal year.")


def test_the_registrants_telephone_with_a_typographic_apostrophe() -> None:
    cover = (
        "FORM 8-K\n\nDate of Report (Date of earliest event reported): January 27, 2012\n\n"
        "ImmunoGen, Inc.\n(Exact name of registrant as specified in its charter)\n\n"
        "Registrant\u2019s telephone number, including area code: (781) 895-0600\n"
    )
    doc = text_document("cover.txt", cover)
    phones = [
        f.obj for f in filing_metadata.run(doc) if isinstance(f, Relation) and f.predicate == "telephone"
    ]
    assert phones == ["(781) 895-0600"]


def test_a_greek_letter_names_the_target_spelled_out_in_the_reference_data() -> None:
    from kg.extractors import pipeline
    from kg.reference import gazetteer

    assert gazetteer().resolve("folate receptor \u03b1") == EntityRef("target", "folr1")
    assert gazetteer().resolve("folate receptor-\u03b1") == EntityRef("target", "folr1")
    doc = text_document(
        "release.txt",
        "WALTHAM, Mass., Jan. 27, 2012 /PRNewswire/ -- ImmunoGen, Inc. (Nasdaq: IMGN) today reported "
        "results.\n\nIMGN853, which targets folate receptor \u03b1, is expected to enter clinical testing.\n",
    )
    targets = {
        (f.subject.key, f.obj.key)
        for f in pipeline.EXTRACTOR.run(doc)
        if isinstance(f, Relation) and f.predicate == "targets" and isinstance(f.obj, EntityRef)
    }
    assert targets == {("mirvetuximab-soravtansine", "folr1")}


def test_a_fiscal_year_that_ends_on_a_day_of_the_year() -> None:
    """ "The Company's fiscal year ends June 30." states the calendar without naming a year; another
    company's does not state the filer's."""
    assert infer_fiscal_year_end("The Company\u2019s fiscal year ends June 30.") == (6, 30)
    assert infer_fiscal_year_end("Takeda's fiscal year ends March 31.") is None
    assert infer_fiscal_year_end("Our fiscal year ends on September 30.") == (9, 30)
    assert infer_fiscal_year_end("The fiscal year ends June 30, 2012.") == (6, 30)
    assert infer_fiscal_year_end("The fiscal year ends February 31.") is None


def test_a_footnote_marker_after_a_space_stays_with_its_figure() -> None:
    from kg.html import render_html

    row = "<table><tr><td>Collaboration revenue</td><td>2,000 <sup>1</sup></td><td></td></tr></table>"
    assert render_html(row) == "Collaboration revenue\t2,000(1)\n"
