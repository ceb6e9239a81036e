"""Filing metadata the twentieth review found missed or misplaced.

Missed: the period covered where the release sets the quarter's end beside its fiscal year ("results
for the third quarter of its fiscal year 2009, the quarter ended March 31, 2009", Pharmacyclics).

Misplaced: the filer labelled by the cover's capitals ("GENTA INCORPORATED") where the filing prints
the same name as the company writes it ("Genta Incorporated"); the fiscal-year end cited from the
sentence it is inferred from, where the next sentence states it ("Pharmacyclics' fiscal year ends June
30.").

Fixtures in tests/reviewed_releases/ (``r18m_*``); the small releases are written here.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from conftest import built_graph, period_covered
from rdflib import URIRef
from rdflib.namespace import SKOS

from kg.corpus import Document, document_from_bytes, read_document
from kg.extractors import filing_metadata
from kg.model import Mention, Period, Relation

FOLDER = Path(__file__).parent / "reviewed_releases"

PHARMACYCLICS = (
    "SUNNYVALE, Calif., April 30, 2009 -- Pharmacyclics, Inc. (Nasdaq: PCYC) today\n"
    "reported financial results for the third quarter of its fiscal year 2009, the\n"
    "quarter ended March 31, 2009. Pharmacyclics' fiscal year ends June 30.\n"
)


def _text(name: str, text: str) -> Document:
    return document_from_bytes(name, text.encode("utf-8"))


def _fiscal_year_end(doc: Document) -> Relation:
    (fye,) = [
        f for f in filing_metadata.run(doc) if isinstance(f, Relation) and f.predicate == "fiscalYearEnd"
    ]
    return fye


def _filer_mentions(doc: Document) -> list[Mention]:
    return [f for f in filing_metadata.run(doc) if isinstance(f, Mention) and f.ref.kind == "company"]


# ---------------------------------------------------------------------------------------------
# 6: ", the quarter ended …" beside the fiscal year
# ---------------------------------------------------------------------------------------------


def test_a_quarter_set_beside_its_fiscal_year_is_the_period_covered() -> None:
    """ "… the third quarter of its fiscal year 2009, the quarter ended March 31, 2009": January to
    March 2009."""
    assert period_covered(_text("pcyc.txt", PHARMACYCLICS)) == Period(
        start=dt.date(2009, 1, 1), end=dt.date(2009, 3, 31)
    )


def test_a_year_set_beside_a_quarter_covers_no_period() -> None:
    """ "… for the fiscal year 2009, the quarter ended March 31, 2009": a year and a quarter, which one
    is meant is not for a reader to choose."""
    text = PHARMACYCLICS.replace("the third quarter of its fiscal year 2009", "the fiscal year 2009")
    assert period_covered(_text("pcyc.txt", text)) is None


def test_pharmacyclics_period_covered() -> None:
    """r18m_pharmacyclics_fy2009q3.txt L21-23."""
    assert period_covered(read_document(FOLDER / "r18m_pharmacyclics_fy2009q3.txt")) == Period(
        start=dt.date(2009, 1, 1), end=dt.date(2009, 3, 31)
    )


# ---------------------------------------------------------------------------------------------
# 7: the filer's label as the company writes its name
# ---------------------------------------------------------------------------------------------

GENTA_COVER = (
    "FORM 8-K\n\nDate of Report (Date of earliest event reported): November 4, 2003\n\n"
    "GENTA INCORPORATED\n(Exact name of registrant as specified in its charter)\n\n"
    "On November 4, 2003, Genta Incorporated issued a press release.\n\n"
    "BERKELEY HEIGHTS, NJ - November 4, 2003 - Genta Incorporated (NASDAQ: GNTA) today reported\n"
    "financial results for the third quarter ended September 30, 2003.\n"
)


def test_a_name_the_cover_prints_in_capitals_is_labelled_as_the_filing_writes_it() -> None:
    """The cover's "GENTA INCORPORATED", the release's "Genta Incorporated": the label is the release's,
    the cover's printing an alternative label, still cited where the cover prints it."""
    (mention,) = _filer_mentions(_text("genta.txt", GENTA_COVER))
    assert (mention.ref.key, mention.label) == ("genta", "Genta Incorporated")
    assert mention.alt_labels == ("Genta Incorporated", "GENTA INCORPORATED")
    assert (mention.evidence.line, mention.evidence.quote) == (5, "GENTA INCORPORATED")


def test_a_name_printed_only_in_capitals_keeps_them() -> None:
    """No printing in small letters: the cover's capitals are the label."""
    text = GENTA_COVER.replace("Genta Incorporated", "the Company")
    (mention,) = _filer_mentions(_text("genta.txt", text))
    assert mention.label == "GENTA INCORPORATED"


def test_genta_is_labelled_as_the_release_writes_it(tmp_path: Path) -> None:
    """r18m_genta_2003q3_submission.txt: the cover's "GENTA INCORPORATED" (L52), the release's "Genta
    Incorporated": the built graph labels the filer "Genta Incorporated"."""
    fixture = FOLDER / "r18m_genta_2003q3_submission.txt"
    (mention,) = _filer_mentions(read_document(fixture))
    assert (mention.label, mention.evidence.line) == ("Genta Incorporated", 52)
    graph = built_graph(tmp_path, {fixture.name: fixture.read_text(encoding="utf-8")})
    genta = URIRef("https://w3id.org/filings-kg/id/company/genta")
    assert {str(label) for label in graph.objects(genta, SKOS.prefLabel)} == {"Genta Incorporated"}


# ---------------------------------------------------------------------------------------------
# 8: the sentence stating the fiscal-year end is cited
# ---------------------------------------------------------------------------------------------


def test_the_sentence_stating_the_fiscal_year_end_is_cited() -> None:
    """ "Pharmacyclics' fiscal year ends June 30." states outright what the sentence before implies."""
    fye = _fiscal_year_end(_text("pcyc.txt", PHARMACYCLICS))
    assert (fye.obj, fye.evidence.line, fye.evidence.quote) == (
        "--06-30",
        3,
        "Pharmacyclics' fiscal year ends June 30.",
    )


def test_another_companys_year_end_is_not_cited_as_the_filers() -> None:
    """ "Servier's fiscal year ends June 30.": a partner's rule; the filer's own sentence is cited."""
    text = PHARMACYCLICS.replace("Pharmacyclics' fiscal year", "Servier's fiscal year")
    fye = _fiscal_year_end(_text("pcyc.txt", text))
    assert (fye.obj, fye.evidence.line) == ("--06-30", 1)


def test_pharmacyclics_fiscal_year_end_cites_its_statement() -> None:
    """r18m_pharmacyclics_fy2009q3.txt L23: "Pharmacyclics' fiscal year ends June 30."."""
    fye = _fiscal_year_end(read_document(FOLDER / "r18m_pharmacyclics_fy2009q3.txt"))
    assert (fye.obj, fye.evidence.line, fye.evidence.quote) == (
        "--06-30",
        23,
        "Pharmacyclics' fiscal year ends June 30.",
    )
