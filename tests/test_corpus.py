"""Reading filings: decoding, hashing, line index, HTML rendering, folder walking."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from kg.corpus import decode, document_from_bytes, read_document
from kg.discover import find_filings
from kg.errors import FilingError, UsageError
from kg.resources import default_corpus


def test_seed_document_hash_and_lines(seed_docs) -> None:
    doc = seed_docs["2005"]
    raw = (default_corpus() / "immunogen" / "000_0cfe5a6103b22458.txt").read_bytes()
    assert doc.sha256 == hashlib.sha256(raw).hexdigest()
    assert doc.encoding == "utf-8"
    assert doc.lines[10] == "Date of Report (Date of earliest event reported): November 3, 2005"
    start, end = doc.line_span(11)
    assert doc.text[start:end] == doc.lines[10]
    assert doc.line_of(start) == 11


def test_evidence_trims_and_quotes_exactly(seed_docs) -> None:
    doc = seed_docs["2005"]
    start = doc.text.index("ImmunoGen, Inc.\n")
    ev = doc.evidence(start - 2, start + len("ImmunoGen, Inc.") + 1, "test")
    assert ev.quote == "ImmunoGen, Inc."
    assert doc.text[ev.char_start : ev.char_end] == ev.quote
    assert ev.line == 13


@pytest.mark.parametrize(
    ("data", "text", "encoding"),
    [
        ("café ® —".encode(), "café ® —", "utf-8"),
        (b"\xef\xbb\xbfBOM text", "BOM text", "utf-8"),
        ("Revlimid® – “quoted”".encode("cp1252"), "Revlimid® – “quoted”", "cp1252"),
        (b"undefined in 1252: \x81\x8d", "undefined in 1252: \x81\x8d", "latin-1"),
    ],
)
def test_decode_edgar_encodings(data: bytes, text: str, encoding: str) -> None:
    assert decode(data) == (text, encoding)


def test_crlf_and_nul_are_normalised() -> None:
    doc = document_from_bytes("x.txt", b"line one\r\nline\x00 two\rthree\n")
    assert doc.lines[:3] == ["line one", "line two", "three"]


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b"   \n\n", "empty file"),
        (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj", "binary file (a PDF document)"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file (a PNG image)"),
        (b"\x00\x01" * 512, "binary file (NUL bytes)"),
        (bytes(range(1, 32)) * 40, "binary file (control bytes)"),
    ],
)
def test_unreadable_files_raise_one_line_reason(data: bytes, reason: str) -> None:
    with pytest.raises(FilingError) as info:
        document_from_bytes("bad.txt", data)
    assert str(info.value) == f"bad.txt: {reason}"


def test_html_tables_become_tab_separated_rows() -> None:
    html = b"""<html><head><style>td {color: red}</style><script>var x = "<td>1</td>";</script></head>
    <body><p>ImmunoGen, Inc. reports</p>
    <table><tr><td>Net loss</td><td>$</td><td>(4,706</td><td>)</td></tr>
    <tr><td></td><td>2005</td><td>2004</td></tr></table>
    <div>After <b>the</b> table</div></body></html>"""
    doc = document_from_bytes("x.htm", html, is_html=True)
    assert doc.is_html
    assert doc.lines == [
        "ImmunoGen, Inc. reports",
        "",
        "Net loss\t$\t(4,706\t)",
        "\t2005\t2004",
        "",
        "After the table",
        "",
    ]
    assert "var x" not in doc.text and "color" not in doc.text


def test_deeply_nested_html_does_not_exhaust_the_stack() -> None:
    html = ("<div>" * 20000 + "deep" + "</div>" * 20000).encode()
    doc = document_from_bytes("deep.html", html)
    assert "deep" in doc.text


def test_find_filings_walks_sorted_and_survives_symlink_loops(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.htm").write_text("<p>x</p>")
    (tmp_path / "one.txt").write_text("x")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    os.symlink(tmp_path, tmp_path / "b" / "loop")
    os.symlink(tmp_path / "one.txt", tmp_path / "alias.txt")
    found = [p.relative_to(tmp_path).as_posix() for p in find_filings([tmp_path])]
    assert found == ["alias.txt", "b/two.htm"]


def test_find_filings_missing_path_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="no such file or folder"):
        list(find_filings([tmp_path / "missing"]))


def test_read_document_reports_unreadable_path(tmp_path: Path) -> None:
    target = tmp_path / "dir.txt"
    target.mkdir()
    with pytest.raises(FilingError, match="cannot read"):
        read_document(target)
