"""Plain-text 8-K covers whose captions, printed side by side, wrap over two or three lines each in its
own column ("(State or other jurisdiction" / "of incorporation)", "(Commission" / "File Number)",
"(I.R.S. Employer" / "Identification No.)"): the state of incorporation, the SEC file number and the
IRS number above them are read, each from its own column. A state printed in capitals is written as its
name ("DELAWARE" is "Delaware").

Fixtures in tests/reviewed_releases/ and tests/unseen_releases/.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.corpus import read_document
from kg.extractors import filing_metadata
from kg.model import Relation

TESTS = Path(__file__).parent
IDENTIFIERS = ("stateOfIncorporation", "secFileNumber", "irsEmployerId")


def _identifiers(path: Path) -> dict[str, tuple[str, int, str]]:
    """The cover identifiers read: value, line and quote of the evidence."""
    found = {}
    for fact in filing_metadata.run(read_document(path)):
        if isinstance(fact, Relation) and fact.predicate in IDENTIFIERS:
            assert isinstance(fact.obj, str)
            found[fact.predicate] = (fact.obj, fact.evidence.line, fact.evidence.quote)
    return found


@pytest.mark.parametrize(
    ("name", "line", "state", "file_number", "irs"),
    [
        # "Delaware  0-19756  94-3023969" over "(State or other jurisdiction  (Commission  (I.R.S. Employer"
        # and "of incorporation)  File Number)  Identification No.)".
        ("reviewed_releases/pdl_2006q2.txt", 15, "Delaware", "0-19756", "94-3023969"),
        # Three lines: "(State or other" / "jurisdiction of" / "incorporation)".
        ("reviewed_releases/sgen_2006q4.txt", 16, "Delaware", "000-32405", "91-1874389"),
        ("reviewed_releases/orcanix_fy2011q3_ocr.txt", 15, "Massachusetts", "001-34512", "04-3318207"),
        ("reviewed_releases/cobaltridge_2009q2.txt", 16, "Colorado", "001-33871", "84-1587720"),
        # "(Commission File Number)" on one line between two wrapped captions.
        ("reviewed_releases/quintara_fy2011q1.txt", 16, "Maryland", "000-52877", "52-2198810"),
    ],
)
def test_captions_wrapped_in_their_columns(
    name: str, line: int, state: str, file_number: str, irs: str
) -> None:
    assert _identifiers(TESTS / name) == {
        "stateOfIncorporation": (state, line, state),
        "secFileNumber": (file_number, line, file_number),
        "irsEmployerId": (irs, line, irs),
    }


def test_a_state_in_capitals_is_written_as_its_name() -> None:
    """millennium_submission_2005.txt L55 "DELAWARE" above wrapped captions; the SEC header's code is
    written "Delaware" too."""
    found = _identifiers(TESTS / "unseen_releases" / "millennium_submission_2005.txt")
    assert found["stateOfIncorporation"] == ("Delaware", 55, "DELAWARE")
    assert found["irsEmployerId"] == ("04-3177038", 55, "04-3177038")
