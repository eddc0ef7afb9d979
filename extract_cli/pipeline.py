"""Build the spaCy pipeline (blank English + our rulers and components) and run it on articles."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from pathlib import Path

from spacy.lang.en import English, EnglishDefaults
from spacy.language import Language
from spacy.tokens import Doc

from . import article, dates
from .components import pattern_folders
from .countries import country_table
from .doctext import keep_text
from .facts import ArticleFacts
from .patterns import load_patterns
from .rulers import PhraseRuler

MAX_CHARS = 100_000_000
LONG_RUN_CHARS = 400
PIECE_CHARS = 100
_LONG_RUN = re.compile(rf"\S{{{LONG_RUN_CHARS},}}")
# Splits spaCy's English tokenizer does not make, so that a name glued to punctuation by a
# careless page or an agency's dateline still matches: "U.S.-drafted", "abstentions(Albania",
# "Guinea),would", "3.5%.The", "(Jiji Press)--China", "(Reuters)-Russia".
EXTRA_INFIXES = (
    r"(?<=\))--?(?=[A-Za-z])",
    r"(?<=[A-Za-z]\.)-(?=[A-Za-z])",
    r"(?<=[A-Za-z])\((?=[A-Z])",
    r"(?<=[A-Za-z])\)(?=[,;:.-])",
    r"(?<=\))[,;:](?=[A-Za-z])",
    r"(?<=[%)])\.(?=[A-Z])",
)


class ArticleEnglish(English):  # type: ignore[no-untyped-call]  # spaCy's __init_subclass__
    """`spacy.blank("en")` with `EXTRA_INFIXES`, set before its tokenizer is built: setting
    `infix_finditer` afterwards reloads every special case (about 50 ms of each start)."""

    class Defaults(EnglishDefaults):
        infixes = [*(EnglishDefaults.infixes or ()), *EXTRA_INFIXES]  # noqa: RUF012


# Pattern files whose words the case-insensitive cue ruler marks on the Doc for the modules
# that anchor on them; the other families read their word lists as plain sets.
CUE_FILES = ("votes", "sponsors")
FACT_COMPONENTS = (
    "extract_officials",
    "extract_votes",
    "extract_sponsors",
    "extract_dates",
    "extract_quotes",
)


def build_pipeline(extra_pattern_dirs: Sequence[Path] = ()) -> Language:
    """`spacy.blank("en")` with our rulers and fact components; no model is loaded."""
    folders = list(pattern_folders(extra_pattern_dirs))
    nlp = ArticleEnglish()
    # No parser or NER here, so spaCy's 1M-character guard is not needed; inputs are bounded
    # by --max-bytes instead.
    nlp.max_length = MAX_CHARS

    nlp.add_pipe("sentence_splitter")
    table = country_table(tuple(folders))
    entity_ruler: PhraseRuler = nlp.add_pipe(  # type: ignore[assignment]
        "phrase_ruler",
        name="entity_ruler",
        config={"key": "entities", "attr": "ORTH", "longest": True},
    )
    entity_ruler.add_patterns(nlp, table.ruler_patterns() + load_patterns("organizations", folders))
    cue_ruler: PhraseRuler = nlp.add_pipe(  # type: ignore[assignment]
        "phrase_ruler", name="cue_ruler", config={"key": "cues", "attr": "LOWER"}
    )
    cue_ruler.add_patterns(nlp, [p for name in CUE_FILES for p in load_patterns(name, folders)])
    user_dirs = [str(folder) for folder in extra_pattern_dirs]
    for name in FACT_COMPONENTS:
        configurable = "pattern_dirs" in (nlp.get_factory_meta(name).default_config or {})
        nlp.add_pipe(name, config={"pattern_dirs": user_dirs} if configurable else {})
    return nlp


def make_doc(nlp: Language, text: str) -> Doc:
    """Tokenize `text`, cutting very long runs without white space into short pieces first.

    spaCy's tokenizer strips affixes one at a time, which is quadratic in the length of a run
    without spaces ("((((...", a pasted blob); no word of an article is that long, so the pieces
    lose nothing, and `doc.text` stays exactly `text`.
    """
    if not _holds_long_run(text):
        return nlp.make_doc(text)
    docs, position = [], 0
    for run in _LONG_RUN.finditer(text):
        if run.start() > position:
            docs.append(nlp.make_doc(text[position : run.start()]))
        for start in range(run.start(), run.end(), PIECE_CHARS):
            docs.append(nlp.make_doc(text[start : min(start + PIECE_CHARS, run.end())]))
        position = run.end()
    if position < len(text):
        docs.append(nlp.make_doc(text[position:]))
    return Doc.from_docs(docs, ensure_whitespace=False)


def _holds_long_run(text: str) -> bool:
    """Whether `text` holds a run of `LONG_RUN_CHARS` characters without white space.

    Such a run covers a whole stretch [k * half, (k + 1) * half) of the text, so when every
    such stretch holds a plain space there is none: a few substring tests settle most texts
    without the regex scan (which costs more than a percent of an article's time)."""
    half = LONG_RUN_CHARS // 2
    if all(" " in text[start : start + half] for start in range(0, len(text), half)):
        return False
    return _LONG_RUN.search(text) is not None


class Extractor:
    """Builds the pipeline once; `extract` turns one article's text into `ArticleFacts`."""

    def __init__(self, extra_pattern_dirs: Sequence[Path] = ()) -> None:
        self.nlp = build_pipeline(extra_pattern_dirs)
        self.date_rules = dates.load_rules(pattern_folders(extra_pattern_dirs))

    def extract(
        self,
        text: str,
        *,
        id: str = "-",
        source: str = "-",
        reference_date: dt.date | None = None,
        reference_date_source: str | None = None,
    ) -> ArticleFacts:
        if reference_date is None:
            stated = dates.stated_reference_date(text, rules=self.date_rules)
            if stated is not None:
                reference_date, reference_date_source = stated
        else:
            reference_date_source = reference_date_source or "given"
        doc = keep_text(make_doc(self.nlp, text), text)
        doc._.reference_date = reference_date
        for _, proc in self.nlp.pipeline:
            doc = proc(doc)
        return ArticleFacts(
            id=id,
            source=source,
            reference_date=reference_date.isoformat() if reference_date else None,
            reference_date_source=reference_date_source if reference_date else None,
            headline=article.headline(text),
            dateline=article.find_dateline(text),
            votes=tuple(doc._.votes or ()),
            sponsors=tuple(doc._.sponsors or ()),
            officials=tuple(doc._.officials or ()),
            dates=tuple(doc._.dates or ()),
            quotes=tuple(doc._.quotes or ()),
            warnings=tuple(doc._.warnings or ()),
        )
