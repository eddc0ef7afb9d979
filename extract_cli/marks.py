"""Where each fact stands in its article: marks over character ranges, split into segments.

Facts overlap and nest (a date inside a quote, an official inside a vote's evidence), so the
renderers do not wrap facts directly: the text is cut at every mark boundary into segments that
no mark starts or ends inside, and each segment carries every mark that covers it, outer first.
Shared by the HTML report and the terminal highlight; knows facts, never spaCy.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from itertools import pairwise

from .facts import ArticleFacts, Quote

KINDS = ("vote", "sponsor", "official", "date", "quote")
PLURALS = {
    "vote": "votes",
    "sponsor": "sponsors",
    "official": "officials",
    "date": "dates",
    "quote": "quotes",
}


@dataclass(frozen=True)
class Mark:
    """One highlighted range of one fact (a fact may have several: mentions, quote pieces)."""

    start: int
    end: int
    kind: str
    fact: str  # the fact's id, "<prefix>vote-1": unique within a report, usable as an anchor
    first: bool  # the fact's first range: where its anchor goes
    last: bool  # the fact's last range: where a quote's speaker label goes
    label: str | None = None  # the quote's speaker, shown after its last range
    note: str = ""  # what the fact says, in a few words ("date 2019-11-18")


@dataclass(frozen=True)
class Segment:
    start: int
    end: int
    marks: tuple[Mark, ...]  # outer first: earlier start, then longer


def fact_id(prefix: str, kind: str, index: int) -> str:
    return f"{prefix}{kind}-{index}"


def fact_marks(facts: ArticleFacts, text_length: int, *, prefix: str = "") -> list[Mark]:
    """Every range of every fact, in fact order per kind (ids `<prefix><kind>-<n>`, from 1).

    Officials are marked at every mention, quotes at each piece of a broken quote. Ranges that
    fall outside the text (a fact from another version of the article) are left out.
    """
    ranges: list[tuple[str, str, list[tuple[int, int]], str | None, str]] = []
    for i, vote in enumerate(facts.votes, 1):
        tally = "-".join("?" if n is None else str(n)
                         for n in (vote.in_favour, vote.against, vote.abstentions))  # fmt: skip
        note = " ".join(filter(None, ("vote", vote.body, tally, vote.outcome)))
        ranges.append(("vote", fact_id(prefix, "vote", i), [vote.span], None, note))
    for i, sponsor in enumerate(facts.sponsors, 1):
        note = "sponsors " + " ".join(sponsor.countries + sponsor.organizations)
        ranges.append(("sponsor", fact_id(prefix, "sponsor", i), [sponsor.span], None, note))
    for i, official in enumerate(facts.officials, 1):
        spans = sorted(set(official.mentions) | {official.span})
        parts = (official.name, official.title, official.affiliation, official.country)
        note = "official " + ", ".join(part for part in parts if part)
        ranges.append(("official", fact_id(prefix, "official", i), spans, None, note))
    for i, date in enumerate(facts.dates, 1):
        note = f"date {date.value or '(unresolved)'}"
        ranges.append(("date", fact_id(prefix, "date", i), [date.span], None, note))
    for i, quote in enumerate(facts.quotes, 1):
        spans = [piece.span for piece in quote.pieces] or [quote.span]
        label = speaker_label(quote)
        note = f"quote of {label or 'an unknown speaker'}"
        ranges.append(("quote", fact_id(prefix, "quote", i), spans, label, note))
    marks: list[Mark] = []
    for kind, ident, spans, label, note in ranges:
        kept = [(s, e) for s, e in spans if 0 <= s < e <= text_length]
        for n, (start, end) in enumerate(kept):
            last = n == len(kept) - 1
            marks.append(Mark(start, end, kind, ident, n == 0, last, label if last else None, note))
    return marks


def speaker_label(quote: Quote) -> str | None:
    """Who said it, as the tables show it: the name, with the description when it adds one."""
    name, speaker = quote.speaker_name, quote.speaker
    if name and speaker and name not in speaker:
        return f"{name} ({speaker})"
    return name or speaker


def segments(text_length: int, marks: list[Mark]) -> list[Segment]:
    """The text cut at every mark boundary, from 0 to `text_length`, unmarked stretches included.

    Within a segment the marks are ordered outer first (earlier start, then later end, then
    fact order), so nesting them in that order gives well-formed HTML and lets the inner fact's
    colour win in the terminal.
    """
    cuts = sorted({0, text_length, *(m.start for m in marks), *(m.end for m in marks)})
    ordered = sorted(enumerate(marks), key=lambda im: (im[1].start, -im[1].end, im[0]))
    out: list[Segment] = []
    for start, end in pairwise(cuts):
        covering = tuple(m for _, m in ordered if m.start <= start and end <= m.end)
        out.append(Segment(start, end, covering))
    return out


def counts(facts: ArticleFacts) -> Counter[str]:
    """Facts per kind (plural names, as in the JSON): votes, sponsors, officials, dates, quotes."""
    return Counter({plural: len(getattr(facts, plural)) for plural in PLURALS.values()})
