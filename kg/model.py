"""The facts extractors produce: plain, frozen dataclasses, each carrying its evidence.

Extractors never build IRIs or triples; ``kg.mapping`` turns these into RDF. Entities are named by an
``EntityRef`` (a kind and a stable key); the build resolves aliases to one key per real thing before
mapping, so extractors may name an entity by whatever key they found (``SameAs`` says two refs are one).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import typing
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Literal as TypingLiteral

#: Kinds of entity the graph knows; each maps to one ``kg:`` class and one ``kgr:<kind>/`` IRI space.
ENTITY_KINDS: dict[str, str] = {
    "company": "Company",
    "person": "Person",
    "compound": "Compound",
    "target": "Target",
    "payload": "Payload",
    "indication": "Indication",
    "trial": "ClinicalTrial",
    "agreement": "Agreement",
}

LiteralValue = str | int | Decimal | dt.date


@dataclass(frozen=True, order=True)
class EntityRef:
    """Names one entity: ``kind`` is a key of ``ENTITY_KINDS``, ``key`` a slug (``lorvotuzumab-mertansine``)."""

    kind: str
    key: str

    def __post_init__(self) -> None:
        if self.kind not in ENTITY_KINDS:
            raise ValueError(f"unknown entity kind {self.kind!r}; expected one of {sorted(ENTITY_KINDS)}")
        if not self.key:
            raise ValueError("an entity key may not be empty")


@dataclass(frozen=True, order=True)
class Evidence:
    """The exact place in a filing's decoded text a fact was read from.

    ``char_start``/``char_end`` are offsets into ``Document.text``; ``quote`` equals
    ``Document.text[char_start:char_end]``; ``line`` is the 1-based line of ``char_start``.
    Build one with ``Document.evidence(start, end, extractor)`` rather than by hand.
    """

    line: int
    char_start: int
    char_end: int
    quote: str
    extractor: str


@dataclass(frozen=True)
class Mention:
    """The filing names ``ref``: the names it used (``alt_labels``; OCR-damaged ones in ``hidden_labels``).

    ``label`` is the name the entity should carry as ``skos:prefLabel`` when no reference entry
    gives one (first seen wins, deterministically by sort order of filings).
    """

    ref: EntityRef
    label: str
    evidence: Evidence
    alt_labels: tuple[str, ...] = ()
    hidden_labels: tuple[str, ...] = ()


@dataclass(frozen=True)
class SameAs:
    """The filing states two refs are the same thing ("IMGN901 (lorvotuzumab mertansine)").

    ``kept``: the filing says which name is kept, ``b``, the current name of a company renamed from
    ``a`` ("Veritan Therapeutics, Inc. (formerly Corbel Pharmaceuticals, Inc.)"): the entity is keyed
    by it, not by the form resolution would otherwise prefer."""

    a: EntityRef
    b: EntityRef
    evidence: Evidence
    kept: bool = False


@dataclass(frozen=True)
class Relation:
    """An edge stated by the filing: ``subject --predicate--> obj``.

    ``predicate`` is the local name of a ``kg:`` property (``targets``, ``partner``, ``ticker`` …).
    ``obj`` is another entity or a literal (a ticker, a title). Mapped as the triple plus an
    ``rdf:Statement`` carrying the evidence.
    """

    subject: EntityRef
    predicate: str
    obj: EntityRef | LiteralValue
    evidence: Evidence


@dataclass(frozen=True, order=True)
class Period:
    """A duration (``start``..``end``, both inclusive) or an instant (balance-sheet date)."""

    start: dt.date | None = None
    end: dt.date | None = None
    instant: dt.date | None = None

    def __post_init__(self) -> None:
        duration = self.start is not None and self.end is not None and self.instant is None
        point = self.instant is not None and self.start is None and self.end is None
        if not (duration or point):
            raise ValueError(f"a period is a start and an end, or an instant: {self!r}")
        if duration and self.start > self.end:  # type: ignore[operator]
            raise ValueError(f"a period cannot end before it starts: {self!r}")

    @property
    def key(self) -> str:
        """Stable key for IRIs: ``2005-07-01--2005-09-30`` or ``2005-09-30``."""
        if self.instant is not None:
            return self.instant.isoformat()
        return f"{self.start.isoformat()}--{self.end.isoformat()}"  # type: ignore[union-attr]


Unit = TypingLiteral["USD", "USDPerShare", "Shares"]
StatementKind = TypingLiteral["IncomeStatement", "BalanceSheet", "CashFlow", "Narrative"]


@dataclass(frozen=True)
class FinancialFact:
    """One reported number, in base units (whole USD, USD per share, shares).

    ``concept`` is the local name of a ``kg:FinancialConcept`` (``NetIncomeLoss``); when the label is
    unknown, ``concept`` is a slug minted from it and ``mapped`` is False. ``entity`` None means the
    filer. ``evidence`` holds every place the number was read (table cell and prose).
    """

    concept: str
    period: Period
    value: Decimal
    unit: Unit
    decimals: int
    fiscal_year: int | None
    fiscal_period: str | None
    label: str
    statement: StatementKind
    evidence: tuple[Evidence, ...]
    mapped: bool = True
    entity: EntityRef | None = None


@dataclass(frozen=True)
class Guidance:
    """A forward-looking range for a concept and period (``low`` ≤ ``high``, base units)."""

    concept: str
    period: Period
    low: Decimal
    high: Decimal
    unit: Unit
    evidence: tuple[Evidence, ...]
    label: str = ""
    entity: EntityRef | None = None


@dataclass(frozen=True)
class StatusObservation:
    """What one filing says about one compound's development stage.

    ``phase`` is the local name of a ``kg:Phase`` individual (``PhaseII``); ``indication`` may be None
    when the filing gives a stage without a disease.
    """

    compound: EntityRef
    phase: str
    evidence: Evidence
    indication: EntityRef | None = None


@dataclass(frozen=True)
class FilingInfo:
    """Header facts of the filing itself: exactly one per filing, from the metadata extractor."""

    form_type: str
    report_date: dt.date | None
    filer: EntityRef | None
    filer_name: str | None
    evidence: Evidence | None
    period_covered: Period | None = None


@dataclass(frozen=True)
class Skipped:
    """An extractor declined part of a filing: says what and why, for the build report."""

    extractor: str
    reason: str
    line: int | None = None


@dataclass(frozen=True)
class UnknownEntity:
    """A name the extractor found by pattern that the reference data does not know (for curators)."""

    ref: EntityRef
    name: str
    line: int


Fact = (
    Mention
    | SameAs
    | Relation
    | FinancialFact
    | Guidance
    | StatusObservation
    | FilingInfo
    | Skipped
    | UnknownEntity
)


@dataclass
class FilingFacts:
    """Everything the registry extracted from one document, with the extractors' versions."""

    facts: list[Fact] = field(default_factory=list)
    extractor_versions: dict[str, str] = field(default_factory=dict)


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def field_names(fact: object) -> tuple[str, ...]:
    """The dataclass field names of ``fact``'s type (``dataclasses.fields`` rebuilds its answer on
    every call; facts are walked by the thousand)."""
    cls = type(fact)
    names = _FIELD_NAMES.get(cls)
    if names is None:
        names = _FIELD_NAMES[cls] = tuple(f.name for f in dataclasses.fields(cls))  # type: ignore[arg-type]
    return names


_FIELDS_DECLARING: dict[tuple[type, str], tuple[str, ...]] = {}


def fields_declaring(cls: type, type_name: str) -> tuple[str, ...]:
    """The fields of dataclass ``cls`` whose declared type mentions ``type_name`` (alone, optional or
    in a tuple): the only ones worth looking into, of a fact's dozen fields, when walking thousands
    of facts for their evidence or entity refs."""
    names = _FIELDS_DECLARING.get((cls, type_name))
    if names is None:
        hints = typing.get_type_hints(cls)
        names = tuple(f.name for f in dataclasses.fields(cls) if type_name in str(hints.get(f.name, "")))
        _FIELDS_DECLARING[(cls, type_name)] = names
    return names
