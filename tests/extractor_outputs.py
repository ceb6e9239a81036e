"""Readers of what an extractor returned, shared by the tests of the reviews of unseen releases: the
financial facts, prose figures, evidence quotes and guidance ranges of the financials extractor's
output, the roles and employers in a ``people_of_*`` reading (``conftest``), and what the
filing-metadata extractor states of a reviewed release."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from kg.corpus import read_document
from kg.extractors import filing_metadata
from kg.model import FilingInfo, FinancialFact, Guidance, Relation

#: What ``conftest.people_of_fixture`` / ``people_of_text`` give: per person key, (kind, value, line).
People = dict[str, set[tuple[str, object, int]]]


def financial_facts(out: list[object]) -> list[FinancialFact]:
    """The financial facts among an extractor's output."""
    return [f for f in out if isinstance(f, FinancialFact)]


def prose_figures(out: list[object], concept: str) -> dict[str, Decimal]:
    """The prose figures of ``concept`` by period key (those no table figure took in)."""
    return {
        f.period.key: f.value
        for f in financial_facts(out)
        if f.statement == "Narrative" and f.concept == concept
    }


def evidence_quotes(out: list[object], concept: str, period: str) -> set[str]:
    """The quotes, blanks collapsed, of every evidence of the fact of ``concept`` and ``period``."""
    return {
        " ".join(e.quote.split())
        for f in financial_facts(out)
        if f.concept == concept and f.period.key == period
        for e in f.evidence
    }


def guidance_ranges(out: list[object]) -> dict[tuple[str, str], tuple[Decimal, Decimal]]:
    """(low, high) of each guidance by (concept, period key)."""
    return {(g.concept, g.period.key): (g.low, g.high) for g in out if isinstance(g, Guidance)}


def employers(found: People, key: str) -> set[object]:
    """The companies person ``key`` works for."""
    return {value for kind, value, _ in found.get(key, set()) if kind == "worksFor"}


def roles(found: People, key: str) -> set[object]:
    """The contact roles of person ``key``."""
    return {value for kind, value, _ in found.get(key, set()) if kind == "role"}


#: The releases of the reviews (``r<review><letter>_*``).
REVIEWED = Path(__file__).parent / "reviewed_releases"


def reviewed_filing_info(name: str) -> FilingInfo:
    """What the filing-metadata extractor states of the reviewed release ``name``: its one FilingInfo."""
    (info,) = [f for f in filing_metadata.run(read_document(REVIEWED / name)) if isinstance(f, FilingInfo)]
    return info


def reviewed_metadata_relations(name: str) -> dict[str, set[str]]:
    """The objects of each relation the filing-metadata extractor states of the reviewed release ``name``."""
    found: dict[str, set[str]] = {}
    for fact in filing_metadata.run(read_document(REVIEWED / name)):
        if isinstance(fact, Relation):
            found.setdefault(fact.predicate, set()).add(str(fact.obj))
    return found
