"""The ontology (ontology/kg.ttl) declares the whole vocabulary, and the SHACL shapes
(ontology/shapes.ttl) accept a well-formed graph and name the property of each broken one."""

from __future__ import annotations

import re
from pathlib import Path

import pyoxigraph
import pytest
from rdflib import RDF, RDFS, BNode, Dataset, Graph, Literal, URIRef
from rdflib import namespace as ns

from kg.resources import ontology_dir
from kg.terms import KG_TERMS as TERMS
from kg.validate import ShapeReport, Violation, load_shapes, validate_shapes
from kg.vocab import KG, KGR

ROOT = Path(__file__).resolve().parent.parent
ONTOLOGY = ontology_dir()
KG_TERMS = sorted(TERMS)
DECLARING_TYPES = {
    ns.OWL.Class,
    ns.OWL.ObjectProperty,
    ns.OWL.DatatypeProperty,
    ns.OWL.AnnotationProperty,
    ns.OWL.NamedIndividual,
}
PHASES_IN_ORDER = [
    ("Preclinical", "Preclinical"),
    ("PhaseI", "Phase I"),
    ("PhaseI_II", "Phase I/II"),
    ("PhaseII", "Phase II"),
    ("PhaseII_III", "Phase II/III"),
    ("PhaseIII", "Phase III"),
    ("Registration", "Registration"),
    ("Approved", "Approved"),
]


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ONTOLOGY / "kg.ttl", format="turtle")


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return load_shapes()


def declared(graph: Graph) -> set[URIRef]:
    """kg: terms typed as an OWL class, property or individual in ``graph``."""
    return {
        s
        for s, o in graph.subject_objects(RDF.type)
        if isinstance(s, URIRef) and s.startswith(str(KG._NS)) and o in DECLARING_TYPES
    }


# -- (a), (b): every term is declared ------------------------------------------------------------


@pytest.mark.parametrize("term", KG_TERMS)
def test_every_vocab_term_is_declared_with_label_and_comment(ontology: Graph, term: str) -> None:
    iri = KG[term]
    assert iri in declared(ontology), f"kg:{term} is not declared in kg.ttl"
    assert ontology.value(iri, RDFS.label) is not None, f"kg:{term} has no rdfs:label"
    assert ontology.value(iri, RDFS.comment) is not None, f"kg:{term} has no rdfs:comment"


def test_ontology_declares_nothing_outside_the_vocab_module(ontology: Graph) -> None:
    # kg.vocab.KG is closed (_fail = True): a term only in kg.ttl could not be used by the mapping.
    extra = sorted(str(t).removeprefix(str(KG._NS)) for t in declared(ontology) - {KG[t] for t in KG_TERMS})
    # kg:signConvention is used by ontology/concepts.ttl but not (yet) by the mapping.
    assert extra in ([], ["signConvention"])


def test_every_kg_term_of_the_documented_vocabulary_is_declared(ontology: Graph) -> None:
    doc = (ROOT / "docs" / "vocabulary.md").read_text(encoding="utf-8")
    table_rows = [line for line in doc.splitlines() if line.startswith("|")]
    used = {term for row in table_rows for term in re.findall(r"\bkg:(\w+)", row)}
    assert {
        "Company",
        "PhaseI_II",
        "fiscalYearEnd",
        "inFiling",
        "Revenues",
    } <= used  # the parse found the tables
    # Financial concept individuals (kg:Revenues, kg:NetIncomeLoss) are declared in concepts.ttl.
    concepts = Graph().parse(ONTOLOGY / "concepts.ttl", format="turtle")
    known = declared(ontology) | set(concepts.subjects(RDF.type, KG.FinancialConcept))
    missing = sorted(term for term in used if KG._NS[term] not in known)
    assert missing == []


def test_every_kg_term_used_by_curated_data_is_declared(ontology: Graph) -> None:
    """Classes and properties used in concepts.ttl and reference/*.ttl exist in the ontology."""
    data = Graph()
    for path in [ONTOLOGY / "concepts.ttl", *sorted((ONTOLOGY / "reference").glob("*.ttl"))]:
        data.parse(path, format="turtle")
    concepts = set(data.subjects(RDF.type, KG.FinancialConcept))
    used = {p for p in data.predicates() if p.startswith(str(KG._NS))}
    used |= {o for o in data.objects(None, RDF.type) if isinstance(o, URIRef) and o.startswith(str(KG._NS))}
    used |= {o for o in data.objects() if isinstance(o, URIRef) and o.startswith(str(KG._NS))} - concepts
    assert sorted(used - declared(ontology)) == []


def test_ontology_header(ontology: Graph) -> None:
    header = URIRef("https://w3id.org/filings-kg/ontology")
    assert (header, RDF.type, ns.OWL.Ontology) in ontology
    assert ontology.value(header, ns.OWL.versionInfo) == Literal("0.1.0")
    assert str(ontology.value(header, URIRef("http://purl.org/dc/terms/title"))) == "filings-kg ontology"


def test_partner_is_symmetric_and_indication_has_no_single_domain(ontology: Graph) -> None:
    assert (KG.partner, RDF.type, ns.OWL.SymmetricProperty) in ontology
    # Used on compounds, trials and observations: a single rdfs:domain would mistype two of them.
    assert ontology.value(KG.indication, RDFS.domain) is None
    assert ontology.value(KG.indication, RDFS.range) == KG.Indication
    assert ontology.value(KG.fiscalYearEnd, RDFS.range) == ns.XSD.gMonthDay


def test_ontology_has_no_blank_nodes(ontology: Graph) -> None:
    # kg.ttl is copied into every build; blank nodes would get new labels each run.
    assert [t for t in ontology if any(isinstance(n, BNode) for n in t)] == []


def test_classes_have_no_external_superclass(ontology: Graph) -> None:
    # Reuse is by skos:closeMatch / rdfs:seeAlso only, so no outside axioms leak into queries.
    assert list(ontology.subject_objects(RDFS.subClassOf)) == []
    assert ontology.value(KG.Compound, ns.SKOS.closeMatch) == URIRef("https://schema.org/Drug")


def test_every_class_has_a_shape(ontology: Graph, shapes: Graph) -> None:
    classes = set(ontology.subjects(RDF.type, ns.OWL.Class))
    targeted = set(shapes.objects(None, ns.SH.targetClass))
    assert len(classes) == 20
    assert sorted(classes - targeted) == []


def test_shapes_name_only_declared_kg_terms(ontology: Graph, shapes: Graph) -> None:
    # A misspelt sh:path or sh:class would silently never match anything.
    used = {n for triple in shapes for n in triple if isinstance(n, URIRef) and n.startswith(str(KG._NS))}
    assert len(used) > 60
    assert sorted(used - declared(ontology)) == []


# -- (c): both files parse in rdflib and pyoxigraph ----------------------------------------------


@pytest.mark.parametrize("name", ["kg.ttl", "shapes.ttl"])
def test_parses_in_rdflib_and_pyoxigraph(name: str) -> None:
    path = ONTOLOGY / name
    rdflib_count = len(Graph().parse(path, format="turtle"))
    with path.open("rb") as handle:
        ox_triples = list(pyoxigraph.parse(handle, format=pyoxigraph.RdfFormat.TURTLE))
    assert rdflib_count > 100
    assert len(ox_triples) == rdflib_count


# -- (d): phases -----------------------------------------------------------------------------------


def test_phases_are_ordered_and_labelled(ontology: Graph) -> None:
    orders = []
    for term, label in PHASES_IN_ORDER:
        iri = KG[term]
        assert (iri, RDF.type, KG.Phase) in ontology
        assert ontology.value(iri, ns.SKOS.prefLabel) == Literal(label)
        order = ontology.value(iri, KG.phaseOrder)
        assert order is not None and order.datatype == ns.XSD.integer
        orders.append(order.toPython())
    assert orders == list(range(8))
    assert set(ontology.subjects(RDF.type, KG.Phase)) == {KG[t] for t, _ in PHASES_IN_ORDER}


def test_units_and_statement_kinds_are_closed_sets(ontology: Graph) -> None:
    assert set(ontology.subjects(RDF.type, KG.Unit)) == {KG.USD, KG.USDPerShare, KG.Shares}
    assert set(ontology.subjects(RDF.type, KG.Statement)) == {
        KG.IncomeStatement,
        KG.BalanceSheet,
        KG.CashFlow,
        KG.Narrative,
    }


# -- (e): the shapes on a small hand-written graph -------------------------------------------------

# One fact from ImmunoGen's 8-K of 2005-11-03 (its concept, kg:NetIncomeLoss, is declared in
# ontology/concepts.ttl, which include_ontology=True adds): net loss of $(4,706) thousand for the quarter ended
# September 30, 2005 (line 183 of the decoded text), and the edge "huN901-DM1 targets CD56" (line 105).
VALID_TTL = """
@prefix kg: <https://w3id.org/filings-kg/ontology#> .
@prefix filing: <https://w3id.org/filings-kg/id/filing/> .
@prefix company: <https://w3id.org/filings-kg/id/company/> .
@prefix compound: <https://w3id.org/filings-kg/id/compound/> .
@prefix target: <https://w3id.org/filings-kg/id/target/> .
@prefix extractor: <https://w3id.org/filings-kg/id/extractor/> .
@prefix period: <https://w3id.org/filings-kg/id/period/> .
@prefix fact: <https://w3id.org/filings-kg/id/fact/> .
@prefix evidence: <https://w3id.org/filings-kg/id/evidence/> .
@prefix statement: <https://w3id.org/filings-kg/id/statement/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

filing:immunogen-2005-11-03-8-k a kg:Filing ;
    kg:formType "8-K" ;
    kg:reportDate "2005-11-03"^^xsd:date ;
    kg:sha256 "275a6828ad8b22dc9e3587d5972f5fe98d806d2aa3c6b82c8690c862b8a127b7" ;
    dcterms:source "000_0cfe5a6103b22458.txt" ;
    kg:filer company:immunogen ;
    kg:mentions company:immunogen, compound:lorvotuzumab-mertansine .

company:immunogen a kg:Company ;
    skos:prefLabel "ImmunoGen" ;
    skos:altLabel "ImmunoGen, Inc." ;
    kg:ticker "IMGN" ;
    kg:fiscalYearEnd "--06-30"^^xsd:gMonthDay .

compound:lorvotuzumab-mertansine a kg:Compound ;
    skos:prefLabel "lorvotuzumab mertansine" ;
    skos:altLabel "huN901-DM1", "IMGN901" ;
    skos:hiddenLabel "IMGN9OL" ;
    kg:targets target:cd56 .

target:cd56 a kg:Target ;
    skos:prefLabel "CD56" ;
    skos:exactMatch <https://www.uniprot.org/uniprot/P13591> .

extractor:financial-tables a kg:Extractor ; kg:version "1" .
extractor:compounds a kg:Extractor ; kg:version "1" .

period:2005-07-01--2005-09-30 a kg:Period ;
    kg:start "2005-07-01"^^xsd:date ;
    kg:end "2005-09-30"^^xsd:date .

fact:net-loss a kg:FinancialFact ;
    kg:entity company:immunogen ;
    kg:concept kg:NetIncomeLoss ;
    kg:period period:2005-07-01--2005-09-30 ;
    kg:value "-4706000"^^xsd:decimal ;
    kg:unit kg:USD ;
    kg:decimals -3 ;
    kg:fiscalYear 2006 ;
    kg:fiscalPeriod "Q1" ;
    kg:reportedIn filing:immunogen-2005-11-03-8-k ;
    kg:asReportedLabel "Net income (loss)" ;
    kg:statement kg:IncomeStatement ;
    kg:evidence evidence:net-loss .

evidence:net-loss a kg:Evidence ;
    kg:inFiling filing:immunogen-2005-11-03-8-k ;
    kg:line 183 ;
    kg:charStart 16284 ;
    kg:charEnd 16291 ;
    kg:quote "(4,706)" ;
    prov:wasGeneratedBy extractor:financial-tables .

statement:targets a rdf:Statement ;
    rdf:subject compound:lorvotuzumab-mertansine ;
    rdf:predicate kg:targets ;
    rdf:object target:cd56 ;
    kg:evidence evidence:targets .

evidence:targets a kg:Evidence ;
    kg:inFiling filing:immunogen-2005-11-03-8-k ;
    kg:line 105 ;
    kg:charStart 8495 ;
    kg:charEnd 8519 ;
    kg:quote "targets the CD56 antigen" ;
    prov:wasGeneratedBy extractor:compounds .
"""

FACT = KGR["fact/net-loss"]
COMPOUND = KGR["compound/lorvotuzumab-mertansine"]
PERIOD = KGR["period/2005-07-01--2005-09-30"]


def valid_graph() -> Graph:
    return Graph().parse(data=VALID_TTL, format="turtle")


def failures(report: ShapeReport) -> set[tuple[str, str | None]]:
    """(focus node, path) of every violation."""
    return {(v.focus_node, v.path) for v in report.violations if v.severity == "Violation"}


def test_valid_graph_conforms() -> None:
    report = validate_shapes(valid_graph(), include_ontology=True)
    assert report.lines() == []
    assert report.conforms


def test_fact_without_evidence_fails_naming_kg_evidence() -> None:
    graph = valid_graph()
    graph.remove((FACT, KG.evidence, None))
    report = validate_shapes(graph, include_ontology=True)
    assert not report.conforms
    assert failures(report) == {(str(FACT), str(KG.evidence))}
    [violation] = report.violations
    assert violation.component == "MinCountConstraintComponent"
    assert violation.message == "a financial fact has at least one kg:evidence, a kg:Evidence"


def test_two_preferred_labels_on_a_compound_fail_naming_skos_preflabel() -> None:
    graph = valid_graph()
    graph.add((COMPOUND, ns.SKOS.prefLabel, Literal("IMGN901")))
    report = validate_shapes(graph, include_ontology=True)
    assert not report.conforms
    assert failures(report) == {(str(COMPOUND), str(ns.SKOS.prefLabel))}
    assert report.violations[0].component == "MaxCountConstraintComponent"


def test_period_with_instant_and_start_fails_naming_the_extra_property() -> None:
    graph = valid_graph()
    graph.add((PERIOD, KG.instant, Literal("2005-09-30", datatype=ns.XSD.date)))
    report = validate_shapes(graph, include_ontology=True)
    assert not report.conforms
    assert (str(PERIOD), str(KG.start)) in failures(report)
    assert (str(PERIOD), str(KG.end)) in failures(report)
    # The sh:xone itself has no path: it is reported on the node.
    assert {v.component for v in report.violations if v.focus_node == str(PERIOD)} == {
        "XoneConstraintComponent",
        "MaxCountConstraintComponent",
    }


def as_balance_sheet_fact(graph: Graph) -> Graph:
    """The fact turned into a balance-sheet value at September 30, 2005 (period, fiscal period, statement)."""
    graph.remove((PERIOD, KG.start, None))
    graph.remove((PERIOD, KG.end, None))
    graph.add((PERIOD, KG.instant, Literal("2005-09-30", datatype=ns.XSD.date)))
    graph.set((FACT, KG.fiscalPeriod, Literal("instant")))
    graph.set((FACT, KG.statement, KG.BalanceSheet))
    return graph


def test_instant_period_alone_conforms() -> None:
    assert validate_shapes(as_balance_sheet_fact(valid_graph()), include_ontology=True).conforms


def test_income_statement_value_at_an_instant_fails_naming_kg_period() -> None:
    graph = as_balance_sheet_fact(valid_graph())
    graph.set((FACT, KG.statement, KG.IncomeStatement))
    report = validate_shapes(graph, include_ontology=True)
    assert failures(report) == {(str(FACT), str(KG.period))}
    assert report.violations[0].value == str(PERIOD)


def test_balance_sheet_value_over_a_duration_fails_naming_kg_period() -> None:
    graph = valid_graph()
    graph.set((FACT, KG.statement, KG.BalanceSheet))
    assert failures(validate_shapes(graph, include_ontology=True)) == {(str(FACT), str(KG.period))}


def test_narrative_value_may_cover_a_duration() -> None:
    graph = valid_graph()
    graph.set((FACT, KG.statement, KG.Narrative))
    assert validate_shapes(graph, include_ontology=True).conforms


def test_fiscal_period_instant_on_a_duration_fails() -> None:
    graph = valid_graph()
    graph.set((FACT, KG.fiscalPeriod, Literal("instant")))
    report = validate_shapes(graph, include_ontology=True)
    assert failures(report) == {(str(FACT), str(KG.fiscalPeriod))}
    assert report.violations[0].value == "instant"


def test_evidence_from_another_filing_fails_naming_kg_evidence() -> None:
    graph = valid_graph()
    other = KGR["filing/immunogen-2010-10-28-press-release"]
    graph.add((other, RDF.type, KG.Filing))
    graph.add((other, KG.formType, Literal("press release")))
    graph.add((other, KG.sha256, Literal("0" * 64)))
    graph.add((other, URIRef("http://purl.org/dc/terms/source"), Literal("003_102ef10e00e41432.txt")))
    graph.set((FACT, KG.reportedIn, other))
    report = validate_shapes(graph, include_ontology=True)
    assert failures(report) == {(str(FACT), str(KG.evidence))}
    assert report.violations[0].value == str(KGR["evidence/net-loss"])


def test_unit_other_than_the_concepts_usual_unit_is_a_warning_only() -> None:
    graph = valid_graph()
    graph.set((FACT, KG.unit, KG.USDPerShare))  # kg:NetIncomeLoss is in kg:USD (concepts.ttl)
    report = validate_shapes(graph, include_ontology=True)
    assert report.conforms
    assert [(v.severity, v.path) for v in report.violations] == [("Warning", str(KG.unit))]


def test_period_ending_before_it_starts_fails() -> None:
    graph = valid_graph()
    graph.set((PERIOD, KG.end, Literal("2005-06-30", datatype=ns.XSD.date)))
    report = validate_shapes(graph, include_ontology=True)
    assert failures(report) == {(str(PERIOD), str(KG.start))}


def test_quote_that_does_not_fit_its_span_fails_naming_kg_quote() -> None:
    graph = valid_graph()
    evidence = KGR["evidence/net-loss"]
    graph.set((evidence, KG.quote, Literal("(4,706))")))  # one character more than 16284..16291
    report = validate_shapes(graph, include_ontology=True)
    assert failures(report) == {(str(evidence), str(KG.quote))}
    assert (
        report.violations[0].message
        == "kg:quote is 8 characters long but the span kg:charStart..kg:charEnd is 7"
    )


def test_reified_statement_of_an_unasserted_edge_fails() -> None:
    graph = valid_graph()
    graph.remove((COMPOUND, KG.targets, None))
    report = validate_shapes(graph, include_ontology=True)
    assert failures(report) == {(str(KGR["statement/targets"]), str(RDF.predicate))}


def test_value_typed_integer_instead_of_decimal_fails() -> None:
    graph = valid_graph()
    graph.set((FACT, KG.value, Literal("-4706000", datatype=ns.XSD.integer)))
    report = validate_shapes(graph, include_ontology=True)
    assert failures(report) == {(str(FACT), str(KG.value))}
    assert report.violations[0].value == "-4706000"


@pytest.mark.parametrize("bad", ["Q5", "quarter", "FY2006", "0M"])
def test_fiscal_period_outside_the_pattern_fails(bad: str) -> None:
    graph = valid_graph()
    graph.set((FACT, KG.fiscalPeriod, Literal(bad)))
    assert failures(validate_shapes(graph, include_ontology=True)) == {(str(FACT), str(KG.fiscalPeriod))}


@pytest.mark.parametrize("good", ["Q4", "H1", "9M", "FY", "15M"])
def test_fiscal_period_forms_accepted(good: str) -> None:
    graph = valid_graph()
    graph.set((FACT, KG.fiscalPeriod, Literal(good)))
    assert validate_shapes(graph, include_ontology=True).conforms


def test_unit_outside_the_closed_set_fails() -> None:
    graph = valid_graph()
    graph.set((FACT, KG.unit, KG.IncomeStatement))
    assert failures(validate_shapes(graph, include_ontology=True)) == {(str(FACT), str(KG.unit))}


def test_bad_sha256_fails() -> None:
    graph = valid_graph()
    filing = KGR["filing/immunogen-2005-11-03-8-k"]
    graph.set((filing, KG.sha256, Literal("275A6828")))
    assert failures(validate_shapes(graph, include_ontology=True)) == {(str(filing), str(KG.sha256))}


# Guidance from ImmunoGen's release of 2010-10-28: "net loss for its fiscal year ending June 30, 2011
# to be between $60-64 million" (a loss, so the bounds are negative).
GUIDANCE_TTL = """
@prefix kg: <https://w3id.org/filings-kg/ontology#> .
@prefix period: <https://w3id.org/filings-kg/id/period/> .
@prefix guidance: <https://w3id.org/filings-kg/id/guidance/> .
@prefix company: <https://w3id.org/filings-kg/id/company/> .
@prefix filing: <https://w3id.org/filings-kg/id/filing/> .
@prefix evidence: <https://w3id.org/filings-kg/id/evidence/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

period:2010-07-01--2011-06-30 a kg:Period ;
    kg:start "2010-07-01"^^xsd:date ; kg:end "2011-06-30"^^xsd:date .
guidance:net-loss a kg:Guidance ;
    kg:entity company:immunogen ;
    kg:concept kg:NetIncomeLoss ;
    kg:period period:2010-07-01--2011-06-30 ;
    kg:low "-64000000"^^xsd:decimal ;
    kg:high "-60000000"^^xsd:decimal ;
    kg:unit kg:USD ;
    kg:reportedIn filing:immunogen-2005-11-03-8-k ;
    kg:evidence evidence:net-loss .
"""


def test_guidance_with_low_above_high_fails_naming_kg_low() -> None:
    graph = valid_graph().parse(data=GUIDANCE_TTL, format="turtle")
    guidance = KGR["guidance/net-loss"]
    assert validate_shapes(graph, include_ontology=True).conforms
    graph.set((guidance, KG.low, Literal("-59000000", datatype=ns.XSD.decimal)))
    assert failures(validate_shapes(graph, include_ontology=True)) == {(str(guidance), str(KG.low))}


def test_status_observation_needs_a_phase_individual() -> None:
    observation = KGR["status/huN901-sclc"]
    graph = valid_graph()
    graph.add((observation, RDF.type, KG.StatusObservation))
    graph.add((observation, KG.compound, COMPOUND))
    graph.add((observation, KG.phase, KG.PhaseI_II))
    graph.add((observation, KG.asOf, Literal("2005-11-03", datatype=ns.XSD.date)))
    graph.add((observation, KG.reportedIn, KGR["filing/immunogen-2005-11-03-8-k"]))
    graph.add((observation, KG.evidence, KGR["evidence/targets"]))
    assert validate_shapes(graph, include_ontology=True).conforms
    # Without the ontology, kg:PhaseI_II is not typed kg:Phase (nor kg:NetIncomeLoss a concept).
    assert failures(validate_shapes(graph)) == {
        (str(observation), str(KG.phase)),
        (str(FACT), str(KG.concept)),
    }


def test_agreement_with_one_party_conforms_and_with_none_fails() -> None:
    agreement = KGR["agreement/immunogen-sanofi-aventis-research-collaboration"]
    graph = valid_graph()
    graph.add((agreement, RDF.type, KG.Agreement))
    graph.add((agreement, ns.SKOS.prefLabel, Literal("sanofi-aventis research collaboration")))
    graph.add((agreement, KG.agreementType, Literal("research collaboration")))
    assert failures(validate_shapes(graph, include_ontology=True)) == {(str(agreement), str(KG.party))}
    graph.add((agreement, KG.party, KGR["company/immunogen"]))
    assert validate_shapes(graph, include_ontology=True).conforms


# -- kg.validate ----------------------------------------------------------------------------------


def test_dataset_is_validated_as_the_union_of_its_graphs() -> None:
    # The fact sits in the filing's graph; its extractors and concept in others. Checked graph by
    # graph, sh:class would fail; on the union it holds.
    dataset = Dataset()
    filing_graph = dataset.graph(KGR["filing/immunogen-2005-11-03-8-k"])
    other_graph = dataset.graph(KGR["graph/reference"])
    for triple in valid_graph():
        # Extractor and target typed outside the filing's graph, referenced from inside it.
        s, _p, _o = triple
        in_other = s in (KGR["extractor/financial-tables"], KGR["extractor/compounds"], KGR["target/cd56"])
        (other_graph if in_other else filing_graph).add(triple)
    ontology_graph = dataset.graph(KGR["graph/ontology"])
    ontology_graph.parse(ONTOLOGY / "kg.ttl", format="turtle")
    ontology_graph.parse(ONTOLOGY / "concepts.ttl", format="turtle")
    report = validate_shapes(dataset)
    assert report.conforms, report.lines()


def test_validate_does_not_modify_the_callers_graph() -> None:
    graph = valid_graph()
    before = len(graph)
    validate_shapes(graph, include_ontology=True)
    assert len(graph) == before


def test_report_is_sorted_and_repeatable() -> None:
    graph = valid_graph()
    graph.remove((FACT, KG.evidence, None))
    graph.remove((FACT, KG.unit, None))
    graph.add((COMPOUND, ns.SKOS.prefLabel, Literal("IMGN901")))
    first = validate_shapes(graph, include_ontology=True)
    second = validate_shapes(graph, include_ontology=True)
    assert first == second
    assert first.violations == sorted(first.violations)
    assert [v.path for v in first.violations] == [str(ns.SKOS.prefLabel), str(KG.evidence), str(KG.unit)]
    assert first.lines()[0] == (
        f"Violation: <{COMPOUND}> <{ns.SKOS.prefLabel}>: an entity has exactly one skos:prefLabel, a non-empty string"
    )


def test_blank_focus_node_is_described_by_its_properties() -> None:
    graph = valid_graph()
    period = BNode()
    graph.add((period, RDF.type, KG.Period))
    graph.add((period, KG.instant, Literal("2005-09-30", datatype=ns.XSD.date)))
    graph.add((period, KG.start, Literal("2005-07-01", datatype=ns.XSD.date)))
    report = validate_shapes(graph, include_ontology=True)
    focus = {v.focus_node for v in report.violations}
    assert focus == {
        f'[<{RDF.type}> <{KG.Period}>; <{KG.instant}> "2005-09-30"^^<{ns.XSD.date}>; '
        f'<{KG.start}> "2005-07-01"^^<{ns.XSD.date}>]'
    }


def test_ontology_and_curated_data_conform_on_their_own() -> None:
    data = Graph()
    for path in [
        ONTOLOGY / "kg.ttl",
        ONTOLOGY / "concepts.ttl",
        *sorted((ONTOLOGY / "reference").glob("*.ttl")),
    ]:
        data.parse(path, format="turtle")
    report = validate_shapes(data)
    assert report.conforms, report.lines()


def test_violation_line_format() -> None:
    violation = Violation(
        focus_node="https://w3id.org/filings-kg/id/fact/x",
        path=str(KG.value),
        message="a financial fact has exactly one kg:value, an xsd:decimal",
        severity="Violation",
        value="12",
    )
    assert violation.line() == (
        "Violation: <https://w3id.org/filings-kg/id/fact/x> <https://w3id.org/filings-kg/ontology#value>: "
        "a financial fact has exactly one kg:value, an xsd:decimal (value: 12)"
    )
