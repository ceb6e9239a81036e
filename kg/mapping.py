"""Facts → RDF quads. The one module that knows IRIs and the vocabulary.

Every filing's facts go into its own named graph (the filing's IRI). Entity-to-entity and
entity-to-literal edges are reified as ``rdf:Statement`` nodes carrying ``kg:evidence``; facts,
guidance and status observations carry ``kg:evidence`` directly. IRIs are minted from stable keys
only, so the same input always yields the same quads.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import re
from collections.abc import Iterable, Iterator
from decimal import Decimal
from urllib.parse import quote

import pyoxigraph as ox

from kg.model import (
    ENTITY_KINDS,
    EntityRef,
    Evidence,
    FilingInfo,
    FinancialFact,
    Guidance,
    LiteralValue,
    Mention,
    Period,
    Relation,
    SameAs,
    StatusObservation,
)
from kg.text import slugify
from kg.vocab import KG, KGR_IRI

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
PROV = "http://www.w3.org/ns/prov#"
DCTERMS = "http://purl.org/dc/terms/"
XSD = "http://www.w3.org/2001/XMLSchema#"

PREFIXES = {
    "kg": str(KG._NS),
    "kgr": KGR_IRI,
    "rdf": RDF,
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": XSD,
    "skos": SKOS,
    "prov": PROV,
    "dcterms": DCTERMS,
    "us-gaap": "http://fasb.org/us-gaap/2024#",
    "sh": "http://www.w3.org/ns/shacl#",
}

RDF_TYPE = ox.NamedNode(RDF + "type")
RDF_STATEMENT = ox.NamedNode(RDF + "Statement")
RDF_SUBJECT = ox.NamedNode(RDF + "subject")
RDF_PREDICATE = ox.NamedNode(RDF + "predicate")
RDF_OBJECT = ox.NamedNode(RDF + "object")
SKOS_PREF = ox.NamedNode(SKOS + "prefLabel")
SKOS_ALT = ox.NamedNode(SKOS + "altLabel")
SKOS_HIDDEN = ox.NamedNode(SKOS + "hiddenLabel")
PROV_GENERATED_BY = ox.NamedNode(PROV + "wasGeneratedBy")
DCTERMS_SOURCE = ox.NamedNode(DCTERMS + "source")

GRAPH_ONTOLOGY = ox.NamedNode(KGR_IRI + "graph/ontology")
GRAPH_REFERENCE = ox.NamedNode(KGR_IRI + "graph/reference")
GRAPH_ENTITIES = ox.NamedNode(KGR_IRI + "graph/entities")

#: Literal-valued properties whose values need a datatype other than their Python type's.
_DATATYPES = {"fiscalYearEnd": ox.NamedNode(XSD + "gMonthDay")}
#: Properties whose value is a ``kg:`` individual named by the relation's string (``PhaseIII``).
_INDIVIDUAL_VALUED = {"phase", "unit", "statement"}
_IRI_UNSAFE = re.compile(r"[^A-Za-z0-9._~-]")


@functools.cache
def kg(term: str) -> ox.NamedNode:
    """``kg:<term>``, checked against the closed vocabulary (a typo raises ``AttributeError``)."""
    return ox.NamedNode(str(getattr(KG, term)))


def kgr(path: str) -> ox.NamedNode:
    """``kgr:<path>``: an instance IRI."""
    return ox.NamedNode(KGR_IRI + path)


def iri_segment(key: str) -> str:
    """Percent-encode anything outside the unreserved IRI characters, so a key can never break an IRI."""
    return quote(key, safe="") if _IRI_UNSAFE.search(key) else key


def entity_iri(ref: EntityRef) -> ox.NamedNode:
    """``kgr:<kind>/<key>``."""
    return kgr(f"{ref.kind}/{iri_segment(ref.key)}")


def filing_iri(filing_key: str) -> ox.NamedNode:
    """``kgr:filing/<key>``: the filing's node and the name of its graph."""
    return kgr(f"filing/{iri_segment(filing_key)}")


def period_iri(period: Period) -> ox.NamedNode:
    """``kgr:period/2005-07-01--2005-09-30`` or ``kgr:period/2005-09-30``."""
    return kgr(f"period/{period.key}")


def concept_iri(concept: str, mapped: bool) -> ox.NamedNode:
    """``kg:<Concept>`` for a concept of the ontology, ``kgr:concept/<slug>`` for one minted from a label."""
    if mapped:
        return ox.NamedNode(str(KG._NS) + concept)
    return kgr(f"concept/{iri_segment(slugify(concept))}")


@functools.cache
def extractor_iri(name: str) -> ox.NamedNode:
    return kgr(f"extractor/{iri_segment(name)}")


def literal(value: LiteralValue, predicate: str = "") -> ox.Literal:
    """A typed literal: str → xsd:string, int → xsd:integer, Decimal → xsd:decimal, date → xsd:date."""
    if predicate in _DATATYPES:
        return ox.Literal(str(value), datatype=_DATATYPES[predicate])
    if isinstance(value, bool):
        return ox.Literal("true" if value else "false", datatype=ox.NamedNode(XSD + "boolean"))
    if isinstance(value, int):
        return ox.Literal(str(value), datatype=ox.NamedNode(XSD + "integer"))
    if isinstance(value, Decimal):
        return ox.Literal(decimal_lexical(value), datatype=ox.NamedNode(XSD + "decimal"))
    if isinstance(value, dt.date):
        return ox.Literal(value.isoformat(), datatype=ox.NamedNode(XSD + "date"))
    return ox.Literal(str(value))


def decimal_lexical(value: Decimal) -> str:
    """Canonical xsd:decimal text: no exponent, no trailing zeros after the point (``-4706000``, ``-0.11``)."""
    text = format(value.normalize(), "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


class FilingMapper:
    """Collects the quads of one filing's named graph."""

    def __init__(self, filing_key: str) -> None:
        self.filing_key = filing_key
        self.filing = filing_iri(filing_key)
        # Triples, not quads: every one belongs to the filing's graph, added once when serialising.
        self.triples: set[ox.Triple] = set()
        self._fact_iris: set[str] = set()

    def add(self, s: ox.NamedNode, p: ox.NamedNode, o: ox.NamedNode | ox.Literal) -> None:
        self.triples.add(ox.Triple(s, p, o))

    @property
    def quads(self) -> set[ox.Quad]:
        """The filing's named graph as quads."""
        return {ox.Quad(t.subject, t.predicate, t.object, self.filing) for t in self.triples}

    def nquads(self) -> bytes:
        """The filing's named graph as N-Quads, lines sorted as bytes, without duplicates."""
        data = ox.serialize(self.triples, format=ox.RdfFormat.N_TRIPLES)
        if not data:
            return b""
        suffix = f" {self.filing} .".encode()
        return b"\n".join(line[:-2] + suffix for line in sorted(data.splitlines())) + b"\n"

    # -- evidence -------------------------------------------------------------------------------
    def evidence(self, ev: Evidence) -> ox.NamedNode:
        """The evidence node for ``ev`` (one per filing, extractor and span)."""
        node = kgr(
            f"evidence/{iri_segment(self.filing_key)}/{iri_segment(ev.extractor)}/{ev.char_start}-{ev.char_end}"
        )
        self.add(node, RDF_TYPE, kg("Evidence"))
        self.add(node, kg("inFiling"), self.filing)
        self.add(node, kg("line"), literal(ev.line))
        self.add(node, kg("charStart"), literal(ev.char_start))
        self.add(node, kg("charEnd"), literal(ev.char_end))
        self.add(node, kg("quote"), literal(ev.quote))
        self.add(node, PROV_GENERATED_BY, extractor_iri(ev.extractor))
        return node

    def extractor(self, name: str, version: str) -> None:
        node = extractor_iri(name)
        self.add(node, RDF_TYPE, kg("Extractor"))
        self.add(node, kg("version"), literal(version))

    def reified(
        self, s: ox.NamedNode, p: ox.NamedNode, o: ox.NamedNode | ox.Literal, evidence: Iterable[Evidence]
    ) -> None:
        """Assert ``s p o`` and its ``rdf:Statement`` with the evidence."""
        self.add(s, p, o)
        digest = hashlib.sha256(f"{s} {p} {o}".encode()).hexdigest()[:20]
        statement = kgr(f"statement/{digest}")
        self.add(statement, RDF_TYPE, RDF_STATEMENT)
        self.add(statement, RDF_SUBJECT, s)
        self.add(statement, RDF_PREDICATE, p)
        self.add(statement, RDF_OBJECT, o)
        for ev in evidence:
            self.add(statement, kg("evidence"), self.evidence(ev))

    # -- facts ----------------------------------------------------------------------------------
    def filing_info(self, info: FilingInfo, source_name: str, sha256: str) -> None:
        self.add(self.filing, RDF_TYPE, kg("Filing"))
        self.add(self.filing, kg("formType"), literal(info.form_type))
        self.add(self.filing, kg("sha256"), literal(sha256))
        self.add(self.filing, DCTERMS_SOURCE, literal(source_name))
        if info.report_date:
            self.add(self.filing, kg("reportDate"), literal(info.report_date))
        if info.filer:
            self.add(self.filing, kg("filer"), entity_iri(info.filer))
        if info.period_covered:
            self.add(self.filing, kg("periodCovered"), self.period(info.period_covered))

    def entity_type(self, ref: EntityRef) -> ox.NamedNode:
        node = entity_iri(ref)
        self.add(node, RDF_TYPE, kg(ENTITY_KINDS[ref.kind]))
        return node

    def mention(self, mention: Mention) -> None:
        node = self.entity_type(mention.ref)
        for label in mention.alt_labels:
            self.add(node, SKOS_ALT, literal(label))
        for label in mention.hidden_labels:
            self.add(node, SKOS_HIDDEN, literal(label))
        self.reified(self.filing, kg("mentions"), node, [mention.evidence])

    def relation(self, relation: Relation) -> None:
        subject = self.entity_type(relation.subject)
        obj: ox.NamedNode | ox.Literal
        if isinstance(relation.obj, EntityRef):
            obj = self.entity_type(relation.obj)
        elif relation.predicate in _INDIVIDUAL_VALUED:
            obj = kg(str(relation.obj))
        else:
            obj = literal(relation.obj, relation.predicate)
        self.reified(subject, kg(relation.predicate), obj, [relation.evidence])

    def same_as(self, same: SameAs, canonical: EntityRef) -> None:
        """Record why two names were merged: the canonical entity cites the statement that merged them."""
        self.add(entity_iri(canonical), kg("mergedBecause"), self.evidence(same.evidence))

    def period(self, period: Period) -> ox.NamedNode:
        node = period_iri(period)
        self.add(node, RDF_TYPE, kg("Period"))
        if period.instant is not None:
            self.add(node, kg("instant"), literal(period.instant))
        else:
            self.add(node, kg("start"), literal(period.start))  # type: ignore[arg-type]
            self.add(node, kg("end"), literal(period.end))  # type: ignore[arg-type]
        return node

    def _unique(self, path: str) -> ox.NamedNode:
        """A fact IRI unique within the filing: a second fact on the same key gets ``-2``, ``-3`` …."""
        candidate, n = path, 1
        while candidate in self._fact_iris:
            n += 1
            candidate = f"{path}-{n}"
        self._fact_iris.add(candidate)
        return kgr(candidate)

    def financial_fact(self, fact: FinancialFact, filer: EntityRef) -> None:
        concept = concept_iri(fact.concept, fact.mapped)
        local = concept.value.rsplit("#", 1)[-1].rsplit("/", 1)[-1]
        node = self._unique(f"fact/{iri_segment(self.filing_key)}/{local}/{fact.period.key}")
        self.add(node, RDF_TYPE, kg("FinancialFact"))
        self.add(node, kg("entity"), entity_iri(fact.entity or filer))
        self.add(node, kg("concept"), concept)
        self.add(node, kg("period"), self.period(fact.period))
        self.add(node, kg("value"), literal(fact.value))
        self.add(node, kg("unit"), kg(fact.unit))
        self.add(node, kg("decimals"), literal(fact.decimals))
        if fact.fiscal_year is not None:
            self.add(node, kg("fiscalYear"), literal(fact.fiscal_year))
        if fact.fiscal_period is not None:
            self.add(node, kg("fiscalPeriod"), literal(fact.fiscal_period))
        self.add(node, kg("reportedIn"), self.filing)
        self.add(node, kg("asReportedLabel"), literal(fact.label))
        self.add(node, kg("statement"), kg(fact.statement))
        for ev in fact.evidence:
            self.add(node, kg("evidence"), self.evidence(ev))

    def guidance(self, guidance: Guidance, filer: EntityRef) -> None:
        concept = concept_iri(guidance.concept, True)
        local = concept.value.rsplit("#", 1)[-1]
        node = self._unique(f"guidance/{iri_segment(self.filing_key)}/{local}/{guidance.period.key}")
        self.add(node, RDF_TYPE, kg("Guidance"))
        self.add(node, kg("entity"), entity_iri(guidance.entity or filer))
        self.add(node, kg("concept"), concept)
        self.add(node, kg("period"), self.period(guidance.period))
        self.add(node, kg("low"), literal(guidance.low))
        self.add(node, kg("high"), literal(guidance.high))
        self.add(node, kg("unit"), kg(guidance.unit))
        self.add(node, kg("reportedIn"), self.filing)
        if guidance.label:
            self.add(node, kg("asReportedLabel"), literal(guidance.label))
        for ev in guidance.evidence:
            self.add(node, kg("evidence"), self.evidence(ev))

    def status(self, obs: StatusObservation, as_of: dt.date | None) -> None:
        indication = obs.indication.key if obs.indication else "unspecified"
        node = self._unique(
            f"status/{iri_segment(self.filing_key)}/{iri_segment(obs.compound.key)}/{iri_segment(indication)}/{obs.phase}"
        )
        self.add(node, RDF_TYPE, kg("StatusObservation"))
        self.add(node, kg("compound"), self.entity_type(obs.compound))
        self.add(node, kg("phase"), kg(obs.phase))
        if obs.indication:
            self.add(node, kg("indication"), self.entity_type(obs.indication))
        if as_of:
            self.add(node, kg("asOf"), literal(as_of))
        self.add(node, kg("reportedIn"), self.filing)
        self.add(node, kg("evidence"), self.evidence(obs.evidence))


def entity_label_quads(labels: dict[EntityRef, str], unmapped_concepts: dict[str, str]) -> Iterator[ox.Quad]:
    """The ``kgr:graph/entities`` graph: preferred labels of entities the reference data does not name,
    and the concepts minted from unknown line labels."""
    for ref in sorted(labels):
        node = entity_iri(ref)
        yield ox.Quad(node, RDF_TYPE, kg(ENTITY_KINDS[ref.kind]), GRAPH_ENTITIES)
        yield ox.Quad(node, SKOS_PREF, literal(labels[ref]), GRAPH_ENTITIES)
    for concept in sorted(unmapped_concepts):
        node = concept_iri(concept, False)
        yield ox.Quad(node, RDF_TYPE, kg("FinancialConcept"), GRAPH_ENTITIES)
        yield ox.Quad(node, SKOS_PREF, literal(unmapped_concepts[concept]), GRAPH_ENTITIES)
        yield ox.Quad(node, kg("unmapped"), literal(True), GRAPH_ENTITIES)
