"""Guidance prose of releases unlike the seeds: other companies, fiscal years ending in March, June,
September or December, other wordings. Each case once gave a wrong fact (a non-GAAP figure as GAAP,
a change as a level, half a year as the year, a superseded range) or nothing where the text states
guidance plainly. Expected facts written by hand from the texts below."""

from __future__ import annotations

from decimal import Decimal

from kg.corpus import document_from_bytes
from kg.extractors.financials import run
from kg.model import Guidance
from kg.numbers import find_money_ranges

#: Release heads that name the filer's fiscal calendar the way releases do.
JUNE_FILER = (
    "Example Bio Reports Results\n\nWALTHAM, Mass., Apr 28, 2011 (BUSINESS WIRE) --\n\n"
    "Example Bio, Inc. (Nasdaq: EXBI) today announced financial results for the three-month period ended "
    "March 31, 2011 - the third quarter of the Company's 2011 fiscal year.\n\n"
)
DECEMBER_FILER = (
    "Acme Therapeutics Reports Fourth Quarter Results\n\nSOUTH SAN FRANCISCO, Calif., Feb 22, 2012 --\n\n"
    "Acme Therapeutics, Inc. (Nasdaq: ACMT) today reported financial results for the fourth quarter and "
    "full year ended December 31, 2011.\n\n"
)
SEPTEMBER_FILER = (
    "Norda Pharma Reports Results\n\nSAN DIEGO, Feb 8, 2012 --\n\n"
    "Norda Pharma, Inc. today reported results for the first quarter of fiscal 2012, the three months "
    "ended December 31, 2011.\n\n"
)
MARCH_FILER = (
    "Keston Biosciences Reports Results\n\nBOSTON, Feb 1, 2012 --\n\n"
    "Keston Biosciences, Inc. today reported results for the third quarter of fiscal 2012, the three "
    "months ended December 31, 2011.\n\n"
)
#: A head that says nothing of the fiscal calendar.
UNKNOWN_YEAR_END = "Orin Bio Provides Update\n\nSEATTLE, Jan 5, 2012 --\n\nOrin Bio, Inc. today provided a corporate update.\n\n"

FY11_JUNE = "2010-07-01--2011-06-30"
FY12_JUNE = "2011-07-01--2012-06-30"
FY12_SEPTEMBER = "2011-10-01--2012-09-30"
FY12_MARCH = "2011-04-01--2012-03-31"
YEAR_2012 = "2012-01-01--2012-12-31"


def _guidance(head: str, text: str) -> set[tuple[str, str, str, str]]:
    """(concept, period key, low, high) of the guidance a release of ``head`` and ``text`` gives."""
    doc = document_from_bytes("release.txt", (head + text).encode("utf-8"))
    return {(g.concept, g.period.key, str(g.low), str(g.high)) for g in run(doc) if isinstance(g, Guidance)}


# ---------------------------------------------------------------------------------------------
# Wrong facts that are gone


def test_a_non_gaap_pro_forma_or_adjusted_figure_is_not_the_gaap_concept() -> None:
    assert (
        _guidance(
            JUNE_FILER,
            "Example Bio expects its non-GAAP net loss for its fiscal year ending June 30, 2011 to be between $30-34 million.\n",
        )
        == set()
    )
    assert (
        _guidance(
            DECEMBER_FILER,
            "Acme expects its pro forma net loss for its fiscal year ending December 31, 2012 to be between $40-44 million.\n",
        )
        == set()
    )
    assert (
        _guidance(
            DECEMBER_FILER,
            (
                "Acme expects adjusted operating expenses for the fiscal year ending December 31, 2012 to be between $50-55 million, "
                "and net loss before non-cash charges for the fiscal year ending December 31, 2012 to be between $30-33 million.\n"
            ),
        )
        == set()
    )


def test_a_figure_excluding_an_item_is_not_the_gaap_concept() -> None:
    assert (
        _guidance(
            JUNE_FILER,
            (
                "Example Bio expects its net loss, excluding stock-based compensation, for its fiscal year ending June 30, 2011 "
                "to be between $30-34 million.\n"
            ),
        )
        == set()
    )
    assert (
        _guidance(
            SEPTEMBER_FILER,
            "For fiscal year 2013, the Company expects operating expenses, excluding depreciation and amortization, of $50-55 million.\n",
        )
        == set()
    )


def test_a_change_given_as_a_range_is_not_a_level() -> None:
    assert (
        _guidance(
            JUNE_FILER,
            "Example Bio expects revenues for its fiscal year ending June 30, 2011 to increase by between $2-4 million.\n",
        )
        == set()
    )
    assert (
        _guidance(
            DECEMBER_FILER,
            (
                "Acme expects operating expenses for the fiscal year ending December 31, 2012 to decrease $3-5 million, and its "
                "capital expenditures for the fiscal year ending December 31, 2012 to be $1-2 million higher than in 2011.\n"
            ),
        )
        == set()
    )
    assert (
        _guidance(
            DECEMBER_FILER,
            "The restructuring is expected to reduce operating expenses for 2012 by $8-10 million.\n",
        )
        == set()
    )
    assert (
        _guidance(
            DECEMBER_FILER,
            "Acme expects revenues for the fiscal year ending December 31, 2012 to grow from $60 million to $64 million.\n",
        )
        == set()
    )


def test_a_part_of_the_year_is_not_the_fiscal_year() -> None:
    assert (
        _guidance(
            JUNE_FILER,
            "Example Bio expects its net loss for the first half of its fiscal year ending June 30, 2011 to be between $30-34 million.\n",
        )
        == set()
    )
    assert (
        _guidance(
            JUNE_FILER,
            "For the fourth quarter of its fiscal year ending June 30, 2011, Example Bio expects net loss to be between $12-14 million.\n",
        )
        == set()
    )
    assert (
        _guidance(
            DECEMBER_FILER,
            (
                "Acme expects net loss for the first six months of the fiscal year ending December 31, 2012 to be between $20-22 million "
                "and operating expenses for each quarter of the fiscal year ending December 31, 2012 to be between $9-11 million.\n"
            ),
        )
        == set()
    )
    assert (
        _guidance(
            DECEMBER_FILER,
            "The Company expects its quarterly net loss to be in the range of $8 to $10 million for the remainder of 2012.\n",
        )
        == set()
    )


def test_only_the_range_the_company_now_expects_is_guidance() -> None:
    assert _guidance(
        JUNE_FILER,
        (
            "The Company previously expected its net loss for its fiscal year ending June 30, 2011 to be $60-64 million; it now "
            "expects its net loss for the fiscal year ending June 30, 2011 to be $50-54 million.\n"
        ),
    ) == {("NetIncomeLoss", FY11_JUNE, "-54000000", "-50000000")}
    assert _guidance(
        DECEMBER_FILER,
        (
            "Acme had expected its net loss for the fiscal year ending December 31, 2012 to be between $60-64 million and had "
            "anticipated operating expenses to be between $70-74 million. Acme now expects its net loss for the fiscal year ending "
            "December 31, 2012 to be between $50-54 million.\n"
        ),
    ) == {("NetIncomeLoss", YEAR_2012, "-54000000", "-50000000")}
    # A clause without a verb of its own ("and revenues to be …") is governed by "now expects".
    assert _guidance(
        JUNE_FILER,
        (
            "Example Bio now expects its net loss for its fiscal year ending June 30, 2011 to be between $50-54 million, below its "
            "original guidance of $60-64 million, and revenues to be between $30-32 million, compared with its earlier estimate "
            "of $25-27 million.\n"
        ),
    ) == {
        ("NetIncomeLoss", FY11_JUNE, "-54000000", "-50000000"),
        ("Revenues", FY11_JUNE, "30000000", "32000000"),
    }


def test_a_range_is_the_figure_of_the_concept_named_next_to_it() -> None:
    # "research and development expenses" and "net cash burn" once took the net loss named before them.
    assert _guidance(
        JUNE_FILER,
        (
            "Example Bio expects its net loss for its fiscal year ending June 30, 2011 to be between $60-64 million and its "
            "research and development expenses to be between $45-48 million.\n"
        ),
    ) == {
        ("NetIncomeLoss", FY11_JUNE, "-64000000", "-60000000"),
        ("ResearchAndDevelopmentExpense", FY11_JUNE, "45000000", "48000000"),
    }
    assert _guidance(
        DECEMBER_FILER,
        (
            "Acme expects its net loss for the fiscal year ending December 31, 2012 to be between $60-64 million and its net cash "
            "burn to be between $50-55 million.\n"
        ),
    ) == {("NetIncomeLoss", YEAR_2012, "-64000000", "-60000000")}
    # One kind of revenue is not total revenues; selling, general and administrative is not G&A.
    assert (
        _guidance(
            DECEMBER_FILER,
            (
                "Acme expects royalty revenues for the fiscal year ending December 31, 2012 to be between $10-12 million and selling, "
                "general and administrative expenses to be between $20-22 million.\n"
            ),
        )
        == set()
    )


def test_a_reported_figure_and_a_per_share_range_are_not_guidance() -> None:
    assert (
        _guidance(
            JUNE_FILER,
            "The net loss for the fiscal year ended June 30, 2010 was $45.2 million, within the Company's estimate of $44-48 million.\n",
        )
        == set()
    )
    assert (
        _guidance(
            DECEMBER_FILER,
            "Acme expects its net loss per share for the fiscal year ending December 31, 2012 to be between $1.10 and $1.20 million.\n",
        )
        == set()
    )


# ---------------------------------------------------------------------------------------------
# Forms now read


def test_ranges_printed_with_and_to_or_dashes_between_two_amounts() -> None:
    assert _guidance(
        JUNE_FILER,
        "Example Bio expects its net loss for its fiscal year ending June 30, 2011 to be between $60 million and $64 million.\n",
    ) == {("NetIncomeLoss", FY11_JUNE, "-64000000", "-60000000")}
    assert _guidance(
        DECEMBER_FILER,
        "Acme expects its net loss for the fiscal year ending December 31, 2012 to be between $60.0 and $64.5 million.\n",
    ) == {("NetIncomeLoss", YEAR_2012, "-64500000", "-60000000")}
    assert _guidance(
        DECEMBER_FILER,
        "Acme expects total revenues for the fiscal year ending December 31, 2012 of $60 million to $64 million.\n",
    ) == {("Revenues", YEAR_2012, "60000000", "64000000")}
    assert _guidance(
        DECEMBER_FILER, "We expect net loss to range from $30 million to $34 million in 2012.\n"
    ) == {("NetIncomeLoss", YEAR_2012, "-34000000", "-30000000")}


def test_money_range_forms() -> None:
    def read(text: str) -> list[tuple[Decimal, Decimal, str]]:
        return [(r.low, r.high, text[r.start : r.end]) for r in find_money_ranges(text)]

    million = Decimal(1_000_000)
    assert read("between $60 million and $64 million") == [
        (60 * million, 64 * million, "$60 million and $64 million")
    ]
    assert read("in the range of $60 to $64 million") == [(60 * million, 64 * million, "$60 to $64 million")]
    assert read("of $20–$24 million") == [(20 * million, 24 * million, "$20–$24 million")]
    assert read("$500 thousand to $1.2 million") == [
        (Decimal(500_000), Decimal(1_200_000), "$500 thousand to $1.2 million")
    ]
    assert read("between $500,000 and $750,000") == [
        (Decimal(500_000), Decimal(750_000), "$500,000 and $750,000")
    ]
    assert read("ranging from $60 million to $64 million") == [
        (60 * million, 64 * million, "$60 million to $64 million")
    ]
    # Not ranges of dollars: a movement from one amount to another, per-share and unscaled pairs,
    # two amounts of a list.
    assert read("to grow from $60 million to $64 million") == []
    assert read("$1.10 to $1.20 per share, or $2 to $3") == []
    assert read("revenues of $60 million and $64 million") == []


def test_a_point_figure_is_a_range_of_one_value() -> None:
    assert _guidance(
        JUNE_FILER, "Example Bio expects its net loss for fiscal 2012 to be approximately $45 million.\n"
    ) == {("NetIncomeLoss", FY12_JUNE, "-45000000", "-45000000")}
    assert _guidance(
        DECEMBER_FILER,
        (
            "We anticipate that our cash, cash equivalents and marketable securities will be approximately $200 million at "
            "December 31, 2012.\n"
        ),
    ) == {("CashCashEquivalentsAndMarketableSecurities", "2012-12-31", "200000000", "200000000")}


def test_a_one_sided_bound_or_a_balance_held_now_is_not_guidance() -> None:
    assert (
        _guidance(
            DECEMBER_FILER,
            (
                "Acme expects its revenues for 2012 to be at least $100 million and its operating expenses for 2012 to be no more "
                "than $80 million.\n"
            ),
        )
        == set()
    )
    assert (
        _guidance(
            DECEMBER_FILER,
            (
                "Acme expects that its cash, cash equivalents and marketable securities of $120.5 million at December 31, 2011 will "
                "be sufficient to fund operations into 2014.\n"
            ),
        )
        == set()
    )


def test_a_fiscal_year_named_by_its_number_takes_the_filers_fiscal_year_end() -> None:
    assert _guidance(
        JUNE_FILER, "Example Bio expects its net loss for fiscal 2012 to be between $60-64 million.\n"
    ) == {("NetIncomeLoss", FY12_JUNE, "-64000000", "-60000000")}
    assert _guidance(
        SEPTEMBER_FILER,
        (
            "Norda expects its research and development expenses for fiscal year 2012 to be between $30-33 million and its general "
            "and administrative expenses to be between $8-9 million.\n"
        ),
    ) == {
        ("ResearchAndDevelopmentExpense", FY12_SEPTEMBER, "30000000", "33000000"),
        ("GeneralAndAdministrativeExpense", FY12_SEPTEMBER, "8000000", "9000000"),
    }
    assert _guidance(
        MARCH_FILER,
        (
            "For the 2012 fiscal year, Keston expects total revenues of $15 million to $17 million and a net loss of $22-25 million.\n"
        ),
    ) == {
        ("Revenues", FY12_MARCH, "15000000", "17000000"),
        ("NetIncomeLoss", FY12_MARCH, "-25000000", "-22000000"),
    }
    # Without the filer's fiscal-year end, "fiscal 2012" is no period this reader can place.
    assert (
        _guidance(
            UNKNOWN_YEAR_END, "Orin expects its net loss for fiscal 2012 to be between $35-38 million.\n"
        )
        == set()
    )


def test_a_calendar_year_is_the_fiscal_year_only_of_a_december_filer() -> None:
    assert _guidance(
        DECEMBER_FILER,
        (
            "For 2012, Acme expects net loss to be between $35-38 million and operating expenses to be between $40-44 million.\n"
        ),
    ) == {
        ("NetIncomeLoss", YEAR_2012, "-38000000", "-35000000"),
        ("OperatingExpenses", YEAR_2012, "40000000", "44000000"),
    }
    assert _guidance(
        DECEMBER_FILER,
        "Acme is reaffirming its full-year 2012 guidance: revenues of $60-65 million and a net loss of $20-24 million.\n",
    ) == {
        ("Revenues", YEAR_2012, "60000000", "65000000"),
        ("NetIncomeLoss", YEAR_2012, "-24000000", "-20000000"),
    }
    assert (
        _guidance(JUNE_FILER, "For 2012, Example Bio expects net loss to be between $35-38 million.\n")
        == set()
    )
    assert (
        _guidance(
            DECEMBER_FILER,
            "Acme expects its net loss for 2012 and 2013 to be between $35-38 million in each year.\n",
        )
        == set()
    )


def test_a_year_ending_on_a_date_needs_no_fiscal_calendar() -> None:
    assert _guidance(
        UNKNOWN_YEAR_END,
        "Orin expects its net loss for the year ending December 31, 2012 to be between $18 million and $21 million.\n",
    ) == {("NetIncomeLoss", YEAR_2012, "-21000000", "-18000000")}


def test_a_year_named_after_a_reported_figure_is_that_figures() -> None:
    assert _guidance(
        DECEMBER_FILER,
        (
            "Net loss for 2011 was $40.2 million and the Company expects net loss for 2012 to be between $45-50 million.\n"
        ),
    ) == {("NetIncomeLoss", YEAR_2012, "-50000000", "-45000000")}
    assert _guidance(
        DECEMBER_FILER,
        (
            "Acme expects its net loss for 2012 to be between $35-38 million, compared with a net loss of $40.1 million for 2011, "
            "and operating expenses to be between $40-44 million.\n"
        ),
    ) == {("NetIncomeLoss", YEAR_2012, "-38000000", "-35000000")}


def test_cash_guidance_is_held_at_the_end_of_the_year() -> None:
    assert _guidance(
        SEPTEMBER_FILER,
        (
            "Norda expects to end fiscal 2012 with cash, cash equivalents and marketable securities of between $80 million and "
            "$85 million.\n"
        ),
    ) == {("CashCashEquivalentsAndMarketableSecurities", "2012-09-30", "80000000", "85000000")}
    assert _guidance(
        DECEMBER_FILER,
        (
            "Acme expects its net loss for 2012 to be between $35-38 million and its cash, cash equivalents and marketable "
            "securities at year end to be between $90-95 million.\n"
        ),
    ) == {
        ("NetIncomeLoss", YEAR_2012, "-38000000", "-35000000"),
        ("CashCashEquivalentsAndMarketableSecurities", "2012-12-31", "90000000", "95000000"),
    }
    # A deadline at a year's end elsewhere in the sentence is not the date the cash is held at.
    assert (
        _guidance(
            DECEMBER_FILER,
            (
                "Acme expects to complete enrollment by the end of 2012, and expects cash and marketable securities to be "
                "$100-105 million.\n"
            ),
        )
        == set()
    )


def test_a_passive_verb_states_guidance_too() -> None:
    assert _guidance(
        SEPTEMBER_FILER,
        "Net loss for fiscal 2012 is expected to be between $25.0 million and $28.0 million.\n",
    ) == {("NetIncomeLoss", FY12_SEPTEMBER, "-28000000", "-25000000")}
    assert _guidance(
        DECEMBER_FILER, "Cash used in operating activities for 2012 is projected to be $40-45 million.\n"
    ) == {("NetCashProvidedByUsedInOperatingActivities", YEAR_2012, "-45000000", "-40000000")}
