"""The letters where a case-insensitive regex and `str.lower` disagree are exactly those listed."""

from __future__ import annotations

import re
import string
import sys

from extract_cli.casefold import FOLDED_LETTERS, has_folded_letter

_ASCII_LETTER = re.compile("[a-z]", re.IGNORECASE)


def _disagree(char: str) -> bool:
    lowered = char.lower()
    if len(lowered) != 1:
        return True
    if _ASCII_LETTER.fullmatch(char) is None:  # the regex reads no ASCII letter here
        return lowered in string.ascii_lowercase
    return not re.fullmatch(lowered, char, re.IGNORECASE) or lowered not in string.ascii_lowercase


def test_casefold_lists_every_character_the_two_ways_read_differently() -> None:
    found = {chr(code) for code in range(sys.maxunicode + 1) if _disagree(chr(code))}
    assert found == set(FOLDED_LETTERS)


def test_casefold_finds_a_listed_letter_anywhere_in_a_text() -> None:
    assert has_folded_letter("in \u0130zmir")
    assert has_folded_letter("ſix")
    assert not has_folded_letter("Istanbul, KELVIN, \u212a")
