"""Named SPARQL queries: load them, check them, bind their parameters, run them, return plain rows.

A named query is one ``kg/queries/<name>.rq`` file. Its first lines are ``#`` comments: the question
it answers in one line, then one ``# param: name — meaning`` line per parameter. A parameter line may
end with a parenthesis giving its type and whether it is required, e.g.
``# param: date — report dates before this one count (date, required)``. Types: ``string`` (the
default), ``date``, ``integer``, ``decimal``, ``iri``.

Parameters are bound as RDF terms through the engine's own binding mechanism (pyoxigraph's
``substitutions``, rdflib's ``initBindings``); no value is ever pasted into query text. An optional
parameter left out is bound to the empty string, which the queries read as "all". pyoxigraph only
substitutes variables the query projects, so every parameter also appears in the SELECT clause.

Every query is checked before it reaches an engine (:func:`check_query`): it must parse, must be a
query (not an update: ``LOAD``, ``INSERT`` … are refused) and must not reach outside the graph
(``SERVICE`` anywhere in its algebra, or ``FROM``/``FROM NAMED`` naming a graph the store does not
hold). pyoxigraph and the ``oxigraph`` server would otherwise fetch such addresses themselves.
The verdicts on the shipped queries' exact texts are kept in ``kg/queries/checked.json`` (a test
keeps it equal to a fresh check), so ``kg query NAME`` does not parse them again in every process.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import hashlib
import io
import json
import re
from collections.abc import Container, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import pyoxigraph as ox

from kg.errors import UsageError
from kg.mapping import PREFIXES
from kg.pattern_cache import cached_compile

if TYPE_CHECKING:
    import rdflib

QUERIES_DIR = Path(__file__).parent / "queries"
#: The check's verdict on each shipped query, by the sha256 of its text (see ``shipped_checks``).
SHIPPED_CHECKS = QUERIES_DIR / "checked.json"
XSD = "http://www.w3.org/2001/XMLSchema#"
PARAM_TYPES = ("string", "date", "integer", "decimal", "iri")
FORMATS = ("table", "csv", "tsv", "json")

#: A cell of a result row: IRIs and strings as ``str``, typed literals as Python values, unbound as None.
Value = str | int | Decimal | float | bool | dt.date | None
QueryForm = Literal["select", "ask", "construct", "describe"]

_PARAM_LINE = cached_compile(
    r"^#\s*param:\s*(?P<name>[A-Za-z_][A-Za-z0-9_]*)\s*(?:—|–|-{1,2}|:)\s*(?P<rest>.*)$"
)
_PARAM_OPTIONS = cached_compile(r"\(([^()]*)\)\s*$")
_NAME = cached_compile(r"^[a-z0-9][a-z0-9-]*$")
_IRI_FORBIDDEN = cached_compile(r'[\s<>"{}|^`\\]')


class QuerySyntaxError(UsageError):
    """The SPARQL text does not parse; the message gives the line and column."""


class QueryRefused(UsageError):
    """The query would reach outside the graph (``SERVICE``, remote ``FROM``) or change it (an update)."""


@dataclass(frozen=True)
class Param:
    """One declared parameter of a named query (a ``# param:`` line)."""

    name: str
    description: str
    type: str = "string"
    required: bool = False


@dataclass(frozen=True)
class NamedQuery:
    """A query with its one-line question and declared parameters."""

    name: str
    description: str
    text: str
    params: tuple[Param, ...] = ()
    path: Path | None = None

    def param(self, name: str) -> Param | None:
        return next((p for p in self.params if p.name == name), None)


@dataclass
class QueryResult:
    """What a query returned: ``variables`` and ``rows`` of plain values (one tuple per solution).

    ``terms`` keeps the RDF terms behind each cell (pyoxigraph terms, or None when unbound) so the
    result can be written as SPARQL results JSON without losing datatypes. ASK gives one row with
    one boolean in the variable ``ask``; CONSTRUCT and DESCRIBE give rows of subject, predicate, object.
    """

    form: QueryForm
    variables: list[str]
    rows: list[tuple[Value, ...]] = field(default_factory=list)
    terms: list[tuple[Any, ...]] = field(default_factory=list)
    truncated: bool = False

    def dicts(self) -> list[dict[str, Value]]:
        """Rows as dictionaries (variable → value), unbound variables left out."""
        return [
            {v: c for v, c in zip(self.variables, row, strict=True) if c is not None} for row in self.rows
        ]


# -- loading ------------------------------------------------------------------------------------


def parse_header(text: str, name: str, path: Path | None = None) -> NamedQuery:
    """Read a query file's leading ``#`` lines: the question (first line), then ``# param:`` lines."""
    description = ""
    params: list[Param] = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        if not line.startswith("#"):
            break
        match = _PARAM_LINE.match(line)
        if match:
            params.append(_param(match.group("name"), match.group("rest").strip(), name))
        elif not description:
            description = line.lstrip("#").strip()
    return NamedQuery(name=name, description=description, text=text, params=tuple(params), path=path)


def _param(name: str, rest: str, query_name: str) -> Param:
    ptype, required = "string", False
    options = _PARAM_OPTIONS.search(rest)
    if options:
        words = [w.strip().lower() for w in options.group(1).split(",")]
        if all(w in PARAM_TYPES or w in ("required", "optional") for w in words):
            rest = rest[: options.start()].rstrip()
            ptype = next((w for w in words if w in PARAM_TYPES), "string")
            required = "required" in words
    return Param(name=name, description=rest, type=ptype, required=required)


def list_queries(directory: Path = QUERIES_DIR) -> list[NamedQuery]:
    """Every named query in ``directory``, sorted by name."""
    return [
        parse_header(path.read_text(encoding="utf-8"), path.stem, path)
        for path in sorted(directory.glob("*.rq"))
    ]


def query_names(directory: Path = QUERIES_DIR) -> list[str]:
    return sorted(path.stem for path in directory.glob("*.rq"))


def load_query(spec: str, directory: Path = QUERIES_DIR) -> NamedQuery:
    """A query by name (``stage-history``) or by the path of a ``.rq`` file."""
    if spec.endswith(".rq") or "/" in spec or "\\" in spec:
        path = Path(spec)
        if not path.is_file():
            raise UsageError(f"no query file at {path}")
        return parse_header(path.read_text(encoding="utf-8"), path.stem, path)
    if not _NAME.match(spec) or not (directory / f"{spec}.rq").is_file():
        raise UsageError(f"unknown query {spec!r}; valid names: {', '.join(query_names(directory))}")
    path = directory / f"{spec}.rq"
    return parse_header(path.read_text(encoding="utf-8"), spec, path)


def inline_query(text: str) -> NamedQuery:
    """A query given on the command line; ``# param:`` lines in it are honoured like a file's."""
    return parse_header(text, "inline")


# -- parameters ---------------------------------------------------------------------------------


def bind_params(query: NamedQuery, values: Mapping[str, str]) -> dict[str, ox.NamedNode | ox.Literal]:
    """Turn ``--param name=value`` strings into RDF terms of each parameter's declared type.

    Unknown names and missing required parameters are usage errors naming the valid parameters. An
    inline query without declarations accepts any name as a string parameter.
    """
    declared = {p.name: p for p in query.params}
    bound: dict[str, ox.NamedNode | ox.Literal] = {}
    for name, value in values.items():
        param = declared.get(name)
        if param is None:
            if query.params or query.path is not None:
                valid = ", ".join(sorted(declared)) or "none"
                raise UsageError(f"query {query.name!r} has no parameter {name!r}; its parameters: {valid}")
            param = Param(name=name, description="")
        bound[name] = _term(param, value)
    missing = [p.name for p in query.params if p.required and p.name not in bound]
    if missing:
        raise UsageError(
            f"query {query.name!r} needs --param {missing[0]}=… ({declared[missing[0]].description})"
        )
    # An optional parameter left out is bound to "" (meaning "all"): queries test ``STR(?p) = ""``
    # because pyoxigraph's substitutions leave BOUND(?p) false even for a substituted variable.
    for param in query.params:
        if param.name not in bound:
            bound[param.name] = ox.Literal("")
    return bound


def _term(param: Param, value: str) -> ox.NamedNode | ox.Literal:
    """One parameter value as an RDF term; a value that is not of the declared type is a usage error."""
    try:
        if param.type == "date":
            return ox.Literal(dt.date.fromisoformat(value).isoformat(), datatype=ox.NamedNode(XSD + "date"))
        if param.type == "integer":
            return ox.Literal(str(int(value)), datatype=ox.NamedNode(XSD + "integer"))
        if param.type == "decimal":
            return ox.Literal(str(Decimal(value)), datatype=ox.NamedNode(XSD + "decimal"))
    except (ValueError, InvalidOperation):
        raise UsageError(f"--param {param.name}={value!r}: expected a {param.type}") from None
    if param.type == "iri":
        return ox.NamedNode(expand_iri(value, param.name))
    return ox.Literal(value)


def expand_iri(value: str, name: str = "iri") -> str:
    """``<…>``, ``kgr:compound/x`` (any prefix of the graph) or an absolute IRI, as a full IRI."""
    text = value.strip()
    if text.startswith("<") and text.endswith(">"):
        text = text[1:-1]
    else:
        prefix, sep, local = text.partition(":")
        if sep and prefix in PREFIXES and not local.startswith("//"):
            text = PREFIXES[prefix] + local
    if not re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:", text) or _IRI_FORBIDDEN.search(text):
        raise UsageError(f"--param {name}={value!r}: expected an IRI (<https://…> or kgr:…)")
    return text


# -- checking -----------------------------------------------------------------------------------


def check_query(text: str, allowed_graphs: Container[str] | None = None) -> QueryForm:
    """Parse ``text`` and refuse it unless it is a query that stays inside the graph; return its form.

    Raises :class:`QuerySyntaxError` (with line and column) for text that is not SPARQL, and
    :class:`QueryRefused` for an update, a ``SERVICE`` clause anywhere, or a ``FROM``/``FROM NAMED``
    whose graph is not in ``allowed_graphs`` (all are refused when it is None).
    """
    shipped = shipped_checks().get(hashlib.sha256(text.encode("utf-8")).hexdigest())
    form, clauses = shipped if shipped is not None else _check(text)
    for kind, iri in clauses:
        if allowed_graphs is None or iri not in allowed_graphs:
            raise QueryRefused(
                f"{kind} <{iri}> is refused: only the graph's own named graphs can be named "
                "(the default graph is already the union of all of them)"
            )
    return form


@functools.cache
def shipped_checks() -> dict[str, tuple[QueryForm, tuple[tuple[str, str], ...]]]:
    """The check's verdict (form, ``FROM`` clauses) on each shipped named query, by the sha256 of its
    exact text: rdflib's parser takes up to half a second on one, in every ``kg query`` process.
    Only these exact texts are trusted; any other text, an edited query included, is checked."""
    try:
        data = json.loads(SHIPPED_CHECKS.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {
        digest: (entry["form"], tuple((kind, iri) for kind, iri in entry["clauses"]))
        for digest, entry in data.items()
    }


def write_shipped_checks(directory: Path = QUERIES_DIR, path: Path = SHIPPED_CHECKS) -> None:
    """Check every named query of ``directory`` afresh and write the verdicts to ``path``."""
    verdicts = {}
    for named in list_queries(directory):
        form, clauses = _check(named.text)
        verdicts[hashlib.sha256(named.text.encode("utf-8")).hexdigest()] = {
            "query": named.name,
            "form": form,
            "clauses": [list(c) for c in clauses],
        }
    path.write_text(json.dumps(dict(sorted(verdicts.items())), indent=1) + "\n", encoding="utf-8")


@functools.lru_cache(maxsize=512)
def _check(text: str) -> tuple[QueryForm, tuple[tuple[str, str], ...]]:
    """The query's form and its ``FROM``/``FROM NAMED`` clauses, once it has been parsed and checked
    for updates and ``SERVICE``; remembered: rdflib's parser takes 0.2–0.4 s on a named query."""
    from pyparsing import ParseBaseException
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate

    try:
        parsed = parseQuery(text)
    except ParseBaseException as exc:
        if _is_update(text, parseUpdate):
            raise QueryRefused(
                "updates are refused: the graph is read-only (use SELECT, ASK, CONSTRUCT or DESCRIBE)"
            ) from None
        raise QuerySyntaxError(
            f"malformed SPARQL at line {exc.lineno}, column {exc.col}: {exc.msg}"
        ) from None
    except Exception as exc:  # rdflib raises a few non-pyparsing errors (an undefined prefix …)
        raise QuerySyntaxError(f"malformed SPARQL: {exc}") from None
    tree = _algebra(parsed)
    if any(node == "ServiceGraphPattern" for node in _node_names(tree)):
        raise QueryRefused(
            "SERVICE is refused: queries run on the local graph only and never fetch from other hosts"
        )
    return _FORMS.get(getattr(parsed[1], "name", ""), "select"), tuple(_dataset_clauses(parsed))


_FORMS: dict[str, QueryForm] = {
    "SelectQuery": "select",
    "AskQuery": "ask",
    "ConstructQuery": "construct",
    "DescribeQuery": "describe",
}


def _is_update(text: str, parse_update: Any) -> bool:
    try:
        parse_update(text)
    except Exception:
        return False
    return True


def _algebra(parsed: Any) -> Any:
    """The query's algebra; when rdflib cannot translate a query the parse tree is inspected instead."""
    from rdflib.plugins.sparql.algebra import translateQuery

    try:
        return translateQuery(parsed).algebra
    except Exception:
        return parsed


def _node_names(node: Any) -> Iterator[str]:
    """Names of every algebra (or parse-tree) node below ``node``."""
    from rdflib.plugins.sparql.parserutils import CompValue

    stack = [node]
    seen: set[int] = set()
    while stack:
        item = stack.pop()
        if id(item) in seen:
            continue
        seen.add(id(item))
        if isinstance(item, CompValue):
            yield item.name
            stack.extend(item.values())
        elif isinstance(item, Mapping):
            stack.extend(item.values())
        elif isinstance(item, (list, tuple)) or type(item).__name__ == "ParseResults":
            stack.extend(item)


def _dataset_clauses(parsed: Any) -> Iterator[tuple[str, str]]:
    # CompValue.get returns the key itself for a missing key, hence the ``in`` tests
    query = parsed[1]
    for clause in query["datasetClause"] if "datasetClause" in query else ():  # noqa: SIM401
        if "default" in clause:
            yield "FROM", str(clause["default"])
        if "named" in clause:
            yield "FROM NAMED", str(clause["named"])


def materialize_union(store: ox.Store) -> ox.Store:
    """Copy every triple of the named graphs into the default graph (once), and return the store.

    SPARQL's union default graph is a set of triples, but pyoxigraph's ``use_default_graph_as_union``
    (and the server's ``--union-default-graph``) repeat a triple once per named graph holding it: a
    company or period named by 200 filings matched 200 times, so joins multiplied and counts were
    wrong. A materialised default graph is a true set; the named graphs stay for ``GRAPH`` queries.
    """
    if not _has_default_triples(store):
        store.bulk_extend(
            [
                ox.Quad(q.subject, q.predicate, q.object, ox.DefaultGraph())
                for q in store
                if q.graph_name != ox.DefaultGraph()
            ]
        )
    return store


def _has_default_triples(store: ox.Store) -> bool:
    return next(iter(store.quads_for_pattern(None, None, None, ox.DefaultGraph())), None) is not None


def load_query_store(path: Path | None = None) -> ox.Store:
    """The graph file (default ``graphs/graph.trig``) loaded for querying: named graphs plus their union."""
    from kg.graphio import load_store

    return materialize_union(load_store(path))


class StoreGraphs:
    """The store's named graphs as a container asked one IRI at a time: listing the ten thousand
    graphs of a large store on every query cost more than most selective queries."""

    def __init__(self, store: ox.Store) -> None:
        self.store = store

    def __contains__(self, iri: object) -> bool:
        try:
            return isinstance(iri, str) and self.store.contains_named_graph(ox.NamedNode(iri))
        except ValueError:  # not an IRI pyoxigraph accepts: not one of the store's graphs either
            return False


# -- running ------------------------------------------------------------------------------------


def run_query(
    store: ox.Store,
    query: NamedQuery | str,
    params: Mapping[str, str] | None = None,
    max_rows: int | None = None,
) -> QueryResult:
    """Check ``query``, bind ``params`` and run it with pyoxigraph over the union of all named graphs.

    Give it a store from :func:`load_query_store`: with a plain :func:`kg.graphio.load_store` store the
    union falls back to pyoxigraph's, which repeats triples held by several named graphs.
    """
    named = inline_query(query) if isinstance(query, str) else query
    bindings = bind_params(named, params or {})
    form = check_query(named.text, StoreGraphs(store))
    # Not run here: rdflib's parser (in the check) leaves this frame in reference cycles that the
    # garbage collector frees later on whatever thread it runs, and pyoxigraph's result iterators
    # must be dropped on the thread that made them. _execute's frame is not in those cycles.
    return _execute(store, named.text, form, bindings, max_rows)


def _execute(
    store: ox.Store,
    text: str,
    form: QueryForm,
    bindings: Mapping[str, ox.NamedNode | ox.Literal],
    max_rows: int | None,
) -> QueryResult:
    """Run checked query ``text`` on ``store`` and collect its rows; the result iterator is dropped
    here, on the calling thread, so only plain values and terms leave."""
    try:
        answer = store.query(
            text,
            # a store with a materialised union (load_query_store) is queried as it is
            use_default_graph_as_union=not _has_default_triples(store),
            substitutions={ox.Variable(k): v for k, v in bindings.items()},
        )
    except SyntaxError as exc:
        raise QuerySyntaxError(f"malformed SPARQL: {exc}") from None
    except RuntimeError as exc:  # a parameter the query does not project cannot be substituted
        raise UsageError(f"cannot bind parameters {sorted(bindings)}: {exc}") from None
    try:
        return _collect_ox(form, answer, max_rows)
    finally:
        del answer  # also when collecting fails: the exception's traceback keeps this frame alive


def _collect_ox(form: QueryForm, answer: Any, max_rows: int | None) -> QueryResult:
    if form == "ask":
        value = bool(answer)
        return QueryResult(
            form,
            ["ask"],
            [(value,)],
            [(ox.Literal("true" if value else "false", datatype=ox.NamedNode(XSD + "boolean")),)],
        )
    if form in ("construct", "describe"):
        result = QueryResult(form, ["subject", "predicate", "object"])
        for triple in answer:
            if _full(result, max_rows):
                break
            cells = (triple.subject, triple.predicate, triple.object)
            result.terms.append(cells)
            result.rows.append(tuple(_plain_ox(t) for t in cells))
        return result
    variables = [v.value for v in answer.variables]
    result = QueryResult(form, variables)
    for solution in answer:
        if _full(result, max_rows):
            break
        cells = tuple(solution[v] for v in variables)
        result.terms.append(cells)
        result.rows.append(tuple(_plain_ox(t) for t in cells))
    return result


def _full(result: QueryResult, max_rows: int | None) -> bool:
    if max_rows is not None and len(result.rows) >= max_rows:
        result.truncated = True
        return True
    return False


def run_query_rdflib(
    dataset: rdflib.Dataset, query: NamedQuery | str, params: Mapping[str, str] | None = None
) -> QueryResult:
    """The same query on rdflib's own SPARQL engine: the reference the fast engine is checked against."""
    import rdflib

    named = inline_query(query) if isinstance(query, str) else query
    bindings = {k: _to_rdflib(v) for k, v in bind_params(named, params or {}).items()}
    graphs = {str(g.identifier) for g in dataset.graphs() if isinstance(g.identifier, rdflib.URIRef)}
    form = check_query(named.text, graphs)
    answer = dataset.query(named.text, initBindings=bindings)
    if form == "ask":
        return QueryResult(form, ["ask"], [(bool(answer.askAnswer),)])
    if form in ("construct", "describe"):
        triples: Iterable[Any] = answer
        rows = [tuple(_plain_rdflib(t) for t in triple) for triple in triples]
        return QueryResult(form, ["subject", "predicate", "object"], rows)
    variables = [str(v) for v in answer.vars or ()]
    solutions: Iterable[Any] = answer
    rows = [tuple(_plain_rdflib(row[v]) for v in variables) for row in solutions]
    return QueryResult(form, variables, rows)


def _to_rdflib(term: ox.NamedNode | ox.Literal) -> Any:
    import rdflib

    if isinstance(term, ox.NamedNode):
        return rdflib.URIRef(term.value)
    if term.datatype.value == XSD + "string":
        # a plain literal, as the graph's strings are in rdflib: one typed xsd:string would match none of them
        return rdflib.Literal(term.value)
    return rdflib.Literal(term.value, datatype=rdflib.URIRef(term.datatype.value))


# -- plain values -------------------------------------------------------------------------------

_INTEGER_TYPES = {
    XSD + t
    for t in (
        "integer", "int", "long", "short", "byte", "nonNegativeInteger", "positiveInteger",
        "nonPositiveInteger", "negativeInteger", "unsignedInt", "unsignedLong", "unsignedShort", "unsignedByte",
    )
}  # fmt: skip


def plain(kind: str, lexical: str, datatype: str | None = None) -> Value:
    """A term as a plain Python value: IRIs and strings as ``str``, numbers, booleans and dates typed."""
    if kind != "literal" or not datatype:
        return lexical
    try:
        if datatype in _INTEGER_TYPES:
            return int(lexical)
        if datatype == XSD + "decimal":
            return Decimal(lexical)
        if datatype in (XSD + "double", XSD + "float"):
            return float(lexical)
        if datatype == XSD + "boolean":
            return lexical in ("true", "1")
        if datatype == XSD + "date":
            return dt.date.fromisoformat(lexical)
    except (ValueError, InvalidOperation):
        return lexical
    return lexical


def _plain_ox(term: Any) -> Value:
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return plain("iri", term.value)
    if isinstance(term, ox.BlankNode):
        return plain("bnode", f"_:{term.value}")
    if isinstance(term, ox.Literal):
        return plain("literal", term.value, term.datatype.value if term.language is None else None)
    return str(term)


def _plain_rdflib(term: Any) -> Value:
    import rdflib

    if term is None:
        return None
    if isinstance(term, rdflib.URIRef):
        return plain("iri", str(term))
    if isinstance(term, rdflib.BNode):
        return plain("bnode", f"_:{term}")
    if isinstance(term, rdflib.Literal):
        datatype = str(term.datatype) if term.datatype else (None if term.language else XSD + "string")
        return plain("literal", str(term), datatype)
    return str(term)


# -- output -------------------------------------------------------------------------------------


def compact(iri: str) -> str:
    """``kgr:compound/x`` for an IRI under one of the graph's prefixes, else the IRI itself."""
    best = ""
    for prefix, namespace in PREFIXES.items():
        if iri.startswith(namespace) and len(namespace) > len(PREFIXES.get(best, "")):
            best = prefix
    return f"{best}:{iri[len(PREFIXES[best]) :]}" if best else iri


def _text(value: Value, short: bool = False) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str) and short and "://" in value:
        return compact(value)
    return str(value)


def format_result(result: QueryResult, fmt: str = "table") -> str:
    """The result as an aligned text table, CSV, TSV or SPARQL 1.1 results JSON."""
    if fmt == "table":
        return _table(result)
    if fmt in ("csv", "tsv"):
        out = io.StringIO()
        writer = csv.writer(out, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        writer.writerow(result.variables)
        writer.writerows([_text(c) for c in row] for row in result.rows)
        return out.getvalue()
    if fmt == "json":
        return json.dumps(results_json(result), ensure_ascii=False, indent=1) + "\n"
    raise UsageError(f"unknown format {fmt!r}; valid formats: {', '.join(FORMATS)}")


def _table(result: QueryResult) -> str:
    header = result.variables
    body = [[_text(c, short=True).replace("\n", " ") for c in row] for row in result.rows]
    widths = [max([len(h)] + [len(r[i]) for r in body]) for i, h in enumerate(header)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in body]
    lines.append(
        f"({len(body)} row{'s' if len(body) != 1 else ''}{', truncated' if result.truncated else ''})"
    )
    return "\n".join(lines) + "\n"


def results_json(result: QueryResult) -> dict[str, Any]:
    """SPARQL 1.1 Query Results JSON (W3C format) of a SELECT or ASK result; triples as bindings."""
    if result.form == "ask":
        return {"head": {}, "boolean": bool(result.rows[0][0])}
    bindings = []
    terms = result.terms or [tuple(_term_from_plain(c) for c in row) for row in result.rows]
    for row in terms:
        bindings.append(
            {v: _json_term(t) for v, t in zip(result.variables, row, strict=True) if t is not None}
        )
    return {"head": {"vars": result.variables}, "results": {"bindings": bindings}}


def _json_term(term: Any) -> dict[str, str]:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != XSD + "string":
            out["datatype"] = term.datatype.value
        return out
    return {"type": "literal", "value": str(term)}


def _term_from_plain(value: Value) -> Any:
    if value is None:
        return None
    return ox.Literal(_text(value))
