"""The ordered registry of extractors. Order matters only for the build report; facts are merged after."""

from __future__ import annotations

from kg.extractors import filing_metadata, financials, people, pipeline
from kg.extractors.base import Extractor

REGISTRY: tuple[Extractor, ...] = (
    filing_metadata.EXTRACTOR,
    people.EXTRACTOR,
    pipeline.EXTRACTOR,
    financials.EXTRACTOR,
)

__all__ = ["REGISTRY", "Extractor"]
