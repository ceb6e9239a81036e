"""Score a built graph against the facts a synthetic corpus must yield (``benchmarks/synth.py``).

Reads ``graph.trig`` (one named graph per filing, found by its ``dcterms:source`` file name) and
counts, per category, what the graph states correctly (true positives), wrongly (false positives)
and fails to state (false negatives). A number is right when it equals the exact figure rounded to
the precision the graph gives it (``kg:decimals``): "$4.7 million" for 4,706,000 is right; 4,800,000
is wrong. Every fact and guidance range the graph states counts: one not expected is wrong.

Distractors (``--varied-prose``): sentences printed to be refused ("Non-GAAP net loss … was $3.1
million", "Revenues … include $1.2 million of license fees", "previously expected … $60-64
million"). A figure read from one is wrong even when the graph does not show it as a value of its
own (a prose figure restating a table's is merged into the table's fact as a second evidence), so
with the corpus folder at hand every fact and range citing evidence inside a distractor counts as
wrong (in "narrative facts" or "guidance"), once per fact not already wrong for its value.
CLI: ``python benchmarks/score.py CORPUS_DIR GRAPH_DIR`` prints the table.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pyoxigraph as ox

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synth import ExpectedFiling, read_expected

KG = "https://w3id.org/filings-kg/ontology#"
KGR = "https://w3id.org/filings-kg/id/"
PREFIXES = f"""PREFIX kg: <{KG}>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX dcterms: <http://purl.org/dc/terms/>
"""

CATEGORIES = (
    "metadata", "table facts", "narrative facts", "guidance", "people", "compounds", "targets", "partners",
)  # fmt: skip


@dataclass
class Tally:
    """True positives, false positives, false negatives of one category, with examples of each error."""

    tp: int = 0  # stated and right
    fp: int = 0  # stated and wrong
    found: int = 0  # expected and stated
    fn: int = 0  # expected and not stated
    excused: int = 0  # expected, not stated, and printed damaged: a reader may decline it
    wrong: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.found / (self.found + self.fn) if self.found + self.fn else 1.0

    def add_wrong(self, what: str) -> None:
        self.fp += 1
        self.wrong.append(what)

    def add_missed(self, what: str) -> None:
        self.fn += 1
        self.missed.append(what)


@dataclass
class Score:
    """Tallies by category for a whole corpus."""

    tallies: dict[str, Tally] = field(default_factory=lambda: {c: Tally() for c in CATEGORIES})
    filings_found: int = 0
    filings_expected: int = 0
    distractors: int = 0  # distractor sentences checked (with the corpus folder given)
    distractors_cited: int = 0  # of them, cited as evidence by a fact or a guidance range

    def table(self) -> str:
        """A plain-text table: category, tp, fp, fn (and damaged figures declined), precision, recall."""
        head = (
            f"{'category':<16} {'right':>6} {'wrong':>6} {'found':>6} {'missed':>6} {'damaged':>7}"
            f" {'precision':>9} {'recall':>7}"
        )
        lines = [head]
        for name, t in self.tallies.items():
            lines.append(
                f"{name:<16} {t.tp:>6} {t.fp:>6} {t.found:>6} {t.fn:>6} {t.excused:>7}"
                f" {t.precision:>9.3f} {t.recall:>7.3f}"
            )
        return "\n".join(lines)

    def examples(self, category: str, n: int = 5) -> str:
        t = self.tallies[category]
        return f"wrong: {t.wrong[:n]}; missed: {t.missed[:n]}"


def _rows(store: ox.Store, query: str) -> list[dict[str, str]]:
    result = store.query(PREFIXES + query)
    names = [v.value for v in result.variables]  # type: ignore[union-attr]
    return [
        {name: (row[name].value if row[name] is not None else None) for name in names}  # type: ignore[misc]
        for row in result  # type: ignore[union-attr]
    ]


def load(graph_dir: Path) -> ox.Store:
    """The built dataset (``graph.trig``) in an in-memory store."""
    store = ox.Store()
    store.bulk_load(path=str(graph_dir / "graph.trig"), format=ox.RdfFormat.TRIG)
    return store


def _round(value: Decimal, decimals: int) -> Decimal:
    return value.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)


def _key(iri: str | None, kind: str) -> str | None:
    prefix = f"{KGR}{kind}/"
    return iri[len(prefix) :] if iri and iri.startswith(prefix) else None


def score(expected: Iterable[ExpectedFiling], store: ox.Store, corpus: Path | None = None) -> Score:
    """Compare the graph with the expected facts of every filing.

    ``corpus``: the folder of the filings; given, facts citing a distractor sentence count as wrong.
    """
    result = Score()
    graphs = {
        r["source"]: r["g"]
        for r in _rows(
            store, "SELECT ?g ?source WHERE { GRAPH ?g { ?g a kg:Filing ; dcterms:source ?source } }"
        )
    }
    for filing in expected:
        result.filings_expected += 1
        graph = graphs.get(filing.file)
        if graph is None:
            for t in result.tallies.values():
                t.add_missed(f"{filing.file}: no graph")
            continue
        result.filings_found += 1
        cited: dict[str, str] = {}
        if corpus is not None and filing.distractors:
            cited = _distractor_citations(store, graph, filing, corpus)
            result.distractors += len(filing.distractors)
            result.distractors_cited += len(set(cited.values()))
        _score_metadata(store, graph, filing, result.tallies["metadata"])
        _score_facts(
            store, graph, filing, result.tallies["table facts"], result.tallies["narrative facts"], cited
        )
        _score_guidance(store, graph, filing, result.tallies["guidance"], cited)
        _score_people(store, graph, filing, result.tallies["people"])
        _score_compounds(store, graph, filing, result.tallies["compounds"], result.tallies["targets"])
        _score_partners(store, graph, filing, result.tallies["partners"])
    return result


def _score_metadata(store: ox.Store, g: str, filing: ExpectedFiling, t: Tally) -> None:
    row = _rows(
        store,
        f"""SELECT ?form ?date ?filer ?ticker ?exchange ?fye WHERE {{ GRAPH <{g}> {{
              <{g}> kg:formType ?form .
              OPTIONAL {{ <{g}> kg:reportDate ?date }}
              OPTIONAL {{ <{g}> kg:filer ?filer .
                         OPTIONAL {{ ?filer kg:ticker ?ticker }} OPTIONAL {{ ?filer kg:exchange ?exchange }}
                         OPTIONAL {{ ?filer kg:fiscalYearEnd ?fye }} }} }} }}""",
    )
    got = {
        "form_type": {r["form"] for r in row},
        "report_date": {r["date"] for r in row if r["date"]},
        "filer_key": {_key(r["filer"], "company") for r in row if r["filer"]},
        "ticker": {r["ticker"] for r in row if r["ticker"]},
        "exchange": {r["exchange"] for r in row if r["exchange"]},
        "fiscal_year_end": {r["fye"] for r in row if r["fye"]},
    }
    for name, values in got.items():
        want = getattr(filing, name)
        for value in values:
            if value == want:
                t.tp += 1
            else:
                t.add_wrong(f"{filing.file}: {name} {value!r} (expected {want!r})")
        if want in values:
            t.found += 1
        else:
            t.add_missed(f"{filing.file}: {name} {want!r}")


def _distractor_citations(store: ox.Store, g: str, filing: ExpectedFiling, corpus: Path) -> dict[str, str]:
    """Facts and guidance ranges (IRIs) whose evidence overlaps a distractor of the filing's text, each
    with that distractor. Offsets are those of the text the build read (``kg.corpus.read_document``)."""
    from kg.corpus import read_document

    text = read_document(corpus / filing.file).text
    spans = []
    for distractor in filing.distractors:
        at = text.find(distractor)
        if at < 0:
            raise ValueError(f"{filing.file}: distractor not in the text: {distractor!r}")
        while at >= 0:
            spans.append((at, at + len(distractor), distractor))
            at = text.find(distractor, at + 1)
    rows = _rows(
        store,
        f"""SELECT ?f ?start ?end WHERE {{ GRAPH <{g}> {{
              VALUES ?type {{ kg:FinancialFact kg:Guidance }}
              ?f a ?type ; kg:evidence ?ev . ?ev kg:charStart ?start ; kg:charEnd ?end }} }}""",
    )
    cited: dict[str, str] = {}
    for r in rows:
        start, end = int(r["start"]), int(r["end"])
        for d_start, d_end, distractor in spans:
            if start < d_end and end > d_start:
                cited[r["f"]] = distractor
    return cited


def _score_facts(
    store: ox.Store,
    g: str,
    filing: ExpectedFiling,
    table: Tally,
    narrative: Tally,
    cited: dict[str, str] | None = None,
) -> None:
    cited = cited or {}
    rows = _rows(
        store,
        f"""SELECT ?f ?concept ?value ?unit ?decimals ?statement ?start ?end ?instant (COUNT(?ev) AS ?evidence)
            WHERE {{ GRAPH <{g}> {{
              ?f a kg:FinancialFact ; kg:concept ?concept ; kg:value ?value ; kg:unit ?unit ; kg:period ?p ;
                 kg:evidence ?ev .
              OPTIONAL {{ ?f kg:decimals ?decimals }} OPTIONAL {{ ?f kg:statement ?statement }}
              OPTIONAL {{ ?p kg:start ?start ; kg:end ?end }} OPTIONAL {{ ?p kg:instant ?instant }} }} }}
            GROUP BY ?f ?concept ?value ?unit ?decimals ?statement ?start ?end ?instant""",
    )
    # The exact figure of each (concept, period, unit): the table's. Prose figures round it.
    exact = {(f.concept, f.period_key, f.unit): Decimal(f.value) for f in filing.table_facts}
    emitted: dict[tuple[str, str, str], list[tuple[Decimal, int, str, int]]] = {}
    for r in rows:
        concept = r["concept"].rsplit("#", 1)[-1].rsplit("/", 1)[-1]
        period = r["instant"] or f"{r['start']}--{r['end']}"
        unit = r["unit"].rsplit("#", 1)[-1]
        value = Decimal(r["value"])
        decimals = int(r["decimals"]) if r["decimals"] is not None else 0
        statement = (r["statement"] or "").rsplit("#", 1)[-1]
        key = (concept, period, unit)
        emitted.setdefault(key, []).append((value, decimals, statement, int(r["evidence"])))
        tally = narrative if statement == "Narrative" else table
        want = exact.get(key)
        right = want is not None and _round(want, decimals) == value
        if right:
            tally.tp += 1
        else:
            tally.add_wrong(f"{filing.file}: {concept} {period} {value} {unit} (expected {want})")
        if r["f"] in cited and (right or tally is not narrative):
            # A right value (the table's, merged) citing a figure it must not: the prose was misread.
            narrative.add_wrong(f"{filing.file}: {concept} {period} {value} cites {cited[r['f']]!r}")
    for fact in filing.table_facts:
        key = (fact.concept, fact.period_key, fact.unit)
        if any(v == Decimal(fact.value) and s != "Narrative" for v, _, s, _ in emitted.get(key, [])):
            table.found += 1
        elif fact.damaged:
            table.excused += (
                1  # its cell was unreadable: declining it is right (stating another value is not)
            )
        else:
            table.add_missed(
                f"{filing.file} [{filing.layout}/{filing.scale}]: {fact.concept} {fact.period_key} {fact.value}"
            )
    for fact in filing.narrative_facts:
        key = (fact.concept, fact.period_key, fact.unit)
        # Found: a prose fact at the printed precision, or the table's fact citing the prose as well.
        if any(
            (s == "Narrative" and v == Decimal(fact.value)) or (v == exact.get(key) and n > 1)
            for v, _, s, n in emitted.get(key, [])
        ):
            narrative.found += 1
        else:
            narrative.add_missed(f"{filing.file}: {fact.concept} {fact.period_key} {fact.value}")


def _score_guidance(
    store: ox.Store, g: str, filing: ExpectedFiling, t: Tally, cited: dict[str, str] | None = None
) -> None:
    cited = cited or {}
    rows = _rows(
        store,
        f"""SELECT ?f ?concept ?low ?high ?start ?end ?instant WHERE {{ GRAPH <{g}> {{
              ?f a kg:Guidance ; kg:concept ?concept ; kg:low ?low ; kg:high ?high ; kg:period ?p .
              OPTIONAL {{ ?p kg:start ?start ; kg:end ?end }} OPTIONAL {{ ?p kg:instant ?instant }} }} }}""",
    )
    want = {(x.concept, x.period_key, Decimal(x.low), Decimal(x.high)) for x in filing.guidance}
    by_fact: dict[str, set[tuple[str, str, Decimal, Decimal]]] = {}
    for r in rows:
        by_fact.setdefault(r["f"], set()).add(
            (
                r["concept"].rsplit("#", 1)[-1],
                r["instant"] or f"{r['start']}--{r['end']}",
                Decimal(r["low"]),
                Decimal(r["high"]),
            )
        )
    got = {x for ranges in by_fact.values() for x in ranges}
    _compare(t, filing.file, want, got)
    for fact, ranges in by_fact.items():
        if fact in cited and ranges <= want:  # (a range not expected is wrong already)
            t.add_wrong(f"{filing.file}: {sorted(ranges, key=str)} cites {cited[fact]!r}")


def _score_people(store: ox.Store, g: str, filing: ExpectedFiling, t: Tally) -> None:
    rows = _rows(store, f"SELECT ?p ?title WHERE {{ GRAPH <{g}> {{ ?p a kg:Person ; kg:position ?title }} }}")
    got = {(_key(r["p"], "person"), r["title"]) for r in rows}
    want = {(p.key, p.title) for p in filing.people}
    _compare(t, filing.file, want, got)


def _score_compounds(
    store: ox.Store, g: str, filing: ExpectedFiling, compounds: Tally, targets: Tally
) -> None:
    rows = _rows(
        store,
        f"""SELECT ?c ?label WHERE {{ GRAPH <{g}> {{ <{g}> kg:mentions ?c . ?c a kg:Compound }}
              OPTIONAL {{ GRAPH ?any {{ ?c skos:prefLabel|skos:altLabel|skos:hiddenLabel ?label }} }} }}""",
    )
    names: dict[str, set[str]] = {}
    for r in rows:
        names.setdefault(r["c"], set()).add(_key(r["c"], "compound") or "")
        if r["label"]:
            names[r["c"]].add(r["label"])
    edges = {
        (r["c"], _key(r["t"], "target"))
        for r in _rows(store, f"SELECT ?c ?t WHERE {{ GRAPH <{g}> {{ ?c kg:targets ?t }} }}")
    }
    for compound in filing.compounds:
        wanted = {compound.names[0], *compound.names[1:]}
        slugs = {n.lower().replace(" ", "-") for n in wanted}
        iris = [c for c, labels in names.items() if labels & wanted or {x.lower() for x in labels} & slugs]
        if iris:
            compounds.tp += 1
            compounds.found += 1
        else:
            compounds.add_missed(f"{filing.file}: {compound.names}")
        found_target = {t for c, t in edges if c in iris}
        if compound.target in found_target:
            targets.tp += 1
            targets.found += 1
        else:
            targets.add_missed(f"{filing.file}: {compound.names[0]} -> {compound.target}")
        for other in found_target - {compound.target}:
            targets.add_wrong(f"{filing.file}: {compound.names[0]} -> {other}")


def _score_partners(store: ox.Store, g: str, filing: ExpectedFiling, t: Tally) -> None:
    rows = _rows(
        store,
        f"SELECT ?a ?b WHERE {{ GRAPH <{g}> {{ ?a kg:partner ?b }} }}",
    )
    got = {_key(r["b"], "company") for r in rows if _key(r["a"], "company") == filing.filer_key}
    got |= {_key(r["a"], "company") for r in rows if _key(r["b"], "company") == filing.filer_key}
    _compare(t, filing.file, set(filing.partners), {x for x in got if x})


def _compare(t: Tally, file: str, want: set[object], got: set[object]) -> None:
    t.tp += len(want & got)
    t.found += len(want & got)
    for x in sorted(got - want, key=str):
        t.add_wrong(f"{file}: {x}")
    for x in sorted(want - got, key=str):
        t.add_missed(f"{file}: {x}")


def main(argv: list[str] | None = None) -> int:
    args = argv if argv is not None else sys.argv[1:]
    if len(args) != 2:
        print("usage: python benchmarks/score.py CORPUS_DIR GRAPH_DIR", file=sys.stderr)
        return 2
    corpus, graph = Path(args[0]), Path(args[1])
    result = score(read_expected(corpus / "expected.json"), load(graph), corpus)
    print(f"filings with a graph: {result.filings_found} of {result.filings_expected}")
    if result.distractors:
        print(f"distractor sentences: {result.distractors}, cited by a fact: {result.distractors_cited}")
    print(result.table())
    for name, tally in result.tallies.items():
        if tally.wrong or tally.missed:
            print(f"\n{name}: {result.examples(name, 3)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
