"""What an extractor is: a named, versioned pure function from a ``Document`` to facts."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from kg.corpus import Document
from kg.model import Fact


@dataclass(frozen=True)
class Extractor:
    """One kind of knowledge read from a filing.

    ``run`` must be pure: no I/O, no printing, no global state; what it cannot handle it yields as a
    ``Skipped`` fact. ``version`` is part of the build cache key: bump it whenever output can change.
    ``produces`` names the fact classes it yields (documentation, and checked in a test).
    ``reads`` names the data under ``ontology/`` it depends on (``reference``, ``concepts.ttl``): a change
    there invalidates this extractor's cached results, and only this extractor's.
    """

    name: str
    version: str
    produces: tuple[str, ...]
    run: Callable[[Document], Iterable[Fact]]
    reads: tuple[str, ...] = ()
