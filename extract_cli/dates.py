"""Calendar expressions resolved against the reference date, with the event they date."""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc

from .facts import DateMention


def find_dates(doc: Doc, reference: dt.date | None) -> list[DateMention]:
    return []


def stated_reference_date(text: str) -> tuple[dt.date, str] | None:
    return None
