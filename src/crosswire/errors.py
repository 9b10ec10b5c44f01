"""The one exception hierarchy of crosswire.

Every message names the input or setting at fault and what the user can do about it, so that the CLI can print
it as one line instead of a traceback.
"""

from __future__ import annotations


class CrosswireError(Exception):
    """Base of every error crosswire raises on purpose."""


class InputError(CrosswireError):
    """One input (a file, a JSONL line, standard input) cannot be ingested; the others still can."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class ConfigError(CrosswireError):
    """A setting or command-line option has a value crosswire cannot use."""


class StoreError(CrosswireError):
    """The database cannot be opened, migrated or written."""


class NotFoundError(CrosswireError):
    """A requested event or article does not exist in the store."""


class ResourceError(CrosswireError):
    """A packaged model or data set (spaCy model, gazetteer) is missing or unreadable."""
