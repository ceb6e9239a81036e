"""Financial facts of an earnings release: statement tables, prose figures and guidance.

One extractor reads the whole release, so a figure printed both in a table and in the prose
becomes one fact (the table's value, both evidences).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from kg.corpus import Document
from kg.extractors.base import Extractor
from kg.extractors.financials.guidance import extract_guidance
from kg.extractors.financials.merge import merge_prose
from kg.extractors.financials.narrative import extract_narrative_facts
from kg.extractors.financials.tables import NAME, extract_table_facts, fiscal_of
from kg.fiscal import FiscalYearChange, document_fiscal_year_change, document_fiscal_year_end
from kg.model import Fact, FinancialFact, Skipped
from kg.periods import period_months

VERSION = "1.16.0"


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
    change = document_fiscal_year_change(doc)
    if change is None:
        yield from merge_prose(table, prose)
    else:
        for fact in merge_prose(table, prose):
            yield _in_calendar(fact, change) if isinstance(fact, FinancialFact) else fact
    yield from extract_guidance(doc)


def _in_calendar(fact: FinancialFact, change: FiscalYearChange) -> FinancialFact | Skipped:
    """``fact`` placed in the fiscal calendar of its period when the filer changed its fiscal-year end:
    the old calendar before the transition period, the new one after it, no fiscal year or period in
    it. A prose figure of a period across the transition's bounds (a fiscal year by number read in
    the old calendar) is in no calendar of the filer: declined."""
    period = fact.period
    end = period.instant or period.end
    assert end is not None
    if period.instant is None:
        assert period.start is not None
        if change.straddles(period.start, end) and fact.statement == "Narrative":
            return Skipped(
                NAME,
                f"period {period.key} runs across the transition period of the fiscal-year change: "
                f"{fact.label!r} not read",
                fact.evidence[0].line,
            )
    fye = change.calendar_of(period.start, end)
    if (
        fye is not None
        and fact.statement == "Narrative"
        and period.start is not None
        and period_months(period) == 12
        and (end.month, end.day) != fye
    ):
        # "For fiscal 2012 …" placed with a fiscal-year end the year was not in (an EDGAR header
        # gives the new end; fiscal 2012 ended on the old one): a year the filer never reported.
        return Skipped(
            NAME,
            f"year {period.key} does not end on the fiscal-year end of its calendar "
            f"(--{fye[0]:02d}-{fye[1]:02d}) around the fiscal-year change: {fact.label!r} not read",
            fact.evidence[0].line,
        )
    fiscal_year, fiscal_period = fiscal_of(period, fye) if fye else (None, None)
    if fye is None and period.instant is not None:
        fiscal_period = "instant"
    if (fiscal_year, fiscal_period) == (fact.fiscal_year, fact.fiscal_period):
        return fact
    return replace(fact, fiscal_year=fiscal_year, fiscal_period=fiscal_period)


EXTRACTOR = Extractor(
    name=NAME,
    version=VERSION,
    produces=("FinancialFact", "Guidance", "Skipped"),
    run=run,
    reads=("concepts.ttl",),
)
