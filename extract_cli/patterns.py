"""Find and load the pattern files (spaCy ruler JSONL) that drive every rule."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any, cast

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
    numbered = [
        (number, line)
        for number, line in enumerate(lines, start=1)
        if line.strip() and not line.lstrip().startswith("//")
    ]
    entries = _parse_all(numbered)
    if entries is None:
        entries = [_parse_line(path, number, line) for number, line in numbered]
    for (number, _), entry in zip(numbered, entries, strict=True):
        _check_entry(f"{path}:{number}", entry)
    return cast(list[dict[str, Any]], entries)


def _parse_all(numbered: list[tuple[int, str]]) -> list[Any] | None:
    """Every line parsed in one call (every start of `extract` reads thousands of them), or
    None when a line is not one whole object, so that the lines are parsed one by one and the
    first bad one named."""
    if not all(
        line.strip().startswith("{") and line.rstrip().endswith("}") for _, line in numbered
    ):
        return None
    try:
        entries = json.loads("[" + ",".join(line for _, line in numbered) + "]")
    except json.JSONDecodeError:
        return None
    return entries if isinstance(entries, list) and len(entries) == len(numbered) else None


def _parse_line(path: Path, number: int, line: str) -> Any:
    try:
        return json.loads(line)
    except json.JSONDecodeError as exc:
        raise PatternError(f"{path}:{number}: not valid JSON ({exc.msg})") from exc


def _check_entry(where: str, entry: Any) -> None:
    """Reject what a spaCy ruler would not take."""
    if not isinstance(entry, dict):
        raise PatternError(f"{where}: a pattern must be a JSON object")
    if not entry.keys() <= ALLOWED_KEYS:
        unknown = set(entry) - ALLOWED_KEYS
        raise PatternError(f"{where}: unknown key(s) {', '.join(sorted(unknown))}")
    if not isinstance(entry.get("label"), str) or not entry["label"]:
        raise PatternError(f"{where}: 'label' must be a non-empty string")
    pattern = entry.get("pattern")
    if isinstance(pattern, str):
        if not pattern.strip():
            raise PatternError(f"{where}: 'pattern' is an empty string")
    elif isinstance(pattern, list):
        from spacy.schemas import validate_token_pattern

        problems = validate_token_pattern(pattern)
        if problems:
            raise PatternError(f"{where}: invalid token pattern ({problems[0]})")
    else:
        raise PatternError(f"{where}: 'pattern' must be a string or a list of token dicts")
    if "id" in entry and not isinstance(entry["id"], str):
        raise PatternError(f"{where}: 'id' must be a string")


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
