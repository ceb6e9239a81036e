"""Financial facts of an earnings release: statement tables, prose figures and guidance.

One extractor reads the whole release, so a figure printed both in a table and in the prose
becomes one fact (the table's value, both evidences).
"""

from __future__ import annotations

from collections.abc import Iterator

from kg.corpus import Document
from kg.extractors.base import Extractor
from kg.extractors.financials.guidance import extract_guidance
from kg.extractors.financials.tables import NAME, extract_table_facts
from kg.fiscal import infer_fiscal_year_end
from kg.model import Fact

VERSION = "1.0.0"


def run(doc: Document) -> Iterator[Fact]:
    """Facts from the statement tables (and, in later modules, the prose and the guidance) of ``doc``."""
    fye = infer_fiscal_year_end(doc.text)
    yield from extract_table_facts(doc, fye)
    yield from extract_guidance(doc)


EXTRACTOR = Extractor(name=NAME, version=VERSION, produces=("FinancialFact", "Guidance", "Skipped"), run=run)
