"""The article's frame: its headline and its dateline ("MOSCOW, Dec 27 (Interfax) –")."""

from __future__ import annotations

import re

from .facts import Dateline

# A place in capitals, an optional date, an optional (agency), then a dash or colon.
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'\- ]{1,40}?[A-Z.])"
    r"(?:\s*,\s*(?P<date>[A-Za-z]{3,9}\.? \d{1,2}|\d{1,2} [A-Za-z]{3,9}))?"
    r"(?:\s*,?\s*\((?P<agency>[^()\n]{1,40})\))?"
    r"\s*(?:[-–—:]|\.(?=\s))",
    re.MULTILINE,
)
_HEAD_LINES = 12


def headline(text: str) -> str | None:
    """The first non-empty line, when it is short and does not read as a sentence of the body."""
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        if len(line) <= 200 and not _DATELINE.match(line):
            return line
        return None
    return None


def find_dateline(text: str) -> Dateline | None:
    """The dateline opening one of the first paragraphs, with its place and agency."""
    head = "\n".join(text.splitlines()[:_HEAD_LINES])
    match = _DATELINE.search(head)
    if match is None:
        return None
    place = match.group("place").strip()
    if len(place.replace(" ", "")) < 3:
        return None
    return Dateline(
        place=place,
        agency=(match.group("agency") or "").strip() or None,
        text=match.group(0),
        span=(match.start(), match.end()),
    )
