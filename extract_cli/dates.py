"""Calendar expressions in an article, resolved against its reference date, with their event.

Every date holds a digit or an anchor word (a month, a weekday, "today", "year", "ago"...: the
word lists live in patterns/dates.jsonl). Around each anchor, regexes built from those lists
(each compiled when first needed) match the expression's shape; each hit is then checked in its
context (a number must read as a year, a bare month must follow a preposition or date an event
noun, "today" must not be rhetorical nor likened to "tomorrow"), resolved to an ISO value (the
nearest past occurrence, the next one when its clause looks ahead: a future or modal verb, a
plan, a deadline, a scheduled event in the present, a fixture verb like "they meet Spain"; a day
a few weeks ahead in a sentence with no past verb; the nearer one for a planned event something
happens before) and given the event its sentence reports. `load_rules` reads the word lists of
the shipped pattern folder and of any user folder; `find_dates(..., rules=...)` applies them.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property, lru_cache
from itertools import pairwise
from pathlib import Path
from typing import Any

import numpy as np
from spacy.strings import hash_string  # type: ignore[attr-defined]
from spacy.tokens import Doc

from .casefold import has_folded_letter
from .doctext import article_text, sentence_starts, token_rows
from .facts import DateMention
from .patterns import default_pattern_dir, load_patterns


def _lexicon(folders: tuple[Path, ...]) -> dict[str, dict[str, str]]:
    """Word lists by label, each word mapped to its `id` (or ""): dates.jsonl holds the calendar
    words (the cue ruler marks them too), dates_context.jsonl the words read around a date (cue
    words, verbs, nouns), kept apart so the ruler does not mark them all."""
    words: dict[str, dict[str, str]] = {}
    for entry in load_patterns("dates", folders) + load_patterns("dates_context", folders):
        if isinstance(entry["pattern"], str):
            words.setdefault(entry["label"], {})[entry["pattern"].lower()] = entry.get("id", "")
    return words


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50,
}  # fmt: skip
# Words after which a bare month name ("in March", "since August") is a date, not a name.
_MONTH_PREPS = _set(
    "in since until till by from through throughout during before after between an of "
    "early late mid last next this"
)
# "May" is also a verb and a surname ("backed by May"): only these make it the month.
_MAY_PREPS = _set("in since until till during early late mid last next this")
# Years before 1900 read as years only after one of these ("since 1648").
_OLD_YEAR_PREPS = _set("in since of until from by before after year")
_YEAR_PREPS = _set("in since until till during before after")
# "Good Friday" is a feast, "the following Monday" an offset from another event
_NOT_WEEKDAY_BEFORE = _set("good black holy ash easter palm bloody super cyber following previous")
_NOT_WEEKDAY_AFTER = _set(
    "times telegraph express mirror post herald tribune star night club group movement"
)
_SHORT_DATE_PREPS = _set("on since until by from dated of")
_NOT_VERB_ED = _set("red bed need speed seed feed breed shed wed hundred")


def _alternation(words: Iterable[str]) -> str:
    """The words as regex alternatives, longest first, factored by first character
    ("j(?:anuary|une|an)|..."): the engine then tries one group at a position, not every word.
    Distinct ASCII first characters never match the same character, even ignoring case, so the
    factored form matches what the flat one does; other first characters keep the flat form.
    No words never match (an empty alternation would match everywhere: a month list with no
    abbreviations would take "" for a month)."""
    ordered = sorted(words, key=len, reverse=True)
    if not ordered:
        return "(?!)"
    if not all(w[:1].isascii() and w for w in ordered):
        return "|".join(_escaped(w) for w in ordered)
    groups: dict[str, list[str]] = {}
    for word in ordered:
        groups.setdefault(word[0], []).append(word[1:])
    return "|".join(
        _escaped(first) + _escaped(rests[0])
        if len(rests) == 1  # no group around a lone word: less to compile
        else f"{_escaped(first)}(?:{'|'.join(_escaped(rest) for rest in rests)})"
        for first, rests in groups.items()
    )


def _escaped(word: str) -> str:
    return re.escape(word).replace("'", "['’]")


_S = r"[^\S\n]+"  # spaces within one line: a date never runs across a line break
_DAY = r"(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?(?![\w])"
# A year may run into the next word only when a page glued it to a capital: "2022In her".
_YEAR = r"(?:1[5-9]\d\d|20\d\d)(?!\d|[.,]\d|_)(?!(?-i:[a-z]))"
_MOD = (
    rf"(?:(?:early|late|mid){_S}|(?:mid|early|late|end)-"
    rf"|(?:the{_S})?(?:end|beginning|start|middle){_S}of{_S})"
)
_COUNT = rf"(?:{_alternation(_NUMBER_WORDS)}|\d{{1,3}})"
# "23-24", "3 and 4": a span of days, valued at its first day (the second day written once
# after either link: the same matches, less to compile)
_DAYS = rf"{_DAY}(?:(?:[^\S\n]*[-–][^\S\n]*|{_S}(?:and|to){_S}){_DAY})?"
_DM_SEP = rf"(?:{_S}|-)"  # "27 Dec 2019", "27-Dec-2019"


def _shapes(
    month: str, weekday: str, any_weekday: str, holiday: str, *, day_first: bool
) -> list[tuple[str, str]]:
    """The date shapes as (name, regex), built around the word alternations of the rules.
    Alternatives are tried in this order at each position, so longer shapes come first.
    A date may open on the day's name ("Friday, 3 March", "today 5 May") only where a weekday
    or a relative day opens it (`day_first`): elsewhere that part could never match, and
    leaving it out makes the regexes smaller to compile and quicker to fail."""
    prefix = _day_name_first(any_weekday) if day_first else ""
    return [
        (
            "iso",
            r"(?<![\w/.-])(?:19|20)\d\d(?P<isep>[-./])[01]?\d(?P=isep)[0-3]?\d(?![\w/-]|\.\d)",
        ),
        (
            "numeric",
            r"(?<![\w/.:-])[0-3]?\d(?P<sep>[./-])[0-3]?\d(?P=sep)(?:19|20)\d\d(?![\w/]|[.-]\d)",
        ),
        (
            "compact",
            r"(?<![\w.,/-])(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?![\w.,/-])",
        ),
        (
            "dmy",
            rf"{prefix}(?:the{_S})?{_DAYS}{_DM_SEP}(?:of{_S})?{month}(?:,[^\S\n]*|{_DM_SEP}){_YEAR}",
        ),
        ("mdy", rf"{prefix}{month}{_S}{_DAYS}(?:,[^\S\n]*|{_S}){_YEAR}"),
        ("month_year", rf"{_MOD}?{month}(?:,?{_S})(?:of{_S})?{_YEAR}"),
        ("month_rel_year", rf"{month}{_S}(?:of{_S})?(?:next|last|this){_S}year(?!\w)"),
        # "in September of that year", "on 4 May the same year": the year last named
        (
            "month_that_year",
            rf"(?:{_MOD}|(?:the{_S})?{_DAYS}{_DM_SEP}(?:of{_S})?)?{month}(?:{_S}{_DAYS})?,?{_S}"
            rf"(?:of{_S})?(?:that(?:{_S}same)?|the{_S}same){_S}year(?![\w-])",
        ),
        ("dm", rf"{prefix}(?:the{_S})?{_DAYS}{_DM_SEP}(?:of{_S})?{month}"),
        ("md", rf"{prefix}(?:\({month}\)|{month}){_S}{_DAYS}"),
        # "New Year's Day 2022", "Christmas 2021": one expression, valued in that year
        ("holiday_year", rf"(?<!\w)(?:{holiday}),?{_S}{_YEAR}"),
        ("holiday", rf"(?<!\w)(?:{holiday})(?!\w)"),
        (
            "ago",
            rf"(?<!\w)(?:(?:nearly|almost|about|some|more{_S}than|over|around|roughly|exactly"
            rf"|just|only|barely){_S})?{_COUNT}{_S}(?:years?|months?|days?){_S}ago(?!\w)",
        ),
        (
            "rel_unit",
            rf"(?<!\w)(?:(?:earlier|later|early|late){_S})?(?:this|last|next){_S}(?:year|month)"
            rf"(?!\w)|(?<!\w)(?:the{_S})?(?:end|beginning|start|middle){_S}of{_S}the{_S}"
            rf"month(?!\w)",
        ),
        ("month", rf"(?<!\w)(?:{_MOD}|(?:last|next|this|coming){_S})?{month}"),
        ("rel_day", r"(?<!\w)(?:today|yesterday|tomorrow)(?!\w)"),
        ("weekday", rf"(?<!\w)(?:(?:last|next|this|this{_S}coming|coming){_S})?{weekday}(?!\w)"),
        ("nth", rf"(?<!\w)on{_S}the{_S}{_DAY}(?!{_S}(?:of{_S})?{month})"),
        ("year_mod", rf"(?<![\w-]){_MOD}{_YEAR}"),
        (
            "year_range",
            r"(?<![\w$£€#.,/-])(?:1[5-9]\d\d|20\d\d)[-–/](?:(?:19|20)\d\d|\d\d)(?![\w%/]|[.,-]\d)",
        ),
        ("year", rf"(?<![\w$£€#.,/-]){_YEAR}(?!%|[-–]\d|s\b)"),
        ("short", r"(?<![\w/.-])[0-3]?\d/[01]?\d(?![\w/]|[.,]\d)"),
    ]


def _day_name_first(any_weekday: str) -> str:
    """The day's name that may open a date: "Friday, 3 March", "today 5 May"."""
    return rf"(?:(?:{any_weekday}|today|tomorrow|yesterday),?{_S})?"


# Trying every shape at a start costs microseconds; the first word of the start tells which
# few shapes can match there, so each kind of first word gets a regex of its own shapes only.
_SHAPES_BY_OPENER = {
    "year": "iso compact year_range year",
    "number": "numeric dmy month_that_year dm ago short",
    "month": "mdy month_year month_rel_year month_that_year md month",
    "month_alone": "month",
    "(": "md",
    # a weekday or a relative day: one regex for both, as each of the two last shapes fails at
    # once where the other opens (one regex fewer to compile at start-up)
    "day": "dmy mdy dm md rel_day weekday",
    "day_alone": "rel_day weekday",
    "the": "dmy month_that_year dm month_year month year_mod rel_unit",
    "modifier": "month_year month_that_year rel_unit month year_mod",
    "last": "rel_unit month weekday",
    "earlier": "rel_unit",
    "on": "nth",
    "count": "ago",
    "holiday": "holiday_year holiday",
}
# Most weekdays ("on Friday"), numbers ("15 members"), months ("the March elections"), "the"
# before an anchor ("the year", "the 17 members"), "end" before one ("the end of the year") and
# "this" or "last" before one ("this week's") open none of the longer shapes of their kind: a
# short regex of what those begin with (`DateRules.hints`) tells, and where it fails, the
# shapes left to try are these (None: no shape). The longer regex is then neither run nor, at
# start-up, compiled.
_WITHOUT_HINT = {
    "day": "day_alone",
    "month": "month_alone",
    "number": None,
    "the": None,
    "modifier": None,
    "last": None,
}
_FIXED_OPENERS = (
    {w: "count" for w in _NUMBER_WORDS}
    | {w: "count" for w in _set("nearly almost about some more over around roughly exactly")}
    | {w: "count" for w in _set("just only barely")}
    | {w: "modifier" for w in _set("early late mid end")}
    | {w: "last" for w in _set("last next this coming")}
    | {"the": "the", "earlier": "earlier", "later": "earlier", "on": "on"}
)
# Every date holds a digit or a word of these lists (the cue ruler marks them on the Doc).
_ANCHOR_LABELS = (
    "DATE_MONTH",
    "DATE_MONTH_ABBR",
    "DATE_WEEKDAY",
    "DATE_RELATIVE_DAY",
    "DATE_ANCHOR",
    "DATE_HOLIDAY_NAME",
)


_EMPTY: frozenset[str] = frozenset()


@dataclass(frozen=True, eq=False)  # compared and hashed by identity: caches key on the rules
class DateRules:
    """The word lists of dates.jsonl and dates_context.jsonl, and the regexes built from them."""

    months: dict[str, int]  # full names and abbreviations -> 1..12
    month_abbreviations: frozenset[str]
    weekdays: dict[str, int]  # full names -> 0 (Monday)..6
    relative_days: dict[str, int]  # today 0, yesterday -1, tomorrow 1
    holidays: dict[str, tuple[int, int]]  # "victory day" -> (5, 9)
    holiday_names: frozenset[str]  # "christmas": a date only with a year or after "on", "by" ...
    words: dict[str, frozenset[str]]  # every other list by label (cue words, verbs, nouns)
    openers: dict[str, str]  # a word that can open a date -> its kind of opener
    triggers: _LazyRegexes  # kind of opener -> the shapes that open so
    hints: _LazyRegexes  # kind of opener -> what the longer of those shapes begin with
    anchor_hashes: Any  # the anchor words as spaCy hashes (sorted numpy array)
    anchor_buckets: Any  # which values the low 16 bits of those hashes take (boolean array)
    anchor_source: str  # the regex of `anchor`
    ascii_anchors: bool  # whether every anchor word is ASCII (see `_anchor_search`)
    month_in: re.Pattern[str]
    verbs: frozenset[str]  # the modals and DATE_EVENT_VERB: one set lookup per word for events
    tense_words: frozenset[str]  # the words some check of `_tense` acts on (besides "-ed")
    verb_hit: re.Pattern[str]  # a lower-case word `_is_verb` accepts, no word character before
    spaced_verb_hit: re.Pattern[str]  # such a word (group 1) after a character of no word
    last_verb_hit: re.Pattern[str]  # the last such word (group 1), bar one opening the string
    shape_words: dict[str, re.Pattern[str] | None] | None  # see `_shape_words`

    def has(self, label: str, word: str) -> bool:
        """Whether `word` (lower case) is in the list `label`."""
        return word in self.words.get(label, _EMPTY)

    @cached_property
    def anchor(self) -> re.Pattern[str]:
        """Anchors found in plain text (`find_dates` reads them off the Doc instead): compiled
        on first use, as a run given every reference date may never need it."""
        return re.compile(self.anchor_source, re.IGNORECASE)

    @cached_property
    def lower_anchor(self) -> re.Pattern[str]:
        """`anchor` for lower-cased text (see `_anchor_search`): the words are lower case."""
        return re.compile(self.anchor_source)


class _LazyRegexes(dict[str, re.Pattern[str]]):
    """Case-insensitive regexes by name, each compiled on first use: compiling all the
    triggers costs tens of milliseconds at start-up, and an article needs only some (a short
    run may never meet "Friday, 3 March", "the end of", a holiday or "earlier this year")."""

    def __init__(self, sources: dict[str, str]) -> None:
        super().__init__()
        self.sources = sources

    def __missing__(self, name: str) -> re.Pattern[str]:
        pattern = self[name] = re.compile(self.sources[name], re.IGNORECASE)
        return pattern


def _build_rules(lexicon: dict[str, dict[str, str]]) -> DateRules:
    def numbered(label: str) -> dict[str, int]:
        return {w: int(i) for w, i in lexicon.get(label, {}).items()}

    month_full, month_abbr = numbered("DATE_MONTH"), numbered("DATE_MONTH_ABBR")
    weekday_full, weekday_abbr = numbered("DATE_WEEKDAY"), numbered("DATE_WEEKDAY_ABBR")
    relative_days = numbered("DATE_RELATIVE_DAY")
    holiday_names = frozenset(lexicon.get("DATE_HOLIDAY_NAME", {}))
    holidays = {
        w.replace("’", "'"): (int(i[:2]), int(i[3:]))
        for label in ("DATE_HOLIDAY", "DATE_HOLIDAY_NAME")
        for w, i in lexicon.get(label, {}).items()
    }
    month = (
        rf"(?:(?:{_alternation(month_full)})|(?:{_alternation(month_abbr)})\.?)(?![\w’']|-[^\W\d])"
    )
    weekday = rf"(?:{_alternation(weekday_full)})"
    any_weekday = rf"(?:{weekday}|(?:{_alternation(weekday_abbr)})\.?)"
    shapes = {
        day_first: _shapes(month, weekday, any_weekday, _alternation(holidays), day_first=day_first)
        for day_first in (False, True)
    }
    triggers = _LazyRegexes(
        {
            opener: "|".join(
                f"(?P<{name}>{pattern})"
                for name, pattern in shapes[opener == "day"]
                if name in names.split()
            )
            for opener, names in _SHAPES_BY_OPENER.items()
        }
    )
    # For each kind of `_WITHOUT_HINT`, what every shape of its trigger that is not left to try
    # without the hint begins with, up to where most starts fail (a day, a month, "end of").
    # Each shape's own opening is kept whole, so where the hint fails, none of them matches.
    hints = _LazyRegexes(
        {
            "day": rf"{_day_name_first(any_weekday)}(?:(?:the{_S})?\d|\(|{month})",
            "month": rf"{_MOD}|(?:the{_S})?\d|\(|{month},?{_S}(?:\d|of|next|last|this|that|the)",
            "number": rf"[0-3]?\d(?:([./-])[0-3]?\d\1|/[01]?\d)|\d{{1,3}}{_S}(?:year|month|day)"
            rf"|{_DAYS}{_DM_SEP}(?:of{_S})?{month}|{month}",
            # "the 17 members", "the end of the year": no day before a month, no "end of" before
            # a month, a year or "the month"
            "the": rf"the{_S}(?:{_DAYS}{_DM_SEP}(?:of{_S})?{month}|end|beginning|start|middle)"
            rf"|{month}",
            "modifier": rf"{_MOD}(?:{month}|{_YEAR})|(?:early|late){_S}(?:this|last|next){_S}"
            rf"|end{_S}of{_S}the{_S}month|{month}",
            "last": rf"(?:last|next|this|coming){_S}(?:year|month|coming|{weekday}|{month})"
            rf"|{weekday}|{month}",
        }
    )
    openers = (
        {w: "month" for w in (*month_full, *month_abbr)}
        | {w: "day" for w in (*weekday_full, *weekday_abbr, *relative_days)}
        | _FIXED_OPENERS
        | {h.split()[0]: "holiday" for h in holidays}
    )
    anchor_words = frozenset(w for label in _ANCHOR_LABELS for w in lexicon.get(label, {}))
    anchor_hashes = np.array(sorted(hash_string(w) for w in anchor_words), dtype=np.uint64)
    verbs = _MODALS | frozenset(lexicon.get("DATE_EVENT_VERB", {}))
    verb = _verb_hit(verbs)
    return DateRules(
        months=month_full | month_abbr,
        month_abbreviations=frozenset(month_abbr),
        weekdays=weekday_full,
        relative_days=relative_days,
        holidays=holidays,
        holiday_names=holiday_names,
        words={label: frozenset(words) for label, words in lexicon.items()},
        openers=openers,
        triggers=triggers,
        hints=hints,
        # the anchor words as spaCy hashes, to find them in one vectorised pass over the tokens
        anchor_hashes=anchor_hashes,
        anchor_buckets=_buckets(anchor_hashes),
        anchor_source=rf"(?<!\w)(?:\d|(?:{_alternation(anchor_words)})(?![a-z]))",
        ascii_anchors=all(word.isascii() for word in anchor_words),
        month_in=re.compile(month, re.IGNORECASE),
        verbs=verbs,
        tense_words=_tense_words(lexicon),
        verb_hit=re.compile(rf"{_WORD_START}{verb}"),
        spaced_verb_hit=re.compile(rf"{_WORD_GAP}({verb})"),
        # the greedy `.*` runs to the end and backs off: the engine reads from the end back to
        # the last verb, not every word of the chunk
        last_verb_hit=re.compile(rf"(?s:.*){_WORD_GAP}({verb})"),
        shape_words=_shape_words(
            (*month_full, *month_abbr, *weekday_full, *weekday_abbr, *relative_days, *holidays)
        ),
    )


def _shape_words(calendar_words: Iterable[str]) -> dict[str, re.Pattern[str] | None] | None:
    """Every word that a date may hold before spaces (and some runs of letters that are none),
    with what must follow it there when `_TAILS` says (else None): each lower-case run of
    letters in the regexes of `_shapes` ("the", "than", "of", "ago", "next"...), and each word
    of the number words and of the rules' calendar words (their alternations there are
    factored: "j(?:anuary|une)" holds no whole word). None when a calendar word is not ASCII
    (a case-insensitive regex may take an ASCII letter for one of its letters) or does not open
    on a letter (the tails of the words before a month or a weekday are a letter): then
    `_opens_alone` would not be exact."""
    if not all(word.isascii() and word[:1].isalpha() for word in calendar_words):
        return None
    sources = " ".join(pattern for _, pattern in _shapes("", "", "", "", day_first=True))
    # "days?" holds "day" as well as "days"
    words = [*_LOWER_RUN.findall(sources), *_SHORTER_RUN.findall(sources), *_NUMBER_WORDS]
    calendar = {part for word in calendar_words for part in _WORD_PART.findall(word.lower())}
    tails = {
        word: re.compile(tail, re.IGNORECASE)
        for words, tail in _TAILS
        for word in words.split()
        if word not in calendar  # a calendar word may be followed by more
    }
    return {word: tails.get(word) for word in (*words, *calendar)}


# What follows some words of `_shapes`, past spaces, in every shape that holds them: after
# "on" only "the 27th", after "of" a month ("end of March") or a year ("March of 2020"),
# after "last" a word ("last year", "last Friday"), after "and" a day ("3 and 4 May"), after
# "about" or "two" the rest of "about two years ago". (Keep in step with `_shapes`: a test
# compares the dates found with and without this table on text of every word the shapes hold.)
_UNIT_AGO = rf"(?:years?|months?|days?){_S}ago(?!\w)"
_LETTER = r"[^\W\d_]"
_TAILS = (
    ("on", rf"the{_S}"),
    ("of early late mid", rf"{_LETTER}|{_YEAR}"),
    ("the", rf"{_LETTER}|{_DAY}"),
    ("last next this coming that same earlier later end beginning start middle", _LETTER),
    ("and to", _DAY),
    ("year years month months day days", "ago"),
    ("more", rf"than{_S}"),
    (
        "nearly almost about some than over around roughly exactly just only barely",
        rf"{_COUNT}{_S}{_UNIT_AGO}",
    ),
    (" ".join(_NUMBER_WORDS), _UNIT_AGO),
)


_WORD_PART = re.compile(r"\w+")
_SHORTER_RUN = re.compile(r"([a-z]+)[a-z]\?")  # a run of letters whose last one may be left out


def _verb_hit(verbs: frozenset[str]) -> str:
    """The words `_is_verb` accepts, as whole `_LOWER_WORD` hits after `_WORD_START` or
    `_WORD_GAP`: the regex engine then finds the verb nearest a date without a Python step per
    word. Either alternative must run to the word's end, so a hit is always a whole word (and a
    word of `_NOT_VERB_ED` is left out only where it is no listed verb)."""
    listed = [w for w in verbs if _LOWER_RUN.fullmatch(w)]  # others are never a lower word
    not_verbs = _alternation(_NOT_VERB_ED)
    return (
        rf"(?:{_alternation(listed)}"
        rf"|(?!(?:{not_verbs})(?![\w’'-]))[a-z]{{3,}}ed)(?![\w’'-])"
    )


# Where a `_LOWER_WORD` starts: where no character of a word stands before it (`_WORD_START`),
# which past the opening of a string means after a character of none (`_WORD_GAP`). A search
# for the gap is quicker: the engine skips ahead to a character of its class, where it would
# try the look-behind at every position. So `_nearest_verb` searches for a verb after a gap
# and tries the chunk's opening on its own.
_WORD_START = r"(?<![\w’'-])"
_WORD_GAP = r"[^\w’'-]"


_LOWER_RUN = re.compile("[a-z]+")


def _tense_words(lexicon: dict[str, dict[str, str]]) -> frozenset[str]:
    """Every word that one of the checks of `_tense` tests for, as itself or as the last word of
    a two-word cue ("to be"): `_tense` passes over any other word (unless it ends in "-ed")
    without running them, as most words before a date are none of these."""
    listed = (
        "DATE_REPORTING_VERB",
        "DATE_SCHEDULED_PRESENT",
        "DATE_FUTURE_IF_VERB",
        "DATE_FUTURE_CUE",
        "DATE_SCHEDULING_VERB",
        "DATE_PAST_CUE",
        "DATE_POSSIBLE_MODAL",
    )
    return (
        _CLAUSE_BREAKS
        | _COUNTERFACTUAL
        | _set("by than until till beyond before after since to")
        | {w for label in listed for w in lexicon.get(label, {})}
        | {cue.rsplit(" ", 1)[-1] for cue in lexicon.get("DATE_FUTURE_CUE", {})}
    )


@lru_cache(maxsize=8)
def load_rules(folders: tuple[Path, ...]) -> DateRules:
    """The date rules from dates.jsonl and dates_context.jsonl of every folder (shipped first)."""
    return _build_rules(_lexicon(folders))


def _shipped() -> DateRules:
    return load_rules((default_pattern_dir(),))


_YEAR_START = re.compile(r"\d{4}")
_ALPHA_RUN = re.compile(r"[^\W\d_]+")
# One regex per mark: a regex that opens on one character finds it by a quick scan, one that
# opens on a class of them tests every character of the text against the class.
_GLUED_NUMBERS = [re.compile(rf"{re.escape(mark)}\d") for mark in "-/–|"]


def _trigger_at(text: str, start: int, rules: DateRules) -> re.Pattern[str] | None:
    """The regex of the shapes that can open at `start`, or None when none can."""
    first = text[start]
    if first.isdigit():
        return _trigger("year" if _YEAR_START.match(text, start) else "number", text, start, rules)
    if first == "(":
        return rules.triggers["("]
    word = _ALPHA_RUN.match(text, start)
    opener = rules.openers.get(word.group().lower()) if word else None
    return _trigger(opener, text, start, rules) if opener else None


def _trigger(opener: str, text: str, start: int, rules: DateRules) -> re.Pattern[str] | None:
    """The regex of the shapes a word of the kind `opener` can open at `start`, or None (see
    `_WITHOUT_HINT`)."""
    if opener in _WITHOUT_HINT and rules.hints[opener].match(text, start) is None:
        left = _WITHOUT_HINT[opener]
        return rules.triggers[left] if left else None
    return rules.triggers[opener]


# Each anchor is matched against the full shapes from the few word starts before it and its own
# start: far cheaper than letting the regex engine try every shape at every position.
_ZERO = np.uint32(ord("0"))
_WINDOW_WORD = re.compile(r"(?<![\w(])\(?\w+")
_LOOK_BACK_WORDS = 4  # "the end of December", "more than 20 years ago"
_LOOK_BACK_CHARS = 40
_NUMBER_IN = re.compile(r"(?<![\d])(\d{1,4})(?!\d)")
_URL_HINT = re.compile(r"://|www\.|\w\.(?:com|org|net|int|gov|ru|uk|cn)\b|@\w")
# The spaces before a token are taken in the same step (no token starts with a space, so the
# tokens found are the same): quicker than failing every alternative at each space.
_TOKEN = re.compile(r"\s*+([A-Za-z]+(?:['’][A-Za-z]+)?|\d+|[^\w\s])")
_POSSESSIVE = re.compile(r"['’]s\b")


def _text_anchors(text: str, rules: DateRules) -> list[int]:
    searched, anchor = _anchor_search(text, rules)
    return [m.start() for m in anchor.finditer(searched)]


def _anchor_search(text: str, rules: DateRules) -> tuple[str, re.Pattern[str]]:
    """The text to find anchors in and the regex to find them with: the text lower-cased and a
    case-sensitive regex where that finds the same (a case-insensitive regex tries every word
    of its alternation at each word; the case-sensitive one skips those that open otherwise)."""
    # For ASCII anchor words only: a word of another script ("kasım") may fold otherwise.
    if not rules.ascii_anchors or has_folded_letter(text):
        return text, rules.anchor
    return text.lower(), rules.lower_anchor


_DIGIT = re.compile(r"\d")  # in every day, month and year given by numbers
_YEAR_LIKE = re.compile(r"(?:1[5-9]|20)\d\d")  # in every full date ("2020", "1648")


def _line_anchors(text: str, rules: DateRules, needed: re.Pattern[str]) -> Iterator[int]:
    """The anchors of the lines of `text` that hold a hit of `needed`, line by line as the
    dates are read (the reader may stop at the first it wants). No date runs across a line
    break and every look-back stops at its line's start, so the lines are matched
    independently: one without such a hit yields no date that needs one, and leaving it out
    changes nothing on the others (most lines of an article hold no year)."""
    searched, anchor = _anchor_search(text, rules)
    end = 0
    while (hit := needed.search(text, end)) is not None:
        start = text.rfind("\n", 0, hit.start()) + 1
        end = text.find("\n", hit.end())
        end = len(text) if end < 0 else end
        yield from (m.start() for m in anchor.finditer(searched, start, end))


def _doc_anchors(doc: Doc, text: str, rules: DateRules) -> tuple[list[int], list[tuple[int, int]]]:
    """Anchor offsets (anchor words, and tokens that start with a digit) and sentence spans,
    read from the Doc's token arrays: iterating Tokens or Spans in Python costs far more."""
    if not len(doc):
        return [], []
    rows = token_rows(doc)  # LOWER, IDX, SENT_START
    offsets = rows[:, 1].astype(np.intp)  # numpy indexes by intp: converted once, not twice
    # a token opens with a digit when the character at its offset does: the text's code points
    # as one array answer that for all tokens at once (cheaper than looking up PREFIX hashes)
    first = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)[offsets]
    hits = _among(rows[:, 0], rules) | (first - _ZERO < 10)  # wraps below "0"
    anchors: list[int] = offsets[hits].tolist()
    # the tokenizer keeps "mid-2020", "24/25" and a byline's "|20.11.2026" whole: the numbers
    # inside are anchors too
    glued = [m.start() + 1 for glued_number in _GLUED_NUMBERS for m in glued_number.finditer(text)]
    if glued:
        anchors = sorted({*anchors, *glued})
    if np.count_nonzero(rows[1:, 2]):  # `doc.has_annotation` would build every Token
        starts = sentence_starts(doc)
        if not starts or starts[0] != 0:
            starts = [0, *starts]
        sentences = list(zip(starts, [*starts[1:], len(text)], strict=True))
    else:
        sentences = _lines(text)
    return anchors, sentences


def _buckets(sorted_hashes: Any) -> Any:
    """Which values the low 16 bits of `sorted_hashes` take, as a boolean array (see `_among`)."""
    buckets = np.zeros(1 << 16, dtype=bool)
    buckets[sorted_hashes.astype(np.uint16)] = True
    return buckets


def _among(values: Any, rules: DateRules) -> Any:
    """Which of `values` (token hashes) are anchor hashes. A look-up of their low 16 bits in
    `anchor_buckets` leaves the few tokens that may be; the sorted hashes decide those (a
    search of every token costs twice as much, `np.isin` more)."""
    maybe = rules.anchor_buckets[values.astype(np.uint16)]  # the low 16 bits
    at = np.flatnonzero(maybe)
    if len(at):
        found, hashes = values[at], rules.anchor_hashes
        maybe[at] = hashes[np.minimum(hashes.searchsorted(found), len(hashes) - 1)] == found
    return maybe


_LINE = re.compile(r"[^\n]+")
_DIGITS = re.compile(r"\d+")
_SPACES = re.compile(r"\s+")


def _lines(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _LINE.finditer(text)]


def _date_matches(text: str, anchors: Iterable[int], rules: DateRules) -> Iterator[re.Match[str]]:
    """Non-overlapping date-shaped matches in reading order, each holding an anchor."""
    taken = 0
    for anchor in anchors:
        if anchor < taken:
            continue
        match = _match_at(text, anchor, taken, rules)
        if match is not None:
            taken = match.end()
            yield match


def _match_at(text: str, anchor: int, taken: int, rules: DateRules) -> re.Match[str] | None:
    """The first match that runs past `anchor` of the regex of a word before it (of the last
    few after `taken`, the end of the last match, in its line, in reading order) that can open
    a date, else of the anchor itself. Each is tried as it comes: the later ones are not looked
    at once one matches."""
    openers, triggers = rules.openers, rules.triggers
    if _opens_alone(text, anchor, rules.shape_words):
        words: list[re.Match[str]] = []  # "by 79 countries", "held in March": none before opens
    else:
        # a line break further back than the look-back reach changes nothing: search no further
        reach = anchor - _LOOK_BACK_CHARS
        line_start = text.rfind("\n", reach if reach > 0 else 0, anchor) + 1
        window_start = max(taken, reach, line_start)
        words = [*_WINDOW_WORD.finditer(text, window_start, anchor)][-_LOOK_BACK_WORDS:]
    for word in words:
        found = word.group()
        opener = openers.get(found.lstrip("(").lower())
        if opener:  # "(" opens only "(August) 23rd"
            start = word.start()
            trigger = triggers["("] if found[0] == "(" else _trigger(opener, text, start, rules)
            match = trigger.match(text, start) if trigger is not None else None
            if match is not None and match.end() > anchor:
                return match
    if anchor and text[anchor - 1] == "(":  # "(August) 23rd"
        match = triggers["("].match(text, anchor - 1)
        if match is not None and match.end() > anchor:
            return match
    own = _trigger_at(text, anchor, rules)
    match = own.match(text, anchor) if own is not None else None
    return match if match is not None and match.end() > anchor else None


_WORD_REACH = 24  # characters read before an anchor for the word before it


def _opens_alone(
    text: str, anchor: int, shape_words: dict[str, re.Pattern[str] | None] | None
) -> bool:
    """Whether a date that holds the anchor can only open on it: the anchor follows spaces
    after an ASCII word that no shape holds ("supported by 79 countries", "held in March"), or
    that a shape holds only before something else ("on Monday": "on" opens "on the 27th"). A
    match that runs on to the anchor from a word before it takes the spaces before the anchor,
    and what it takes before them is a mark ("-", ")", "."), a number (a day), or a word of its
    shape, which `shape_words` holds, perhaps with a comma after a calendar word or a day
    ("Friday, 3 March", "March 3, 2020")."""
    if shape_words is None or not text[anchor - 1 : anchor].isspace():
        return False
    head = text[anchor - _WORD_REACH if anchor > _WORD_REACH else 0 : anchor]
    words = head.rsplit(None, 1)  # the last word, and the rest
    if not words or (len(words) == 1 and anchor > _WORD_REACH and not head[0].isspace()):
        return False  # no word, or one that may begin before the characters read
    word = words[-1]
    if word[-1] == ",":  # "Tokyo, 12 March": no calendar word, no day
        word = word[:-1]
    if not (word.isascii() and word.isalpha()):
        return False
    low = word.lower()
    if low not in shape_words:
        return True
    tail = shape_words[low]
    return tail is not None and tail.match(text, anchor) is None


def _in_url(text: str, start: int, end: int) -> bool:
    """Whether a hit sits inside a web address, a handle or a file name."""
    # the nearest space or line break either side (a line break only between the hit and the
    # nearest space: the paragraph's far end is not read)
    space = text.rfind(" ", 0, start)
    left = max(space, text.rfind("\n", space + 1, start)) + 1
    right = text.find(" ", end)
    right = len(text) if right < 0 else right
    newline = text.find("\n", end, right)
    right = right if newline < 0 else newline
    return _URL_HINT.search(text, left, right) is not None


def find_dates(
    doc: Doc, reference: dt.date | None, *, rules: DateRules | None = None
) -> list[DateMention]:
    """Every calendar expression in the article, in reading order, valued against `reference`
    (by the shipped rules unless `rules` are given)."""
    rules = rules or _shipped()
    text = article_text(doc)
    anchors, sentences = _doc_anchors(doc, text, rules)
    return _dates(text, reference, sentences, anchors, rules)


def dates_in_text(
    text: str,
    reference: dt.date | None,
    sentences: list[tuple[int, int]] | None = None,
    *,
    rules: DateRules | None = None,
) -> list[DateMention]:
    """The work of `find_dates` on plain text; `sentences` are (start, end) offsets, else lines."""
    if sentences is None:
        sentences = _lines(text)
    rules = rules or _shipped()
    return _dates(text, reference, sentences, _text_anchors(text, rules), rules)


def _dates(
    text: str,
    reference: dt.date | None,
    sentences: list[tuple[int, int]],
    anchors: list[int],
    rules: DateRules,
) -> list[DateMention]:
    starts = [start for start, _ in sentences]
    found: list[DateMention] = []
    named_year: int | None = None  # the year the text named last, for "that year"
    for match in _date_matches(text, anchors, rules):
        kind = match.lastgroup or ""
        start, end = match.span()
        if _in_url(text, start, end):
            continue
        if kind == "nth":  # keep "the 27th", without the "on" the pattern needed as context
            start += text[start:end].lower().index("the")
        index = max(bisect.bisect_right(starts, start) - 1, 0)
        sent_start, sent_end = sentences[index] if sentences else (0, len(text))
        context = _Context(text, start, end, sent_start, max(sent_end, end), rules)
        expr = text[start:end]
        if not _plausible(kind, expr, context):
            continue
        if kind == "month_that_year":
            value, granularity = _that_year(expr, named_year, context)
        else:
            value, granularity = _resolve(kind, expr, reference, context)
        if value and (
            kind in _YEAR_NAMING or (kind in ("rel_unit", "ago") and granularity == "year")
        ):
            named_year = int(value[:4])
        # by position: binding keywords costs a third of building the frozen dataclass
        found.append(DateMention(expr, value, granularity, _event(context), (start, end)))
    return found


_AFTER_TOKENS = 8  # no rule reads further after a date
_AFTER_NEAR = 70  # characters that mostly hold those tokens: tokenizing no further is quicker
_AFTER_REACH = 120  # characters that hold them (within the sentence)


class _Context:
    """The words around one hit, within its sentence, tokenized only when a rule asks."""

    # every rule reads these: slots are quicker to set and to read than an instance dict
    __slots__ = (
        "_after",
        "_before",
        "_lows_after",
        "_lows_before",
        "end",
        "rules",
        "sent_end",
        "sent_start",
        "start",
        "text",
    )

    def __init__(
        self, text: str, start: int, end: int, sent_start: int, sent_end: int, rules: DateRules
    ) -> None:
        self.text, self.start, self.end = text, start, end
        self.rules = rules
        self.sent_start, self.sent_end = sent_start, sent_end
        self._before: list[str] | None = None
        self._after: list[str] | None = None
        self._lows_before: list[str] | None = None
        self._lows_after: list[str] | None = None

    @property
    def before(self) -> list[str]:
        """Tokens before the hit, nearest first (within the sentence)."""
        if self._before is None:
            left = max(self.sent_start, self.start - 160)
            self._before = _TOKEN.findall(self.text, left, self.start)[::-1]
        return self._before

    @property
    def after(self) -> list[str]:
        """The first tokens after the hit (as many as any rule reads), within the sentence."""
        if self._after is None:
            right = min(self.sent_end, self.end + _AFTER_REACH)
            near = min(right, self.end + _AFTER_NEAR)
            tokens = _TOKEN.findall(self.text, self.end, near)
            # a token cut at `near` leaves at most two ("don'" of "don't"), the last ones:
            # those before them are whole
            if len(tokens) < _AFTER_TOKENS + 2 and near < right:
                tokens = _TOKEN.findall(self.text, self.end, right)
            self._after = tokens[:_AFTER_TOKENS]
        return self._after

    def may_follow(self, word: str) -> bool:
        """Whether `lows_after` may hold `word` (ASCII letters in lower case), read off the
        text without tokenizing it: `after` takes its tokens from these characters, so a
        token that is `word` in any case leaves `word` in them lower-cased."""
        return word in self.text[self.end : min(self.sent_end, self.end + _AFTER_REACH)].lower()

    @property
    def lows_before(self) -> list[str]:
        """`before` in lower case: lowered once, as most rules compare lower-case words."""
        if self._lows_before is None:
            self._lows_before = _lowered(self.before)
        return self._lows_before

    @property
    def lows_after(self) -> list[str]:
        """`after` in lower case."""
        if self._lows_after is None:
            self._lows_after = _lowered(self.after)
        return self._lows_after

    def prev(self, n: int = 0) -> str:
        lows = self.lows_before
        return lows[n] if len(lows) > n else ""

    def next(self, n: int = 0) -> str:
        lows = self.lows_after
        return lows[n] if len(lows) > n else ""

    @property
    def line_prev_char(self) -> str:
        """The character before the hit, or a newline at the start of a line."""
        return self.text[self.start - 1] if self.start else "\n"


def _lowered(tokens: list[str]) -> list[str]:
    """`tokens` in lower case, lowered as one string: twice as quick as token by token, and the
    same, as no `_TOKEN` holds a space and lowering maps each of their characters alone."""
    return " ".join(tokens).lower().split(" ") if tokens else []


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


_RECURRING = frozenset(("every", "each"))


def _plausible(kind: str, expr: str, ctx: _Context) -> bool:
    """Whether a trigger hit really names a calendar day, month or year in its context."""
    if kind in ("weekday", "dm", "md", "holiday") and not _RECURRING.isdisjoint(
        ctx.lows_before[:4]
    ):
        return False  # "every Friday", "each year on 10 December": a recurring set
    word = _month_word(expr, ctx.rules) if kind in _MONTH_KINDS else None
    if word:
        abbreviation = word.rstrip(".").lower() in ctx.rules.month_abbreviations
        if abbreviation and not _capitalised(word):
            return False
        # "12 may," is a date; "we may 2" and "the march" are not.
        if not _capitalised(word) and not (
            kind in ("dmy", "mdy", "month_year")
            or (kind == "dm" and (ctx.next() in ("", ",", ".", ";", ")") or ctx.next().isdigit()))
        ):
            return False
        if kind == "month":
            return _plausible_bare_month(expr, word, abbreviation, ctx)
        day_given = kind in ("dmy", "mdy", "dm", "md") or (
            kind == "month_that_year" and _NUMBER_IN.search(expr) is not None
        )
        if day_given and not _real_day(expr, ctx.rules.months[word.rstrip(".").lower()]):
            return False  # "31 February"
    if kind == "weekday":
        if not _capitalised(expr.split()[-1]) or ctx.prev() in _NOT_WEEKDAY_BEFORE:
            return False
        following = ctx.after[0] if ctx.after else ""
        # "the Sunday Times", "Saturday Night Live": a name, not a day
        return not (following[:1].isupper() and following.lower() in _NOT_WEEKDAY_AFTER)
    if kind == "rel_day":
        return _plausible_relative_day(expr, ctx)
    if kind == "holiday" and _holiday_key(expr) in ctx.rules.holiday_names:
        # "on Christmas", "before Christmas" name the day; "Christmas trees", "at Christmas",
        # "over Christmas", "home for Christmas" (a season, an occasion) do not
        following = ctx.after[0] if ctx.after else ""
        return (
            _capitalised(expr)
            and ctx.rules.has("DATE_HOLIDAY_BEFORE", ctx.prev())
            and not (following[:1].islower() and following not in _AFTER_HOLIDAY_NAME)
            and not _POSSESSIVE.match(ctx.text, ctx.end)
        )
    if kind in ("year", "year_mod", "year_range"):
        return _plausible_year(kind, expr, ctx)

    if kind == "nth":
        following = ctx.next()
        return not following or not following[0].isalpha() or following in ("at", "in", "and", "of")
    if kind == "short":
        day, month_number = (int(x) for x in expr.split("/"))
        return ctx.prev() in _SHORT_DATE_PREPS and 1 <= month_number <= 12 and 1 <= day <= 31
    if kind in ("iso", "numeric", "compact"):
        return _numeric_parts(kind, expr) is not None
    return True


# Words that may follow a bare holiday name that is a day ("on Christmas and Boxing Day").
_AFTER_HOLIDAY_NAME = _set("and or but when as while in at after before since until with")


def _real_day(expr: str, month: int) -> bool:
    """Whether the day and month (and year) of an expression exist on the calendar."""
    numbers = [int(x) for x in _NUMBER_IN.findall(expr)]
    years = [n for n in numbers if n >= 1000]
    days = [n for n in numbers if n < 100]
    try:
        dt.date(years[0] if years else 2000, month, days[0])
    except (ValueError, IndexError):
        return False
    return True


def _plausible_bare_month(expr: str, word: str, abbreviation: bool, ctx: _Context) -> bool:
    if abbreviation and not word.endswith("."):
        return False
    if _POSSESSIVE.match(ctx.text, ctx.end):  # "May's announcement"
        return False
    modified = expr.lower() != word.lower()
    if ctx.prev() == "for" and _planned_for(ctx):  # "scheduled for October"
        return True
    if ctx.prev() == "for" and ctx.rules.has("DATE_TERM_NOUN", ctx.prev(1)):
        # "the Council President for November": an office held for that month (not "a
        # chair for August Wilson's fund")
        return not (ctx.after[:1] and _capitalised(ctx.after[0]))
    if word.lower() == "may":
        return modified or ctx.prev() in _MAY_PREPS or _listed_month(ctx) or _names_event(ctx, 1)
    if ctx.prev() == "with":  # "contrasts with January, when"; not "with June Okoro"
        return not (ctx.after[:1] and ctx.after[0][:1].isupper())
    return modified or ctx.prev() in _MONTH_PREPS or _listed_month(ctx) or _names_event(ctx, 3)


def _planned_for(ctx: _Context) -> bool:
    """ "Scheduled for", "set for", "pencilled in for": a plan put on the month that follows."""
    word = ctx.prev(2) if ctx.prev(1) == "in" else ctx.prev(1)
    rules = ctx.rules
    return rules.has("DATE_PLAN_WORD", word) or rules.has("DATE_SCHEDULING_VERB", word)


def _names_event(ctx: _Context, reach: int) -> bool:
    """A month that dates an event noun after "the": "the March elections", "its June session"
    ("May" only right before its noun: "the May government" is a prime minister's)."""
    if ctx.prev() not in ("the", "its", "their") or not _capitalised(ctx.text[ctx.start]):
        return False
    for token in ctx.after[:reach]:
        word = token.lower()
        if ctx.rules.has("DATE_PLANNED_NOUN", word) or ctx.rules.has("DATE_OCCASION_NOUN", word):
            return True
        if not word.isalpha():
            return False
    return False


def _listed_month(ctx: _Context) -> bool:
    """The second month of a list or span: "in January and February", "from March to May"."""
    return ctx.prev() in ("and", "or", "to", "through") and any(
        w.lower().rstrip(".") in ctx.rules.months and _capitalised(w) for w in ctx.before[1:4]
    )


def _plausible_relative_day(expr: str, ctx: _Context) -> bool:
    if ctx.rules.has("DATE_RHETORICAL_BEFORE", ctx.prev()):  # "the threats we face today"
        return False
    if _names_an_age(expr, ctx):
        return False
    # "Egypt Today", "USA Today": a title-case word run on from a name is a masthead.
    previous = ctx.before[0] if ctx.before else ""
    if expr[:1].isupper() and previous[:1].isupper() and ctx.line_prev_char in " \u00a0":
        return False
    if _contrast_pair(ctx):
        return False
    return expr.lower() != "today" or not _present_state(ctx)


# Words between a verb of being and its comparative: "is far safer", "are no better".
_INTENSIFIERS = _set(
    "far much even still no not now also considerably significantly arguably somewhat "
    "slightly vastly markedly a lot little bit"
)
# Present verbs of being that can hold a comparison of ages: "is safer today", "remain poorer".
_PRESENT_COPULAS = _set(
    "is are isn't aren't isn’t aren’t remains remain seems seem looks look feels feel "
    "becomes become"
)
# What may follow "today" where the comparison closes: "than", a conjunction, a cause
# ("thanks to", "because of", "due to"). A place or a time ("safer today in Geneva",
# "calmer today after the vote") keeps the day.
_COMPARISON_CLOSERS = _set("than thanks because due owing compared and but yet while")


def _names_an_age(expr: str, ctx: _Context) -> bool:
    """Whether "today"/"tomorrow" names the present age or the future, not a day: "the world of
    today", "the leaders of tomorrow", "today's world", and a comparison in a present clause of
    state ("the world is safer today", "families are poorer today than a decade ago")."""
    rules = ctx.rules
    if ctx.prev() == "of" and rules.has("DATE_RHETORICAL_AFTER", ctx.prev(1)):
        return True
    if ctx.next() in ("'", "’") and ctx.next(1) == "s":
        return rules.has("DATE_RHETORICAL_AFTER", ctx.next(2))
    return expr.lower() == "today" and _comparison_of_state(ctx)


def _comparison_of_state(ctx: _Context) -> bool:
    """A present verb of being, a comparative (a listed one, or "more"/"less" and a word),
    "today", then the end of the clause, "than" or a cause: "is safer today.", "are much
    more fragile today than", "is better today thanks to". Only evaluative comparatives are
    listed: "oil is higher today" reports the day's market, so "higher" is not."""
    if ctx.rules.has("DATE_COMPARATIVE", ctx.prev()):
        i = 1
    elif ctx.prev(1) in ("more", "less") and ctx.prev().isalpha():
        i = 2
    else:
        return False
    while ctx.prev(i) in _INTENSIFIERS:
        i += 1
    verb = ctx.prev(i)
    if verb not in _PRESENT_COPULAS and not verb.endswith(("'s", "’s", "'re", "’re")):
        return False
    following = ctx.next()
    return not following or following in _CLAUSE_END_MARKS or following in _COMPARISON_CLOSERS


_TODAY_OR_TOMORROW = re.compile(r"(?<![\w'’])(today|tomorrow)(['’]s)?(?![\w'’])", re.IGNORECASE)
_SENTENCE_STOP = re.compile(r"[.;!?]")
_WHAT_AFTER = re.compile(r"[^\S\n]+what\b(?![^\S\n]+to\b)", re.IGNORECASE)
_DO_VERB = re.compile(r"\b(?:do|does|did|done|doing)\b", re.IGNORECASE)
_IN_WORDS = re.compile(r"[A-Za-z]+(?:['’][a-z]+)?")
# Words after the verb of being that make "today ... tomorrow" an account of two days
# ("the ministers who meet today are due to leave tomorrow"), not a contrast of two ages.
_NOT_CONTRAST_AFTER_VERB = _set("to due set likely expected scheduled about going")


def _contrast_pair(ctx: _Context) -> bool:
    """Whether the hit is one half of a rhetorical contrast of "today" with "tomorrow" in one
    sentence: "the journalists silenced today are the voters misled tomorrow", "today's
    victims are tomorrow's leaders". "Today" closes a subject (or is possessive), a verb of
    being follows, and "tomorrow" closes the thing it is likened to (or is possessive)."""
    text, rules = ctx.text, ctx.rules
    hits = list(_TODAY_OR_TOMORROW.finditer(text, ctx.sent_start, ctx.sent_end))
    for today, tomorrow in pairwise(hits):
        if ctx.start not in (today.start(), tomorrow.start()):
            continue
        if (
            _WHAT_AFTER.match(text, today.end())
            and not _SENTENCE_STOP.search(text, today.end(), tomorrow.start())
            and _DO_VERB.search(text, max(ctx.sent_start, today.start() - 30), tomorrow.start())
        ):
            # "do today what others promise to do tomorrow", "put off till tomorrow what can
            # be done today": a maxim of doing, whichever day comes first
            return True
        if today.group(1).lower() != "today" or tomorrow.group(1).lower() != "tomorrow":
            continue
        if _SENTENCE_STOP.search(text, today.end(), tomorrow.start()):
            continue
        possessive = today.group(2) is not None
        if not possessive and not text[ctx.sent_start : today.start()].strip():
            continue  # "Today is the vote, tomorrow the count": a day, said of itself
        words = [w.lower() for w in _IN_WORDS.findall(text, today.end(), tomorrow.start())]
        if not possessive:
            while words and words[0] in _ADVERBS:
                words.pop(0)
        verbs = [i for i, w in enumerate(words) if rules.has("DATE_CONTRAST_VERB", w)]
        if not verbs or (not possessive and verbs[0] != 0):
            continue
        complement = words[verbs[0] + 1] if verbs[0] + 1 < len(words) else "tomorrow"
        if complement in _NOT_CONTRAST_AFTER_VERB or complement.endswith(("ing", "ed")):
            continue
        end = text[tomorrow.end() : ctx.sent_end].lstrip(" \u00a0")[:1]
        if tomorrow.group(2) is not None or end in ("", "\n") or end in _CLAUSE_END_MARKS:
            return True
    return False


_CLAUSE_END_MARKS = frozenset(".,;:!?\"”’')—–")


# Words that end no subject: "said today", "that today", "on today".
_NOT_SUBJECT = _set(
    "said says say told tell that and but or because as if while when than then so since "
    "until on in at of for from by with to about after before during is are was were be "
    "will would can could must should may might has have had do does did not also still"
)
# Adverbs between a verb and what it governs: "has not yet adopted", "is still".
_ADVERBS = _set("not also yet still already just now finally formally officially unanimously")


def _present_state(ctx: _Context) -> bool:
    """Whether "today" means "nowadays": between a subject and a verb of state in the present
    ("Somalia today is not ...", "the region today remains ..."), or after such a verb and
    before what it says ("Russia is today a ..."). An action ("the council today adopted",
    "is today expected to vote") or an occasion ("the vote today is ...") dates a day."""
    rules = ctx.rules
    prev = ctx.before[0] if ctx.before else ""
    following = ctx.next()
    if rules.has("DATE_STATE_VERB", prev.lower()) and following in _STATE_COMPLEMENT:
        return True
    if not (prev.isalpha() and rules.has("DATE_STATE_VERB", following)):
        return False
    low = prev.lower()
    if low in _NOT_SUBJECT or _is_verb(low, rules) or rules.has("DATE_PAST_CUE", low):
        return False
    if rules.has("DATE_OCCASION_NOUN", low) or rules.has("DATE_PLANNED_NOUN", low):
        return False
    rest = [w for w in ctx.lows_after[1:6] if w not in _ADVERBS]
    governed = rest[0] if rest else ""
    return not (
        governed in ("to", "due", "set")
        or governed.endswith(("ed", "ing"))
        or _is_verb(governed, rules)
        or rules.has("DATE_PAST_CUE", governed)
    )


# What follows "is today" when it says what a thing is: "Russia is today a ..."
_STATE_COMPLEMENT = _set("a an the not no more less far very much among one still")


def _plausible_year(kind: str, expr: str, ctx: _Context) -> bool:
    first, *rest = (int(x) for x in _DIGITS.findall(expr))
    year = first
    if kind == "year_range" and rest[0] % 100 <= first % 100:  # "2019-12" is no range
        return False
    prev, prev2 = ctx.prev(), ctx.prev(1)
    if year % 10 == 0 and ctx.next() in ("'", "’") and ctx.next(1) == "s" and prev == "the":
        return False  # "the 1990's": a decade
    if expr[:1].isdigit():
        not_year_before = ctx.rules.words.get("DATE_NOT_YEAR_BEFORE", frozenset())
        if _in_title_of_law(ctx):
            pass  # "the Data Protection Act 2018", "the ... (Amendment) Bill 2023": its year
        elif prev in not_year_before or f"{prev2} {prev}" in not_year_before:
            return False
        if prev in ("and", "or", ",") and _listed_after_label(ctx):  # "resolutions 1701 and 2042"
            return False
        if prev == "." and prev2 in not_year_before:  # "No. 2020"
            return False
        if ctx.rules.has("DATE_QUANTITY_NOUN", ctx.next()) and prev not in _YEAR_PREPS:
            return False
        if ctx.next() in (":", ".") and ctx.next(1).isdigit():  # a clock time or a decimal
            return False
        name = ctx.after[0][:1].isupper() if ctx.after else False
        if name and ctx.rules.has("DATE_NOT_YEAR_AFTER", ctx.next()):
            return False  # "the 2030 Agenda": a year inside a name ("Agenda 2030" above)
        if "fiscal" in (prev, ctx.next()) or ctx.next() == "financial":
            return False  # a fiscal year is not a calendar year
    return year >= 1900 or prev in _OLD_YEAR_PREPS


def _in_title_of_law(ctx: _Context) -> bool:
    """Whether a number closes the title of a law ("the Public Order Act 1986", "the Energy
    (Amendment) Bill 2023"): a capitalised Act/Bill/Law... after another title word or ")".
    "Law 2020" alone, "bill 2023" and "Agenda 2030" (a target) are not titles of laws."""
    if len(ctx.before) < 2 or not ctx.rules.has("DATE_TITLE_YEAR_BEFORE", ctx.prev()):
        return False
    label, word = ctx.before[0], ctx.before[1]
    if not _capitalised(label) or ctx.next() in ("/", "-", "–"):  # "Regulation 2016/679"
        return False
    return word == ")" or (word[:1].isupper() and word.lower() not in _DETERMINERS)


def _listed_after_label(ctx: _Context) -> bool:
    """Whether a number ends a list ("1701, 2042 and 2043") opened by a label like "resolution"."""
    for token in ctx.before[1:8]:
        word = token.lower()
        if not (word.isdigit() or word in ("and", "or", ",")):
            return ctx.rules.has("DATE_NOT_YEAR_BEFORE", word)
    return False


def _numeric_parts(kind: str, expr: str) -> tuple[int, int, int] | None:
    """(year, month, day) of an all-digit date, or None when it names no real day."""
    digits = _DIGITS.findall(expr)
    if kind == "iso":
        year, month, day = (int(x) for x in digits)
    elif kind == "compact":
        year, month, day = int(expr[:4]), int(expr[4:6]), int(expr[6:])
    else:
        first, second, year = (int(x) for x in digits)
        # Day first, as wire services outside the US write it, unless that cannot be.
        day, month = (second, first) if second > 12 >= first else (first, second)
    try:
        dt.date(year, month, day)
    except ValueError:
        return None
    return year, month, day


def _resolve(
    kind: str, expr: str, ref: dt.date | None, ctx: _Context
) -> tuple[str | None, str | None]:
    """The ISO value and granularity of one expression."""
    value = _fast_value(kind, expr, ref, ctx)
    if value is not _UNPARSED:
        return value  # type: ignore[return-value]
    parsed = _dateparser_value(expr, ref.isoformat() if ref else None)
    return (parsed, "day") if parsed else (None, None)


_UNPARSED = object()
# The shapes whose value `_fast_value` reads from the numbers they hold.
_NUMBERED_KINDS = _set("dmy mdy holiday_year dm md nth month_year year year_mod year_range")


def _fast_value(kind: str, expr: str, ref: dt.date | None, ctx: _Context) -> object:
    """Plain-Python resolution of every shape the trigger knows; `_UNPARSED` for anything else."""
    low = expr.lower()
    if kind in ("iso", "numeric", "compact"):
        parts = _numeric_parts(kind, expr)
        return (dt.date(*parts).isoformat(), "day") if parts else _UNPARSED
    if kind == "short":
        day, month = (int(x) for x in expr.split("/"))
        return _day_month(month, day, ref, ctx)
    word = _month_word(expr, ctx.rules) if kind in _MONTH_KINDS else None
    month = ctx.rules.months[word.rstrip(".").lower()] if word else 0
    # weekdays, bare months, "last year", "today", "two weeks ago" hold no day or year to read
    numbers = [int(x) for x in _NUMBER_IN.findall(expr)] if kind in _NUMBERED_KINDS else []
    years = [n for n in numbers if n >= 1000]
    days = [n for n in numbers if n < 100]
    if kind in ("dmy", "mdy"):
        try:
            return dt.date(years[0], month, days[0]).isoformat(), "day"
        except (ValueError, IndexError):
            return _UNPARSED
    if kind == "holiday_year":
        month, day = ctx.rules.holidays[_holiday_key(_YEAR_TAIL.sub("", expr))]
        return dt.date(years[0], month, day).isoformat(), "day"
    if kind in ("dm", "md", "nth", "holiday"):
        if kind == "holiday":
            month, day = ctx.rules.holidays[_holiday_key(expr)]
        elif kind == "nth":
            return _nth_day(days[0], ref, ctx)
        else:
            day = days[0]
        if low.startswith("tomorrow"):
            return _day_month(month, day, ref, ctx, forward=True)
        if low.startswith("yesterday") or low.startswith("today"):
            return _day_month(month, day, ref, ctx, forward=False)
        return _day_month(month, day, ref, ctx)
    if kind == "month_year":
        return f"{years[0]:04d}-{month:02d}", "month"
    if kind in ("year", "year_mod", "year_range"):
        return f"{years[0]:04d}", "year"
    if ref is None:
        return None, _granularity(kind, low)
    if kind == "month_rel_year":
        shift = {"next": 1, "last": -1}.get(low.split()[-2], 0)
        return f"{ref.year + shift:04d}-{month:02d}", "month"
    if kind == "month":
        return _bare_month(month, low, ref, ctx)
    if kind == "rel_day":
        return (ref + dt.timedelta(days=ctx.rules.relative_days[low])).isoformat(), "day"
    if kind == "weekday":
        weekday = ctx.rules.weekdays[low.split()[-1]]
        if low.startswith("last"):  # the one before the reference day's week
            return (
                ref - dt.timedelta(days=(ref.weekday() - weekday - 1) % 7 + 1)
            ).isoformat(), "day"
        if low.startswith(("next", "coming", "this coming")):
            return (
                ref + dt.timedelta(days=(weekday - ref.weekday() - 1) % 7 + 1)
            ).isoformat(), "day"
        ahead = (weekday - ref.weekday()) % 7
        behind = (ref.weekday() - weekday) % 7
        # "would otherwise have expired on Sunday": the nearer Sunday
        if _either_way_cue(ctx) and _either_side(ctx):
            forward = ahead < behind
        else:
            forward = _looks_forward(ctx) or (_before_planned_event(ctx) and ahead <= behind)
        if forward:
            return (ref + dt.timedelta(days=ahead)).isoformat(), "day"
        return (ref - dt.timedelta(days=behind)).isoformat(), "day"
    if kind == "rel_unit":
        return _relative_unit(low, ref)
    if kind == "ago":
        return _ago(low, ref)
    return _UNPARSED


_YEAR_TAIL = re.compile(r",?\s+\d{4}$")


def _holiday_key(expr: str) -> str:
    """The holiday's name as listed: lower case, single spaces, a straight apostrophe."""
    return _SPACES.sub(" ", expr.lower()).replace("’", "'")


_MONTH_KINDS = frozenset(
    ("dmy", "mdy", "month_year", "dm", "md", "month", "month_rel_year", "month_that_year")
)
# The shapes that write a year out ("2006", "March 2006", "last year"): "that year" after them
# is theirs. A relative unit or an offset names a year only when its unit is the year.
_YEAR_NAMING = frozenset(
    (
        "iso", "numeric", "compact", "dmy", "mdy", "month_year", "holiday_year", "year",
        "year_mod", "year_range", "month_rel_year", "month_that_year",
    )
)  # fmt: skip


@lru_cache(maxsize=4096)
def _month_word(expr: str, rules: DateRules) -> str | None:
    """The month name as written in an expression ("Dec.", "OCTOBER"), if it has one."""
    match = rules.month_in.search(expr)
    return match.group(0) if match else None


def _granularity(kind: str, low: str) -> str:
    """Day, month or year: what a relative expression names, with or without a value."""
    if kind in ("month", "month_rel_year") or low.endswith(("month", "months ago")):
        return "month"
    if low.endswith(("year", "years ago")):
        return "year"
    return "day"


def _day_month(
    month: int, day: int, ref: dt.date | None, ctx: _Context, forward: bool | None = None
) -> tuple[str | None, str]:
    """A day without a year: the nearest past occurrence, or the next one looking forward."""
    if ref is None:
        return None, "day"
    tense = _tense(ctx) if forward is None else forward
    candidates = []
    for year in (ref.year - 1, ref.year, ref.year + 1):
        try:
            candidates.append(dt.date(year, month, day))
        except ValueError:
            continue
    ahead = [c for c in candidates if c >= ref]
    # With no tense to go by, a day a few days after the reference date is that day, not the
    # same day a year back (a dateline a day ahead of the page's date).
    near = bool(ahead) and (min(ahead) - ref).days <= _NEAR_FUTURE_DAYS
    if tense is None and forward is None and ahead and not near:
        # "elections on 2 October", two weeks after the reference date: news names a date
        # eleven months back with its year, so a day a few weeks ahead is the coming one,
        # unless a verb anywhere in the sentence tells of the past
        near = (min(ahead) - ref).days <= _COMING_DAYS and not _sentence_in_past(ctx)
    behind = [c for c in candidates if c <= ref]
    if (
        forward is None
        and ahead
        and behind
        and _either_way_cue(ctx)
        and (
            (tense is not True and _before_planned_event(ctx))
            or _either_side(ctx)
            or _commitment_made(ctx)
        )
    ):
        # "before the April 10 elections", "was due to expire on April 10": whichever April 10
        # is nearer
        near = (min(ahead) - ref) <= (ref - max(behind))
        tense = None
    if tense is True or (tense is None and near):
        return (min(ahead).isoformat() if ahead else None), "day"
    return (max(behind).isoformat() if behind else None), "day"


_RELATIVE_CLAUSE = re.compile(r",\s*(?:who|which|whose|whom)\b[^,.;]*,")
_NEAR_FUTURE_DAYS = 7
_COMING_DAYS = 45


def _sentence_in_past(ctx: _Context) -> bool:
    """Whether the date's sentence holds a verb in the past (a listed one or a lower-case word
    in -ed), leaving aside the reporting verb ("..., officials said")."""
    rules = ctx.rules
    # "The party, which won the vote, takes office on 1 November": the relative clause aside
    before = _RELATIVE_CLAUSE.sub(",", ctx.text[ctx.sent_start : ctx.start])
    for chunk in (before, ctx.text[ctx.end : ctx.sent_end]):
        for word in _LOWER_WORD.findall(chunk):
            if rules.has("DATE_REPORTING_VERB", word):
                continue
            if rules.has("DATE_PAST_CUE", word) or _is_past_participle(word):
                return True
    return False


def _nth_day(day: int, ref: dt.date | None, ctx: _Context) -> tuple[str | None, str]:
    """ "On the 27th": that day of the reference month, or of the month before (after)."""
    if ref is None:
        return None, "day"
    forward = _looks_forward(ctx)
    month_start = ref.replace(day=1)
    for step in range(3):
        if forward:
            first = (month_start + dt.timedelta(days=32 * step)).replace(day=1)
        else:
            first = (month_start - dt.timedelta(days=27 * step)).replace(day=1)
        try:
            candidate = first.replace(day=day)
        except ValueError:
            continue
        if (candidate >= ref) if forward else (candidate <= ref):
            return candidate.isoformat(), "day"
    return None, "day"


def _bare_month(month: int, low: str, ref: dt.date, ctx: _Context) -> tuple[str, str]:
    first = low.split()[0]
    if first == "last":
        year = ref.year if month < ref.month else ref.year - 1
    elif first in ("next", "coming"):
        year = ref.year if month > ref.month else ref.year + 1
    elif first == "this":
        year = ref.year
    elif _either_way_cue(ctx) and (_either_side(ctx) or _commitment_made(ctx)):
        # "was due to end in March": the nearer March
        ahead = (month - ref.month) % 12
        year = (
            ref.year + (month < ref.month)
            if ahead <= 12 - ahead
            else ref.year - (month > ref.month)
        )
    elif _looks_forward(ctx):
        year = ref.year if month >= ref.month else ref.year + 1
    else:
        year = ref.year if month <= ref.month else ref.year - 1
        # "before the March elections": whichever March is nearer
        if month != ref.month and _before_planned_event(ctx):
            ahead = (month - ref.month) % 12
            year = year + 1 if ahead <= 12 - ahead else year
    return f"{year:04d}-{month:02d}", "month"


def _that_year(expr: str, year: int | None, ctx: _Context) -> tuple[str | None, str | None]:
    """ "September of that year", "on 4 May the same year": the month (day) in the year the
    text named last; with no year named before, the value is unknown."""
    word = _month_word(expr, ctx.rules) or ""
    month = ctx.rules.months[word.rstrip(".").lower()]
    days = [int(x) for x in _NUMBER_IN.findall(expr)]
    if not days:
        return (f"{year:04d}-{month:02d}" if year else None), "month"
    return (dt.date(year, month, days[0]).isoformat() if year else None), "day"


def _relative_unit(low: str, ref: dt.date) -> tuple[str, str]:
    words = low.split()
    shift = {"last": -1, "next": 1}.get(words[-2], 0)
    if words[-1] == "year":
        return f"{ref.year + shift:04d}", "year"
    month_index = ref.year * 12 + ref.month - 1 + shift
    return f"{month_index // 12:04d}-{month_index % 12 + 1:02d}", "month"


def _ago(low: str, ref: dt.date) -> tuple[str, str]:
    words = low.split()
    unit, count_word = words[-2], words[-3]
    count = int(count_word) if count_word.isdigit() else _NUMBER_WORDS[count_word]
    if unit.startswith("year"):
        return f"{ref.year - count:04d}", "year"
    if unit.startswith("month"):
        month_index = ref.year * 12 + ref.month - 1 - count
        return f"{month_index // 12:04d}-{month_index % 12 + 1:02d}", "month"
    return (ref - dt.timedelta(days=count)).isoformat(), "day"


def _looks_forward(ctx: _Context) -> bool:
    """Whether the clause around a date without a year speaks of what is still to come."""
    return _tense(ctx) is True


def _tense(ctx: _Context) -> bool | None:
    """True when the clause looks ahead, False when it tells of the past, None when it has no
    cue either way."""
    rules = ctx.rules
    future = rules.words.get("DATE_FUTURE_CUE", frozenset())
    past = rules.words.get("DATE_PAST_CUE", frozenset())
    # "the Monday deadline", "Monday's deadline" (the words after the date are read only when
    # "deadline" may be one: most clauses are decided by the words before it)
    if ctx.may_follow("deadline") and "deadline" in _attributive(ctx.lows_after)[1]:
        return True
    before, lows = ctx.before[:32], ctx.lows_before[:32]
    if lows[:2] == ["least", "at"]:
        # "until at least 31 January": the hedge stands aside
        before, lows = before[2:], lows[2:]
    before, lows = before[:30], lows[:30]
    if lows[:1] == ["since"] or lows[:2] in (["early", "since"], ["late", "since"]):
        return False  # "since October", "ever since Monday": the span runs up to now
    if "," in lows:
        # "Ghana will face Nigeria, who beat Mali on Monday, in the final on Saturday": the
        # relative clause between commas has a tense of its own
        close = lows.index(",")
        opener = lows.index(",", close + 1, len(lows) - 1) if "," in lows[close + 1 : -1] else None
        if opener is not None and lows[opener - 1] in _RELATIVE_WORDS and opener - close > 2:
            before = before[:close] + before[opener + 1 :]
            lows = lows[:close] + lows[opener + 1 :]
    lows.append("")  # the word "preceding" the farthest one
    deadline = False
    weak_deadline = False  # "before Monday": ahead, unless the sentence tells of the past
    tense_words = rules.tense_words
    for i, word in enumerate(lows[:-1]):
        if word not in tense_words and not word.endswith("ed"):
            continue  # none of the checks below acts on it (see `_tense_words`)
        if word in _CLAUSE_BREAKS:
            if word == "when":  # "would review it when they meet in February": the main clause
                continue
            break
        following = lows[i - 1] if i else ""
        preceding = lows[i + 1]
        if i == 0 and (word == "by" or (word == "than" and preceding == "later")):
            return True  # a deadline: "by November 24", "no later than June 30"
        if word in ("by", "until", "till", "beyond"):
            # "until Monday" looks ahead unless the clause is in the past ("ran until Monday")
            deadline = deadline or i == 0
            continue
        if word == "before" and i == 0:
            weak_deadline = True
            continue
        if (deadline or weak_deadline) and i > 2 and rules.has("DATE_REPORTING_VERB", word):
            break  # "diplomats said the mandate runs until May 1": the reported clause decides
        if word in _COUNTERFACTUAL and following == "have":
            return False  # "would have voted on Monday", "should have been adopted in March"
        if (
            rules.has("DATE_POSSIBLE_MODAL", word)
            and following.isalpha()
            and not rules.has("DATE_ABILITY_VERB", following)
            and not (following == "be" and i > 1 and rules.has("DATE_ABILITY_VERB", lows[i - 2]))
            and before[i][:1].islower()  # "May" the month
            # "could rise after a landslide on Tuesday": the date is the landslide's
            and not any(rules.has("DATE_EVENT_PREPOSITION", w) for w in lows[1:i])
        ):
            # "the ministers could meet again on December 4", "talks may resume on Monday": a
            # possibility still ahead; "they could see smoke on Sunday", "could not reach it on
            # Friday", "could be seen on Sunday", "may have met on Monday" tell of what was
            return True
        if (
            word in ("after", "before", "since")
            and i > 1
            and (following.endswith("ing") or following in _SUBJECT_PRONOUNS)
        ):
            break  # "will face France after beating Norway on Thursday": a clause of its own
        if rules.has("DATE_SCHEDULED_PRESENT", word) and _has_subject(before, i + 1):
            return True  # "they meet Spain in the final on Sunday": a fixture, still to come
        if rules.has("DATE_FUTURE_IF_VERB", word) and not (
            following in ("to", "for")  # "plans to", "a plan for holding votes on Monday"
            or (following in _DETERMINERS and preceding not in _DETERMINERS)
        ):
            continue  # "had backed the plan in January": a noun, not a verb of intent
        if word in future and word.endswith("ed") and _after_comma(lows, i + 1):
            # "the vote, scheduled for May, was postponed": the main verb after it decides
            return _verb_after(ctx.after[:8], future, past) is not False
        if word in future or (
            i == 0 and rules.has("DATE_SCHEDULING_VERB", word)
        ):  # "proposed August 23"
            return True
        if f"{preceding} {word}" in future:  # "to be", "set to", "ahead of"
            return True
        # an infinitive: "agreed to meet on Monday" looks ahead, "failed to adopt" does not
        if (
            word == "to"
            and following.isalpha()
            and not before[i - 1][:1].isupper()
            and following not in _DETERMINERS
        ):
            if rules.has("DATE_TO_PREPOSITION_AFTER", preceding):
                continue  # "held on to power", "came to power": "to" is no infinitive
            if rules.has("DATE_DONE_VERB", preceding):
                return False
            governing = _governing_tense(before, i + 1, rules)
            return True if governing is None else governing
        if word in past or (_is_past_participle(word) and preceding != ","):
            # ", submitted by" modifies a noun; "will be held": a passive still to come; "will
            # keep the border closed until May 1": a state held up to a date still ahead; "is
            # pencilled in for May 1": a plan in the present passive
            return (
                preceding == "be"
                or (deadline and _state_held(lows, i + 1, rules))
                or (
                    preceding in ("is", "are")
                    and (
                        rules.has("DATE_PLAN_WORD", word) or rules.has("DATE_SCHEDULING_VERB", word)
                    )
                    and all(w in _PLAN_PREPS for w in lows[:i])
                )
            )
    if deadline:
        return True
    after = ctx.lows_after[:8]
    possessive, attributive = _attributive(after)
    if possessive and not any(rules.has("DATE_PLANNED_NOUN", w) for w in attributive):
        return None
    # "Friday's leadership election" looks ahead, unless "... election results showed"
    for i, word in enumerate(after):
        if word == "when" and i and after[i - 1] == ",":
            continue  # "by Sept. 30, when the mandate lapses": a clause about the date itself
        if word in _CLAUSE_BREAKS or word in ("(", "–", "—", "-"):  # "Dec 27 (Interfax) -"
            break
        if possessive and word == ",":  # "before Sunday's election, rallies were banned"
            break
        if word in future:
            return True
        if word in past or _is_past_participle(word):
            return False
    return True if possessive or weak_deadline else None


def _attributive(after: list[str]) -> tuple[bool, list[str]]:
    """Whether a possessive follows the date ("Monday's"), and the words after the date that
    may qualify a noun with it: "the Monday deadline", "Monday's leadership election"."""
    possessive = after[:2] in (["'", "s"], ["’", "s"])
    return possessive, after[2:5] if possessive else after[:3]


def _after_comma(lows: list[str], at: int) -> bool:
    """Whether a comma stands before `lows[at - 1]`, adverbs aside (", originally set for")."""
    while at < len(lows) and (lows[at] in _ADVERBS or lows[at].endswith("ly")):
        at += 1
    return at < len(lows) and lows[at] == ","


def _verb_after(after: list[str], future: frozenset[str], past: frozenset[str]) -> bool | None:
    """The tense of the first verb after a date, within its clause ("..., was postponed")."""
    for word in after:
        low = word.lower()
        if low in _CLAUSE_BREAKS or low in ("(", "–", "—", "-"):
            return None
        if low in future:
            return True
        if low in past or _is_past_participle(low):
            return False
    return None


def _state_held(lows: list[str], at: int, rules: DateRules) -> bool:
    """Whether the participle before "until" (`lows[at]` the word before it, words nearest the
    date first) describes a state a present or future verb holds ("stays closed", "will keep
    its embassy shut"), not a past act ("closed its border until")."""
    future = rules.words.get("DATE_FUTURE_CUE", frozenset())
    for k in range(at, min(at + 10, len(lows) - 1)):
        word, preceding = lows[k], lows[k + 1]
        if word in _CLAUSE_BREAKS or word == ",":
            return False
        if word in _MODALS or (word in future and word not in _DEADLINE_WORDS):
            return True  # "will keep", "plans to keep"
        if rules.has("DATE_HOLD_VERB", word):
            if preceding == "to":
                continue  # "required shops to stay closed": the verb before decides
            return True
        if rules.has("DATE_PAST_CUE", word) or _is_past_participle(word):
            if preceding in ("be", "being"):
                continue  # "will be kept closed": the auxiliary decides
            return False  # "kept the border closed", "remained closed"
    return False


_DEADLINE_WORDS = _set("until till by beyond")
_PLAN_PREPS = _set("on in for at")


_MODALS = _set("will 'll ’ll shall would must should")
_RELATIVE_WORDS = _set("who which whose whom")


# Of the words before a date, the first six hold one of these wherever `_before_planned_event`,
# `_averted_expiry`, `_plan_in_the_past` or `_commitment_made` holds ("before", "ahead of",
# "have", "was", "were", "had been", "to"): most dates follow none of them. These words
# are written in the checks, not read from their pattern lists: a pattern folder (--patterns)
# adds none. (Keep in step: a test puts each word the checks read, from their code and their
# lists, into their phrases.)
_EITHER_WAY_CUES = _set("before ahead have was were been to")


def _either_way_cue(ctx: _Context) -> bool:
    """Whether one of the checks that put a date on the nearer side (`_before_planned_event`,
    `_either_side`, `_commitment_made`) may hold: False when none can, read off the words
    before the date once rather than by each check."""
    return not _EITHER_WAY_CUES.isdisjoint(ctx.lows_before[:6])


def _either_side(ctx: _Context) -> bool:
    """Whether the date lies near the report on whichever side: an expiry headed off, or a plan
    told in the past ("was due to expire on May 1", "had been scheduled for May 1")."""
    return _averted_expiry(ctx) or _plan_in_the_past(ctx)


def _commitment_made(ctx: _Context) -> bool:
    """ "Had agreed to meet again on 2 October", "pledged to hold the vote in March": a
    commitment made before the report, for a day that may lie on either side of it."""
    lows = ctx.lows_before[:8]
    rules = ctx.rules
    for k, word in enumerate(lows[:6]):
        if word in _CLAUSE_BREAKS or word == ",":
            return False
        if word == "to" and k > 0 and k + 1 < len(lows):
            verb = lows[k + 1]
            return rules.has("DATE_COMMIT_VERB", verb) and lows[k - 1].isalpha()
    return False


def _plan_in_the_past(ctx: _Context) -> bool:
    """ "Was due to expire on January 31", "were scheduled for March 3": what was planned then
    may have come or be still to come, so the nearest such day is meant."""
    lows = ctx.lows_before[:9]
    k = 1 if lows[:1] and lows[0] in ("on", "in", "by", "for", "until") else 0
    if k + 2 < len(lows) and lows[k + 1] == "to" and lows[k].isalpha():
        k += 2  # "due to expire on", "set to end in"
    if k >= len(lows) or not ctx.rules.has("DATE_PLAN_WORD", lows[k]):
        return False
    for j in range(k + 1, min(k + 3, len(lows))):
        if lows[j] in ("was", "were") or lows[j : j + 2] == ["been", "had"]:
            return True
        if lows[j] not in _ADVERBS and lows[j] not in ("originally", "initially", "previously"):
            return False
    return False


def _averted_expiry(ctx: _Context) -> bool:
    """ "Would otherwise have expired on January 31": an expiry that the reported act (an
    extension, a renewal) headed off; it lies near the report, on either side of it."""
    lows = ctx.lows_before[:8]
    k = 1 if lows[:1] and lows[0] in ("on", "in", "at", "by") else 0
    if lows[k : k + 2] == ["out", "run"]:
        k += 2
    elif k < len(lows) and ctx.rules.has("DATE_EXPIRY_PARTICIPLE", lows[k]):
        k += 1
    else:
        return False
    if lows[k : k + 1] != ["have"]:
        return False
    for word in lows[k + 1 : k + 4]:
        if word in _COUNTERFACTUAL:
            return True
        if word not in _ADVERBS and word not in ("otherwise", "simply", "then", "automatically"):
            return False
    return False


_SUBJECT_PRONOUNS = _set("i we you they he she it who")
# Words that may stand between a subject and its verb, or be the subject: "Spain now meet".
_SUBJECT_WORDS = _SUBJECT_PRONOUNS | _set("that which now then also both again still finally")
_NOT_PLURAL = _set("is was has does this his its us as yes thus whereas perhaps always less")


def _has_subject(before: list[str], at: int) -> bool:
    """Whether `before[at]` (the word before a present verb like "meet", "play") can be its
    subject: a pronoun, a name ("Spain play"), a plural noun ("the hosts play"). A determiner
    or an adjective makes the verb a noun ("the start", "a strong start")."""
    if at >= len(before):
        return False
    word = before[at]
    low = word.lower()
    if low in _SUBJECT_WORDS:
        return True
    if not word.isalpha() or low in _DETERMINERS or low in _NOT_PLURAL:
        return False
    return word[:1].isupper() or (low.endswith("s") and not low.endswith("ss"))


_CLAUSE_BREAKS = frozenset((".", ";", "?", "!", "that", "when", "as", "while", "but", "which"))
_COUNTERFACTUAL = _set("would should could might must")


def _before_planned_event(ctx: _Context) -> bool:
    """Whether the date names a planned event ("the April 10 elections") that the sentence puts
    something before ("before", "ahead of"): the election is the nearest April 10, ahead or
    behind, whatever the tense of the campaigning around it."""
    words = ctx.lows_before[:3]  # read first: most dates follow no "before"
    if words[:1] == ["the"]:
        words.pop(0)
    if words[:1] != ["before"] and words[:2] != ["of", "ahead"]:
        return False
    rules = ctx.rules
    after = ctx.lows_after[:5]
    attributive = after[2:5] if after[:1] in (["'"], ["’"]) else after[:3]  # "Sunday's vote"
    return any(
        rules.has("DATE_PLANNED_NOUN", w) or rules.has("DATE_OCCASION_NOUN", w) for w in attributive
    )


def _governing_tense(before: list[str], at: int, rules: DateRules) -> bool | None:
    """The tense of the verb an infinitive (or its noun) hangs on; `at` indexes the word before
    "to". "Was submitted to parliament", "had agreed to meet" and "backed a bid to end" tell of
    the past, "is expected to" looks ahead, "agreed to meet" has no auxiliary to say."""
    if at >= len(before):  # "to" opens the sentence
        return None
    future = rules.words.get("DATE_FUTURE_CUE", frozenset())
    word = before[at].lower()
    if word in future or rules.has("DATE_SCHEDULING_VERB", word):
        return True  # "was expected to", "is scheduled to": a plan, whatever its tense
    verb = at
    if not _is_verb(word, rules) and not rules.has("DATE_PAST_CUE", word):
        # a noun after its determiner ("a bid to", "the bill to"): the verb before decides
        near = [w.lower() for w in before[at + 1 : at + 3]]
        determiner = next(
            (k for k, w in enumerate(near) if w in _DETERMINERS or w.endswith(("'s", "’s"))),
            None,
        )
        if determiner is None or at + determiner + 2 >= len(before):
            return None
        verb = at + determiner + 2
        head = before[verb].lower()
        # "asked the council to meet": the request looks ahead unless its auxiliary says not
        asking = rules.has("DATE_ASKING_VERB", head)
        if not asking and (rules.has("DATE_PAST_CUE", head) or _is_past_participle(head)):
            return False
    for token in before[verb + 1 : verb + 4]:  # the auxiliary: "had agreed", "was asked"
        aux = token.lower()
        if aux in _ADVERBS or aux in ("been", "be", "being"):
            continue
        if aux in ("had", "was", "were"):
            return False
        if aux in future:
            return True
        break
    return None


def _is_past_participle(word: str) -> bool:
    return word.endswith("ed") and word.isalpha() and len(word) > 4 and word not in _NOT_VERB_ED


_DETERMINERS = _set("the a an his her its their our this that these those all some any be")

# Verbs that start the event phrase; a word ending in "-ed" counts too.
_AUX = _set("will would shall was were is are has have had be been can could must may might")
_EVENT_STOP = _set("in on at since until after before during for from by")
_NOT_EVENT_NOUN = _EVENT_STOP | _AUX | {"of"}  # built once: unions per word cost time
_NOT_PHRASE_END = _EVENT_STOP | _DETERMINERS


def _event(ctx: _Context) -> str | None:
    """What the sentence says happened on the date: "Thursday's resolution" gives "resolution";
    otherwise the verb phrase nearest the date in its clause (before it, else after it)."""
    if _POSSESSIVE.match(ctx.text, ctx.end):
        words = _WORD.findall(ctx.text, ctx.end + 2, min(ctx.sent_end, ctx.end + 60))[:4]
        nouns: list[str] = []
        for word in words:
            if not word[:1].isalnum() or word.lower() in _NOT_EVENT_NOUN:
                break
            if _is_verb(word, ctx.rules):  # "Thursday's resolution instructed ..."
                break
            nouns.append(word)
        if nouns:
            return " ".join(nouns)
    sentence_start = max(ctx.sent_start, ctx.start - _EVENT_REACH)
    last_mark = _CLAUSE_MARK.match(ctx.text, sentence_start, ctx.start)
    clause_start = last_mark.end() if last_mark else sentence_start
    # the last verb before the date is the nearest clause's when that clause has one: "a
    # decision, to be taken on Friday, would ..." -> "to be taken"
    verb_phrase = _verb_phrase(ctx.text[clause_start : ctx.start], ctx.rules, stop_at_end=True)
    if verb_phrase:
        return verb_phrase
    right = ctx.text[ctx.end : min(ctx.sent_end, ctx.end + _EVENT_REACH)]
    return _verb_phrase(right, ctx.rules, stop_at_end=False)


_WORD = re.compile(r"[\w’'-]+|[,;:()\"“”]")
# The last mark that opens a clause before a date: the greedy `.*` reads back from the date.
# No mark holds another, so the one that starts last also ends last. The marks are grouped by
# their first character (";", ", which", ", while", ", but", " – ", " - ", ": "): one
# alternative per first character tried at each position, not one per mark.
_CLAUSE_MARK = re.compile(r"(?s:.*)(?:;|, (?:which|while|but)| [–-] |: )")
_EVENT_REACH = 150  # characters either side of the date read for its event
_LOWER_WORD = re.compile(r"(?<![\w’'-])[a-z]+(?![\w’'-])")
_MODALS = _set("will would shall")


def _is_verb(word: str, rules: DateRules) -> bool:
    """A verb that can head an event: a listed one, or a lower-case word in -ed."""
    return word in rules.verbs or (
        len(word) > 4 and word.endswith("ed") and word not in _NOT_VERB_ED
    )


_ASCII_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


def _last_word(chunk: str, end: int) -> tuple[int, int] | None:
    """The span of the ASCII word that ends `chunk[:end]` before spaces (then perhaps one
    newline): what the regex `([A-Za-z]+)[^ spaces other than newline]+$` would find, without
    the regex engine trying every position from the chunk's start."""
    if end and chunk[end - 1] == "\n":  # `$` matches before a final newline too
        end -= 1
    spaces = end
    while spaces and chunk[spaces - 1] != "\n" and chunk[spaces - 1].isspace():
        spaces -= 1
    start = spaces
    while start and chunk[start - 1] in _ASCII_LETTERS:
        start -= 1
    return (start, spaces) if start < spaces < end else None


_AUX_TO = _AUX | {"not", "to"}


def _nearest_verb(chunk: str, rules: DateRules, *, last: bool) -> int | None:
    """Where the nearest verb (`_is_verb`) of `chunk` starts: its last one when `last`, else
    its first. The regexes that search read a verb after the character before it, so a verb
    that opens the chunk is tried on its own."""
    if last:
        hit = rules.last_verb_hit.match(chunk)
        if hit is not None:
            return hit.start(1)
        return 0 if rules.verb_hit.match(chunk) else None
    if rules.verb_hit.match(chunk):
        return 0
    hit = rules.spaced_verb_hit.search(chunk)
    return hit.start(1) if hit else None


def _verb_phrase(chunk: str, rules: DateRules, stop_at_end: bool) -> str | None:
    """The verb phrase nearest the date: the last one before it, else the first one after it."""
    start = _nearest_verb(chunk, rules, last=stop_at_end)
    if start is None:
        return None
    while (before := _last_word(chunk, start)) and chunk[before[0] : before[1]].lower() in _AUX_TO:
        start = before[0]  # "will hold", "to be held"
    words = _WORD.findall(chunk, start)[:16]
    while len(words) > 1 and words[0].lower() in ("was", "were", "is", "are", "been"):
        words.pop(0)  # "was approved by" -> "approved by"
    phrase: list[str] = []
    for word in words:
        if word in ',;:()"“”' or (len(phrase) >= 2 and word.lower() in _EVENT_STOP):
            break
        phrase.append(word)
        if len(phrase) == 8:
            break
    while len(phrase) > 1 and phrase[-1].lower() in _NOT_PHRASE_END:
        phrase.pop()  # "met on" -> "met"
    text = " ".join(phrase).strip()
    return text if len(text) > 2 and text.lower() not in _AUX else None


@lru_cache(maxsize=4096)
def _dateparser_value(expr: str, reference: str | None) -> str | None:
    """dateparser's reading of an expression the fast path does not know (cached, imported late:
    loading it costs start-up time that most articles never need)."""
    import dateparser

    settings: dict[str, object] = {"PREFER_DATES_FROM": "past", "STRICT_PARSING": False}
    if reference:
        base = dt.date.fromisoformat(reference)
        settings["RELATIVE_BASE"] = dt.datetime(base.year, base.month, base.day)
    parsed = dateparser.parse(expr, languages=["en"], settings=settings)
    return parsed.date().isoformat() if parsed else None


# A date line near the top: "18 November 2010", "Published: Oct. 19, 2023 - 22:12",
# "date 2018-04-15", "20.04.2021 12:30"; a dateline: "BAKU, 1 July 2014 –", "MOSCOW, Dec 27 (".
_DATELINE = re.compile(r"^[A-Z][A-Za-z.'’ -]{1,40}?[^\S\n]*[,–—-][^\S\n]*$")
_HEAD_CHARS = 700
_SENTENCE = re.compile(r"\b[a-z]+[^\S\n]+[a-z]+\b")  # two lower-case words in a row


def stated_reference_date(
    text: str, *, rules: DateRules | None = None
) -> tuple[dt.date, str] | None:
    """The date the article states near its top, with its source ("dateline" or "article")."""
    rules = rules or _shipped()
    head = text[:_HEAD_CHARS]
    full: tuple[dt.date, str] | None = None
    partial: tuple[int, int, str] | None = None
    for match in _date_matches(head, _line_anchors(head, rules, _DIGIT), rules):
        kind = match.lastgroup or ""
        if kind not in ("iso", "numeric", "compact", "dmy", "mdy", "dm", "md"):
            continue
        expr = match.group(0)
        line_start = head.rfind("\n", 0, match.start()) + 1
        line_end = head.find("\n", match.end())
        line_end = len(head) if line_end < 0 else line_end
        before = head[line_start : match.start()]
        source = "dateline" if _DATELINE.match(before) else "article"
        # A date inside a sentence of the lead is news, not the article's own date line; but a
        # date line glued to the lead by the page ("January 5, 2022In her ...") is one.
        rest = head[match.end() : line_end]
        glued = not before.strip() and rest[:1].isupper()
        if source == "article" and not glued and _SENTENCE.search(rest):
            continue
        if kind in ("dm", "md"):
            month_match = rules.month_in.search(expr)
            day = [int(x) for x in _NUMBER_IN.findall(expr) if int(x) < 100]
            if (
                month_match
                and day
                and _capitalised(month_match.group(0))
                and partial is None
                and source == "dateline"
            ):
                month = rules.months[month_match.group(0).rstrip(".").lower()]
                partial = (month, day[0], source)
            continue
        value = _parse_full(kind, expr, rules)
        if value is not None:
            full = (value, source)
            break
    if full is not None:
        return full
    tail = _tail_date(text, rules)
    if tail is not None:
        return tail, "article"
    if partial is not None:
        year = _article_year(text, rules)
        if year is not None:
            try:
                return dt.date(year, partial[0], partial[1]), partial[2]
            except ValueError:
                return None
    return None


def _parse_full(kind: str, expr: str, rules: DateRules) -> dt.date | None:
    if kind in ("iso", "numeric", "compact"):
        parts = _numeric_parts(kind, expr)
        return dt.date(*parts) if parts else None
    month_match = rules.month_in.search(expr)
    numbers = [int(x) for x in _NUMBER_IN.findall(expr)]
    years = [n for n in numbers if n >= 1000]
    days = [n for n in numbers if n < 100]
    if not (month_match and years and days):
        return None
    try:
        return dt.date(years[0], rules.months[month_match.group(0).rstrip(".").lower()], days[0])
    except ValueError:
        return None


def _tail_date(text: str, rules: DateRules) -> dt.date | None:
    """A full date in a short closing credit line: "(Xinhua News Agency May 17, 2005)"."""
    lines = [line for line in text.rstrip().splitlines()[-2:] if line.strip()]
    if not lines or len(lines[-1]) > 80 or not lines[-1].lstrip().startswith("("):
        return None
    for match in _date_matches(lines[-1], _text_anchors(lines[-1], rules), rules):
        kind = match.lastgroup or ""
        if kind in ("iso", "numeric", "dmy", "mdy"):
            return _parse_full(kind, match.group(0), rules)
    return None


def _article_year(text: str, rules: DateRules) -> int | None:
    """The year a dateline without one most likely means: the latest full date in the text."""
    best: dt.date | None = None
    for match in _date_matches(text, _line_anchors(text, rules, _YEAR_LIKE), rules):
        kind = match.lastgroup or ""
        if kind in ("iso", "numeric", "dmy", "mdy"):
            value = _parse_full(kind, match.group(0), rules)
            if value is not None and (best is None or value > best):
                best = value
    return best.year if best else None
