"""The HTML report: facts + article text -> one standalone page (inline CSS, no network).

Each article's text is shown with its facts highlighted (`<mark class="KIND">`, nested where
facts overlap; see marks.py) beside a table per fact kind whose rows link to the fact's place in
the text. Several articles get an index with their counts. All article text goes through
`html.escape`. Knows facts, never spaCy.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from html import escape

from .facts import SIDES, ArticleFacts
from .marks import KINDS, PLURALS, Mark, counts, fact_id, fact_marks, segments, speaker_label

COLOURS = {
    "vote": "#ffd966",
    "sponsor": "#9fdfb0",
    "official": "#9cc8ff",
    "date": "#ffb38a",
    "quote": "#e3d0ff",
}

CSS = """
:root { color-scheme: light; }
body { font: 15px/1.55 system-ui, -apple-system, "Segoe UI", "DejaVu Sans", sans-serif;
  margin: 0; padding: 1.2rem 1.6rem; color: #1d1d1f; background: #fafafa;
  display: flex; flex-direction: column; gap: 1.2rem; }
body > header { order: -2; } body > nav { order: -1; }
h1 { font-size: 1.35rem; margin: 0 0 .4rem; } h2 { font-size: 1.1rem; margin: 0; }
h3 { font-size: .95rem; margin: 1rem 0 .3rem; } .tables h3:first-child { margin-top: 0; }
.legend mark { margin-right: .5rem; padding: .05rem .45rem; }
section.article { background: #fff; border: 1px solid #ddd; border-radius: 8px;
  padding: 1rem 1.2rem; }
.meta { color: #666; font-size: .85rem; margin: .2rem 0 .8rem; }
.columns { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 1.5rem; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; }
mark { color: inherit; border-radius: 3px; padding: 0 1px; }
mark:target { outline: 3px solid #d33; outline-offset: 1px; }
mark.quote[data-speaker]::after { content: "\\25C2 " attr(data-speaker); font-size: .75rem;
  font-style: normal; background: #5b3a99; color: #fff; border-radius: 3px;
  padding: 0 .35rem; margin-left: .3rem; white-space: nowrap; }
table { border-collapse: collapse; width: 100%; font-size: .85rem; }
th, td { text-align: left; vertical-align: top; padding: .2rem .4rem;
  border-bottom: 1px solid #eee; }
th { background: #f2f2f2; }
td a { color: inherit; }
.kind { display: inline-block; width: .8rem; height: .8rem; border-radius: 2px;
  vertical-align: -1px; margin-right: .3rem; }
.warnings { color: #8a5a00; font-size: .85rem; }
.failed { color: #b00020; }
.empty { color: #888; }
nav table { width: auto; } nav td.n, nav th.n { text-align: right; }
""" + "".join(f"mark.{kind} {{ background: {colour}; }}\n" for kind, colour in COLOURS.items())

SPEAKER_SAMPLE = ' data-speaker="speaker"'


def legend() -> str:
    """A swatch per kind; the quote's shows where its speaker label goes."""
    items = [
        f'<mark class="{kind}"{SPEAKER_SAMPLE if kind == "quote" else ""}>{kind}</mark>'
        for kind in KINDS
    ]
    return '<p class="legend">' + "".join(items) + "</p>"


def highlighted_text(text: str, facts: ArticleFacts, *, prefix: str = "") -> str:
    """The article as HTML: escaped text with a `<mark>` per fact range, nested where they overlap.

    A fact's first range carries its anchor (`id`); every range names its fact (`data-fact`); a
    quote's last range names its speaker (`data-speaker`, shown after it).
    """
    marks = fact_marks(facts, len(text), prefix=prefix)
    out: list[str] = []
    for segment in segments(len(text), marks):
        chunk = escape(text[segment.start : segment.end], quote=False)
        for mark in reversed(segment.marks):
            chunk = _open(mark, segment.start, segment.end) + chunk + "</mark>"
        out.append(chunk)
    return "".join(out)


def _open(mark: Mark, start: int, end: int) -> str:
    attrs = [f'class="{mark.kind}"', f'data-fact="{mark.fact}"', f'title="{escape(mark.note)}"']
    if mark.first and start == mark.start:
        attrs.append(f'id="{mark.fact}"')
    if mark.label and end == mark.end:
        attrs.append(f'data-speaker="{escape(mark.label)}"')
    return "<mark " + " ".join(attrs) + ">"


def article_html(facts: ArticleFacts, text: str, *, anchor: str = "a1") -> str:
    """One article's section: heading, highlighted text, and the fact tables beside it."""
    prefix = anchor + "-"
    meta = [f"reference date: {facts.reference_date or 'unknown'}"]
    if facts.reference_date_source:
        meta[0] += f" ({facts.reference_date_source})"
    if facts.source != facts.id:
        meta.append(f"source: {facts.source}")
    warnings = ""
    if facts.warnings:
        warnings = f'<p class="warnings">warnings: {escape("; ".join(facts.warnings))}</p>'
    return (
        f'<section class="article" id="{anchor}">\n'
        f"<h2>{escape(facts.id)}</h2>\n"
        f'<p class="meta">{escape(" · ".join(meta))}</p>\n{warnings}'
        f'<div class="columns">\n<div class="text">{highlighted_text(text, facts, prefix=prefix)}'
        f'</div>\n<aside class="tables">{fact_tables(facts, prefix=prefix)}</aside>\n'
        "</div>\n</section>\n"
    )


def fact_tables(facts: ArticleFacts, *, prefix: str = "") -> str:
    """A table per fact kind that has facts; each row's first cell links to the fact's mark."""

    def link(kind: str, index: int, label: object) -> str:
        ident = fact_id(prefix, kind, index)
        swatch = f'<span class="kind" style="background:{COLOURS[kind]}"></span>'
        return f'<a href="#{ident}">{swatch}{_cell(label) or kind}</a>'

    parts: list[str] = []
    if facts.votes:
        rows = []
        for i, vote in enumerate(facts.votes, 1):
            sides = "; ".join(
                f"{side}: {', '.join(getattr(vote.countries, side))}"
                for side in SIDES
                if getattr(vote.countries, side)
            )
            rows.append(
                [link("vote", i, vote.body or "vote")]
                + [_cell(v) for v in (vote.in_favour, vote.against, vote.abstentions)]
                + [_cell(vote.outcome), _cell(sides)]
            )
        parts.append(_table("Votes", ("body", "for", "against", "abst.", "outcome", "countries"),
                            rows))  # fmt: skip
    if facts.sponsors:
        rows = [
            [
                link("sponsor", i, ", ".join(s.countries) or "sponsors"),
                _cell(s.count),
                _cell(", ".join(s.organizations)),
            ]
            for i, s in enumerate(facts.sponsors, 1)
        ]
        parts.append(_table("Sponsors", ("countries", "count", "organizations"), rows))
    if facts.officials:
        rows = [
            [link("official", i, o.name), _cell(o.title), _cell(o.affiliation), _cell(o.country)]
            for i, o in enumerate(facts.officials, 1)
        ]
        parts.append(_table("Officials", ("name", "title", "affiliation", "country"), rows))
    if facts.dates:
        rows = [
            [link("date", i, d.text), _cell(d.value), _cell(d.event)]
            for i, d in enumerate(facts.dates, 1)
        ]
        parts.append(_table("Dates", ("text", "value", "event"), rows))
    if facts.quotes:
        rows = [
            [link("quote", i, speaker_label(q) or "unknown"), _cell(_clip(q.text))]
            for i, q in enumerate(facts.quotes, 1)
        ]
        parts.append(_table("Quotes", ("speaker", "quote"), rows))
    return "".join(parts) or '<p class="empty">no facts found</p>'


def _table(title: str, columns: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    head = "".join(f"<th>{escape(c)}</th>" for c in columns)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>\n" for row in rows)
    return f"<h3>{escape(title)}</h3>\n<table>\n<tr>{head}</tr>\n{body}</table>\n"


def _cell(value: object) -> str:
    return "" if value is None else escape(str(value))


def _clip(text: str, limit: int = 140) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def document_head(title: str = "extract report") -> str:
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{escape(title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n"
        f"<header><h1>{escape(title)}</h1>{legend()}</header>\n"
    )


class HtmlReportWriter:
    """Writes `--format html` as it goes: the head, then each article as it comes; `close()`
    adds the index (for several articles; CSS shows it at the top) and ends the document."""

    def __init__(self, title: str = "extract report") -> None:
        self.title = title
        self.started = False
        self.rows: list[str] = []  # index rows, in input order
        self.articles = 0

    def _start(self) -> str:
        if self.started:
            return ""
        self.started = True
        return document_head(self.title)

    def add(self, facts: ArticleFacts, text: str) -> str:
        """HTML to write now for one article."""
        self.articles += 1
        anchor = f"a{self.articles}"
        tally = counts(facts)
        cells = "".join(f'<td class="n">{tally[PLURALS[k]]}</td>' for k in KINDS)
        total = sum(tally.values())
        self.rows.append(
            f'<tr><td><a href="#{anchor}">{escape(facts.id)}</a></td>{cells}'
            f'<td class="n">{total}</td></tr>\n'
        )
        return self._start() + article_html(facts, text, anchor=anchor)

    def add_failure(self, source: str, message: str) -> str:
        """An input that could not be read: a row in the index, nothing in the body."""
        self.rows.append(
            f'<tr class="failed"><td>{escape(source)}</td>'
            f'<td colspan="{len(KINDS) + 1}">failed: {escape(message)}</td></tr>\n'
        )
        return self._start()

    def close(self) -> str:
        tail = self._start()
        if len(self.rows) > 1 or self.articles == 0:
            head = "".join(f'<th class="n">{PLURALS[k]}</th>' for k in KINDS)
            tail += (
                f"<nav><h2>{self.articles} articles</h2>\n<table>\n"
                f'<tr><th>article</th>{head}<th class="n">all</th></tr>\n'
                + "".join(self.rows)
                + "</table>\n</nav>\n"
            )
        return tail + "</body>\n</html>\n"


def to_html(facts: ArticleFacts, text: str, *, title: str = "extract report") -> str:
    """A standalone page for one article."""
    writer = HtmlReportWriter(title)
    return writer.add(facts, text) + writer.close()
