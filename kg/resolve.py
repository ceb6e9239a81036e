"""Entity resolution across filings: one entity per real thing.

Extractors name entities by whatever key they found; reference data already folds known aliases
into one key. What remains are ``SameAs`` statements ("IMGN901 (lorvotuzumab mertansine)") joining
refs, possibly across filings. They are replayed here in a fixed order with union-find; a merge that
would join two different reference entities is refused (the reference is curated, a filing's
parenthesis may be a typo), and reported. A company group's canonical ref is its reference entity,
else its fullest name's (``_choose``): the pipeline states every suffix-extended company name the same
as its base ("Takeda Pharmaceutical Company Limited" as "Takeda"), and the base is rarely the name to
keep.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from kg.model import EntityRef, Fact, SameAs, fields_declaring
from kg.pattern_cache import cached_compile
from kg.text import INN_STEMS, slugify

#: An entity ref as a (kind, key) pair.
Pair = tuple[str, str]


@dataclass
class Resolution:
    """The canonical ref of every ref seen, the merges made and the merges refused."""

    canonical: dict[EntityRef, EntityRef] = field(default_factory=dict)
    merges: list[tuple[str, SameAs]] = field(default_factory=list)
    refused: list[tuple[str, SameAs, str]] = field(default_factory=list)
    #: People joined by their names at one employer (``join_name_variants``): (short key, full key, employer key).
    name_variants: list[tuple[str, str, str]] = field(default_factory=list)
    #: People joined by a short form of their first name at one employer ("Dan Junius" as "Daniel M.
    #: Junius"): (short key, full key, employer key).
    nickname_variants: list[tuple[str, str, str]] = field(default_factory=list)

    def __call__(self, ref: EntityRef) -> EntityRef:
        return self.canonical.get(ref, ref)


def resolve(same_as_by_filing: Mapping[str, Iterable[SameAs]], reference: set[EntityRef]) -> Resolution:
    """Union the refs joined by each filing's ``SameAs`` statements, filings in key order, statements
    in text order."""
    # Union-find over (kind, key) pairs: tuples hash and compare in C, refs in Python, and a build
    # of thousands of filings replays tens of thousands of statements.
    known_refs: dict[Pair, EntityRef] = {}
    reference_pairs = {(ref.kind, ref.key) for ref in reference}
    parent: dict[Pair, Pair] = {}

    def find(pair: Pair) -> Pair:
        parent.setdefault(pair, pair)
        while parent[pair] != pair:
            parent[pair] = parent[parent[pair]]
            pair = parent[pair]
        return pair

    members: dict[Pair, set[Pair]] = {}
    # Names a filing says are kept (a company's current name) and the names they replace.
    kept: set[Pair] = set()
    replaced: set[Pair] = set()
    result = Resolution()
    for filing_key in sorted(same_as_by_filing):
        same_as = sorted(same_as_by_filing[filing_key], key=lambda s: (s.evidence.char_start, s.a, s.b))
        for statement in same_as:
            if statement.a.kind != statement.b.kind:
                result.refused.append((filing_key, statement, "the two names are of different kinds"))
                continue
            a, b = (statement.a.kind, statement.a.key), (statement.b.kind, statement.b.key)
            if statement.kept:
                kept.add(b)
                replaced.add(a)
            known_refs.setdefault(a, statement.a)
            known_refs.setdefault(b, statement.b)
            root_a, root_b = find(a), find(b)
            if root_a == root_b:
                continue
            group_a = members.get(root_a, {root_a})
            group_b = members.get(root_b, {root_b})
            known = (group_a | group_b) & reference_pairs
            if len(known) > 1:
                names = ", ".join(sorted(key for _, key in known))
                result.refused.append((filing_key, statement, f"would merge reference entities {names}"))
                continue
            parent[root_b] = root_a
            members[root_a] = group_a | group_b
            members.pop(root_b, None)
            result.merges.append((filing_key, statement))
    for root, group in members.items():
        in_reference = sorted(group & reference_pairs)
        chosen = in_reference[0] if in_reference else _choose(group, kept - replaced)
        canonical = known_refs[chosen]
        for pair in group:
            result.canonical[known_refs[pair]] = canonical
        result.canonical.setdefault(known_refs[root], canonical)
    return result


#: A compound key shaped like an International Nonproprietary Name: a "-mab" (or small-molecule,
#: vaccine or cell-therapy stem) word without digits, maybe with its conjugate's or chelator's word.
#: A cell therapy's letter after its name is part of it ("sipuleucel-t").
_INN_KEY = cached_compile(rf"^(?:ado-)?[a-z]{{3,}}(?:mab|{INN_STEMS})(?:-[a-z]{{4,}}|(?<=cel)-[a-z])?$")


def _choose(group: set[Pair], kept: set[Pair]) -> Pair:
    """The canonical member of a group no reference entity is in.

    A name a filing says is kept (``kept``: a company's current name, "X (formerly Y)", that no later
    renaming replaced) first, the first in order where there are several.

    A compound's: its INN where the group has one ("brentuximab vedotin" over "SGN-35" and
    "ADCETRIS": the name a compound keeps from its naming to its approval, so the entity's IRI
    changes once at most as filings name it otherwise), then the shortest-looking key (a code before
    a long conjugate name), then the first in order. A company's: its fullest form, a key no other member's key extends (a filing that
    prints "Takeda Pharmaceutical Company Limited" states that form the same as "Takeda", whether any
    filing prints "Takeda" or not; the entity keeps the key it has where no other form is printed), then
    the first in order.
    """
    current = group & kept
    if current:
        return min(current)
    if all(kind == "company" for kind, _ in group):
        fullest = [p for p in group if not any(q[1].startswith(p[1] + "-") for q in group)]
        return min(fullest, key=lambda p: p[1])
    return min(group, key=lambda p: (not _INN_KEY.match(p[1]), p[1].count("-") > 2, p[1]))


def rewrite(fact: Fact, canon: Resolution) -> Fact:
    """The fact with every ``EntityRef`` field replaced by its canonical ref."""
    changes = {}
    for name in fields_declaring(type(fact), "EntityRef"):
        value = getattr(fact, name)
        if isinstance(value, EntityRef):
            canonical = canon(value)
            if canonical is not value:  # most refs are their own canonical: no copy for them
                changes[name] = canonical
    return dataclasses.replace(fact, **changes) if changes else fact  # type: ignore[arg-type]


#: Kinds labelled by their canonical name's own printing (``preferred_labels``).
OWN_NAME_KINDS = frozenset({"person", "compound"})


def preferred_labels(
    mentions_by_filing: Mapping[str, Iterable[tuple[str, str, str]]],
    renamed: Mapping[tuple[str, str], tuple[str, str]],
    reference: set[tuple[str, str]],
    printed_names_by_filing: Mapping[str, Iterable[tuple[str, str, str]]] | None = None,
) -> dict[tuple[str, str], str]:
    """A preferred label for every canonical entity the reference data does not name.

    Refs are (kind, key) pairs; ``mentions_by_filing`` gives each filing's (kind, key, label)
    mentions in text order, ``renamed`` the canonical pair of each pair resolution renamed. The
    first mention wins, filings in key order, so the choice is the same on every rebuild; but a
    person or compound is labelled by a printing of the name its canonical key is made from,
    wherever one of ``printed_names_by_filing`` (each filing's (kind, key, name) printings) is.
    """
    labels: dict[tuple[str, str], str] = {}
    # A person or compound is labelled by a printing of the name its IRI keeps ("Daniel M. Junius",
    # the INN, "ARV-305" printed only as another name's alias), wherever another of its names
    # comes first.
    for filing_key in sorted(printed_names_by_filing or {}):
        for kind, key, name in (printed_names_by_filing or {})[filing_key]:
            ref = renamed.get((kind, key), (kind, key))
            if ref not in reference and ref not in labels and slugify(name) == ref[1]:
                labels[ref] = name
    # Then a person's or compound's own first mention, then any entity's first mention under its
    # canonical ref: both read in one pass over the mentions (a large build holds hundreds of
    # thousands), each kept in the order the entities were first mentioned.
    own_first: dict[tuple[str, str], str] = {}
    first: dict[tuple[str, str], str] = {}
    # Every filing's first label of each canonical entity, in filing order: the labels to fall back on
    # where the first names another entity (``_unclaimed_label``).
    later: dict[tuple[str, str], dict[str, None]] = {}
    for filing_key in sorted(mentions_by_filing):
        for kind, key, label in mentions_by_filing[filing_key]:
            pair = (kind, key)
            canonical = renamed.get(pair)
            if canonical is None:
                canonical = pair
                if kind in OWN_NAME_KINDS:
                    own_first.setdefault(pair, label)
            first.setdefault(canonical, label)
            later.setdefault(canonical, {})[label] = None
    for chosen in (own_first, first):
        for ref, label in chosen.items():
            if ref not in reference:
                labels.setdefault(ref, label)
    entities = set(later) | reference
    for ref, label in labels.items():
        labels[ref] = _unclaimed_label(ref, label, later.get(ref, {}), entities)
    return {ref: _inn_label(ref, label) for ref, label in labels.items()}


def _unclaimed_label(
    ref: tuple[str, str], label: str, candidates: Iterable[str], entities: set[tuple[str, str]]
) -> str:
    """``label``, unless it is the very name another entity of the kind is keyed by, and then the
    first of ``candidates`` that is not.

    One filing may print a subsidiary's name under its parent's key ("Micromet AG" for Micromet,
    Inc.) where another keys it apart ("micromet-ag"): the parent labelled "Micromet AG" would carry
    its subsidiary's label. Another printing of the parent's own ("Micromet, Inc.") labels it instead,
    where any filing has one."""

    def claimed(name: str) -> bool:
        other = (ref[0], slugify(name))
        return other != ref and other in entities

    if not claimed(label):
        return label
    return next((name for name in candidates if not claimed(name)), label)


#: A printed word capitalised as a sentence's or a heading's first word is: "Brentuximab", "Ado".
_CAPITALISED_WORD = cached_compile(r"[A-Z][a-z]+")


def _inn_label(ref: tuple[str, str], label: str) -> str:
    """A compound's INN label in lower case, as INNs are written: a filing that prints
    "Brentuximab vedotin" only at a sentence's start, or "Trastuzumab Emtansine" in a heading, names
    "brentuximab vedotin". Only a label that is the INN key itself and whose capitals open its words
    is lowered: "sipuleucel-T" keeps its letter, a brand or code keeps its printing."""
    kind, key = ref
    if kind != "compound" or not _INN_KEY.fullmatch(key) or slugify(label) != key:
        return label
    words = re.split(r"[\s-]+", label)
    if not all(word.islower() or _CAPITALISED_WORD.fullmatch(word) for word in words):
        return label
    return label.lower()


def renamed_pairs(canon: Resolution) -> dict[tuple[str, str], tuple[str, str]]:
    """The refs resolution renamed, as (kind, key) pairs: the lookup table for compact summaries."""
    return {(a.kind, a.key): (b.kind, b.key) for a, b in canon.canonical.items() if a != b}


def _without_initials(key: str) -> tuple[str, ...] | None:
    """A person key's words without its middle initials ("daniel-m-junius": daniel, junius), or
    None when it has none: only a key with a first name, initials and a last name has a short form."""
    words = key.split("-")
    if len(words) < 3:
        return None
    kept = (words[0], *(w for w in words[1:-1] if len(w) > 1), words[-1])
    return kept if len(kept) < len(words) else None


#: Short forms of given names and the formal names each stands for: a release quotes "Dan Junius" or
#: "Greg Perry" where another prints "Daniel M. Junius" or "Gregory D. Perry". A short form standing for
#: several names ("Chris") joins a person only where one of them is printed at the employer.
NICKNAMES: dict[str, tuple[str, ...]] = {
    "al": ("albert", "alan", "allan", "alfred"),
    "andy": ("andrew",),
    "barb": ("barbara",),
    "ben": ("benjamin",),
    "beth": ("elizabeth",),
    "bill": ("william",),
    "bob": ("robert",),
    "cathy": ("catherine", "cathleen"),
    "charlie": ("charles",),
    "chris": ("christopher", "christine", "christina", "christian"),
    "chuck": ("charles",),
    "dan": ("daniel",),
    "danny": ("daniel",),
    "dave": ("david",),
    "deb": ("deborah", "debra"),
    "debbie": ("deborah", "debra"),
    "dick": ("richard",),
    "don": ("donald",),
    "doug": ("douglas",),
    "ed": ("edward", "edwin", "edmund"),
    "fred": ("frederick",),
    "greg": ("gregory",),
    "hank": ("henry",),
    "jeff": ("jeffrey", "jeffery"),
    "jerry": ("gerald", "jerome"),
    "jim": ("james",),
    "jimmy": ("james",),
    "joe": ("joseph",),
    "jon": ("jonathan",),
    "kathy": ("katherine", "kathleen", "kathryn"),
    "ken": ("kenneth",),
    "larry": ("lawrence",),
    "liz": ("elizabeth",),
    "matt": ("matthew",),
    "mike": ("michael",),
    "nick": ("nicholas",),
    "pat": ("patrick", "patricia"),
    "peggy": ("margaret",),
    "pete": ("peter",),
    "phil": ("philip", "phillip"),
    "rich": ("richard",),
    "rick": ("richard",),
    "rob": ("robert",),
    "ron": ("ronald",),
    "sam": ("samuel", "samantha"),
    "steve": ("steven", "stephen"),
    "sue": ("susan",),
    "ted": ("theodore", "edward"),
    "tim": ("timothy",),
    "tom": ("thomas",),
    "tony": ("anthony",),
    "walt": ("walter",),
}


def _name_core(key: str) -> tuple[str, ...]:
    """A person key's words without its middle initials ("daniel-m-junius": daniel, junius)."""
    return _without_initials(key) or tuple(key.split("-"))


def _nickname_joins(
    employers: Mapping[str, set[str]], initials_joined: Mapping[str, tuple[str, str]]
) -> dict[str, tuple[str, str]]:
    """Each person printed with a short first name ("dan-junius") and the one person ("daniel-m-junius")
    printed with a formal name it stands for, the same other names, at the same employer: (full key,
    employer key) by short key. A short form with middle initials matches only the same initials; one
    without matches any. People ``initials_joined`` already joined count as the person they were joined
    to, so "Daniel Junius" and "Daniel M. Junius" are one match, "Daniel M." and "Daniel R." two."""
    by_core: dict[tuple[tuple[str, ...], str], set[str]] = {}
    by_key: dict[tuple[tuple[str, ...], str], set[str]] = {}
    for person, companies in employers.items():
        for company in companies:
            by_core.setdefault((_name_core(person), company), set()).add(person)
            by_key.setdefault((tuple(person.split("-")), company), set()).add(person)
    joins: dict[str, tuple[str, str]] = {}
    for person, companies in sorted(employers.items()):
        first, *rest = person.split("-")
        if not rest or first not in NICKNAMES:
            continue
        index = by_key if _without_initials(person) else by_core
        matches = {
            (initials_joined.get(full, (full, company))[0], company)
            for formal in NICKNAMES[first]
            for company in companies
            for full in index.get(((formal, *rest), company), ())
        }
        if len({full for full, _ in matches}) == 1:
            joins[person] = min(matches)
    return joins


def join_name_variants(
    employments_by_filing: Mapping[str, Iterable[tuple[str, str]]], canon: Resolution
) -> Resolution:
    """``canon`` with each person printed without middle initials ("Daniel Junius") joined to the one
    person printed with them ("Daniel M. Junius") who works for the same company, and each person
    printed with a short form of a first name ("Dan Junius", ``NICKNAMES``) to the one person printed
    with a formal name it stands for at that company.

    Only one employer's people are compared, so namesakes at two companies stay apart, and a short
    form two full forms at one employer could stand for ("Daniel M. Junius", "Daniel R. Junius") is
    joined to neither. ``employments_by_filing``: each filing's (person key, employer key) pairs.
    """
    employers: dict[str, set[str]] = {}
    canonical_company: dict[str, str] = {}  # each employer's canonical key, resolved once
    for pairs in employments_by_filing.values():
        for person, company in pairs:
            employer = canonical_company.get(company)
            if employer is None:
                employer = canonical_company[company] = canon(EntityRef("company", company)).key
            employers.setdefault(person, set()).add(employer)
    full_forms: dict[tuple[tuple[str, ...], str], set[str]] = {}
    for person, companies in employers.items():
        short = _without_initials(person)
        if short is not None:
            for company in companies:
                full_forms.setdefault((short, company), set()).add(person)
    joined: dict[str, tuple[str, str]] = {}
    for person, companies in sorted(employers.items()):
        if _without_initials(person) is not None:
            continue
        words = tuple(person.split("-"))
        matches = {(full, company) for company in companies for full in full_forms.get((words, company), ())}
        if len({full for full, _ in matches}) == 1:
            joined[person] = min(matches)
    nicknames = _nickname_joins(employers, joined)
    if not joined and not nicknames:
        return canon
    result = Resolution(dict(canon.canonical), list(canon.merges), list(canon.refused))
    # The people each person ref stands for, kept current as refs move: a scan of every ref per
    # joined person grew with the corpus times the people joined.
    members: dict[EntityRef, dict[EntityRef, None]] = {}
    for ref, canonical in result.canonical.items():
        if canonical.kind == "person":
            members.setdefault(canonical, {})[ref] = None

    def point(ref: EntityRef, target: EntityRef) -> None:
        previous = result.canonical.get(ref)
        if previous is not None:
            members.get(previous, {}).pop(ref, None)
        result.canonical[ref] = target
        members.setdefault(target, {})[ref] = None

    for person, (full, company) in sorted({**joined, **nicknames}.items()):
        short_ref, full_ref = EntityRef("person", person), EntityRef("person", full)
        target = result.canonical.get(full_ref, full_ref)
        for ref in list(members.get(short_ref, {})):
            point(ref, target)
        point(short_ref, target)
        if full_ref not in result.canonical:
            point(full_ref, target)
        variants = result.nickname_variants if person in nicknames else result.name_variants
        variants.append((person, full, company))
    return result
