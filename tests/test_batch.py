"""Batches: every article's rendered facts and every bad input come back, in input order."""

from __future__ import annotations

import datetime as dt

import pytest

from extract_cli.batch import keep_facts, run_batch
from extract_cli.facts import ArticleFacts
from extract_cli.inputs import Article, InputFailure
from extract_cli.pipeline import Extractor
from extract_cli.render import BatchSummary, JsonLine, to_json, to_json_line

TEXTS = (
    "The General Assembly adopted the resolution by 120 votes to 8, with 12 abstentions.",
    'Foreign Minister Anna Berg said on Monday: "We will not sign."',
    "Nothing happened.",
)


def _articles(count: int) -> list[Article | InputFailure]:
    items: list[Article | InputFailure] = []
    for i in range(count):
        if i % 7 == 3:
            items.append(InputFailure(f"bad{i}", "not valid JSON"))
        else:
            text = TEXTS[i % len(TEXTS)]
            items.append(Article(f"a{i}", f"a{i}", text, dt.date(2024, 3, 15), "record"))
    return items


def _id_of(facts: ArticleFacts) -> str:
    return facts.id


def _refuse_the_second_text(facts: ArticleFacts) -> str:
    if facts.quotes:
        raise ValueError("cannot render this one")
    return facts.id


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


@pytest.mark.parametrize("jobs", [1, 2])
def test_render_result_of_every_article_and_every_failure_come_back_in_input_order(
    extractor: Extractor, jobs: int
) -> None:
    items = _articles(40)
    results = list(run_batch(extractor, items, render=_id_of, jobs=jobs))
    expected = [item if isinstance(item, InputFailure) else item.id for item in items]
    assert results == expected


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_render_that_fails_loses_only_its_article(extractor: Extractor, jobs: int) -> None:
    items = _articles(12)
    results = list(run_batch(extractor, items, render=_refuse_the_second_text, jobs=jobs))
    assert len(results) == len(items)
    for item, result in zip(items, results, strict=True):
        if isinstance(item, InputFailure):
            assert result == item
        elif item.text == TEXTS[1]:
            assert isinstance(result, InputFailure)
            assert result.source == item.source
            assert result.message == "internal error: ValueError: cannot render this one"
        else:
            assert result == item.id


def test_json_lines_rendered_by_workers_are_the_lines_of_the_facts(extractor: Extractor) -> None:
    items = _articles(20)
    facts = list(run_batch(extractor, items, render=keep_facts, jobs=1))
    lines = list(run_batch(extractor, items, render=to_json_line, jobs=2))
    for kept, line in zip(facts, lines, strict=True):
        if isinstance(kept, InputFailure):
            assert line == kept
            continue
        assert isinstance(line, JsonLine)
        assert line.line == to_json(kept) + "\n"
        assert (line.source, line.warnings) == (kept.source, kept.warnings)


def test_summary_counts_a_rendered_line_as_its_facts(extractor: Extractor) -> None:
    facts = extractor.extract(TEXTS[0] + " " + TEXTS[1], reference_date=dt.date(2024, 3, 15))
    from_facts, from_line = BatchSummary(), BatchSummary()
    from_facts.add(facts)
    from_line.add(to_json_line(facts))
    assert from_line == from_facts
    assert from_line.facts["votes"] == 1
    assert from_line.facts["quotes"] == 1
