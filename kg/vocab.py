"""The graph's public vocabulary as closed namespaces.

Every term used by the mapping is declared here and in ``ontology/kg.ttl``; a test checks the two
agree. Referring to an undeclared term raises ``AttributeError`` (``_fail = True``), so a typo in the
mapping fails loudly instead of minting an IRI nobody can query.
"""

from __future__ import annotations

from rdflib import URIRef
from rdflib.namespace import DefinedNamespace, Namespace

KG_IRI = "https://w3id.org/filings-kg/ontology#"
KGR_IRI = "https://w3id.org/filings-kg/id/"
US_GAAP_IRI = "http://fasb.org/us-gaap/2024#"

KGR = Namespace(KGR_IRI)
US_GAAP = Namespace(US_GAAP_IRI)


class KG(DefinedNamespace):
    """Classes, properties and individuals of ``ontology/kg.ttl``."""

    _NS = Namespace(KG_IRI)
    _fail = True

    # Classes
    Company: URIRef
    Person: URIRef
    Compound: URIRef
    Target: URIRef
    Payload: URIRef
    Indication: URIRef
    Phase: URIRef
    ClinicalTrial: URIRef
    StatusObservation: URIRef
    Agreement: URIRef
    Filing: URIRef
    Period: URIRef
    FinancialConcept: URIRef
    FinancialFact: URIRef
    Guidance: URIRef
    Evidence: URIRef
    Extractor: URIRef
    Statement: URIRef  # class of the statement kinds below (kg:IncomeStatement …)
    Unit: URIRef
    NonEntityName: URIRef

    # Phase individuals
    Preclinical: URIRef
    PhaseI: URIRef
    PhaseI_II: URIRef
    PhaseII: URIRef
    PhaseII_III: URIRef
    PhaseIII: URIRef
    Registration: URIRef
    Approved: URIRef
    phaseOrder: URIRef

    # Units and statements
    USD: URIRef
    USDPerShare: URIRef
    Shares: URIRef
    IncomeStatement: URIRef
    BalanceSheet: URIRef
    CashFlow: URIRef
    Narrative: URIRef

    # Entity relations
    targets: URIRef
    payload: URIRef
    developedBy: URIRef
    indication: URIRef
    partner: URIRef
    subsidiaryOf: URIRef
    party: URIRef
    agreementType: URIRef
    covers: URIRef
    compound: URIRef
    phase: URIRef
    asOf: URIRef
    trialName: URIRef
    antibody: URIRef
    amount: URIRef

    # Filing
    filer: URIRef
    formType: URIRef
    reportDate: URIRef
    sha256: URIRef
    mentions: URIRef
    periodCovered: URIRef

    # Company identifiers
    ticker: URIRef
    exchange: URIRef
    secFileNumber: URIRef
    irsEmployerId: URIRef
    stateOfIncorporation: URIRef
    cik: URIRef
    fiscalYearEnd: URIRef
    address: URIRef
    telephone: URIRef

    # People
    position: URIRef
    worksFor: URIRef
    role: URIRef

    # Financial facts
    entity: URIRef
    concept: URIRef
    value: URIRef
    low: URIRef
    high: URIRef
    unit: URIRef
    decimals: URIRef
    period: URIRef
    start: URIRef
    end: URIRef
    instant: URIRef
    fiscalYear: URIRef
    fiscalPeriod: URIRef
    reportedIn: URIRef
    asReportedLabel: URIRef
    statement: URIRef
    unmapped: URIRef
    labelPattern: URIRef
    signConvention: URIRef

    # Evidence
    evidence: URIRef
    inFiling: URIRef
    line: URIRef
    charStart: URIRef
    charEnd: URIRef
    quote: URIRef
    version: URIRef
    mergedBecause: URIRef
