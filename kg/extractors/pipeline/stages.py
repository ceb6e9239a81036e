"""Development stages of compounds, one ``StatusObservation`` per filing, compound, phase and indication.

Reads each usable sentence about one compound. Phase words are read as OCR prints them ("Phase Il",
"Phase lll", "Phase |", "Phase I/l", "Phase l/lla", "Phase Ib/ll"); "in preclinical development" and
plans to file an IND mean preclinical; "entered the clinic" / "advanced into clinical testing" mean Phase I.
Plans ("expects … to enter Phase II", "on track to be initiated", "the intent of starting its Phase II")
state no current stage and are skipped; a plan reaches the clause (between semicolons) stating it and
those after it, not a stage stated before it ("Phase I completed; a Phase II trial is expected to
begin"), and each stage takes the diseases of its own clause. Named trials ("Phase III trial, EMILIA,")
become ClinicalTrial entities with their compound, phase and indication.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.corpus import Document
from kg.extractors.pipeline.compounds import Hit
from kg.extractors.pipeline.context import ANAPHOR, Context
from kg.extractors.pipeline.indications import cued_indications
from kg.extractors.pipeline.segment import Sentence
from kg.model import EntityRef, Mention, Relation, Skipped, StatusObservation
from kg.reference import Gazetteer
from kg.text import slugify

_ROMAN = r"(?:[IVl1|L]{1,3}|[23])"
PHASE = re.compile(
    rf"\bPhase\s+(?P<a>{_ROMAN})(?P<sa>[abAB])?(?:\s*/\s*(?P<b>{_ROMAN})(?P<sb>[abAB])?)?(?![\w])"
)
_FUTURE_BEFORE = re.compile(
    r"\b(?:expect\w*|plans?\s+to|planning|planned|intend\w*|intent|anticipat\w*|will|would|may|could|potential\w*|to\s+enter|"
    r"to\s+start|starting|to\s+begin|to\s+initiate|to\s+advance|advance\s+into|move\s+into|movement\s+into|"
    r"on\s+track|await\w*|support\s+the\s+evaluation|goal|hope\w*|seek\w*)\b",
    re.IGNORECASE,
)
#: A plan stated anywhere in a stage's clause, or in a clause before it (a list continuing the plan):
#: "a Phase II trial … is expected to begin", "a Phase I/II trial … is planned".
_FUTURE_ANYWHERE = re.compile(
    r"to\s+be\s+initiated|on\s+track\s+to|is\s+planned|are\s+planned|will\s+be\s+initiated|"
    r"will\s+(?:begin|start|initiate|commence|open)|plans?\s+to\s+(?:initiate|start|begin)|intends?\s+to|"
    r"(?:expected|scheduled|anticipated|planned)\s+to\s+(?:begin|start|initiate|commence|open|be\s+initiated)",
    re.IGNORECASE,
)
#: Where a sentence's clauses end. A plan stated in a later clause says nothing of the stage stated
#: before it: "HLC-118 – Phase I completed; a Phase II trial … is expected to begin".
_CLAUSE_END = ";"
_CLINIC = re.compile(
    r"(?:entered|has\s+entered|have\s+entered|advanced\s+into|moved\s+into|began|has\s+begun|have\s+begun)\s+"
    r"(?:the\s+clinic|clinical\s+testing|clinical\s+trials|clinical\s+evaluation|clinical\s+development)"
    r"|\binto\s+(?:the\s+clinic|clinical\s+testing)",
    re.IGNORECASE,
)
_PRECLINICAL = re.compile(
    r"\bin\s+preclinical\s+(?:development|testing|stage)|\bpreclinical-stage\b|\bis\s+preclinical\b", re.I
)
_APPROVED = re.compile(
    r"\b(?:FDA|EMA|European\s+Commission)\s+(?:has\s+)?(?:approved|granted\s+(?:marketing\s+)?approval)|"
    r"\b(?:was|were|has\s+been|have\s+been)\s+approved\b|"
    r"\breceived\s+(?:FDA\s+|EU\s+|marketing\s+|regulatory\s+|accelerated\s+)?approval\b",
    re.IGNORECASE,
)
_REGISTRATION = re.compile(
    r"\b(?:submitted|filed)\s+(?:a|an|its|the)\s+(?:Biologics\s+License\s+Application|BLA|sBLA|MAA|NDA|"
    r"marketing\s+(?:authori[sz]ation\s+)?application)",
    re.IGNORECASE,
)
_IND = re.compile(
    r"\b(?:file|submit|filing|submission\s+of|filed)\s+(?:an?\s+)?IND(?:\s+application)?\s+for\s+",
    re.IGNORECASE,
)
#: A trial's name after its phase: "Phase lll trial, EMILIA," or before the word: "Phase III EMILIA trial".
_TRIAL_NAME = re.compile(
    r"\s*(?:(?:trial|study),?\s+(?:called\s+|named\s+)?(?P<name>[A-Z][A-Z0-9-]{3,})(?=[\s,;)])|"
    r"(?P<before>[A-Z][A-Z0-9-]{3,})\s+(?:trial|study)\b)"
)
_NOT_TRIAL = {"SCLC", "NSCLC", "HER2", "AACR", "ASCO", "ESMO", "SABCS", "EORTC", "FDA", "NCI", "TAP", "IND"}


def phase_name(match: re.Match[str]) -> str:
    """``Phase I/l`` → ``PhaseI_II``; ``Phase lll`` → ``PhaseIII``; ``Phase Ib/ll`` → ``PhaseI_II``."""
    first = _roman(match.group("a"))
    if match.group("b") is None:
        return {1: "PhaseI", 2: "PhaseII", 3: "PhaseIII"}.get(first, "PhaseI")
    second = _roman(match.group("b"))
    if second <= first:  # "I/l": OCR printed II as l
        second = first + 1
    return {(1, 2): "PhaseI_II", (2, 3): "PhaseII_III"}.get((first, min(second, first + 1)), "PhaseI_II")


def _roman(token: str) -> int:
    if token in ("2", "3"):
        return int(token)
    return min(3, max(1, len(token))) if "V" not in token else 4


def stages(
    doc: Document, ctxs: list[Context], gaz: Gazetteer, extractor: str
) -> Iterator[StatusObservation | Skipped | Mention | Relation]:
    """Status observations (deduplicated per compound, phase and indication) and named trials."""
    text = doc.text
    seen: set[tuple[EntityRef, str, EntityRef | None]] = set()
    # Each stage pattern, and for each sentence whether one of the words that every match of the
    # pattern holds starts in it: a pattern is run only on the sentences where one does.
    spans = [(ctx.sentence.start, ctx.sentence.end) for ctx in ctxs]
    patterns = [
        (PHASE, None, doc.word_places(("Phase",), any_case=False).marked(spans)),
        (_CLINIC, "PhaseI", doc.word_places(("clinic",)).marked(spans)),
        (_PRECLINICAL, "Preclinical", doc.word_places(("preclinical",)).marked(spans)),
        (_APPROVED, "Approved", doc.word_places(("approv",)).marked(spans)),
        (_REGISTRATION, "Registration", doc.word_places(("submitted", "filed")).marked(spans)),
    ]
    ind_words = doc.word_places(("ind",)).marked(spans)
    for index, ctx in enumerate(ctxs):
        s = ctx.sentence
        found: list[tuple[str, int]] = []
        for pattern, phase, marks in patterns:
            if marks[index]:
                found.extend(
                    (phase or phase_name(m), m.start()) for m in pattern.finditer(text, s.start, s.end)
                )
        ind_plan = list(_IND.finditer(text, s.start, s.end)) if ind_words[index] else []
        if not found and not ind_plan:
            continue
        evidence = doc.evidence(s.start, s.end, extractor)
        subject = _subject(ctx, text, found)
        for m in ind_plan:
            target = next((h.ref for h in ctx.hits if h.kind == "compound" and h.start == m.end()), None)
            if target is None and ANAPHOR.match(text, m.end()):
                target = ctx.topic or subject
            if target is not None:
                yield from _observe(StatusObservation(target, "Preclinical", evidence, None), seen)
        if not found:
            continue
        if subject is None:
            yield Skipped(
                extractor, "development stage stated without one compound to attach it to", evidence.line
            )
            continue
        # A subject picked among several compounds gets no disease: the sentence's may be another's.
        cued = cued_indications(doc, ctx) if ctx.subject else []
        for phase, at in found:
            if phase != "Preclinical" and _planned(text, s, at):
                yield Skipped(
                    extractor, f"planned, not current, stage ({phase}) for {subject.key}", evidence.line
                )
                continue
            for ind in _clause_indications(text, s, at, cued):
                yield from _observe(StatusObservation(subject, phase, evidence, ind), seen)
        yield from _trials(doc, ctx, subject, cued, gaz, extractor)


def _clause(text: str, s: Sentence, at: int) -> tuple[int, int]:
    """Start and end of the clause of sentence ``s`` that holds offset ``at`` (between semicolons)."""
    start = text.rfind(_CLAUSE_END, s.start, at)
    end = text.find(_CLAUSE_END, at, s.end)
    return (s.start if start < 0 else start + 1, s.end if end < 0 else end)


def _planned(text: str, s: Sentence, at: int) -> bool:
    """Whether the stage named at ``at`` in sentence ``s`` is a plan: a future cue before it, or a plan
    stated in its own clause or an earlier one (a cue in a later clause belongs to another stage)."""
    _, clause_end = _clause(text, s, at)
    return bool(
        _FUTURE_BEFORE.search(text[s.start : at]) or _FUTURE_ANYWHERE.search(text[s.start : clause_end])
    )


def _clause_indications(text: str, s: Sentence, at: int, cued: list[Hit]) -> list[EntityRef | None]:
    """The diseases of the stage named at ``at``: the cued indications of its clause ("in Phase II
    testing for Merkel cell carcinoma; a Phase I/II trial in small-cell lung cancer is planned" gives
    the Phase II only the first); ``[None]`` when its clause names none."""
    start, end = _clause(text, s, at)
    refs: list[EntityRef | None] = []
    for h in cued:
        if start <= h.start < end and h.ref not in refs:
            refs.append(h.ref)
    return refs or [None]


def _subject(ctx: Context, text: str, found: list[tuple[str, int]]) -> EntityRef | None:
    if ctx.subject is not None:
        return ctx.subject
    # Several compounds: the one right before "into clinical testing" ("advanced our huC242-DM4 into …").
    for phase, at in found:
        before = [h for h in ctx.hits if h.kind == "compound" and h.end <= at and at - h.end <= 12]
        if phase == "PhaseI" and before:
            return before[-1].ref
    return None


def _observe(
    obs: StatusObservation, seen: set[tuple[EntityRef, str, EntityRef | None]]
) -> Iterator[StatusObservation]:
    key = (obs.compound, obs.phase, obs.indication)
    if key not in seen:
        seen.add(key)
        yield obs


def _trials(
    doc: Document,
    ctx: Context,
    subject: EntityRef,
    cued: list[Hit],
    gaz: Gazetteer,
    extractor: str,
) -> Iterator[Mention | Relation]:
    """A trial named right after its phase ("Phase lll trial, EMILIA, assessing T-DM1"), with the
    diseases of its clause."""
    text = doc.text
    for m in PHASE.finditer(text, ctx.sentence.start, ctx.sentence.end):
        t = _TRIAL_NAME.match(text, m.end())
        if t is None:
            continue
        group = "name" if t.group("name") else "before"
        name = t.group(group)
        if name in _NOT_TRIAL or gaz.lookup(name) is not None or any(c.isdigit() for c in name):
            continue
        ref = EntityRef("trial", slugify(name))
        evidence = doc.evidence(ctx.sentence.start, ctx.sentence.end, extractor)
        yield Mention(ref, name, doc.evidence(t.start(group), t.end(group), extractor), alt_labels=(name,))
        yield Relation(ref, "compound", subject, evidence)
        yield Relation(ref, "phase", phase_name(m), evidence)
        for ind in _clause_indications(text, ctx.sentence, m.start(), cued):
            if ind is not None:
                yield Relation(ref, "indication", ind, evidence)
