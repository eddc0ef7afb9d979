"""Vote tallies: body, counts per side, outcome and the countries named on each side."""

from __future__ import annotations

from spacy.tokens import Doc

from .facts import Vote


def find_votes(doc: Doc) -> list[Vote]:
    return []


def check_votes(votes: list[Vote]) -> list[str]:
    return []
