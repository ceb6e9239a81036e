"""One company under the forms of its name a filing prints: "Takeda Pharmaceutical Company Limited",
"Takeda"; "Bayer Schering Pharma AG ("Bayer")".

Two rules, and no other (a company is never merged with another by a guess at similar names):

* **Suffix-extended forms.** A name is a form of the name left when its legal form and the industry or
  country words after it are taken off (``kg.text.company_base``: "Inc.", "Company", "Limited", "AG",
  "Pharmaceutical(s)", "Pharma", "U.S.", "& Co." …). "Takeda Pharmaceutical Company Limited" is Takeda,
  "Progenics Pharmaceuticals, Inc." is Progenics. "Bayer Schering Pharma AG" is Bayer Schering, not
  Bayer: a word of the name itself ("Schering") is never taken off, so "Bayer" and "Bayer Schering", or
  "Roche" and "Genentech", stay apart. A reference company absorbs the forms of its names (in
  ``compounds``, by ``Gazetteer.company_by_base``). For a company no list knows, every bare form in the
  filing is rewritten to its fullest form, and a ``SameAs`` from that form to the bare one lets
  resolution join the two forms across filings (the fullest form printed names the entity there).
* **Defined terms.** A name followed by a shorter name of its own words in parentheses ("Takeda
  Pharmaceutical Company Limited ("Takeda")", "Bayer Schering Pharma AG (Bayer)") states that the short
  name means that company: its later bare uses in the filing name it, and a ``SameAs`` joins the short
  name to it across filings (refused by resolution when the short name is another reference company's).
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.corpus import Document
from kg.extractors.pipeline.compounds import Hit
from kg.extractors.pipeline.segment import Sentence
from kg.extractors.pipeline.spans import SpanSet
from kg.model import EntityRef, SameAs
from kg.reference import NON_ENTITY, Gazetteer
from kg.text import collapse_spaces, company_base, company_base_key, company_key

#: A defined term in parentheses right after a company's name: ("Takeda"), (“Bayer”), (Bayer),
#: (hereinafter "Takeda"), (the "Company" is refused by the word test below).
_DEFINED = re.compile(
    r"\s*\(\s*(?:hereinafter\s+)?(?:the\s+)?"
    r"(?:[\"“](?P<quoted>[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,2})[\"”]"
    r"|(?P<bare>[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,2}))\s*\)"
)
#: Words a defined term is never a company's short name by: it names the filer's role or a document.
_NOT_SHORT_NAMES = {"Company", "Corporation", "Registrant", "Licensor", "Licensee", "Agreement", "Parent"}


def company_forms(
    doc: Document, sents: list[Sentence], hits: list[Hit], gaz: Gazetteer, extractor: str
) -> tuple[list[Hit], list[SameAs]]:
    """The hits with every company under one ref per name and its forms, the short names a filing
    defines found where it uses them, and the ``SameAs`` statements joining the forms across filings."""
    facts: list[SameAs] = []
    hits = _defined_terms(doc, sents, hits, gaz, extractor, facts)
    by_base: dict[str, set[EntityRef]] = {}
    for h in hits:
        if h.kind == "company" and not h.known:
            base = company_base_key(h.printed)
            if base and base != h.ref.key:
                by_base.setdefault(base, set()).add(h.ref)
    fullest: dict[EntityRef, EntityRef] = {}
    for base, refs in by_base.items():
        # The rule resolution applies across filings: the fullest form (no other form's key extends its).
        chosen = min(
            (r for r in refs if not any(q.key.startswith(r.key + "-") for q in refs)), key=lambda r: r.key
        )
        fullest[EntityRef("company", base)] = chosen
        for ref in refs:
            fullest[ref] = chosen
    stated: set[EntityRef] = set()
    result: list[Hit] = []
    for h in hits:
        if h.kind == "company" and not h.known and h.ref in fullest:
            base_ref = EntityRef("company", company_base_key(h.printed))
            # Stated once, where the filing prints the form itself (not a bare form rewritten to it).
            if h.ref != base_ref and h.ref not in stated and company_key(h.printed) == h.ref.key:
                stated.add(h.ref)
                facts.append(SameAs(h.ref, base_ref, doc.evidence(h.start, h.end, extractor)))
            if fullest[h.ref] != h.ref:
                h = replace(h, ref=fullest[h.ref])
        result.append(h)
    return result, facts


def _defined_terms(
    doc: Document,
    sents: list[Sentence],
    hits: list[Hit],
    gaz: Gazetteer,
    extractor: str,
    facts: list[SameAs],
) -> list[Hit]:
    """Short names the filing defines for a company, with a ``SameAs`` for each, and a hit for each
    later bare use of one (the exact word, in running text, where no other name is)."""
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
            short_ref = EntityRef("company", company_key(short))
            if entry is None and short_ref != h.ref and company_base_key(h.printed) != short_ref.key:
                facts.append(SameAs(short_ref, h.ref, doc.evidence(h.start, m.end(), extractor)))
    if not defined:
        return hits
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
    them), "Takeda" of "Takeda Pharmaceutical Company Limited"; never a role word ("the Company")."""
    words, name_words = collapse_spaces(short).split(), collapse_spaces(name).replace(",", "").split()
    if not words or words[0] in _NOT_SHORT_NAMES or not company_base(short):
        return False
    return len(words) < len(name_words) and name_words[: len(words)] == words
