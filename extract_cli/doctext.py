"""What every fact module reads off a Doc, kept once per Doc: its text (`Doc.text` joins every
token anew on each call) and its token rows (each `Doc.to_array` call walks every token)."""

from __future__ import annotations

from typing import Any

from spacy.attrs import IDX, LOWER, SENT_START
from spacy.tokens import Doc

KEY = "text"
ROWS_KEY = "extract_cli.token_rows"
STARTS_KEY = "extract_cli.sentence_starts"
ROW_ATTRS = (LOWER, IDX, SENT_START)
"""The columns of `token_rows`, as `Doc.to_array` gives them (uint64)."""


def keep_text(doc: Doc, text: str) -> Doc:
    """Remember the text the Doc was made from (`Extractor` does this for every article)."""
    doc.user_data[KEY] = text
    return doc


def article_text(doc: Doc) -> str:
    """The text the Doc was made from, without rebuilding it from the tokens."""
    text = doc.user_data.get(KEY)
    return text if isinstance(text, str) else doc.text


def keep_token_rows(doc: Doc, rows: Any) -> None:
    """Remember the Doc's `ROW_ATTRS` array (the sentence splitter, which reads these columns
    anyway, does this once the sentence starts are set)."""
    doc.user_data[ROWS_KEY] = rows
    doc.user_data.pop(STARTS_KEY, None)


def token_rows(doc: Doc) -> Any:
    """`doc.to_array(ROW_ATTRS)`: lower-case hash, character offset and sentence start of every
    token, read once per Doc."""
    rows = doc.user_data.get(ROWS_KEY)
    if rows is None:
        rows = doc.to_array(list(ROW_ATTRS))
        keep_token_rows(doc, rows)
    return rows


def sentence_starts(doc: Doc) -> list[int]:
    """Character offsets of the tokens that start a sentence, in order; shared by every reader,
    so never changed in place."""
    starts = doc.user_data.get(STARTS_KEY)
    if not isinstance(starts, list):
        rows = token_rows(doc)
        starts = rows[rows[:, 2] == 1, 1].tolist() if len(doc) else []
        doc.user_data[STARTS_KEY] = starts
    return starts
