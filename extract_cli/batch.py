"""Run the extractor over a stream of articles, in one process or a pool, in input order.

Workers build the pipeline once and send back only what the caller's `render` makes of each
article's facts (never Docs): the facts, or a line already rendered. At most a few chunks are
in flight at a time, so memory stays bounded however long the stream is.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import replace
from itertools import islice
from pathlib import Path
from typing import Any, TypeVar

from .facts import ArticleFacts
from .inputs import Article, InputFailure
from .pipeline import Extractor

Item = Article | InputFailure
Result = ArticleFacts | InputFailure
Out = TypeVar("Out")

# A batch this long or longer goes to a pool by default; shorter ones are not worth its start.
AUTO_POOL_THRESHOLD = 48
CHUNK = 16
CHUNKS_IN_FLIGHT_PER_WORKER = 4

_worker_extractor: Extractor | None = None
_worker_render: Callable[[ArticleFacts], Any] | None = None


def default_jobs() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else 1)


def extract_article(extractor: Extractor, article: Article) -> Result:
    """The article's facts, or a failure naming the error: one bad article never stops a batch."""
    try:
        facts = extractor.extract(
            article.text,
            id=article.id,
            source=article.source,
            reference_date=article.reference_date,
            reference_date_source=article.reference_date_source,
        )
    except Exception as exc:  # a bug on one article must not lose the rest of the batch
        return InputFailure(article.source, f"internal error: {type(exc).__name__}: {exc}")
    return replace(facts, encoding=article.encoding, warnings=article.warnings + facts.warnings)


def keep_facts(facts: ArticleFacts) -> ArticleFacts:
    """The `render` of `run_batch` for callers that want the facts themselves."""
    return facts


def run_batch(
    extractor: Extractor,
    items: Iterable[Item],
    *,
    render: Callable[[ArticleFacts], Out],
    jobs: int | None = None,
    pattern_dirs: Sequence[Path] = (),
) -> Iterator[Out | InputFailure]:
    """`render` of the facts of every article, and the failure for every bad input, in input
    order.

    `render` runs where the article is extracted, in the worker of a pool, so what travels back
    is its result: a rendered line (a string and the counts of its facts) is much cheaper to
    send than the facts.
    `jobs=None` chooses: one process for a short batch, one worker per core for a long one.
    Workers reuse `extractor` where processes fork, else build their own from `pattern_dirs`;
    `render` is handed to each worker, so it must pickle (a module-level function) where they
    spawn.
    """
    stream = iter(items)
    head = list(islice(stream, AUTO_POOL_THRESHOLD))
    if jobs is None:
        jobs = default_jobs() if len(head) >= AUTO_POOL_THRESHOLD else 1
    everything = _chain(head, stream)
    if jobs <= 1:
        for item in everything:
            yield _one(extractor, render, item)
        return
    yield from _pooled(extractor, render, everything, jobs, pattern_dirs)


def _one(
    extractor: Extractor, render: Callable[[ArticleFacts], Out], item: Item
) -> Out | InputFailure:
    if isinstance(item, InputFailure):
        return item
    facts = extract_article(extractor, item)
    if isinstance(facts, InputFailure):
        return facts
    try:
        return render(facts)
    except Exception as exc:  # as in extract_article: the rest of the batch still runs
        return InputFailure(item.source, f"internal error: {type(exc).__name__}: {exc}")


def _chain(head: list[Item], rest: Iterator[Item]) -> Iterator[Item]:
    yield from head
    yield from rest


def _pooled(
    extractor: Extractor,
    render: Callable[[ArticleFacts], Out],
    items: Iterator[Item],
    jobs: int,
    pattern_dirs: Sequence[Path],
) -> Iterator[Out | InputFailure]:
    global _worker_extractor
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    context = multiprocessing.get_context(method)
    _worker_extractor = extractor  # forked workers inherit the built pipeline
    pending: deque[Future[list[Out | InputFailure]]] = deque()
    limit = jobs * CHUNKS_IN_FLIGHT_PER_WORKER
    with ProcessPoolExecutor(
        max_workers=jobs,
        mp_context=context,
        initializer=_init_worker,
        initargs=(tuple(pattern_dirs), render),
    ) as pool:
        while True:
            chunk = list(islice(items, CHUNK))
            if chunk:
                pending.append(pool.submit(_work, chunk))
            while pending and (len(pending) >= limit or not chunk):
                yield from pending.popleft().result()
            if not chunk:
                return


def _init_worker(pattern_dirs: tuple[Path, ...], render: Callable[[ArticleFacts], Any]) -> None:
    global _worker_extractor, _worker_render
    if _worker_extractor is None:
        _worker_extractor = Extractor(pattern_dirs)
    _worker_render = render


def _work(chunk: list[Item]) -> list[Any]:
    extractor, render = _worker_extractor, _worker_render
    assert extractor is not None and render is not None, "worker started without its initializer"
    return [_one(extractor, render, item) for item in chunk]
