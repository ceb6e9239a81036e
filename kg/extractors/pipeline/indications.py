"""Diseases a compound is developed for, as the filing's sentences state them.

Reads each usable sentence naming one compound (or about one, see ``context``). A disease counts as the
compound's indication only after a treatment cue ("for the treatment of", "patients with", "use in",
"orphan drug status for", "in development for", "a trial for", "approved … for"), right before a
phase ("SCLC Phase I trial") or after the compound's name and "in", maybe with words of the patients'
line of treatment or stage ("a Phase III trial of cetuximab in first-line metastatic pancreatic
cancer"); a disease named as where an antigen is found ("antigen found on … lung cancers") is not an
indication. A list of words sharing the head noun of the disease named last ("colorectal, pancreatic
and non-small-cell lung cancers") names each disease the reference data knows by its word and that
noun ("colorectal cancer", "pancreatic cancer"). In a sentence of several compounds, a compound named as
what a trial is of ("a Phase I/II study of yttrium-90-labeled epratuzumab in patients with relapsed NHL")
takes the diseases of its own phrase. The patients' age may stand between "patients" and "with"
("patients aged 60 or older with acute myeloid leukemia"), and a gene marker of the tumour before the
disease ("in KRAS-mutant non-small cell lung cancer"). A disease named in a clause stating a trial or the
development stopped ("discontinued a phase II trial of dacetuzumab in multiple myeloma") is no indication,
nor one in a later clause whose actor is another company and which names none of the sentence's
compounds (", and Progenics is evaluating PSMA ADC in a phase I trial in prostate cancer").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.corpus import Document
from kg.extractors.pipeline.compounds import Hit
from kg.extractors.pipeline.context import Context, clause_bounds, others_clause
from kg.extractors.pipeline.spans import SpanSet
from kg.model import EntityRef, Relation, Skipped
from kg.pattern_cache import cached_compile
from kg.reference import Gazetteer
from kg.text import collapse_spaces

_CUE = cached_compile(
    r"treatment\s+(?:of|for)|to\s+treat|patients\s+with|development\s+for|"
    # "patients aged 60 or older with acute myeloid leukemia": a few words of age or number between
    r"patients\s+(?:aged|age|ages|of\s+age|\d+\s+years|\d+|years|or|and|older|younger|over|under|above|"
    r"\d+\s+or\s+(?:older|over))(?:\s+(?:\d+|years|of|age|or|and|older|younger|over|under|above)){0,5}\s+with|\b(?:use|used)\s+in|status\s+for|"
    r"potential\s+treatment|indicated\s+for|therap(?:y|ies)\s+(?:of|for|in)|\btrials?\s+in|\bstud(?:y|ies)\s+in|"
    r"testing\s+for|line\s+use\s+in|\bin\s+(?:relapsed|refractory|advanced|metastatic)|"
    r"treatment\s+of|\b(?:trials?|stud(?:y|ies))\s+for|"
    # "approved by the FDA on February 22, 2013 for HER2-positive metastatic breast cancer"
    r"\bapprov(?:ed|al)\b(?:\s+[\w.,-]+){0,8}?\s+for|"
    # "submitted a Biologics License Application (BLA) to the FDA for T-DM1 for HER2-positive …"
    r"\b(?:application|BLA|sBLA|NDA|MAA)\b(?:\s+[\w.,()-]+){0,8}?\s+for|"
    # "entered Phase I testing in August 2011 for non-Hodgkin's lymphoma": a date between
    r"\b(?:testing|trials?|stud(?:y|ies)|clinic)\s+(?:in|during)\s+(?:(?:early|mid|late)-?\s*)?"
    r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?"
    r"(?:\d{4}|the\s+\w+\s+quarter(?:\s+of\s+\d{4})?)\s+for",
    re.IGNORECASE,
)
#: Words after a cue that make the disease after them a place an antigen is found, not an indication:
#: "found on", "expressed on", "which express". A target's hyphenated qualifier of the disease
#: ("patients with CanAg-expressing solid tumors") blocks nothing.
_BLOCK = cached_compile(r"found\s+on|(?<!-)express|;|\s[-–]\s", re.IGNORECASE)
#: Words before a disease's name saying which patients have it: the line of treatment, the disease's
#: stage ("in first-line metastatic pancreatic cancer", "in relapsed or refractory multiple myeloma").
_PATIENTS_WORD = (
    r"(?:(?:first|second|third|front|later)[- ]line|metastatic|advanced|locally\s+advanced|relapsed|refractory"
    r"|recurrent|unresectable|inoperable|early[- ]stage|late[- ]stage|newly\s+diagnosed"
    r"|previously\s+(?:un)?treated"
    # A marker of the tumour's genes: "in KRAS-mutant non-small cell lung cancer", "BRAF-mutated melanoma".
    r"|[A-Z][A-Z0-9]{1,6}-(?:mutant|mutated|mutation-positive|wild-type))"
)
#: Between a compound's name and a disease: "in", maybe with such words ("a Phase III trial of cetuximab in
#: first-line metastatic pancreatic cancer").
_THEN_IN = cached_compile(rf"\s+in\s+(?:{_PATIENTS_WORD}(?:\s*(?:,|/|\band\b|\bor\b)\s*|\s+))*")
#: … or a relative clause set off by commas ("began Phase I testing of BT-062, which targets CD138, in
#: multiple myeloma"), then "in".
_RELATIVE_THEN_IN = cached_compile(r",\s+(?:which|that)\s+[^,;()]{1,60},\s+in\s+")
_WINDOW = 140
#: A sentence stating what will not be done: "decided not to initiate a pivotal trial of X in Merkel
#: cell carcinoma", "does not plan to continue development". The disease and the stage it names are
#: what was turned down, not what the compound is developed for.
NEGATED = cached_compile(
    r"\b(?:decided|elected|chose|determined|agreed)\s+not\s+to\b|"
    r"\b(?:do|does|did|will|would)\s+not\s+(?:plan|intend|expect)\s+to\b|"
    r"\b(?:will|would|did|does|do)\s+not\s+(?:initiate|start|begin|pursue|conduct|develop|advance|continue|file|submit)\b",
    re.IGNORECASE,
)


#: A compound whose development was stopped: it is at no stage ("discontinued development of AVE9633,
#: which had been in Phase I testing"), whatever stage the same statement names. Patients
#: discontinuing treatment say nothing of the compound's development: "discontinued treatment",
#: "patients who discontinued prior platinum therapy", "who had discontinued first-line chemotherapy".
DISCONTINUED = cached_compile(
    r"(?<!\bwho\s)(?<!\bwho\shad\s)(?<!\bwho\shave\s)(?<!\bthat\shad\s)"
    r"\bdiscontinu\w*\b(?!\s+(?:due|because|rates?|from)\b)"
    r"(?!\s+(?:(?!(?:development|program|programs|trials?|stud(?:y|ies)|testing)\b)[\w-]+\s+){0,3}?"
    r"(?:treatments?|therap(?:y|ies)|chemotherap(?:y|ies)|dosing|regimens?|medications?)\b)|"
    r"\b(?:terminat\w*|halt\w*|stopp?\w*|ceas\w*|suspend\w*|end(?:ed|s)?)\s+(?:(?:the|its|their|all|further|clinical)\s+)*"
    r"(?:development|testing|trials?|stud(?:y|ies)|program|work)\b|"
    # One trial stopped, its phase printed: "AstraZeneca stopped a Phase 2 trial of AZD6244".
    r"\b(?:terminated|halted|stopped|suspended)\s+(?:a|an|one|the|its|their|our)\s+(?:(?:randomi[sz]ed|pivotal)\s+)?"
    r"[Pp]hase\s+\S+\s+(?:(?:clinical|randomi[sz]ed|pivotal)\s+)?(?:trials?|stud(?:y|ies))\b|"
    r"\bno\s+longer\s+(?:be\s+|being\s+)?(?:develop|pursu|evaluat|test)\w*|\bno\s+longer\s+in\s+(?:clinical\s+)?development\b|"
    r"\b(?:do|does|did|will)\s+not\s+(?:plan|intend|expect)\s+(?:to\s+(?:pursue|conduct)\s+)?(?:any\s+)?further\s+development|"
    # A decision not to go on with the compound: "does not plan to advance the compound", "does not
    # plan to continue development of the compound", "decided not to pursue development".
    r"\b(?:(?:do|does|did|will)\s+not\s+(?:plan|intend|expect)|(?:decided|elected|chose|determined)\s+not)\s+"
    r"to\s+(?:continue|advance|pursue|further\s+develop|develop)\s+(?:(?:the\s+)?development\b|"
    r"(?:the|this|that|its|their|our)\s+(?:compound|product|program|candidate|drug|antibody|conjugate)\b|it\b)|"
    r"\bno\s+further\s+development|\b(?:development|program)\s+(?:was|has\s+been|will\s+be)\s+"
    r"(?:terminated|halted|stopped|suspended|ended)",
    re.IGNORECASE,
)


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
        if any(
            h.kind == "compound"
            and h.end <= hit.start
            and (
                _THEN_IN.fullmatch(text, h.end, hit.start)
                or _RELATIVE_THEN_IN.fullmatch(text, h.end, hit.start)
            )
            for h in ctx.hits
        ):
            result.append(hit)
    return result


def negated(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` states something that will not be done (see ``NEGATED``)."""
    return text.find("not", start, end) >= 0 and NEGATED.search(text, start, end) is not None


def indications(doc: Document, ctxs: list[Context], extractor: str) -> Iterator[Relation | Skipped]:
    """``indication`` edges (compound → indication), the sentence as evidence. A sentence stating what
    will not be done gives none (see ``NEGATED``). A sentence of several compounds gives each the
    diseases of its own phrase (see ``phrase_indications``)."""
    for ctx in ctxs:
        subject = ctx.subject
        if subject is None and len(ctx.compounds) < 2:
            continue
        cued = cued_indications(doc, ctx)
        if not cued:
            continue
        if negated(doc.text, ctx.sentence.start, ctx.sentence.end):
            yield Skipped(
                extractor,
                f"a disease named in a sentence of what will not be done: no indication for "
                f"{(subject or ctx.compounds[0]).key}",
                doc.line_of(ctx.sentence.start),
            )
            continue
        if subject is not None:
            # A disease in a later clause with an actor of its own and no compound of the sentence is
            # that actor's product's: ", and Progenics is evaluating PSMA ADC in a phase I trial in
            # prostate cancer" gives the sentence's compound no prostate cancer.
            foreign = [h for h in cued if others_clause(doc, ctx, h.start)]
            for h in foreign:
                yield Skipped(
                    extractor,
                    f"disease {h.ref.key} named in a clause of another actor: no indication for {subject.key}",
                    doc.line_of(ctx.sentence.start),
                )
            cued = [h for h in cued if h not in foreign]
            if not cued:
                continue
        stopped = [h for h in cued if _stopped_there(doc.text, ctx, h)]
        for h in stopped:
            yield Skipped(
                extractor,
                f"disease {h.ref.key} named in a clause of a stopped trial or development: no indication",
                doc.line_of(ctx.sentence.start),
            )
        cued = [h for h in cued if h not in stopped]
        if not cued:
            continue
        evidence = doc.evidence(ctx.sentence.start, ctx.sentence.end, extractor)
        owned = {subject: _distinct(cued)} if subject is not None else phrase_indications(doc.text, ctx, cued)
        for compound, diseases in owned.items():
            for disease in diseases:
                yield Relation(compound, "indication", disease, evidence)


def _stopped_there(text: str, ctx: Context, disease: Hit) -> bool:
    """Whether ``disease`` is named in a clause stating a trial or the development stopped ("Genentech
    discontinued a phase II trial of dacetuzumab in multiple myeloma", "ImmunoGen discontinued the Phase
    II NORTH trial in small-cell lung cancer"): the compound is no longer developed for it there. A
    disease of another clause ("…, and the Phase I trial in multiple myeloma continues") keeps its
    edge."""
    start, end = clause_bounds(text, ctx, disease.start)
    return DISCONTINUED.search(text, start, end) is not None


#: Where a compound's own phrase ends: a clause break (", and", ", but", ", while", ";").
_PHRASE_END = cached_compile(r",\s+(?:and|but|while|whereas)\s+|;", re.IGNORECASE)


#: Right before a compound's name, the trial or study it is the object of: "a Phase I/II study of ",
#: "Phase 1b/2 combination trials of ".
_TRIAL_OF_BEFORE = cached_compile(
    r"\b(?:trials?|stud(?:y|ies)|programs?|testing|evaluation)\s+(?:of|with|evaluating)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def phrase_indications(text: str, ctx: Context, cued: list[Hit]) -> dict[EntityRef, list[EntityRef]]:
    """For a sentence of several subject compounds, the cued diseases of the phrase of each one named as
    what a trial or study is of: from its name to the next other subject compound's name or the next
    clause break ("a Phase II study of epratuzumab in combination with rituximab in patients with
    follicular NHL, and a Phase I/II study of yttrium-90-labeled epratuzumab in patients with relapsed
    NHL" gives each its NHL; "trials of XL147 in breast cancer and of XL765 in glioblastoma"). A
    compound named otherwise ("patients refractory to rituximab … in aggressive NHL") gets none: its
    phrase may tell of another's disease."""
    subjects = [h for h in ctx.hits if h.kind == "compound" and h.ref in ctx.compounds]
    owned: dict[EntityRef, list[EntityRef]] = {}
    for i, h in enumerate(subjects):
        if not _TRIAL_OF_BEFORE.search(text, max(ctx.sentence.start, h.start - 40), h.start):
            continue
        stop = next((o.start for o in subjects[i + 1 :] if o.ref != h.ref), ctx.sentence.end)
        end = _PHRASE_END.search(text, h.end, stop)
        stop = end.start() if end is not None else stop
        mine = [d.ref for d in cued if h.end <= d.start < stop]
        if mine:
            owned.setdefault(h.ref, [])
            owned[h.ref] = _distinct_refs([*owned[h.ref], *mine])
    return owned


def _distinct(hits: list[Hit]) -> list[EntityRef]:
    return _distinct_refs([h.ref for h in hits])


def _distinct_refs(refs: list[EntityRef]) -> list[EntityRef]:
    out: list[EntityRef] = []
    for ref in refs:
        if ref not in out:
            out.append(ref)
    return out


#: The head noun a disease's name ends with, which words listed before the name may share.
_HEAD = cached_compile(
    r"\s(?:cancers?|carcinomas?|tumou?rs|lymphomas?|leuka?emias?|sarcomas?|malignancies)$", re.IGNORECASE
)
#: Right before a disease's name, the "and"/"or" closing a list: "colorectal, pancreatic and ".
_LIST_END = cached_compile(r"\s*,?\s+(?:and|or)\s+$", re.IGNORECASE)
#: Right before a listed word, the comma of the list.
_LIST_COMMA = cached_compile(r"\s*,\s*$")
#: A listed word (or two: "HER2-positive breast"), ending where the searched text ends.
_LISTED = cached_compile(r"(?<![\w'’-])(?:[A-Za-z][\w'’-]*[ \t]+)?[A-Za-z][\w'’-]*$")
#: How far before a disease's name its list may start.
_LIST_REACH = 160


def shared_head_names(text: str, hits: list[Hit], gaz: Gazetteer) -> list[Hit]:
    """``hits`` (sorted by position) with the diseases of lists sharing a head noun: "colorectal,
    pancreatic and non-small-cell lung cancers" names colorectal and pancreatic cancer too. Each word
    of the list, read with the head noun of the name after it, must be a disease of the reference
    data; the list is read from its "and"/"or" back, word by word, up to the first word that is not."""
    taken = SpanSet((h.start, h.end) for h in hits)
    added: list[Hit] = []
    for h in hits:
        if h.kind != "indication" or not h.known or h.shared_head:
            continue
        head = _HEAD.search(collapse_spaces(h.printed))
        if head is None:
            continue
        for start, end, ref in _listed_before(text, h.start, head.group(0), gaz, taken):
            added.append(Hit(start, end, text[start:end], ref, True, shared_head=True))
    if not added:
        return hits
    return sorted([*hits, *added], key=lambda h: (h.start, h.end))


def _listed_before(
    text: str, at: int, head: str, gaz: Gazetteer, taken: SpanSet
) -> list[tuple[int, int, EntityRef]]:
    """The diseases listed right before a disease's name starting at ``at`` and sharing its ``head``
    noun (" cancers"): (start, end, disease) of each listed word, last first; [] when the word right
    before the "and"/"or" names none."""
    since = max(0, at - _LIST_REACH)
    closing = _LIST_END.search(text, since, at)
    if closing is None:
        return []
    found: list[tuple[int, int, EntityRef]] = []
    pos = closing.start()
    while True:
        word = _disease_word(text, since, pos, head, gaz, taken)
        if word is None:
            return found
        found.append(word)
        comma = _LIST_COMMA.search(text, max(since, word[0] - 4), word[0])
        if comma is None:
            return found
        pos = comma.start()


def _disease_word(
    text: str, since: int, end: int, head: str, gaz: Gazetteer, taken: SpanSet
) -> tuple[int, int, EntityRef] | None:
    """The word (or two) ending at ``end`` that names a disease with ``head`` after it ("pancreatic"
    and " cancers"), the two words before the one; None when neither does. Words inside another name
    found are none ("HER2" of "HER2-positive breast" is a target's)."""
    m = _LISTED.search(text, max(since, end - 60), end)
    if m is None:
        return None
    words = m.group(0)
    last = words.split()[-1]
    for start, printed in ((m.start(), words), (end - len(last), last)):
        if taken.overlaps(start, end):
            continue
        entry = gaz.lookup(collapse_spaces(printed) + head)
        if entry is not None and entry.kind == "indication":
            return start, end, entry.ref
    return None
