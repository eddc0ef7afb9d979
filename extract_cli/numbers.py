"""Cardinal numbers as news writes them: numerals ("137", "1,024") and words ("Thirty-eight")."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

_UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_UNIT_ALT = "|".join(sorted(_UNITS, key=len, reverse=True))
_TENS_ALT = "|".join(_TENS)
# "one hundred and twelve", "ninety-nine", "seventeen"; numerals with thousands separators.
# A numeral must not be part of a decimal ("440.9") or of a longer token ("47th", "A4").
_WORDS = (
    rf"(?:(?:{_UNIT_ALT}|a)\s+hundred(?:\s+(?:and\s+)?(?:(?:{_TENS_ALT})(?:[-\s](?:{_UNIT_ALT}))?"
    rf"|{_UNIT_ALT}))?"
    rf"|(?:{_TENS_ALT})(?:[-\s](?:{_UNIT_ALT}))?"
    rf"|{_UNIT_ALT})"
)
NUMBER_WORDS = _WORDS
_NUMERAL = r"(?<![\w.,])(?:\d{1,3}(?:,\d{3})+|\d+)(?![\w]|[.,]\d)"
NUMBER_RE = re.compile(rf"{_NUMERAL}|\b{_WORDS}\b", re.IGNORECASE)
# The same numeral alone: a hit that opens on a digit can be no number words.
_NUMERAL_RE = re.compile(_NUMERAL)


_SEPARATORS = re.compile(r"[\s-]+")


def parse_number(text: str) -> int | None:
    """The value of a numeral or number words ("Thirty-eight" -> 38), else None."""
    cleaned = text.strip().lower().replace(",", "")
    if cleaned.isdigit():
        return int(cleaned)
    total = 0
    current = 0
    seen = False
    for word in _SEPARATORS.split(cleaned):
        if word in ("and", ""):
            continue
        if word == "a":
            current = 1
        elif word in _UNITS:
            current += _UNITS[word]
        elif word in _TENS:
            current += _TENS[word]
        elif word == "hundred":
            current = max(current, 1) * 100
        else:
            return None
        seen = True
    total += current
    return total if seen else None


_HIT = re.compile(r"[A-Za-z]+|\d+")
# Words that can open a number; scanning words and trying the full pattern only at these is
# several times faster than running the big alternation over the whole text.
_STARTERS = frozenset({*_UNITS, *_TENS, "a"})
# Faster still on lower-cased text, without a regex scanned at every position: digit runs by
# a pattern that opens on a digit class, and number words by `str.find` of a few literal
# prefixes (every number word starts with one), then the word pattern tried only there.
_DIGIT_RUN = re.compile(r"\d\d*")
_LOWER_WORD = re.compile(
    rf"(?:{'|'.join(sorted((*_UNITS, *_TENS), key=len, reverse=True))})\b|a\s+hundred"
)
# "fourteen" is found through "four", "a hundred" through "hundred".
_WORD_KEYS = tuple(
    sorted(
        word
        for word in (*_UNITS, *_TENS)
        if not any(other != word and word.startswith(other) for other in (*_UNITS, *_TENS))
    )
)


def _word_at_boundary(lowered: str, start: int) -> bool:
    """`\\b` before a letter: the text starts there or a non-word character comes before."""
    if start == 0:
        return True
    previous = lowered[start - 1]
    return not (previous.isalnum() or previous == "_")


def _lower_hits(lowered: str) -> list[tuple[int, str]]:
    """(start, text) of the digit runs and number words of lower-cased text, in order: what
    one scan for either would find (the two never overlap, nor do two number words)."""
    hits = [(hit.start(), hit.group()) for hit in _DIGIT_RUN.finditer(lowered)]
    starts: list[int] = []
    for key in _WORD_KEYS:
        # most keys are in no sentence: `in` says so for less than a call of `find`
        if key in lowered:
            at = lowered.find(key)
            while at >= 0:
                starts.append(at)
                at = lowered.find(key, at + 1)
    at = lowered.find("hundred") if "hundred" in lowered else -1
    while at >= 0:
        # "a hundred": the "a" before the spaces
        before = at
        while before > 0 and lowered[before - 1].isspace():
            before -= 1
        if before < at and before > 0 and lowered[before - 1] == "a":
            starts.append(before - 1)
        at = lowered.find("hundred", at + 1)
    for start in starts:
        if _word_at_boundary(lowered, start):
            match = _LOWER_WORD.match(lowered, start)
            if match is not None:
                hits.append((start, match.group()))
    if starts:
        hits.sort()
    return hits


def find_numbers(text: str) -> Iterator[tuple[int, int, int]]:
    """(start, end, value) of every cardinal number written in `text`."""
    lowered = text.lower()
    # A few characters change length when lower-cased ("İ"): offsets would shift.
    if len(lowered) == len(text):
        hits: Iterable[tuple[int, str]] = _lower_hits(lowered)
    else:
        hits = ((hit.start(), hit.group()) for hit in _HIT.finditer(text))
    resume = 0
    for start, word in hits:
        if start < resume:
            continue
        if word[0].isdigit():
            # A numeral's value needs no word parsing: digits, perhaps thousands commas.
            match = _NUMERAL_RE.match(text, start)
            if match is None:
                continue
            resume = match.end()
            yield start, resume, int(match.group().replace(",", ""))
            continue
        if word.split()[0].lower() not in _STARTERS:
            continue
        match = NUMBER_RE.match(text, start)
        if match is None:
            continue
        value = parse_number(match.group())
        if value is not None:
            resume = match.end()
            yield start, match.end(), value
