"""One fact per figure: a prose figure and the table cell it restates become one fact.

When the release prints a number in a statement table and again in its prose (for the same
concept and period), the graph holds one fact: the table's value and decimals, with both
evidences (table cell first). A prose figure that disagrees with the table beyond its own rounding
is dropped with a ``Skipped`` saying so; prose figures the tables do not print stay facts of their own.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace

from kg.extractors.financials.tables import NAME, concept_of
from kg.model import FinancialFact, Skipped
from kg.numbers import within_rounding
from kg.periods import period_months

_Key = tuple[str, object, str, object]


def _key(fact: FinancialFact) -> _Key:
    return (fact.concept, fact.period, fact.unit, fact.entity)


def merge_prose(
    table_facts: Iterable[FinancialFact], prose_facts: Iterable[FinancialFact]
) -> Iterator[FinancialFact | Skipped]:
    """Table facts (with prose evidence added where prose restates them), then prose-only facts.

    A prose figure restating a statement line whose words name its concept but which the statement
    shows to be a part of it ("Other income of $3.0 million" for an "Other income (expense)" line
    printed beside interest income and expense, the lines adding up to the non-operating total) is
    that part, not the concept: it is dropped with a ``Skipped`` saying so."""
    table_facts = list(table_facts)
    merged: dict[_Key, FinancialFact] = {}
    order: list[_Key] = []
    for fact in table_facts:
        key = _key(fact)
        if key not in merged:
            order.append(key)
            merged[key] = fact
    parts = _parts_named_as_wholes(table_facts)
    unmapped_lines = _unmapped_lines(table_facts)
    placed = _placed_by_columns(table_facts)
    skipped: list[Skipped] = []
    for fact in prose_facts:
        column = placed.get(_span_key(fact))
        if column is not None and column.period != fact.period:
            # The same length ending on the same day, placed from another first day: a 52–53-week
            # year's quarter, which the statement's columns place exactly and the words may not.
            if not within_rounding(column.value, fact.value, fact.decimals):
                skipped.append(_misplaced(fact, column))
                continue
            fact = replace(fact, period=column.period)
        key = _key(fact)
        kept = merged.get(key)
        part = parts.get(key)
        if kept is None and part is None and fact.concept in _PROSE_NAMES_A_PART:
            part = next(
                (
                    line
                    for line in unmapped_lines.get((fact.period, fact.unit, fact.entity), ())
                    if within_rounding(line.value, fact.value, fact.decimals)
                ),
                None,
            )
        if kept is None and part is not None and within_rounding(part.value, fact.value, fact.decimals):
            skipped.append(
                Skipped(
                    NAME,
                    f"prose {fact.concept} {fact.value} for {fact.period.key} restates the statement line "
                    f"{part.label!r}, a part of {fact.concept} there, not the whole; not read",
                    fact.evidence[0].line,
                )
            )
            continue
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


def _span_key(fact: FinancialFact) -> tuple[str, object, int, str, object] | None:
    """A duration fact's concept, end, length in months, unit and entity: what a prose figure and a
    statement column of the same period share however each places its first day."""
    period = fact.period
    if period.instant is not None or period.end is None:
        return None
    return (fact.concept, period.end, period_months(period), fact.unit, fact.entity)


def _placed_by_columns(table_facts: list[FinancialFact]) -> dict[object, FinancialFact]:
    """Statement facts by ``_span_key``."""
    found: dict[object, FinancialFact] = {}
    for fact in table_facts:
        key = _span_key(fact)
        if key is not None and fact.statement != "Narrative":
            found.setdefault(key, fact)
    return found


def _misplaced(fact: FinancialFact, column: FinancialFact) -> Skipped:
    return Skipped(
        NAME,
        f"prose {fact.concept} {fact.value} for {fact.period.key} disagrees with the table figure "
        f"{column.value} of the period the statement places as {column.period.key}; the table figure is kept",
        fact.evidence[0].line,
    )


#: Concepts whose words prose also gives a part of the statement's line: "Other income, consisting
#: of investment income, was $3.8 million" beside a statement printing investment income of 3,810
#: and interest expense under "Other income (expense)", adding up to 790.
_PROSE_NAMES_A_PART = frozenset({"NonoperatingIncomeExpense"})


def _unmapped_lines(
    table_facts: list[FinancialFact],
) -> dict[tuple[object, str, object], list[FinancialFact]]:
    """Statement facts of lines no concept maps, by period, unit and entity: a prose figure of a
    concept the statement does not state, equal to one of them, restates that line, not the concept."""
    found: dict[tuple[object, str, object], list[FinancialFact]] = {}
    for fact in table_facts:
        if not fact.mapped and fact.statement != "Narrative":
            found.setdefault((fact.period, fact.unit, fact.entity), []).append(fact)
    return found


def _parts_named_as_wholes(table_facts: list[FinancialFact]) -> dict[_Key, FinancialFact]:
    """Statement facts left without a concept although their label names one (see ``merge_prose``),
    by the key a fact of that concept would have."""
    found: dict[_Key, FinancialFact] = {}
    for fact in table_facts:
        if fact.mapped or fact.statement == "Narrative":
            continue
        named = concept_of(fact.label)
        if named is not None and named.unit == fact.unit:
            found.setdefault((named.name, fact.period, fact.unit, fact.entity), fact)
    return found
