"""The terminal highlight (`--show`): facts styled by kind over their ranges, never markup."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from rich.console import Console

from extract_cli.cli import main
from extract_cli.facts import ArticleFacts, DateMention, Quote
from extract_cli.highlight import STYLES, highlight, legend
from extract_cli.marks import KINDS

ROOT = Path(__file__).resolve().parent.parent
SEED = str(ROOT / "samples" / "interfaks-cybercrime.txt")


def facts_for(**kinds: Any) -> ArticleFacts:
    return ArticleFacts(
        id="test", source="test", reference_date=None, reference_date_source=None,
        headline=None, dateline=None, **kinds,
    )  # fmt: skip


def span_of(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def styles_at(rendered: Any, index: int) -> list[str]:
    return [str(span.style) for span in rendered.spans if span.start <= index < span.end]


def test_highlight_styles_each_fact_by_kind_and_the_inner_fact_wins() -> None:
    text = '"We meet on November 18," Kuzmin said.'
    quote = span_of(text, "We meet on November 18,")
    date = span_of(text, "November 18")
    facts = facts_for(
        dates=(DateMention("November 18", "2019-11-18", "day", None, date),),
        quotes=(Quote(text[quote[0] : quote[1]], "Kuzmin", "Gennady Kuzmin", quote),),
    )
    rendered = highlight(text, facts)
    assert rendered.plain.startswith(text[: quote[1]])
    assert styles_at(rendered, quote[0]) == [str(STYLES["quote"])]
    assert styles_at(rendered, date[0]) == [str(STYLES["quote"] + STYLES["date"])]
    assert styles_at(rendered, len(rendered.plain) - 1) == []


def test_highlight_follows_each_quote_with_its_speaker() -> None:
    text = '"Enough," Kuzmin said.'
    quote = span_of(text, "Enough,")
    said = Quote("Enough,", "Kuzmin", "Gennady Kuzmin", quote)
    rendered = highlight(text, facts_for(quotes=(said,)))
    assert rendered.plain == '"Enough, ◂ Gennady Kuzmin (Kuzmin)" Kuzmin said.'


def test_highlight_keeps_square_brackets_as_text() -> None:
    text = "[bold]x[/bold] met on Friday [link=http://x]here[/link]."
    facts = facts_for(dates=(DateMention("Friday", None, "day", None, span_of(text, "Friday")),))
    console = Console(record=True, width=100)
    console.print(highlight(text, facts))
    assert text in console.export_text()


def test_highlight_legend_names_every_kind() -> None:
    assert all(kind in legend().plain for kind in KINDS)


def run(*args: str, stdin: str | None = None) -> Any:
    return CliRunner().invoke(main, list(args), input=stdin)


def test_cli_show_prints_the_article_then_its_tables() -> None:
    result = run("--show", "--date", "2019-12-27", SEED)
    assert result.exit_code == 0
    out = result.output
    assert "facts:" in out and "speaker" in out
    assert "Gennady Kuzmin" in out
    assert out.index("Earlier on November 18") < out.index("Votes")
    assert max(len(line) for line in out.splitlines()) <= 100


def test_cli_show_prints_markup_in_the_article_literally() -> None:
    result = run("--show", "-", stdin="[bold]x[/bold] said the talks ended on Friday.")
    assert result.exit_code == 0
    assert "[bold]x[/bold] said the talks ended on Friday." in result.output


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv", "html"])
def test_cli_show_with_a_data_format_is_a_usage_error(fmt: str) -> None:
    result = run("--show", "--format", fmt, SEED)
    assert result.exit_code == 2
    assert "--show" in result.stderr
