"""Who develops each compound, the filer's partners and agreements, and parent companies.

Reads each usable sentence (boilerplate and trademark notices excluded, so "Revlimid® is a registered
trademark of Celgene Corporation" makes no partner). Developers: "in development by X" (with
"respectively" pairing), "X (compound)" in a sentence about developing, "X is now evaluating …", "through
the Company's collaboration with X", "X acquired rights to develop". Partners of the filer: companies in
a sentence with a licence/collaboration cue ("collaborative partners include …", "licensed to X",
"collaboration with X"), leaving out parents named in parentheses ("Genentech (a member of the Roche
Group)", "Aventis Pharmaceuticals Inc., the U.S. pharmaceuticals business of Aventis"; a past parent,
"Genmab A/S, once an affiliate of Medarex", is no ``subsidiaryOf`` parent, and "a key part of Elan
Corporation's franchise" names none), collaborations stated as ended ("final financial settlement",
"ended November 30, 2004"; not a reporting period, "the nine months ended September 30") or past
("previously had a collaboration", "which Bayer returned to CuraGen"), and agreements to manufacture
or supply a product with no licence, collaboration or development in their sentence ("contract
manufacturing revenue related to … agreement with Merck & Co., Inc. to manufacture a vaccine
intermediate"). Each partnership is also an ``Agreement`` with its parties, type (the kind word of the
partner's own clause: "license", "royalties", "collaboration"; the kind a deal was turned into,
"restructured their collaboration … into an exclusive license agreement"; both, for one deal named by
both, "an exclusive license and collaboration agreement", but not plural agreements of several partners,
"our license and collaboration agreements with A and B"), compounds covered and amount where stated
(never a security's or a loan's sum). A sentence naming no kind ("This agreement with UCB", "our partner
Wyeth", "collaborative partners include …") tells of the deal the filing names with that partner, unless
it is a deal of its own ("a new $25 million agreement", or dated or priced otherwise), and one deal named
by both kinds is that agreement wherever the filing names it by either. A kind word in a relative clause
on another company ("Bayer Schering Pharma AG, which licensed … in October 2008 and Amgen Inc. are
conducting …") is that company's (a clause on the filer, or after a list holding the partner, is not
another's), and a list headed by both kinds ("collaborative partners and licensees include …") names
neither for its members ("our collaborator and licensee for BT-062" is one company's licence): such a
deal takes the kind the filing names it by elsewhere, and with none is no agreement (a note says so; the partner edge stays). Joint development ("which Medarex is developing with
Bristol-Myers Squibb", "Seattle Genetics and Millennium are co-developing ADCETRIS") is a partnership;
the compound and the partner joined in one clause by such words, or by a licence ("UCB, our licensee for
epratuzumab") or a partnership ("is partnered with"), make the agreement cover the compound, and words of
development make the partner its developer (see ``codevelopment``). In "a license to Genentech" the
licence is the licensee's: the developer named in the licence's clause ("in global development by Roche")
and the licensee's parent ("a member of the Roche Group", unless licensed too: "and to Roche itself")
are no parties of it. In a financial table read as one sentence a company's row and the heading it falls
under ("Collaboration revenue:") tell its deal, another row's words nothing. A company's possessive right
before a compound ("Genentech's RG7596"), a company starting or continuing work "of" a compound
("Genentech has continued preclinical development of trastuzumab-DM1") and each company of a list after
"developed by" ("by Amgen and Genmab") develop it; not the developer's parent in its aside nor the
licensor of the rights it develops under ("developed by Genentech, a member of the Roche Group, under a
license from ImmunoGen" names Genentech alone). A company stated to be the filer's subsidiary ("Micromet
AG, the company's wholly-owned subsidiary") is ``subsidiaryOf`` the filer.

A licence or collaboration word inside a company's name ("Lazar Partners Ltd.") or a web or e-mail
address, and a line of a contacts block ("Media: …"), tell of no deal. A company's former name in an aside
("licensed to Amgen (formerly Abgenix)") is no second party. The filer named by its bare name as one of a
pair of parties ("Micromet and Sanofi continued their collaboration") is a party of the deal.

An option to a deal is no deal yet: the licence words of "Merck KGaA holds an option to license IMC-11F8",
"an option to acquire rights to", "an option for a license", "option rights to license" are no cue, and a
company marked "(option)" or holding an option in its own clause with no other deal word is no partner
(a note in the build report says so). An option stated as exercised ("exercised its option to license
XL880") is the licence made.

Another company's partner named in apposition after "its" ("InterMune and its partner Roche completed …")
is that company's, also when the name before "and its" is one no list knows; and a company named before
the filer's own statement of a deal (", and we signed a new license with Bayer Schering Pharma AG"), with
no deal word of its own, is no partner by that sentence.

A developer is the one of the compound's own clause ("Genentech is conducting …, and Celldex is evaluating
CDX-011" makes Genentech no developer), and a developer in a relative clause ("CUDC-101 and Debio 0932,
which is being developed by Debiopharm") develops the name right before the pronoun only. A company in
brackets after another ("Genentech (Roche)") and a company a sentence names as acquired, by any of its
words, are no partners.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from decimal import Decimal

from kg.corpus import Document
from kg.extractors.filing_metadata import filer_name
from kg.extractors.pipeline.codevelopment import deals, pair_developers
from kg.extractors.pipeline.companies import (
    SUBSIDIARY_AFTER,
    filers_subsidiary_before,
    former_name,
    quoted_for_another,
)
from kg.extractors.pipeline.compounds import LEGAL_FORM_END, Hit
from kg.extractors.pipeline.context import ANAPHOR, Context, clause_bounds, foreign_clause
from kg.extractors.pipeline.segment import url_spans
from kg.extractors.pipeline.spans import SpanSet
from kg.model import EntityRef, Evidence, Mention, Relation, Skipped
from kg.pattern_cache import cached_compile
from kg.records import quick_init
from kg.text import collapse_spaces, company_base, slugify

_DEV_CUE = cached_compile(
    r"\b(?:in\s+(?:global\s+|clinical\s+|late-stage\s+)?development\s+by|"
    r"(?:being\s+)?developed(?:\s+and\s+(?:commerciali[sz]ed|marketed))?(?:\s+under\s+the\s+name\s+\S+)?\s+by"
    r"(?:\s+our\s+(?:partner|collaborator|licensee))?|"
    r"(?:clinical\s+)?testing\s+by|wholly\s+owned\s+by|wholly-owned\s+by)\s+",
    re.IGNORECASE,
)
_ACTIVE_DEV = cached_compile(
    r"^\s+(?:(?:is|are)\s+)?(?:now\s+|currently\s+)?(?:evaluating|developing|testing|conducting|develops|evaluates|"
    r"assessing|assesses|studying)\b"
    r"|^\s+expects\s+this\b"
)
#: A company starting a trial or testing: "Biotest AG began Phase I testing of BT-062", "sanofi-aventis
#: initiated a Phase II trial". It develops the compound the sentence names (not one of a heading).
_BEGAN_DEV = cached_compile(
    r"^\s+(?:has\s+|have\s+)?(?:began|begun|initiated|started|commenced|opened|continued|continues)\s+"
    r"(?:(?:a|an|the|its|their)\s+)?"
    r"(?:(?:second|new|first|pivotal|randomi[sz]ed)\s+)?(?:Phase\s+\S+\s+)?(?:(?:pre)?clinical\s+)?"
    r"(?:testing|trials?|stud(?:y|ies)|evaluation|development)\b",
    re.IGNORECASE,
)
_THROUGH = cached_compile(
    r"(?:testing|development|developed)\s+through\s+(?:the\s+Company['’]s|our|its)\s+collaboration\s+with\s+$",
    re.I,
)
_ACQUIRED = cached_compile(
    r"^\s+(?:acquired|obtained|received|has)\s+(?:the\s+)?(?:exclusive\s+)?rights?\s+to\s+develop", re.I
)
#: A licence, collaboration or partnership word. "Licence" in the name of an application for marketing
#: approval ("Biologics License Application", "product license application") is no licence between
#: companies: "Genentech submitted a Biologics License Application to the FDA" makes no partner.
_PARTNER_CUE = cached_compile(
    r"(?<!Biologics\s)licens\w*+(?!\s+applications?\b)(?:\s+agreements?)?|collaborat\w*|partner\w*|agreements?\b|alliance"
    # Joint development is a partnership: "which Medarex is developing with Bristol-Myers Squibb",
    # "Seattle Genetics and Millennium are co-developing ADCETRIS".
    # (Not the noun: "declined to exercise its option to continue the co-development of XL184".)
    r"|\bco-?develop(?:s|ed|ing)?\b(?!-)|\bdevelop(?:ed|ing)\s+(?:jointly\s+)?with\b|\bjointly\s+develop(?:s|ed|ing)\b",
    re.IGNORECASE,
)
#: An option to a deal, which is no deal yet: "holds an option to license IMC-11F8", "an option to acquire
#: rights to", "an option to obtain an exclusive license", "an option for a license", "option rights to
#: license", "an opt-in right to co-develop", "an option to ex-U.S. rights to". The span runs from the
#: option to the first deal word it is an option to (and its "agreement"), so the licence word inside it
#: is no cue of a partnership; a deal word after it ("… under our 2011 agreement") still is.
_OPTION = cached_compile(
    r"\b(?:options?|opt-in)(?:\s+rights?)?\s+(?:to|for)\s+(?:(?!(?:under|with|from|pursuant|by)\b)[\w.'’/-]+\s+){0,5}?"
    r"(?:(?:sub)?licen[cs]\w*|rights?\b|collaborat\w*|partner\w*|alliance|co-?develop\w*|agreements?\b)"
    r"(?:\s+agreements?\b)?",
    re.IGNORECASE,
)
#: A company marked as holding an option only, right after its name: "Servier (option)" in a list of
#: partners.
OPTION_MARK = cached_compile(r"\s*\(\s*(?:an?\s+)?(?:options?|opt-in)\s*\)", re.IGNORECASE)
#: Right before an option: it was exercised, so the deal it was an option to is made ("GlaxoSmithKline,
#: which exercised its option to license XL880"). Not a negated exercise ("has not exercised its
#: option", "has not yet exercised", "declined to exercise its option"), nor "upon exercise of", which
#: tells of one to come.
_EXERCISED_BEFORE = cached_compile(
    r"(?<!\bnot\s)(?<!\bnever\s)(?<!\byet\s)(?<!n['’]t\s)\bexercised\s+(?:(?:its|their|the|an?|our|this|that|such|his|her)\s+)?"
    r"(?:[\w-]+\s+){0,2}?$",
    re.IGNORECASE,
)
#: … or right after its span, in its clause: "the option to license VAL-114 was exercised".
_EXERCISED_AFTER = cached_compile(
    r"[^,;.]{0,80}?\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+exercised\b", re.IGNORECASE
)
#: A collaboration stated as over: settled, terminated, expired, rights regained or given back ("which
#: Bayer returned to CuraGen"), or told in the past ("previously had", "formerly collaborated", "former
#: partner"). Not a past announcement ("as previously announced"), nor money of the deal booked before
#: ("the recognition of previously deferred license revenue upon the restructuring of the Merck
#: agreement"), nor a company's former name ("Amgen
#: (formerly Abgenix)", "formerly known as"): those say nothing about the collaboration's end; nor
#: "discontinued", which a partner says of one compound while the licence goes on.
_ENDED = cached_compile(
    r"finaliz\w*|final\s+(?:financial\s+)?settlement|terminat\w*|\bended\b|expired|concluded|"
    r"\bregain(?:ed|s)?\b|\breturned\s+(?:[\w'-]+\s+){0,6}?to\b|\bformer\b|"
    r"\bpreviously\b(?!\s+(?:announced|reported|disclosed|stated|described|mentioned|noted|deferred|recogni[sz]ed|"
    r"recorded|received|paid|accrued)\b)|"
    r"\bformerly\b(?!\s+(?:known|called|named|(?-i:[A-Z])))",
    re.I,
)
#: Between a company's name and its parent's, in an aside: "Centocor (a wholly-owned subsidiary of Johnson &
#: Johnson)", "Genentech, a member of the Roche Group", "Aventis Pharmaceuticals Inc., the U.S.
#: pharmaceuticals business of Aventis" (a few words, ``words``, may qualify the part).
_PARENT = cached_compile(
    r"^\s*[(,]\s*(?:(?:a|an|the|its)\s+)?(?:wholly[- ]owned\s+)?"
    r"(?P<words>(?:(?!(?:of|and|or|which|that|who)\b)[\w.&'-]+\s+){0,3}?)"
    r"(?P<noun>subsidiary|member|division|unit|affiliate|part|business|arm)\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)
#: Words of a tie that is over: "Genmab A/S, once an affiliate of Medarex", "a former subsidiary of",
#: "the spun-off hospital products business of Abbott", "previously a unit of". The company named is no
#: parent now, though it is still no party of the child's deal.
_PAST_TIE = cached_compile(
    r"\b(?:former|formerly|once|previously|until|spun[- ]?off|spin-?off|divested)\b", re.IGNORECASE
)
#: After a parent's name, the end of the aside or of the clause: a "part" of a company is a parent's only
#: where nothing follows its name ("Genentech, part of the Roche Group,"); "part of Elan Corporation's
#: franchise", "the largest part of its revenue" name no company's part.
_ASIDE_END = cached_compile(r"\s*(?:[,;.)]|$)")
#: After a parent's name, a possessive: what the noun is a part of is the company's thing, not the company
#: ("a key part of Elan Corporation's multiple sclerosis franchise").
_POSSESSIVE_AFTER = cached_compile(r"['’]s?(?!\w)")
#: A company's name right after these words is a party of an acquisition or merger, not of a licence
#: or collaboration: "acquired by Bristol-Myers Squibb", "its merger with Amgen", "the acquisition of
#: Abgenix", "a merger agreement with", "agreed to acquire".
_ACQUIRED_BEFORE = cached_compile(
    r"(?:\b(?:acquired|bought|purchased|owned)\s+by|\b(?:acquire|acquired|acquiring|buy|bought|purchase|purchased)"
    r"|\b(?:acquisition|purchase|takeover|buyout)\s+(?:of|by)|\b(?:merger|merged|merging|combination|combined)\s+(?:with|into)"
    r"|\b(?:merger|acquisition)\s+agreement\s+with)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
#: … or right before these: "Medarex was acquired by", "Abgenix completed its merger", "Amgen's
#: acquisition of", "Amgen acquired Abgenix" (not "acquired rights to develop" nor "acquired an
#: exclusive license to", a licence).
_ACQUIRED_AFTER = cached_compile(
    r"(?:,\s+Inc\.)?\s*(?:(?:was|were|has\s+been|had\s+been|is\s+being|will\s+be|to\s+be)\s+(?:acquired|bought|purchased|merged)"
    r"|(?:completed|announced|closed|consummated)\s+(?:its|the|their)\s+(?:merger|acquisition|combination)"
    r"|['\u2019]s\s+(?:acquisition|purchase|merger|takeover)"
    r"|(?:acquired|bought|purchased)\s+(?!(?:(?:the|an?|its|their|certain|additional)\s+)?"
    r"(?:(?:exclusive|non-exclusive|co-exclusive|worldwide|global|commercial|development|marketing)\s+)*"
    r"(?:rights?|licen[cs]es?|options?|sublicen[cs]es?)\b)"
    r"|(?:merged|agreed\s+to\s+(?:acquire|merge|be\s+acquired)))",
    re.IGNORECASE,
)
#: An agreement that makes no partnership, right before a company's name: a lease, a loan, a credit line,
#: a purchase of shares or assets, an underwriting or placement, banking services, or a vendor's
#: manufacturing or supply ("a lease agreement with Boston Properties", "a loan and security agreement
#: with Hercules", "a credit facility from", "a manufacturing and supply agreement with Lonza"). Not when
#: the deal is also a licence, a collaboration or a development ("a development and supply agreement").
_NOT_PARTNERSHIP = cached_compile(
    r"(?<!development\s)(?<!development\sand\s)(?<!license\sand\s)(?<!licence\sand\s)(?<!collaboration\sand\s)"
    r"\b(?P<kind>(?:(?:sub)?lease|loan|credit|security|debt|(?:stock\s+|share\s+|asset\s+|securities\s+)?purchase|"
    r"underwriting|placement(?:\s+agency)?|banking|sales|equity\s+distribution|manufacturing|supply|"
    r"(?:master\s+)?services?)(?:\s+and\s+(?:security|supply|manufacturing|guaranty))?"
    r"\s+(?:agreements?|facility|facilities|arrangements?))"
    r"\s+(?:(?:dated|entered|signed|executed)\s+[^,;]{0,40}?\s+)?(?:with|from|by|to)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
#: Words of making or supplying a product for another company: "contract manufacturing revenue", "an
#: agreement with Merck to manufacture a vaccine intermediate", "supply of".
_MAKING = cached_compile(r"\bmanufactur\w*|\bsuppl(?:y|ies|ied|ying)\b", re.IGNORECASE)
#: Words making a deal more than a vendor's: a licence, a collaboration, a partnership, development or
#: research work ("a development and supply agreement", "research and manufacturing collaboration").
_MORE_THAN_MAKING = cached_compile(
    r"(?<!Biologics\s)\blicen[cs]\w*|\broyalt|\bcollaborat\w*|\bpartner\w*|\balliance|\bco-?develop\w*|"
    r"\bdevelop\w*|\bresearch|\bco-?promot\w*|\bco-?market\w*|\bcommerciali[sz]\w*",
    re.IGNORECASE,
)


#: A join opening the filer's own statement: ", and we signed …", ", while we …", ", and our …".
_OWN_STATEMENT_JOIN = cached_compile(r",\s+(?:and|but|while|whereas)\s+(?:we|our)\s")


def _before_own_statement(text: str, ctx: Context, named: list[Hit], cues: list[re.Match[str]]) -> list[Hit]:
    """Companies named before a join opening the filer's own statement (see ``_OWN_STATEMENT_JOIN``)
    when all the sentence's deal words stand after it: "Genentech completed enrollment in its pivotal
    Phase II trial of T-DM1, and we signed a new license with Bayer Schering Pharma AG" tells of Bayer's
    licence, not of a deal with Genentech."""
    s = ctx.sentence
    join = _OWN_STATEMENT_JOIN.search(text, s.start, s.end)
    if join is None or not cues or any(m.start() < join.start() for m in cues):
        return []
    return [c for c in named if c.end <= join.start()]


def _manufacturing_deal(text: str, ctx: Context, company: Hit) -> bool:
    """Whether the sentence names the deal with ``company`` as one of making or supplying a product
    ("Contract manufacturing revenue related to Regeneron's long-term agreement with Merck & Co., Inc.
    to manufacture a vaccine intermediate"): a vendor's or a customer's agreement, no licence or
    collaboration. Only when no word of the sentence makes the deal more (a licence, a collaboration,
    development or research: "a development and supply agreement" is a partnership)."""
    s = ctx.sentence
    if _MORE_THAN_MAKING.search(text, s.start, s.end):
        return False
    start, end = clause_bounds(text, ctx, company.start)
    return _MAKING.search(text, start, end) is not None


#: Another company's own deal, right before a company's name: "Novartis reported that its collaboration
#: with Pfizer", read back to the company "its" stands for (see ``_others_deal``); or a company's
#: possessive in its place ("under CuraGen's license from Seattle Genetics, Inc."), which names the
#: deal's party itself (group ``owner``: the possessive's "'s"). The company may also be named as that
#: company's partner in apposition, with no preposition: "InterMune and its partner Roche completed …",
#: "CuraGen's licensee Bayer".
_ITS_DEAL = cached_compile(
    r"(?:\bits|(?P<owner>['’]s?))\s+(?:[\w-]+\s+){0,3}?(?:(?:collaborat\w*|licens\w*|partner\w*|agreements?|"
    r"alliance|deal)\s+(?:[\w-]+\s+){0,2}?(?:with|to|from)\s+(?:the\s+)?"
    r"|(?:partners?|collaborators?|licensees?|sublicensees?|licensors?)\s*,?\s+)$",
    re.IGNORECASE,
)
#: Words before a company's name that make it the object of a phrase, not the actor "its" stands for.
_OBJECT_BEFORE = cached_compile(r"\b(?:with|to|from|by|of|for|and|than)\s+(?:the\s+)?$", re.IGNORECASE)
_POSSESSIVE = cached_compile(r"['\u2019]s?\b")
#: The filer named without its name: "we", "our", "the Company".
_FIRST_PERSON = cached_compile(r"\b(?:[Ww]e|[Oo]ur|[Uu]s|the\s+Company)\b")
#: Two companies stated as the parties of one deal with each other: "X and Y entered into / signed /
#: announced", "their collaboration"; or "between X and Y" (``_BETWEEN``).
_MUTUAL = cached_compile(
    r"\b(?:and|&)\s+\S.{0,40}?\s+(?:have\s+|has\s+|today\s+|jointly\s+)?(?:entered|signed|formed|established|"
    r"announced|expanded|extended|amended|agreed)\b|\btheir\s+(?:\w+\s+){0,3}?(?:collaborat|licens|agreement|"
    r"alliance|partnership)",
    re.IGNORECASE,
)
#: A deal of "their": "ImmunoGen and Lilly expanded their collaboration", "Sanofi and Bayer expanded their
#: collaboration with Biogen Idec". "their" stands for the pair of companies named right before it.
_THEIR_DEAL = cached_compile(
    r"\btheir\s+(?:[\w-]+\s+){0,3}?(?:collaborat\w*|licens\w*|partner\w*|agreements?|alliance|deal)\b",
    re.IGNORECASE,
)
#: Between the two companies of a pair: "ImmunoGen and Lilly", "Sanofi, Inc. and Bayer".
_PAIR_JOIN = cached_compile(r"\s*,?\s*(?:and|&)\s+(?:the\s+)?", re.IGNORECASE)
_BETWEEN = cached_compile(r"\bbetween\s+", re.IGNORECASE)
#: A description set off by commas right after a company's name: "Regulus Therapeutics, our joint
#: venture with Isis Pharmaceuticals, formed …". Its "our" is not the sentence's actor.
_APPOSITIVE = cached_compile(r",\s+(?:our|its|their|an?|the)\s[^,;]{2,80},")
#: The filer stated as no party of the deal the sentence tells: "ImmunoGen is not a party to that
#: agreement", "Medarex is not involved".
_NOT_PARTY = cached_compile(r"\bnot\s+(?:a\s+)?(?:party|parties|involved|participat\w*)\b", re.IGNORECASE)
#: A company's name right after these words is a parent ("Genentech … is a member of the Roche Group"),
#: wherever the child is named; a parent is no partner by that statement.
_PARENT_BEFORE = cached_compile(
    r"\b(?:subsidiary|member|division|unit|affiliate|part|business|arm)\s+of\s+(?:the\s+)?$", re.IGNORECASE
)
#: "Genzyme, a Sanofi company, …": the company named in that aside is the partner's parent, not a party.
_PARENT_ASIDE = cached_compile(r"\s+(?:group\s+)?company\s*[,)]", re.IGNORECASE)
#: A sentence about competition names competitors, not partners: "We compete with Seattle Genetics,
#: which has a collaboration with Genentech". ("Competitive" is left out: "a competitive process".)
_COMPETITION = cached_compile(r"\bcompet(?:e|es|ed|ing|itor|itors|ition)\b", re.IGNORECASE)
_FOR_COMPOUND = cached_compile(
    r"\s+(?:for|covering|on|to\s+develop)\s+(?:the\s+)?(?:development\s+of\s+)?", re.I
)
_DEVELOP = cached_compile(r"develop", re.IGNORECASE)
#: Words one of which every ``_DEV_CUE`` match holds, in any case.
_DEV_CUE_WORDS = ("develop", "testing", "owned")
_HYPHEN_DEVELOPED = cached_compile(r"-(?:developed|owned)\b")
_OPEN_PAREN = cached_compile(r"\s*\(\s*")
_MONEY = cached_compile(r"\$\s?(?P<n>\d+(?:\.\d+)?)\s*(?P<u>million|billion)", re.IGNORECASE)


#: The label opening a contacts block's line: "Media:", "Investors:", "Company and Investor Contact:",
#: "Contacts:", "Investor Relations:". The block names people and the firms they work at (a PR agency).
_CONTACT_LABEL = cached_compile(
    r"\s*(?:(?:(?:Company|Corporate|Investors?|Media|Press|Analysts?)(?:\s+(?:and|&)\s+"
    r"(?:Company|Corporate|Investors?|Media|Press|Analysts?))?(?:\s+(?:Contacts?|Relations|Inquiries))?)"
    r"|Contacts?)\s*:",
    re.IGNORECASE,
)


def _cues(text: str, ctx: Context, addresses: SpanSet) -> list[re.Match[str]]:
    """The licence and collaboration words of a sentence that are words of its text: none inside a
    company's name ("Lazar Partners Ltd.") or a web or e-mail address ("afields@lazarpartners.com"),
    which say nothing of a deal."""
    s = ctx.sentence
    names = SpanSet((h.start, h.end) for h in ctx.hits if h.kind == "company")
    return [
        m
        for m in _PARTNER_CUE.finditer(text, s.start, s.end)
        if not names.overlaps(*m.span()) and not addresses.overlaps(*m.span())
    ]


def unexercised_options(text: str, start: int, end: int) -> SpanSet:
    """Where the text between ``start`` and ``end`` (a sentence, a table's partner cell) states an option
    to a deal that it does not state as exercised (see ``_OPTION``): "Merck KGaA holds an option to
    license IMC-11F8". An exercised option ("which exercised its option to license XL880") is the deal
    made, and is left out."""
    spans: list[tuple[int, int]] = []
    for m in _OPTION.finditer(text, start, end):
        if _EXERCISED_BEFORE.search(text, max(start, m.start() - 40), m.start()):
            continue
        if _EXERCISED_AFTER.match(text, m.end(), end):
            continue
        spans.append(m.span())
    return SpanSet(spans)


def _option_holders(
    text: str, ctx: Context, named: list[Hit], options: SpanSet, cues: list[re.Match[str]]
) -> list[Hit]:
    """Companies the sentence names as holding an option only, no deal: one marked "(option)" right after
    its name ("Servier (option)"), or one whose own clause states an option to a deal and no other deal
    word ("…, and Merck KGaA holds an option to license IMC-11F8")."""
    found: list[Hit] = []
    for c in named:
        if OPTION_MARK.match(text, c.end, ctx.sentence.end):
            found.append(c)
            continue
        start, end = clause_bounds(text, ctx, c.start)
        if options.overlaps(start, end) and not any(start <= m.start() < end for m in cues):
            found.append(c)
    return found


def _filer_names(
    doc: Document, filer: EntityRef | None, labels: dict[EntityRef, str]
) -> re.Pattern[str] | None:
    """The filer's names without their legal form ("Micromet" of "Micromet, Inc."), as words: a
    sentence printing one names the filer, though no company's name was read there. None when the
    filer is unknown or its names are all legal or industry words."""
    if filer is None:
        return None
    names = {labels.get(filer, ""), filer_name(doc) or ""}
    bases = {company_base(LEGAL_FORM_END.sub("", collapse_spaces(name))) for name in names if name}
    bases = {base for base in bases if len(base) >= 3}
    if not bases:
        return None
    return re.compile(r"(?<![\w&.-])(?:" + "|".join(re.escape(b) for b in sorted(bases)) + r")(?![\w&-])")


def _filer_paired(
    text: str, ctx: Context, filer_names: re.Pattern[str] | None, asides: list[tuple[int, int]]
) -> bool:
    """Whether the sentence names the filer by its bare name as one of a pair of companies stated as the
    parties of one deal: "Micromet and Sanofi continued their collaboration", "Seattle Genetics and
    Genentech, Inc. entered into …". The bare name elsewhere ("Genmab A/S, in which Medarex holds an
    equity interest, and its partner …"), or in the description of another company ("Regulus, the joint
    venture formed by Alnylam and Isis, entered into an alliance with …"), makes the filer no party."""
    s = ctx.sentence
    if filer_names is None or not _MUTUAL.search(text, s.start, s.end):
        return False
    companies = ctx.of_kind("company")
    for m in filer_names.finditer(text, s.start, s.end):
        if any(a <= m.start() < b for a, b in asides):
            continue
        join = _PAIR_JOIN.match(text, m.end(), s.end)
        if join is not None and any(c.start == join.end() for c in companies):
            return True
        if any(c.end <= m.start() and _PAIR_JOIN.fullmatch(text, c.end, m.start()) for c in companies):
            return True
    return False


def agreement_ref(filer: EntityRef, partner: EntityRef, kind: str) -> EntityRef:
    """The agreement of ``kind`` between the filer and ``partner``: one per pair and kind."""
    return EntityRef("agreement", f"{filer.key}-{partner.key}-{slugify(kind)}")


#: A number of months or weeks a reporting period runs: "three months", "nine-month period", "52 weeks".
_PERIOD_SPAN = (
    r"(?:three|six|nine|twelve|fifty-two|fifty-three|3|6|9|12|52|53)[- ]?(?:months?|weeks?)(?:\s+periods?)?"
)
#: Right before "ended", a reporting period's phrase, whose last words "ended" closes: "the nine months
#: ended", "the quarter and year ended", "its fourth quarter and year ended", "the three and six months
#: ended", "the fiscal year then ended", "fiscal 2009 ended", "Three Months Ended" (a table's heading).
#: A span of months needs no article; a quarter, a year or a period needs an article, an ordinal or
#: "fiscal" ("the year ended", "third quarter ended"), or the head of a table's cell. Never a span of a
#: deal ("collaboration … of nearly four years ended", "partnership … of the last two fiscal years
#: ended"), nor a term of one ("the research period ended").
_PERIOD_BEFORE_ENDED = cached_compile(
    r"(?:"
    rf"\b{_PERIOD_SPAN}"
    r"|\b(?:first|second|third|fourth|1st|2nd|3rd|4th)\s+(?:fiscal\s+)?quarters?"
    r"|\bfiscal\s+(?:years?|quarters?|(?:19|20)\d\d)(?:\s+(?:19|20)\d\d)?"
    r"|\b(?:the|its|our|their|each|this|that|the\s+Company['’]s)\s+"
    r"(?:(?:same|prior|previous|current|comparable|interim|transition|year-to-date|fiscal)\s+)?"
    r"(?:quarters?|years?|periods?|months|weeks)"
    r"|\b(?:quarters?|months|weeks)\s+(?:and|&)\s+(?:the\s+)?(?:fiscal\s+)?(?:years?|quarters?)"
    r"|(?:^|\n|\t| {2,})[ \t]*(?:Fiscal\s+)?(?:Quarters?|Years?|Periods?|Months|Weeks)"
    r")(?:\s+then)?\s+$",
    re.IGNORECASE,
)

#: A period's phrase opening with years or quarters, which a count before them makes a deal's span.
_YEARS_WORD = cached_compile(r"(?i:\s*(?:fiscal\s+)?(?:years?|quarters?)\b)")
#: Right before such a phrase, a count: "of the last two fiscal years ended", "over three quarters ended".
_COUNT_BEFORE = cached_compile(
    r"\b(?:last|past|nearly|over|about|approximately|almost|some|"
    r"two|three|four|five|six|seven|eight|nine|ten|\d+)[ \t]*$",
    re.IGNORECASE,
)


def ended(text: str) -> bool:
    """Whether ``text`` states a collaboration as over (see ``_ENDED``). "ended" closing a reporting
    period's phrase ("the nine months ended September 30, 2003", see ``_PERIOD_BEFORE_ENDED``) tells of
    that period, no deal's end; any other "ended" ("Genta's collaboration with Aventis, which began in
    April 2002, ended November 30, 2004", "the license agreement … ended on September 30, 2006") is the
    end of what the sentence tells, the deal named before it."""
    for m in _ENDED.finditer(text):
        if m.group(0).lower() != "ended":
            return True
        period = _PERIOD_BEFORE_ENDED.search(text, max(0, m.start() - 80), m.start())
        if period is not None and not (
            _YEARS_WORD.match(period.group(0))
            and _COUNT_BEFORE.search(text, max(0, period.start() - 40), period.start())
        ):
            continue
        return True
    return False


def partners(
    doc: Document,
    ctxs: list[Context],
    filer: EntityRef | None,
    labels: dict[EntityRef, str],
    extractor: str,
) -> Iterator[Relation | Mention | Skipped]:
    """``developedBy``, ``partner``, ``subsidiaryOf`` and agreement edges, the sentence as evidence."""
    text = doc.text
    technologies = _filer_technologies(text, ctxs, filer)
    addresses = SpanSet(url_spans(text))
    filer_names = _filer_names(doc, filer, labels)
    deals_told: list[_Deal] = []  # the filer's deals each sentence tells, their kinds read at the end
    for ctx in ctxs:
        s = ctx.sentence
        companies = ctx.of_kind("company")
        if s.trademark or not companies:
            continue  # every edge below names a company of the sentence
        body = text[s.start : s.end]
        # The deal words of an option to a deal are no cue: an option is no licence yet.
        options = unexercised_options(text, s.start, s.end) if "opt" in body.lower() else SpanSet()
        stated = _cues(text, ctx, addresses)
        cues = [m for m in stated if not options.overlaps(*m.span())]
        evidence = doc.evidence(s.start, s.end, extractor)
        parented: set[int] = set()
        for child, parent, now in _ties(text, companies):
            parented.add(parent.start)
            if now:  # "once an affiliate of Medarex": no parent now, and no party either
                yield Relation(child.ref, "subsidiaryOf", parent.ref, evidence)
        if filer is not None:
            for child in _filers_subsidiaries(text, companies, filer):
                yield Relation(child.ref, "subsidiaryOf", filer, evidence)
        yield from _developers(doc, ctx, companies, evidence, (filer, filer_names))

        if filer is not None and len(options) and not cues and any(c.ref != filer for c in companies):
            yield Skipped(
                extractor, "an option to a licence or rights, no deal yet: not a partnership", evidence.line
            )
        if filer is None or not cues or _CONTACT_LABEL.match(body):
            continue  # a contacts block names a firm's people, and the firm (a PR agency) is no partner
        named = [
            c
            for c in companies
            if c.ref != filer
            and c.start not in parented
            and not _PARENT_BEFORE.search(text, max(s.start, c.start - 30), c.start)
            and not (
                _PARENT_ASIDE.match(text, c.end, s.end)
                and re.search(r",\s+an?\s+$", text[max(s.start, c.start - 6) : c.start])
            )
        ]
        apart = _rows_apart(text, ctx, named, cues)
        for c in apart:
            yield Skipped(
                extractor,
                f"{c.printed!r} named in a financial table's row with no deal word: not a partnership",
                evidence.line,
            )
        named = [c for c in named if c not in apart]
        bracketed = [c for c in named if _bracketed_after(text, c, companies)]
        for c in bracketed:
            yield Skipped(
                extractor,
                f"{c.printed!r} named in brackets after another company (its parent or owner), not a partner",
                evidence.line,
            )
        named = [c for c in named if c not in bracketed]
        cueless = _before_own_statement(text, ctx, named, cues)
        for c in cueless:
            yield Skipped(
                extractor,
                f"{c.printed!r} named before the filer's own statement of a deal, with no deal word of its "
                "own: not a partner by it",
                evidence.line,
            )
        named = [c for c in named if c not in cueless]
        beside = _beside_licensee(text, ctx, named, companies)
        for c in beside:
            yield Skipped(
                extractor,
                f"{c.printed!r} named as the developer or the licensee's parent, not a party of the licence",
                evidence.line,
            )
        named = [c for c in named if c not in beside]
        for c in [c for c in named if former_name(text, c, companies)]:
            yield Skipped(
                extractor,
                f"{c.printed!r} named as a former or later name of the company before it, not a second party",
                evidence.line,
            )
            named = [other for other in named if other is not c]
        holders = _option_holders(text, ctx, named, options, cues) if "opt" in body.lower() else []
        for c in holders:
            yield Skipped(
                extractor,
                f"{c.printed!r} named as holding an option to a deal, no deal yet: not a partnership",
                evidence.line,
            )
        named = [c for c in named if c not in holders]
        if named and _COMPETITION.search(body):
            yield Skipped(extractor, "companies named as competitors, not partners", evidence.line)
            continue
        # A company the sentence names as acquired is no partner by any other words of it: "Amgen, which
        # acquired Abgenix in 2006, is evaluating … under the agreements Abgenix had with ImmunoGen".
        acquired = {c.ref for c in named if _in_acquisition(text, c, s.start, s.end)}
        for c in named:
            if c.ref in acquired:
                yield Skipped(
                    extractor,
                    f"{c.printed!r} named in an acquisition or merger, not a partnership",
                    evidence.line,
                )
        named = [c for c in named if c.ref not in acquired]
        if not named:
            continue
        if _NOT_PARTY.search(body):
            yield Skipped(extractor, "a deal the filer is stated to be no party of", evidence.line)
            continue
        if _between_others(doc, ctx, filer, named, (cues, filer_names)) and not _names_technology(
            body, technologies
        ):
            yield Skipped(extractor, "a partnership between other companies than the filer", evidence.line)
            continue
        others = _distinct_hits(
            _others_deal(text, ctx, filer, named, filer_names)
            + _their_deal(text, ctx, filer, named, filer_names)
            + _in_others_relative(text, ctx, filer, named, filer_names)
        )
        for c in others:
            yield Skipped(
                extractor,
                f"{c.printed!r} is a party of another company's deal, not of the filer's",
                evidence.line,
            )
        vendors: list[Hit] = []
        for c in named:
            if c in others:
                continue
            deal = _NOT_PARTNERSHIP.search(text, max(s.start, c.start - 100), c.start)
            if deal is None and _manufacturing_deal(text, ctx, c):
                vendors.append(c)
                yield Skipped(
                    extractor,
                    f"{c.printed!r} named in a manufacturing agreement, not a partnership",
                    evidence.line,
                )
                continue
            if deal is not None:
                vendors.append(c)
                kind = " ".join(deal.group("kind").lower().split())
                article = "an" if kind[0] in "aeiou" else "a"
                yield Skipped(
                    extractor, f"{c.printed!r} named in {article} {kind}, not a partnership", evidence.line
                )
        named = [c for c in named if c not in others and c not in vendors]
        if not named:
            continue
        if ended(body):
            for c in named:
                yield Skipped(extractor, f"collaboration with {c.printed!r} stated as ended", evidence.line)
            continue
        money = list(_MONEY.finditer(body))
        partner_refs = sorted({c.ref for c in named})
        dated = _deal_years(body)
        paired = pair_developers(text, ctx, filer, filer_names)
        for ref in partner_refs:
            yield Relation(filer, "partner", ref, evidence)
            deal_kind, named_kind = _kind(
                doc,
                ctx,
                next(c for c in named if c.ref == ref),
                (cues, options),
                len(partner_refs) > 1,
                filer,
            )
            # The compounds of the partner's deals in the sentence, and those it is stated developing
            # with the filer ("Genta and Aventis Pharmaceuticals Inc., …, are jointly developing Genasense").
            covered = _covered(doc, ctx, ref, named) or _distinct(
                [deal.compound for c in named if c.ref == ref for deal in deals(text, ctx, c, filer_names)]
                + [compound for compound, company in paired if company == ref]
            )
            amount = None
            if len(partner_refs) == 1 and len(money) == 1 and not _revenue_of_deal(body, money[0]):
                m = money[0]
                scale = Decimal(1_000_000 if m.group("u").lower() == "million" else 1_000_000_000)
                amount = (Decimal(m.group("n")) * scale).quantize(Decimal(1))
            new = bool(_NEW_DEAL.search(body))
            deals_told.append(_Deal(ref, deal_kind, named_kind, evidence, tuple(covered), amount, dated, new))
    if filer is not None:
        yield from _agreements(filer, deals_told, labels, extractor)


@quick_init
@dataclass(frozen=True)
class _Deal:
    """A deal with ``partner`` one sentence tells (its ``evidence``): the ``kind`` its words name
    (``stated``) or the one read from its cues when they name none (None when its words name no one
    kind, "collaborative partners and licensees include …", or all its cues are another company's), the
    compounds it covers, its amount, the years the sentence dates a deal by (``_deal_years``) and whether
    it calls the deal a new one ("a new $25 million agreement")."""

    partner: EntityRef
    kind: str | None
    stated: bool
    evidence: Evidence
    covered: tuple[EntityRef, ...]
    amount: Decimal | None
    years: frozenset[str] = frozenset()
    new: bool = False


#: A deal the sentence calls new: "entered into a new $25 million agreement with", "our new alliance".
_NEW_DEAL = cached_compile(
    r"\bnew\s+(?:[\w$.,-]+\s+){0,3}?(?:agreements?|deals?|arrangements?|partnerships?|alliances?|"
    r"collaborat\w*|licen[cs]\w*)\b",
    re.IGNORECASE,
)
#: A year a sentence dates a deal by: "the 2006 agreement", "signed in September 2006", "In May 2009, we
#: entered into …" (a year in a sentence of a deal made).
_DEAL_YEAR = cached_compile(r"\b(?:19|20)\d\d\b")
_DEAL_MADE = cached_compile(
    r"\b(?:entered\s+into|signed|executed|concluded|formed|established|(?:19|20)\d\d\s+(?:[\w-]+\s+){0,2}?"
    r"(?:agreements?|deals?|licen[cs]es?|collaborations?))\b",
    re.IGNORECASE,
)


def _deal_years(body: str) -> frozenset[str]:
    """The years of a sentence telling a deal made ("entered into", "signed", "the 2006 agreement"):
    the deal's date, which tells one deal from another with the same partner. None otherwise."""
    if not _DEAL_MADE.search(body):
        return frozenset()
    return frozenset(_DEAL_YEAR.findall(body))


def _a_deal_of_its_own(deal: _Deal, told: list[_Deal]) -> bool:
    """Whether a deal told with no kind named is another deal than the ones the filing names with that
    partner: called new ("a new $25 million agreement with Ardent Pharma"), or dated or priced otherwise
    than every one of them (a year or an amount none of theirs has)."""
    if deal.new:
        return True
    stated = [d for d in told if d.partner == deal.partner and d.stated]
    if deal.years and not any(deal.years & d.years for d in stated):
        return True
    return deal.amount is not None and all(d.amount != deal.amount for d in stated)


def _agreements(
    filer: EntityRef, told: list[_Deal], labels: dict[EntityRef, str], extractor: str
) -> Iterator[Relation | Mention | Skipped]:
    """The agreement edges of the deals the filing tells, each under the kind the filing names for the
    deal with that partner (see ``_deal_kinds``). A deal of no kind the filing names is no agreement: a
    note says so (the partner edge stays)."""
    kinds = _deal_kinds(told)
    unnamed: set[EntityRef] = set()
    for deal, kind in zip(told, kinds, strict=True):
        partner = labels.get(deal.partner, deal.partner.key)
        if kind is None:
            if deal.partner not in unnamed:
                unnamed.add(deal.partner)
                yield Skipped(
                    extractor,
                    f"the deal with {partner!r} told with no kind, and none named elsewhere: no agreement stated",
                    deal.evidence.line,
                )
            continue
        agreement = agreement_ref(filer, deal.partner, kind)
        label = f"{labels.get(filer, filer.key)} – {partner} {kind}"
        yield Mention(agreement, label, deal.evidence)
        yield Relation(agreement, "party", filer, deal.evidence)
        yield Relation(agreement, "party", deal.partner, deal.evidence)
        yield Relation(agreement, "agreementType", kind, deal.evidence)
        for compound in deal.covered:
            yield Relation(agreement, "covers", compound, deal.evidence)
        if deal.amount is not None:
            yield Relation(agreement, "amount", deal.amount, deal.evidence)


def _deal_kinds(told: list[_Deal]) -> list[str | None]:
    """The kind of each deal told, as the filing names the deal with its partner. A sentence naming no
    kind ("This agreement with UCB", "our partner Wyeth", "under the 2006 agreement") tells of the deal
    the filing names with that partner by its kind, when it names one only; one deal named by both
    kinds ("an exclusive license and collaboration agreement") is that one agreement wherever the filing
    names it by either ("our new collaboration with Ortho-McNeil"). Otherwise each keeps its own kind
    (two kinds named apart may be two deals); a deal whose words name no kind and a filing naming none
    for that partner have none (None: no agreement is stated)."""
    named: dict[EntityRef, set[str]] = {}
    for deal in told:
        if deal.stated and deal.kind is not None:
            named.setdefault(deal.partner, set()).add(deal.kind)
    kinds: list[str | None] = []
    for deal in told:
        stated = named.get(deal.partner, set())
        both = [kind for kind in stated if kind == BOTH_KINDS]
        own = not deal.stated and _a_deal_of_its_own(deal, told)
        if own:
            kinds.append(deal.kind)  # "a new $25 million agreement with Ardent Pharma": not the licence
        elif both and (not deal.stated or deal.kind in _KIND_PARTS):
            kinds.append(BOTH_KINDS)
        elif not deal.stated and len(stated) == 1:
            kinds.append(next(iter(stated)))
        else:
            kinds.append(deal.kind)
    return kinds


#: Around a sum: words of revenue a deal brought in ("fees include a $1.0 million milestone payment
#: earned from Genentech"), not of what the deal is worth or commits.
_DEAL_REVENUE = cached_compile(
    r"\b(?:milestones?|earned|recogni[sz]ed|revenues?|royalt\w+|reimburse\w*)\b", re.I
)
#: Near the sum: it is a part of something the sentence counts ("fees include a $1.0 million …").
_INCLUDED_NEAR = cached_compile(r"\binclud\w*\b", re.I)


#: Near the sum: it is a security's or a loan's ("converted its $5.0 million convertible note into
#: equity", "a $10 million equity investment"), not what the deal is worth.
_SECURITY_NEAR = cached_compile(
    r"\b(?:notes?|loans?|debt|debentures?|equity|shares?|stock|warrants?|investments?|convertible)\b", re.I
)


def _revenue_of_deal(body: str, money: re.Match[str]) -> bool:
    """Whether the one sum of a partner's sentence is revenue the deal brought in, or a security's or a
    loan's, not the deal's amount."""
    # The whole sentence: "Revenue from our INTEGRILIN collaboration with Schering-Plough was $29.8
    # million in the quarter" names the revenue far from the sum.
    near = (max(0, money.start() - 60), min(len(body), money.end() + 60))
    return bool(
        _DEAL_REVENUE.search(body) or _INCLUDED_NEAR.search(body, *near) or _SECURITY_NEAR.search(body, *near)
    )


#: The filer's own technology, as the filing names it: "the Company's TAP technology", "our TAP
#: technology", "ImmunoGen's Tumor-Activated Prodrug (TAP) technology" (the filer's name before the
#: possessive is checked by the caller).
_OWN_TECHNOLOGY = cached_compile(
    r"(?:\b(?:[Tt]he\s+Company['’]s|[Oo]ur)|(?P<owner>['’]s))\s+(?:proprietary\s+)?(?:[A-Z][\w-]*\s+){0,3}?"
    r"\(?(?P<name>[A-Z][A-Za-z]{1,9})\)?\s+(?:technology|platform)\b"
)


def _filer_technologies(text: str, ctxs: list[Context], filer: EntityRef | None) -> set[str]:
    """Names of the filer's own technologies, as the filing states them (see ``_OWN_TECHNOLOGY``): a
    company that licenses "the TAP technology" licenses it from the filer."""
    if filer is None:
        return set()
    names: set[str] = set()
    filer_ends = {h.end for ctx in ctxs for h in ctx.hits if h.ref == filer}
    for ctx in ctxs:
        start, end = ctx.sentence.start, ctx.sentence.end
        if text.find("technology", start, end) < 0 and text.find("platform", start, end) < 0:
            continue  # the pattern has no fixed opening: tried only where its closing word is
        for m in _OWN_TECHNOLOGY.finditer(text, start, end):
            if m.group("owner") is None or m.start("owner") in filer_ends:
                names.add(m.group("name"))
    return names


def _names_technology(body: str, technologies: set[str]) -> bool:
    """Whether a sentence names one of the filer's technologies as what a deal is about ("licensed the
    TAP technology"): the filer is then a party of the deal, though the sentence does not name it."""
    # The technology must be what the deal gives ("licensed the TAP technology", "a license to the
    # TAP technology", "rights to use the TAP technology"), not a description of a party ("Biotest,
    # which uses the TAP technology, entered into a license agreement with Abbott").
    return any(
        re.search(
            r"\b(?:licens\w*|(?:license|licence|rights?|access)\s+to(?:\s+use)?)\s+(?:the\s+|its\s+|our\s+)?"
            rf"(?:Company['’]s\s+)?(?:proprietary\s+)?(?:\w+\s+){{0,2}}?\(?{re.escape(name)}\)?\s+(?:technology|platform)\b",
            body,
        )
        for name in technologies
    )


#: A company's name alone in brackets: "Genentech (Roche)".
_BRACKETED = cached_compile(r"\s*\(\s*$")
_BRACKET_CLOSE = cached_compile(r"\s*\)")


def _bracketed_after(text: str, company: Hit, companies: list[Hit]) -> bool:
    """Whether ``company`` is named alone in brackets right after another company's name ("licensed … to
    Genentech (Roche)"): it tells who owns that company, and is no party of the deal."""
    m = _BRACKETED.search(text, max(0, company.start - 4), company.start)
    if m is None or not _BRACKET_CLOSE.match(text, company.end):
        return False
    return any(h.ref != company.ref and h.end == m.start() for h in companies)


def _in_acquisition(text: str, company: Hit, start: int, end: int) -> bool:
    """Whether the sentence names ``company`` as a party of an acquisition or merger ("acquired by
    Bristol-Myers Squibb", "Abgenix completed its merger with Amgen"): a change of owner, not a
    licence or a collaboration."""
    before = text[max(start, company.start - 40) : company.start]
    return bool(_ACQUIRED_BEFORE.search(before) or _ACQUIRED_AFTER.match(text, company.end, end))


def _between_others(
    doc: Document,
    ctx: Context,
    filer: EntityRef,
    named: list[Hit],
    read: tuple[list[re.Match[str]], re.Pattern[str] | None],
) -> bool:
    """Whether the sentence states a deal between other companies, leaving the filer out: it names
    neither the filer (by its name, or by its name without the legal form: "Micromet and Sanofi
    continued their collaboration") nor "we"/"our"/"the Company", and names a company before its first
    licence or collaboration word (of ``read``: the sentence's cues, and the filer's bare names) and
    another after it ("Regeneron announced that its collaboration with sanofi-aventis …", "Exelixis
    licensed XL184 to …"), or two companies as the parties of one deal ("Seattle Genetics and Takeda
    entered into a collaboration", "… their alliance")."""
    s = ctx.sentence
    text = doc.text
    cues, filer_names = read
    asides = [
        (c.end, c.end + m.end())
        for c in ctx.of_kind("company")
        if (m := _APPOSITIVE.match(text, c.end, s.end))
    ]
    if _filer_paired(text, ctx, filer_names, asides):
        return False
    if any(h.ref == filer for h in ctx.hits) or any(
        not any(a <= m.start() < b for a, b in asides) for m in _FIRST_PERSON.finditer(text, s.start, s.end)
    ):
        return False
    if not cues:
        return False
    cue = cues[0]
    # The company after the cue counts only in the cue's own clause: "A and B have licensed …; the
    # Company also has a collaboration with C" names A and B as licensees, not as each other's.
    semicolon = text.find(";", cue.end(), s.end)
    clause_end = semicolon if semicolon >= 0 else s.end
    before = {c.ref for c in named if c.end <= cue.start()}
    after = {c.ref for c in named if cue.end() <= c.start < clause_end}
    if before and after - before:
        return True
    between = _BETWEEN.search(text, s.start, s.end)
    if between and any(between.end() <= c.start <= between.end() + 60 for c in named):
        return True
    return bool(before) and bool(_MUTUAL.search(text, s.start, s.end))


def _others_deal(
    text: str, ctx: Context, filer: EntityRef, named: list[Hit], filer_names: re.Pattern[str] | None
) -> list[Hit]:
    """Companies named as the party of another company's deal in a sentence the filer is in: "ImmunoGen's
    partner Novartis reported that its collaboration with Pfizer …" names Pfizer as Novartis's partner.
    "its" stands for the nearest company before it that is no possessive ("ImmunoGen's partner"), no
    object of a phrase ("licensed … to Genentech, and its agreement with Biogen Idec" is the filer's) and
    not inside a description set off by commas after another company ("Regulus Therapeutics Inc., the
    microRNA company Alnylam formed with Isis …, continued its alliance with GlaxoSmithKline" is Regulus's
    alliance); a filer's "its" and a "we"/"our" between make the deal the filer's. A possessive in the
    place of "its" names the deal's party itself ("under CuraGen's license from Seattle Genetics, Inc.":
    CuraGen's licence, not the filer's, see ``_possessor_is_other``)."""
    s = ctx.sentence
    companies = ctx.of_kind("company")
    asides = _company_asides(text, ctx)
    found: list[Hit] = []
    for c in named:
        its = _ITS_DEAL.search(text, max(s.start, c.start - 80), c.start)
        if its is None:
            continue
        if its.group("owner") is not None:
            if _possessor_is_other(text, ctx, its.start(), filer, filer_names):
                found.append(c)
            continue
        clause_start = max(s.start, text.rfind(";", s.start, its.start()) + 1)
        actors = [
            h
            for h in companies
            if clause_start <= h.start
            and h.end <= its.start()
            and not _POSSESSIVE.match(text, h.end, s.end)
            and not _OBJECT_BEFORE.search(text, max(s.start, h.start - 12), h.start)
            and not any(a <= h.start < b for a, b in asides)
        ]
        if _unread_pair_mate(text, ctx, its.start(), filer_names):
            found.append(c)  # "InterMune and its partner Roche": the deal of a company no list knows
            continue
        if not actors or actors[-1].ref == filer:
            continue
        if _FIRST_PERSON.search(text, actors[-1].end, its.start()):
            continue
        found.append(c)
    return found


#: Right before "its", a capitalised name joined to it by "and": "InterMune and its partner Roche".
_MATE_BEFORE_ITS = cached_compile(r"(?<![\w&.-])(?P<word>[A-Z][\w&.-]*)\s+and\s+$")


def _unread_pair_mate(text: str, ctx: Context, its: int, filer_names: re.Pattern[str] | None) -> bool:
    """Whether the "its" at ``its`` stands for a name right before "and its" that no list knows as a
    company and that is not the filer's: "co-invented with InterMune, Inc.: InterMune and its partner
    Roche" (the bare "InterMune" read as no company) tells of InterMune's partner, not the filer's. A
    name found there as a company or a compound is left to the other rules."""
    m = _MATE_BEFORE_ITS.search(text, max(ctx.sentence.start, its - 40), its)
    if m is None or m.group("word") in ("The", "A", "An", "This", "That", "These", "Each", "Company"):
        return False  # "the Company and its partner Genentech" is the filer's partner
    if any(h.start < m.end("word") and m.start("word") < h.end for h in ctx.hits):
        return False
    return filer_names is None or filer_names.search(text, m.start("word"), m.end("word")) is None


#: A description set off by a comma right after a company's name: ", the microRNA company Alnylam formed
#: with …", ", our joint venture with …". It runs to the next comma that ends no company's name inside it.
_ASIDE_OPEN = cached_compile(r",\s+(?:our|its|their|an?|the)\s")
#: The longest such description read.
_ASIDE_REACH = 160


def _company_asides(text: str, ctx: Context) -> list[tuple[int, int]]:
    """Where each description set off by commas right after a company's name lies (see ``_ASIDE_OPEN``):
    the names inside it are no actor of the sentence. A comma inside a company's name ("Isis
    Pharmaceuticals, Inc.") does not close it; a semicolon or the sentence's end leaves it open (no
    aside)."""
    s = ctx.sentence
    names = [(h.start, h.end) for h in ctx.of_kind("company")]
    asides: list[tuple[int, int]] = []
    for c in ctx.of_kind("company"):
        opening = _ASIDE_OPEN.match(text, c.end, s.end)
        if opening is None:
            continue
        at = opening.end()
        stop = min(s.end, at + _ASIDE_REACH)
        while True:
            comma = text.find(",", at, stop)
            semicolon = text.find(";", at, stop)
            if comma < 0 or 0 <= semicolon < comma:
                break
            if any(a <= comma < b for a, b in names):
                at = comma + 1
                continue
            asides.append((opening.start(), comma))
            break
    return asides


#: The word before a possessive "'s": the possessor's name, its last word ("CuraGen", "Genetics").
_POSSESSOR = cached_compile(r"(?P<word>[A-Za-z][\w&.-]*)$")


def _possessor_is_other(
    text: str, ctx: Context, at: int, filer: EntityRef, filer_names: re.Pattern[str] | None
) -> bool:
    """Whether the possessive "'s" at ``at`` is of another party than the filer: a company found there
    other than the filer, or a capitalised name that is neither the filer's nor "the Company's" ("under
    CuraGen's license from Seattle Genetics"). A compound's possessive says nothing: the deal stays the
    filer's. (A name no list knows is another party's as well: whose deal it is, is then not sure to
    be the filer's, and no partner is better than a wrong one.)"""
    owner = next((h for h in ctx.hits if h.end == at), None)
    if owner is not None:
        return owner.kind == "company" and owner.ref != filer
    word = _POSSESSOR.search(text, max(ctx.sentence.start, at - 40), at)
    if word is None or not word.group("word")[0].isupper() or word.group("word") == "Company":
        return False
    if any(h.start < at and word.start() < h.end for h in ctx.hits):
        return False  # a part of a name found there, of no company: unsure
    return filer_names is None or filer_names.search(text, word.start(), at) is None


def _filer_mate(
    text: str, bounds: tuple[int, int], companies: list[Hit], filer_names: re.Pattern[str]
) -> Hit | None:
    """The company named as the other of a pair with the filer's bare name within ``bounds`` ("ARIAD and
    Merck & Co., Inc.", "Merck and ARIAD"); None when no such pair is printed."""
    start, end = bounds
    for m in filer_names.finditer(text, start, end):
        join = _PAIR_JOIN.match(text, m.end(), end)
        if join is not None:
            mate = next((c for c in companies if c.start == join.end()), None)
            if mate is not None:
                return mate
        mate = next(
            (c for c in companies if c.end <= m.start() and _PAIR_JOIN.fullmatch(text, c.end, m.start())),
            None,
        )
        if mate is not None:
            return mate
    return None


def _their_deal(
    text: str, ctx: Context, filer: EntityRef, named: list[Hit], filer_names: re.Pattern[str] | None = None
) -> list[Hit]:
    """Companies that are no party of the filer's deal where the sentence tells of "their" deal. "their"
    stands for the nearest pair of companies before it in its clause ("Sanofi and Bayer expanded their
    collaboration"): a pair holding the filer is the filer's partnership, and a company after "their"
    ("their collaboration with Roche") is no new partner; a pair without the filer makes none of its
    companies, nor those after "their", the filer's partners; with no such pair "their" is unclear, and
    the companies after it are no partners."""
    s = ctx.sentence
    companies = ctx.of_kind("company")
    found: list[Hit] = []
    for their in _THEIR_DEAL.finditer(text, s.start, s.end):
        clause_start = max(s.start, text.rfind(";", s.start, their.start()) + 1)
        semicolon = text.find(";", their.end(), s.end)
        clause_end = semicolon if semicolon >= 0 else s.end
        before = [h for h in companies if clause_start <= h.start and h.end <= their.start()]
        pair = next(
            (
                (a, b)
                for a, b in reversed(list(itertools.pairwise(before)))
                if a.ref != b.ref and _PAIR_JOIN.fullmatch(text, a.end, b.start)
            ),
            None,
        )
        after = [c for c in named if their.end() <= c.start < clause_end]
        if pair is None and filer_names is not None:
            # The filer by its bare name as one of the pair: "ARIAD and Merck & Co., Inc. restructured
            # their collaboration".
            mate = _filer_mate(text, (clause_start, their.start()), before, filer_names)
            if mate is not None:
                pair = (mate, replace(mate, ref=filer))
        if pair is not None and filer in (pair[0].ref, pair[1].ref):
            found.extend(c for c in after if c.ref not in (pair[0].ref, pair[1].ref))
        elif pair is not None:
            found.extend(c for c in named if c.ref in (pair[0].ref, pair[1].ref) or c in after)
        else:
            found.extend(after)
    return found


def _distinct_hits(hits: list[Hit]) -> list[Hit]:
    out: list[Hit] = []
    for h in hits:
        if h not in out:
            out.append(h)
    return out


#: Words naming a deal's kind: a licence, or the royalties a licensee pays ("earns royalties on sales of
#: LUCENTIS by Genentech"); a collaboration or an alliance. "Agreement" and "partner" name neither.
_LICENCE_WORD = cached_compile(
    r"(?<!Biologics\s)\b(?:sub)?licen[cs]\w*+(?!\s+applications?\b)|\broyalt(?:y|ies)\b", re.IGNORECASE
)
#: ("Collaborative partners" and "collaborators" name the partners, not the kind of their deals: "The
#: Company's collaborative partners include Amgen, … Lilly" tells of the deal the filing names with
#: each, a licence or a collaboration.)
_COLLABORATION_WORD = cached_compile(
    r"\bcollaborat(?!(?:ive\s+partners?|ors?)\b)\w*|\balliances?\b", re.IGNORECASE
)


#: The kind of one deal named by both kinds' words: "an exclusive license and collaboration agreement",
#: "a license and co-development agreement", "a research collaboration and license agreement".
BOTH_KINDS = "licence and collaboration"
#: The kinds such a deal is also named by, each alone ("our new collaboration with Ortho-McNeil").
_KIND_PARTS = frozenset({"licence", "collaboration"})
#: A deal's name holding both kinds' words, joined by "and", "&", "/" or a comma, before "agreement".
_BOTH_KINDS_NAME = cached_compile(
    r"\b(?:(?P<licence>(?:sub)?licen[cs]\w*)|collaborat\w*|co-?develop\w*)\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*|\s*/\s*)"
    r"(?:[\w-]+\s+){0,2}?(?(licence)(?:collaborat\w*|co-?develop\w*)|(?:sub)?licen[cs]\w*)"
    r"(?:\s+[\w-]+){0,2}?\s+(?:agreements?|arrangements?|deals?)\b",
    re.IGNORECASE,
)
#: Before a kind word, words making it the kind the deal was turned into, which it is now: "restructured
#: their collaboration on ridaforolimus into an exclusive license agreement", "converted to a license",
#: "replaced by a license agreement". (What a deal was turned into is a deal: the kind word names it,
#: "a license" or "a license agreement", never a term of it, "replaced with an increased royalty", "a
#: license fee"; see ``_TURNED_KIND``.)
_TURNED_INTO_BEFORE = cached_compile(
    r"(?:\b(?:restructur|convert|transform|chang|amend|reorganiz|modif)\w*\b[^.;]{0,100}?\binto"
    r"|\bconverted\s+to|\breplaced\s+(?:by|with))\s+(?:(?:an?|the|its|our|their)\s+)?(?:[\w-]+\s+){0,3}?$",
    re.IGNORECASE,
)
#: The kind word of a deal turned into another, with the deal's noun after it or none: "license
#: agreement", "collaboration", "license." — not a royalty, "a license fee", "collaboration terms".
_TURNED_KIND = cached_compile(
    r"(?i:licen[cs]e|collaboration|alliance)(?:\s+(?:agreements?|arrangements?|deals?)\b|(?=\s*[,.;)]|\s+(?:with|for|on|under|covering|to|in|and)\b))"
)


def _kind(
    doc: Document,
    ctx: Context,
    company: Hit,
    read: tuple[list[re.Match[str]], SpanSet],
    several: bool = False,
    filer: EntityRef | None = None,
) -> tuple[str | None, bool]:
    """``licence``, ``collaboration`` or both (``BOTH_KINDS``), as the words of the partner's own sentence
    name the deal, and whether they name it: the kind word nearest the partner's name in its own clause
    ("… collaborations with Takeda, and earns royalties on sales of LUCENTIS by Genentech" makes
    Genentech's a licence), else in the sentence ("$35.0 million of license revenue … upon the signing of
    the Marcellus Pharma agreement"); a kind the deal was turned into before any other ("restructured
    their collaboration … into an exclusive license agreement" is a licence). A sentence with no kind
    word ("multitarget agreements with Genentech") is read by its nearest cue, as a collaboration unless
    that cue is a licence's, and names no kind. ``read``: the sentence's cues, and its options to a
    deal, whose words name no kind ("holds an option to license X under our collaboration" is a
    collaboration). A plural name of both kinds over ``several`` partners ("our license and collaboration
    agreements with A and B") names no kind of either's deal. Words of a relative clause on another
    company ("Bayer Schering Pharma AG, which licensed …, and Amgen Inc. are …") are that company's, and
    a list headed by both kinds' words ("collaborative partners and licensees include …") says which
    member holds which kind of none: either way no kind is read (None)."""
    text = doc.text
    cues, options = read
    others = _others_relatives(text, ctx, company, filer)
    # In a financial table, the company's own row and its heading ("Collaboration revenue:") tell of its
    # deal, the nearest word of another row nothing.
    rows = _row_spans(text, ctx, company)
    bounds = rows or [clause_bounds(text, ctx, company.start), (ctx.sentence.start, ctx.sentence.end)]
    named = None
    for span in bounds:
        named = _nearest_kind(text, company, span, (options, others), several)
        if named is not None:
            break
    if named == _MIXED:
        return None, False
    if named is not None and named != _UNSAID:
        return named, True
    own = [
        m
        for m in cues
        if not any(a <= m.start() < b for a, b in others)
        and (rows is None or any(a <= m.start() < b for a, b in rows))
    ]
    if not own:
        return None, False
    nearest = min(own, key=lambda m: _distance(m, company))
    return ("licence" if nearest.group(0).lower().startswith("licens") else "collaboration"), False


#: After a company's name (and a legal form its name was read without), a relative clause on it: ",
#: which licensed …", ", who …". It runs to the next comma, semicolon or the sentence's end (or to another
#: company joined by "and" or "or", see ``_others_relatives``).
_RELATIVE_AFTER = cached_compile(
    r"(?:,?\s+(?:Inc\.|Ltd\.?|Corp\.|Corporation|plc|AG|GmbH|S\.A\.|N\.V\.|LLC)(?!\w))?,\s+(?:which|who)\s[^,;]*"
)
#: Right before a company's name inside such a clause, the words joining it to the clause's company as a
#: second actor of the sentence: "Bayer …, which licensed … in October 2008 and Amgen Inc. are
#: conducting …". The clause ends there.
_AND_BEFORE = cached_compile(r",?\s+(?:and|or)\s+(?:the\s+)?$")
#: The verb of a relative clause in the singular: ", which licenses", ", which has", ", who is". Such a
#: clause after a list of companies tells of its last company only.
_SINGULAR_RELATIVE = cached_compile(
    r",\s+(?:which|who)\s+(?:(?:also|now|currently|previously|recently)\s+)?"
    r"(?:is|has|was|does|[a-z]+(?<!s)s)\b"
)


def _others_relatives(
    text: str, ctx: Context, company: Hit, filer: EntityRef | None = None
) -> list[tuple[int, int]]:
    """Where the sentence's relative clauses on companies other than ``company`` lie ("Bayer Schering
    Pharma AG, which licensed the exclusive right …, and Amgen Inc. are …"): the deal words there are
    that company's, even where the clause names ``company`` ("…, which licensed its technology to
    Amgen"); so are those of ``company``'s own clause naming a third company ("Genentech, Inc., which
    received an exclusive license … from ImmunoGen, expanded its collaboration with Seattle Genetics").
    A clause ends before a company joined to it by "and" or "or" ("…, which licensed … in October 2008
    and Amgen Inc. are …"). Not a clause on the filer (``filer``: "ImmunoGen, which has
    licensed its TAP technology to several companies, said that Amgen Inc. …" tells the filer's deals),
    nor one after a list of companies holding ``company`` ("milestone payments from Amgen Inc., Bayer
    Schering Pharma AG and Genentech, which license our TAP technology"), unless its verb is in the
    singular ("…, which licenses"): the list's clause."""
    companies = ctx.of_kind("company")
    spans: list[tuple[int, int]] = []
    for h, start, end in _relative_clauses(text, ctx):
        if h.ref == company.ref and _third_partys(text, ctx, (start, end), (company.ref, filer)):
            # "Genentech, Inc., which received an exclusive license … from ImmunoGen in 2000, expanded its
            # collaboration with Seattle Genetics": the company's own clause tells its deal with another.
            spans.append((start, end))
            continue
        if h.ref in (company.ref, filer):
            continue
        if company in _list_ending_at(text, companies, h) and not _SINGULAR_RELATIVE.match(text, start):
            continue
        spans.append((start, end))
    return spans


def _third_partys(
    text: str, ctx: Context, clause: tuple[int, int], parties: tuple[EntityRef, EntityRef | None]
) -> bool:
    """Whether a relative clause on one of ``parties`` (the company, the filer) tells a deal with a third
    company: it names a company that is neither, and no "we", "our" or "the Company"."""
    start, end = clause
    if _FIRST_PERSON.search(text, start, end):
        return False
    return any(start <= h.start < end and h.ref not in parties for h in ctx.of_kind("company"))


def _relative_clauses(text: str, ctx: Context) -> Iterator[tuple[Hit, int, int]]:
    """(company, start, end) of each relative clause the sentence opens right after a company's name
    (see ``_RELATIVE_AFTER``), cut before a company joined to it by "and" or "or"."""
    companies = ctx.of_kind("company")
    for h in companies:
        m = _RELATIVE_AFTER.match(text, h.end, ctx.sentence.end)
        if m is None:
            continue
        end = m.end()
        for other in companies:
            if not m.start() < other.start < end:
                continue
            joined = _AND_BEFORE.search(text, m.start(), other.start)
            if joined is not None:
                end = joined.start()
                break
        yield h, m.start(), end


def _in_others_relative(
    text: str, ctx: Context, filer: EntityRef, named: list[Hit], filer_names: re.Pattern[str] | None
) -> list[Hit]:
    """Companies named inside a relative clause on another company than the filer ("Genentech, Inc.,
    which received an exclusive license to develop trastuzumab-DM1 from ImmunoGen in 2000, expanded its
    collaboration with Seattle Genetics"): the clause tells that company's deal, ImmunoGen its party, not
    the filer's. Not where the clause names the filer ("…, which licensed our technology to …")."""
    found: list[Hit] = []
    for h, start, end in _relative_clauses(text, ctx):
        if h.ref == filer or _FIRST_PERSON.search(text, start, end):
            continue
        if filer_names is not None and filer_names.search(text, start, end):
            continue
        found.extend(c for c in named if start <= c.start < end and c.ref != h.ref)
    return found


def _list_ending_at(text: str, companies: list[Hit], last: Hit) -> list[Hit]:
    """The companies of the list whose last name is ``last`` ("Amgen Inc., Bayer Schering Pharma AG and
    Genentech"), ``last`` among them."""
    members = [last]
    before = [c for c in companies if c.end <= last.start]
    while before and _LIST_GLUE.fullmatch(text, before[-1].end, members[0].start):
        members.insert(0, before.pop())
    return members


#: A list's head naming partners of both kinds: "collaborative partners and licensees", "licensees and
#: collaborators", "partners and licensees". Which member holds which kind it leaves unsaid. Plural nouns
#: only: "Biotest AG, our collaborator and licensee for BT-062" names one company holding a licence.
_MIXED_HEAD = cached_compile(
    r"\b(?:collaborators|(?:(?:collaborative|development|corporate|commercial)\s+)?partners)"
    r"\s*,?\s+(?:and|&|or)\s+(?:sub)?licens(?:ees|ors)\b"
    r"|\b(?:sub)?licens(?:ees|ors)\s*,?\s+(?:and|&|or)\s+"
    r"(?:(?:collaborative|development|corporate|commercial)\s+)?(?:partners|collaborators)\b",
    re.IGNORECASE,
)
#: What ``_nearest_kind`` returns for a kind word of such a head.
_MIXED = "mixed"


#: What ``_nearest_kind`` returns for words naming no one partner's kind: "license and collaboration
#: agreements" with several partners.
_UNSAID = "unsaid"


def _nearest_kind(
    text: str,
    company: Hit,
    bounds: tuple[int, int],
    left_out: tuple[SpanSet, list[tuple[int, int]]],
    several: bool = False,
) -> str | None:
    """The kind the kind word nearest ``company`` within ``bounds`` names (of the words naming what the
    deal was turned into, when there are any), words of an option to a deal and of another company's
    relative clause (``left_out``) left out; ``BOTH_KINDS`` when that word is a part of a deal's name
    holding both kinds' words, unless that name is plural and the sentence names ``several`` partners
    (``_UNSAID``: the words name no kind of one partner's deal); ``_MIXED`` when it is a word of a list's
    head naming partners of both kinds; None when no word names a kind."""
    start, end = bounds
    options, others = left_out
    words = [(m, "licence") for m in _LICENCE_WORD.finditer(text, start, end)]
    words += [(m, "collaboration") for m in _COLLABORATION_WORD.finditer(text, start, end)]
    words = [
        (m, kind)
        for m, kind in words
        if not options.overlaps(*m.span()) and not any(a <= m.start() < b for a, b in others)
    ]
    if not words:
        return None
    turned = [
        (m, kind)
        for m, kind in words
        if _TURNED_KIND.match(text, m.start())
        and _TURNED_INTO_BEFORE.search(text, max(start, m.start() - 160), m.start())
    ]
    word, kind = min(turned or words, key=lambda word: _distance(word[0], company))
    for head in _MIXED_HEAD.finditer(text, max(start, word.start() - 40), min(end, word.end() + 40)):
        if head.start() <= word.start() < head.end():
            return _MIXED  # "collaborative partners and licensees include Abgenix, Aventis and Genentech"
    for both in _BOTH_KINDS_NAME.finditer(text, max(start, word.start() - 60), min(end, word.end() + 80)):
        if both.start() <= word.start() < both.end():
            # "our license and collaboration agreements with A and B": deals of two partners, each of
            # either kind or both, which the words do not say.
            return _UNSAID if several and both.group(0).lower().endswith("s") else BOTH_KINDS
    return kind


def _distance(m: re.Match[str], company: Hit) -> int:
    """How far the words of ``m`` are from the company's name, before or after it."""
    return min(abs(m.start() - company.end), abs(company.start - m.end()))


def _filers_subsidiaries(text: str, companies: list[Hit], filer: EntityRef) -> Iterator[Hit]:
    """Companies stated to be the filer's subsidiaries: "Micromet AG, the company's wholly-owned
    subsidiary", "Zeta GmbH, our subsidiary", "our subsidiary, Zeta GmbH", "its subsidiary,
    Immunomedics GmbH" (printed with the filer's own name). Not a former one ("our former subsidiary,
    X"), one sold, nor "our subsidiary" in a quotation of another company's person."""
    for c in companies:
        if c.ref == filer:
            continue
        m = SUBSIDIARY_AFTER.match(text, c.end)
        if filers_subsidiary_before(text, c, filer) or (
            m is not None
            and m.group("owner")
            and not m.group("of")
            and not m.group("former")  # "X, our former subsidiary": the filer's no more
            and not quoted_for_another(text, m.start("owner"), filer)
        ):
            yield c


#: A cell of a figure in a row of a financial table: a number after a tab or a run of spaces ("\t174,631",
#: "   $ 30,412", "  (3,904").
_FIGURE_CELL = cached_compile(r"(?:\t| {2,})[$(]?[ \t]*\d[\d,]*(?:\.\d+)?")
#: How many lines of two figures or more make a sentence a financial table.
_TABLE_LINES = 3


def _rows_apart(text: str, ctx: Context, named: list[Hit], cues: list[re.Match[str]]) -> list[Hit]:
    """In a financial table read as one sentence (lines of figures), the companies named in a row no deal
    word of the table stands in, nor in the heading the row falls under ("Gain on investment in Reliant
    Pharmaceuticals, Inc." rows below "Research and development revenue under collaborative
    arrangements"): a row names one item, and a deal word of another row says nothing of it. A heading's
    deal word is its rows' ("Collaboration revenue:" over rows naming partners). Prose, whose lines wrap
    one sentence, is left alone."""
    apart: list[Hit] = []
    for c in named:
        rows = _row_spans(text, ctx, c)
        if rows is not None and not any(a <= m.start() < b for m in cues for a, b in rows):
            apart.append(c)
    return apart


def _row_spans(text: str, ctx: Context, company: Hit) -> list[tuple[int, int]] | None:
    """Where the words about ``company`` lie when its sentence is a financial table (see
    ``_rows_apart``): its own row, and the heading it falls under, the nearest line above with no
    figure that ends in a colon or stands less indented than the row ("  Collaboration revenue:" over
    "    Genentech, Inc.     3,002 …"), in the same block of lines. None in prose."""
    s = ctx.sentence
    if text.count("\n", s.start, s.end) < _TABLE_LINES:
        return None
    lines = text[s.start : s.end].split("\n")
    if sum(len(_FIGURE_CELL.findall(line)) >= 2 for line in lines) < _TABLE_LINES:
        return None
    row_start = text.rfind("\n", s.start, company.start) + 1 or s.start
    row_end = text.find("\n", company.start, s.end)
    row_end = s.end if row_end < 0 else row_end
    spans = [(max(row_start, s.start), row_end)]
    at = row_start - 1
    indent = _indent(text[row_start:row_end])
    while at > s.start:
        line_start = max(s.start, text.rfind("\n", s.start, at) + 1)
        line = text[line_start:at]
        if not line.strip():
            break  # the block ends at a blank line
        if not _FIGURE_CELL.search(line):
            if line.rstrip().endswith(":") or _indent(line) < indent:
                spans.append((line_start, at))
            break
        at = line_start - 1
    return spans


def _indent(line: str) -> int:
    """How far a table's line is indented (a tab counted as a run of spaces)."""
    return len(line.expandtabs(4)) - len(line.expandtabs(4).lstrip())


#: Right before a company's name, a licence given to it: "ImmunoGen's license to Genentech", "licensed the
#: TAP technology to Genentech". The company is the licensee.
_LICENSED_TO_BEFORE = cached_compile(
    r"(?<!Biologics\s)\blicen[cs](?:e|es|ed|ing)\b(?:\s+[\w'’-]+){0,5}?\s+to\s+(?:the\s+)?$", re.IGNORECASE
)


#: Right before a company's name, the licence of a list given to it too: "licensed its TAP technology to
#: Genentech, …, and to Roche itself".
_AND_TO_BEFORE = cached_compile(r"(?:,\s*|\s+)(?:and|or)\s+(?:also\s+)?to\s+(?:the\s+)?$", re.IGNORECASE)


def _beside_licensee(text: str, ctx: Context, named: list[Hit], companies: list[Hit]) -> list[Hit]:
    """Companies the sentence names beside the licensee of a licence it states to that company ("in
    global development by Roche … through ImmunoGen's license to Genentech, a member of the Roche
    Group"): the developer named right after a cue of development ("development by Roche") in the clause
    of the licence, and the licensee's parent, under any of its names. The licence is the licensee's;
    neither is its party. A developer of another clause ("SAR3419 is in clinical development by
    Sanofi-aventis under our 2003 collaboration, and BT-062 is … through ImmunoGen's license to Biotest")
    and a company given a licence too ("licensed its TAP technology to Genentech, a member of the Roche
    Group, and to Roche itself") are left alone."""
    s = ctx.sentence
    licences: dict[EntityRef, int] = {}
    for c in named:
        m = _LICENSED_TO_BEFORE.search(text, max(s.start, c.start - 80), c.start)
        if m is not None:
            licences.setdefault(c.ref, m.start())
    if not licences:
        return []
    first = min(licences.values())
    for c in named:
        if c.start > first and _AND_TO_BEFORE.search(text, max(s.start, c.start - 20), c.start):
            licences.setdefault(c.ref, c.start)  # "… to Genentech, …, and to Roche itself"
    parents = {parent.ref for child, parent in _parents(text, companies) if child.ref in licences}
    clauses = [clause_bounds(text, ctx, at) for at in licences.values()]
    developers = {
        c.ref
        for c in companies
        if any(a <= c.start < b for a, b in clauses)
        and any(m.end() == c.start for m in _DEV_CUE.finditer(text, max(s.start, c.start - 80), c.start))
    }
    return [c for c in named if c.ref not in licences and c.ref in parents | developers]


def _parents(text: str, companies: list[Hit]) -> Iterator[tuple[Hit, Hit]]:
    """("Centocor", "Johnson & Johnson") for "Centocor (a wholly-owned subsidiary of Johnson & Johnson)",
    and a parent the aside names as a past one ("Genmab A/S, once an affiliate of Medarex"): either is no
    party of the child's deal."""
    for a, b, _ in _ties(text, companies):
        yield a, b


def _ties(text: str, companies: list[Hit]) -> Iterator[tuple[Hit, Hit, bool]]:
    """(child, parent, whether the tie holds now) for each company named in an aside right after another
    as its parent (see ``_PARENT``). A tie told in the past ("once an affiliate of", "a former subsidiary
    of", "the spun-off … business of") is over; the figurative "part" ("a key part of Elan Corporation's
    franchise", "the largest part of Zenova Biopharma, Inc.'s revenue") and any noun whose "of" is of the
    company's possession are no tie."""
    for a, b in itertools.pairwise(companies):
        if a.ref == b.ref:
            continue
        m = _PARENT.match(text[a.end : b.start])
        if m is None or _POSSESSIVE_AFTER.match(text, b.end):
            continue
        if m.group("noun").lower() == "part" and (m.group("words") or not _ASIDE_END.match(text, b.end)):
            continue  # "part of the Roche Group," alone names a parent
        yield a, b, _PAST_TIE.search(text, a.end, b.start) is None


def _developers(
    doc: Document,
    ctx: Context,
    companies: list[Hit],
    evidence: Evidence,
    filer: tuple[EntityRef | None, re.Pattern[str] | None],
) -> Iterator[Relation]:
    """``developedBy`` edges stated in one sentence. ``filer``: the filer and its names as words (the
    actor of "which Medarex is developing with …", the first of "Seattle Genetics and Millennium are
    co-developing …")."""
    text = doc.text
    s = ctx.sentence
    filer_ref, filer_names = filer
    for c in companies:
        for deal in deals(text, ctx, c, filer_names):
            if deal.develops:
                yield Relation(deal.compound, "developedBy", c.ref, evidence)
    for compound, company in pair_developers(text, ctx, filer_ref, filer_names):
        yield Relation(compound, "developedBy", company, evidence)
    for compound, company in _lead_developers(text, ctx, companies, filer_ref):
        yield Relation(compound, "developedBy", company, evidence)
    compounds = [h for h in ctx.hits if h.kind == "compound"]
    # A developer's parent named in its aside ("developed by Genentech, a member of the Roche Group")
    # develops nothing by that statement.
    parents = {parent.start for _, parent in _parents(text, companies)}
    cued = doc.word_places(_DEV_CUE_WORDS).within(s.start, s.end)
    cues = list(_DEV_CUE.finditer(text, s.start, s.end)) if cued else []
    bounds = [s.start] + [c.end() for c in cues]
    for i, cue in enumerate(cues):
        subjects = _distinct([h.ref for h in compounds if bounds[i] <= h.start < cue.start()])
        relative = _RELATIVE_BEFORE_CUE.search(text, bounds[i], cue.start())
        if relative is not None and not relative.group("plural"):
            subjects = _antecedent(text, compounds, relative.start())
        elif not subjects and ctx.subject is not None:
            subjects = [ctx.subject]
        stop = cues[i + 1].start() if i + 1 < len(cues) else s.end
        cut = _DEVELOPERS_END.search(text, cue.end(), stop)
        if cut:
            stop = cut.start()
        named = [
            c
            for c in companies
            if cue.end() <= c.start < stop and not _in_parens(text, c, cue.end()) and c.start not in parents
        ]
        devs = _distinct([c.ref for c in named])
        if "respectively" in text[cue.end() : stop] and len(devs) == len(subjects):
            pairs = list(zip(subjects, devs, strict=True))
        elif len(devs) == 1 or (len(subjects) == 1 and _listed(text, named)):
            # "AMG 714, being developed by Amgen and Genmab": each company of the list develops it.
            pairs = [(subject, dev) for subject in subjects for dev in devs]
        else:
            pairs = []
        for compound, company in pairs:
            yield Relation(compound, "developedBy", company, evidence)
    develop_sentence = _DEVELOP.search(text, s.start, s.end)
    for c in companies:
        owned = _POSSESSIVE_BEFORE_NAME.match(text, c.end, s.end)
        own = _hit_at(ctx, owned.end()) if owned is not None else None
        if own is not None:
            # "Genentech's RG7596 (anti-CD79b) is in phase I": the company's own compound.
            yield Relation(own.ref, "developedBy", c.ref, evidence)
        after = text[c.end : s.end]
        if _HYPHEN_DEVELOPED.match(after):
            # "Two ImmunoGen-developed TAP products …: cantuzumab mertansine and huN901-DM1"
            for ref in _distinct([h.ref for h in compounds if h.start > c.end]):
                yield Relation(ref, "developedBy", c.ref, evidence)
            continue
        paren = next((h for h in compounds if _OPEN_PAREN.fullmatch(text, c.end, h.start)), None)
        if paren is not None and develop_sentence:
            yield Relation(paren.ref, "developedBy", c.ref, evidence)
        elif (began := _BEGAN_DEV.match(after)) and ctx.compounds:
            # "Genentech has continued preclinical development of trastuzumab-DM1": the compound the
            # work is "of", in a sentence of several compounds too; else the sentence's one compound.
            tested = _compound_of(text, ctx, c.end + began.end())
            if tested is not None:
                yield Relation(tested, "developedBy", c.ref, evidence)
            elif ctx.subject is not None and _acts_on(text, ctx, c, ctx.subject):
                yield Relation(ctx.subject, "developedBy", c.ref, evidence)
        elif _ACTIVE_DEV.match(after) or _ACQUIRED.match(after):
            subject = ctx.subject
            if subject is None and ANAPHOR.search(after):
                subject = ctx.topic
            if subject is not None and _acts_on(text, ctx, c, subject):
                yield Relation(subject, "developedBy", c.ref, evidence)
        elif (
            doc.word_places(("through",)).within(s.start, c.start)
            and _THROUGH.search(text[s.start : c.start])
            and ctx.subject is not None
        ):
            yield Relation(ctx.subject, "developedBy", c.ref, evidence)


#: Before a list item's lead compound: nothing but a bullet.
_LEAD_OPENING = cached_compile(r"\s*(?:[•·*▪-]\s*)?")
#: Between two companies in brackets after a lead compound: "(Roche/Genentech)", "(Amgen and Genmab)".
_LEAD_COMPANY_GAP = cached_compile(r"\s*(?:/|,|and|&)\s*")
#: After the bracket closing a lead's companies: the dash or colon setting the lead off its text.
_LEAD_CLOSE = cached_compile(r"\s*\)\s*[-–—:]")


def _lead_developers(
    text: str, ctx: Context, companies: list[Hit], filer: EntityRef | None
) -> Iterator[tuple[EntityRef, EntityRef]]:
    """The developers a list item's lead names: a compound opening the sentence with nothing in brackets
    after it but companies, and a dash or colon after them ("SAR566658 (Sanofi) – SAR566658 is in Phase I
    testing", "T-DM1 (Roche/Genentech) – …"), as a pipeline list names the company holding each partnered
    compound. Not the filer (its own compounds' lead names no developer of another), nor a bracket holding
    any other word ("IMGN901 (huN901-DM1) –", "(licensed to Sanofi)")."""
    s = ctx.sentence
    first = min((h for h in ctx.hits if h.kind == "compound"), key=lambda h: h.start, default=None)
    if first is None or not _LEAD_OPENING.fullmatch(text, s.start, first.start):
        return
    opened = _OPEN_PAREN.match(text, first.end)
    if opened is None or "(" not in opened.group():
        return
    at = opened.end()
    named: list[Hit] = []
    for c in sorted(companies, key=lambda h: h.start):
        if c.start < at:
            continue
        if c.start != at and not (named and _LEAD_COMPANY_GAP.fullmatch(text, at, c.start)):
            break
        named.append(c)
        at = c.end
    if not named or not _LEAD_CLOSE.match(text, at):
        return
    for c in named:
        if c.ref != filer:
            yield first.ref, c.ref


#: Where the developers named after a cue ("being developed by …") end: at what the development is for
#: or leads to ("for", "to", "as a result"), or at the rights it is done under ("under a license from
#: ImmunoGen", "pursuant to", "from"): the licensor named there develops nothing by that statement.
_DEVELOPERS_END = cached_compile(r"\s(?:for|as\s+a\s+result|to|under|from|pursuant\s+to)\s", re.IGNORECASE)


#: A developer cue in a relative clause: "CUDC-907, CUDC-101 and Debio 0932, which is being developed by
#: Debiopharm". In the singular it tells of the one name right before the pronoun, not of the list.
_RELATIVE_BEFORE_CUE = cached_compile(
    r",\s*(?:which|that|who)\s+(?:(?P<plural>are|were|have\s+been)|is|was|has\s+been|had\s+been|will\s+be)?\s*"
    r"(?:now\s+|currently\s+|also\s+)?$",
    re.IGNORECASE,
)
#: Between a name and the pronoun of its relative clause: nothing, or its other names in brackets.
_ANTECEDENT_GAP = cached_compile(r"\s*(?:\([^()]{0,60}\))?\s*")


def _antecedent(text: str, compounds: list[Hit], pronoun: int) -> list[EntityRef]:
    """The compound a relative clause opening at ``pronoun`` tells of: the one named right before it
    ("Debio 0932, which is …"); none when the name there is no compound's."""
    before = [h for h in compounds if h.end <= pronoun]
    if before and _ANTECEDENT_GAP.fullmatch(text, before[-1].end, pronoun):
        return [before[-1].ref]
    return []


#: Right after a company's name, its possessive, a compound's name following: "Genentech's RG7596".
_POSSESSIVE_BEFORE_NAME = cached_compile(r"['’]s?[ \t]+")
#: Right after a cue of testing or development ("initiated a Phase I/II trial"), what it is of.
_OF_NAME = cached_compile(r"\s+(?:of|with)\s+(?:the\s+)?")


#: Between two names of a list: ", ", " and ", ", and "; or the second named as a company of the first's
#: group: "Roche and its member company Genentech", "Zeta AG and its subsidiary Zeta GmbH".
_LIST_GLUE = cached_compile(
    r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)"
    r"(?:its\s+(?:wholly[- ]owned\s+)?(?:member\s+company|group\s+company|subsidiary|affiliate),?\s+)?"
)


def _listed(text: str, companies: list[Hit]) -> bool:
    """Whether the companies are printed one after the other as a list ("Amgen and Genmab"), a company's
    brackets after its name allowed ("Genentech (Roche) and Biogen Idec" is no such list)."""
    return len(companies) > 1 and all(
        _LIST_GLUE.fullmatch(text, a.end, b.start) for a, b in itertools.pairwise(companies)
    )


def _hit_at(ctx: Context, at: int) -> Hit | None:
    """The compound whose name starts at ``at`` in the sentence."""
    return next((h for h in ctx.hits if h.kind == "compound" and h.start == at), None)


def _compound_of(text: str, ctx: Context, at: int) -> EntityRef | None:
    """The compound a trial or development ending at ``at`` is stated of: "… trial of MLN2704"."""
    m = _OF_NAME.match(text, at, ctx.sentence.end)
    hit = _hit_at(ctx, m.end()) if m is not None else None
    return hit.ref if hit is not None else None


def _acts_on(text: str, ctx: Context, company: Hit, subject: EntityRef) -> bool:
    """Whether the company at the head of a clause ("Celldex Therapeutics is evaluating …") acts on the
    sentence's compound ``subject``: its own clause names the compound, or the sentence names none
    (the compound is the heading's or an anaphor's). "Genentech is conducting phase I trials of several
    ADCs …, and Celldex Therapeutics is evaluating CDX-011" makes Genentech no developer of CDX-011."""
    if foreign_clause(text, ctx, company.end):
        return False
    if not ctx.compounds:
        return True
    start, end = clause_bounds(text, ctx, company.end)
    return any(h.kind == "compound" and h.ref == subject and start <= h.start < end for h in ctx.hits)


def _covered(doc: Document, ctx: Context, partner: EntityRef, named: list[Hit]) -> list[EntityRef]:
    """Compounds an agreement is about: "X is licensed to Partner", "Partner acquired rights to develop X"."""
    text = doc.text
    s = ctx.sentence
    for c in named:
        if c.ref != partner:
            continue
        before = text[s.start : c.start]
        licensed = re.search(r"licensed\s+(?:(?P<what>\S.{0,60}?)\s+)?to\s+$", before)
        if licensed and licensed.group("what"):
            named_compounds = [
                h.ref
                for h in ctx.hits
                if h.kind == "compound" and licensed.start("what") <= h.start < c.start
            ]
            if len(set(named_compounds)) == 1:
                return named_compounds[:1]
        after = next(
            (h for h in ctx.hits if h.kind == "compound" and _FOR_COMPOUND.fullmatch(text[c.end : h.start])),
            None,
        )
        if after is not None:
            return [after.ref]
        if licensed or _ACQUIRED.match(text[c.end : s.end]):
            latter = re.search(r"\bthe\s+latter\b", text[s.start : c.start])
            compounds = [h for h in ctx.hits if h.kind == "compound" and h.start < c.start]
            if latter and compounds:
                return [compounds[-1].ref]
            if ctx.subject is not None:
                return [ctx.subject]
    return []


def _in_parens(text: str, hit: Hit, since: int) -> bool:
    before = text[since : hit.start]
    return before.count("(") > before.count(")")


def _distinct(refs: list[EntityRef]) -> list[EntityRef]:
    out: list[EntityRef] = []
    for r in refs:
        if r not in out:
            out.append(r)
    return out
