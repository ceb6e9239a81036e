"""Where the bundled ontology and default corpus live: inside the wheel, or beside the source tree."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
_SOURCE_ROOT = _PACKAGE.parent


def data_dir(name: str) -> Path:
    """``ontology`` or ``filings``: the installed copy (``kg/_data``) or, in a source checkout, the top-level folder."""
    installed = _PACKAGE / "_data" / name
    if installed.is_dir():
        return installed
    return _SOURCE_ROOT / name


def ontology_dir() -> Path:
    """Folder holding ``kg.ttl``, ``shapes.ttl``, ``concepts.ttl`` and ``reference/``."""
    return data_dir("ontology")


def default_corpus() -> Path:
    """The bundled default corpus (the ImmunoGen filings)."""
    return data_dir("filings")
