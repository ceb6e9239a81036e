"""Compounds a sentence states to be developed with a company, or the subject of a deal with it.

Reads one sentence at a time, and in it the one clause holding both the compound and the company, the
two joined by the words of a collaboration, a licence or joint development and nothing else:

- the compound first, then its other names in brackets and a description set off by commas, then the
  words: "Daclizumab (Zenapax(R)), a humanized antibody …, is being developed in collaboration with
  Biogen Idec", "ASG-5ME, an ADC targeting SLC44A4 being co-developed with Agensys", "ipilimumab, our
  lead product candidate being developed with our partner Bristol-Myers Squibb", "ipilimumab (MDX-010),
  which Medarex is developing with Bristol-Myers Squibb", "gevokizumab, which is partnered with
  Servier", "Volociximab (M200), …, is in Phase 2 trials in …, in collaboration with Biogen Idec";
- "Micromet is developing MT103 in collaboration with MedImmune" (the filer or "we" the actor);
- the company first: "UCB, our licensee for epratuzumab", "Bayer has worldwide rights to BAY2010112",
  "Servier S.A. received an exclusive license to develop and commercialize PCI-24781" where the sentence
  ties the licence to the filer ("from the Company", "under the agreement signed with Pharmacyclics"; a
  bare "received a license to" names no grantor), "Seattle Genetics and Genentech, Inc. entered into an
  exclusive worldwide agreement to develop and commercialize SGN-40", "a collaboration with Trubion
  Pharmaceuticals, Inc. to co-develop TRU-016", or the terms of the deal named with it ("a license
  agreement with Les Laboratoires Servier, under which Servier received an exclusive license to develop
  … PCI-24781"; never rights denied, "under which Bayer has not received rights to");
- two companies stated as developing it together: "Facet and Biogen Idec are jointly developing
  daclizumab", "Seattle Genetics and Millennium are co-developing ADCETRIS", "Genta and Aventis
  Pharmaceuticals Inc., the U.S. pharmaceuticals business of Aventis, are jointly developing and
  commercializing Genasense".

Words of developing ("developed with", "co-developing") state who develops the compound (``developedBy``)
as well as what the deal covers; the others ("partnered with", "our licensee for", "rights to", "in
collaboration with" after a trial) state only what the deal covers. Any other name between the compound
and the company (another compound, another company) leaves the statement unsure: nothing is read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.extractors.pipeline.compounds import Hit
from kg.extractors.pipeline.context import Context, clause_bounds
from kg.model import EntityRef
from kg.pattern_cache import cached_compile
from kg.records import quick_init

#: A compound's other names in brackets right after it, a trademark sign's brackets inside one
#: ("Daclizumab (Zenapax(R))", "MDX-1106 (ONO-4538)").
_BRACKETS = r"(?:\s*\((?:[^()]|\([^()]*\))*\))*"
#: A description set off by a comma after a compound's name ("…, a humanized antibody to the
#: interleukin-2 receptor (CD25)"): an article or a possessive and words, brackets inside, no clause break.
_APPOSITIVE = r"(?:,\s+(?:an?|the|our|its|their)\s+(?:[^;()]|\([^()]*\)){1,200}?)?"
#: How far before a company's name the words joining it to a compound are looked for.
_REACH = 300

#: Right before the company's name: the words of developing it with the company ("developed in
#: collaboration with", "co-developed with", "developing jointly with", "developed with our partner").
_DEVELOPED_WITH = cached_compile(
    r"\b(?P<verb>co-?developed|developed|co-?developing|developing)\s+(?:jointly\s+)?"
    r"(?:(?:in\s+)?(?:collaboration|partnership|conjunction|cooperation)\s+)?with\s+"
    r"(?:our\s+(?:(?:development|collaborative|commercial|corporate)\s+)?(?:partner|collaborator)s?\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
#: … or of a partnership only: "partnered with", "in collaboration with".
_PARTNERED_WITH = cached_compile(
    r"\b(?:partnered|(?:in\s+)?(?:collaboration|partnership))\s+with\s+(?:the\s+)?$", re.IGNORECASE
)
#: Between a compound (and its brackets and description) and "developed with": the passive or the
#: participle ("is being developed", ", … being co-developed").
_PASSIVE_GAP = cached_compile(
    rf"{_BRACKETS}{_APPOSITIVE},?\s+(?:(?:is|are|was|were|has\s+been|have\s+been)\s+)?"
    r"(?:(?:being|currently|now|also|jointly)\s+)*",
    re.IGNORECASE,
)
#: … or a relative clause whose actor is the filer or "we": ", which Medarex is developing with".
_RELATIVE_GAP = cached_compile(
    rf"{_BRACKETS},\s+which\s+(?P<actor>[\w&.,' -]{{2,60}}?)\s+(?:is|are)\s+(?:(?:currently|now|also|jointly)\s+)*",
    re.IGNORECASE,
)
#: Between a compound and "partnered with": ", which is partnered with", ", …, is partnered with".
_PARTNERED_GAP = cached_compile(
    rf"{_BRACKETS}{_APPOSITIVE},?\s+(?:which\s+)?(?:is|are)\s+(?:(?:currently|now|also)\s+)*", re.IGNORECASE
)
#: … or a stage the compound is in, and then the partnership: "…, is in Phase 2 trials in metastatic
#: melanoma …, in collaboration with", "is in a pivotal trial for … in collaboration with".
_TRIAL_GAP = cached_compile(
    rf"{_BRACKETS}{_APPOSITIVE},?\s+(?:is|are)\s+in\s+(?:an?\s+)?(?:[\w/-]+\s+){{0,3}}?"
    r"(?:trials?|stud(?:y|ies)|development|testing)\b[^;]{0,160}?,?\s+(?:also\s+)?",
    re.IGNORECASE,
)
#: Before a compound: the filer or "we" developing it ("Micromet is developing MT103 in collaboration
#: with", checked for the actor by the caller).
_DEVELOPING_BEFORE = cached_compile(
    r"(?P<actor>\b[Ww]e|\S+)\s+(?:is|are)\s+(?:(?:currently|now|also|jointly)\s+)*(?:co-?)?developing\s+(?:the\s+)?$"
)
#: Between that compound (and its brackets) and the company: "… in collaboration with".
_DEVELOPING_GAP = cached_compile(
    rf"{_BRACKETS}\s+(?:jointly\s+)?(?:(?:in\s+)?(?:collaboration|partnership|conjunction)\s+)?with\s+(?:the\s+)?",
    re.IGNORECASE,
)
#: Between a company and a compound after it, the company's licence or rights: ", our licensee for",
#: " has worldwide rights to".
_LICENSEE_FOR = cached_compile(
    r",\s+(?:our|the\s+Company['’]s)\s+(?:(?:exclusive|worldwide)\s+)*(?:licensee|partner|collaborator)\s+for\s+(?:the\s+)?",
    re.IGNORECASE,
)
#: Rights or a licence to a compound, maybe to develop or sell it: "worldwide rights to", "an exclusive
#: license to develop and commercialize".
_RIGHTS_WORDS = (
    r"(?:(?:the|an?)\s+)?"
    r"(?:(?:exclusive|non-exclusive|co-exclusive|sole|worldwide|global|commercial|commercialization|marketing|"
    r"development|royalty-bearing|and)\s*,?\s+)*"
    r"(?:rights?|licen[cs]es?)\s+to\s+"
    r"(?:(?:develop|commerciali[sz]e|market)\s+(?:and\s+(?:develop|commerciali[sz]e|market)\s+)?)?(?:the\s+)?"
)
#: … the company's own: " has worldwide rights to", " received an exclusive license to develop and
#: commercialize".
_RIGHTS_TO = cached_compile(
    rf"\s+(?:has|have|holds|hold|acquired|obtained|received)\s+{_RIGHTS_WORDS}", re.IGNORECASE
)
#: … or given by the deal just named with the company, in a clause on that deal: "a license agreement
#: with Les Laboratoires Servier, under which Servier received an exclusive license to develop and
#: commercialize PCI-24781", "…, under which we granted Zeta worldwide rights to". Whoever receives the
#: rights, the deal is about the compound. Who acts is named by capitalised words or "we" (never any words:
#: "under which Bayer has not received rights to" states no rights), and whom the rights are granted too.
_UNDER_WHICH_RIGHTS = cached_compile(
    r",?\s+under\s+which\s+"
    r"(?:(?:we|it|they|the\s+Company|(?-i:[A-Z][\w&.'’-]*)(?:,?\s+(?-i:[A-Z][\w&.'’-]*)){0,4})\s+)?"
    r"(?:(?:has|have|had)\s+)?(?:has|have|holds|hold|acquired|obtained|received|granted|grants)\s+"
    rf"(?:(?-i:[A-Z][\w&.-]*)\s+){{0,3}}?{_RIGHTS_WORDS}",
    re.IGNORECASE,
)
#: Words denying what they precede: "has not received rights to", "has obtained no license to".
_NEGATION = cached_compile(r"\b(?:not|no|never|neither|nor|none)\b|n['’]t\b", re.IGNORECASE)
#: A licence, not rights, among the words of ``_RIGHTS_TO``: "received an exclusive license to develop".
_LICENCE_WORD = cached_compile(r"\blicen[cs]e", re.IGNORECASE)
#: After a licence received, the filer granting it: "from us", "from the Company", "from <the filer>"
#: (``name``: the filer's name to check).
_FROM_GRANTOR = cached_compile(r"\bfrom\s+(?:us\b|the\s+Company\b|(?P<name>(?-i:[A-Z])))", re.IGNORECASE)
#: In the sentence of a licence received, the filer's deal it is given under: "under the agreement signed
#: with <the filer>", "pursuant to its license agreement with <the filer>", "under our agreement"
#: (``with``: where the filer's name is to stand).
_UNDER_FILERS_DEAL = cached_compile(
    r"\b(?:under|pursuant\s+to)\s+(?:(?P<our>our)|the|its|this|that|an?)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:agreements?|licen[cs]es?|collaborations?|deals?|arrangements?)\b"
    r"(?P<with>\s+(?:(?:signed|entered\s+into|made|executed)\s+)?with\s+(?:the\s+)?)?",
    re.IGNORECASE,
)
#: … or a deal made to develop the compound: " entered into an exclusive worldwide agreement to develop
#: and commercialize", " to co-develop" (after "a collaboration with <company>").
_DEAL_TO_DEVELOP = cached_compile(
    r"(?:\s+(?:(?:have|has)\s+)?(?:entered\s+into|signed|formed|executed)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:agreement|collaboration|licen[cs]e|partnership|alliance))?"
    r"\s+to\s+(?P<verb>(?:co-?)?develop)(?:\s+and\s+(?:co-?)?commerciali[sz]e)?\s+(?:the\s+)?",
    re.IGNORECASE,
)
#: Right before a company named as the party of a deal: "a collaboration with".
_DEAL_WITH_BEFORE = cached_compile(
    r"\b(?:agreements?|collaborations?|licen[cs]es?|partnerships?|alliances?)\s+with\s+(?:the\s+)?$",
    re.IGNORECASE,
)
#: After the second company of a pair, the two developing the compound: " are jointly developing", "are
#: jointly developing and commercializing"; past a description of the second company set off by commas
#: (", the U.S. pharmaceuticals business of Aventis,").
_PAIR_DEVELOPING = cached_compile(
    r"(?:,\s+(?:the|an?|its|our|their)\s[^,;()]{2,80},)?"
    r"\s+(?:are|have\s+been)\s+(?:(?:currently|now|also)\s+)*(?:jointly\s+developing|co-?developing)"
    r"(?:\s+and\s+(?:co-?)?(?:commerciali[sz]ing|marketing|promoting))?\s+(?:the\s+)?",
    re.IGNORECASE,
)
#: A legal form printed after a company's name that its name was read without: "Genentech, Inc.".
_LEGAL_FORM_AFTER = cached_compile(
    r",?\s+(?:Inc\.|Ltd\.?|Corp\.|Corporation|plc|AG|GmbH|S\.A\.|N\.V\.|LLC)(?![\w])"
)
#: After a company's name: its possessive, or a word naming its technology ("Medarex technology").
_TECHNOLOGY_AFTER = cached_compile(
    r"['’]s?(?!\w)|\s+(?:technolog(?:y|ies)|platforms?|(?:[A-Z]\w*\s+)?antibod(?:y|ies))\b"
)
_PAIR_JOIN = cached_compile(r"\s*,?\s+(?:and|&)\s+(?:the\s+)?$")


@quick_init
@dataclass(frozen=True)
class Deal:
    """A compound a sentence states ``company`` develops with the filer or holds by a deal; ``develops``
    when the words say the company develops it."""

    compound: EntityRef
    company: Hit
    develops: bool


def deals(text: str, ctx: Context, company: Hit, actors: re.Pattern[str] | None) -> list[Deal]:
    """The compounds the sentence states of ``company`` (see the module's docstring). ``actors``: the
    filer's names as words, which may stand as the actor of "which … is developing with"."""
    found: list[Deal] = []
    start, end = clause_bounds(text, ctx, company.start)
    # "an antibody developed with Medarex technology", "… with Medarex's UltiMAb technology": the
    # company's technology, not the company, is what the compound is developed with.
    before = (
        None
        if _TECHNOLOGY_AFTER.match(text, company.end)
        else _compound_before(text, ctx, company, start, actors)
    )
    if before is not None:
        found.append(before)
    after = _compound_after(text, ctx, company, end, actors)
    if after is not None:
        found.append(after)
    return found


def pair_developers(
    text: str, ctx: Context, filer: EntityRef | None, actors: re.Pattern[str] | None
) -> list[tuple[EntityRef, EntityRef]]:
    """(compound, company) for both companies of a pair stated as developing a compound together:
    "Facet and Biogen Idec are jointly developing daclizumab" (a company's name, or the filer's bare
    name, ``actors``, then the second company)."""
    found: list[tuple[EntityRef, EntityRef]] = []
    companies = ctx.of_kind("company")
    for second in companies:
        m = _PAIR_DEVELOPING.match(text, second.end, ctx.sentence.end)
        compound = _hit_at(ctx, m.end()) if m is not None else None
        join = _PAIR_JOIN.search(text, max(ctx.sentence.start, second.start - 8), second.start)
        if compound is None or join is None:
            continue
        found.append((compound.ref, second.ref))
        first = next((c for c in companies if c.end == join.start()), None)
        if first is not None:
            found.append((compound.ref, first.ref))
        elif filer is not None and actors is not None and _ends_with_actor(text, ctx, join.start(), actors):
            found.append((compound.ref, filer))
    return found


def _ends_with_actor(text: str, ctx: Context, at: int, actors: re.Pattern[str]) -> bool:
    """Whether a name of the filer ends at ``at`` ("Seattle Genetics and Millennium are …")."""
    return any(m.end() == at for m in actors.finditer(text, max(ctx.sentence.start, at - 60), at))


def _hit_at(ctx: Context, at: int) -> Hit | None:
    """The compound whose name starts at ``at``."""
    return next((h for h in ctx.hits if h.kind == "compound" and h.start == at), None)


def _compound_before(
    text: str, ctx: Context, company: Hit, clause_start: int, actors: re.Pattern[str] | None
) -> Deal | None:
    """The compound named before ``company`` in its clause and joined to it by the words of developing
    or partnering with it, nothing but its brackets and description between."""
    since = max(clause_start, company.start - _REACH)
    compounds = [h for h in ctx.of_kind("compound") if clause_start <= h.start < company.start]
    if not compounds:
        return None
    developed = _DEVELOPED_WITH.search(text, since, company.start)
    if developed is not None:
        cue = developed.start()
        passive = not developed.group("verb").lower().endswith("developing")
        for h in compounds:
            if h.start >= cue or not _clear(ctx, h, cue, company, None if passive else actors):
                continue
            if passive and _PASSIVE_GAP.fullmatch(text, h.end, cue):
                return Deal(h.ref, company, True)
            relative = None if passive else _RELATIVE_GAP.fullmatch(text, h.end, cue)
            if relative is not None and _is_actor(relative.group("actor"), actors):
                return Deal(h.ref, company, True)
        return None
    for h in compounds:
        # "Micromet is developing MT103 in collaboration with": the verb is before the compound.
        joined = _DEVELOPING_GAP.fullmatch(text, h.end, company.start) is not None
        if (
            joined
            and _filer_developing(text, h, clause_start, actors)
            and _clear(ctx, h, company.start, company)
        ):
            return Deal(h.ref, company, True)
    partnered = _PARTNERED_WITH.search(text, since, company.start)
    if partnered is None:
        return None
    cue = partnered.start()
    for h in compounds:
        if h.start >= cue or not _clear(ctx, h, cue, company):
            continue
        if _PARTNERED_GAP.fullmatch(text, h.end, cue) or _TRIAL_GAP.fullmatch(text, h.end, cue):
            return Deal(h.ref, company, False)
    return None


def _filer_developing(text: str, compound: Hit, clause_start: int, actors: re.Pattern[str] | None) -> bool:
    """Whether the filer (by a name of its, or "we") is stated developing the compound right before its
    name: "Micromet is developing MT103 …"."""
    m = _DEVELOPING_BEFORE.search(text, max(clause_start, compound.start - 80), compound.start)
    return m is not None and _is_actor(m.group("actor"), actors)


def _is_actor(words: str, actors: re.Pattern[str] | None) -> bool:
    """Whether ``words`` name the filer: "we", or one of its names as the filing prints it."""
    words = words.strip()
    return words.lower() == "we" or (actors is not None and actors.fullmatch(words) is not None)


def _clear(
    ctx: Context, compound: Hit, until: int, company: Hit, actors: re.Pattern[str] | None = None
) -> bool:
    """Whether between the compound's name and ``until`` no other compound and no company is named (the
    filer's name may stand there only as the actor of a relative clause, checked by the caller)."""
    for h in ctx.hits:
        if not compound.end <= h.start < until:
            continue
        if h.kind == "compound" and h.ref != compound.ref:
            return False
        if (
            h.kind == "company"
            and h.ref != company.ref
            and (actors is None or actors.fullmatch(h.printed) is None)
        ):
            return False
    return True


def _compound_after(
    text: str, ctx: Context, company: Hit, clause_end: int, actors: re.Pattern[str] | None = None
) -> Deal | None:
    """The compound named right after the company's licence, rights or deal to develop it: "UCB, our
    licensee for epratuzumab", "Bayer has worldwide rights to BAY2010112", "Genentech, Inc. entered into
    an exclusive worldwide agreement to develop and commercialize SGN-40", "a license agreement with Les
    Laboratoires Servier, under which Servier received an exclusive license to develop … PCI-24781".
    ``actors``: the filer's names, which may stand in the clause of the deal's terms ("under which
    Pharmacyclics granted …")."""
    form = _LEGAL_FORM_AFTER.match(text, company.end, clause_end)
    after = form.end() if form is not None else company.end
    for gap in (_LICENSEE_FOR, _RIGHTS_TO, _DEAL_TO_DEVELOP, _UNDER_WHICH_RIGHTS):
        m = gap.match(text, after, clause_end)
        if m is None:
            continue
        compound = _hit_at(ctx, m.end())
        if compound is None:
            continue
        if gap is _DEAL_TO_DEVELOP and not _deal_aim(text, ctx, company, m):
            continue
        if gap is _UNDER_WHICH_RIGHTS and (
            _NEGATION.search(m.group(0)) or not _terms_of_its_deal(text, ctx, (company, compound), actors)
        ):
            continue  # "under which Bayer has not received rights to SGN-35"
        if (
            gap is _RIGHTS_TO
            and _LICENCE_WORD.search(m.group(0))
            and not _licensed_by_filer(text, ctx, company, actors)
        ):
            continue  # "Daiichi Sankyo received an exclusive license to develop CS-1008": from whom is unsaid
        develops = gap is _DEAL_TO_DEVELOP and m.group("verb").lower().startswith("co")
        return Deal(compound.ref, company, develops)
    return None


def _licensed_by_filer(text: str, ctx: Context, company: Hit, actors: re.Pattern[str] | None) -> bool:
    """Whether the sentence of a licence ``company`` received ties it to the filer (``actors``: its names;
    or "us", "our", "the Company"): received from it ("an exclusive license to … from the Company"),
    under the filer's deal ("Under the agreement signed with Pharmacyclics, Servier S.A. received …"), or
    in a clause on the terms of the deal named with the company ("Zenova entered into a license agreement
    with Hospira, Inc., …, under which Hospira received …"). A bare "received a license to"
    names no grantor: another company's licence as likely as the filer's."""
    s = ctx.sentence
    for m in _FROM_GRANTOR.finditer(text, company.end, s.end):
        if m.group("name") is None or _names_filer(text, m.start("name"), actors):
            return True
    for m in _UNDER_FILERS_DEAL.finditer(text, s.start, s.end):
        if m.group("with") is not None:
            if _names_filer(text, m.end(), actors):
                return True
        elif m.group("our") is not None:
            return True
    if _UNDER_WHICH_BEFORE.search(text, max(s.start, company.start - 20), company.start) is None:
        return False
    # The deal named with the company before the clause is the one the partner edge is read from (the
    # filer's, or no partner is stated at all).
    earlier = [h for h in ctx.of_kind("company") if h.ref == company.ref and h.end <= company.start]
    return any(_DEAL_WITH_BEFORE.search(text, max(s.start, h.start - 40), h.start) for h in earlier)


#: Right before a company's name, the clause on a deal's terms it opens: ", under which ".
_UNDER_WHICH_BEFORE = cached_compile(r",?\s+under\s+which\s+$", re.IGNORECASE)


def _names_filer(text: str, at: int, actors: re.Pattern[str] | None) -> bool:
    """Whether a name of the filer (``actors``) starts at ``at``."""
    return actors is not None and actors.match(text, at) is not None


def _terms_of_its_deal(
    text: str, ctx: Context, named: tuple[Hit, Hit], actors: re.Pattern[str] | None
) -> bool:
    """Whether the clause "under which …" after the company of ``named`` (company, compound) tells the
    terms of the deal named right before the company ("a license agreement with Les Laboratoires
    Servier, under which …"), and names no other company (but the filer, ``actors``) or compound before
    the compound (whose deal it would be is then unsure)."""
    company, compound = named
    since = max(ctx.sentence.start, company.start - 40)
    if _DEAL_WITH_BEFORE.search(text, since, company.start) is None:
        return False
    return not any(
        company.end <= h.start < compound.start
        and h.ref not in (company.ref, compound.ref)
        and (actors is None or actors.fullmatch(h.printed) is None)
        for h in ctx.hits
    )


def _deal_aim(text: str, ctx: Context, company: Hit, m: re.Match[str]) -> bool:
    """Whether a deal's aim to develop a compound (``_DEAL_TO_DEVELOP`` matched at ``m`` after the
    company's name) is the company's deal: "… entered into an agreement to develop", or a bare " to
    co-develop TRU-016" right after "a collaboration with <company>"."""
    if not m.group(0).lstrip().lower().startswith("to "):
        return True
    since = max(ctx.sentence.start, company.start - 40)
    return _DEAL_WITH_BEFORE.search(text, since, company.start) is not None
