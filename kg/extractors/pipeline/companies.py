"""One company under the forms of its name a filing prints: "Takeda Pharmaceutical Company Limited",
"Takeda"; "Bayer Schering Pharma AG ("Bayer")"; "Vernalis plc (formerly British Biotech)".

Three rules, and no other (a company is never merged with another by a guess at similar names):

* **Suffix-extended forms.** A name is a form of the name left when its legal form and the industry or
  country words after it are taken off (``kg.text.company_base``: "Inc.", "Company", "Limited", "AG",
  "Pharmaceutical(s)", "Pharma", "U.S.", "& Co." …). "Takeda Pharmaceutical Company Limited" is Takeda,
  "Progenics Pharmaceuticals, Inc." is Progenics. "Bayer Schering Pharma AG" is Bayer Schering, not
  Bayer: a word of the name itself ("Schering") is never taken off, so "Bayer" and "Bayer Schering", or
  "Roche" and "Genentech", stay apart. A reference company absorbs the forms of its names (in
  ``compounds``, by ``Gazetteer.company_by_base``). For a company no list knows, the bare name printed
  beside one fuller form in the same filing ("Takeda" after "Takeda Pharmaceutical Company Limited") is
  rewritten to it, and a ``SameAs`` from the fuller form to the bare one lets resolution join them
  across filings. A name with a legal form of its own is a full name ("Mitsubishi Corporation" is not
  a bare form of "Mitsubishi Pharma Corporation"), and a bare name beside two fuller forms is left alone.
  A bare name read as a company's ("our partner Gilead") is also a form of the one company the filing
  names by it and words of its trade ("Gilead Sciences, Inc.": "Sciences", "Therapeutics", "Biologics"
  …), never of a business of its own ("Takeda Oncology", "Bayer HealthCare"). With no such form, a bare name
  that is the family name of one family's firm the filing names ("Lilly" of "Eli Lilly and Company") is
  that company; never the last word of any other name ("Kirin" of "Kyowa Hakko Kirin Co., Ltd.", "Sankyo"
  of "Daiichi Sankyo Company, Limited": companies of their own). A bare name is never joined to a fuller
  form when the filing prints the bare name with a legal form of its own ("Bayer AG") or states the two
  companies a subsidiary and its parent ("Bayer Pharmaceuticals Corporation, a subsidiary of Bayer AG",
  "Kirin, the parent company of Kyowa Hakko Kirin") or a business, a division or a unit and the company
  owning it ("Aventis Pharmaceuticals Inc., the U.S. pharmaceuticals business of Aventis"): a company is
  never its own subsidiary, and the whole is never named by its part.
* **Defined terms.** A name followed by a shorter name of its own words or its initials in parentheses
  ("Takeda Pharmaceutical Company Limited ("Takeda")", "Bayer Schering Pharma AG (Bayer)", "Bristol-Myers
  Squibb Company (BMS)") states that the short name means that company in that filing: its later bare
  uses there name it, those already read as a company of that name too ("licensed to BMS"). Nothing
  joins the short name across filings ("Merck KGaA ("Merck")" says nothing of the Merck of another
  filing).
* **Former names.** A company's name in an aside stating it a former or a later name of the company
  named right before it ("Vernalis plc (formerly British Biotech)", "X, now known as Y,") names that
  company in the filing, and a ``SameAs`` joins the names across filings. The name before the aside
  may run on past the part a list knows it by ("Janssen Pharmaceutica, N.V. (formerly Tibotec
  Pharmaceuticals)": capitalised words and a legal form). Two reference companies are never joined.

A company printed with the filer's name and stated to be its subsidiary ("Micromet AG, the company's
wholly-owned subsidiary", "marketed … by its subsidiary, Immunomedics GmbH") is a company of its own,
never a name of the filer. The filer's subsidiary is one stated so now: not "our former subsidiary", one
sold, nor "our subsidiary" in a quotation of another company's person.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from kg.corpus import Document
from kg.extractors.pipeline.compounds import LEGAL_FORM_END, LEGAL_FORMS, Hit, name_initials
from kg.extractors.pipeline.segment import Sentence
from kg.extractors.pipeline.spans import SpanSet
from kg.model import EntityRef, SameAs, Skipped
from kg.pattern_cache import cached_compile
from kg.reference import NON_ENTITY, Gazetteer
from kg.text import collapse_spaces, company_base, company_key, slugify, strip_legal_suffix

#: A defined term in parentheses right after a company's name: ("Takeda"), (“Bayer”), (Bayer),
#: (hereinafter "Takeda"), (the "Company" is refused by the word test below).
_DEFINED = cached_compile(
    r"\s*\(\s*(?:hereinafter\s+)?(?:the\s+)?"
    r"(?:[\"“](?P<quoted>[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,2})[\"”]"
    r"|(?P<bare>[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,2}))\s*\)"
)
#: Words a defined term is never a company's short name by: it names the filer's role or a document.
_NOT_SHORT_NAMES = {"Company", "Corporation", "Registrant", "Licensor", "Licensee", "Agreement", "Parent"}


def company_forms(
    doc: Document, sents: list[Sentence], hits: list[Hit], gaz: Gazetteer, extractor: str
) -> tuple[list[Hit], list[SameAs | Skipped]]:
    """The hits with every company under one ref per name and its forms, the short names a filing
    defines found where it uses them, and the ``SameAs`` statements joining the forms across filings."""
    hits, facts = former_names(doc, hits, extractor)
    hits = _defined_terms(doc, sents, hits, gaz)
    fuller: dict[str, dict[EntityRef, Hit]] = {}  # base key → the fuller forms printed, first print of each
    bare: dict[str, list[Hit]] = {}  # base key → the hits printing the base alone, without a legal form
    # Base keys a company printed as the base and its legal form is named by ("Bayer AG"): the bare name
    # already names that company, and no fuller form ("Bayer Pharmaceuticals Corporation") takes it.
    own: set[str] = set()
    for h in hits:
        if h.kind != "company" or h.known:
            continue
        base = _base_key(h.printed)
        if not base:
            continue
        if company_key(h.printed) != base:
            if company_key(h.printed) == h.ref.key:  # printed as itself (not a short name given its company)
                fuller.setdefault(base, {}).setdefault(h.ref, h)
        elif strip_legal_suffix(h.printed) == collapse_spaces(h.printed).strip(" ,"):
            bare.setdefault(base, []).append(h)  # the base alone (maybe already given its company)
        elif h.ref.key == base:
            own.add(base)
    related = _parent_pairs(doc.text, hits)
    named = SpanSet((h.start, h.end) for h in hits if h.kind == "company")
    for base, forms in fuller.items():
        if (
            base not in bare
            and len(forms) == 1
            and _printed_alone(doc.text, next(iter(forms.values())), named)
        ):
            bare[base] = []  # the bare name stands in the text, where no company's name was found
    trade = _trade_forms(hits, bare)
    rewritten: dict[tuple[int, int], EntityRef] = {}
    for base, bare_hits in sorted(bare.items()):
        forms = {**fuller.get(base, {})}
        if bare_hits:  # a name read as a company's: its trade-word forms count too
            for ref, hit in trade.get(base, {}).items():
                forms.setdefault(ref, hit)
        # The bare name with one fuller form printed beside it is that company ("Takeda" after "Takeda
        # Pharmaceutical Company Limited", "Gilead" beside "Gilead Sciences, Inc."). With two
        # ("Mitsubishi Pharma Corporation", "Mitsubishi Chemical Corporation") which one it names is
        # unsaid; with none, nothing joins it. A name with a legal form of its own ("Mitsubishi
        # Corporation") is a company's full name, never a bare form of another's.
        if not forms and bare_hits:
            forms = _ending_forms(bare_hits[0], hits)
        if len(forms) != 1 or base in own:
            continue
        ((full, first),) = forms.items()
        if frozenset((full, EntityRef("company", base))) in related:
            continue  # "Bayer Pharmaceuticals Corporation, a subsidiary of Bayer": two companies
        facts.append(
            SameAs(full, EntityRef("company", base), doc.evidence(first.start, first.end, extractor))
        )
        for h in bare_hits:
            if h.ref.key == base:
                rewritten[(h.start, h.end)] = full
    result = [
        replace(h, ref=rewritten[(h.start, h.end)]) if (h.start, h.end) in rewritten else h for h in hits
    ]
    return result, facts


def _ending_forms(bare: Hit, hits: list[Hit]) -> dict[EntityRef, Hit]:
    """The companies named as a family's firm, a given name, the family name and "and Company" ("Eli Lilly
    and Company"), whose family name is the bare name ``bare`` ("Lilly"): the first print of each. No other
    full name is joined to its last words: "Kyowa Hakko Kirin Co., Ltd." is not "Kirin", nor "Daiichi
    Sankyo Company, Limited" "Sankyo" (names of merged or related companies end in a company's name of its
    own), nor is a name whose first word names a company of its own in the filing."""
    words = collapse_spaces(bare.printed).strip(" ,").split()
    forms: dict[EntityRef, Hit] = {}
    for h in hits:
        printed = collapse_spaces(h.printed).strip(" ,")
        if h.kind != "company" or h.ref == bare.ref or not _FAMILY_FIRM.search(printed):
            continue
        full = _base(h.printed).split()
        if len(full) != len(words) + 1 or full[1:] != words or not _GIVEN_NAME.fullmatch(full[0]):
            continue
        if any(o.kind == "company" and o.ref != h.ref and o.printed.split()[0] == full[0] for o in hits):
            continue  # the first word names another company too: the full name may be of two
        forms.setdefault(h.ref, h)
    return forms


#: A family's firm's legal form: "and Company", "& Co.".
_FAMILY_FIRM = cached_compile(r"\s(?:and|&)\s+Co(?:mpany|\.)(?:,?\s+(?:Inc\.|Ltd\.?|LLC))?$")
#: A given name as a firm's name prints it first: one capitalised word of letters.
_GIVEN_NAME = cached_compile(r"[A-Z][a-z]{1,11}")


#: Between a company's name and its parent's: "Bayer Pharmaceuticals Corporation, a subsidiary of Bayer
#: AG", "Centocor (a wholly-owned subsidiary of Johnson & Johnson)", "Genentech, a member of the Roche Group";
#: or its subsidiary's: "Kirin, the parent company of Kyowa Hakko Kirin". A business, a division, a unit
#: or an arm of a company is named apart from the whole too ("Aventis Pharmaceuticals Inc., the U.S.
#: pharmaceuticals business of Aventis", "Wyeth Pharmaceuticals, a division of Wyeth"): the bare name there
#: is the whole company's, and joining it to the part's name would make every deal of the whole the part's.
#: A few words may qualify the part ("the U.S. pharmaceuticals business", "its oncology unit").
_PARENT_BETWEEN = cached_compile(
    r"\s*[(,]\s*(?:(?:a|an|the|its)\s+)?(?:(?:wholly|majority|fully)[- ]owned\s+)?"
    r"(?:(?!(?:of|and|or|which|that|who)\b)[\w.&'-]+\s+){0,3}?"
    r"(?:subsidiary|member|affiliate|parent(?:\s+company)?|business|division|unit|arm|part)\s+of\s+(?:the\s+)?"
)


def _parent_pairs(text: str, hits: list[Hit]) -> set[frozenset[EntityRef]]:
    """The pairs of companies the filing states to be a subsidiary and its parent: two companies, never
    one under two names."""
    companies = [h for h in hits if h.kind == "company"]
    return {
        frozenset((a.ref, b.ref))
        for a, b in itertools.pairwise(companies)
        if a.ref != b.ref and _PARENT_BETWEEN.fullmatch(text, a.end, b.start)
    }


#: Words of a company's trade after its own name, which a filing leaves off when it names the company
#: again: "Gilead" for "Gilead Sciences, Inc.", "Array" for "Array BioPharma Inc.". Words naming a
#: business of its own ("Takeda Oncology", "Bayer HealthCare", "Roche Diagnostics") are not among them,
#: nor words of the name itself ("Bayer Schering").
_TRADE_WORDS = cached_compile(
    r"(?:\s+(?:Life\s+Sciences|Sciences|Biosciences|Biologics|Biotherapeutics|Therapeutics|Biopharma|"
    r"Biopharmaceuticals?|Biotechnology|Biotech|Laboratories))+$",
    re.IGNORECASE,
)


def _trade_base_key(name: str) -> str:
    """The slug of the company name ``name`` without its legal form and the trade words after it ("gilead"
    of "Gilead Sciences, Inc."); "" when it ends in no trade word or is all trade words."""
    base = _base(name)
    shorter = _TRADE_WORDS.sub("", base)
    return slugify(shorter) if shorter and shorter != base else ""


def _trade_forms(hits: list[Hit], bare: dict[str, list[Hit]]) -> dict[str, dict[EntityRef, Hit]]:
    """For each base a bare name is printed under, the companies named by it and trade words after it
    ("Gilead Sciences, Inc." and "Gilead Sciences" for the base "gilead"), reference companies too: the
    first print of each. Read in the filing's company names, never guessed from a list."""
    forms: dict[str, dict[EntityRef, Hit]] = {}
    for h in hits:
        if h.kind != "company":
            continue
        key = _trade_base_key(h.printed)
        if key in bare and h.ref.key != key:
            forms.setdefault(key, {}).setdefault(h.ref, h)
    return forms


#: Between a company's name and a former name of it: "Vernalis plc (formerly British Biotech)",
#: "GlaxoSmithKline, formerly SmithKline Beecham, …", "(formerly known as …)", "(f/k/a …)".
_FORMERLY = cached_compile(
    r"\s*[(,]\s*(?:(?:formerly|previously)(?:\s+(?:known\s+as|called|named))?|f/k/a)\s+", re.IGNORECASE
)
#: Between a company's former name and its name now: "British Biotech (now Vernalis plc)", "…, now
#: known as Vernalis, …".
_NOW = cached_compile(r"\s*[(,]\s*now(?:\s+(?:known\s+as|called|named))?\s+", re.IGNORECASE)
#: The rest of a company's printed name after the part a list knows it by, before an aside on its name:
#: capitalised words and a legal form ("Janssen" + " Pharmaceutica, N.V. (formerly Tibotec …)"). No
#: lower-case word and no comma but the one before the legal form: "Roche and Genentech (formerly …)"
#: and "Amgen, Abgenix (formerly …)" keep the aside off the first name.
_NAME_RUNS_ON = rf"(?:\s+[A-Z][\w&'-]*){{0,3}}(?:,?\s+(?:{LEGAL_FORMS}))?"
#: ``_FORMERLY`` and ``_NOW`` after the name, which may run on past its hit (the name's words keep their
#: case: only the aside's words are read in any case).
_FORMERLY_AFTER_NAME = cached_compile(rf"{_NAME_RUNS_ON}(?i:{_FORMERLY.pattern})")
_NOW_AFTER_NAME = cached_compile(rf"{_NAME_RUNS_ON}(?i:{_NOW.pattern})")
#: Right after the second name: the bracket or comma closing the aside, or the sentence's end, so the
#: aside is that name alone ("(now part of Roche)" names no new name).
_ASIDE_CLOSE = cached_compile(r"\s*[),.;]")


def former_names(doc: Document, hits: list[Hit], extractor: str) -> tuple[list[Hit], list[SameAs | Skipped]]:
    """The hits with a company's former name, printed in an aside after its name ("Vernalis plc
    (formerly British Biotech)", "British Biotech (now Vernalis)"), naming that company in the filing,
    and a ``SameAs`` joining the two names across filings, as for a compound's former code. A reference
    company's key is kept; two reference companies are never joined (the reference lists them apart:
    a note says so)."""
    text = doc.text
    companies = [h for h in hits if h.kind == "company"]
    renamed: dict[EntityRef, EntityRef] = {}
    facts: list[SameAs | Skipped] = []
    for a, b in itertools.pairwise(companies):
        if a.ref == b.ref or not _ASIDE_CLOSE.match(text, b.end):
            continue
        if _FORMERLY_AFTER_NAME.fullmatch(text, a.end, b.start):
            current, former = a, b
        elif _NOW_AFTER_NAME.fullmatch(text, a.end, b.start):
            current, former = b, a
        else:
            continue
        if current.known and former.known:
            facts.append(
                Skipped(
                    extractor,
                    f"{current.printed!r} stated to be formerly {former.printed!r}, but the reference data "
                    "holds them as two companies: not joined",
                    doc.line_of(a.start),
                )
            )
            continue
        keep, drop = (former.ref, current.ref) if former.known else (current.ref, former.ref)
        renamed[drop] = keep
        end = b.end + (1 if text[b.end : b.end + 1] == ")" else 0)
        facts.append(SameAs(drop, keep, doc.evidence(a.start, end, extractor), kept=True))
    if not renamed:
        return hits, facts
    return [replace(h, ref=_renamed_to(renamed, h.ref)) if h.ref in renamed else h for h in hits], facts


def former_name(text: str, company: Hit, companies: list[Hit]) -> bool:
    """Whether ``company`` is printed as another name of the company named right before or after it,
    in an aside stating one a former name of the other ("licensed to Amgen (formerly Abgenix)",
    "British Biotech (now Vernalis plc)"): the former name, which names no second company of a deal.
    Said whether or not the two names were joined (two reference companies are not)."""
    for a, b in itertools.pairwise(companies):
        if a.ref == b.ref or not _ASIDE_CLOSE.match(text, b.end):
            continue
        if b is company and _FORMERLY_AFTER_NAME.fullmatch(text, a.end, b.start):
            return True
        if a is company and _NOW_AFTER_NAME.fullmatch(text, a.end, b.start):
            return True
    return False


def _renamed_to(renamed: dict[EntityRef, EntityRef], ref: EntityRef) -> EntityRef:
    """The name ``ref`` is kept under, following a chain of renamings ("A (formerly B)", "B (formerly C)")."""
    seen = {ref}
    while ref in renamed and renamed[ref] not in seen:
        ref = renamed[ref]
        seen.add(ref)
    return ref


def _base(name: str) -> str:
    """``company_base`` of ``name``, with the legal forms it leaves on ("Genmab A/S", "Zeta SE") taken
    off too: "Genmab" printed in a Genmab A/S filing is that company."""
    return company_base(LEGAL_FORM_END.sub("", collapse_spaces(name)))


def _base_key(name: str) -> str:
    """The slug of ``_base(name)``; "" when the name is all suffix."""
    base = _base(name)
    return slugify(base) if base else ""


def _printed_alone(text: str, form: Hit, named: SpanSet) -> bool:
    """Whether the bare name of the company printed as ``form`` ("Alnylam" of "Alnylam
    Pharmaceuticals, Inc.") stands alone in the text: as a word of its own, in no company name found,
    and not followed by another capitalised word (which would make it part of another name)."""
    base = _base(form.printed)
    pattern = re.compile(rf"(?<![\w&.-]){re.escape(base)}(?![\w&-])(?!\s+[A-Z])")
    return any(not named.overlaps(m.start(), m.end()) for m in pattern.finditer(text))


def _defined_terms(doc: Document, sents: list[Sentence], hits: list[Hit], gaz: Gazetteer) -> list[Hit]:
    """A hit for each later bare use of a short name the filing defines for a company (the exact
    word, in running text, where no other name is), naming that company. The definition holds in its
    filing only: "Merck KGaA ("Merck")" says nothing of the Merck of another filing."""
    text = doc.text
    defined: dict[str, Hit] = {}
    refused: set[str] = set()
    for h in hits:
        if h.kind != "company":
            continue
        m = _DEFINED.match(text, h.end)
        if m is None:
            continue
        short = m.group("quoted") or m.group("bare")
        if not _short_form(short, h.printed) or short in refused:
            continue
        entry = gaz.lookup(short)
        if entry is not None and (entry.kind == NON_ENTITY or entry.ref != h.ref):
            continue  # a reference name of something else: not this company's to take
        if short in defined and defined[short].ref != h.ref:
            refused.add(short)  # one short name for two companies: neither
            del defined[short]
            continue
        if short not in defined:
            defined[short] = replace(h, start=m.end(), end=m.end(), printed=short)
    if not defined:
        return hits
    # A later use already read as a company of its own name ("licensed to BMS" after "Bristol-Myers
    # Squibb Company (BMS)") names the defined company too.
    hits = [
        replace(h, ref=defined[h.printed].ref, known=defined[h.printed].known)
        if h.kind == "company"
        and not h.known
        and h.printed in defined
        and h.start >= defined[h.printed].start
        and h.ref.key == company_key(h.printed)
        else h
        for h in hits
    ]
    taken = SpanSet((h.start, h.end) for h in hits)
    found: list[Hit] = []
    for short, owner in defined.items():
        pattern = re.compile(rf"(?<![\w&.-]){re.escape(short)}(?![\w&-])")
        for sent in sents:
            if sent.boilerplate or sent.trademark or sent.end <= owner.start:
                continue
            for m in pattern.finditer(text, max(sent.start, owner.start), sent.end):
                if taken.overlaps(m.start(), m.end()):
                    continue
                taken.add(m.start(), m.end())
                found.append(replace(owner, start=m.start(), end=m.end(), printed=short))
    return sorted([*hits, *found], key=lambda h: (h.start, h.end))


def _short_form(short: str, name: str) -> bool:
    """Whether ``short`` is a shorter form of the company name ``name``: its first words (not all of
    them), "Takeda" of "Takeda Pharmaceutical Company Limited"; or, in capitals, the initials of its
    first words (two at least), "BMS" of "Bristol-Myers Squibb Company", "ZPI" of "Zeta Pharmaceuticals,
    Inc."; never a role word ("the Company")."""
    words, name_words = collapse_spaces(short).split(), collapse_spaces(name).replace(",", "").split()
    if not words or words[0] in _NOT_SHORT_NAMES or not company_base(short):
        return False
    if _INITIALS.fullmatch(short) and name_initials(name).startswith(short):
        return True
    return len(words) < len(name_words) and name_words[: len(words)] == words


#: A short name printed as initials: capitals, maybe an ampersand ("BMS", "J&J").
_INITIALS = cached_compile(r"[A-Z][A-Z&]{1,5}")


#: A word a subsidiary is qualified by when it is one no more: "our former subsidiary", "a previously
#: owned subsidiary", "its divested subsidiary".
_FORMER = (
    r"(?P<former>(?i:former|formerly|previous|previously|prior|past|old|ex|sold|divested|disposed|spun))\b"
)
#: Before a statement of a subsidiary, words of its sale: "completed the sale of our subsidiary, X".
_SOLD_BEFORE = cached_compile(
    r"\b(?:sale|sold|sell|selling|divest\w*|dispos\w*|spin-?off|spun\s+off|transfer(?:red)?)\s+(?:of\s+)?$",
    re.IGNORECASE,
)
#: After a company's name, an aside stating it a subsidiary: ", the company's wholly-owned subsidiary",
#: ", our subsidiary", " (a wholly owned subsidiary of Johnson & Johnson)". ``owner`` is the filer's
#: word ("the company's", "our"); ``of`` where the parent's name follows.
SUBSIDIARY_AFTER = cached_compile(
    r"\s*[,(]\s*(?:(?:the|a|an)\s+)?(?:(?P<owner>(?i:the\s+company|company)['’]s|[Oo]ur)\s+)?"
    rf"(?:(?:wholly|majority|fully)[- ]owned\s+)?(?:{_FORMER}\s+|[\w-]+\s+)?subsidiary\b(?P<of>\s+of\s+(?:the\s+)?)?"
)


#: Before a company's name, words stating it a subsidiary: "its subsidiary, Immunomedics GmbH", "our
#: wholly-owned subsidiary Zeta GmbH", "the Company's subsidiary, ". ``owner`` is the filer's word ("our",
#: "the Company's"); "its" may stand for any company named before.
SUBSIDIARY_BEFORE = cached_compile(
    r"\b(?:(?P<owner>(?i:the\s+company)['’]s|[Oo]ur)|its)\s+(?:(?:wholly|majority|fully)[- ]owned\s+)?"
    rf"(?:{_FORMER}[\w-]*\s+|(?:[\w-]+\s+){{0,2}}?)subsidiary\s*,?\s*$"
)
#: How far before a company's name ``SUBSIDIARY_BEFORE`` is looked for.
SUBSIDIARY_REACH = 60


def filers_subsidiary_before(text: str, hit: Hit, filer: EntityRef) -> bool:
    """Whether the words right before the company ``hit`` state it the filer's subsidiary: "our
    subsidiary, X", "the Company's wholly-owned subsidiary X"; or "its subsidiary, X" when X is printed
    with the filer's own name (a legal form apart: "Immunomedics GmbH" in an Immunomedics, Inc. filing),
    whoever "its" stands for. Not a former one ("our former subsidiary, X"), one sold ("the sale of our
    subsidiary, X"), nor "our subsidiary" said in a quotation of another company's person."""
    m = SUBSIDIARY_BEFORE.search(text, max(0, hit.start - SUBSIDIARY_REACH), hit.start)
    if m is None or m.group("former") or _SOLD_BEFORE.search(text, max(0, m.start() - 30), m.start()):
        return False
    if m.group("owner") and quoted_for_another(text, m.start(), filer):
        return False  # "… our subsidiary, Hakuto Biologics Inc., …," said … President of Hakuto Pharma
    return bool(m.group("owner")) or company_key(hit.printed) == filer.key


#: Right after a quotation's closing mark, whose words it is: '," said Takeshi Mori, President of Hakuto
#: Pharma', '," said Mori, Chief Executive Officer of the company'. ``org`` is the company named.
_ATTRIBUTION_AFTER = cached_compile(
    r"\s*(?:said|says|stated|commented|added|noted|explained)\s+[^.;\n\"“”]{0,120}?\b(?:of|at)\s+(?:the\s+)?"
    r"(?P<org>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,4})"
)
#: … or right before its opening mark: 'Takeshi Mori, President of Hakuto Pharma, said, "'.
_ATTRIBUTION_BEFORE = cached_compile(
    r"\b(?:of|at)\s+(?:the\s+)?(?P<org>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,4}?),?\s+"
    r"(?:said|says|stated|commented|added|noted|explained)\s*[,:]?\s*$"
)
#: The quotation marks a release prints: straight and curly.
_QUOTES = '"“”'
#: How far around a quoted word the quotation's marks are looked for (a paragraph's quotation).
_QUOTE_REACH = 600


def quoted_for_another(text: str, at: int, filer: EntityRef) -> bool:
    """Whether ``text[at]`` is inside a quotation attributed, right after or right before it, to a person
    of a company other than the filer ('"… our subsidiary …," said Takeshi Mori, President of Hakuto
    Pharma'): its "our" is that company's. A quotation attributed to no company, or to the filer, is the
    filer's."""
    start = max(text.rfind("\n\n", 0, at), at - _QUOTE_REACH, 0)
    before = text[start:at]
    if sum(before.count(q) for q in _QUOTES) % 2 == 0:
        return False  # not inside a quotation
    opening = max(before.rfind(q) for q in _QUOTES) + start
    close = min((i for q in ('"', "”") if (i := text.find(q, at, at + _QUOTE_REACH)) >= 0), default=-1)
    m = _ATTRIBUTION_AFTER.match(text, close + 1) if close >= 0 else None
    if m is None:
        m = _ATTRIBUTION_BEFORE.search(text, max(start, opening - 200), opening)
    if m is None:
        return False
    org = slugify(strip_legal_suffix(m.group("org")))
    if org in ("company", "the-company") or not org:
        return False
    return org.split("-")[0] != filer.key.split("-")[0]


def own_subsidiaries(doc: Document, hits: list[Hit], filer: EntityRef | None) -> list[Hit]:
    """The hits with a company stated to be a subsidiary of the filer under the filer's own key ("Micromet
    AG, the company's wholly-owned subsidiary" in a Micromet, Inc. filing: both names read as the key
    "micromet"; "marketed … by its subsidiary, Immunomedics GmbH") given a key of its full name: a
    subsidiary is a company of its own, not its parent nor a name of it. Every printing of that name in
    the filing names the subsidiary."""
    if filer is None:
        return hits
    text = doc.text
    renamed: dict[str, EntityRef] = {}
    for h in hits:
        if h.kind != "company" or h.ref != filer:
            continue
        m = SUBSIDIARY_AFTER.match(text, h.end)
        if SUBSIDIARY_BEFORE.search(text, max(0, h.start - SUBSIDIARY_REACH), h.start):
            pass  # "its subsidiary, Immunomedics GmbH" (a former one too: a company of its own either way)
        elif m is None or m.group("of"):
            continue  # "Genentech, Inc., a wholly owned subsidiary of Roche" in Genentech's filing is the filer
        printed = collapse_spaces(h.printed).strip(" ,")
        key = slugify(printed)
        if key != filer.key:  # "Micromet AG" can be told from "Micromet"; a bare "Micromet" cannot
            renamed[printed] = EntityRef("company", key)
    if not renamed:
        return hits
    return [
        replace(h, ref=renamed[p], known=False)
        if h.kind == "company" and (p := collapse_spaces(h.printed).strip(" ,")) in renamed
        else h
        for h in hits
    ]
