"""One fact per figure: a prose figure and the table cell it restates become one fact.

When the release prints a number in a statement table and again in its prose (for the same
concept and period), the graph holds one fact: the table's value and decimals, with both
evidences (table cell first). A prose figure that disagrees with the table beyond its own rounding
is dropped with a ``Skipped`` saying so; prose figures the tables do not print stay facts of their own.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace

from kg.extractors.financials.narrative import UNNAMED_EPS
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
    that part, not the concept: it is dropped with a ``Skipped`` saying so.

    A per-share figure of net income whose words name neither basic nor diluted (``UNNAMED_EPS``)
    restates the statement's per-share figure(s) of its period equal to it; without one it is
    dropped with a ``Skipped``."""
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
        if fact.concept == UNNAMED_EPS:
            restated = _restated_eps(fact, table_facts)
            if not restated:
                skipped.append(_unnamed_eps(fact, table_facts))
            for key in dict.fromkeys(_key(line) for line in restated):
                statement_fact = merged[key]
                if fact.evidence[0] not in statement_fact.evidence:
                    merged[key] = replace(statement_fact, evidence=(*statement_fact.evidence, *fact.evidence))
            continue
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


#: The statement's per-share figures of net income a prose figure naming neither basic nor diluted
#: may restate.
_EPS_CONCEPTS = frozenset(
    {"EarningsPerShareBasic", "EarningsPerShareDiluted", "EarningsPerShareBasicAndDiluted"}
)


def _statement_eps(fact: FinancialFact, table_facts: list[FinancialFact]) -> list[FinancialFact]:
    """The statement's per-share facts of net income of the period of the prose figure ``fact``: of
    the same period, or of the same length ending on the same day (a 52–53-week year's quarter,
    which the statement's columns place and the words may not)."""
    span = _span_key(replace(fact, concept=""))
    return [
        line
        for line in table_facts
        if line.concept in _EPS_CONCEPTS
        and line.statement != "Narrative"
        and line.unit == fact.unit
        and line.entity == fact.entity
        and (
            line.period == fact.period or (span is not None and _span_key(replace(line, concept="")) == span)
        )
    ]


def _restated_eps(fact: FinancialFact, table_facts: list[FinancialFact]) -> list[FinancialFact]:
    """The statement's per-share facts of the period of ``fact`` (a per-share figure of net income
    naming neither basic nor diluted) that round to it: the figure(s) it restates. "$0.40 per share"
    beside a statement printing basic and diluted figures of 0.40 restates both; beside basic 0.40
    and diluted 0.39, the basic one."""
    return [
        line
        for line in _statement_eps(fact, table_facts)
        if within_rounding(line.value, fact.value, fact.decimals)
    ]


def _unnamed_eps(fact: FinancialFact, table_facts: list[FinancialFact]) -> Skipped:
    """The note of a per-share figure of net income naming neither basic nor diluted that restates
    no statement figure: whether the statement prints per-share figures of its period at all."""
    printed = sorted({f"{line.concept} {line.value}" for line in _statement_eps(fact, table_facts)})
    beside = (
        f"the statement's figures of the period ({', '.join(printed)}) differ from it"
        if printed
        else "the statement prints no per-share figure of the period"
    )
    return Skipped(
        NAME,
        f"per-share figure of net income with neither basic nor diluted named: {fact.value} for "
        f"{fact.period.key} ({fact.label!r}) may be either, and {beside}; not read",
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
