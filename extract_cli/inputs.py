"""Inputs -> articles: files, folders, standard input and JSON Lines records, decoded to text.

Everything is streamed: one article at a time, in the order given, so a batch of any size runs
in bounded memory. A bad input becomes an `InputFailure` in the stream, never an exception, so
the rest of a batch still runs.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from .errors import InputError

DATE_KEYS = ("date", "published", "reference_date")
DEFAULT_MAX_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True)
class Article:
    id: str
    source: str
    text: str
    reference_date: dt.date | None
    reference_date_source: str | None
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class InputFailure:
    source: str
    message: str


def parse_date(value: str) -> dt.date:
    """An ISO date, also the date part of an ISO timestamp ("2019-12-27T10:00:00Z")."""
    try:
        return dt.date.fromisoformat(value.strip()[:10])
    except ValueError:
        raise InputError(f"not a date in YYYY-MM-DD form: {value!r}") from None


def read_articles(
    inputs: Iterable[str],
    *,
    default_date: dt.date | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    stdin: IO[bytes] | None = None,
) -> Iterator[Article | InputFailure]:
    """Every article of every input, in order; folders give their `*.txt` files, sorted."""
    for name in inputs:
        if name == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            yield from _from_bytes("-", "-", stream.read(max_bytes + 1), default_date, max_bytes)
            continue
        path = Path(name)
        if path.is_dir():
            yield from _from_folder(path, default_date, max_bytes)
        elif not path.exists():
            yield InputFailure(name, "no such file or folder")
        elif path.suffix.lower() == ".jsonl":
            yield from _from_jsonl(path, default_date, max_bytes)
        else:
            yield from _from_file(path, default_date, max_bytes)


def _from_folder(
    folder: Path, default_date: dt.date | None, max_bytes: int
) -> Iterator[Article | InputFailure]:
    try:
        files = sorted(p for p in folder.rglob("*.txt"))
    except OSError as exc:
        yield InputFailure(str(folder), f"cannot list folder ({exc.strerror or exc})")
        return
    if not files:
        yield InputFailure(str(folder), "folder holds no *.txt files")
    for path in files:
        yield from _from_file(path, default_date, max_bytes)


def _from_file(
    path: Path, default_date: dt.date | None, max_bytes: int
) -> Iterator[Article | InputFailure]:
    try:
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        yield InputFailure(str(path), f"cannot read ({exc.strerror or exc})")
        return
    yield from _from_bytes(str(path), str(path), data, default_date, max_bytes)


def _from_bytes(
    id: str, source: str, data: bytes, default_date: dt.date | None, max_bytes: int
) -> Iterator[Article | InputFailure]:
    try:
        text = decode(data, max_bytes)
    except InputError as exc:
        yield InputFailure(source, str(exc))
        return
    yield Article(id, source, text, default_date, "option" if default_date else None)


def decode(data: bytes, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """UTF-8 text (a BOM is dropped); anything binary, undecodable or too large is refused."""
    if len(data) > max_bytes:
        raise InputError(f"larger than the limit of {max_bytes:,} bytes (see --max-bytes)")
    if b"\x00" in data[:8192]:
        raise InputError("looks like a binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"not valid UTF-8 text (byte {exc.start})") from None


def _from_jsonl(
    path: Path, default_date: dt.date | None, max_bytes: int
) -> Iterator[Article | InputFailure]:
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield InputFailure(str(path), f"cannot read ({exc.strerror or exc})")
        return
    with handle:
        for number, raw in enumerate(handle, start=1):
            where = f"{path}:{number}"
            if not raw.strip():
                continue
            try:
                record = json.loads(decode(raw, max_bytes))
            except InputError as exc:
                yield InputFailure(where, str(exc))
                continue
            except json.JSONDecodeError as exc:
                yield InputFailure(where, f"not valid JSON ({exc.msg})")
                continue
            yield _from_record(record, where, default_date)


def _from_record(record: Any, where: str, default_date: dt.date | None) -> Article | InputFailure:
    if not isinstance(record, dict):
        return InputFailure(where, "a record must be a JSON object")
    text = record.get("text")
    if not isinstance(text, str):
        return InputFailure(where, "record has no 'text' string")
    record_id = record.get("id")
    article_id = str(record_id) if record_id is not None else where
    warnings: list[str] = []
    date, date_source = default_date, "option" if default_date else None
    for key in DATE_KEYS:
        value = record.get(key)
        if isinstance(value, str) and value.strip():
            try:
                date, date_source = parse_date(value), "record"
            except InputError as exc:
                warnings.append(f"record {key!r} ignored: {exc}")
            break
    return Article(article_id, where, text, date, date_source, tuple(warnings))
