"""The filer's name where OCR damaged the printing it is read from: "lmmunoGen, Inc." (l for I) on the
8-K cover of a filing whose EDGAR header says IMMUNOGEN INC and whose text prints "ImmunoGen" many
times is ImmunoGen; without a header, the spelling the filing prints most ("Invenra", twice, against
"lnvenra" once on the cover) is the name. The damaged spelling is a hidden label of the filer; the
filing, the financial facts and the partnerships are the filer's, and no company is a partner of itself.

The rule (``kg.extractors.filing_metadata._undamaged_filer_name``): spellings printed in the filing that
differ from the name as read only by look-alike characters (``kg.ocr.skeleton``) are compared; the
header's spelling wins, else the one printed more often than every other; a tie keeps the name as read.
Fixture ``immunogen_fy2004_q2_ocr.txt`` (an EDGAR submission of 2004, OCR-damaged); the others are
small releases written here.
"""

from __future__ import annotations

from pathlib import Path

from conftest import OCR_DAMAGED_COVER, built_graph
from conftest import text_document as _doc

from kg.corpus import read_document
from kg.extractors import filing_metadata, pipeline
from kg.model import EntityRef, FilingInfo, Mention, Relation

FOLDER = Path(__file__).parent / "reviewed_releases"
COMPANY = "https://w3id.org/filings-kg/id/company/"
FILING = "https://w3id.org/filings-kg/id/filing/"
KG = "https://w3id.org/filings-kg/ontology#"
IMMUNOGEN = EntityRef("company", "immunogen")

#: The cover and first paragraphs of the 2004 filing (single/ocr_filer_name of the review).
OCR_COVER = (
    "UNITED STATES SECURITIES AND EXCHANGE COMMISSION\n"
    "Washington, D.C. 20549\n\n"
    "FORM 8-K\n\n"
    "CURRENT REPORT\n\n"
    "Date of Report (Date of earliest event reported): January 27, 2OO4\n\n"
    "lmmunoGen, Inc.\n"
    "(Exact name of registrant as specified in its charter)\n\n"
    "Massachusetts                 0-17999               04-2726691\n\n"
    "EXHIBIT 99.1\n\n"
    "CAMBRIDGE, MA, January 27, 2004 - ImmunoGen, Inc. (Nasdaq: IMGN) today\n"
    "reported financial results for the three and six months ended December 31,\n"
    "2003, the second quarter of its 2004 fiscal year.\n\n"
    "Under our collaboration with Aventis, ImmunoGen received a $1.0 million\n"
    "milestone payment.\n"
)


def _info(facts: list[object]) -> FilingInfo:
    (info,) = [f for f in facts if isinstance(f, FilingInfo)]
    return info


def _hidden_labels(facts: list[object], ref: EntityRef) -> dict[str, int]:
    """The hidden labels of ``ref`` with the line each is printed on."""
    return {
        label: f.evidence.line
        for f in facts
        if isinstance(f, Mention) and f.ref == ref
        for label in f.hidden_labels
    }


def test_a_cover_name_damaged_by_ocr_is_the_name_the_edgar_header_spells() -> None:
    doc = read_document(FOLDER / "immunogen_fy2004_q2_ocr.txt")
    facts = list(filing_metadata.run(doc))
    info = _info(facts)
    assert (info.filer, info.filer_name) == (IMMUNOGEN, "ImmunoGen, Inc.")
    # The damaged spelling of the cover (line 43) is kept, hidden, on the filer.
    assert _hidden_labels(facts, IMMUNOGEN) == {"lmmunoGen, Inc.": 43}
    # The header's CIK and the cover's identifiers are the filer's: no second company holds them.
    subjects = {f.subject for f in facts if isinstance(f, Relation)}
    assert subjects == {IMMUNOGEN}
    assert {f.obj for f in facts if isinstance(f, Relation) and f.predicate == "cik"} == {"0000855654"}
    start = doc.text.index("lmmunoGen, Inc.")
    assert filing_metadata.damaged_filer_name(doc) == (
        "lmmunoGen, Inc.",
        (start, start + len("lmmunoGen, Inc.")),
    )


def test_the_pipeline_takes_the_undamaged_filer_so_no_company_is_its_own_partner() -> None:
    facts = list(pipeline.run(read_document(FOLDER / "immunogen_fy2004_q2_ocr.txt")))
    partners = {
        (f.subject.key, f.obj.key)
        for f in facts
        if isinstance(f, Relation) and f.predicate == "partner" and isinstance(f.obj, EntityRef)
    }
    assert ("immunogen", "immunogen") not in partners
    assert not [p for p in partners if "lmmunogen" in p]
    # "ImmunoGen's partners include Aventis, Boehringer Ingelheim, British Biotech, Genentech and
    # Millennium Pharmaceuticals." (line 167): the filer's own partnerships.
    assert {
        ("immunogen", "aventis"),
        ("immunogen", "boehringer-ingelheim"),
        ("immunogen", "british-biotech"),
        ("immunogen", "genentech"),
        ("immunogen", "millennium-pharmaceuticals"),
    } <= partners


def test_without_a_header_the_spelling_the_filing_prints_most_is_the_name() -> None:
    facts = list(filing_metadata.run(_doc("release.txt", OCR_DAMAGED_COVER)))
    invenra = EntityRef("company", "invenra-therapeutics")
    info = _info(facts)
    assert (info.filer, info.filer_name) == (invenra, "Invenra Therapeutics, Inc.")
    assert _hidden_labels(facts, invenra) == {"lnvenra Therapeutics, Inc.": 7}
    labels = {f.label for f in facts if isinstance(f, Mention)}
    assert labels == {"Invenra Therapeutics, Inc."}


def test_a_spelling_printed_no_more_often_than_the_covers_leaves_the_name_as_read() -> None:
    """One "Invenra" against one "lnvenra", and no header: which one is damaged is not said."""
    text = OCR_DAMAGED_COVER.replace("Invenra Therapeutics received", "the company received")
    info = _info(list(filing_metadata.run(_doc("release.txt", text))))
    assert info.filer_name == "lnvenra Therapeutics, Inc."
    assert filing_metadata.damaged_filer_name(_doc("release.txt", text)) is None


def test_the_built_filing_and_its_filer_are_the_undamaged_names(tmp_path: Path) -> None:
    graph = built_graph(tmp_path, {"ocr.txt": OCR_COVER, "generic.txt": OCR_DAMAGED_COVER})
    filings = {str(s).removeprefix(FILING) for s in graph.subjects(predicate=_uri(KG + "filer"))}
    assert filings == {"immunogen-2004-01-27-8-k", "invenra-therapeutics-2005-03-03-8-k"}
    companies = {str(s).removeprefix(COMPANY) for s in graph.subjects() if str(s).startswith(COMPANY)}
    assert "lmmunogen" not in companies
    assert "lnvenra-therapeutics" not in companies
    invenra = _uri(COMPANY + "invenra-therapeutics")
    skos = "http://www.w3.org/2004/02/skos/core#"
    assert {str(o) for o in graph.objects(invenra, _uri(skos + "prefLabel"))} == {
        "Invenra Therapeutics, Inc."
    }
    assert "lnvenra Therapeutics, Inc." in {
        str(o) for o in graph.objects(invenra, _uri(skos + "hiddenLabel"))
    }
    self_partners = [(s, o) for s, o in graph.subject_objects(predicate=_uri(KG + "partner")) if s == o]
    assert self_partners == []


def _uri(value: str):
    from rdflib import URIRef

    return URIRef(value)
