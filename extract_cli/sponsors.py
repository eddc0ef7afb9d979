"""Sponsoring countries: who proposed, drafted, authored or tabled the text reported."""

from __future__ import annotations

from spacy.tokens import Doc

from .facts import Sponsorship


def find_sponsors(doc: Doc) -> list[Sponsorship]:
    return []
