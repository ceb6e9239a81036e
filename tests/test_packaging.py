"""The wheel carries the ontology, the default corpus and the explorer template, and builds from them."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_wheel_ships_data_and_builds_the_default_corpus_anywhere(tmp_path: Path) -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--quiet",
            "-w",
            str(tmp_path / "dist"),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    (wheel,) = (tmp_path / "dist").glob("filings_kg-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for expected in (
        "kg/_data/ontology/kg.ttl",
        "kg/_data/ontology/shapes.ttl",
        "kg/_data/ontology/concepts.ttl",
        "kg/_data/ontology/reference/compounds.ttl",
        "kg/_data/filings/immunogen/000_0cfe5a6103b22458.txt",
        "kg/_data/filings/immunogen/002_e454553eec5db317.txt",
        "kg/_data/filings/immunogen/003_102ef10e00e41432.txt",
        "kg/templates/explorer.html",
        "kg/queries/pipeline.rq",
    ):
        assert expected in names, f"{expected} missing from the wheel"
    unpacked = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(unpacked)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    code = "import sys; sys.path.insert(0, sys.argv.pop(1)); from kg.cli import main; main()"
    done = subprocess.run(
        [sys.executable, "-c", code, str(unpacked), "build", "--out", "out"],
        cwd=elsewhere,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "built 3 of 3 filings" in done.stderr
    built = (elsewhere / "out" / "graph.ttl").read_bytes()
    assert built == (ROOT / "graphs" / "graph.ttl").read_bytes()
