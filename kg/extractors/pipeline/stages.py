"""Development stages of compounds, one ``StatusObservation`` per filing, compound, phase and indication.

Reads each usable sentence about one compound. Phase words are read as OCR prints them ("Phase Il",
"Phase lll", "Phase |", "Phase I/l", "Phase l/lla", "Phase Ib/ll"); "in preclinical development" and
plans to file an IND mean preclinical, as does preclinical work going on ("is conducting preclinical
studies of X") when the filing names no clinical stage of X; "entered the clinic" / "advanced into
clinical testing" mean Phase I.
Plans ("expects … to enter Phase II", "on track to be initiated", "the intent of starting its Phase II",
"allows us to carry X through Phase I and Y into the clinic", a headline's "Phase I/II Trial of X in SCLC
to Begin in 2010", "we remain committed to a Phase I trial", a move "toward Phase I testing") state no
current stage and are skipped, but a move going on is no plan ("Genentech continued to advance
trastuzumab-DM1 in its Phase I trial") unless it is a move into the stage ("continued to move T-DM1 into
Phase III testing"); a plan reaches the clause (between
semicolons) stating it and those after it, not a stage stated before it ("Phase I completed; a Phase II trial is expected to
begin"), nor a clause joined with a subject and verb of its own (", and sanofi-aventis expects to move
SAR3419 into the clinic" plans nothing for the Phase I stated before it). In a sentence naming several
compounds a stage belongs to the one compound its own clause names, or the one whose own phrase states it
("AMG 172 in a Phase I trial in renal cell carcinoma and AMG 595, which targets EGFRvIII, in a Phase I
trial in glioblastoma"). Each stage takes the diseases of its
own clause; when a clause states several stages and several diseases, each stage takes the diseases its
own phrase names ("the Phase I/II trial in SCLC and the Phase I trial in multiple myeloma"), and none when
that pairing is unclear. Named trials ("Phase III trial, EMILIA,", "BLISS-52 and BLISS-76, the two Phase 3
trials of belimumab", "two Phase III trials (BLISS-52 and BLISS-76)") become ClinicalTrial entities with
their compound, phase and indication. A trial's own name may stand between its phase and "trial" ("the
pivotal Phase 2 PACE trial of ponatinib"): the stage is of the compound the trial is of; and in a sentence
of several compounds a stage whose trial is of one of them ("a Phase I/II study of yttrium-90-labeled
epratuzumab in patients with relapsed NHL") takes the diseases of that compound's phrase.

A trial named as the source of results, or as one that did or did not meet its primary endpoint ("Data
from the Phase II trial … were presented", "Following the
results of the Phase 3 … trial", "Phase 2 Data for Elotuzumab … Presented", "Presents Phase 1 Data") or
as the one an approval was based on ("The approval was based on the results of PROPEL, the pivotal Phase 2
trial of …") is no current stage, unless its results are interim, first or
awaited. A pivotal trial with no phase printed is Phase III only when the
filing prints no phase of the compound's pivotal trial ("our pivotal phase II trial"). A stage introduced
by "into" belongs to the compound right before the "into", never to one moved into another stage before,
and to each of a list right before it ("moved two compounds, IMGN529 and IMGN853, into the clinic"); a
Phase I right after a name that ends a list or is joined to it ("A and B toward and into clinical
testing") belongs to no one of them.

Preparing, designing or looking forward to a trial ("is being prepared for a Phase I trial", "moving
IMGN529 into the clinic") is a plan; a stage turned down ("decided not to initiate a pivotal trial") or of
a compound not to be advanced ("does not plan to advance the compound") is no current stage, and a stop in
one disease ("has discontinued its development in SCLC") only of that disease's stages; an objective
printed as a bare verb ("Initiate a Phase 3 trial of IPI-926 by year-end 2011") is a plan; a trial that
met its primary endpoint has given its result. A stage said of "each" of a list ("A and B are each in
Phase I testing") is every listed compound's; an application under priority review is Registration of the
product it names ("BLA for T-DM1"), as is one accepted for filing; a product "approved by the FDA", "is
approved in the United States" or "in more than 70 countries" is Approved. A stage in a later clause whose
actor is another company, even one no list knows (", and Progenics is evaluating PSMA ADC in a phase I
trial"), and naming none of the sentence's compounds, is not the sentence's compound's; a trial stated as
stopped with its phase printed ("stopped a Phase 2 trial of AZD6244") is no current stage.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from kg.corpus import Document
from kg.extractors.pipeline.compounds import NAME_LIST_GLUE, Hit
from kg.extractors.pipeline.context import ANAPHOR, Context, others_clause
from kg.extractors.pipeline.indications import DISCONTINUED as _DISCONTINUED
from kg.extractors.pipeline.indications import cued_indications, negated, phrase_indications
from kg.extractors.pipeline.segment import Sentence
from kg.model import EntityRef, Evidence, Mention, Relation, Skipped, StatusObservation
from kg.pattern_cache import cached_compile
from kg.reference import Gazetteer
from kg.text import slugify

_ROMAN = r"(?:[IVl1|L]{1,3}|[23])"
#: "Phase II", and "phase 2" as some companies print it in lower case with arabic numerals.
PHASE = cached_compile(
    rf"\b[Pp]hase\s+(?P<a>{_ROMAN})(?P<sa>[abAB])?(?:\s*/\s*(?P<b>{_ROMAN})(?P<sb>[abAB])?)?(?![\w])"
)
#: Right before an infinitive, a verb making it a move going on or made, not an aim: "Genentech continued
#: to advance trastuzumab-DM1 in its Phase I trial", "began to enroll".
_GOING_ON_BEFORE_TO = (
    r"(?<!\bcontinue\s)(?<!\bcontinues\s)(?<!\bcontinued\s)(?<!\bcontinuing\s)"
    r"(?<!\bbegan\s)(?<!\bbegun\s)(?<!\bstarted\s)"
)
_FUTURE_BEFORE = cached_compile(
    r"\b(?:expect\w*|plans?\s+to|planning|planned|intend\w*|intent|anticipat\w*|will|would|may|could|potential\w*|"
    rf"{_GOING_ON_BEFORE_TO}to\s+(?:enter|start|begin|initiate|advance)|"
    r"starting|advance\s+into|move\s+into|movement\s+into|"
    # An infinitive of moving a compound on states an aim: "allows us to carry ORX-201 through Phase I
    # and ORX-310 into the clinic", "funds to take XYZ-12 into Phase II" (a move made is "carried").
    rf"{_GOING_ON_BEFORE_TO}to\s+(?:carry|take|bring|move|push|progress|transition)|"
    r"on\s+track|await\w*|support\s+the\s+evaluation|goal|hope\w*|seek\w*|"
    # A commitment to a trial or to starting one is to what is to come: "we remain committed to a Phase I
    # trial of IMGN853" (not a company's mission: "a company committed to developing therapies").
    r"committed\s+to\s+(?:(?:a|an|the|our|its|their)|(?:initiat|begin|start|advanc|mov|bring|tak|"
    r"enter|launch|conduct|open)\w*)|"
    # Preparing a trial is not running it: "is being prepared for a Phase I trial", "finalizing the
    # design of our Phase 3 program", "we look forward to advancing X into the clinic".
    r"prepar(?:e|es|ed|ing|ation)|finaliz\w*|look(?:s|ing)?\s+forward|"
    # A gerund of motion states an aim, not a move made: "focused on moving IMGN529 and IMGN853 into
    # the clinic" (a move made is "moved", "advanced", "entered").
    r"moving|advancing|bringing|progressing|transitioning)\b",
    re.IGNORECASE,
)
#: Right before a stage: "toward(s)", a move not yet made ("we continued to advance IMGN853 toward Phase
#: I testing", "we continue to work toward a Phase I trial").
_TOWARD_BEFORE = cached_compile(r"\btowards?\s+(?:(?:a|an|the|its|our|their)\s+)?$", re.IGNORECASE)
#: Before a stage in its statement: an infinitive of moving a compound on after a verb of going on
#: ("Genentech continued to move trastuzumab emtansine into Phase III testing"): a move going on, made
#: only when the stage is not introduced by "into", "to" or "toward" (see ``_MOVED_TO_BEFORE``).
_GOING_ON_MOVE = cached_compile(
    r"\b(?:continu\w*|began|begun|started)\s+to\s+(?:enter|advance|carry|take|bring|move|push|progress|"
    r"transition)\b",
    re.IGNORECASE,
)
#: Right before a stage: the stage a compound is moved to ("into Phase III testing", "to Phase II").
_MOVED_TO_BEFORE = cached_compile(r"\b(?:into|to)\s+(?:(?:a|an|the|its|our|their)\s+)?$", re.IGNORECASE)
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
#: A plan stated anywhere in a stage's clause, or in a clause before it (a list continuing the plan):
#: "a Phase II trial … is expected to begin", "a Phase I/II trial … is planned".
_FUTURE_ANYWHERE = cached_compile(
    r"to\s+be\s+initiated|on\s+track\s+to|is\s+planned|are\s+planned|will\s+be\s+initiated|"
    r"will\s+(?:begin|start|initiate|commence|open)|plans?\s+to\s+(?:initiate|start|begin)|intends?\s+to|"
    r"(?:expected|scheduled|anticipated|planned)\s+to\s+(?:begin|start|initiate|commence|open|be\s+initiated)|"
    # A headline's infinitive after the trial it plans: "Phase I/II Trial of IMGN901 in SCLC to Begin in
    # 2010", "Phase III Study to Start in 2011". Only right after the trial's name and its phrase: not
    # after a verb of the trial's own progress ("continues to open sites", "was expanded to open
    # additional sites", "met its criteria to start the second stage"), nor the patients' infinitive ("a
    # Phase II trial of patients who were eligible to start treatment").
    r"\b(?:trials?|stud(?:y|ies)|testing|program)\b(?:(?!\b(?:who|which|that|patients?|subjects?|"
    r"is|are|was|were|be|been|being|has|have|had|met|meets|continu\w*|enroll\w*|expand\w*|amend\w*|"
    r"modif\w*|criteria|eligib\w*|sufficient|enough|allow\w*|permit\w*|enabl\w*)\b)[^,;.]){0,60}?"
    rf"{_GOING_ON_BEFORE_TO}\bto\s+(?:begin|start|initiate|commence|open|be\s+(?:initiated|started|opened))\b|"
    r"\b(?:set|slated|poised|due|ready)\s+to\s+(?:begin|start|initiate|commence|open)\b|"
    # A headline's participle after the stage: "pivotal trial in relapsed/refractory ALL planned --",
    # "Phase III trial planned for 2011" (not "as planned", which tells of a trial going on).
    r"(?<!\bas\s)\bplanned(?=\s*(?:[-–—]+|[.;:])?\s*$|\s+for\s+(?:the\s+)?(?:first|second|third|fourth|early|mid|late|end|"
    r"beginning|start|next|this|calendar|fiscal|(?:19|20)\d\d|[1-4]Q|[12]H|Q[1-4]|H[12]|" + _MONTH + r")\b)",
    re.IGNORECASE,
)
#: A sentence opening with a bare verb of starting or moving a trial on states a goal, as a list of a
#: year's objectives prints it ("Initiate a Phase 3 trial of IPI-926 in chondrosarcoma by year-end
#: 2011", "Advance ARRY-520 into Phase 2"): no trial of it is going on. Capitalized, so only where the
#: sentence (or a list item) starts; not a noun ("Start of the Phase III trial") nor a compound word
#: ("Open-label Phase II trial of …").
_GOAL_OPENER = cached_compile(
    r"[\s*\u2022\u2013\u2014-]*(?:Initiate|Start|Begin|Commence|Launch|Open|Enter|Advance|Move|"
    r"Submit|File)\s+(?!of\b|in\b|on\b)"
)
#: Where a sentence's clauses end. A plan stated in a later clause says nothing of the stage stated
#: before it: "HLC-118 – Phase I completed; a Phase II trial … is expected to begin".
_CLAUSE_END = cached_compile(";")
#: A join that opens a clause with a subject and a finite verb of its own: ", and sanofi-aventis expects
#: to", ", while Biotest is", "; and Genentech began". Such a clause is a statement apart: a plan stated
#: before it does not reach it, and a stage in it belongs to the compound it names. A list going on with
#: no verb ("; and a Phase III trial in pancreatic cancer") or a relative clause ("and a trial that is")
#: is no new statement. At most six words of subject, none a relative pronoun, none across a comma.
#: A semicolon joins two statements with no word as well: "No further development of cantuzumab
#: mertansine is planned; ImmunoGen is instead evaluating … huC242-DM4, which is in preclinical
#: development" (the second compound's stage is no stopped one).
_NEW_SUBJECT = cached_compile(
    r"(?:[,;]\s+(?:and|while|but|whereas)|;)\s+"
    r"(?=(?:(?!(?:that|which|who|whom|whose|where|when|if)\s)[^\s,;]+\s+){1,6}?"
    r"(?:is|are|was|were|has|have|had|will|would|may|can|could|should|expects?|plans?|intends?|"
    r"anticipates?|began|begins|started|starts|continues?|remains?|received|reported|announced|entered|"
    r"initiated|completed|licensed|filed|submitted|moved|discontinued|terminated|halted|stopped)\b)"
)
#: A second predicate of the same subject that states a plan: "Biotest completed Phase I and plans to
#: begin Phase II". The plan is the second predicate's: it ends the clause of the stage before it.
_PLAN_PREDICATE = cached_compile(
    r"\s+and\s+(?:then\s+)?(?=(?:now\s+)?(?:plans?|expects?|intends?|anticipates?|aims?)\s+to\b)",
    re.IGNORECASE,
)
#: Between a part of a trial and the trial: "the Phase II portion of the Phase I/II trial". The two
#: phase words name one trial, and the disease named after them is both stages'.
_PORTION_OF = cached_compile(
    r"\s+(?:portion|part|stage|segment|arm|extension)\s+of\s+(?:the|a|an|its|this|our)\s+", re.IGNORECASE
)
#: Between a stage and the first disease its phrase names: "trial in", "testing for", "trial of IMGN901
#: in", "testing by sanofi-aventis for"; short, with no comma or semicolon between them.
_STAGE_LINK = cached_compile(r"[^,;]{0,80}")
_LINK_WORD = cached_compile(r"\b(?:in|for|with)\b")
#: Between two stages of one phrase: "Phase I and Phase II", "Phase I, II and III" (each "Phase" word
#: is its own stage), "Phase I/II or Phase II".
_BARE_JOIN = cached_compile(r"\s*(?:,|and|or|to|/)?\s*(?:and|or)?\s*")
_CLINIC = cached_compile(
    r"(?:entered|has\s+entered|have\s+entered|advanced\s+into|moved\s+into|began|has\s+begun|have\s+begun)\s+"
    r"(?:the\s+clinic|clinical\s+testing|clinical\s+trials|clinical\s+evaluation|clinical\s+development)"
    r"|\binto\s+(?:the\s+clinic|clinical\s+testing)",
    re.IGNORECASE,
)
#: Preclinical: "in preclinical development", "a preclinical-stage compound", "into IND-enabling studies"
#: (the toxicology and manufacturing work that precedes an IND).
_PRECLINICAL = cached_compile(
    r"\bin\s+preclinical\s+(?:development|testing|stage)|\bpreclinical-stage\b|\bis\s+preclinical\b|"
    r"\b(?:in|into|entered|began|begun|initiated|started)\s+(?:the\s+)?IND-enabling\s+(?:studies|development|"
    r"toxicology|testing|work)\b",
    re.I,
)
#: Preclinical work under way on the compound named right after: "Genentech is conducting preclinical
#: studies of trastuzumab-DM1", "has continued preclinical development of", "began preclinical testing
#: of". Such work goes on for compounds in the clinic too (a new use, a combination), so it tells the
#: compound's stage only when the filing names no clinical stage of it.
_PRECLINICAL_WORK = cached_compile(
    r"\b(?:conducting|continuing|continues|continued|performing|undertaking|pursuing|began|begun|started|"
    r"initiated|commenced)\s+(?:(?:the|its|their|our|further|additional|ongoing)\s+)*preclinical\s+"
    r"(?:studies|development|testing|work|evaluation|research)\s+(?:of|on|with)\s+(?:the\s+)?",
    re.IGNORECASE,
)
_REGULATOR = (
    r"(?:(?:U\.?S\.?\s+)?(?:FDA|Food\s+and\s+Drug\s+Administration(?:\s+\(FDA\))?)|EMA|European\s+Medicines\s+Agency"
    r"|European\s+Commission|Health\s+Canada|PMDA|MHLW|regulators?|regulatory\s+authorit(?:y|ies))"
)
#: Where or when a product was approved: "approved in the US", "approved in Europe", "in February 2013",
#: "approved in more than 70 countries".
_MARKET = (
    r"(?:the\s+)?(?:US|U\.S\.|United\s+States|EU|European\s+Union|Europe|Japan|Canada)\b|"
    rf"{_MONTH}\s+(?:\d{{1,2}},\s+)?\d{{4}}|"
    r"(?:(?:more\s+than|over|nearly|approximately|about)\s+)?\d{1,3}\s+(?:other\s+)?countries\b"
)
#: Marketing approval of a product: "the FDA approved", "was approved by the FDA / in the US / for
#: marketing", "is approved in the United States", "received (FDA|marketing) approval", "received
#: conditional marketing authorization". A bare "was approved" (by a board, an ethics committee) is no
#: marketing approval.
_APPROVED = cached_compile(
    rf"\b{_REGULATOR}\s+(?:has\s+)?(?:approved|granted\s+(?:marketing\s+|accelerated\s+)?approval)|"
    # The European form: "the European Commission granted a conditional marketing authorization"
    rf"\b{_REGULATOR}\s+(?:has\s+)?granted\s+(?:an?\s+)?(?:conditional\s+)?marketing\s+authori[sz]ation|"
    rf"\b(?:was|were|has\s+been|have\s+been|(?:is|are)(?:\s+(?:now|currently|also))?)\s+approved\s+"
    rf"(?:by\s+the\s+{_REGULATOR}|by\s+{_REGULATOR}|"
    rf"(?:in|on)\s+(?:{_MARKET}|\d{{4}}\b)|for\s+(?:marketing|sale|commercial))|"
    r"\breceived\s+(?:FDA\s+|EU\s+|EC\s+|marketing\s+|regulatory\s+|accelerated\s+|conditional\s+)*approval\b|"
    r"\breceived\s+(?:an?\s+)?(?:EU\s+|EC\s+|conditional\s+)*marketing\s+authori[sz]ation\b(?!\s+application)",
    re.IGNORECASE,
)
#: An approval of something other than a product on the market, right after the approval words ("the
#: FDA approved the IND", "received FDA approval to begin a Phase III trial") or right before them
#: ("the protocol was approved by the FDA").
_APPROVAL_OF_OTHER_AFTER = cached_compile(
    r"\s+(?:(?:of|for)\s+)?(?:(?:the|an?|its|our)\s+)?(?:IND|protocol|SPA|special\s+protocol|trial|study|"
    r"design|amendment|plan|clinical)\b|\s+to\s+(?:begin|start|initiate|commence|proceed|conduct|enroll)",
    re.IGNORECASE,
)
#: A relative pronoun right before the approval or application words: "Avastin, which the FDA approved in
#: 2004", "a product that was approved by the FDA". The approval is of the noun before the pronoun.
_RELATIVE_BEFORE = cached_compile(
    r"\b(?:which|that)\s+(?:(?:the|its|their)\s+)?(?:(?:has|have|had)\s+(?:since\s+)?been\s+|was\s+|were\s+)?$",
    re.IGNORECASE,
)
#: Between a compound's name and the relative pronoun that tells of it: "IMGN901, which", "IMGN901 (a
#: TAP compound), which".
_ANTECEDENT_GAP = cached_compile(r"\s*(?:\([^()]{0,60}\))?\s*,?\s*")
_APPROVAL_OF_OTHER_BEFORE = cached_compile(
    r"\b(?:IND|protocol|SPA|trial|study|design|amendment|plan|budget|board|stockholders|shareholders)\s+"
    r"(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
#: An application for marketing approval stated as submitted, filed or accepted for review. An
#: "Investigational New Drug application" (an IND, which opens clinical trials) is none: "filed an
#: investigational new drug application for CR002 … and plan to begin a Phase 1 trial" puts CR002 at most
#: before Phase I, never in registration.
_APPLICATION = (
    r"(?:Biologics\s+License\s+Application|(?<!investigational\s)(?<!investigational\s\s)New\s+Drug\s+Application|"
    r"BLA|sBLA|MAA|NDA|marketing\s+(?:authori[sz]ation\s+)?application)"
)
_REGISTRATION = cached_compile(
    rf"\b(?:submitted|filed|completed\s+(?:the\s+)?submission\s+of)\s+(?:a|an|its|the|their|our)\s+(?:\w+\s+)?{_APPLICATION}|"
    rf"\baccepted\s+(?:for\s+(?:(?:priority|standard)\s+)?(?:filing|review)\s+)?(?:the|a|an|its|our)\s+(?:\w+\s+)?"
    rf"{_APPLICATION}|"
    rf"\b{_APPLICATION}(?:\s+\([A-Za-z]+\))?\s+(?:was|has\s+been|had\s+been|were)\s+"
    r"(?:submitted|filed|accepted)|"
    # A regulator reviewing the application with priority has it under review: "The FDA granted
    # priority review to Genentech's Biologics License Application (BLA) for T-DM1".
    rf"\b(?:granted|grants)\s+(?:a\s+)?priority\s+review\s+(?:to|for)\s+(?:[\w'’-]+\s+){{0,3}}?{_APPLICATION}|"
    # A product a regulator is reviewing for approval: "DX-88, a recombinant small protein inhibitor of
    # plasma kallikrein, is under review by the U.S. Food and Drug Administration for the treatment of …"
    # (what is under review is checked by ``_stated_stage``: not an IND or a protocol).
    rf"\b(?:is|are|remains?)\s+(?:(?:currently|now|still)\s+)?under\s+(?:(?:priority|regulatory|standard)\s+)?"
    rf"review\s+(?:by|with|at)\s+(?:the\s+)?{_REGULATOR}",
    re.IGNORECASE,
)
#: Before "is under review by the FDA", what is under review when it is no application for approval: a
#: request for a designation ("Our request for orphan drug designation for EB-902 is under review"), a
#: clinical trial application (the IND's counterpart abroad: "Our clinical trial application for EB-909
#: is under review by Health Canada"), a petition.
_REVIEW_OF_OTHER_BEFORE = cached_compile(
    r"\b(?:designation|request|petition|CTA|clinical\s+trial\s+application)\s+(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
#: The opening of ``_REGISTRATION``'s alternative of a product under a regulator's review.
_UNDER_REVIEW = cached_compile(r"(?:is|are|remains?)\s", re.IGNORECASE)
#: An IND filed or planned for the compound named right after: "filed an IND for", "submitted an
#: Investigational New Drug application (IND) for", or with the regulator it went to between ("submitted
#: an Investigational New Drug application (IND) to the U.S. Food and Drug Administration for HLV-201").
_IND = cached_compile(
    r"\b(?:file|submit|filing|submission\s+of|filed|submitted|cleared|accepted|allowed|approved)\s+"
    r"(?:an?\s+|the\s+|its\s+|our\s+)?(?:IND(?:\s+application)?|Investigational\s+New\s+Drug\s+"
    r"(?:\(IND\)\s+)?application(?:\s+\(IND\))?)\s+"
    rf"(?:(?:to|with)\s+(?:the\s+)?{_REGULATOR}\s+)?for\s+",
    re.IGNORECASE,
)
#: A trial stated as meant to support approval, with no phase named: the vocabulary's Phase III is
#: "pivotal studies meant to support an application for marketing approval". "A pivotal Phase II
#: trial" names its phase, which is taken instead.
_PIVOTAL = cached_compile(
    r"\b(?:pivotal|registration(?:al)?|registration-(?:enabling|directed))\s+(?:clinical\s+)?(?:trials?|stud(?:y|ies))\b",
    re.IGNORECASE,
)
#: A stage stated as the compound's past, not its present: "which had been in Phase I testing",
#: "was previously in a Phase II trial".
_PAST_STAGE = cached_compile(
    r"\bhad\s+been\s+(?:(?:tested|evaluated|studied|developed)\s+)?in\b|"
    r"\b(?:was|were)\s+previously\s+(?:(?:tested|evaluated|studied|developed)\s+)?in\b|\b(?:formerly|previously)\s+in\b",
    re.IGNORECASE,
)
#: After a stage, its trial stated as stopped, the trial the subject of the verb: "The two Phase III
#: ALLEVIATE trials in SLE, which were suspended in 2006 …, were formally closed", "the Phase II study
#: has been terminated". The stage is the stopped trial's, no current one. A trial "closed to enrollment"
#: goes on.
_TRIAL_STOPPED = cached_compile(
    r"\b(?:trials?|stud(?:y|ies))\b[^;:]{0,80}?\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+"
    r"(?:(?:formally|subsequently|prematurely|permanently|temporarily|since|then|later|also)\s+)?"
    r"(?:suspended|terminated|halted|stopped|closed(?!\s+to\s+(?:new\s+)?(?:enrollment|enrolment|accrual|patients|recruitment)))\b",
    re.IGNORECASE,
)
#: A stage named as the trial results came from, right before it: "Data from the Phase II trial TDM4450g
#: … were presented", "Following the results of the Phase 3 PROTÉGÉ trial, …". The trial has given its
#: results: whether the compound is still at that stage the words do not say (it may have moved on, or
#: stopped). Interim or first results, or those of a trial said to go on, are of a current trial.
_RESULTS_OF = cached_compile(
    r"\b(?:data|results?|findings|outcomes?|analys[ie]s)\s+(?:[\w-]+\s+){0,2}?(?P<link>from|of|in)\s+"
    r"(?:(?:the|a|an|its|our|their|this|these|that)\s+)?(?:(?!(?:and|or|but|while|with|for)\b)[\w-]+\s+){0,3}?$",
    re.IGNORECASE,
)
#: In the results phrase: the trial goes on ("interim data from the ongoing Phase II trial", "the first
#: data from the Phase I study").
_GOING_ON = cached_compile(
    r"\b(?:interim|ongoing|on-going|continuing|current|first|initial|preliminary|early)\b", re.IGNORECASE
)
#: After "from", "of" or "in", the words that say the trial goes on: there "first" and "initial" count the
#: trials ("findings from its first Phase I study"), not the results.
_TRIAL_GOING_ON = cached_compile(r"\b(?:ongoing|on-going|continuing|current)\b", re.IGNORECASE)
#: After a trial's stage, in its clause: the trial has given its main result ("The pivotal phase II trial
#: of brentuximab vedotin … met its primary endpoint", "Pivotal Trial … Meets Primary Endpoint", "the
#: second of two phase 3 clinical trials … did not meet its primary endpoint"): a result reported, as
#: "data from the trial" is.
_MET_ENDPOINT = cached_compile(
    r"\b(?:met|meets|achieved|achieves|reached|reaches|(?:did\s+not|does\s+not|failed\s+to)\s+(?:meet|achieve|reach))\s+"
    r"(?:(?:its|the|their|both)\s+)?(?:co-)?primary\s+"
    r"(?:efficacy\s+)?end\s?-?points?\b",
    re.IGNORECASE,
)
#: After the trial's name: its results are awaited, so the trial goes on.
_AWAITED = cached_compile(r"\b(?:expected|anticipated|awaited|due(?!\s+to\b))\b", re.IGNORECASE)
#: Right after a stage's words, the results of that stage, maybe with a word or two between: "Phase 2
#: Data for Elotuzumab …", "Phase 1/2 data were presented", "Phase 3 efficacy results".
#: (The words between are no conjunction or preposition: "is in Phase 2 and reported data" tells of
#: another act.)
_DATA_AFTER = cached_compile(
    r"\s+(?:(?!(?:and|or|but|while|with|in|for|of|to|as|is|are|was|were)\b)[\w-]+\s+){0,2}?"
    r"(?:data|results?|findings)\b",
    re.IGNORECASE,
)
#: In the clause of such a stage, before or after it: the results were made known ("Phase 2 Data for
#: Elotuzumab in Multiple Myeloma Presented", "Presents Phase 1 Data", "announced positive Phase 3
#: results", "the presentation of Phase II data").
_MADE_KNOWN = cached_compile(
    r"\b(?:present|report|announc|releas|publish)(?:ed|es|s)\b|\bpresentation\s+of\b", re.IGNORECASE
)
#: After a stage: the trial is the one an approval already given was based on ("The pivotal study
#: Hx-CD20-406, on which the approval was based, enrolled …", "…, which supported the approval of …"):
#: a finished trial of an approved product.
_BASIS_OF_APPROVAL = cached_compile(
    r"[^;]{0,60}?\b(?:(?:on|upon)\s+which\s+(?:the|its|this|their)\s+(?:[\w-]+\s+){0,2}?approvals?\s+"
    r"(?:was|were|is|has\s+been|had\s+been)\s+(?:\w+\s+)?based|which\s+(?:led\s+to|supported|formed\s+the\s+basis\s+"
    r"(?:of|for))\s+(?:the|its|this|their)\s+(?:[\w-]+\s+){0,2}?approvals?)\b",
    re.IGNORECASE,
)
#: Before a stage, in its clause: an approval stated as based on the trial named right after "based on",
#: maybe after the words of its results and its own name set off before its description ("The approval
#: was based on the results of PROPEL, the pivotal Phase 2 trial of …", "Approval is based on data from
#: the Phase II study"): a finished trial of an approved product. A trial named later in the sentence is
#: another ("… based on the results of the PROPEL trial, with a confirmatory Phase 3 trial … now
#: enrolling", "Following the approval based on the PROPEL results, Allos began a Phase 3 trial").
_BASED_ON_BEFORE = cached_compile(
    r"\bapprovals?(?:\s+(?:of|for)\s+[^,;.]{1,40}?)?\s+(?:(?:was|were|is|are|has\s+been|had\s+been)\s+)?(?:\w+\s+)?"
    r"based\s+(?:on|upon)\s+"
    r"(?:(?:the|its|their)\s+)?(?:(?:positive|final|primary|pivotal|clinical|efficacy|safety|favorable)\s+)*"
    r"(?:(?:results?|data|findings|outcomes?|evidence)\s+(?:from|of|in)\s+)?"
    r"(?:(?:the|a|an|its|their|our|two|both)\s+)?"
    r"(?:[A-Z][\w-]*\s*,\s+(?:the|a|an|its|their|our)\s+)?"
    r"(?:(?:pivotal|randomi[sz]ed|open-label|single-arm|multi-?cent(?:er|re)|international|global|"
    r"registration(?:al)?|clinical|two|both)\s+)*$",
    re.IGNORECASE,
)
#: A phase stated as completed, right before it ("has completed Phase I testing", "completed its pivotal
#: Phase II trial", "following completion of the Phase I trial") or after it ("Phase I completed", "the
#: Phase I trial of IMGN529 was completed"). Completed enrollment or dosing completes no phase.
_COMPLETED_BEFORE = cached_compile(
    r"\b(?:complet(?:ed|es|ing)|finish(?:ed|es|ing)|conclud(?:ed|es|ing)|completion\s+of)\s+"
    r"(?:(?:the|its|their|our|a|an)\s+)?(?:(?:pivotal|randomi[sz]ed|initial|first|open-label|dose-escalation)\s+)?$",
    re.IGNORECASE,
)
_COMPLETED_AFTER = cached_compile(
    r"\s*(?:(?:clinical\s+)?(?:trials?|stud(?:y|ies)|testing|portion|part)\s+)?"
    r"(?:(?:of|with)\s+[^,;.()]{1,40}?\s+)?(?:(?:was|were|has\s+been|have\s+been|had\s+been|is|are)\s+)?"
    r"(?:successfully\s+)?(?:completed|finished|concluded)\b"
    r"(?!\s+(?:its\s+|the\s+)?(?:enrol\w*|accrual|dosing|patient\w*|recruit\w*))",
    re.IGNORECASE,
)
#: "it" or "the product" standing for the sentence's compound in a clause that does not name it: "IMGN901
#: is marketed in Europe; it was approved by the EMA in 2010".
_IT = cached_compile(rf"\bit\b|{ANAPHOR.pattern}", re.IGNORECASE)
#: A trial's name after its phase: "Phase lll trial, EMILIA," or before the word: "Phase III EMILIA trial".
_TRIAL_NAME = cached_compile(
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
        (PHASE, None, doc.word_places(("phase",)).marked(spans)),
        (_CLINIC, "PhaseI", doc.word_places(("clinic",)).marked(spans)),
        (_PRECLINICAL, "Preclinical", doc.word_places(("preclinical", "ind-enabling")).marked(spans)),
        (_APPROVED, "Approved", doc.word_places(("approv", "authori")).marked(spans)),
        (
            _REGISTRATION,
            "Registration",
            doc.word_places(("submitted", "submission", "filed", "accepted", "priority", "review")).marked(
                spans
            ),
        ),
        (_PIVOTAL, "PhaseIII", doc.word_places(("pivotal", "registration")).marked(spans)),
    ]
    ind_words = doc.word_places(("ind", "investigational")).marked(spans)
    work_words = doc.word_places(("preclinical",)).marked(spans)
    halted, stopped_in = _halted(text, ctxs)
    # "advanced X into the clinic" says Phase I only when the filing names no phase of X's own:
    # such observations wait for the end of the filing.
    from_clinic: list[StatusObservation] = []
    # So does "a pivotal trial" with no phase printed (the vocabulary's Phase III) only when the filing
    # prints no phase of the compound's pivotal trial ("our pivotal phase II trial"): it is that trial.
    from_pivotal: list[StatusObservation] = []
    pivotal_phases: dict[EntityRef, set[str]] = {}
    # So does preclinical work going on (see ``_PRECLINICAL_WORK``), when the filing names no clinical
    # stage of the compound.
    from_work: list[StatusObservation] = []
    for index, ctx in enumerate(ctxs):
        s = ctx.sentence
        found: list[tuple[str, int]] = []
        clinic_at: set[int] = set()
        pivotal_at: set[int] = set()  # a pivotal trial with no phase printed
        pivotal_phase_at: set[int] = set()  # the phase of a pivotal trial ("pivotal phase II trial")
        for pattern, phase, marks in patterns:
            if marks[index]:
                for m in pattern.finditer(text, s.start, s.end):
                    if _stated_stage(text, s.start, m, phase):
                        found.append((phase or phase_name(m), m.start()))
                        if pattern is _CLINIC:
                            clinic_at.add(m.start())
                        elif pattern is _PIVOTAL:
                            pivotal_at.add(m.start())
                        elif pattern is PHASE and _pivotal_phase(text, s.start, m):
                            pivotal_phase_at.add(m.start())
        ind_plan = list(_IND.finditer(text, s.start, s.end)) if ind_words[index] else []
        if any(h.kind == "trial" for h in ctx.hits):
            yield from _named_trials(doc, ctx, [at for _, at in found], extractor)
        work = list(_PRECLINICAL_WORK.finditer(text, s.start, s.end)) if work_words[index] else []
        if not found and not ind_plan and not work:
            continue
        evidence = doc.evidence(s.start, s.end, extractor)
        clauses = _Clauses(text, s)
        from_work.extend(_preclinical_work(text, ctx, clauses, work, evidence))
        before_trials: list[StatusObservation] = []  # an IND filed or planned: the stage before Phase I
        for m in ind_plan:
            target = next((h.ref for h in ctx.hits if h.kind == "compound" and h.start == m.end()), None)
            if target is None and ANAPHOR.match(text, m.end()):
                target = ctx.topic or _stage_subject(ctx, text, clauses, "Preclinical", m.start())
            if target is not None and not (
                clauses.stopped(m.start()) or negated(text, *clauses.statement(m.start()))
            ):
                before_trials.append(StatusObservation(target, "Preclinical", evidence, None))
        if not found:
            for obs in before_trials:
                yield from _observe(obs, seen)
            continue
        # A subject picked among several compounds gets no disease (the sentence's may be another's),
        # but those of its own phrase where the stage's words name it (see ``_trial_of``).
        cued = cued_indications(doc, ctx) if ctx.subject or len(ctx.compounds) > 1 else []
        phrases = phrase_indications(text, ctx, cued) if not ctx.subject and cued else {}
        stage_starts = sorted({at for _, at in found})
        unattached = False
        # Each stage with its compound, why it is no current stage (None: it is one) and whether it is
        # stated as completed: a completed stage is current only while the sentence puts its compound in
        # no other current stage ("Phase I completed; a Phase II trial is expected to begin" is Phase I).
        decided: list[tuple[str, int, EntityRef, str | None, bool]] = []
        for phase, at in found:
            subject = _stage_subject(ctx, text, clauses, phase, at)
            if (
                subject is not None
                and subject == ctx.subject
                and ctx.compounds
                and others_clause(doc, ctx, at)
            ):
                # ", and Progenics is evaluating PSMA ADC in a phase I trial": another's product's stage
                subject = None
            if subject is not None and phase in ("Approved", "Registration"):
                subject = _own_approval(ctx, text, clauses, subject, at)
            subjects = (
                [subject]
                if subject is not None
                else _each_of(ctx, text, clauses, at)
                or _listed_into(ctx, text, clauses, stage_starts, at)
                or _list_in_trials(ctx, text, clauses, at)
            )
            if not subjects:
                unattached = True
                continue
            for subject in subjects:
                stopped = (
                    clauses.stopped(at)
                    or (s.paragraph, subject) in halted
                    or _turned_down_later(ctx, text, clauses, at, subject)
                )
                reason = _not_current(text, clauses, phase, at, subject, stopped)
                if at in pivotal_phase_at:
                    pivotal_phases.setdefault(subject, set()).add(phase)
                decided.append((phase, at, subject, reason, _completed(text, clauses, phase, at)))
        ongoing = {
            (subject, phase) for phase, _, subject, reason, done in decided if reason is None and not done
        }
        # "filed an IND for IMC-A12 … and began a Phase I trial": the IND is behind the compound, which
        # the same sentence puts in a trial.
        in_trials = {subject for subject, phase in ongoing if phase in _CLINICAL_PHASES}
        for obs in before_trials:
            if obs.compound in in_trials:
                yield Skipped(
                    extractor,
                    f"IND filed for {obs.compound.key}, stated in a clinical stage in the same sentence: "
                    "not read as preclinical",
                    evidence.line,
                )
            else:
                yield from _observe(obs, seen)
        for phase, at, subject, reason, done in decided:
            if reason is None and done and any(ref == subject and other != phase for ref, other in ongoing):
                reason = f"completed, not current, stage ({phase}) for {subject.key}"
            if reason is not None:
                yield Skipped(extractor, reason, evidence.line)
                continue
            if ctx.subject:
                diseases = _stage_indications(clauses, stage_starts, at, cued)
            elif subject == _trial_of(ctx, text, phase, at):
                # "a Phase I/II study of yttrium-90-labeled epratuzumab in patients with relapsed NHL":
                # the stage's own words name its compound, and the compound's phrase its diseases.
                diseases = _phrase_diseases(clauses, at, phrases.get(subject, []), cued)
            else:
                diseases = [None]
            stopped_here = stopped_in.get((s.paragraph, subject), set())
            if stopped_here:
                # Stopped in one disease: only a stage in another named disease goes on.
                diseases = [d for d in diseases if d is not None and d not in stopped_here]
                if not diseases:
                    yield Skipped(
                        extractor,
                        f"development stopped in {', '.join(sorted(d.key for d in stopped_here))}: no current "
                        f"stage ({phase}) for {subject.key}",
                        evidence.line,
                    )
            for ind in diseases:
                if at in clinic_at:
                    from_clinic.append(StatusObservation(subject, phase, evidence, ind))
                elif at in pivotal_at:
                    from_pivotal.append(StatusObservation(subject, phase, evidence, ind))
                else:
                    yield from _observe(StatusObservation(subject, phase, evidence, ind), seen)
        if unattached:
            yield Skipped(
                extractor, "development stage stated without one compound to attach it to", evidence.line
            )
        yield from _trials(doc, ctx, clauses, stage_starts, cued if ctx.subject else [], gaz, extractor)
    for obs in from_pivotal:
        printed = sorted(pivotal_phases.get(obs.compound, set()) - {obs.phase})
        if printed:
            yield Skipped(
                extractor,
                f"'pivotal' not read as {obs.phase} for {obs.compound.key}: the filing prints its pivotal "
                f"trial's phase ({', '.join(printed)})",
                obs.evidence.line,
            )
            continue
        yield from _observe(obs, seen)
    for obs in from_clinic:
        named = sorted({phase for ref, phase, _ in seen if ref == obs.compound and phase in _CLINICAL_PHASES})
        if named and obs.phase not in named:
            yield Skipped(
                extractor,
                f"'into the clinic' not read as {obs.phase} for {obs.compound.key}: the filing names its phase "
                f"({', '.join(named)})",
                obs.evidence.line,
            )
            continue
        yield from _observe(obs, seen)
    for obs in from_work:
        named = sorted({phase for ref, phase, _ in seen if ref == obs.compound and phase in _CLINICAL_PHASES})
        if named:
            yield Skipped(
                extractor,
                f"preclinical work not read as the stage of {obs.compound.key}: the filing names its clinical "
                f"stage ({', '.join(named)})",
                obs.evidence.line,
            )
            continue
        yield from _observe(obs, seen)


def _preclinical_work(
    text: str, ctx: Context, clauses: _Clauses, work: list[re.Match[str]], evidence: Evidence
) -> Iterator[StatusObservation]:
    """Preclinical stages from preclinical work stated as going on (``_PRECLINICAL_WORK``), of the
    compound named right after its words; none when the work is planned, stopped or turned down."""
    for m in work:
        target = next((h.ref for h in ctx.hits if h.kind == "compound" and h.start == m.end()), None)
        if target is None or clauses.planned(m.start()):
            continue
        if _not_current(text, clauses, "Preclinical", m.start(), target, clauses.stopped(m.start())) is None:
            yield StatusObservation(target, "Preclinical", evidence, None)


#: The phases of a compound in human trials, any one of which says more than "in the clinic".
_CLINICAL_PHASES = frozenset(
    {"PhaseI", "PhaseI_II", "PhaseII", "PhaseII_III", "PhaseIII", "Registration", "Approved"}
)


def _halted(text: str, ctxs: list[Context]) -> tuple[set[tuple[int, EntityRef]], _StoppedIn]:
    """(paragraph, compound) where a sentence naming that one compound says its development stopped: "MDX-060
    completed a Phase 2 trial in Hodgkin's disease. We do not plan further development of MDX-060 as a
    single agent." leaves MDX-060 with no current stage from that paragraph. A stop in one disease
    ("has discontinued its development in SCLC") is kept apart, with the diseases it names: the
    compound's trials in other diseases go on ("… continues in a Phase I trial in multiple myeloma")."""
    halted: set[tuple[int, EntityRef]] = set()
    stopped_in: _StoppedIn = {}
    for ctx in ctxs:
        s = ctx.sentence
        if len(ctx.compounds) != 1:
            continue
        for m in _DISCONTINUED.finditer(text, s.start, s.end):
            if _ONE_TRIAL.match(text, m.end(), s.end):
                continue
            key = (s.paragraph, ctx.compounds[0])
            disease = _stop_disease(text, ctx, m.end())
            if disease is None:
                halted.add(key)
            else:
                stopped_in.setdefault(key, set()).add(disease)
    return halted, stopped_in


#: Diseases a compound's development was stopped in, by (paragraph, compound).
_StoppedIn = dict[tuple[int, EntityRef], set[EntityRef]]
#: Right after a stop, the words leading to the one disease it is limited to: "discontinued its
#: development in SCLC", "stopped development for pancreatic cancer".
_STOP_IN = cached_compile(
    r"\s+(?:(?:its|the|their|our|further|clinical)\s+)*(?:development|program|testing)?\s*"
    r"(?:in|for)\s+(?:(?:patients|people)\s+with\s+)?",
    re.IGNORECASE,
)


def _stop_disease(text: str, ctx: Context, at: int) -> EntityRef | None:
    """The one disease a stop ending at ``at`` is limited to, named right after it; None when the
    stop is of the compound's whole development, or is followed by several diseases."""
    m = _STOP_IN.match(text, at, ctx.sentence.end)
    if m is None:
        return None
    here = next((h for h in ctx.of_kind("indication") if h.start == m.end()), None)
    if here is None or _DISEASE_LIST_AFTER.match(text, here.end, ctx.sentence.end):
        return None
    return here.ref


#: Right after a disease: another joined to it ("in SCLC and NSCLC"), a list the stop is of.
_DISEASE_LIST_AFTER = cached_compile(r"\s*(?:,|and\b|or\b|/)", re.IGNORECASE)


#: Right after a stop: one trial of the compound ("discontinued the Phase II NORTH trial"), or the stop's
#: own noun a trial ("terminated the trial"). That trial's stage is no current one, but the compound's
#: other trials go on: "The Phase I trial in multiple myeloma continues."
_ONE_TRIAL = cached_compile(
    r"(?<=trial)|(?<=trials)|(?<=study)|(?<=studies)|"
    r"\s+(?:the|its|their|a|an|our|this)\s+(?:[\w/-]+\s+){0,4}?(?:trials?|stud(?:y|ies))\b",
    re.IGNORECASE,
)


class _Clauses:
    """The clauses of one sentence: split at semicolons and at joins opening a new statement (see
    ``_NEW_SUBJECT``), the latter also ending the reach of a plan stated before them."""

    def __init__(self, text: str, s: Sentence) -> None:
        self.text = text
        self.sentence = s
        joins = [(m.start(), m.end()) for m in _NEW_SUBJECT.finditer(text, s.start, s.end)]
        semicolons = [(m.start(), m.end()) for m in _CLAUSE_END.finditer(text, s.start, s.end)]
        plans = [(m.start(), m.end()) for m in _PLAN_PREDICATE.finditer(text, s.start, s.end)]
        #: Where each clause boundary starts and ends, in text order.
        self.bounds = sorted({*joins, *semicolons, *plans})
        #: Where each new statement starts (the end of its join).
        self.statements = [end for _, end in joins]
        #: Where each statement after the first ends (the start of the join opening the next).
        self.statement_ends = [begin for begin, _ in joins]

    def of(self, at: int) -> tuple[int, int]:
        """Start and end of the clause holding offset ``at``."""
        start = max((end for _, end in self.bounds if end <= at), default=self.sentence.start)
        end = min((begin for begin, _ in self.bounds if begin >= at), default=self.sentence.end)
        return start, end

    def statement(self, at: int) -> tuple[int, int]:
        """Start and end of the statement holding offset ``at``: up to the next join opening a clause
        with a subject of its own (see ``_NEW_SUBJECT``)."""
        start = max((end for end in self.statements if end <= at), default=self.sentence.start)
        end = min((begin for begin in self.statement_ends if begin >= at), default=self.sentence.end)
        return start, end

    def stopped(self, at: int) -> bool:
        """Whether the stage named at ``at`` is no current one: its statement says the development was
        stopped ("discontinued development of AVE9633, which had been in Phase I"), before or after the
        stage, or puts the stage in the past ("had been in Phase I testing")."""
        start, end = self.statement(at)
        return bool(
            _DISCONTINUED.search(self.text, start, end)
            or _PAST_STAGE.search(self.text, start, at)
            or _TRIAL_STOPPED.search(self.text, at, end)
        )

    def reported(self, at: int) -> bool:
        """Whether the stage named at ``at`` is only named as the trial results came from ("Data from the
        Phase II trial … were presented", "Following the results of the Phase 3 … trial"), and not as
        going on ("interim data from the ongoing Phase II trial", "results of the Phase III trial are
        expected in 2012": awaited results are of a trial going on), or as the trial that met its primary
        endpoint."""
        start, end = self.of(at)
        if _MET_ENDPOINT.search(self.text, at, end):
            return True
        m = _RESULTS_OF.search(self.text, max(start, at - 120), at)
        if m is None:
            return self._results_named_after(at, start, end)
        link = m.start("link")
        if _GOING_ON.search(self.text, max(start, m.start() - 25), link) or _TRIAL_GOING_ON.search(
            self.text, link, at
        ):
            return False
        return _AWAITED.search(self.text, at, end) is None

    def _results_named_after(self, at: int, start: int, end: int) -> bool:
        """Whether the stage named at ``at`` (in the clause from ``start`` to ``end``) is named before its
        results, which the clause says were made known: a headline "Phase 2 Data for Elotuzumab in
        Multiple Myeloma Presented", "Phase 1/2 data were presented for elotuzumab", "Presents Phase 1
        Data". As with "data from the Phase II trial", interim or first results ("Presents Interim Phase
        1 Data") and awaited ones ("Phase 2 data are expected in 2010") are of a trial going on."""
        data = _DATA_AFTER.match(self.text, _stage_end(self.text, at), end)
        if data is None or not _MADE_KNOWN.search(self.text, start, end):
            return False
        if _GOING_ON.search(self.text, max(start, at - 25), data.end()):
            return False
        return _AWAITED.search(self.text, data.end(), end) is None

    def basis_of_approval(self, at: int) -> bool:
        """Whether the trial named at ``at`` is stated as the one an approval was based on, after the
        trial ("…, on which the approval was based") or before it ("The approval was based on the
        results of PROPEL, the pivotal Phase 2 trial of pralatrexate")."""
        start, end = self.of(at)
        if _BASED_ON_BEFORE.search(self.text, max(start, at - 100), at):
            return True
        return _BASIS_OF_APPROVAL.match(self.text, _stage_end(self.text, at), end) is not None

    def planned(self, at: int) -> bool:
        """Whether the stage named at ``at`` is a plan: a future cue before it in its statement, or a plan
        stated in its own clause or an earlier one of its statement (a cue in a later clause, or in an
        earlier statement with a subject of its own, belongs to another stage)."""
        statement = max((end for end in self.statements if end <= at), default=self.sentence.start)
        _, clause_end = self.of(at)
        since = max(statement, at - 30)
        if _GOAL_OPENER.match(self.text, self.sentence.start, at):
            return True  # "Initiate a Phase 1 trial of IPI-145 … in 2H 2011": an objective, not a trial
        if _TOWARD_BEFORE.search(self.text, since, at):
            return True  # "advance IMGN853 toward Phase I testing": the stage is not reached yet
        if _MOVED_TO_BEFORE.search(self.text, since, at) and _GOING_ON_MOVE.search(self.text, statement, at):
            return True  # "continued to move T-DM1 into Phase III testing": the move goes on
        return bool(
            _FUTURE_BEFORE.search(self.text[statement:at])
            or _FUTURE_ANYWHERE.search(self.text[statement:clause_end])
        )


def _stage_indications(
    clauses: _Clauses, stage_starts: list[int], at: int, cued: list[Hit]
) -> list[EntityRef | None]:
    """The diseases of the stage named at ``at``: the cued indications of its clause ("in Phase II
    testing for Merkel cell carcinoma; a Phase I/II trial in small-cell lung cancer is planned" gives
    the Phase II only the first); ``[None]`` when its clause names none. A clause stating several stages
    and several diseases gives each stage those of its own phrase (see ``_paired``)."""
    start, end = clauses.of(at)
    inside = [h for h in cued if start <= h.start < end]
    refs = _distinct(inside)
    here = [p for p in stage_starts if start <= p < end]
    # "the Phase II portion of the Phase I/II trial in SCLC": a part of a trial is read with the trial.
    parts = {
        a: b
        for a, b in itertools.pairwise(here)
        if _PORTION_OF.fullmatch(clauses.text, _stage_end(clauses.text, a), b)
    }
    while at in parts:
        at = parts[at]
    here = [p for p in here if p not in parts]
    if len(here) < 2 or not refs:
        return list(refs) or [None]
    if len(refs) < 2:
        return _shared(clauses.text, here, at, inside, refs)
    return _paired(clauses.text, here, end, at, inside)


def _shared(
    text: str, here: list[int], at: int, inside: list[Hit], refs: list[EntityRef]
) -> list[EntityRef | None]:
    """The one disease of a clause stating several stages, for the stage at ``at``. Named before every
    stage, it is every stage's; named in the stage's own phrase (after it, before the next stage), it is
    the stage's. Named after the last stage only, it is every stage's when the stages are joined bare
    ("Phase I and Phase II trials in SCLC"), else the last stage's alone: "a Phase 3 trial in medullary
    thyroid cancer and in Phase 2 trials in solid tumors" names the Phase 3's disease in words no list
    knows, and solid tumors are the Phase 2's. Named in an earlier stage's phrase only, it is not a later
    stage's: "a Phase II trial in colorectal cancer, and a second Phase I trial with a weekly dosing
    schedule" names no disease of the Phase I."""
    if any(h.start < here[0] for h in inside):
        return list(refs)
    following = next((p for p in here if p > at), None)
    if any(at < h.start and (following is None or h.start < following) for h in inside):
        return list(refs)
    if max(h.start for h in inside) < here[-1]:
        return [None]
    joined = all(_BARE_JOIN.fullmatch(text[_stage_end(text, a) : b]) for a, b in itertools.pairwise(here))
    return list(refs) if joined else [None]


def _paired(text: str, here: list[int], end: int, at: int, inside: list[Hit]) -> list[EntityRef | None]:
    """The diseases the phrase of the stage at ``at`` names, among the stages ``here`` of one clause
    (ending at ``end``): each stage owns the diseases from it to the next stage ("the Phase I/II trial in
    small-cell lung cancer and the Phase I trial in multiple myeloma"). ``[None]`` unless every stage is
    followed by its own disease, linked by a short "trial in"/"testing for" with no comma, and no disease
    comes before the first stage ("Phase I and Phase II trials in SCLC and MM" pairs nothing)."""
    if any(h.start < here[0] for h in inside):
        return [None]
    owned: list[EntityRef | None] = [None]
    for stage, next_stage in zip(here, [*here[1:], end], strict=True):
        mine = [h for h in inside if stage <= h.start < next_stage]
        if not mine:
            return [None]
        gap = text[_stage_end(text, stage) : mine[0].start]
        if not _STAGE_LINK.fullmatch(gap) or not _LINK_WORD.search(gap):
            return [None]
        if stage == at:
            owned = list(_distinct(mine))
    return owned


def _phrase_diseases(
    clauses: _Clauses, at: int, diseases: list[EntityRef], cued: list[Hit]
) -> list[EntityRef | None]:
    """Of the diseases a compound's own phrase names (``indications.phrase_indications``), in a sentence
    of several compounds, those of the clause stating its stage at ``at``; ``[None]`` when none is."""
    start, end = clauses.of(at)
    here = {h.ref for h in cued if start <= h.start < end}
    return [ref for ref in diseases if ref in here] or [None]


def _stage_end(text: str, stage: int) -> int:
    """Where the stage words starting at ``stage`` end: past "Phase I/II", else where they start."""
    phase = PHASE.match(text, stage)
    return phase.end() if phase else stage


#: Before approval words in their clause, a condition or a time to come: "if ADCETRIS is approved in the
#: EU", "once T-DM1 is approved by the FDA", "until it is approved". The approval is awaited.
_CONDITION_BEFORE = cached_compile(
    r"\b(?:if|once|when|whenever|whether|until|unless|assuming|provided|upon|before|should)\b[^,;.:]{0,60}$",
    re.IGNORECASE,
)


def _stated_stage(text: str, since: int, m: re.Match[str], phase: str | None) -> bool:
    """Whether a match of a stage pattern states that stage: an approval of a product (not of an IND, a
    protocol or a trial), a pivotal trial whose phase is not printed beside it ("pivotal Phase II
    trial", "Phase II pivotal trial" are Phase II). Every other pattern states its stage as matched."""
    if phase == "Approved":
        before = text[max(since, m.start() - 40) : m.start()]
        if _CONDITION_BEFORE.search(text, max(since, m.start() - 80), m.start()):
            return False  # "if ADCETRIS is approved in the EU": an approval awaited, not given
        return not (_APPROVAL_OF_OTHER_AFTER.match(text, m.end()) or _APPROVAL_OF_OTHER_BEFORE.search(before))
    if phase == "Registration" and _UNDER_REVIEW.match(m.group(0)):
        # "The IND for X is under review by the FDA" states no application for approval; nor does a
        # request for a designation or a clinical trial application under review.
        before = text[max(since, m.start() - 60) : m.start()]
        return not (_APPROVAL_OF_OTHER_BEFORE.search(before) or _REVIEW_OF_OTHER_BEFORE.search(before))
    if phase == "PhaseIII" and m.re is _PIVOTAL:
        before = text[max(since, m.start() - 16) : m.start()]
        return not (PHASE.search(m.group(0)) or PHASE.search(before))
    return True


#: "pivotal" or "registration" right before a phase ("pivotal phase II trial") or after it ("Phase II
#: pivotal trial"): the phase of a pivotal trial.
_PIVOTAL_WORD = cached_compile(r"\b(?:pivotal|registration(?:al)?)\s+$", re.IGNORECASE)
_PIVOTAL_AFTER = cached_compile(r"\s+(?:pivotal|registration(?:al)?)\b", re.IGNORECASE)


def _pivotal_phase(text: str, since: int, m: re.Match[str]) -> bool:
    """Whether the phase matched by ``m`` is printed as a pivotal trial's ("pivotal phase II trial")."""
    return bool(
        _PIVOTAL_WORD.search(text, max(since, m.start() - 16), m.start())
        or _PIVOTAL_AFTER.match(text, m.end())
    )


def _completed(text: str, clauses: _Clauses, phase: str, at: int) -> bool:
    """Whether the clinical stage named at ``at`` is stated as completed, in its own clause ("has completed
    Phase I testing", "Phase I completed", "the Phase I trial of IMGN529 was completed")."""
    if not phase.startswith("Phase"):
        return False
    start, end = clauses.of(at)
    before = text[max(start, at - 60) : at]
    return bool(_COMPLETED_BEFORE.search(before) or _COMPLETED_AFTER.match(text, _stage_end(text, at), end))


def _distinct(hits: list[Hit]) -> list[EntityRef]:
    """The entities of ``hits``, each once, in text order."""
    refs: list[EntityRef] = []
    for h in hits:
        if h.ref not in refs:
            refs.append(h.ref)
    return refs


def _stage_subject(ctx: Context, text: str, clauses: _Clauses, phase: str, at: int) -> EntityRef | None:
    """The compound the stage named at ``at`` belongs to: the sentence's one compound, else the one
    compound its own clause names ("Genentech began Phase I testing of trastuzumab-DM1, and
    sanofi-aventis expects to move SAR3419 into the clinic"), else the one right before "into clinical
    testing" ("advanced our huC242-DM4 into …"); None when the sentence leaves it unclear.

    The sentence's one compound is the stage's only when the stage's own clause names it (or says "it"),
    or, for a clinical stage, names no other actor: "ACM-101 is in Phase I testing; Roche received FDA
    approval for Avastin" approves no ACM-101, nor does ", while Roche is testing Avastin in a Phase
    III trial" put it in Phase III. A compound of the section heading (the sentence names none) stays."""
    if _moved_elsewhere(ctx, text, at):
        return None
    if phase == "Registration":
        named = _application_for(ctx, text, at)
        if named is not None:
            return named
    start, end = clauses.of(at)
    if ctx.subject is not None:
        if not ctx.compounds:
            return ctx.subject
        if _in_clause(ctx, text, ctx.subject, phase, start, end, at):
            return ctx.subject
        return None
    trial_of = _trial_of(ctx, text, phase, at)
    if trial_of is not None:
        return trial_of
    # Only the sentence's subject compounds: a combination partner ("with pertuzumab") is none.
    own = _distinct([h for h in ctx.hits if h.kind == "compound" and start <= h.start < end])
    own = [ref for ref in own if ref in ctx.compounds]
    if len(own) == 1:
        return own[0]
    moved = _moved_into(ctx, text, at)
    if moved:
        # A list moved into the stage ("IMGN529 and IMGN853 into the clinic") is no one compound's:
        # ``_listed_into`` gives the stage to each listed compound.
        return moved[0] if len(moved) == 1 else None
    return _phrase_before(ctx, text, phase, at) or _right_before(ctx, text, phase, at)


#: Between a compound's name and the clinical stage of its own phrase: "in a Phase I trial", maybe after a
#: description set off by commas or brackets ("AMG 595, which targets EGFRvIII, in a Phase I trial",
#: "SAR3419 (huB4-DM4) in Phase II trials").
_IN_STAGE_GAP = cached_compile(
    r"(?:\s*\([^()]{0,60}\))?(?:\s*,\s+(?:which|that|an?|the|its|our)\s+[^,;()]{1,60},)?\s+"
    r"in\s+(?:(?:a|an|the|its|two|three|several|ongoing|randomi[sz]ed|pivotal|multiple)\s+)*",
    re.IGNORECASE,
)


#: Right before a compound's name, the glue of a list of compounds each with its own phrase: ", ", "; ",
#: ", and ", " and " ("AMG 172 in a Phase I trial in renal cell carcinoma and AMG 595, …, in a Phase I
#: trial").
_ITEM_BEFORE = cached_compile(r"(?:[,;]\s*(?:and\s+)?|\s+and\s+)$", re.IGNORECASE)
#: Right before a compound's name, a preposition or a comparison making it the object of another's
#: phrase ("XYZ-101, which is being studied with ABC-202 in a Phase II trial", "higher with T-DM1 than
#: with lapatinib in a Phase III trial", "tested against docetaxel"), or a drug patients received.
_OBJECT_BEFORE = cached_compile(
    r"\b(?:with|plus|against|than|versus|vs\.?|to|of|for|from|by|on|after|following|including|like|unlike|"
    r"as|over|without|besides|alongside|into|between|among|or|nor|received|receiving|receive)\s+$",
    re.IGNORECASE,
)


def _phrase_before(ctx: Context, text: str, phase: str, at: int) -> EntityRef | None:
    """In a sentence naming several compounds, the one whose own phrase states the clinical stage at
    ``at``: named right before "in a Phase … trial" as the head of its phrase, the object of the
    sentence's verb ("Amgen is assessing AMG 172 in a Phase I trial in renal cell carcinoma") or an item
    of a list of such phrases ("… and AMG 595, which targets EGFRvIII, in a Phase I trial in
    glioblastoma"). None when that name is a combination partner or a comparator (no subject), the
    object of a preposition or a comparison ("studied with ABC-202 in a Phase II trial"), or ends a list
    of names ("A and B in a Phase I trial", "A (a) and B (b) in Phase I trials": whose trial is unsaid)."""
    if not phase.startswith("Phase"):
        return None
    before = [h for h in ctx.hits if h.kind == "compound" and h.end <= at]
    if not before or not _IN_STAGE_GAP.fullmatch(text, before[-1].end, at):
        return None
    last = before[-1]
    if last.ref not in ctx.compounds:
        return None
    since = max(ctx.sentence.start, last.start - 40)
    if _OBJECT_BEFORE.search(text, since, last.start):
        return None
    if _ITEM_BEFORE.search(text, since, last.start) is None:
        return last.ref  # the object of the sentence's verb
    earlier = [h for h in before if h.end <= last.start and h.ref != last.ref and h.ref in ctx.compounds]
    if not earlier or _LISTED_NAMES.fullmatch(text, earlier[-1].end, last.start):
        return None  # "A and B in a Phase I trial"
    # A list item: the compound before it heads a phrase of its own stage ("A in a Phase I trial in X
    # and B, …, in a Phase I trial in Y").
    gap = _IN_STAGE_GAP.match(text, earlier[-1].end, last.start)
    return last.ref if gap is not None and PHASE.match(text, gap.end()) else None


#: Between two names of one list, each maybe followed by other names or a description in brackets: "A
#: and B", "A (huB4-DM4) and B".
_LISTED_NAMES = cached_compile(r"(?:\s*\([^()]{0,60}\))?(?:" + NAME_LIST_GLUE + r"|\s+or\s+)", re.IGNORECASE)


#: After a phase's words, the trial, study or programme of that phase and the compound it is of: "a
#: Phase 1 clinical study of ALKS 33", "the Phase 1 program of ALKS 29", "Phase II trials with X".
_TRIAL_OF_AFTER = cached_compile(
    r"(?:\s+(?:clinical|pivotal|randomi[sz]ed|dose-escalation|open-label|registration(?:al)?))*\s+"
    r"(?:trials?|stud(?:y|ies)|programs?|programmes?|testing|evaluation)\s+(?:of|with|evaluating)\s+(?:the\s+)?",
    re.IGNORECASE,
)


def _trial_of(ctx: Context, text: str, phase: str, at: int) -> EntityRef | None:
    """The compound a clinical stage's own words name as what its trial is of ("initiated a Phase 1
    clinical study of ALKS 33, …, and continued the Phase 1 program of ALKS 29": each stage is its own
    compound's), in a sentence naming several: one of its subject compounds (not a combination
    partner), named right after the trial's words ("the pivotal Phase 2 PACE trial of ponatinib": the
    trial's own name may stand between) and not the first of a list of subject compounds ("a Phase I
    trial of A and B" is unclear; "a Phase II study of A in combination with B", B a combination
    partner, is A's). None otherwise."""
    if not phase.startswith("Phase"):
        return None
    m = _TRIAL_OF_AFTER.match(text, _trial_words_end(text, at), ctx.sentence.end)
    if m is None:
        return None
    hit = next((h for h in ctx.hits if h.kind == "compound" and h.start == m.end()), None)
    if hit is None or hit.ref not in ctx.compounds:
        return None
    glue = _LISTED_AFTER.match(text, hit.end, ctx.sentence.end)
    if glue is not None and any(
        h.kind == "compound" and h.start == glue.end() and h.ref in ctx.compounds for h in ctx.hits
    ):
        return None
    return hit.ref


#: Between a phase and its trial's word, the trial's own name in capitals: "the pivotal Phase 2 PACE trial
#: of ponatinib".
_TRIAL_NAME_BETWEEN = cached_compile(r"\s+[A-Z][A-Z0-9-]{2,}(?=\s+(?i:trials?|stud(?:y|ies))\b)")


def _trial_words_end(text: str, at: int) -> int:
    """Where the stage words at ``at`` end, with the trial's own name printed after them ("Phase 2
    PACE"): its words ("trial of …") follow."""
    end = _stage_end(text, at)
    name = _TRIAL_NAME_BETWEEN.match(text, end)
    return name.end() if name is not None and name.group(0).strip() not in _NOT_TRIAL else end


#: After a compound's name, the glue to the next of a list or a combination: " and B", ", B", " plus B",
#: " with B", its other names in brackets first ("A (B) and C").
_LISTED_AFTER = cached_compile(
    r"(?:\s*\([^()]{0,60}\))?\s*(?:,\s*(?:and\s+)?|and\s+|or\s+|&\s*|/\s*|plus\s+|with\s+|"
    r"in\s+combination\s+with\s+)",
    re.IGNORECASE,
)


#: Between a compound's name and a Phase I stated right after it, what makes the stage not that one
#: compound's alone: a list or a conjunction ("huN901-DM1 and huC242-DM4 toward and into clinical
#: testing" moves one toward the clinic and one into it, which is which the words do not say).
_JOINED = cached_compile(r"\b(?:and|or|nor)\b|[,;&/]", re.IGNORECASE)
#: Between two names of one list: ", ", " and ", ", and ", " or ", " & ".
_LIST_GLUE = cached_compile(NAME_LIST_GLUE + r"|\s+or\s+", re.IGNORECASE)


def _right_before(ctx: Context, text: str, phase: str, at: int) -> EntityRef | None:
    """The compound named right before a Phase I at ``at`` (at most 12 characters before, nothing
    joining them: "MCG2976 (velituzumab vedotin) - in Phase I"), in a sentence whose clause names
    several: None when that name is the last of a list ("A and B toward and into clinical testing")."""
    if phase != "PhaseI":
        return None
    before = [h for h in ctx.hits if h.kind == "compound" and h.end <= at and at - h.end <= 12]
    if not before or _JOINED.search(text, before[-1].end, at):
        return None
    last = before[-1]
    earlier = [h for h in ctx.hits if h.kind == "compound" and h.end <= last.start and h.ref != last.ref]
    if earlier and _LIST_GLUE.fullmatch(text, earlier[-1].end, last.start):
        return None
    return last.ref


#: After the words of an application for approval: "for" and the product's name ("granted priority
#: review to Genentech's Biologics License Application (BLA) for T-DM1").
_FOR_PRODUCT = cached_compile(r"\s*(?:\([A-Za-z]+\)\s*)?for\s+(?:the\s+)?")


def _application_for(ctx: Context, text: str, at: int) -> EntityRef | None:
    """The compound an application stated at ``at`` is for, named right after it ("… BLA for T-DM1");
    None when no compound's name follows."""
    m = _REGISTRATION.match(text, at)
    after = _FOR_PRODUCT.match(text, m.end()) if m is not None else None
    if after is None:
        return None
    return next((h.ref for h in ctx.hits if h.kind == "compound" and h.start == after.end()), None)


def _turned_down_later(ctx: Context, text: str, clauses: _Clauses, at: int, subject: EntityRef) -> bool:
    """Whether a later statement of the sentence of a stage at ``at`` names ``subject`` again and stops
    its development or turns its next step down: "VAL-330 completed its Phase 1 trial in solid tumors;
    Valdera will not advance VAL-330 into Phase 2". The stage is then the compound's last, no current
    one. A later statement of another compound says nothing of it."""
    _, end = clauses.statement(at)
    for h in ctx.hits:
        if h.ref != subject or h.start < end:
            continue
        later_start, later_end = clauses.statement(h.start)
        if later_start >= end and (
            negated(text, later_start, later_end) or _DISCONTINUED.search(text, later_start, later_end)
        ):
            return True
    return False


def _not_current(
    text: str, clauses: _Clauses, phase: str, at: int, subject: EntityRef, stopped: bool
) -> str | None:
    """Why the stage named at ``at`` is no current stage of ``subject`` (a note), or None when it is one:
    development stopped, a stage turned down, planned, a trial's results reported, the trial an approval
    was based on."""
    if stopped:
        return f"development stopped or past: no current stage ({phase}) for {subject.key}"
    if negated(text, *clauses.statement(at)):
        return f"a stage stated as not to be entered: no current stage ({phase}) for {subject.key}"
    if phase != "Preclinical" and clauses.planned(at):
        return f"planned, not current, stage ({phase}) for {subject.key}"
    if phase.startswith("Phase") and clauses.reported(at):
        return f"a trial's results reported, not a current stage ({phase}) for {subject.key}"
    if phase.startswith("Phase") and clauses.basis_of_approval(at):
        return f"the trial an approval was based on, not a current stage ({phase}) for {subject.key}"
    return None


#: Right before a stage: "are each in", the stage said of every compound the clause names before it
#: ("Sanofi's SAR566658 and SAR650984, Bayer HealthCare's BAY 94-9343 and Amgen's AMG 172 are each in
#: Phase I testing").
_EACH_BEFORE = cached_compile(
    r"\b(?:are|were)\s+each\s+(?:currently\s+|now\s+)?in\s+(?:an?\s+)?$", re.IGNORECASE
)


def _each_of(ctx: Context, text: str, clauses: _Clauses, at: int) -> list[EntityRef]:
    """The compounds a stage is said of each ("A and B are each in Phase I testing"): the sentence's
    compounds named in the stage's clause before "are each"; [] when the stage is not so stated."""
    start, _ = clauses.of(at)
    each = _EACH_BEFORE.search(text, max(start, at - 40), at)
    if each is None:
        return []
    return _distinct(
        [
            h
            for h in ctx.hits
            if h.kind == "compound" and h.ref in ctx.compounds and start <= h.start < each.start()
        ]
    )


#: Right before a stage, a list of compounds' verb putting them in it: "A and B are in phase 1 trials".
_ARE_IN_BEFORE = cached_compile(
    r"\b(?:are|were)\s+(?:currently\s+|now\s+|both\s+|all\s+)?in\s+$", re.IGNORECASE
)
#: After the stage's words, trials in the plural: one trial of each compound, not one of them all.
_TRIALS_AFTER = cached_compile(r"(?:\s+clinical)?\s+(?:trials|studies)\b", re.IGNORECASE)
#: Between the last compound of a list and its verb: maybe brackets, maybe a description set off by commas
#: ("ASG-5ME and ASG-22ME, two ADCs being co-developed with Agensys, an affiliate of Astellas Pharma, are").
_LIST_TO_VERB = cached_compile(r"(?:\s*\([^()]{0,60}\))?(?:\s*,[^;()]{1,120},)?\s+")


def _list_in_trials(ctx: Context, text: str, clauses: _Clauses, at: int) -> list[EntityRef]:
    """The compounds of a list opening the stage's clause, stated to be in trials of the stage: "ASG-5ME
    and ASG-22ME, two ADCs …, are in phase 1 clinical trials" puts each in Phase I. [] unless the clause
    opens with the list (maybe after "Both"), its verb is "are in" right before the stage and the trials
    are plural ("A and B are in a Phase I trial" may be one trial of the two together)."""
    start, _ = clauses.of(at)
    verb = _ARE_IN_BEFORE.search(text, max(start, at - 40), at)
    if verb is None or not _TRIALS_AFTER.match(text, _stage_end(text, at)):
        return []
    listed = [h for h in ctx.hits if h.kind == "compound" and start <= h.start < verb.start()]
    refs = _distinct(listed)
    if len(refs) < 2 or any(ref not in ctx.compounds for ref in refs):
        return []
    if text[start : listed[0].start].strip().lower() not in ("", "both"):
        return []
    for a, b in itertools.pairwise(listed):
        if not _LISTED_NAMES.fullmatch(text, a.end, b.start):
            return []
    return refs if _LIST_TO_VERB.fullmatch(text, listed[-1].end, verb.start()) else []


#: "into" right before a stage's words: "advanced SAR3419 into Phase II testing".
_INTO_BEFORE = cached_compile(r"\binto\s+(?:(?:the|a|an)\s+)?$", re.IGNORECASE)
#: Between a compound's name and the "into" of its stage: nothing, a description set off by commas
#: ("SAR650984, a CD38 antibody, into the clinic"), or the comma closing a list set off so ("two
#: compounds, IMGN529 and IMGN853, into the clinic").
_INTO_GAP = cached_compile(r"(?:\s*,\s+(?:an?|the|its|our)\s+[^,;()]{1,60},)?\s*,?\s*")


def _into_at(ctx: Context, text: str, at: int) -> int | None:
    """Where the "into" introducing the stage named at ``at`` starts ("advanced SAR3419 into Phase II",
    "into the clinic"); None when no "into" introduces it."""
    if text[at : at + 5].lower().startswith("into") and not text[at + 4 : at + 5].isalnum():
        return at
    m = _INTO_BEFORE.search(text, max(ctx.sentence.start, at - 12), at)
    return m.start() if m is not None else None


#: "into" as a word: where a compound was moved into a stage.
_INTO = cached_compile(r"\binto\b", re.IGNORECASE)


def _moved_elsewhere(ctx: Context, text: str, at: int) -> bool:
    """Whether the stage named at ``at`` is introduced by "into" and the last compound named before it
    was moved into another stage in between: "advanced BIIB-022 into Phase II trials and its second
    antibody into Phase I trials" moves into Phase I a product no name was read for, not BIIB-022."""
    into = _into_at(ctx, text, at)
    if into is None:
        return False
    named = [h for h in ctx.hits if h.kind == "compound" and h.end <= into]
    return bool(named) and _INTO.search(text, named[-1].end, into) is not None


def _moved_into(ctx: Context, text: str, at: int) -> list[EntityRef]:
    """The compounds a stage introduced by "into" is stated of: the one named right before the "into",
    maybe with its description between ("advanced SAR3419 into Phase II testing for B-cell lymphoma and
    SAR650984, a CD38 antibody, into the clinic" moves each compound into its own stage), with the
    names listed before it ("moved two compounds, IMGN529 and IMGN853, into the clinic"); [] when no
    compound is named right before the "into"."""
    into = _into_at(ctx, text, at)
    if into is None:
        return []
    named = [span for span in _names_with_brackets(ctx, text) if span[1] <= into]
    if not named or not _INTO_GAP.fullmatch(text, named[-1][1], into):
        return []
    listed = [named[-1]]
    for span in reversed(named[:-1]):
        if not _NAME_LIST_GLUE.fullmatch(text, span[1], listed[0][0]):
            break
        listed.insert(0, span)
    return list(dict.fromkeys(ref for _, _, ref in listed))


#: Right after a compound's name, brackets holding its description and other names: "pinatuzumab vedotin
#: (anti-CD22 ADC, RG7593)".
_BRACKETS_AFTER = cached_compile(r"\s*\([^()]{1,80}\)")


def _names_with_brackets(ctx: Context, text: str) -> list[tuple[int, int, EntityRef]]:
    """The sentence's compound names as ``(start, end, compound)``, a name followed by brackets that hold
    only other names of the same compound (and words) running to the closing bracket: "A (anti-CD22
    ADC, RG7593) and B (anti-CD79b ADC, RG7596) into phase 2 trials" lists A and B."""
    hits = [h for h in ctx.hits if h.kind == "compound"]
    spans: list[tuple[int, int, EntityRef]] = []
    for h in hits:
        if spans and spans[-1][0] <= h.start < spans[-1][1]:
            continue  # inside the brackets of the name before, a name of the same compound
        end = h.end
        brackets = _BRACKETS_AFTER.match(text, h.end, ctx.sentence.end)
        if brackets is not None:
            inside = [o for o in hits if brackets.start() <= o.start < brackets.end()]
            if inside and all(o.ref == h.ref for o in inside):
                end = brackets.end()
        spans.append((h.start, end, h.ref))
    return spans


#: Between two names of a list moved together: ", ", " and ", ", and ", " & " (not " or ": which one
#: was moved is then unsaid).
_NAME_LIST_GLUE = cached_compile(NAME_LIST_GLUE)


def _listed_into(
    ctx: Context, text: str, clauses: _Clauses, stage_starts: list[int], at: int
) -> list[EntityRef]:
    """The compounds of a list all moved into the stage named at ``at`` ("we moved two wholly owned
    compounds, IMGN529 and IMGN853, into the clinic"): each is in that stage. [] when the stage is not
    so introduced, or when its clause names another stage (``respectively``, "into Phase I and Phase II
    trials": which compound went where is unsaid)."""
    start, end = clauses.of(at)
    if "respectively" in text[start:end] or any(start <= p < end and p != at for p in stage_starts):
        return []
    if _moved_elsewhere(ctx, text, at):
        return []
    moved = _moved_into(ctx, text, at)
    return moved if len(moved) > 1 else []


def _in_clause(
    ctx: Context, text: str, subject: EntityRef, phase: str, start: int, end: int, at: int
) -> bool:
    """Whether the clause from ``start`` to ``end``, holding the stage named at ``at``, is about ``subject``:
    it names it, or "it" / "the product" before the stage; else, for a stage other than an approval or
    an application (whose words name their own product), it names no company before the stage: a clause
    with no actor of its own ("; a Phase II trial began in March") goes on about the compound, one whose
    actor is another company ("; Roche's Avastin is in Phase III") is about that company's product."""
    if any(h.kind == "compound" and h.ref == subject and start <= h.start < end for h in ctx.hits):
        return True
    if _IT.search(text, start, at):
        return True
    if phase in ("Approved", "Registration"):
        return False
    return not any(h.kind == "company" and start <= h.start < at for h in ctx.hits)


def _own_approval(
    ctx: Context, text: str, clauses: _Clauses, subject: EntityRef, at: int
) -> EntityRef | None:
    """``subject`` when the approval or application stated at ``at`` is the compound's own, else None.
    Stated in a relative clause ("in combination with Avastin, which the FDA approved in 2004"), it is
    the product's right before the pronoun, the compound's only when that product is it. Stated in a
    sentence naming no compound (the subject is the section heading's), it is the compound's only when
    its clause says "it" or "the product": "Avastin was approved by the FDA" under a heading "ACM-101"
    is Avastin's."""
    start, end = clauses.of(at)
    relative = _RELATIVE_BEFORE.search(text, max(start, at - 60), at)
    if relative is not None:
        before = relative.start()
        named = [
            h
            for h in ctx.hits
            if h.kind == "compound" and h.end <= before and _ANTECEDENT_GAP.fullmatch(text, h.end, before)
        ]
        return subject if named and named[-1].ref == subject else None
    if not ctx.compounds and not _IT.search(text, start, end):
        return None
    return subject


def _observe(
    obs: StatusObservation, seen: set[tuple[EntityRef, str, EntityRef | None]]
) -> Iterator[StatusObservation]:
    key = (obs.compound, obs.phase, obs.indication)
    if key not in seen:
        seen.add(key)
        yield obs


#: Between a phase and the name of its trial printed after "trial(s)"/"study": "Phase III trials
#: (BLISS-52", "Phase 3 trials, BLISS-52 and ", "pivotal Phase 3 study (".
_PHASE_THEN_NAME = cached_compile(
    r"(?:\s+(?:pivotal|global|registration(?:al)?|randomi[sz]ed|confirmatory|clinical|efficacy))*"
    rf"\s+(?i:trials?|stud(?:y|ies))\s*[(,]\s*(?:[A-Z][\w-]*{NAME_LIST_GLUE})*"
)
#: Between a trial's name (and the rest of its list) and the phase of the description set off after it:
#: "BLISS-52 and BLISS-76, the two ", "AVID-21, a pivotal ", "ASPIRE, the international, randomized ".
_NAME_THEN_PHASE = cached_compile(
    rf"(?:{NAME_LIST_GLUE}[A-Z][\w-]*)*"
    # The trial's own name first: "PGT303, known as the PIONEER trial, a Phase III trial".
    r"(?:\s*,?\s*(?:also\s+)?known\s+as\s+(?:the\s+)?[A-Z][\w-]*(?:\s+(?i:trial|study))?)?"
    r"\s*,\s*(?:(?:the|a|an|our|its|their|both|these|those|two|three|four|"
    r"five|pivotal|global|ongoing|international|multinational|randomi[sz]ed|registration(?:al)?|"
    r"confirmatory|double-blind|placebo-controlled|open-label|head-to-head|single-arm),?\s+)*"
)


def _named_trials(doc: Document, ctx: Context, stage_starts: list[int], extractor: str) -> Iterator[Relation]:
    """The compound, phase and diseases of each trial the sentence names as one ("BLISS-52 and BLISS-76,
    the two Phase 3 trials of belimumab in patients with …", "two Phase III trials (BLISS-52 and
    BLISS-76)"; see ``compounds.NAMED_TRIAL``): the phase printed in the trial's own description, the
    compound that stage belongs to, the diseases of the stage's clause. A trial with no phase printed
    beside it is the sentence's one compound's."""
    text = doc.text
    s = ctx.sentence
    clauses = _Clauses(text, s)
    cued = cued_indications(doc, ctx) if ctx.subject else []
    phases = list(PHASE.finditer(text, s.start, s.end))
    evidence = doc.evidence(s.start, s.end, extractor)
    for h in ctx.of_kind("trial"):
        m = next(
            (
                m
                for m in phases
                if (m.end() <= h.start and _PHASE_THEN_NAME.fullmatch(text, m.end(), h.start))
                or (h.end <= m.start() and _NAME_THEN_PHASE.fullmatch(text, h.end, m.start()))
            ),
            None,
        )
        if m is None:
            if len(ctx.compounds) == 1:
                yield Relation(h.ref, "compound", ctx.compounds[0], evidence)
            continue
        phase = phase_name(m)
        subject = _stage_subject(ctx, text, clauses, phase, m.start())
        if subject is not None:
            yield Relation(h.ref, "compound", subject, evidence)
        yield Relation(h.ref, "phase", phase, evidence)
        if subject is not None:
            for ind in _stage_indications(clauses, sorted({*stage_starts, m.start()}), m.start(), cued):
                if ind is not None:
                    yield Relation(h.ref, "indication", ind, evidence)


def _trials(
    doc: Document,
    ctx: Context,
    clauses: _Clauses,
    stage_starts: list[int],
    cued: list[Hit],
    gaz: Gazetteer,
    extractor: str,
) -> Iterator[Mention | Relation]:
    """A trial named right after its phase ("Phase lll trial, EMILIA, assessing T-DM1"), with the
    compound and the diseases of its stage."""
    text = doc.text
    for m in PHASE.finditer(text, ctx.sentence.start, ctx.sentence.end):
        t = _TRIAL_NAME.match(text, m.end())
        if t is None:
            continue
        group = "name" if t.group("name") else "before"
        name = t.group(group)
        if name in _NOT_TRIAL or gaz.lookup(name) is not None or any(c.isdigit() for c in name):
            continue
        subject = _stage_subject(ctx, text, clauses, phase_name(m), m.start())
        if subject is None:
            continue
        ref = EntityRef("trial", slugify(name))
        evidence = doc.evidence(ctx.sentence.start, ctx.sentence.end, extractor)
        yield Mention(ref, name, doc.evidence(t.start(group), t.end(group), extractor), alt_labels=(name,))
        yield Relation(ref, "compound", subject, evidence)
        yield Relation(ref, "phase", phase_name(m), evidence)
        for ind in _stage_indications(clauses, stage_starts, m.start(), cued):
            if ind is not None:
                yield Relation(ref, "indication", ind, evidence)
