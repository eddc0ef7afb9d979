"""Person-name recognition without a model: capitalised word runs, name particles, name keys.

The word lists (given names, particles, words that are never part of a name) are data in
`patterns/names.jsonl`; this module turns a text into candidate name segments for `officials`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Container, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from .patterns import default_pattern_dir, lexicon, load_patterns

# Upper-case letters of the Latin, Greek and Cyrillic blocks: names such as "Çavuşoğlu" or
# "Ödegaard" open with letters outside A-Z.
_UPPER = "".join(re.escape(c) for c in map(chr, range(0x41, 0x530)) if c.isupper())
# A capitalised word: inner dots (U.S.), apostrophes (O'Brien, Russia's) and hyphens
# (Thomas-Greenfield, al-Sisi) stay inside it; a final dot is kept to tell "Sen." from an end.
_PREFIXES = ("al", "el", "ad", "as", "ash", "an", "ar", "at", "az", "ul", "abu", "bin", "ibn")
# inner dots, apostrophes and hyphens (also the Unicode and no-break hyphens U+2010, U+2011),
# each followed by a word character; written as stretches of \w, not one alternation per
# character (a quarter faster). The repeats are possessive (`*+`): what may follow a word (a
# space, a bracket, the end) is no word character, so giving letters back could never make a
# match, and the engine keeps no state to give them back (a tenth faster).
_REST = r"\w*+(?:[.'’\-\u2010\u2011]\w+)*+\.?"
_WORD = (
    # (a capital, or a name prefix and a capital: "al-Sisi"; the common case first)
    rf"(?:[{_UPPER}]{_REST}|(?:{'|'.join(_PREFIXES)})-[{_UPPER}]{_REST}"
    # an editor's insertion: "President [Volodymyr] Zelensky"
    rf"|\[[{_UPPER}][\w'’\-]*+\])"
)
# The first word of a run, written to open with a character set: the regex engine then skips
# to the next capital in C instead of trying the pattern at every position (twice as fast).
# A look-behind past the capital checks what stood before it; a name prefix ("al-Sisi") is
# let through here and put back on the word by `capitalised_runs`.
_SHORT_PREFIXES = "|".join(p for p in _PREFIXES if len(p) == 2)
_LONG_PREFIXES = "|".join(p for p in _PREFIXES if len(p) == 3)
_FIRST_WORD = (
    rf"[{_UPPER}\[](?:(?<![\w.'’\-].)"
    rf"|(?<=(?<![\w.'’\-])(?:{_SHORT_PREFIXES})-.)|(?<=(?<![\w.'’\-])(?:{_LONG_PREFIXES})-.))"
    # (the two cases exclude each other: the common one first)
    rf"(?:(?<!\[){_REST}|(?<=\[)[{_UPPER}][\w'’\-]*+\])"
)
_POSSESSIVE = ("'s", "’s")
# a word of a longer run: its text, start and end counted from the run's start, whether it
# is possessive, whether it is a particle, its `name_key`
_RelativeWord = tuple[str, int, int, bool, bool, str]


@dataclass(frozen=True)
class NameLexicon:
    """Lower-cased word lists read from `names.jsonl`."""

    given: frozenset[str]
    family_first: frozenset[str]
    particles: frozenset[str]
    not_name: frozenset[str]
    org_words: frozenset[str]
    abbreviations: frozenset[str]
    honorifics: frozenset[str]
    surname_words: frozenset[str]
    place_prefixes: frozenset[str]
    # well-known places that read like a person's name ("Diego Garcia", "Sheikh Jarrah"), by
    # `name_key`, and the last words of those names (one set look-up spares most segments)
    places: frozenset[str]
    place_ends: frozenset[str]
    run: re.Pattern[str]
    # a cache for `capitalised_runs`: one-word runs read by their text, per `skip` set
    one_words: dict[frozenset[str], dict[str, tuple[str, bool, str] | None]] = field(
        default_factory=dict, compare=False, hash=False
    )
    # a cache for `capitalised_runs`: longer runs read by their text (offsets from the start)
    many_words: dict[str, tuple[tuple[_RelativeWord, ...], ...]] = field(
        default_factory=dict, compare=False, hash=False
    )

    @classmethod
    def build(cls, folders: Iterable[Path]) -> NameLexicon:
        words = lexicon(load_patterns("names", folders))

        def get(label: str) -> frozenset[str]:
            return frozenset(words.get(label, ()))

        particles = get("NAME_PARTICLE")
        particle_re = _any_particle(particles)
        # after a space, only a capital, "[", or the first letter of a particle or of a name
        # prefix ("al-") can go on: one character test spares trying every alternative
        # after most runs ("Russia said")
        # (an empty particle could open with anything: no test then)
        openers = {p[:1] for p in particles} | {p[0] for p in _PREFIXES}
        guard = "".join(re.escape(c) for c in sorted(openers))
        gap = rf"[ \u00a0](?=[{_UPPER}\[{guard}])" if all(particles) else r"[ \u00a0]"
        if particle_re:
            gap += rf"(?:(?:{particle_re})[ \u00a0])*"
        # (possessive: nothing follows the words, so the longest run is the match anyway)
        run = re.compile(rf"{_FIRST_WORD}(?:{gap}{_WORD})*+")
        places = frozenset(name_key(p) for p in get("PLACE_NAME"))
        return cls(
            given=get("GIVEN_NAME"),
            family_first=get("FAMILY_NAME_FIRST"),
            particles=particles,
            not_name=get("NOT_NAME"),
            org_words=get("ORG_WORD"),
            abbreviations=get("ABBREVIATION"),
            honorifics=get("HONORIFIC"),
            surname_words=get("SURNAME_WORD"),
            place_prefixes=get("PLACE_PREFIX"),
            places=places,
            place_ends=frozenset(p.rsplit(" ", 1)[-1] for p in places),
            run=run,
        )

    def is_abbreviation(self, word: str) -> bool:
        """ "Sen.", "U.S.", "W." keep their dot; "Lavrov." ends a sentence."""
        core = word.rstrip(".")
        return len(core) == 1 or "." in core or core.lower() in self.abbreviations


def _any_particle(particles: frozenset[str]) -> str:
    """An alternation of the particles, longest first, grouped by their first letter: "d(?:ella|
    del|...)" (the regex tries one group, not every particle, after a run's last word)."""
    groups: dict[str, list[str]] = {}
    for particle in sorted(particles, key=lambda p: len(re.escape(p)), reverse=True):
        groups.setdefault(particle[:1], []).append(re.escape(particle[1:]))
    return "|".join(f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in groups.items())


@lru_cache(maxsize=8)
def load_name_lexicon(folders: tuple[Path, ...]) -> NameLexicon:
    """The name lists of every folder's `names.jsonl` (shipped folder first, then the user's)."""
    return NameLexicon.build(folders)


def default_lexicon() -> NameLexicon:
    return load_name_lexicon((default_pattern_dir(),))


class Word(NamedTuple):
    """One word of a capitalised run, as written, without a possessive 's or a final full stop
    (`key`: its `name_key`, kept with the word: names are compared by their keys)."""

    text: str
    start: int
    end: int
    possessive: bool = False
    particle: bool = False
    key: str = ""

    @property
    def lower(self) -> str:
        return self.text.lower()


def capitalised_runs(
    text: str,
    lex: NameLexicon,
    skip: frozenset[str] = frozenset(),
    skip_at: Container[int] = frozenset(),
) -> list[list[Word]]:
    """Runs of capitalised words (with name particles inside), cut at sentence ends and
    after a possessive: "Hungary's | Prime Minister Viktor Orban". A word that stands alone
    (no capitalised word next to it) is left out where its lower-cased form is in `skip`
    ("The", "Minister") or where it starts at an offset in `skip_at`; a one-word run cut
    from a longer one ("Hungary's") is kept."""
    # one-word runs come back across articles: how each is read, by its text
    one_words = lex.one_words.get(skip)
    if one_words is None:
        if len(lex.one_words) > 16:
            lex.one_words.clear()
        one_words = lex.one_words[skip] = {}
    elif len(one_words) > 50_000:
        one_words.clear()
    many_words = lex.many_words
    if len(many_words) > 50_000:
        many_words.clear()
    read_one = one_words.get
    read_many = many_words.get
    # a list, not a generator: the caller keeps every run, and a yield per run costs more
    runs: list[list[Word]] = []
    add = runs.append
    for match in lex.run.finditer(text):
        group = match[0]
        start = match.start()
        if start and text[start - 1] == "-":
            # "al-Sisi": the regex starts at the capital, the prefix stands before it
            start -= 1
            while start and text[start - 1].isalpha():
                start -= 1
            group = text[start : match.end()]
        if " " not in group and "\u00a0" not in group:
            # one word: most runs ("The", "Russia", "Lavrov's"), no splitting needed
            if start in skip_at:
                continue
            read = read_one(group, _UNREAD)
            if read is _UNREAD:
                read = one_words[group] = _one_word(group, lex, skip)
            if read is not None:
                core, possessive, key = read
                add([_new_word(Word, (core, start, start + len(core), possessive, False, key))])
            continue
        parts = read_many(group)
        if parts is None:
            parts = many_words[group] = _many_words(group, lex)
        for part in parts:
            # a loop, not a list comprehension: most parts are two or three words, and a
            # comprehension is a function call of its own (Python 3.11)
            words = []
            for core, at, to, possessive, particle, key in part:
                words.append(
                    _new_word(Word, (core, start + at, start + to, possessive, particle, key))
                )
            add(words)
    return runs


def _many_words(group: str, lex: NameLexicon) -> tuple[tuple[_RelativeWord, ...], ...]:
    """A run of several words cut into its parts, with offsets from the run's start."""
    parts: list[tuple[_RelativeWord, ...]] = []
    words: list[_RelativeWord] = []
    start = 0
    # the separators are single spaces (or no-break spaces): offsets follow from lengths
    for raw in group.replace("\u00a0", " ").split(" "):
        if raw.startswith("["):
            # the span keeps the brackets, the word does not
            words.append((raw[1:-1], start, start + len(raw), False, False, name_key(raw[1:-1])))
            start += len(raw) + 1
            continue
        possessive = raw.endswith(_POSSESSIVE) and len(raw) > 2
        core = raw[:-2] if possessive else raw
        ends_sentence = core.endswith(".") and not lex.is_abbreviation(core)
        if ends_sentence:
            core = core.rstrip(".")
        particle = not core[:1].isupper() and core.lower() in lex.particles
        words.append((core, start, start + len(core), possessive, particle, name_key(core)))
        start += len(raw) + 1
        if possessive or ends_sentence:
            parts.append(tuple(words))
            words = []
    if words:
        parts.append(tuple(words))
    return tuple(parts)


def _one_word(group: str, lex: NameLexicon, skip: frozenset[str]) -> tuple[str, bool, str] | None:
    """A one-word run's word, whether it is possessive and its `name_key`; None when `skip`
    leaves it out."""
    if group.rstrip(".").lower() in skip:
        return None
    possessive = group.endswith(_POSSESSIVE) and len(group) > 2
    core = group[:-2] if possessive else group
    if core.endswith(".") and not lex.is_abbreviation(core):
        core = core.rstrip(".")
    return core, possessive, name_key(core)


_UNREAD: tuple[str, bool, str] = ("", False, "")  # not in the cache yet (None: left out)
# `Word(...)` runs the named tuple's Python-level `__new__`; the tuple's own is a C call
_new_word = tuple.__new__


def name_segments(run: list[Word], is_name_word: Callable[[Word], bool]) -> Iterator[list[Word]]:
    """Maximal stretches of name words in a run; particles only between two name words."""
    segment: list[Word] = []
    for word in run:
        if word.particle:
            if segment:
                segment.append(word)
            continue
        if is_name_word(word):
            segment.append(word)
            continue
        # (most words close no segment: "Security Council", "Prime Minister")
        if segment:
            if segment[-1].particle:
                segment = _trimmed(segment)
            if segment:
                yield segment
            segment = []
    if segment and segment[-1].particle:
        segment = _trimmed(segment)
    if segment:
        yield segment


def _trimmed(segment: list[Word]) -> list[Word]:
    """The segment without the particles at its end."""
    end = len(segment)
    while end and segment[end - 1].particle:
        end -= 1
    return segment[:end]


@lru_cache(maxsize=8192)
def name_key(text: str) -> str:
    """Compare names loosely: no accents, case-folded, no possessive ("Erdoğan's" = "erdogan")."""
    text = text.removesuffix("'s").removesuffix("’s")
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return plain.casefold().replace("’", "'").replace("\u2010", "-")
