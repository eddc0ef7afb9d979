"""The rulers: pattern files matched on a Doc, kept as plain (start, end, label, id) marks.

spaCy's `SpanRuler` makes a `Span` object for every match, and each reader then decodes its
label and id again; the fact modules need only character offsets and strings. A `PhraseRuler`
runs the same matchers (a `PhraseMatcher`, plus a `Matcher` only if a pattern file holds token
patterns), orders and filters the matches exactly as `SpanRuler` with
`first_longest_spans_filter` does, and stores the marks once per Doc in `doc.user_data`.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, cast

from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

Mark = tuple[int, int, str, str]
"""(start, end) in characters, the pattern's label, its id ("" where it has none)."""

_KEY = "extract_cli.rulers"


def marks(doc: Doc, key: str) -> list[Mark]:
    """The marks the ruler storing under `key` ("entities", "cues") left on `doc`, in order."""
    found = doc.user_data.get(f"{_KEY}.{key}")
    return found if isinstance(found, list) else []


class PhraseRuler:
    """Phrase and token patterns ({"label", "pattern", "id"}) matched on `attr` ("ORTH",
    "LOWER"); with `longest`, overlapping matches give way to the first longest one."""

    def __init__(self, nlp: Language, key: str, attr: str, longest: bool) -> None:
        self.key = f"{_KEY}.{key}"
        self.longest = longest
        self.vocab = nlp.vocab
        self.phrases = PhraseMatcher(nlp.vocab, attr=attr)
        self.tokens = Matcher(nlp.vocab)
        self.has_token_patterns = False
        # match id -> (label, id, and their hashes, by which SpanRuler orders equal spans)
        self.kinds: dict[int, tuple[str, str, int, int]] = {}

    def add_patterns(self, nlp: Language, patterns: Iterable[dict[str, Any]]) -> None:
        phrases: dict[tuple[str, str], list[str]] = {}
        tokens: dict[tuple[str, str], list[list[dict[str, Any]]]] = {}
        for entry in patterns:
            kind = (entry["label"], entry.get("id") or "")
            if isinstance(entry["pattern"], str):
                phrases.setdefault(kind, []).append(entry["pattern"])
            else:
                tokens.setdefault(kind, []).append(entry["pattern"])
        strings = self.vocab.strings
        tokenizer = cast(Tokenizer, nlp.tokenizer)
        for kind, texts in phrases.items():
            # The tokenizer alone makes the pattern Docs: ORTH and LOWER are all they need.
            self.phrases.add(self._kind_key(kind), list(tokenizer.pipe(texts)))
        for kind, token_patterns in tokens.items():
            self.tokens.add(self._kind_key(kind), token_patterns)
            self.has_token_patterns = True
        for label, id_ in {*phrases, *tokens}:
            match_id = strings[self._kind_key((label, id_))]
            self.kinds[match_id] = (label, id_, strings.add(label), strings.add(id_) if id_ else 0)

    @staticmethod
    def _kind_key(kind: tuple[str, str]) -> str:
        return f"{kind[0]}\x1f{kind[1]}"

    def __call__(self, doc: Doc) -> Doc:
        found = list(self.phrases(doc))
        if self.has_token_patterns:
            found.extend(self.tokens(doc))
        kinds = self.kinds
        matches = set()
        for match_id, start, end in found:
            if start == end:
                continue
            label, id_, label_hash, id_hash = kinds[match_id]
            last = doc[end - 1]
            matches.add(
                (doc[start].idx, last.idx + len(last), label_hash, id_hash, start, end, label, id_)
            )
        ordered = sorted(matches)  # SpanRuler's order: characters, then label and id hashes
        if self.longest:
            ordered = _first_longest(ordered)
        doc.user_data[self.key] = [(m[0], m[1], m[6], m[7]) for m in ordered]
        return doc


def _first_longest(
    matches: list[tuple[int, int, int, int, int, int, str, str]],
) -> list[tuple[int, int, int, int, int, int, str, str]]:
    """`spacy.util.filter_spans`: the longest match (in tokens) wins, then the first one."""
    kept = []
    seen: set[int] = set()
    for match in sorted(matches, key=lambda m: (m[5] - m[4], -m[4]), reverse=True):
        start, end = match[4], match[5]
        if start not in seen and end - 1 not in seen:
            kept.append(match)
            seen.update(range(start, end))
    return sorted(kept, key=lambda m: m[4])
