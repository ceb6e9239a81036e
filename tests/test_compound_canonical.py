"""The IRI and name a compound keeps across filings: its INN, whichever of its names a filing prints
first or sorts first ("ADCETRIS", "SGN-35", "brentuximab vedotin" are one compound named by the
INN). A compound whose names hold no INN keeps its code.
"""

from __future__ import annotations

from pathlib import Path

from rdflib import URIRef
from rdflib.namespace import SKOS

from kg.build import build
from kg.graphio import load_rdflib

COMPOUND = "https://w3id.org/filings-kg/id/compound/"
FILINGS = Path(__file__).parent / "entity_names"


def _compounds(out: Path) -> dict[str, str]:
    graph = load_rdflib(out / "graph.trig")
    return {
        str(s)[len(COMPOUND) :]: str(o)
        for s, o in graph.subject_objects(SKOS.prefLabel)
        if isinstance(s, URIRef) and str(s).startswith(COMPOUND)
    }


def test_a_brand_code_and_inn_are_one_compound_named_by_the_inn(tmp_path: Path) -> None:
    build([FILINGS], tmp_path / "out")
    compounds = _compounds(tmp_path / "out")
    # Brand and code sort before the INN; the INN is still the compound's IRI and name.
    assert "brentuximab-vedotin" in compounds
    assert compounds["brentuximab-vedotin"].casefold() == "brentuximab vedotin"
    assert "adcetris" not in compounds and "sgn-35" not in compounds


def test_the_code_alone_names_the_compound_until_a_filing_prints_its_inn(tmp_path: Path) -> None:
    build([FILINGS / "northfield-2009q2.txt"], tmp_path / "out")
    assert _compounds(tmp_path / "out").get("sgn-35") == "SGN-35"


def test_an_inn_printed_only_capitalised_is_named_in_lower_case(tmp_path: Path) -> None:
    """An INN printed only at a sentence's start ("Brentuximab vedotin is …") or in a title-case
    heading is named as INNs are written; a cell therapy's letter and brands keep their printing."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "kestrel-2011q3.txt").write_text(
        "Kestrel Biologics Reports Third Quarter 2011 Financial Results\n\n"
        "SEATTLE, Wash., November 3, 2011 -- Kestrel Biologics, Inc. (Nasdaq: KSTB) today reported its"
        " results.\n\n"
        "Trastuzumab Emtansine Program\n\n"
        "Brentuximab vedotin is in a phase II trial for patients with Hodgkin lymphoma.\n\n"
        "Trastuzumab Emtansine is in a phase III trial for patients with breast cancer.\n\n"
        "PROVENGE (sipuleucel-T) is in a phase III trial for patients with prostate cancer.\n",
        encoding="utf-8",
    )
    build([corpus], tmp_path / "out")
    compounds = _compounds(tmp_path / "out")
    assert compounds["brentuximab-vedotin"] == "brentuximab vedotin"
    assert compounds["trastuzumab-emtansine"] == "trastuzumab emtansine"
    assert compounds["sipuleucel-t"] == "sipuleucel-T"


def test_a_code_printed_only_as_another_names_alias_labels_the_compound_it_keys(tmp_path: Path) -> None:
    """ "PF-06650808 (ARV-305)": the compound is keyed by the filer's code and named by it, not by the
    partner's code printed first."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "arvenza-2012q4.txt").write_text(
        "Arvenza Therapeutics Reports Fourth Quarter 2012 Financial Results\n\n"
        "BOSTON, Mass., March 7, 2013 -- Arvenza Therapeutics, Inc. (Nasdaq: ARVZ) today reported its"
        " results.\n\n"
        "PF-06650808 (ARV-305), an antibody-drug conjugate targeting HER2, entered a Phase 1 trial in"
        " patients with advanced solid tumors.\n",
        encoding="utf-8",
    )
    build([corpus], tmp_path / "out")
    compounds = _compounds(tmp_path / "out")
    assert compounds["arv-305"] == "ARV-305"
    assert "pf-06650808" not in compounds
