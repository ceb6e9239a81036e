"""The library's errors. The CLI turns each into one ``Error: …`` line and the exit code below."""

from __future__ import annotations


class KGError(Exception):
    """Base class of every error the library raises on purpose."""

    exit_code = 1


class UsageError(KGError):
    """The caller asked for something that cannot be: a missing path, an unknown name, a bad option."""

    exit_code = 2


class FilingError(KGError):
    """One filing cannot be read or decoded; the build skips it and goes on."""

    exit_code = 1


class GraphError(KGError):
    """A graph file is missing or does not parse."""

    exit_code = 1


class ValidationFailed(KGError):
    """The graph breaks a SHACL shape or an accounting identity."""

    exit_code = 1
