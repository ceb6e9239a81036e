"""Statement and prose layouts of releases unlike the seeds, each of which once gave a wrong figure:
footnote markers against figures, "Basic"/"Diluted" rows under a heading, a sign printed in its own
HTML cell, older scale headings, a balance figure among period columns, qualified prose figures.
Expected facts written by hand from the texts below."""

from __future__ import annotations

from kg.corpus import document_from_bytes
from kg.extractors.financials import run
from kg.model import FinancialFact, Guidance


def _facts(name: str, text: str, *, is_html: bool = False) -> list[FinancialFact]:
    doc = document_from_bytes(name, text.encode("utf-8"), is_html=is_html)
    return [f for f in run(doc) if isinstance(f, FinancialFact)]


def _values(facts: list[FinancialFact], concept: str) -> dict[str, tuple[str, str]]:
    """Period key → (value, unit) of one concept's table facts."""
    return {
        f.period.key: (str(f.value), f.unit)
        for f in facts
        if f.concept == concept and f.statement != "Narrative"
    }


Q3_13, Q3_12, M9_13, M9_12 = (
    "2013-07-01--2013-09-30",
    "2012-07-01--2012-09-30",
    "2013-01-01--2013-09-30",
    "2012-01-01--2012-09-30",
)
NINE_MONTHS = """Helix Oncology Reports Third Quarter 2013 Financial Results

BOSTON, Mass., November 7, 2013 -- Helix Oncology, Inc. (Nasdaq: HLXO) today reported results for the
third quarter ended September 30, 2013.

CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS
(Unaudited, in thousands, except per share amounts)

                                  Three Months Ended September 30,   Nine Months Ended September 30,
                                       2013           2012               2013           2012
Revenue                          $    4,120     $    2,985         $   41,360     $    8,740
Research and development              9,875          8,410             28,630         24,915
Income (loss) from operations        (8,995)        (8,185)             3,225        (24,295)
Net income (loss)                $   (9,060)(a) $   (8,143)        $    3,035(a)  $  (24,177)
Net income (loss) per share:
  Basic                          $    (0.25)    $    (0.26)        $     0.09     $    (0.78)
  Diluted                        $    (0.25)    $    (0.26)        $     0.08     $    (0.78)
Weighted-average shares used in computing net income (loss) per share:
  Basic                              36,210         31,140             35,480         30,995
  Diluted                            36,210         31,140             37,920         30,995

(a) Includes a non-cash charge of $1.2 million related to the change in fair value of warrant liability.
"""


def test_a_footnote_marker_against_a_figure_is_no_number() -> None:
    # "(9,060)(a)": read as words, the row's other figures went into its label and the one figure
    # left, the prior nine months, was filed under the first column.
    facts = _facts("helix.txt", NINE_MONTHS)
    assert _values(facts, "NetIncomeLoss") == {
        Q3_13: ("-9060000", "USD"),
        Q3_12: ("-8143000", "USD"),
        M9_13: ("3035000", "USD"),
        M9_12: ("-24177000", "USD"),
    }
    net = next(f for f in facts if f.concept == "NetIncomeLoss" and f.period.key == Q3_13)
    assert net.evidence[0].quote == "(9,060)"  # the marker is not part of the figure
    assert all("," not in f.label for f in facts if f.concept == "NetIncomeLoss")


def test_basic_and_diluted_rows_take_their_heading() -> None:
    facts = _facts("helix.txt", NINE_MONTHS)
    assert _values(facts, "EarningsPerShareDiluted") == {
        Q3_13: ("-0.25", "USDPerShare"),
        Q3_12: ("-0.26", "USDPerShare"),
        M9_13: ("0.08", "USDPerShare"),
        M9_12: ("-0.78", "USDPerShare"),
    }
    shares = [f for f in facts if f.unit == "Shares"]
    basic = {f.period.key: str(f.value) for f in shares if f.label.endswith("Basic")}
    diluted = {f.period.key: str(f.value) for f in shares if f.label.endswith("Diluted")}
    assert basic == {Q3_13: "36210000", Q3_12: "31140000", M9_13: "35480000", M9_12: "30995000"}
    assert diluted == {Q3_13: "36210000", Q3_12: "31140000", M9_13: "37920000", M9_12: "30995000"}
    # No row is read as a bare "Basic" or "Diluted" amount of dollars.
    assert not [f for f in facts if f.concept in ("basic", "diluted")]


def test_a_lone_diluted_row_without_its_heading_is_not_read() -> None:
    text = NINE_MONTHS.replace("Net income (loss) per share:\n  Basic  ", "  Basic per share  ")
    text = text.replace("Weighted-average shares used in computing net income (loss) per share:\n", "\n")
    assert text != NINE_MONTHS
    facts = _facts("helix.txt", text)
    assert not [f for f in facts if f.label.lower() in ("basic", "diluted")]


FOOTNOTED = """Equinox Biosciences Reports Fiscal 2003 Results

CONDENSED STATEMENTS OF OPERATIONS
(in thousands, except per share data)

                                 Three Months Ended              Year Ended
                                    September 30,               September 30,
                                   2003          2002            2003          2002
Revenues                        $ 2,845      $ 3,120        $ 11,470      $ 10,215
Loss from operations             (4,760)      (4,385)(2)     (17,790)      (15,935)(2)
Interest and other income, net      155          240             810         1,190
Net loss                        $(4,605)     $(4,145)(2)    $(16,980)     $(14,745)(2)

(1) Fiscal 2002 results have been restated to reflect the change in revenue recognition described in Note 2 of the Company's Annual Report on Form 10-K.
(2) Includes the restructuring charge of $905,000 recorded in the fourth quarter of fiscal 2002.
"""


def test_a_numbered_marker_is_neither_a_value_nor_part_of_the_label() -> None:
    # "(4,385)(2)" once voided its row, whose label then took the next row's figures.
    facts = _facts("equinox.txt", FOOTNOTED)
    q4_03, q4_02, fy_03, fy_02 = (
        "2003-07-01--2003-09-30",
        "2002-07-01--2002-09-30",
        "2002-10-01--2003-09-30",
        "2001-10-01--2002-09-30",
    )
    assert _values(facts, "OperatingIncomeLoss") == {
        q4_03: ("-4760000", "USD"),
        q4_02: ("-4385000", "USD"),
        fy_03: ("-17790000", "USD"),
        fy_02: ("-15935000", "USD"),
    }
    assert _values(facts, "NetIncomeLoss")[fy_02] == ("-14745000", "USD")
    interest = {f.period.key: str(f.value) for f in facts if f.label == "Interest and other income, net"}
    assert interest == {q4_03: "155000", q4_02: "240000", fy_03: "810000", fy_02: "1190000"}
    # The footnote's $905,000 is a restructuring charge: no concept of the prose takes it.
    assert not [f for f in facts if f.statement == "Narrative"]


def test_a_figure_of_a_qualified_concept_is_not_the_concept() -> None:
    text = (
        "PRINCETON, N.J., January 27, 2005 -- Lumen Therapeutics, Inc. today reported results for the first "
        "quarter of fiscal 2005, which ended December 31, 2004. For the first quarter of fiscal 2005, the net "
        "loss applicable to common stockholders was $3.8 million, compared with $3.9 million for the first "
        "quarter of fiscal 2004.\n"
    )
    assert _facts("lumen.txt", text) == []


def _cells(*cells: str) -> str:
    return "".join(f"<td>{cell}</td>" for cell in cells)


HTML = f"""<html><body>
<p>Halcyon Pharmaceuticals, Inc. today reported results for the third quarter ended September 30, 2009.</p>
<p align="center"><b>CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS<br>(in thousands, except per share and share data)</b></p>
<table>
<tr><td></td><td colspan="6">Three Months Ended September 30,</td></tr>
<tr><td></td><td colspan="3">2009</td><td colspan="3">2008</td></tr>
<tr>{_cells("Grant revenue", "$", "1,250", "", "$", "980", "")}</tr>
<tr>{_cells("Research and development", "", "9,830", "", "", "8,120", "")}</tr>
<tr>{_cells("Net loss", "$(", "10,780", ")", "$(", "9,329", ")")}</tr>
<tr>{_cells("Net loss per share, basic and diluted", "$", "(0.38", ")", "$", "(0.41", ")")}</tr>
<tr>{_cells("Weighted average shares outstanding, basic and diluted", "", "28,366,402", "", "", "22,750,118", "")}</tr>
<tr><td><b>Other financial data:</b></td></tr>
<tr>{_cells("Cash, cash equivalents and marketable securities", "$", "84,120", "", "$", "102,775", "")}</tr>
</table>
<p align="center"><b>STATEMENTS OF CASH FLOWS<br>(000's omitted)</b></p>
<table>
<tr><td></td><td colspan="6">Nine Months Ended September 30,</td></tr>
<tr><td></td><td colspan="3">2009</td><td colspan="3">2008</td></tr>
<tr>{_cells("Net cash used in operating activities", "(", "25,511", ")", "(", "31,204", ")")}</tr>
<tr>{_cells("Net cash provided by (used in) investing activities", "(", "4,120", ")", "", "12,887", "")}</tr>
</table>
</body></html>
"""
Q3_09, Q3_08 = "2009-07-01--2009-09-30", "2008-07-01--2008-09-30"


def test_a_sign_in_a_cell_of_its_own() -> None:
    facts = _facts("halcyon.htm", HTML, is_html=True)
    assert _values(facts, "NetIncomeLoss") == {Q3_09: ("-10780000", "USD"), Q3_08: ("-9329000", "USD")}
    net = next(f for f in facts if f.concept == "NetIncomeLoss" and f.period.key == Q3_09)
    assert net.evidence[0].quote.startswith("(") and net.evidence[0].quote.endswith("10,780")
    investing = {f.period.key: str(f.value) for f in facts if "investing" in f.label}
    assert investing == {"2009-01-01--2009-09-30": "-4120000", "2008-01-01--2008-09-30": "12887000"}


def test_share_counts_excepted_from_the_scale() -> None:
    # "(in thousands, except per share and share data)": the share row prints whole shares.
    facts = _facts("halcyon.htm", HTML, is_html=True)
    assert _values(facts, "WeightedAverageSharesBasicAndDiluted") == {
        Q3_09: ("28366402", "Shares"),
        Q3_08: ("22750118", "Shares"),
    }
    assert _values(facts, "NetIncomeLoss")[Q3_09] == ("-10780000", "USD")  # money still in thousands


def test_an_older_scale_heading() -> None:
    # "(000's omitted)" states thousands as "(in thousands)" does.
    facts = _facts("halcyon.htm", HTML, is_html=True)
    assert _values(facts, "NetCashProvidedByUsedInOperatingActivities") == {
        "2009-01-01--2009-09-30": ("-25511000", "USD"),
        "2008-01-01--2008-09-30": ("-31204000", "USD"),
    }


def test_a_balance_figure_among_period_columns_is_not_read() -> None:
    # "Other financial data: Cash …" under a statement of operations: the columns are quarters,
    # the cash is held at a date.
    facts = _facts("halcyon.htm", HTML, is_html=True)
    assert not [f for f in facts if f.concept == "CashCashEquivalentsAndMarketableSecurities"]


CHANGE_COLUMN = """Fulcrum Medical Reports 2011 Results

STATEMENTS OF OPERATIONS
                                         Year Ended December 31,
                                   2011              2010          % Change
Product revenue               $ 18,452,310      $ 14,120,775          31%
Research and development         4,905,220         4,412,900          11%
Operating loss                  (2,782,030)       (4,847,570)        (43)%
Net loss                        (2,996,630)       (5,036,020)         n/m
"""


def test_a_percentage_change_column_is_left_out() -> None:
    facts = _facts("fulcrum.txt", CHANGE_COLUMN)
    fy11, fy10 = "2011-01-01--2011-12-31", "2010-01-01--2010-12-31"
    assert _values(facts, "OperatingIncomeLoss") == {fy11: ("-2782030", "USD"), fy10: ("-4847570", "USD")}
    assert _values(facts, "NetIncomeLoss") == {fy11: ("-2996630", "USD"), fy10: ("-5036020", "USD")}
    assert len(facts) == 8  # no percentage is read as a figure


def _word_cell(text: str, span: int = 1) -> str:
    """A cell as Word saves it: its text in a paragraph of its own."""
    return f'<td colspan={span} valign=bottom><p class=MsoNormal style="text-align:right"><span>{text}</span></p></td>'


WORD_HTML = f"""<html><body lang=EN-US><div class=WordSection1>
<p class=MsoNormal>Verdant Biologics, Inc. (NASDAQ: VRDB) today reported results for the year ended December 31, 2012.</p>
<p class=MsoNormal align=center><b>CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS</b></p>
<p class=MsoNormal align=center>(In thousands, except per share data)</p>
<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0>
<tr>{_word_cell("&nbsp;")}{_word_cell("<b>Year Ended<br>December&nbsp;31,</b>", 2)}</tr>
<tr>{_word_cell("&nbsp;")}{_word_cell("<b>2012</b>")}{_word_cell("<b>2011</b>")}</tr>
<tr>{_word_cell("Collaboration revenue")}{_word_cell("$20,114")}{_word_cell("$15,876")}</tr>
<tr>{_word_cell("Research and development")}{_word_cell("55,870")}{_word_cell("47,004")}</tr>
<tr>{_word_cell("Net loss")}{_word_cell("$(47,946)")}{_word_cell("$(41,818)")}</tr>
</table>
<table><tr><td><p class=MsoNormal>About Verdant. Verdant Biologics develops antibodies for cancer patients
in need of new treatments, with programs in solid tumors and blood cancers across several indications and
trials sponsored by the company and by its partners.</p><p class=MsoNormal>Forward-looking statements. This
release holds forward-looking statements.</p></td></tr></table>
</div></body></html>
"""


def test_word_html_cells_each_wrapped_in_a_paragraph() -> None:
    # Word puts every cell's text in a <p> and breaks header cells with <br>: each cell once became a
    # line of its own and the statement had no number rows.
    facts = _facts("verdant.htm", WORD_HTML, is_html=True)
    fy12, fy11 = "2012-01-01--2012-12-31", "2011-01-01--2011-12-31"
    assert _values(facts, "NetIncomeLoss") == {fy12: ("-47946000", "USD"), fy11: ("-41818000", "USD")}
    assert _values(facts, "ResearchAndDevelopmentExpense") == {
        fy12: ("55870000", "USD"),
        fy11: ("47004000", "USD"),
    }


def test_a_layout_cell_keeps_its_paragraphs_as_lines() -> None:
    doc = document_from_bytes("verdant.htm", WORD_HTML.encode(), is_html=True)
    lines = doc.text.splitlines()
    assert "\tYear Ended December 31," in lines  # a short header cell broken by <br> is one line
    about = next(line for line in lines if line.startswith("About Verdant."))
    assert "Forward-looking" not in about  # the long cell's two paragraphs stay two lines


PER_COLUMN_HEADERS = """Kappa Therapeutics Reports Fourth Quarter and Full Year 2008 Results

CONSOLIDATED STATEMENTS OF OPERATIONS
(in thousands, except per share data)

                              Three Months      Year Ended      Year Ended
                                 Ended         December 31,    December 31,
                              December 31,        2008            2007
                                 2008
                              (unaudited)
Revenue                        $   620         $  2,480        $  3,115
Research and development         4,115           16,870          14,225
Net loss                       $(4,680)        $(20,535)       $(14,040)
"""


def test_each_column_stacks_its_own_header() -> None:
    facts = _facts("kappa.txt", PER_COLUMN_HEADERS)
    assert _values(facts, "NetIncomeLoss") == {
        "2008-10-01--2008-12-31": ("-4680000", "USD"),
        "2008-01-01--2008-12-31": ("-20535000", "USD"),
        "2007-01-01--2007-12-31": ("-14040000", "USD"),
    }
    assert len(facts) == 9
    # A column whose pieces name no single year is unsure: the table is not read.
    assert (
        _facts("kappa.txt", PER_COLUMN_HEADERS.replace("                                 2008\n", "\n")) == []
    )


def _prose(text: str) -> set[tuple[str, str, str]]:
    """(concept, period key, value) of the prose facts of a release built from ``text``."""
    facts = _facts("release.txt", text)
    return {(f.concept, f.period.key, str(f.value)) for f in facts if f.statement == "Narrative"}


RELEASE_HEAD = (
    "Example Bio Reports Results\n\n"
    "WALTHAM, Mass., Apr 28, 2005 (BUSINESS WIRE) --\n\n"
    "Example Bio, Inc. (Nasdaq: EXBI) today announced financial results for the three-month period ended "
    "March 31, 2005 - the third quarter of the Company's 2005 fiscal year.\n\n"
)


def test_a_period_phrase_belongs_to_the_amount_next_to_it() -> None:
    # "$3.0 million in the preceding quarter" once took the "second quarter of fiscal 2004" that the
    # next amount prints, and "$6.5 million for the same period last year" the same.
    text = RELEASE_HEAD + (
        "Revenues for the quarter were $3.4 million, compared to $3.0 million in the preceding quarter and "
        "$2.2 million in the third quarter of fiscal 2004.\n\n"
        "Net loss was $7.4 million for the quarter, compared to $6.5 million for the same period last year, "
        "and $6.6 million in the second quarter of fiscal 2005.\n"
    )
    q3_05, q3_04 = "2005-01-01--2005-03-31", "2004-01-01--2004-03-31"
    # $3.0 million (the preceding quarter) has no period certain; $2.2 million and $6.6 million are
    # tied to no concept by their words: none of the three is stated.
    assert _prose(text) == {
        ("Revenues", q3_05, "3400000"),
        ("NetIncomeLoss", q3_05, "-7400000"),
        ("NetIncomeLoss", q3_04, "-6500000"),
    }


def test_a_length_named_without_a_date_is_not_the_last_period_read() -> None:
    text = RELEASE_HEAD + (
        "Revenues for the three-month period ended March 31, 2005 were $7.5 million. Revenues for the "
        "nine-month period were $21.9 million, compared to $8.4 million for the same period last year.\n"
    )
    assert _prose(text) == {("Revenues", "2005-01-01--2005-03-31", "7500000")}


def test_a_figure_broken_by_ocr_is_not_read() -> None:
    text = RELEASE_HEAD + "For the nine months ended March 31, 2005, the net loss was $2l.9 million.\n"
    assert _prose(text) == set()


def test_a_decimal_broken_by_ocr_is_not_read_as_the_whole_number() -> None:
    # "$3.l million" is $3.1 million with an l for the 1: never $3 million.
    for damaged in ("$3.l million", "$3.O million", "$3.I million"):
        text = RELEASE_HEAD + f"For the nine months ended March 31, 2005, the net loss was {damaged}.\n"
        assert _prose(text) == set(), damaged


def _guidance(text: str) -> set[tuple[str, str, str, str]]:
    """(concept, period key, low, high) of the guidance a release built from ``text`` gives."""
    doc = document_from_bytes("release.txt", text.encode("utf-8"))
    return {(g.concept, g.period.key, str(g.low), str(g.high)) for g in run(doc) if isinstance(g, Guidance)}


def test_guidance_given_before_is_not_guidance() -> None:
    text = RELEASE_HEAD + (
        "Financial Guidance\n\n"
        "Example Bio now expects its net loss for its fiscal year ending June 30, 2011 to be between $64-68 "
        "million, compared with its previous guidance of $60-64 million. The net loss for its fiscal year ended "
        "June 30, 2010 was below its previous guidance of $40-44 million.\n"
    )
    assert _guidance(text) == {("NetIncomeLoss", "2010-07-01--2011-06-30", "-68000000", "-64000000")}


def test_a_guidance_range_for_another_period_takes_no_fiscal_year() -> None:
    # The fiscal year named in one sentence once carried over to the ranges of the next ones.
    text = RELEASE_HEAD + (
        "Financial Guidance\n\n"
        "Example Bio expects its net loss for its fiscal year ending June 30, 2011 to be between $60-64 "
        "million. Example Bio expects its revenues for the fourth quarter of fiscal 2011 to be between $4-6 "
        "million. In calendar 2012, Example Bio expects its capital expenditures to be between $5-7 million. "
        "It expects its operating expenses to be between $70-75 million.\n"
    )
    fy11 = "2010-07-01--2011-06-30"
    assert _guidance(text) == {
        ("NetIncomeLoss", fy11, "-64000000", "-60000000"),
        ("OperatingExpenses", fy11, "70000000", "75000000"),  # no period of its own: the year named before
    }
