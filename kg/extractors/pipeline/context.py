"""Per-sentence context the relation finders share: the names in it, its compounds, its topic.

A sentence's *subject compounds* are the distinct compounds it names, leaving out combination partners
("T-DM1 used in combination with pertuzumab", "IMGN901 used with lenalidomide and dexamethasone" are
about T-DM1 and IMGN901; "paclitaxel with or without HC-450" is about HC-450), a trial's comparators ("a
Phase III trial comparing XYOTAX to paclitaxel", "versus docetaxel", "docetaxel as the comparator"),
whether or not the drug compared with them is a name the filing's compounds hold ("comparing GVAX
immunotherapy … to Taxotere(R) (docetaxel)"), "tested against docetaxel", "than with lapatinib", but
not the drug of the arm compared first ("comparing treatment with XYZ-101 to treatment with docetaxel")
or the drug added to one given alone ("comparing docetaxel alone to docetaxel plus XYZ-101" is about
XYZ-101), therapies the patients had before ("who have previously received trastuzumab", "refractory to
rituximab", a list of names alone after such words; "after treatment with X" is X's own treatment), a
drug patients received in another
compound's trial ("a Phase 1b study of AP-303, and the first patients received bevacizumab") and standard
chemotherapies joined to the one other compound named ("a Phase 2 trial of docetaxel and HC-620",
"randomized to HC-710 or cabazitaxel"). A sentence naming no compound may still be about one: the compound its
section heading names (``HuN901-DM1``), or, when it says "this TAP compound" / "the product
candidate", the compound its paragraph or bullet list leads with (``IMGN529 - in preclinical
development``). A sentence that *opens* with such an anaphor may also refer to the compound
of the nearest preceding heading line (a line that is one compound's name alone, or starts with it
followed by " - " or ":"), across paragraphs, as an HTML release prints a list under its heading.

A topic holds only while no other compound has been the subject of a sentence since the heading or lead
that set it: "This TAP compound" after a sentence about two other compounds may mean either of them.

A later clause of a sentence whose actor is another company than the filer, a company read there or a
capitalised name no list knows with its verb (", and Progenics is evaluating PSMA ADC …"), and which names
none of the sentence's compounds, tells of that company's product (``others_clause``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.corpus import Document
from kg.extractors.filing_metadata import filer_name
from kg.extractors.pipeline.compounds import Hit
from kg.extractors.pipeline.segment import Paragraph, Sentence
from kg.extractors.pipeline.spans import ByStart
from kg.model import EntityRef
from kg.pattern_cache import cached_compile
from kg.records import quick_init
from kg.text import company_key

#: "This TAP compound", "the product candidate", "this CD19-targeting compound" (an antigen's name and
#: "-targeting" before the noun describe the compound, and name no other).
ANAPHOR = cached_compile(
    r"\b(?:this|the|that)\s+(?:[A-Za-z0-9αβγ]{2,10}-(?:targeting|targeted|directed)\s+)?(?:TAP\s+|anticancer\s+|novel\s+|ADC\s+)?"
    r"(?:compound|product candidate|product|drug candidate|conjugate)\b(?!s)",
    re.IGNORECASE,
)
#: Where a sentence's combination partners start: "in combination with", "plus", "together with",
#: "combined with" ("epratuzumab combined with rituximab achieved …"), and a
#: compound stated as given with others ("lorvotuzumab mertansine used with lenalidomide and
#: dexamethasone", "administered with", "co-administered with", "given with", "dosed with").
_COMBINATION = cached_compile(
    r"\b(?:in\s+)?combination\s+with\b|\bplus\b|\btogether\s+with\b|\bcombined\s+with\b|"
    r"\b(?:used|given|administered|co-?administered|dosed)\s+(?:(?:concurrently|concomitantly|together|"
    r"sequentially)\s+)?with\b",
    re.IGNORECASE,
)
#: Right before a compound's name, words making it the comparator of a trial, not what the trial tests:
#: "a Phase III trial comparing XYOTAX to paclitaxel", "compares T-DM1 with lapatinib", "compared with
#: docetaxel", "versus paclitaxel", "is being tested against docetaxel", "higher with T-DM1 than with
#: lapatinib",
#: maybe with a word or two of its regimen between ("versus weekly paclitaxel"). After "comparing", what is
#: compared first (group ``first``, joined by group ``link``) is the drug tested, whether or not it is a
#: name the filing's compounds hold ("comparing pralatrexate to erlotinib", "comparing GVAX immunotherapy
#: … to Taxotere"), unless it is a dose, a schedule or a standard treatment (see ``_GENERIC_ARM``).
_COMPARATOR_BEFORE = cached_compile(
    r"(?:\b(?:compared|tested|evaluated|studied|assessed|benchmarked)\s+(?:(?:head-to-head|directly)\s+)?"
    r"against|\bcompared\s+(?:to|with)|\bversus|\bvs\.?|\bthan(?:\s+(?:with|on|for))?|"
    r"\bcompar(?:e|es|ed|ing)\s+(?P<first>[^;.()]{1,80}?)\s(?P<link>to|with|versus|against))"
    r"\s+(?:(?!(?:and|or|in|for|of|to|with)\b)[a-z][\w-]*\s+){0,2}$",
    re.IGNORECASE,
)
#: What is compared first when it is the outcome or treatment *with* the drug named right after it:
#: "comparing treatment with XYZ-101 to treatment with docetaxel", "comparing outcomes with T-DM1 to those
#: with lapatinib". The drug after "with" is the one tested, not a comparator.
_ARM_OF_DRUG = cached_compile(
    r"(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){0,2}?(?:treatment|therapy|outcomes?|results?|survival|responses?|"
    r"efficacy|safety|activity|patients(?:\s+treated)?)",
    re.IGNORECASE,
)
#: In what is compared first, words of a dose, a schedule or a standard treatment, not of a drug tested:
#: "comparing standard-dose with high-dose AP-202" compares two doses of one compound, which is the
#: trial's; "comparing chemotherapy alone to AP-202 plus chemotherapy", "comparing placebo with AP-202"
#: test the compound named second.
_GENERIC_ARM = cached_compile(
    r"\b(?:placebo|chemotherap\w*|standard|(?:best\s+)?supportive\s+care|observation|radiation|radiotherapy|"
    r"surgery|[\w-]+-dose|dos(?:e|es|ing)|schedules?|regimens?|[\w-]*(?:weekly|daily|monthly))\b",
    re.IGNORECASE,
)
#: Right after a compound's name (and its other names in brackets), words making it a trial's comparator:
#: "with docetaxel as the comparator", "paclitaxel as the control arm", "docetaxel in the control arm".
_COMPARATOR_AFTER = cached_compile(
    r"(?:\s*(?:\((?:R|TM)\)|[®™]))?(?:\s*\([^()]{0,60}\))*\s+"
    r"(?:as\s+(?:the\s+|an?\s+)?(?:active\s+)?(?:comparator|control)|in\s+the\s+(?:comparator|control)\s+arm)\b",
    re.IGNORECASE,
)
#: Between a comparator's name and another name of it in brackets right after: "Taxotere(R) (docetaxel)".
_ALIAS_AFTER = cached_compile(r"(?:\s*(?:\((?:R|TM)\)|[®™]))?\s*\(\s*", re.IGNORECASE)
#: After a combination's names, a clause break opening a new phrase (an article or a possessive after
#: ", and"; a semicolon): not the last name of a list ("with carboplatin, paclitaxel, and bevacizumab").
_PHRASE_AFTER = cached_compile(r",\s+(?:and|but|while|whereas)\s+(?=(?:a|an|the|its|our|their)\s)|;\s+")
#: How far before a compound's name ``_COMPARATOR_BEFORE`` is looked for.
_COMPARATOR_REACH = 140
#: Words one of which every match of ``_COMBINATION`` / ``ANAPHOR`` / ``_COMPARATOR_BEFORE`` holds.
_COMBINATION_WORDS = ("combination", "plus", "together", "combined", "used", "given", "administered", "dosed")
_COMPARATOR_WORDS = ("compar", "versus", "vs", "control", "against", "than")
_ANAPHOR_WORDS = ("compound", "product", "candidate", "conjugate")
_LEAD_END = cached_compile(r"\s[-–—]\s|:|\bis\b|\bare\b|,\s+a\b")


@quick_init
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


@quick_init
@dataclass(frozen=True)
class _Topic:
    """A compound a heading or lead names, and where the sentence naming it starts."""

    ref: EntityRef
    since: int
    #: Set by a paragraph's lead line ("IMGN529 - …"), not by a heading of its own.
    dash: bool = False


class _LastSubjects:
    """Where the two most recent distinct subject compounds were last named (sentence starts).

    Enough to answer, in constant time, "has a compound other than X been a subject since offset p?".
    """

    def __init__(self) -> None:
        self._latest: tuple[EntityRef, int] | None = None
        self._before: tuple[EntityRef, int] | None = None

    def add(self, ref: EntityRef, at: int) -> None:
        if self._latest is not None and self._latest[0] == ref:
            self._latest = (ref, at)
            return
        self._before, self._latest = self._latest, (ref, at)

    def other_since(self, ref: EntityRef, since: int) -> bool:
        for seen in (self._latest, self._before):
            if seen is not None and seen[0] != ref:
                return seen[1] > since
        return False


def contexts(doc: Document, paras: list[Paragraph], sents: list[Sentence], hits: list[Hit]) -> list[Context]:
    """Context of every usable sentence (boilerplate excluded), in text order."""
    text = doc.text
    # Each paragraph and sentence looks up its names by binary search over the hits sorted by position
    # (a scan of every hit per sentence made the extractor quadratic in the filing's length).
    by_start = ByStart(sorted(hits, key=lambda h: (h.start, h.end)))
    first_sentence: dict[int, int] = {}
    for sent in sents:
        first_sentence.setdefault(sent.paragraph, sent.start)
    topics = _paragraph_topics(text, paras, by_start, first_sentence)

    result: list[Context] = []
    filer = filer_name(doc)
    last = _LastSubjects()
    spans = [(sent.start, sent.end) for sent in sents]
    combination_words = doc.word_places(_COMBINATION_WORDS).marked(spans)
    comparator_words = doc.word_places(_COMPARATOR_WORDS).marked(spans)
    anaphor_words = doc.word_places(_ANAPHOR_WORDS).marked(spans)
    for index, sent in enumerate(sents):
        if sent.boilerplate or sent.table_row:
            continue  # a table row is read by column (see ``tables``), not as a sentence
        named = tuple(by_start.within(sent.start, sent.end))
        body = text[sent.start : sent.end]
        partners = _combination_zones(text, sent, named, combination_words[index])
        compounds: list[EntityRef] = []
        comparators: list[Hit] = []
        for h in named:
            if h.kind != "compound" or h.ref in compounds or any(a <= h.start < b for a, b in partners):
                continue
            if comparator_words[index] and _comparator(text, sent.start, h, named, comparators):
                comparators.append(h)
                continue  # "comparing XYOTAX to paclitaxel": the trial's comparator
            compounds.append(h.ref)
        if compounds:
            compounds = _without_prior_therapies(text, sent, named, compounds)
        if len(compounds) == 1 and partners:
            compounds = _added_to_alone(text, named, compounds)
        if len(compounds) > 1:
            compounds = _without_chemotherapy_beside(text, named, compounds, partners)
        if len(compounds) > 1:
            compounds = _without_drugs_given(text, sent, named, compounds)
        topic = None
        if not compounds:
            raw = topics.get(sent.paragraph, (None, None, None))
            strong, weak, heading_line = (_holding(t, last) for t in raw)
            if (
                raw[0] is not None
                and raw[0].dash
                and (_GENERIC_PLURAL.search(body) or _others_say(named, body, filer))
            ):
                # "Preclinical data related to targeting FOLR1 with TAP compounds" under "IMGN853 - …"
                # is said of such compounds in general, not of the lead's one; "Biotest began a Phase
                # I/IIa trial …" under it is another company's, of its own compound.
                strong = None
            anaphor = ANAPHOR.search(body) if anaphor_words[index] else None
            topic = (weak or strong) if anaphor else strong
            if topic is None and anaphor is not None and anaphor.start() == 0:
                topic = heading_line
        result.append(Context(sent, named, tuple(compounds), topic))
        for ref in compounds:
            last.add(ref, sent.start)
    return result


#: Right after a compound's name (and its other names in brackets), "with" and the drugs it is given
#: with: "the ESCAPE Phase 3 trial of Nexavar with carboplatin and paclitaxel". Group ``optional``: "with
#: or without", which makes the drug after it the one a trial tests, the drug before it the therapy
#: every patient gets ("a Phase 3 trial of paclitaxel with or without HC-450").
_WITH_AFTER_NAME = cached_compile(r"(?:\s*\([^()]{0,60}\))?\s+with\s+(?P<optional>or\s+without\s+)?")
#: After a combination's words, a colon opening the list of its partners, whose items semicolons part
#: ("in combination with: gemcitabine in pancreatic cancer; docetaxel in prostate cancer; and …").
_LIST_OPENS = cached_compile(r"\s*:")
#: Words of a new phrase telling of a trial of its own ("…, and a Phase I/II study of yttrium-90-labeled
#: epratuzumab"): after a clause break, they make the compound named next a subject again.
_TRIAL_PHRASE = cached_compile(r"\b(?:phase|trials?|stud(?:y|ies)|programs?)\b", re.IGNORECASE)


def combination_zones(text: str, ctx: Context) -> list[tuple[int, int]]:
    """Where the sentence of ``ctx`` names combination partners (see ``_combination_zones``): "IMGN901
    … in combination with an anti-IGF-1R antibody" names the antibody's target, not IMGN901's."""
    return _combination_zones(text, ctx.sentence, ctx.hits, True)


def _combination_zones(
    text: str, sent: Sentence, named: tuple[Hit, ...], cued: bool
) -> list[tuple[int, int]]:
    """Where a sentence names combination partners: from each combination's words (``_COMBINATION``,
    read when ``cued``: one of their words is in the sentence) or a compound's name followed by "with"
    ("Nexavar with carboplatin and paclitaxel") to the end of the sentence, or to a clause break opening
    a new phrase of a trial of its own (``_PHRASE_AFTER``, ``_TRIAL_PHRASE``): "a Phase II study of
    epratuzumab in combination with rituximab …, and a Phase I/II study of yttrium-90-labeled
    epratuzumab" names a subject again after ", and a"; "…, and the first patients received bevacizumab"
    names no trial of bevacizumab. A list opened by a colon runs across its semicolons. A compound before
    "with or without" is the therapy every patient gets: a partner too (its own name is the zone)."""
    starts = [m.start() for m in _COMBINATION.finditer(text, sent.start, sent.end)] if cued else []
    zones: list[tuple[int, int]] = []
    for h in named:
        if h.kind == "compound" and (with_after := _WITH_AFTER_NAME.match(text, h.end, sent.end)):
            if with_after.group("optional"):
                zones.append((h.start, h.end))  # "paclitaxel with or without HC-450": HC-450 is tested
            else:
                starts.append(with_after.start())
    combined: list[tuple[int, int]] = []
    for start in sorted(starts):
        if combined and start < combined[-1][1]:
            continue
        combined.append((start, _zone_end(text, sent, named, start)))
    return sorted([*zones, *combined])


def _zone_end(text: str, sent: Sentence, named: tuple[Hit, ...], start: int) -> int:
    """Where the combination starting at ``start`` ends (see ``_combination_zones``)."""
    words = _COMBINATION.match(text, start)
    if words is not None and _LIST_OPENS.match(text, words.end()):
        return sent.end  # "in combination with: A in X; B in Y; and C in Z"
    at = start
    while (phrase := _PHRASE_AFTER.search(text, at, sent.end)) is not None:
        following = next(
            (h.start for h in named if h.kind == "compound" and h.start >= phrase.end()), sent.end
        )
        if _TRIAL_PHRASE.search(text, phrase.end(), following):
            return phrase.start()
        at = phrase.end()
    return sent.end


def _comparator(text: str, since: int, hit: Hit, named: tuple[Hit, ...], comparators: list[Hit]) -> bool:
    """Whether the compound ``hit`` is named as a trial's comparator (see ``_COMPARATOR_BEFORE``,
    ``_COMPARATOR_AFTER``), or is another name in brackets of one named so just before (``comparators``:
    "to Taxotere(R) (docetaxel)")."""
    if any(c.ref == hit.ref and _ALIAS_AFTER.fullmatch(text, c.end, hit.start) for c in comparators):
        return True
    m = _COMPARATOR_BEFORE.search(text, max(since, hit.start - _COMPARATOR_REACH), hit.start)
    if m is None:
        return _COMPARATOR_AFTER.match(text, hit.end) is not None  # "docetaxel as the comparator"
    if m.group("first") is None:
        return True  # "versus paclitaxel", "compared with docetaxel"
    first = m.span("first")
    if m.group("link").lower() == "with" and _ARM_OF_DRUG.fullmatch(text, *first):
        return False  # "comparing treatment with XYZ-101 to …": the drug the trial tests
    if any(h.kind == "compound" and h.ref != hit.ref and first[0] <= h.start < first[1] for h in named):
        return True  # "comparing XYOTAX to paclitaxel"
    # What is compared first names no compound of the filing: the drug tested all the same ("comparing
    # pralatrexate to erlotinib"), unless it is a dose or a standard treatment ("comparing standard-dose
    # with high-dose AP-202", "comparing chemotherapy alone to AP-202 plus chemotherapy").
    return _GENERIC_ARM.search(text, *first) is None


#: Right after a compound's name (and its other names in brackets): the arm that gets it alone ("comparing
#: docetaxel alone to docetaxel plus XYZ-101").
_ALONE_AFTER = cached_compile(r"(?:\s*\([^()]{0,60}\))?\s+(?:alone|monotherapy)\b", re.IGNORECASE)
#: Right after a compound's name, the drug added to it: "docetaxel plus XYZ-101", "docetaxel in
#: combination with XYZ-101".
_ADDED_AFTER = cached_compile(
    r"(?:\s*\([^()]{0,60}\))?\s+(?:plus|\+|with|and|(?:in\s+)?combination\s+with|together\s+with)\s+",
    re.IGNORECASE,
)


def _added_to_alone(text: str, named: tuple[Hit, ...], compounds: list[EntityRef]) -> list[EntityRef]:
    """The one subject compound of a sentence comparing it given alone with it given with another drug
    ("a Phase 3 trial comparing docetaxel alone to docetaxel plus XYZ-101"): the drug added, which the
    trial tests, not the backbone every arm gets (a combination partner, left out so far). Otherwise
    ``compounds`` as they are."""
    backbone = compounds[0]
    own = [h for h in named if h.kind == "compound" and h.ref == backbone]
    alone = next((i for i, h in enumerate(own) if _ALONE_AFTER.match(text, h.end)), None)
    if alone is None:
        return compounds
    for h in own[alone + 1 :]:
        added = _ADDED_AFTER.match(text, h.end)
        if added is None:
            continue
        tested = next(
            (x.ref for x in named if x.kind == "compound" and x.start == added.end() and x.ref != backbone),
            None,
        )
        if tested is not None:
            return [tested]
    return compounds


#: Right before a compound's name, words of a drug patients were given: "the first patients received
#: bevacizumab", "patients were treated with docetaxel".
_GIVEN_BEFORE = cached_compile(
    r"\b(?:received|receive|receiving|were\s+given|(?:were\s+|been\s+)?treated\s+with|pre-?treated\s+with)\s+"
    r"(?:(?:the|a|an|prior|previous|standard|first-line|second-line)\s+)?$",
    re.IGNORECASE,
)
#: Right before a compound's name, the trial it is what the trial tests: "a Phase 1b study of AP-303".
_TRIAL_OF_BEFORE = cached_compile(
    r"\b(?:trials?|stud(?:y|ies)|programs?)\s+(?:of|with|evaluating)\s+(?:the\s+)?$", re.IGNORECASE
)


def _without_drugs_given(
    text: str, sent: Sentence, named: tuple[Hit, ...], compounds: list[EntityRef]
) -> list[EntityRef]:
    """The subject ``compounds`` without the drugs the sentence says patients were given ("the first
    patients received bevacizumab in the dose-escalation arm") where it names another compound as what a
    trial is of ("a Phase 1b study of AP-303"): a drug given in another compound's trial is no subject."""
    tested = {
        h.ref
        for h in named
        if h.kind == "compound"
        and h.ref in compounds
        and _TRIAL_OF_BEFORE.search(text, max(sent.start, h.start - 40), h.start)
    }
    if not tested:
        return compounds
    given = {
        h.ref
        for h in named
        if h.kind == "compound"
        and h.ref in compounds
        and h.ref not in tested
        and _GIVEN_BEFORE.search(text, max(sent.start, h.start - 40), h.start)
    }
    # A drug printed elsewhere in the sentence otherwise than as given stays a subject.
    given = {
        ref
        for ref in given
        if all(
            _GIVEN_BEFORE.search(text, max(sent.start, h.start - 40), h.start) for h in named if h.ref == ref
        )
    }
    return [ref for ref in compounds if ref not in given] if given else compounds


#: Right before a compound's name, words of a therapy the patients had before, which selects them and is
#: not what is tested or approved: "patients … who have previously received trastuzumab and a taxane",
#: "after prior treatment with rituximab", "refractory to bortezomib", "whose disease progressed on
#: imatinib". Maybe with an article or "both" and a word of the line of treatment between. "After
#: treatment with X" alone tells of X's own treatment ("regressions were seen after treatment with
#: IMGN853 in the Phase I trial"): a therapy before only with "prior" or "previous". The prior therapies
#: may be counted and then named: "who have received at least two prior therapies, including bortezomib".
_PRIOR_THERAPY_BEFORE = cached_compile(
    r"\b(?:(?:previously|already|prior(?:ly)?)\s+(?:been\s+)?(?:received|receiving|treated\s+with|given)|"
    r"(?:prior|previous)\s+(?:therap(?:y|ies)|treatments?|regimens?|lines\s+of\s+(?:therapy|treatment))"
    r"\s*,?\s+(?:including|such\s+as)|"
    r"(?:have|has|had)\s+(?:been\s+)?(?:previously\s+)?pre-?treated\s+with|(?:failed|failing|failure\s+of)|"
    r"(?:after|following|despite)\s+(?:prior|previous|earlier)(?:\s+(?:treatment|therapy|chemotherapy)\s+with)?|"
    r"despite\s+(?:treatment|therapy|chemotherapy)\s+with|"
    r"(?:progress(?:ed|ion)|relapsed|relapse)\s+(?:on|after|following)(?:\s+(?:prior|previous))?|"
    r"(?:refractory|resistant|intolerant)\s+(?:to|of))\s+"
    r"(?:(?:both|either|prior|previous|an?|the)\s+)?$",
    re.IGNORECASE,
)
#: Between two names of a list of prior therapies ("previously received trastuzumab and lapatinib",
#: "relapsed after lenalidomide, bortezomib, and thalidomide"), with other names of the first in brackets
#: between: group ``comma`` a comma, group ``conj`` "and" or "or". Only a list of names alone: a comma
#: and "and" after a list of two, or after a name alone, opens a clause of its own ("refractory to
#: rituximab, and SAR650984 in a Phase I trial in multiple myeloma").
_PRIOR_LIST_GLUE = cached_compile(
    r"(?:\s*\([^()]{0,60}\))?(?:\s*(?P<comma>,)\s*(?:(?P<conj>and|or)\s+)?|\s+(?P<conj2>and|or)\s+)"
)
#: After the last name read of a list parted by commas, the conjunction and the word closing it: ",
#: and thalidomide", " and a taxane".
_LIST_CLOSES = cached_compile(r"(?:\s*\([^()]{0,60}\))?\s*,?\s+(?:and|or)\s+[\w-]+(?:\s*[.;)]|\s*$)")
#: Right after a name, the name's own phrase: a verb or a stage of its own ("…, and IMGN529 is in a Phase
#: I trial"): the name is no item of a list of prior therapies.
_OWN_PHRASE_AFTER = cached_compile(
    r"(?:\s*\([^()]{0,60}\))?\s+(?:is|are|was|were|has|have|had|will|entered|began|remains?|continues?|"
    r"in\s+(?:(?:a|an|the|its|two|several|ongoing|randomi[sz]ed|pivotal)\s+)*(?:phase|trials?|stud(?:y|ies)|clinical))\b",
    re.IGNORECASE,
)


#: The same words with a list of one-word drug names the filing does not know between them and the name:
#: "refractory to fludarabine and alemtuzumab", "after prior bortezomib, lenalidomide or thalidomide".
#: Only items glued by "and", "or" or a comma alone: a comma and "and" may open a clause of its own
#: ("refractory to rituximab, and SAR650984 in a Phase I trial").
_PRIOR_THERAPY_LISTED_BEFORE = cached_compile(
    _PRIOR_THERAPY_BEFORE.pattern.removesuffix("$")
    + r"(?:(?!(?:and|or|patients|who|whose|in|for|with|the|a|an)\b)[A-Za-z][\w-]*(?:\s+(?:and|or)\s+|\s*,\s*(?!and\b|or\b))){1,3}$",
    re.IGNORECASE,
)


def prior_therapy_before(text: str, since: int, at: int) -> bool:
    """Whether the words right before offset ``at`` (not before ``since``) tell of a therapy the patients
    had before (``_PRIOR_THERAPY_BEFORE``): "patients who have failed anti-IGF-1R therapy"."""
    return _PRIOR_THERAPY_BEFORE.search(text, max(since, at - 60), at) is not None


def _without_prior_therapies(
    text: str, sent: Sentence, named: tuple[Hit, ...], compounds: list[EntityRef]
) -> list[EntityRef]:
    """The subject ``compounds`` without the therapies the sentence says its patients had before (see
    ``_PRIOR_THERAPY_BEFORE``): "the FDA approved Kadcyla … for patients with HER2-positive metastatic
    breast cancer who have previously received trastuzumab and a taxane" approves Kadcyla alone. A drug
    printed elsewhere in the sentence otherwise than as a prior therapy stays a subject. A sentence whose
    only compounds are prior therapies has none ("a Phase II trial in patients refractory to rituximab"
    under a compound's heading is that compound's)."""
    hits = [h for h in named if h.kind == "compound" and h.ref in compounds]
    prior: list[Hit] = []
    index = 0
    while index < len(hits):
        h = hits[index]
        if not prior_therapy_before(text, sent.start, h.start) and not _listed_prior(text, sent.start, h):
            index += 1
            continue
        listed = _prior_list(text, hits[index:])
        prior.extend(listed)
        index += len(listed)
    refs = {h.ref for h in prior}
    refs = {ref for ref in refs if all(h in prior for h in hits if h.ref == ref)}
    return [ref for ref in compounds if ref not in refs]


def _listed_prior(text: str, since: int, hit: Hit) -> bool:
    """Whether the compound ``hit`` ends a list of prior therapies whose other items the filing does not
    name as compounds (``_PRIOR_THERAPY_LISTED_BEFORE``), and has no phrase of its own after it."""
    if _OWN_PHRASE_AFTER.match(text, hit.end):
        return False
    return _PRIOR_THERAPY_LISTED_BEFORE.search(text, max(since, hit.start - 100), hit.start) is not None


def _prior_list(text: str, hits: list[Hit]) -> list[Hit]:
    """The names of a list of prior therapies opening with ``hits[0]`` (named right after the words of a
    therapy before): the first alone, or a list of names joined as lists are ("A and B", "A or B", "A, B
    and C", "A, B, and C"), whose last name has no phrase of its own after it (``_OWN_PHRASE_AFTER``)."""
    commas = 0  # names joined by a comma alone so far
    for count in range(1, len(hits)):
        glue = _PRIOR_LIST_GLUE.fullmatch(text, hits[count - 1].end, hits[count].start)
        if glue is None:
            break
        conj = glue.group("conj") or glue.group("conj2")
        if conj is None:
            commas += 1  # "A, B": a list goes on only if "and" or "or" closes it
            continue
        if commas != count - 1 or (glue.group("comma") and count < 2):
            break  # "A or B, and C", "A, and C": a clause of its own, no list
        return hits[: count + 1] if _OWN_PHRASE_AFTER.match(text, hits[count].end) is None else hits[:1]
    if commas and _LIST_CLOSES.match(text, hits[commas].end):
        return hits[: commas + 1]  # "lenalidomide, bortezomib, and thalidomide", the last no name read
    return hits[:1]


#: INN stems of standard chemotherapies: taxanes ("paclitaxel", "docetaxel", "cabazitaxel"), platins
#: ("carboplatin"), anthracyclines ("doxorubicin"), nucleoside analogues ("gemcitabine"), camptothecins
#: ("irinotecan"). One word each: "sacituzumab govitecan" is a conjugate.
_CHEMOTHERAPY = cached_compile(r"[A-Za-z]+(?:taxel|platin|rubicin|citabine|tecan)", re.IGNORECASE)
#: Between a chemotherapy's name and another compound's, either way round, the words of a combination or
#: a comparison: "docetaxel and HC-620", "HC-710 or cabazitaxel", "Standard (paclitaxel) or to HC-450",
#: "HC-450 plus paclitaxel".
_CHEMOTHERAPY_GLUE = cached_compile(
    r"\s*\)?\s*(?:\([^()]{0,60}\)\s*)?,?\s*(?:and|or|plus|\+|with|versus|vs\.?)\s+(?:(?:to|with)\s+)?"
    r"(?:\([^()]{0,60}\)\s*)?",
    re.IGNORECASE,
)


def _without_chemotherapy_beside(
    text: str, named: tuple[Hit, ...], compounds: list[EntityRef], partners: list[tuple[int, int]]
) -> list[EntityRef]:
    """The subject ``compounds`` of a sentence naming one compound besides standard chemotherapies
    (``_CHEMOTHERAPY``), each chemotherapy joined to that compound's name by the words of a combination or
    a comparison ("a Phase 2 trial of docetaxel and HC-620", "randomized to HC-710 or cabazitaxel"):
    the other compound alone, what the trial tests. Otherwise the compounds as they are: a chemotherapy
    named apart is one subject among several, and the sentence's stage is no one's."""
    chemo = {
        h.ref
        for h in named
        if h.kind == "compound" and h.ref in compounds and _CHEMOTHERAPY.fullmatch(h.printed)
    }
    tested = [ref for ref in compounds if ref not in chemo]
    if not chemo or len(tested) != 1:
        return compounds
    own = [h for h in named if h.kind == "compound" and h.ref == tested[0]]
    for h in named:
        if h.ref not in chemo or any(a <= h.start < b for a, b in partners):
            continue
        if not any(_beside(text, h, o) for o in own):
            return compounds
    return tested


def _beside(text: str, a: Hit, b: Hit) -> bool:
    """Whether only the words of a combination or a comparison part the names ``a`` and ``b``."""
    first, second = (a, b) if a.start < b.start else (b, a)
    return _CHEMOTHERAPY_GLUE.fullmatch(text, first.end, second.start) is not None


#: "its"/"their" before a compound's noun: the compound of the company just named.
_OTHERS_OWN = cached_compile(
    r"\b(?:its|their)\s+(?:[\w-]+\s+){0,3}?(?:compound|product|candidate|ADC|conjugate|antibody)", re.I
)


def _others_say(named: tuple[Hit, ...], body: str, filer: str | None) -> bool:
    """Whether a sentence names a company other than the filer, or speaks of "its"/"their" compound:
    what it says is that company's (a lead line's compound is not its subject)."""
    filer_key = company_key(filer) if filer else None
    others = any(
        h.kind == "company" and h.ref.key != filer_key and company_key(h.printed) != filer_key for h in named
    )
    return others or bool(_OTHERS_OWN.search(body))


def _holding(topic: _Topic | None, last: _LastSubjects) -> EntityRef | None:
    """The topic's compound, unless another compound has been a sentence's subject since it was set."""
    if topic is None or last.other_since(topic.ref, topic.since):
        return None
    return topic.ref


_Topics = tuple[_Topic | None, _Topic | None, _Topic | None]


def _paragraph_topics(
    text: str, paras: list[Paragraph], by_start: ByStart[Hit], first_sentence: dict[int, int]
) -> dict[int, _Topics]:
    """For each paragraph: the compound of its section heading (strong), of its paragraph or bullet lead
    (weak, for anaphora), and of the nearest preceding heading line (for sentence-opening anaphora)."""
    section: _Topic | None = None
    lead: _Topic | None = None
    heading_line: _Topic | None = None
    # The compound of a paragraph that opens with its name as a heading of the line ("huN901-DM1 - in
    # Phase I/II testing", "Lorvotuzumab mertansine - In February 2013, …"): the paragraph and the
    # bullets under it are about that compound, as a section under its heading is.
    dash: _Topic | None = None
    topics: dict[int, _Topics] = {}
    for index, para in enumerate(paras):
        if para.table_row:
            # A table between paragraphs ends the lead and heading line before it: "This compound"
            # after a table may mean any of its rows.
            lead = heading_line = dash = None
            topics[index] = (section, None, None)
            continue
        inside = [h for h in by_start.within(para.start, para.end) if h.kind == "compound"]
        since = first_sentence.get(index, para.start)
        if para.heading and text[para.start : para.end].strip().isdigit():
            topics[index] = (section, lead, heading_line)  # a page number between two parts of a section
            continue
        if para.bullet and not para.heading:
            own = _bullet_dash_topic(text, para, inside, since)
            if own is not None:
                # "• Daclizumab – Facet and Biogen Idec are jointly developing …": the bullet is
                # about the compound it opens with, as a paragraph so opening is.
                topics[index] = (own, own, heading_line)
                continue
        if not para.bullet:
            line_ref = _heading_line(text, para, inside)
            dash = None
            if line_ref is not _NO_LEAD:
                heading_line = _Topic(line_ref, since) if line_ref is not None else None
                if line_ref is not None and not para.heading and _DASH_LEAD.match(text, inside[0].end):
                    dash = _Topic(line_ref, since, True)
            elif para.heading:
                heading_line = None  # a new section titled without a compound
        if para.heading:
            refs = {h.ref for h in inside}
            section = _Topic(next(iter(refs)), since) if len(refs) == 1 else None
            lead = section
        elif dash is not None:
            topics[index] = (dash, dash if para.bullet else lead, heading_line)
            if not para.bullet:
                lead = dash
            continue
        else:
            ref = _lead(text, para, inside)
            if ref is not _NO_LEAD:
                this = _Topic(ref, since) if ref is not None else None
                if para.bullet:
                    topics[index] = (section, this, heading_line)
                    continue
                lead = this
            elif not para.bullet:
                lead = section
        topics[index] = (section, lead, heading_line)
    return topics


def _bullet_dash_topic(text: str, para: Paragraph, inside: list[Hit], since: int) -> _Topic | None:
    """The compound a bullet item opens with as the heading of its line ("• IMGN529 – in preclinical
    development …", "• Daclizumab: …"), else None."""
    line_ref = _heading_line(text, para, inside)
    if line_ref is None or line_ref is _NO_LEAD or not _DASH_LEAD.match(text, inside[0].end):
        return None
    return _Topic(line_ref, since, True)


#: Compounds of a kind named in the plural: a sentence so worded speaks of them in general.
_GENERIC_PLURAL = cached_compile(
    r"\b(?:compounds|conjugates|ADCs|(?:product|drug)\s+candidates)\b", re.IGNORECASE
)
#: After a compound's name (and its other names in brackets) opening a paragraph: a dash or colon, as
#: a heading of the line ("IMGN529 - in preclinical development", "SAR3419: sanofi-aventis began").
_DASH_LEAD = cached_compile(r"(?:\s*\([^()]{1,60}\))?(?:\s[-–—]\s|:\s)")
_HEADING_LINE_END = cached_compile(r"\s[-–—]\s|:|\n|$")
_NAME_GLUE = cached_compile(r"[\s(),/–—-]*")


def _heading_line(text: str, para: Paragraph, inside: list[Hit]) -> EntityRef | None:
    """The compound a paragraph's first line is a heading for: the line is that compound's name alone
    (``HuN901-DM1``) or starts with it followed by " - " or ":" (``IMGNB853 - in preclinical development``,
    ``IMGN901 (lorvotuzumab mertansine) - in clinical testing``). None when such a line names several
    compounds; ``_NO_LEAD`` when the first line is not shaped so."""
    if not inside or inside[0].start > para.start + 2:
        return _NO_LEAD
    stop = _HEADING_LINE_END.search(text, inside[0].end, para.end)
    end = stop.start() if stop else para.end
    names = [h for h in inside if h.start < end]
    # Between and around the names only brackets, commas and slashes: "A (B)", "A/B", "A, B and C" fails.
    pos = para.start
    for h in names:
        if not _NAME_GLUE.fullmatch(text, pos, h.start):
            return _NO_LEAD
        pos = h.end
    if not _NAME_GLUE.fullmatch(text, pos, end):
        return _NO_LEAD
    refs = {h.ref for h in names}
    return next(iter(refs)) if len(refs) == 1 else None


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


#: Where a sentence's second main clause opens: ", and" / ", but" / ", while" / ";" before a new actor.
_CLAUSE_BREAK = cached_compile(r",\s+(?:and|but|while|whereas)\s+|;\s+")


def clause_bounds(text: str, ctx: Context, at: int) -> tuple[int, int]:
    """Start and end of the main clause of the sentence holding offset ``at``: from the last ", and" /
    ", but" / ", while" / ";" before it to the next one after it."""
    s = ctx.sentence
    opens = max((m.end() for m in _CLAUSE_BREAK.finditer(text, s.start, at)), default=s.start)
    closes = next((m.start() for m in _CLAUSE_BREAK.finditer(text, at, s.end)), s.end)
    return opens, closes


def _later_clause_without_compound(text: str, ctx: Context, at: int) -> int | None:
    """Where the clause holding ``at`` opens, when it is a later clause of its sentence (after ", and",
    ", but", ";" …) that names none of the sentence's compounds, all of which the sentence named before
    the break; None otherwise."""
    s = ctx.sentence
    opens = max((m.end() for m in _CLAUSE_BREAK.finditer(text, s.start, at)), default=None)
    if opens is None:
        return None
    clause_end = next((m.start() for m in _CLAUSE_BREAK.finditer(text, at, s.end)), s.end)
    if any(h.kind == "compound" and opens <= h.start < clause_end for h in ctx.hits):
        return None
    if not any(h.kind == "compound" and h.start < opens for h in ctx.hits):
        return None
    return opens


def foreign_clause(text: str, ctx: Context, at: int) -> bool:
    """Whether the words at ``at`` stand in a later clause of the sentence with an actor of its own and
    none of its compounds: "GlaxoSmithKline continues to advance cantuzumab mertansine in the clinic,
    and Genentech is evaluating our TAP technology with its anti-HER2 antibody" says nothing of
    cantuzumab mertansine after ", and Genentech". The clause opens at the last break before ``at``;
    it is foreign when it names a company (or "we"/"our") before ``at``, names no compound, and the
    sentence named its compounds only before the break."""
    opens = _later_clause_without_compound(text, ctx, at)
    if opens is None:
        return False
    actor = any(h.kind == "company" and opens <= h.start < at for h in ctx.hits)
    return actor or bool(re.match(r"(?:we|our)\b", text[opens:at], re.IGNORECASE))


def others_clause(doc: Document, ctx: Context, at: int) -> bool:
    """Whether the words at ``at`` stand in a later clause of the sentence whose actor is another company
    than the filer and which names none of the sentence's compounds: ", and Progenics is evaluating PSMA
    ADC in a phase I trial in prostate cancer" tells nothing of the compound named before the break.
    The actor is a company read there, or a capitalised name no list knows as the clause's subject (see
    ``_NAMED_SUBJECT``); the filer (", and ARIAD expects to begin a Phase 1/2 trial in …"), "we" and
    a clause with no actor go on about the sentence's compound."""
    text = doc.text
    opens = _later_clause_without_compound(text, ctx, at)
    if opens is None:
        return False
    filer = company_key(filer_name(doc) or "")
    actors = [h for h in ctx.hits if h.kind == "company" and opens <= h.start < at]
    if actors:
        return any(h.ref.key != filer and not _filers_word(doc, text[h.start : h.end]) for h in actors)
    m = _NAMED_SUBJECT.match(text, opens)
    return m is not None and m.end() <= at and not _filers_word(doc, m.group("name"))


def _filers_word(doc: Document, name: str) -> bool:
    """Whether ``name``'s first word is a word of the filer's name ("ARIAD" of "ARIAD Pharmaceuticals,
    Inc.")."""
    words = (filer_name(doc) or "").lower().replace(",", " ").split()
    first = name.split()[0].lower() if name.split() else ""
    return bool(first) and first in words


#: A clause's subject that is a name of its own, then its finite verb: "Progenics is evaluating",
#: "Lilly began". Capitalised mid-sentence, such a word is a proper name (a company no list knows, a
#: regulator), not an article or the stage itself ("and Phase II enrollment is …"). At most three words.
_NAMED_SUBJECT = cached_compile(
    r"(?!(?:Phase|Phases|The|This|These|Those|That|It|Its|Each|Both|All|A|An|In|On|At|By|For|During|With|"
    r"After|Before|Enrollment|Patients|Data|Results)\b)"
    r"(?P<name>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,2})\s+"
    r"(?:is|are|was|were|has|have|had|will|began|begins|started|starts|initiated|completed|continues|"
    r"continued|reported|announced|expects|plans|intends|received|submitted|filed)\b"
)
