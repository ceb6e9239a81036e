"""HTML earnings releases of the kinds EDGAR holds from 2001 to 2013, unlike the seeds: plain text
wrapped in ``<pre>`` (2001–2004), Word-exported tables with "$" and ")" in cells of their own,
Workiva/EDGARizer ``<div>`` layouts with nested tables and ``<sup>`` footnote markers, ALL-CAPS
labels with dot leaders, columns headed by fiscal-period names, dated cells under a spanning
"Three Months Ended", a percentage-change column, and a release whose statements are images.

Each file under tests/html_releases is a fictional company's exhibit 99.1, written by hand; the
expected facts below were worked out by hand from it, and so were the facts that must not appear.
Fiscal years end June 30 (Cellora, Halcyon, Maribel), March 31 (Kestrel), September 30 (Senova)
and December 31 (the others).
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from kg.concepts import clean_label
from kg.corpus import Document, document_from_bytes, read_document
from kg.extractors.financials import run
from kg.extractors.financials.rows import line_row
from kg.html import render_html
from kg.model import FinancialFact, Skipped
from kg.periods import duration_columns, fiscal_label_columns, fiscal_label_period

RELEASES = Path(__file__).parent / "html_releases"

#: (concept, period key, unit) → (value, decimals, fiscal year, fiscal period)
Found = dict[tuple[str, str, str], tuple[str, int, int | None, str | None]]


def _read(name: str) -> tuple[Document, list[FinancialFact], list[str]]:
    doc = read_document(RELEASES / name)
    out = list(run(doc))
    facts = [f for f in out if isinstance(f, FinancialFact)]
    for evidence in (e for fact in facts for e in fact.evidence):
        assert doc.text[evidence.char_start : evidence.char_end] == evidence.quote
    return doc, facts, [f.reason for f in out if isinstance(f, Skipped)]


def _table(name: str) -> Found:
    """The statement-table facts of a release (prose figures merged into them count as theirs)."""
    _, facts, _ = _read(name)
    found: Found = {}
    for f in facts:
        if f.statement == "Narrative":
            continue
        key = (f.concept, f.period.key, f.unit)
        assert key not in found, f"two table facts for {key}"
        found[key] = (str(f.value), f.decimals, f.fiscal_year, f.fiscal_period)
    return found


def _expect(found: Found, concept: str, unit: str, values: dict[str, str], decimals: int) -> None:
    got = {p: v[0] for (c, p, u), v in found.items() if c == concept and u == unit}
    assert got == values, concept
    assert {v[1] for (c, _, u), v in found.items() if c == concept and u == unit} == {decimals}


# ---------------------------------------------------------------------------------------------
# (a) 2001–2004: a plain-text release wrapped in <PRE>

Q2_03, Q2_02 = "2003-04-01--2003-06-30", "2002-04-01--2002-06-30"
H1_03, H1_02 = "2003-01-01--2003-06-30", "2002-01-01--2002-06-30"


def test_a_pre_block_keeps_its_spacing() -> None:
    """Squeezed to single spaces, "Three Months        Six Months       Period from" no longer shows
    which column each heading stands over; inside <pre> the spacing is the layout."""
    text = render_html(
        "<html><body><p>A  b</p><PRE>\n  Net loss      $ (4,822)   $ (3,938)\n</PRE></body></html>"
    )
    assert text == "A b\n\n  Net loss      $ (4,822)   $ (3,938)\n"
    # Tags inside the block do not disturb it; no-break spaces are as wide as spaces.
    text = render_html(
        "<pre><b>Revenue</b>&nbsp;&nbsp;&nbsp;  412    380\nTotal         <i>9</i>      8</pre>"
    )
    assert text.splitlines() == ["Revenue     412    380", "Total         9      8"]


def test_a_development_stage_pre_statement_with_headings_over_three_lines() -> None:
    """ "Three Months" / "Ended" / "June 30," over each pair of columns, then an inception-to-date
    column: before, the whole statement was declined (the heads split from their "Ended", and the
    squeezed <pre> lost its columns)."""
    found = _table("orvexa_2003q2_pre.htm")
    _expect(
        found, "Revenues", "USD", {Q2_03: "300000", Q2_02: "334000", H1_03: "591000", H1_02: "677000"}, -3
    )
    _expect(
        found,
        "NetIncomeLoss",
        "USD",
        {Q2_03: "-4822000", Q2_02: "-3938000", H1_03: "-9468000", H1_02: "-7685000"},
        -3,
    )
    _expect(
        found,
        "ResearchAndDevelopmentExpense",
        "USD",
        {Q2_03: "4107000", Q2_02: "3322000", H1_03: "8015000", H1_02: "6540000"},
        -3,
    )
    # The per-share row prints no inception figure: its four cells stand under the four period
    # columns (placed by where their digits end, since "(0.21)" and "(4,822)" differ in width).
    _expect(
        found,
        "EarningsPerShareBasicAndDiluted",
        "USDPerShare",
        {Q2_03: "-0.21", Q2_02: "-0.18", H1_03: "-0.41", H1_02: "-0.35"},
        2,
    )
    _expect(
        found,
        "WeightedAverageSharesBasicAndDiluted",
        "Shares",
        {Q2_03: "23104000", Q2_02: "22015000", H1_03: "23080000", H1_02: "21970000"},
        -3,
    )
    # Never: the inception-to-date sums, nor the in-process charge printed only in that column.
    assert not any(
        "inception" in p or v[0] in {"-85431000", "94505000", "4500000"} for (_, p, _), v in found.items()
    )
    assert not any(c.startswith("acquired") for c, _, _ in found)


def test_a_pre_release_of_a_june_fiscal_year_with_leaders_run_into_a_figure() -> None:
    """ "Interest income, net..........381            640": before, "381" was read as part of the
    label and 640 (the prior year's figure) filed under the current quarter."""
    found = _table("cellora_2002q1_pre.htm")
    q1_03, q1_02 = "2002-07-01--2002-09-30", "2001-07-01--2001-09-30"
    # The only line between the operating loss and the net loss, and the statement adds up with it.
    _expect(found, "NonoperatingIncomeExpense", "USD", {q1_03: "381000", q1_02: "640000"}, -3)
    assert not any("381" in c for c, _, _ in found)
    assert found[("NetIncomeLoss", q1_03, "USD")] == ("-6175000", -3, 2003, "Q1")
    assert found[("Revenues", q1_02, "USD")] == ("2935000", -3, 2002, "Q1")
    assert found[("CashCashEquivalentsAndMarketableSecurities", "2002-06-30", "USD")] == (
        "104730000",
        -3,
        2002,
        "instant",
    )
    assert found[("EarningsPerShareBasicAndDiluted", q1_03, "USDPerShare")] == ("-0.15", 2, 2003, "Q1")


def test_a_leader_run_glued_to_a_figure_parts_label_and_cells() -> None:
    row = line_row("Interest income, net.....................381          640", 1, 0)
    assert row.label == "Interest income, net....................."
    assert [str(c.value) for c in row.cells] == ["381", "640"]
    row = line_row("Net loss.............$(6,175)     $(5,022)", 1, 0)
    assert [str(c.value) for c in row.cells] == ["-6175", "-5022"]
    # Dots inside a figure are damage, not leaders: one damaged cell, never two numbers.
    row = line_row("Cash 1..5  22", 1, 0)
    assert [(c.damaged, str(c.value)) for c in row.cells] == [(True, "0"), (False, "22")]


# ---------------------------------------------------------------------------------------------
# (b) Word-exported HTML: "$" and ")" in cells of their own, spacer cells, colspan headers


def test_a_word_exported_release_with_split_cells() -> None:
    found = _table("veridia_2005q4_word.htm")
    q4_05, q4_04, fy05, fy04 = (
        "2005-10-01--2005-12-31",
        "2004-10-01--2004-12-31",
        "2005-01-01--2005-12-31",
        "2004-01-01--2004-12-31",
    )
    _expect(
        found,
        "NetIncomeLoss",
        "USD",
        {q4_05: "-8858000", q4_04: "-8677000", fy05: "-38915000", fy04: "-35885000"},
        -3,
    )
    _expect(
        found,
        "OperatingExpenses",
        "USD",
        {q4_05: "16659000", q4_04: "13681000", fy05: "64417000", fy04: "54405000"},
        -3,
    )
    _expect(
        found,
        "NonoperatingIncomeExpense",
        "USD",
        {q4_05: "412000", q4_04: "-96000", fy05: "-544000", fy04: "1215000"},
        -3,
    )
    _expect(
        found, "grant-revenue", "USD", {q4_05: "1377000", q4_04: "712000", fy05: "4106000", fy04: "0"}, -3
    )
    _expect(
        found,
        "accumulated-deficit-instant",
        "USD",
        {"2005-12-31": "-312904000", "2004-12-31": "-273989000"},
        -3,
    )
    assert found[("EarningsPerShareBasicAndDiluted", fy05, "USDPerShare")] == ("-1.21", 2, 2005, "FY")


# ---------------------------------------------------------------------------------------------
# (c) Workiva / EDGARizer: <div> styles, nested tables, <sup> markers, a June fiscal year


def test_superscript_markers_are_rendered_as_markers() -> None:
    text = render_html(
        "<p>Revenue<sup>1</sup> 9,400<sup>3</sup> 1<sup>st</sup> Drug<sup>&reg;</sup> x<sup>(a)</sup> y<sup>*</sup></p>"
    )
    assert text == "Revenue(1) 9,400(3) 1st Drug® x(a) y*\n"


def test_a_bare_digit_superscript_is_no_part_of_a_figure_or_a_label() -> None:
    """ "940<sup>3</sup>" rendered as "9403" was a wrong figure; "Revenue<sup>1</sup>" as "Revenue1"
    an unmapped label."""
    html = (
        "<html><body><p>CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS</p><p>(in thousands)</p><table>"
        "<tr><td></td><td colspan=4>Three Months Ended December 31,</td></tr>"
        "<tr><td></td><td colspan=2>2011</td><td colspan=2>2010</td></tr>"
        "<tr><td>Collaboration revenue<sup>1</sup></td><td>$</td><td>4,120</td><td>$</td><td>3,002</td></tr>"
        "<tr><td>Research and development<sup>2</sup></td><td></td><td>940<sup>3</sup></td><td></td><td>812</td></tr>"
        "</table><p><sup>1</sup> Includes a milestone.</p></body></html>"
    )
    doc = document_from_bytes("zentis.htm", html.encode(), is_html=True)
    facts = {
        (f.concept, f.period.key): (str(f.value), f.label) for f in run(doc) if isinstance(f, FinancialFact)
    }
    assert facts[("ResearchAndDevelopmentExpense", "2011-10-01--2011-12-31")] == (
        "940000",
        "Research and development",
    )
    assert facts[("CollaborationRevenue", "2010-10-01--2010-12-31")] == ("3002000", "Collaboration revenue")
    assert not any(value == "9403000" for value, _ in facts.values())


def test_a_workiva_release_with_six_month_columns_and_footnoted_labels() -> None:
    found = _table("halcyon_fy2013q2_workiva.htm")
    q2_13, q2_12, h1_13, h1_12 = (
        "2012-10-01--2012-12-31",
        "2011-10-01--2011-12-31",
        "2012-07-01--2012-12-31",
        "2011-07-01--2011-12-31",
    )
    _expect(
        found,
        "ResearchAndDevelopmentExpense",
        "USD",
        {q2_13: "20116000", q2_12: "17893000", h1_13: "39410000", h1_12: "35002000"},
        -3,
    )
    _expect(
        found,
        "GeneralAndAdministrativeExpense",
        "USD",
        {q2_13: "6480000", q2_12: "5917000", h1_13: "12855000", h1_12: "11604000"},
        -3,
    )
    # "9,240<sup>4</sup>": before, "9,2404" was a damaged cell and the figure was lost.
    _expect(
        found,
        "RoyaltyRevenue",
        "USD",
        {q2_13: "4321000", q2_12: "4802000", h1_13: "8917000", h1_12: "9240000"},
        -3,
    )
    assert found[("NetIncomeLoss", h1_13, "USD")] == ("-27216000", -3, 2013, "H1")
    assert found[("NetIncomeLoss", q2_12, "USD")] == ("-13950000", -3, 2012, "Q2")
    assert found[("CashCashEquivalentsAndMarketableSecurities", "2012-06-30", "USD")] == (
        "241530000",
        -3,
        2012,
        "instant",
    )
    assert found[("deferred-revenue-instant", "2012-12-31", "USD")] == ("61200000", -3, 2013, "instant")
    assert not any(c[-1].isdigit() for c, _, _ in found)  # no "research-and-development2"


# ---------------------------------------------------------------------------------------------
# (d)/(e) ALL-CAPS labels with dot leaders, a caption row, June 30 balance-sheet columns


def test_caps_labels_lose_their_leaders() -> None:
    _, facts, _ = _read("maribel_fy2010_caps.htm")
    labels = {f.label for f in facts if f.statement != "Narrative"}
    assert "TOTAL OPERATING EXPENSES" in labels
    assert "NET LOSS" in labels
    assert not any(".." in label for label in labels)
    assert clean_label("Total assets. . . . . .") == "Total assets"
    assert clean_label("U.S.") == "U.S."
    found = _table("maribel_fy2010_caps.htm")
    q4_10, q4_09, fy10, fy09 = (
        "2010-04-01--2010-06-30",
        "2009-04-01--2009-06-30",
        "2009-07-01--2010-06-30",
        "2008-07-01--2009-06-30",
    )
    _expect(
        found,
        "OperatingExpenses",
        "USD",
        {q4_10: "12425000", q4_09: "10787000", fy10: "46994000", fy09: "39238000"},
        -3,
    )
    assert found[("NetIncomeLoss", fy10, "USD")] == ("-31203000", -3, 2010, "FY")
    assert found[("LicenseAndMilestoneFees", q4_09, "USD")] == ("0", -3, 2009, "Q4")
    assert found[("Assets", "2009-06-30", "USD")] == ("137655000", -3, 2009, "instant")
    assert found[("EarningsPerShareBasicAndDiluted", fy09, "USDPerShare")] == ("-0.53", 2, 2009, "FY")


def test_a_september_fiscal_year_release_with_title_and_caption_rows_in_the_table() -> None:
    found = _table("senova_fy2009q1_sept.htm")
    q1_09, q1_08 = "2008-10-01--2008-12-31", "2007-10-01--2007-12-31"
    assert found[("NetIncomeLoss", q1_09, "USD")] == ("-7329000", -3, 2009, "Q1")
    assert found[("OperatingExpenses", q1_08, "USD")] == ("8433000", -3, 2008, "Q1")
    assert found[("EarningsPerShareBasicAndDiluted", q1_09, "USDPerShare")] == ("-0.24", 2, 2009, "Q1")
    assert found[("Assets", "2008-09-30", "USD")] == ("72902000", -3, 2008, "instant")
    assert found[("StockholdersEquity", "2008-12-31", "USD")] == ("57441000", -3, 2009, "instant")


# ---------------------------------------------------------------------------------------------
# Column headers: fiscal-period names, dated cells under a spanning heading, a change column


def test_columns_headed_by_fiscal_period_names() -> None:
    """ "Q4 FY2012  Q4 FY2011  Fiscal 2012  Fiscal 2011" of a March 31 fiscal year: before, the
    statement of operations was declined."""
    found = _table("kestrel_fy2012_fiscal_headers.htm")
    q4_12, q4_11, fy12, fy11 = (
        "2012-01-01--2012-03-31",
        "2011-01-01--2011-03-31",
        "2011-04-01--2012-03-31",
        "2010-04-01--2011-03-31",
    )
    _expect(
        found,
        "NetIncomeLoss",
        "USD",
        {q4_12: "-3911000", q4_11: "-5204000", fy12: "-14377000", fy11: "-19020000"},
        -3,
    )
    _expect(
        found,
        "Revenues",
        "USD",
        {q4_12: "12109000", q4_11: "10512000", fy12: "48200000", fy11: "41000000"},
        -3,
    )
    assert found[("NetIncomeLoss", fy12, "USD")][2:] == (2012, "FY")
    assert found[("NetIncomeLoss", q4_11, "USD")][2:] == (2011, "Q4")


def test_fiscal_period_names_need_the_fiscal_year_end() -> None:
    march, june, december = (3, 31), (6, 30), (12, 31)
    assert fiscal_label_period("Q4 FY2012", march).key == "2012-01-01--2012-03-31"
    assert fiscal_label_period("Fourth Quarter Fiscal 2012", march).key == "2012-01-01--2012-03-31"
    assert fiscal_label_period("Q2 Fiscal 2013", june).key == "2012-10-01--2012-12-31"
    assert fiscal_label_period("FY '11", june).key == "2010-07-01--2011-06-30"
    assert fiscal_label_period("Fiscal Year 2011", december).key == "2011-01-01--2011-12-31"
    # "Q3 2011" names a calendar quarter: a fiscal one only for a December year end.
    assert fiscal_label_period("Q3 2011", june) is None
    assert fiscal_label_period("Q3 2011", december).key == "2011-07-01--2011-09-30"
    header = ["(In thousands)\tQ4 FY2012\tQ4 FY2011\tFiscal 2012\tFiscal 2011"]
    assert fiscal_label_columns(header, 4, None) is None  # no fiscal-year end known: not read
    assert fiscal_label_columns(header, 3, march) is None  # names for 4 columns over 3
    assert fiscal_label_columns(["Three Months Ended", "\tFiscal 2012\tFiscal 2011"], 2, march) is None
    assert fiscal_label_columns(["\tQ3 2011\tQ3 2010"], 2, june) is None


def test_fiscal_period_names_are_not_read_without_a_fiscal_year_end() -> None:
    html = (
        "<html><body><p>Acme Reports Results</p><p>CONSOLIDATED STATEMENTS OF OPERATIONS</p>"
        "<p>(in thousands)</p><table><tr><td></td><td>Q4 FY2012</td><td>Q4 FY2011</td></tr>"
        "<tr><td>Net loss</td><td>(3,911)</td><td>(5,204)</td></tr></table></body></html>"
    )
    doc = document_from_bytes("acme.htm", html.encode(), is_html=True)
    out = list(run(doc))
    assert not [f for f in out if isinstance(f, FinancialFact)]
    assert any("do not give 2 periods" in f.reason for f in out if isinstance(f, Skipped))


def test_headings_over_three_lines_and_over_dated_cells() -> None:
    stacked = [
        "Three Months      Six Months",
        "   Ended             Ended",
        "June 30,          June 30,",
        "2003  2002  2003  2002",
    ]
    assert [p.key for p in duration_columns(stacked, 4) or []] == [Q2_03, Q2_02, H1_03, H1_02]
    dated = ["Three Months Ended\tYear Ended", "June 30, 2010\tJune 30, 2009\tJune 30, 2010\tJune 30, 2009"]
    assert [p.key for p in duration_columns(dated, 4) or []] == [
        "2010-04-01--2010-06-30",
        "2009-04-01--2009-06-30",
        "2009-07-01--2010-06-30",
        "2008-07-01--2009-06-30",
    ]
    sequential = ["Three Months Ended", "June 30, 2010\tMarch 31, 2010"]
    assert [p.key for p in duration_columns(sequential, 2) or []] == [
        "2010-04-01--2010-06-30",
        "2010-01-01--2010-03-31",
    ]
    # Words among the dates (a "Period from … to …" column) leave the header unread.
    assert (
        duration_columns(
            ["Year Ended", "December 31, 2009\tPeriod from March 3, 2008 to December 31, 2008"], 2
        )
        is None
    )
    # As many "Ended" words as lengths, or the heads are not joined.
    assert (
        duration_columns(
            ["Three Months      Six Months", "Ended", "June 30,   June 30,", "2003 2002 2003 2002"], 4
        )
        is None
    )


def test_dated_cells_under_spanning_headings_and_a_change_column() -> None:
    """ "Three Months Ended" and "Year Ended" each over "December 31, 2011 | December 31, 2010",
    then a "% Change" column: before, every row was dropped ("30%" made each a header line) and
    the header gave no periods."""
    found = _table("tarsin_2011q4_dated_cells.htm")
    q4_11, q4_10, fy11, fy10 = (
        "2011-10-01--2011-12-31",
        "2010-10-01--2010-12-31",
        "2011-01-01--2011-12-31",
        "2010-01-01--2010-12-31",
    )
    _expect(
        found,
        "CollaborationRevenue",
        "USD",
        {q4_11: "5312000", q4_10: "3870000", fy11: "19044000", fy10: "14611000"},
        -3,
    )
    _expect(
        found,
        "NetIncomeLoss",
        "USD",
        {q4_11: "-8945000", q4_10: "-8811000", fy11: "-35301000", fy10: "-35828000"},
        -3,
    )
    _expect(
        found,
        "NonoperatingIncomeExpense",
        "USD",
        {q4_11: "54000", q4_10: "0", fy11: "133000", fy10: "41000"},
        -3,
    )
    _expect(
        found,
        "EarningsPerShareBasicAndDiluted",
        "USDPerShare",
        {q4_11: "-0.22", q4_10: "-0.24", fy11: "-0.89", fy10: "-0.98"},
        2,
    )
    # The change column is no figure: neither 30 nor -1 of anything.
    assert not any(v[0] in {"30", "30000", "-1", "-1000", "11000", "8000"} for v in found.values())


def test_a_change_cell_closing_a_tabbed_row_is_left_out() -> None:
    row = line_row("Net loss\t$\t(5,280\t)\t$\t(5,098\t)\t(4)%", 1, 0)
    assert [str(c.value) for c in row.cells] == ["-5280", "-5098"]
    row = line_row("Other income\t\t12\t\t—\tn/m", 1, 0)
    assert [str(c.value) for c in row.cells] == ["12", "0"]
    # A change cell between figures is no closing column: the row stays unread as before.
    assert line_row("Revenue\t4,120\t37%\t3,002", 1, 0).cells == []


# ---------------------------------------------------------------------------------------------
# (f) A release whose statements are images


def test_statements_printed_as_images_yield_no_figures() -> None:
    _, facts, reasons = _read("lumara_2007q3_image_table.htm")
    # Only the prose figure stands: "cash, cash equivalents and short-term investments of $84.6 million".
    assert [(f.concept, str(f.period.instant), f.value, f.statement) for f in facts] == [
        ("CashCashEquivalentsAndMarketableSecurities", "2007-09-30", Decimal("84600000"), "Narrative")
    ]
    assert "statement 'CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS' has no number rows" in reasons
    assert "statement 'CONDENSED CONSOLIDATED BALANCE SHEETS' has no number rows" in reasons


# ---------------------------------------------------------------------------------------------
# Early converters: several statement lines stacked in one table row, one per <br>

STACKED_ROW = """<html><body><p>Brevant Pharmaceuticals Reports First Quarter 2002 Results</p>
<p>CONSOLIDATED STATEMENTS OF OPERATIONS</p><p>(in thousands)</p>
<table><tr><td></td><td colspan=3>Three Months Ended March 31,</td></tr>
<tr><td></td><td></td><td>2002</td><td>2001</td></tr>
<tr><td><p>Revenue<br>Research and development<br>Net loss</p></td><td>&nbsp;</td>
<td><p>$ 1,000<br>2,000<br>$ (3,000)</p></td><td><p>1,500<br>&#8212;<br>(3,500)</p></td></tr>
<tr><td>Revenues:<br>License fees</td><td></td><td>910</td><td>455</td></tr>
</table></body></html>"""


def test_statement_lines_stacked_in_one_row_are_taken_apart() -> None:
    """Before, the row read as one label "Revenue Research and development Net loss" with six
    figures, and the statement was declined."""
    doc = document_from_bytes("brevant.htm", STACKED_ROW.encode(), is_html=True)
    assert "Research and development\t\t2,000\t—" in doc.text.splitlines()
    facts = {(f.concept, f.period.key): str(f.value) for f in run(doc) if isinstance(f, FinancialFact)}
    q1_02, q1_01 = "2002-01-01--2002-03-31", "2001-01-01--2001-03-31"
    assert facts[("Revenues", q1_02)] == "1000000"
    assert facts[("ResearchAndDevelopmentExpense", q1_01)] == "0"
    assert facts[("NetIncomeLoss", q1_01)] == "-3500000"
    # Two label lines beside one figure per column ("Revenues:" over "License fees"): which line
    # the figure belongs to is a guess, so that row stays one line, as before.
    assert "Revenues: License fees\t\t910\t455" in doc.text.splitlines()


def test_stacked_header_cells_are_not_taken_apart() -> None:
    text = render_html(
        "<table><tr><td></td><td>Three Months Ended<br>December 31,</td><td>Six Months Ended<br>December 31,</td></tr>"
        "<tr><td></td><td>June 30,<br>2010</td><td>June 30,<br>2009</td></tr></table>"
    )
    assert text.splitlines() == [
        "\tThree Months Ended December 31,\tSix Months Ended December 31,",
        "\tJune 30, 2010\tJune 30, 2009",
    ]
