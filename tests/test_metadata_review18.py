"""Filing metadata the twentieth review found missed or misplaced.

Missed: the period covered where the release sets the quarter's end beside its fiscal year ("results
for the third quarter of its fiscal year 2009, the quarter ended March 31, 2009", Pharmacyclics).

Misplaced: the filer labelled by the cover's capitals ("GENTA INCORPORATED") where the filing prints
the same name as the company writes it ("Genta Incorporated"); the fiscal-year end cited from the
sentence it is inferred from, where the next sentence states it ("Pharmacyclics' fiscal year ends June
30.").

Then read wrong by an adversarial review of those rules (the cases ``w6``–``w9``): a licensee's or a
partner's quarter set beside "its fiscal year" taken as the period covered and its year end cited (or
outvoting the filer's own statement of it); "Its fiscal year ends June 30." in a partner's "About"
paragraph cited as the filer's; a phrase of running text ("Targeted genetics, the correction of …")
taken as the filer's label.

Fixtures in tests/reviewed_releases/ (``r18m_*``); the small releases are written here.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from conftest import built_graph, period_covered, text_document
from rdflib import URIRef
from rdflib.namespace import SKOS

from kg.corpus import Document, document_from_bytes, read_document
from kg.extractors import filing_metadata
from kg.model import Mention, Period, Relation, Skipped

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


def _year_ends(doc: Document) -> list[Relation]:
    return [f for f in filing_metadata.run(doc) if isinstance(f, Relation) and f.predicate == "fiscalYearEnd"]


# ---------------------------------------------------------------------------------------------
# Adversarial review (w6, w7): another company's quarter beside "its fiscal year"
# ---------------------------------------------------------------------------------------------

NOVACEA = (
    "EMERYVILLE, Calif., August 6, 2009 -- Novacea Biosciences, Inc. (Nasdaq: NOVB) today\n"
    "reported financial results for the second quarter of 2009.\n\n"
    "Revenues for the second quarter of 2009 were $6.1 million, and include royalties on net sales of\n"
    "Zenvia in Japan. Our licensee, Kyowa Hakko Kirin Co., Ltd., reported results for the first quarter\n"
    "of its fiscal year 2009, the quarter ended March 31, 2009, in which Zenvia sales grew 40%.\n\n"
    "Novacea had $74.0 million in cash as of June 30, 2009. Novacea's fiscal year ends December 31.\n"
)


def test_a_licensees_quarter_is_not_the_period_covered() -> None:
    """ "Our licensee, Kyowa Hakko Kirin Co., Ltd., reported results for the first quarter of its fiscal
    year 2009, the quarter ended March 31, 2009": the licensee's quarter; the filer's own "results for
    the second quarter of 2009" (its year the calendar's) is the period covered."""
    assert period_covered(_text("novb.txt", NOVACEA)) == Period(
        start=dt.date(2009, 4, 1), end=dt.date(2009, 6, 30)
    )


def test_a_licensees_sentence_is_not_cited_for_the_year_end() -> None:
    """The filer's "Novacea's fiscal year ends December 31." (its name's first word) is cited, never the
    licensee's quarter."""
    fye = _fiscal_year_end(_text("novb.txt", NOVACEA))
    assert (fye.obj, fye.evidence.line, fye.evidence.quote) == (
        "--12-31",
        8,
        "Novacea's fiscal year ends December 31.",
    )


PARTNER_FIRST = (
    "SUNNYVALE, Calif., February 12, 2009 -- Pharmacyclics, Inc. (Nasdaq: PCYC) today announced\n"
    "that its partner Servier reported results for the third quarter of its fiscal year 2009, the\n"
    "quarter ended December 31, 2008, including the first sales of the licensed HDAC inhibitor.\n\n"
    "Pharmacyclics will report financial results for its second fiscal quarter, the quarter\n"
    "ended December 31, 2008, on February 17, 2009. Pharmacyclics' fiscal year ends June 30.\n"
)


def test_a_partners_quarter_in_the_first_sentence_is_not_the_period_covered() -> None:
    """ "… today announced that its partner Servier reported results for the third quarter of its fiscal
    year 2009, the quarter ended December 31, 2008": Servier's; and "Pharmacyclics will report … for its
    second fiscal quarter, the quarter ended …" is a release to come: no period covered."""
    assert period_covered(_text("pcyc.txt", PARTNER_FIRST)) is None


def test_the_filers_statement_of_its_year_end_outranks_a_partners_quarter() -> None:
    """Servier's "third quarter of its fiscal year 2009, the quarter ended December 31, 2008" implies a
    year ending March 31; the filer's "Pharmacyclics' fiscal year ends June 30." is its year end."""
    (fye,) = _year_ends(_text("pcyc.txt", PARTNER_FIRST))
    assert (fye.obj, fye.evidence.line, fye.evidence.quote) == (
        "--06-30",
        6,
        "Pharmacyclics' fiscal year ends June 30.",
    )


def test_the_filers_quarter_beside_its_fiscal_year_after_a_description_of_it() -> None:
    """ "Pharmacyclics, Inc. (Nasdaq: PCYC), a pharmaceutical company developing small-molecule drugs,
    today reported … the third quarter of its fiscal year 2009, the quarter ended March 31, 2009": the
    filer described beside its name still reports it: January to March 2009."""
    text = PHARMACYCLICS.replace(
        "(Nasdaq: PCYC) today\n",
        "(Nasdaq: PCYC), a pharmaceutical company developing\nsmall-molecule drugs, today\n",
    )
    assert period_covered(_text("pcyc.txt", text)) == Period(
        start=dt.date(2009, 1, 1), end=dt.date(2009, 3, 31)
    )


def test_a_partners_quarter_alone_states_no_year_end() -> None:
    """Without the filer's statement, the year end only the partner's sentence implies is not the
    filer's: none is stated."""
    text = PARTNER_FIRST.replace(" Pharmacyclics' fiscal year ends June 30.", "")
    doc = _text("pcyc.txt", text)
    assert _year_ends(doc) == []
    assert any(isinstance(f, Skipped) and "fiscal-year end" in f.reason for f in filing_metadata.run(doc))


# ---------------------------------------------------------------------------------------------
# Adversarial review (w8): "Its fiscal year ends …" in a partner's "About" paragraph
# ---------------------------------------------------------------------------------------------

IMMUNOGEN_ABOUT_PARTNER = (
    "WALTHAM, Mass., August 13, 2009 -- ImmunoGen, Inc. (Nasdaq: IMGN) today reported\n"
    "financial results for the three months and fiscal year ended June 30, 2009.\n\n"
    "About ImmunoGen, Inc.\n\n"
    "ImmunoGen, Inc. develops targeted anticancer therapeutics using its TAP technology.\n\n"
    "About Biotest AG\n\n"
    "Biotest AG, of Dreieich, Germany, is a provider of plasma proteins and biotherapeutic drugs.\n"
    "Its fiscal year ends June 30. Biotest is evaluating BT-062 in a Phase I trial.\n\n"
    "Contact:\nCarol Hausner\n"
)


def test_a_partners_about_paragraph_is_not_cited_for_the_year_end() -> None:
    """ "About Biotest AG" / "… Its fiscal year ends June 30.": Biotest's; the filer's first sentence
    ("… fiscal year ended June 30, 2009") is cited."""
    fye = _fiscal_year_end(_text("imgn.txt", IMMUNOGEN_ABOUT_PARTNER))
    assert (fye.obj, fye.evidence.line) == ("--06-30", 1)
    assert "Biotest" not in fye.evidence.quote and "Its fiscal year" not in fye.evidence.quote


def test_a_partners_about_paragraph_alone_states_no_year_end() -> None:
    """With no sentence of the filer's naming its fiscal year, the partner's "Its fiscal year ends June
    30." states none of the filer's."""
    text = IMMUNOGEN_ABOUT_PARTNER.replace(
        "for the three months and fiscal year ended June 30, 2009", "for the quarter ended June 30, 2009"
    )
    assert _year_ends(_text("imgn.txt", text)) == []


def test_its_in_the_filers_own_about_paragraph_is_the_filers() -> None:
    """ "About ImmunoGen, Inc." / "ImmunoGen, Inc. develops … Its fiscal year ends June 30.": the
    filer's, cited."""
    text = (
        "WALTHAM, Mass., May 1, 2009 -- ImmunoGen, Inc. (Nasdaq: IMGN) today reported results.\n\n"
        "About ImmunoGen, Inc.\n\n"
        "ImmunoGen, Inc. develops targeted anticancer therapeutics. Its fiscal year ends June 30.\n"
    )
    fye = _fiscal_year_end(_text("imgn.txt", text))
    assert (fye.obj, fye.evidence.line, fye.evidence.quote) == ("--06-30", 5, "Its fiscal year ends June 30.")


# ---------------------------------------------------------------------------------------------
# Adversarial review (w9): the filer's label is a name's printing
# ---------------------------------------------------------------------------------------------

TARGETED_GENETICS = (
    "FORM 8-K\n\nDate of Report (Date of earliest event reported): August 6, 2009\n\n"
    "TARGETED GENETICS\n(Exact name of registrant as specified in its charter)\n\n"
    "SEATTLE, August 6, 2009 -- The Company today reported financial results for the second\n"
    "quarter ended June 30, 2009.\n\n"
    "Targeted genetics, the correction of disease-causing genes delivered directly to affected\n"
    "tissue, is the focus of our AAV programs. Targeted genetics approaches have advanced.\n"
)


def test_a_phrase_of_running_text_is_no_label_of_the_filer() -> None:
    """ "Targeted genetics, the correction of …" (sentence case, a phrase): no printing of the name; the
    cover's capitals are the label."""
    (mention,) = _filer_mentions(_text("tgen.txt", TARGETED_GENETICS))
    assert (mention.ref.key, mention.label) == ("targeted-genetics", "TARGETED GENETICS")
    assert "Targeted genetics" not in mention.alt_labels


def test_the_formal_printing_of_the_filers_name_is_its_label() -> None:
    """ "PDL BIOPHARMA, INC." on the cover, "Pdl Biopharma, Inc." twice in running text, "PDL BioPharma,
    Inc. (Nasdaq: PDLI)" on the dateline: the dateline's printing, with the ticker, is the label."""
    text = (
        "FORM 8-K\n\nDate of Report (Date of earliest event reported): August 6, 2009\n\n"
        "PDL BIOPHARMA, INC.\n(Exact name of registrant as specified in its charter)\n\n"
        "Royalties are paid to Pdl Biopharma, Inc. quarterly. Pdl Biopharma, Inc. holds the patents.\n\n"
        "INCLINE VILLAGE, Nev., August 6, 2009 -- PDL BioPharma, Inc. (Nasdaq: PDLI) today reported\n"
        "financial results for the second quarter ended June 30, 2009.\n"
    )
    (mention,) = _filer_mentions(_text("pdli.txt", text))
    assert mention.label == "PDL BioPharma, Inc."


def test_the_filers_stated_year_end_is_the_one_every_extractor_reads() -> None:
    """The filer's own "Pharmacyclics' fiscal year ends June 30." outranks a year end inferred from a
    partner's quarter ("the third quarter of its fiscal year 2009, the quarter ended December 31,
    2008", March 31): the financial extractors read the year end ``kg.fiscal`` gives, as the
    metadata states it."""
    from kg.fiscal import document_fiscal_year_end, infer_fiscal_year_end

    text = (
        "SUNNYVALE, Calif., February 12, 2009 -- Pharmacyclics, Inc. (Nasdaq: PCYC) today announced\n"
        "that its partner Servier reported results for the third quarter of its fiscal year 2009, the\n"
        "quarter ended December 31, 2008, which triggered a $2.0 million milestone payment.\n\n"
        "Pharmacyclics will report financial results for its second fiscal quarter, the quarter\n"
        "ended December 31, 2008, on February 17, 2009. Pharmacyclics' fiscal year ends June 30.\n"
    )
    assert infer_fiscal_year_end(text) == (3, 31)  # what the periods alone imply
    doc = text_document("pcyc.txt", text)
    assert document_fiscal_year_end(doc) == (6, 30)
