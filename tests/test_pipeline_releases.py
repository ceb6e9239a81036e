"""Whole releases unlike the ImmunoGen seeds, built through ``kg.build.build``: non-financial facts.

Each file under tests/pipeline_releases is a complete release (an 8-K with its exhibit, EDGAR HTML or
plain text with OCR damage) of another year or another company. The tests read the built graph of the
filing and assert exact facts (cover identifiers, officers and titles, partners, targets, stages) and
the absence of facts an earlier reader got wrong: a cover table's captions read as values, an address
read as a company, a table heading read as a contact, a target or developer taken from another
company's clause, a deal the filer is no party of read as its partnership, a stage given a disease
that another stage's words name, a stage kept for a compound whose development stopped.
"""

from __future__ import annotations

import functools
import shutil
from pathlib import Path

import pytest
from rdflib import Dataset, Graph, Namespace, URIRef
from rdflib.namespace import RDF, SKOS

from kg.build import build

RELEASES = Path(__file__).parent / "pipeline_releases"
KG = Namespace("https://w3id.org/filings-kg/ontology#")
ID = "https://w3id.org/filings-kg/id/"


@functools.cache
def _graph(name: str, tmp: Path) -> Graph:
    """The named graph of the one filing ``name``, built alone."""
    source = tmp / "input"
    source.mkdir(parents=True)
    shutil.copy(RELEASES / name, source / name)
    build([source], tmp / "out")
    dataset = Dataset()
    dataset.parse(tmp / "out" / "graph.trig", format="trig")
    (filing,) = [g for g in dataset.graphs() if "/filing/" in str(g.identifier)]
    union = Graph()
    for triple in filing:
        union.add(triple)
    return union


@pytest.fixture(scope="module")
def graph(tmp_path_factory: pytest.TempPathFactory):
    def read(name: str) -> Graph:
        return _graph(name, tmp_path_factory.mktemp(name.replace(".", "-")))

    return read


def _key(node: object) -> str:
    return str(node).removeprefix(ID)


def _edges(g: Graph, predicate: str) -> set[tuple[str, str]]:
    return {(_key(s), _key(o)) for s, o in g.subject_objects(KG[predicate]) if "/agreement/" not in str(s)}


def _stages(g: Graph) -> set[tuple[str, str, str | None]]:
    found = set()
    for obs in g.subjects(RDF.type, KG.StatusObservation):
        ind = g.value(obs, KG.indication)
        found.add(
            (_key(g.value(obs, KG.compound)), _key(g.value(obs, KG.phase)).split("#")[-1], ind and _key(ind))
        )
    return found


def _identifiers(g: Graph, company: str) -> dict[str, str]:
    node = URIRef(ID + company)
    names = ("stateOfIncorporation", "secFileNumber", "irsEmployerId", "ticker", "exchange")
    return {n: str(g.value(node, KG[n])) for n in names if g.value(node, KG[n]) is not None}


def _positions(g: Graph) -> set[tuple[str, str]]:
    return {(_key(p), str(t)) for p, t in g.subject_objects(KG.position)}


def _mentioned(g: Graph, kind: str) -> set[str]:
    return {_key(e) for e in g.objects(None, KG.mentions) if _key(e).startswith(kind + "/")}


def test_cover_table_columns_give_each_caption_its_own_value(graph) -> None:
    """An EDGAR HTML cover prints the state, file number and IRS number side by side over a row of
    captions: each caption takes the value in its own column, never the row of captions itself."""
    g = graph("seagen-2011.htm")
    assert _identifiers(g, "company/seattle-genetics") == {
        "stateOfIncorporation": "Delaware",
        "secFileNumber": "0-32405",
        "irsEmployerId": "91-1874389",
        "ticker": "SGEN",
        "exchange": "Nasdaq",
    }
    alnylam = _identifiers(graph("alnylam-2009.htm"), "company/alnylam-pharmaceuticals")
    assert alnylam["irsEmployerId"] == "77-0602661"
    assert alnylam["stateOfIncorporation"] == "Delaware"
    assert alnylam["secFileNumber"] == "000-50743"


def test_an_address_and_table_headings_name_no_company_and_no_person(graph) -> None:
    """ "21823 30th Drive SE" is an address (SE the compass point); "Condensed Statements" and "Three
    Months" under the contacts block are table headings, not contacts."""
    seagen = graph("seagen-2011.htm")
    assert "company/drive-se" not in _mentioned(seagen, "company")
    assert _mentioned(seagen, "person") == {
        "person/clay-b-siegall",
        "person/todd-e-simpson",
        "person/peggy-pinkston",
    }
    immunogen = graph("immunogen-2001.txt")
    assert "person/three-months" not in _mentioned(immunogen, "person")


def test_contacts_with_the_title_on_the_name_line_and_headings_without_a_colon(graph) -> None:
    """ "Laura S. Choi, Senior Vice President, …" on one line; a "Contacts" heading with no colon."""
    medarex = _positions(graph("medarex-2006.txt"))
    assert ("person/laura-s-choi", "Senior Vice President, Finance and Chief Accounting Officer") in medarex
    assert ("person/christian-s-schade", "Senior Vice President and Chief Financial Officer") in medarex
    alnylam = _positions(graph("alnylam-2009.htm"))
    assert (
        "person/cynthia-clayton",
        "Senior Director, Investor Relations and Corporate Communications",
    ) in alnylam
    assert ("person/patricia-l-allen", "Vice President of Finance and Treasurer") in alnylam


def test_another_companys_clause_gives_the_compound_no_target_and_no_developer(graph) -> None:
    """ "GlaxoSmithKline continues to advance cantuzumab mertansine in the clinic, and Genentech is
    evaluating our TAP technology with its anti-HER2 antibody": HER2 and Genentech are not cantuzumab
    mertansine's."""
    g = graph("immunogen-2001.txt")
    assert ("compound/cantuzumab-mertansine", "target/her2") not in _edges(g, "targets")
    assert ("compound/cantuzumab-mertansine", "target/canag") in _edges(g, "targets")
    developers = _edges(g, "developedBy")
    assert ("compound/cantuzumab-mertansine", "company/genentech") not in developers
    assert ("compound/cantuzumab-mertansine", "company/glaxosmithkline") in developers
    assert ("compound/lorvotuzumab-mertansine", "company/british-biotech") in developers
    assert ("compound/mln2704", "target/psma") in _edges(g, "targets")
    assert _identifiers(g, "company/immunogen")["irsEmployerId"] == "04-2726691"


def test_a_deal_the_filer_is_no_party_of_makes_no_partner(graph) -> None:
    """ "Genmab has entered into discussions with GlaxoSmithKline …; Medarex is not a party";
    "Regulus Therapeutics, our joint venture with Isis Pharmaceuticals, formed a microRNA alliance with
    GlaxoSmithKline": GlaxoSmithKline is no partner of the filer. "Separately, Genentech and Abgenix
    entered into a collaboration …; ImmunoGen is not a party" states no ImmunoGen agreement."""
    medarex = _edges(graph("medarex-2006.txt"), "partner")
    assert ("company/medarex", "company/glaxosmithkline") not in medarex
    assert {
        ("company/medarex", "company/ono-pharmaceutical"),
        ("company/medarex", "company/amgen"),
    } <= medarex
    alnylam = _edges(graph("alnylam-2009.htm"), "partner")
    assert ("company/alnylam-pharmaceuticals", "company/glaxosmithkline") not in alnylam
    assert {
        ("company/alnylam-pharmaceuticals", "company/roche"),
        ("company/alnylam-pharmaceuticals", "company/novartis"),
    } <= alnylam
    immunogen = graph("immunogen-2001.txt")
    quotes = {
        str(immunogen.value(e, KG.quote))
        for st in immunogen.subjects(RDF.predicate, KG.partner)
        for e in immunogen.objects(st, KG.evidence)
    }
    assert not any("not a party" in q for q in quotes)


def test_a_stage_gets_no_disease_another_stages_words_name(graph) -> None:
    """ "XL184 is being evaluated in a Phase 3 trial in medullary thyroid cancer (MTC) and in Phase 2
    trials in glioblastoma and other solid tumors": solid tumors are the Phase 2's only."""
    stages = _stages(graph("exelixis-2010.txt"))
    assert ("compound/xl184", "PhaseIII", "indication/solid-tumors") not in stages
    assert ("compound/xl184", "PhaseII", "indication/solid-tumors") in stages
    assert ("compound/xl184", "PhaseIII", None) in stages


def test_a_compound_whose_development_stops_keeps_no_stage(graph) -> None:
    """ "MDX-060 … completed a Phase 2 trial in Hodgkin's disease. We do not plan further development of
    MDX-060 as a single agent." The other compounds keep their stages."""
    stages = _stages(graph("medarex-2006.txt"))
    assert not any(c == "compound/mdx-060" for c, _, _ in stages)
    assert {("compound/ipilimumab", "PhaseIII", None), ("compound/mdx-214", "PhaseI", None)} <= stages


def test_a_title_case_heading_names_the_conjugate_not_its_antibody(graph) -> None:
    """ "Brentuximab Vedotin (SGN-35) Program Highlights": one compound, not "Brentuximab" besides."""
    g = graph("seagen-2011.htm")
    compounds = _mentioned(g, "compound")
    assert "compound/brentuximab" not in compounds
    assert "compound/brentuximab-vedotin" in compounds
    labels = {str(label) for label in g.objects(URIRef(ID + "compound/brentuximab-vedotin"), SKOS.altLabel)}
    assert "Brentuximab Vedotin" in labels
    assert ("compound/brentuximab-vedotin", "target/cd30") in _edges(g, "targets")
