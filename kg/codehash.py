"""A digest of the source code a module runs: the module and every ``kg`` module it imports, transitively.

The build cache keys extractors' results by it, so editing an extractor, or any helper it reads a
filing with, invalidates that extractor's cached facts even when nobody bumped its version; and a
change to code no extractor imports (the exporter, the CLI) invalidates none of them.
"""

from __future__ import annotations

import ast
import hashlib
import importlib.util
from functools import cache
from pathlib import Path

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


def _imported_modules(module: str, path: Path) -> list[str]:
    """The ``kg`` modules named by the import statements of ``module``'s source (at any depth of the file)."""
    is_package = path.name == "__init__.py"
    package = module if is_package else module.rpartition(".")[0]
    found: list[str] = []
    for node in ast.walk(ast.parse(path.read_bytes(), filename=str(path))):
        if isinstance(node, ast.Import):
            found += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                base = f"{parent}.{base}" if base else parent
            found.append(base)
            # ``from kg.extractors import financials`` imports a submodule, not a name
            found += [f"{base}.{alias.name}" for alias in node.names if alias.name != "*"]
    return [name for name in found if name == PACKAGE or name.startswith(PACKAGE + ".")]
