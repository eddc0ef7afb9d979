"""Quoted statements and their speakers, pronouns and descriptions resolved to names."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from .facts import Official, Quote


def find_quotes(doc: Doc, officials: Sequence[Official]) -> list[Quote]:
    return []
