"""Golden cases: each folder under tests/golden holds input/ filings and the expected graph.ttl.

A change in output shows as a failing diff here; after reviewing it, `pytest --update-golden`
rewrites the expected files.
"""

from __future__ import annotations

import difflib
from pathlib import Path

import pytest

from kg.build import build

GOLDEN = Path(__file__).parent / "golden"
CASES = sorted(p.name for p in GOLDEN.iterdir() if (p / "input").is_dir())


@pytest.mark.parametrize("case", CASES)
def test_golden_turtle(case: str, tmp_path: Path, update_golden: bool) -> None:
    build([GOLDEN / case / "input"], tmp_path)
    produced = (tmp_path / "graph.ttl").read_text(encoding="utf-8")
    expected_path = GOLDEN / case / "expected.ttl"
    if update_golden:
        expected_path.write_text(produced, encoding="utf-8")
    expected = expected_path.read_text(encoding="utf-8")
    if produced != expected:
        diff = "".join(
            difflib.unified_diff(
                expected.splitlines(keepends=True),
                produced.splitlines(keepends=True),
                "expected",
                "produced",
                n=2,
            )
        )
        pytest.fail(
            f"{case}: output differs from expected.ttl (review, then pytest --update-golden):\n{diff[:6000]}"
        )
