"""The ``kg`` command line: exit codes, error lines, --help for every command, the installed script."""

from __future__ import annotations

import os
import pty
import re
import select
import shutil
import subprocess
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main

COMMANDS = sorted(main.commands)


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.mark.parametrize("command", ["", *COMMANDS])
def test_help_for_every_command(runner: CliRunner, command: str) -> None:
    args = [command, "--help"] if command else ["--help"]
    result = runner.invoke(main, args)
    assert result.exit_code == 0, result.output
    assert "Usage: main" in result.output or "Usage: kg" in result.output


def test_build_missing_path_is_a_usage_error(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(main, ["build", str(tmp_path / "nope"), "--out", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines()[-1] == f"Error: no such file or folder: {tmp_path / 'nope'}"
    assert not (tmp_path / "out").exists()


def test_build_with_nothing_buildable_exits_1(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    result = runner.invoke(main, ["build", str(tmp_path), "--out", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert "skipped empty.txt: empty file" in result.stderr
    assert result.stderr.strip().splitlines()[-1] == "Error: nothing could be built"


def test_build_strict_exits_1_when_a_file_is_skipped(runner: CliRunner, tmp_path: Path, seed_docs) -> None:
    (tmp_path / "good.txt").write_text(seed_docs["2005"].text, encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"%PDF-1.7")
    lenient = runner.invoke(main, ["build", str(tmp_path), "--out", str(tmp_path / "out")])
    assert lenient.exit_code == 0
    strict = runner.invoke(main, ["build", str(tmp_path), "--out", str(tmp_path / "out"), "--strict"])
    assert strict.exit_code == 1
    assert strict.stderr.strip().splitlines()[-1] == "Error: 1 file(s) skipped (--strict)"


def test_build_report_lists_filings_and_triples(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(main, ["build", "--out", str(tmp_path)])
    assert result.exit_code == 0, result.stderr
    assert "read    000_0cfe5a6103b22458.txt -> immunogen-2005-11-03-8-k:" in result.stderr
    assert "built 3 of 3 filings" in result.stderr


def test_stats_counts_classes_and_graphs(runner: CliRunner, seed_build) -> None:
    out, _ = seed_build
    result = runner.invoke(main, ["stats", str(out / "graph.trig")])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert "  Filing                       3" in lines
    assert any(
        line.strip().startswith("https://w3id.org/filings-kg/id/filing/immunogen-2005-11-03-8-k")
        for line in lines
    )


def test_stats_and_validate_on_a_missing_graph(runner: CliRunner, tmp_path: Path) -> None:
    for command in ("stats", "validate"):
        result = runner.invoke(main, [command, str(tmp_path / "graph.trig")])
        assert result.exit_code == 1
        assert result.stderr.strip() == (
            f"Error: no graph at {tmp_path / 'graph.trig'}: run `kg build` first, or pass a .trig/.ttl file"
        )


def test_validate_passes_on_the_built_graph(runner: CliRunner, seed_build) -> None:
    out, _ = seed_build
    result = runner.invoke(main, ["validate", str(out / "graph.trig")])
    assert result.exit_code == 0, result.output
    assert "valid" in result.output


def test_installed_script_runs(tmp_path: Path) -> None:
    kg = shutil.which("kg") or str(Path(__file__).resolve().parents[1] / ".venv" / "bin" / "kg")
    done = subprocess.run([kg, "build", "--out", str(tmp_path)], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "graph.trig").stat().st_size > 0
    missing = subprocess.run(
        [kg, "stats", str(tmp_path / "nope.trig")], capture_output=True, text=True, check=False
    )
    assert missing.returncode == 1
    assert missing.stderr.startswith("Error: no graph at")


def _run_on_a_terminal(args: list[str], timeout: float = 120) -> tuple[int, bytes]:
    """Run ``args`` with a pseudo-terminal as stdin, stdout and stderr: what a person at one sees."""
    pid, fd = pty.fork()
    if pid == 0:  # the child: becomes the command
        os.execv(args[0], args)
    output = b""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 1)
        if not ready:
            if os.waitpid(pid, os.WNOHANG)[0]:
                break
            continue
        try:
            chunk = os.read(fd, 65536)
        except OSError:  # the terminal closed: the command has ended
            break
        if not chunk:
            break
        output += chunk
    _, status = os.waitpid(pid, 0)
    os.close(fd)
    return os.waitstatus_to_exitcode(status), output


def test_build_on_a_terminal_shows_a_progress_bar_per_phase(tmp_path: Path) -> None:
    kg = shutil.which("kg") or str(Path(__file__).resolve().parents[1] / ".venv" / "bin" / "kg")
    code, output = _run_on_a_terminal([kg, "build", "--out", str(tmp_path)])
    assert code == 0, output[-2000:]
    text = output.decode("utf-8", "replace")
    assert re.search(r"extracting\s+\[#+\]\s+3/3", text), text[:2000]
    assert re.search(r"mapping\s+\[#+\]\s+3/3", text), text[:2000]
    assert text.index("extracting") < text.index("mapping") < text.index("built 3 of 3 filings")
    # Piped (as in CI or a script), the same build prints no bar at all.
    piped = subprocess.run([kg, "build", "--out", str(tmp_path / "again")], capture_output=True, text=True)
    assert piped.returncode == 0
    assert "extracting" not in piped.stderr and "[#" not in piped.stderr


def test_every_command_is_in_the_readme() -> None:
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    missing = [name for name in COMMANDS if f"`kg {name}" not in readme]
    assert missing == []


def test_every_extractor_says_what_part_of_a_filing_it_reads() -> None:
    import importlib

    from kg.extractors import REGISTRY

    for extractor in REGISTRY:
        module = importlib.import_module(extractor.run.__module__)
        doc = (module.__doc__ or "") + (
            importlib.import_module(module.__name__.rsplit(".", 1)[0]).__doc__ or ""
        )
        assert len(doc.split()) >= 15, f"{extractor.name}: its module docstring must say what it reads"
        assert extractor.version and extractor.produces


def test_validate_names_an_altered_statement_number_and_exits_1(
    runner: CliRunner, tmp_path: Path, seed_docs
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    text = seed_docs["2005"].text
    assert "Total revenues\t7,778\t9,007" in text
    (corpus / "altered.txt").write_text(
        text.replace("Total revenues\t7,778", "Total revenues\t7,878"), encoding="utf-8"
    )
    assert runner.invoke(main, ["build", str(corpus), "--out", str(tmp_path / "out")]).exit_code == 0
    result = runner.invoke(main, ["validate", str(tmp_path / "out" / "graph.trig")])
    assert result.exit_code == 1
    arithmetic = [line for line in result.output.splitlines() if line.startswith("arithmetic:")]
    assert any(
        "immunogen-2005-11-03-8-k" in line and "2005-07-01" in line and "7878000" in line.replace(",", "")
        for line in arithmetic
    ), arithmetic
    assert result.stderr.strip().endswith("the graph does not validate")


def test_facts_lists_every_financial_fact_with_its_evidence(runner: CliRunner, seed_build) -> None:
    import csv
    import io
    import json

    out, _ = seed_build
    result = runner.invoke(main, ["facts", str(out / "graph.trig")])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.output)))
    net_loss = [
        r
        for r in rows
        if r["concept"] == "NetIncomeLoss"
        and r["period_start"] == "2005-07-01"
        and r["period_end"] == "2005-09-30"
    ]
    assert len(net_loss) == 1
    row = net_loss[0]
    assert (row["filing"], row["value"], row["unit"], row["decimals"], row["fiscal_year"], row["fiscal_period"]) == (
        "immunogen-2005-11-03-8-k", "-4706000", "USD", "-3", "2006", "Q1",
    )  # fmt: skip
    assert row["quote"] in ("(4,706))", "net loss of \\$4.7 million")
    as_json = runner.invoke(main, ["facts", str(out / "graph.trig"), "--format", "json"])
    assert len(json.loads(as_json.output)) == len(rows)


def test_text_prints_the_lines_evidence_cites_in_a_rendered_html_filing(
    runner: CliRunner, tmp_path: Path
) -> None:
    """Every fact of an HTML filing quotes the line ``kg text`` prints under its ``kg:line``."""
    import csv
    import io

    filing = (
        Path(__file__).parent
        / "html_releases"
        / sorted(os.listdir(Path(__file__).parent / "html_releases"))[0]
    )
    assert runner.invoke(main, ["build", str(filing), "--out", str(tmp_path / "out")]).exit_code == 0
    rows = list(
        csv.DictReader(
            io.StringIO(runner.invoke(main, ["facts", str(tmp_path / "out" / "graph.trig")]).output)
        )
    )
    assert len(rows) > 10
    for row in rows:
        result = runner.invoke(main, ["text", str(filing), "--lines", row["line"]])
        assert result.exit_code == 0, result.output
        number, _, line = result.output.rstrip("\n").partition("  ")
        assert int(number) == int(row["line"])
        assert row["quote"].replace("\\$", "$").split("\n")[0] in line


def test_text_rejects_a_bad_line_range(runner: CliRunner) -> None:
    filing = Path(__file__).parent / "releases" / sorted(os.listdir(Path(__file__).parent / "releases"))[0]
    result = runner.invoke(main, ["text", str(filing), "--lines", "9-3"])
    assert result.exit_code == 2
    assert result.stderr.strip() == "Error: --lines '9-3': lines count from 1 and A may not exceed B"
