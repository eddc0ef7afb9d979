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
    from spacy.schemas import validate_token_pattern

    patterns: list[dict[str, Any]] = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise PatternError(f"{path}: cannot read pattern file ({exc})") from exc
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line.lstrip().startswith("//"):
            continue
        where = f"{path}:{number}"
        try:
            entry = json.loads(line)
        except json.JSONDecodeError as exc:
            raise PatternError(f"{where}: not valid JSON ({exc.msg})") from exc
        if not isinstance(entry, dict):
            raise PatternError(f"{where}: a pattern must be a JSON object")
        unknown = set(entry) - ALLOWED_KEYS
        if unknown:
            raise PatternError(f"{where}: unknown key(s) {', '.join(sorted(unknown))}")
        if not isinstance(entry.get("label"), str) or not entry["label"]:
            raise PatternError(f"{where}: 'label' must be a non-empty string")
        pattern = entry.get("pattern")
        if isinstance(pattern, str):
            if not pattern.strip():
                raise PatternError(f"{where}: 'pattern' is an empty string")
        elif isinstance(pattern, list):
            problems = validate_token_pattern(pattern)
            if problems:
                raise PatternError(f"{where}: invalid token pattern ({problems[0]})")
        else:
            raise PatternError(f"{where}: 'pattern' must be a string or a list of token dicts")
        if "id" in entry and not isinstance(entry["id"], str):
            raise PatternError(f"{where}: 'id' must be a string")
        patterns.append(entry)
    return patterns


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
