"""The cache of compiled regular expressions: what a process stores, a later one uses, and every
pattern it makes matches exactly what ``re.compile`` makes of the same pattern."""

from __future__ import annotations

import json
import marshal
import os
import re
import subprocess
import sys
from pathlib import Path

from kg.pattern_cache import PatternCache
from kg.resources import default_corpus

#: Imports every extractor (compiling their fixed patterns) and builds the gazetteer, then prints
#: how many patterns the process found stored and how many it had to compile.
_IMPORT_ALL = """
import json
import kg.build, kg.pattern_cache
from kg.reference import gazetteer
gazetteer()
cache = kg.pattern_cache._CACHE
stored = cache._stored or {}
print(json.dumps({"stored": len(stored), "used": len(cache._used),
                  "compiled": sum(1 for key in cache._used if key not in stored)}))
"""


def _run(code: str, cache_setting: str) -> dict[str, int]:
    env = {**os.environ, "KG_PATTERN_CACHE": cache_setting}
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_a_later_process_compiles_nothing_the_first_one_stored(tmp_path: Path) -> None:
    cache_file = tmp_path / "patterns.marshal"
    first = _run(_IMPORT_ALL, str(cache_file))
    assert first["stored"] == 0
    assert first["compiled"] == first["used"] > 500  # the extractors' fixed patterns and the gazetteer's
    assert cache_file.exists()
    second = _run(_IMPORT_ALL, str(cache_file))
    assert second["compiled"] == 0
    assert second["stored"] == second["used"] == first["used"]


def test_cache_off_writes_no_file(tmp_path: Path) -> None:
    before = set(tmp_path.iterdir())
    env = {**os.environ, "KG_PATTERN_CACHE": "off", "XDG_CACHE_HOME": str(tmp_path)}
    subprocess.run([sys.executable, "-c", "import kg.build"], env=env, check=True)
    assert set(tmp_path.iterdir()) == before


def test_every_stored_pattern_matches_what_re_compile_makes(tmp_path: Path) -> None:
    """Each stored program, made into a pattern, has the pattern's flags and groups and finds the
    same matches in the seed filings as ``re.compile`` of the same pattern."""
    cache_file = tmp_path / "patterns.marshal"
    _run(_IMPORT_ALL, str(cache_file))
    _tag, entries = marshal.loads(cache_file.read_bytes())
    cache = PatternCache(cache_file)
    # Line by line (a few patterns meant for a phrase take quadratic time on a whole text).
    files = sorted(default_corpus().rglob("*.txt"))
    assert len(files) == 3
    texts = [line for p in files for line in p.read_text(encoding="utf-8", errors="replace").splitlines()]
    found_any = 0
    for pattern, flags in entries:
        cached = cache.compile(pattern, flags)
        plain = re.compile(pattern, flags)
        assert (cached.pattern, cached.flags, cached.groups, cached.groupindex) == (
            plain.pattern,
            plain.flags,
            plain.groups,
            plain.groupindex,
        )
        for text in texts:
            ours = [(m.span(), m.groups()) for m in cached.finditer(text)]
            assert ours == [(m.span(), m.groups()) for m in plain.finditer(text)], pattern[:80]
            found_any += bool(ours)
    assert cache._stored and len(cache._stored) == len(entries)  # every one came from the file
    assert found_any > 5000


def test_a_damaged_file_or_program_falls_back_to_re_compile(tmp_path: Path) -> None:
    cache_file = tmp_path / "patterns.marshal"
    cache_file.write_bytes(b"not a cache")
    damaged = PatternCache(cache_file)
    assert damaged.compile(r"(?P<year>\d{4})", re.I).search("fiscal 2004").group("year") == "2004"
    # A file of the right build whose program the engine refuses: the pattern is compiled as usual.
    cache = PatternCache(cache_file)
    key = (r"(\d+) mg", 0)
    cache._stored = {key: (0, b"\xff\xff\xff\xff" * 3, 1, {}, (None, None))}
    assert cache.compile(*key).search("dose of 10 mg").group(1) == "10"
    assert not cache.enabled  # and the cache is no longer used by this process


def test_another_build_s_file_is_ignored(tmp_path: Path) -> None:
    cache_file = tmp_path / "patterns.marshal"
    program = PatternCache._program(r"a+", 0)
    cache_file.write_bytes(marshal.dumps(("another python", {(r"b+", 0): program})))
    cache = PatternCache(cache_file)
    assert cache.compile(r"b+").fullmatch("bbb")
    assert cache._stored == {}
