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
