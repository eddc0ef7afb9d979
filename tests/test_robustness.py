"""Whatever the text, extraction finishes, never raises, and every span holds its text."""

from __future__ import annotations

import json
import time
from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract_cli.facts import ArticleFacts
from extract_cli.render import to_json

FACT_KINDS = ("votes", "sponsors", "officials", "dates", "quotes")
NEWSY = st.sampled_from(
    [
        "“", "”", '"', "'", "‘", "’", "«", "»", "(", ")", "\n\n", ", ", ". ", " said ",
        "Russia", "the United States", "voted", " in favour", " against", " abstained",
        "79", "60-33", "Dec. 27", "Friday", "2019", "Minister", "Gennady Kuzmin", "he",
        "proposed by", "including", "—", ":", "12.04.2021", "last year",
    ]
)  # fmt: skip
TEXTS = st.lists(st.one_of(st.text(max_size=12), NEWSY), max_size=60).map("".join)


def assert_spans_hold(text: str, facts: ArticleFacts) -> None:
    data = json.loads(to_json(facts))
    for kind in FACT_KINDS:
        for fact in data[kind]:
            for piece in fact.get("pieces") or [fact]:
                start, end = piece["span"]
                assert text[start:end] == piece["text"], (kind, piece)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXTS, with_date=st.booleans())
def test_robustness_any_text_gives_valid_json_with_true_spans(
    extract: Callable[..., ArticleFacts], text: str, with_date: bool
) -> None:
    facts = extract(text, "2024-03-15" if with_date else None)
    assert_spans_hold(text, facts)


PATHOLOGICAL = {
    "one long line": "The council voted 12-3 on Friday, said the minister. " * 20_000,
    "ten thousand quote marks": "“" * 5_000 + "word " * 100 + "”" * 5_000,
    "alternating marks": '"a b c d" ' * 10_000,
    "nested brackets": "(" * 10_000 + "Russia voted against" + ")" * 10_000,
    "all digits": "7" * 1_000_000,
    "no spaces": "abc" * 300_000,
    "names without end": "Minister " + "Gennady Kuzmin " * 20_000,
    "countries without end": "Russia, " * 50_000 + "voted against.",
}


@pytest.mark.parametrize("name", PATHOLOGICAL)
def test_robustness_pathological_text_finishes_in_bounded_time(
    extract: Callable[..., ArticleFacts], name: str
) -> None:
    text = PATHOLOGICAL[name]
    start = time.perf_counter()
    facts = extract(text, "2024-03-15")
    assert time.perf_counter() - start < 30, name
    assert_spans_hold(text, facts)


@pytest.mark.parametrize(
    "text",
    ["drafts.", "drafts", "The Assembly then turned to its remaining drafts.", "tabled.", "“", "("],
)
def test_robustness_text_ending_on_a_cue_word(
    extract: Callable[..., ArticleFacts], text: str
) -> None:
    assert_spans_hold(text, extract(text, "2024-03-15"))
