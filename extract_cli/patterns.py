"""Find and load the pattern files (spaCy ruler JSONL) that drive every rule."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .errors import PatternError

ALLOWED_KEYS = frozenset({"label", "pattern", "id"})


def default_pattern_dir() -> Path:
    """The shipped `patterns/`: inside the wheel, or at the top of a source checkout."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "patterns", here.parent / "patterns"):
        if candidate.is_dir() and any(candidate.glob("*.jsonl")):
            return candidate
    raise PatternError(f"cannot find the pattern folder next to {here}")


def load_pattern_file(path: Path) -> list[dict[str, Any]]:
    """Read one JSONL pattern file, rejecting anything a spaCy ruler would not take."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise PatternError(f"{path}: cannot read pattern file ({exc})") from exc
    patterns: list[dict[str, Any]] = []
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line.lstrip().startswith("//"):
            continue
        try:
            entry = _parse_line(line)
        except json.JSONDecodeError as exc:
            raise PatternError(f"{path}:{number}: not valid JSON ({exc.msg})") from exc
        problem = _problem(entry)
        if problem:
            raise PatternError(f"{path}:{number}: {problem}")
        patterns.append(entry)
    return patterns


# JSON's own white space, which `json.loads` allows around a value (`str.strip` takes more).
_JSON_SPACE = " \t\n\r"
_DECODER = json.JSONDecoder()


def _parse_line(line: str) -> Any:
    """`json.loads(line)`, with the decoder called directly where the line is one whole value:
    every start reads thousands of lines, and `json.loads` costs three times as much each.
    Any other line goes to `json.loads`, which raises the error to report."""
    text = line.strip(_JSON_SPACE)
    try:
        entry, end = _DECODER.raw_decode(text)
        if end == len(text):
            return entry
    except json.JSONDecodeError:
        pass
    return json.loads(line)


def _problem(entry: Any) -> str | None:
    """What a spaCy ruler would not take in `entry`, if anything."""
    if not isinstance(entry, dict):
        return "a pattern must be a JSON object"
    if not entry.keys() <= ALLOWED_KEYS:
        return f"unknown key(s) {', '.join(sorted(set(entry) - ALLOWED_KEYS))}"
    if not isinstance(entry.get("label"), str) or not entry["label"]:
        return "'label' must be a non-empty string"
    pattern = entry.get("pattern")
    if isinstance(pattern, str):
        if not pattern.strip():
            return "'pattern' is an empty string"
    elif isinstance(pattern, list):
        from spacy.schemas import validate_token_pattern

        problems = validate_token_pattern(pattern)
        if problems:
            return f"invalid token pattern ({problems[0]})"
    else:
        return "'pattern' must be a string or a list of token dicts"
    if "id" in entry and not isinstance(entry["id"], str):
        return "'id' must be a string"
    return None


def load_patterns(name: str, folders: Iterable[Path]) -> list[dict[str, Any]]:
    """The patterns of `name`.jsonl from each folder in turn (shipped first, then the user's)."""
    found: list[dict[str, Any]] = []
    for folder in folders:
        path = folder / f"{name}.jsonl"
        if path.is_file():
            found.extend(load_pattern_file(path))
    return found


def lexicon(patterns: Iterable[dict[str, Any]]) -> dict[str, set[str]]:
    """Phrase patterns grouped by label, lower-cased: word lists for the pure fact logic."""
    words: dict[str, set[str]] = {}
    for entry in patterns:
        if isinstance(entry["pattern"], str):
            words.setdefault(entry["label"], set()).add(entry["pattern"].lower())
    return words
