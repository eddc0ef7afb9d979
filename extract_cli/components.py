"""The pipeline's own components: the only place with `@Language.factory`.

Each component wires what the rulers marked on the Doc to the pure functions of one fact
module and stores plain records (never `Span` objects) in a `Doc` extension.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, cast

import numpy
from spacy.attrs import IDX, IS_PUNCT, LOWER, SENT_START
from spacy.language import Language
from spacy.pipeline import Sentencizer
from spacy.tokens import Doc
from thinc.types import Ints2d

from . import dates, officials, quotes, sponsors, votes
from .doctext import article_text, keep_token_rows
from .patterns import default_pattern_dir
from .rulers import PhraseRuler

EXTENSIONS = ("reference_date", "votes", "sponsors", "officials", "dates", "quotes", "warnings")

for _name in EXTENSIONS:
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


@Language.factory("sentence_splitter")
def make_sentence_splitter(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """spaCy's sentencizer rule, unless a lower-case word follows, plus a sentence start after
    every line break.

    A sentence starts at the first token that is not punctuation after a token in
    `Sentencizer.default_punct_chars` if that token is not a lower-case word, and after every
    line break, so headlines and datelines stand alone. Computed on token arrays and set in one
    `from_array`: setting `Token.is_sent_start` one token at a time costs a scan of the whole
    Doc each time.
    """
    # Every one of these characters is punctuation (`is_punct`), so only punctuation tokens
    # need the look-up, and the words a sentence may start at are the tokens that are not.
    # They are looked up by a token's lower-case form (the LOWER column the token rows keep
    # anyway, not ORTH): each lower-cases to itself and no other character lower-cases to one
    # of them, and lowering never shortens a text, so a token's LOWER is an ender exactly when
    # the token is one (tests/test_pipeline.py checks this over all of Unicode).
    enders = frozenset(nlp.vocab.strings.add(char) for char in Sentencizer.default_punct_chars)

    def splitter(doc: Doc) -> Doc:
        if not len(doc):
            return doc
        idx, punct, lower_hash = doc.to_array([IDX, IS_PUNCT, LOWER]).T
        plain = numpy.flatnonzero(punct == 0)
        marks_at = numpy.flatnonzero(punct)
        keys = lower_hash[marks_at].tolist()
        ender_at = numpy.array(
            [i for i, key in zip(marks_at.tolist(), keys, strict=True) if key in enders],
            dtype="int64",
        )
        starts = numpy.full(len(doc), -1, dtype="int32")
        starts[0] = 1
        after_ender = numpy.searchsorted(plain, ender_at + 1)
        follows = plain[after_ender[after_ender < len(plain)]].tolist()
        # A lower-case word goes on the sentence: the full stop closed an abbreviation spaCy
        # does not know ("Sen. Amy Park, I-Vt., said"), or the mark ended a quotation
        # ('"Why now?" he asked'). Read for these few tokens only, not as a column.
        starts[[i for i in follows if not doc[i].is_lower]] = 1
        text = article_text(doc)
        breaks = numpy.array([m.start() for m in re.finditer("\n", text)], dtype="int64")
        after_break = numpy.searchsorted(idx.astype("int64"), breaks, side="right")
        starts[after_break[after_break < len(doc)]] = 1
        # spaCy's token arrays are uint64: -1 ("not a start") wraps around, as in to_array.
        marks = starts.astype("int64").astype("uint64")
        doc.from_array([SENT_START], cast(Ints2d, marks.reshape(-1, 1)))
        # The fact modules' token rows, without another walk over the tokens.
        keep_token_rows(doc, numpy.column_stack((lower_hash, idx, marks)))
        return doc

    return splitter


@Language.factory(
    "phrase_ruler", default_config={"key": "entities", "attr": "ORTH", "longest": False}
)
def make_phrase_ruler(nlp: Language, name: str, key: str, attr: str, longest: bool) -> PhraseRuler:
    """Pattern files matched as plain marks (`rulers.marks(doc, key)`); patterns are added by
    `pipeline.build_pipeline`."""
    return PhraseRuler(nlp, key, attr, longest)


def pattern_folders(extra: Sequence[str | Path] = ()) -> tuple[Path, ...]:
    """The shipped pattern folder, then the user's (`--patterns`), as the rules read them."""
    return (default_pattern_dir(), *(Path(folder) for folder in extra))


def _component(store: str, find: Callable[[Doc], Any]) -> Callable[[Doc], Doc]:
    def component(doc: Doc) -> Doc:
        doc._.set(store, find(doc))
        return doc

    return component


@Language.factory("extract_officials", default_config={"pattern_dirs": []})
def make_officials(nlp: Language, name: str, pattern_dirs: list[str]) -> Callable[[Doc], Doc]:
    rules = officials.load_rules(pattern_folders(pattern_dirs))
    return _component("officials", lambda doc: officials.find_officials(doc, rules=rules))


@Language.factory("extract_votes", default_config={"pattern_dirs": []})
def make_votes(nlp: Language, name: str, pattern_dirs: list[str]) -> Callable[[Doc], Doc]:
    rules = votes.load_rules(pattern_folders(pattern_dirs))

    def component(doc: Doc) -> Doc:
        found = votes.find_votes(doc, rules=rules)
        doc._.votes = found
        doc._.warnings = votes.check_votes(found, rules=rules)
        return doc

    return component


@Language.factory("extract_sponsors", default_config={"pattern_dirs": []})
def make_sponsors(nlp: Language, name: str, pattern_dirs: list[str]) -> Callable[[Doc], Doc]:
    rules = sponsors.load_rules(pattern_folders(pattern_dirs))
    return _component("sponsors", lambda doc: sponsors.find_sponsors(doc, rules=rules))


@Language.factory("extract_dates", default_config={"pattern_dirs": []})
def make_dates(nlp: Language, name: str, pattern_dirs: list[str]) -> Callable[[Doc], Doc]:
    rules = dates.load_rules(pattern_folders(pattern_dirs))
    return _component("dates", lambda doc: dates.find_dates(doc, doc._.reference_date, rules=rules))


@Language.factory("extract_quotes", default_config={"pattern_dirs": []})
def make_quotes(nlp: Language, name: str, pattern_dirs: list[str]) -> Callable[[Doc], Doc]:
    rules = quotes.load_rules(pattern_folders(pattern_dirs))
    return _component(
        "quotes", lambda doc: quotes.find_quotes(doc, doc._.officials or [], rules=rules)
    )
