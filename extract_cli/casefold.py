"""Where a case-insensitive regex and `str.lower` disagree, for the shortcuts that use one in
place of the other (a literal look in a lower-cased text before an IGNORECASE pattern, a
case-sensitive search of a lower-cased text).

Checked over all of Unicode (tests/test_casefold.py): every character lowers to one character,
and to an ASCII letter exactly when a case-insensitive regex reads it as that letter, except
dotted "İ" (lowered to two characters, "i̇", which also shifts the offsets of all that follows),
dotless "ı" and long "ſ" (read as "i" and "s", lowered to themselves). A text without them
gives the same matches at the same offsets either way, for patterns of ASCII words.
"""

from __future__ import annotations

FOLDED_LETTERS = "\u0130\u0131\u017f"


def has_folded_letter(text: str) -> bool:
    """Whether `text` holds a letter the two ways read differently (then take the slow, exact
    way)."""
    return any(letter in text for letter in FOLDED_LETTERS)
