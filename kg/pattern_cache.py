"""Regular expressions compiled once per machine rather than once per process.

The extractors define about 900 fixed patterns, some of several thousand characters (the people
extractor's title patterns, the gazetteer's alternation of every reference name), and compiling
them cost 0.3 to 0.5 s in every process: a third of the seed corpus's cold build, a sixth of a
rebuild of 10,000 filings with one changed. Python compiles a pattern in two steps: its compiler,
written in Python (``re._parser``, ``re._compiler``), turns the pattern into a program of opcodes,
then ``_sre.compile`` makes the pattern object from that program. The first step is what costs.
:func:`cached_compile` keeps each pattern's program in a file of the user's cache folder and hands
it straight to ``_sre.compile`` in later processes.

The programs are only ever used by the very Python build that made them (the file is keyed by its
version string and its regular-expression engine's magic number and code size), ``_sre.compile``
checks every program it is given, and anything unexpected (no file, a damaged one, a Python whose
internals differ) falls back to ``re.compile``: the cache changes how fast a pattern is made, never
what it matches. Set ``KG_PATTERN_CACHE`` to a file path to keep the cache elsewhere, or to ``off``
to compile every pattern afresh.

Patterns built from a filing's own words (a filer's name) go through ``re.compile``: each is used
by one filing, and keeping them would only grow the file.
"""

from __future__ import annotations

import atexit
import importlib
import marshal
import os
import re
import sys
import tempfile
from array import array
from pathlib import Path
from typing import Any

try:  # the engine's internals; where they differ, every pattern is compiled by ``re`` itself
    import _sre

    _compiler = importlib.import_module("re._compiler")
    _parser = importlib.import_module("re._parser")
except ImportError:  # pragma: no cover - other Python implementations
    _sre = None

#: The environment variable naming the cache file (``off`` disables the cache).
CACHE_ENV = "KG_PATTERN_CACHE"

#: A file holds at most this many programs: the patterns used most recently are kept.
MAX_ENTRIES = 4000

_FORMAT = 1

#: (flags, program as bytes, groups, group index, index group), as ``_sre.compile`` takes them.
Program = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]
Key = tuple[str, int]


def _code_type() -> str | None:
    """The ``array`` type code whose items have the engine's code size (None: no cache)."""
    if _sre is None:
        return None
    for code in ("I", "L", "H"):
        if array(code).itemsize == _sre.CODESIZE:
            return code
    return None  # pragma: no cover - no such build is known


_CODE_TYPE = _code_type()


def _build_tag() -> str:
    """What a program depends on besides its pattern and flags: the Python build and its engine."""
    magic = getattr(_sre, "MAGIC", None)
    return f"{_FORMAT}|{sys.version}|{magic}|{_CODE_TYPE}|{sys.byteorder}"


def default_cache_file() -> Path | None:
    """The cache file: ``$KG_PATTERN_CACHE``, else one per Python build under ``$XDG_CACHE_HOME``
    (``~/.cache``) in ``filings-kg/``; None when the cache is off or there is no home folder."""
    chosen = os.environ.get(CACHE_ENV, "")
    if chosen.lower() == "off":
        return None
    if chosen:
        return Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    if base.startswith("~"):  # no home folder to expand to
        return None
    version = "".join(str(part) for part in sys.version_info[:2])
    return Path(base) / "filings-kg" / f"patterns-py{version}.marshal"


class PatternCache:
    """The programs of the patterns compiled through it, read from and written back to ``path``."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.enabled = path is not None and _CODE_TYPE is not None
        self._tag = _build_tag()
        self._stored: dict[Key, Program] | None = None  # read on the first compile
        self._used: dict[Key, Program] = {}  # this process's patterns, in order of first use
        self._added = False

    def compile(self, pattern: str, flags: int = 0) -> re.Pattern[str]:
        """``re.compile(pattern, flags)``, from the stored program when there is one."""
        flags = int(flags)
        if not self.enabled or flags & re.DEBUG:
            return re.compile(pattern, flags)
        key = (pattern, flags)
        program = self._programs().get(key)
        if program is None:
            program = self._program(pattern, flags)
            self._added = True
        self._used[key] = program
        try:
            return _from_program(pattern, program)
        except (TypeError, ValueError, RuntimeError):
            # A program this engine refuses (a damaged file, changed internals): compile as usual,
            # and no more use of the cache in this process.
            self.enabled = False
            self._added = False
            return re.compile(pattern, flags)

    def _programs(self) -> dict[Key, Program]:
        if self._stored is None:
            self._stored = self._read()
        return self._stored

    def _read(self) -> dict[Key, Program]:
        """The stored programs, or none when the file is missing, damaged or of another build."""
        if self.path is None:
            return {}
        try:
            data: Any = marshal.loads(self.path.read_bytes())
        except (OSError, EOFError, ValueError, TypeError):
            return {}
        if not (isinstance(data, tuple) and len(data) == 2 and data[0] == self._tag):
            return {}
        entries = data[1]
        return entries if isinstance(entries, dict) else {}

    @staticmethod
    def _program(pattern: str, flags: int) -> Program:
        """Compile ``pattern`` as ``re._compiler.compile`` does, keeping the program it hands on."""
        parsed = _parser.parse(pattern, flags)
        code = _compiler._code(parsed, flags)
        groupindex = dict(parsed.state.groupdict)
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        return (
            int(flags | parsed.state.flags),
            array(_CODE_TYPE or "I", code).tobytes(),
            parsed.state.groups - 1,
            groupindex,
            tuple(indexgroup),
        )

    def save(self) -> None:
        """Write back this process's programs, then the other stored ones, up to ``MAX_ENTRIES``;
        nothing when no pattern was new. Another process's file written meanwhile is merged."""
        if not (self.enabled and self._added and self.path is not None):
            return
        merged = dict(self._used)
        for key, program in self._read().items():
            if len(merged) >= MAX_ENTRIES:
                break
            merged.setdefault(key, program)
        data = marshal.dumps((self._tag, merged))
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=f".{self.path.name}.", suffix=".tmp")
            try:
                with os.fdopen(fd, "wb") as handle:
                    handle.write(data)
                os.replace(tmp, self.path)
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
        except OSError:
            return  # a read-only cache folder: the next process compiles again, nothing worse
        self._added = False


def _from_program(pattern: str, program: Program) -> re.Pattern[str]:
    flags, code, groups, groupindex, indexgroup = program
    assert _sre is not None
    return _sre.compile(
        pattern, flags, array(_CODE_TYPE or "I", code).tolist(), groups, groupindex, indexgroup
    )


_CACHE = PatternCache(default_cache_file())
atexit.register(_CACHE.save)


def cached_compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)`` for a fixed pattern of the code or reference data, made from
    the program an earlier process compiled when the cache has it (see the module's docstring)."""
    return _CACHE.compile(pattern, flags)
