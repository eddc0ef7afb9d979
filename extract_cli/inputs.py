"""Inputs -> articles: files, folders, standard input and JSON Lines records, decoded to text.

Everything is streamed: one article at a time, in the order given, so a batch of any size runs
in bounded memory. A bad input becomes an `InputFailure` in the stream, never an exception, so
the rest of a batch still runs.
"""

from __future__ import annotations

import codecs
import datetime as dt
import json
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from .errors import InputError

DATE_KEYS = ("date", "published", "reference_date")
DEFAULT_MAX_BYTES = 10 * 1024 * 1024


@dataclass(frozen=True)
class Article:
    id: str
    source: str
    text: str
    reference_date: dt.date | None
    reference_date_source: str | None
    encoding: str = "utf-8"
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
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


def count_articles(inputs: Iterable[str]) -> int:
    """How many items `read_articles` will yield, give or take failures: for a progress bar."""
    total = 0
    for name in inputs:
        path = Path(name)
        if name != "-" and path.is_dir():
            total += max(1, sum(1 for _ in path.rglob("*.txt")))
        elif path.suffix.lower() == ".jsonl" and path.is_file():
            try:
                with path.open("rb") as handle:
                    total += sum(1 for line in handle if line.strip())
            except OSError:
                total += 1
        else:
            total += 1
    return total


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
        if path.stat().st_size > max_bytes:
            yield InputFailure(
                str(path), f"larger than the limit of {max_bytes:,} bytes (see --max-bytes)"
            )
            return
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
        decoded = decode(data, max_bytes)
    except InputError as exc:
        yield InputFailure(source, str(exc))
        return
    yield Article(
        id,
        source,
        decoded.text,
        default_date,
        "option" if default_date else None,
        decoded.encoding,
        decoded.warnings,
    )


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_MAGIC = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ", "an xz archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"\x7fELF", "an executable"),
    (b"{\\rtf", "an RTF document"),
)
_HTML = re.compile(rb"\A\s*(<!doctype html|<html|<\?xml[^>]*>\s*<html)", re.IGNORECASE)
# Single-byte code pages a detector may name for Western text; news in English is then far more
# likely Windows-1252 than, say, Baltic cp1257.
_WESTERN = re.compile(r"cp125[02-8]|iso8859_\d+|latin_1|mac_(roman|latin2)")


def decode(data: bytes, max_bytes: int = DEFAULT_MAX_BYTES) -> Decoded:
    """The text of an input, with the encoding used and any warning about it.

    UTF-8 (with or without BOM) and BOM-marked UTF-16/32 are read as they are; other bytes are
    detected with charset-normalizer and the choice named in a warning; what cannot be decoded
    at all is read as UTF-8 with replacement characters, also with a warning. Binary files,
    HTML pages and inputs over `max_bytes` are refused with a message.
    """
    if len(data) > max_bytes:
        raise InputError(f"larger than the limit of {max_bytes:,} bytes (see --max-bytes)")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data.decode(encoding), encoding.removesuffix("-sig"))
            except UnicodeDecodeError as exc:
                raise InputError(f"broken {encoding} text (byte {exc.start})") from None
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            raise InputError(f"looks like {kind}, not text")
    if b"\x00" in data[:65536]:
        raise InputError("looks like a binary file, not text")
    if _HTML.match(data[:4096]):
        raise InputError(
            "looks like an HTML page; extract the article text first (for example with "
            "trafilatura) and pass the text or a JSON Lines file"
        )
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    return _decode_other(data, first_bad)


def _decode_other(data: bytes, first_bad: int) -> Decoded:
    replaced = Decoded(
        data.decode("utf-8", errors="replace"),
        "utf-8",
        (f"invalid UTF-8 bytes (the first at byte {first_bad}) replaced with U+FFFD",),
    )
    bad = replaced.text.count("\ufffd")
    good = sum(1 for char in replaced.text if char > "\x7f") - bad
    if good >= bad:
        # Mostly well-formed UTF-8 with a few stray bytes: a code page would garble the rest.
        return replaced

    import charset_normalizer

    best = charset_normalizer.from_bytes(data).best()
    if best is not None and best.encoding not in ("utf_8", "ascii"):
        encoding = best.encoding
        if _WESTERN.fullmatch(encoding):
            try:
                return Decoded(
                    data.decode("cp1252"),
                    "cp1252",
                    ("not UTF-8: decoded as Windows-1252 (detected as a Western code page)",),
                )
            except UnicodeDecodeError:
                pass
        return Decoded(str(best), encoding, (f"not UTF-8: decoded as {encoding} (detected)",))
    return replaced


def _from_jsonl(
    path: Path, default_date: dt.date | None, max_bytes: int
) -> Iterator[Article | InputFailure]:
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield InputFailure(str(path), f"cannot read ({exc.strerror or exc})")
        return
    with handle:
        for number, raw in _bounded_lines(handle, max_bytes):
            where = f"{path}:{number}"
            if raw is None:
                yield InputFailure(
                    where, f"line longer than the limit of {max_bytes:,} bytes (see --max-bytes)"
                )
                continue
            if not raw.strip():
                continue
            try:
                record = json.loads(decode(raw, max_bytes).text)
            except InputError as exc:
                yield InputFailure(where, str(exc))
                continue
            except json.JSONDecodeError as exc:
                yield InputFailure(where, f"not valid JSON ({exc.msg})")
                continue
            yield _from_record(record, where, default_date)


def _bounded_lines(handle: IO[bytes], limit: int) -> Iterator[tuple[int, bytes | None]]:
    """Numbered lines, never holding more than `limit` bytes: a longer line comes as None."""
    number = 0
    while True:
        line = handle.readline(limit + 1)
        if not line:
            return
        number += 1
        if len(line) > limit and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):  # skip the rest of the long line
                line = handle.readline(1 << 20)
            yield number, None
        else:
            yield number, line


def article_from_record(
    record: Any, where: str, default_date: dt.date | None = None
) -> Article | InputFailure:
    """One JSON Lines record -> an article, by the CLI's rules: its `id`, else `where` (the
    CLI's "<path>:<line>"); its own date, else `default_date`; a failure if it has no text."""
    return _from_record(record, where, default_date)


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
    return Article(article_id, where, text, date, date_source, warnings=tuple(warnings))
