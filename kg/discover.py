"""Find the filings under the paths a build is given: files and folders, walked in a stable order."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from kg.corpus import FILING_SUFFIXES
from kg.errors import UsageError


def find_filings(paths: Iterable[Path]) -> Iterator[Path]:
    """Yield filing files under ``paths`` (files or folders), sorted, each real file once.

    Symlinks that loop or point outside are followed at most once per real path.
    """
    seen: set[str] = set()
    for root in paths:
        if not root.exists():
            raise UsageError(f"no such file or folder: {root}")
        if root.is_file():
            real = os.path.realpath(root)
            if real not in seen:
                seen.add(real)
                yield root
            continue
        found = sorted(_walk(str(root), os.path.realpath(root), set()), key=_path_order)
        for path, real in found:
            if real in seen:
                continue
            seen.add(real)
            yield Path(path)


def _path_order(item: tuple[str, str]) -> list[str]:
    """The order of ``Path`` objects (component by component), computed on strings."""
    return item[0].split(os.sep)


def _walk(folder: str, real_folder: str, visited: set[str]) -> Iterator[tuple[str, str]]:
    """(path, real path) of each filing-named file under ``folder``, hidden entries left out.

    ``os.scandir`` tells files from folders without a system call per entry, and a real path is
    resolved only for symlinks: a large corpus is a folder of tens of thousands of plain files.
    """
    if real_folder in visited:  # a symlink loop
        return
    visited.add(real_folder)
    try:
        with os.scandir(folder) as listing:
            entries = list(listing)
    except OSError:
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        try:
            linked = entry.is_symlink()
            real = os.path.realpath(entry.path) if linked else os.path.join(real_folder, entry.name)
            if entry.is_dir():
                yield from _walk(entry.path, real, visited)
            elif entry.is_file() and os.path.splitext(entry.name)[1].lower() in FILING_SUFFIXES:
                yield entry.path, real
        except OSError:
            continue
