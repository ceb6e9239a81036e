"""Printed labels of statement lines the concept table names (ontology/concepts.ttl)."""

from __future__ import annotations

import pytest

from kg.concepts import concept_table


@pytest.mark.parametrize(
    ("label", "concept"),
    [
        (
            "Basic and diluted weighted average common shares outstanding",
            "WeightedAverageSharesBasicAndDiluted",
        ),
        (
            "Basic and diluted weighted average number of common shares outstanding",
            "WeightedAverageSharesBasicAndDiluted",
        ),
        ("Weighted average shares outstanding, basic and diluted", "WeightedAverageSharesBasicAndDiluted"),
        # Basic alone, or neither, is not the basic-and-diluted count.
        ("Basic weighted average shares outstanding", None),
        ("Weighted average common shares outstanding", None),
    ],
)
def test_share_count_labels(label: str, concept: str | None) -> None:
    found = concept_table().match(label)
    assert (found.name if found else None) == concept
