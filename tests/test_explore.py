"""The explorer page: built from the seed graph plus a hostile filing, then driven in headless Chromium.

Chromium is Debian's ``/usr/bin/chromium`` driven by Playwright, offline: the page must draw every
entity, make no request beyond its own file, log no error, find a node by an alias, show a clicked
node's evidence, and show script-like names as text without running them.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kg import mapping
from kg.build import BuildReport
from kg.cli import main
from kg.corpus import document_from_bytes
from kg.explore import _escape_json, explorer_html, focus_subgraph, layout, write_explorer
from kg.model import EntityRef, FilingInfo, Mention, Relation
from kg.netgraph import to_networkx

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync",
]  # fmt: skip
IMG = "<img src=x onerror=alert(1)>"
SCRIPT = "</script><script>alert(2)</script>"
HOSTILE = f"""EVIL CORP PRESS RELEASE
January 5, 2011 - {IMG} signed an agreement.
Contact: {SCRIPT}, Chief Executive Officer
"""
EVIL_CO, EVIL_PERSON = EntityRef("company", "evil-img"), EntityRef("person", "evil-script")


def hostile_quads() -> set[ox.Quad]:
    """One filing naming a company and a person whose names are HTML and script."""
    doc = document_from_bytes("evil.txt", HOSTILE.encode())

    def ev(quote: str):
        start = doc.text.index(quote)
        return doc.evidence(start, start + len(quote), "test")

    m = mapping.FilingMapper("evil-2011-01-05-press-release")
    m.filing_info(
        FilingInfo("press release", dt.date(2011, 1, 5), EVIL_CO, IMG, ev(IMG)), doc.name, doc.sha256
    )
    m.mention(Mention(EVIL_CO, IMG, ev(IMG), alt_labels=(IMG,)))
    m.mention(Mention(EVIL_PERSON, SCRIPT, ev(SCRIPT), alt_labels=(SCRIPT,)))
    m.relation(Relation(EVIL_PERSON, "worksFor", EVIL_CO, ev(f"{SCRIPT}, Chief Executive Officer")))
    quads = set(m.quads)
    quads.update(mapping.entity_label_quads({EVIL_CO: IMG, EVIL_PERSON: SCRIPT}, {}))
    return quads


@pytest.fixture(scope="module")
def graph(seed_build: tuple[Path, BuildReport]):
    store = ox.Store()
    store.load(path=str(seed_build[0] / "graph.trig"), format=ox.RdfFormat.TRIG)
    store.extend(hostile_quads())
    return to_networkx(store)


def test_page_is_self_contained_and_escapes_filing_text(graph) -> None:
    html = explorer_html(graph)
    assert not re.search(r"<script[^>]*\bsrc=|<link\b|@import|https?://cdn", html, re.I)
    data = html.split('<script type="application/json" id="kg-data">', 1)[1].split("</script>", 1)[0]
    assert "<" not in data and ">" not in data
    payload = json.loads(data)
    assert payload["details"]["https://w3id.org/filings-kg/id/company/evil-img"]["label"] == IMG
    assert len(payload["nodes"]) == graph.number_of_nodes()
    assert "<script>alert(2)" not in html and "<img src=x" not in html
    assert _escape_json("</script>&") == '"\\u003c/script\\u003e\\u0026"'


def test_page_is_deterministic(graph) -> None:
    assert explorer_html(graph) == explorer_html(graph)


def test_layout_places_every_node_once(graph) -> None:
    positions = layout(graph)
    assert set(positions) == set(graph.nodes)
    assert len(set(positions.values())) == len(positions)


def test_focus_draws_the_neighbourhood_by_any_alias(graph) -> None:
    sub = focus_subgraph(graph, "Gregg D. Beloff", depth=1)
    assert set(sub.nodes) == {
        "https://w3id.org/filings-kg/id/person/gregg-d-beloff",
        "https://w3id.org/filings-kg/id/company/immunogen",
    }
    filer = "https://w3id.org/filings-kg/id/company/immunogen"
    around = focus_subgraph(graph, "ImmunoGen, Inc.", depth=1)
    assert set(around.nodes) == {filer, *graph.successors(filer), *graph.predecessors(filer)}
    assert "https://w3id.org/filings-kg/id/person/mitchel-sayare" in around


def test_cli_explore_unknown_focus_is_a_usage_error(seed_build, tmp_path: Path) -> None:
    result = CliRunner().invoke(
        main,
        [
            "explore",
            str(seed_build[0] / "graph.trig"),
            "--out",
            str(tmp_path / "x.html"),
            "--focus",
            "no such thing",
        ],
    )
    assert result.exit_code == 2
    assert (
        result.output.strip()
        == "Error: no entity is named 'no such thing'; pass a name, an alias or an IRI of the graph"
    )


def test_cli_explore_writes_the_page(seed_build, tmp_path: Path) -> None:
    out = tmp_path / "explorer.html"
    result = CliRunner().invoke(
        main, ["explore", str(seed_build[0] / "graph.trig"), "--out", str(out), "--focus", "Beloff"]
    )
    assert result.exit_code == 0, result.output
    assert "drew 2 entities, 1 relations" in result.output
    assert out.read_text().startswith("<!DOCTYPE html>")


def test_explorer_in_headless_chromium(graph, tmp_path: Path) -> None:
    from playwright.sync_api import sync_playwright

    page_file = write_explorer(graph, tmp_path / "explorer.html")
    requests: list[str] = []
    console: list[tuple[str, str]] = []
    dialogs: list[str] = []
    with sync_playwright() as pw:
        # A persistent context is how Playwright takes a fresh --user-data-dir of our choosing.
        context = pw.chromium.launch_persistent_context(
            str(tmp_path / "profile"),
            executable_path=CHROMIUM,
            headless=True,
            args=CHROMIUM_ARGS,
            offline=True,
            viewport={"width": 1400, "height": 900},
        )
        try:
            page = context.new_page()
            page.on("request", lambda r: requests.append(r.url))
            page.on("console", lambda m: console.append((m.type, m.text)))
            page.on("pageerror", lambda e: console.append(("pageerror", str(e))))
            page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
            page.goto(page_file.as_uri())
            page.wait_for_selector("body[data-ready=true]", timeout=30_000)

            # Every entity is drawn.
            drawn = page.evaluate("window.kgExplorer.nodeView.length")
            assert drawn == graph.number_of_nodes()
            assert (
                page.text_content("#kg-count")
                == f"{drawn} entities, {graph.number_of_edges()} relations shown"
            )

            # Search by an alias only the reference data gives.
            page.fill("#kg-search", "huN901-DM1")
            assert page.locator("#kg-results button").all_text_contents() == [
                "lorvotuzumab mertansine (Compound)"
            ]

            # A real click on the canvas, at the node's drawn position, opens its evidence.
            page.fill("#kg-search", "Beloff")
            page.click("#kg-results button")
            beloff = "https://w3id.org/filings-kg/id/person/gregg-d-beloff"
            page.evaluate("window.kgExplorer.network.unselectAll()")
            page.evaluate("document.getElementById('kg-panel').textContent = ''")
            box = page.locator("#kg-network").bounding_box()
            point = page.evaluate(
                "id => window.kgExplorer.network.canvasToDOM(window.kgExplorer.network.getPositions([id])[id])",
                beloff,
            )
            page.mouse.click(box["x"] + point["x"], box["y"] + point["y"])
            panel = page.text_content("#kg-panel")
            assert page.text_content(".kg-node-label") == "Gregg D. Beloff"
            assert "Gregg D. Beloff Chief Financial Officer and Vice President, Finance" in panel
            assert "002_e454553eec5db317.txt, 2003-05-08, line 53" in panel

            # The time filter keeps what the filings up to a date say.
            page.select_option("#kg-time", "2003-05-08")
            shown = page.evaluate("window.kgExplorer.nodeView.getIds()")
            assert beloff in shown
            assert "https://w3id.org/filings-kg/id/person/daniel-junius" not in shown  # first named in 2010
            page.select_option("#kg-time", "")

            # Script-like names are text.
            page.fill("#kg-search", "onerror")
            assert page.locator("#kg-results button").all_text_contents() == [f"{IMG} (Company)"]
            page.click("#kg-results button")
            assert page.text_content(".kg-node-label") == IMG
            page.evaluate(
                "id => window.kgExplorer.show(id)", "https://w3id.org/filings-kg/id/person/evil-script"
            )
            assert page.text_content(".kg-node-label") == SCRIPT
            assert page.locator("#kg-panel img").count() == 0
            assert page.locator("script").count() == 3  # data, vis-network, the page's own: nothing injected
            page.screenshot(path=str(tmp_path / "explorer.png"))
        finally:
            context.close()
    assert dialogs == []
    assert [r for r in requests if r != page_file.as_uri()] == []
    assert [c for c in console if c[0] in ("error", "pageerror")] == []
    assert (tmp_path / "explorer.png").stat().st_size > 10_000
