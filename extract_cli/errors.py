"""The library's own exceptions; the CLI turns them into one-line messages."""

from __future__ import annotations


class ExtractError(Exception):
    """Base class of every error `extract` reports to a user."""


class InputError(ExtractError):
    """An input could not be read or decoded as an article."""


class PatternError(ExtractError):
    """A pattern file is malformed; the message names `file:line`."""
