"""The fast scan of `find_numbers` finds what its plain word-by-word reading finds."""

from __future__ import annotations

from unittest import mock

from hypothesis import example, given, settings
from hypothesis import strategies as st

from extract_cli import numbers
from extract_cli.numbers import _HIT, _TENS, _UNITS, _WORD_KEYS, find_numbers

_PIECES = [
    *_UNITS,
    *_TENS,
    *(word.upper() for word in ("one", "twelve", "fifty")),
    *("Thirty", "Fifteen", "Five", "Twenty", "hundred", "a", "and", "A", "fif", "thirt", "twe"),
    *("1", "24", "1,024", "440.9", "47th", "2020-21"),
    *(" ", "  ", "\n", "\t", "\u00a0", "-", ",", ".", "(", "x"),
    *("some", "ten", "often", "ſix", "é", "\u212a"),
]


def _plain(text: str) -> list[tuple[int, int, int]]:
    """`find_numbers` reading every word of `text`, as it does when lowering shifts offsets."""
    words = [(hit.start(), hit.group()) for hit in _HIT.finditer(text)]
    with mock.patch.object(numbers, "_lower_hits", lambda _: words):
        return list(find_numbers(text))


def test_numbers_every_number_word_starts_with_exactly_one_key() -> None:
    for word in (*_UNITS, *_TENS):
        assert sum(word.startswith(key) for key in _WORD_KEYS) == 1, word


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=14).map("".join))
@example("Fifteen of the fifty-five, twelve or twenty; thirteen thirty")
@example("a hundred and twelve, A  hundred, 1,024 and 47th; 12-7")
@example("a\u00a0hundred, a\thundred, ahundred, a_hundred, x_ten, 5ten, éten, \u212aten")
def test_numbers_fast_scan_finds_what_the_plain_reading_finds(text: str) -> None:
    assert list(find_numbers(text)) == _plain(text)
