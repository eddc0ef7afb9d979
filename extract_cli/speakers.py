"""Who a quotation is attributed to: names in speaker phrases; pronouns, descriptions resolved."""

from __future__ import annotations

import re
from bisect import bisect_right, insort
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import cache, cached_property, lru_cache
from pathlib import Path

from spacy.tokens import Doc

from .facts import Official
from .patterns import default_pattern_dir, lexicon, load_patterns
from .rulers import marks

# The first four forms open on a capital: the look-ahead lets every other word (most of
# them) go straight to the plain word, without trying each title in turn. (The plain word's
# quantifiers are possessive: all that follows them is optional, so no letter is ever given
# back, and none is kept to be.)
_TOKEN = re.compile(
    r"(?=[A-Z])(?:"
    r"(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Col|Lt|Prof|Sgt|Capt|Maj|Jr|Sr|St)\.(?=\s)"
    r"|(?:[RDI]|Ind)-(?:[A-Z][a-z]{1,4}\.|(?:[A-Z]\.){2}|[A-Z][a-z]+)"  # party-state: R-Kan.
    r"|(?:[A-Z]\.){2,}"
    r"|[A-Z]\.(?=[ \t]+[A-Z])"
    r")"
    r"|[^\W_]++(?:['’.\-][^\W_]++)*+(?:['’]s\b)?"
    r"|[^\w\s]",
    re.UNICODE,
)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_LOWER_WORD = re.compile(r"[a-z]+")
# Capitalised at a sentence start, never a name: "While Ukraine ..."
_FUNCTION = _words(
    "one two three four five six seven eight nine ten some many several all both most "
    "other others western eastern northern southern while but and as after before in on "
    "at when if for with from by of to this that these those it he she they we i his her "
    "their its our however meanwhile also yet so since although article section photo "
    "read more source editor update updated"
)
_HONORIFICS = _words("mr mrs ms dr mr. mrs. ms. dr. sen. rep. gov. gen. prof. sir dame lord sheikh")
_PARTICLES = _words("bin ibn al al- de van von da di du le la der")
_DETERMINERS = {"the", "a", "an"}
_GENERIC = _words("the a an of for to in and official officials head chief top senior state s")
_CALENDAR = _words(
    "monday tuesday wednesday thursday friday saturday sunday january february march "
    "april may june july august september october november december today yesterday"
)
# Honorifics and capitalised role words that open a name: "Ambassador", "President", "Dr."
_NAME_MIN_LETTERS = 2
_WORD_START = re.compile(r"(?<![\w’'.\-])\w")


_WORD_GOES_ON = "_’'.-"


def _word_goes_on(char: str) -> bool:
    """A word continues across `char` (the look-behind of `_WORD_START`)."""
    return char.isalnum() or char in _WORD_GOES_ON


@dataclass(frozen=True)
class QuoteRules:
    """The word lists of patterns/quotes.jsonl (shipped and user folders), by label."""

    words: dict[str, frozenset[str]]
    document_mention: re.Pattern[str]

    def of(self, label: str) -> frozenset[str]:
        return self.words.get(label, frozenset())

    # unions built once per rule set, not per word or per mention
    @cached_property
    def not_name(self) -> frozenset[str]:
        """Capitalised words that never belong to a person's name."""
        return (
            self.of("SPEAKER_ROLE")
            | self.of("SPEAKER_ORG")
            | self.of("QUOTE_SOURCE")
            | _CALENDAR
            | _FUNCTION
            | _HONORIFICS
        )

    @cached_property
    def verbs_spoken(self) -> frozenset[str]:
        """The speech verbs a name before them marks as a speaker, "spoke" among them."""
        return self.of("SPEECH_VERB") | {"spoke"}

    @cached_property
    def name_then_verb(self) -> re.Pattern[str]:
        """A name right before one of the speech verbs (`_NAME_THEN_VERB`)."""
        # only verbs of the letters a-z: the word after a name was read as `[a-z]+` before the
        # verbs were written into the regex, so "déclaré" or "went on" never counted there
        verbs = (verb for verb in self.verbs_spoken if _LOWER_WORD.fullmatch(verb))
        return re.compile(_NAME_THEN_VERB.format(verbs=_alternation(verbs)))

    @cached_property
    def name_texts(self) -> dict[str, bool]:
        """`find_name`'s cache: whether a word may be part of a name, by its text."""
        return {}

    @cached_property
    def clause_words(self) -> frozenset[str]:
        """Lower-case words that may stand before a name opening its clause."""
        return self.of("SPEAKER_ROLE") | self.of("SPEAKER_ORG") | {"the", "of", "a", "an", "for"}


@lru_cache(maxsize=8)
def load_rules(folders: tuple[Path, ...]) -> QuoteRules:
    """Every quotes.jsonl of the folders, shipped folder first, read once per folder tuple."""
    words = {k: frozenset(v) for k, v in lexicon(load_patterns("quotes", folders)).items()}
    documents = sorted(words.get("QUOTE_DOCUMENT", frozenset()), key=len, reverse=True)
    alternation = "|".join(re.escape(d) for d in documents) or "(?!)"
    mention = re.compile(
        rf"\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:[\w’'\-]+\s+){{0,2}}(?:{alternation})\b"
    )
    return QuoteRules(words, mention)


@cache
def shipped_rules() -> QuoteRules:
    """The rules of the shipped pattern folder (finding the folder costs file-system calls)."""
    return load_rules((default_pattern_dir(),))


# The rules of the article being read: set by `quotes.find_quotes` for the length of one call
# (a context variable, so threads and nested calls each keep their own).
_ACTIVE: ContextVar[QuoteRules | None] = ContextVar("quote_rules", default=None)


_NO_WORDS: frozenset[str] = frozenset()


def active_rules() -> QuoteRules:
    return _ACTIVE.get() or shipped_rules()


@contextmanager
def using(rules: QuoteRules) -> Iterator[None]:
    """Read quotes with `rules` inside the block."""
    token = _ACTIVE.set(rules)
    try:
        yield
    finally:
        _ACTIVE.reset(token)


def labelled(label: str) -> frozenset[str]:
    """The words of one label of the quote rules in force."""
    # `active_rules().of(label)` written out: this is called for nearly every word read
    return (_ACTIVE.get() or shipped_rules()).words.get(label, _NO_WORDS)


def role_words() -> frozenset[str]:
    return labelled("SPEAKER_ROLE")


def org_words() -> frozenset[str]:
    return labelled("SPEAKER_ORG")


def speech_verbs() -> frozenset[str]:
    return labelled("SPEECH_VERB")


def source_words() -> frozenset[str]:
    return labelled("QUOTE_SOURCE")


def document_words() -> frozenset[str]:
    return labelled("QUOTE_DOCUMENT")


# A name right before a speech verb: "Nebenzia spoke first", "Kamikawa said that ...".
# An apposition after a title counts too: "The UN coordinator for Chad, Amina Bello, told ...".
# (The patterns open on a capital, the word start checked behind it, not on `\b`: a pattern
# that opens on a character class skips ahead to the next capital, twice as fast. The
# possessive `++` gives no letters back: what follows a word never starts with a word letter,
# so backtracking into it could only fail, slowly.) `{verbs}` is the rules' speech verbs
# (`QuoteRules.name_then_verb`): most capitalised words are followed by some other word, and
# the regex turns those down itself instead of handing each one back to be looked up.
_NAME_THEN_VERB = (
    r"([A-Z](?<!\w[A-Z])[\w’'\-]++(?:[ \t]+[A-Z][\w’'\-]++){{0,3}}+),?[ \t]+(?:also[ \t]+)?"
    r"({verbs})\b"
)


def _alternation(words: Iterable[str]) -> str:
    """A regex alternation of plain words, grouped by first letter: the regex engine tries
    the alternatives in turn, so a word is compared only with those of its first letter."""
    by_letter: dict[str, list[str]] = {}
    for word in sorted(words):
        by_letter.setdefault(word[0], []).append(re.escape(word[1:]))
    groups = [f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in by_letter.items()]
    return "|".join(groups) or "(?!)"


# Evidence of a person's gender, for he/she: a courtesy title, or a pronoun of the same sentence.
_GENDER_TITLE = {
    "mr": "he", "sir": "he", "lord": "he", "mrs": "she", "ms": "she", "miss": "she",
    "madam": "she", "madame": "she", "mme": "she", "dame": "she", "lady": "she",
}  # fmt: skip
# (Each title opens on its capital, the word start checked behind it, as above: a pattern
# opening on an assertion is tried at every position of the text.)
_TITLED_NAME = re.compile(
    r"(M(?<!\wM)(?:r|rs|s|iss|adam|adame|me)|S(?<!\wS)ir|D(?<!\wD)ame|L(?<!\wL)(?:ady|ord))"
    r"\b\.?[ \t]+((?:[A-Z][\w’'\-]+[ \t]*){1,3})"
)
# "him" and "her" are left out: as objects they point at someone else ("Brandt thanked her")
_GENDERED_PRONOUN = re.compile(r"\b(?:(he|his|himself)|(she|hers|herself))\b", re.I)
_CAPITALISED = re.compile(r"\b[A-Z]")
_SENTENCE_STOP = re.compile(r"[.!?\n\"“”]")
# Two or more capitalised words on one line: a name with its title, "Foreign Minister X Y".
# (possessive `*+`: a word's letters are never given back to the space that must follow it)
_CAPITALISED_RUN = re.compile(
    r"[A-Z][\w’'\-.]*+(?:[ \t]+(?:(?:bin|ibn|al|de|van|von|da)[ \t]+)?[A-Z][\w’'\-]*+)+"
)


# Ages given with a name and an age description pointing back to it: "Ana Lopez, 58, said",
# "58-year-old Ana Lopez", then "the 58-year-old diplomat".
_AGE_DESCRIPTION = re.compile(r"\b(\d{1,3})[-\s]years?[-\s]old\b", re.IGNORECASE)
_AGE_WORDS = frozenset({"year", "years", "old", "aged"})
_AGE_AFTER_NAME = re.compile(
    r"(?:[A-Z][\w’'\-.]*[ \t]+){0,5}[A-Z][\w’'\-]*,[ \t]*(?:aged[ \t]+)?(\d{1,3})[ \t]*[,)]"
)
_AGE_BEFORE_NAME = re.compile(r"\b(\d{1,3})-year-old[ \t]+(?:[\w’'\-]+[ \t]+){0,5}$")


class Word:
    """One word or punctuation mark of a context, at its offset into the article.

    A plain class with slots, its lower-case form read once: words are made and compared by
    the thousand per article, and a frozen dataclass costs several times as much to build.
    """

    __slots__ = ("lower", "next_upper", "start", "text")

    def __init__(self, text: str, start: int, next_upper: bool = False) -> None:
        self.text = text
        self.start = start
        self.next_upper = next_upper
        self.lower = text.lower()

    @property
    def end(self) -> int:
        return self.start + len(self.text)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Word):
            return NotImplemented
        return (self.text, self.start, self.next_upper) == (
            other.text,
            other.start,
            other.next_upper,
        )

    def __hash__(self) -> int:
        return hash((self.text, self.start, self.next_upper))

    def __repr__(self) -> str:
        return f"Word(text={self.text!r}, start={self.start!r}, next_upper={self.next_upper!r})"


def words_of(text: str, offset: int = 0) -> list[Word]:
    """Words and punctuation of a short context, with offsets into the article."""
    # Read back to front, so each word knows whether the next one opens on a capital; the
    # words are made without `Word.__init__` (a Python call per word, a fifth of the cost).
    words: list[Word] = []
    upper = False  # nothing after the last word
    for match in reversed(list(_TOKEN.finditer(text))):
        word = _new_object(Word)
        word.text = token = match.group()
        word.start = match.start() + offset
        word.lower = token.lower()
        word.next_upper = upper
        upper = token[:1].isupper()
        words.append(word)
    words.reverse()
    return words


_new_object = object.__new__


def _spaced_words(text: str, offset: int = 0) -> list[Word]:
    """`words_of` a run of letters-only words set apart by spaces or tabs ("Foreign Minister
    Ana Lima"): each word is one token, found without the regex."""
    parts = text.split()
    words: list[Word] = []
    at = 0
    for n, part in enumerate(parts, start=1):
        at = text.find(part, at)
        word = _new_object(Word)
        word.text = part
        word.start = at + offset
        word.lower = part.lower()
        word.next_upper = n < len(parts) and parts[n][:1].isupper()
        words.append(word)
        at += len(part)
    return words


_NAME_PREFIXES = {"al-", "el-"}
_POSSESSIVE = ("’s", "'s")


def _is_name_text(text: str, rules: QuoteRules) -> bool:
    """Whether a word, by its text alone, may be part of a person's name (where it stands
    is `find_name`'s part: a word inside a place or body is none)."""
    if text[:3].lower() in _NAME_PREFIXES and text[3:4].isupper():
        return True  # "al-Bashir"
    if not text[:1].isupper():
        return False
    lower = text.lower()
    if lower in rules.not_name:
        return False
    if "-" in lower and lower.rpartition("-")[2] in rules.of("SPEAKER_ROLE"):
        return False  # "Ex-minister", "Co-leader" opening a sentence: a role, not a name
    if len(text) == 2 and text.endswith("."):
        return True  # an initial: "Sergey V. Lavrov"
    if lower in _DETERMINERS or (len(text) > 1 and text.isupper()) or text.endswith("."):
        return False
    if text.isalpha():
        return len(text) >= _NAME_MIN_LETTERS  # the common case, without counting
    return sum(c.isalpha() for c in text) >= _NAME_MIN_LETTERS


# `QuoteRules.name_texts` is emptied when it holds more word texts than this: the rules live
# as long as the process, and a long batch run meets ever more words
_NAME_TEXTS_KEPT = 50_000


def find_name(words: Sequence[Word], blocked: frozenset[int] = frozenset()) -> Word | None:
    """The person's name at the end of a speaker phrase, as one pseudo-word, or None.

    The name is the last run of capitalised words that are not titles, places or bodies:
    "Ukrainian Foreign Minister Andrii Sybiha" -> "Andrii Sybiha". A run right after "the"
    or ending in a possessive is a body or a place, not a person.
    """
    rules = active_rules()
    orgs, roles = rules.of("SPEAKER_ORG"), rules.of("SPEAKER_ROLE")
    name_texts = rules.name_texts
    if len(name_texts) > _NAME_TEXTS_KEPT:
        name_texts.clear()
    runs: list[tuple[int, list[Word]]] = []  # where each run starts in `words`, its words
    current: list[Word] = []
    start = 0
    for index, word in enumerate(words):
        text = word.text
        # a word in lower case is no name word ("al-Bashir" aside): most words, spared the calls
        upper = text[:1].isupper()
        capital = upper or (text[2:3] == "-" and text[:3].lower() in _NAME_PREFIXES)
        # whether the word may be a name word by its text, read once per text of the rules
        name_word = name_texts.get(text) if capital else False
        if name_word is None:
            name_word = name_texts[text] = _is_name_text(text, rules)
        if name_word and word.start not in blocked and not text.endswith(_POSSESSIVE):
            if not current:
                start = index
            current.append(word)
            continue
        if not current:
            continue  # no run to go on or to close
        if name_word and word.start in blocked:
            current.append(word)  # a surname that is also a place: "Ana Lima"
            continue
        if word.lower in _PARTICLES:
            current.append(word)
            continue
        # "the House Rules Committee": a body's name goes on after the run
        body = upper and word.lower in orgs
        group = word.lower in roles  # "Labour MPs", "Tory MP": a modifier, not a name
        if not body and not group:
            runs.append((start, current))
        current = []
    if current:
        runs.append((start, current))
    for index, run in reversed(runs):
        while run and run[-1].lower in _PARTICLES:
            run = run[:-1]
        if not run:
            continue
        if index > 0 and words[index - 1].lower in _DETERMINERS:
            continue
        if index > 0 and words[index - 1].text.endswith(_POSSESSIVE) and len(run) == 1:
            continue
        return Word(" ".join([w.text for w in run]), run[0].start)
    return None


@dataclass(frozen=True)
class Speaker:
    """Who said it: the phrase the text gives, the person's name where known, and its kind."""

    text: str
    name: str | None
    kind: str  # "person" | "thing"
    words: frozenset[str] = frozenset()


_PRONOUN_FORMS = {
    "he": "he",
    "him": "he",
    "she": "she",
    "her": "she",
    "it": "it",
    "they": "they",
    "them": "they",
    "who": "who",
}
# A pronoun with no one before it to stand for: the quote is kept, its speaker unknown.
UNRESOLVED = Speaker("", None, "person")


class _Person:
    """Someone named in the article: the name, the content words of the phrase naming them,
    where the mention stands, and whether it opens its clause ("..., Foreign Minister X said").

    Given `phrases` (and no words), the words are read from them when first asked for: most
    people named in an article are never compared by them.
    """

    __slots__ = ("_phrases", "_words", "at", "name", "subject")

    def __init__(
        self,
        name: str,
        words: frozenset[str] | None,
        at: int,
        subject: bool = False,
        phrases: tuple[str, ...] = (),
    ) -> None:
        self.name = name
        self._words = words
        self.at = at
        self.subject = subject
        self._phrases = phrases

    @property
    def words(self) -> frozenset[str]:
        if self._words is None:
            self._words = frozenset().union(*map(_content, self._phrases))
        return self._words


_CLAUSE_BREAKS = ".,;:()\n—–"
_CLAUSE_BREAK = re.compile(f"[{re.escape(_CLAUSE_BREAKS)}]")
_CLAUSE_WORD = re.compile(r"[^\W\d_][\w’'\-]*")


def _opens_clause(text: str, start: int, allowed: frozenset[str]) -> bool:
    """Whether only titles and names (`allowed`: the rules' `clause_words`) stand between the
    clause start and position `start`."""
    window = text[max(0, start - 80) : start]
    # after the last clause break, if any: the first one of the window read backwards (one
    # search, not one `rfind` per break character)
    last = _CLAUSE_BREAK.search(window[::-1])
    prefix = window[len(window) - last.start() :] if last is not None else window
    for word in _CLAUSE_WORD.findall(prefix):
        if not word[:1].isupper() and word.lower() not in allowed:
            return False
    return True


_CONTENT_WORD = re.compile(r"[^\W_]+")


def _content(text: str) -> frozenset[str]:
    words = _CONTENT_WORD.findall(text.lower().replace("’s", "").replace("'s", ""))
    return frozenset(words).difference(_GENERIC)


def _given_name_gender(name: str) -> str | None:
    """The weakest evidence: a given name used for one gender only ("Pavel", "Clara")."""
    parts = name.split()
    if len(parts) < 2:
        return None  # a surname alone says nothing
    given = parts[0].lower()
    if given in labelled("FEMALE_GIVEN_NAME"):
        return "she"
    return "he" if given in labelled("MALE_GIVEN_NAME") else None


def _as_speaker(person: _Person) -> Speaker:
    return Speaker(person.name, person.name, "person", person.words)


# a run whose name is not read yet (None: read, and naming nobody)
_UNREAD = Word("", -1)


@dataclass
class SpeakerBook:
    """People met so far in the article and the speakers of earlier quotes, for resolving."""

    text: str
    blocked: frozenset[int]
    officials: Sequence[Official] = ()
    spoken: list[tuple[int, Speaker]] = field(default_factory=list)
    # the subjects of the sentences just before the quote being resolved, read only when a
    # pronoun needs them (set per quote by `near`)
    _near: Callable[[], list[tuple[int, Speaker]]] | None = None
    _local: list[tuple[int, Speaker]] | None = None
    # where quoted words start and end, in order: quoted words never name a speaker
    quoted: tuple[list[int], list[int]] = field(default_factory=lambda: ([], []))
    # double quotations, in order: where each opening mark stands, and its closing mark (or
    # the end of the paragraph a quotation runs to); people named inside are not read. Each
    # must be one of the quotations of `quoted` (whoever is named there is dropped anyway).
    double_quoted: list[tuple[int, int]] = field(default_factory=list)
    _people: list[_Person] | None = None
    # gender per name ("he", "she", None: none; read when first asked, else what a resolved
    # pronoun said), the people the evidence is read from, and the titles' evidence
    _genders: dict[str, str | None] = field(default_factory=dict)
    _subjects: list[_Person] | None = None
    _titled: dict[str, str] | None = None
    # the officials' names and their words
    _official_words: list[tuple[str, list[str]]] | None = None
    # whether a clause opens at a position: the same name is often met by several readings
    _opens: dict[int, bool] = field(default_factory=dict)
    # the content words of phrases: a speaker's name comes back with each of their quotes
    _contents: dict[str, frozenset[str]] = field(default_factory=dict)

    @classmethod
    def build(cls, doc: Doc, officials: Sequence[Official], text: str) -> SpeakerBook:
        # the start of every word inside a country, demonym, capital or organization
        blocked: set[int] = set()
        for start, end, _, _ in marks(doc, "entities"):
            if text[start:end].isalnum():
                # one word, as most are ("Russia"): its start, unless a word goes on before it
                # (`_word_goes_on` written out: a call per entity costs more than the test)
                before = text[start - 1] if start else " "
                if not (before.isalnum() or before in _WORD_GOES_ON):
                    blocked.add(start)
            else:
                blocked.update(match.start() for match in _WORD_START.finditer(text, start, end))
        return cls(text, frozenset(blocked), officials)

    @property
    def people(self) -> list[_Person]:
        """Everyone named in the article, read only when a quote needs resolving."""
        if self._people is None:
            self._people = self._read_people()
        return self._people

    def content(self, phrase: str) -> frozenset[str]:
        """The content words of a phrase (`_content`), read once per article."""
        found = self._contents.get(phrase)
        if found is None:
            found = self._contents[phrase] = _content(phrase)
        return found

    def opens_clause(self, at: int) -> bool:
        """Whether only titles and names stand between the clause start and position `at`."""
        opens = self._opens.get(at)
        if opens is None:
            opens = self._opens[at] = _opens_clause(self.text, at, active_rules().clause_words)
        return opens

    def _read_people(self) -> list[_Person]:
        text = self.text
        people = []
        for official in self.officials:
            # known by their title, affiliation and name (read when first asked for)
            known = (
                " ".join(x for x in (official.title, official.affiliation) if x),
                official.name,
            )
            for start, _ in official.mentions or (official.span,):
                opens = self.opens_clause(start)
                people.append(_Person(official.name, None, start, opens, phrases=known))
        roles = role_words()
        # the name read in each run, by where the run starts and ends: a titled run before a
        # speech verb ("Foreign Minister Sergey Lavrov said") is read by both scans below
        names: dict[tuple[int, int], Word | None] = {}
        for match in self._outside_double_quotes(_CAPITALISED_RUN):
            # most runs carry no title: test the bare tokens before building words
            group = match.group()
            plain = "".join(group.split()).isalpha()
            if plain:
                # each word one token: one set test on the lower-cased run
                titled = not roles.isdisjoint(group.lower().split())
            else:
                titled = any(token.lower() in roles for token in _TOKEN.findall(group))
            if not titled:
                start = match.start()
                before = text[max(0, start - 30) : start].rsplit(None, 1)
                if not (before and before[-1].lower() in roles):
                    continue
            words = (_spaced_words if plain else words_of)(group, match.start())
            name = names[match.span()] = find_name(words, self.blocked)
            if name is None:
                continue
            people.append(self.person(text, match.start(), name, match.start()))
        for match in self._outside_double_quotes(active_rules().name_then_verb):
            span = match.span(1)
            name = names.get(span, _UNREAD)
            if name is _UNREAD:
                group = match.group(1)
                plain = "".join(group.split()).isalpha()
                words = (_spaced_words if plain else words_of)(group, span[0])
                name = find_name(words, self.blocked)
            if name is None or name.end != span[1]:
                continue
            people.append(self.person(text, match.start(), name, name.start))
        for at, speaker in self.spoken:
            if speaker.name and speaker.kind == "person":
                people.append(_Person(speaker.name, speaker.words, at, True))
        # someone named inside a quotation is talked about, not a speaker a pronoun points to
        people = [p for p in people if not self._is_quoted(p.at)]
        people.sort(key=lambda p: p.at)
        return people

    def _outside_double_quotes(self, pattern: re.Pattern[str]) -> Iterator[re.Match[str]]:
        """The matches of a people pattern, as a search of the whole text finds them, but for
        those inside a double quotation: whoever they name is dropped from the people anyway.

        Neither people pattern takes a double mark (a word character, space, tab, comma):
        no match runs into or out of a quotation, so the text between two quotations is
        searched alone (the mark after it, no word character, ends a word there as it would
        in the whole text).
        """
        text, at = self.text, 0
        for opening, closing in self.double_quoted:
            yield from pattern.finditer(text, at, opening)
            at = closing
        yield from pattern.finditer(text, at)

    def person(self, text: str, at: int, name: Word, clause_at: int) -> _Person:
        """The person named in a match at `at`: the phrase back to its line start or 60
        characters, and whether the clause at `clause_at` opens a sentence."""
        begin = max(0, at - 60)
        # the line start when it is nearer (a newline within the 60 characters)
        begin = text.rfind("\n", begin, at) + 1 or begin
        return _Person(
            self.official_name(name.text) or name.text,
            None,
            name.start,
            self.opens_clause(clause_at),
            phrases=(text[begin : name.end],),
        )

    def official_name(self, name: str) -> str | None:
        """The official a name or surname stands for, in the official's own spelling."""
        parts = name.split()
        if self._official_words is None:  # split once per article, not once per name read
            self._official_words = [(o.name, o.name.split()) for o in self.officials]
        for official, known in self._official_words:
            if known == parts or (
                known[-1:] == parts[-1:] and (len(parts) == 1 or known[0] == parts[0])
            ):
                return official
        if len(parts) == 1:
            for official, known in self._official_words:
                if known[0] == name:
                    return official  # "Tedros" of "Tedros Adhanom Ghebreyesus"
        return None

    def full_name(self, name: str, at: int) -> str:
        """A surname alone ("Kuzmin") completed from an earlier full mention.

        An official's own spelling wins, so the quote links to that official.
        """
        official = self.official_name(name)
        if official is not None:
            return official
        if " " in name:
            # "Ruiz Soto" of "Marta Ruiz Soto": a two-word surname completed the same way
            tail = f" {name}"
            for person in reversed(self.people):
                if person.name.endswith(tail) and person.at < at:
                    return person.name
            return name
        for person in reversed(self.people):
            if person.name.split()[-1] == name and " " in person.name:
                return person.name
        for person in self.people:
            if person.name.split()[-1] == name:
                return person.name
        for person in reversed(self.people):
            if person.name.split()[0] == name and " " in person.name:
                return person.name  # "Wang" of "Wang Yi", "Tedros" of "Tedros Adhanom ..."
        return name

    def resolve(self, words: Sequence[Word], at: int) -> Speaker | None:
        """The speaker a phrase names: a name, a pronoun resolved, or a description."""
        words = [w for w in words if w.text not in {",", ":", "-", "–", "—"}]
        words = [w for w in words if not self._is_quoted(w.start)]
        while words and words[0].text in "()":
            words = words[1:]
        if words and words[-1].text == "(":
            words = words[:-1]
        while words and words[-1].lower in {"the", "a", "an", "of", "and", "to", "for"}:
            words = words[:-1]
        if not words:
            return None
        phrase = self.text[words[0].start : words[-1].end]
        if len(words) == 1 and words[0].lower in _PRONOUN_FORMS:
            pronoun = _PRONOUN_FORMS[words[0].lower]
            found = self._pronoun(pronoun, at)
            if found is not None and found.name and pronoun in {"he", "she"}:
                self._note_gender(found.name, pronoun)
            return found or UNRESOLVED
        if words[0].lower in {"we", "i", "you", "this", "which", "there"}:
            return None
        name = find_name(words, self.blocked)
        content = self.content(phrase)
        if name is not None:
            full = self.full_name(name.text, at)
            return Speaker(phrase, full, "person", content | self.content(full))
        lowers = {w.lower for w in words}
        if lowers & document_words():
            return Speaker(phrase, None, "thing", content)
        # "the co-chair", "the ex-minister": a role with a prefix
        tails = {w.rpartition("-")[2] for w in lowers if "-" in w}
        if (lowers | tails) & role_words() or _AGE_DESCRIPTION.search(phrase):
            # "the 58-year-old" alone describes a person as well as "the diplomat" does
            definite = words[0].lower not in {"a", "an"}
            return Speaker(
                phrase, self._describe(content, at, phrase) if definite else None, "person", content
            )
        return Speaker(phrase, None, "thing", content)

    def _is_quoted(self, at: int) -> bool:
        starts, ends = self.quoted
        k = bisect_right(starts, at) - 1
        return k >= 0 and at < ends[k]

    def spoke(self, speaker: Speaker, at: int) -> None:
        """Record the speaker of a quote, the first antecedent for later pronouns."""
        self.spoken.append((at, speaker))
        if speaker.name and speaker.kind == "person" and self._people is not None:
            insort(self._people, _Person(speaker.name, speaker.words, at, True), key=lambda p: p.at)

    def near(self, subjects: Callable[[], list[tuple[int, Speaker]]] | None) -> None:
        """How to read the subjects of the sentences just before the next quote."""
        self._near, self._local = subjects, None

    @property
    def local(self) -> list[tuple[int, Speaker]]:
        if self._local is None:
            read, self._near = self._near, None
            self._local = []  # reading them resolves phrases: no recursion into this
            self._local = read() if read is not None else []
        return self._local

    def _gender_of(self, name: str) -> str | None:
        """ "he" or "she" for a person whose gender the text shows, else what a pronoun said.

        The evidence is worked out per name, only for the names a pronoun is checked against
        (most people named are never asked about), from the people known when first asked.
        """
        people = self._gender_people()
        if name not in self._genders:
            self._genders[name] = self._read_gender(name, people)
        return self._genders[name]

    def _note_gender(self, name: str, pronoun: str) -> None:
        """A pronoun resolved to `name`: later pronouns agree with it unless the text shows
        otherwise."""
        if self._gender_of(name) is None:
            self._genders[name] = pronoun

    def _gender_people(self) -> list[_Person]:
        """The people opening their clause, as known when a gender was first needed (read
        once, so that the evidence for each name is read from the same people)."""
        if self._subjects is None:
            self._subjects = [p for p in self.people if p.subject]
        return self._subjects

    def _read_gender(self, name: str, people: list[_Person]) -> str | None:
        titled = self._titled
        if titled is None:
            titled = self._titled = self._read_titles()
        if name in titled:
            return titled[name]
        # "Lindqvist defended his vote": a pronoun in the sentence a person opens
        text = self.text
        for n, person in enumerate(people):
            if person.name != name:
                continue
            end = person.at + len(person.name)
            stop = _SENTENCE_STOP.search(text, end, end + 160)
            limit = stop.start() if stop else min(len(text), end + 160)
            if n + 1 < len(people):
                limit = min(limit, people[n + 1].at)  # another person comes first
            pronoun = _GENDERED_PRONOUN.search(text, end, limit)
            # another name between them may be whom the pronoun stands for ("thanked Ana Lima,
            # saying she"): only a pronoun with no capitalised word before it counts
            if pronoun is not None and not _CAPITALISED.search(text, end, pronoun.start()):
                return "he" if pronoun.group(1) else "she"
        return None

    def _read_titles(self) -> dict[str, str]:
        """The gender a courtesy title gives ("Ms. Varga"), the first title of a name winning."""
        genders: dict[str, str] = {}
        for match in _TITLED_NAME.finditer(self.text):
            name = find_name(words_of(match.group(2), match.start(2)), self.blocked)
            if name is not None:
                full = self.official_name(name.text) or name.text
                genders.setdefault(full, _GENDER_TITLE[match.group(1).lower()])
        return genders

    def fits(self, speaker: Speaker, pronoun: str) -> bool:
        """Whether `speaker` may be the "he" or "she" of a quote (no evidence against it)."""
        return self._fits(speaker, pronoun)

    def _fits(self, speaker: Speaker, pronoun: str) -> bool:
        """Whether a person may be "he" or "she": only evidence to the contrary rules one out."""
        if pronoun not in {"he", "she"} or speaker.kind != "person" or not speaker.name:
            return True
        known = self._gender_of(speaker.name) or _given_name_gender(speaker.name)
        return known in {None, pronoun}

    def _pronoun(self, pronoun: str, at: int) -> Speaker | None:
        wanted = {"he": "person", "she": "person", "who": "person", "it": "thing"}.get(pronoun)
        last: tuple[int, Speaker] | None = None
        for when, speaker in reversed(self.spoken):
            if (wanted is None or speaker.kind == wanted) and self._fits(speaker, pronoun):
                last = (when, speaker)
                break
        if wanted == "person":
            # the subject of a sentence just before, in the quote's paragraph:
            # "The Liberals of Selma Varga came third. '...,' she said."
            for when, speaker in reversed(self.local):
                if when >= at or (last is not None and when < last[0]):
                    continue
                if not self._fits(speaker, pronoun):
                    continue
                if last is not None and last[1].name and speaker.name in {None, last[1].name}:
                    # the same person, or a description that may well be the named speaker
                    # ("Tehran's top diplomat" after Araghchi spoke)
                    break
                return speaker
            # a person introduced as a subject after the last quote: "Lavrov criticised ..."
            mention = next(
                (
                    p
                    for p in reversed(self.people)
                    if p.at < at and p.subject and self._fits(_as_speaker(p), pronoun)
                ),
                None,
            )
            later = mention is not None and (last is None or mention.at > last[0])
            if mention is not None and later and (last is None or mention.name != last[1].name):
                return _as_speaker(mention)
        if last is not None:
            return last[1]
        if wanted == "thing":
            return self._document_before(at)
        mention = next(
            (p for p in reversed(self.people) if p.at < at and self._fits(_as_speaker(p), pronoun)),
            None,
        )
        if mention is not None:
            return _as_speaker(mention)
        return None

    def _document_before(self, at: int) -> Speaker | None:
        """What "it" stands for when no document spoke yet: "The draft resolution ... It"."""
        found = None
        for match in active_rules().document_mention.finditer(self.text, max(0, at - 600), at):
            found = match
        if found is None:
            return None
        phrase = found.group(0)
        return Speaker(phrase, None, "thing", self.content(phrase))

    def _describe(self, content: frozenset[str], at: int, phrase: str = "") -> str | None:
        """The person a description ("the Russian diplomat", "the 58-year-old") points back to."""
        roles = role_words()
        before = [p for p in self.people if p.at < at]
        age = _AGE_DESCRIPTION.search(phrase)
        if age is not None:
            # "the 58-year-old diplomat": the person whose age the article gave as 58
            content = content - _AGE_WORDS - {age.group(1)}
            aged = [(p, self._age_of(p)) for p in before]
            same = [p for p, years in aged if years == age.group(1)]
            if same:
                return same[-1].name
            before = [p for p, years in aged if years is None]  # another age: someone else
        marked = {w[:5] for w in content - roles}  # "Russian" meets "Russia"
        for person in reversed(before):
            if marked & {w[:5] for w in person.words} or (content & person.words & roles):
                return person.name
        if marked:
            return None  # "the Iranian minister" is not the American named before
        last = next((p for p in reversed(before) if p.subject), None)
        return last.name if last is not None else None

    def _age_of(self, person: _Person) -> str | None:
        """The age given with a mention: "Ana Lopez, 58," or "the 58-year-old Ana Lopez"."""
        text = self.text
        after = _AGE_AFTER_NAME.match(text, person.at, min(len(text), person.at + 90))
        if after is not None:
            return after.group(1)
        ahead = _AGE_BEFORE_NAME.search(text, max(0, person.at - 60), person.at)
        return ahead.group(1) if ahead is not None else None


__all__ = [
    "UNRESOLVED",
    "QuoteRules",
    "Speaker",
    "SpeakerBook",
    "Word",
    "document_words",
    "find_name",
    "labelled",
    "load_rules",
    "role_words",
    "shipped_rules",
    "source_words",
    "speech_verbs",
    "using",
    "words_of",
]
