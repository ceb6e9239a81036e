"""Synthetic earnings-release filings with the facts each must yield: a test corpus of any size.

``generate(n, seed, out_dir)`` writes ``n`` filings shaped like the 8-K earnings releases of small
oncology companies (antibody-drug-conjugate developers) and returns, per filing, the facts a correct
extraction yields: the filing's key fields, every number of its statement tables (and the prose
figures, at their printed precision), guidance ranges, officers with titles, compounds with their
targets and partners. The same ``n`` and ``seed`` always give the same bytes.

What varies, so extractors are tried on what they have not seen: invented companies (names,
tickers, Nasdaq/NYSE, Inc./Corp./plc), fiscal-year ends (Mar 31, Jun 30, Sep 30, Dec 31), report
dates 2001–2013, quarters 1–4 (three-month columns with six-, nine- or twelve-month ones), the
table layouts the financial extractor reads (tab-separated with ``$`` in its own cell as in the 2003
seed; OCR-damaged tab columns as in 2005; space-separated as in 2010; HTML ``<table>`` exhibits),
"in thousands"/"in millions", an 8-K cover or a bare press release, and OCR noise at a set rate in
running text (O/0 and l/1 swaps in boilerplate, doubled closing parentheses, stray symbol lines
between table rows) that leaves every expected fact readable.

CLI: ``python benchmarks/synth.py N --seed S --out DIR`` writes the filings and ``expected.json``.
"""

from __future__ import annotations

import argparse
import calendar
import datetime as dt
import html
import itertools
import json
import random
import sys
from dataclasses import asdict, dataclass, field, replace
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

try:
    from kg.text import company_key, slugify
except ImportError:  # pragma: no cover - run from a checkout without the package installed
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from kg.text import company_key, slugify

LAYOUTS = ("tab", "ocr-tab", "spaced", "html")
#: Layouts that come from scanned pages: only their figures can be damaged (``--damage-rate``).
_SCANNED_LAYOUTS = ("tab", "ocr-tab", "spaced")

# ---------------------------------------------------------------------------------------------
# What a filing must yield


@dataclass(frozen=True, order=True)
class ExpectedFact:
    """One number: concept local name, period (``start``/``end`` or ``instant``, ISO dates), value in base units.

    ``decimals`` is the printed precision (-3 for "in thousands", -5 for "$4.7 million", 2 for "$0.11");
    ``statement`` is where it is printed (``IncomeStatement``, ``BalanceSheet``, ``Narrative``);
    ``damaged``: OCR damaged its printed cell ("4,7O6"), so the fact may be missing, never wrong.
    """

    concept: str
    value: str
    unit: str
    start: str | None = None
    end: str | None = None
    instant: str | None = None
    decimals: int = -3
    statement: str = "IncomeStatement"
    damaged: bool = False

    @property
    def period_key(self) -> str:
        return self.instant if self.instant else f"{self.start}--{self.end}"


@dataclass(frozen=True, order=True)
class ExpectedGuidance:
    """A forward-looking range in base units, signed as us-gaap signs the concept."""

    concept: str
    low: str
    high: str
    unit: str
    start: str | None = None
    end: str | None = None
    instant: str | None = None

    @property
    def period_key(self) -> str:
        return self.instant if self.instant else f"{self.start}--{self.end}"


@dataclass(frozen=True, order=True)
class ExpectedPerson:
    """An officer or contact named with a title (``title`` as printed, spaces collapsed)."""

    name: str
    title: str
    key: str


@dataclass(frozen=True, order=True)
class ExpectedCompound:
    """A compound: every name the filing gives it (code name first) and the key of its target."""

    names: tuple[str, ...]
    target: str | None
    partner: str | None = None


@dataclass
class ExpectedFiling:
    """Everything one synthetic filing must yield, plus how it was made (for diagnostics)."""

    file: str
    filer_key: str
    filer_name: str
    ticker: str
    exchange: str
    report_date: str
    form_type: str
    fiscal_year_end: str  # "--06-30"
    layout: str
    scale: str
    facts: list[ExpectedFact] = field(default_factory=list)
    guidance: list[ExpectedGuidance] = field(default_factory=list)
    people: list[ExpectedPerson] = field(default_factory=list)
    compounds: list[ExpectedCompound] = field(default_factory=list)
    partners: list[str] = field(default_factory=list)  # company keys
    #: Sentences (or clauses) printed to be refused: no fact or guidance may cite them (``--varied-prose``).
    distractors: list[str] = field(default_factory=list)

    @property
    def table_facts(self) -> list[ExpectedFact]:
        return [f for f in self.facts if f.statement != "Narrative"]

    @property
    def narrative_facts(self) -> list[ExpectedFact]:
        return [f for f in self.facts if f.statement == "Narrative"]

    def to_json(self) -> dict[str, object]:
        data = asdict(self)
        if not self.distractors:
            del data["distractors"]  # corpora without distractors keep the JSON they always had
        return data

    @classmethod
    def from_json(cls, data: dict[str, object]) -> ExpectedFiling:
        d = dict(data)
        d["facts"] = [ExpectedFact(**f) for f in d["facts"]]  # type: ignore[arg-type, union-attr]
        d["guidance"] = [ExpectedGuidance(**g) for g in d["guidance"]]  # type: ignore[arg-type, union-attr]
        d["people"] = [ExpectedPerson(**p) for p in d["people"]]  # type: ignore[arg-type, union-attr]
        d["compounds"] = [
            ExpectedCompound(tuple(c["names"]), c["target"], c.get("partner"))  # type: ignore[index, union-attr]
            for c in d["compounds"]  # type: ignore[union-attr]
        ]
        return cls(**d)  # type: ignore[arg-type]


# ---------------------------------------------------------------------------------------------
# Word lists (all invented, except the partner pharma companies and the antigens)

_NAME_STEMS = (
    "Verid", "Halcy", "Orbit", "Meridi", "Tessel", "Corvan", "Lumin", "Aster", "Nexor", "Cyrel",
    "Altair", "Bryant", "Calder", "Denal", "Elytra", "Fenwick", "Garnet", "Hollis", "Iridia", "Jovian",
    "Kestrel", "Larkin", "Morrow", "Novell", "Oberon", "Perrin", "Quillon", "Rhodan", "Sorrel", "Talvor",
)  # fmt: skip
_NAME_ENDS = ("ian", "on", "a", "ex", "is", "ara", "o", "eon", "ica", "os")
_NAME_KINDS = ("Therapeutics", "Biosciences", "Oncology", "Pharmaceuticals", "Biologics", "BioPharma")
_SUFFIXES = ("Inc.", "plc", "Corp.", "Inc.", "Corporation")
_CITIES = (
    ("CAMBRIDGE", "Mass."), ("WALTHAM", "Mass."), ("BOTHELL", "Wash."), ("SOUTH SAN FRANCISCO", "Calif."),
    ("SAN DIEGO", "Calif."), ("PRINCETON", "N.J."), ("BOSTON", "Mass."), ("SEATTLE", "Wash."),
)  # fmt: skip
_STATES = ("Massachusetts", "Delaware", "Washington", "California", "New Jersey")
_FIRST = (
    "Daniel", "Gregory", "Carol", "Karen", "Peter", "Laura", "Steven", "Margaret", "Thomas", "Julia",
    "Robert", "Susan", "Andrew", "Helen", "Michael", "Nancy", "Richard", "Ellen", "David", "Joanna",
)  # fmt: skip
_LAST = (
    "Whitford", "Ramsey", "Kessler", "Donovan", "Hartley", "Brennan", "Lindqvist", "Pemberton", "Ashworth",
    "Caldwell", "Fairbanks", "Gould", "Holloway", "Iverson", "Jennings", "Lockhart", "Merritt", "Norwood",
)  # fmt: skip
_MIDDLE = ("", "", "A.", "J.", "M.", "R.")
_CEO_TITLES = (
    "President and Chief Executive Officer",
    "President and CEO",
    "Chairman and Chief Executive Officer",
)
_CFO_TITLES = (
    "Senior Vice President and Chief Financial Officer", "Chief Financial Officer",
    "Vice President, Finance and Chief Financial Officer",
)  # fmt: skip
_IR_TITLES = (
    ("Director, Investor Relations and", "Corporate Communications"),
    ("Senior Director, Investor Relations",),
    ("Vice President, Corporate Communications",),
)
#: Antigens (reference key, as printed). CD30 and mesothelin are absent from the reference data on purpose.
_TARGETS = (
    ("cd19", "CD19"), ("cd33", "CD33"), ("her2", "HER2"), ("egfr", "EGFR"), ("folr1", "FOLR1"),
    ("cd30", "CD30"), ("mesothelin", "mesothelin"), ("cd37", "CD37"), ("cd138", "CD138"), ("cd56", "CD56"),
)  # fmt: skip
_INDICATIONS = (
    "non-Hodgkin lymphoma", "acute myeloid leukemia", "breast cancer", "head and neck cancer",
    "ovarian cancer", "Hodgkin lymphoma", "mesothelioma", "chronic lymphocytic leukemia",
    "multiple myeloma", "small-cell lung cancer",
)  # fmt: skip
_INN_STEMS = (
    "velitu",
    "coratu",
    "denbitu",
    "farletu",
    "gemvatu",
    "halotu",
    "lirotu",
    "mabretu",
    "novitu",
    "pelatu",
)
_INN_PAYLOADS = (("mertansine", "DM1"), ("ravtansine", "DM4"), ("vedotin", "MMAE"))
_PARTNERS = (
    "Amgen", "Novartis", "Biogen Idec", "Biotest", "Bayer Schering Pharma", "Celgene",
    "Boehringer Ingelheim", "GlaxoSmithKline", "Genentech",
)  # fmt: skip
_PHASES = ("Phase I", "Phase I/II", "Phase II", "preclinical")
_BOILERPLATE = (
    "This press release includes forward-looking statements based on management's current expectations. "
    "For these statements, {short} claims the protection of the safe harbor for forward-looking statements "
    "provided by the Private Securities Litigation Reform Act of 1995. Various factors could cause the "
    "Company's actual results to differ materially from those discussed or implied in the forward-looking "
    "statements, and you are cautioned not to place undue reliance on these forward-looking statements, "
    "which are current only as of the date of this release. Factors that could cause future results to "
    "differ materially from such expectations include, but are not limited to: the timing and outcome of "
    "research and clinical development processes; the difficulties inherent in the development of novel "
    "pharmaceuticals; the Company's dependence on collaborative partners; and other factors more fully "
    "described in the Company's reports filed with the Securities and Exchange Commission."
)

# ---------------------------------------------------------------------------------------------
# Calendar


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _add_months(year: int, month: int, months: int) -> tuple[int, int]:
    total = year * 12 + (month - 1) + months
    return total // 12, total % 12 + 1


def _quarter_end(fiscal_year: int, quarter: int, fye_month: int) -> dt.date:
    """Last day of quarter ``quarter`` of ``fiscal_year`` (named by the calendar year it ends in)."""
    year, month = _add_months(fiscal_year, fye_month, -3 * (4 - quarter))
    return _month_end(year, month)


def _duration(end: dt.date, months: int) -> tuple[dt.date, dt.date]:
    year, month = _add_months(end.year, end.month, -(months - 1))
    return dt.date(year, month, 1), end


def _long_date(date: dt.date) -> str:
    return f"{calendar.month_name[date.month]} {date.day}, {date.year}"


def _month_day(date: dt.date) -> str:
    return f"{calendar.month_name[date.month]} {date.day}"


# ---------------------------------------------------------------------------------------------
# Numbers


@dataclass
class _Money:
    """Printed integers (in the table's unit: thousands, or tenths of millions) of one column."""

    lines: list[tuple[str, str, int]]  # (concept, label, printed integer; negative = loss)
    eps: Decimal  # USD per share, two decimals
    shares: int  # printed integer


_REVENUE_LINES = (
    ("CollaborationRevenue", "Revenue earned under collaboration agreements"),
    ("ResearchAndDevelopmentSupportRevenue", "Research and development support"),
    ("LicenseAndMilestoneFees", "License and milestone fees"),
    ("ClinicalMaterialsReimbursement", "Clinical materials reimbursement"),
    ("DevelopmentFees", "Development fees"),
    ("RoyaltyRevenue", "Royalty revenue"),
)


@dataclass
class _Company:
    name: str
    short: str
    key: str
    ticker: str
    exchange: str
    state: str
    city: tuple[str, str]
    fye_month: int
    ceo: ExpectedPerson
    cfo: ExpectedPerson
    ir: tuple[str, tuple[str, ...]]
    compounds: list[
        tuple[str, str, str, str, str, str | None]
    ]  # code, other name, target key, printed, indication, partner
    revenue_lines: tuple[int, ...]
    size: int  # thousands of revenue per quarter, order of magnitude


def _person(rng: random.Random, title: str, used: set[str]) -> ExpectedPerson:
    while True:
        middle = rng.choice(_MIDDLE)
        name = " ".join(p for p in (rng.choice(_FIRST), middle, rng.choice(_LAST)) if p)
        if name not in used:
            used.add(name)
            return ExpectedPerson(name, title, slugify(name))


def _company(rng: random.Random, index: int, used_names: set[str]) -> _Company:
    for attempt in itertools.count():
        stem = rng.choice(_NAME_STEMS) + rng.choice(_NAME_ENDS)
        if attempt >= 50:
            # The plain names (stems x endings x kinds) run out near 1,800 companies, i.e. about
            # 7,000 filings: larger corpora get two-part stems ("Veridonaxel").
            stem += rng.choice(_NAME_STEMS).lower()
        short = f"{stem} {rng.choice(_NAME_KINDS)}"
        if short not in used_names:
            used_names.add(short)
            break
    # Cycled, not drawn, so even a small corpus has every suffix, fiscal-year end and exchange.
    suffix = _SUFFIXES[index % len(_SUFFIXES)]
    name = f"{short} {suffix}" if suffix == "plc" else f"{short}, {suffix}"
    letters = "".join(ch for ch in stem.upper() if ch.isalpha())
    ticker = (letters[:3] + "ABCDEFGHJKLMNPRSTVWXZ"[index % 21])[: rng.choice((3, 4))]
    people: set[str] = set()
    ceo = _person(rng, rng.choice(_CEO_TITLES), people)
    cfo = _person(rng, rng.choice(_CFO_TITLES), people)
    ir_person = _person(rng, "", people)
    ir_title = rng.choice(_IR_TITLES)
    prefix = "".join(rng.choice("ABCDFGHKMNPRSTVXZ") for _ in range(3))
    compounds = []
    targets = rng.sample(_TARGETS, 3)
    for n, (tkey, tprinted) in enumerate(targets):
        number = rng.randrange(100, 9999)
        code = rng.choice((f"{prefix}-{number:03d}", f"{prefix}{number:04d}"))
        payload_inn, payload = rng.choice(_INN_PAYLOADS)
        other = (
            f"{rng.choice(_INN_STEMS)}zumab {payload_inn}"
            if rng.random() < 0.6
            else f"hu{prefix[:2]}{rng.randrange(1, 99)}-{payload if payload != 'MMAE' else 'DM4'}"
        )
        partner = rng.choice(_PARTNERS) if n == 2 else None
        compounds.append((code, other, tkey, tprinted, rng.choice(_INDICATIONS), partner))
    revenue_lines = tuple(sorted(rng.sample(range(len(_REVENUE_LINES)), rng.randint(2, 4))))
    return _Company(
        name=name, short=short, key=company_key(name), ticker=ticker,
        exchange=("Nasdaq", "NYSE", "Nasdaq")[index % 3], state=rng.choice(_STATES),
        city=rng.choice(_CITIES), fye_month=(6, 12, 9, 3)[index % 4], ceo=ceo, cfo=cfo,
        ir=(ir_person.name, ir_title), compounds=compounds, revenue_lines=revenue_lines,
        size=rng.choice((800, 3000, 9000, 25000)),
    )  # fmt: skip


def _column(rng: random.Random, company: _Company, months: int, unit: int) -> _Money:
    """One internally consistent income-statement column; ``unit`` is 1 (thousands) or 100 (tenths of $M)."""

    def amount(base: float) -> int:
        # Thousands drawn, then rounded to the printed unit: sums are made of printed figures.
        return max(0, round(base * months / 3 * rng.uniform(0.5, 1.5) / unit))

    lines: list[tuple[str, str, int]] = []
    revenues = []
    for index in company.revenue_lines:
        concept, label = _REVENUE_LINES[index]
        value = amount(company.size / len(company.revenue_lines))
        revenues.append(value)
        lines.append((concept, label, value))
    total_revenue = sum(revenues)
    lines.append(("Revenues", "Total revenues", total_revenue))
    expenses = []
    if 3 in company.revenue_lines:  # clinical materials are reimbursed at about cost
        cost = round(lines[company.revenue_lines.index(3)][2] * rng.uniform(0.8, 1.0))
        expenses.append(("CostOfClinicalMaterialsReimbursed", "Cost of clinical materials reimbursed", cost))
    expenses.append(
        ("ResearchAndDevelopmentExpense", "Research and development", amount(company.size * 1.4 + 5000))
    )
    expenses.append(
        ("GeneralAndAdministrativeExpense", "General and administrative", amount(1500 + company.size * 0.2))
    )
    lines.extend(expenses)
    opex = sum(v for _, _, v in expenses)
    lines.append(("OperatingExpenses", "Total operating expenses", opex))
    operating = total_revenue - opex
    lines.append(("OperatingIncomeLoss", "Loss from operations", operating))
    other = amount(600)
    lines.append(("NonoperatingIncomeExpense", "Other income, net", other))
    pretax = operating + other
    lines.append(("IncomeLossBeforeIncomeTaxes", "Loss before income taxes", pretax))
    tax = rng.choice((0, 0, amount(20)))
    lines.append(("IncomeTaxExpenseBenefit", "Income tax expense", tax))
    net = pretax - tax
    lines.append(("NetIncomeLoss", "Net loss", net))
    shares = round(rng.uniform(20000, 120000) / unit)
    eps = (Decimal(net) / Decimal(shares)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    return _Money(lines, eps, shares)


def _balance(rng: random.Random, company: _Company, unit: int) -> list[tuple[str, str, int]]:
    cash = round(rng.uniform(30000, 250000) / unit)
    other = round(rng.uniform(3000, 30000) / unit)
    total = cash + other
    current = round(total * rng.uniform(0.05, 0.15))
    long_term = round(total * rng.uniform(0.05, 0.2))
    equity = total - current - long_term
    return [
        ("CashCashEquivalentsAndMarketableSecurities", "Cash, cash equivalents and marketable securities", cash),
        ("OtherAssetsResidual", "Other assets", other),
        ("Assets", "Total assets", total),
        ("LiabilitiesCurrent", "Current liabilities", current),
        ("LongTermDeferredRevenueAndOtherLiabilities", "Long-term portion of deferred revenue and other long-term liabilities", long_term),
        ("StockholdersEquity", "Stockholders' equity", equity),
        ("LiabilitiesAndStockholdersEquity", "Total liabilities and stockholders' equity", total),
    ]  # fmt: skip


def _relabel(columns: list[_Money]) -> None:
    """Use loss-only labels when every column is a loss, neutral ones otherwise (as filers do)."""
    neutral = {
        "OperatingIncomeLoss": "Income (loss) from operations",
        "IncomeLossBeforeIncomeTaxes": "Income (loss) before income taxes",
        "NetIncomeLoss": "Net income (loss)",
    }
    for index, (concept, _, _) in enumerate(columns[0].lines):
        if concept in neutral and any(col.lines[index][2] >= 0 for col in columns):
            for col in columns:
                c, _, v = col.lines[index]
                col.lines[index] = (c, neutral[c], v)


# ---------------------------------------------------------------------------------------------
# Printing numbers


def _fmt(value: int, unit: int, *, paren: bool = True, ocr: bool = False) -> str:
    """A printed cell: "1,234", "(1,234)", "12.3" (tenths of millions); OCR may double a ")"."""
    text = f"{abs(value):,}" if unit == 1 else f"{Decimal(abs(value)) / 10:,.1f}"
    if value < 0:
        text = f"({text}))" if ocr else f"({text})" if paren else f"-{text}"
    return text


def _fmt_eps(eps: Decimal) -> str:
    return f"({abs(eps):.2f})" if eps < 0 else f"{eps:.2f}"


def _zero_or(value: int, unit: int, ocr: bool) -> str:
    return "-" if value == 0 else _fmt(value, unit, ocr=ocr)


# ---------------------------------------------------------------------------------------------
# One filing


@dataclass
class _Statement:
    """A statement ready to print: title, column header phrases, years, rows of printed cells."""

    title: str
    groups: list[tuple[str, int]]  # (phrase like "Three Months Ended March 31,", number of columns)
    years: list[int]
    rows: list[tuple[str, list[str], bool]]  # label, cells, dollar sign on this row


class _Writer:
    """Builds one filing's text and the facts it must yield."""

    def __init__(
        self,
        rng: random.Random,
        company: _Company,
        fiscal_year: int,
        quarter: int,
        layout: str,
        ocr: float,
        damage: float = 0.0,
    ) -> None:
        self.rng = rng
        self.c = company
        self.fy = fiscal_year
        self.q = quarter
        self.layout = layout
        self.ocr = ocr
        self.damage = damage if layout in _SCANNED_LAYOUTS else 0.0
        self.unit = 100 if rng.random() < 0.25 else 1  # "in millions" with one decimal, else thousands
        self.end = _quarter_end(fiscal_year, quarter, company.fye_month)
        self.report = self.end + dt.timedelta(days=rng.randint(20, 45))
        self.cover = rng.random() < 0.6
        self.facts: list[ExpectedFact] = []
        self.guidance: list[ExpectedGuidance] = []
        self.distractors: list[str] = []

    # -- scale and periods -----------------------------------------------------------------------
    @property
    def power(self) -> int:
        return 3 if self.unit == 1 else 5

    def base(self, printed: int) -> Decimal:
        return Decimal(printed) * (1000 if self.unit == 1 else 100000)

    def _fact(
        self,
        concept: str,
        printed: int,
        period: tuple[dt.date, dt.date] | dt.date,
        statement: str,
        unit: str = "USD",
    ) -> None:
        value = self.base(printed)
        decimals = -self.power
        if isinstance(period, dt.date):
            self.facts.append(
                ExpectedFact(
                    concept,
                    str(value),
                    unit,
                    instant=period.isoformat(),
                    decimals=decimals,
                    statement=statement,
                )
            )
        else:
            self.facts.append(ExpectedFact(concept, str(value), unit, period[0].isoformat(), period[1].isoformat(), decimals=decimals, statement=statement))  # fmt: skip

    def _damaged(self, cell: str) -> str:
        """``cell`` as printed: at the ``damage`` rate, one 0 read as O or one 1 as l ("4,7O6"); the
        fact just recorded for it is then marked damaged. Without damage no random number is drawn,
        so a corpus without it is the same whatever this code does."""
        if not self.damage or self.rng.random() >= self.damage:
            return cell
        spots = [i for i, ch in enumerate(cell) if ch in "01"]
        if not spots:
            return cell
        at = self.rng.choice(spots)
        self.facts[-1] = replace(self.facts[-1], damaged=True)
        return cell[:at] + ("O" if cell[at] == "0" else "l") + cell[at + 1 :]

    # -- statements --------------------------------------------------------------------------------
    def statements(self) -> tuple[_Statement, _Statement]:
        rng, c = self.rng, self.c
        prior_fye = _month_end(self.fy - 1, c.fye_month)
        bs_cur, bs_prior = _balance(rng, c, self.unit), _balance(rng, c, self.unit)
        balance_rows = []
        for (concept, label, cur), (_, _, prior) in zip(bs_cur, bs_prior, strict=True):
            self._fact(concept, cur, self.end, "BalanceSheet")
            cur_cell = self._damaged(_fmt(cur, self.unit))
            self._fact(concept, prior, prior_fye, "BalanceSheet")
            prior_cell = self._damaged(_fmt(prior, self.unit))
            dollar = concept in (
                "CashCashEquivalentsAndMarketableSecurities",
                "Assets",
                "LiabilitiesCurrent",
                "LiabilitiesAndStockholdersEquity",
            )
            if concept == "CashCashEquivalentsAndMarketableSecurities" and self.layout != "ocr-tab":
                balance_rows.append(("ASSETS", [], False))  # the ocr-tab layout prints it in the header
            if concept == "LiabilitiesCurrent":
                balance_rows.append(("LIABILITIES AND STOCKHOLDERS' EQUITY", [], False))
            balance_rows.append((label, [cur_cell, prior_cell], dollar))
        balance = _Statement(
            "CONDENSED CONSOLIDATED BALANCE SHEETS",
            [(f"{_month_day(self.end)},", 1), (f"{_month_day(prior_fye)},", 1)],
            [self.end.year, prior_fye.year],
            balance_rows,
        )
        long_months = {1: 0, 2: 6, 3: 9, 4: 12}[self.q]
        ends = [self.end, _month_end(self.end.year - 1, self.end.month)]
        periods = [_duration(e, 3) for e in ends]
        groups = [(f"Three Months Ended {_month_day(self.end)},", 2)]
        if long_months:
            periods += [_duration(e, long_months) for e in ends]
            phrase = (
                "Year Ended" if long_months == 12 else f"{('Six', 'Nine')[long_months == 9]} Months Ended"
            )
            groups.append((f"{phrase} {_month_day(self.end)},", 2))
        columns = [
            _column(rng, c, (p[1].year - p[0].year) * 12 + p[1].month - p[0].month + 1, self.unit)
            for p in periods
        ]
        self.columns, self.periods = columns, periods
        _relabel(columns)
        rows: list[tuple[str, list[str], bool]] = [("Revenues:", [], False)]
        for index, (concept, label, _) in enumerate(columns[0].lines):
            first_expense = concept in ("CostOfClinicalMaterialsReimbursed", "ResearchAndDevelopmentExpense")
            if first_expense and not any(r[0] == "Expenses:" for r in rows):
                rows.append(("Expenses:", [], False))
            cells = []
            for col, period in zip(columns, periods, strict=True):
                printed = col.lines[index][2]
                self._fact(concept, printed, period, "IncomeStatement")
                noisy = rng.random() < self.ocr * 3
                cell = _zero_or(printed, self.unit, noisy and self.layout in ("ocr-tab", "spaced"))
                cells.append(self._damaged(cell) if printed else cell)
            dollar = concept in ("Revenues", "NetIncomeLoss") or index == 0
            rows.append((label, cells, dollar))
        for col, period in zip(columns, periods, strict=True):
            eps = col.eps
            self.facts.append(ExpectedFact("EarningsPerShareBasicAndDiluted", str(eps), "USDPerShare", period[0].isoformat(), period[1].isoformat(), decimals=2))  # fmt: skip
            self._fact(
                "WeightedAverageSharesBasicAndDiluted", col.shares, period, "IncomeStatement", "Shares"
            )
        label = "Net loss per common share, basic and diluted" if all(c.eps < 0 for c in columns) else "Net income (loss) per common share, basic and diluted"  # fmt: skip
        rows.append((label, [_fmt_eps(col.eps) for col in columns], True))
        rows.append(("Weighted average common shares outstanding, basic and diluted", [_fmt(col.shares, self.unit) for col in columns], False))  # fmt: skip
        operations = _Statement(
            "CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS",
            groups,
            [p[1].year for p in periods],
            rows,
        )
        return balance, operations

    def scale_heading(self) -> str:
        return (
            "(in thousands, except per share amounts)"
            if self.unit == 1
            else "(in millions, except per share amounts)"
        )


# ---------------------------------------------------------------------------------------------
# Layouts: plain text


def _tab_table(st: _Statement, w: _Writer) -> list[str]:
    """The 2003 seed's layout: tab-separated, ``$`` in a cell of its own before the figure."""
    out = [st.title, ""]
    if st.title.endswith("SHEETS"):
        out.append("\t" + "\t\t".join(f"{p} {y}" for (p, _), y in zip(st.groups, st.years, strict=True)))
    else:
        out.append("\t" + "\t\t\t".join(p for p, _ in st.groups))
        out.append("\t\t" + "\t\t".join(str(y) for y in st.years))
    for label, cells, dollar in st.rows:
        out.append(label + "".join(f"\t{'$' if dollar else ''}\t{cell}" for cell in cells))
        if not cells:
            continue
        if w.rng.random() < w.ocr:
            out.append(w.rng.choice(("¨", "Ψ", "§")) + "\t" + w.rng.choice(("120,002", "4", "$")))
    return out


def _ocr_tab_table(st: _Statement, w: _Writer) -> list[str]:
    """The 2005 seed's layout: four tab columns, ``$ 5,645`` in one cell, OCR-doubled parentheses."""
    out = []
    if st.title.endswith("SHEETS"):
        dates = " and ".join(f"{p.rstrip(',')}, {y}" for (p, _), y in zip(st.groups, st.years, strict=True))
        out += [f"{st.title} As of {dates} (Unaudited)", ""]
        out.append(
            "ASSETS\t" + "\t\t".join(f"{p} {y}" for (p, _), y in zip(st.groups, st.years, strict=True)) + "\t"
        )
    else:
        out += [st.title, ""]
        # Two columns: the phrase printed over each (as OCR split it in 2005); more: once per group.
        if len(st.years) == 2:
            out.append("\t" + "\t".join(p for p, n in st.groups for _ in range(n)))
        else:
            out.append("\t" + "\t\t".join(p for p, _ in st.groups))
        out.append("\t" + "\t".join(str(y) for y in st.years))
        out.append("\t" + "\t".join("(Unaudited)" for _ in st.years))
    for label, cells, dollar in st.rows:
        out.append(
            label + "".join(f"\t{'$ ' if dollar else ''}{cell}" for cell in cells) + ("\t" if cells else "")
        )
        if not cells:
            continue
        if w.rng.random() < w.ocr:
            out.append(w.rng.choice(("1100210", "¨\t4", "Ψ\t120,002")))
    return out


def _spaced_table(st: _Statement, w: _Writer) -> list[str]:
    """The 2010 seed's layout: space-separated, headers stacked over a line of years."""
    out = [st.title, "(Unaudited)"]
    if st.title.endswith("SHEETS"):
        out.append(" ".join(p for p, _ in st.groups))
        out.append(" ".join(str(y) for y in st.years))
    else:
        out.append("  ".join(p for p, _ in st.groups))
        out.append(" ".join(str(y) for y in st.years))
    out.append("")
    for label, cells, dollar in st.rows:
        out.append(label + "".join(f" {'$ ' if dollar else ''}{cell}" for cell in cells))
    return out


def _html_table(st: _Statement, w: _Writer) -> list[str]:
    """An EDGAR ``.htm`` exhibit: one ``<tr>`` per row, ``$`` in its own ``<td>``."""
    out = [f"<p><b>{html.escape(st.title)}</b></p>", "<table>"]
    if st.title.endswith("SHEETS"):
        out.append("<tr><td></td>" + "".join(f'<td colspan="2">{html.escape(p)} {y}</td>' for (p, _), y in zip(st.groups, st.years, strict=True)) + "</tr>")  # fmt: skip
    else:
        out.append("<tr><td></td>" + "".join(f'<td colspan="{2 * n}">{html.escape(p)}</td>' for p, n in st.groups) + "</tr>")  # fmt: skip
        out.append("<tr><td></td>" + "".join(f'<td colspan="2">{y}</td>' for y in st.years) + "</tr>")
    for label, cells, dollar in st.rows:
        tds = "".join(f"<td>{'$' if dollar else ''}</td><td>{html.escape(cell)}</td>" for cell in cells)
        out.append(f"<tr><td>{html.escape(label)}</td>{tds}</tr>")
    out.append("</table>")
    return out


_TABLE_WRITERS = {"tab": _tab_table, "ocr-tab": _ocr_tab_table, "spaced": _spaced_table, "html": _html_table}

# ---------------------------------------------------------------------------------------------
# Prose


def _millions(value: Decimal) -> tuple[str, Decimal, int]:
    """ "$4.7 million" for 4,706,000: printed text, the printed value in base units, its decimals."""
    rounded = (abs(value) / Decimal(1_000_000)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    return f"${rounded} million", Decimal(int(rounded * 1_000_000)), -5


def _ordinal(quarter: int) -> str:
    return ("first", "second", "third", "fourth")[quarter - 1]


def _ocr_damage(text: str, rng: random.Random, rate: float) -> str:
    """O/0 and l/1 swaps inside words of boilerplate, at ``rate`` per eligible character."""
    swaps = {"o": "0", "O": "0", "l": "1", "I": "l"}
    return "".join(swaps[ch] if ch in swaps and rng.random() < rate else ch for ch in text)


class _Filing:
    """Assembles the text of one release around its statements."""

    def __init__(self, w: _Writer, varied_prose: bool = False) -> None:
        self.w = w
        self.varied = varied_prose

    def paragraphs(self) -> list[str]:
        w, c, rng = self.w, self.w.c, self.w.rng
        short = c.short
        ended = f"three-month period ended {_long_date(w.end)}"
        fiscal_phrase = f"the {_ordinal(w.q)} quarter of the Company's {w.fy} fiscal year"
        city, state = c.city
        dateline = f"{city}, {state}, {w.report.strftime('%b')} {w.report.day}, {w.report.year} --"
        paras = [
            f"{c.name} Reports {_ordinal(w.q).title()} Quarter Fiscal Year {w.fy} Financial Results",
            f"{dateline} {c.name} ({c.exchange}: {c.ticker}), a biotechnology company that develops "
            f"antibody-drug conjugates for the treatment of cancer, today announced financial results for the "
            f"{ended} - {fiscal_phrase}.",
        ]
        net_cur = w.base(w.columns[0].lines[-1][2])
        net_prior = w.base(w.columns[1].lines[-1][2])
        q_cur, q_prior = w.periods[0], w.periods[1]
        prior_ended = f"three-month period ended {_long_date(q_prior[1])}"
        # Without varied prose no random number is drawn: the default corpus stays the same.
        style = rng.randrange(3) if self.varied else 0
        if net_cur < 0 and net_prior < 0:
            text_cur, value_cur, dec = _millions(net_cur)
            text_prior, value_prior, _ = _millions(net_prior)
            eps_cur, eps_prior = w.columns[0].eps, w.columns[1].eps
            paras.append(
                (
                    f"For the {ended}, the Company reported a net loss of {text_cur}, or ${abs(eps_cur):.2f} per "
                    f"basic and diluted share, compared to a net loss of {text_prior}, or ${abs(eps_prior):.2f} per "
                    "basic and diluted share, for the same period last year.",
                    f"{short} reported a net loss of {text_cur}, or ${abs(eps_cur):.2f} per share, for the {ended}, "
                    f"compared with a net loss of {text_prior}, or ${abs(eps_prior):.2f} per share, for the "
                    f"{prior_ended}.",
                    f"Net loss for the {ended} was {text_cur}, or ${abs(eps_cur):.2f} per basic and diluted share, "
                    f"compared with {text_prior}, or ${abs(eps_prior):.2f} per basic and diluted share, for the "
                    f"{prior_ended}.",
                )[style]
            )
            for value, period in ((-value_cur, q_cur), (-value_prior, q_prior)):
                w.facts.append(ExpectedFact("NetIncomeLoss", str(value), "USD", period[0].isoformat(), period[1].isoformat(), decimals=dec, statement="Narrative"))  # fmt: skip
        revenue_cur = w.base(next(v for k, _, v in w.columns[0].lines if k == "Revenues"))
        revenue_prior = w.base(next(v for k, _, v in w.columns[1].lines if k == "Revenues"))
        text_cur, value_cur, dec = _millions(revenue_cur)
        text_prior, value_prior, _ = _millions(revenue_prior)
        direction = "increased" if revenue_cur >= revenue_prior else "decreased"
        paras.append(
            (
                f"Revenues for the {ended} were {text_cur}, compared to {text_prior} for the same period last year.",
                f"Total revenues {direction} to {text_cur} for the {ended} from {text_prior} for the {prior_ended}.",
                f"{short} had total revenues of {text_cur} for the {ended}, compared with {text_prior} for the "
                f"{prior_ended}.",
            )[style]
        )
        for value, period in ((value_cur, q_cur), (value_prior, q_prior)):
            w.facts.append(ExpectedFact("Revenues", str(value), "USD", period[0].isoformat(), period[1].isoformat(), decimals=dec, statement="Narrative"))  # fmt: skip
        if self.varied:
            paras += _VariedProse(w).figures(ended, prior_ended)
        paras.append(
            f'"We made solid progress with our pipeline this quarter," said {c.ceo.name}, {c.ceo.title}. '
            '"We expect to report new clinical data in the coming months."'
        )
        paras += self.pipeline()
        if rng.random() < 0.5:
            paras += _VariedProse(w).guidance() if self.varied else self.guidance()
        paras.append(
            f'"Our balance sheet allows us to advance our own compounds while we build partnerships," '
            f"commented {c.cfo.name}, {c.cfo.title}."
        )
        paras.append(f"About {c.short}")
        paras.append(
            f"{short} develops antibody-drug conjugates: antibodies that deliver a potent cell-killing agent "
            "specifically to tumor cells. More information can be found on the Company's website."
        )
        paras.append(_ocr_damage(_BOILERPLATE.format(short=short), rng, w.ocr))
        return paras

    def pipeline(self) -> list[str]:
        w, c = self.w, self.w.c
        paras = ["Product Pipeline Highlights"]
        for code, other, _tkey, tprinted, indication, partner in c.compounds:
            phase = w.rng.choice(_PHASES)
            stage = "in preclinical development" if phase == "preclinical" else f"in {phase} clinical testing"
            developer = f" by {partner}" if partner else ""
            # Without varied prose no random number is drawn: the default corpus stays the same.
            if self.varied and w.rng.random() < 0.5:
                paras += self._pipeline_variant(code, other, tprinted, indication, partner, stage)
                continue
            paras.append(f"{code} ({other}) - {stage}{developer} for the treatment of {indication}.")
            paras.append(
                f"{code} is an antibody-drug conjugate that targets {tprinted}, an antigen found on "
                f"{indication} cells."
            )
            if partner:
                paras.append(
                    f"{partner} develops {code} under a collaboration and license agreement with {c.short}."
                )
        return paras

    def _pipeline_variant(
        self, code: str, other: str, target: str, indication: str, partner: str | None, stage: str
    ) -> list[str]:
        """One compound's paragraph in another phrasing: the other name first, the target in a
        relative clause, the partner as the licensee."""
        paras = [f"{other} ({code}), which targets {target}, is {stage} for the treatment of {indication}."]
        if partner:
            paras.append(f"{partner} licensed {code} from {self.w.c.short} under a collaboration agreement.")
        return paras

    def guidance(self) -> list[str]:
        w, c, rng = self.w, self.w.c, self.w.rng
        fy_end = _month_end(w.fy, c.fye_month)
        start = _duration(fy_end, 12)[0]
        low = rng.randrange(20, 90)
        high = low + rng.randrange(2, 8)
        cash_low = rng.randrange(40, 200)
        cash_high = cash_low + rng.randrange(3, 10)
        w.guidance.append(ExpectedGuidance("NetIncomeLoss", str(-high * 1_000_000), str(-low * 1_000_000), "USD", start.isoformat(), fy_end.isoformat()))  # fmt: skip
        w.guidance.append(ExpectedGuidance("CashCashEquivalentsAndMarketableSecurities", str(cash_low * 1_000_000), str(cash_high * 1_000_000), "USD", instant=fy_end.isoformat()))  # fmt: skip
        return [
            "Financial Guidance",
            f"{c.short} expects its net loss for its fiscal year ending {_long_date(fy_end)} to be between "
            f"${low}-{high} million. Cash and marketable securities at {_long_date(fy_end)} are anticipated to "
            f"be between ${cash_low}-{cash_high} million.",
        ]

    def cover(self) -> list[str]:
        w, c = self.w, self.w.c
        return [
            "UNITED STATES SECURITIES AND EXCHANGE COMMISSION",
            "Washington, D.C. 20549",
            "FORM 8-K",
            "CURRENT REPORT",
            f"Date of Report (Date of earliest event reported): {_long_date(w.report)}",
            c.name,
            "(Exact name of registrant as specified in its charter)",
            f"{c.state} (State or other jurisdiction of incorporation)",
            f"0-{10000 + sum(map(ord, c.key)) % 89999} (Commission File Number)",
            "ITEM 2.02 - RESULTS OF OPERATIONS AND FINANCIAL CONDITION",
            f"On {_long_date(w.report)}, {c.name} issued a press release announcing its financial results for "
            f"the quarter ended {_long_date(w.end)}. A copy of the press release is attached as Exhibit 99.1.",
            "SIGNATURES",
            "Pursuant to the requirements of the Securities Exchange Act of 1934, the Registrant has duly caused "
            "this report to be signed on its behalf by the undersigned hereunto duly authorized.",
            f"/s/ {c.cfo.name}",
            f"{c.cfo.name} {c.cfo.title}",
        ]

    def contacts(self) -> list[str]:
        name, title_lines = self.w.c.ir
        return [
            "Contacts:",
            "",
            "Investors",
            name,
            *title_lines,
            "Tel: (617) 555-0100",
            f"ir@{self.w.c.key}.com",
        ]


# ---------------------------------------------------------------------------------------------
# Varied prose (``--varied-prose``): more figures in other wordings, guidance in several forms, and
# distractors: sentences whose figures are no fact (non-GAAP, "excluding …", parts of a total,
# changes, earlier or partial-year guidance). Only varied corpora draw the random numbers used here.


def _m(value: Decimal) -> str:
    """ "$4.7 million" for a value in millions with one decimal."""
    return f"${value:.1f} million"


def _tenths(value: Decimal) -> Decimal:
    """A value in base units as millions with one decimal, the way prose prints it."""
    return (abs(value) / Decimal(1_000_000)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


class _VariedProse:
    """The extra paragraphs of a varied-prose release, with the facts they must (and must not) yield."""

    def __init__(self, w: _Writer) -> None:
        self.w = w
        self.rng = w.rng

    def _line(self, column: int, concept: str) -> Decimal:
        return self.w.base(next(v for k, _, v in self.w.columns[column].lines if k == concept))

    def _narrative(self, concept: str, value: Decimal, period: tuple[dt.date, dt.date]) -> None:
        """A prose figure that restates the table's: its expected fact at the printed precision."""
        signed = -value if concept == "NetIncomeLoss" else value
        self.w.facts.append(ExpectedFact(concept, str(int(signed * 1_000_000)), "USD", period[0].isoformat(), period[1].isoformat(), decimals=-5, statement="Narrative"))  # fmt: skip

    # -- reported figures ----------------------------------------------------------------------------
    def figures(self, ended: str, prior_ended: str) -> list[str]:
        """Expense figures listed with "respectively", year-to-date figures, and narrative distractors."""
        w, rng = self.w, self.rng
        q_cur, q_prior = w.periods[0], w.periods[1]
        paras: list[str] = []
        rd = [_tenths(self._line(i, "ResearchAndDevelopmentExpense")) for i in (0, 1)]
        ga = [_tenths(self._line(i, "GeneralAndAdministrativeExpense")) for i in (0, 1)]
        if rng.random() < 0.5:
            style = rng.randrange(3)
            if style == 0:
                paras.append(
                    f"Research and development expenses and general and administrative expenses were {_m(rd[0])} "
                    f"and {_m(ga[0])}, respectively, for the {ended}, compared to {_m(rd[1])} and {_m(ga[1])}, "
                    f"respectively, for the {prior_ended}."
                )
                pairs = [("ResearchAndDevelopmentExpense", rd), ("GeneralAndAdministrativeExpense", ga)]
                for concept, values in pairs:
                    self._narrative(concept, values[0], q_cur)
                    self._narrative(concept, values[1], q_prior)
            elif style == 1:
                paras.append(
                    f"Research and development expenses were {_m(rd[0])} and {_m(rd[1])} for the three months "
                    f"ended {_month_day(w.end)}, {q_cur[1].year} and {q_prior[1].year}, respectively."
                )
                self._narrative("ResearchAndDevelopmentExpense", rd[0], q_cur)
                self._narrative("ResearchAndDevelopmentExpense", rd[1], q_prior)
            else:
                paras.append(
                    f"Research and development expenses and general and administrative expenses for the {ended} "
                    f"were {_m(rd[0])} and {_m(ga[0])}, respectively."
                )
                self._narrative("ResearchAndDevelopmentExpense", rd[0], q_cur)
                self._narrative("GeneralAndAdministrativeExpense", ga[0], q_cur)
        if w.q in (2, 3) and rng.random() < 0.5:
            paras.append(self._year_to_date())
        paras += self._narrative_distractors(ended, prior_ended, rd)
        return paras

    def _year_to_date(self) -> str:
        w, rng = self.w, self.rng
        ytd_cur, ytd_prior = w.periods[2], w.periods[3]
        net = [self._line(i, "NetIncomeLoss") for i in (2, 3)]
        if all(v < 0 for v in net) and rng.random() < 0.5:
            concept, values, words, verb = "NetIncomeLoss", [_tenths(v) for v in net], "net loss", "was"
        else:
            concept, values, verb = "Revenues", [_tenths(self._line(i, "Revenues")) for i in (2, 3)], "were"
            words = "revenues"
        self._narrative(concept, values[0], ytd_cur)
        self._narrative(concept, values[1], ytd_prior)
        if rng.random() < 0.5:
            return (
                f"Year-to-date, {words} {verb} {_m(values[0])}, compared to {_m(values[1])} for the same period "
                "last year."
            )
        part = "half" if w.q == 2 else "nine months"
        return (
            f"{words[0].upper()}{words[1:]} for the first {part} of fiscal {w.fy} {verb} {_m(values[0])}, "
            f"compared to {_m(values[1])} for the first {part} of fiscal {w.fy - 1}."
        )

    def _narrative_distractors(self, ended: str, prior_ended: str, rd: list[Decimal]) -> list[str]:
        """Sentences whose figures are no fact: each recorded in ``distractors``."""
        w, rng = self.w, self.rng
        out: list[str] = []
        net = [_tenths(self._line(i, "NetIncomeLoss")) for i in (0, 1)]
        loss = all(self._line(i, "NetIncomeLoss") < 0 for i in (0, 1))
        # Non-GAAP net loss: the GAAP loss less stock-based compensation (so never the GAAP figure).
        if loss and min(net) >= Decimal("2.0") and rng.random() < 0.35:
            ng = [n - Decimal(rng.randrange(3, 16)) / 10 for n in net]
            out.append(
                (
                    f"Non-GAAP net loss for the {ended} was {_m(ng[0])}, compared to {_m(ng[1])} for the same "
                    "period last year.",
                    f"On a non-GAAP basis, net loss for the {ended} was {_m(ng[0])}.",
                    f"Non-GAAP net loss, which excludes stock-based compensation expense, was {_m(ng[0])} for the "
                    f"{ended}.",
                )[rng.randrange(3)]
            )
        if loss and net[0] >= Decimal("2.0") and rng.random() < 0.35:
            ex = net[0] - Decimal(rng.randrange(3, 16)) / 10
            out.append(
                (
                    f"Net loss, excluding stock-based compensation, was {_m(ex)} for the {ended}.",
                    f"Excluding stock-based compensation, net loss for the {ended} was {_m(ex)}.",
                )[rng.randrange(2)]
            )
        # A part of total revenues ("license fees"), in both periods.
        revenue = [_tenths(self._line(i, "Revenues")) for i in (0, 1)]
        if min(revenue) >= Decimal("1.0") and rng.random() < 0.35:
            parts = [(r * Decimal(rng.uniform(0.2, 0.6))).quantize(Decimal("0.1")) for r in revenue]
            out.append(
                f"Revenues for the {ended} include {_m(parts[0])} of license fees, compared to {_m(parts[1])} "
                "for the same period last year."
            )
        # A change: the difference of the two quarters' research and development expenses.
        if rd[0] - rd[1] >= Decimal("0.3") and rng.random() < 0.35:
            out.append(
                f"Research and development expenses for the {ended} reflected an increase of {_m(rd[0] - rd[1])} "
                "compared to the same period last year."
            )
        w.distractors += out
        return out

    # -- guidance ------------------------------------------------------------------------------------
    def guidance(self) -> list[str]:
        """A "Financial Guidance" paragraph in one of several wordings, with distractors mixed in."""
        w, c, rng = self.w, self.w.c, self.rng
        short = c.short
        fy = w.fy + 1 if w.q == 4 else w.fy  # a fourth-quarter release guides for the next year
        fy_end = _month_end(fy, c.fye_month)
        year = _duration(fy_end, 12)
        forms = [
            f"its fiscal year ending {_long_date(fy_end)}",
            f"fiscal {fy}",
            f"fiscal year {fy}",
            f"FY{fy % 100:02d}",
            f"FY{fy}",
            f"the year ending {_long_date(fy_end)}",
            f"the {fy} fiscal year",
        ]
        if c.fye_month == 12:
            forms.append(str(fy))
        y = rng.choice(forms)
        # Year-end balance: the fiscal year by its number ("to end fiscal 2012 with …").
        y_end = rng.choice([f"fiscal {fy}", *([str(fy)] if c.fye_month == 12 else [])])
        # Annual figures of the size of this quarter's.
        rd_q, ga_q = (
            self._line(0, "ResearchAndDevelopmentExpense"),
            self._line(0, "GeneralAndAdministrativeExpense"),
        )
        rev_q = self._line(0, "Revenues")
        factor = Decimal(rng.uniform(3.6, 4.6)) / 1_000_000
        rd_low, ga_low, rev_low = (max(1, int(v * factor)) for v in (rd_q, ga_q, rev_q))
        net_low = max(2, rd_low + ga_low - rev_low - rng.randrange(0, 3))
        net_high = net_low + rng.randrange(2, 8)
        cash_now = next(Decimal(f.value) for f in w.facts if f.concept == "CashCashEquivalentsAndMarketableSecurities" and f.instant == w.end.isoformat())  # fmt: skip
        remaining = 4 - w.q if w.q < 4 else 4
        cash_low = max(5, int(cash_now / 1_000_000) - net_high * remaining // 4 - rng.randrange(0, 5))
        cash_high = cash_low + rng.randrange(3, 10)

        def expect(concept: str, low: int, high: int, sign: int = 1) -> None:
            lo, hi = (low, high) if sign > 0 else (-high, -low)
            w.guidance.append(ExpectedGuidance(concept, str(lo * 1_000_000), str(hi * 1_000_000), "USD", year[0].isoformat(), year[1].isoformat()))  # fmt: skip

        def between(low: int, high: int) -> str:
            return rng.choice(
                (
                    f"between ${low}-{high} million",
                    f"between ${low} million and ${high} million",
                    f"between ${low} and ${high} million",
                    f"in the range of ${low} to ${high} million",
                    f"${low}–${high} million",
                )
            )

        sentences: list[str] = []
        distractors: list[str] = []
        # Net loss: a range, a point, or the range now expected after an earlier one.
        kind = rng.randrange(6)
        if kind == 5:  # revised: only the range the company now expects is guidance
            old_low = net_high + rng.randrange(1, 5)
            old = f"${old_low}-{old_low + rng.randrange(2, 6)} million"
            if rng.random() < 0.5:
                clause = f"previously expected its net loss for {y} to be {old}"
                sentences.append(
                    f"The Company {clause}; it now expects its net loss for {y} to be {between(net_low, net_high)}."
                )
            else:
                clause = f"original guidance of {old}"
                sentences.append(
                    f"{short} now expects its net loss for {y} to be {between(net_low, net_high)}, below its {clause}."
                )
            distractors.append(clause)
            expect("NetIncomeLoss", net_low, net_high, -1)
        elif kind == 4:  # a point
            sentences.append(f"{short} expects its net loss for {y} to be approximately ${net_high} million.")
            expect("NetIncomeLoss", net_high, net_high, -1)
        else:
            sentences.append(
                (
                    f"{short} expects its net loss for {y} to be {between(net_low, net_high)}.",
                    f"For {y}, {short} expects net loss to be {between(net_low, net_high)}.",
                    f"Net loss for {y} is expected to be {between(net_low, net_high)}.",
                    f"{short} expects net loss to range from ${net_low} million to ${net_high} million for {y}.",
                )[kind]
            )
            expect("NetIncomeLoss", net_low, net_high, -1)
        # Expenses: in a sentence of their own, the year named or carried from the sentence before.
        rd_high, ga_high = rd_low + rng.randrange(2, 6), ga_low + rng.randrange(1, 3)
        if rng.random() < 0.6:
            with_ga = rng.random() < 0.6
            ga_part = (
                f" and its general and administrative expenses to be {between(ga_low, ga_high)}"
                if with_ga
                else ""
            )
            if rng.random() < 0.5:
                sentences.append(
                    f"{short} expects its research and development expenses for {y} to be "
                    f"{between(rd_low, rd_high)}{ga_part}."
                )
            else:
                sentences.append(
                    f"It expects research and development expenses to be {between(rd_low, rd_high)}{ga_part}."
                )
            expect("ResearchAndDevelopmentExpense", rd_low, rd_high)
            if with_ga:
                expect("GeneralAndAdministrativeExpense", ga_low, ga_high)
        if rev_low >= 2 and rng.random() < 0.3:
            rev_high = rev_low + rng.randrange(1, 5)
            sentences.append(
                f"{short} expects total revenues for {y} of ${rev_low} million to ${rev_high} million."
            )
            expect("Revenues", rev_low, rev_high)
        # Cash at the end of the year.
        if rng.random() < 0.8:
            at = _long_date(fy_end)
            kind = rng.randrange(4)
            if kind == 3:
                cash_high = cash_low
            sentences.append(
                (
                    f"Cash and marketable securities at {at} are anticipated to be {between(cash_low, cash_high)}.",
                    f"{short} expects to end {y_end} with cash, cash equivalents and marketable securities of between "
                    f"${cash_low} million and ${cash_high} million.",
                    f"{short} expects its cash, cash equivalents and marketable securities at the end of {y_end} to be "
                    f"{between(cash_low, cash_high)}.",
                    f"We anticipate that our cash, cash equivalents and marketable securities will be approximately "
                    f"${cash_low} million at {at}.",
                )[kind]
            )
            w.guidance.append(ExpectedGuidance("CashCashEquivalentsAndMarketableSecurities", str(cash_low * 1_000_000), str(cash_high * 1_000_000), "USD", instant=fy_end.isoformat()))  # fmt: skip
        # Distractors: other measures, a change, part of the year.
        if rng.random() < 0.3:
            lo = max(1, net_low - rng.randrange(2, 6))
            distractors.append(
                f"{short} expects its non-GAAP net loss for {y} to be {between(lo, lo + net_high - net_low)}."
            )
        if rng.random() < 0.3:
            lo = max(1, net_low - rng.randrange(2, 6))
            distractors.append(
                f"{short} expects its net loss, excluding stock-based compensation, for {y} to be "
                f"{between(lo, lo + net_high - net_low)}."
            )
        if rng.random() < 0.3:
            up = rng.randrange(1, 5)
            distractors.append(
                f"{short} expects research and development expenses for {y} to increase by "
                f"{rng.choice(('between ', ''))}${up}-{up + rng.randrange(1, 4)} million."
            )
        if rng.random() < 0.3:
            half = rng.choice(
                [
                    f"fiscal {fy}",
                    f"its fiscal year ending {_long_date(fy_end)}",
                    *([str(fy)] if c.fye_month == 12 else []),
                ]
            )
            lo = max(1, net_low // 2)
            distractors.append(
                f"{short} expects its net loss for the first half of {half} to be {between(lo, lo + 2)}."
            )
        sentences += [d for d in distractors if d.endswith(".")]
        w.distractors += distractors
        return ["Financial Guidance", " ".join(sentences)]


def _render_text(f: _Filing, statements: tuple[_Statement, _Statement]) -> str:
    w = f.w
    blocks: list[list[str]] = []
    if w.cover:
        blocks += [[line, ""] for line in f.cover()]
    blocks.append(f.contacts())
    blocks.append([""])
    blocks += [[p, ""] for p in f.paragraphs()]
    blocks.append(["-financials follow-", "", f"{w.c.name.upper()}", "", "SELECTED FINANCIAL INFORMATION", w.scale_heading(), ""])  # fmt: skip
    writer = _TABLE_WRITERS[w.layout]
    for st in statements:
        blocks.append([*writer(st, w), ""])
    return "\n".join(line for block in blocks for line in block) + "\n"


def _render_html(f: _Filing, statements: tuple[_Statement, _Statement]) -> str:
    w = f.w

    def p(text: str) -> str:
        return f"<p>{html.escape(text)}</p>"

    body: list[str] = []
    if w.cover:
        body += [p(line) for line in f.cover()]
    contact = f.contacts()
    body.append(p(contact[0]))
    body.append("<p>" + "<br>".join(html.escape(x) for x in contact[2:]) + "</p>")
    body += [p(x) for x in f.paragraphs()]
    body += [p("SELECTED FINANCIAL INFORMATION"), p(w.scale_heading())]
    for st in statements:
        body += _html_table(st, w)
    return (
        "<html><head><title>EX-99.1</title><style>td {padding: 0 4px}</style></head>\n<body>\n"
        + "\n".join(body)
        + "\n</body></html>\n"
    )


# ---------------------------------------------------------------------------------------------
# The corpus


def generate(
    n: int,
    seed: int,
    out_dir: Path,
    *,
    ocr_rate: float = 0.01,
    layouts: tuple[str, ...] = LAYOUTS,
    damage_rate: float = 0.0,
    varied_prose: bool = False,
) -> list[ExpectedFiling]:
    """Write ``n`` filings into ``out_dir`` and return what each must yield (deterministic for ``seed``).

    ``damage_rate``: the share of statement figures of the scanned layouts that OCR damaged
    ("4,7O6"); their facts are marked ``damaged`` (they may be missing, never wrong).
    ``varied_prose``: the headline sentences in one of three phrasings each, the prior period named
    by its dates in two of them ("compared with … for the three-month period ended March 31, 2004");
    expense pairs ("…, respectively") and year-to-date figures; guidance in several range, point and
    year forms (R&D, G&A, revenues, year-end cash); and distractors (non-GAAP, "excluding …", parts,
    changes, earlier or half-year guidance) listed in ``ExpectedFiling.distractors``: they must yield
    nothing. Without it no random number of these is drawn, so the corpus stays byte for byte the same.

    Companies are reused across filings (about four releases each), as in a real corpus, so the same
    entities meet across filings.
    """
    rng = random.Random(seed)
    out_dir.mkdir(parents=True, exist_ok=True)
    used: set[str] = set()
    companies = [_company(rng, i, used) for i in range(max(1, (n + 3) // 4))]
    expected: list[ExpectedFiling] = []
    taken: set[tuple[str, int, int]] = set()
    for index in range(n):
        company = companies[index % len(companies)]
        while True:
            fiscal_year, quarter = rng.randint(2001, 2013), rng.randint(1, 4)
            end = _quarter_end(fiscal_year, quarter, company.fye_month)
            if (
                dt.date(2001, 1, 1) <= end <= dt.date(2013, 11, 30)
                and (company.key, fiscal_year, quarter) not in taken
            ):
                taken.add((company.key, fiscal_year, quarter))
                break
        layout = layouts[index % len(layouts)]
        writer = _Writer(
            random.Random(rng.getrandbits(64)), company, fiscal_year, quarter, layout, ocr_rate, damage_rate
        )
        statements = writer.statements()
        filing = _Filing(writer, varied_prose)
        suffix = ".htm" if layout == "html" else ".txt"
        name = f"{index:05d}_{company.key}_{writer.report.isoformat()}{suffix}"
        text = _render_html(filing, statements) if layout == "html" else _render_text(filing, statements)
        (out_dir / name).write_bytes(text.encode("utf-8"))
        people = [company.ceo, company.cfo]
        ir_name, ir_title = company.ir
        people.append(ExpectedPerson(ir_name, " ".join(ir_title), slugify(ir_name)))
        expected.append(
            ExpectedFiling(
                file=name,
                filer_key=company.key,
                filer_name=company.name,
                ticker=company.ticker,
                exchange=company.exchange,
                report_date=writer.report.isoformat(),
                form_type="8-K" if writer.cover else "press release",
                fiscal_year_end=f"--{company.fye_month:02d}-{_month_end(2001, company.fye_month).day:02d}",
                layout=layout,
                scale="thousands" if writer.unit == 1 else "millions",
                facts=sorted(writer.facts),
                guidance=sorted(writer.guidance),
                people=sorted(set(people)),
                compounds=[ExpectedCompound((code, other), tkey, partner) for code, other, tkey, _, _, partner in company.compounds],
                partners=sorted({company_key(p) for *_, p in company.compounds if p}),
                distractors=writer.distractors,
            )
        )  # fmt: skip
    return expected


def write_expected(expected: list[ExpectedFiling], path: Path) -> None:
    """``expected.json``: a list of filings, sorted keys, so equal corpora give equal files."""
    path.write_text(
        json.dumps([e.to_json() for e in expected], indent=1, sort_keys=True) + "\n", encoding="utf-8"
    )


def read_expected(path: Path) -> list[ExpectedFiling]:
    return [ExpectedFiling.from_json(d) for d in json.loads(path.read_text(encoding="utf-8"))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Write N synthetic earnings-release filings and expected.json."
    )
    parser.add_argument("n", type=int, help="number of filings")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", type=Path, required=True, help="folder for the filings (created)")
    parser.add_argument("--ocr-rate", type=float, default=0.01, help="OCR noise rate in running text (0-0.1)")
    parser.add_argument(
        "--damage-rate",
        type=float,
        default=0.0,
        help="share of statement figures OCR damaged, as 4,7O6 (0-1)",
    )
    parser.add_argument(
        "--varied-prose",
        action="store_true",
        help="headline sentences in three phrasings, guidance in several forms, and distractors",
    )
    args = parser.parse_args(argv)
    if args.n < 1:
        parser.error("N must be at least 1")
    expected = generate(
        args.n,
        args.seed,
        args.out,
        ocr_rate=args.ocr_rate,
        damage_rate=args.damage_rate,
        varied_prose=args.varied_prose,
    )
    write_expected(expected, args.out / "expected.json")
    facts = sum(len(e.facts) for e in expected)
    print(f"wrote {len(expected)} filings ({facts} expected financial facts) and expected.json to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
