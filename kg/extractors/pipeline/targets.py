"""Targets, payloads and antibodies of compounds, as the filing's sentences and names state them.

Reads each usable sentence. A target is stated by a cue before it ("targets the CD56 antigen", "targeting
FOLR1", "antibody to the prostate specific membrane antigen (PSMA)", "express the CanAg antigen", "anti-X",
"anti-IGF-1R" for a receptor's name the reference knows)
or after it ("CD56+ solid tumors", "CD56-expressing tumors", "HER2-positive"); such a patient marker is
no target in a sentence of two compounds or of a comparison or combination of treatments ("T-DM1 was
compared with Herceptin plus docetaxel in HER2-positive …"). In a sentence of several compounds, a target
named in one compound's description set off after its name ("SAR3419, a CD19-targeting ADC",
"SAR566658, which targets CA6") is that compound's, and targets listed "respectively" pair with the
compounds listed before them or are no one's. A target of a combination partner ("in combination with an
anti-IGF-1R antibody"), of a therapy the patients had before ("who have failed anti-CD20 therapy") or in
the description of a drug that is no subject ("together with rituximab, which targets CD20") is not the
compound's. A target named in the description of
another name ("discontinued IMC-1C11, its chimeric anti-VEGFR-2 antibody, in favor of IMC-1121B") is not
the sentence's compound's. Antigens no list knows are accepted when shaped like one (``CD30``, ``HER3``, ``TROP2``, or a protein's plain name ending in "-in"
right after "targets": "which targets mesothelin,"). A name followed by "receptor"/"ligand"
("antibody to TRAIL receptor 1") is the molecule the target binds, not the target: only the receptor's
own name printed in parentheses right there ("(TRAIL-R1)") is taken. A name with a Greek letter ("anti-IL-1
beta", "IL-1β") is its own antigen, not the one without the letter. A payload is stated by a
conjugate's name (``huN901-DM1``; ``CR011-vcMMAE`` is MMAE, its linker printed with it), an INN's second
word (``mertansine`` → DM1) or a sentence of one compound naming one payload ("composed of … DM1
effector molecule", "the cell-killing agent monomethyl auristatin F (MMAF)"; two payloads named there
leave it unsure); an antibody by a
conjugate's name (without its linker: ``huC242-SPDB-DM4`` → huC242; an INN a headline capitalised in lower
case, "Trastuzumab-DM1" → trastuzumab) or "composed of Millennium's MLN591 antibody".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.corpus import Document
from kg.extractors.pipeline.compounds import (
    GREEK_SUBUNIT_AFTER,
    INN_PAYLOAD,
    LINKED_PAYLOADS,
    LINKERS,
    NAME_LIST_GLUE,
    PAYLOAD_SUFFIXES,
    PROTEIN_NAME_BEFORE,
    Hit,
)
from kg.extractors.pipeline.context import Context, combination_zones, foreign_clause, prior_therapy_before
from kg.model import EntityRef, Mention, Relation, Skipped, UnknownEntity
from kg.ocr import is_code_like
from kg.pattern_cache import cached_compile
from kg.reference import Gazetteer
from kg.text import slugify

#: Right before an antigen's name, words saying the compound binds it: "targeting", "directed against",
#: "antibody to", "binds to", "anti-"; an epitope of the antigen is the antigen bound ("targets an
#: epitope on the CD20 molecule").
_PRE_CUE = cached_compile(
    r"\b(?:target(?:s|ing|ed)?\s+(?:against\s+)?(?:(?:an?|the|a\s+unique|a\s+novel|a\s+distinct)\s+epitopes?\s+"
    r"(?:on|of|in|within)\s+(?:the\s+)?)?|directed\s+(?:against|at|to)\s+|"
    r"antibod(?:y|ies)\s+(?:to|against|that\s+binds(?:\s+to)?)\s+|express(?:es|ing)?\s+|binds?\s+(?:to\s+)?)"
    r"(?:the\s+)?|\banti-",
    re.IGNORECASE,
)
_POST_CUE = cached_compile(
    r"(?<![\w-])(?P<t>[A-Za-z][A-Za-z0-9αβγδ]{1,10}(?:-\d{1,2})?)(?:\+|-expressing|-positive|-targeting|-targeted)(?![\w])"
)
#: After a reference target's name: "antibody", so the name says what the antibody binds ("its HER2
#: antibody", "SAR650984, a CD38 antibody"). Only a name the reference knows as a target is taken so.
_ANTIBODY_AFTER = cached_compile(r"\s+(?:monoclonal\s+)?antibod(?:y|ies)\b", re.IGNORECASE)
#: Between a compound's name and the description set off after it, in which a target is named:
#: "SAR650984, a CD38 antibody", "BT-062, an anti-CD138 conjugate", or the relative clause naming it:
#: "SAR566658, which targets CA6", "BT-062, which is directed against CD138"; or the brackets right after
#: the name opening with the antibody's "anti-": "pinatuzumab vedotin (anti-CD22 ADC, RG7593)".
_APPOSITIVE_BEFORE = cached_compile(
    r"\s*\(\s*(?:an?\s+)?anti-$|"
    r",\s+(?:(?:(?:which|that)\s+(?:[a-z]+\s+){1,2}?)?(?:an?|its|the)\s+(?:anti-)?|"
    # … or a description with its own relative clause: "AMG 595, an ADC that targets EGFRvIII".
    r"(?:(?:an?|its|the)\s+(?:[\w-]+\s+){1,3}?)?"
    r"(?:which|that)\s+(?:is\s+|are\s+)?(?:targets?|targeting|binds?(?:\s+to)?|directed\s+(?:against|at|to))\s+"
    r"(?:the\s+)?)$",
    re.IGNORECASE,
)
#: Words one of which every match of the cue patterns holds (in any case; "+" and "-positive" as
#: printed): a sentence holding none of them names no target.
_CUE_WORDS = ("target", "directed", "antibod", "express", "bind", "anti-")
_PRINTED_CUES = ("+", "-positive")
#: An antigen-shaped name: a cluster of differentiation (``CD30``, ``CD27L`` the ligand of CD27), capitals
#: and digits (``TROP2``, ``IL-13``), a variant a Roman numeral numbers (``EGFRvIII``), or mixed case
#: (``ErbB3``).
_ANTIGEN = cached_compile(
    r"(?:CD\d{1,3}(?:[a-z0-9]*|L)|[A-Z]{2,6}\d{0,2}(?:-\d{1,2})?(?:v[IVX]{1,4})?|[A-Z][a-z]{1,4}[A-Z][a-z]{0,4}\d{0,2})"
    r"(?![\w-])"
)
#: Right after a name: "receptor"/"ligand" with the number or letter of its kind ("TRAIL receptor 1",
#: "CD40 ligand"). The name is then not the target but the molecule it binds: TRAIL is the ligand of
#: TRAIL receptor 1, and CD40 the receptor of CD40 ligand.
_BOUND_PARTNER = cached_compile(
    r"\s+(?P<kind>receptor|ligand)s?(?![\w-])(?:\s+(?:\d{1,2}|[IV]{1,3}|[A-Z]|alpha|beta|gamma|[αβγ])(?![\w-]))?",
    re.IGNORECASE,
)
#: The receptor's (or ligand's) own name in parentheses right after it: "TRAIL receptor 1 (TRAIL-R1)".
_OWN_NAME = cached_compile(r"\s*\(\s*(?P<t>[A-Z][A-Za-z0-9]{1,9}(?:-R?\d{1,2}[A-Za-z]?)?)\s*\)")
#: Antigen-shaped, or a receptor named after its ligand with "R" and a number ("TRAIL-R1", "IGF-1R").
_RECEPTOR_NAME = cached_compile(rf"(?:{_ANTIGEN.pattern})|[A-Z]{{2,6}}-(?:R\d{{1,2}}|\d{{1,2}}R)(?![\w-])")
_NOT_ANTIGEN = {
    "TAP", "ADC", "ADCS", "IND", "SCLC", "NSCLC", "MM", "BC", "MCC", "AML", "NHL", "US", "USA", "FDA", "EMA",
    "SEC", "CEO", "CFO", "DNA", "RNA", "PK", "MTD", "DLT", "ORR", "OS", "PFS", "IV", "II", "III", "NCI",
    "EORTC", "AACR", "ASCO", "ASH", "ESMO", "SABCS", "TAPS", "EU", "UK",
    # What a table's target cell prints when it names none: "TBD", "Undisclosed (ND)".
    "TBD", "TBA", "ND", "NA",
}  # fmt: skip
_WORD_TARGET = cached_compile(
    r"(?P<t>[a-z][a-z0-9-]{3,30}),\s+an?\s+(?:antigen|receptor|(?:cell-surface\s+)?protein)\b"
)
#: A protein named by a plain word right after "targets"/"targeting": most such names end in "-in"
#: (mesothelin, nectin-4, claudin, integrin, cadherin, endoglin), and the name is followed by the end of
#: its phrase. Seven letters at least, and not one of the words of English or chemotherapy that end so.
_IN_PROTEIN = cached_compile(
    r"(?P<t>[a-z]{5,}in(?:-\d{1,2})?)(?=\s*[,.;(]|\s+(?:antigen|protein|receptor|on|which|that|and|is|are|"
    r"expressed)\b|-(?:expressing|positive)\b)"
)
_NOT_IN_PROTEINS = {
    "protein", "proteins", "certain", "within", "origin", "domain", "toxin", "penicillin", "insulin", "cisplatin",
    "carboplatin", "oxaliplatin", "doxorubicin", "daunorubicin", "epirubicin", "idarubicin", "bleomycin",
    "mitomycin", "streptozocin", "gemcitabin", "vitamin", "heparin", "aspirin", "examin", "maintain", "obtain",
    "contain", "explain", "remain", "sustain", "retain", "attain", "constrain",
    # What a payload acts on, not an antibody's antigen: "DM1 targets tubulin".
    "tubulin", "microtubulin", "albumin", "hemoglobin", "haemoglobin",
}  # fmt: skip
_NOT_TARGET_WORDS = {
    "same",
    "specific",
    "tumor",
    "cancer",
    "novel",
    "different",
    "other",
    "certain",
    "surface",
}
#: A sentence comparing or combining the compound with another treatment, which a list may not know
#: as a compound ("T-DM1 was compared with Herceptin plus docetaxel in first-line HER2-positive
#: metastatic breast cancer"): a patient marker there selects the patients of every arm, so it says
#: nothing of the compound's own target.
_OTHER_TREATMENT = cached_compile(
    r"\bcompar(?:ed|es|ing)\s+(?:[\w-]+\s+){0,6}?(?:with|to|against)\b|\bversus\b|\bvs\.?(?=\s)|\bplus\b|"
    r"\bin\s+combination\s+with\b|\btogether\s+with\b|\bwith\s+or\s+without\b",
    re.IGNORECASE,
)
_PAYLOAD_CUE = cached_compile(
    r"composed\s+of|conjugat|linked\s+to|attached|effector\s+molecule|payload|cell-killing\s+agent|armed\s+with|"
    r"carr(?:y|ies|ying)",
    re.IGNORECASE,
)
#: Words one of which every ``_PAYLOAD_CUE`` match holds, in any case.
_PAYLOAD_WORDS = (
    "composed",
    "conjugat",
    "linked",
    "attached",
    "effector",
    "payload",
    "cell-killing",
    "armed",
    "carr",
)
_ANTIBODY = cached_compile(r"(?:'s\s+)?(?P<ab>[A-Za-z][\w-]*\d[\w-]*)\s+antibody\b")


def targets(
    doc: Document, ctxs: list[Context], gaz: Gazetteer, extractor: str
) -> Iterator[Relation | Mention | UnknownEntity | Skipped]:
    """``targets`` edges (compound → target), with a mention of every target named in a target cue."""
    text = doc.text
    spans = [(ctx.sentence.start, ctx.sentence.end) for ctx in ctxs]
    cued = doc.word_places(_CUE_WORDS).marked(spans)
    printed_cue = doc.word_places(_PRINTED_CUES, any_case=False).marked(spans)
    for index, ctx in enumerate(ctxs):
        s = ctx.sentence
        if not (cued[index] or printed_cue[index]):
            continue
        found: list[tuple[int, int, str, EntityRef, bool]] = []
        # Where the cue of each target found after one starts ("anti-" of "anti-IGF-1R"): what stands
        # before the cue tells whose target it is.
        cue_at: dict[int, int] = {}
        cue: int | None = None
        for m in _PRE_CUE.finditer(text, s.start, s.end):
            if cue is not None:
                cue_at.update((start, cue) for start, *_ in found if start not in cue_at)
            cue = m.start()
            hit = next((h for h in ctx.hits if h.start == m.end() and h.kind == "target"), None)
            longer = _longer_name(text, m.end(), s.end, gaz) if hit is None else None
            if longer is not None:
                # "integrin alpha-v-beta-3": the reference's "integrin alpha-v" is no hit there.
                yield Skipped(
                    extractor,
                    f"target {longer!r} is a longer name than the reference's: not taken",
                    doc.line_of(m.end()),
                )
                continue
            greek = _greek_end(text, m.end(), s.end, hit)
            if greek is not None:
                # "anti-IL-1 beta antibody": the antigen is IL-1β, not IL-1.
                found.extend(_greek_antigen(text, m.end(), greek, gaz))
                continue
            if hit is not None:
                bound = _BOUND_PARTNER.match(text, hit.end, s.end)
                # The reference lists receptors by their own names ("HER2 receptor" is HER2), but a
                # ligand of one is another molecule.
                if bound and bound.group("kind").lower() == "ligand":
                    found.extend(_own_name(text, bound.end(), s.end, gaz, ctx))
                else:
                    found.append((hit.start, hit.end, hit.printed, hit.ref, True))
                continue
            short = _short_name_after_long(text, m.end(), s.end, ctx)
            if short is not None:
                # "directed against the epidermal growth factor receptor (EGFR)": the bracket names it.
                found.append((short.start, short.end, short.printed, short.ref, True))
                continue
            receptor = (
                _known_receptor(text, m.end(), s.end, gaz)
                if not _ANTIGEN.match(text, m.end(), s.end)
                else None
            )
            if receptor is not None:
                # "an anti-IGF-1R antibody": a receptor's name the reference knows, which the scan of
                # the filing takes nowhere after a hyphen.
                found.append(receptor)
                continue
            a = _ANTIGEN.match(text, m.end(), s.end)
            if a:
                bound = _BOUND_PARTNER.match(text, a.end(), s.end)
                if bound:
                    found.extend(_own_name(text, bound.end(), s.end, gaz, ctx))
                else:
                    found.extend(_antigen(a.start(), a.end(), a.group(0), gaz, ctx))
                continue
            # A target named by a plain word is taken only with an appositive ("targets mesothelin, an
            # antigen"), or right after "targets"/"targeting" when shaped like a protein's name.
            p = _IN_PROTEIN.match(text, m.end(), s.end) if m.group(0)[:6].lower() == "target" else None
            if p and p.group("t") not in _NOT_IN_PROTEINS and gaz.lookup(p.group("t")) is None:
                printed = p.group("t")
                found.append(
                    (p.start("t"), p.end("t"), printed, EntityRef("target", slugify(printed)), False)
                )
                continue
            w = _WORD_TARGET.match(text, m.end(), s.end)
            if w and w.group("t").lower() not in _NOT_TARGET_WORDS and gaz.lookup(w.group("t")) is None:
                printed = w.group("t")
                found.append(
                    (w.start("t"), w.end("t"), printed, EntityRef("target", slugify(printed)), False)
                )
        if cue is not None:
            cue_at.update((start, cue) for start, *_ in found if start not in cue_at)
        before_post = len(found)
        selecting: set[int] = set()  # markers of patients ("HER2-positive", "CD30+"), not of the compound
        for m in _POST_CUE.finditer(text, s.start, s.end):
            found.extend(_antigen(m.start("t"), m.end("t"), m.group("t"), gaz, ctx, need_digit=True))
            if text.startswith("-target", m.end("t")):
                # "a mesothelin-targeting ADC": a protein's plain name before "-targeting" is the target.
                found.extend(_in_protein(m.start("t"), m.end("t"), m.group("t"), gaz))
            else:
                selecting.add(m.start("t"))
        # "HER2-positive breast cancer" selects patients: with two compounds in the sentence ("in
        # combination with Herceptin (trastuzumab)") the marker may be either's target. "a CD19-targeting
        # ADC" describes a compound and selects no patients.
        markers = {start for start, *_ in found[before_post:] if start in selecting}
        taken = {start for start, *_ in found}
        # "<target> antibody" names what a compound's antibody binds only in the compound's own
        # description ("SAR650984, a CD38 antibody"): "the huMy9-6-DM1 and IGF-1 receptor antibody
        # programs" names another programme.
        described: dict[int, EntityRef] = {}
        for h in ctx.of_kind("target"):
            if h.start not in taken and h.known and _ANTIBODY_AFTER.match(text, h.end, s.end):
                owner = _appositive_subject(text, ctx, h.start)
                if owner is not None:
                    described[h.start] = owner
                    found.append((h.start, h.end, h.printed, h.ref, True))
        if not found:
            continue
        evidence = doc.evidence(s.start, s.end, extractor)
        zones = combination_zones(text, ctx)
        respective = _respective_owners(text, ctx, sorted(found))
        seen: set[EntityRef] = set()
        for start, end, printed, ref, known in sorted(found):
            if ref in seen:
                continue
            seen.add(ref)
            yield Mention(ref, printed, doc.evidence(start, end, extractor), alt_labels=(printed,))
            if not known:
                yield UnknownEntity(ref, printed, doc.line_of(start))
            alias = _other_name(text, end, s.end, ctx, gaz)
            if alias is not None:
                yield Mention(
                    ref, printed, doc.evidence(*alias, extractor), alt_labels=(text[alias[0] : alias[1]],)
                )
            # (The comparison is the more telling note: "T-DM1 was compared with Herceptin plus docetaxel
            # in HER2-positive …" names several compounds too.)
            if start in selecting and _OTHER_TREATMENT.search(text, s.start, s.end):
                yield Skipped(
                    extractor,
                    f"target {printed!r} selects the patients of a comparison or combination of treatments, "
                    "not the compound's target",
                    evidence.line,
                )
                continue
            if start in markers and len({h.ref for h in ctx.of_kind("compound")}) > 1:
                yield Skipped(
                    extractor,
                    f"target {printed!r} selects patients in a sentence of several compounds: whose it is is unclear",
                    evidence.line,
                )
                continue
            subject, why = _whose_target(
                text, ctx, start, cue_at.get(start, start), described.get(start), respective, zones
            )
            if why is not None:
                yield Skipped(extractor, f"target {printed!r} {why}", evidence.line)
                continue
            if subject is None:
                yield Skipped(
                    extractor,
                    f"target {printed!r} stated without one compound to attach it to",
                    evidence.line,
                )
                continue
            other = _described_other(text, ctx, start, subject)
            if other is not None:
                yield Skipped(
                    extractor,
                    f"target {printed!r} stated in the description of {other!r}, not of {subject.key}",
                    evidence.line,
                )
                continue
            if foreign_clause(text, ctx, start):
                yield Skipped(
                    extractor,
                    f"target {printed!r} stated in a clause about another company's work, not the compound's",
                    evidence.line,
                )
                continue
            yield Relation(subject, "targets", ref, evidence)


def _whose_target(
    text: str,
    ctx: Context,
    start: int,
    cue: int,
    described: EntityRef | None,
    respective: dict[int, EntityRef] | None,
    zones: list[tuple[int, int]],
) -> tuple[EntityRef | None, str | None]:
    """The compound the target named at ``start`` (its cue at ``cue``) is stated of, and None; or None and
    why it is no subject compound's (a note). The compound whose description names it (``described``,
    or the one right before ", which targets"), else the sentence's one compound; in a sentence saying
    "respectively", the compound in its place of the list (``respective``). A target is another drug's
    when stated in the description of a compound that is no subject of the sentence ("SAR3419 together
    with rituximab, which targets CD20"), of a combination partner ("IMGN901 … in combination with an
    anti-IGF-1R antibody") or of a therapy the patients had before ("patients who have failed
    anti-IGF-1R therapy", "who failed CD20-targeting therapy")."""
    if respective is not None:
        paired = respective.get(start)
        return (
            (paired, None)
            if paired is not None
            else (None, "stated 'respectively' of a list it does not pair")
        )
    owner = described or _appositive_subject(text, ctx, start)
    if owner is not None and owner in ctx.compounds:
        return owner, None
    if owner is not None:
        return None, f"stated in the description of {owner.key}, no subject of the sentence"
    if any(a <= cue < b for a, b in zones):
        return None, "stated of a combination partner, not of the compound"
    if prior_therapy_before(text, ctx.sentence.start, cue):
        return None, "stated of a therapy the patients had before, not of the compound"
    return ctx.subject, None


#: After a list of targets, "respectively": each is the target of the compound in the same place of the
#: list of names before ("SAR3419 and SAR650984, which target CD19 and CD38, respectively").
_RESPECTIVELY = cached_compile(r"\brespectively\b", re.IGNORECASE)
#: Between two names of one list, maybe after other names in brackets: "A and B", "A (a) and B", "A or B".
_LIST_OF_NAMES = cached_compile(r"(?:\s*\([^()]{0,60}\))?(?:" + NAME_LIST_GLUE + r"|\s+or\s+)", re.IGNORECASE)
#: Between two targets of one list, each maybe with its own "anti-": "CD19 and CD38", "anti-CD19 and
#: anti-CD38".
_LIST_OF_TARGETS = cached_compile(r"(?:" + NAME_LIST_GLUE + r"|\s+or\s+)(?:anti-)?", re.IGNORECASE)


def _respective_owners(
    text: str, ctx: Context, found: list[tuple[int, int, str, EntityRef, bool]]
) -> dict[int, EntityRef] | None:
    """For a sentence saying "respectively", each target's compound by its place (start of each target
    of the list before "respectively" → the compound in the same place of the list of compounds named
    before the targets); an empty mapping when the two lists are not of one length. None when the
    sentence does not say "respectively" or names one compound."""
    s = ctx.sentence
    said = _RESPECTIVELY.search(text, s.start, s.end)
    compounds = [h for h in ctx.hits if h.kind == "compound"]
    if said is None or len({h.ref for h in compounds}) < 2 or not found:
        return None
    listed = [f for f in found if f[0] < said.start()]
    if not listed:
        return None
    # The targets' list: from the last one before "respectively" back while list glue joins them.
    targets = [listed[-1]]
    for f in reversed(listed[:-1]):
        if not _LIST_OF_TARGETS.fullmatch(text, f[1], targets[0][0]):
            break
        targets.insert(0, f)
    # The compounds' list: from the last compound named before the targets back likewise.
    named = [h for h in compounds if h.end <= targets[0][0]]
    if not named:
        return {}
    names = [named[-1]]
    for h in reversed(named[:-1]):
        if not _LIST_OF_NAMES.fullmatch(text, h.end, names[0].start):
            break
        names.insert(0, h)
    if len(names) != len(targets) or len({h.ref for h in names}) != len(names):
        return {}
    return {f[0]: h.ref for f, h in zip(targets, names, strict=True)}


#: A Greek letter after an antigen's name, making it the name of another molecule: "IL-1 beta", "IL-1β",
#: "TGF-beta" is read whole.
_GREEK_AFTER = cached_compile(r"(?:[ -](?i:alpha|beta|gamma|delta|kappa)|[αβγδκ])(?![\w-])")
_GREEK_LETTERS = {"α": "alpha", "β": "beta", "γ": "gamma", "δ": "delta", "κ": "kappa"}


#: An antigen's name with a Greek letter glued to it: "IL-1β".
_GREEK_GLUED = cached_compile(r"[A-Z]{2,6}\d{0,2}(?:-\d{1,2})?[αβγδκ](?![\w-])")


#: A protein's long name after a target cue, up to the bracket of its short name: a few words, no
#: punctuation ("epidermal growth factor receptor (").
_LONG_NAME = cached_compile(r"(?:[A-Za-z][\w-]*\s+){0,6}?[A-Za-z][\w-]*(?:[ \t-]\w{1,5})?\s*\(\s*")
_BRACKET_END = cached_compile(r"\s*[),]")


def _short_name_after_long(text: str, at: int, stop: int, ctx: Context) -> Hit | None:
    """The reference target named in brackets right after a protein's long name printed at ``at`` (after a
    target cue): "directed against the epidermal growth factor receptor (EGFR)" names EGFR. The long
    name must end as a protein's does (``PROTEIN_NAME_BEFORE``: "… receptor", "… factor", "… kinase"),
    and the bracket hold the reference target's name alone (or first, before a comma: "(VEGFR-2, also
    known as KDR)"). A name no list knows there is left alone."""
    m = _LONG_NAME.match(text, at, stop)
    if m is None or not PROTEIN_NAME_BEFORE.search(text, at, m.end()):
        return None
    hit = next((h for h in ctx.hits if h.start == m.end() and h.kind == "target" and h.known), None)
    if hit is None or not _BRACKET_END.match(text, hit.end, stop):
        return None
    return hit


def _longer_name(text: str, at: int, stop: int, gaz: Gazetteer) -> str | None:
    """The name printed at ``at`` (after a target cue) when it starts with a reference target's name that
    a Greek letter and a subunit's number carry on (``GREEK_SUBUNIT_AFTER``): "integrin alpha-v-beta-3".
    The scan of the filing took no hit there; None for any other name."""
    match = next(gaz.scan(text, at, stop), None)
    if match is None or match.start != at or match.entry.kind != "target":
        return None
    longer = GREEK_SUBUNIT_AFTER.match(text, match.end, stop)
    return text[at : longer.end()] if longer is not None else None


def _greek_end(text: str, at: int, stop: int, hit: Hit | None) -> int | None:
    """Where the name of an antigen named with a Greek letter ends, the name starting at ``at`` (a
    reference target's ``hit`` or an antigen-shaped name, then the letter); None for any other name."""
    glued = _GREEK_GLUED.match(text, at, stop)
    if glued is not None:
        return glued.end()
    name = _ANTIGEN.match(text, at, stop)
    end = hit.end if hit is not None else name.end() if name is not None else None
    greek = _GREEK_AFTER.match(text, end, stop) if end is not None else None
    return greek.end() if greek is not None else None


def _known_receptor(
    text: str, at: int, stop: int, gaz: Gazetteer
) -> tuple[int, int, str, EntityRef, bool] | None:
    """The reference target printed at ``at`` (after a target cue) as a receptor named after its ligand
    ("IGF-1R" of "an anti-IGF-1R antibody"), which no antigen's shape fits; None for any other name (a
    receptor's name no list knows is left: its shape alone does not make it a target)."""
    m = _RECEPTOR_NAME.match(text, at, stop)
    if m is None:
        return None
    entry = gaz.lookup(m.group(0))
    if entry is None or entry.kind != "target":
        return None
    return m.start(), m.end(), m.group(0), entry.ref, True


def _greek_antigen(
    text: str, start: int, end: int, gaz: Gazetteer
) -> list[tuple[int, int, str, EntityRef, bool]]:
    """The antigen an antigen's name and a Greek letter name together ("IL-1 beta", "IL-1β"): the
    reference's, else a new one keyed by the letter spelled out, so both printings are one antigen."""
    printed = text[start:end]
    entry = gaz.lookup(printed)
    if entry is not None:
        return [(start, end, printed, entry.ref, True)] if entry.kind == "target" else []
    spelled = "".join(f" {_GREEK_LETTERS[c]}" if c in _GREEK_LETTERS else c for c in printed)
    return [(start, end, printed, EntityRef("target", slugify(spelled)), False)]


def _appositive_subject(text: str, ctx: Context, at: int) -> EntityRef | None:
    """In a sentence naming several compounds, the compound whose description, set off by a comma right
    after its name, names the target at ``at``: "advanced SAR3419 into Phase II and SAR650984, a CD38
    antibody, into the clinic" states CD38 of SAR650984 alone."""
    m = _APPOSITIVE_BEFORE.search(text, max(ctx.sentence.start, at - 40), at)
    if m is None:
        return None
    return next((h.ref for h in ctx.hits if h.kind == "compound" and h.end == m.start()), None)


#: A description set off by a comma right after a name, running up to a target it names: "IMC-1C11, its
#: chimeric anti-", "XYZ-12, an antibody directed against ". The name is the one described.
_DESCRIPTION_BEFORE = cached_compile(
    r"(?<![\w-])(?P<name>[A-Za-z0-9][\w-]*\w),\s+(?:an?|its|the|their|our)\s+[^,;()]{0,60}$", re.IGNORECASE
)


def _described_other(text: str, ctx: Context, at: int, subject: EntityRef) -> str | None:
    """The name, other than a name of ``subject``, whose description names the target at ``at``: "The
    Company has discontinued development of IMC-1C11, its chimeric anti-VEGFR-2 antibody, in favor of
    IMC-1121B" states VEGFR-2 of IMC-1C11, whether or not its name was read as a compound's, and not of
    IMC-1121B. Only another compound's name or a code-shaped one counts (a description after a date or
    a company, "In 2005, the anti-CD30 …", describes no other drug). None when the description is the
    subject's or there is none."""
    m = _DESCRIPTION_BEFORE.search(text, max(ctx.sentence.start, at - 100), at)
    if m is None:
        return None
    name = m.group("name")
    # The hit the name is (a part of): "BAY 94-9343, an antibody …" describes the compound "BAY 94-9343".
    hit = next((h for h in ctx.hits if h.start < m.end("name") and m.start("name") < h.end), None)
    if hit is not None:
        return hit.printed if hit.kind == "compound" and hit.ref != subject else None
    return name if name[0].isupper() and is_code_like(name) else None


def _own_name(
    text: str, at: int, stop: int, gaz: Gazetteer, ctx: Context
) -> list[tuple[int, int, str, EntityRef, bool]]:
    """After a cue naming "X receptor 1" or "X ligand" (whose X is not the target): the target is the
    receptor's or ligand's own name printed in parentheses right at ``at`` ("(TRAIL-R1)"), when it is a
    reference target or shaped like an antigen; otherwise nothing."""
    own = _OWN_NAME.match(text, at, stop)
    if own is None:
        return []
    return _antigen(own.start("t"), own.end("t"), own.group("t"), gaz, ctx, shape=_RECEPTOR_NAME)


#: A protein's plain name, as ``_IN_PROTEIN`` reads it: seven small letters at least, ending in "-in".
_PLAIN_PROTEIN = cached_compile(r"[a-z]{5,}in(?:-\d{1,2})?")


def _in_protein(
    start: int, end: int, printed: str, gaz: Gazetteer
) -> list[tuple[int, int, str, EntityRef, bool]]:
    """The target a protein's plain name ending in "-in" names ("mesothelin" of "mesothelin-targeting"),
    when no list knows the word and it is no word of English or chemotherapy ending so."""
    if (
        not _PLAIN_PROTEIN.fullmatch(printed)
        or printed in _NOT_IN_PROTEINS
        or gaz.lookup(printed) is not None
    ):
        return []
    return [(start, end, printed, EntityRef("target", slugify(printed)), False)]


def antigen_named(
    start: int, end: int, printed: str, gaz: Gazetteer, ctx: Context
) -> list[tuple[int, int, str, EntityRef, bool]]:
    """The target ``printed`` names where nothing but a target is printed (a pipeline table's target
    cell): a reference target, or a new antigen-shaped name (``CD37``, ``TROP2``); nothing otherwise."""
    return _antigen(start, end, printed, gaz, ctx)


def _antigen(
    start: int,
    end: int,
    printed: str,
    gaz: Gazetteer,
    ctx: Context,
    *,
    need_digit: bool = False,
    shape: re.Pattern[str] = _ANTIGEN,
) -> list[tuple[int, int, str, EntityRef, bool]]:
    """The target ``printed`` names: a reference target, or a new name of ``shape``; nothing otherwise.

    ``need_digit`` for names before "+"/"-positive": patients are selected by markers that are not the
    compound's target ("ER-positive"), so a new name there must look like a numbered antigen (``CD30``).
    """
    entry = gaz.lookup(printed)
    if entry is not None:
        return [(start, end, printed, entry.ref, True)] if entry.kind == "target" else []
    if printed.upper() in _NOT_ANTIGEN or not shape.fullmatch(printed) or printed.isdigit():
        return []
    if any(h.start <= start < h.end and h.kind != "target" for h in ctx.hits):
        return []
    has_digit = any(c.isdigit() for c in printed)
    if (need_digit and not has_digit) or (not has_digit and not re.search(r"[A-Z].*[A-Z]", printed)):
        return []
    return [(start, end, printed, EntityRef("target", slugify(printed)), False)]


#: A name alone in brackets right after a target's: "IP-10 (CXCL10)", "HER2 (ErbB2)".
_BRACKETED_NAME = cached_compile(r"\s*\(\s*(?P<t>[A-Za-z][A-Za-z0-9-]{1,12})\s*\)")


def _other_name(text: str, end: int, stop: int, ctx: Context, gaz: Gazetteer) -> tuple[int, int] | None:
    """Where the target's other name is printed, alone in brackets right after the target's name ending
    at ``end`` ("antibody against IP-10 (CXCL10)"): an antigen-shaped name with a digit that no list
    knows and that names nothing else there (a compound's code in the bracket is the compound's name)."""
    m = _BRACKETED_NAME.match(text, end, stop)
    if m is None:
        return None
    start, finish = m.span("t")
    name = m.group("t")
    if any(h.start < finish and start < h.end for h in ctx.hits) or gaz.lookup(name) is not None:
        return None
    if name.upper() in _NOT_ANTIGEN or not _ANTIGEN.fullmatch(name) or not any(c.isdigit() for c in name):
        return None
    return start, finish


#: An antibody's nonproprietary name ("trastuzumab", "cantuzumab") printed with a capital first letter,
#: as a headline or a sentence's start prints it ("Trastuzumab-DM1 Fully Enrolled").
_CAPITALISED_INN = cached_compile(r"[A-Z][a-z]{2,}mab")


def _inn_case(name: str) -> str:
    """An antibody's name as the conjugate's name prints it, an INN in its own lower case: "Trastuzumab"
    of a headline's "Trastuzumab-DM1" is the trastuzumab of "trastuzumab-DM1", one antibody, not two."""
    return name.lower() if _CAPITALISED_INN.fullmatch(name) else name


def _without_linker(name: str) -> str:
    """A conjugate's name before its payload without the linker printed last ("huC242-SPDB" → "huC242")."""
    for linker in LINKERS:
        if name.lower().endswith("-" + linker.lower()):
            return name[: -len(linker) - 1]
    return name


def payloads(
    doc: Document, ctxs: list[Context], hits: list[Hit], gaz: Gazetteer, extractor: str
) -> Iterator[Relation | Mention | UnknownEntity | Skipped]:
    """``payload`` edges from conjugate names, INN stems and sentences; ``antibody`` literals where stated."""
    text = doc.text
    for h in hits:
        if h.kind != "compound":
            continue
        payload_name = None
        for suffix in PAYLOAD_SUFFIXES:
            if h.printed.upper().endswith("-" + suffix.upper()):
                # "CR011-vcMMAE": the linker ("vc") is printed with the payload, which is MMAE.
                payload_name = LINKED_PAYLOADS.get(suffix, suffix)
                antibody = _inn_case(_without_linker(h.printed[: -len(suffix) - 1]))
                if len(antibody) >= 3 and not h.ocr:  # a damaged spelling names no antibody
                    yield Relation(h.ref, "antibody", antibody, doc.evidence(h.start, h.end, extractor))
                break
        words = h.printed.lower().split()
        if payload_name is None and len(words) == 2 and words[1] in INN_PAYLOAD:
            payload_name = INN_PAYLOAD[words[1]]
        if payload_name is None:
            continue
        ref = gaz.resolve(payload_name)
        evidence = doc.evidence(h.start, h.end, extractor)
        if ref is None or ref.kind != "payload":
            # A payload no list knows (MMAE from "… vedotin"): named so a curator can add it.
            ref = EntityRef("payload", slugify(payload_name))
            yield Mention(ref, payload_name, evidence)
            yield UnknownEntity(ref, payload_name, evidence.line)
        yield Relation(h.ref, "payload", ref, evidence)
    cued = doc.word_places(_PAYLOAD_WORDS).marked([(ctx.sentence.start, ctx.sentence.end) for ctx in ctxs])
    for index, ctx in enumerate(ctxs):
        s = ctx.sentence
        if ctx.subject is None or not cued[index]:
            continue
        body = text[s.start : s.end]
        if not _PAYLOAD_CUE.search(body):
            continue
        evidence = doc.evidence(s.start, s.end, extractor)
        named = sorted({p.ref for p in ctx.of_kind("payload")})
        if len(named) > 1:
            # "… the auristatin payloads MMAE and MMAF": which one the compound carries is unclear.
            yield Skipped(
                extractor,
                "several payloads named in a sentence of one compound: whose is unclear",
                evidence.line,
            )
        elif named:
            yield Relation(ctx.subject, "payload", named[0], evidence)
        if re.search(r"composed\s+of|consists\s+of|compris", body, re.IGNORECASE):
            for m in _ANTIBODY.finditer(text, s.start, s.end):
                yield Relation(ctx.subject, "antibody", m.group("ab"), evidence)
