"""Renderers: facts -> JSON, JSON Lines, CSV rows or Rich tables. Knows facts, never spaCy."""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .facts import SIDES, ArticleFacts, json_fields
from .marks import PLURALS, counts, speaker_label

if TYPE_CHECKING:
    from rich.console import RenderableType

FORMATS = ("table", "json", "jsonl", "csv", "html")

CSV_COLUMNS = (
    "id", "kind", "start", "end", "text",
    "body", "in_favour", "against", "abstentions", "outcome", "countries",
    "count", "name", "title", "affiliation", "country",
    "value", "granularity", "event", "speaker", "speaker_name",
)  # fmt: skip


def to_json(facts: ArticleFacts, *, indent: int | None = None) -> str:
    """The JSON object of OUTPUT.md (`ArticleFacts.to_dict`), encoded without building it."""
    return json.dumps(facts, ensure_ascii=False, indent=indent, default=json_fields)


@dataclass(frozen=True)
class JsonLine:
    """One article's `--format jsonl` line, with what the batch summary and the warnings on
    stderr need: a batch worker renders it, so only this string goes back, not the facts."""

    source: str
    line: str
    counts: Counter[str]
    warnings: tuple[str, ...]


def to_json_line(facts: ArticleFacts) -> JsonLine:
    return JsonLine(facts.source, to_json(facts) + "\n", counts(facts), facts.warnings)


class JsonArrayWriter:
    """Writes `--format json`: one object for one article, an array for several, streamed."""

    def __init__(self) -> None:
        self.pending: ArticleFacts | None = None
        self.count = 0

    def add(self, facts: ArticleFacts) -> str:
        """Text to write now; the first article waits until we know whether a second comes."""
        self.count += 1
        if self.count == 1:
            self.pending = facts
            return ""
        head = ""
        if self.pending is not None:
            head = "[\n" + _indented(self.pending)
            self.pending = None
        return head + ",\n" + _indented(facts)

    def close(self) -> str:
        if self.count == 0:
            return "[]\n"
        if self.pending is not None:
            return to_json(self.pending, indent=2) + "\n"
        return "\n]\n"


def _indented(facts: ArticleFacts) -> str:
    return "\n".join("  " + line for line in to_json(facts, indent=2).splitlines())


def csv_header() -> str:
    return _csv_line(CSV_COLUMNS)


def to_csv_rows(facts: ArticleFacts) -> str:
    """One CSV row per fact, columns `CSV_COLUMNS`; cells a fact kind lacks stay empty."""
    return "".join(_csv_line([row.get(col, "") for col in CSV_COLUMNS]) for row in _rows(facts))


def _rows(facts: ArticleFacts) -> Iterator[dict[str, Any]]:
    base = {"id": facts.id}
    for vote in facts.votes:
        sides = [
            f"{side}={' '.join(getattr(vote.countries, side))}"
            for side in SIDES
            if getattr(vote.countries, side)
        ]
        yield base | _where(vote.text, vote.span) | {
            "kind": "vote", "body": vote.body, "in_favour": vote.in_favour,
            "against": vote.against, "abstentions": vote.abstentions,
            "outcome": vote.outcome, "countries": "; ".join(sides),
        }  # fmt: skip
    for sponsor in facts.sponsors:
        yield base | _where(sponsor.text, sponsor.span) | {
            "kind": "sponsor", "countries": " ".join(sponsor.countries), "count": sponsor.count,
        }  # fmt: skip
    for official in facts.officials:
        yield base | _where(official.text, official.span) | {
            "kind": "official", "name": official.name, "title": official.title,
            "affiliation": official.affiliation, "country": official.country,
        }  # fmt: skip
    for date in facts.dates:
        yield base | _where(date.text, date.span) | {
            "kind": "date", "value": date.value, "granularity": date.granularity,
            "event": date.event,
        }  # fmt: skip
    for quote in facts.quotes:
        yield base | _where(quote.text, quote.span) | {
            "kind": "quote", "speaker": quote.speaker, "speaker_name": quote.speaker_name,
        }  # fmt: skip


def _where(text: str, span: tuple[int, int]) -> dict[str, Any]:
    return {"text": text, "start": span[0], "end": span[1]}


def _csv_line(cells: Any) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerow(["" if c is None else c for c in cells])
    return buffer.getvalue()


def to_tables(facts: ArticleFacts) -> list[RenderableType]:
    """Rich renderables for one article: a header, then a table per fact kind that has facts."""
    return header(facts) + fact_tables(facts)


def header(facts: ArticleFacts) -> list[RenderableType]:
    """The article's id and reference date, and its headline when it has one."""
    from rich.text import Text

    line = Text.assemble(
        (facts.id, "bold"),
        "  reference date: ",
        (facts.reference_date or "unknown", "cyan"),
        f" ({facts.reference_date_source})" if facts.reference_date_source else "",
    )
    return [line, Text(facts.headline, style="italic")] if facts.headline else [line]


def fact_tables(facts: ArticleFacts) -> list[RenderableType]:
    """A Rich table per fact kind that has facts, the warnings, or "no facts found"."""
    from rich.table import Table
    from rich.text import Text

    def table(title: str, *columns: str, ratios: tuple[int, ...] = ()) -> Table:
        grid = Table(title=title, title_justify="left", expand=True, show_lines=False)
        for i, column in enumerate(columns):
            grid.add_column(column, overflow="fold", ratio=ratios[i] if ratios else None)
        return grid

    def cell(value: object) -> Text:
        # Article text is never read as Rich markup.
        return Text("" if value is None else str(value))

    parts: list[RenderableType] = []
    if facts.votes:
        votes = table("Votes", "body", "for", "against", "abst.", "outcome", "countries")
        for vote in facts.votes:
            sides = "\n".join(
                f"{side}: {', '.join(getattr(vote.countries, side))}"
                for side in SIDES
                if getattr(vote.countries, side)
            )
            counts = (vote.in_favour, vote.against, vote.abstentions)
            votes.add_row(*map(cell, (vote.body, *counts, vote.outcome, sides)))
        parts.append(votes)
    if facts.sponsors:
        sponsors = table(
            "Sponsors", "countries", "count", "organizations", "evidence", ratios=(3, 1, 2, 4)
        )
        for sponsor in facts.sponsors:
            sponsors.add_row(
                cell(", ".join(sponsor.countries)),
                cell(sponsor.count),
                cell(", ".join(sponsor.organizations)),
                cell(_clip(sponsor.text)),
            )
        parts.append(sponsors)
    if facts.officials:
        officials = table("Officials", "name", "title", "affiliation", "country")
        for official in facts.officials:
            officials.add_row(
                *map(cell, (official.name, official.title, official.affiliation, official.country))
            )
        parts.append(officials)
    if facts.dates:
        dates = table("Dates", "text", "value", "event", ratios=(2, 1, 4))
        for date in facts.dates:
            dates.add_row(cell(date.text), cell(date.value), cell(date.event))
        parts.append(dates)
    if facts.quotes:
        quotes = table("Quotes", "speaker", "quote", ratios=(1, 2))
        for quote in facts.quotes:
            quotes.add_row(cell(speaker_label(quote)), cell(_clip(quote.text, 160)))
        parts.append(quotes)
    if not parts:
        parts.append(Text("no facts found", style="dim"))
    if facts.warnings:
        parts.append(Text("warnings: " + "; ".join(facts.warnings), style="yellow"))
    return parts


@dataclass
class BatchSummary:
    """What a batch did, for the line `extract` writes on stderr at its end on a terminal."""

    articles: int = 0
    failures: int = 0
    facts: Counter[str] = field(default_factory=Counter)

    def add(self, facts: ArticleFacts | JsonLine) -> None:
        self.articles += 1
        self.facts.update(facts.counts if isinstance(facts, JsonLine) else counts(facts))

    def line(self, seconds: float) -> str:
        """Articles, facts by kind, failures, time and articles per second, on one line."""
        by_kind = ", ".join(f"{self.facts[kind]} {kind}" for kind in PLURALS.values())
        rate = f"{self.articles / seconds:,.1f}" if seconds > 0 else "-"
        noun = "article" if self.articles == 1 else "articles"
        return (
            f"{self.articles} {noun}, {sum(self.facts.values())} facts ({by_kind}), "
            f"{self.failures} failed, {seconds:.1f} s, {rate} articles/s"
        )


def _clip(text: str, limit: int = 100) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
