"""The pipeline's own components: the only place with `@Language.factory`.

Each component wires what the rulers marked on the Doc to the pure functions of one fact
module and stores plain records (never `Span` objects) in a `Doc` extension.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from spacy.attrs import IDX
from spacy.language import Language
from spacy.tokens import Doc

from . import dates, officials, quotes, sponsors, votes
from .doctext import article_text
from .patterns import default_pattern_dir

EXTENSIONS = ("reference_date", "votes", "sponsors", "officials", "dates", "quotes", "warnings")

for _name in EXTENSIONS:
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


@Language.factory("paragraph_breaker")
def make_paragraph_breaker(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """Start a sentence after every line break, so headlines and datelines stand alone."""

    def breaker(doc: Doc) -> Doc:
        if not len(doc):
            return doc
        doc[0].is_sent_start = True
        text = article_text(doc)
        # Token offsets in one C call; only the few line breaks are visited in Python.
        starts = doc.to_array(IDX).tolist()
        for newline in re.finditer(r"\n", text):
            i = bisect_right(starts, newline.start())
            if i < len(doc):
                doc[i].is_sent_start = True
        return doc

    return breaker


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
