"""The bad-file collection: each damaged or hostile input run through a whole build.

Each case writes a small corpus (the bad file beside a good one where it matters), builds it with
``kg.build.build`` and checks the outcome: a correct extraction, or the file skipped with its
one-line reason, and the other files built either way. Cases already covered elsewhere are not
repeated here: empty, PDF and PNG files and the 50 MB file (``test_faults.py``), a plain copy under
a second name (``test_build.py``), decoding and HTML rendering unit cases (``test_corpus.py``).
"""

from __future__ import annotations

import os
import re
from decimal import Decimal
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.build import BuildOptions, BuildReport, build
from kg.resources import default_corpus

SEEDS = default_corpus() / "immunogen"
SEED_2003 = SEEDS / "002_e454553eec5db317.txt"
SEED_2005 = SEEDS / "000_0cfe5a6103b22458.txt"
SEED_2010 = SEEDS / "003_102ef10e00e41432.txt"
KG_NS = "https://w3id.org/filings-kg/ontology#"

FactRow = tuple[str, str, Decimal, str]  # concept, period key, value, statement


def run_build(tmp_path: Path, files: dict[str, bytes]) -> tuple[BuildReport, Path]:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, data in files.items():
        (corpus / name).parent.mkdir(parents=True, exist_ok=True)
        (corpus / name).write_bytes(data)
    out = tmp_path / "out"
    return build([corpus], out, BuildOptions(cache=False)), out


def store_of(out: Path) -> ox.Store:
    store = ox.Store()
    store.bulk_load(path=str(out / "graph.trig"), format=ox.RdfFormat.TRIG)
    return store


def financial_facts(out: Path, source: str) -> set[FactRow]:
    """The financial facts the build wrote for the filing read from ``source``."""
    rows = store_of(out).query(
        f"""PREFIX kg: <{KG_NS}>
        PREFIX dcterms: <http://purl.org/dc/terms/>
        SELECT ?concept ?period ?value ?statement WHERE {{
          GRAPH ?g {{ ?fact a kg:FinancialFact ; kg:concept ?concept ; kg:period ?period ; kg:value ?value ;
                      kg:statement ?statement ; kg:reportedIn ?filing .
                      ?filing dcterms:source "{source}" }} }}"""
    )
    return {
        (
            r["concept"].value.rsplit("#", 1)[-1].rsplit("/", 1)[-1],
            r["period"].value.rsplit("/", 1)[-1],
            Decimal(r["value"].value),
            r["statement"].value.rsplit("#", 1)[-1],
        )
        for r in rows
    }


def table_facts(facts: set[FactRow]) -> set[FactRow]:
    return {f for f in facts if f[3] != "Narrative"}


def quotes(out: Path) -> list[str]:
    rows = store_of(out).query(f"PREFIX kg: <{KG_NS}> SELECT ?q WHERE {{ GRAPH ?g {{ ?e kg:quote ?q }} }}")
    return [r["q"].value for r in rows]


@pytest.fixture(scope="module")
def clean(tmp_path_factory: pytest.TempPathFactory) -> dict[str, set[FactRow]]:
    """Financial facts of the undamaged seeds, built once, by seed file name."""
    tmp = tmp_path_factory.mktemp("clean")
    _, out = run_build(tmp, {p.name: p.read_bytes() for p in (SEED_2003, SEED_2005, SEED_2010)})
    return {p.name: financial_facts(out, p.name) for p in (SEED_2003, SEED_2005, SEED_2010)}


def only(report: BuildReport, source: str):
    (entry,) = [f for f in report.filings if f.source == source]
    return entry


# ---------------------------------------------------------------------------------------------
# Encodings


ACCENTED = "Ré-licensing “update” – Revlimid® (lenalidomide) for Société Générale’s portfolio\n"


def test_windows_1252_text_is_decoded_and_extracted(tmp_path: Path, clean) -> None:
    text = SEED_2010.read_text(encoding="utf-8").replace(
        "Financial Results\n", "Financial Results\n" + ACCENTED, 1
    )
    data = text.encode("cp1252")
    assert b"\x93update\x94" in data and b"\xae" in data  # the curly quotes and ® are cp1252 bytes
    report, out = run_build(tmp_path, {"cp1252.txt": data})
    entry = only(report, "cp1252.txt")
    assert entry.skipped is None
    assert entry.key == "immunogen-2010-10-28-press-release"
    assert financial_facts(out, "cp1252.txt") == clean[SEED_2010.name]
    found = quotes(out)
    assert any("Revlimid® (lenalidomide)" in q for q in found)
    assert not any("Â" in q or "\ufffd" in q for q in found)


def test_latin_1_text_with_bytes_undefined_in_1252_is_decoded(tmp_path: Path, clean) -> None:
    # 0x81 and 0x8d are undefined in Windows-1252: only Latin-1 decodes this file.
    text = SEED_2005.read_text(encoding="utf-8").replace(
        "Webcast Information\n", "Webcast Information\nCafé \x81 Montréal ®\n", 1
    )
    data = text.encode("latin-1")
    report, out = run_build(tmp_path, {"latin1.txt": data, "zz-good.txt": SEED_2003.read_bytes()})
    assert [(f.source, f.skipped) for f in report.filings] == [("latin1.txt", None), ("zz-good.txt", None)]
    assert only(report, "latin1.txt").key == "immunogen-2005-11-03-8-k"
    assert financial_facts(out, "latin1.txt") == clean[SEED_2005.name]


def test_utf8_bom_is_dropped_and_offsets_still_quote_the_text(tmp_path: Path, clean) -> None:
    report, out = run_build(tmp_path, {"bom.txt": b"\xef\xbb\xbf" + SEED_2005.read_bytes()})
    entry = only(report, "bom.txt")
    assert entry.skipped is None and entry.key == "immunogen-2005-11-03-8-k"
    assert financial_facts(out, "bom.txt") == clean[SEED_2005.name]
    assert not any("\ufeff" in q for q in quotes(out))


def test_nul_bytes_sprinkled_in_a_seed_are_dropped_and_the_seed_extracted(tmp_path: Path, clean) -> None:
    data = bytearray(SEED_2003.read_bytes())
    # Eight NULs (a scraper's stray bytes, fewer than a binary file holds), some inside table rows.
    for at in sorted(range(500, len(data), len(data) // 8), reverse=True)[:8]:
        data[at:at] = b"\x00"
    assert data.count(0) == 8
    report, out = run_build(tmp_path, {"nuls.txt": bytes(data)})
    assert only(report, "nuls.txt").skipped is None
    assert table_facts(financial_facts(out, "nuls.txt")) == table_facts(clean[SEED_2003.name])


# ---------------------------------------------------------------------------------------------
# Size


def test_one_line_of_five_megabytes_is_built(tmp_path: Path, clean) -> None:
    text = SEED_2005.read_text(encoding="utf-8")
    # A whole exhibit run together on one line (no company or compound names, so this case measures
    # line length, not the number of entity mentions).
    line = "The quarter saw steady progress across programs and partnerships. " * 76_000
    assert len(line) > 5_000_000
    text = text.replace("Webcast Information\n", line + "\nWebcast Information\n", 1)
    report, out = run_build(tmp_path, {"long-line.txt": text.encode("utf-8")})
    entry = only(report, "long-line.txt")
    assert entry.skipped is None
    assert table_facts(financial_facts(out, "long-line.txt")) == table_facts(clean[SEED_2005.name])


# ---------------------------------------------------------------------------------------------
# HTML

HTML_RELEASE = """<html><head><title>Q2 results</title>
<style>td.secret {{ content: "Net loss $ (7,777)"; }}</style>
<script>var row = "<tr><td>Net loss</td><td>(8,888)</td></tr>"; document.write(row);</script>
</head><body>
<p>Zeta Oncology, Inc. Reports Second Quarter 2011 Results</p>
<p>SOUTH SAN FRANCISCO, Calif., August 4, 2011 (BUSINESS WIRE) -- Zeta Oncology, Inc. (Nasdaq: ZETA) today
announced financial results for the second quarter ended June 30, 2011.</p>
{nesting}
<p>CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS</p>
<p>(in thousands, except per share amounts)</p>
<table>
<tr><td></td><td colspan="2">Three Months Ended June 30,</td></tr>
<tr><td></td><td>2011</td><td>2010</td></tr>
<tr><td>Total revenues</td><td>5,000</td><td>4,000</td></tr>
<tr><td>Research and development</td><td>9,000</td><td>8,000</td></tr>
<tr><td>Net loss</td><td>(4,000)</td><td>(4,000)</td></tr>
<script>document.write("<tr><td>Total assets</td><td>6,666</td><td>6,666</td></tr>")</script>
</table>
{closing}
</body></html>
"""

HTML_EXPECTED = {
    ("Revenues", "2011-04-01--2011-06-30", Decimal(5000000)),
    ("Revenues", "2010-04-01--2010-06-30", Decimal(4000000)),
    ("ResearchAndDevelopmentExpense", "2011-04-01--2011-06-30", Decimal(9000000)),
    ("ResearchAndDevelopmentExpense", "2010-04-01--2010-06-30", Decimal(8000000)),
    ("NetIncomeLoss", "2011-04-01--2011-06-30", Decimal(-4000000)),
    ("NetIncomeLoss", "2010-04-01--2010-06-30", Decimal(-4000000)),
}


def _html_facts(out: Path, source: str) -> set[tuple[str, str, Decimal]]:
    return {(c, p, v) for c, p, v, s in financial_facts(out, source) if s != "Narrative"}


def test_html_script_and_style_never_reach_the_facts(tmp_path: Path) -> None:
    html = HTML_RELEASE.format(nesting="", closing="")
    report, out = run_build(tmp_path, {"zeta.htm": html.encode()})
    assert only(report, "zeta.htm").skipped is None
    assert _html_facts(out, "zeta.htm") == HTML_EXPECTED
    trig = (out / "graph.trig").read_text(encoding="utf-8")
    for hidden in ("7,777", "8,888", "6,666", "document.write", "content:"):
        assert hidden not in trig


def test_nested_html_around_the_statement_is_built(tmp_path: Path) -> None:
    nesting = "<div><span><font>" * 300 + "<p>unclosed <b>bold <i>italic"
    html = HTML_RELEASE.format(nesting=nesting, closing="</font></span></div>" * 300)
    report, out = run_build(tmp_path, {"nested.htm": html.encode()})
    assert only(report, "nested.htm").skipped is None
    assert _html_facts(out, "nested.htm") == HTML_EXPECTED


def test_html_cut_off_inside_the_table_keeps_the_rows_before_the_cut(tmp_path: Path) -> None:
    html = HTML_RELEASE.format(nesting="", closing="")
    cut = (
        html[: html.index("<tr><td>Net loss</td><td>(4,000)")] + "<tr><td>Net loss</td><td>(4,0"
    )  # no closing tags
    report, out = run_build(tmp_path, {"open.htm": cut.encode()})
    assert only(report, "open.htm").skipped is None
    # The rows before the cut are read; the cut cell "(4,0" is no number.
    assert _html_facts(out, "open.htm") == {f for f in HTML_EXPECTED if f[0] != "NetIncomeLoss"}


def test_thousands_of_unclosed_tags_lose_nothing_silently(tmp_path: Path) -> None:
    # 15,000 unclosed elements before the statement: either the statement is read, or the build
    # says the file's markup could not be read whole. Silently dropping the rest is the failure.
    nesting = "<div><span><font>" * 5000
    html = HTML_RELEASE.format(nesting=nesting, closing="")
    report, out = run_build(tmp_path, {"deep.htm": html.encode(), "zz-good.txt": SEED_2005.read_bytes()})
    assert [(f.source, f.skipped is None) for f in report.filings] == [
        ("deep.htm", True),
        ("zz-good.txt", True),
    ]
    entry = only(report, "deep.htm")
    warned = [w for w in entry.warnings if re.search(r"(?i)nest|depth|markup|html", w)]
    assert _html_facts(out, "deep.htm") == HTML_EXPECTED or warned, entry.warnings


# ---------------------------------------------------------------------------------------------
# Statements missing, cut off or holding broken numbers


def test_a_release_without_tables_gives_its_prose_figures_only(tmp_path: Path) -> None:
    text = SEED_2005.read_text(encoding="utf-8")
    text = text[: text.index("-financials follow-")]
    report, out = run_build(tmp_path, {"no-tables.txt": text.encode()})
    entry = only(report, "no-tables.txt")
    assert entry.skipped is None and entry.key == "immunogen-2005-11-03-8-k"
    facts = financial_facts(out, "no-tables.txt")
    assert facts and all(f[3] == "Narrative" for f in facts)
    assert ("NetIncomeLoss", "2005-07-01--2005-09-30", Decimal(-4700000), "Narrative") in facts


def test_a_statement_cut_off_mid_row_keeps_the_rows_before_it(tmp_path: Path, clean) -> None:
    text = SEED_2005.read_text(encoding="utf-8")
    cut = text.index("(4,706))") + len("(4,7")  # inside "Net income (loss)  $ (4,706))"
    report, out = run_build(tmp_path, {"cut.txt": text[:cut].encode()})
    assert only(report, "cut.txt").skipped is None
    facts = table_facts(financial_facts(out, "cut.txt"))
    before = {f for f in table_facts(clean[SEED_2005.name]) if f[0] in {"Revenues", "OperatingExpenses"}}
    assert before <= facts
    assert facts <= table_facts(clean[SEED_2005.name])
    assert not [f for f in facts if f[0] in {"NetIncomeLoss", "EarningsPerShareBasicAndDiluted"}]


@pytest.mark.parametrize("cut_after", ["Other assets 25,8", "Other assets 25,81", "Total assets $ 120,7"])
def test_a_space_separated_row_cut_inside_a_number_gives_no_number(
    tmp_path: Path, clean, cut_after: str
) -> None:
    # "25,8" is no number: it must not be read as 25 (this period) and 8 (the prior one).
    text = SEED_2010.read_text(encoding="utf-8")
    cut = text.index(cut_after) + len(cut_after)
    report, out = run_build(tmp_path, {"cut.txt": text[:cut].encode()})
    assert only(report, "cut.txt").skipped is None
    facts = table_facts(financial_facts(out, "cut.txt"))
    assert facts <= table_facts(clean[SEED_2010.name]), facts - table_facts(clean[SEED_2010.name])


@pytest.mark.parametrize("garbage", ["1,2,3", "$(", "12.34.56", "((", "1,2345", "4,7O6"])
def test_broken_numbers_in_a_statement_row_give_no_fact(tmp_path: Path, clean, garbage: str) -> None:
    text = SEED_2003.read_text(encoding="utf-8")
    row = "Development fees\t\t178\t\t148\t\t267\t\t558"
    assert row in text
    text = text.replace(row, f"Development fees\t\t{garbage}\t\t148\t\t267\t\t558")
    report, out = run_build(tmp_path, {"garbage.txt": text.encode()})
    entry = only(report, "garbage.txt")
    assert entry.skipped is None
    facts = table_facts(financial_facts(out, "garbage.txt"))
    assert facts <= table_facts(clean[SEED_2003.name]), facts - table_facts(clean[SEED_2003.name])
    # Every other row is untouched.
    others = {f for f in table_facts(clean[SEED_2003.name]) if f[0] != "DevelopmentFees"}
    assert others <= facts
    # The damaged row is named in a warning rather than lost silently, or read without the broken cell.
    fees = {f for f in facts if f[0] == "DevelopmentFees"}
    assert fees or any("Development fees" in w for w in entry.warnings)


# ---------------------------------------------------------------------------------------------
# Duplicates and links


def test_the_same_filing_in_a_subfolder_under_another_name_is_built_once(tmp_path: Path) -> None:
    data = SEED_2010.read_bytes()
    report, out = run_build(tmp_path, {"a/release.txt": data, "b/copy-of-release.txt": data})
    assert [(f.source, f.skipped) for f in report.filings] == [
        ("release.txt", None),
        ("copy-of-release.txt", "same content as release.txt"),
    ]
    graphs = {g.value for g in store_of(out).named_graphs()}
    assert sum(1 for g in graphs if "/filing/" in g) == 1


def test_a_folder_of_looping_symlinks_is_walked_once(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    (corpus / "q" / "deeper").mkdir(parents=True)
    (corpus / "q" / "release.txt").write_bytes(SEED_2005.read_bytes())
    os.symlink(corpus, corpus / "q" / "deeper" / "back-to-top")  # a loop
    os.symlink(corpus / "q", corpus / "q-again")  # the same folder twice
    os.symlink(corpus / "q" / "release.txt", corpus / "alias.txt")  # the same file twice
    os.symlink(tmp_path / "nowhere.txt", corpus / "dangling.txt")  # a link to nothing
    os.symlink(corpus / "self.txt", corpus / "self.txt.link")
    report = build([corpus], tmp_path / "out", BuildOptions(cache=False))
    assert [(f.source, f.skipped) for f in report.filings] == [("alias.txt", None)]
    assert report.filings[0].key == "immunogen-2005-11-03-8-k"
    assert re.search(r"immunogen-2005-11-03-8-k", (tmp_path / "out" / "graph.trig").read_text())
