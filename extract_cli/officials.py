"""Named officials: people in a public role, with title, affiliation, country and every mention.

There is no NER model: a candidate is a capitalised name run (`names`) that a title before it
("Foreign Minister Sergey Lavrov", "Kenya's envoy to the AU, X,"), an apposition after it
("X, Russia's foreign minister,"), a bracketed country ("X (Portugal) said"), the body it leads
("the Social Democrats of X", "the League led by X"), a speech verb ("said X Y") or a known
given name marks as a person; where a body's name or a title's complement runs into the name
("Committee on Constitutional Legislation Yelena Sokhova said", "Minister for Reintegration X"),
the name starts at its given name. Bylines, photo credits, non-official roles (reporters,
relatives, coaches), private people ("X, who lives nearby,"), sentence adverbs ("Separately,")
and the names of groups and campaigns ("the group X", "X, a coalition of ...") are dropped;
later mentions by surname ("Kuzmin") or by title ("the minister") are merged into the official
they refer to. The word lists come from `load_rules` (shipped and user pattern folders).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice
from operator import attrgetter
from pathlib import Path
from typing import AnyStr, NamedTuple

from spacy.tokens import Doc

from .casefold import FOLDED_LETTERS, has_folded_letter
from .doctext import article_text
from .facts import Official, Span
from .names import (
    NameLexicon,
    Word,
    capitalised_runs,
    load_name_lexicon,
    name_key,
    name_segments,
)
from .patterns import default_pattern_dir, lexicon, load_patterns
from .rulers import marks

COUNTRY_LABELS = frozenset({"COUNTRY", "DEMONYM", "CAPITAL"})
_NAME_PLACE_LABELS = frozenset({"COUNTRY", "CAPITAL"})
# Small words that may sit inside a title phrase: "Minister of Foreign Affairs of Azerbaijan".
CONNECTORS = frozenset({"of", "to", "the", "for", "at", "in", "on", "and", "de", "du", "des"})
# Words that open a relative clause or a participle rather than an apposition.
_NOT_APPOSITION = frozenset(
    {"who", "which", "whose", "where", "when", "and", "but", "saying", "adding", "as", "while"}
    | {"was", "is", "were", "are", "has", "had", "have", "will", "would", "said", "says", "told"}
)
# Sentence openers and tenses that stand before an affiliation: "The Iranian", "Former U.S.".
_NOT_AFFILIATION = frozenset(
    {"the", "but", "and", "former", "ex", "late", "then", "outgoing", "acting", "meanwhile"}
)
# Prepositions that open the complement of a title: "ambassador to the AU", "envoy for Yemen".
_COMPLEMENT = frozenset({"of", "for", "to", "on", "in", "at", "from"})
_MAX_COMPLEMENT = 8
# "residents such as X", "witnesses including X", "a man named X"
_EXAMPLE_MARKERS = frozenset({"as", "including", "like", "named", "called"})
_NOT_MODIFIER = frozenset({"only", "also", "then", "now", "not", "just", "as", "than"})
_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "whose", "one"})
# Verbs that come before the speaker's name: "said Vassily Nebenzia".
_VERBS_BEFORE_NAME = frozenset({"said", "says", "added", "adds", "noted", "stated", "wrote"})
_MAX_NAME_WORDS = 4
_LIST_GAPS = (", ", " and ", ", and ")
# Russian, Ukrainian and Serbian patronymics: "Dmitriyevna", "Eduardovich", "Petrovna"
_PATRONYMIC = re.compile(r"(?:[oe]vi[cč]h?|[oe]vna|ichna|yich)$")
_WALK_LIMIT = 16

# a word ("U.N.", "Thomas-Greenfield", "U.N.'s") or one mark
_TOKEN = re.compile(r"\w+(?:[.'’\-\u2010\u2011]\w+)*\.?(?:['’]s\b)?|[^\w\s]")
_US_PARTY_STATE = re.compile(r"[RDI]-[A-Z]")
_NAMES_TAIL = r"(?:[A-Z][\w.'’\-]*(?:\s+|\s*,\s*|\s+and\s+|\s*&\s*|\s*;\s*))*"
# Credit and byline lines: "Reporting by Steve Holland and ...", "Photo: X", "By X, The ...".
_CREDIT = re.compile(
    r"(?i:\b(?:reporting|editing|writing|written|compiled|updated|edited|translated|"
    r"photo(?:graph)?s?|pictures?|images?|credit|editor|reporter|correspondent|"
    r"source|text|video)\b(?:\s+by)?\s*[:|]?\s*)" + _NAMES_TAIL + r"$"
)
_JOURNALIST_AFTER = re.compile(
    r"(?:\s+and\s+[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*)*)?"
    r"\s+(?:contributed|reported from|reporting from)\b"
)
# the credit words of `_CREDIT`, looked for before it is run
_CREDIT_WORDS = (
    "reporting", "editing", "writing", "written", "compiled", "updated", "edited", "translated",
    "photo", "picture", "image", "credit", "editor", "reporter", "correspondent", "source",
    "text", "video",
)  # fmt: skip
_BYLINE = re.compile(r"^\W*(?i:by)\s+" + _NAMES_TAIL + r"$")
# Digits, and "R-Ky." / "D-Mass." party-state tags of US lawmakers.
_NOT_A_NAME_WORD = re.compile(r"\d|^[RDI]-[A-Z]")
_POSSESSOR = re.compile(r"([\w.\-]+(?: [\w.\-]+)?)['’]s\s+$")
# "LINDA THOMAS-GREENFIELD (United States)": a speaker's name in capitals, then the country
_CAPS_SPEAKER = re.compile(
    r"(?<!\w)((?:[A-ZÀ-Þ][A-ZÀ-Þ'’\-]+|[A-Z]\.)"
    r"(?: (?:[A-ZÀ-Þ][A-ZÀ-Þ'’\-]+|[A-Z]\.|al|bin|ibn|de|da|von|van|der|del|la|le))+)"
    r" \(([^()\n]{2,60})\)"
)
_AGE_AFTER = re.compile(r",\s*\d{1,3}\s*,")
_LAST_WORD = re.compile(r"(\w+)\s+$")
_TITLE_WORD = re.compile(r"[\w.\-]+")
_PLAIN_WORD = re.compile(r"\w+")
_FOLLOWED_BY_NAME = re.compile(r",?\s+[A-Z]")
# "the Social Democrats (SPÖ) of ", "the government of ": a body named after its leader
_LED_BY = re.compile(r"((?:[A-Z][\w'’\-]* )*)(\w+)(?: \([^()\n]{1,15}\))? of $")
# the left side of `_description`, ending where a title head starts
_DESCRIPTION_LEFT = re.compile(
    r"(?:\b[Tt]he|\b([A-Z][\w.\-]*(?: [A-Z][\w.\-]*)?)['’]s)\s+((?:[\w.'’\-]+\s+){0,2}?)$"
)
# how the word that opens `_DESCRIPTION_LEFT` ends
_DESCRIPTION_OPENERS = ("the", "The", "'s", "’s")
_WORD_GOES_ON = re.compile(r"[\w\-]")
# the shape of a sentence adverb ("Separately", "Additionally", "Finally"), not of a surname
# ending in -ly ("Kelly", "Reilly", "Connolly", "Daly", "McNally", "Scully")
_ADVERB = re.compile(r"^(?!Mc|Mac|O['’])\w+(?:ally|fully|[^\Waol]ly)$")
_OPENING_MARKS = " \t\"“‘'("
# "the Human Rights League led by ": the body, the verb
_HEADED_BY = re.compile(r"((?:[A-Z][\w'’\-]* )*)([\w\-]+)(?: \([^()\n]{1,15}\))?,? (\w+) by $")
# what may follow the body noun of an apposition that names a body: "X, a coalition of ...",
# "X, an Indonesian NGO that ...", "X, a residents' campaign," (not "a group leader")
_BODY_FOLLOWERS = frozenset(
    {"of", "that", "which", "who", "in", "from", "for", "with", "by", "based", "representing"}
    | {"campaigning", "working", "against", "opposed", "opposing", "formed", "founded", "set"}
    | {"led", "backed", "funded", "run", "made", "fighting", "calling", "seeking", "behind"}
)
# Each letter of casefold.FOLDED_LETTERS lowered as a case-blind regex reads it, one for one.
_FOLDS_TO_ASCII = str.maketrans(FOLDED_LETTERS, "iis")
_KELVIN = "\u212a"
_LOWER_WORD = re.compile(r"(?<![\w'’\-])[a-z][a-z'’\-]{3,}")
# a comma, then a lower-case word that `_TOKEN` reads as one token (nothing of a word after it)
_PLAIN_AFTER_COMMA = re.compile(r", *([a-z]+)(?![\w.'’\-\u2010\u2011])")
_word_key = attrgetter("key")
_bisect_right = bisect.bisect_right
# how many tokens `apposition_after` reads at first and each time its loop needs the next one
# (four at least: an age before the apposition takes three, "X, 70, the ...")
_APPOSITION_STEP = 4
_NO_OWNERS: frozenset[int] = frozenset()


class _Kind(NamedTuple):
    """What `_Finder.walk_back` asks of a word that does not depend on where it stands."""

    base: str
    stop: bool  # a mark or a sentence's last word: the walk ends
    role: bool  # "son", "residents": a role that is no office
    head: bool  # "minister", "under-secretary-general"
    member: bool  # "member": a title only after a party or chamber
    filler: bool  # a title's modifier, a context word or a connector
    capitalised: bool  # a name word, a body's or a title's


@dataclass(frozen=True)
class OfficialRules:
    """The word lists of `officials.jsonl` and `names.jsonl`, lower-cased."""

    heads: frozenset[str]
    mods: frozenset[str]
    context: frozenset[str]
    not_official: frozenset[str]
    # ", who lives nearby,", ", whose son ...": a private person (longest first)
    private_clauses: tuple[str, ...]
    verbs: frozenset[str]
    regnal: frozenset[str]
    weak: frozenset[str]
    # "the government of X", "the Labour Party of X": bodies named after their leader
    led_bodies: frozenset[str]
    parties: frozenset[str]
    # "member": a title only after a capitalised party or chamber ("Congress member X")
    member_titles: frozenset[str]
    # "the group X", "X, a coalition of ...": a body's name, not a person's
    org_nouns: frozenset[str]
    # "the League led by X": X heads the body
    headed_bodies: frozenset[str]
    headed_verbs: frozenset[str]
    # "the Obama administration", "the Lukashenko regime"
    leader_bodies: frozenset[str]
    # "Keep Rates Fair", "Stop the War": a campaign's name opens with an imperative
    campaign_openers: frozenset[str]
    # "the firm's director", "the company's spokesman": a business's, not a public role
    private_owners: frozenset[str]
    # family names that are also place or body words ("park"), and as written ("Park")
    family_places: frozenset[str]
    family_place_forms: tuple[str, ...]
    # countries and capitals as written that are also personal names ("Jordan", "Sofia")
    name_place_forms: frozenset[str]
    names: NameLexicon
    # capitalised words that are never part of a name: titles, organisations, function words
    stop_words: frozenset[str]
    # heads | mods: the words of a title phrase (built once: a union per look-up is slow)
    titles: frozenset[str]
    # heads | member_titles: "ministers", "members" are plural titles
    plural_heads: frozenset[str]
    # any of `private_clauses` as a whole word or phrase (one match, not one test per phrase)
    private_clause: re.Pattern[str]
    # a cache: whether a word as written may be part of a name (`_Finder.may_be_name`)
    plain_words: dict[str, bool] = field(default_factory=dict, compare=False, hash=False)
    # a cache: how the title walk reads a word as written (`_Finder.new_kind`)
    word_kinds: dict[str, _Kind] = field(default_factory=dict, compare=False, hash=False)


@lru_cache(maxsize=8)
def load_rules(folders: tuple[Path, ...]) -> OfficialRules:
    """The rules from every folder's `officials.jsonl` and `names.jsonl` (shipped folder
    first, then the user's)."""
    words = lexicon(load_patterns("officials", folders))

    def get(label: str) -> frozenset[str]:
        return frozenset(words.get(label, ()))

    heads = get("OFFICIAL_TITLE")
    names = load_name_lexicon(folders)
    mods = get("OFFICIAL_TITLE_MOD")
    stop_words = heads | mods | names.not_name | names.org_words | names.honorifics
    # "Sen." and "Sen" alike: `_base` drops a final full stop.
    heads = heads | {h.rstrip(".") for h in heads}
    mods = mods | {m.rstrip(".") for m in mods}
    member_titles = get("OFFICIAL_MEMBER_TITLE")
    private_clauses = tuple(sorted(get("NOT_OFFICIAL_CLAUSE"), key=len, reverse=True))
    family_places = names.org_words & names.family_first
    return OfficialRules(
        heads=heads,
        mods=mods,
        context=get("OFFICIAL_CONTEXT"),
        not_official=get("NOT_OFFICIAL_ROLE"),
        private_clauses=private_clauses,
        verbs=get("OFFICIAL_SPEECH_VERB"),
        regnal=get("OFFICIAL_REGNAL"),
        weak=get("OFFICIAL_WEAK_TITLE"),
        led_bodies=get("OFFICIAL_LED_BODY"),
        parties=get("OFFICIAL_PARTY_WORD"),
        member_titles=member_titles,
        org_nouns=get("OFFICIAL_ORG_NOUN"),
        headed_bodies=get("OFFICIAL_HEADED_BODY"),
        headed_verbs=get("OFFICIAL_HEADED_VERB"),
        leader_bodies=get("OFFICIAL_LEADER_BODY"),
        campaign_openers=get("OFFICIAL_CAMPAIGN_OPENER"),
        private_owners=get("NOT_OFFICIAL_OWNER"),
        family_places=family_places,
        family_place_forms=tuple(sorted(w.capitalize() for w in family_places)),
        name_place_forms=frozenset(
            w.capitalize() for w in names.given | names.family_first | names.surname_words
        ),
        names=names,
        stop_words=stop_words,
        titles=heads | mods,
        plural_heads=heads | member_titles,
        private_clause=_any_phrase(private_clauses),
    )


def _any_phrase(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """Any of the phrases, not followed by a word character or a hyphen (and nothing when
    there are none)."""
    if not phrases:
        return re.compile(r"(?!)")
    return re.compile("(?:" + "|".join(map(re.escape, phrases)) + r")(?![\w\-])")


@lru_cache(maxsize=256)
def _description(heads: tuple[str, ...]) -> re.Pattern[str]:
    """ "the minister", "the Russian diplomat", "Iran's foreign minister": one of the
    article's title heads after "the" or a possessive and up to two modifiers, not followed
    by a complement ("the president of ...")."""
    alternation = "|".join(re.escape(h) for h in sorted(heads, key=len, reverse=True))
    return re.compile(
        r"(?:\b[Tt]he|\b([A-Z][\w.\-]*(?: [A-Z][\w.\-]*)?)['’]s)\s+"
        r"((?:[\w.'’\-]+\s+){0,2}?)((?i:" + alternation + r"))\b"
        r"(?!\s+(?:of|to|for|in|at)\b)(?![\w\-])"
    )


class _Role(NamedTuple):
    # (a named tuple: made for most candidates, and a frozen dataclass is slow to build)
    title: str | None
    affiliation: str | None
    country: str | None
    head: str | None = None
    plural: bool = False


@dataclass
class _Person:
    words: list[str]
    # `name_key` of each word, kept with the words: every merge compares them
    keys: tuple[str, ...]
    role: _Role | None
    mentions: dict[Span, str] = field(default_factory=dict)


# the strings of span label and id hashes (a hash is the same in every StringStore)
class _Entities:
    """The entity ruler's spans by character offset: country/org look-ups around a name."""

    def __init__(self, doc: Doc) -> None:
        self.spans = sorted(marks(doc, "entities"))
        self.starts = [s[0] for s in self.spans]

    def at(self, start: int, end: int) -> tuple[int, int, str, str] | None:
        """The entity overlapping [start, end), if any."""
        # (called for most words and tokens looked at: no name looked up twice)
        spans = self.spans
        i = _bisect_right(self.starts, start)
        if i and spans[i - 1][1] > start:
            return spans[i - 1]
        if i < len(spans) and spans[i][0] < end:
            return spans[i]
        return None


class _Lines:
    """Line bounds, and whether a line reads like a headline, caption or byline (no prose)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._headline: dict[int, bool] = {}

    def bounds(self, pos: int) -> tuple[int, int]:
        # two searches in C from the position: fewer than the lines of a text split up front
        text = self.text
        end = text.find("\n", pos)
        return text.rfind("\n", 0, pos) + 1, end if end != -1 else len(text)

    def headline_like(self, start: int, end: int) -> bool:
        """Title-case headlines and name-only lines (captions, bylines) have no lower-case
        word of 4+ letters and no full stop at the end; a short sentence has one. `start`,
        `end`: the line's bounds."""
        if start not in self._headline:
            last = self.text[start:end].rstrip()[-1:]
            self._headline[start] = (
                last not in '.!?"”’' and _LOWER_WORD.search(self.text, start, end) is None
            )
        return self._headline[start]


def _is_head(base: str, heads: frozenset[str]) -> bool:
    """ "minister", and hyphenated forms ending in a head: "under-secretary-general"."""
    return base in heads or ("-" in base and base.rsplit("-", 1)[1] in heads)


def _is_role(base: str, words: frozenset[str]) -> bool:
    """ "resident" and its plural "residents", "witness" and "witnesses"."""
    return (
        base in words
        or (base.endswith("s") and base[:-1] in words)
        or (base.endswith("es") and base[:-2] in words)
    )


# the same few hundred words come back in every walk
@lru_cache(maxsize=16384)
def _base(token: str) -> str:
    """Lower case, without a possessive or a final full stop: "Minister's" -> "minister"."""
    low = token.lower().rstrip(".")
    return low[:-2] if low.endswith(("'s", "’s")) else low


def _is_capitalised(token: str) -> bool:
    return token[:1].isupper()


def _opens_noun_phrase(low: str, lex: OfficialRules) -> bool:
    """Can a word in lower case (`_base`) open an apposition's noun phrase: "the ...",
    "deputy head ...", "reporting for ..."? (`role_after` reads the first word after a comma
    by this test without tokens, `apposition_after` with them.)"""
    return (
        low in _DETERMINERS
        or low in lex.heads
        or low in lex.mods
        or low in lex.not_official
        or low == "reporting"
    )


def _title_word(word: str, lex: OfficialRules) -> bool:
    """Can the word right before a name end its title: a capitalised word ("President",
    "Mr."), a head, a modifier, a context word or a member title ("minister", "senior")?
    (`_Finder.title_nearby`)"""
    if word[:1].isupper():
        return True
    base = _base(word)
    return (
        _is_head(base, lex.heads)
        or base in lex.mods
        or base in lex.context
        or base in lex.member_titles
    )


def _ends_sentence(token: str, lex: OfficialRules) -> bool:
    return token.endswith(".") and len(token) > 1 and not lex.names.is_abbreviation(token)


class _Finder:
    """One article's pass: candidates, evidence, merging, mentions."""

    def __init__(self, doc: Doc, rules: OfficialRules) -> None:
        self.text = article_text(doc)
        self.lex = rules
        self.ents = _Entities(doc)
        self.lines = _Lines(self.text)
        self.stop_words = self.lex.stop_words
        # `may_be_name` by word: the same words come back across articles
        self.plain = rules.plain_words
        # `new_kind` by word, for the title walks
        self.kinds = rules.word_kinds
        # starts of capitalised words cut off a long run as a body's name (`name_tail`)
        self.body_words: set[int] = set()
        # `tokens_before` of the last start asked for, with that start
        self.last_tokens_before: tuple[int, list[re.Match[str]]] = (-1, [])
        # whether a family name that is also a place word ("Park") is in the text at all
        # (a substring test per word, in C: a case-blind regex costs a tenth of the component)
        self.family_places = any(form in self.text for form in rules.family_place_forms)
        # countries and capitals that are also personal names ("Jordan", "Chad", "Sofia"), by
        # start: a name's word where a title stands before it (`titled_name_words`)
        forms = rules.name_place_forms
        # (sorted, as the spans are)
        self.name_places = [
            s
            for s, e, label, _ in self.ents.spans
            if label in _NAME_PLACE_LABELS and self.text[s:e] in forms
        ]
        if len(self.plain) > 50_000:
            self.plain.clear()
        if len(self.kinds) > 50_000:
            self.kinds.clear()

    # -- words and segments -------------------------------------------------------------

    def is_name_word(self, word: Word) -> bool:
        plain = self.plain.get(word.text)
        if plain is None:
            plain = self.plain[word.text] = self.may_be_name(word.text)
        return plain and self.ents.at(word.start, word.end) is None

    def is_name_at(self, text: str, start: int) -> bool:
        """`is_name_word` of the word `text` at `start`, with no `Word` made for it."""
        plain = self.plain.get(text)
        if plain is None:
            plain = self.plain[text] = self.may_be_name(text)
        return plain and self.ents.at(start, start + len(text)) is None

    def may_be_name(self, text: str) -> bool:
        """Can this word, wherever it stands, be part of a name? Not "Minister", "UN", "2024"."""
        if text.lower() in self.stop_words or _NOT_A_NAME_WORD.search(text):
            return False
        core = text.replace(".", "").replace("-", "")
        return not (core.isupper() and len(core) >= 2)

    def new_kind(self, tok: str) -> _Kind:
        """How the title walk reads this word wherever it stands (and remember it)."""
        lex = self.lex
        base = _base(tok)
        kind = self.kinds[tok] = _Kind(
            base=base,
            stop=not tok[0].isalnum() or _ends_sentence(tok, lex),
            role=_is_role(base, lex.not_official),
            head=_is_head(base, lex.heads),
            member=base in lex.member_titles,
            filler=base in lex.mods or base in lex.context or base in CONNECTORS,
            capitalised=_is_capitalised(tok),
        )
        return kind

    def segments(self, run: list[Word]) -> Iterator[list[Word]]:
        names = self.lex.names
        is_name_word = self.is_name_word
        titled = self.titled_name_words(run) if self.may_hold_name_place(run) else None
        if titled:
            # "President Park Geun-hye", "Sen. Amy Park", "Rep. Jim Jordan": a name that is
            # also a place word ("Gorky Park") or a country is a name right by a title
            def is_name_word(word: Word) -> bool:
                return word.start in titled or self.is_name_word(word)

        for found in name_segments(run, is_name_word):
            segment = list(found)
            first = run.index(segment[0])
            last = first + len(segment) - 1
            after = run[last + 1] if last + 1 < len(run) else None
            before = run[first - 1] if first > 0 else None
            # "Theresa May", "John Major": a given name closed by an everyday word.
            if (
                after is not None
                and after.lower in names.surname_words
                and not segment[-1].possessive
                and (segment[0].key in names.given or segment[0].key in names.family_first)
            ):
                segment.append(after)
                last += 1
                after = run[last + 1] if last + 1 < len(run) else None
            # "Human Rights Watch", "Gaza Strip", "Budapest Convention": a place or body.
            if after is not None and after.lower in names.org_words:
                continue
            if after is not None and not segment[-1].possessive:
                ent = self.ents.at(after.start, after.end)
                if ent is not None and ent[2] == "ORG":
                    continue
            # "The Hague", "New York", "West Virginia": part of a longer proper noun; but
            # "The Obama administration" opens a sentence.
            if (
                before is not None
                and before.lower in names.place_prefixes
                and not (
                    len(segment) == 1 and self.administration(segment[0].start, segment[0].end)
                )
            ):
                continue
            # (no more name words than words: most segments are counted by their length)
            long = len(segment) > _MAX_NAME_WORDS and (
                sum(not w.particle for w in segment) > _MAX_NAME_WORDS
            )
            if long or (len(segment) >= 3 and self.in_body_name(segment[0].start)):
                tail = self.name_tail(segment, after, long)
                if tail is None:
                    if long:
                        continue
                    # "Envoy for Sahel Reconstruction X Y"
                    complement = self.in_title_complement(segment[0].start)
                    tail = self.complement_tail(segment) if complement else segment
                # the words cut off name a body: "Committee on Constitutional Legislation"
                self.body_words.update(w.start for w in segment[: len(segment) - len(tail)])
                segment = tail
            elif len(segment) >= 3 and self.in_title_complement(segment[0].start):
                # "Deputy Prime Minister for Reintegration Iurie Bolocan"
                tail = self.complement_tail(segment)
                self.body_words.update(w.start for w in segment[: len(segment) - len(tail)])
                segment = tail
            # (most segments open with a longer word: no generator for them)
            if len(segment[0].text.rstrip(".")) == 1 and all(
                len(w.text.rstrip(".")) == 1 for w in segment
            ):
                continue
            yield segment

    def may_hold_name_place(self, run: list[Word]) -> bool:
        """Can a word after the run's first be "Park" or a country that is a name?"""
        if self.family_places:
            return True
        places = self.name_places
        if not places:
            return False
        k = bisect.bisect_left(places, run[1].start)
        return k < len(places) and places[k] < run[-1].end

    def titled_name_words(self, run: list[Word]) -> set[int]:
        """Starts of the words of the run that are names as well as place, body or country
        words ("Park", "Jordan", "Chad"), standing between a title and a name word ("Minister
        Park Jin", "Senator Chad Roberts") or after a title and one given name ("Sen. Amy
        Park", "Rep. Jim Jordan", "Minister Anna Sofia Berg")."""
        names = self.lex.names
        found: set[int] = set()
        for i, word in enumerate(run):
            if i == 0 or (
                word.lower not in self.lex.family_places and not self.is_name_place(word.start)
            ):
                continue
            if self.title_word_at(run[i - 1]):
                following = run[i + 1] if i + 1 < len(run) else None
                if following is not None and self.is_name_word(following):
                    found.add(word.start)
                continue
            # one given name between: "Sen. Amy Park"; not "Minister Ayman Safadi Jordan"
            if (
                i >= 2
                and self.title_word_at(run[i - 2])
                and self.is_name_word(run[i - 1])
                and _known_given(run[i - 1].text, names)
            ):
                found.add(word.start)
        return found

    def is_name_place(self, start: int) -> bool:
        k = bisect.bisect_left(self.name_places, start)
        return k < len(self.name_places) and self.name_places[k] == start

    def title_word_at(self, word: Word) -> bool:
        base = _base(word.text)
        return _is_head(base, self.lex.heads) or base in self.lex.names.honorifics

    def in_title_complement(self, start: int) -> bool:
        """Does a title's complement run on into the word at `start`: "Minister for
        Reintegration X", "Envoy for Afghanistan Reconciliation X"? Walking back over
        capitalised words and connectors, a preposition comes, then a title head."""
        toks = self.tokens_before(start)
        preposition = False
        for tok in reversed(toks[-8:]):
            word = tok.group()
            base = _base(word)
            if word in ("of", "for", "on"):
                preposition = True
                continue
            if word in CONNECTORS:
                continue
            if _is_head(base, self.lex.heads):
                return preposition
            if not _is_capitalised(word) or word.endswith(("'s", "’s")):
                return False
        return False

    def complement_tail(self, segment: list[Word]) -> list[Word]:
        """The name at the end of a title's complement: from its first known given name on,
        else the last two words (three where a patronymic stands second to last)."""
        names = self.lex.names
        if _known_given(segment[0].text, names):
            return segment
        for k in range(1, len(segment) - 1):
            if not segment[k].particle and _known_given(segment[k].text, names):
                return segment[k:]
        if len(segment) >= 4 and _PATRONYMIC.search(segment[-2].text):
            return segment[-3:]
        if segment[-2].particle:
            return segment
        return segment[-2:]

    def in_body_name(self, start: int) -> bool:
        """Does a body's name run on into the word at `start`: "Committee on Budget and
        Financial Markets X", "the Duma Committee on Energy Supply X"? Walking back over
        capitalised words and connectors, a body word ("Committee") comes before any title."""
        toks = self.tokens_before(start)
        crossed: list[int] = []
        for tok in reversed(toks[-9:]):
            word = tok.group()
            if word in CONNECTORS:
                continue
            base = _base(word)
            # "Foreign Minister X", "Committee Chairman X": a title holds the name
            if not _is_capitalised(word) or _is_head(base, self.lex.heads):
                return False
            if base in self.lex.names.org_words:
                # a title walk from the name goes over these words as the body's
                self.body_words.update(crossed)
                return True
            crossed.append(tok.start())
        return False

    def name_tail(self, segment: list[Word], after: Word | None, long: bool) -> list[Word] | None:
        """The person's name at the end of a run that a body's name runs into ("Committee on
        Constitutional Legislation Yelena Dmitriyevna Sokhova"): from the first known given
        name on; else, before a speech verb, the last two words of a run too `long` for one
        name, or the last three where a patronymic ends the name ("... Supply Zakhar
        Yegorovich Pankratov said")."""
        names = self.lex.names
        if _known_given(segment[0].text, names):
            return segment if not long else None
        for k in range(1, len(segment) - 1):
            if segment[k].particle or not _known_given(segment[k].text, names):
                continue
            tail = segment[k:]
            if 2 <= sum(not w.particle for w in tail) <= _MAX_NAME_WORDS:
                return tail
            return None
        if after is not None or segment[-1].possessive or len(segment) < 3:
            return None
        nxt = _TOKEN.search(self.text, segment[-1].end, segment[-1].end + 30)
        if nxt is None or nxt.group().lower() not in self.lex.verbs:
            return None
        if _PATRONYMIC.search(segment[-2].text) and not segment[-3].particle:
            return segment[-3:] if len(segment) > 3 else None
        return segment[-2:] if long and not segment[-2].particle else None

    # -- context around a candidate -----------------------------------------------------

    def tokens(self, start: int, end: int) -> list[re.Match[str]]:
        return list(_TOKEN.finditer(self.text, start, end))

    def tokens_before(self, start: int) -> list[re.Match[str]]:
        """The tokens of the (up to) 80 characters of its line before `start`: read by
        `in_body_name` and `in_title_complement` for the same segment, so kept for the last
        start asked for."""
        if self.last_tokens_before[0] != start:
            low = max(self.lines.bounds(start)[0], start - 80)
            self.last_tokens_before = (start, self.tokens(low, start))
        return self.last_tokens_before[1]

    def role_before(
        self, start: int, line_start: int, closed: bool = False
    ) -> tuple[str, _Role | None]:
        """Walk back from a name over its title phrase: ("official" | "person" |
        "not_official" | "none", role). `closed`: a comma or bracket follows the name, so
        ", NAME," may be an apposition to a longer title phrase before it."""
        if self.plain_word_before(start, line_start, closed):
            return "none", None
        return self.walked_role_before(start, line_start, closed)

    def walked_role_before(
        self, start: int, line_start: int, closed: bool
    ) -> tuple[str, _Role | None]:
        """`role_before` by the walk alone, with no shortcut (what `plain_word_before` must
        agree with)."""
        # most walks stop within a few words: tokenize a short stretch first
        for reach in (48, 160):
            low = max(line_start, start - reach)
            found_toks = _TOKEN.finditer(self.text, low, start)
            if low > line_start:
                next(found_toks, None)  # the first token may be the tail of a word
            toks = list(found_toks)
            found, exhausted = self.walk_back(toks, closed)
            if not exhausted or low == line_start:
                break
        return found

    def plain_word_before(self, start: int, line_start: int, closed: bool = False) -> bool:
        """Is the word right before the name an everyday lower-case word ("met Ivan Petrov",
        "and Ivan Petrov", "last year, Ivan Petrov"), a connector ("of Ivan Petrov") or a mark
        that `walk_back` would stop at at once? Then the walk is spared. (`closed`: as for
        `role_before`)"""
        text = self.text
        i = start - 1
        while i >= line_start and text[i] == " ":
            i -= 1
        if i < line_start or text[i] in '"“”:;—–':
            return True  # nothing, or a mark the walk stops at
        comma = text[i] == ","
        if comma:
            if closed:
                return False  # ", X,": an apposition's title phrase may run on over the word
            i -= 1
            while i >= line_start and text[i] == " ":
                i -= 1
        j = i
        while j >= line_start and "a" <= text[j] <= "z":
            j -= 1
        if j == i or (j >= line_start and text[j] != " "):
            return False
        if j + 1 in self.body_words:
            return False  # a word of a body's name cut off the run: the walk goes on over it
        base = text[j + 1 : i + 1]
        lex = self.lex
        if base in CONNECTORS:
            # "in Geneva X": a title's complement, not its holder (after a comma the walk
            # goes on over it)
            return not comma and base not in lex.names.honorifics
        if comma and base in ("a", "an"):
            return False  # "a former minister, X": the walk goes on over it after a comma
        return not (
            _is_head(base, lex.heads)
            or base in lex.mods
            or base in lex.context
            or base in CONNECTORS
            or base in _EXAMPLE_MARKERS
            or base in lex.names.honorifics
            or base in lex.member_titles
            or _is_role(base, lex.not_official)
        )

    def walk_back(
        self, toks: list[re.Match[str]], closed: bool
    ) -> tuple[tuple[str, _Role | None], bool]:
        """`role_before` on the tokens before a name, and whether the walk ran out of them."""
        lex = self.lex
        i = len(toks) - 1
        comma = i >= 0 and toks[i].group() == ","
        if comma:
            i -= 1
        if i >= 0 and _base(toks[i].group()) in lex.names.honorifics:
            return ("person", None), False
        # "in Geneva", "to the UN", "of Shoura": a complement of the title, not its holder.
        if not comma and i >= 0 and toks[i].group() in CONNECTORS:
            return ("none", None), False
        # "residents such as Ahmed Saleh", "witnesses including ...": private people.
        marker = toks[i].group().lower() if i >= 1 and not comma else ""
        if marker in _EXAMPLE_MARKERS:
            j = i - 1
            if marker == "as":
                j = i - 2 if toks[i - 1].group().lower() == "such" else -1
            if j >= 0 and _is_role(_base(toks[j].group()), lex.not_official):
                return ("not_official", None), False
        walked: set[int] = set()
        head: int | None = None
        crossed = False
        in_body = False  # walking a capitalised body name: "World Food Programme"
        # an apposition's title phrase may end in a complement in lower case: "the Special
        # Rapporteur on the right to food, X," (words the walk would otherwise stop at)
        loose = 0
        crossings = 0
        blocked = False  # another name stands between a title and the head found
        first = i
        kinds = self.kinds
        body_words = self.body_words  # (empty in most articles: no look-up per word then)
        while i >= 0 and len(walked) < _WALK_LIMIT:
            tok = toks[i].group()
            kind = kinds.get(tok) or self.new_kind(tok)
            base = kind.base
            if tok in "()":
                walked.add(i)
            elif kind.stop:
                break
            elif body_words and toks[i].start() in body_words:
                # "High Commissioner for Refugees X": a word of the title's complement
                walked.add(i)
            elif kind.role:
                # "The son of the president, X,": X is the son
                if head is None or (comma and toks[i + 1].group() in _COMPLEMENT):
                    return ("not_official", None), False
                break
            elif (kind.head or (kind.member and self.member_title(toks, i))) and not (
                tok.isupper() and len(tok) > 3
            ):
                if head is None:
                    if loose and toks[i + 1].group() not in _COMPLEMENT:
                        return ("none", None), False
                    head = i
                elif not blocked and toks[i + 1].group() in _COMPLEMENT:
                    # "adviser to the president": the phrase's head comes first; but not
                    # "Secretary of State Antony Blinken and Ambassador X": another name's
                    head = i
                walked.add(i)
            elif base == "and" and i == first:
                break
            elif base == "and":
                blocked = True
                walked.add(i)
            elif kind.filler:
                if head is None and base in _COMPLEMENT and closed and crossings == 1:
                    # "minister for Europe, X,": a name word in the complement of a title
                    crossed = False
                walked.add(i)
            elif kind.capitalised:
                # "President Vladimir Putin in Russia's Far East": the title is Putin's;
                # but "Political" in "for Political Affairs Rosemary DiCarlo" names a body.
                nxt = _base(toks[i + 1].group()) if i + 1 < len(toks) else ""
                in_body = in_body or nxt in lex.names.org_words or nxt in lex.context
                if not in_body and self.crosses(toks[i]):
                    if head is None:
                        crossed = True
                        crossings += 1
                    blocked = True
                walked.add(i)
                i -= 1
                continue
            elif head is not None and base in lex.private_owners and tok.endswith(("'s", "’s")):
                return ("not_official", None), False  # "the company's chief executive X"
            elif comma and base in ("a", "an"):
                pass  # "The daughter of a former minister, X,": walk on to "daughter"
            elif head is not None and head == i + 1 and self.modifier_of(toks, i):
                # "The U.N. humanitarian coordinator": one adjective of the title
                walked.add(i)
            elif (
                comma and closed and head is None and loose < _MAX_COMPLEMENT
                and base not in _NOT_APPOSITION and base not in lex.verbs
            ):  # fmt: skip
                loose += 1
                walked.add(i)
            else:
                break
            in_body = False
            i -= 1
        exhausted = i < 0
        if head is None or crossed:
            return ("none", None), exhausted
        if toks[head].group().endswith(("'s", "’s")):
            return ("none", None), exhausted  # "Prime Minister's Questions"
        return ("official", self.role_from(toks, walked, head)), exhausted

    def member_title(self, toks: list[re.Match[str]], i: int) -> bool:
        """ "Congress member", "Likud members": a member of the capitalised party or chamber
        right before; "a family member", "Member States" are no titles."""
        if i == 0 or _base(toks[i].group()) not in self.lex.member_titles:
            return False
        if _is_capitalised(toks[i].group()):
            return False
        left = toks[i - 1].group()
        return (
            _is_capitalised(left)
            and _base(left) not in _DETERMINERS
            and _base(left) not in self.lex.names.not_name
        )

    def modifier_of(self, toks: list[re.Match[str]], i: int) -> bool:
        """A lower-case word right before a title head is its adjective when a determiner,
        a possessive or a capitalised affiliation opens the phrase: "the U.N. humanitarian
        coordinator", not "was named coordinator"."""
        word = toks[i].group().lower()
        if i == 0 or word in _DETERMINERS or word in _NOT_MODIFIER:
            return False
        left = toks[i - 1].group()
        if left.lower() in _DETERMINERS or left.endswith(("'s", "’s")):
            return True
        # not "the Senate rejected President X"
        if word.endswith("ed") or word in self.lex.verbs:
            return False
        # "The U.N. humanitarian coordinator", "the United Nations humanitarian coordinator"
        acronym = left.replace(".", "").isupper() and len(left) > 1
        body = _is_capitalised(left) and left.lower() in self.lex.names.org_words
        return acronym or body or self.entity(toks[i - 1])

    def crosses(self, tok: re.Match[str]) -> bool:
        """A possessive or another name stands between a title and the candidate."""
        text = tok.group()
        if tok.start() in self.body_words:
            return False
        if text.endswith(("'s", "’s")):
            return True
        core = text.rstrip(".") if _ends_sentence(text, self.lex) else text
        if self.lex.names.is_abbreviation(core):
            return False
        return self.is_name_at(core, tok.start())

    def role_after(self, end: int, line_end: int) -> tuple[str, _Role | None]:
        """An apposition after the name: "X, Russia's foreign minister," / "X, R-Ky.,"."""
        if not self.text.startswith(",", end):
            return "none", None
        # ", who said", ", adding that": most names go on with an everyday lower-case word,
        # which `apposition_after` turns down as its first token; read without tokens
        reach = min(line_end, end + 120)
        plain = _PLAIN_AFTER_COMMA.match(self.text, end, reach)
        if plain is not None:
            low = plain.group(1)
            if low in _NOT_APPOSITION or not _opens_noun_phrase(low, self.lex):
                return "none", None
        return self.apposition_after(end, reach)

    def apposition_after(self, end: int, reach: int) -> tuple[str, _Role | None]:
        """`role_after` from the tokens after the comma at `end` (up to `reach`)."""
        lex = self.lex
        # the first words decide most appositions: tokenize the rest only when one goes on
        found = _TOKEN.finditer(self.text, end, reach)
        toks = list(islice(found, _APPOSITION_STEP))
        # "Jeff Sessions, 70, the attorney general,": an age before the apposition.
        if len(toks) > 3 and toks[1].group().isdigit() and toks[2].group() == ",":
            toks = toks[2:]
        if len(toks) < 2 or toks[0].group() != ",":
            return "none", None
        if _US_PARTY_STATE.match(toks[1].group()):
            return "official", None
        first = toks[1].group()
        low = _base(first)
        if low in _NOT_APPOSITION:
            return "none", None
        # an apposition is a noun phrase: "the ...", "Russia's ...", "deputy head ...";
        # ", attended the ceremony with his wife" is a verb phrase
        if not (_is_capitalised(first) or _opens_noun_phrase(low, lex)):
            return "none", None
        walked: set[int] = set()
        head: int | None = None
        # "X, an advocate with Justice Now,": a capitalised head past a preposition names
        # a body, not the title of X
        past_preposition = False
        for i in range(1, 14):
            if len(toks) <= i + 1:
                # the rest is tokenized a few words at a time as the loop reads on (most
                # appositions end at the next comma: ", Reddit, LinkedIn, Twitter and ...")
                toks.extend(islice(found, _APPOSITION_STEP))
                if len(toks) <= i:
                    break
            tok = toks[i].group()
            if tok in ',;:)"“”.':
                break
            base = _base(tok)
            nxt = _base(toks[i + 1].group()) if i + 1 < len(toks) else ""
            # not "the advocate general": a role word before a head is part of the title
            if (base in lex.not_official or base == "reporting") and not _is_head(nxt, lex.heads):
                if head is None:
                    return "not_official", None
                break
            if base in _COMPLEMENT or base == "with":
                past_preposition = True
            if head is None and base in lex.private_owners and tok.endswith(("'s", "’s")):
                return "not_official", None  # "X, the firm's director of research,"
            if (
                _is_head(base, lex.heads)
                and head is None
                and i <= 8
                and not (past_preposition and _is_capitalised(tok))
            ):
                head = i
            walked.add(i)
            if _ends_sentence(tok, lex):
                break
        if head is None:
            return "none", None
        toks.extend(found)
        # "Brussels, NATO Secretary General Mark Rutte said": the title of the next name.
        j = head + 1
        while j < len(toks) and _base(toks[j].group()) in lex.titles:
            j += 1
        if j < len(toks) and _is_capitalised(toks[j].group()) and self.crosses(toks[j]):
            return "none", None
        return "official", self.role_from(toks, walked, head)

    def role_from(self, toks: list[re.Match[str]], walked: set[int], head: int) -> _Role:
        """Title = the title words around the head; affiliation = what stands before the
        title ("Russia's", "U.S.", "PPP") or after "of" ("of the Russian Federation")."""
        lex = self.lex
        titles = lex.titles
        start = head
        while start - 1 in walked and self.title_word(toks, start - 1, walked, start):
            start -= 1
        end = head
        while end + 1 in walked and _base(toks[end + 1].group()) in titles:
            end += 1
        # "Secretary of State", "secretary of state", "Minister of Foreign Affairs".
        if end + 2 in walked and toks[end + 1].group() == "of":
            j = end + 2
            while j in walked and not self.entity(toks[j]):
                tok = toks[j].group()
                if not (_is_capitalised(tok) or _base(tok) in titles or _base(tok) in lex.context):
                    break
                j += 1
            if j > end + 2:
                end = j - 1
        title = self.text[toks[start].start() : toks[end].end()]
        if _ends_sentence(toks[end].group(), lex):
            title = title[:-1]
        head_word = _base(toks[head].group())
        plural = head_word.endswith("s") and head_word[:-1] in lex.plural_heads

        candidates: list[tuple[int, int]] = []
        j = start - 1
        while j in walked and _is_capitalised(toks[j].group()):
            j -= 1
        if j + 1 < start:
            candidates.append((toks[j + 1].start(), toks[start - 1].end()))
        j = end + 1
        if j in walked and toks[j].group() == "of":
            j += 1
            if j in walked and toks[j].group().lower() == "the":
                j += 1
            k = j
            while k in walked and (
                _is_capitalised(toks[k].group()) or toks[k].group() in ("of", "on", "for")
            ):
                k += 1
            while k - 1 > j and not _is_capitalised(toks[k - 1].group()):
                k -= 1
            # "envoy of the Secretary-General": another title, no body
            if k > j and not _is_head(_base(toks[j].group()), lex.heads):
                candidates.append((toks[j].start(), toks[k - 1].end()))
        aff_text: str | None = None
        country: str | None = None
        for affiliation in candidates:
            aff_text = self.text[affiliation[0] : affiliation[1]]
            aff_text = aff_text.removesuffix("'s").removesuffix("’s")
            # "The Iranian", "But Republican", "Former U.S.": no part of the body's name.
            aff_text = aff_text.rstrip(".") if _ends_sentence(aff_text, lex) else aff_text
            opener, _, rest = aff_text.partition(" ")
            if rest and opener.lower() in _NOT_AFFILIATION:
                aff_text = rest
                affiliation = (affiliation[1] - len(rest), affiliation[1])
            if not rest and opener.lower() in lex.names.not_name:
                aff_text = ""
                continue
            ent = self.ents.at(*affiliation)
            if ent is not None and ent[2] in COUNTRY_LABELS:
                country = ent[3] or None
            break
        return _Role(title, aff_text or None, country, head_word, plural)

    def title_word(self, toks: list[re.Match[str]], i: int, walked: set[int], head: int) -> bool:
        """Does token i, left of a title head, belong to the title? "Deputy Foreign" and
        "national security" do; "the", "U.S." and the "House" of "White House" do not."""
        tok = toks[i].group()
        base = _base(tok)
        if tok.lower().endswith(("'s", "’s")) or base in CONNECTORS or base in ("a", "an"):
            return False
        if not tok[0].isalnum():
            return False
        if not _is_capitalised(tok):
            # "national security adviser", "humanitarian chief"; not "was confirmed as"
            lex = self.lex
            return base in lex.mods or base in lex.context or base in lex.heads or i == head - 1
        if base in self.lex.parties:
            return False  # "Labour Party leader": the party is the affiliation
        if base in self.lex.heads:
            return True
        if base not in self.lex.mods:
            return False
        if i - 1 in walked:
            left = toks[i - 1]
            lbase = _base(left.group())
            proper = (
                _is_capitalised(left.group())
                and lbase not in _DETERMINERS
                and not left.group().isupper()
                and not self.entity(left)
            )
            if proper and lbase not in self.lex.heads and lbase not in self.lex.mods:
                return False
        return True

    def entity(self, tok: re.Match[str]) -> bool:
        return self.ents.at(tok.start(), tok.end()) is not None

    def speech(self, start: int, end: int, line_start: int, line_end: int) -> bool:
        """A speech verb right after the name (past an apposition) or right before it."""
        verbs = self.lex.verbs
        # the checks below look at 17 tokens at most
        after = list(islice(_TOKEN.finditer(self.text, end, min(line_end, end + 200)), 17))
        if after:
            if after[0].group().lower() in verbs:
                return True
            if after[0].group() == ",":
                # "..., the head of the agency, X, said": the name closes an apposition
                if (
                    len(after) > 1
                    and self.text[start - 2 : start] == ", "
                    and after[1].group().lower() in verbs
                ):
                    return True
                for i in range(1, min(len(after) - 1, 16)):
                    if after[i].group() == ",":
                        return after[i + 1].group().lower() in verbs
        before = self.tokens(max(line_start, start - 40), start)
        if before and before[-1].group() == ",":
            before = before[:-1]
        if before and before[-1].group().lower() in _VERBS_BEFORE_NAME:
            return True
        return (
            len(before) >= 2
            and before[-1].group().lower() == "to"
            and before[-2].group().lower() == "according"
        )

    def private(self, end: int) -> bool:
        """ "Mohammed Ali, who lives nearby, told Reuters": a relative clause that makes the
        person a private one, where no title says otherwise."""
        if not self.text.startswith(", ", end):
            return False
        clause = self.text[end + 2 : end + 40].lower()
        return self.lex.private_clause.match(clause) is not None

    def credit_after(self, end: int) -> bool:
        """ "John Smith contributed reporting", "X reported from Kyiv": a journalist."""
        return _JOURNALIST_AFTER.match(self.text, end) is not None

    def credited(self, start: int, end: int, line_start: int) -> bool:
        """Bylines, photo credits and editor lines name journalists, not officials."""
        text = self.text
        # "(AP Photo/John Smith)", "Behrouz Mehri/AFP", "AFP PHOTO / John Smith"
        if text[max(0, start - 2) : start].strip().endswith("/"):
            return True
        if text[end : end + 2].strip().startswith("/"):
            return True
        # only the 120 characters before the name are read: no need to look for a credit
        # word in the rest of its line (a paragraph) first
        prefix = text[max(line_start, start - 120) : start]
        # the regexes are slow on long prefixes: run them only where a credit word stands
        low = prefix.lower()
        if line_start >= start - 120 and low.lstrip(' \t"“(').startswith("by "):
            return _BYLINE.match(prefix) is not None
        return _may_credit(prefix, low) and _CREDIT.search(prefix) is not None

    # -- the pass -----------------------------------------------------------------------

    def run(self) -> list[Official]:
        lex = self.lex
        # a lone word where a country or a body starts ("Russia", "UN") is neither a name
        # nor a later mention (both want a word no entity overlaps): left out of the runs
        entity_starts = {s for s, e, _, _ in self.ents.spans if e > s}
        runs = capitalised_runs(self.text, lex.names, self.stop_words, entity_starts)
        people: list[_Person] = []
        previous: tuple[int, _Role | None] | None = None  # end of the last accepted name
        for run in runs:
            segments: Iterable[list[Word]]
            if len(run) == 1:
                # most runs: "The", "Russia", "UN"; a lone name word is its own segment (with
                # no word around it, none of the checks of `segments` applies)
                if not self.lone_candidate(run[0]):
                    continue
                segments = (run,)
            else:
                segments = self.segments(run)
            for segment in segments:
                if len(segment) > 1:
                    # "Keep Rates Fair", "Save Our Seas": a campaign's name
                    if segment[0].lower in lex.campaign_openers:
                        continue
                elif len(run) > 1 and not self.titled_or_administration(segment[0]):
                    continue  # (the words of one-word runs were read by `lone_candidate`)
                start, end = segment[0].start, segment[-1].end
                line = self.lines.bounds(start)
                if self.lines.headline_like(*line):
                    continue
                line_start = line[0]
                accepted, role = self.judge(segment, previous, line)
                if not accepted or self.credited(start, end, line_start):
                    continue
                words = [w.text for w in segment]
                self.merge(people, words, tuple(w.key for w in segment), role, (start, end))
                previous = (end, role)
        self.caps_speakers(people)
        self.collect_mentions(people, runs)
        self.collect_descriptions(people)
        return self.officials(people)

    def lone_candidate(self, word: Word) -> bool:
        """Can the word of a one-word run be an official's name, read on its own? A name word
        (not "The", "UN") of more than one letter with a title by it or naming an "X
        administration"; the tests that turn most words down come first (the entity look-up
        last)."""
        if word.particle:
            return False
        plain = self.plain.get(word.text)
        if plain is None:
            plain = self.plain[word.text] = self.may_be_name(word.text)
        return (
            plain
            and len(word.text.rstrip(".")) != 1
            and self.titled_or_administration(word)
            and self.ents.at(word.start, word.end) is None
        )

    def titled_or_administration(self, word: Word) -> bool:
        """Has the word a title by it (`title_nearby`) or does it name an "X administration"?
        Most lone words do neither: `judge` would turn them down, after more checks."""
        start, end = word.start, word.end
        return self.title_nearby(start, end) or self.administration(start, end)

    def judge(
        self,
        segment: list[Word],
        previous: tuple[int, _Role | None] | None,
        line: tuple[int, int],
    ) -> tuple[bool, _Role | None]:
        """Is the name segment an official's name, and in what role? (`line`: the bounds of
        its line)"""
        start, end = segment[0].start, segment[-1].end
        # a segment neither opens nor closes with a particle: a lone word is one name word
        size = 1 if len(segment) == 1 else sum(not w.particle for w in segment)
        line_start, line_end = line
        if size == 1 and self.sentence_adverb(segment[0]):
            return False, None
        place = self.place(segment, line_start)
        if place == "titled":
            return False, None  # "Sheikh Jarrah": the title word is part of a place's name
        if size == 1 and not self.title_nearby(start, end):
            # no walk for a lone word with no title by it: only "X administration" is taken
            # (`run` turns the others down before the line checks)
            return self.administration(start, end), None
        closed = self.text.startswith((",", " ("), end)
        before, role = self.role_before(start, line_start, closed)
        after, role_after = self.role_after(end, line_end)
        if size == 1 and before == after == "none" and not self.administration(start, end):
            # no title on either side ("year, Lago was"): `lone_name_ok` turns a lone word
            # down whatever the checks below find
            return False, None
        if "not_official" in (before, after) or self.credit_after(end):
            return False, None
        if before != "person" and self.names_body(start, end, line_start, line_end):
            return False, None
        if before not in ("official", "person") and after != "official" and self.private(end):
            return False, None
        # "..., Yury Sharandin, the head of ...": the apposition is the name's own.
        if role_after is not None and self.text[start - 2 : start] == ", ":
            role = role_after
        role = _combined(role, role_after)
        if role is None or role.affiliation is None:
            role = _combined(role, self.possessor(start, line_start))
        bracketed = self.bracket_country(end) if size >= 2 else None
        if bracketed is not None:
            # "Gennady Kuzmin (Russian Federation) said": a delegate
            role = _combined(role, bracketed)
            after = "official"
        if size == 1:
            if self.lone_name_ok(segment[0], before, after, role, line_start):
                return before in ("official", "person") or after == "official", role
            return self.administration(start, end), role
        if before in ("official", "person") or after == "official":
            return True, role
        # "the base on Diego Garcia": a well-known place, unless a title or a role names a
        # person of that name
        if place is not None:
            return False, role
        # "Eyewitness Ahmed Saleh", "Coach Rolf Engebretsen": a role word glued to the name
        first = segment[0].lower
        if _is_role(first, self.lex.not_official) and not _known_given(first, self.lex.names):
            return False, None
        headed = self.headed_by(start, line_start)
        if headed is not None:
            return True, _combined(role, headed)
        # "The Golden Dawn said": a person's name takes no article
        if self.text[max(0, start - 4) : start] in ("the ", "The "):
            return False, role
        # "Likud MKs Avi Dichter and Dudi Amsalem": a list after the first name
        prev_role = previous[1] if previous is not None else None
        listed = previous is not None and self.text[previous[0] : start] in _LIST_GAPS
        if listed and role is None and prev_role is not None and prev_role.plural:
            role = prev_role
        # an age and no title ("Olena Kovalenko, 62, was rescued"): a private person
        if not _AGE_AFTER.match(self.text, end) and (
            self.given(segment) or self.speech(start, end, line_start, line_end)
        ):
            return True, role
        if listed:
            return True, role
        led = self.led_body(start, line_start)
        if led is not None:
            return True, _combined(role, led) if led.affiliation else role
        return False, role

    def place(self, segment: list[Word], line_start: int) -> str | None:
        """Is the segment a listed place that reads like a name ("whole": "Diego Garcia"), or
        the end of one whose first word stands just before it ("titled": "Sheikh Jarrah")?"""
        names = self.lex.names
        if segment[-1].key not in names.place_ends:
            return None
        start, end = segment[0].start, segment[-1].end
        if name_key(self.text[start:end]) in names.places:
            return "whole"
        previous = _LAST_WORD.search(self.text, max(line_start, start - 20), start)
        if previous is not None and name_key(self.text[previous.start(1) : end]) in names.places:
            return "titled"
        return None

    def title_nearby(self, start: int, end: int) -> bool:
        """Could a title, an honorific or an apposition stand right by this word? "President
        Putin", "Mr. Netanyahu", "Lavrov, the minister,", "the minister, Lavrov,"."""
        text = self.text
        if text.startswith(",", end):
            return True
        # read back on the word's line without its bounds (most lone words stop here, and
        # their line is not needed): a line break is neither a space nor a title's end
        i = start - 1
        while i >= 0 and text[i] == " ":
            i -= 1
        if i < 0:
            return False
        if text[i] in ",)":
            return True
        if not (text[i].isalnum() or text[i] == "."):
            return False
        word = text[text.rfind(" ", 0, i) + 1 : i + 1]
        if "\n" in word:
            word = word[word.rindex("\n") + 1 :]  # the word opens its line
        return _title_word(word, self.lex)

    def possessor(self, start: int, line_start: int) -> _Role | None:
        """ "Venezuela's Nicolás Maduro": a country in the possessive right before the name."""
        # the regex backtracks over every start position: only where an "'s " ends
        if self.text[start - 3 : start - 1] not in ("'s", "’s"):
            return None
        match = _POSSESSOR.search(self.text, max(line_start, start - 40), start)
        if match is None:
            return None
        ent = self.ents.at(match.start(1), match.end(1))
        if ent is None or ent[2] not in COUNTRY_LABELS or ent[0] != match.start(1):
            return None
        return _Role(None, match.group(1), ent[3] or None)

    def bracket_country(self, end: int) -> _Role | None:
        """A country in brackets right after a name: the delegate's country."""
        if not self.text.startswith(" (", end):
            return None
        ent = self.ents.at(end + 2, end + 3)
        if ent is None or ent[0] != end + 2 or ent[2] != "COUNTRY":
            return None
        # "(Portugal)", "(Portugal, on behalf of the European Union)"; not "(Portugal, 2019)"
        after = self.text[ent[1] : ent[1] + 3]
        if not (after[:1] == ")" or (after[:2] in (", ", "; ") and after[2:].islower())):
            return None
        return _Role(None, self.text[ent[0] : ent[1]], ent[3] or None)

    def caps_speakers(self, people: list[_Person]) -> None:
        """UN meetings coverage: "VASSILY NEBENZIA (Russian Federation) said ..."."""
        text = self.text
        next_bracket = text.find(" (")
        while next_bracket != -1:
            bracket = next_bracket
            next_bracket = text.find(" (", bracket + 2)
            # anchor on the bracket: scanning the whole text for capitals is slow
            if not (text[bracket - 1].isupper() or text[bracket - 1] == "."):
                continue
            match = _CAPS_SPEAKER.search(text, max(0, bracket - 80), bracket + 64)
            if match is None or match.end(1) != bracket:
                continue
            ent = self.ents.at(match.start(2), match.end(2))
            if ent is None or (ent[0], ent[1]) != match.span(2):
                continue
            # "UNITED STATES (USA)", "SECURITY COUNCIL (UNSC)": a body, not a speaker
            words = match.group(1).split()
            if self.ents.at(*match.span(1)) or any(w.lower() in self.stop_words for w in words):
                continue
            country = ent[3] if ent[2] in COUNTRY_LABELS else None
            role = _Role(None, match.group(2), country or None)
            self.merge(people, words, _keys(match.group(1)), role, match.span(1))

    def lone_name_ok(
        self, word: Word, before: str, after: str, role: _Role | None, line_start: int
    ) -> bool:
        """A single word is an official's surname only after a specific title ("President
        Putin", "Mr. Netanyahu"); a lone given name only after a regnal one ("King Salman").
        Never after a preposition: "in Brussels", "to Fizuli"."""
        if before == "person":
            return True
        previous = _LAST_WORD.search(self.text, max(line_start, word.start - 12), word.start)
        if previous is not None and previous.group(1) in CONNECTORS:
            return False
        if role is None or role.head is None or role.plural or role.head in self.lex.weak:
            return after == "official" and role is None
        if word.key in self.lex.names.given:
            return role.head in self.lex.regnal
        return True

    def given(self, segment: list[Word]) -> bool:
        first = segment[0].key
        names = self.lex.names
        # "Frank-Walter", "Jean-Noël": the first part of a double given name will do
        head = first.partition("-")[0]
        return first in names.given or first in names.family_first or head in names.given

    def led_body(self, start: int, line_start: int) -> _Role | None:
        """ "the Social Democrats (SPÖ) of Selma Karahodžić", "the government of X": a party
        or government named after its leader."""
        begin = max(line_start, start - 80)
        # the regex tries every start: only where "of " ends the stretch (or "of " and a
        # line break, where `$` also matches)
        if not self.text.endswith(("of ", "of \n"), begin, start):
            return None
        match = _LED_BY.search(self.text, begin, start)
        if match is None:
            return None
        word = match.group(2)
        low = word.lower()
        if not (low in self.lex.led_bodies or (word[0].isupper() and low in self.lex.parties)):
            return None
        # the party's name: its capitalised words, without "The" and other openers
        words = (match.group(1) or "").split()
        while words and words[0].lower() in _NOT_AFFILIATION:
            words = words[1:]
        if not word[0].isupper():
            return _Role(None, None, None)
        return _Role(None, " ".join([*words, word]), None)

    def administration(self, start: int, end: int) -> bool:
        """ "the Obama administration", "the Lukashenko regime": a (former) head of government
        named by surname."""
        before = self.text[max(0, start - 4) : start].lower()
        if before != "the " or not self.text.startswith(" ", end):
            return False
        after = _PLAIN_WORD.match(self.text, end + 1)
        return after is not None and after.group().lower() in self.lex.leader_bodies

    def sentence_adverb(self, word: Word) -> bool:
        """ "Separately, ...", "Additionally, ...": a capitalised -ly word that opens a
        sentence before a comma, and never stands elsewhere, is an adverb."""
        text = self.text
        if len(word.text) < 5 or not text.startswith(",", word.end):
            return False
        if _ADVERB.search(word.text) is None or _known_given(word.text, self.lex.names):
            return False
        i = word.start - 1
        while i >= 0 and text[i] in _OPENING_MARKS:
            i -= 1
        if i >= 0 and text[i] not in "\n.!?:;":
            return False
        # a surname ("Connolly, the party's leader,") comes back without a comma after it
        at = text.find(word.text)
        while at != -1:
            if not text.startswith(",", at + len(word.text)):
                return False
            at = text.find(word.text, at + 1)
        return True

    def names_body(self, start: int, end: int, line_start: int, line_end: int) -> bool:
        """ "the group Keep Rates Fair", "Indonesian NGO Hutan Kita", "Hutan Kita, a
        coalition of village groups,": the name of a body, not of a person."""
        before = self.text[max(line_start, start - 30) : start].split()
        if before:
            last = before[-1]
            if (last.islower() or last.isupper()) and (
                last.lower() in self.lex.org_nouns
                or " ".join(before[-2:]).lower() in self.lex.org_nouns
            ):
                return True
        if not self.text.startswith(", ", end):
            return False
        # the apposition opens with "a", "an" or "the": no need to tokenize it otherwise
        opener = self.text[end + 2 : end + 3]
        if opener not in ("a", "A", "t", "T") and not opener.isspace():
            return False
        # the loop below looks at ten tokens at most
        toks = list(islice(_TOKEN.finditer(self.text, end, min(line_end, end + 80)), 10))
        if len(toks) < 4 or toks[1].group().lower() not in ("a", "an", "the"):
            return False
        lex = self.lex
        for i in range(2, min(len(toks) - 1, 8)):
            tok = toks[i].group()
            if tok in ("'", "’"):
                continue  # "a residents' campaign"
            base = _base(tok)
            nxt = toks[i + 1].group()
            possessive = tok.lower().endswith(("'s", "’s"))
            if base in lex.org_nouns and not possessive and (tok.islower() or tok.isupper()):
                if nxt in ",.;:)" or nxt.lower() in _BODY_FOLLOWERS:
                    return True
                continue  # "a campaign group", "an NGO coalition"
            if (
                not tok[0].isalnum()
                or _is_head(base, lex.heads)
                or _is_role(base, lex.not_official)
                or base in lex.member_titles
                or nxt in _COMPLEMENT
                or nxt == "with"
            ):
                return False
        return False

    def headed_by(self, start: int, line_start: int) -> _Role | None:
        """ "the Burundian Human Rights League led by X", "an NGO headed by X": the head of
        a body; the body's capitalised name is the affiliation."""
        if not self.text.startswith("by ", start - 3):
            return None
        match = _HEADED_BY.search(self.text, max(line_start, start - 100), start)
        if match is None or match.group(3).lower() not in self.lex.headed_verbs:
            return None
        word = match.group(2)
        ent = self.ents.at(match.start(2), match.end(2))
        is_org = ent is not None and ent[2] == "ORG" and ent[1] == match.end(2)
        if word.lower() not in self.lex.headed_bodies and not is_org:
            return None
        if not word[0].isupper():
            return _Role(None, None, None)
        words = (match.group(1) or "").split()
        while words and words[0].lower() in _NOT_AFFILIATION:
            words = words[1:]
        if not words and not is_org:
            return _Role(None, None, None)  # "The NGO, headed by X": no name of the body
        return _Role(None, " ".join([*words, word]), None)

    def merge(
        self,
        people: list[_Person],
        words: list[str],
        keys: tuple[str, ...],
        role: _Role | None,
        span: Span,
    ) -> None:
        """Add the name (its words and their `name_key`s) as a mention of the person it
        names, or as a new person."""
        surname = keys[-1]
        for person in reversed(people):
            theirs = person.keys
            if theirs[-1] != surname and not (len(keys) == 1 and self.alias(theirs) == surname):
                continue
            if len(keys) > 1 and len(theirs) > 1 and not _compatible(keys, theirs):
                continue
            if (len(keys) == 1 or len(theirs) == 1) and _conflict(person.role, role):
                continue
            if len(words) > len(person.words):
                person.words = words
                person.keys = keys
            if person.role is None or (person.role.title is None and role is not None):
                person.role = role
            person.mentions[span] = self.text[span[0] : span[1]]
            return
        people.append(_Person(words, keys, role, {span: self.text[span[0] : span[1]]}))

    def alias(self, keys: tuple[str, ...]) -> str | None:
        """ "Wang" for "Wang Yi", "Kim" for "Kim Jong-un": family name written first."""
        if len(keys) > 1 and keys[0] in self.lex.names.family_first:
            return keys[0]
        return None

    def collect_mentions(self, people: list[_Person], runs: list[list[Word]]) -> None:
        """Every later mention by full name or by surname alone (when only one person has it)."""
        full: dict[tuple[str, ...], int] = {}
        single: dict[str, set[int]] = {}
        for index, person in enumerate(people):
            keys = person.keys
            full[keys] = index
            single.setdefault(keys[-1], set()).add(index)
            alias = self.alias(keys)
            if alias:
                single.setdefault(alias, set()).add(index)
            for text in person.mentions.values():
                form = _keys(text)
                if len(form) > 1:
                    full.setdefault(form, index)
        if not people:
            return
        longest = max((len(k) for k in full), default=0)
        firsts = {k[0] for k in full}
        wanted = firsts | single.keys()
        not_name = self.lex.names.not_name
        for run in runs:
            if len(run) == 1:
                # most runs are one word: no list to build for the ones nobody is named by
                key = run[0].key
                if key not in wanted:
                    continue
                run_keys = [key]
            else:
                # (no list for the runs that name nobody either)
                if wanted.isdisjoint(map(_word_key, run)):
                    continue
                run_keys = [w.key for w in run]
            j = 0
            while j < len(run):
                longer = min(longest, len(run) - j) if run_keys[j] in firsts else 1
                for size in range(longer, 1, -1):
                    owner = full.get(tuple(run_keys[j : j + size]))
                    if owner is not None:
                        span = (run[j].start, run[j + size - 1].end)
                        people[owner].mentions.setdefault(span, self.text[span[0] : span[1]])
                        j += size
                        break
                else:
                    owners = single.get(run_keys[j], _NO_OWNERS)
                    word = run[j]
                    if (
                        len(owners) == 1
                        and word.lower not in not_name
                        and not word.particle
                        and self.ents.at(word.start, word.end) is None
                    ):
                        span = (word.start, word.end)
                        people[next(iter(owners))].mentions.setdefault(span, word.text)
                    j += 1

    def collect_descriptions(self, people: list[_Person]) -> None:
        """ "the minister", "the Russian diplomat" after a person's first mention, when exactly
        one official fits the title (and the country, where the description names one)."""
        heads = {
            word
            for p in people
            if p.role is not None and p.role.title
            for word in _TITLE_WORD.findall(p.role.title.lower())
            if word in self.lex.heads
        }
        if not heads:
            return
        if any(p.role is not None and p.role.country for p in people):
            heads |= {"diplomat", "official"}
        firsts = [min(p.mentions)[0] for p in people]
        for match in self.descriptions(heads):
            head = match.group(3).lower()
            modifiers = match.group(2)
            country: str | None = None
            if match.group(1):
                # "Iran's foreign minister": only a country as the possessor
                ent = self.ents.at(match.start(1), match.end(1))
                if ent is None or ent[2] not in COUNTRY_LABELS or ent[1] != match.end(1):
                    continue
                country = ent[3]
            if modifiers:
                ent = self.ents.at(match.start(2), match.end(2))
                if ent is not None and ent[2] in COUNTRY_LABELS:
                    country = ent[3]
                elif any(m[:1].isupper() for m in modifiers.split()):
                    continue
            # "the Iranian president, Hassan Rouhani": the title of the name that follows.
            if _FOLLOWED_BY_NAME.match(self.text, match.end()):
                continue
            fits = []
            for index, person in enumerate(people):
                if firsts[index] >= match.start():
                    continue
                role = person.role
                if role is None:
                    continue
                if country is not None and role.country != country:
                    continue
                title = (role.title or "").lower()
                generic = head in ("diplomat", "official") and country is not None
                if re.search(rf"\b{re.escape(head)}\b", title) or generic:
                    fits.append(index)
            # "Sergey Lavrov, Russia's foreign minister,": the apposition of a name, not a mention
            if len(fits) != 1:
                continue
            person = people[fits[0]]
            # "Sergey Lavrov, Russia's foreign minister,": the name's apposition, no new mention
            if self.text[match.start() - 2 : match.start()] == ", " and any(
                end == match.start() - 2 for _, end in person.mentions
            ):
                continue
            person.mentions.setdefault((match.start(), match.end()), match.group())

    def descriptions(self, heads: set[str]) -> Iterator[re.Match[str]]:
        """The `_description` matches of the text, found from the heads: a plain search for
        a few words is much faster than running the regex at every word."""
        text = self.text
        pattern = _description(tuple(sorted(heads)))
        last_end = 0
        for at in _head_offsets(text, heads):
            begin = _left_side_from(text, max(last_end, at - 80), at)
            if begin is None:
                continue
            left = _DESCRIPTION_LEFT.search(text, begin, at)
            if left is None:
                continue
            match = pattern.match(text, left.start())
            if match is not None and match.start(3) == at:
                last_end = match.end()
                yield match

    def officials(self, people: list[_Person]) -> list[Official]:
        found = []
        for person in people:
            spans = sorted(person.mentions)
            keys = person.keys
            name = " ".join(person.words)
            first = next(
                (s for s in spans if _keys(self.text[s[0] : s[1]]) == keys),
                spans[0],
            )
            role = person.role or _Role(None, None, None)
            found.append(
                Official(
                    name=name,
                    title=role.title,
                    affiliation=role.affiliation,
                    country=role.country,
                    text=self.text[first[0] : first[1]],
                    span=first,
                    mentions=tuple(spans),
                )
            )
        found.sort(key=lambda o: o.mentions[0])
        return found


def _known_given(text: str, names: NameLexicon) -> bool:
    key = name_key(text)
    return key in names.given or key in names.family_first


def _may_credit(prefix: str, low: str) -> bool:
    """Whether `_CREDIT` may match in `prefix` (`low`: the prefix lower-cased): only where a
    credit word stands, inside a word too ("photographer"). A substring test per word is twice
    as fast as one regex search for them all."""
    for word in _CREDIT_WORDS:
        if word in low:
            return True
    return has_folded_letter(prefix)


def _left_side_from(text: str, begin: int, at: int) -> int | None:
    """Where to search for `_DESCRIPTION_LEFT` between `begin` and a head at `at`, or None
    where it cannot match. The regex tries every start, but the left side is four words at
    most (a possessor of two, two modifiers), and "the" or the possessive ends one of the
    last three."""
    words = text[begin:at].rsplit(None, 4)
    for word in words[-3:]:
        if word.endswith(_DESCRIPTION_OPENERS):
            if len(words) == 5:
                begin += len(words[0])  # (the words before the last four)
            return begin
    return None


def _head_offsets(text: str, heads: set[str]) -> list[int]:
    """Where the (lower-case) heads stand in the text as whole words after white space, read
    case-blind as `_description` reads them, in order."""
    # one character for one, so that offsets in the lowered text are the text's
    folded = text.translate(_FOLDS_TO_ASCII) if has_folded_letter(text) else text
    found: list[int] = []
    if "".join(heads).isascii() and _KELVIN not in text:
        # ASCII heads are found alike in the text lowered as Latin-1 bytes (other characters
        # kept, or "?"), which is lowered three times faster; but the Kelvin sign, read and
        # lowered as "k", has no Latin-1 byte
        low = folded.encode("latin-1", "replace").lower()
        for head in heads:
            _head_starts(text, low, head.encode("ascii"), found)
    else:
        lowered = folded.lower()
        for head in heads:
            _head_starts(text, lowered, head, found)
    return sorted(found)


def _head_starts(text: str, low: AnyStr, head: AnyStr, found: list[int]) -> None:
    """Add to `found` where the head stands in `low` (the text lowered) as a whole word."""
    at = low.find(head)
    while at != -1:
        after = at + len(head)
        if text[at - 1 : at].isspace() and not _WORD_GOES_ON.match(text, after):
            found.append(at)
        at = low.find(head, after)


# the same names come back as mentions
@lru_cache(maxsize=4096)
def _keys(text: str) -> tuple[str, ...]:
    return tuple(name_key(w) for w in text.split())


def _compatible(mine: tuple[str, ...], theirs: tuple[str, ...]) -> bool:
    """Two full names of one person: one holds the other, or they share the first name
    ("Abdullah ibn Muhammad Al-Sheikh" / "Abdullah bin Mohammed Al-Sheikh")."""
    a, b = set(mine), set(theirs)
    return a <= b or b <= a or mine[0] == theirs[0]


def _combined(first: _Role | None, second: _Role | None) -> _Role | None:
    """ "Ambassador Vassily Nebenzia, Russia's permanent representative": the title from
    the first, the affiliation from whichever has one."""
    if first is None or second is None:
        return first or second
    if first.affiliation is None and second.affiliation is not None:
        return first._replace(affiliation=second.affiliation, country=second.country)
    return first


def _conflict(mine: _Role | None, theirs: _Role | None) -> bool:
    """ "King Salman" and "Crown Prince Mohammed bin Salman" share a word, not a person."""
    if mine is None or theirs is None or mine.head is None or theirs.head is None:
        return False
    return mine.head != theirs.head


def find_officials(doc: Doc, *, rules: OfficialRules | None = None) -> list[Official]:
    """Every named official of the article, in order of first mention (`rules`: the shipped
    rules unless given)."""
    return _Finder(doc, rules or _shipped_rules()).run()


@lru_cache(maxsize=1)
def _shipped_rules() -> OfficialRules:
    # looking up the pattern folder touches the file system: once, not per article
    return load_rules((default_pattern_dir(),))
