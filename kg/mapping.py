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
from kg.pattern_cache import cached_compile
from kg.terms import KG_IRI, KG_TERMS, KGR_IRI
from kg.text import slugify

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
PROV = "http://www.w3.org/ns/prov#"
DCTERMS = "http://purl.org/dc/terms/"
XSD = "http://www.w3.org/2001/XMLSchema#"

PREFIXES = {
    "kg": KG_IRI,
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
_IRI_UNSAFE = cached_compile(r"[^A-Za-z0-9._~-]")


@functools.cache
def kg(term: str) -> ox.NamedNode:
    """``kg:<term>``, checked against the closed vocabulary (a typo raises ``AttributeError``)."""
    if term not in KG_TERMS:
        raise AttributeError(f"kg:{term} is not a term of the vocabulary (kg.terms.KG_TERMS)")
    return ox.NamedNode(KG_IRI + term)


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
        return ox.NamedNode(KG_IRI + concept)
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


# -- N-Triples text of terms --------------------------------------------------------------------
# The mapper writes each triple straight as N-Triples text: building term objects for millions of
# triples only to serialise them again was most of the build's mapping time. The text is exactly
# what pyoxigraph writes for the same terms (tests compare the two).

_NEEDS_ESCAPE = cached_compile(r'[\x00-\x1f"\\\x7f]')
_ESCAPES = {0x08: "\\b", 0x09: "\\t", 0x0A: "\\n", 0x0C: "\\f", 0x0D: "\\r", 0x22: '\\"', 0x5C: "\\\\"}
_ESCAPE_TABLE = {c: _ESCAPES.get(c, f"\\u{c:04X}") for c in (*range(0x20), 0x22, 0x5C, 0x7F)}
_XSD_INTEGER = f"^^<{XSD}integer>"
_XSD_DECIMAL = f"^^<{XSD}decimal>"
_XSD_DATE = f"^^<{XSD}date>"


def quoted(text: str) -> str:
    """``text`` as an N-Triples string literal body, quotes included (escaped as Oxigraph does)."""
    if _NEEDS_ESCAPE.search(text):
        text = text.translate(_ESCAPE_TABLE)
    return f'"{text}"'


def literal_text(value: LiteralValue, predicate: str = "") -> str:
    """N-Triples text of ``literal(value, predicate)``."""
    if predicate in _DATATYPES:
        return f"{quoted(str(value))}^^{_DATATYPES[predicate]}"
    if isinstance(value, bool):
        return f'"{"true" if value else "false"}"^^<{XSD}boolean>'
    if isinstance(value, int):
        return f'"{value}"{_XSD_INTEGER}'
    if isinstance(value, Decimal):
        return f'"{decimal_lexical(value)}"{_XSD_DECIMAL}'
    if isinstance(value, dt.date):
        return f'"{value.isoformat()}"{_XSD_DATE}'
    return quoted(str(value))


@functools.cache
def _kg(term: str) -> str:
    return str(kg(term))


@functools.cache
def _entity(ref: EntityRef) -> str:
    return str(entity_iri(ref))


_TYPE = str(RDF_TYPE)
_STATEMENT = str(RDF_STATEMENT)
_SUBJECT = str(RDF_SUBJECT)
_PREDICATE = str(RDF_PREDICATE)
_OBJECT = str(RDF_OBJECT)


@functools.lru_cache(maxsize=4096)
def _period_lines(period: Period) -> tuple[str, tuple[str, ...]]:
    """A period's node and the triples describing it (a filing's facts share a handful of periods)."""
    node = str(period_iri(period))
    if period.instant is not None:
        return node, (
            f"{node} {_TYPE} {_kg('Period')}",
            f"{node} {_kg('instant')} {literal_text(period.instant)}",
        )
    return node, (
        f"{node} {_TYPE} {_kg('Period')}",
        f"{node} {_kg('start')} {literal_text(period.start)}",  # type: ignore[arg-type]
        f"{node} {_kg('end')} {literal_text(period.end)}",  # type: ignore[arg-type]
    )


@functools.lru_cache(maxsize=4096)
def _concept_node(concept: str, mapped: bool) -> tuple[str, str]:
    """A concept's IRI in N-Triples syntax and its local name (for fact IRIs)."""
    iri = concept_iri(concept, mapped)
    return str(iri), iri.value.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


class FilingMapper:
    """Collects the triples of one filing's named graph, as N-Triples text."""

    def __init__(self, filing_key: str) -> None:
        self.filing_key = filing_key
        self.filing = filing_iri(filing_key)
        self._filing = str(self.filing)
        self._segment = iri_segment(filing_key)
        # Triples, not quads: every one belongs to the filing's graph, named once when serialising.
        self.lines: set[str] = set()
        self._fact_iris: set[str] = set()

    def add(self, s: str, p: str, o: str) -> None:
        """Add the triple ``s p o`` (each term in N-Triples syntax)."""
        self.lines.add(f"{s} {p} {o}")

    def nquads(self) -> bytes:
        """The filing's named graph as N-Quads, lines sorted as bytes, without duplicates."""
        if not self.lines:
            return b""
        # Sorted as text, encoded once: UTF-8 orders strings as their code points do, so the lines
        # come out in byte order.
        suffix = f" {self._filing} .\n"
        return suffix.join(sorted(self.lines)).encode() + suffix.encode()

    @property
    def quads(self) -> set[ox.Quad]:
        """The filing's named graph as quads."""
        return set(ox.parse(self.nquads(), format=ox.RdfFormat.N_QUADS))

    # -- evidence -------------------------------------------------------------------------------
    def evidence(self, ev: Evidence) -> str:
        """The evidence node for ``ev`` (one per filing, extractor and span)."""
        node = (
            f"<{KGR_IRI}evidence/{self._segment}/{iri_segment(ev.extractor)}/{ev.char_start}-{ev.char_end}>"
        )
        self.lines.update(
            (
                f"{node} {_TYPE} {_kg('Evidence')}",
                f"{node} {_kg('inFiling')} {self._filing}",
                f'{node} {_kg("line")} "{ev.line}"{_XSD_INTEGER}',
                f'{node} {_kg("charStart")} "{ev.char_start}"{_XSD_INTEGER}',
                f'{node} {_kg("charEnd")} "{ev.char_end}"{_XSD_INTEGER}',
                f"{node} {_kg('quote')} {quoted(ev.quote)}",
                f"{node} {PROV_GENERATED_BY} {extractor_iri(ev.extractor)}",
            )
        )
        return node

    def extractor(self, name: str, version: str) -> None:
        node = str(extractor_iri(name))
        self.add(node, _TYPE, _kg("Extractor"))
        self.add(node, _kg("version"), quoted(version))

    def reified(self, s: str, p: str, o: str, evidence: Iterable[Evidence]) -> None:
        """Assert ``s p o`` and its ``rdf:Statement`` with the evidence."""
        self.add(s, p, o)
        digest = hashlib.sha256(f"{s} {p} {o}".encode()).hexdigest()[:20]
        statement = f"<{KGR_IRI}statement/{digest}>"
        self.add(statement, _TYPE, _STATEMENT)
        self.add(statement, _SUBJECT, s)
        self.add(statement, _PREDICATE, p)
        self.add(statement, _OBJECT, o)
        for ev in evidence:
            self.add(statement, _kg("evidence"), self.evidence(ev))

    # -- facts ----------------------------------------------------------------------------------
    def filing_info(self, info: FilingInfo, source_name: str, sha256: str) -> None:
        filing = self._filing
        self.add(filing, _TYPE, _kg("Filing"))
        self.add(filing, _kg("formType"), quoted(info.form_type))
        self.add(filing, _kg("sha256"), quoted(sha256))
        self.add(filing, str(DCTERMS_SOURCE), quoted(source_name))
        if info.report_date:
            self.add(filing, _kg("reportDate"), literal_text(info.report_date))
        if info.filer:
            self.add(filing, _kg("filer"), _entity(info.filer))
        if info.period_covered:
            self.add(filing, _kg("periodCovered"), self.period(info.period_covered))

    def entity_type(self, ref: EntityRef) -> str:
        node = _entity(ref)
        self.add(node, _TYPE, _kg(ENTITY_KINDS[ref.kind]))
        return node

    def mention(self, mention: Mention) -> None:
        node = self.entity_type(mention.ref)
        for label in mention.alt_labels:
            self.add(node, str(SKOS_ALT), quoted(label))
        for label in mention.hidden_labels:
            self.add(node, str(SKOS_HIDDEN), quoted(label))
        self.reified(self._filing, _kg("mentions"), node, [mention.evidence])

    def relation(self, relation: Relation) -> None:
        subject = self.entity_type(relation.subject)
        if isinstance(relation.obj, EntityRef):
            obj = self.entity_type(relation.obj)
        elif relation.predicate in _INDIVIDUAL_VALUED:
            obj = _kg(str(relation.obj))
        else:
            obj = literal_text(relation.obj, relation.predicate)
        self.reified(subject, _kg(relation.predicate), obj, [relation.evidence])

    def same_as(self, same: SameAs, canonical: EntityRef) -> None:
        """Record why two names were merged: the canonical entity cites the statement that merged them."""
        self.add(_entity(canonical), _kg("mergedBecause"), self.evidence(same.evidence))

    def period(self, period: Period) -> str:
        node, lines = _period_lines(period)
        self.lines.update(lines)
        return node

    def _unique(self, path: str) -> str:
        """A fact IRI unique within the filing: a second fact on the same key gets ``-2``, ``-3`` …."""
        candidate, n = path, 1
        while candidate in self._fact_iris:
            n += 1
            candidate = f"{path}-{n}"
        self._fact_iris.add(candidate)
        return str(kgr(candidate))

    def financial_fact(self, fact: FinancialFact, filer: EntityRef) -> None:
        concept, local = _concept_node(fact.concept, fact.mapped)
        node = self._unique(f"fact/{self._segment}/{local}/{fact.period.key}")
        # One set update per fact: a large build maps millions of these lines.
        self.lines.update(
            (
                f"{node} {_TYPE} {_kg('FinancialFact')}",
                f"{node} {_kg('entity')} {_entity(fact.entity or filer)}",
                f"{node} {_kg('concept')} {concept}",
                f"{node} {_kg('period')} {self.period(fact.period)}",
                f"{node} {_kg('value')} {literal_text(fact.value)}",
                f"{node} {_kg('unit')} {_kg(fact.unit)}",
                f"{node} {_kg('decimals')} {literal_text(fact.decimals)}",
                f"{node} {_kg('reportedIn')} {self._filing}",
                f"{node} {_kg('asReportedLabel')} {quoted(fact.label)}",
                f"{node} {_kg('statement')} {_kg(fact.statement)}",
            )
        )
        if fact.fiscal_year is not None:
            self.add(node, _kg("fiscalYear"), literal_text(fact.fiscal_year))
        if fact.fiscal_period is not None:
            self.add(node, _kg("fiscalPeriod"), literal_text(fact.fiscal_period))
        self.lines.update(f"{node} {_kg('evidence')} {self.evidence(ev)}" for ev in fact.evidence)

    def guidance(self, guidance: Guidance, filer: EntityRef) -> None:
        concept = concept_iri(guidance.concept, True)
        local = concept.value.rsplit("#", 1)[-1]
        node = self._unique(f"guidance/{self._segment}/{local}/{guidance.period.key}")
        self.add(node, _TYPE, _kg("Guidance"))
        self.add(node, _kg("entity"), _entity(guidance.entity or filer))
        self.add(node, _kg("concept"), str(concept))
        self.add(node, _kg("period"), self.period(guidance.period))
        self.add(node, _kg("low"), literal_text(guidance.low))
        self.add(node, _kg("high"), literal_text(guidance.high))
        self.add(node, _kg("unit"), _kg(guidance.unit))
        self.add(node, _kg("reportedIn"), self._filing)
        if guidance.label:
            self.add(node, _kg("asReportedLabel"), quoted(guidance.label))
        for ev in guidance.evidence:
            self.add(node, _kg("evidence"), self.evidence(ev))

    def status(self, obs: StatusObservation, as_of: dt.date | None) -> None:
        indication = obs.indication.key if obs.indication else "unspecified"
        node = self._unique(
            f"status/{self._segment}/{iri_segment(obs.compound.key)}/{iri_segment(indication)}/{obs.phase}"
        )
        self.add(node, _TYPE, _kg("StatusObservation"))
        self.add(node, _kg("compound"), self.entity_type(obs.compound))
        self.add(node, _kg("phase"), _kg(obs.phase))
        if obs.indication:
            self.add(node, _kg("indication"), self.entity_type(obs.indication))
        if as_of:
            self.add(node, _kg("asOf"), literal_text(as_of))
        self.add(node, _kg("reportedIn"), self._filing)
        self.add(node, _kg("evidence"), self.evidence(obs.evidence))


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


def entity_label_nquads(labels: dict[tuple[str, str], str], unmapped_concepts: dict[str, str]) -> bytes:
    """``entity_label_quads`` as sorted N-Quads text, written directly: the entity graph of a large
    corpus holds tens of thousands of labels. ``labels`` is keyed by (kind, key) pairs."""
    graph = f" {GRAPH_ENTITIES} ."
    lines: set[str] = set()
    for (kind, key), label in labels.items():
        node = f"<{KGR_IRI}{kind}/{iri_segment(key)}>"
        lines.add(f"{node} {_TYPE} {_kg(ENTITY_KINDS[kind])}{graph}")
        lines.add(f"{node} {SKOS_PREF} {quoted(label)}{graph}")
    for concept, label in unmapped_concepts.items():
        node = str(concept_iri(concept, False))
        lines.add(f"{node} {_TYPE} {_kg('FinancialConcept')}{graph}")
        lines.add(f"{node} {SKOS_PREF} {quoted(label)}{graph}")
        lines.add(f"{node} {_kg('unmapped')} {literal_text(True)}{graph}")
    return b"".join(line + b"\n" for line in sorted(line.encode() for line in lines))
