"""The product-pipeline extractor: compounds, targets, payloads, indications, stages, partners.

Reads the running text of a filing (press-release body and the 8-K around it; the forward-looking
statements boilerplate, trademark notices and web addresses excluded) and yields, with evidence:
mentions of every compound, target, payload, indication and company named (names from the reference
gazetteer, new code names/INNs/conjugate names and antigens by pattern, OCR-damaged spellings as hidden
labels); ``SameAs`` for names stated to be one compound; ``targets``, ``payload``, ``antibody``,
``indication``, ``developedBy``, ``partner``, ``subsidiaryOf`` edges and agreements; status observations
and named trials; ``UnknownEntity`` for every name the reference data does not know.

``EXTRACTOR`` is the one extractor this package exposes (name ``pipeline``).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from kg.corpus import Document
from kg.extractors.base import Extractor
from kg.extractors.pipeline import (
    companies,
    compounds,
    context,
    indications,
    partners,
    segment,
    stages,
    tables,
    targets,
)
from kg.model import EntityRef, Fact, Mention, Relation, Skipped, UnknownEntity
from kg.reference import Gazetteer, gazetteer
from kg.text import collapse_spaces, company_key

NAME = "pipeline"
VERSION = "24"


def filer_ref(doc: Document, gaz: Gazetteer) -> EntityRef | None:
    """The filer company: the registrant's name from the filing-metadata extractor, resolved to its entry."""
    from kg.extractors.filing_metadata import filer_name

    name = filer_name(doc)
    if not name:
        return None
    ref = gaz.resolve(name)
    if ref is not None and ref.kind == "company":
        return ref
    return EntityRef("company", company_key(name))


def run(doc: Document) -> Iterator[Fact]:
    """All pipeline facts of one filing, in a deterministic order, each stated once."""
    seen: set[object] = set()
    for found in _facts(doc):
        fact = _one_line(found)
        key: object = fact
        if isinstance(fact, Relation):
            key = (fact.subject, fact.predicate, fact.obj, fact.evidence.quote)
        if key in seen:
            continue
        seen.add(key)
        yield fact


def _one_line(fact: Fact) -> Fact:
    """``fact`` with every name it gives on one line: a name printed across a line break ("prostate\n
    specific membrane antigen") or with a run of spaces is the name with one space there, whichever
    finder (compounds, targets, payloads, indications, companies, trials, table cells) printed it."""
    if isinstance(fact, Mention):
        label = collapse_spaces(fact.label)
        alt = tuple(collapse_spaces(name) for name in fact.alt_labels)
        hidden = tuple(collapse_spaces(name) for name in fact.hidden_labels)
        if (label, alt, hidden) != (fact.label, fact.alt_labels, fact.hidden_labels):
            return replace(fact, label=label, alt_labels=alt, hidden_labels=hidden)
    elif isinstance(fact, UnknownEntity):
        name = collapse_spaces(fact.name)
        if name != fact.name:
            return replace(fact, name=name)
    elif isinstance(fact, Relation) and isinstance(fact.obj, str):
        value = collapse_spaces(fact.obj)
        if value != fact.obj:  # a literal printed over a line break: an antibody's name
            return replace(fact, obj=value)
    return fact


def _facts(doc: Document) -> Iterator[Fact]:
    gaz = gazetteer()
    paras = segment.paragraphs(doc.text)
    sents = segment.sentences(doc.text, paras)
    hits, _ = compounds.find_names(doc, sents, gaz, segment.url_spans(doc.text))
    hits = compounds.mend_misprinted_codes(hits)
    hits = indications.shared_head_names(doc.text, hits, gaz)
    hits, merges = compounds.merge_aliases(doc, hits, NAME)
    hits, forms = companies.company_forms(doc, sents, hits, gaz, NAME)
    merges = [*merges, *forms]
    filer = filer_ref(doc, gaz)
    hits = companies.own_subsidiaries(doc, hits, filer)
    labels = _labels(hits, gaz)
    if filer is not None and filer not in labels:
        entry = gaz.by_ref(filer)
        labels[filer] = entry.pref_label if entry is not None else filer.key
    yield from _mentions(doc, hits, labels)
    yield from merges
    known_refs = {h.ref for h in hits if h.known}
    yield from (u for u in compounds.unknown_entities(doc, hits) if u.ref not in known_refs)
    ctxs = context.contexts(doc, paras, sents, hits)
    yield from targets.targets(doc, ctxs, gaz, NAME)
    yield from targets.payloads(doc, ctxs, hits, gaz, NAME)
    yield from indications.indications(doc, ctxs, NAME)
    yield from stages.stages(doc, ctxs, gaz, NAME)
    yield from partners.partners(doc, ctxs, filer, labels, NAME)
    yield from tables.table_facts(doc, sents, hits, gaz, filer, labels, NAME)
    if not any(h.kind == "compound" for h in hits):
        yield Skipped(NAME, "no compound named in this filing")


def _labels(hits: list[compounds.Hit], gaz: Gazetteer) -> dict[EntityRef, str]:
    """The preferred label of each entity: the reference's, else its INN-shaped name (a payload's
    initials), else the first printed undamaged by OCR."""
    labels: dict[EntityRef, str] = {}
    for h in hits:
        entry = gaz.by_ref(h.ref)
        printed = " ".join(h.printed.split())
        if entry is not None:
            labels[h.ref] = entry.pref_label
        elif h.inn or (h.kind == "payload" and printed.isupper()):
            # A payload no list knows goes by its initials ("MMAF"), as its conjugates' names print it,
            # though the filing spells it out first ("monomethyl auristatin F (MMAF)").
            labels[h.ref] = printed
        elif not h.ocr:  # a spelling OCR damaged ("lnvenra Therapeutics, Inc.") labels nothing
            labels.setdefault(h.ref, printed)
    for h in hits:
        labels.setdefault(h.ref, " ".join(h.printed.split()))  # … unless it is the only one
    return labels


def _mentions(doc: Document, hits: list[compounds.Hit], labels: dict[EntityRef, str]) -> Iterator[Mention]:
    """One mention per entity and spelling, at its first place; damaged spellings as hidden labels."""
    seen: set[tuple[EntityRef, str]] = set()
    for h in hits:
        printed = " ".join(h.printed.split())
        if (h.ref, printed) in seen:
            continue
        seen.add((h.ref, printed))
        evidence = doc.evidence(h.start, h.end, NAME)
        if h.shared_head:  # "colorectal" of "colorectal, pancreatic and … cancers" is no name of it
            yield Mention(h.ref, labels[h.ref], evidence)
        elif h.ocr:
            yield Mention(h.ref, labels[h.ref], evidence, hidden_labels=(printed,))
        else:
            yield Mention(h.ref, labels[h.ref], evidence, alt_labels=(printed,))


EXTRACTOR = Extractor(
    name=NAME,
    version=VERSION,
    produces=("Mention", "SameAs", "Relation", "StatusObservation", "UnknownEntity", "Skipped"),
    run=run,
    reads=("reference",),
)

__all__ = ["EXTRACTOR", "run"]
