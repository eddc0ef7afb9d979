"""The pipeline: blank English plus our components; tokenization keeps the text exact."""

from __future__ import annotations

import sys
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.pipeline import Sentencizer

from extract_cli.doctext import ROW_ATTRS, sentence_starts, token_rows
from extract_cli.pipeline import LONG_RUN_CHARS, PIECE_CHARS, Extractor, make_doc


def test_pipeline_is_blank_english_with_our_components(extractor: Extractor) -> None:
    assert extractor.nlp.lang == "en"
    assert extractor.nlp.pipe_names == [
        "sentence_splitter",
        "entity_ruler",
        "cue_ruler",
        "extract_officials",
        "extract_votes",
        "extract_sponsors",
        "extract_dates",
        "extract_quotes",
    ]


def test_pipeline_starts_a_sentence_at_every_line_break(extractor: Extractor) -> None:
    doc = extractor.nlp("Headline without a stop\n\nMOSCOW, (BM) – Body text. Another one.")
    assert [s.text.strip() for s in doc.sents] == [
        "Headline without a stop",
        "MOSCOW, (BM) – Body text.",
        "Another one.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Headline without a stop\n\nMOSCOW, (BM) – Body text. Another one.",
        "  Leading space. Sen. Amy Park, I-Vt., said no.\n",
        "One",
    ],
)
def test_pipeline_splitter_keeps_the_token_rows_the_fact_modules_read(
    extractor: Extractor, text: str
) -> None:
    doc = extractor.nlp(text)
    rows = token_rows(doc)
    assert rows.dtype == doc.to_array(list(ROW_ATTRS)).dtype
    assert rows.tolist() == doc.to_array(list(ROW_ATTRS)).tolist()
    assert sentence_starts(doc) == [sentence.start_char for sentence in doc.sents]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    text=st.lists(st.sampled_from([*"ab AZ1.!?,;\"'()-\n\t\u2026", " Sen. ", " the "])).map("".join)
)
def test_pipeline_splitter_keeps_the_token_rows_of_any_text(
    extractor: Extractor, text: str
) -> None:
    doc = extractor.nlp(text)
    assert token_rows(doc).tolist() == doc.to_array(list(ROW_ATTRS)).tolist()
    assert sentence_starts(doc) == [sentence.start_char for sentence in doc.sents]


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        (
            "Sen. Amy Park, I-Vt., said no. The vote is on Monday.",
            ["Sen. Amy Park, I-Vt., said no.", "The vote is on Monday."],
        ),
        ('"Why now?" he asked. Nobody answered.', ['"Why now?" he asked.', "Nobody answered."]),
        ("It passed. 12 states objected!", ["It passed.", "12 states objected!"]),
    ],
)
def test_pipeline_a_lower_case_word_goes_on_the_sentence(
    extractor: Extractor, text: str, sentences: list[str]
) -> None:
    assert [s.text.strip() for s in extractor.nlp(text).sents] == sentences


def test_pipeline_splitter_may_read_sentence_ends_by_their_lower_case_form(
    extractor: Extractor,
) -> None:
    # The splitter finds the marks that end a sentence by the LOWER column it keeps anyway;
    # that is exact only while spaCy's LOWER is str.lower and no other character lower-cases
    # to one of them (and lowering never shortens a string, so no longer token can either).
    enders = set(Sentencizer.default_punct_chars)
    vocab = extractor.nlp.vocab
    assert all(vocab[char].lower_ == char.lower() for char in [*enders, "\u0130", "\u03a3", "A"])
    assert all(char.lower() == char for char in enders)
    assert not [
        hex(point)
        for point in range(sys.maxunicode + 1)
        if chr(point) not in enders and chr(point).lower() in enders
    ]


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("Stop. Go. STOP! go on. Then", ["Stop.", "Go.", "STOP! go on.", "Then"]),
        (
            "It ended \u3002 Next one \uff01 more. 3 left? yes.",
            ["It ended \u3002", "Next one \uff01 more.", "3 left? yes."],
        ),
    ],
)
def test_pipeline_sentence_ends_by_case_of_the_next_word(
    extractor: Extractor, text: str, sentences: list[str]
) -> None:
    assert [s.text.strip() for s in extractor.nlp(text).sents] == sentences


@pytest.mark.parametrize("offset", [0, 1, 199, 200, 201, 399, 1000])
@pytest.mark.parametrize("length", [LONG_RUN_CHARS - 1, LONG_RUN_CHARS, 3 * LONG_RUN_CHARS])
@pytest.mark.parametrize("around", [" ", "\n", "\u00a0", "\u2009"])
def test_pipeline_cuts_a_long_run_without_white_space_wherever_it_lies(
    extractor: Extractor, offset: int, length: int, around: str
) -> None:
    text = "a b " * (offset // 4) + "x" * (offset % 4) + around + "y" * length + around + "z"
    doc = make_doc(extractor.nlp, text)
    assert doc.text == text
    longest = max(len(token) for token in doc)
    assert longest == length if length < LONG_RUN_CHARS else longest <= PIECE_CHARS


def test_pipeline_cuts_a_run_of_long_run_chars_at_every_offset_among_spaced_words(
    extractor: Extractor,
) -> None:
    for offset in range(LONG_RUN_CHARS):
        for length in (LONG_RUN_CHARS - 1, LONG_RUN_CHARS):
            text = "a " * (offset // 2) + "b" * (offset % 2) + " " + "y" * length + " z" * 300
            longest = max(len(token) for token in make_doc(extractor.nlp, text))
            assert longest == length if length < LONG_RUN_CHARS else longest <= PIECE_CHARS, offset


_SPACES = st.sampled_from([" ", "\n", "\t", "\u00a0", "\u2009", "\u3000"])
_RUNS = st.integers(0, 2 * LONG_RUN_CHARS).map(lambda length: "y" * length)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(parts=st.lists(st.tuples(_RUNS, _SPACES), max_size=8), last=_RUNS)
def test_pipeline_cuts_exactly_the_runs_of_long_run_chars_without_white_space(
    extractor: Extractor, parts: list[tuple[str, str]], last: str
) -> None:
    text = "".join(run + space for run, space in parts) + last
    doc = make_doc(extractor.nlp, text)
    assert doc.text == text
    if max(map(len, text.split()), default=0) < LONG_RUN_CHARS:
        assert [t.text for t in doc] == [t.text for t in extractor.nlp.make_doc(text)]
    else:
        assert max(len(token) for token in doc) < LONG_RUN_CHARS


@pytest.mark.parametrize(
    "text",
    [
        "(" * 20_000 + "Russia voted against" + ")" * 20_000,
        "x" * 5_000 + " said the minister " + "y" * 401 + "\n\n" + "z" * 399,
        "An ordinary sentence, said the minister.",
    ],
)
def test_pipeline_long_runs_without_spaces_tokenize_fast_and_exactly(
    extractor: Extractor, text: str
) -> None:
    start = time.perf_counter()
    doc = make_doc(extractor.nlp, text)
    assert time.perf_counter() - start < 5
    assert doc.text == text


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("the U.S.-drafted text", ["the", "U.S.", "-", "drafted", "text"]),
        ("abstentions(Albania, Guinea),would", ["abstentions", "(", "Albania", ",", "Guinea", ")",
                                                 ",", "would"]),
        ("rose 3.5%.The vote", ["rose", "3.5%", ".", "The", "vote"]),
        ("U.S.A. and Mr.Smith", ["U.S.A.", "and", "Mr.", "Smith"]),
        ("(Jiji Press)--China said", ["(", "Jiji", "Press", ")", "--", "China", "said"]),
        ("MOSCOW (Reuters)-Russia", ["MOSCOW", "(", "Reuters", ")", "-", "Russia"]),
    ],
)  # fmt: skip
def test_pipeline_tokenizer_splits_names_glued_to_punctuation(
    extractor: Extractor, text: str, tokens: list[str]
) -> None:
    assert [t.text for t in extractor.nlp.make_doc(text)] == tokens
