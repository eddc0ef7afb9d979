"""Sponsoring countries: who proposed, drafted, authored or tabled the text reported.

Six shapes, each anchored on a cue of patterns/sponsors.jsonl: the passive ("a resolution
proposed by Russia and China"), the active ("Russia tabled a draft"), the compound adjective
("a US-drafted text"), the text named after its author ("the Russian draft", "Ukraine's
resolution"), the authors' noun ("the authors of the document were 47 countries, including
..."; "South Korea served as a co-sponsor") and a participle clause whose subject is a
country's envoy ("Introducing the text, Peru's ambassador said", "The representative of
Peru, introducing the draft, said"). A list may follow a group noun ("by a core group made up
of Chile and Peru") and grow with "jointly with" ("tabled jointly with Kenya"). The noun
nearest the verb must be a text, not a meeting or a truce ("a summit proposed by Egypt").
Groups named as sponsors ("on behalf of the OIC") go to `organizations`, named as written.
Mentions of one text (sharing a country, or one sentence) make one entry. Word lists come
from `load_rules(folders)`.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise
from pathlib import Path

from spacy.tokens import Doc

from .countries import country_table
from .facts import Sponsorship
from .numbers import NUMBER_WORDS, parse_number
from .patterns import default_pattern_dir, lexicon, load_patterns
from .votes import (
    NAME_GOES_ON,
    DocView,
    Mention,
    chains,
    country_mentions,
    doc_view,
)


@lru_cache(maxsize=1)
def shipped_rules() -> SponsorRules:
    """The rules of the shipped pattern folder alone (finding the folder costs a file scan)."""
    return load_rules((default_pattern_dir(),))


def _words(spaced: str) -> frozenset[str]:
    return frozenset(spaced.split())


_TEXT_PRONOUN = re.compile(r"(?:^|\W)(?:it|which|that|they)\b[^,;]*$")


def _pronoun_before(before: str) -> bool:
    """A pronoun for the text in the clause before the verb ("It was drafted by"). Nothing
    before the last comma or semicolon can match, so only the rest is lowered and searched."""
    cut = max(before.rfind(","), before.rfind(";"), 0)
    return _TEXT_PRONOUN.search(before[cut:].lower()) is not None


@lru_cache(maxsize=8)
def _roots(words: frozenset[str]) -> tuple[str, ...]:
    """The one-word entries of `words` that hold no other entry: a token of the list must
    contain one of them."""
    single = [word for word in words if " " not in word]
    return tuple(sorted(w for w in single if not any(o != w and o in w for o in single)))


# Function words between a sponsor and its verb ("Russia has also proposed").
_LINK = _words(
    "has have had also jointly formally itself which who that earlier previously then on "
    "monday tuesday wednesday thursday friday saturday sunday and the both last week month "
    "officially first originally initially"
)
_LABELS = frozenset({"SPONSOR_VERB", "SPONSOR_ADJ", "SPONSOR_NOUN", "SPONSOR_PARTICIPLE"})
_ALSO_BY = re.compile(r",?\s*(?:but|and)\s+also\s+by\s+(?:the\s+)?", re.IGNORECASE)


def _alternation(words: set[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or "(?!)"


@dataclass(frozen=True)
class SponsorRules:
    """The word lists of sponsors.jsonl read as sets, and the regexes built from them."""

    docs: frozenset[str]
    owned_docs: frozenset[str]
    passive_docs: frozenset[str]
    not_docs: frozenset[str]
    not_texts: frozenset[str]
    about: frozenset[str]
    agent_nouns: frozenset[str]
    by: re.Pattern[str]
    behalf_insert: re.Pattern[str]
    possessive_agent: re.Pattern[str]
    joined: re.Pattern[str]
    on_behalf: re.Pattern[str]
    behalf_count: re.Pattern[str]
    behalf_total: re.Pattern[str]
    behalf_later: re.Pattern[str]
    members: re.Pattern[str]
    behalf_before: re.Pattern[str]
    envoy_possessive: re.Pattern[str]
    envoy_of: re.Pattern[str]
    envoy_noun: re.Pattern[str]
    group: re.Pattern[str]
    group_before: re.Pattern[str]
    join_insert: re.Pattern[str]
    join_after: re.Pattern[str]
    join_later: re.Pattern[str]
    folders: tuple[Path, ...]
    # The words that can decide `names_a_text`, read forwards and backwards; it passes over
    # every other word with one look-up.
    deciders: frozenset[str] = field(init=False)
    deciders_backwards: frozenset[str] = field(init=False)

    def __post_init__(self) -> None:
        # a two-word text ("draft resolution") is found at its first word
        heads = {doc.split(" ")[0] for doc in self.docs if " " in doc}
        object.__setattr__(self, "deciders", self.docs | self.not_texts | heads)
        object.__setattr__(
            self,
            "deciders_backwards",
            self.docs | self.passive_docs | self.not_texts | {"it", "they"},
        )

    def names_a_text(self, words: list[str], backwards: bool = False) -> bool | None:
        """Whether the noun nearest a sponsor verb names a text (True), a thing that is not put
        to a vote such as a meeting or a ceasefire (False), or neither list has it (None).

        `words` are lower-cased and run away from the verb. Forwards, a non-text noun before
        a text noun makes a compound ('a ceasefire resolution'); backwards, a non-text noun
        after an 'about' word that follows a text is that text's subject ('a resolution on the
        talks, tabled by Norway')."""
        deciders = self.deciders_backwards if backwards else self.deciders
        for i, word in enumerate(words):
            if word not in deciders:
                continue
            following = words[i + 1] if i + 1 < len(words) else ""
            if word in self.docs or (backwards and word in self.passive_docs):
                return True
            if not backwards and f"{word} {following}" in self.docs:
                return True
            if backwards and word in ("it", "they"):
                return None  # "It was drafted by ...": the text is named further back
            if word in self.not_texts:
                if not backwards:
                    return following in self.docs
                rest = words[i + 1 :]
                about = next((j for j, w in enumerate(rest) if w in self.about), None)
                return about is not None and any(w in self.passive_docs for w in rest[about:])
        return None


# "49 co-sponsoring states, including": a stated total, then some of its members.
_MEMBERS = (
    rf"(?:the\s+|a\s+total\s+of\s+)?(?P<count>\d+|{NUMBER_WORDS})\s+(?:[\w-]+\s+)?"
    r"(?:countries|states|member\s+states|nations|delegations|co-?sponsors)\s*,?\s*"
    r"(?:including|among\s+them|such\s+as|notably)\s+(?:the\s+)?"
)


@lru_cache(maxsize=8)
def load_rules(folders: tuple[Path, ...]) -> SponsorRules:
    """The rules of `sponsors.jsonl` and `sponsors_context.jsonl` in every folder (shipped
    first, then the user's), built once."""
    # sponsors_context.jsonl holds the lists read only as sets, so the cue ruler skips them.
    lex = lexicon(load_patterns("sponsors", folders) + load_patterns("sponsors_context", folders))
    docs = frozenset(lex.get("SPONSOR_DOC", set()))
    agents = _alternation(lex.get("SPONSOR_AGENT_NOUN", set()))
    join = _alternation(lex.get("SPONSOR_JOIN", set()))
    behalf = _alternation(lex.get("SPONSOR_BEHALF", set()))
    # "a core group made up of", "a group of 30 countries, including": the members follow. Case
    # counts: a capitalised group is a named one ("the Group of 77 and China").
    group = (
        rf"(?:{_alternation(lex.get('SPONSOR_GROUP', set()))})s?\s+(?:of\s+(?:(?P<count>\d+|"
        rf"(?i:{NUMBER_WORDS}))\s+)?(?:[\w-]+\s+)?(?:countries|states|nations|delegations)\s*)?"
        rf",?\s*(?:{_alternation(lex.get('SPONSOR_GROUP_LINK', set()))})\s+(?:the\s+)?"
    )
    return SponsorRules(
        docs=docs,
        owned_docs=frozenset(lex.get("SPONSOR_OWNED_DOC", set())),
        # A proposal can be tabled ("a proposal tabled by Sao Tome"), but a country that "put
        # forward proposals" has not authored the text reported: the passive only.
        passive_docs=docs | {"proposal", "proposals", "draft", "drafts"},
        not_docs=frozenset(lex.get("SPONSOR_NOT_DOC", set())),
        not_texts=frozenset(lex.get("SPONSOR_NOT_TEXT", set())),
        about=frozenset(lex.get("SPONSOR_ABOUT", set())),
        agent_nouns=frozenset(lex.get("SPONSOR_AGENT_NOUN", set())),
        # "proposed by Russia", "introduced by the representative of Cuba"
        by=re.compile(
            rf"^\s*,?\s*(?:\w+ly\s+)?by\s+(?:the\s+|its\s+|a\s+)?"
            rf"(?:(?:{agents})s?\s+of\s+(?:the\s+)?)?",
            re.IGNORECASE,
        ),
        behalf_insert=re.compile(rf"^\s*,\s*(?:{behalf})\s+(?:the\s+)?$", re.IGNORECASE),
        possessive_agent=re.compile(rf"^[’']s\s+(?:{agents})\b", re.IGNORECASE),
        joined=re.compile(rf"^\s*,?\s*(?:{join}|and)\s+(?:the\s+)?$", re.IGNORECASE),
        on_behalf=re.compile(
            rf"^\s*,?\s*(?:also\s+)?(?:{behalf})\s+(?:(?:the\s+)?(?:[\w-]+\s+)?"
            # "on behalf of a core group comprising Chile and Peru"
            rf"|(?:(?i:a|an|the)\s+)?(?:[\w-]+\s+){{0,2}}?{group})$",
            re.IGNORECASE,
        ),
        # "tabled by France on behalf of 46 states": a total the sponsor spoke for, no list
        behalf_total=re.compile(
            rf"\s*,?\s*(?:also\s+)?(?:{behalf})\s+(?:the\s+|a\s+total\s+of\s+)?"
            rf"(?P<count>\d+|{NUMBER_WORDS})\s+(?:[\w-]+\s+)?"
            r"(?:countries|states|member\s+states|nations|delegations|co-?sponsors)\b"
            r"(?!\s*,?\s*(?:including|among|such|notably|led))",
            re.IGNORECASE,
        ),
        # "on behalf of 49 co-sponsoring states, including ...": a stated total, then members
        behalf_count=re.compile(rf"^\s*,?\s*(?:also\s+)?(?:{behalf})\s+{_MEMBERS}$", re.IGNORECASE),
        # "Japan introduced the draft, also on behalf of Australia and Canada"
        behalf_later=re.compile(rf"(?:{behalf})\s+", re.IGNORECASE),
        members=re.compile(_MEMBERS, re.IGNORECASE),
        # A country's envoy: "Peru's (UN) ambassador", "the representative of Peru", "the
        # Peruvian delegate"; up to two words ("deputy", "UN") before the agent noun.
        behalf_before=re.compile(rf"(?:{behalf})\s+(?:the\s+)?$", re.IGNORECASE),
        envoy_possessive=re.compile(
            rf"[’']s\s+(?:[\w.-]+\s+){{0,2}}?(?:{agents})s?\b", re.IGNORECASE
        ),
        envoy_of=re.compile(
            rf"the\s+(?:[\w.-]+\s+){{0,2}}?(?:{agents})s?\s+(?:of|for|from)\s+(?:the\s+)?",
            re.IGNORECASE,
        ),
        envoy_noun=re.compile(rf"\s+(?:[\w.-]+\s+){{0,2}}?(?:{agents})s?\b", re.IGNORECASE),
        # After "by": "a core group made up of", "the cross-regional group of", up to two
        # words before the group noun.
        group=re.compile(rf"(?:(?i:a|an|the)\s+)?(?:[\w-]+\s+){{0,2}}?{group}"),
        # Before a list the verb follows: "A group of states, including Chile and Peru, tabled".
        group_before=re.compile(rf"\b{group}$"),
        # "Brazil, together with Kenya, tabled the text"
        join_insert=re.compile(rf"^\s*,\s*(?:{join})\s+(?:the\s+)?$", re.IGNORECASE),
        # "put forward jointly with Kenya", right after the verb
        join_after=re.compile(rf"\s*,?\s*(?:\w+ly\s+)?(?:{join})\s+(?:the\s+)?", re.IGNORECASE),
        # "Brazil tabled the text jointly with Kenya", a few words after the verb
        join_later=re.compile(rf"\b(?:{join})\s+(?:the\s+)?", re.IGNORECASE),
        folders=folders,
    )


_POSSESSIVE = re.compile(r"^[’']s?\b")
_OWNED_REACH = 12  # "’s own draft": the owner's name ends this close to the document word
# "Cuba's representative on behalf of the G77"
_POSSESSIVE_BEHALF = re.compile(r"^[’']s\s+\w+\s+on behalf of\s+(?:the\s+)?")
_WITH = re.compile(r"\bwith\s+(?:the\s+)?")
_PHRASE_END = re.compile(r"\s*(?:[,.;:)]|--|—|–|$)")
_CLAUSE = re.compile(r"[,;]|\b(?:and|but|after|before|while|when)\b")
_AND_BUT = re.compile(r"\b(?:and|but)\b")
_NEGATED_OWNER = re.compile(r"\b(?:anti|pro|non)-$", re.IGNORECASE)
_ABBREVIATION = re.compile(r"[A-Z][A-Z.]{1,4}")
_ADJECTIVE_DOC = re.compile(r"^\s+([\w-]+)(?:\s+([\w-]+))?")
_POSSESSIVE_DOC = re.compile(r"^[’']s\s+(?:own\s+)?([\w-]+)(?:\s+([\w-]+))?")
_HYPHEN = ("-", "‑", "–")
_WORD = re.compile(r"[\w’'-]+")
# "a competing draft it had presented": the text, then the pronoun of the clause's subject
_RELATIVE_PRONOUN = re.compile(
    r"\b(?P<doc>[a-z]+)\s+(?:that\s+|which\s+)?(?:it|they)\s+(?:had|has|have)\s+(?:\w+ly\s+)?$"
)
# the subject's own verb, then the article of the text: "withdrew a competing", "pulled its"
_SUBJECT_VERB = re.compile(
    r"\s+(?:(?:then|later|also|had|has)\s+)?[a-z]+(?:ed|ew|ote|ook|ave|ut)\s+"
    r"(?:a|an|the|its|their)\b"
)
# "40 countries", "more than 50 countries" (no exact total: no count), "three European
# countries": a total of the sponsors, then maybe some of them.
_COUNT = re.compile(
    r"^\s*(?:a total of\s+|(?P<approx>more than|over|some|about|around|nearly|almost|at least"
    r"|upwards of|roughly|approximately|close to)\s+)?"
    rf"(\d+|{NUMBER_WORDS})\s+(?:(?!of\b|and\b)[a-z][\w-]*\s+)?(?:countries|states|member states"
    r"|nations|delegations|co-?sponsors)\b(?:\s+(?:in all|in total|altogether|overall)\b)?",
    re.IGNORECASE,
)
# "the authors of the document were ...", "its main sponsors included ...", "sponsors: ..."
_AUTHORS_OF = re.compile(
    r"^(?:\s+of\s+(?:the|this|that)\s+(?P<doc>[\w-]+(?:\s+[\w-]+)?))?\s*,?\s*"
    r"(?:were|are|was|is|included|include|includes|comprised|numbered|became|become"
    r"|(?:have|has|had)\s+become|:|--|—|–)\s*",
    re.IGNORECASE,
)
_OWNER_BEFORE = re.compile(
    r"(?:\b(?:the|its|their|whose)|(?:resolution|draft|text|amendment)[’']s)\s+(?:main\s+|original\s+)?$",
    re.IGNORECASE,
)
# "The co-sponsors, Germany and Brazil, ...", "Germany and Brazil, the resolution's
# co-sponsors, ...": a list in apposition to the authors' noun, closed by a comma.
_APPOSITION_MARKS = frozenset({",", "-", "—", "–", ")", ""})
_APPOSITION_AFTER = re.compile(r"\s*,\s*(?:the\s+)?")
_APPOSITION_BEFORE = re.compile(
    r"\s*,\s*(?:the|its|their)\s+(?:(?:resolution|draft|text|amendment|proposal|measure)[’']s\s+)?"
    r"(?:main\s+|original\s+|lead\s+)?",
    re.IGNORECASE,
)
_APPOSITION_CLOSE = re.compile(r"\s*(?:,|--|—|–|\)|$)")
# "Britain, France and Germany, known as the E3, and the United States": the group's nickname
# between two parts of one list.
_NICKNAMED_AND = re.compile(
    r"^\s*(?:,?\s*(?:\(\s*(?:the\s+)?[A-Z][\w-]*\s*\)|(?:(?:also\s+)?known\s+as|referred\s+to\s+as"
    r"|dubbed|called)\s+(?:the\s+)?[A-Z][\w-]*)|\))\s*,?\s*(?:and|as\s+well\s+as|together\s+with"
    r"|along\s+with)\s+(?:the\s+)?$"
)
_BODY_LABELS = frozenset({"VOTE_BODY", "VOTE_BODY_REF"})
_DIGIT = re.compile(r"\d")
_MEMBERS_OF = re.compile(r"^\s+of\s+(?=[A-Z])")
_LIST_INTRO = re.compile(
    r"^\s*,?\s*(?:including|among them|such as|notably|\(|:|--|—|–)?\s*(?:the\s+)?", re.IGNORECASE
)
_IS_A = re.compile(
    r"\s*,?\s+(?:served as|serves as|was|is|became|were|are|acted as|joined as|joined)\s+"
    r"(?:a|an|the|one of the|among the|one of its)?\s*(?:main\s+|original\s+)?$",
    re.IGNORECASE,
)
# "with Kenya and Chile listed among its co-sponsors", "Kenya and Chile were named as
# co-sponsors", "with Kenya and Chile as co-sponsors": the list is of co-sponsors.
_LISTED_AS = re.compile(
    r"\s+(?:(?:were|was|are|is)\s+)?(?:(?:also\s+)?(?:listed|named|included|counted|joining)\s+)?"
    r"(?:as|among)\s+(?:its\s+|the\s+|their\s+|the\s+text[’']s\s+)?"
    rf"(?:(?P<count>\d+|{NUMBER_WORDS})\s+)?$",
    re.IGNORECASE,
)


# Only an adverbial opener may come before a participle that opens the sentence.
_OPENING = re.compile(r"[\s\"“‘']*(?:(?:In|When|While|After|Before|On)\s+)?")
# The subject before an inserted participle: "The representative of Peru, introducing ...".
_SUBJECT_BEFORE = re.compile(r"\s*([^,;:]{2,120}?),\s*")
_THE = re.compile(r"\s*(?:the\s+)?", re.IGNORECASE)
_ACTS_AS_SUBJECT = re.compile(r"\s+(?:said|told|stressed|noted|explained|argued|stated|urged)\b")
# A person's name (maybe with a title) right before a bracketed country: "Maria Lopez (".
_NAMED_OF = re.compile(r"\s*(?:[A-Z][\w.’'-]*\s+){1,5}of\s+(?:the\s+)?")
_POSSESSIVE_NAME = re.compile(r"[’']s\s+[A-Z][\w.’'-]*")
_NAMED = re.compile(r"\s*(?:[A-Z][\w.’'-]*\s+){1,5}\(")


@dataclass
class _Entry:
    countries: list[str] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    organizations: list[str] = field(default_factory=list)
    organization_codes: list[str] = field(default_factory=list)
    count: int | None = None
    sents: set[int] = field(default_factory=set)
    span: tuple[int, int] = (0, 0)
    size: int = 0


def _mentions(view: DocView) -> list[Mention]:
    """Countries, demonyms and organisations, as candidates for a list of sponsors; not a name
    inside a longer one ('U.S. Senator Benjamin Cardin', 'the Russian President')."""
    text = view.text
    found = [mention for mention in country_mentions(view) if mention.code]
    found += [
        Mention(start, end, code, label, text[start:end])
        for start, end, label, code in view.entities
        if label == "ORG" and code and not NAME_GOES_ON.match(text, end)
    ]
    found.sort(key=lambda m: m.start)
    return found


# Small patterns of the rules below, compiled once rather than looked up in re's cache at
# every call.
_POSSESSIVE_START = re.compile(r"^[’']s?\s+")
_CAPITAL = re.compile(r"[A-Z]")
_GAP_ITEM = re.compile(r"(?:(?!\band\b)[^,;])+")
_GAP_ITEM_EDGES = re.compile(r"^[\s.]*(?:and\s+)?(?:the\s+)?|[\s.]+$")
_WHICH_WHO = re.compile(r"^\s*,\s*(?:which|who)\b")
_COMMA_ONLY = re.compile(r"\s*,\s*")
_CLAUSE_OR_AND = re.compile(r"[,;]|\b(?:and|but)\b")
_NOUN_ENDS = re.compile(r"^\s*(?:of the\s+\w+|[,.;)]|$)")


def _agent(text: str, run: list[Mention], agent_nouns: frozenset[str]) -> bool:
    """A list that can be the author of a text: it opens with a state or a group, or with a
    state's people ("the Russian delegation"); a possessive must name an agent noun."""
    first = run[0]
    if first.label == "DEMONYM":
        following = text[first.end : first.end + 30].lower()
        return any(following.lstrip(" ").startswith(noun) for noun in agent_nouns)
    return True


def _possessive_agent(text: str, mention: Mention, agent_nouns: frozenset[str]) -> bool:
    after = text[mention.end : mention.end + 40]
    if not _POSSESSIVE.match(after):
        return True
    rest = _POSSESSIVE_START.sub("", after).lower()
    return any(rest.startswith(noun) for noun in agent_nouns)


class _Finder:
    def __init__(self, doc: Doc, view: DocView, rules: SponsorRules) -> None:
        self.rules = rules
        self.text = view.text
        self.sents = view.sents
        self.starts = [s for s, _ in self.sents]
        self.mentions = _mentions(view)
        self.runs = chains(self.mentions, self.text, loose=True)
        self.run_starts = [run[0].start for run in self.runs]
        self.run_ends = [run[-1].end for run in self.runs]
        self.ending_at = {m.end: m for m in self.mentions}
        self.mention_starts = [m.start for m in self.mentions]
        self.found: list[tuple[int, list[Mention], int | None, bool]] = []
        self.cues = view.cues
        self.documents: dict[int, bool] = {}

    def hyphenated(self, mention: Mention) -> list[Mention]:
        """'Russian-Chinese': every name of a hyphenated chain that ends with `mention`."""
        run = [mention]
        while self.text[run[0].start - 1 : run[0].start] in _HYPHEN:
            other = self.ending_at.get(run[0].start - 1)
            if other is None:
                break
            run.insert(0, other)
        return run

    def sentence_of(self, position: int) -> int:
        return bisect_right(self.starts, position) - 1

    def run_starting(self, position: int, limit: int) -> list[Mention] | None:
        """The list that starts at `position` (after leading spaces), within `limit`."""
        i = bisect_left(self.run_starts, position)
        if i == len(self.runs) or self.run_starts[i] > limit:
            return None
        run = self.runs[i]
        return run if self.text[position : run[0].start].strip() == "" else None

    def runs_ending(self, start: int, end: int) -> list[list[Mention]]:
        """The lists that end between `start` and `end` (runs end in order, as they start)."""
        return self.runs[bisect_left(self.run_ends, start) : bisect_right(self.run_ends, end)]

    def extend(self, run: list[Mention], sent_end: int) -> list[Mention]:
        """'Russia in collaboration with China, South Africa' / 'Pakistan on behalf of the OIC'."""
        return self.extend_counted(run, sent_end)[0]

    def extend_counted(self, run: list[Mention], sent_end: int) -> tuple[list[Mention], int | None]:
        """`extend`, and the total a sponsor spoke for ('on behalf of 49 co-sponsoring states,
        including Chile and Peru': 49); the states it spoke for are co-sponsors ('also on
        behalf of Canada and Mexico')."""
        result = list(run)
        while True:
            i = bisect_left(self.run_starts, result[-1].end)
            if i == len(self.runs) or self.run_starts[i] > sent_end:
                total = self.rules.behalf_total.match(self.text, result[-1].end, sent_end)
                return result, parse_number(total.group("count")) if total else None
            nxt = self.runs[i]
            gap = self.text[result[-1].end : nxt[0].start]
            if self.rules.joined.match(gap) or _NICKNAMED_AND.match(gap):
                result.extend(nxt)
                continue
            if self.rules.on_behalf.match(gap) or _POSSESSIVE_BEHALF.match(gap):
                if nxt[0].label == "ORG":
                    # a group spoken for, then whatever the list runs on to: the group alone
                    result.extend(m for m in nxt if m.label == "ORG" or m is nxt[0])
                else:
                    result.extend(nxt)
                return result, None
            counted = self.rules.behalf_count.match(gap)
            if counted:
                result.extend(m for m in nxt if m.label != "ORG")
                return result, parse_number(counted.group("count"))
            return result, None

    def add(self, position: int, run: list[Mention], count: int | None, cosponsor: bool) -> bool:
        """Record `run` as sponsors if it can author a text; whether it did."""
        if not run or not _agent(self.text, run, self.rules.agent_nouns):
            return False
        if run[-1] is run[0] and not _possessive_agent(self.text, run[0], self.rules.agent_nouns):
            return False
        if count is not None and count < len({m.code for m in run if m.label != "ORG"}):
            count = None  # "three countries of X, Y and Z ... and W": no total of the sponsors
        self.found.append((position, self.fill_gaps(run), count, cosponsor))
        return True

    def fill_gaps(self, run: list[Mention]) -> list[Mention]:
        """Names inside a list that the entity ruler missed (a tokenizer glitch such as
        ', .Libya,'), looked up in the country table."""
        filled = [run[0]]
        for before, after in pairwise(run):
            gap = self.text[before.end : after.start]
            if _CAPITAL.search(gap):
                for item in _GAP_ITEM.finditer(gap):
                    name = _GAP_ITEM_EDGES.sub("", item.group())
                    code = (
                        country_table(self.rules.folders).code(name) if name[:1].isupper() else None
                    )
                    if code:
                        start = before.end + item.start()
                        filled.append(
                            Mention(start, start + len(item.group()), code, "COUNTRY", name)
                        )
            filled.append(after)
        return filled

    def passive(
        self, cue_start: int, cue_end: int, sent_start: int, sent_end: int, cosponsor: bool
    ) -> None:
        # "a ceasefire proposed by the US" is no text put to a body: the sentence must name a
        # text, or refer back to one ("It was drafted by ...").
        # "a ministerial meeting proposed by Indonesia": the noun the participle follows.
        nearest = _WORD.findall(self.text[max(sent_start, cue_start - 80) : cue_start].lower())[
            ::-1
        ]
        head = self.rules.names_a_text(nearest, backwards=True)
        if head is False or not (
            head
            or self.names_a_document(sent_start, sent_end)
            or _pronoun_before(self.text[sent_start:cue_end])
        ):
            return
        by = self.rules.by.match(self.text[cue_end:sent_end])
        if not by:
            # "the text was put forward jointly with Indonesia and Kenya"
            join = self.rules.join_after.match(self.text, cue_end, sent_end)
            run = self.run_starting(join.end(), join.end() + 2) if join else None
            if run:
                self.add(cue_end, self.extend(run, sent_end), None, cosponsor)
        if by:
            position = cue_end + by.end()
            count = None
            # "presented by a core group made up of Luxembourg, Costa Rica and the Gambia"
            group = self.rules.group.match(self.text, position, sent_end)
            if group:
                position = group.end()
                count = parse_number(group.group("count")) if group.group("count") else None
            # "co-sponsored by 40 countries, including Chile and Peru"
            before_count = position
            count, position = self.stated_count(position, sent_end, count)
            counted = position != before_count
            run = self.run_starting(position, position + 2)
            named = _NAMED_OF.match(self.text, position, sent_end) if count is None else None
            if not run and named:  # "introduced by Ambassador Ana Ruiz of Peru"
                run = self.run_starting(named.end(), named.end() + 2)
            if run:
                extended, spoken_for = self.extend_counted(run, sent_end)
                self.add(cue_end, extended, count if count is not None else spoken_for, cosponsor)
            elif counted:
                # "tabled by Fiji and co-sponsored by 52 countries in all": the total joins
                # the entry of its sentence
                self.found.append((cue_end, [], count, cosponsor))
        window = self.text[cue_end : min(sent_end, cue_end + 160)]
        if "also" not in window.casefold():
            return  # no "but also by": the pattern, tried at every position, costs more
        for also in _ALSO_BY.finditer(window):
            run = self.run_starting(cue_end + also.end(), cue_end + also.end() + 2)
            if run:
                self.add(cue_end, self.extend(run, sent_end), None, cosponsor)

    def names_a_document(self, sent_start: int, sent_end: int) -> bool:
        """Whether the sentence names a text anywhere, read once per sentence however many
        sponsor verbs it holds."""
        known = self.documents.get(sent_start)
        if known is None:
            sentence = self.text[sent_start:sent_end].lower()
            # Most sentences hold none of the words even as a substring.
            known = any(root in sentence for root in _roots(self.rules.passive_docs)) and (
                not self.rules.passive_docs.isdisjoint(_WORD.findall(sentence))
            )
            self.documents[sent_start] = known
        return known

    def stated_count(
        self, position: int, sent_end: int, count: int | None
    ) -> tuple[int | None, int]:
        """A stated total at `position` ("40 countries, including"): the count, and where the
        list after it starts; else `count` and `position` unchanged."""
        counted = _COUNT.match(self.text[position:sent_end])
        if not counted:
            return count, position
        position += counted.end()
        intro = _LIST_INTRO.match(self.text[position:sent_end])
        if intro and not intro.group().strip():
            # "three European countries of Britain, France and Germany": the states named
            intro = _MEMBERS_OF.match(self.text[position:sent_end]) or intro
        stated = None if counted.group("approx") else parse_number(counted.group(2))
        if intro and intro.group().strip() == ",":
            # "48 countries, Chile, Peru and Mexico." names them; "48 countries, Russia's
            # ministry said" or "..., Russia and China said" names the source
            start = position + intro.end()
            run = self.run_starting(start, start + 2)
            if run is None or not _PHRASE_END.match(self.text, run[-1].end, sent_end):
                return stated, position
        return stated, position + (intro.end() if intro else 0)

    def active(self, cue_start: int, cue_end: int, sent_start: int, sent_end: int) -> None:
        after = _WORD.findall(self.text[cue_end : min(sent_end, cue_end + 60)])[:5]
        lowered = [w.lower() for w in after]
        # "Indonesia proposed a meeting on the draft": the first noun after the verb decides.
        if not self.rules.names_a_text(lowered) or lowered[0] == "by":
            return
        before = self.runs_ending(sent_start, cue_start)
        if not before:
            return
        run = before[-1]
        inserted = False
        if len(before) > 1:
            # "Egypt, on behalf of the Arab Group, introduced the draft", "Brazil, together
            # with Kenya, tabled the text"
            between = self.text[before[-2][-1].end : run[0].start]
            if (
                all(m.label == "ORG" for m in run) and self.rules.behalf_insert.match(between)
            ) or self.rules.join_insert.match(between):
                run = before[-2] + run
                inserted = True
        gap = self.text[run[-1].end : cue_start]
        gap = _WHICH_WHO.sub(" ", gap)  # "France, which drafted the text"
        count = None
        if _COMMA_ONLY.fullmatch(gap):
            # "A group of 30 states, including Chile and Peru, tabled the text"
            group = self.rules.group_before.search(self.text, sent_start, run[0].start)
            if group and group.group("count"):
                count = parse_number(group.group("count"))
            if inserted or group or run[-1].label == "ORG":
                gap = " "
        possessive = self.rules.possessive_agent.match(gap)  # "Cuba's representative introduced"
        if possessive:
            gap = gap[possessive.end() :]
        words = _WORD.findall(gap)
        if gap.count(",") > 0 or len(words) > 4 or any(w.lower() not in _LINK for w in words):
            return
        if _POSSESSIVE.match(gap.lstrip()):
            return
        if possessive:
            self.found.append((cue_start, run, count, False))
        elif not self.add(cue_start, run, count, False):
            return
        self.spoken_for(cue_start, cue_end, sent_end)
        # "Brazil tabled the text jointly with Kenya": co-authors a few words after the verb.
        later = self.rules.join_later.search(self.text, cue_end, min(sent_end, cue_end + 100))
        if later and not _CLAUSE_OR_AND.search(self.text[cue_end : later.start()]):
            joined = self.run_starting(later.end(), later.end() + 2)
            if joined and len(_WORD.findall(self.text[cue_end : later.start()])) <= 8:
                self.add(cue_start, self.extend(joined, sent_end), None, False)
        else:
            self.partner(cue_start, cue_end, sent_end)

    def relative(self, cue_start: int, sent_start: int) -> None:
        """'China withdrew a competing draft it had presented': a text the subject of the clause
        put forward, told in a relative clause whose pronoun is that subject."""
        near = self.text[max(sent_start, cue_start - 24) : cue_start]
        if "it " not in near and "they " not in near:
            return  # no pronoun right before the verb: the pattern would only cost
        clause = _RELATIVE_PRONOUN.search(self.text, max(sent_start, cue_start - 60), cue_start)
        if clause is None or not self.rules.names_a_text([clause.group("doc").lower()]):
            return
        before = self.runs_ending(sent_start, clause.start("doc"))
        if not before:
            return
        run = before[-1]
        gap = self.text[run[-1].end : clause.start("doc")]
        words = _WORD.findall(gap)
        if "," in gap or not 2 <= len(words) <= 5 or not _SUBJECT_VERB.match(gap):
            return
        self.add(cue_start, run, None, False)

    def partner(self, cue_start: int, cue_end: int, sent_end: int) -> None:
        """'Norway, which drafted the resolution with Mexico, ...': a country right after a plain
        'with' a few words after the verb, ending its phrase; not 'with China abstaining' or
        'with Mexico's support'."""
        text = self.text
        limit = min(sent_end, cue_end + 60)
        if text.find("with ", cue_end, limit) < 0:
            return  # most verbs: no "with" after them
        found = _WITH.search(text, cue_end, limit)
        if found is None or _CLAUSE.search(text, cue_end, found.start()):
            return
        run = self.run_starting(found.end(), found.end() + 2)
        if run and _PHRASE_END.match(text, run[-1].end, sent_end):
            self.add(cue_start, run, None, False)

    def spoken_for(self, cue_start: int, cue_end: int, sent_end: int) -> None:
        """'Japan introduced the draft, also on behalf of Australia and Canada', 'Ghana tabled
        the text on behalf of 33 states, including Kenya': those it spoke for, after the
        verb's object."""
        text = self.text
        behalf = self.rules.behalf_later.search(text, cue_end, min(sent_end, cue_end + 100))
        if behalf is None:
            return
        between = text[cue_end : behalf.start()]
        if ";" in between or _AND_BUT.search(between) or len(_WORD.findall(between)) > 6:
            return
        position, count = behalf.end(), None
        members = self.rules.members.match(text, position, sent_end)
        if members:
            position, count = members.end(), parse_number(members.group("count"))
        run = self.run_starting(position, position + 2)
        if run is None:
            return
        if run[0].label == "ORG":
            run = [m for m in run if m.label == "ORG" or m is run[0]]
        self.found.append((cue_start, self.fill_gaps(run), count, False))

    def adjective(self, cue_start: int) -> None:
        """'a US-drafted resolution', 'the Russian-proposed text'; not 'a US-proposed truce'."""
        if self.text[cue_start - 1 : cue_start] not in _HYPHEN:
            return
        following = [w.lower() for w in _WORD.findall(self.text[cue_start : cue_start + 60])[1:4]]
        if self.rules.names_a_text(following) is False or not any(
            w in self.rules.passive_docs for w in following
        ):
            return  # "a US-proposed truce", "a US-drafted summit agenda on the text"
        mention = self.ending_at.get(cue_start - 1)
        if mention is not None:
            self.found.append((cue_start, self.hyphenated(mention), None, False))

    def owned(self, doc_words: list[int]) -> None:
        """'the Russian draft', 'Russian-Chinese draft decision', "Ukraine's resolution".

        `doc_words` are the starts of the owned-document cues: only a name a few characters
        before one is read."""
        for mention in self.mentions:
            i = bisect_left(doc_words, mention.end)
            if i == len(doc_words) or doc_words[i] - mention.end > _OWNED_REACH:
                continue
            if mention.label == "ORG" or _NEGATED_OWNER.search(
                self.text, max(0, mention.start - 5), mention.start
            ):
                continue
            after = self.text[mention.end : mention.end + 40]
            # "the Russian draft", and "the U.S. draft": an abbreviation used as an adjective.
            if mention.label == "DEMONYM" or _ABBREVIATION.fullmatch(mention.text):
                match = _ADJECTIVE_DOC.match(after)
            else:
                match = _POSSESSIVE_DOC.match(after)
            if not match:
                continue
            one = match.group(1).lower()
            two = f"{one} {(match.group(2) or '').lower()}"
            if (match.group(2) or "").lower() in self.rules.not_docs:
                continue  # "Iran's draft law": a country's own legislation
            if one in self.rules.owned_docs or two in self.rules.owned_docs:
                if one.startswith("amendment") and not self.voted_on(mention.start):
                    # "Washington ignored Moscow's amendments": changes a state wanted in
                    # another's text, not a text of its own, unless they were put to a vote
                    continue
                self.found.append((mention.start, self.hyphenated(mention), None, False))

    def voted_on(self, position: int) -> bool:
        """Whether the sentence at `position` reports a vote on a text: "voted", a decision
        without a vote, or an outcome with a count or a body ("was rejected by 5 votes to 10",
        "the Committee rejected"); not "Washington rejected them", "before the vote"."""
        start, end = self.sents[self.sentence_of(position)]
        sentence = self.text[start:end]
        if "voted" in sentence.lower():
            return True
        labels = {label for cue_start, _, label, _ in self.cues if start <= cue_start < end}
        if "VOTE_NO_VOTE" in labels:
            return True
        return "VOTE_OUTCOME" in labels and (
            bool(_DIGIT.search(sentence)) or not labels.isdisjoint(_BODY_LABELS)
        )

    def participle(self, cue_start: int, cue_end: int, sent_start: int, sent_end: int) -> None:
        """'Introducing the draft on behalf of a core group, Peru's ambassador said ...', 'The
        representative of Peru, introducing the draft, said ...': a participle clause about a
        text whose subject is a country's envoy ('Peru's ambassador', 'Maria Lopez (Peru)',
        'the Peruvian delegate'); a group the clause names after 'on behalf of' goes with it."""
        text = self.text
        words = [w.lower() for w in _WORD.findall(text[cue_end : min(sent_end, cue_end + 60)])]
        if not self.rules.names_a_text(words[:5]):
            return  # "Proposing a meeting on the draft, ...": no text put forward
        envoy: Mention | None = None
        clause_end = -1
        if _OPENING.fullmatch(text, sent_start, cue_start):
            comma = cue_end
            for _ in range(4):  # the clause may hold commas of its own ("the text, entitled ...")
                comma = text.find(",", comma, min(sent_end, cue_end + 250))
                if comma < 0:
                    return
                envoy = self.envoy_at(comma + 1, sent_end)
                if envoy is not None:
                    clause_end = comma
                    break
                comma += 1
        else:
            subject = _SUBJECT_BEFORE.fullmatch(text, sent_start, cue_start)
            if subject is None:
                return
            envoy = self.envoy_at(subject.start(1), subject.end(1), closed=True)
            clause_end = text.find(",", cue_end, sent_end)
        if envoy is None:
            return
        groups = [
            m
            for m in self.mentions
            if m.label == "ORG"
            and cue_end <= m.start < (clause_end if clause_end >= 0 else sent_end)
            and self.rules.behalf_before.search(text, max(cue_end, m.start - 30), m.start)
        ]
        self.found.append((cue_start, [envoy, *groups], None, False))

    def envoy_at(self, position: int, sent_end: int, closed: bool = False) -> Mention | None:
        """The country whose envoy is the subject starting at `position`, if any; `closed`:
        the subject runs to `sent_end` ("Mexico, introducing ...")."""
        text = self.text
        limit = min(sent_end, position + 90)
        for mention in self.mentions[bisect_left(self.mention_starts, position) :]:
            if mention.start >= limit:
                return None
            lead = text[position : mention.start]
            after = text[mention.end : mention.end + 50]
            if mention.label == "DEMONYM":
                if _THE.fullmatch(lead) and self.rules.envoy_noun.match(after):
                    return mention  # "the Peruvian ambassador"
            elif _THE.fullmatch(lead) and (
                self.rules.envoy_possessive.match(after)
                or _POSSESSIVE_NAME.match(after)
                or _ACTS_AS_SUBJECT.match(after)
                or (closed and mention.end == sent_end)
            ):
                return mention  # "Peru's ambassador", "Peru said"
            elif self.rules.envoy_of.fullmatch(lead.lstrip()) or _NAMED_OF.fullmatch(lead):
                return mention  # "the representative of Peru", "Ambassador Ana Ruiz of Peru"
            elif _NAMED.fullmatch(lead) and text[mention.end : mention.end + 1] == ")":
                return mention  # "Maria Lopez (Peru)"
            return None
        return None

    def apposed(
        self, noun: str, cue_start: int, cue_end: int, sent_start: int, sent_end: int
    ) -> bool:
        """'The co-sponsors, Germany and Brazil, welcomed ...', 'Germany and Brazil, the
        resolution's co-sponsors, said ...': the list and the noun name each other. A bare
        'authors' or 'sponsors' needs a text named in the sentence; whether it recorded one."""
        text = self.text
        if text[cue_end : cue_end + 1] not in _APPOSITION_MARKS and cue_end < sent_end:
            return False  # most nouns: no comma or dash right after, no apposition
        run: list[Mention] | None = None
        after = _APPOSITION_AFTER.match(text, cue_end, sent_end)
        if after:
            run = self.run_starting(after.end(), after.end() + 2)
            if run and not (
                _APPOSITION_CLOSE.match(text, run[-1].end, sent_end)
                and _OWNER_BEFORE.search(text, max(sent_start, cue_start - 30), cue_start)
            ):
                run = None
        if run is None and _APPOSITION_CLOSE.match(text, cue_end, sent_end):
            before = self.runs_ending(sent_start, cue_start)
            if before and _APPOSITION_BEFORE.fullmatch(text, before[-1][-1].end, cue_start):
                run = before[-1]
        if run is None or not (
            noun.startswith(("co", "main", "pen")) or self.names_a_document(sent_start, sent_end)
        ):
            return False
        return self.add(cue_start, run, None, noun.startswith("co"))

    def authors(self, cue_start: int, cue_end: int, sent_start: int, sent_end: int) -> None:
        noun = self.text[cue_start:cue_end].lower()
        following = self.text[cue_end:sent_end]
        of = _AUTHORS_OF.match(following)
        if of and of.group("doc"):
            about_text = any(w in self.rules.docs for w in of.group("doc").lower().split())
        else:
            about_text = of is not None and bool(
                _OWNER_BEFORE.search(self.text[max(sent_start, cue_start - 30) : cue_start])
            )
        if of and about_text:
            position = cue_end + of.end()
            count, position = self.stated_count(position, sent_end, None)
            run = self.run_starting(position, position + 2)
            if run:
                self.add(cue_start, self.extend(run, sent_end), count, False)
            elif count is not None:
                self.found.append((cue_start, [], count, False))
            return
        if not noun.startswith(("co", "main", "pen")) and not _NOUN_ENDS.match(following):
            return
        before = self.runs_ending(sent_start, cue_start)
        if before:
            gap = self.text[before[-1][-1].end : cue_start]
            if _IS_A.fullmatch(gap):
                self.add(cue_start, before[-1], None, True)
                return
            listed = _LISTED_AS.fullmatch(gap)
            if listed:
                # "Kenya and Chile were among the 40 co-sponsors": a stated total
                total = parse_number(listed.group("count")) if listed.group("count") else None
                self.add(cue_start, before[-1], total, True)
                return
        self.apposed(noun, cue_start, cue_end, sent_start, sent_end)


def find_sponsors(doc: Doc, *, rules: SponsorRules | None = None) -> list[Sponsorship]:
    """One entry per sponsored text, with the countries, names as written and stated count."""
    view = doc_view(doc)
    # the sponsor words, and the starts of the owned-document words, read in one pass
    cues: list[tuple[int, int, str]] = []
    owned_docs: list[int] = []
    for start, end, label, _ in view.cues:
        if label in _LABELS:
            cues.append((start, end, label))
        elif label == "SPONSOR_OWNED_DOC":
            owned_docs.append(start)
    if not cues and not owned_docs:
        return []
    cues.sort()
    finder = _Finder(doc, view, rules or shipped_rules())
    for start, end, label in cues:
        index = finder.sentence_of(start)
        if index < 0:
            continue
        sent_start, sent_end = finder.sents[index]
        if label == "SPONSOR_VERB":
            verb = finder.text[start:end].lower()
            if verb.startswith("put to"):
                # "Russia put to a vote a rival text": only the one who put it forward
                finder.active(start, end, sent_start, sent_end)
                continue
            finder.passive(start, end, sent_start, sent_end, verb.startswith("co"))
            finder.active(start, end, sent_start, sent_end)
            finder.relative(start, sent_start)
        elif label == "SPONSOR_ADJ":
            finder.adjective(start)
        elif label == "SPONSOR_PARTICIPLE":
            finder.participle(start, end, sent_start, sent_end)
        else:
            finder.authors(start, end, sent_start, sent_end)
    finder.owned(sorted(owned_docs))
    return _entries(finder)


def _entries(finder: _Finder) -> list[Sponsorship]:
    text = finder.text
    entries: list[_Entry] = []
    for position, run, count, cosponsor in sorted(finder.found, key=lambda f: f[0]):
        index = finder.sentence_of(position)
        codes = {m.code for m in run if m.label != "ORG"}
        target = None
        for entry in entries:
            if codes & set(entry.countries) or index in entry.sents:
                target = entry
                break
        if target is None and cosponsor and entries:
            target = entries[-1]
        if target is None:
            target = _Entry()
            entries.append(target)
        for mention in run:
            if mention.label == "ORG":
                # Named as written ("the Organization of Islamic Cooperation"), one per group.
                if mention.code not in target.organization_codes:
                    target.organization_codes.append(mention.code)
                    target.organizations.append(mention.text)
            elif mention.code not in target.countries:
                target.countries.append(mention.code)
                target.names.append(mention.text)
        if count is not None:
            target.count = count
        target.sents.add(index)
        if len(run) > target.size or not target.span[1]:
            target.size = len(run)
            start, end = finder.sents[index]
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
            target.span = (start, end)
    return [
        Sponsorship(
            countries=tuple(e.countries),
            names=tuple(e.names),
            count=e.count,
            text=text[e.span[0] : e.span[1]],
            span=e.span,
            organizations=tuple(e.organizations),
        )
        for e in entries
        if e.countries or e.organizations
    ]
