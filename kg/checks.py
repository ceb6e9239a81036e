"""Arithmetic checks of one filing's financial facts: the accounting identities a statement obeys.

Per period: components sum to their totals (revenues, operating expenses, assets, liabilities and
equity), revenues − operating expenses = operating income, + other income = pre-tax income,
− tax = net income, assets = liabilities + equity, EPS ≈ net income / shares, and every prose
figure agrees with the table's within its rounding. Tolerances come from each fact's ``decimals``
(a figure rounded to thousands may be 500 off), so exact tables must add up exactly.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from kg.model import FinancialFact, Period
from kg.numbers import find_money, within_rounding
from kg.pattern_cache import cached_compile

REVENUE_PARTS = (
    "LicenseAndMilestoneFees",
    "ResearchAndDevelopmentSupportRevenue",
    "ClinicalMaterialsReimbursement",
    "DevelopmentFees",
    "CollaborationRevenue",
    "RoyaltyRevenue",
)
EXPENSE_PARTS = (
    "CostOfClinicalMaterialsReimbursed",
    "ResearchAndDevelopmentExpense",
    "GeneralAndAdministrativeExpense",
)
ASSET_PARTS = ("CashCashEquivalentsAndMarketableSecurities", "OtherAssetsResidual")
LIABILITY_EQUITY_PARTS = (
    "LiabilitiesCurrent",
    "LongTermDeferredRevenueAndOtherLiabilities",
    "StockholdersEquity",
)


@dataclass(frozen=True)
class Identity:
    """``total`` = Σ sign × term. ``open_terms``: the terms are "whichever are printed" (at least two)."""

    name: str
    total: str
    terms: tuple[tuple[int, str], ...]
    open_terms: bool = False


IDENTITIES: tuple[Identity, ...] = (
    Identity("revenue lines sum to total revenues", "Revenues", tuple((1, c) for c in REVENUE_PARTS), True),
    Identity("expense lines sum to total operating expenses", "OperatingExpenses", tuple((1, c) for c in EXPENSE_PARTS), True),
    Identity("revenues - operating expenses = operating income", "OperatingIncomeLoss", ((1, "Revenues"), (-1, "OperatingExpenses"))),
    Identity(
        "operating income + other income = income before taxes",
        "IncomeLossBeforeIncomeTaxes",
        ((1, "OperatingIncomeLoss"), (1, "NonoperatingIncomeExpense")),
    ),
    Identity(
        "income before taxes - income tax = net income",
        "NetIncomeLoss",
        ((1, "IncomeLossBeforeIncomeTaxes"), (-1, "IncomeTaxExpenseBenefit")),
    ),
    Identity("asset lines sum to total assets", "Assets", tuple((1, c) for c in ASSET_PARTS), True),
    Identity(
        "liability and equity lines sum to their total",
        "LiabilitiesAndStockholdersEquity",
        tuple((1, c) for c in LIABILITY_EQUITY_PARTS),
        True,
    ),
    Identity("liabilities + equity = total", "LiabilitiesAndStockholdersEquity", ((1, "Liabilities"), (1, "StockholdersEquity"))),
    Identity("assets = liabilities + equity", "Assets", ((1, "LiabilitiesAndStockholdersEquity"),)),
)  # fmt: skip


#: Every concept some identity sums or totals.
_IN_IDENTITIES = frozenset(
    {identity.total for identity in IDENTITIES} | {c for identity in IDENTITIES for _, c in identity.terms}
)


@dataclass(frozen=True)
class CheckFailure:
    """One failed check: which identity, period, concepts and lines, and the numbers that disagree."""

    check: str
    period: Period
    concepts: tuple[str, ...]
    lines: tuple[int, ...]
    expected: Decimal
    found: Decimal
    tolerance: Decimal
    filing: str = ""

    @property
    def message(self) -> str:
        where = f"{self.filing}: " if self.filing else ""
        return (
            f"{where}{self.check} fails for {self.period.key}: expected {self.expected}, found {self.found} "
            f"(tolerance {self.tolerance}; concepts {', '.join(self.concepts)}; lines "
            f"{', '.join(str(n) for n in self.lines)})"
        )


def _half_unit(fact: FinancialFact) -> Decimal:
    """Rounding allowance of a figure: none for a statement cell (a printed statement foots exactly),
    half a unit of the last printed digit for a prose figure ("$4.7 million": 50,000)."""
    if fact.statement != "Narrative":
        return Decimal(0)
    return Decimal(1).scaleb(-fact.decimals) / 2


def _rounding(fact: FinancialFact) -> Decimal:
    """Half a unit of the last printed digit: the most a rounded figure can be off."""
    return Decimal(1).scaleb(-fact.decimals) / 2


def _line(fact: FinancialFact) -> int:
    return fact.evidence[0].line if fact.evidence else 0


def _index(facts: Iterable[FinancialFact]) -> dict[tuple[str, Period], FinancialFact]:
    """One fact per concept and period; a table fact wins over a prose one."""
    out: dict[tuple[str, Period], FinancialFact] = {}
    for fact in facts:
        if fact.entity is not None:
            continue
        key = (fact.concept, fact.period)
        kept = out.get(key)
        if kept is None or (kept.statement == "Narrative" and fact.statement != "Narrative"):
            out[key] = fact
    return out


def _evaluate(
    identity: Identity, period: Period, index: dict[tuple[str, Period], FinancialFact]
) -> tuple[Decimal, Decimal, list[FinancialFact]] | None:
    """(expected total, tolerance, facts involved), or None when the identity cannot be evaluated.

    A sum of "whichever lines are printed" adds only lines of the total's own statement (see
    ``_of_statement``): which lines make the statement's total only the statement tells."""
    terms = [(sign, index.get((concept, period))) for sign, concept in identity.terms]
    present = [(sign, fact) for sign, fact in terms if fact is not None]
    if identity.open_terms:
        total = index.get((identity.total, period))
        if total is not None:
            present = [(sign, fact) for sign, fact in present if _of_statement(fact, total, index)]
        if len(present) < 2:
            return None
    elif len(present) != len(terms):
        return None
    expected = sum((sign * fact.value for sign, fact in present), Decimal(0))
    tolerance = sum((_half_unit(fact) for _, fact in present), Decimal(0))
    return expected, tolerance, [fact for _, fact in present]


def _of_statement(
    fact: FinancialFact, total: FinancialFact, index: dict[tuple[str, Period], FinancialFact]
) -> bool:
    """True when ``fact`` is a line of ``total``'s statement: printed by it, or a prose figure standing
    for the statement's own line of that concept, which the statement prints for another period
    (its cell in this one declined, a damaged figure). A prose part of a concept the statement prints
    no line of ("collaboration revenue of $9.8 million" beside "Collaborations and other 9,774") may
    be one a line of another name holds, or part of one: no term of the statement's sum."""
    if fact.statement == total.statement:
        return True
    return any(
        concept == fact.concept and other.statement == total.statement
        for (concept, _), other in index.items()
    )


def _open_terms_complete(
    identity: Identity, period: Period, index: dict[tuple[str, Period], FinancialFact]
) -> bool:
    """For a "whichever are printed" sum: the period prints every component any other period prints.

    Prose gives some components of a prior period and not others; a sum over part of them is no check.
    A component a statement prints for another period is missing here because its cell was declined
    (a damaged figure), whether or not that period's total was read.
    """
    terms = {c for _, c in identity.terms}
    printed = {c for c in terms if (c, period) in index}
    for (concept, other), fact in index.items():
        same_kind = (other.instant is None) == (period.instant is None)
        if other == period or not same_kind or concept not in terms or concept in printed:
            continue
        if fact.statement != "Narrative" or (identity.total, other) in index:
            return False
    return True


def _unknown_part_between(
    total: FinancialFact, parts: list[FinancialFact], facts: list[FinancialFact]
) -> bool:
    """True when a statement line no concept names is printed among the terms of a total: after the
    line closing the block before them (a total or result other than a term, such as "Total
    revenues") and before the total ("Cost of revenue" above "Research and development" under
    "Operating expenses", "Restructuring charge" between "General and administrative" and "Total
    operating expenses", "Gain on sale of assets" between "Other income, net" and "Loss before
    taxes"): a term the identity leaves out, so it is no check of the total."""
    if total.statement == "Narrative" or any(part.statement == "Narrative" for part in parts):
        return False
    first = min(_line(part) for part in parts)
    same = [f for f in facts if f.period == total.period and f.statement == total.statement]
    terms = {id(part) for part in parts} | {id(total)}
    opening = max((_line(f) for f in same if f.mapped and id(f) not in terms and _line(f) < first), default=0)
    return any(not fact.mapped and opening < _line(fact) < _line(total) for fact in same)


def check_filing_facts(facts: Iterable[FinancialFact], filing: str = "") -> list[CheckFailure]:
    """Every failed arithmetic check among one filing's facts (an empty list when all hold)."""
    facts = [f for f in facts if isinstance(f, FinancialFact)]
    index = _index(facts)
    failures: list[CheckFailure] = []
    periods = sorted({p for _, p in index}, key=lambda p: p.key)
    for period in periods:
        for identity in IDENTITIES:
            total = index.get((identity.total, period))
            if total is None:
                continue
            evaluated = _evaluate(identity, period, index)
            if evaluated is None:
                continue
            if identity.open_terms and not _open_terms_complete(identity, period, index):
                continue
            expected, tolerance, involved = evaluated
            if _unknown_part_between(total, involved, facts):
                continue
            tolerance += _half_unit(total)
            if abs(total.value - expected) > tolerance:
                failures.append(
                    CheckFailure(
                        check=identity.name,
                        period=period,
                        concepts=(identity.total, *(f.concept for f in involved)),
                        lines=tuple(sorted({_line(total), *(_line(f) for f in involved)})),
                        expected=expected,
                        found=total.value,
                        tolerance=tolerance,
                        filing=filing,
                    )
                )
        failure = _eps_check(period, index, filing)
        if failure:
            failures.append(failure)
    failures.extend(_prose_checks(facts, filing))
    return failures


def _eps_check(
    period: Period, index: dict[tuple[str, Period], FinancialFact], filing: str
) -> CheckFailure | None:
    """EPS ≈ net income / weighted shares, allowing for the rounding of all three figures."""
    eps = index.get(("EarningsPerShareBasicAndDiluted", period))
    net = index.get(("NetIncomeLoss", period))
    shares = index.get(("WeightedAverageSharesBasicAndDiluted", period))
    if not (eps and net and shares) or shares.value <= 0:
        return None
    ratio = net.value / shares.value
    # Bounds of net/shares given each figure's rounding, then the EPS's own half unit.
    net_err, share_err = _rounding(net), _rounding(shares)
    spread = (abs(net.value) + net_err) / max(shares.value - share_err, Decimal(1)) - abs(ratio)
    tolerance = _rounding(eps) + abs(spread)
    if abs(eps.value - ratio) <= tolerance:
        return None
    return CheckFailure(
        check="EPS = net income / weighted shares",
        period=period,
        concepts=(eps.concept, net.concept, shares.concept),
        lines=tuple(sorted({_line(eps), _line(net), _line(shares)})),
        expected=ratio.quantize(Decimal("0.0001")),
        found=eps.value,
        tolerance=tolerance.quantize(Decimal("0.0001")),
        filing=filing,
    )


def _prose_checks(facts: list[FinancialFact], filing: str) -> list[CheckFailure]:
    """Prose figures agree with the table: unmerged prose facts, and the quotes merged into table facts."""
    failures = []
    index = _index(facts)
    for fact in facts:
        if fact.statement == "Narrative":
            table = index.get((fact.concept, fact.period))
            if (
                table is not None
                and table is not fact
                and not within_rounding(table.value, fact.value, fact.decimals)
            ):
                failures.append(_prose_failure(table, fact.value, fact.decimals, _line(fact), filing))
            continue
        for evidence in fact.evidence[1:]:
            amounts = find_money(_OCR_SCALE.sub(r"\1illion", evidence.quote))
            if len(amounts) != 1:
                continue
            amount = amounts[0]
            value = -amount.value if fact.value < 0 else amount.value
            if fact.unit == "USD" and not within_rounding(fact.value, value, amount.decimals):
                failures.append(_prose_failure(fact, value, amount.decimals, evidence.line, filing))
    return failures


#: A scale word OCR printed with digits for its "l"s ("$62.4 mi11ion"): the prose reader read the
#: amount in millions, and so is its quote read here.
_OCR_SCALE = cached_compile(r"(?i)\b([mb])i[1lI|]{2}ion\b")


def _prose_failure(
    table: FinancialFact, prose: Decimal, decimals: int, line: int, filing: str
) -> CheckFailure:
    return CheckFailure(
        check="prose figure agrees with the table",
        period=table.period,
        concepts=(table.concept,),
        lines=tuple(sorted({_line(table), line})),
        expected=table.value,
        found=prose,
        tolerance=Decimal(1).scaleb(-decimals) / 2,
        filing=filing,
    )


def _identity_results(candidate: FinancialFact, facts: list[FinancialFact]) -> list[bool]:
    """Whether each identity involving ``candidate`` that can be evaluated holds, ``candidate`` taking
    the place of any fact of its concept and period among ``facts``. A sum of "whichever lines are
    printed" with a line no concept names among its terms is no check (see ``_unknown_part_between``)."""
    if candidate.concept not in _IN_IDENTITIES:
        return []
    return _results_in(candidate, _index(facts), [*facts, candidate])


def _results_in(
    candidate: FinancialFact,
    index: dict[tuple[str, Period], FinancialFact],
    facts: list[FinancialFact] | None = None,
) -> list[bool]:
    """``_identity_results`` over an index of the facts (left as it was found)."""
    key = (candidate.concept, candidate.period)
    kept = index.get(key)
    index[key] = candidate
    try:
        return _holding(candidate, index, facts)
    finally:
        if kept is None:
            del index[key]
        else:
            index[key] = kept


def _holding(
    candidate: FinancialFact,
    index: dict[tuple[str, Period], FinancialFact],
    facts: list[FinancialFact] | None = None,
) -> list[bool]:
    results = []
    for identity in IDENTITIES:
        involved = identity.total == candidate.concept or any(
            c == candidate.concept for _, c in identity.terms
        )
        total = index.get((identity.total, candidate.period))
        if not involved or total is None:
            continue
        evaluated = _evaluate(identity, candidate.period, index)
        if evaluated is None:
            continue
        expected, tolerance, parts = evaluated
        if facts is not None and identity.open_terms and _unknown_part_between(total, parts, facts):
            continue
        results.append(abs(total.value - expected) <= tolerance + _half_unit(total))
    return results


def identity_confirms(candidate: FinancialFact, facts: list[FinancialFact]) -> bool:
    """True when some identity involving ``candidate`` can be evaluated and every such identity holds.

    Used to attach a total label printed apart from its numbers: only a confirmed total is kept.
    """
    results = _identity_results(candidate, facts)
    return bool(results) and all(results)


class Identities:
    """The accounting identities over one statement's facts, asked line by line which sign convention
    they confirm (see ``hold``); a line whose reading is settled is put in with ``update``."""

    def __init__(self, facts: Iterable[FinancialFact]) -> None:
        self._index = _index(facts)

    def hold(self, candidates: Iterable[FinancialFact]) -> bool | None:
        """Whether every identity involving one of ``candidates`` (one statement line's facts, in
        place of any of the same concept and period) holds: None when none can be evaluated, so the
        identities say nothing of them."""
        results = [
            result
            for fact in candidates
            if fact.concept in _IN_IDENTITIES
            for result in _results_in(fact, self._index)
        ]
        return all(results) if results else None

    def update(self, facts: Iterable[FinancialFact]) -> None:
        """Put ``facts`` in place of any of the same concept and period."""
        for fact in facts:
            if fact.entity is None:
                self._index[(fact.concept, fact.period)] = fact
