"""Number cells and prose money as filings print them."""

from __future__ import annotations

from decimal import Decimal

from kg.numbers import (
    find_cells,
    find_money,
    find_money_ranges,
    looks_like_damaged_figure,
    normalise,
    parse_cell,
    scale_exactly,
    scan_cells,
    within_rounding,
)


def test_cells_signs_and_ocr_parentheses() -> None:
    assert [c.value for c in find_cells("(5,412)) (2,835)")] == [Decimal(-5412), Decimal(-2835)]
    assert parse_cell("(13,378").value == Decimal(-13378)  # closing parenthesis lost
    assert parse_cell("4,706)").value == Decimal(-4706)  # opening one lost
    assert parse_cell("\\$ 5,645").value == Decimal(5645)
    assert parse_cell("$110,298").value == Decimal(110298)
    eps = parse_cell("$ (0.11))")
    assert eps.value == Decimal("-0.11") and eps.decimals == 2


def test_dashes_are_zero_but_hyphens_in_words_are_not() -> None:
    for mark in ("-", "—", "_"):
        cell = parse_cell(mark)
        assert cell.value == 0 and cell.is_zero_mark
    assert find_cells("Long-term") == []
    assert [c.value for c in find_cells("\t_\t(33)\t(35)")] == [0, -33, -35]


def test_prose_money_scale_and_decimals() -> None:
    four = find_money("a net loss of $4.7 million, or $0.11 per basic and diluted share")
    assert [(m.value, m.decimals) for m in four] == [(Decimal(4700000), -5), (Decimal("0.11"), 2)]
    assert [(m.value, m.decimals) for m in find_money("approximately $6,000 and $1.0 million")] == [
        (Decimal(6000), 0),
        (Decimal(1000000), -5),
    ]
    # The scale word of the second amount serves both.
    assert [m.value for m in find_money("were $0.3 and $0.6 million")] == [Decimal(300000), Decimal(600000)]
    assert [m.value for m in find_money("$1.8\nmillion of license")] == [Decimal(1800000)]


def test_ranges_and_rounding() -> None:
    (rng,) = find_money_ranges("to be between $60-64 million")
    assert (rng.low, rng.high) == (Decimal(60000000), Decimal(64000000))
    assert within_rounding(Decimal(4706000), Decimal(4700000), -5)
    assert not within_rounding(Decimal(4756000), Decimal(4700000), -5)


def test_a_dash_apart_from_the_digits_is_a_zero_cell_not_a_minus_sign() -> None:
    # "Income tax expense - 25 - -": four columns, the second holding 25.
    cells = find_cells("- 25 - -")
    assert [(c.value, c.is_zero_mark) for c in cells] == [
        (Decimal(0), True),
        (Decimal(25), False),
        (Decimal(0), True),
        (Decimal(0), True),
    ]
    assert [c.value for c in find_cells("-25 -$7")] == [Decimal(-25), Decimal(-7)]


def test_a_leading_decimal_point_is_part_of_the_figure() -> None:
    eps = parse_cell("(.11)")
    assert (eps.value, eps.decimals, eps.negative) == (Decimal("-0.11"), 2, True)
    assert parse_cell("$(.11)").value == Decimal("-0.11")
    assert (parse_cell(".5").value, parse_cell(".5").decimals) == (Decimal("0.5"), 1)
    assert parse_cell("-.5").value == Decimal("-0.5")
    # Points that make no figure are no number at all.
    assert parse_cell("..0") is None
    assert parse_cell(". 1") is None


def test_digits_glued_to_letters_are_a_damaged_figure_not_a_number() -> None:
    for text in ("12O", "1l", "4,7O6", "2,47O"):
        assert parse_cell(text) is None, text
        cells, damaged = scan_cells(text)
        assert cells == [] and len(damaged) == 1, text
        assert looks_like_damaged_figure(text), text
    # Words are not damaged figures, nor is a number closing a phrase ("September 30,").
    for text in ("CD56", "Revenues", "30,", "(1)"):
        assert not looks_like_damaged_figure(text), text


def test_a_broken_thousands_group_is_one_damaged_figure() -> None:
    assert find_cells("25,8") == []
    cells, damaged = scan_cells("25,8 1,2345 12.34.56 1,2,3 148")
    assert [c.value for c in cells] == [Decimal(148)]
    assert [(d.start, d.end) for d in damaged] == [(0, 4), (5, 11), (12, 20), (21, 26)]
    # "(12.34.56)": the damaged span keeps its parentheses.
    (figure,) = scan_cells("  (12.34.56)")[1]
    assert (figure.start, figure.end) == (2, 12)


def test_long_digit_runs_are_read_exactly() -> None:
    digits = "7" * 29
    # Compared as printed: "-Decimal(digits)" would itself round to 28 digits.
    assert parse_cell(f"({digits})").value == Decimal("-" + digits)
    assert str(parse_cell(f"({digits})").value) == "-" + digits
    assert scale_exactly(Decimal(digits), 3) == Decimal(digits + "000")
    assert str(normalise(scale_exactly(Decimal("9" * 40), 6))) == "9" * 40 + "0" * 6


def test_an_amount_in_brackets_is_listed_only_when_asked_for_and_never_as_its_inside() -> None:
    text = (
        "a net loss of $(58.3) million, against ($20.1) million, and revenue of $5.2 million ($4.1 million)"
    )
    # Asked for: each bracketed amount whole, with its scale word, marked; the aside with its scale
    # inside its brackets is an amount as any other.
    found = find_money(text, bracketed=True)
    assert [(m.value, m.bracketed, text[m.start : m.end]) for m in found] == [
        (Decimal(58300000), True, "$(58.3) million"),
        (Decimal(20100000), True, "($20.1) million"),
        (Decimal(5200000), False, "$5.2 million"),
        (Decimal(4100000), False, "$4.1 million"),
    ]
    # Not asked for: left out, never read as "$20.1" without its scale.
    assert [m.value for m in find_money(text)] == [Decimal(5200000), Decimal(4100000)]
    # No scale lent across a bracket: "$(0.3) and $0.6 million" is no pair of millions.
    assert [(m.value, m.bracketed) for m in find_money("$(0.3) and $0.6 million", bracketed=True)] == [
        (Decimal("0.3"), True),
        (Decimal(600000), False),
    ]
