"""Product-pipeline tables: one row per compound, its target, indication, stage and partner by column.

An HTML release may print its pipeline as a table ("Product / Target / Indication / Stage / Partner"),
which the HTML rendering turns into one line per row with tab-separated cells. ``segment`` finds the
header (see ``segment.column_roles``) and makes each line under it a sentence of its own, flagged
``table_row`` so the prose readers leave it alone; this module reads each row by its header's columns.

Precision first: a row gives facts only when its compound cell names exactly one compound (aliases
merged: "IMGN901 (lorvotuzumab mertansine)"), when it has no more cells than the header (a cell spanning
columns would shift them), and only from names found inside the cell of the right column. A stage cell
stating a plan ("Phase III planned"), a stop ("Discontinued") or several stages with several diseases
gives no stage or no disease; a partner cell stating an ended deal gives no partner.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TypeVar

from kg.corpus import Document
from kg.extractors.pipeline.compounds import LEGAL_FORM_END, Hit
from kg.extractors.pipeline.context import Context
from kg.extractors.pipeline.partners import OPTION_MARK, agreement_ref, ended
from kg.extractors.pipeline.segment import Sentence, column_roles
from kg.extractors.pipeline.spans import ByStart
from kg.extractors.pipeline.stages import PHASE, phase_name
from kg.extractors.pipeline.targets import antigen_named
from kg.model import EntityRef, Evidence, Mention, Relation, Skipped, StatusObservation, UnknownEntity
from kg.pattern_cache import cached_compile
from kg.reference import Gazetteer
from kg.text import collapse_spaces, company_base

#: A stage cell naming no phase: its stage by the words printed.
_STAGE_WORDS = (
    (cached_compile(r"\bpre-?clinical\b|\bIND[- ]enabling\b", re.I), "Preclinical"),
    (cached_compile(r"\b(?:approved|marketed|launched|commercial)\b", re.I), "Approved"),
    (
        cached_compile(r"\b(?:BLA|NDA|MAA|registration|filed|submitted|under\s+review)\b", re.I),
        "Registration",
    ),
    (cached_compile(r"\b(?:pivotal|registrational)\b", re.I), "PhaseIII"),
)
#: A stage cell holding these states no current stage: a plan or a stop.
_NOT_CURRENT = cached_compile(
    r"\b(?:plann\w*|expected|expect|anticipated|to\s+(?:start|begin|initiate|enter)|upcoming|next|"
    r"discontinu\w*|terminated|halted|stopped|suspended|on\s+hold|20\d\d|[12]H|[1-4]Q)\b",
    re.I,
)


def table_facts(
    doc: Document,
    sents: list[Sentence],
    hits: list[Hit],
    gaz: Gazetteer,
    filer: EntityRef | None,
    labels: dict[EntityRef, str],
    extractor: str,
) -> Iterator[Relation | Mention | StatusObservation | UnknownEntity | Skipped]:
    """The facts of every row of every product-pipeline table, each with its row as evidence."""
    rows = [s for s in sents if s.table_row]
    if not rows:
        return
    by_start = ByStart(hits)
    bases = _company_bases(hits)
    roles: list[str | None] | None = None
    kind = "collaboration"
    for row in rows:
        line = doc.text[row.start : row.end]
        header = column_roles(line)
        if header is not None:
            roles = header
            # "Licensee" heads a column of licences; "Partner" or "Collaborator" one of collaborations.
            cells = line.split("\t")
            named = next((cells[i] for i, role in enumerate(header) if role == "partner"), "")
            kind = "licence" if "licens" in named.lower() else "collaboration"
            continue
        if roles is None:
            continue
        yield from _row_facts(doc, row, _Header(roles, kind, bases), by_start, gaz, filer, labels, extractor)


@dataclass(frozen=True)
class _Header:
    """A table's header: the role of each column, and the kind of agreement its partner column holds;
    with the companies the filing names, by their bare names (see ``_company_bases``)."""

    roles: list[str | None]
    kind: str
    bases: dict[str, EntityRef]


def _company_bases(hits: list[Hit]) -> dict[str, EntityRef]:
    """The companies the filing names, each by its name without legal form and industry words
    ("Cubist" for "Cubist Pharmaceuticals, Inc.", "Kyowa Hakko Kirin" for "Kyowa Hakko Kirin Co., Ltd."),
    a bare name two companies share left out."""
    bases: dict[str, EntityRef] = {}
    shared: set[str] = set()
    for h in hits:
        if h.kind != "company" or h.ocr:
            continue
        base = company_base(LEGAL_FORM_END.sub("", collapse_spaces(h.printed)))
        if not base:
            continue
        if bases.get(base, h.ref) != h.ref:
            shared.add(base)
        bases.setdefault(base, h.ref)
    return {base: ref for base, ref in bases.items() if base not in shared}


#: Between the companies of a partner cell: "Cubist; Kyowa Hakko Kirin", "Roche, Novartis", "A and B".
_PARTNER_GLUE = cached_compile(r"\s*(?:[,;/]|\band\b|&)\s*")


def _bare_partners(
    doc: Document, cell: tuple[int, int], inside: list[Hit], bases: dict[str, EntityRef]
) -> list[tuple[EntityRef, tuple[int, int]]]:
    """The companies a partner cell names by their bare names where no company's name was found: each
    part of the cell ("Cubist; Kyowa Hakko Kirin") that is, whole, the bare name of one company the
    filing names in full ("Cubist Pharmaceuticals, Inc."), with where the part is printed. A part
    naming no company of the filing ("Defense Threat Reduction Agency", "—") names none."""
    text = doc.text
    start, end = cell
    found: list[tuple[EntityRef, tuple[int, int]]] = []
    pos = start
    for glue in [*_PARTNER_GLUE.finditer(text, start, end), None]:
        stop = glue.start() if glue is not None else end
        a, b = pos, stop
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        pos = glue.end() if glue is not None else end
        if a == b or any(h.start < b and a < h.end for h in inside):
            continue
        ref = bases.get(collapse_spaces(text[a:b]))
        if ref is not None:
            found.append((ref, (a, b)))
    return found


def _cells(doc: Document, row: Sentence) -> list[tuple[int, int]]:
    """Start and end of each tab-separated cell of ``row``."""
    spans: list[tuple[int, int]] = []
    start = row.start
    for cell in doc.text[row.start : row.end].split("\t"):
        spans.append((start, start + len(cell)))
        start += len(cell) + 1
    return spans


def _row_facts(
    doc: Document,
    row: Sentence,
    header: _Header,
    by_start: ByStart[Hit],
    gaz: Gazetteer,
    filer: EntityRef | None,
    labels: dict[EntityRef, str],
    extractor: str,
) -> Iterator[Relation | Mention | StatusObservation | UnknownEntity | Skipped]:
    """Facts of one row: its compound's targets, indications, stage (with its disease) and partners."""
    cells = _cells(doc, row)
    roles = header.roles
    evidence = doc.evidence(row.start, row.end, extractor)
    if len(cells) > len(roles):
        yield Skipped(extractor, "pipeline table row with more cells than its header", evidence.line)
        return
    by_role = {role: cells[i] for i, role in enumerate(roles) if role is not None and i < len(cells)}
    inside = {role: by_start.within(start, end) for role, (start, end) in by_role.items()}
    compounds = {h.ref for h in inside.get("compound", []) if h.kind == "compound"}
    if len(compounds) != 1:
        if compounds:
            yield Skipped(extractor, "pipeline table row naming several compounds", evidence.line)
        return
    compound = next(iter(compounds))
    row_ctx = Context(row, tuple(by_start.within(row.start, row.end)), (compound,), None)
    for target in _targets(doc, row_ctx, by_role.get("target"), gaz, extractor):
        if isinstance(target, EntityRef):
            yield Relation(compound, "targets", target, evidence)
        else:
            yield target
    diseases = _distinct(h.ref for h in inside.get("indication", []) if h.kind == "indication")
    for disease in diseases:
        yield Relation(compound, "indication", disease, evidence)
    if "stage" in by_role:
        yield from _stages(doc, by_role["stage"], compound, diseases, evidence, extractor)
    partner_hits = [
        h for h in inside.get("partner", []) if h.kind == "company" and h.ref not in (filer, None)
    ]
    # "Servier (option)": a company holding an option to a deal has made none yet.
    cell_end = by_role["partner"][1] if "partner" in by_role else row.end
    optioned = _distinct(h.ref for h in partner_hits if OPTION_MARK.match(doc.text, h.end, cell_end))
    for ref in optioned:
        yield Skipped(
            extractor, f"pipeline table partner '{ref.key}' holds an option, no deal yet", evidence.line
        )
    partners = _distinct(h.ref for h in partner_hits if h.ref not in optioned)
    if filer is not None and "partner" in by_role:
        for ref, (start, end) in _bare_partners(doc, by_role["partner"], inside["partner"], header.bases):
            if OPTION_MARK.match(doc.text, end, cell_end):
                yield Skipped(
                    extractor,
                    f"pipeline table partner '{ref.key}' holds an option, no deal yet",
                    evidence.line,
                )
                continue
            if ref != filer and ref not in partners:
                partners.append(ref)
                name = doc.text[start:end]
                yield Mention(
                    ref, labels.get(ref, name), doc.evidence(start, end, extractor), alt_labels=(name,)
                )
    if filer is not None and partners:
        start, end = by_role["partner"]
        if ended(doc.text[start:end]):
            yield Skipped(extractor, "pipeline table partner stated as ended", evidence.line)
            return
        for partner in partners:
            yield from _partnership(filer, partner, compound, header.kind, labels, evidence)


def _targets(
    doc: Document, ctx: Context, cell: tuple[int, int] | None, gaz: Gazetteer, extractor: str
) -> Iterator[EntityRef | Mention | UnknownEntity]:
    """The targets a target cell names: reference targets found in it, else the whole cell when it is
    shaped like an antigen (``CD37``, ``TROP2``), announced with a mention (and as unknown when new)."""
    if cell is None:
        return
    start, end = cell
    known = _distinct(h.ref for h in ctx.hits if start <= h.start < end and h.kind == "target")
    if known:
        yield from known
        return
    printed = doc.text[start:end].strip()
    at = start + doc.text[start:end].index(printed) if printed else start
    named = antigen_named(at, at + len(printed), printed, gaz, ctx)
    long_name: str | None = None
    if not named:
        named, long_name = _parts_named(doc, at, at + len(printed), gaz, ctx)
    for t_start, t_end, name, ref, is_known in named:
        alt = (name, long_name) if long_name is not None else (name,)
        yield Mention(ref, name, doc.evidence(t_start, t_end, extractor), alt_labels=alt)
        if not is_known:
            yield UnknownEntity(ref, name, doc.line_of(t_start))
        yield ref


#: A target cell printing the protein's long name and its short name in brackets: "Transthyretin (TTR)".
_LONG_AND_SHORT = cached_compile(r"(?P<long>[A-Za-z][\w -]{2,60}?)\s*\(\s*(?P<short>[^()\s]{2,12})\s*\)")
#: Between the names of a cell listing several: "KSP and VEGF", "CD30, CD70", "CD19/CD20".
_CELL_LIST_GLUE = cached_compile(r"\s*(?:[,;/]|\band\b)\s*")


def _parts_named(
    doc: Document, start: int, end: int, gaz: Gazetteer, ctx: Context
) -> tuple[list[tuple[int, int, str, EntityRef, bool]], str | None]:
    """The targets a target cell names when the whole cell is no target's name: the short name after a
    long one ("Transthyretin (TTR)": TTR, the long name given back as its other name), or each name of a
    list ("KSP and VEGF"), every one of them a reference target or shaped like an antigen (a list holding
    anything else names none). Empty when the cell is none of these."""
    text = doc.text
    pair = _LONG_AND_SHORT.fullmatch(text, start, end)
    if pair is not None:
        named = antigen_named(pair.start("short"), pair.end("short"), pair.group("short"), gaz, ctx)
        return named, " ".join(pair.group("long").split()) if named else None
    spans: list[tuple[int, int]] = []
    pos = start
    for glue in [*_CELL_LIST_GLUE.finditer(text, start, end), None]:
        stop = glue.start() if glue is not None else end
        spans.append((pos, stop))
        pos = glue.end() if glue is not None else end
    if len(spans) < 2:
        return [], None
    found: list[tuple[int, int, str, EntityRef, bool]] = []
    for a, b in spans:
        named = antigen_named(a, b, text[a:b], gaz, ctx)
        if not named:
            return [], None
        found.extend(named)
    return found, None


def _stages(
    doc: Document,
    cell: tuple[int, int],
    compound: EntityRef,
    diseases: list[EntityRef],
    evidence: Evidence,
    extractor: str,
) -> Iterator[StatusObservation | Skipped]:
    """The stage a stage cell states, once per disease of the row (none when the cell states several
    stages: which disease is at which is not said)."""
    text = doc.text[cell[0] : cell[1]]
    if not text.strip():
        return
    if _NOT_CURRENT.search(text):
        yield Skipped(extractor, f"pipeline table stage {text.strip()!r} is no current stage", evidence.line)
        return
    phases = _distinct(phase_name(m) for m in PHASE.finditer(text))
    if not phases:
        phases = [phase for pattern, phase in _STAGE_WORDS if pattern.search(text)][:1]
    paired: list[EntityRef | None] = list(diseases) if len(phases) == 1 and diseases else [None]
    for phase in phases:
        for disease in paired:
            yield StatusObservation(compound, phase, evidence, disease)


def _partnership(
    filer: EntityRef,
    partner: EntityRef,
    compound: EntityRef,
    kind: str,
    labels: dict[EntityRef, str],
    evidence: Evidence,
) -> Iterator[Relation | Mention]:
    """The filer's partner of a row, with the agreement covering the row's compound."""
    agreement = agreement_ref(filer, partner, kind)
    yield Relation(filer, "partner", partner, evidence)
    yield Mention(
        agreement, f"{labels.get(filer, filer.key)} – {labels.get(partner, partner.key)} {kind}", evidence
    )
    yield Relation(agreement, "party", filer, evidence)
    yield Relation(agreement, "party", partner, evidence)
    yield Relation(agreement, "agreementType", kind, evidence)
    yield Relation(agreement, "covers", compound, evidence)


T = TypeVar("T")


def _distinct(items: Iterable[T]) -> list[T]:
    """``items`` each once, in their order."""
    out: list[T] = []
    for item in items:
        if item not in out:
            out.append(item)
    return out
