"""The graph's vocabulary as names and IRIs, without rdflib.

The build maps facts with pyoxigraph and never needs rdflib (a fifth of a second to import): it
checks each ``kg:`` term it mints against ``KG_TERMS``. ``kg.vocab`` wraps the same names as
rdflib's closed namespaces for the Python API, SPARQL and SHACL. Every term here is declared in
``ontology/kg.ttl``, and a test checks the two agree.
"""

from __future__ import annotations

KG_IRI = "https://w3id.org/filings-kg/ontology#"
KGR_IRI = "https://w3id.org/filings-kg/id/"
US_GAAP_IRI = "http://fasb.org/us-gaap/2024#"

#: The local names of every ``kg:`` class, property and individual of ``ontology/kg.ttl``.
KG_TERMS: frozenset[str] = frozenset(
    {
        # Classes
        "Company",
        "Person",
        "Compound",
        "Target",
        "Payload",
        "Indication",
        "Phase",
        "ClinicalTrial",
        "StatusObservation",
        "Agreement",
        "Filing",
        "Period",
        "FinancialConcept",
        "FinancialFact",
        "Guidance",
        "Evidence",
        "Extractor",
        "Statement",  # class of the statement kinds below (kg:IncomeStatement …)
        "Unit",
        "NonEntityName",
        # Phase individuals
        "Preclinical",
        "PhaseI",
        "PhaseI_II",
        "PhaseII",
        "PhaseII_III",
        "PhaseIII",
        "Registration",
        "Approved",
        "phaseOrder",
        # Units and statements
        "USD",
        "USDPerShare",
        "Shares",
        "IncomeStatement",
        "BalanceSheet",
        "CashFlow",
        "Narrative",
        # Entity relations
        "targets",
        "payload",
        "developedBy",
        "indication",
        "partner",
        "subsidiaryOf",
        "party",
        "agreementType",
        "covers",
        "compound",
        "phase",
        "asOf",
        "trialName",
        "antibody",
        "amount",
        # Filing
        "filer",
        "formType",
        "reportDate",
        "sha256",
        "mentions",
        "periodCovered",
        # Company identifiers
        "ticker",
        "exchange",
        "secFileNumber",
        "irsEmployerId",
        "stateOfIncorporation",
        "cik",
        "fiscalYearEnd",
        "address",
        "telephone",
        # People
        "position",
        "worksFor",
        "role",
        # Financial facts
        "entity",
        "concept",
        "value",
        "low",
        "high",
        "unit",
        "decimals",
        "period",
        "start",
        "end",
        "instant",
        "fiscalYear",
        "fiscalPeriod",
        "reportedIn",
        "asReportedLabel",
        "statement",
        "unmapped",
        "labelPattern",
        "signConvention",
        # Evidence
        "evidence",
        "inFiling",
        "line",
        "charStart",
        "charEnd",
        "quote",
        "version",
        "mergedBecause",
    }
)
