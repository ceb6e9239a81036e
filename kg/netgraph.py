"""A built RDF graph as a typed networkx graph: entities are nodes, entity-to-entity edges are edges.

Reads the union of every named graph of a built ``graph.trig``. Nodes are the instances of the entity
classes (company, person, compound, target, payload, indication, trial, agreement) with their class,
preferred label, every other name, external identifiers and the filings that mention them. Edges are
the ``kg:`` properties linking two entities (``targets``, ``partner``, ``developedBy``, ``worksFor`` …),
each with the evidence of its reified ``rdf:Statement`` (filing, date, line, quote). Filings,
evidence nodes, periods, financial facts and status observations are not nodes: they are folded into
node attributes and into ``graph.graph`` (``filings``, ``facts``, ``guidance``, ``status``), so the
graph's structure stays the structure of the domain.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import pyoxigraph as ox

from kg.model import ENTITY_KINDS
from kg.terms import KG_IRI, KGR_IRI

if TYPE_CHECKING:
    import networkx as nx

SKOS = "http://www.w3.org/2004/02/skos/core#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
DCTERMS = "http://purl.org/dc/terms/"
REFERENCE_GRAPH = KGR_IRI + "graph/reference"

#: Entity classes (local names) in display order.
ENTITY_CLASSES: tuple[str, ...] = tuple(ENTITY_KINDS.values())
#: Literal properties that identify a company outside this graph (shown as identifiers, not facts).
IDENTIFIER_PROPERTIES = ("cik", "ticker", "exchange", "secFileNumber", "irsEmployerId")
#: Edges that are about documents, not about the domain; folded into node attributes instead.
_NOT_EDGES = {KG_IRI + "mentions", KG_IRI + "filer", KG_IRI + "reportedIn", KG_IRI + "inFiling"}

_PREFIXES = f"""
PREFIX kg: <{KG_IRI}>
PREFIX rdf: <{RDF}>
PREFIX skos: <{SKOS}>
PREFIX dcterms: <{DCTERMS}>
"""
_CLASS_VALUES = " ".join(f"kg:{c}" for c in ENTITY_CLASSES)
_ENTITIES = _PREFIXES + f"SELECT DISTINCT ?e ?cls WHERE {{ ?e a ?cls . VALUES ?cls {{ {_CLASS_VALUES} }} }}"
_LABELS = (
    _PREFIXES
    + """
SELECT DISTINCT ?e ?p ?label WHERE {
  ?e ?p ?label . VALUES ?p { skos:prefLabel skos:altLabel skos:hiddenLabel }
}"""
)
_LINKS = (
    _PREFIXES
    + """
SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o . FILTER(isIRI(?o) && STRSTARTS(STR(?p), STR(kg:))) }"""
)
_REFERENCE_LINKS = (
    _PREFIXES
    + f"""
SELECT DISTINCT ?s ?p ?o WHERE {{ GRAPH <{REFERENCE_GRAPH}> {{ ?s ?p ?o . FILTER(isIRI(?o)) }} }}"""
)
_LITERALS = (
    _PREFIXES
    + """
SELECT DISTINCT ?s ?p ?o WHERE {
  ?s ?p ?o . FILTER(isLiteral(?o) && (STRSTARTS(STR(?p), STR(kg:)) || ?p = dcterms:source))
}"""
)
_MATCHES = (
    _PREFIXES
    + """
SELECT DISTINCT ?e ?p ?id WHERE { ?e ?p ?id . VALUES ?p { skos:exactMatch skos:closeMatch } }"""
)
_STATEMENT_EVIDENCE = (
    _PREFIXES
    + """
SELECT DISTINCT ?s ?p ?o ?filing ?line ?start ?end ?quote WHERE {
  ?st a rdf:Statement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; kg:evidence ?ev .
  ?ev kg:inFiling ?filing ; kg:line ?line ; kg:quote ?quote .
  OPTIONAL { ?ev kg:charStart ?start ; kg:charEnd ?end }
}"""
)
_FILINGS = (
    _PREFIXES
    + """
SELECT ?f ?date ?form ?source ?filer WHERE {
  ?f a kg:Filing .
  OPTIONAL { ?f kg:reportDate ?date } OPTIONAL { ?f kg:formType ?form }
  OPTIONAL { ?f dcterms:source ?source } OPTIONAL { ?f kg:filer ?filer }
}"""
)
_MENTIONS = _PREFIXES + "SELECT DISTINCT ?f ?e WHERE { ?f kg:mentions ?e }"
_FACTS = (
    _PREFIXES
    + """
SELECT ?fact ?kind ?entity ?concept ?value ?low ?high ?unit ?start ?end ?instant ?fy ?fp ?filing ?label ?statement
WHERE {
  ?fact a ?kind ; kg:entity ?entity ; kg:concept ?concept ; kg:period ?period ; kg:reportedIn ?filing .
  VALUES ?kind { kg:FinancialFact kg:Guidance }
  OPTIONAL { ?fact kg:value ?value } OPTIONAL { ?fact kg:low ?low } OPTIONAL { ?fact kg:high ?high }
  OPTIONAL { ?fact kg:unit ?unit }
  OPTIONAL { ?period kg:start ?start } OPTIONAL { ?period kg:end ?end } OPTIONAL { ?period kg:instant ?instant }
  OPTIONAL { ?fact kg:fiscalYear ?fy } OPTIONAL { ?fact kg:fiscalPeriod ?fp }
  OPTIONAL { ?fact kg:asReportedLabel ?label } OPTIONAL { ?fact kg:statement ?statement }
}"""
)
_STATUS = (
    _PREFIXES
    + """
SELECT ?obs ?compound ?phase ?order ?indication ?asOf ?filing WHERE {
  ?obs a kg:StatusObservation ; kg:compound ?compound ; kg:phase ?phase .
  OPTIONAL { ?phase kg:phaseOrder ?order } OPTIONAL { ?obs kg:indication ?indication }
  OPTIONAL { ?obs kg:asOf ?asOf } OPTIONAL { ?obs kg:reportedIn ?filing }
}"""
)
_DIRECT_EVIDENCE = (
    _PREFIXES
    + """
SELECT DISTINCT ?x ?filing ?line ?quote WHERE {
  ?x a ?kind ; kg:evidence ?ev . VALUES ?kind { kg:FinancialFact kg:Guidance kg:StatusObservation }
  ?ev kg:inFiling ?filing ; kg:line ?line ; kg:quote ?quote .
}"""
)
_CONCEPTS = (
    _PREFIXES
    + """
SELECT ?c ?label ?match WHERE {
  ?c a kg:FinancialConcept .
  OPTIONAL { ?c skos:prefLabel ?label }
  OPTIONAL { ?c skos:exactMatch|skos:closeMatch|skos:broadMatch ?match }
}"""
)


@dataclass(frozen=True)
class EvidenceRef:
    """Where one filing states something: the filing's IRI and date, the line, the span and the quote."""

    filing: str
    date: str | None
    line: int
    quote: str
    char_start: int | None = None
    char_end: int | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "filing": self.filing,
            "date": self.date,
            "line": self.line,
            "char_start": self.char_start,
            "char_end": self.char_end,
            "quote": self.quote,
        }


def local_name(iri: str) -> str:
    """``kg:targets`` → ``targets``; ``kgr:company/immunogen`` → ``immunogen``."""
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _value(term: ox.NamedNode | ox.Literal | ox.BlankNode | None) -> str | None:
    return None if term is None else term.value


def _rows(store: ox.Store, query: str) -> list[Any]:
    return list(store.query(query, use_default_graph_as_union=True))  # type: ignore[arg-type]


def to_networkx(store: ox.Store) -> nx.MultiDiGraph:
    """The typed graph of ``store`` (see the module docstring); node ids are entity IRIs.

    Node attributes: ``cls``, ``label``, ``labels`` (every name, sorted), ``identifiers`` (list of
    ``{"scheme", "value", "href"}``), ``properties`` (literal-valued ``kg:`` properties with their
    evidence), ``filings`` (IRIs of the filings that mention it), ``first_seen`` (earliest report
    date), ``evidence`` (where filings mention it), ``sources`` (curated sources), ``stages``
    (compounds: status observations). Edge key and ``predicate`` are the property's local name;
    ``evidence`` is a list of :class:`EvidenceRef` dicts, ``reference`` says the curated reference
    data asserts it.
    """
    import networkx as nx

    graph = nx.MultiDiGraph()
    filings = _filings(store)
    graph.graph["filings"] = filings
    dates = {iri: info["date"] for iri, info in filings.items()}

    classes: dict[str, str] = {}
    for row in _rows(store, _ENTITIES):
        iri, cls = row["e"].value, local_name(row["cls"].value)
        # An IRI typed twice keeps the first class in ENTITY_CLASSES order: a stable choice.
        if iri not in classes or ENTITY_CLASSES.index(cls) < ENTITY_CLASSES.index(classes[iri]):
            classes[iri] = cls
    names = _names(store, classes)
    statement_evidence = _statement_evidence(store, dates)

    for iri in sorted(classes):
        pref, alts = names.get(iri, (None, set()))
        label = pref or (min(alts) if alts else _key_label(iri))
        graph.add_node(
            iri,
            cls=classes[iri],
            label=label,
            labels=sorted({label, *alts}),
            identifiers=[],
            properties={},
            filings=[],
            first_seen=None,
            evidence=[],
            sources=[],
            stages=[],
        )

    for row in _rows(store, _MATCHES):
        iri = row["e"].value
        if iri in classes:
            target = row["id"].value
            graph.nodes[iri]["identifiers"].append(
                {"scheme": _scheme(target), "value": target, "href": target}
            )
    _literals(store, graph, statement_evidence)
    _mentions(store, graph, statement_evidence, dates)
    _edges(store, graph, statement_evidence)
    graph.graph["status"] = _status(store, graph, dates)
    facts, guidance = _facts(store, dates)
    graph.graph["facts"], graph.graph["guidance"] = facts, guidance
    graph.graph["concepts"] = _concepts(store)
    for _, data in graph.nodes(data=True):
        data["identifiers"].sort(key=lambda i: (i["scheme"], i["value"]))
        data["sources"].sort()
    return graph


def _filings(store: ox.Store) -> dict[str, dict[str, Any]]:
    filings: dict[str, dict[str, Any]] = {}
    for row in _rows(store, _FILINGS):
        filings[row["f"].value] = {
            "date": _value(row["date"]),
            "form": _value(row["form"]),
            "source": _value(row["source"]),
            "filer": _value(row["filer"]),
        }
    return dict(sorted(filings.items()))


def _names(store: ox.Store, classes: dict[str, str]) -> dict[str, tuple[str | None, set[str]]]:
    prefs: dict[str, list[str]] = defaultdict(list)
    others: dict[str, set[str]] = defaultdict(set)
    for row in _rows(store, _LABELS):
        iri = row["e"].value
        if iri not in classes:
            continue
        if row["p"].value == SKOS + "prefLabel":
            prefs[iri].append(row["label"].value)
        else:
            others[iri].add(row["label"].value)
    # More than one prefLabel would break the contract; the smallest keeps the output deterministic.
    return {iri: (min(prefs[iri]) if prefs[iri] else None, others[iri]) for iri in classes}


def _key_label(iri: str) -> str:
    return local_name(iri).replace("-", " ")


def _scheme(iri: str) -> str:
    """A short name for an external identifier's source, read from its IRI."""
    lowered = iri.lower()
    for needle, scheme in (
        ("sec.gov", "SEC"),
        ("ncit", "NCIt"),
        ("uniprot", "UniProt"),
        ("chembl", "ChEMBL"),
        ("drugbank", "DrugBank"),
        ("wikidata", "Wikidata"),
        ("clinicaltrials.gov", "ClinicalTrials.gov"),
    ):
        if needle in lowered:
            return scheme
    return "link"


def _statement_evidence(
    store: ox.Store, dates: dict[str, str | None]
) -> dict[tuple[str, str, str], list[EvidenceRef]]:
    found: dict[tuple[str, str, str], set[EvidenceRef]] = defaultdict(set)
    for row in _rows(store, _STATEMENT_EVIDENCE):
        filing = row["filing"].value
        found[(row["s"].value, row["p"].value, row["o"].value)].add(
            EvidenceRef(
                filing=filing,
                date=dates.get(filing),
                line=int(row["line"].value),
                quote=row["quote"].value,
                char_start=int(row["start"].value) if row["start"] is not None else None,
                char_end=int(row["end"].value) if row["end"] is not None else None,
            )
        )
    return {key: _sorted_evidence(refs) for key, refs in found.items()}


def _sorted_evidence(refs: set[EvidenceRef]) -> list[EvidenceRef]:
    return sorted(refs, key=lambda r: (r.date or "", r.filing, r.line, r.char_start or 0, r.quote))


def _literals(
    store: ox.Store, graph: nx.MultiDiGraph, evidence: dict[tuple[str, str, str], list[EvidenceRef]]
) -> None:
    props: dict[str, dict[str, list[dict[str, Any]]]] = defaultdict(lambda: defaultdict(list))
    for row in _rows(store, _LITERALS):
        iri = row["s"].value
        if iri not in graph:
            continue
        predicate, value = row["p"].value, row["o"].value
        if predicate == DCTERMS + "source":
            graph.nodes[iri]["sources"].append(value)
            continue
        name = local_name(predicate)
        refs = evidence.get((iri, predicate, value), [])
        if name in IDENTIFIER_PROPERTIES:
            graph.nodes[iri]["identifiers"].append({"scheme": name, "value": value, "href": None})
        props[iri][name].append({"value": value, "evidence": [r.as_dict() for r in refs]})
    for iri, by_name in props.items():
        graph.nodes[iri]["properties"] = {
            name: sorted(values, key=lambda v: v["value"]) for name, values in sorted(by_name.items())
        }


def _mentions(
    store: ox.Store,
    graph: nx.MultiDiGraph,
    evidence: dict[tuple[str, str, str], list[EvidenceRef]],
    dates: dict[str, str | None],
) -> None:
    mentioned: dict[str, set[str]] = defaultdict(set)
    for row in _rows(store, _MENTIONS):
        if row["e"].value in graph:
            mentioned[row["e"].value].add(row["f"].value)
    for iri, filings in mentioned.items():
        node = graph.nodes[iri]
        node["filings"] = sorted(filings, key=lambda f: (dates.get(f) or "", f))
        seen = [d for d in (dates.get(f) for f in filings) if d is not None]
        node["first_seen"] = min(seen) if seen else None
        refs: list[EvidenceRef] = []
        for filing in filings:
            refs.extend(evidence.get((filing, KG_IRI + "mentions", iri), []))
        node["evidence"] = [r.as_dict() for r in _sorted_evidence(set(refs))]


def _edges(
    store: ox.Store, graph: nx.MultiDiGraph, evidence: dict[tuple[str, str, str], list[EvidenceRef]]
) -> None:
    reference = {(r["s"].value, r["p"].value, r["o"].value) for r in _rows(store, _REFERENCE_LINKS)}
    links = sorted(
        (r["s"].value, r["p"].value, r["o"].value)
        for r in _rows(store, _LINKS)
        if r["s"].value in graph and r["o"].value in graph and r["p"].value not in _NOT_EDGES
    )
    for s, p, o in links:
        refs = evidence.get((s, p, o), [])
        graph.add_edge(
            s,
            o,
            key=local_name(p),
            predicate=local_name(p),
            evidence=[r.as_dict() for r in refs],
            reference=(s, p, o) in reference,
            first_seen=min((r.date for r in refs if r.date), default=None),
        )


def _status(store: ox.Store, graph: nx.MultiDiGraph, dates: dict[str, str | None]) -> list[dict[str, Any]]:
    evidence = _direct_evidence(store, dates)
    observations = []
    for row in _rows(store, _STATUS):
        filing = _value(row["filing"])
        obs = {
            "observation": row["obs"].value,
            "compound": row["compound"].value,
            "phase": local_name(row["phase"].value),
            "phase_order": int(row["order"].value) if row["order"] is not None else None,
            "indication": _value(row["indication"]),
            "as_of": _value(row["asOf"]) or (dates.get(filing) if filing else None),
            "filing": filing,
            "evidence": evidence.get(row["obs"].value, []),
        }
        observations.append(obs)
    observations.sort(key=lambda o: (o["compound"], o["as_of"] or "", o["observation"]))
    for obs in observations:
        if obs["compound"] in graph:
            graph.nodes[obs["compound"]]["stages"].append(obs)
    return observations


def _direct_evidence(store: ox.Store, dates: dict[str, str | None]) -> dict[str, list[dict[str, Any]]]:
    found: dict[str, set[EvidenceRef]] = defaultdict(set)
    for row in _rows(store, _DIRECT_EVIDENCE):
        filing = row["filing"].value
        found[row["x"].value].add(
            EvidenceRef(filing, dates.get(filing), int(row["line"].value), row["quote"].value)
        )
    return {x: [r.as_dict() for r in _sorted_evidence(refs)] for x, refs in found.items()}


def _facts(
    store: ox.Store, dates: dict[str, str | None]
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    evidence = _direct_evidence(store, dates)
    facts: dict[str, dict[str, Any]] = {}
    for row in _rows(store, _FACTS):
        iri = row["fact"].value
        if iri in facts:  # a concept with several SKOS matches or labels repeats the row
            continue
        filing = row["filing"].value
        facts[iri] = {
            "fact": iri,
            "kind": local_name(row["kind"].value),
            "entity": row["entity"].value,
            "concept": local_name(row["concept"].value),
            "value": _value(row["value"]),
            "low": _value(row["low"]),
            "high": _value(row["high"]),
            "unit": local_name(row["unit"].value) if row["unit"] is not None else None,
            "start": _value(row["start"]),
            "end": _value(row["end"]),
            "instant": _value(row["instant"]),
            "fiscal_year": int(row["fy"].value) if row["fy"] is not None else None,
            "fiscal_period": _value(row["fp"]),
            "filing": filing,
            "date": dates.get(filing),
            "label": _value(row["label"]),
            "statement": local_name(row["statement"].value) if row["statement"] is not None else None,
            "evidence": evidence.get(iri, []),
        }
    ordered = sorted(facts.values(), key=lambda f: f["fact"])
    return (
        [f for f in ordered if f["kind"] == "FinancialFact"],
        [f for f in ordered if f["kind"] == "Guidance"],
    )


def _concepts(store: ox.Store) -> dict[str, dict[str, Any]]:
    concepts: dict[str, dict[str, Any]] = {}
    for row in _rows(store, _CONCEPTS):
        name = local_name(row["c"].value)
        entry = concepts.setdefault(name, {"label": None, "matches": set()})
        if row["label"] is not None:
            entry["label"] = row["label"].value
        if row["match"] is not None:
            entry["matches"].add(row["match"].value)
    return {
        name: {"label": entry["label"] or name, "matches": sorted(entry["matches"])}
        for name, entry in sorted(concepts.items())
    }


def load_networkx(path: Any = None) -> nx.MultiDiGraph:
    """Read a built graph file (default ``graphs/graph.trig``) into the typed networkx graph."""
    from kg.graphio import load_store

    return to_networkx(load_store(path))
