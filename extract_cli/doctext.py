"""The article text of a Doc, kept once: `Doc.text` joins every token anew on each call."""

from __future__ import annotations

from spacy.tokens import Doc

KEY = "text"


def keep_text(doc: Doc, text: str) -> Doc:
    """Remember the text the Doc was made from (`Extractor` does this for every article)."""
    doc.user_data[KEY] = text
    return doc


def article_text(doc: Doc) -> str:
    """The text the Doc was made from, without rebuilding it from the tokens."""
    text = doc.user_data.get(KEY)
    return text if isinstance(text, str) else doc.text
