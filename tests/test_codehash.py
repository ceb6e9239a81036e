"""The code digest that keys cached extractor results: which edits invalidate which extractor."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from kg.codehash import code_digest, import_closure

ROOT = Path(__file__).resolve().parents[1]


def test_closure_follows_kg_imports_only() -> None:
    closure = import_closure("kg.extractors.financials")
    assert {"kg.numbers", "kg.periods", "kg.extractors.financials.tables", "kg.model"} <= closure
    assert not any(name.startswith("kg.extractors.pipeline") for name in closure)
    assert "kg.mapping" not in closure and "kg.cli" not in closure
    assert all(name == "kg" or name.startswith("kg.") for name in closure)  # libraries are not followed


def test_pipeline_closure_holds_its_submodules_and_reference_reader() -> None:
    closure = import_closure("kg.extractors.pipeline")
    assert {"kg.extractors.pipeline.compounds", "kg.extractors.pipeline.stages", "kg.reference"} <= closure
    assert "kg.numbers" not in closure


def _digests(package_root: Path) -> dict[str, str]:
    """Each extractor module's digest, computed in a fresh interpreter on the copy at ``package_root``."""
    script = (
        "from kg.codehash import code_digest\n"
        "for m in ('kg.extractors.financials', 'kg.extractors.people', 'kg.extractors.pipeline'):\n"
        "    print(m, code_digest(m))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], cwd=package_root, capture_output=True, text=True, check=True
    ).stdout
    return dict(line.split() for line in out.splitlines())


def test_editing_a_helper_changes_only_the_extractors_that_import_it(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "kg", tmp_path / "kg", ignore=shutil.ignore_patterns("__pycache__"))
    before = _digests(tmp_path)
    assert before["kg.extractors.financials"] == code_digest("kg.extractors.financials")
    numbers = tmp_path / "kg" / "numbers.py"
    numbers.write_text(numbers.read_text() + "\n# an edit\n")
    after = _digests(tmp_path)
    assert after["kg.extractors.financials"] != before["kg.extractors.financials"]
    assert after["kg.extractors.people"] == before["kg.extractors.people"]
    assert after["kg.extractors.pipeline"] == before["kg.extractors.pipeline"]
