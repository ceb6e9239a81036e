"""An option to a deal is no deal: the pipeline extractor states no licence and no partner from it.

"Merck KGaA holds an option to license IMC-11F8" names a company that may license the compound later;
no agreement has been made. Each test runs the real extractor on a short release (or the reviewed
ImClone release the wrong licence was once read from) and checks the partners and agreements stated,
the note left in the build report instead, and that an exercised option ("exercised its option to
license XL880") and a deal word besides the option ("under our 2011 agreement") still state a deal.
"""

from __future__ import annotations

from conftest import relation_edges as _edges
from conftest import skip_reasons as _skips
from conftest import text_document as _doc

from kg.extractors.pipeline import run
from kg.model import Relation

IMCLONE_HEAD = (
    "ImClone Systems Reports Third Quarter 2005 Results\n\n"
    "NEW YORK, Nov 3, 2005 (BUSINESS WIRE) -- ImClone Systems Incorporated (NASDAQ: IMCL) today reported "
    "results.\n\n"
)

OPTION_NOTE = "an option to a licence or rights, no deal yet: not a partnership"


def _agreements(facts: list[object]) -> set[tuple[str, str, str]]:
    """``(agreement key, predicate, object key or value)`` of every agreement edge."""
    return {
        (f.subject.key, f.predicate, getattr(f.obj, "key", str(f.obj)))
        for f in facts
        if isinstance(f, Relation) and f.subject.kind == "agreement"
    }


OPTIONS = (
    IMCLONE_HEAD
    + """\
A Phase I study of IMC-11F8 is ongoing in Europe. Merck KGaA holds an option to license IMC-11F8 outside North America.

Novartis AG has an option to acquire exclusive rights to IMC-1121B in Japan.

Sanofi-Aventis holds option rights to license IMC-18F1.

Bayer AG has an option for a license to IMC-11F8 in Japan.
"""
)


def test_an_option_to_license_or_to_rights_makes_no_partner_and_no_agreement() -> None:
    facts = list(run(_doc("imclone-options.txt", OPTIONS)))
    assert _edges(facts, "partner") == set()
    assert _agreements(facts) == set()
    assert _skips(facts).count(OPTION_NOTE) == 4


#: The product update of ImClone Systems' third-quarter 2005 release (an OCR'd exhibit), as filed.
IMCLONE_2005Q3 = """\
Exhibit 99.1

ImClone Systems Incorporated

180 Varick Street, New York, NY 10014

FOR IMMEDIATE RELEASE

IMCLONE SYSTEMS REPORTS THIRD QUARTER 2005 FINANCIAL RESULTS

NEW YORK, November 3, 2005 - ImClone Systems Incorporated (Nasdaq: IMCL) today reported financial results \
for the three and nine months ended September 30, 2005.

Product and Pipeline Update

ERBITUX (Cetuximab): ERBITUX is approved in the United States, in combination with irinotecan, for the \
treatment of EGFR-expressing metastatic colorectal cancer. ImClone Systems and Bristol-Myers Squibb co-promote \
ERBITUX in North America; Merck KGaA, Darmstadt, Germany, markets Erbitux outside North America.

IMC-11F8: A Phase I study of IMC-11F8, a fully human anti-EGFR antibody, is ongoing in Europe. Merck KGaA \
holds an option to license IMC-11F8 outside North America.
"""


def test_the_imclone_release_states_no_licence_with_merck_kgaa() -> None:
    facts = list(run(_doc("imclone_2005q3_ocr.txt", IMCLONE_2005Q3)))
    assert not any("merck-kgaa" in key for key, _, _ in _agreements(facts))
    assert ("imclone-systems", "merck-kgaa") not in _edges(facts, "partner")
    assert OPTION_NOTE in _skips(facts)


EXERCISED = (
    IMCLONE_HEAD
    + """\
Merck KGaA exercised its option to license IMC-11F8 outside North America.

Novartis AG has not exercised its option to license IMC-1121B.
"""
)


def test_an_exercised_option_is_a_licence_and_an_unexercised_one_is_not() -> None:
    facts = list(run(_doc("imclone-exercised.txt", EXERCISED)))
    assert _edges(facts, "partner") == {("imclone-systems", "merck-kgaa")}
    assert ("imclone-systems-merck-kgaa-licence", "agreementType", "licence") in _agreements(facts)
    assert not any("novartis" in key for key, _, _ in _agreements(facts))
    assert _skips(facts).count(OPTION_NOTE) == 1


MIXED = (
    IMCLONE_HEAD
    + """\
ImClone has a collaboration with Bristol-Myers Squibb for Erbitux, and Merck KGaA holds an option to license IMC-11F8.

Our collaborative partners include Bristol-Myers Squibb, Merck KGaA (option) and Bayer AG.

Sanofi-Aventis holds an option to license IMC-1121B under our 2004 collaboration agreement.
"""
)


def test_an_option_holder_beside_real_partners_is_no_partner() -> None:
    facts = list(run(_doc("imclone-mixed.txt", MIXED)))
    # Merck KGaA holds an option in its own clause and is marked "(option)" in the list: no partner.
    # Sanofi-Aventis's option is held under a collaboration agreement the sentence names: that agreement
    # makes it a partner, of a collaboration (the option's "license" names no kind), covering nothing.
    assert _edges(facts, "partner") == {
        ("imclone-systems", "bristol-myers-squibb"),
        ("imclone-systems", "bayer"),
        ("imclone-systems", "sanofi-aventis"),
    }
    agreements = _agreements(facts)
    assert not any("merck-kgaa" in key for key, _, _ in agreements)
    assert ("imclone-systems-sanofi-aventis-collaboration", "agreementType", "collaboration") in agreements
    assert not any(key.startswith("imclone-systems-sanofi-aventis-licence") for key, _, _ in agreements)
    assert not any(
        key.startswith("imclone-systems-sanofi-aventis") and p == "covers" for key, p, _ in agreements
    )
    notes = _skips(facts)
    assert "'Merck KGaA' named as holding an option to a deal, no deal yet: not a partnership" in notes


def test_a_pipeline_table_partner_marked_option_is_no_party_to_the_rows_compound() -> None:
    # The reviewed MacroGenics release: its pipeline table's row "MGA271 | B7-H3 | Solid tumors |
    # Phase 1 | Servier (option)" names Servier as holding an option only; the row "MGD006 | … |
    # Servier" and the prose ("MGD006 … is being developed with Servier") name a real partnership.
    from pathlib import Path

    from kg.corpus import read_document

    facts = list(run(read_document(Path(__file__).parent / "reviewed_releases" / "macrogenics-2013q3.htm")))
    covered = {
        obj
        for key, predicate, obj in _agreements(facts)
        if key.endswith("servier-collaboration") and predicate == "covers"
    }
    assert covered == {"mgd006"}
    assert "pipeline table partner 'servier' holds an option, no deal yet" in _skips(facts)
