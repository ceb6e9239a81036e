"""The typed networkx graph, the analyses and the report: on the seed graph and on a synthetic one.

The synthetic graph is made of two small press releases of a fictitious company, mapped to RDF by the
real mapping, so every expected figure below can be checked by hand against the text.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from decimal import Decimal
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kg import mapping
from kg.analyze import (
    analyze,
    centrality,
    financial_trends,
    partner_network,
    pipeline_progression,
    target_landscape,
)
from kg.build import BuildReport
from kg.cli import main
from kg.corpus import Document, document_from_bytes
from kg.model import EntityRef, FilingInfo, FinancialFact, Mention, Period, Relation, StatusObservation
from kg.netgraph import load_networkx, to_networkx
from kg.report import write_report
from kg.resources import ontology_dir

KGR = "https://w3id.org/filings-kg/id/"
IMMUNOGEN = KGR + "company/immunogen"
ACME, BIG, MID = (EntityRef("company", k) for k in ("acme-bio", "bigpharma", "midpharma"))
AB101, AB202 = EntityRef("compound", "ab-101"), EntityRef("compound", "ab-202")
HER2 = EntityRef("target", "her2")
BREAST = EntityRef("indication", "breast-cancer")
DEAL = EntityRef("agreement", "acme-bio-bigpharma-license")
JANE = EntityRef("person", "jane-roe")

JULY = """ACME BIO REPORTS SECOND QUARTER RESULTS
CAMBRIDGE, MA, July 28, 2010 - Acme Bio today announced results for the quarter ended June 30, 2010.
Acme Bio and Bigpharma signed a license agreement covering AB-101.
AB-101, which targets HER2, is in Phase I testing in breast cancer.
Revenues were $2.0 million for the quarter.
Cash and marketable securities were $100.0 million at June 30, 2010.
Contact: Jane Roe, Chief Financial Officer, Acme Bio
"""
OCTOBER = """ACME BIO REPORTS THIRD QUARTER RESULTS
CAMBRIDGE, MA, October 28, 2010 - Acme Bio today announced results for the quarter ended September 30, 2010.
AB-101 advanced to Phase II testing in breast cancer.
Bigpharma and Midpharma develop AB-202.
Revenues were $3.0 million, against $1.5 million a year earlier; second-quarter revenues were restated to $2.1 million.
License and milestone fees were $1.0 million and royalty revenue $2.0 million.
Net cash used in operating activities was $15.0 million and the net loss $12.0 million.
Cash and marketable securities were $90.0 million at September 30, 2010.
"""


def _ev(doc: Document, quote: str):
    start = doc.text.index(quote)
    return doc.evidence(start, start + len(quote), "test")


def _fact(doc: Document, concept: str, quote: str, value: int, start: str | None, end: str) -> FinancialFact:
    period = (
        Period(start=dt.date.fromisoformat(start), end=dt.date.fromisoformat(end))
        if start
        else Period(instant=dt.date.fromisoformat(end))
    )
    return FinancialFact(
        concept=concept,
        period=period,
        value=Decimal(value),
        unit="USD",
        decimals=-5,
        fiscal_year=2010,
        fiscal_period="instant" if start is None else "Q3",
        label=quote,
        statement="Narrative",
        evidence=(_ev(doc, quote),),
    )


def _july() -> set[ox.Quad]:
    doc = document_from_bytes("acme-2010-07-28.txt", JULY.encode())
    m = mapping.FilingMapper("acme-bio-2010-07-28-press-release")
    m.filing_info(
        FilingInfo("press release", dt.date(2010, 7, 28), ACME, "Acme Bio", _ev(doc, "Acme Bio")),
        doc.name,
        doc.sha256,
    )
    m.mention(Mention(ACME, "Acme Bio", _ev(doc, "Acme Bio")))
    m.relation(Relation(ACME, "partner", BIG, _ev(doc, "Acme Bio and Bigpharma signed a license agreement")))
    m.relation(Relation(DEAL, "party", ACME, _ev(doc, "Acme Bio and Bigpharma signed a license agreement")))
    m.relation(Relation(DEAL, "party", BIG, _ev(doc, "Acme Bio and Bigpharma signed a license agreement")))
    m.relation(Relation(DEAL, "covers", AB101, _ev(doc, "license agreement covering AB-101")))
    m.relation(Relation(AB101, "targets", HER2, _ev(doc, "AB-101, which targets HER2")))
    m.relation(
        Relation(
            AB101,
            "developedBy",
            ACME,
            _ev(doc, "Acme Bio and Bigpharma signed a license agreement covering AB-101"),
        )
    )
    m.relation(Relation(JANE, "worksFor", ACME, _ev(doc, "Jane Roe, Chief Financial Officer, Acme Bio")))
    m.status(
        StatusObservation(AB101, "PhaseI", _ev(doc, "is in Phase I testing in breast cancer"), BREAST),
        dt.date(2010, 7, 28),
    )
    m.financial_fact(
        _fact(doc, "Revenues", "Revenues were $2.0 million", 2_000_000, "2010-04-01", "2010-06-30"), ACME
    )
    m.financial_fact(
        _fact(
            doc,
            "CashCashEquivalentsAndMarketableSecurities",
            "$100.0 million",
            100_000_000,
            None,
            "2010-06-30",
        ),
        ACME,
    )
    return m.quads


def _october() -> set[ox.Quad]:
    doc = document_from_bytes("acme-2010-10-28.txt", OCTOBER.encode())
    m = mapping.FilingMapper("acme-bio-2010-10-28-press-release")
    m.filing_info(
        FilingInfo("press release", dt.date(2010, 10, 28), ACME, "Acme Bio", _ev(doc, "Acme Bio")),
        doc.name,
        doc.sha256,
    )
    m.relation(Relation(AB202, "developedBy", BIG, _ev(doc, "Bigpharma and Midpharma develop AB-202")))
    m.relation(Relation(AB202, "developedBy", MID, _ev(doc, "Bigpharma and Midpharma develop AB-202")))
    m.status(
        StatusObservation(AB101, "PhaseII", _ev(doc, "AB-101 advanced to Phase II testing"), BREAST),
        dt.date(2010, 10, 28),
    )
    m.financial_fact(
        _fact(doc, "Revenues", "Revenues were $3.0 million", 3_000_000, "2010-07-01", "2010-09-30"), ACME
    )
    m.financial_fact(
        _fact(doc, "Revenues", "$1.5 million a year earlier", 1_500_000, "2009-07-01", "2009-09-30"), ACME
    )
    m.financial_fact(
        _fact(doc, "Revenues", "restated to $2.1 million", 2_100_000, "2010-04-01", "2010-06-30"), ACME
    )
    m.financial_fact(
        _fact(
            doc,
            "LicenseAndMilestoneFees",
            "License and milestone fees were $1.0 million",
            1_000_000,
            "2010-07-01",
            "2010-09-30",
        ),
        ACME,
    )
    m.financial_fact(
        _fact(doc, "RoyaltyRevenue", "royalty revenue $2.0 million", 2_000_000, "2010-07-01", "2010-09-30"),
        ACME,
    )
    m.financial_fact(
        _fact(doc, "NetCashProvidedByUsedInOperatingActivities", "Net cash used in operating activities was $15.0 million",
              -15_000_000, "2010-07-01", "2010-09-30"),
        ACME,
    )  # fmt: skip
    m.financial_fact(
        _fact(doc, "NetIncomeLoss", "the net loss $12.0 million", -12_000_000, "2010-07-01", "2010-09-30"),
        ACME,
    )
    m.financial_fact(
        _fact(
            doc, "CashCashEquivalentsAndMarketableSecurities", "$90.0 million", 90_000_000, None, "2010-09-30"
        ),
        ACME,
    )
    return m.quads


def synthetic_store() -> ox.Store:
    """The two Acme releases, the ontology (phases, concepts) and labels, as one store."""
    store = ox.Store()
    for name in ("kg.ttl", "concepts.ttl"):
        store.load(
            path=str(ontology_dir() / name), format=ox.RdfFormat.TURTLE, to_graph=mapping.GRAPH_ONTOLOGY
        )
    store.extend(_july() | _october())
    labels = {ACME: "Acme Bio", BIG: "Bigpharma", MID: "Midpharma", AB101: "AB-101", AB202: "AB-202", HER2: "HER2",
              BREAST: "breast cancer", DEAL: "Acme Bio–Bigpharma license", JANE: "Jane Roe"}  # fmt: skip
    store.extend(mapping.entity_label_quads(labels, {}))
    return store


@pytest.fixture(scope="module")
def acme():
    return to_networkx(synthetic_store())


@pytest.fixture(scope="module")
def seed_graph(seed_build: tuple[Path, BuildReport]):
    return load_networkx(seed_build[0] / "graph.trig")


# -- the typed graph -----------------------------------------------------------------------------


def test_seed_graph_has_one_node_per_entity_and_no_document_nodes(seed_build, seed_graph) -> None:
    store = ox.Store()
    store.load(path=str(seed_build[0] / "graph.trig"), format=ox.RdfFormat.TRIG)
    classes = " ".join(
        f"kg:{c}"
        for c in (
            "Company",
            "Person",
            "Compound",
            "Target",
            "Payload",
            "Indication",
            "ClinicalTrial",
            "Agreement",
        )
    )
    query = f"PREFIX kg: <https://w3id.org/filings-kg/ontology#> SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE {{ ?e a ?c VALUES ?c {{ {classes} }} }}"
    expected = int(next(iter(store.query(query, use_default_graph_as_union=True)))["n"].value)
    assert seed_graph.number_of_nodes() == expected
    assert not [n for n in seed_graph if "/filing/" in n or "/evidence/" in n or "/period/" in n]
    assert set(seed_graph.graph["filings"]) == {
        KGR + "filing/immunogen-2003-05-08-8-k",
        KGR + "filing/immunogen-2005-11-03-8-k",
        KGR + "filing/immunogen-2010-10-28-press-release",
    }


def test_seed_graph_folds_names_identifiers_and_evidence_into_attributes(seed_graph) -> None:
    imgn = seed_graph.nodes[IMMUNOGEN]
    assert imgn["cls"] == "Company"
    assert imgn["label"] == "ImmunoGen"
    assert "ImmunoGen, Inc." in imgn["labels"]
    assert {"scheme": "ticker", "value": "IMGN", "href": None} in imgn["identifiers"]
    assert imgn["first_seen"] == "2003-05-08"
    lorvo = seed_graph.nodes[KGR + "compound/lorvotuzumab-mertansine"]
    assert {"IMGN901", "huN901-DM1", "BB-10901"} <= set(lorvo["labels"])
    edge = seed_graph.edges[KGR + "person/gregg-d-beloff", IMMUNOGEN, "worksFor"]
    assert (
        edge["evidence"][0]["quote"] == "Gregg D. Beloff Chief Financial Officer and Vice President, Finance"
    )
    assert edge["evidence"][0]["line"] == 53
    assert edge["evidence"][0]["date"] == "2003-05-08"
    assert edge["first_seen"] == "2003-05-08"


# -- analyses on the seed graph ------------------------------------------------------------------


def test_the_filer_is_the_most_central_entity_of_the_seed_graph(seed_graph) -> None:
    result = centrality(seed_graph)
    top = result["by_degree"][0]
    assert top["id"] == IMMUNOGEN
    assert "Gregg D. Beloff" in top["connections"]["worksFor"]
    assert "Mitchel Sayare" in top["connections"]["worksFor"]


def test_seed_partner_network_holds_the_ownership_links_the_filings_name(seed_graph) -> None:
    network = partner_network(seed_graph)
    pairs = {(link["a_label"], link["b_label"]) for link in network["links"]}
    assert ("Centocor", "Johnson & Johnson") in pairs
    assert ("Genentech", "Roche") in pairs
    for community in network["communities"]:
        assert community == sorted(community, key=lambda m: m["id"])


def test_seed_partner_network_holds_the_partners_the_filings_name(seed_graph) -> None:
    partners = set(partner_network(seed_graph)["partners_of_filers"][IMMUNOGEN])
    # 2003: "collaborations with Boehringer Ingelheim, Millennium Pharmaceuticals, Genentech, and Abgenix";
    # 2005: "agreements with Biogen Idec and Centocor"; 2010: "our new collaboration with Novartis".
    assert {"Boehringer Ingelheim", "Millennium Pharmaceuticals", "Genentech", "Abgenix"} <= partners
    assert {"Biogen Idec", "Centocor", "Novartis", "sanofi-aventis"} <= partners
    assert "Rx Communications Group" not in partners  # a media contact's agency is no partner


def test_seed_runway_follows_from_the_cash_and_burn_facts(seed_graph) -> None:
    runway = financial_trends(seed_graph)[IMMUNOGEN]["runway"]
    facts = {f["fact"]: f for f in seed_graph.graph["facts"]}
    cash, burn = facts[runway["cash_fact"]], facts[runway["burn_fact"]]
    assert (cash["instant"], cash["value"]) == ("2010-09-30", "94942000")  # the 2010 release's balance sheet
    assert burn["end"] == "2010-09-30" and Decimal(burn["value"]) < 0
    assert runway["quarters"] == round(94942000 / -float(burn["value"]), 1)
    assert runway["months"] == round(runway["quarters"] * 3, 1)


# -- analyses on the synthetic graph -------------------------------------------------------------


def test_centrality_puts_the_filer_first_and_says_what_links_it(acme) -> None:
    top = centrality(acme)["by_degree"][0]
    assert top["label"] == "Acme Bio"
    assert top["connections"]["partner"] == ["Bigpharma"]
    assert top["connections"]["worksFor"] == ["Jane Roe"]


def test_partner_network_links_partners_agreements_and_shared_compounds(acme) -> None:
    network = partner_network(acme)
    links = {(link["a_label"], link["b_label"]): link["kinds"] for link in network["links"]}
    assert links[("Acme Bio", "Bigpharma")] == {
        "agreement": ["Acme Bio–Bigpharma license"],
        "compound": ["AB-101"],
        "partner": [],
    }
    assert links[("Bigpharma", "Midpharma")] == {"compound": ["AB-202"]}
    assert ("Acme Bio", "Midpharma") not in links
    members = sorted(m["label"] for c in network["communities"] for m in c)
    assert members == ["Acme Bio", "Bigpharma", "Midpharma"]
    assert network["partners_of_filers"][KGR + "company/acme-bio"] == ["Bigpharma"]


def test_target_landscape_gives_latest_stage_and_developer(acme) -> None:
    (her2,) = target_landscape(acme)
    assert her2["label"] == "HER2"
    (compound,) = her2["compounds"]
    assert compound["label"] == "AB-101"
    assert compound["developers"] == ["Acme Bio"]
    assert compound["latest_stage"]["phase"] == "PhaseII"
    assert compound["latest_stage"]["as_of"] == "2010-10-28"
    assert compound["latest_stage"]["indications"] == ["breast cancer"]


def test_pipeline_progression_reports_the_advance_between_filings(acme) -> None:
    (ab101,) = pipeline_progression(acme)
    assert [(t["as_of"], t["phase"]) for t in ab101["timeline"]] == [
        ("2010-07-28", "PhaseI"),
        ("2010-10-28", "PhaseII"),
    ]
    assert ab101["changes"] == [
        {"from": "PhaseI", "to": "PhaseII", "between": ["2010-07-28", "2010-10-28"], "direction": "advanced"}
    ]
    assert ab101["timeline"][1]["evidence"][0]["quote"] == "AB-101 advanced to Phase II testing"


def test_financial_trends_use_the_latest_statement_and_compute_changes(acme) -> None:
    trends = financial_trends(acme)[KGR + "company/acme-bio"]
    revenues = {p["period"]: p for p in trends["series"]["Revenues"]}
    q2 = revenues["2010-04-01--2010-06-30"]
    assert q2["value"] == "2100000" and q2["restated"] is True  # the October restatement wins
    q3 = revenues["2010-07-01--2010-09-30"]
    assert q3["qoq"] == {"change": "900000", "change_pct": 42.9}  # 3.0 against the restated 2.1
    assert q3["yoy"] == {"change": "1500000", "change_pct": 100.0}  # 3.0 against 1.5
    (mix,) = [m for m in trends["revenue_mix"] if m["period"] == "2010-07-01--2010-09-30"]
    assert mix["parts"] == {"LicenseAndMilestoneFees": "1000000", "RoyaltyRevenue": "2000000"}
    assert mix["shares_pct"] == {"LicenseAndMilestoneFees": 33.3, "RoyaltyRevenue": 66.7}
    assert [(c["period"], c["value"]) for c in trends["cash"]] == [
        ("2010-06-30", "100000000"),
        ("2010-09-30", "90000000"),
    ]
    assert trends["cash"][1]["qoq"] == {"change": "-10000000", "change_pct": -10.0}


def test_cash_runway_follows_from_the_cash_and_burn_facts(acme) -> None:
    runway = financial_trends(acme)[KGR + "company/acme-bio"]["runway"]
    # $90.0 million of cash at September 30, 2010 over $15.0 million used in operations that quarter.
    assert runway["as_of"] == "2010-09-30"
    assert runway["cash"] == "90000000"
    assert runway["burn_concept"] == "NetCashProvidedByUsedInOperatingActivities"
    assert runway["quarterly_burn"] == "15000000"
    assert runway["quarters"] == 6.0
    assert runway["months"] == 18.0


# -- report and CLI ------------------------------------------------------------------------------


def test_report_is_byte_identical_across_runs_and_reads_well(acme, tmp_path: Path) -> None:
    first = write_report(analyze(acme), tmp_path / "a")
    second = write_report(analyze(acme), tmp_path / "b")
    names = sorted(p.name for p in first)
    assert names == sorted(p.name for p in second)
    assert {
        "analysis.json",
        "report.md",
        "centrality.png",
        "partners.png",
        "pipeline.png",
        "cash-acme-bio.png",
    } <= set(names)
    for path in first:
        assert (
            hashlib.sha256(path.read_bytes()).digest()
            == hashlib.sha256((tmp_path / "b" / path.name).read_bytes()).digest()
        )
    png = (tmp_path / "a" / "centrality.png").read_bytes()
    assert png.startswith(b"\x89PNG") and b"matplotlib" not in png and b"tIME" not in png
    report = (tmp_path / "a" / "report.md").read_text()
    assert "Cash runway: 6.0 quarters (18.0 months)" in report
    assert "![Partner network](partners.png)" in report
    data = json.loads((tmp_path / "a" / "analysis.json").read_text())
    assert data["summary"]["entities_per_class"]["Company"] == 3


def test_cli_analyze_writes_report_of_seed_graph(seed_build, tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["analyze", str(seed_build[0] / "graph.trig"), "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    data = json.loads((tmp_path / "analysis.json").read_text())
    assert data["centrality"]["by_degree"][0]["label"] == "ImmunoGen"
    assert (tmp_path / "report.md").read_text().startswith("# Knowledge-graph analysis")


def test_cli_analyze_missing_graph_is_one_error_line(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["analyze", str(tmp_path / "none.trig"), "--out", str(tmp_path)])
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [
        f"Error: no graph at {tmp_path / 'none.trig'}: run `kg build` first, or pass a .trig/.ttl file"
    ]


@pytest.mark.parametrize("command", ["analyze", "explore"])
def test_help(command: str) -> None:
    result = CliRunner().invoke(main, [command, "--help"])
    assert result.exit_code == 0
    assert "GRAPH" in result.output
