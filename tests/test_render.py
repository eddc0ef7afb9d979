"""Renderers and the batch summary: the CSV columns the README documents, the summary line."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from extract_cli import cli
from extract_cli.facts import ArticleFacts, DateMention
from extract_cli.render import CSV_COLUMNS, BatchSummary, to_json

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = str(ROOT / "samples")
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_render_csv_columns_are_the_ones_the_readme_documents() -> None:
    documented = re.search(r"one row per fact, columns\s+`([^`]+)`", README)
    assert documented is not None
    assert tuple(re.split(r",\s*", documented.group(1))) == CSV_COLUMNS


@pytest.mark.parametrize("indent", [None, 2])
def test_render_json_is_the_records_dict_with_empty_pieces_left_out(
    extract: Callable[..., ArticleFacts], indent: int | None
) -> None:
    text = (ROOT / "samples" / "interfaks-cybercrime.txt").read_text(encoding="utf-8")
    facts = extract(text, "2019-12-27")
    assert to_json(facts, indent=indent) == json.dumps(
        facts.to_dict(), ensure_ascii=False, indent=indent
    )
    quotes = json.loads(to_json(facts))["quotes"]
    assert [bool(quote.get("pieces")) for quote in quotes] == [bool(q.pieces) for q in facts.quotes]
    assert any("pieces" not in quote for quote in quotes)


def test_render_batch_summary_counts_articles_facts_by_kind_and_failures() -> None:
    summary = BatchSummary()
    date = DateMention("Friday", None, "day", None, (0, 6))
    summary.add(ArticleFacts("a", "a", None, None, None, None, dates=(date, date)))
    summary.add(ArticleFacts("b", "b", None, None, None, None))
    summary.failures += 1
    assert summary.line(0.5) == (
        "2 articles, 2 facts (0 votes, 0 sponsors, 0 officials, 2 dates, 0 quotes), "
        "1 failed, 0.5 s, 4.0 articles/s"
    )


@pytest.mark.parametrize(("quiet", "shown"), [(False, True), (True, False)])
def test_cli_batch_on_a_terminal_ends_with_a_summary_on_stderr(
    monkeypatch: pytest.MonkeyPatch, quiet: bool, shown: bool
) -> None:
    monkeypatch.setattr(cli, "_stderr_is_terminal", lambda: True)
    args = ["--format", "jsonl", *(["--quiet"] if quiet else []), SAMPLES]
    result = CliRunner().invoke(cli.main, args)
    assert result.exit_code == 0
    summary = re.search(
        r"extract: 4 articles, (\d+) facts \(.*\), 0 failed, .* articles/s", result.stderr
    )
    assert bool(summary) is shown
    assert len(result.stdout.splitlines()) == 4


def test_cli_batch_off_a_terminal_has_no_summary() -> None:
    result = CliRunner().invoke(cli.main, ["--format", "jsonl", SAMPLES])
    assert "articles/s" not in result.stderr
