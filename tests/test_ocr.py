"""Confusable-aware matching of OCR-damaged code names (kg.ocr)."""

from __future__ import annotations

import pytest

from kg.ocr import ConfusableIndex, close_word, compact, is_code_like, skeleton

KNOWN = {
    "IMGN901": "lorvotuzumab",
    "IMGN853": "mirvetuximab",
    "IMGN529": "naratuximab",
    "BIIB015": "biib015",
    "T-DM1": "trastuzumab",
    "SAR566658": "sar566658",
    "SAR3419": "coltuximab",
}


def test_skeleton_folds_confusables_and_separators() -> None:
    assert skeleton("IMGN9OL") == skeleton("IMGN901") == "1MGN901"
    assert skeleton("BIIBO15") == skeleton("BIIB015")
    assert compact("BT-062") == "BT062"


@pytest.mark.parametrize(
    ("printed", "meant"),
    [
        ("IMGN9OL", "lorvotuzumab"),  # O for 0, L for 1
        ("BIIBO15", "biib015"),  # O for 0
        ("IMGNB853", "mirvetuximab"),  # a stray letter inside
        ("T-DML1", "trastuzumab"),  # a stray letter inside
        ("SARb566658", "sar566658"),  # a stray lower-case letter inside
        ("IMGN5Z9", None),  # Z is no confusable of 2
        ("IMGN9012", None),  # an extra digit is a different code, not damage
        ("XIMGN901", None),  # the stray letter may not be the first
    ],
)
def test_lookup_resolves_only_damaged_spellings(printed: str, meant: str | None) -> None:
    assert ConfusableIndex(KNOWN).lookup(printed) == meant


def test_lookup_refuses_when_two_candidates_fit() -> None:
    index = ConfusableIndex({"ABC108": "one", "ABCI08": "two", "ABC1O8": "one"})
    # "ABC108" and "ABCI08" fold to the same skeleton but name different entities.
    assert index.lookup("ABCl08") is None
    index = ConfusableIndex({"XYZ123": "one", "XYZ23": "two"})
    assert index.lookup("XYZ123") == "one"


def test_code_like_needs_letters_and_digits() -> None:
    assert is_code_like("IMGN9OL")
    assert not is_code_like("Genentech")
    assert not is_code_like("2010")


def test_close_word_accepts_one_slip_in_long_names() -> None:
    assert close_word("InmunoGen", "ImmunoGen")
    assert not close_word("Amgem", "Amgen")  # too short to risk
    assert not close_word("InmunoGem", "ImmunoGen")  # two slips
