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
from kg.resources import ontology_dir

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
    text = name.replace("®", "").replace("™", "").replace("’", "'")
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
        self._pattern = self._compile()

    def by_ref(self, ref: EntityRef) -> Entry | None:
        """The reference entry of ``ref``, if the reference knows it."""
        # A dict, not a scan: the extractor asks once per name found, and a long filing names thousands.
        return self._by_ref.get((ref.kind, ref.key))

    def lookup(self, name: str) -> Entry | None:
        """The entry ``name`` is an exact alias of (ignoring case, spacing, hyphens, a plural ``s``)."""
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
        entry: Entry | None = self._ocr.lookup(name)
        if entry is not None:
            return entry
        fits = {
            e
            for e in self.entries
            if e.kind == "company"
            for label in (e.pref_label, *e.labels)
            if " " not in label and close_word(name, label)
        }
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
        return re.compile(r"(?<![\w@.-])(?:" + "|".join(parts) + r")(?![\w@]|\.\w)")

    def scan(self, text: str, start: int = 0, end: int | None = None) -> Iterator[Match]:
        """Every reference name in ``text[start:end]``, non-overlapping, longest match at each place.

        Acronyms written in capitals (``ASH``, ``MM``, ``SCLC``) match only in capitals; other names match
        in any case.
        """
        end = len(text) if end is None else end
        pos = start
        while pos < end:
            found = self._pattern.search(text, pos, end)
            if not found:
                return
            printed = found.group(0)
            entry = self.lookup(printed)
            if entry is not None:
                yield Match(found.start(), found.end(), printed, entry)
            pos = found.end() if entry is not None else found.start() + 1


def _alias_regex(label: str) -> str:
    """Regex for one alias: separators flexible, trailing plural ``s`` allowed on word names."""
    chunks = [re.escape(c) for c in re.split(r"[\s\-‐‑–—]+", label) if c]
    sep = r"[\s\-‐‑–—]?" if is_code_like(label) else r"[\s\-‐‑–—]+"
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
        entries.append(
            Entry(kind, key, pref[iri], tuple(sorted(alts.get(iri, []))), tuple(sorted(hidden.get(iri, []))))
        )
    return entries
