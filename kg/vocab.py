"""The graph's public vocabulary as closed rdflib namespaces.

Every term is listed in ``kg.terms.KG_TERMS`` (the build's own, rdflib-free list) and declared in
``ontology/kg.ttl``; a test checks the two agree. Referring to an undeclared term raises
``AttributeError`` (``_fail = True``), so a typo fails loudly instead of minting an IRI nobody can
query.
"""

from __future__ import annotations

from rdflib.namespace import DefinedNamespace, Namespace

from kg.terms import KG_IRI, KG_TERMS, KGR_IRI, US_GAAP_IRI

__all__ = ["KG", "KGR", "KGR_IRI", "KG_IRI", "US_GAAP", "US_GAAP_IRI"]

KGR = Namespace(KGR_IRI)
US_GAAP = Namespace(US_GAAP_IRI)


class KG(DefinedNamespace):
    """Classes, properties and individuals of ``ontology/kg.ttl`` (``KG.Company``, ``KG["targets"]``)."""

    _NS = Namespace(KG_IRI)
    _fail = True
    # rdflib's closed namespaces accept their annotated names and these "extras": the names are
    # kept once, in kg.terms, which the build reads without importing rdflib.
    _extras = sorted(KG_TERMS)
