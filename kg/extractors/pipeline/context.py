"""Per-sentence context the relation finders share: the names in it, its compounds, its topic.

A sentence's *subject compounds* are the distinct compounds it names, leaving out combination partners
("T-DM1 used in combination with pertuzumab" is about T-DM1). A sentence naming no compound may still be
about one: the compound its section heading names (``HuN901-DM1``), or, when it says "this TAP compound"
/ "the product candidate", the compound its paragraph or bullet list leads with (``IMGN529 - in
preclinical development``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.corpus import Document
from kg.extractors.pipeline.compounds import Hit
from kg.extractors.pipeline.segment import Paragraph, Sentence
from kg.model import EntityRef

ANAPHOR = re.compile(
    r"\b(?:this|the|that)\s+(?:TAP\s+|anticancer\s+|novel\s+|ADC\s+)?"
    r"(?:compound|product candidate|product|drug candidate|conjugate)\b(?!s)",
    re.IGNORECASE,
)
_COMBINATION = re.compile(r"\b(?:in\s+)?combination\s+with\b|\bplus\b|\btogether\s+with\b", re.IGNORECASE)
_LEAD_END = re.compile(r"\s[-–—]\s|:|\bis\b|\bare\b|,\s+a\b")


@dataclass(frozen=True)
class Context:
    """A sentence with the names inside it and the compounds it is about."""

    sentence: Sentence
    hits: tuple[Hit, ...]
    compounds: tuple[EntityRef, ...]
    topic: EntityRef | None

    def of_kind(self, kind: str) -> list[Hit]:
        return [h for h in self.hits if h.kind == kind]

    @property
    def subject(self) -> EntityRef | None:
        """The one compound the sentence is about, or None when it names none or several."""
        if len(self.compounds) == 1:
            return self.compounds[0]
        if not self.compounds:
            return self.topic
        return None


def contexts(doc: Document, paras: list[Paragraph], sents: list[Sentence], hits: list[Hit]) -> list[Context]:
    """Context of every usable sentence (boilerplate excluded), in text order."""
    text = doc.text
    section_topic: EntityRef | None = None
    lead_topic: EntityRef | None = None
    para_topic: dict[int, tuple[EntityRef | None, EntityRef | None]] = {}
    for index, para in enumerate(paras):
        inside = [h for h in hits if para.start <= h.start < para.end and h.kind == "compound"]
        body = text[para.start : para.end]
        if para.heading:
            if body.strip().isdigit():
                para_topic[index] = (section_topic, lead_topic)
                continue
            refs = {h.ref for h in inside}
            section_topic = next(iter(refs)) if len(refs) == 1 else None
            lead_topic = section_topic
        else:
            lead = _lead(text, para, inside)
            if lead is not _NO_LEAD:
                if para.bullet:
                    para_topic[index] = (section_topic, lead)
                    continue
                lead_topic = lead
            elif not para.bullet:
                lead_topic = section_topic
        para_topic[index] = (section_topic, lead_topic)

    result: list[Context] = []
    for sent in sents:
        if sent.boilerplate:
            continue
        named = tuple(h for h in hits if sent.start <= h.start < sent.end)
        body = text[sent.start : sent.end]
        combo = _COMBINATION.search(body)
        cut = sent.start + combo.start() if combo else sent.end
        compounds: list[EntityRef] = []
        for h in named:
            if h.kind == "compound" and h.start < cut and h.ref not in compounds:
                compounds.append(h.ref)
        strong, weak = para_topic.get(sent.paragraph, (None, None))
        topic = None
        if not compounds:
            topic = (weak or strong) if ANAPHOR.search(body) else strong
        result.append(Context(sent, named, tuple(compounds), topic))
    return result


_NO_LEAD = EntityRef("compound", "-no-lead-")


def _lead(text: str, para: Paragraph, inside: list[Hit]) -> EntityRef | None:
    """The compound a paragraph leads with (``IMGN388 - in clinical testing``); None when it leads with
    several; ``_NO_LEAD`` when it does not start with a compound."""
    if not inside or inside[0].start > para.start + 2:
        return _NO_LEAD
    stop = _LEAD_END.search(text, inside[0].end, para.end)
    end = stop.start() if stop else para.end
    refs = {h.ref for h in inside if h.start < end}
    return next(iter(refs)) if len(refs) == 1 else None
