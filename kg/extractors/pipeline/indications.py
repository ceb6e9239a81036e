"""Diseases a compound is developed for, as the filing's sentences state them.

Reads each usable sentence naming one compound (or about one, see ``context``). A disease counts as the
compound's indication only after a treatment cue ("for the treatment of", "patients with", "use in",
"orphan drug status for", "in development for", "a trial for", "approved … for") or right before a
phase ("SCLC Phase I trial"); a disease named as where an antigen is found ("antigen found on … lung
cancers") is not an indication.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.corpus import Document
from kg.extractors.pipeline.compounds import Hit
from kg.extractors.pipeline.context import Context
from kg.model import EntityRef, Relation

_CUE = re.compile(
    r"treatment\s+(?:of|for)|to\s+treat|patients\s+with|development\s+for|\b(?:use|used)\s+in|status\s+for|"
    r"potential\s+treatment|indicated\s+for|therap(?:y|ies)\s+(?:of|for|in)|\btrials?\s+in|\bstud(?:y|ies)\s+in|"
    r"testing\s+for|line\s+use\s+in|\bin\s+(?:relapsed|refractory|advanced|metastatic)|"
    r"treatment\s+of|\b(?:trials?|stud(?:y|ies))\s+for|"
    # "approved by the FDA in February 2013 for HER2-positive metastatic breast cancer"
    r"\bapprov(?:ed|al)\b(?:\s+[\w.,-]+){0,6}?\s+for",
    re.IGNORECASE,
)
_BLOCK = re.compile(r"found\s+on|express|;|\s[-–]\s", re.IGNORECASE)
_WINDOW = 140


def cued_indications(doc: Document, ctx: Context) -> list[Hit]:
    """Indication names in the sentence that a treatment cue (or a following phase word) makes indications."""
    text = doc.text
    result = []
    for hit in ctx.of_kind("indication"):
        before = text[max(ctx.sentence.start, hit.start - _WINDOW) : hit.start]
        cues = list(_CUE.finditer(before))
        if cues and not _BLOCK.search(before[cues[-1].end() :]):
            result.append(hit)
            continue
        if re.match(r"\s+Phase\b", text[hit.end : hit.end + 8]):
            result.append(hit)
            continue
        # "a pivotal trial with IMGN901 in MCC": the compound, then "in", then the disease.
        if any(h.kind == "compound" and re.fullmatch(r"\s+in\s+", text[h.end : hit.start]) for h in ctx.hits):
            result.append(hit)
    return result


def indications(doc: Document, ctxs: list[Context], extractor: str) -> Iterator[Relation]:
    """``indication`` edges (compound → indication), the sentence as evidence."""
    for ctx in ctxs:
        subject = ctx.subject
        if subject is None:
            continue
        seen: set[EntityRef] = set()
        for hit in cued_indications(doc, ctx):
            if hit.ref in seen:
                continue
            seen.add(hit.ref)
            yield Relation(
                subject, "indication", hit.ref, doc.evidence(ctx.sentence.start, ctx.sentence.end, extractor)
            )
