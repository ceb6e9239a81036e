"""Property tests of the statement-table reader on generated statements.

A statement is generated (title, scale, one to four period columns, rows of known and unknown
labels with signed values), printed in one of the layouts releases use — tab-separated cells with
"$" columns, space-separated columns, a flattened table with every cell on its own line between
"|", and an HTML ``<table>`` — and read back by the financial extractor. The facts must come back
exactly as generated: concept, period, value in base units (sign included), unit and decimals.
"""

from __future__ import annotations

import calendar
import datetime as dt
import html
import re
from dataclasses import dataclass
from decimal import Decimal

import hypothesis_profiles  # noqa: F401  (registers and loads the Hypothesis profile)
from hypothesis import assume, given
from hypothesis import strategies as st

from kg.concepts import concept_table, local_concept_key
from kg.corpus import document_from_bytes
from kg.extractors.financials import EXTRACTOR
from kg.model import FinancialFact, Period

MONTHS = list(calendar.month_name)[1:]

#: Labels a release prints, with the concept and unit each names (one label per concept).
INCOME_LABELS: dict[str, list[tuple[str, str]]] = {
    "CollaborationRevenue": [("Collaboration revenue", "USD"), ("Revenue earned under collaboration agreements", "USD")],
    "LicenseAndMilestoneFees": [("License and milestone fees", "USD")],
    "RoyaltyRevenue": [("Royalty revenue", "USD"), ("Royalties", "USD")],
    "Revenues": [("Total revenues", "USD"), ("Revenues", "USD")],
    "ResearchAndDevelopmentExpense": [("Research and development", "USD"), ("Research and development expenses", "USD")],
    "GeneralAndAdministrativeExpense": [("General and administrative", "USD")],
    "OperatingExpenses": [("Total operating expenses", "USD"), ("Total expenses", "USD")],
    "OperatingIncomeLoss": [("Loss from operations", "USD"), ("Income (loss) from operations", "USD")],
    "NonoperatingIncomeExpense": [("Other income, net", "USD"), ("Other income (expense), net", "USD")],
    "NetIncomeLoss": [("Net loss", "USD"), ("Net income (loss)", "USD")],
    "EarningsPerShareBasicAndDiluted": [
        ("Net loss per share, basic and diluted", "USDPerShare"),
        ("Net loss per common share, basic and diluted", "USDPerShare"),
    ],
    "WeightedAverageSharesBasicAndDiluted": [
        ("Weighted average common shares outstanding, basic and diluted", "Shares"),
        ("Average common shares outstanding, basic and diluted", "Shares"),
    ],
}  # fmt: skip
BALANCE_LABELS: dict[str, list[tuple[str, str]]] = {
    "CashCashEquivalentsAndMarketableSecurities": [
        ("Cash and marketable securities", "USD"),
        ("Cash, cash equivalents and marketable securities", "USD"),
    ],
    "OtherAssetsResidual": [("Other assets", "USD")],
    "Assets": [("Total assets", "USD")],
    "LiabilitiesCurrent": [("Current liabilities", "USD"), ("Total current liabilities", "USD")],
    "Liabilities": [("Total liabilities", "USD")],
    "StockholdersEquity": [("Stockholders' equity", "USD"), ("Total shareholders' equity", "USD")],
    "LiabilitiesAndStockholdersEquity": [("Total liabilities and stockholders' equity", "USD")],
}
#: Words of labels no concept names ("Restricted deposits", "Sublease escrow holdback").
UNKNOWN_FIRST = ["Restricted", "Sublease", "Escrow", "Contingent", "Warrant", "Facility", "Grant"]
UNKNOWN_SECOND = [
    "deposits",
    "holdback",
    "remeasurement",
    "consideration",
    "reserve",
    "obligations",
    "advances",
]

TITLES = {
    "IncomeStatement": [
        "CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS",
        "Consolidated Statements of Operations",
    ],
    "BalanceSheet": ["CONDENSED CONSOLIDATED BALANCE SHEETS", "Consolidated Balance Sheets"],
}
SECTIONS = {"IncomeStatement": "Revenues:", "BalanceSheet": "ASSETS"}
#: Labels naming one side of an income-statement line: a loss (its concept counts it negative) or an
#: expense (positive). Filers print such a row's figures all in parentheses or none, as amounts of
#: that side; a label naming both ("Income (loss) from operations") prints the sign.
ONE_SIDED = {
    "Loss from operations": -1,
    "Net loss": -1,
    "Net loss per share, basic and diluted": -1,
    "Net loss per common share, basic and diluted": -1,
    "Research and development": 1,
    "Research and development expenses": 1,
    "General and administrative": 1,
    "Total operating expenses": 1,
    "Total expenses": 1,
}


def section_heading(kind: str, first: Line) -> str:
    """A heading that fits the statement's first row, as filers print them: an expense is not listed
    under "Revenues:" (there, "Research and development" is revenue from research work)."""
    mapped = concept_table().concepts.get(first.concept) if first.mapped else None
    if kind == "IncomeStatement" and mapped is not None and mapped.sign.startswith("debit: an expense"):
        return "Operating expenses:"
    return SECTIONS[kind]


SCALES = {
    3: ["(in thousands, except per share amounts)", "(In thousands, except per share data)"],
    6: ["(in millions, except per share amounts)"],
}


@dataclass(frozen=True)
class Value:
    """One printed cell: its magnitude as printed, sign, fraction digits, and whether a dash prints zero."""

    units: int  # the printed digits as an integer (12.5 → 125 with decimals 1)
    decimals: int
    negative: bool
    dash: str = ""
    damaged: str = ""  # OCR-damaged print of the figure: the cell names no number any more

    @property
    def printed(self) -> Decimal:
        value = Decimal(self.units).scaleb(-self.decimals)
        return -value if self.negative else value

    def text(self) -> str:
        """The figure without sign marks: "1,234", "12.5", "—"."""
        if self.damaged:
            return self.damaged
        if self.dash:
            return self.dash
        whole, _, frac = f"{Decimal(self.units).scaleb(-self.decimals):.{self.decimals}f}".partition(".")
        grouped = f"{int(whole):,}"
        return grouped + ("." + frac if frac else "")


@dataclass(frozen=True)
class Line:
    label: str
    concept: str
    unit: str
    mapped: bool
    values: tuple[Value, ...]
    #: The sign of the amounts a one-sided label prints (see ``ONE_SIDED``); 0: the sign as printed.
    side: int = 0


@dataclass(frozen=True)
class Statement:
    kind: str
    title: str
    scale_line: str
    power: int
    columns: tuple[Period, ...]
    header_groups: tuple[tuple[str, tuple[int, ...]], ...]  # (phrase, years under it)
    lines: tuple[Line, ...]
    section: str = ""  # a heading over the first row ("Revenues:", "ASSETS")
    unaudited: bool = False

    def expected(self, damaged_rows: bool = False) -> set[tuple[str, str, Decimal, str, int, bool]]:
        """The facts the statement prints. A row with a damaged cell may be read without that
        cell or not at all: it is left out, unless ``damaged_rows`` asks for its intact cells."""
        out = set()
        for line in self.lines:
            power = 0 if line.unit == "USDPerShare" else self.power
            if any(v.damaged for v in line.values) and not damaged_rows:
                continue
            for period, value in zip(self.columns, line.values, strict=True):
                if value.damaged:
                    continue
                printed = abs(value.printed) * line.side if line.side else value.printed
                base = printed.scaleb(power)
                base = Decimal(int(base)) if base == base.to_integral_value() else base.normalize()
                out.add((line.concept, period.key, base, line.unit, value.decimals - power, line.mapped))
        return out


def last_day(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def duration(end: dt.date, months: int) -> Period:
    index = end.year * 12 + end.month - 1 - (months - 1)
    return Period(start=dt.date(index // 12, index % 12 + 1, 1), end=end)


@st.composite
def values(draw: st.DrawFn, unit: str, power: int) -> Value:
    if unit == "USDPerShare":
        return Value(draw(st.integers(0, 999)), 2, draw(st.booleans()))
    if unit == "Shares":
        return Value(
            draw(st.integers(1, 999_999)) if power == 3 else draw(st.integers(1, 9_999)),
            0 if power == 3 else 1,
            False,
        )
    decimals = 0 if power == 3 else 1
    if draw(st.integers(0, 9)) == 0:
        return Value(0, 0, False, dash=draw(st.sampled_from(["—", "-"])))  # a dash has no decimals
    return Value(draw(st.integers(1, 9_999_999)), decimals, draw(st.booleans()))


@st.composite
def statements(draw: st.DrawFn) -> Statement:
    kind = draw(st.sampled_from(["IncomeStatement", "BalanceSheet"]))
    power = draw(st.sampled_from([3, 3, 6]))
    month = draw(st.sampled_from([3, 6, 9, 12]))
    year = draw(st.integers(1998, 2015))
    if kind == "IncomeStatement":
        shape = draw(
            st.sampled_from(
                [((3,), 1), ((3,), 2), ((6,), 2), ((12,), 2), ((12,), 3), ((3, 9), 2), ((3, 6), 1)]
            )
        )
        months, per_group = shape
        groups = []
        columns: list[Period] = []
        for m in months:
            years = tuple(year - i for i in range(per_group))
            count = {3: "Three", 6: "Six", 9: "Nine", 12: "Twelve"}[m]
            phrase = "Year Ended" if m == 12 and draw(st.booleans()) else f"{count} Months Ended"
            groups.append((f"{phrase} {MONTHS[month - 1]} {last_day(year, month).day},", years))
            columns.extend(duration(last_day(y, month), m) for y in years)
        vocabulary = INCOME_LABELS
    else:
        latest = last_day(year, month)
        prior_month = draw(st.sampled_from([m for m in (3, 6, 9, 12) if m != month]))
        prior = last_day(year if prior_month < month else year - 1, prior_month)
        dates = [latest, prior][: draw(st.integers(1, 2))]
        groups = [(f"{MONTHS[d.month - 1]} {d.day},", (d.year,)) for d in dates]
        columns = [Period(instant=d) for d in dates]
        vocabulary = BALANCE_LABELS
    concepts = draw(st.lists(st.sampled_from(sorted(vocabulary)), min_size=1, max_size=6, unique=True))
    order = list(vocabulary)
    lines = []
    for concept in sorted(concepts, key=order.index):
        label, unit = draw(st.sampled_from(vocabulary[concept]))
        row = tuple(draw(values(unit, power)) for _ in columns)
        side = ONE_SIDED.get(label, 0) if kind == "IncomeStatement" else 0
        if side:
            parentheses = draw(st.booleans())
            row = tuple(Value(v.units, v.decimals, parentheses and not v.dash, v.dash) for v in row)
        lines.append(Line(label, concept, unit, True, row, side))
    for _ in range(draw(st.integers(0, 2))):
        label = f"{draw(st.sampled_from(UNKNOWN_FIRST))} {draw(st.sampled_from(UNKNOWN_SECOND))}"
        if concept_table().match(label) is not None or any(line.label == label for line in lines):
            continue
        at = draw(st.integers(0, len(lines)))
        row = tuple(draw(values("USD", power)) for _ in columns)
        lines.insert(
            at, Line(label, local_concept_key(label, instant=kind == "BalanceSheet"), "USD", False, row)
        )
    return Statement(
        kind=kind,
        title=draw(st.sampled_from(TITLES[kind])),
        scale_line=draw(st.sampled_from(SCALES[power])),
        power=power,
        columns=tuple(columns),
        header_groups=tuple(groups),
        lines=tuple(lines),
        section=draw(st.sampled_from(["", section_heading(kind, lines[0])])),
        unaudited=draw(st.booleans()),
    )


# ---------------------------------------------------------------------------------------------
# Layouts

PREAMBLE = (
    "Acme Biologics, Inc. Reports Financial Results\n\n"
    "ACME BIOLOGICS, INC. today reported financial results. The tables below are condensed.\n\n"
)


def _signed(value: Value, dollar: bool, closing_apart: bool = False) -> list[str]:
    """Cells of one value: "$", the figure with its opening parenthesis, and a ")" cell or suffix."""
    figure = value.text()
    if value.negative:
        figure = "(" + figure + ("" if closing_apart else ")")
    cells = ["$" if dollar else "", figure]
    if closing_apart:
        cells.append(")" if value.negative else "")
    return cells


def heading_lines(statement: Statement) -> list[str]:
    """Title, scale and, when printed, "(Unaudited)": the lines above the column headers."""
    return [statement.title, statement.scale_line] + (["(Unaudited)"] if statement.unaudited else [])


def section_lines(statement: Statement) -> list[str]:
    return [statement.section] if statement.section else []


def render_tabs(statement: Statement, dollars: bool) -> str:
    out = heading_lines(statement)
    out.append("\t\t" + "\t\t".join(p for p, _ in statement.header_groups))
    out.append("\t\t" + "\t\t".join(str(y) for _, ys in statement.header_groups for y in ys))
    out += section_lines(statement)
    for i, line in enumerate(statement.lines):
        cells = [line.label]
        for value in line.values:
            cells.extend(_signed(value, dollars and (i == 0 or line.label.startswith("Total"))))
        out.append("\t".join(cells))
    return "\n".join(out) + "\n"


def render_spaces(statement: Statement, dollars: bool) -> str:
    out = heading_lines(statement)
    out.append(" ".join(p for p, _ in statement.header_groups))
    out.append(" ".join(str(y) for _, ys in statement.header_groups for y in ys))
    out += section_lines(statement)
    for line in statement.lines:
        cells = [line.label]
        for value in line.values:
            cells.extend(c for c in _signed(value, dollars) if c)
        out.append(" ".join(cells))
    return "\n".join(out) + "\n"


def render_flattened(statement: Statement, dollars: bool) -> str:
    out = [*heading_lines(statement), "", "|"]
    for phrase, _ in statement.header_groups:
        out += [phrase, "|"]
    for _, ys in statement.header_groups:
        for y in ys:
            out += [str(y), "|"]
    out.append("")
    if statement.section:
        out += [statement.section, ""]
    for line in statement.lines:
        words = line.label.split()
        # Long labels wrap onto a second line inside their cell.
        label_lines = [" ".join(words[:3]), " ".join(words[3:])] if len(words) > 5 else [line.label]
        out += [*label_lines, "|"]
        for value in line.values:
            if dollars:
                out += ["$", "|"]
            if value.negative:
                out += ["(" + value.text(), "|", ")", "|"]  # the closing parenthesis in a cell of its own
            else:
                out += [value.text(), "|"]
        out.append("")
    return "\n".join(out) + "\n"


def render_html(statement: Statement, dollars: bool) -> str:
    def cell(text: str, span: int = 1) -> str:
        attr = f' colspan="{span}"' if span > 1 else ""
        return f"<td{attr}>{html.escape(text)}</td>"

    rows = []
    per_col = 3  # "$", figure, ")"
    heads = [cell("")] + [cell(p, per_col * len(ys)) for p, ys in statement.header_groups]
    rows.append("<tr>" + "".join(heads) + "</tr>")
    years = [cell("")] + [cell(str(y), per_col) for _, ys in statement.header_groups for y in ys]
    rows.append("<tr>" + "".join(years) + "</tr>")
    rows += [f"<tr>{cell(text)}</tr>" for text in section_lines(statement)]
    for i, line in enumerate(statement.lines):
        cells = [cell(line.label)]
        for value in line.values:
            cells += [cell(c) for c in _signed(value, dollars and i == 0, closing_apart=True)]
        rows.append("<tr>" + "".join(cells) + "</tr>")
    body = "\n".join(rows)
    return (
        "<html><body>\n"
        + "".join(f"<p>{html.escape(p)}</p>\n" for p in PREAMBLE.strip().split("\n\n"))
        + "".join(f"<p>{html.escape(text)}</p>\n" for text in heading_lines(statement))
        + f"<table>\n{body}\n</table>\n</body></html>\n"
    )


LAYOUTS = {"tabs": render_tabs, "spaces": render_spaces, "flattened": render_flattened, "html": render_html}


def read_back(statement: Statement, layout: str, dollars: bool) -> tuple[set, list[FinancialFact], str]:
    rendered = LAYOUTS[layout](statement, dollars)
    is_html = layout == "html"
    text = rendered if is_html else PREAMBLE + rendered
    doc = document_from_bytes(
        f"generated.{'htm' if is_html else 'txt'}", text.encode("utf-8"), is_html=is_html
    )
    facts = [f for f in EXTRACTOR.run(doc) if isinstance(f, FinancialFact) and f.statement != "Narrative"]
    got = {(f.concept, f.period.key, f.value, f.unit, f.decimals, f.mapped) for f in facts}
    for fact in facts:
        (evidence,) = fact.evidence
        assert doc.text[evidence.char_start : evidence.char_end] == evidence.quote
    return got, facts, doc.text


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def check(statement: Statement, layout: str, dollars: bool) -> None:
    got, facts, text = read_back(statement, layout, dollars)
    assert got == statement.expected(), f"\n{text}"
    for fact in facts:
        # Each value is quoted from the cell that printed it.
        quote = fact.evidence[0].quote
        printed = int(abs(fact.value).scaleb(fact.decimals))
        assert int(_digits(quote) or 0) == printed, (fact, quote)


@given(statements(), st.sampled_from(sorted(LAYOUTS)), st.booleans())
def test_generated_statement_reads_back_exactly(statement: Statement, layout: str, dollars: bool) -> None:
    check(statement, layout, dollars)


@given(statements(), st.booleans())
def test_generated_statement_reads_back_exactly_in_tabs(statement: Statement, dollars: bool) -> None:
    check(statement, "tabs", dollars)


@given(statements(), st.booleans())
def test_generated_statement_reads_back_exactly_in_spaces(statement: Statement, dollars: bool) -> None:
    check(statement, "spaces", dollars)


@given(statements(), st.booleans())
def test_generated_statement_reads_back_exactly_flattened(statement: Statement, dollars: bool) -> None:
    check(statement, "flattened", dollars)


@given(statements(), st.booleans())
def test_generated_statement_reads_back_exactly_in_html(statement: Statement, dollars: bool) -> None:
    check(statement, "html", dollars)


# ---------------------------------------------------------------------------------------------
# One damaged cell costs at most its own row

OCR_LETTERS = {"0": "O", "1": "l", "5": "S", "8": "B"}


@st.composite
def damaged_statements(draw: st.DrawFn) -> Statement:
    """A statement with one figure damaged as scanners damage them: a digit read as a letter
    ("1,2O4"), or a digit lost after a thousands comma ("1,23")."""
    statement = draw(statements())
    candidates = [
        (i, j)
        for i, line in enumerate(statement.lines)
        for j, value in enumerate(line.values)
        if not value.dash and len(value.text()) > 1
    ]
    assume(candidates)
    i, j = draw(st.sampled_from(candidates))
    value = statement.lines[i].values[j]
    figure = value.text()
    kinds = ["letter"] if "," not in figure else ["letter", "short group"]
    if draw(st.sampled_from(kinds)) == "short group":
        comma = figure.index(",")
        damaged = figure[: comma + 1] + figure[comma + 2 :]
    else:
        spots = [k for k, ch in enumerate(figure) if ch in OCR_LETTERS]
        assume(spots)
        k = draw(st.sampled_from(spots))
        damaged = figure[:k] + OCR_LETTERS[figure[k]] + figure[k + 1 :]
    line = statement.lines[i]
    new_values = tuple(
        Value(v.units, v.decimals, v.negative, v.dash, damaged if n == j else "")
        for n, v in enumerate(line.values)
    )
    lines = list(statement.lines)
    lines[i] = Line(line.label, line.concept, line.unit, line.mapped, new_values, line.side)
    return Statement(
        statement.kind,
        statement.title,
        statement.scale_line,
        statement.power,
        statement.columns,
        statement.header_groups,
        tuple(lines),
        statement.section,
        statement.unaudited,
    )


@given(damaged_statements(), st.sampled_from(sorted(LAYOUTS)), st.booleans())
def test_a_damaged_cell_never_yields_a_wrong_fact_nor_loses_other_rows(
    statement: Statement, layout: str, dollars: bool
) -> None:
    got, _facts, text = read_back(statement, layout, dollars)
    wrong = got - statement.expected(damaged_rows=True)
    assert not wrong, f"facts not printed: {sorted(wrong)}\n{text}"
    lost = statement.expected() - got
    assert not lost, f"intact rows lost: {sorted(lost)}\n{text}"


# ---------------------------------------------------------------------------------------------
# A release prints its statements one after another


@given(
    st.lists(statements(), min_size=2, max_size=3),
    st.sampled_from(sorted(LAYOUTS)),
    st.booleans(),
)
def test_statements_printed_one_after_another_each_read_back(
    several: list[Statement], layout: str, dollars: bool
) -> None:
    # Each statement keeps its own periods, scale and labels; one concept per period across them.
    keys = [(fact[0], fact[1]) for s in several for fact in s.expected()]
    assume(len(keys) == len(set(keys)))
    if layout == "html":
        bodies = [re.search(r"<body>\n(.*)</body>", render_html(s, dollars), re.S).group(1) for s in several]
        text = "<html><body>\n" + "".join(bodies) + "</body></html>\n"
        doc = document_from_bytes("generated.htm", text.encode("utf-8"), is_html=True)
    else:
        # Two blank lines and a line of prose part the statements, as page breaks do.
        parts = [LAYOUTS[layout](s, dollars) for s in several]
        text = PREAMBLE + "\n\n".join(p + "\n-more-\n" for p in parts)
        doc = document_from_bytes("generated.txt", text.encode("utf-8"))
    facts = [f for f in EXTRACTOR.run(doc) if isinstance(f, FinancialFact) and f.statement != "Narrative"]
    got = {(f.concept, f.period.key, f.value, f.unit, f.decimals, f.mapped) for f in facts}
    assert got == set().union(*(s.expected() for s in several)), f"\n{doc.text}"
