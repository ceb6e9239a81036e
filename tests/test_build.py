"""The end-to-end build of the default corpus: outputs, determinism, filing nodes, people."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import rdflib

from kg.build import build
from kg.vocab import KG, KGR

FILINGS = {
    "immunogen-2003-05-08-8-k": ("2003-05-08", "8-K", "002_e454553eec5db317.txt"),
    "immunogen-2005-11-03-8-k": ("2005-11-03", "8-K", "000_0cfe5a6103b22458.txt"),
    "immunogen-2010-10-28-press-release": ("2010-10-28", "press release", "003_102ef10e00e41432.txt"),
}


def test_outputs_parse_in_rdflib_and_pyoxigraph(seed_build) -> None:
    out, report = seed_build
    assert [p.name for p in report.outputs] == ["graph.ttl", "graph.trig"]
    turtle = rdflib.Graph().parse(out / "graph.ttl", format="turtle")
    dataset = rdflib.Dataset()
    dataset.parse(out / "graph.trig", format="trig")
    store = ox.Store()
    store.bulk_load(path=str(out / "graph.trig"), format=ox.RdfFormat.TRIG)
    assert len(turtle) == report.total_triples
    # The union of the named graphs is exactly the Turtle export.
    union = {(s, p, o) for s, p, o, _ in dataset.quads((None, None, None, None))}
    assert union == set(turtle)
    graph_names = {str(g.value) for g in store.named_graphs()}
    assert {str(KGR[f"filing/{key}"]) for key in FILINGS} <= graph_names
    assert {
        str(KGR["graph/ontology"]),
        str(KGR["graph/reference"]),
        str(KGR["graph/entities"]),
    } <= graph_names


def test_build_is_byte_identical_twice_and_from_another_directory(seed_build, tmp_path: Path) -> None:
    out, _ = seed_build
    again = tmp_path / "again"
    build(out_dir=again)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    subprocess.run(
        [sys.executable, "-m", "kg.cli", "build", "--out", "out"],
        cwd=elsewhere,
        check=True,
        capture_output=True,
    )
    for name in ("graph.ttl", "graph.trig"):
        reference = (out / name).read_bytes()
        assert (again / name).read_bytes() == reference
        assert (elsewhere / "out" / name).read_bytes() == reference


def test_committed_graphs_are_what_build_produces(seed_build) -> None:
    out, _ = seed_build
    committed = Path(__file__).resolve().parent.parent / "graphs"
    for name in ("graph.ttl", "graph.trig"):
        assert (committed / name).read_bytes() == (out / name).read_bytes(), (
            f"graphs/{name} is stale: run `kg build`"
        )


def test_filing_nodes(seed_dataset) -> None:
    rows = seed_dataset.query(
        """SELECT ?f ?date ?form ?source ?filer WHERE {
             ?f a kg:Filing ; kg:reportDate ?date ; kg:formType ?form ; dcterms:source ?source ; kg:filer ?filer }""",
        initNs={"kg": KG._NS, "dcterms": rdflib.DCTERMS},
    )
    found = {
        str(r.f).rsplit("/", 1)[1]: (r.date.toPython(), str(r.form), str(r.source), str(r.filer))
        for r in rows
    }
    assert found == {
        key: (dt.date.fromisoformat(date), form, source, str(KGR["company/immunogen"]))
        for key, (date, form, source) in FILINGS.items()
    }


def test_company_identifiers(seed_dataset) -> None:
    company = rdflib.URIRef(KGR["company/immunogen"])
    values = {
        str(p).rsplit("#", 1)[1]: str(o)
        for p, o in seed_dataset.predicate_objects(company)
        if str(p).startswith(str(KG._NS)) and not isinstance(o, rdflib.URIRef)
    }
    assert values == {
        "ticker": "IMGN",
        "exchange": "Nasdaq",
        "secFileNumber": "0-17999",
        "irsEmployerId": "04-2726691",
        "stateOfIncorporation": "Massachusetts",
        "address": "128 Sidney Street, Cambridge, MA 02139",
        "telephone": "(617) 995-2500",
        "fiscalYearEnd": "--06-30",
    }


def test_people_with_titles_per_filing(seed_dataset) -> None:
    rows = seed_dataset.query(
        """SELECT ?name ?title ?filing WHERE {
             ?p a kg:Person ; skos:prefLabel ?name ; kg:position ?title .
             ?st rdf:subject ?p ; rdf:predicate kg:position ; rdf:object ?title ; kg:evidence/kg:inFiling ?filing }""",
        initNs={"kg": KG._NS, "skos": rdflib.namespace.SKOS, "rdf": rdflib.RDF},
    )
    found = {(str(r.name), str(r.title), str(r.filing).rsplit("/", 1)[1]) for r in rows}
    assert found == {
        (
            "Gregg D. Beloff",
            "Chief Financial Officer and Vice President, Finance",
            "immunogen-2003-05-08-8-k",
        ),
        ("Mitchel Sayare", "Chairman and CEO", "immunogen-2003-05-08-8-k"),
        (
            "Carol Hausner",
            "Senior Director, Investor Relations and Corporate Communications",
            "immunogen-2003-05-08-8-k",
        ),
        (
            "Karleen M. Oberton",
            "Senior Corporate Controller (Principal Accounting Officer)",
            "immunogen-2005-11-03-8-k",
        ),
        ("Mitchel Sayare", "Chairman and CEO", "immunogen-2005-11-03-8-k"),
        (
            "Carol Hausner",
            "Executive Director, Investor Relations and Corporate Communications",
            "immunogen-2005-11-03-8-k",
        ),
        ("Daniel Junius", "President and CEO", "immunogen-2010-10-28-press-release"),
        ("Gregory Perry", "Senior Vice President and CFO", "immunogen-2010-10-28-press-release"),
    }


def test_every_evidence_quote_is_the_source_text_at_its_offsets(seed_dataset, seed_docs) -> None:
    docs = {doc.name: doc for doc in seed_docs.values()}
    rows = seed_dataset.query(
        """SELECT ?source ?start ?end ?line ?quote WHERE {
             ?e a kg:Evidence ; kg:inFiling/dcterms:source ?source ; kg:charStart ?start ; kg:charEnd ?end ;
                kg:line ?line ; kg:quote ?quote }""",
        initNs={"kg": KG._NS, "dcterms": rdflib.DCTERMS},
    )
    checked = 0
    for row in rows:
        doc = docs[str(row.source)]
        assert doc.text[int(row.start) : int(row.end)] == str(row.quote)
        assert doc.line_of(int(row.start)) == int(row.line)
        checked += 1
    assert checked > 40


def test_no_blank_nodes_for_entities(seed_build) -> None:
    out, _ = seed_build
    assert "_:" not in (out / "graph.ttl").read_text(encoding="utf-8").replace('"_:', "")


def test_build_skips_bad_files_and_goes_on(tmp_path: Path, seed_docs) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a_good.txt").write_text(seed_docs["2010"].text, encoding="utf-8")
    (corpus / "b_empty.txt").write_bytes(b"")
    (corpus / "c_image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    (corpus / "d_copy.txt").write_text(seed_docs["2010"].text, encoding="utf-8")
    report = build([corpus], tmp_path / "out")
    assert [(f.source, f.skipped) for f in report.filings] == [
        ("a_good.txt", None),
        ("b_empty.txt", "empty file"),
        ("c_image.txt", "binary file (a PNG image)"),
        ("d_copy.txt", "same content as a_good.txt"),
    ]
    assert (tmp_path / "out" / "graph.ttl").exists()
    assert not any(p.name.endswith(".tmp") for p in os.scandir(tmp_path / "out"))


def test_seed_build_keeps_the_invariants(seed_build) -> None:
    _, report = seed_build
    assert report.invariant_failures == []


def test_label_clashes_names_entities_sharing_a_preferred_label() -> None:
    from kg import mapping
    from kg.build import label_clashes

    graph = mapping.GRAPH_ENTITIES
    a, b, c = (ox.NamedNode(f"https://w3id.org/filings-kg/id/compound/{k}") for k in "abc")
    quads = [ox.Quad(x, mapping.RDF_TYPE, mapping.kg("Compound"), graph) for x in (a, b, c)]
    quads += [
        ox.Quad(x, mapping.SKOS_PREF, ox.Literal(name), graph)
        for x, name in ((a, "X-1"), (b, "X-1"), (c, "Y"))
    ]
    assert label_clashes(quads) == [
        "2 Compound entities share the preferred label 'X-1': "
        "<https://w3id.org/filings-kg/id/compound/a>, <https://w3id.org/filings-kg/id/compound/b>"
    ]
