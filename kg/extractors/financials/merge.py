"""One fact per figure: a prose figure and the table cell it restates become one fact.

When the release prints a number in a statement table and again in its prose (for the same
concept and period), the graph holds one fact: the table's value and decimals, with both
evidences (table cell first). A prose figure that disagrees with the table beyond its own rounding
is dropped with a ``Skipped`` saying so; prose figures the tables do not print stay facts of their own.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace

from kg.extractors.financials.tables import NAME
from kg.model import FinancialFact, Skipped
from kg.numbers import within_rounding

_Key = tuple[str, object, str, object]


def _key(fact: FinancialFact) -> _Key:
    return (fact.concept, fact.period, fact.unit, fact.entity)


def merge_prose(
    table_facts: Iterable[FinancialFact], prose_facts: Iterable[FinancialFact]
) -> Iterator[FinancialFact | Skipped]:
    """Table facts (with prose evidence added where prose restates them), then prose-only facts."""
    merged: dict[_Key, FinancialFact] = {}
    order: list[_Key] = []
    for fact in table_facts:
        key = _key(fact)
        if key not in merged:
            order.append(key)
            merged[key] = fact
    skipped: list[Skipped] = []
    for fact in prose_facts:
        key = _key(fact)
        kept = merged.get(key)
        if kept is None:
            merged[key] = fact
            order.append(key)
            continue
        # The prose figure is rounded: it restates the kept one when the kept value rounds to it.
        if within_rounding(kept.value, fact.value, fact.decimals) or (
            kept.statement == "Narrative" and within_rounding(fact.value, kept.value, kept.decimals)
        ):
            if fact.evidence[0] not in kept.evidence:
                merged[key] = replace(kept, evidence=(*kept.evidence, *fact.evidence))
            continue
        source = "table" if kept.statement != "Narrative" else "earlier prose"
        skipped.append(
            Skipped(
                NAME,
                f"prose {fact.concept} {fact.value} for {fact.period.key} disagrees with the {source} "
                f"figure {kept.value} beyond its rounding; the {source} figure is kept",
                fact.evidence[0].line,
            )
        )
    for key in order:
        yield merged[key]
    yield from skipped
