"""Check a built graph against the SHACL shapes of ``ontology/shapes.ttl``.

``validate_shapes`` runs pySHACL on the union of everything it is given (a TriG dataset's named
graphs are merged first: the shapes describe the union, and an evidence node in one filing's graph
points at an extractor typed in another). It returns a ``ShapeReport`` whose violations are plain
strings, sorted, so two runs on the same graph give the same report. It never prints.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import total_ordering
from pathlib import Path

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.graph import ConjunctiveGraph
from rdflib.namespace import RDF, SH
from rdflib.term import Node

from kg.errors import GraphError
from kg.resources import ontology_dir

SHAPES_FILE = "shapes.ttl"
#: Files of ``ontology/`` that ``include_ontology=True`` adds to the data (concepts.ttl when present).
ONTOLOGY_FILES = ("kg.ttl", "concepts.ttl")
#: Longest rendering of a blank focus node before it is cut short.
_MAX_BLANK_TEXT = 500


@total_ordering
@dataclass(frozen=True)
class Violation:
    """One SHACL result: which node, which property path, what was expected, how serious.

    ``focus_node`` and ``path`` are full IRIs (``path`` is None for node-level constraints such as
    ``sh:xone``); a blank focus node is described by its properties, since its label is not stable.
    ``severity`` is ``Violation``, ``Warning`` or ``Info``. ``value`` is the offending value, if any;
    ``component`` the local name of the SHACL constraint component (``MinCountConstraintComponent``).
    """

    focus_node: str
    path: str | None
    message: str
    severity: str
    value: str | None = None
    component: str = ""

    def sort_key(self) -> tuple[str, str, str, str, str, str]:
        """Focus node, path, message, severity, value, component: missing ones sort first."""
        return (
            self.focus_node,
            self.path or "",
            self.message,
            self.severity,
            self.value or "",
            self.component,
        )

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Violation):
            return NotImplemented
        return self.sort_key() < other.sort_key()

    def line(self) -> str:
        """One human-readable line: ``Violation: <focus> <path>: message``."""
        where = f"<{self.focus_node}>" if not self.focus_node.startswith("[") else self.focus_node
        if self.path:
            where += f" <{self.path}>"
        value = f" (value: {self.value})" if self.value is not None else ""
        return f"{self.severity}: {where}: {self.message}{value}"


@dataclass(frozen=True)
class ShapeReport:
    """Outcome of a SHACL run: ``conforms`` and every result, sorted."""

    conforms: bool
    violations: list[Violation] = field(default_factory=list)

    def paths(self) -> set[str]:
        """The property paths named by the results (for quick checks of what failed)."""
        return {v.path for v in self.violations if v.path is not None}

    def lines(self) -> list[str]:
        """The report as text lines, one per result."""
        return [v.line() for v in self.violations]


def load_shapes(folder: Path | None = None) -> Graph:
    """Parse ``shapes.ttl`` from ``folder`` (default: the bundled ontology folder)."""
    path = (folder or ontology_dir()) / SHAPES_FILE
    return _parse(path)


def validate_shapes(
    data: Graph,
    *,
    include_ontology: bool = False,
    shapes: Graph | None = None,
) -> ShapeReport:
    """Validate ``data`` (a Graph, or a Dataset whose named graphs are merged) against the shapes.

    ``include_ontology`` adds ``kg.ttl`` (and ``concepts.ttl``) to the data first, for graphs that
    hold only filing triples: the phase, unit and concept individuals they point at are typed there.
    ``shapes`` replaces the bundled shapes graph (tests, experiments).
    """
    import pyshacl  # imported here: it is slow to import and only validation needs it

    union = _union(data, copy=include_ontology)
    if include_ontology:
        for name in ONTOLOGY_FILES:
            path = ontology_dir() / name
            if path.is_file():
                union += _parse(path)
    shapes_graph = shapes if shapes is not None else load_shapes()
    conforms, results, _text = pyshacl.validate(
        union,
        shacl_graph=shapes_graph,
        inference="none",
        advanced=True,
        abort_on_first=False,
        allow_infos=True,
        allow_warnings=True,
    )
    if not isinstance(results, Graph):  # pyshacl returns a Graph unless asked for serialised output
        raise TypeError(f"pyshacl returned {type(results).__name__}, expected a results graph")
    violations = sorted(
        _violation(results, union, node) for node in results.subjects(RDF.type, SH.ValidationResult)
    )
    return ShapeReport(conforms=bool(conforms), violations=violations)


def _parse(path: Path) -> Graph:
    if not path.is_file():
        raise GraphError(f"expected a Turtle file at {path}, found none")
    graph = Graph()
    try:
        graph.parse(path, format="turtle")
    except Exception as err:  # rdflib raises many parser-specific types; report them as one
        raise GraphError(f"{path} does not parse as Turtle: {err}") from err
    return graph


def _union(data: Graph, *, copy: bool) -> Graph:
    """One plain graph with every triple of ``data``: pySHACL would check a dataset graph by graph.

    A plain graph is used as it is unless ``copy`` (the caller's graph is never modified).
    """
    if not isinstance(data, ConjunctiveGraph) and not copy:
        return data
    union = Graph()
    if isinstance(data, ConjunctiveGraph):
        # A Dataset's triples() reads only its default graph; quads() reads them all.
        for s, p, o, _ctx in data.quads((None, None, None, None)):
            union.add((s, p, o))
    else:
        union += data
    return union


def _violation(results: Graph, data: Graph, node: Node) -> Violation:
    """Turn one ``sh:ValidationResult`` node into a ``Violation`` of plain strings."""
    focus = results.value(node, SH.focusNode)
    path = results.value(node, SH.resultPath)
    messages = sorted(str(m) for m in results.objects(node, SH.resultMessage))
    severity = results.value(node, SH.resultSeverity)
    component = results.value(node, SH.sourceConstraintComponent)
    value = results.value(node, SH.value)
    return Violation(
        focus_node=_node_text(focus, data),
        path=_path_text(path, results) if path is not None else None,
        message="; ".join(messages) or _local_name(component),
        severity=_local_name(severity) or "Violation",
        value=_node_text(value, data) if value is not None else None,
        component=_local_name(component),
    )


def _local_name(node: Node | None) -> str:
    if node is None:
        return ""
    text = str(node)
    return text.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _node_text(node: Node | None, data: Graph) -> str:
    """An IRI or literal as text; a blank node as ``[p1 o1; p2 o2]`` from the data, which is stable."""
    if node is None:
        return ""
    if isinstance(node, URIRef | Literal):
        return str(node)
    pairs = sorted(
        f"<{p}> {o.n3() if not isinstance(o, BNode) else '[]'}" for p, o in data.predicate_objects(node)
    )
    text = "[" + "; ".join(pairs) + "]"
    return text if len(text) <= _MAX_BLANK_TEXT else text[: _MAX_BLANK_TEXT - 4] + " …]"


def _path_text(path: Node, results: Graph) -> str:
    """A SHACL property path as text: an IRI, ``^<iri>`` for an inverse path, ``a / b`` for a sequence."""
    if isinstance(path, URIRef):
        return str(path)
    inverse = results.value(path, SH.inversePath)
    if inverse is not None:
        return "^" + _path_text(inverse, results)
    if results.value(path, RDF.first) is not None:
        return " / ".join(_path_text(step, results) for step in Collection(results, path))
    for key, suffix in ((SH.zeroOrMorePath, "*"), (SH.oneOrMorePath, "+"), (SH.zeroOrOnePath, "?")):
        inner = results.value(path, key)
        if inner is not None:
            return "(" + _path_text(inner, results) + ")" + suffix
    alternatives = results.value(path, SH.alternativePath)
    if alternatives is not None:
        return " | ".join(_path_text(step, results) for step in Collection(results, alternatives))
    return "<complex path>"
