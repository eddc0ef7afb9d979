"""Vote tallies: body, counts per side, outcome and the countries named on each side.

The work is sentence by sentence. Counts are numbers tied to a side word that follows them
("137 in favour", "60 states ... voted against") or precedes them ("supported by 79 countries",
"passed with 256 votes"), a participle after the members counted ("with 187 members supporting
it and 52 opposing"), or compact tallies ("passed 310-96", "by 324 votes to 288"; a division
"to reject" a text has its larger figure against). Country lists go to the side of the count or
side word they hang on ("12 against (Israel, ...)", "Russia and China opposed it", "Among those
opposing it were ..."); a semicolon ends a list, and "Joining them were ..." takes the side of
the list before it. Pieces of one vote spread over several sentences (a headline and the body,
a second sentence naming the abstainers, a later one restating "the nine abstaining members")
are merged, and a lone count a few sentences on ("No abstentions were recorded.") completes the
vote before it that lacks its side; a veto or a country list with no count only adds to a vote,
and only from a sentence about voting (a list about "the resolution" to the vote on the text,
not on a motion or an amendment; "several abstaining members" to a vote that counted them).
A vote the story recalls ("in 2014 a similar text passed by 15 votes to none", "last acted
in January, when ...") stays apart from the vote it reports and takes no list. With no
outcome word a lone count leaves the outcome null.
The body is named by its longest written name. `Vote.rule` names the shape that found it:
side_counts, dash_tally, votes_to or no_vote ("adopted without a vote", "by consensus": three
null counts, the outcome set). Word lists come from `load_rules(folders)`.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise
from pathlib import Path
from typing import NamedTuple

from spacy.tokens import Doc

from .casefold import has_folded_letter
from .countries import COUNTRY_LABELS, country_table
from .doctext import article_text, sentence_starts
from .facts import SIDES, SideCountries, Vote
from .numbers import NUMBER_WORDS, find_numbers, parse_number
from .patterns import default_pattern_dir, lexicon, load_patterns
from .rulers import Mark, marks


class _OnFirstUse:
    """A regex compiled when first needed: these serve rare shapes (compact tallies, inverted
    sentences), and compiling them all costs every start of `extract` milliseconds."""

    def __init__(self, source: str, flags: int = 0) -> None:
        self.source = source
        self.flags = flags
        self.compiled: re.Pattern[str] | None = None

    def __call__(self) -> re.Pattern[str]:
        if self.compiled is None:
            self.compiled = re.compile(self.source, self.flags)
        return self.compiled


def _words(spaced: str) -> frozenset[str]:
    return frozenset(spaced.split())


# Side words, by how they bind to their count.
_POSTFIX = {"VOTE_FOR": "in_favour", "VOTE_AGAINST": "against", "VOTE_ABSTAIN": "abstentions"}
_NEAR = {"VOTE_FOR_NEAR": "in_favour", "VOTE_AGAINST_NEAR": "against"}
_PREFIX = {"VOTE_FOR_BY": "in_favour", "VOTE_AGAINST_BY": "against"}
_SIDE_LABELS = frozenset({*_POSTFIX, *_NEAR, *_PREFIX, "VOTE_VETO", "VOTE_ZERO", "VOTE_RECEIVED"})
# The side each side word stands for as a marker (a veto is a vote against).
_MARKER_SIDES = {**_PREFIX, **_NEAR, **_POSTFIX, "VOTE_VETO": "against"}
_LABELS = frozenset(
    {
        *_SIDE_LABELS,
        "VOTE_NO_VOTE",
        "VOTE_OUTCOME",
        "VOTE_BODY",
        "VOTE_BODY_REF",
        "VOTE_NOT",
        "VOTE_VOTER",
    }
)
# Cues that make a sentence worth reading for a tally: side words, and the members or votes
# counted after an outcome verb ("it passed with 256 votes").
_TRIGGERS = frozenset({*_SIDE_LABELS, "VOTE_VOTER"})
_RECEIVED_GAP = re.compile(r"\s*(?:just|only|a mere|barely)?\s*")
_WITH_BEFORE = re.compile(r"\bwith\s+(?:just|only|a mere|barely)?\s*$")
_NUMBER_WORD = (
    r"(?:zero|none|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen"
    r"|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)"
)
_COUNT_BEFORE = re.compile(rf"(?:\d|\b{_NUMBER_WORD})\W*$", re.IGNORECASE)
_LAST_WORD_REVERSED = re.compile(r"(\W*)(\w*)")


def _count_ends_before(text: str, low: int, end: int) -> bool:
    """What `_COUNT_BEFORE.search(text, low, end)` says. A match can start only on the last
    word before `end` (the number word's first letter, where a boundary lies, or the digit
    that ends it), so the pattern is tried at those two places, found by reading the window
    backwards, instead of at every position of the window."""
    if end - 4 >= low and text[end - 1] == " ":
        # Most side words follow a plain word and a space ("voted for"): that word is a
        # number word only if it ends as one does, so three ASCII letters no number word
        # ends with say "no count" without the pattern.
        last = text[end - 4 : end - 1]
        if last.isascii() and last.isalpha() and last.lower() not in _NUMBER_ENDINGS:
            return False
    tail = _LAST_WORD_REVERSED.match(text[low:end][::-1])
    assert tail is not None  # both groups may be empty
    word_end = end - len(tail.group(1))
    word_start = end - tail.end()
    if word_start == word_end:
        return False  # no word at all
    return bool(
        _COUNT_BEFORE.match(text, word_end - 1, end) or _COUNT_BEFORE.match(text, word_start, end)
    )


_COUNT_AFTER = re.compile(rf"\W+(?:\w+\W+){{0,3}}?(?:\d|{_NUMBER_WORD}\b)", re.IGNORECASE)
# The first four words after a side word, and the number words of _NUMBER_WORD ("\w+teen" apart).
_FIRST_WORDS = re.compile(r"\W+(\w+)(?:\W+(\w+))?(?:\W+(\w+))?(?:\W+(\w+))?")
_COUNT_WORDS = _words(
    "zero none one two three four five six seven eight nine ten eleven twelve twenty thirty "
    "forty fifty sixty seventy eighty ninety hundred"
)
# The last three letters of each number word ("\w+teen" ends "een"): see _count_ends_before.
_NUMBER_ENDINGS = frozenset({*(word[-3:] for word in _COUNT_WORDS), "een"})


def _count_follows(text: str, start: int, end: int) -> bool:
    """What `_COUNT_AFTER.match(text, start, end)` says: one of the first four words after
    `start` opens on a digit or is a number word. The words are read once, not tried against
    every number word in turn; a word with letters beyond ASCII goes to the pattern."""
    words = _FIRST_WORDS.match(text, start, end)
    if words is None:
        return False
    for word in words.groups():
        if word is None:
            break
        if not word.isascii():
            return _COUNT_AFTER.match(text, start, end) is not None
        low = word.lower()
        if word[0].isdigit() or low in _COUNT_WORDS or (len(low) > 4 and low.endswith("teen")):
            return True
    return False


# Side words that can say on their own that a vote took place ("abstained", "vetoed"); "for"
# or "won" cannot.
_VOTE_WORDS = frozenset({*_POSTFIX, *_PREFIX, "VOTE_VETO"})
# Side words in the past tense: a country list right before them is their subject
# ("Russia, China and Niger opposed it"); "votes against" in a rule or a headline is not.
_VERBAL = re.compile(r"^(?:\w+ed\b|were\b|was\b|cast\b|chose\b)")

_APPOSITIVE = re.compile(r"\s*,[^,;:.()\d]{1,80},\s*")
_PROCEDURAL = re.compile(
    r"\b(?:motion|adjourn\w*|defer\w*|postpone\w*|no-action|point of order)\b", re.IGNORECASE
)
# The first text a sentence names is what its vote was on: "A Polish amendment to the text was
# voted down", "a motion to defer the decision failed" are votes on an amendment or a motion.
_SUBJECT_TEXT = re.compile(
    r"\b(?:resolution|decision|text|draft|declaration|bill|treaty|convention|motion|amendment"
    r"|proposal|measure)s?\b",
    re.IGNORECASE,
)
_MAIN_TEXT = re.compile(
    r"\b(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:resolution|decision|text|draft|declaration"
    r"|bill|treaty|convention)\b",
    re.IGNORECASE,
)
# A side word that names the voters of a side, after "among": "the abstainers", "the abstentions".
_SIDE_NOUN = re.compile(r"\w+(?:ers|ions?)")

# Function words allowed between a count and its side word ("countries on the board voted").
_LINK = _words(
    "the a an of on in at to who that which were was have had has voted voting vote cast their "
    "its all remaining more also then only just it total rest further additional both each "
    "eventually ultimately finally reportedly decided chose opted present"
)
# Words allowed between a country list and the side verb it is the subject of.
_SUBJECT_LINK = _words(
    "were was are is among the nations countries states those that which who also all have has "
    "had both each reportedly then later ultimately instead members delegations of on and only "
    "one more country another other just too monday tuesday wednesday thursday friday saturday "
    "sunday today yesterday eventually again to sole lone cast exercised their used wielded "
    "counted listed numbered"
)
_PREFIX_GAP = _words(
    "the a an total of bill resolution draft text motion measure amendment document it some "
    "decision law"
)
_NEAR_END = re.compile(r"\s*(?:[,;.)]|and\b|to\b|with\b|\d|$)")
_STOP = frozenset({"the", "a", "an", "of", "on", "in", "at", "to"})

_INSERTS = re.compile(
    r"\([^()]*\)|\[[^\]]*\]|\s(?:--|[-–—])\s.*?\s(?:--|[-–—])\s"
    r"|,\s*(?:including|among them|such as|notably|namely|those of|that of)\b.*,"
)
_NEGATION = re.compile(r"\b(?:not|never|declined|refused|failed)\b|n[’']t\b", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"\b(?:while|whereas|but|although|though)\b|;", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_][\w’'.-]*|\d[\w-]*")
_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
# A number that is no count of votes: a size ("193-member"), a threshold ("at least nine"),
# part of a date, a share, an amount, an approximation, a partitive ("three of the 15").
_NOT_COUNT_BEFORE = (
    *[
        "at least",
        "at most",
        "minimum",
        "minimum of",
        "necessary",
        "required",
        "needed",
        # what a text needs is a threshold, not a tally: "a resolution needs nine votes"
        "needs",
        "need",
        "needing",
        "requires",
        "require",
        "requiring",
        "must win",
        "must get",
        "must secure",
        "must receive",
        "must garner",
        "must muster",
        "threshold of",
        "majority",
        "majority of",
        "out of",
        "of the",
        "of its",
        "of all",
        "more than",
        "fewer than",
        "less than",
        "nearly",
        "almost",
        "about",
        "around",
        "over",
        "some",
        "up to",
        "roughly",
        "approximately",
        "no.",
        "article",
        "resolution",
        "chapter",
        "paragraph",
        "section",
        "page",
        "number",
        # ordinals of a bill's passage or of a list: "stage one", "phase 2", "clause 4"
        "stage",
        "phase",
        "step",
        "item",
        "clause",
        "annex",
    ],
    *_MONTHS.split("|"),
    *(month + "." for month in _MONTHS.split("|")),
)
_NOT_COUNT_SIGNS = frozenset("$€£¥#")


def _by_ending(words: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """`words` by their last three characters (none is shorter): a text is tried only against
    the few that could end it, not the hundred."""
    found: dict[str, tuple[str, ...]] = {}
    for word in words:
        assert len(word) >= 3, word
        found[word[-3:]] = (*found.get(word[-3:], ()), word)
    return found


_NOT_COUNT_BY_ENDING = _by_ending(_NOT_COUNT_BEFORE)


def _not_count_before(before: str) -> bool:
    """A size, threshold, share, date or amount word right before a number ("at least nine",
    "Article 5", "Nov. 18", "$40"): tested with `str.endswith`, far cheaper than a regex
    searched at every position of the window."""
    tail = before.rstrip().lower()
    if not tail:
        return False
    if tail[-1] in _NOT_COUNT_SIGNS:
        return True
    for word in _NOT_COUNT_BY_ENDING.get(tail[-3:], ()):
        if tail.endswith(word):
            cut = len(tail) - len(word)
            if cut == 0 or not (tail[cut - 1].isalnum() or tail[cut - 1] == "_"):
                return True
    return False


_NOT_COUNT_AFTER = re.compile(
    r"^(?:[-‑]\s?[^\W\d_]|\s*(?:%|per\s*cent|percent|million|billion|trillion|thousand"
    r"|years?\b|days?\b|months?\b|weeks?\b|hours?\b|minutes?\b|km\b|kg\b|kilo|tons?\b|:\d"
    r"|st\b|nd\b|rd\b|th\b|more\s+(?:countries|country|states|state|members|nations)\b"
    rf"|(?:{_MONTHS})\b))",
    re.IGNORECASE,
)
# "nine votes are needed", "the nine votes required for adoption": a threshold. Tried only
# where the window holds one of the words (a search at every number costs).
_THRESHOLD_AFTER = re.compile(
    r"(?:\s+[\w-]+){0,3}\s+(?:(?:are|is|were|was|would\s+be)\s+)?(?:needed|required|necessary)\b",
    re.IGNORECASE,
)


def _threshold_after(after: str) -> bool:
    return (
        "needed" in after or "required" in after or "necessary" in after
    ) and _THRESHOLD_AFTER.match(after) is not None


# "Chelsea defeated Arsenal 2-1", "Defeating Argentina 1-0, Brazil ...", "Nadal defeated
# Federer 6-4, 6-3" (each set's score): a score between two named sides, not a body's tally.
# Only a name right before the numbers (capitalised words, none naming a text or a voted item)
# and no word of voting in the sentence; "defeated the amendment 45-55" and "defeated Smith's
# nominee 47-53" stay tallies.
_CONTEST_BEFORE = re.compile(
    r"\b[Dd]efeat(?:ed|s|ing)?\s+((?:[A-Z][\w'’.&-]*\s+){1,4})(?:\d{1,2}[-–]\d{1,2},?\s+)*$"
)
_VOTING_WORD = re.compile(r"\bvot(?:e|es|ed|ing)\b", re.IGNORECASE)


def _contest_score(before: str, sentence: str) -> bool:
    """'Chelsea defeated Arsenal 2-1': the dash numbers after a named side's defeat."""
    found = _CONTEST_BEFORE.search(before) if "efeat" in before else None
    if found is None or _VOTING_WORD.search(sentence):
        return False
    return not any(
        _TEXT_WORDS.search(word)
        or word.lower().removesuffix("'s").removesuffix("’s") in _VOTED_ITEMS
        for word in found.group(1).split()
    )


_TALLY_CONTEXT = _OnFirstUse(
    r"\b(?:vot\w*|pass\w*|approv\w*|adopt\w*|reject\w*|defeat\w*|confirm\w*|clear\w*|carri\w*"
    r"|ratif\w*|endors\w*|extend\w*|renew\w*|margin|tally|split|count)\b(?:\W+\w+){0,4}\W*$",
    re.IGNORECASE,
)
_WAS_ENDINGS = ("was ", "were ", "at ", "ended ", "was", "were")
# "the vote in the 15-member council was 14-1": the noun's clause may be longer
_VOTE_WAS = _OnFirstUse(
    r"\b(?:vote|tally|count)\b[^.;:!?\d]{0,40}(?:\d+-member[^.;:!?\d]{0,30})?"
    r"\b(?:was|were|stood at|ended)\s*$",
    re.IGNORECASE,
)
_NUM = r"\d{1,4}"
_DASH_TALLY = re.compile(
    rf"(?<![\w.,-])({_NUM})\s?(?:[-–—]|\s+to\s+)\s?({_NUM})(?:\s?[-–—]\s?({_NUM}))?(?![\w-]|[.,]\d)"
)
_VOTES_TO = _OnFirstUse(
    rf"(?<![\w.,])({_NUM}|\b{NUMBER_WORDS}\b)\s+votes?\s+to\s+({_NUM}|none|nil|zero|{NUMBER_WORDS})\b",
    re.IGNORECASE,
)
# Words without which _VOTES_TO cannot match.
_VOTES_TO_WORDS = ("vote",)
# Number words joined by "to" are a tally only right after a verb of voting or "by" ("voted
# nine to seven"); elsewhere they are odds or a ratio ("three to one in favour, a poll says").
_WORDS_TO = _OnFirstUse(
    r"\b(?:voted(?:\s+down)?|passed|approved|adopted|rejected|defeated|carried|by|vote of)"
    rf"\s+({NUMBER_WORDS})\s+to\s+({NUMBER_WORDS})\b",
    re.IGNORECASE,
)
# Two plain regexes run several times faster than one alternation over the whole text.
_COMPACT_HINTS = (
    re.compile(r"\d(?:\s?[-–—]\s?|\s+to\s+)\d"),
    # "v" folds to no other letter: a plain first letter lets the scan skip ahead.
    re.compile(r"[vV](?i:otes?\s+to\s+(?:\d|none|nil|zero))"),
    # a cheap literal-led stand-in for _WORDS_TO ("voted nine to seven")
    re.compile(
        r" to (?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen"
        r"|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b"
    ),
)
# The first two hints open on a character class, which re tries at every position of the
# text; the literal they hold (a dash, "to") is found by a fast string search instead, and
# the hint is tried only a few characters before it.
_DASH_ANCHORS = tuple(re.compile(rf"{dash}\s?\d") for dash in "-–—")
_TO_ANCHORS = tuple(re.compile(rf"{to}\s+(?i:\d|none|nil|zero)") for to in ("to", "TO", "To", "tO"))


def _hinted_sentences(text: str, starts: list[int]) -> set[int]:
    """The sentences where a compact hint matches, exactly as `finditer` of each would find."""
    tally_at: set[int] = set()
    votes_at: set[int] = set()
    for anchor in _DASH_ANCHORS:
        for found in anchor.finditer(text):
            tally_at.update((found.start() - 1, found.start() - 2))  # "310-96", "310 - 96"
    for anchor in _TO_ANCHORS:
        for found in anchor.finditer(text):
            before = found.start()
            while before > 0 and text[before - 1].isspace():
                before -= 1
            if before < found.start():
                tally_at.add(before - 1)  # "52 to 47"
                votes_at.update((before - 4, before - 5))  # "vote to", "votes to"
    hits = [
        *_hint_starts(_COMPACT_HINTS[0], text, tally_at),
        *_hint_starts(_COMPACT_HINTS[1], text, votes_at),
        *(found.start() for found in _COMPACT_HINTS[2].finditer(text)),
    ]
    return {bisect_right(starts, hit) - 1 for hit in hits}


def _hint_starts(hint: re.Pattern[str], text: str, candidates: set[int]) -> list[int]:
    """The starts `hint.finditer(text)` reports, trying it only at `candidates`."""
    found: list[int] = []
    resume = 0
    for at in sorted(candidates):
        if at < resume:
            continue
        match = hint.match(text, at)
        if match is not None:
            found.append(at)
            resume = match.end()
    return found


_CALENDAR = re.compile(
    rf"(?:{_MONTHS}|monday|tuesday|wednesday|thursday|friday|saturday|sunday)", re.IGNORECASE
)
_BODY_LABELS = frozenset({"VOTE_BODY", "VOTE_BODY_REF"})
# A body named after the tally is still its subject when it acts right away
# ("By 120 votes to 5, the Assembly adopted ...").
_ACTS = re.compile(
    r"\s+(?:on \w+\s+)?(?:\w+ly\s+)?(?:adopted|approved|passed|voted|rejected|endorsed)\b"
)
_NO_BEFORE = re.compile(r"\b(?:no|without|any|a)\s+$", re.IGNORECASE)
_RIGHT_AFTER = re.compile(r"\s*-?\s*(?:power|powers|right|rights|wielding|holders?|threat)\b", re.I)
_TEXT_WORDS = re.compile(
    r"\b(?:resolution|draft|text|motion|bill|amendment|measure|proposal|decision|document|law)s?\b",
    re.I,
)
_DELEGATION = re.compile(
    r"(?:\s+and\s+[A-Z]\w+)?\s+(?:delegations?|governments?|representatives?|envoys?)\b"
)
# A count or side word followed by a bracketed list, maybe through a glued side word.
_BRACKET_LIST = re.compile(r"\s*([A-Za-z]+)?\s*\(([^()]{2,600})\)")
_LABELLED = re.compile(r"\s*(?:(?:it|them)\s+)?(?::|[-–—]|were|was|numbered|totalled|totaled)\s*")
# A division's lobbies may also give their figure with "at": "the Ayes at 187", "Noes stood at 94".
_CHAMBER_AT = re.compile(r"\s*(?:(?:stood|were|was)\s+)?(?:at\s*)?")
_NOT_BEFORE = re.compile(
    r"\b(?:not|never)\s+(?:been\s+|be\s+)?$|n[’']t\s+(?:been\s+|be\s+)?$", re.I
)
# A country list in a sentence about an earlier vote belongs to no tally of this story.
_EARLIER = re.compile(
    r"\b(?:last year|in (?:19|20)\d\d|previously|in the past|years? ago|last time|a similar)\b",
    re.IGNORECASE,
)
# Words without which _EARLIER cannot match.
_EARLIER_WORDS = ("last", "in 19", "in 20", "previously", "in the past", "ago", "similar")
# A division held to turn a text down: its larger figure voted against the text.
_REJECTING = _OnFirstUse(
    r"\s*(?:votes?\s+)?,?\s*(?:to\s+(?:reject|defeat|vote\s+down|throw\s+out|strike\s+down|kill)"
    r"|against)\s+(?:it\b|them\b|(?:the|a|an|this|that|its|their|[\w-]+[’']s)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:resolution|draft|text|motion|bill|amendment|measure|proposal"
    r"|nomination|deal|plan|decision|document|law)s?\b)",
    re.IGNORECASE,
)
# "262 people's deputies" are the members of Ukraine's parliament.
# "281 of the 450 deputies" counts deputies too.
_UNIT_AFTER = re.compile(
    r"\s+(?:of\s+(?:the\s+|its\s+)?\d+\s+)?(?:people[’']s\s+)?(members of parliament|[\w-]+)"
)
# A finished passive before "backed by": "was supported by", "it was backed by" (a pronoun
# subject stands for the text the story is about).
_PASSIVE_BEFORE = re.compile(
    r"(?:\b(it|which|this|that)\s+)?\b(?:was|were)\s+(?:\w+ly\s+)?$", re.IGNORECASE
)
# A tally the story recalls rather than reports ("a similar text failed last year by 18 to 20").
# "The council last acted on it in January, when it renewed ...", "contrasts with June, when
# the Council extended ...": a month named before "when" dates an earlier vote.
_RECALLED = re.compile(
    r"\b(?:last year|last time|a similar|years? ago|in (?:19|20)\d\d"
    r"|last\s+(?:acted|voted|met|took\s+up|ruled)"
    r"|(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december)(?:\s+(?:19|20)\d\d)?,?\s+when)\b",
    re.IGNORECASE,
)
# Words without which _RECALLED cannot match.
_RECALLED_WORDS = ("last", "similar", "ago", "when", "in 19", "in 20")


def _may_say(text: str, start: int, end: int, words: tuple[str, ...]) -> bool:
    """Whether the sentence may hold one of `words`, without which an IGNORECASE pattern cannot
    match: a cheap look in the lower-cased sentence spares most sentences the pattern, which is
    tried at every position."""
    sentence = text[start:end]
    lowered = sentence.lower()
    return any(word in lowered for word in words) or has_folded_letter(sentence)


# A recalled vote placed back in its own time: "which was adopted then with ...", "at the
# time", "on that occasion".
_BACK_THEN = re.compile(
    r"\b(?:(?:was|were)\s+(?:\w+ed|passed)\s+then|then\s+(?:adopted|passed|approved)"
    r"|at\s+the\s+time|that\s+year|on\s+that\s+occasion)\b",
    re.IGNORECASE,
)
_APPOSED = re.compile(
    r"\s*,\s*((?:all|both|two|three|four|five|several|some|many|most|\d+)\s+of|one of|among)"
    r"\s+(?:the|those)\s+(?:[\w-]+\s+){0,2}",
    re.IGNORECASE,
)
_PARTIAL_BEFORE = re.compile(
    r"\b(?:including|such as|among them|notably|like)\s+(?:the\s+)?$", re.IGNORECASE
)
# Words that lengthen a body's name: "AU Peace and Security Council", "Senate Foreign
# Relations Committee", "Ukraine's parliament", "the Iranian parliament".
_BODY_LEFT = re.compile(r"(?:(?<=[ ])|^)((?:(?:[A-Z][\w.-]*|and|of|for)[ ]+)+)$")
_BODY_RIGHT = re.compile(
    r"(?:[ ]+(?:[A-Z][\w’'-]*|and|on|of|for))*?"
    r"[ ]+(?:Committee|Subcommittee|Commission|Council|Board|Panel|Caucus)\b"
)
_BODY_OWNER = re.compile(r"\b([A-Z][\w.-]*(?:[’']s)?)[ ]+$")
_SENTENCE_ENDS = frozenset('.!?:;"”’)')
# Small patterns of the rules below, compiled once at import rather than looked up in re's
# cache at every call.
_AND_END = re.compile(r"\band\s+$")
_OTHER = re.compile(r"\s+other\b")
_LOOSE_GAP = re.compile(r"(?:\s*(?:,|and|the|[.]|[A-Z][\w’'-]*)\s*)+")
_POSSESSIVE = re.compile(r"[’']s\b")
_INITIAL = re.compile(r"\b[A-Z]\.")
_POSSESSIVE_END = re.compile(r"[’']s$")
_VOTERS_NOUN = re.compile(r"\s+(?:votes|countries|states|members)\b")
_CAPITAL_NEXT = re.compile(r"\s+([A-Z][\w’'-]*)")
_DIGIT_END = re.compile(r"\d\s+$")
_RANGE_GAP = re.compile(r"\s*[-–—]\s*|\s+to\s+|-to-")
_BY_END = re.compile(r"\bby\s+$")
_VOTES_NEXT = re.compile(r"\s+(?:votes?|majority)\b")
_PLURAL_VOTES_NEXT = re.compile(r"\s+votes\b")
_ITEM = re.compile(r"[^,]+")
_ITEM_TRIM = re.compile(r"^\s*(?:and\s+)?(?:the\s+)?|\s+$")
_BY_GAP = re.compile(r"\s*by\s+(?:the\s+)?")
_AMONG_WORDS = re.compile(r"\b(?:among|those|only)\b")
_PARTICIPLE = re.compile(r"\w+ing\b")
_VETO_USED = re.compile(r"\b(?:cast|used|exercised|wielded)\b")
_AMONG = re.compile(r"\bamong\b")
_DIGIT_OR_VOTE = re.compile(r"\d|\bvot", re.IGNORECASE)
_PERFECT_RELATIVE = re.compile(r"\b(?:which|who|that)\s+(?:have|has|had)\b", re.IGNORECASE)
# Words that open a clause of its own between a tally and a later outcome word.
_SUBORDINATE = re.compile(
    r"\b(?:after|before|when|since|because|while|whereas|although|though|until|as)\b|;",
    re.IGNORECASE,
)
# "voted 19 to 4 to call a strike": an infinitive of the action voted on.
_TO_ACT = _OnFirstUse(r",?\s+to\s+(?!(?:the|a|an|its|their|his|her|this|that|be|\d)\b)[a-z]+\b")
# An outcome verb and its object (no comma, no number) right before a bare tally.
_TALLY_OBJECT = _OnFirstUse(
    r"\b(?:fail(?:s|ed)\s+to\s+(?:pass|approve|adopt|clear|advance|override|confirm)"
    r"|advanc(?:ed|es)|pass(?:ed|es)|approv(?:ed|es)|adopt(?:ed|s)|reject(?:ed|s)|defeat(?:ed|s)"
    r"|confirm(?:ed|s)|clear(?:ed|s)|ratif(?:ied|ies)|endors(?:ed|es)|renew(?:ed|s)"
    r"|extend(?:ed|s)|back(?:ed|s)|support(?:ed|s)|overr(?:ode|ides)|uph(?:eld|olds))\s+"
    r"(?P<object>(?:[^\W\d][\w’'-]*\s+){0,7}?(?P<last>[^\W\d][\w’'-]*))(?P<comma>,?)\s+$",
    re.IGNORECASE,
)
_VOTED_ITEMS = _words(
    "nomination nominee package treaty deal budget agreement legislation reform reforms "
    "nominations appointment"
)
_NOT_TALLY_WORD = _words(
    "from between of for aged ages age to than and or the a an its their his her by about "
    "around some nearly over under up at in on per each every"
)
# "The motion failed, 45-52", "fell short on Tuesday, 57-41": the failed vote's tally right
# after; not "failed to qualify after losing 2-3".
_FAILED_BEFORE = _OnFirstUse(
    r"\b(?:failed|fails|fell\s+short|falls?\s+short)(?:\s+(?:on|last)\s+\w+)?\s*,?\s*$",
    re.IGNORECASE,
)
_RANGE_WORDS = _OnFirstUse(r"\b(?:to|between|from|aged|ages|than)\b", re.IGNORECASE)
# What may follow a bare tally that ends its clause: a stop, a time or place, a side count.
_TALLY_END = _OnFirstUse(
    r"[ \t]*(?:[,.;:)\n]|$)|\s+(?:in|on|at|with|after|last|this|earlier|late|votes?|margin)\b",
    re.IGNORECASE,
)
_JOINED_GAP = re.compile(r"\s+(?:joined|joins|joining)\s+(?:the\s+)?")
_IN_DOING = re.compile(r"\s+in\s+[a-z]+ing\b")
_AND_WORD = re.compile(r"\b(?:and|or)\b")
# A veto named after the state that cast it: the noun, maybe one word of kind before it.
_VETO_NOUNS = frozenset({"veto", "vetoes", "vetos"})
# A word of kind before "veto": "a double veto", "Russia's 17th veto".
_VETO_KIND = (
    r"(?:double|joint|latest|new|fresh|rare|first|second|third|fourth|fifth|\d+(?:st|nd|rd|th))"
)
_CASTER_BEFORE = re.compile(rf"(?<=[\w.])(?:[’']s)?\s+(?:{_VETO_KIND}\s+)?$", re.IGNORECASE)
_CASTER_JOIN = re.compile(r"(?:[-‑/]|\s+and\s+|,\s+)$")
_CASTER_DETERMINER = re.compile(
    rf"\b(?:a|an|the|another|this|that)\s+(?:{_VETO_KIND}\s+)?$", re.IGNORECASE
)
_VETO_EXPECTED = re.compile(
    r"\s+(?:is|was|would|could|will|looked|looks|seemed|seems|appeared|appears|remained|remains)"
    r"\s+(?:\w+\s+)?(?:likely|expected|possible|certain|inevitable|unlikely|probable)\b",
    re.IGNORECASE,
)
_NO_VOTES = re.compile(r"\s+votes?\b")
_VETOED_TEXT = re.compile(
    r"\s+(?:(?:the|a|an)\s+)?(?:[\w.-]+\s+){0,3}?(?:resolution|draft|text|bill|motion|proposal"
    r"|measure|amendment)s?\b",
    re.IGNORECASE,
)
_MEMBERS_AFTER = re.compile(r"\s+(?:(?:council|board|security\s+council)\s+)?members\b", re.I)
_SOME_BEFORE = re.compile(r"(?<![\w-])[Ss]ome\s+$")
# The side put before the verb and the voters after it, as agencies translating from Russian or
# Chinese write: "For the document voted 112 states", "Against voted 52", "In favour of the
# law voted 402 deputies", "Against the resolution voted the US, Ukraine and Japan". The side
# opens its sentence or clause; the words before "voted" name the text (no comma, no number).
_INVERTED = _OnFirstUse(
    r"(?:^|[,;:]\s*)(?P<side>for|against|in\s+favou?r(?:\s+of)?)\s+"
    r"(?:[^\W\d][\w’'-]*\s+){0,6}?(?:(?:have|has|had)\s+)?voted\s+(?:the\s+)?"
    r"(?:(?:delegations?|representatives?)\s+of\s+(?:the\s+)?)?$",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"\s*(?:[,.;]|$)")
_INVERTED_NEXT = _OnFirstUse(
    rf"(?:\s+[^\W\d][\w’'-]*){{0,6}}?\s+(?:(?:have|has|had)\s+)?voted\s+(?:\d|{_NUMBER_WORD}\b)",
    re.IGNORECASE,
)
_INVERTED_SIDES = {"for": "in_favour", "against": "against"}
# "against - none", "abstentions: none": a zero labelled by the side before it.
_LABELLED_ZERO = re.compile(r"\s*(?:(?:it|them)\s+)?(?::|[-–—])\s*")
# A side word that labels the count after it ("in favour: 141, against: 5") is no side of the
# count before it.
_LABELS_NEXT = re.compile(
    rf"(?:\s+(?:it|them))?\s*(?::|[-–—])\s*(?:\d|(?:none|nil|zero|{_NUMBER_WORD})\b)", re.I
)

# A count restated as a share of the chamber is no poll: "with 452 votes in favour, equivalent
# to 94.36%", "accounting for 91.2 percent of deputies" (only right before a percent sign or word).
_RESTATED_SHARE = re.compile(
    r"\b(?:votes?|voting\s+\w+(?:\s+(?:it|them))?|deputies\s+present|present|in\s+favou?r)\s*[,(]\s*"
    r"(?:equivalent\s+to|equal\s+to|equalling|accounting\s+for|representing|or|i\.e\.)"
    r"\s+(?:about\s+|some\s+|nearly\s+|almost\s+)?\d[\d.,]*\s*$",
    re.IGNORECASE,
)
_AGAINST_WHOM = re.compile(
    r"\s+(?:the|their|its|his|her)\s+(?:own\s+)?(?:government|whip|whips|party|party\s+line"
    r"|leadership|coalition)\b(?![’'-])",
    re.IGNORECASE,
)
_INVERTED_VERBS = frozenset({"abstained", "opposed"})
# A division list names the chamber's side before its count: "Ayes 201, Noes 339".
_CHAMBER_LABELS = frozenset({"ayes", "noes", "yeas", "nays"})
_CHAMBER_NEXT = re.compile(r"[ ]?\d")


def _inverted_side(text: str, sent_start: int, position: int) -> str | None:
    """The side of an inverted sentence whose voters start at `position` ("For the document
    voted 112 states"), else None."""
    if text.find("voted", max(sent_start, position - 40), position) < 0:
        return None  # most counts and lists: no "voted" right before them
    found = _INVERTED().search(text[sent_start:position].lstrip())
    if found is None:
        return None
    return _INVERTED_SIDES.get(found.group("side").lower(), "in_favour")


def _ends_sentence(passage: str) -> bool:
    """Whether a passage ends as a sentence does; a headline does not."""
    return passage.rstrip()[-1:] in _SENTENCE_ENDS


@dataclass(frozen=True)
class VoteRules:
    """The word lists of votes.jsonl that the search reads as plain sets (the side words, bodies
    and outcomes themselves come marked on the Doc by the cue ruler)."""

    units: frozenset[str]
    voters: frozenset[str]
    body_words: frozenset[str]
    weak: frozenset[str]
    glued: dict[str, str]
    glued_side: re.Pattern[str]
    body_sizes: dict[str, int]
    parliaments: frozenset[str]
    adoptable: frozenset[str]
    count_only: frozenset[str]
    said: re.Pattern[str]
    veto_feared: re.Pattern[str]
    folders: tuple[Path, ...]


@lru_cache(maxsize=8)
def load_rules(folders: tuple[Path, ...]) -> VoteRules:
    """The rules of `votes.jsonl` and `votes_context.jsonl` in every folder (shipped first, then
    the user's), built once."""
    # votes_context.jsonl holds the lists read only as sets, so the cue ruler skips them.
    patterns = load_patterns("votes", folders) + load_patterns("votes_context", folders)
    lex = lexicon(patterns)
    # A side word the tokenizer left glued to a bracket ("9 abstentions(Albania"): the cue
    # ruler cannot see it, so the single-word side words are also matched on the text.
    glued = {
        word: side
        for label, side in _POSTFIX.items()
        for word in lex.get(label, set())
        if " " not in word
    }
    alternatives = "|".join(sorted(map(re.escape, glued), key=len, reverse=True)) or "(?!)"
    return VoteRules(
        units=frozenset(lex.get("VOTE_UNIT", set())),
        voters=frozenset(lex.get("VOTE_VOTER", set())),
        body_words=frozenset(
            word
            for phrase in lex.get("VOTE_BODY", set())
            for word in re.findall(r"[\w’']+", phrase)
        ),
        weak=frozenset(lex.get("VOTE_WEAK", set())),
        glued=glued,
        glued_side=re.compile(rf"^\s+({alternatives})(?=[(\[])", re.I),
        body_sizes={
            entry["pattern"]: int(entry["id"])
            for entry in patterns
            if entry["label"] == "VOTE_BODY_SIZE" and "id" in entry
        },
        parliaments=frozenset(lex.get("VOTE_PARLIAMENT", set())),
        adoptable=frozenset(lex.get("VOTE_ADOPTABLE", set())),
        count_only=frozenset(lex.get("VOTE_COUNT_ONLY", set())),
        # "..., the Ukrainian delegation said": a source named after a list, not a voter
        said=re.compile(
            r"\s+(?:(?:also|later|earlier|then)\s+)?(?:"
            + (
                "|".join(
                    sorted(
                        map(re.escape, lex.get("VOTE_SPEECH_VERB", set())), key=len, reverse=True
                    )
                )
                or "(?!)"
            )
            + r")\b",
            re.IGNORECASE,
        ),
        # "the threat of a US veto": a veto feared is no veto cast
        veto_feared=re.compile(
            rf"\b(?:{_alternation(lex.get('VOTE_VETO_FEARED', set()))})\b", re.IGNORECASE
        ),
        folders=folders,
    )


def _alternation(words: set[str]) -> str:
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True)) or "(?!)"


@lru_cache(maxsize=1)
def shipped_rules() -> VoteRules:
    """The rules of the shipped pattern folder alone (finding the folder costs a file scan)."""
    return load_rules((default_pattern_dir(),))


class Mention(NamedTuple):
    """A country named in the text: where, which code, how it was written."""

    start: int
    end: int
    code: str
    label: str
    text: str


class _Cue(NamedTuple):
    start: int
    end: int
    label: str
    id: str
    text: str


@dataclass
class _Anchor:
    start: int
    end: int
    side: str | None
    kind: str  # "number", "zero" ("nobody"), "void" (a number that is no count) or "marker"
    label: str = ""
    value: int | None = None
    weak: bool = False
    approx: bool = False  # "some 266": a count only for the verb of voting right after it
    action: str = ""  # "262 voted to override": the verb voted for


@dataclass
class _Tally:
    sent: int
    counts: dict[str, int] = field(default_factory=dict)
    countries: dict[str, list[str]] = field(default_factory=dict)
    partial: bool = False
    rule: str = "side_counts"
    veto: bool = False
    first: int = 0


@dataclass
class _Group:
    """One vote being assembled from the tallies and lists of several sentences."""

    counts: dict[str, int]
    countries: dict[str, list[str]]
    partial: bool
    rule: str
    sents: list[int]
    primary: int
    primary_size: int
    veto: bool = False
    position: int = 0


def sentence_bounds(doc: Doc, text: str) -> list[tuple[int, int]]:
    """(start, end) of every sentence that is not blank, read once per Doc off the token arrays
    (building `doc.sents` spans costs more than the whole vote search)."""
    return doc_view(doc).sents


def _sentence_bounds(text: str, sent_starts: list[int]) -> list[tuple[int, int]]:
    starts = sent_starts if sent_starts and sent_starts[0] == 0 else [0, *sent_starts]
    ends = [*starts[1:], len(text)]
    # A sentence that opens on a word is not blank: only the rare one opening on white space
    # is copied out to be checked in full.
    return [
        (s, e)
        for s, e in zip(starts, ends, strict=True)
        if s < e and not (text[s].isspace() and text[s:e].isspace())
    ]


def country_mentions(
    view: DocView,
    demonyms: bool = True,
    low: int = 0,
    high: int | None = None,
) -> list[Mention]:
    """Countries (and, if asked, demonyms) that stand for a state where they are written, of
    the entities that start from `low` up to `high` (characters; by default all of them).

    A name that is the first word of a longer name ("U.S. Ambassador", "Moscow Standard Time")
    or a possessive ("Russia's delegate") names no voter; the caller sees possessives through
    the `text` that follows the mention.
    """
    found: list[Mention] = []
    text = view.text
    entities = view.entities
    if low or high is not None:
        # the entities are in order of their starts
        first = bisect_left(view.entity_starts, low)
        last = len(entities) if high is None else bisect_left(view.entity_starts, high, first)
        entities = entities[first:last]
    for start, end, label, code in entities:
        if label not in COUNTRY_LABELS:
            continue
        if label == "DEMONYM" and not demonyms:
            # "the Russian delegation voted against": the people stand for the state.
            agent = _DELEGATION.match(text, end)
            if agent is None:
                continue
            found.append(Mention(start, agent.end(), code, label, text[start:end]))
            continue
        if label != "DEMONYM" and part_of_longer_name(view, start, end):
            continue
        found.append(Mention(start, end, code, label, text[start:end]))
    found.sort(key=lambda m: m.start)
    return found


# A capitalised word right after a name continues it ("U.S. Ambassador"), "and"/"or" do not.
NAME_GOES_ON = re.compile(r" (?!And\b|Or\b)[A-Z][a-z]")
_ASCII_LOWER = "abcdefghijklmnopqrstuvwxyz"
# The rule `_word_before` reads backwards (it is kept here as the statement of the rule).
_BEFORE_NAME = re.compile(r"(?:^|[^\w.’'-])([A-Z][a-z]+) $")


# Capitalised words that may stand right before a country without being part of its name.
_OPENERS = _words(
    "The A An In On At And But While Only Both When After Before Since As By For From Of With "
    "Without Even Also Neither Nor Then Now Meanwhile Earlier Later Last Today Yesterday However "
    "Thus So If Although Though Including Under Over Among Between Like Unlike Against Despite "
    "Besides Alongside Whereas Once Still Yet Why How What Where Who Whom Whose Which That This "
    "Those These Furthermore Moreover Additionally Instead Unless Until Because Nevertheless "
    "Currently Previously Ultimately Finally Initially Eventually Together Beyond Except "
    "Apart"
)


def part_of_longer_name(view: DocView, start: int, end: int) -> bool:
    """'U.S. Ambassador', 'New Mexico': a name that opens or ends a longer name, worked out
    once per mention for both searches."""
    known = view.longer.get(start)
    if known is None:
        known = bool(NAME_GOES_ON.match(view.text, end)) or in_longer_name(view.text, start)
        view.longer[start] = known
    return known


def _word_before(text: str, start: int) -> str | None:
    """What `_BEFORE_NAME` finds in the 30 characters before `start` (a capitalised word, then
    the space before the name), read backwards from `start`: the search would try the pattern
    at each of those 30 positions, and only one can match."""
    low = max(0, start - 30)
    end = start - 1  # the space; "$" also matches before a final newline
    if end >= low and text[end] == "\n":
        end -= 1
    if end < low or text[end] != " ":
        return None
    # the lower-case letters before the space, stripped in one call rather than a loop
    first = low + len(text[low:end].rstrip(_ASCII_LOWER))
    first -= 1  # the capital
    if first == end - 1 or first < low or not "A" <= text[first] <= "Z":
        return None
    if first > 0:
        if first == low:
            return None  # "^" matches only where the text starts
        before = text[first - 1]
        if before.isalnum() or before in "_.’'-":
            return None
    return text[first:end]


def in_longer_name(text: str, start: int) -> bool:
    """'New Mexico', 'West Virginia': a country name that is the end of a longer name."""
    word = _word_before(text, start)
    if word is None:
        return False
    # "Notably Russia ...", "On Tuesday Russia ...": an adverb or a date, not part of a name.
    return not (word in _OPENERS or word.endswith("ly") or _CALENDAR.fullmatch(word))


# Matched at a gap's start and up to its end (`match(text, start, end)`): the gaps between
# the countries of a whole article are not copied out of it.
_CHAIN_GAP = re.compile(
    r"\s*(?:itself\s*)?(?:,|;|/|&|and|or|,\s*and|,\s*or|as well as)?\s*(?:the\s+)?$", re.I
)


def chains(mentions: list[Mention], text: str, loose: bool = False) -> list[list[Mention]]:
    """Runs of countries listed together ("Belarus, Cuba and the US"); with `loose`, unknown
    capitalised items inside the run ("Republic Syrian Arab") do not break it."""
    runs: list[list[Mention]] = []
    for mention in mentions:
        if runs:
            after = runs[-1][-1].end
            # a name that runs past the next one ("the Russian and Chinese delegations")
            # leaves an empty gap
            until = max(after, mention.start)
            joined = _CHAIN_GAP.match(text, after, until) or (
                loose
                and until - after < 60
                and text.find(",", after, until) >= 0
                and _LOOSE_GAP.fullmatch(text, after, until) is not None
            )
            if joined and not _POSSESSIVE.match(text, after, after + 2):
                runs[-1].append(mention)
                continue
        runs.append([mention])
    return runs


class DocView(NamedTuple):
    """What the vote and sponsor searches read off a Doc, gathered once per Doc: the text, the
    sentences that are not blank, and the entities and the cues of the two families as
    (start, end, label, id) in characters (a `Span` costs a Python object each)."""

    text: str
    sents: list[tuple[int, int]]
    entities: list[Mark]
    entity_starts: list[int]
    cues: list[Mark]
    longer: dict[int, bool]


_VIEW_KEY = "extract_cli.votes.view"


def doc_view(doc: Doc) -> DocView:
    cached = doc.user_data.get(_VIEW_KEY)
    if isinstance(cached, DocView):
        return cached
    text = article_text(doc)
    sents = _sentence_bounds(text, sentence_starts(doc)) if len(doc) else []
    cues = [cue for cue in marks(doc, "cues") if cue[2].startswith(("VOTE_", "SPONSOR_"))]
    entities = marks(doc, "entities")
    view = DocView(text, sents, entities, [e[0] for e in entities], cues, {})
    doc.user_data[_VIEW_KEY] = view
    return view


def _my_cues(view: DocView) -> list[_Cue]:
    text = view.text
    # The marks are sorted and filtered as plain tuples; only the kept ones become cues.
    cues = [cue for cue in view.cues if cue[2] in _LABELS]
    # Longest side word wins where they overlap ("voted against" over "against"); a body's
    # name wins over a head noun it holds ("House of Commons" over "the House").
    names = [(start, end) for start, end, label, _ in cues if label == "VOTE_BODY"]
    if names:
        cues = [
            cue
            for cue in cues
            if cue[2] != "VOTE_BODY_REF" or not any(s < cue[1] and cue[0] < e for s, e in names)
        ]
    cues.sort(key=lambda cue: (cue[0], -cue[1]))  # by start, the longest first
    kept: list[_Cue] = []
    side_end = other_end = -1
    for start, end, label, code in cues:
        if label in _SIDE_LABELS:
            if start < side_end:
                continue
            side_end = end
        else:
            if start < other_end:
                continue
            other_end = end
        kept.append(_Cue(start, end, label, code, text[start:end].lower()))
    return kept


def _clean_gap(gap: str) -> str:
    previous = None
    while previous != gap:
        previous = gap
        gap = _INSERTS.sub(" ", gap)
    return gap


def _gap_words_ok(gap: str, strict: bool, rules: VoteRules) -> bool:
    if _NEGATION.search(gap):
        return False
    # "Eleven of the body's 15 members voted": the body's size is no word of the gap.
    cleaned = _SIZE_OF_BODY.sub(" of ", _clean_gap(gap))
    # "438 out of 449 deputies present voted": the partitive's whole is no word of the gap
    cleaned = _OUT_OF_WHOLE.sub(" of ", cleaned)
    if _CLAUSE_BREAK.search(cleaned) or "." in _INITIAL.sub("", cleaned):
        return False
    words = _WORD.findall(cleaned)
    if strict:
        return len(words) <= 2 and all(w.lower() in rules.units for w in words)
    content = 0
    for word in words:
        low = _POSSESSIVE_END.sub("", word.lower())
        if not (
            low in rules.units
            or word.lower() in ("people's", "people’s")  # "262 people's deputies voted"
            or low in _LINK
            or low in rules.body_words
            or word[0].isupper()
            or word[0].isdigit()
        ):
            return False
        if low not in _STOP:
            content += 1
    return content <= 7


def _is_count(text: str, start: int, end: int, value: int, sent_start: int) -> bool:
    before = text[max(sent_start, start - 30) : start]
    after = text[end : end + 30]
    if _not_count_before(before) or _NOT_COUNT_AFTER.match(after) or _threshold_after(after):
        return False
    if "of" in before and _OWNER_PARTITIVE.search(before):
        return False  # "Thirteen of the council's 15 members": the body's size
    if before.endswith(" of ") and _WHOLE_BEFORE.search(before):
        return False  # "390 of 421 legislators present": the whole of a partitive
    if _OTHER.match(after) and _AND_END.search(before):
        return False  # "Russia and 16 other countries": a count relative to names given
    if value > 5000:
        return False
    is_year = 1800 <= value <= 2100 and text[start:end].isdigit()
    return not is_year or _VOTERS_NOUN.match(after) is not None


# A partitive through the body's name: "of the council's 15", "out of the Assembly’s 193".
# "with 187 members supporting it and 52 opposing": the "with" that opens the series.
_WITH_SERIES = re.compile(r"\bwith\b[^.;:]*$", re.IGNORECASE)
_OWNER_PARTITIVE = re.compile(
    r"\bof\s+(?:the\s+|its\s+|their\s+)?(?:[\w.-]+\s+){0,3}?[\w.-]+[’']s?\s+$"
)


_SIZE_OF_BODY = re.compile(
    rf"\bof\s+(?:the\s+|its\s+|their\s+)?[\w.-]+[’']s\s+(?:\d+|{_NUMBER_WORD}(?:-\w+)?)\b",
    re.IGNORECASE,
)

_WHOLE_BEFORE = re.compile(rf"(?:\d|\b{_NUMBER_WORD})\s+of\s+$", re.IGNORECASE)
_OUT_OF_WHOLE = re.compile(r"^\s*out\s+of\s+(?=\d)")

_TO_VOTES = frozenset({"voted to", "voting to"})
_FIRST_WORD = re.compile(r"\s*([a-z]+)", re.IGNORECASE)


def _first_word(text: str, position: int) -> str:
    found = _FIRST_WORD.match(text, position, position + 30)
    return found.group(1).lower() if found else ""


def _opposed_actions(anchors: list[_Anchor]) -> None:
    """'52 senators voted to convict and 48 voted to acquit': a second count voting for
    another action than the first voted against it."""
    first = next((a.action for a in anchors if a.action), "")
    for anchor in anchors:
        if anchor.action and anchor.action != first and anchor.side == "in_favour":
            anchor.side = "against"


def _count(written: str) -> int | None:
    return 0 if written.lower() in ("none", "nil", "zero") else parse_number(written)


def _subgroup(text: str, end: int, starts: set[int], rules: VoteRules) -> bool:
    """'Eight Labour MPs', '30 Tories', 'No Republicans': a party's share of a division."""
    match = _CAPITAL_NEXT.match(text, end, end + 40)
    if not match:
        return False
    word = match.group(1).lower()
    if (
        _CALENDAR.fullmatch(word)
        or word in rules.units
        or word in rules.body_words
        or match.start(1) in starts
    ):
        return False
    return word not in {"other", "others", "more"}


class _Sentence:
    """Counts, side words and country lists of one sentence."""

    def __init__(
        self,
        text: str,
        bounds: tuple[int, int],
        index: int,
        cues: list[_Cue],
        mentions: list[Mention],
        entity_starts: set[int],
        rules: VoteRules,
        compact: bool,
        states_ending: dict[int, tuple[int, str]] | None = None,
    ) -> None:
        self.text = text
        self.start, self.end = bounds
        self.index = index
        self.cues = cues
        self.mentions = mentions
        self.entity_starts = entity_starts
        self.rules = rules
        self.compact = compact  # the sentence may hold a compact tally ("passed 310-96")
        # where each state or demonym ends -> (start, code), for "a US veto"; None: no veto
        self.states_ending = states_ending
        # the sentence has "voted" at all, for the inverted order; set when it is analysed
        self.invertible = False

    def analyse(self) -> tuple[list[_Tally], dict[str, list[str]], bool, bool]:
        """(tallies, side lists when no tally, a veto was cast, the lists are partial)."""
        text = self.text
        markers = [
            c
            for c in self.cues
            if c.label in _SIDE_LABELS
            and c.label != "VOTE_ZERO"
            and (c.label != "VOTE_VETO" or not self._idle_veto(c))
        ]
        # "95 yes, 3 no, 60 abstentions", "19 yes votes, 3 no votes": a "no" right after a
        # count is the side, not a zero.
        for cue in self.cues:
            if cue.text == "no" and _DIGIT_END.search(
                text[max(self.start, cue.start - 6) : cue.start]
            ):
                votes = _NO_VOTES.match(text, cue.end, cue.end + 8)
                end = votes.end() if votes else cue.end
                if _NEAR_END.match(text[end : end + 8]):
                    markers.append(cue._replace(label="VOTE_AGAINST_NEAR", end=end))
        markers.sort()
        numbers, blocked = self._numbers()
        if not self.mentions and not numbers:
            # "sanctions against Iran": nothing to count or list; "the Russian veto" names a
            # state by its people only
            casters = self._veto_casters(markers) if self.states_ending else []
            return [], ({"against": casters} if casters else {}), bool(casters), False
        self.invertible = text.find("voted", self.start, self.end) >= 0
        if self.compact:
            fixed = [a for group in self._compact_tallies(numbers) for a in group]
            fixed_ids = {id(a) for a in fixed}
            free = [n for n in numbers if id(n) not in fixed_ids]
            everything = sorted(free + fixed, key=lambda a: a.start)
        else:
            # no compact tally: every number is free, in order already (`_numbers` sorts)
            fixed, free, everything = [], numbers, numbers
        for anchor in free:
            self._bind(anchor, everything, markers)
        _opposed_actions(free)
        if blocked:
            # A party's share of a division ("with 11 Republicans joining Democrats") says
            # nothing of the sides; only a compact tally of the whole chamber stands.
            return self._tallies(fixed), {}, False, False
        tallies = self._tallies(everything)
        # Country lists hang on counts and side words alike.
        anchors = [a for a in everything if a.kind != "void"]
        for marker in markers:
            label = marker.label
            side = _MARKER_SIDES.get(label)
            anchors.append(_Anchor(marker.start, marker.end, side, "marker", label))
        anchors.sort(key=lambda a: a.start)
        lists, partial, veto = self._lists(anchors, text)
        casters = self._veto_casters(markers) if self.states_ending else []
        if casters:
            bucket = lists.setdefault("against", [])
            bucket.extend(code for code in casters if code not in bucket)
            veto = True
        if not tallies:
            return [], lists, veto, partial
        for side, codes in lists.items():
            target = self._tally_for(tallies, side)
            target.countries.setdefault(side, [])
            for code in codes:
                if code not in target.countries[side]:
                    target.countries[side].append(code)
        for tally in tallies:
            tally.partial = partial
            tally.veto = veto
        return tallies, {}, veto, partial

    def _idle_veto(self, cue: _Cue) -> bool:
        """'no veto', 'veto power', 'veto-wielding': the veto word (a VOTE_VETO cue; its callers
        ask of no other) names the right, not its use."""
        before = self.text[max(self.start, cue.start - 12) : cue.start]
        after = self.text[cue.end : cue.end + 12]
        return bool(_NO_BEFORE.search(before) or _RIGHT_AFTER.match(after))

    def _veto_casters(self, markers: list[_Cue]) -> list[str]:
        """'blocked by a US veto', 'the Russian veto', "Moscow's latest veto", 'a joint
        Russian-Chinese veto': the states a veto is named after cast it; not a veto feared or
        threatened ('the threat of a US veto', 'to avoid a Russian veto')."""
        assert self.states_ending is not None
        text = self.text
        found: list[str] = []
        for marker in markers:
            if marker.label != "VOTE_VETO" or marker.text not in _VETO_NOUNS:
                continue
            before = _CASTER_BEFORE.search(text, max(self.start, marker.start - 30), marker.start)
            if before is None:
                continue
            possessive = before.group().startswith(("'s", "’s"))
            codes: list[str] = []
            position = before.start()
            while position in self.states_ending:
                start, code = self.states_ending[position]
                codes.insert(0, code)
                joiner = _CASTER_JOIN.search(text, max(self.start, start - 6), start)
                if joiner is None:
                    break
                position = joiner.start()
            else:
                start = position
            if not codes:
                continue
            if not possessive and not _CASTER_DETERMINER.search(
                text, max(self.start, start - 25), start
            ):
                continue  # "China, Russia veto U.N. draft": a verb
            clause = max(text.rfind(",", self.start, start), text.rfind(";", self.start, start))
            if self.rules.veto_feared.search(text, max(self.start, clause + 1), start) or (
                _VETO_EXPECTED.match(text, marker.end, min(self.end, marker.end + 40))
            ):
                continue
            found.extend(code for code in codes if code not in found)
        return found

    def _numbers(self) -> tuple[list[_Anchor], bool]:
        text = self.text
        body = text[self.start : self.end]
        found: list[_Anchor] = []
        blocked = any(
            c.label == "VOTE_NOT"
            and not _RESTATED_SHARE.search(text, max(0, c.start - 50), c.start)
            for c in self.cues
        )
        for start, end, value in find_numbers(body):
            start += self.start
            end += self.start
            joined = (
                found and found[-1].kind == "void" and text[found[-1].end : start] in ("-", "–")
            )
            if joined or not _is_count(text, start, end, value, self.start):
                if not joined and self._some(start, end, value):
                    # "Some 266 MPs voted for it": a round figure, but the count reported
                    found.append(_Anchor(start, end, None, "number", value=value, approx=True))
                    continue
                found.append(_Anchor(start, end, None, "void"))
                continue
            if _subgroup(text, end, self.entity_starts, self.rules):
                blocked = True
            found.append(_Anchor(start, end, None, "number", value=value))
        for cue in self.cues:
            if (
                cue.label == "VOTE_ZERO"
                and not any(a.start <= cue.start < a.end for a in found)
                and not _DIGIT_END.search(text[max(self.start, cue.start - 6) : cue.start])
            ):
                if _subgroup(text, cue.end, self.entity_starts, self.rules):
                    blocked = True
                # the "one" of "no one voted against" is the zero's own word
                found = [a for a in found if not (cue.start < a.start and a.end <= cue.end)]
                found.append(_Anchor(cue.start, cue.end, None, "zero", value=0))
        found.sort(key=lambda a: a.start)
        # "five to two in favour" is a ratio and "won 3-1" a score, not counts; a dash or "to"
        # between two numbers makes a tally only in the compact shapes ("passed 310-96").
        for i, anchor in enumerate(found[:-1]):
            nxt = found[i + 1]
            if anchor.kind in ("number", "void") and nxt.kind in ("number", "void"):
                between = text[anchor.end : nxt.start]
                if _RANGE_GAP.fullmatch(between):
                    anchor.kind = nxt.kind = "void"
        return found, blocked

    def _after_object(self, start: int, end: int) -> bool:
        """'The House approved its version of the bill 224-203 in June', 'adopted its first
        text on the issue 26-2 with seven abstentions': a bare tally after the object of an
        outcome verb, ending its clause; not a range after a preposition ("raised the age
        from 60-65")."""
        text = self.text
        begin = max(self.start, self.start + start - 90)
        found = _TALLY_OBJECT().search(text, begin, self.start + start)
        return (
            found is not None
            and found.group("last").lower() not in _NOT_TALLY_WORD
            # "approved a plan to widen the road between junctions 12-15": no object, a range
            and _RANGE_WORDS().search(found.group("object")) is None
            # "passed the bill, 61-38"; not "a plan for children, 5-11"
            and (
                not found.group("comma")
                or _TEXT_WORDS.fullmatch(found.group("last")) is not None
                or found.group("last").lower() in _VOTED_ITEMS
            )
            and _TALLY_END().match(text, self.start + end) is not None
        )

    def _some(self, start: int, end: int, value: int) -> bool:
        """'Some 266 MPs voted for the amendment': "some" before a count of voters that a verb
        of voting follows ("voted for", "voted against", "abstained"); "some 40 countries
        support the plan" stays no count."""
        if not self.text.endswith(("some ", "Some "), max(self.start, start - 5), start):
            return False
        if not _SOME_BEFORE.search(self.text, max(self.start, start - 8), start):
            return False
        if not _is_count(self.text, start, end, value, start):
            return False
        marker = next(
            (
                c
                for c in self.cues
                if c.start >= end and c.label in _SIDE_LABELS and c.label != "VOTE_ZERO"
            ),
            None,
        )
        return marker is not None and marker.text.startswith(("vot", "abstain"))

    def _compact_tallies(self, numbers: list[_Anchor]) -> list[list[_Anchor]]:
        """'passed 310-96', 'voted 52 to 47', 'by 324 votes to 288' -> fixed anchors."""
        text = self.text
        body = text[self.start : self.end]
        by_start = {a.start: a for a in numbers}
        found: list[list[_Anchor]] = []
        outcomes = [c for c in self.cues if c.label == "VOTE_OUTCOME"]
        # "324 votes to 288" needs the word; most compact tallies are dashes, and the pattern,
        # tried at every position, costs more than the look
        says_vote = _may_say(text, self.start, self.end, _VOTES_TO_WORDS)
        for regex, rule in (
            (_VOTES_TO() if says_vote else None, "votes_to"),
            (_WORDS_TO(), "votes_to"),
            (_DASH_TALLY, "dash_tally"),
        ):
            if regex is None:
                continue
            for match in regex.finditer(body):
                groups = range(1, regex.groups + 1)
                starts = [self.start + match.start(g) for g in groups if match.group(g)]
                if any(s in by_start and by_start[s].side is not None for s in starts):
                    continue
                if rule == "dash_tally":
                    before = body[max(0, match.start() - 50) : match.start()]
                    after = body[match.end() : match.end() + 30]
                    if (
                        _NOT_COUNT_AFTER.match(after)
                        or _threshold_after(after)
                        or _contest_score(before, body)
                        or not (
                            _TALLY_CONTEXT().search(before)
                            or (before.endswith(_WAS_ENDINGS) and _VOTE_WAS().search(before))
                            or _BY_END.search(before)  # "the second by 100 to 20"
                            or _VOTES_NEXT.match(after)
                            or _FAILED_BEFORE().search(before)  # "fell short on Tuesday, 57-41"
                            or self._after_object(match.start(), match.end())
                        )
                    ):
                        continue
                values = [_count(match.group(g)) for g in groups if match.group(g)]
                if (
                    any(v is None or v > 5000 for v in values)
                    or min(v or 0 for v in values[:2]) >= 1800
                    # a span of years ("the budget for 2020-21"), not a tally
                    or (1900 <= (values[0] or 0) <= 2100 and len(match.group(2)) == 2)
                ):
                    continue
                first, second = int(values[0] or 0), int(values[1] or 0)
                before_match = [c for c in outcomes if c.start < self.start + match.start()]
                # An outcome word after the tally tells its fate only in the same clause: not
                # "voted 19 to 4 to strike, after members rejected a pay offer".
                after_match = [
                    c
                    for c in outcomes
                    if c.start >= self.start + match.end()
                    and not _SUBORDINATE.search(text, self.start + match.end(), c.start)
                ]
                cue = (
                    before_match[-1] if before_match else (after_match[0] if after_match else None)
                )
                outcome = cue.id if cue else None
                rejecting = bool(_REJECTING().match(body, match.end()))
                # "voted 19 to 4 to call a strike": the larger figure carried the action voted
                acting = (
                    not before_match
                    and not rejecting
                    and _TO_ACT().match(body, match.end()) is not None
                )
                # "voted by 312 to 297 to reject the amendment": the larger figure rejected it
                # "failed to advance the bill, 57-41": a majority that failed fell short of a
                # threshold, and keeps its order; "rejected 312-297" puts the larger against
                losing = not acting and (outcome == "rejected" or rejecting)
                winning = acting or outcome in ("adopted", "approved")
                if (losing and first > second) or (winning and first < second):
                    first, second = second, first
                sides = [("in_favour", first), ("against", second)]
                if len(values) == 3:
                    sides.append(("abstentions", int(values[2] or 0)))
                group = []
                for (side, value), start in zip(sides, starts, strict=False):
                    anchor = by_start.get(start) or _Anchor(start, start + 1, None, "number")
                    anchor.kind, anchor.side, anchor.value, anchor.label = (
                        "number",
                        side,
                        value,
                        rule,
                    )
                    group.append(anchor)
                found.append(group)
        return found

    def _bind(self, anchor: _Anchor, ordered: list[_Anchor], markers: list[_Cue]) -> None:
        """Give a free count the side word it belongs to, if any."""
        if anchor.kind == "void":
            return
        text = self.text
        if _list_heading(text, markers, anchor.start, anchor.end):
            # "Against (4): Burundi, China ...": the size of the list that follows its label;
            # the list names the side, and the count names the vote it belongs to
            anchor.kind = "void"
            return
        position = ordered.index(anchor)
        later = [a for a in ordered[position + 1 :] if a.kind != "void"]
        limit = later[0].start if later else self.end
        earlier = [a for a in ordered[:position] if a.kind != "void"]
        floor = earlier[-1].end if earlier else self.start
        strict = anchor.kind == "zero"
        if self.invertible and not strict and not anchor.approx:
            inverted = _inverted_side(text, floor, anchor.start)
            if inverted is not None and self._voters_or_end(anchor):
                anchor.side, anchor.label = inverted, "side_counts"
                return
        following = [m for m in markers if anchor.end <= m.start < limit]
        if following and not strict and text[anchor.end : following[0].start].startswith(","):
            # "against - 52, abstained 11": a count labelled by a colon or dash is that side's,
            # not the side of the word after its comma
            side_word = next(
                (m for m in reversed(markers) if floor <= m.end <= anchor.start),
                None,
            )
            if (
                side_word is not None
                and (side_word.label in _POSTFIX or side_word.label in _NEAR)
                and _LABELLED_ZERO.fullmatch(text, side_word.end, anchor.start)
            ):
                anchor.side = _POSTFIX.get(side_word.label) or _NEAR[side_word.label]
                anchor.label = "side_counts"
                return
        if following and self._labels_next(following[0]):
            following = [m for m in following if not self._labels_next(m)]
        if following and self.invertible and self._opens_inverted(following[0]):
            following = following[1:]
        if following:
            marker = following[0]
            side = _POSTFIX.get(marker.label) or _NEAR.get(marker.label)
            near = marker.label in _NEAR
            if near and not _NEAR_END.match(text[marker.end : marker.end + 8]):
                side = None
            stretch = text[anchor.end : marker.start]
            if (
                marker.text.lower() in ("voted against", "voting against")
                and _AGAINST_WHOM.match(text, marker.end)
                and "confidence" not in text[self.start : self.end].lower()
            ):
                # "only four voted against the Government": a rebellion against a party or a
                # whip, counted among members, is no side of a tally
                anchor.kind = "void"
                return
            if (
                side
                and _gap_words_ok(stretch, strict or near, self.rules)
                and not self._loose_participle(anchor, marker)
                # "Four senators who had opposed ending debate switched sides": the clause
                # tells who they were, not how they voted
                and not ("ha" in stretch and _PERFECT_RELATIVE.search(stretch))
            ):
                anchor.side, anchor.label = side, "side_counts"
                anchor.weak = marker.text in self.rules.weak and not self._chamber_count(
                    anchor, marker
                )
                if side == "in_favour" and marker.text in _TO_VOTES:
                    anchor.action = _first_word(text, marker.end)
                return
        if anchor.approx:
            anchor.kind = "void"
            return
        glued = self.rules.glued_side.match(text[anchor.end : limit])
        if glued:
            anchor.side, anchor.label = self.rules.glued[glued.group(1).lower()], "side_counts"
            return
        if strict:
            # "against - none", "abstentions: none"
            side_word = next((m for m in reversed(markers) if floor <= m.end <= anchor.start), None)
            if (
                side_word is not None
                and (side_word.label in _POSTFIX or side_word.label in _NEAR)
                and _LABELLED_ZERO.fullmatch(text, side_word.end, anchor.start)
            ):
                anchor.side = _POSTFIX.get(side_word.label) or _NEAR[side_word.label]
                anchor.label = "side_counts"
            return
        labelled = [
            m
            for m in markers
            if floor <= m.end <= anchor.start and (m.label in _POSTFIX or m.label in _NEAR)
        ]
        between = text[labelled[-1].end : anchor.start] if labelled else ""
        chamber = bool(labelled) and labelled[-1].text in ("ayes", "noes", "yeas", "nays")
        if labelled and (
            _LABELLED.fullmatch(between)
            or (chamber and _CHAMBER_AT.fullmatch(between))
            or (self.invertible and self._inverted_series_end(labelled[-1], anchor, between))
        ):
            # "In favour: 141; against: 5", "the ayes were 312", "with the Ayes at 187"
            label = labelled[-1].label
            anchor.side, anchor.label = _POSTFIX.get(label) or _NEAR[label], "side_counts"
            return
        preceding = [m for m in markers if floor <= m.end <= anchor.start and m.label in _PREFIX]
        if preceding:
            marker = preceding[-1]
            gap = _WORD.findall(text[marker.end : anchor.start])
            if len(gap) <= 3 and all(w.lower() in _PREFIX_GAP for w in gap):
                anchor.side, anchor.label = _PREFIX[marker.label], "side_counts"
                anchor.weak = marker.text in self.rules.weak and not self._chamber_count(
                    anchor, marker
                )
                return
        received = [m for m in markers if floor <= m.end <= anchor.start]
        if (
            received
            and received[-1].label == "VOTE_RECEIVED"
            and _RECEIVED_GAP.fullmatch(text[received[-1].end : anchor.start])
            and _PLURAL_VOTES_NEXT.match(text[anchor.end : anchor.end + 8])
            and _TEXT_WORDS.search(text[self.start : self.end])
        ) or self._passed_with(anchor, floor):
            # "the draft received 13 votes": the count in favour, when a text is voted on;
            # "it passed with 256 votes": the verb says a text was voted on.
            anchor.side, anchor.label = "in_favour", "side_counts"

    def _inverted_series_end(self, marker: _Cue, anchor: _Anchor, between: str) -> bool:
        """'For it voted 116 countries, against - 52, abstained 11': in an inverted series a
        side verb right after a comma labels the count that follows it and ends the clause."""
        return (
            between.isspace()
            and marker.text.lower() in _INVERTED_VERBS
            and self.text[max(self.start, marker.start - 2) : marker.start].strip() == ","
            and _CLAUSE_END.match(self.text, anchor.end, self.end) is not None
        )

    def _labels_next(self, marker: _Cue) -> bool:
        """'in favour: 141, against: 5': the side word labels the count after it."""
        mark = self.text[marker.end : marker.end + 8]  # "against: 5", "against it - 5"
        if marker.text.lower() in _CHAMBER_LABELS and _CHAMBER_NEXT.match(mark):
            return True  # a division list: "Ayes 201, Noes 339"
        if not (":" in mark or "-" in mark or "–" in mark or "—" in mark):
            return False
        return _LABELS_NEXT.match(self.text, marker.end, marker.end + 20) is not None

    def _opens_inverted(self, marker: _Cue) -> bool:
        """'98 states backed it, against it voted 15': the side word opens an inverted clause
        of its own, and is no side of the count before it."""
        limit = min(self.end, marker.end + 80)
        return _INVERTED_NEXT().match(self.text, marker.end, limit) is not None

    def _voters_or_end(self, anchor: _Anchor) -> bool:
        """'voted 112 states', 'voted 52,': the count names its voters or ends its clause."""
        if _CLAUSE_END.match(self.text, anchor.end, self.end):
            return True
        match = _UNIT_AFTER.match(self.text, anchor.end, min(self.end, anchor.end + 40))
        return match is not None and match.group(1).lower() in self.rules.units

    def _loose_participle(self, anchor: _Anchor, marker: _Cue) -> bool:
        """'12 parties backing the government': a participle of plain support counts votes
        only in the absolute shape 'with 187 members supporting it and 52 opposing'."""
        if not (marker.text.endswith("ing") and marker.text in self.rules.weak):
            return False
        return not _WITH_SERIES.search(self.text, max(self.start, anchor.start - 60), anchor.start)

    def _passed_with(self, anchor: _Anchor, floor: int) -> bool:
        """'it passed with 256 votes', 'adopted the law with 301 deputies': an outcome verb
        shortly before 'with' and the count of votes or members."""
        text = self.text
        if not _WITH_BEFORE.search(text, max(floor, anchor.start - 20), anchor.start):
            return False
        if not (
            _PLURAL_VOTES_NEXT.match(text[anchor.end : anchor.end + 8])
            or (self._voters_after(anchor))
        ):
            return False
        return any(
            c.label == "VOTE_OUTCOME"
            and c.id in ("adopted", "approved", "failed")
            and floor <= c.end <= anchor.start
            and anchor.start - c.end < 50
            # "carried with", "won with" say a vote only of a motion or bill, not of a candidate
            and (not c.text.endswith(" with") or self._about_a_text())
            for c in self.cues
        )

    def _about_a_text(self) -> bool:
        return _TEXT_WORDS.search(self.text, self.start, self.end) is not None

    def _chamber_count(self, anchor: _Anchor, marker: _Cue) -> bool:
        """'The document was supported by 57 MPs', 'Ninety senators supported the bill':
        members of a chamber backing a text are a vote, where 'supported' alone may be mere
        support. Without an outcome word the backing must be a finished act on the text: a
        past verb, and after 'by' a passive ('was backed by'), for 'a bill backed by 60
        senators' or '60 senators are backing the bill' tells of co-sponsors, not of a vote."""
        if not self._voters_after(anchor):
            return False
        if any(c.label == "VOTE_OUTCOME" for c in self.cues):
            return True
        text = self.text
        if marker.label in _PREFIX:
            passive = _PASSIVE_BEFORE.search(text, max(self.start, marker.start - 25), marker.start)
            return passive is not None and (
                passive.group(1) is not None
                or _TEXT_WORDS.search(text, self.start, self.end) is not None
            )
        return not marker.text.endswith("ing") and (
            _TEXT_WORDS.search(text, self.start, self.end) is not None
        )

    def _voters_after(self, anchor: _Anchor) -> bool:
        """'57 MPs', '256 deputies': the count is of people who vote in a chamber."""
        match = _UNIT_AFTER.match(self.text, anchor.end, min(self.end, anchor.end + 40))
        return match is not None and match.group(1).lower() in self.rules.voters

    def _tallies(self, ordered: list[_Anchor]) -> list[_Tally]:
        tallies: list[_Tally] = []
        weak: list[bool] = []
        current: _Tally | None = None
        for anchor in ordered:
            if anchor.side is None or anchor.value is None:
                continue
            side = anchor.side
            starts_compact = anchor.label in ("dash_tally", "votes_to") and side == "in_favour"
            if current is None or side in current.counts or (starts_compact and current.counts):
                current = _Tally(self.index, first=anchor.start)
                tallies.append(current)
                weak.append(True)
            current.counts[side] = anchor.value
            weak[-1] = weak[-1] and anchor.weak
            if anchor.label in ("dash_tally", "votes_to"):
                current.rule = anchor.label
        # "40 countries supported the statement" is support, not a vote, unless the sentence
        # speaks of voting or gives a second side.
        if not any(weak):
            return tallies
        voting = "vot" in self.text[self.start : self.end].lower() or (
            # "Russia vetoed a text that was supported by 14 council members": members of the
            # body backing a text someone vetoed are its votes in favour.
            self._vetoed() and self._members_counted(ordered)
        )
        # "no country objected" is consensus, not a count of zero.
        return [
            tally
            for tally, only_weak in zip(tallies, weak, strict=True)
            if len(tally.counts) > 1 or not only_weak or (voting and any(tally.counts.values()))
        ]

    def _vetoed(self) -> bool:
        return any(c.label == "VOTE_VETO" and not self._idle_veto(c) for c in self.cues)

    def _members_counted(self, ordered: list[_Anchor]) -> bool:
        """Every count with a side counts members ("14 council members", "13 members")."""
        counted = [a for a in ordered if a.side is not None and a.value is not None]
        return bool(counted) and all(
            _MEMBERS_AFTER.match(self.text, a.end, min(self.end, a.end + 40)) for a in counted
        )

    def _tally_for(self, tallies: list[_Tally], side: str) -> _Tally:
        """The tally of the sentence a side list belongs to: the one counting that side."""
        if len(tallies) == 1:
            return tallies[0]
        for tally in tallies:
            if side in tally.counts:
                return tally
        return tallies[0]

    def _bracketed(self, anchors: list[_Anchor], lists: dict[str, list[str]]) -> None:
        """'5 against (Israel, Palau)' read off the text itself, so that a name the tokenizer
        glued to a bracket or a comma ('abstentions(Albania', 'Guinea),would') still counts."""
        text = self.text
        if text.find("(", self.start, self.end) < 0:
            return  # most sentences: no bracket, no list in one
        for anchor in anchors:
            if anchor.side is None:
                continue
            opening = _BRACKET_LIST.match(text, anchor.end, self.end)
            if opening is None or (opening.group(1) and anchor.kind == "marker"):
                continue
            if opening.group(1) and opening.group(1).lower() not in self.rules.glued:
                continue
            bucket = lists.setdefault(anchor.side, [])
            offset = opening.start(2)
            for item in _ITEM.finditer(opening.group(2)):
                name = _ITEM_TRIM.sub("", item.group())
                start = offset + item.start()
                known = [m for m in self.mentions if start <= m.start < offset + item.end()]
                codes = [m.code for m in known] or [
                    country_table(self.rules.folders).code(name) or ""
                ]
                bucket.extend(c for c in codes if c and c not in bucket)

    def _joined_in(self, runs: list[list[Mention]]) -> list[list[Mention]]:
        """'Hungary joined Israel in voting against': one list, the subject and the country it
        joined."""
        if len(runs) < 2 or self.text.find("join", self.start, self.end) < 0:
            return runs
        merged = [runs[0]]
        for run in runs[1:]:
            previous = merged[-1]
            if _JOINED_GAP.fullmatch(self.text, previous[-1].end, run[0].start) and _IN_DOING.match(
                self.text, run[-1].end, self.end
            ):
                merged[-1] = previous + run
            else:
                merged.append(run)
        return merged

    def _vetoes_a_text(self, run: list[Mention], marker: _Anchor, words: list[str]) -> bool:
        """'Russia vetoes U.N. draft', 'China, Russia veto resolution on sanctions': the present
        tense of a headline, right before the text vetoed; not 'a US veto' or 'without a
        Russian veto' (a noun after a determiner)."""
        text = self.text
        if words or text[marker.start : marker.end].lower() not in _VETO_NOUNS:
            return False
        if _CASTER_DETERMINER.search(text, max(self.start, run[0].start - 25), run[0].start):
            return False
        return _VETOED_TEXT.match(text, marker.end, min(self.end, marker.end + 40)) is not None

    def _unattributed(self, run: list[Mention]) -> list[Mention]:
        """'Those voting against were Russia, China and Cuba, the Ukrainian delegation said':
        the name after the list's last comma that a verb of saying follows is the source."""
        if len(run) < 2:
            return run
        last = run[-1]
        if not self.rules.said.match(self.text, last.end, min(self.end, last.end + 40)):
            return run
        gap = self.text[run[-2].end : last.start]
        if "," not in gap or _AND_WORD.search(gap):
            return run
        return run[:-1]

    def _lists(self, anchors: list[_Anchor], text: str) -> tuple[dict[str, list[str]], bool, bool]:
        lists: dict[str, list[str]] = {}
        partial = False
        veto = False
        self._bracketed(anchors, lists)
        last_side: str | None = None
        last_introduced: tuple[str, int] | None = None
        runs = self._joined_in(
            [self._unattributed(run) for run in chains(self.mentions, text, loose=True)]
        )
        for run, continued in _split_at_semicolons(runs, text):
            first, last = run[0], run[-1]
            if _POSSESSIVE.match(text[last.end : last.end + 2]):
                last_side = None
                continue
            prev = next((a for a in reversed(anchors) if a.end <= first.start), None)
            nxt = next((a for a in anchors if a.start >= last.end), None)
            side: str | None = None
            if prev is not None and prev.side is not None:
                gap = text[prev.end : first.start]
                intro = _list_intro(gap)
                by_list = prev.kind == "marker" and (
                    prev.label in _PREFIX or prev.label == "VOTE_VETO"
                )
                if intro is None and by_list and _BY_GAP.fullmatch(gap):
                    intro = False
                    veto = veto or prev.label == "VOTE_VETO"
                if (
                    intro is None
                    and prev.kind == "marker"
                    and _DELEGATIONS_OF.fullmatch(gap)
                    and not text[self.start : prev.start].strip()
                ):
                    intro = False  # "Voted against the delegations of Israel and Nauru."
                if intro is not None:
                    side = prev.side
                    partial = partial or intro
            if side is None and self.invertible:
                # "Against the resolution voted the US, Ukraine and Japan"
                side = _inverted_side(text, self.start, first.start)
            introduced = side is not None
            if side is None and nxt is not None and nxt.kind == "number" and nxt.side:
                # "Israel and the US were among the nine countries that voted against"
                words = _WORD.findall(text[last.end : nxt.start])
                if words and all(w.lower() in _SUBJECT_LINK for w in words):
                    side = nxt.side
                    partial = partial or "among" in words
            if (
                side is None
                and nxt is not None
                and nxt.kind == "marker"
                and nxt.side
                # only a side verb takes its subject from before it
                and nxt.label in ("VOTE_FOR", "VOTE_AGAINST", "VOTE_ABSTAIN", "VOTE_VETO")
                and text[nxt.start : nxt.end].lower() not in self.rules.count_only
            ):
                marker_text = text[nxt.start : nxt.end].lower()
                gap = _clean_gap(text[last.end : nxt.start])
                # "Chile and Peru, both big copper producers, voted against": an appositive
                # between the subject and its verb.
                apposition = _APPOSITIVE.match(gap)
                if apposition and _VERBAL.match(marker_text):
                    gap = gap[apposition.end() :]
                words = _WORD.findall(gap)
                # A participle needs its subject right before it ("with China abstaining") or
                # a partitive ("among those voting against", "the only countries voting against").
                among = not words or _AMONG_WORDS.search(gap) is not None
                infinitive = words[-1:] == ["to"] and marker_text.startswith("vote")
                # "Hungary joined Israel in voting against"
                joined_in = words == ["in"] and _PARTICIPLE.match(marker_text) is not None
                # "China and India were (counted) among the abstainers / the abstentions"
                # or "among those in favour"
                among_noun = "among" in words and (
                    _SIDE_NOUN.fullmatch(marker_text) is not None or words[-1:] == ["those"]
                )
                if (
                    # "Cuba and Venezuela, which have backed the initiative since 2019":
                    # a stance described, not a vote cast
                    not ("ha" in gap and _PERFECT_RELATIVE.search(gap))
                    and (
                        _VERBAL.match(marker_text)
                        or (among and _PARTICIPLE.match(marker_text))
                        or among_noun
                        or infinitive
                        or joined_in
                        or (nxt.label == "VOTE_VETO" and _VETO_USED.search(gap))
                        or (nxt.label == "VOTE_VETO" and self._vetoes_a_text(run, nxt, words))
                    )
                    and len(words) <= 7
                    and "," not in gap.strip(" ,")
                    and (joined_in or all(w.lower() in _SUBJECT_LINK for w in words))
                ):
                    side = nxt.side
                    veto = veto or nxt.label == "VOTE_VETO"
                    partial = partial or _AMONG.search(gap) is not None
            marker = next((a for a in anchors if a.start >= last.end and a.kind == "marker"), None)
            if side is None and marker is not None and marker.side:
                # "Switzerland and Japan, two of the nine abstaining members, said ..."
                apposed = _APPOSED.fullmatch(text, last.end, marker.start)
                if apposed and _PARTICIPLE.match(text[marker.start : marker.end]):
                    side = marker.side
                    partial = partial or not apposed.group(1).lower().startswith(("all", "both"))
            if side is None and continued:
                side = last_side  # "Against: Belarus; Cuba; Syria": one list in pieces
            if (
                side is None
                and last_introduced is not None
                and _PAST_ONE_ITEM.fullmatch(text, last_introduced[1], first.start)
                # "..., the delegate said, Japan and ...": a source, not an item
                and not self.rules.said.search(text, last_introduced[1], first.start)
                and not any(last_introduced[1] <= a.start < first.start for a in anchors)
            ):
                # "Voting against were the US, Ukraine, the member states of the EU, Japan and
                # Australia": an introduced list runs on past an item that names no state.
                side = last_introduced[0]
                introduced = True
            last_side = side
            last_introduced = (side, last.end) if introduced and side else None
            if side is None:
                continue
            # "states such as Japan and Chile voted against": the text says the list is partial
            partial = partial or bool(
                _PARTIAL_BEFORE.search(text[max(self.start, first.start - 30) : first.start])
            )
            bucket = lists.setdefault(side, [])
            for mention in run:
                if mention.code not in bucket:
                    bucket.append(mention.code)
        return lists, partial, veto


def _split_at_semicolons(runs: list[list[Mention]], text: str) -> list[tuple[list[Mention], bool]]:
    """A semicolon ends a list ("Voting against were Bolivia and Cuba; Mexico and Brazil
    abstained"): every piece finds its own side, and a piece that finds none continues the
    list before it. Each piece comes with whether it follows a semicolon."""
    pieces: list[tuple[list[Mention], bool]] = []
    for run in runs:
        piece = [run[0]]
        pieces.append((piece, False))
        for before, after in pairwise(run):
            if ";" in text[before.end : after.start]:
                piece = [after]
                pieces.append((piece, True))
            else:
                piece.append(after)
    return pieces


# What introduces a list of voters right after their count or side word, at the end of the gap.
_INTRO = re.compile(
    r"(?P<intro>\(|:|--|[-–—]|\bfrom|\bincluding|\binclude[sd]?(?:\s+(?:those|that)\s+of)?"
    r"|\bamong them|\bsuch as|\bwere(?:\s+(?:those|that)\s+of)?"
    r"|\bare|\bnamely|\bnotably|\bas well as|\balong with|\btogether with|\balongside"
    r"|\bjoined by)"
    r"\s*(?:the\s+)?$",
    re.IGNORECASE,
)
# One item of a comma list that names no state, before the list goes on ("..., member
# countries of the European Union, Japan and Australia").
_PAST_ONE_ITEM = re.compile(
    r"\s*,\s*(?:[^\W\d][\w’'-]*\s+){0,6}[^\W\d][\w’'-]*\s*,\s*(?:and\s+)?(?:the\s+)?"
)
_DELEGATIONS_OF = re.compile(
    r"\s+(?:the\s+)?(?:delegations?|representatives?|governments?)\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_THOSE_OF = re.compile(r"\s+(?:those|that)\s+of$")
_OPEN_BRACKET = re.compile(r"\s*(?:[\w’'-]+\s*){0,2}\([^()]*(?:,|\band)\s*(?:the\s+)?")
_PARTIAL_INTRO = frozenset(
    {
        "including",
        "include",
        "includes",
        "included",
        "among them",
        "such as",
        "notably",
        "as well as",
        "along with",
        "together with",
        "alongside",
    }
)


# How every alternative of _INTRO ends.
_INTRO_ENDINGS = (
    *("(", ":", "-", "–", "—", "from", "including", "include", "includes", "included", "of"),
    *("them", "as", "were", "are", "namely", "notably", "with", "alongside", "by"),
)


def _may_introduce(gap: str) -> bool:
    """Whether _INTRO can match: it ends the gap, before white space and maybe a last "the".
    Searched at every position, the pattern costs more than looking at the gap's end."""
    if has_folded_letter(gap):
        return True
    trimmed = gap.rstrip()
    tail = trimmed.lower()
    if tail.endswith(_INTRO_ENDINGS):
        return True
    # "including the ": the intro ends before the article
    return (
        len(trimmed) < len(gap)
        and tail.endswith("the")
        and tail[:-3].rstrip().endswith(_INTRO_ENDINGS)
    )


def _list_intro(gap: str) -> bool | None:
    """None if `gap` does not introduce a list of voters; else whether the list is partial."""
    if len(gap) > 90 or _CLAUSE_BREAK.search(gap):
        return None
    if "of" in gap:
        # "voting against were the delegations of Israel and Nauru"
        gap = _DELEGATIONS_OF.sub("", gap)
    if _OPEN_BRACKET.fullmatch(gap):
        return False  # inside a bracketed list whose first name went unrecognised
    if not _may_introduce(gap):
        return None
    match = _INTRO.search(gap)
    if match is None:
        return None
    # "voting against included those of Belarus, China ...": the delegations of the states
    intro = _THOSE_OF.sub("", match.group("intro").lower())
    words = _WORD.findall(gap[: match.start()])
    if len(words) > 8 or (intro in ("(", "from", ":") and len(words) > 2):
        return None
    return intro in _PARTIAL_INTRO


def find_votes(doc: Doc, *, rules: VoteRules | None = None) -> list[Vote]:
    """Every tally the article reports, plus decisions taken without a vote."""
    rules = rules or shipped_rules()
    view = doc_view(doc)
    text = view.text
    sents = view.sents
    if not sents:
        return []
    starts = [s for s, _ in sents]
    cues = _my_cues(view)
    compact = _hinted_sentences(text, starts)
    if not compact and not any(c.label in _TRIGGERS or c.label == "VOTE_NO_VOTE" for c in cues):
        return []
    by_sent: dict[int, list[_Cue]] = {}
    veto_noun = False
    for cue in cues:
        by_sent.setdefault(bisect_right(starts, cue.start) - 1, []).append(cue)
        if cue.label == "VOTE_VETO":
            veto_noun = veto_noun or cue.text in _VETO_NOUNS
    entity_starts = set(view.entity_starts)
    # The countries of a sentence are read only for the few sentences read at all.
    ment_by_sent = _SentenceMentions(view, starts)

    states_ending: dict[int, tuple[int, str]] | None = None
    if veto_noun:
        states_ending = {
            end: (start, code)
            for start, end, label, code in view.entities
            if label in COUNTRY_LABELS and code
        }
    tallies: list[_Tally] = []
    fragments: list[_Fragment] = []
    for index in sorted(set(by_sent) | compact):
        sent_cues = by_sent.get(index, [])
        if index not in compact and not _worth_reading(text, sents[index][0], sent_cues):
            continue
        sentence = _Sentence(
            text,
            sents[index],
            index,
            sent_cues,
            ment_by_sent[index],
            entity_starts,
            rules,
            index in compact,
            states_ending,
        )
        found, lists, veto, partial = sentence.analyse()
        tallies.extend(found)
        start, end = sents[index]
        if (
            not found
            and (lists or veto)
            and not (
                _may_say(text, start, end, _EARLIER_WORDS) and _EARLIER.search(text, start, end)
            )
            and _about_a_vote(text, start, end, sent_cues, rules)
        ):
            fragments.append(
                (index, lists, veto, partial, _restated_counts(text, start, end, sent_cues, rules))
            )

    fragments.extend(_joining_lists(text, starts, ment_by_sent, tallies, fragments))
    if not tallies and not fragments and not any(c.label == "VOTE_NO_VOTE" for c in cues):
        return []  # side words that counted nothing ("met for about three hours")
    fragments.sort(key=lambda f: f[0])
    headlines = _Headlines(text, sents)
    # A vote the story recalls ("failed last year by 18 votes to 20") takes no count, list or
    # outcome from sentences about the vote being reported.
    tallied = {t.sent for t in tallies}  # each sentence read once, however many counts it has
    recalled = {
        i
        for i in tallied
        if _may_say(text, *sents[i], _RECALLED_WORDS) and _RECALLED.search(text, *sents[i])
    }
    apart = {
        i
        for i in tallied
        if _may_say(text, *sents[i], _ANOTHER_VOTE_WORDS) and _ANOTHER_VOTE.search(text, *sents[i])
    }
    distinct = frozenset(i for i in recalled if _BACK_THEN.search(text, *sents[i]))
    groups = _merge(tallies, headlines, recalled, apart, distinct)
    current = [g for g in groups if g.primary not in recalled]
    # A list about "the decision" or "the resolution" belongs to the vote on that text, not
    # to a vote on a motion about it ("a motion to defer the item was defeated, 12 to 33").
    procedural = {id(g) for g in current if _on_a_motion(text, *sents[g.primary])}
    substantive = [g for g in current if id(g) not in procedural]
    previous: tuple[int, _Group | None] = (-2, None)
    for index, lists, veto, partial, counts in fragments:
        sides = _restated_sides(text, *sents[index], lists)
        about_text = bool(procedural and substantive and _MAIN_TEXT.search(text, *sents[index]))
        if about_text:
            # "X voted against the decision": the vote on the text, however far the story
            # strayed to a motion in between.
            target = _attach(substantive, index, lists, veto, partial, counts, sides, reach=9)
        elif previous[0] == index - 1 and previous[1] is not None and _bare(text, *sents[index]):
            # "Germany abstained." right after a side sentence speaks of the same vote.
            target = previous[1]
            _add_lists(target, lists)
            target.veto = target.veto or veto
            target.partial = target.partial or partial
        else:
            target = _attach(current, index, lists, veto, partial, counts, sides)
        previous = (index, target)
    votes = [
        _to_vote(group, text, sents, by_sent, rules, headlines, group.primary in recalled)
        for group in groups
    ]
    votes.extend(_no_vote_decisions(text, sents, by_sent, rules, headlines))
    votes.sort(key=lambda v: v.span[0])
    return votes


class _SentenceMentions:
    """The countries of each sentence (`country_mentions` without demonyms), found when a
    sentence is first asked for."""

    def __init__(self, view: DocView, starts: list[int]) -> None:
        self.view = view
        self.starts = starts
        self.found: dict[int, list[Mention]] = {}

    def __getitem__(self, index: int) -> list[Mention]:
        found = self.found.get(index)
        if found is None:
            starts = self.starts
            high = starts[index + 1] if index + 1 < len(starts) else None
            found = country_mentions(self.view, demonyms=False, low=starts[index], high=high)
            self.found[index] = found
        return found


class _Headlines:
    """The sentences that end on no sentence mark (headlines, datelines), worked out only for
    the sentences asked about, not for every sentence of the article."""

    def __init__(self, text: str, sents: list[tuple[int, int]]) -> None:
        self.text = text
        self.sents = sents

    def __contains__(self, index: int) -> bool:
        start, end = self.sents[index]
        return not _ends_sentence(self.text[start:end])


_Fragment = tuple[int, dict[str, list[str]], bool, bool, set[tuple[str, int]]]
# "Joining them were Hungary and Palau", "Joining the US in opposing it were ...", "They were
# joined by ...": the list takes the side of the countries the sentence before named.
_JOINING = _OnFirstUse(
    r"\b(?:Joining\s+(?:them|it|him|her|those|these|the\s+[\w.-]+(?:\s+[\w.-]+)?)"
    r"(?:\s+in\s+[^,.;]{1,40}?)?\s+(?:were|was)"
    r"|(?:They|It|Both|The\s+two)\s+(?:were|was)\s+(?:also\s+)?joined\s+by)\s+(?:the\s+)?"
)


def _joining_lists(
    text: str,
    starts: list[int],
    ment_by_sent: _SentenceMentions,
    tallies: list[_Tally],
    fragments: list[_Fragment],
) -> list[_Fragment]:
    if "Joining" not in text and "joined by" not in text:
        return []
    found: list[_Fragment] = []
    read = {f[0] for f in fragments}
    for match in _JOINING().finditer(text):
        index = bisect_right(starts, match.start()) - 1
        if index < 1 or index in read or text[starts[index] : match.start()].strip():
            continue
        sides = {
            side for f in fragments if f[0] == index - 1 for side, codes in f[1].items() if codes
        } | {side for t in tallies if t.sent == index - 1 for side, codes in t.countries.items()}
        runs = chains(ment_by_sent[index], text, loose=True)
        run = next((r for r in runs if r[0].start == match.end()), None)
        if len(sides) != 1 or run is None:
            continue
        codes: list[str] = []
        for mention in run:
            if mention.code not in codes:
                codes.append(mention.code)
        found.append((index, {sides.pop(): codes}, False, False, set()))
    return found


# "In a separate vote, 12 countries abstained": a count of another vote completes none.
_ANOTHER_VOTE = re.compile(
    r"\b(?:a|the)\s+(?:separate|second|another|further|later|earlier|third)\s+(?:\w+\s+)?vote\b"
    r"|\banother\s+(?:\w+\s+)?vote\b",
    re.IGNORECASE,
)
# Words without which _ANOTHER_VOTE cannot match.
_ANOTHER_VOTE_WORDS = ("vote",)


def _merge(
    tallies: list[_Tally],
    headlines: _Headlines,
    recalled: set[int],
    apart: set[int],
    distinct: frozenset[int] = frozenset(),
) -> list[_Group]:
    """Tallies that agree on every count they share are one vote (a headline and its story,
    a quote repeating the figures); a count-less side in the next sentence completes a vote.
    A vote the story recalls and the vote it reports stay apart unless two counts agree."""
    groups: list[_Group] = []
    for tally in tallies:
        target = None
        past = tally.sent in recalled
        for group in reversed(groups):
            overlap = [s for s in tally.counts if s in group.counts]
            # One count in common is no proof that a recalled vote is the one reported; a
            # tally the sentence places back in its time ("adopted then with the same
            # numbers") is an earlier vote however many counts agree.
            if (group.primary in recalled) != past and (
                len(overlap) < 2 or tally.sent in distinct or group.primary in distinct
            ):
                continue
            if overlap and all(group.counts[s] == tally.counts[s] for s in overlap):
                target = group
                break
        if (
            target is None
            and groups
            and "in_favour" not in tally.counts
            and tally.sent not in apart
        ):
            last = groups[-1]
            # A lone count a few sentences on ("No abstentions were recorded.", "Nine
            # abstained.") completes the vote before it when that vote lacks its side.
            reach = 4 if len(tally.counts) == 1 and len(last.counts) >= 2 else 1
            if (
                tally.sent - max(last.sents) <= reach
                and not set(last.counts) & set(tally.counts)
                and (last.primary in recalled) == past
            ):
                target = last
        if target is None and tally.sent not in headlines and tally.sent not in apart:
            # "Council extends mission as three members abstain" over "voted 12-0, with
            # Russia, China and Pakistan abstaining": a headline's count of a side the body's
            # vote lacks completes that vote.
            target = next(
                (
                    g
                    for g in groups
                    if all(i in headlines for i in g.sents)
                    and not set(g.counts) & set(tally.counts)
                    and (g.primary in recalled) == past
                    and _lists_fit(g.counts, tally.countries)
                ),
                None,
            )
        if target is None:
            groups.append(
                _Group(
                    dict(tally.counts),
                    {k: list(v) for k, v in tally.countries.items()},
                    tally.partial,
                    tally.rule,
                    [tally.sent],
                    tally.sent,
                    len(tally.counts),
                    tally.veto,
                    tally.first,
                )
            )
            continue
        for side, value in tally.counts.items():
            target.counts.setdefault(side, value)
        _add_lists(target, tally.countries)
        target.partial = target.partial or tally.partial
        target.veto = target.veto or tally.veto
        target.sents.append(tally.sent)
        fuller = len(tally.counts) > target.primary_size
        if fuller or (
            len(tally.counts) == target.primary_size
            and target.primary in headlines
            and tally.sent not in headlines
        ):
            target.primary, target.primary_size, target.rule = (
                tally.sent,
                len(tally.counts),
                tally.rule,
            )
            target.position = tally.first
    return groups


def _lists_fit(counts: dict[str, int], lists: dict[str, list[str]]) -> bool:
    """No side named in full by more or fewer countries than the count says."""
    return all(not lists.get(side) or len(lists[side]) == value for side, value in counts.items())


def _add_lists(group: _Group, lists: dict[str, list[str]]) -> None:
    for side, codes in lists.items():
        bucket = group.countries.setdefault(side, [])
        bucket.extend(code for code in codes if code not in bucket)


def _worth_reading(text: str, start: int, cues: list[_Cue]) -> bool:
    """Whether a sentence without a compact tally may hold a count or a side list. Short side
    words ("for", "no") count only right after a number, "received" only before one, and
    "votes" only after an outcome verb ("passed with 256 votes"); sentences with nothing else
    are most sentences, and are skipped."""
    outcome: bool | None = None  # worked out only for a voter noun, the one rule that asks
    for cue in cues:
        label = cue.label
        if label in _VOTE_WORDS:
            return True
        if label in _NEAR or (label == "VOTE_ZERO" and cue.text == "no"):
            # "82 for", "3 no"; "the Ayes were 312"
            if _count_ends_before(text, max(start, cue.start - 25), cue.start) or (
                label in _NEAR and _count_follows(text, cue.end, cue.end + 30)
            ):
                return True
        elif label == "VOTE_RECEIVED":
            if _count_follows(text, cue.end, cue.end + 30):
                return True
        elif label == "VOTE_VOTER":
            if outcome is None:
                outcome = any(c.label == "VOTE_OUTCOME" for c in cues)
            if outcome:
                return True
    return False


def _about_a_vote(text: str, start: int, end: int, cues: list[_Cue], rules: VoteRules) -> bool:
    """A sentence that clearly speaks of a vote: it names voting, a text or an outcome, or has
    a side word that means a vote ("abstained"), not mere support ("Washington supported
    protecting displaced people")."""
    if "vot" in text[start:end].lower() or _TEXT_WORDS.search(text, start, end):
        return True
    return any(
        c.label == "VOTE_OUTCOME"
        or (
            c.label in _VOTE_WORDS
            and (
                c.text not in rules.weak
                or (
                    # "Among those opposing it were ...": the voters of a vote just reported
                    # or "Opposing it were ...": the voters of a vote just reported
                    (
                        _THOSE_BEFORE.search(text, max(start, c.start - 40), c.start) is not None
                        or text[start : c.start].strip().lower() in ("", "also")
                    )
                    and _THOSE_AFTER.match(text, c.end, end) is not None
                )
            )
        )
        for c in cues
    )


_THOSE_BEFORE = re.compile(
    r"\b(?:those|the\s+(?:countries|states|nations|members|delegations|governments))\s+"
    r"(?:who\s+|that\s+|which\s+)?$",
    re.IGNORECASE,
)
_THOSE_AFTER = re.compile(r"(?:\s+(?:it|them|this|that))?\s+(?:were|included)\b", re.IGNORECASE)


def _restated_counts(
    text: str, start: int, end: int, cues: list[_Cue], rules: VoteRules
) -> set[tuple[str, int]]:
    """Counts a sentence restates with their side ("the nine abstaining members", "the 12
    countries that voted against"): they name the vote its list belongs to."""
    markers = [c for c in cues if c.label in _POSTFIX]
    found: set[tuple[str, int]] = set()
    if not markers:
        return found
    for number_start, number_end, value in find_numbers(text[start:end]):
        position = start + number_end
        heading = _list_heading(text, markers, start + number_start, position)
        if heading is not None:
            found.add((_POSTFIX[heading.label], value))
            continue
        marker = next((m for m in markers if m.start >= position), None)
        if (
            marker is not None
            and marker.start - position < 60
            and _gap_words_ok(text[position : marker.start], False, rules)
        ):
            found.add((_POSTFIX[marker.label], value))
    return found


# A press release's list heads: a side label, its count in brackets, a colon ("Against (4):").
_BRACKET_OPEN = re.compile(r"\s*\(\s*$")
_BRACKET_CLOSE = re.compile(r"\s*\)\s*:")


def _list_heading(text: str, markers: list[_Cue], start: int, end: int) -> _Cue | None:
    """The side label heading the list when the count at start..end is its bracketed size."""
    if not _BRACKET_CLOSE.match(text, end):
        return None
    for marker in markers:
        if (
            marker.label in _POSTFIX
            and start - 4 <= marker.end <= start
            and _BRACKET_OPEN.fullmatch(text, marker.end, start)
        ):
            return marker
    return None


def _attach(
    groups: list[_Group],
    index: int,
    lists: dict[str, list[str]],
    veto: bool,
    partial: bool,
    counts: set[tuple[str, int]],
    sides: set[str],
    reach: int = 4,
) -> _Group | None:
    """A country list or veto without a count joins the nearest vote, if one is close; a list
    that restates a count ("several of the nine abstaining members") joins the vote with that
    count, however far; one that names a side ("several abstaining members") prefers a vote
    that counted that side. Returns the vote it joined."""
    best: _Group | None = None
    best_distance = reach
    named = [g for g in groups if any(g.counts.get(side) == value for side, value in counts)]
    if not named and sides:
        named = [g for g in groups if all(g.counts.get(side) for side in sides)]
    if named:
        groups, best_distance = named, index + max(s for g in named for s in g.sents) + 1
    for group in groups:
        distance = min(abs(index - s) for s in group.sents)
        if distance < best_distance:
            best, best_distance = group, distance
    if best is None:
        return None
    _add_lists(best, lists)
    best.veto = best.veto or veto
    best.partial = best.partial or partial
    return best


def _on_a_motion(text: str, start: int, end: int) -> bool:
    """Whether a vote's sentence is about a procedural motion or an amendment rather than the
    text itself: the first text it names is one ("a motion to defer the decision"), or it names
    a procedure and no text."""
    if not _may_say(text, start, end, _MOTION_WORDS):
        return False
    first = _SUBJECT_TEXT.search(text, start, end)
    if first is not None and first.group().lower().startswith(("motion", "amendment")):
        return True
    return bool(_PROCEDURAL.search(text, start, end) and not _MAIN_TEXT.search(text, start, end))


# What a sentence about a motion or an amendment must say: the texts `_on_a_motion` takes from
# _SUBJECT_TEXT, or a word of _PROCEDURAL.
_MOTION_WORDS = (
    "motion",
    "amendment",
    "adjourn",
    "defer",
    "postpone",
    "no-action",
    "point of order",
)


# "several abstaining members", "the dissenting delegations", "the abstainers": a side restated
# without its count.
_RESTATED_SIDE = re.compile(
    r"\b(?:(abstaining|dissenting)\s+(?:council\s+)?(?:members|countries|states|nations"
    r"|delegations|governments)|the\s+(abstainers))\b",
    re.IGNORECASE,
)


# "were among those voting against": a part of a side the story counted; "China and Iran voted
# against, according to a tally": the lists come from the count reported.
_AMONG_SIDE = re.compile(
    r"\bamong\s+(?:those|the\s+(?:countries|states|nations|members|delegations))\s+"
    r"(?:(?:that|which|who)\s+)?(?:(?:voting|voted)\s+(against|in\s+favou?r|for)|abstain(?:ing|ed))\b",
    re.IGNORECASE,
)
_TALLY_SOURCE = re.compile(
    r"\baccording\s+to\s+(?:a|the)\s+(?:\w+\s+)?(?:tally|vote\s+count|voting\s+record|breakdown)\b",
    re.IGNORECASE,
)


def _restated_sides(
    text: str, start: int, end: int, lists: dict[str, list[str]] | None = None
) -> set[str]:
    sides = {
        "against" if match.group(1) and match.group(1).lower() == "dissenting" else "abstentions"
        for match in _RESTATED_SIDE.finditer(text, start, end)
    }
    for match in _AMONG_SIDE.finditer(text, start, end):
        side = (match.group(1) or "abstentions").lower()
        sides.add(side if side in ("against", "abstentions") else "in_favour")
    if lists and not sides and _TALLY_SOURCE.search(text, start, end):
        sides = {side for side, names in lists.items() if names}
    return sides


def _bare(text: str, start: int, end: int) -> bool:
    """A short side sentence that names no text, no vote and no count ("Germany abstained.")."""
    passage = text[start:end]
    return (
        len(passage) < 80 and not _TEXT_WORDS.search(passage) and not _DIGIT_OR_VOTE.search(passage)
    )


def _sentence_span(text: str, bounds: tuple[int, int]) -> tuple[int, int]:
    start, end = bounds
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _nearest(cues: Iterable[_Cue], position: int) -> _Cue | None:
    best: _Cue | None = None
    for cue in cues:
        if best is None or abs(cue.start - position) < abs(best.start - position):
            best = cue
    return best


def _body(
    text: str,
    by_sent: dict[int, list[_Cue]],
    index: int,
    position: int,
    rules: VoteRules,
    headlines: _Headlines,
) -> str | None:
    """The body that voted, by the longest name the text gives it."""
    found = _body_cue(text, by_sent, index, position, rules)
    if found is None:
        return None
    cue, where = found
    return _written_body(text, cue, by_sent.get(where, []), where in headlines)


def _body_cue(
    text: str, by_sent: dict[int, list[_Cue]], index: int, position: int, rules: VoteRules
) -> tuple[_Cue, int] | None:
    """The body named as the subject nearest before the tally, else named after it in its
    sentence ("defeated by 312 votes to 297 in the House of Commons"); "the Council" stands for
    the last council named before it, "parliament" for the legislature the text names."""
    ref: tuple[_Cue, int] | None = None
    for i in range(index, -1, -1):
        cues = sorted(c for c in by_sent.get(i, []) if c.label in _BODY_LABELS)
        if i == index:
            cues = [c for c in cues if c.start < position or _ACTS.match(text, c.end)]
        if ref is None:
            if not cues:
                continue
            if len(cues) > 1 and cues[1].start - cues[0].end == 1 and cues[1].label == "VOTE_BODY":
                return cues[1], i  # "the General Assembly Third Committee": the committee
            if cues[0].label == "VOTE_BODY":
                return cues[0], i
            ref = cues[0], i
            if ref[0].id.lower() == "parliament":
                break
            continue
        head = ref[0].id.lower()
        for cue in reversed(cues):
            if cue.label == "VOTE_BODY" and head in cue.id.lower():
                return cue, i
    if ref is None:
        after = sorted(
            c for c in by_sent.get(index, []) if c.label in _BODY_LABELS and c.start >= position
        )
        if not after:
            return None
        if after[0].label == "VOTE_BODY":
            return after[0], index
        ref = after[0], index
    if ref[0].id.lower() == "parliament":
        # "Ukraine's parliament" is the Verkhovna Rada the story names, before or after.
        named = [
            (abs(i - index), c.start, c, i)
            for i, cues in by_sent.items()
            for c in cues
            if c.label == "VOTE_BODY" and c.id.lower() in rules.parliaments
        ]
        if named:
            _, _, cue, i = min(named)
            return cue, i
        return ref
    # "the commission" named no body that votes: take the nearest body named at all.
    for i in range(index, -1, -1):
        for cue in sorted(by_sent.get(i, [])):
            if cue.label == "VOTE_BODY" and (i != index or cue.start < position):
                return cue, i
    return None


def _written_body(text: str, cue: _Cue, sentence_cues: list[_Cue], headline: bool) -> str:
    """The body's name as the text writes it where that is longer than the name the pattern
    file knows: "AU Peace and Security Council", "Senate Foreign Relations Committee",
    "Ukraine's parliament"; a known name reports its canonical form ("UN General Assembly" is
    the General Assembly)."""
    if cue.label == "VOTE_BODY_REF":
        if cue.id.lower() != "parliament":
            return cue.id
        owner = _BODY_OWNER.search(text, max(0, cue.start - 40), cue.start)
        if owner and not (owner.group(1) in _OPENERS or _CALENDAR.fullmatch(owner.group(1))):
            return text[owner.start(1) : cue.end]
        return text[cue.start : cue.end]
    if headline:
        return cue.id
    start, end = cue.start, cue.end
    left = _BODY_LEFT.search(text, max(0, start - 60), start)
    if left:
        words = left.group(1).split()
        while words and (words[0] in _OPENERS or words[0].islower()):
            words.pop(0)
        if len(words) >= 2:
            start = start - len(left.group(1)) + left.group(1).index(words[0])
        if any(start <= c.start < cue.start for c in sentence_cues):
            start = cue.start  # "the General Assembly Third Committee" is the committee
    right = _BODY_RIGHT.match(text, end)
    if right and not any(end < c.start < right.end() for c in sentence_cues if c is not cue):
        end = right.end()
    return cue.id if (start, end) == (cue.start, cue.end) else text[start:end]


def _outcome(
    text: str,
    group: _Group,
    by_sent: dict[int, list[_Cue]],
    sents: list[tuple[int, int]],
    position: int,
    recalled: bool = False,
) -> str | None:
    """A veto anywhere in the vote's sentences; else the outcome word nearest the tally, in
    its sentences or the three before ("was not adopted" failed)."""
    outcomes = [c for i in group.sents for c in by_sent.get(i, []) if _states_outcome(text, c)]
    if group.veto or any(c.id == "vetoed" for c in outcomes):
        return "vetoed"
    for i in sorted(set(group.sents), key=lambda s: (s != group.primary, s)):
        cue = _nearest(
            (
                c
                for c in by_sent.get(i, [])
                if _states_outcome(text, c)
                # "voted 19 to 4 to strike, after members rejected an offer": another clause
                and not (c.start > position and _SUBORDINATE.search(text, position, c.start))
            ),
            position,
        )
        if cue is not None:
            return _read_outcome(text, cue)
    if any(
        _may_say(text, *sents[i], _FELL_SHORT_WORDS) and _FELL_SHORT.search(text, *sents[i])
        for i in group.sents
    ):
        return "failed"  # "four votes, well short of the nine required for adoption"
    # The sentences before a recalled vote tell of the vote reported, not of it.
    for i in range(min(group.sents) - 1, max(-1, min(group.sents) - (1 if recalled else 4)), -1):
        cue = _nearest((c for c in by_sent.get(i, []) if _states_outcome(text, c)), position)
        if cue is not None:
            return _read_outcome(text, cue)
    # No outcome word: two sides tell it by their counts; a lone count tells nothing.
    yes, no = group.counts.get("in_favour"), group.counts.get("against")
    if yes is not None and no is not None:
        return "adopted" if yes > no else "rejected"
    return None


# An outcome word that names what a text needs, not what became of it ("the nine votes
# required for adoption", "needed to pass").
_REQUIREMENT = re.compile(
    r"\b(?:required|needed|necessary|enough|sufficient)\s+(?:for|to)\s+(?:its\s+|the\s+)?$",
    re.IGNORECASE,
)
_FELL_SHORT = re.compile(
    r"\b(?:short of|fell short|falls short|falling short|failed to (?:win|get|secure|reach"
    r"|obtain|garner|muster|gain))\b",
    re.IGNORECASE,
)
# Words without which _FELL_SHORT cannot match.
_FELL_SHORT_WORDS = ("short", "failed to")


def _states_outcome(text: str, cue: _Cue) -> bool:
    return cue.label == "VOTE_OUTCOME" and not _REQUIREMENT.search(
        text, max(0, cue.start - 30), cue.start
    )


# "decided ... not to take up the item", "agreed against holding talks": a decision not to act
# tells no fate of a text.
_DECIDED_NOT = re.compile(r"[^.;:]{0,60}?\b(?:not\s+to|against\s+\w+ing)\b", re.IGNORECASE)
_DECISION_VERBS = frozenset({"agreed", "decided"})


def _decided_not(text: str, cue: _Cue) -> bool:
    return cue.text.lower() in _DECISION_VERBS and bool(_DECIDED_NOT.match(text, cue.end))


def _read_outcome(text: str, cue: _Cue) -> str | None:
    if _decided_not(text, cue):
        return None
    if cue.id in ("adopted", "approved") and _NOT_BEFORE.search(
        text[max(0, cue.start - 20) : cue.start]
    ):
        return "failed"
    return cue.id


def _to_vote(
    group: _Group,
    text: str,
    sents: list[tuple[int, int]],
    by_sent: dict[int, list[_Cue]],
    rules: VoteRules,
    headlines: _Headlines,
    recalled: bool = False,
) -> Vote:
    start, end = _sentence_span(text, sents[group.primary])
    countries = group.countries
    return Vote(
        body=_body(text, by_sent, group.primary, group.position, rules, headlines),
        in_favour=group.counts.get("in_favour"),
        against=group.counts.get("against"),
        abstentions=group.counts.get("abstentions"),
        outcome=_outcome(text, group, by_sent, sents, group.position, recalled),
        countries=SideCountries(
            in_favour=tuple(countries.get("in_favour", [])),
            against=tuple(countries.get("against", [])),
            abstentions=tuple(countries.get("abstentions", [])),
        ),
        text=text[start:end],
        span=(start, end),
        rule=group.rule,
        partial=group.partial,
    )


# Outcomes that report the same decision in other words.
_FAMILY = {"adopted": "adopted", "approved": "adopted"}
_NOT_DONE = re.compile(r"\b(?:not|never|instead of|rather than|usually|normally)\b|n[’']t\b", re.I)
_FUTURE = re.compile(r"\b(?:expected to|will|would|could|may|might|to be|should)\b[^.]*$", re.I)


def _no_vote_decisions(
    text: str,
    sents: list[tuple[int, int]],
    by_sent: dict[int, list[_Cue]],
    rules: VoteRules,
    headlines: _Headlines,
) -> list[Vote]:
    """'adopted without a vote', 'approved by consensus': three null counts, outcome set."""
    votes: list[Vote] = []
    seen: set[tuple[str, str | None, str]] = set()
    for index, cues in sorted(by_sent.items()):
        for cue in cues:
            if cue.label != "VOTE_NO_VOTE":
                continue
            outcomes = [c for c in cues if c.label == "VOTE_OUTCOME"]
            if not outcomes:
                continue
            before = text[sents[index][0] : cue.start]
            if _FUTURE.search(before) or _NOT_DONE.search(before):
                continue
            # Consensus is a vote only of a voting body or on a text bodies adopt: not
            # "Negotiators finalized the agenda by consensus", "the logo was finalized ...".
            if not any(c.label in _BODY_LABELS for c in cues) and rules.adoptable.isdisjoint(
                _WORD.findall(text[sents[index][0] : sents[index][1]].lower())
            ):
                continue
            outcome = _nearest(outcomes, cue.start)
            if outcome is not None and _decided_not(text, outcome):
                continue
            start, end = _sentence_span(text, sents[index])
            body = _body(text, by_sent, index, cue.start, rules, headlines)
            key = (outcome.id if outcome else "adopted", body, text[start:end])
            if key in seen:
                continue
            seen.add(key)
            votes.append(
                Vote(
                    body=body,
                    in_favour=None,
                    against=None,
                    abstentions=None,
                    outcome=key[0],
                    countries=SideCountries(),
                    text=text[start:end],
                    span=(start, end),
                    rule="no_vote",
                )
            )
            break
    # "Text adopted without a vote" over a story saying the same: the headline adds nothing
    # ("APPROVES ... WITHOUT A VOTE" and "adopted without a vote" are one decision).
    told = {_family(v.outcome) for v in votes if _ends_sentence(v.text)}
    return [v for v in votes if _ends_sentence(v.text) or _family(v.outcome) not in told]


def _family(outcome: str | None) -> str | None:
    return _FAMILY.get(outcome or "", outcome)


def check_votes(votes: list[Vote], *, rules: VoteRules | None = None) -> list[str]:
    """Warnings for tallies that cannot be right as read: more countries listed than counted,
    or more votes than the body has members."""
    rules = rules or shipped_rules()
    warnings: list[str] = []
    for number, vote in enumerate(votes, start=1):
        where = f"vote {number} ({vote.span[0]}-{vote.span[1]})"
        for side in SIDES:
            count = getattr(vote, side)
            listed = getattr(vote.countries, side)
            if count is not None and len(listed) > count:
                warnings.append(
                    f"{where}: {len(listed)} countries listed as {side.replace('_', ' ')} "
                    f"but the stated count is {count}"
                )
        size = rules.body_sizes.get(vote.body or "")
        total = sum(getattr(vote, side) or 0 for side in SIDES)
        if size is not None and total > size:
            warnings.append(
                f"{where}: {total} votes counted but the {vote.body} has {size} members"
            )
    return warnings
