"""Entity resolution across filings: one entity per real thing.

Extractors name entities by whatever key they found; reference data already folds known aliases
into one key. What remains are ``SameAs`` statements ("IMGN901 (lorvotuzumab mertansine)") joining
refs, possibly across filings. They are replayed here in a fixed order with union-find; a merge that
would join two different reference entities is refused (the reference is curated, a filing's
parenthesis may be a typo), and reported.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from kg.model import EntityRef, Fact, SameAs


@dataclass
class Resolution:
    """The canonical ref of every ref seen, the merges made and the merges refused."""

    canonical: dict[EntityRef, EntityRef] = field(default_factory=dict)
    merges: list[tuple[str, SameAs]] = field(default_factory=list)
    refused: list[tuple[str, SameAs, str]] = field(default_factory=list)

    def __call__(self, ref: EntityRef) -> EntityRef:
        return self.canonical.get(ref, ref)


def resolve(same_as_by_filing: Mapping[str, Iterable[SameAs]], reference: set[EntityRef]) -> Resolution:
    """Union the refs joined by each filing's ``SameAs`` statements, filings in key order, statements
    in text order."""
    parent: dict[EntityRef, EntityRef] = {}

    def find(ref: EntityRef) -> EntityRef:
        parent.setdefault(ref, ref)
        while parent[ref] != ref:
            parent[ref] = parent[parent[ref]]
            ref = parent[ref]
        return ref

    members: dict[EntityRef, set[EntityRef]] = {}
    result = Resolution()
    for filing_key in sorted(same_as_by_filing):
        same_as = sorted(same_as_by_filing[filing_key], key=lambda s: (s.evidence.char_start, s.a, s.b))
        for statement in same_as:
            if statement.a.kind != statement.b.kind:
                result.refused.append((filing_key, statement, "the two names are of different kinds"))
                continue
            root_a, root_b = find(statement.a), find(statement.b)
            if root_a == root_b:
                continue
            group_a = members.get(root_a, {root_a})
            group_b = members.get(root_b, {root_b})
            known = (group_a | group_b) & reference
            if len(known) > 1:
                names = ", ".join(sorted(r.key for r in known))
                result.refused.append((filing_key, statement, f"would merge reference entities {names}"))
                continue
            parent[root_b] = root_a
            members[root_a] = group_a | group_b
            members.pop(root_b, None)
            result.merges.append((filing_key, statement))
    for root, group in members.items():
        in_reference = sorted(group & reference)
        canonical = (
            in_reference[0] if in_reference else min(group, key=lambda r: (r.key.count("-") > 2, r.key))
        )
        for ref in group:
            result.canonical[ref] = canonical
        result.canonical.setdefault(root, canonical)
    return result


def rewrite(fact: Fact, canon: Resolution) -> Fact:
    """The fact with every ``EntityRef`` field replaced by its canonical ref."""
    changes = {}
    for f in dataclasses.fields(fact):
        value = getattr(fact, f.name)
        if isinstance(value, EntityRef):
            changes[f.name] = canon(value)
    return dataclasses.replace(fact, **changes) if changes else fact  # type: ignore[arg-type]


def preferred_labels(
    mentions_by_filing: Mapping[str, Iterable[tuple[str, str, str]]],
    renamed: Mapping[tuple[str, str], tuple[str, str]],
    reference: set[tuple[str, str]],
) -> dict[tuple[str, str], str]:
    """A preferred label for every canonical entity the reference data does not name.

    Refs are (kind, key) pairs; ``mentions_by_filing`` gives each filing's (kind, key, label)
    mentions in text order, ``renamed`` the canonical pair of each pair resolution renamed. The
    first mention wins, filings in key order, so the choice is the same on every rebuild.
    """
    labels: dict[tuple[str, str], str] = {}
    for filing_key in sorted(mentions_by_filing):
        for kind, key, label in mentions_by_filing[filing_key]:
            ref = renamed.get((kind, key), (kind, key))
            if ref not in reference and ref not in labels:
                labels[ref] = label
    return labels


def renamed_pairs(canon: Resolution) -> dict[tuple[str, str], tuple[str, str]]:
    """The refs resolution renamed, as (kind, key) pairs: the lookup table for compact summaries."""
    return {(a.kind, a.key): (b.kind, b.key) for a, b in canon.canonical.items() if a != b}
