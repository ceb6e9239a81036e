"""Financial facts of an earnings release: statement tables, prose figures and guidance.

One extractor reads the whole release, so a figure printed both in a table and in the prose
becomes one fact (the table's value, both evidences).
"""

from __future__ import annotations

from collections.abc import Iterator

from kg.corpus import Document
from kg.extractors.base import Extractor
from kg.extractors.financials.guidance import extract_guidance
from kg.extractors.financials.merge import merge_prose
from kg.extractors.financials.narrative import extract_narrative_facts
from kg.extractors.financials.tables import NAME, extract_table_facts
from kg.fiscal import document_fiscal_year_end
from kg.model import Fact, FinancialFact

VERSION = "1.4.0"


def run(doc: Document) -> Iterator[Fact]:
    """Facts from the statement tables, the prose (merged into the table facts it restates) and the guidance of ``doc``."""
    fye = document_fiscal_year_end(doc)
    table: list[FinancialFact] = []
    prose: list[FinancialFact] = []
    for fact in extract_table_facts(doc, fye):
        if isinstance(fact, FinancialFact):
            table.append(fact)
        else:
            yield fact
    for fact in extract_narrative_facts(doc, fye):
        if isinstance(fact, FinancialFact):
            prose.append(fact)
        else:
            yield fact
    yield from merge_prose(table, prose)
    yield from extract_guidance(doc)


EXTRACTOR = Extractor(
    name=NAME,
    version=VERSION,
    produces=("FinancialFact", "Guidance", "Skipped"),
    run=run,
    reads=("concepts.ttl",),
)
