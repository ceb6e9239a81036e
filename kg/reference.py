"""Curated reference entities (``ontology/reference/*.ttl``) as a gazetteer: alias → ``EntityRef``.

The reference files give each company, compound, target, payload and indication one IRI with all its
names (``skos:prefLabel``/``altLabel``/``hiddenLabel``), and list names that are *not* entities in this
domain (``kg:NonEntityName``: conferences, exchanges, regulators, PR agencies) so that a match on them
blocks a false one. ``resolve`` is exact first (case- and separator-insensitive), then OCR-tolerant for code
names via ``kg.ocr`` (only when exactly one entity fits). ``Gazetteer.scan`` finds every alias in a text,
longest match first.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from kg.model import ENTITY_KINDS, EntityRef
from kg.ocr import ConfusableIndex, close_word, compact, is_code_like
from kg.pattern_cache import cached_compile
from kg.records import quick_init
from kg.resources import ontology_dir
from kg.text import company_base_key, fold_case, tree_regex

KG_NS = "https://w3id.org/filings-kg/ontology#"
KGR_NS = "https://w3id.org/filings-kg/id/"
SKOS = "http://www.w3.org/2004/02/skos/core#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
#: Kind used for names that are not entities; never turned into an ``EntityRef``.
NON_ENTITY = "non-entity"
REFERENCE_GRAPH = KGR_NS + "graph/reference"

_CLASS_TO_KIND = {KG_NS + cls: kind for kind, cls in ENTITY_KINDS.items()}
_CLASS_TO_KIND[KG_NS + "NonEntityName"] = NON_ENTITY
_DASHES = "‐‑‒–—−"
#: Apostrophes as typesetting prints them ("non-Hodgkin’s lymphoma"): all read as "'".
_APOSTROPHES = "'’‘ʼ"


def reference_dir() -> Path:
    """Folder of the curated reference Turtle files."""
    return ontology_dir() / "reference"


def reference_paths() -> list[Path]:
    """The reference Turtle files, sorted (the build loads them into the ``kgr:graph/reference`` graph)."""
    return sorted(reference_dir().glob("*.ttl"))


@functools.cache
def reference_triples() -> tuple[ox.Triple, ...]:
    """Every triple of the reference files, parsed once, in a stable order."""
    triples: set[ox.Triple] = set()
    for path in reference_paths():
        triples.update(ox.parse(path=str(path), format=ox.RdfFormat.TURTLE))
    return tuple(sorted(triples, key=str))


def reference_quads() -> tuple[ox.Quad, ...]:
    """The reference triples placed in their own named graph ``kgr:graph/reference``."""
    graph = ox.NamedNode(REFERENCE_GRAPH)
    return tuple(ox.Quad(t.subject, t.predicate, t.object, graph) for t in reference_triples())


def normalise(name: str) -> str:
    """Key for exact alias lookup: case-folded, dashes and spaces unified, trademark signs dropped."""
    text = name.replace("®", "").replace("™", "")
    for apostrophe in _APOSTROPHES[1:]:
        text = text.replace(apostrophe, "'")
    for dash in _DASHES:
        text = text.replace(dash, "-")
    text = re.sub(r"\s*-\s*", "-", text)
    return " ".join(text.split()).casefold()


@dataclass(frozen=True)
class Entry:
    """One reference entity: its ref (kind ``non-entity`` for blocked names), preferred and other names."""

    kind: str
    key: str
    pref_label: str
    labels: tuple[str, ...]
    hidden: tuple[str, ...]

    @property
    def ref(self) -> EntityRef:
        return EntityRef(self.kind, self.key)


@quick_init
@dataclass(frozen=True)
class Match:
    """An alias found in a text: ``text[start:end]`` names ``entry``; ``ocr`` when found by a damaged spelling."""

    start: int
    end: int
    printed: str
    entry: Entry
    ocr: bool = False


class Gazetteer:
    """All reference names, for lookup (``resolve``) and for finding names in running text (``scan``)."""

    def __init__(self, entries: list[Entry]) -> None:
        self.entries = sorted(entries, key=lambda e: (e.kind, e.key))
        self._by_alias: dict[str, set[Entry]] = {}
        for entry in self.entries:
            for label in (entry.pref_label, *entry.labels, *entry.hidden):
                self._by_alias.setdefault(normalise(label), set()).add(entry)
                if is_code_like(label):
                    self._by_alias.setdefault(compact(label).casefold(), set()).add(entry)
        codes = {
            label: entry
            for entry in self.entries
            if entry.kind != NON_ENTITY
            for label in (entry.pref_label, *entry.labels)
        }
        self._ocr = ConfusableIndex(codes)
        self._by_ref: dict[tuple[str, str], Entry] = {}
        for entry in self.entries:
            self._by_ref.setdefault((entry.kind, entry.key), entry)
        self._company_words: dict[int, list[tuple[Entry, str]]] = {}
        for entry in self.entries:
            if entry.kind == "company":
                for label in (entry.pref_label, *entry.labels):
                    if " " not in label:
                        self._company_words.setdefault(len(label), []).append((entry, label))
        # Each company's name without its legal form and industry or country words ("Bayer Schering" for
        # "Bayer Schering Pharma AG"), when no other company's name gives the same.
        bases: dict[str, set[Entry]] = {}
        for entry in self.entries:
            if entry.kind == "company":
                for label in (entry.pref_label, *entry.labels):
                    base = company_base_key(label)
                    if base:
                        bases.setdefault(base, set()).add(entry)
        self._company_bases = {base: next(iter(found)) for base, found in bases.items() if len(found) == 1}
        # Answers by name: the extractor asks about the same names (the filer, its compounds) many times.
        self._lookups: dict[str, Entry | None] = {}
        self._ocr_lookups: dict[str, Entry | None] = {}
        self._pattern = self._compile()
        # ``scan`` tries ``_pattern`` only where an alias may start (see ``_places``).
        self._starts = _starts_pattern(
            {label for entry in self.entries for label in (entry.pref_label, *entry.labels, *entry.hidden)}
        )

    def by_ref(self, ref: EntityRef) -> Entry | None:
        """The reference entry of ``ref``, if the reference knows it."""
        # A dict, not a scan: the extractor asks once per name found, and a long filing names thousands.
        return self._by_ref.get((ref.kind, ref.key))

    def company_by_base(self, name: str) -> Entry | None:
        """The reference company ``name`` is a form of, by the name without its legal form and its
        industry or country words (``kg.text.company_base``): "Bayer Schering" and "Bayer Schering Pharma
        GmbH" are forms of Bayer Schering Pharma; "Bayer" is not. None when no company, or several, fit."""
        base = company_base_key(name)
        return self._company_bases.get(base) if base else None

    def lookup(self, name: str) -> Entry | None:
        """The entry ``name`` is an exact alias of (ignoring case, spacing, hyphens, a plural ``s``)."""
        if name not in self._lookups:
            if len(self._lookups) >= _MAX_REMEMBERED:
                self._lookups.clear()  # a bound on memory over a long build
            self._lookups[name] = self._lookup(name)
        return self._lookups[name]

    def _lookup(self, name: str) -> Entry | None:
        keys = [normalise(name)]
        if is_code_like(name):
            keys.append(compact(name).casefold())
        keys.extend(k[:-1] for k in list(keys) if k.endswith("s"))
        for key in keys:
            found = self._by_alias.get(key, set())
            if len(found) == 1:
                return next(iter(found))
        return None

    def resolve(self, name: str) -> EntityRef | None:
        """The entity ``name`` means, exactly or through an OCR-damaged code spelling; None if unsure."""
        entry = self.lookup(name) or self.lookup_ocr(name)
        if entry is None or entry.kind == NON_ENTITY:
            return None
        return entry.ref

    def lookup_ocr(self, name: str) -> Entry | None:
        """The one entry a damaged spelling fits: code names by confusables, long company names by one letter."""
        if name not in self._ocr_lookups:
            if len(self._ocr_lookups) >= _MAX_REMEMBERED:
                self._ocr_lookups.clear()
            self._ocr_lookups[name] = self._lookup_ocr(name)
        return self._ocr_lookups[name]

    def _lookup_ocr(self, name: str) -> Entry | None:
        entry: Entry | None = self._ocr.lookup(name)
        if entry is not None:
            return entry
        # close_word needs equal lengths: only the one-word company names of the name's length.
        fits = {e for e, label in self._company_words.get(len(name), ()) if close_word(name, label)}
        return next(iter(fits)) if len(fits) == 1 else None

    def is_non_entity(self, name: str) -> bool:
        """True when ``name`` is a listed conference, exchange, regulator, agency or wire service."""
        entry = self.lookup(name)
        return entry is not None and entry.kind == NON_ENTITY

    def _compile(self) -> re.Pattern[str]:
        """One alternation of every alias, longest first, with flexible separators inside names."""
        parts: list[str] = []
        seen: set[str] = set()
        labels = {
            label for entry in self.entries for label in (entry.pref_label, *entry.labels, *entry.hidden)
        }
        for label in sorted(labels, key=lambda s: (-len(s), s)):
            body = _alias_regex(label)
            if body not in seen:
                seen.add(body)
                parts.append(body)
        return cached_compile(_NAME_BEFORE + "(?:" + "|".join(parts) + ")" + _NAME_AFTER)

    def scan(
        self, text: str, start: int = 0, end: int | None = None, folded: str | None = None
    ) -> Iterator[Match]:
        """Every reference name in ``text[start:end]``, non-overlapping, longest match at each place.

        Acronyms written in capitals (``ASH``, ``MM``, ``SCLC``) match only in capitals; other names match
        in any case. ``folded`` is ``kg.text.fold_case(text)``, for a caller scanning many parts of one
        text (it is computed for the part otherwise).
        """
        end = len(text) if end is None else end
        pos = start
        for at in self._places(text, start, end, folded):
            if at < pos:
                continue  # inside the name found last
            found = self._pattern.match(text, at, end)
            if found is None:
                continue
            printed = found.group(0)
            entry = self.lookup(printed)
            if entry is not None:
                yield Match(found.start(), found.end(), printed, entry)
                pos = found.end()

    def _places(self, text: str, start: int, end: int, folded: str | None) -> Iterator[int]:
        """Offsets in ``text[start:end]``, in order, among which are all those where an alias may start.

        Searching with the alternation of every alias tries all of them at each word, one character at
        a time (its letters match in any case). A pattern of the first few characters of every alias,
        run on the text case-folded (``_starts_pattern``), finds the few places where one may start,
        and ``scan`` tries the alternation there only. Where no alias can match, the alternation finds
        nothing either, so the names found are the ones a search would find.
        """
        if self._starts is None:  # an alias with no character to start with: try every place
            yield from range(start, end)
        elif folded is None:
            for place in self._starts.finditer(fold_case(text[start:end])):
                yield start + place.start()
        else:
            for place in self._starts.finditer(folded, start, end):
                yield place.start()


#: How many answers ``lookup`` and ``lookup_ocr`` remember.
_MAX_REMEMBERED = 50_000
#: What may not stand right before and right after a name found in running text.
_NAME_BEFORE = r"(?<![\w@.-])"
_NAME_AFTER = r"(?![\w@]|\.\w)"
#: The separators ``_alias_regex`` lets vary inside a name: spaces and every dash ``normalise`` unifies.
_SEPARATOR = r"[\s\-" + _DASHES + "]"
#: An apostrophe in an alias, as a regex: any of the look-alikes ``normalise`` reads as one.
_APOSTROPHE = "[" + _APOSTROPHES + "]"


def _starts_pattern(labels: set[str]) -> re.Pattern[str] | None:
    """Where, in case-folded text (``kg.text.fold_case``), one of the aliases ``labels`` may start: at
    the first few characters of one of them, after no word character. None when an alias has no
    character to start with.

    The openings are merged into a tree (one branch per first character, then per second…), so the
    pattern rejects most places after a look at one or two characters. The look-behind only knows
    ASCII word characters: folding makes no other character one, so no place is missed (the alias
    pattern then checks the real look-behind).
    """
    openings = []
    for label in labels:
        opening = _opening(label)
        if not opening:
            return None
        openings.append(opening)
    # A look-ahead: the match is empty, so ``finditer`` reports every place, overlapping ones too.
    return cached_compile(r"(?<![a-z0-9_@.-])(?=" + tree_regex(openings) + ")")


def _opening(label: str, length: int = 5) -> list[str]:
    """The regexes of the first ``length`` elements (characters, separators) that ``_alias_regex(label)``
    matches, as they read in case-folded text: whatever it matches starts with a match of them.

    Folding turns an ASCII letter, in any case, into its lower case, and changes no other ASCII
    character and no separator. Other characters (which folding may change) are taken as any one.
    """
    code = is_code_like(label)
    elements: list[str] = []
    for index, chunk in enumerate(c for c in re.split(_SEPARATOR + "+", label) if c):
        if len(elements) >= length:
            break
        if index:
            elements.append(_SEPARATOR + ("?" if code else "+"))
        elements.extend(_opening_char(char) for char in chunk)
    return elements[:length]


def _opening_char(char: str) -> str:
    """The regex of one character of an alias as ``_alias_regex`` matches it, in case-folded text."""
    if char in _APOSTROPHES:
        return _APOSTROPHE
    return re.escape(char.lower()) if char.isascii() else r"[\s\S]"


def _chunk_regex(chunk: str) -> str:
    """The regex of a part of an alias between separators: its characters as printed, an apostrophe as
    any of its look-alikes ("non-Hodgkin's" matches "non-Hodgkin’s")."""
    return "".join(_APOSTROPHE if char in _APOSTROPHES else re.escape(char) for char in chunk)


def _alias_regex(label: str) -> str:
    """Regex for one alias: separators flexible, trailing plural ``s`` allowed on word names."""
    chunks = [_chunk_regex(c) for c in re.split(_SEPARATOR + "+", label) if c]
    sep = _SEPARATOR + "?" if is_code_like(label) else _SEPARATOR + "+"
    body = sep.join(chunks)
    if is_code_like(label):
        return "(?i:" + body + ")"
    if label.isupper():
        return body  # acronyms (ASH, MM, SCLC) only in capitals
    return "(?i:" + body + ")" + ("s?" if label[-1].isalpha() else "")


@functools.cache
def gazetteer() -> Gazetteer:
    """The gazetteer of the bundled reference data (loaded once per process)."""
    return Gazetteer(_entries(reference_triples()))


def resolve(name: str) -> EntityRef | None:
    """Shortcut: ``gazetteer().resolve(name)``."""
    return gazetteer().resolve(name)


def _entries(triples: tuple[ox.Triple, ...]) -> list[Entry]:
    kinds: dict[str, str] = {}
    pref: dict[str, str] = {}
    alts: dict[str, list[str]] = {}
    hidden: dict[str, list[str]] = {}
    for t in triples:
        if not isinstance(t.subject, ox.NamedNode) or isinstance(t.object, ox.Triple):
            continue
        s, p, o = t.subject.value, t.predicate.value, t.object.value
        if p == RDF_TYPE and o in _CLASS_TO_KIND:
            kinds[s] = _CLASS_TO_KIND[o]
        elif p == SKOS + "prefLabel":
            pref[s] = o
        elif p == SKOS + "altLabel":
            alts.setdefault(s, []).append(o)
        elif p == SKOS + "hiddenLabel":
            hidden.setdefault(s, []).append(o)
    entries = []
    for iri, kind in sorted(kinds.items()):
        if not iri.startswith(KGR_NS) or iri not in pref:
            continue
        key = iri[len(KGR_NS) :].split("/", 1)[1]
        names = [pref[iri], *alts.get(iri, []), *hidden.get(iri, [])]
        greek = {variant for name in names for variant in greek_letter_variants(name)} - set(names)
        entries.append(
            Entry(
                kind,
                key,
                pref[iri],
                tuple(sorted(alts.get(iri, []))),
                tuple(sorted({*hidden.get(iri, []), *greek})),
            )
        )
    return entries


#: Greek letters spelled out in reference names, as HTML releases print them ("folate receptor α").
_GREEK_LETTERS = {"alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "kappa": "κ"}
_SPELLED_GREEK = cached_compile(r"(?<=[\s-])(" + "|".join(_GREEK_LETTERS) + r")\b", re.IGNORECASE)


def greek_letter_variants(name: str) -> list[str]:
    """``name`` with its spelled-out Greek letters as the letters themselves: "folate receptor alpha"
    gives "folate receptor α" (and "folate receptor-alpha" "folate receptor-α"). Reference data lists
    the spelled form; a release typeset in HTML often prints the letter."""
    if not _SPELLED_GREEK.search(name):
        return []
    return [_SPELLED_GREEK.sub(lambda m: _GREEK_LETTERS[m.group(1).lower()], name)]
