"""A digest of the source code a module runs: the module and every ``kg`` module it imports, transitively.

The build cache keys extractors' results by it, so editing an extractor, or any helper it reads a
filing with, invalidates that extractor's cached facts even when nobody bumped its version; and a
change to code no extractor imports (the exporter, the CLI) invalidates none of them.
"""

from __future__ import annotations

import hashlib
import importlib.util
import re
from functools import cache
from pathlib import Path

from kg.pattern_cache import cached_compile

#: Imports of these packages are followed; everything else is a library whose version is pinned.
PACKAGE = "kg"


@cache
def code_digest(module: str) -> str:
    """SHA-256 over the source of ``module`` and of every ``kg`` module it imports, in name order."""
    digest = hashlib.sha256()
    for name in sorted(import_closure(module)):
        path = _source_path(name)
        if path is not None:  # None: a name imported from a module, not a module
            digest.update(name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def import_closure(module: str) -> frozenset[str]:
    """``module`` and the ``kg`` modules it imports, directly or through others (read from source, not run)."""
    seen: set[str] = set()
    pending = [module]
    while pending:
        name = pending.pop()
        if name in seen:
            continue
        seen.add(name)
        path = _source_path(name)
        if path is not None:
            pending.extend(_imported_modules(name, path))
    return frozenset(seen)


@cache
def _source_path(module: str) -> Path | None:
    try:
        spec = importlib.util.find_spec(module)
    except (ImportError, ValueError):
        return None
    if spec is None or spec.origin is None or not spec.origin.endswith(".py"):
        return None
    return Path(spec.origin)


#: ``import a.b, c`` and ``from .a import b, (c, d)`` statements, at any indentation, parenthesised
#: name lists spanning lines included. Read from the text, not the syntax tree: parsing every module
#: costs a build a noticeable part of a second; a match in a string only adds a module, never loses one.
_IMPORT = cached_compile(
    r"^[ \t]*(?:from[ \t]+(?P<base>\.*[\w.]*)[ \t]+import[ \t]+(?P<names>\([^)]*\)|[^\n#]*)"
    r"|import[ \t]+(?P<modules>[^\n#]*))",
    re.MULTILINE,
)


def _imported_modules(module: str, path: Path) -> list[str]:
    """The ``kg`` modules named by the import statements of ``module``'s source (at any depth of the file)."""
    is_package = path.name == "__init__.py"
    package = module if is_package else module.rpartition(".")[0]
    found: list[str] = []
    for match in _IMPORT.finditer(path.read_text(encoding="utf-8")):
        if match["modules"] is not None:
            found += [part.split()[0] for part in match["modules"].split(",") if part.strip()]
            continue
        base = match["base"]
        level = len(base) - len(base.lstrip("."))
        base = base[level:]
        if level:
            parent = package.rsplit(".", level - 1)[0] if level > 1 else package
            base = f"{parent}.{base}" if base else parent
        found.append(base)
        # ``from kg.extractors import financials`` imports a submodule, not a name
        names = match["names"].strip("()").replace("\n", " ")
        found += [
            f"{base}.{name.split()[0]}" for name in names.split(",") if name.strip() and "*" not in name
        ]
    return [name for name in found if name == PACKAGE or name.startswith(PACKAGE + ".")]
