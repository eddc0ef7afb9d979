"""Typed records for every fact `extract` reports, and their JSON form (see OUTPUT.md)."""

from __future__ import annotations

from dataclasses import dataclass, field, fields, is_dataclass
from typing import Any

Span = tuple[int, int]

OUTCOMES = ("adopted", "approved", "rejected", "failed", "vetoed")
SIDES = ("in_favour", "against", "abstentions")


@dataclass(frozen=True)
class SideCountries:
    """ISO 3166-1 alpha-3 codes of the countries named as voting each way."""

    in_favour: tuple[str, ...] = ()
    against: tuple[str, ...] = ()
    abstentions: tuple[str, ...] = ()


@dataclass(frozen=True)
class Vote:
    body: str | None
    in_favour: int | None
    against: int | None
    abstentions: int | None
    outcome: str | None
    countries: SideCountries
    text: str
    span: Span
    rule: str
    partial: bool = False


@dataclass(frozen=True)
class Sponsorship:
    countries: tuple[str, ...]
    names: tuple[str, ...]
    count: int | None
    text: str
    span: Span
    organizations: tuple[str, ...] = ()


@dataclass(frozen=True)
class Official:
    name: str
    title: str | None
    affiliation: str | None
    country: str | None
    text: str
    span: Span
    mentions: tuple[Span, ...] = ()


@dataclass(frozen=True)
class DateMention:
    text: str
    value: str | None
    granularity: str | None
    event: str | None
    span: Span


@dataclass(frozen=True)
class QuotePiece:
    text: str
    span: Span


@dataclass(frozen=True)
class Quote:
    text: str
    speaker: str | None
    speaker_name: str | None
    span: Span
    pieces: tuple[QuotePiece, ...] = ()


@dataclass(frozen=True)
class Dateline:
    place: str | None
    agency: str | None
    text: str
    span: Span


@dataclass(frozen=True)
class ArticleFacts:
    id: str
    source: str
    reference_date: str | None
    reference_date_source: str | None
    headline: str | None
    dateline: Dateline | None
    encoding: str = "utf-8"
    votes: tuple[Vote, ...] = ()
    sponsors: tuple[Sponsorship, ...] = ()
    officials: tuple[Official, ...] = ()
    dates: tuple[DateMention, ...] = ()
    quotes: tuple[Quote, ...] = ()
    warnings: tuple[str, ...] = field(default_factory=tuple)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of OUTPUT.md: tuples become lists, empty `pieces` are left out."""
        data: dict[str, Any] = _jsonable(self)
        return data


def _jsonable(value: Any) -> Any:
    # Like dataclasses.asdict, without its deep copies (a third of the cost of writing JSON).
    if isinstance(value, (list, tuple)):
        return [_jsonable(item) for item in value]
    if type(value) in _FIELDS or (is_dataclass(value) and not isinstance(value, type)):
        return {name: _jsonable(item) for name, item in json_fields(value).items()}
    return value


_FIELDS: dict[type, tuple[str, ...]] = {}


def json_fields(value: Any) -> dict[str, Any]:
    """One fact record as the dict of its fields, one level deep, as OUTPUT.md shapes it (empty
    `pieces` left out): the `default` of `json.dumps`, whose encoder walks the rest in C, and
    the step of `to_dict`."""
    names = _FIELDS.get(type(value))
    if names is None:
        if not is_dataclass(value) or isinstance(value, type):
            raise TypeError(f"{type(value).__name__} is not a fact record")
        names = _FIELDS.setdefault(type(value), tuple(f.name for f in fields(value)))
    data = {name: getattr(value, name) for name in names}
    if isinstance(value, Quote) and not value.pieces:
        del data["pieces"]
    return data
