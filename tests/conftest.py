"""Shared fixtures: one pipeline for the whole test session (building it takes ~0.5 s)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from extract_cli.facts import ArticleFacts
from extract_cli.pipeline import Extractor

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    return Extractor()


@pytest.fixture(scope="session")
def extract(extractor: Extractor) -> Callable[..., ArticleFacts]:
    """extract(text, "2019-12-27") -> ArticleFacts, the reference date given as ISO text."""

    def run(text: str, reference: str | None = None) -> ArticleFacts:
        date = dt.date.fromisoformat(reference) if reference else None
        return extractor.extract(text, reference_date=date)

    return run


@pytest.fixture(scope="session")
def seed_text() -> str:
    return (SAMPLES / "interfaks-cybercrime.txt").read_text(encoding="utf-8")
