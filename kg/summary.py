"""What the cross-filing steps need from one filing, without its facts.

Resolution, preferred labels, the build report and the mapped-graph cache key need only a small part
of a filing's facts: its ``SameAs`` statements, the first label of each entity it mentions, the refs
it names and a digest of the facts. A ``FilingSummary`` holds exactly that, so a build of many
filings keeps summaries in memory, never facts: the facts stay in the extraction cache until the
filing's graph is mapped, one filing at a time.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from kg.concepts import local_concept_label
from kg.model import (
    EntityRef,
    Fact,
    FilingInfo,
    FinancialFact,
    Guidance,
    Mention,
    Relation,
    SameAs,
    Skipped,
    StatusObservation,
    UnknownEntity,
    field_names,
)
from kg.resolve import OWN_NAME_KINDS

#: Bumped when the summary's content changes, so cached summaries are recomputed.
SUMMARY_FORMAT = "5"


@dataclass(frozen=True)
class FilingSummary:
    """One filing's facts, reduced to what the build needs across filings."""

    info: FilingInfo | None
    same_as: tuple[SameAs, ...]  # in text order
    # Refs as (kind, key) pairs, not EntityRef objects: a build reads thousands of summaries, and
    # tuples of strings load several times faster.
    first_labels: tuple[tuple[str, str, str], ...]  # (kind, key, label) of each ref's first mention
    # (kind, key, name) of every name a person or compound is printed with, in text order: the
    # printing of the name its canonical key is made from labels it (``kg.resolve.preferred_labels``).
    printed_names: tuple[tuple[str, str, str], ...]
    refs: tuple[tuple[str, str], ...]  # (kind, key) of every ref any fact names, before resolution
    fact_count: int  # financial facts, guidance, stage observations and relations
    warnings: tuple[str, ...]
    unknown_entities: tuple[str, ...]
    unmapped_concepts: tuple[tuple[str, str], ...]  # concept key -> label, for facts no concept maps
    employments: tuple[tuple[str, str], ...]  # (person key, company key) of each worksFor edge


def summarize(facts: Sequence[Fact]) -> FilingSummary:
    """Reduce one filing's facts (every extractor's, in registry order) to its summary."""
    same_as = sorted(
        (f for f in facts if isinstance(f, SameAs)), key=lambda s: (s.evidence.char_start, s.a, s.b)
    )
    mentions = sorted(
        (f for f in facts if isinstance(f, Mention)), key=lambda m: (m.evidence.char_start, m.ref)
    )
    first_labels: dict[tuple[str, str], str] = {}
    for mention in mentions:
        # A later mention of the same ref can never win over its first one, whatever resolution
        # later makes of the ref; keeping only the first is enough for preferred_labels.
        first_labels.setdefault((mention.ref.kind, mention.ref.key), mention.label)
    printed_names: dict[tuple[str, str, str], None] = {}
    for mention in mentions:
        if mention.ref.kind in OWN_NAME_KINDS:
            for name in (mention.label, *mention.alt_labels):
                printed_names.setdefault((mention.ref.kind, mention.ref.key, name))
    unmapped: dict[str, str] = {}
    for fact in facts:
        if isinstance(fact, FinancialFact) and not fact.mapped:
            unmapped[fact.concept] = local_concept_label(fact.concept, fact.label)
    return FilingSummary(
        info=next((f for f in facts if isinstance(f, FilingInfo)), None),
        same_as=tuple(same_as),
        first_labels=tuple((kind, key, label) for (kind, key), label in first_labels.items()),
        printed_names=tuple(printed_names),
        refs=tuple(sorted((ref.kind, ref.key) for ref in refs_of(facts))),
        fact_count=sum(isinstance(f, FinancialFact | Guidance | StatusObservation | Relation) for f in facts),
        warnings=tuple(f"{s.extractor}: {s.reason}" for s in facts if isinstance(s, Skipped)),
        unknown_entities=tuple(
            sorted({f"{u.ref.kind} {u.name} (line {u.line})" for u in facts if isinstance(u, UnknownEntity)})
        ),
        unmapped_concepts=tuple(unmapped.items()),
        employments=tuple(
            sorted(
                {
                    (f.subject.key, f.obj.key)
                    for f in facts
                    if isinstance(f, Relation) and f.predicate == "worksFor" and isinstance(f.obj, EntityRef)
                }
            )
        ),
    )


def refs_of(facts: Iterable[Fact]) -> set[EntityRef]:
    """Every ``EntityRef`` held in a field of any of ``facts``."""
    refs: set[EntityRef] = set()
    for fact in facts:
        for name in field_names(fact):
            value = getattr(fact, name)
            if isinstance(value, EntityRef):
                refs.add(value)
    return refs
