"""The library API: facts from text or JSON records, with a pipeline built once per process.

`FactExtractor` is a small picklable handle (it holds only the pattern folders), so it can be
sent to Dask workers, `multiprocessing` pools or Spark executors; the spaCy pipeline behind it is
built on first use in each process and cached there, keyed by the folders.

    >>> from extract_cli.api import FactExtractor
    >>> extractor = FactExtractor()
    >>> facts = extractor.extract("The resolution was adopted by 79 votes to 60.", "2019-12-27")
    >>> [(v.in_favour, v.against) for v in facts.votes]
    [(79, 60)]
"""

from __future__ import annotations

import datetime as dt
import functools
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .batch import extract_article
from .errors import InputError
from .facts import ArticleFacts
from .inputs import InputFailure, article_from_record, parse_date
from .pipeline import Extractor

DateLike = dt.date | str | None


class RecordError(InputError):
    """A record could not be processed (not an object, no `text`, ...); names the record."""

    def __init__(self, failure: InputFailure) -> None:
        super().__init__(f"{failure.source}: {failure.message}")
        self.failure = failure


@dataclass(frozen=True)
class FactExtractor:
    """Extracts facts with the shipped patterns plus `pattern_dirs` (folders of pattern files).

    Cheap to create and to pickle: the pipeline is built once per process, on first use, and
    shared by every handle with the same folders.
    """

    pattern_dirs: tuple[Path, ...] = ()

    def __init__(self, pattern_dirs: Sequence[str | Path] = ()) -> None:
        folders = tuple(Path(folder).resolve() for folder in pattern_dirs)
        object.__setattr__(self, "pattern_dirs", folders)

    def extract(self, text: str, reference_date: DateLike = None, *, id: str = "-") -> ArticleFacts:
        """The facts of one article; relative dates resolve against `reference_date` (a date
        or ISO text), else against a date the article states near its top."""
        date = _as_date(reference_date)
        extractor, lock = _pipeline(self.pattern_dirs)
        with lock:
            return extractor.extract(
                text,
                id=id,
                reference_date=date,
                reference_date_source="option" if date else None,
            )

    def extract_records(
        self,
        records: Iterable[Any],
        *,
        source: str = "-",
        default_date: DateLike = None,
        on_failure: Callable[[InputFailure], None] | None = None,
    ) -> Iterator[dict[str, Any]]:
        """The CLI's JSON object (`--format jsonl`, one line each) for every record, in order.

        A record is a dict with `text`, and optionally `id` and `date`/`published`/
        `reference_date`. One without an `id` gets "<source>:<n>", n counting from 1, as the CLI
        names line n of a JSON Lines file. A record that fails goes to `on_failure`, or raises
        `RecordError` when none is given.
        """
        for number, record in enumerate(records, start=1):
            result = self.extract_record(record, f"{source}:{number}", default_date)
            if isinstance(result, InputFailure):
                if on_failure is None:
                    raise RecordError(result)
                on_failure(result)
            else:
                yield result.to_dict()

    def extract_record(
        self, record: Any, where: str, default_date: DateLike = None
    ) -> ArticleFacts | InputFailure:
        """One record's facts, or the failure the CLI would report for it at `where`."""
        article = article_from_record(record, where, _as_date(default_date))
        if isinstance(article, InputFailure):
            return article
        extractor, lock = _pipeline(self.pattern_dirs)
        with lock:
            return extract_article(extractor, article)


def extract(text: str, reference_date: DateLike = None) -> ArticleFacts:
    """The facts of one article with the shipped patterns: `FactExtractor().extract(...)`."""
    return FactExtractor().extract(text, reference_date)


def extract_records(
    records: Iterable[Any], *, source: str = "-", default_date: DateLike = None
) -> Iterator[dict[str, Any]]:
    """`FactExtractor().extract_records(...)`: the CLI's JSON object for every record."""
    return FactExtractor().extract_records(records, source=source, default_date=default_date)


@functools.lru_cache(maxsize=8)
def _pipeline(pattern_dirs: tuple[Path, ...]) -> tuple[Extractor, threading.Lock]:
    # One pipeline per process and set of folders; the lock keeps a worker that runs several
    # threads from sharing one pipeline's state between articles (threads gain nothing here:
    # the work holds the GIL, so run one thread per worker process).
    return Extractor(pattern_dirs), threading.Lock()


def _as_date(value: DateLike) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if value is None or isinstance(value, dt.date):
        return value
    return parse_date(value)
