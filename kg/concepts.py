"""The financial-concept synonym table, read from ``ontology/concepts.ttl`` (parsed once, cached).

A statement line's label ("Net income (loss)", "Shareholders' equity", "Research and development (1)")
is matched against each concept's ``skos:altLabel`` values and ``kg:labelPattern`` expressions after
both are normalised the same way: lower case, OCR symbols, footnote markers and punctuation removed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kg.resources import ontology_dir

KG = "https://w3id.org/filings-kg/ontology#"
_SKOS = "http://www.w3.org/2004/02/skos/core#"

#: Footnote markers printed after a label: "(1)", "(a)", "*", "†".
_FOOTNOTE = re.compile(r"\s*(?:\(\s*(?:\d{1,2}|[a-z])\s*\)|[*†‡]+)\s*$", re.IGNORECASE)
_NOT_WORD = re.compile(r"[^a-z0-9()]+")
#: Dot leaders between a label and its figures ("Net loss ........", "Total assets. . . ."), which
#: older typeset and Word-exported statements print: layout, not part of the label.
_LEADERS = re.compile(r"(?:\s*\.){2,}\s*$")
_EMPTY_PARENS = re.compile(r"\(\s*\)")


@dataclass(frozen=True)
class Concept:
    """One ``kg:FinancialConcept``: local name, preferred label, default unit and statement."""

    name: str
    label: str
    unit: str
    statement: str
    sign: str


def normalise_label(label: str) -> str:
    """Matching key of a label: "Research and development (1)" → "research and development";
    "(Benefit)/provision for income taxes" → "(benefit) provision for income taxes"."""
    text = label.replace("’", "'").replace("‘", "'").strip()
    previous = None
    while previous != text:
        previous = text
        text = _FOOTNOTE.sub("", text).strip().rstrip(":;,.").strip()
    text = text.lower().replace("-", " ")
    text = _NOT_WORD.sub(" ", text)
    text = _EMPTY_PARENS.sub(" ", text)
    return " ".join(text.replace("( ", "(").replace(" )", ")").split())


def clean_label(label: str) -> str:
    """The label as printed, cleaned for ``kg:asReportedLabel``: OCR symbols, footnote markers,
    trailing colons and surplus spaces removed, words and capitals kept."""
    text = label.replace("’", "'").replace("‘", "'")
    text = re.sub(r"[^\w\s()'&,./%-]", " ", text)
    previous = None
    while previous != text:
        previous = text
        text = _LEADERS.sub("", _FOOTNOTE.sub("", text)).strip().rstrip(":;").strip()
    return " ".join(text.split())


@dataclass(frozen=True)
class ConceptTable:
    """Every concept, and the lookups from normalised label to concept."""

    concepts: dict[str, Concept]
    by_label: dict[str, str]
    patterns: tuple[tuple[re.Pattern[str], str], ...]

    def match(self, label: str) -> Concept | None:
        """The concept a printed label names, or None when the table does not know it."""
        key = normalise_label(label)
        if not key:
            return None
        name = self.by_label.get(key)
        if name is None:
            name = next((n for pattern, n in self.patterns if pattern.search(key)), None)
        return self.concepts.get(name) if name else None


def _local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1]


@lru_cache(maxsize=1)
def concept_table() -> ConceptTable:
    """Parse ``concepts.ttl`` once (pyoxigraph: fast to import and parse)."""
    import pyoxigraph

    path = ontology_dir() / "concepts.ttl"
    store = pyoxigraph.Store()
    with path.open("rb") as handle:
        store.bulk_load(handle, format=pyoxigraph.RdfFormat.TURTLE)

    def select(query: str) -> pyoxigraph.QuerySolutions:
        solutions = store.query(query)
        assert isinstance(solutions, pyoxigraph.QuerySolutions)  # every query here is a SELECT
        return solutions

    rows = select(
        f"""SELECT ?c ?pref ?unit ?statement ?sign WHERE {{
              ?c a <{KG}FinancialConcept> ; <{_SKOS}prefLabel> ?pref ; <{KG}unit> ?unit ;
                 <{KG}statement> ?statement ; <{KG}signConvention> ?sign }}"""
    )
    concepts: dict[str, Concept] = {}
    for row in rows:
        name = _local(row["c"].value)
        concepts[name] = Concept(
            name=name,
            label=row["pref"].value,
            unit=_local(row["unit"].value),
            statement=_local(row["statement"].value),
            sign=row["sign"].value,
        )
    by_label: dict[str, str] = {}
    for row in select(f"SELECT ?c ?l WHERE {{ ?c <{_SKOS}altLabel>|<{_SKOS}prefLabel> ?l }}"):
        key = normalise_label(row["l"].value)
        name = _local(row["c"].value)
        if name in concepts:
            # altLabels win over prefLabels; the sort makes the choice independent of store order.
            by_label.setdefault(key, name)
    patterns = sorted(
        (row["p"].value, _local(row["c"].value))
        for row in select(f"SELECT ?c ?p WHERE {{ ?c <{KG}labelPattern> ?p }}")
    )
    return ConceptTable(
        concepts=dict(sorted(concepts.items())),
        by_label=dict(sorted(by_label.items())),
        patterns=tuple((re.compile(p), n) for p, n in patterns),
    )


def concept(name: str) -> Concept:
    """The concept named ``name`` (a ``kg:`` local name). Raises KeyError when there is none."""
    return concept_table().concepts[name]
