"""The `extract` command: options, inputs, renderer choice, and errors turned into messages."""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import gc
import os
import sys
import time
from collections import deque
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, NoReturn

import click

from . import __version__, options
from .errors import ExtractError
from .facts import ArticleFacts
from .inputs import Article, InputFailure, count_articles, read_articles
from .render import FORMATS, BatchSummary, JsonLine, to_json_line

Result = ArticleFacts | JsonLine | InputFailure
# Errors only writing can raise: the disk or quota is full, the file too large, the device failed.
_WRITE_ERRORS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO})

EPILOG = """\b
Examples:
  extract article.txt                       tables in the terminal
  extract --format json article.txt | jq    one JSON object
  extract --date 2019-12-27 a.txt b.txt     resolve relative dates against that day
  extract --show article.txt                the article with its facts highlighted
  extract --format html samples/ > report.html
  extract --format jsonl archive/ > out.jsonl
  extract --format csv articles.jsonl > facts.csv
  cat article.txt | extract -
"""


@click.command(epilog=EPILOG, context_settings={"help_option_names": ["-h", "--help"]})
@click.argument("inputs", nargs=-1, metavar="INPUT...")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    help="Output format [default: table on a terminal, else jsonl].",
)
@options.reference_date("Reference date for inputs that carry none of their own.")
@options.pattern_dirs("A folder of extra pattern files (same names as patterns/); repeatable.")
@options.max_bytes("Refuse an input (a file, a JSON Lines record, stdin) larger than this.")
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=1),
    help="Worker processes [default: one per core for batches of 48+ articles, else 1].",
)
@click.option(
    "--show",
    is_flag=True,
    help="Print each article with its facts highlighted by kind, then the tables.",
)
@click.option("--quiet", "-q", is_flag=True, help="No progress bar, summary or warnings on stderr.")
@click.version_option(__version__, prog_name="extract")
def main(
    inputs: tuple[str, ...],
    fmt: str | None,
    reference_date: dt.date | None,
    pattern_dirs: tuple[Path, ...],
    max_bytes: int,
    jobs: int | None,
    show: bool,
    quiet: bool,
) -> None:
    """Extract vote tallies, sponsors, officials, dates and quotes from news articles.

    INPUT is a text file, a folder (every *.txt below it), a JSON Lines file of
    {"id", "text", "date"} records, or - for standard input.
    """
    if not inputs:
        raise click.UsageError("give at least one INPUT (a file, a folder, a .jsonl file or -)")
    if show and fmt not in (None, "table"):
        raise click.UsageError(f"--show prints tables; it does not go with --format {fmt}")
    if fmt is None:
        fmt = "table" if show or sys.stdout.isatty() else "jsonl"
    batch_on_terminal = not quiet and _stderr_is_terminal() and _is_batch(inputs)
    try:
        from .batch import keep_facts, run_batch
        from .pipeline import Extractor

        extractor = Extractor(pattern_dirs)
        _resume_collection()
        started = time.perf_counter()  # the rate is of extraction, not of building the pipeline
        articles = read_articles(inputs, default_date=reference_date, max_bytes=max_bytes)
        texts: deque[str] = deque()
        if show or fmt == "html":
            articles = _remembering_texts(articles, texts)
        # JSON Lines are rendered where the facts are made (in a batch's workers).
        render = to_json_line if fmt == "jsonl" else keep_facts
        results: Iterable[Result] = run_batch(
            extractor, articles, render=render, jobs=jobs, pattern_dirs=pattern_dirs
        )
        if batch_on_terminal and not sys.stdout.isatty():
            from .progress import tracked

            results = tracked(results, count_articles(inputs))
        summary = BatchSummary()
        _write(_paired(results, texts), fmt, sys.stdout, quiet=quiet, show=show, summary=summary)
    except ExtractError as exc:
        raise click.ClickException(str(exc)) from None
    except BrokenPipeError:
        _silence_stdout()
        return
    except OSError as exc:
        if exc.errno not in _WRITE_ERRORS:
            raise
        raise click.ClickException(f"cannot write the output: {exc.strerror}") from None
    if batch_on_terminal:
        click.echo(f"extract: {summary.line(time.perf_counter() - started)}", err=True)
    if summary.failures:
        total = summary.articles + summary.failures
        noun = "input" if total == 1 else "inputs"
        click.echo(f"extract: {summary.failures} of {total} {noun} failed", err=True)
        sys.exit(1)


def _stderr_is_terminal() -> bool:
    return sys.stderr.isatty()


def _remembering_texts(
    items: Iterable[Article | InputFailure], texts: deque[str]
) -> Iterator[Article | InputFailure]:
    """Pass the articles on, keeping each one's text until its facts come back (in order)."""
    for item in items:
        texts.append(item.text if isinstance(item, Article) else "")
        yield item


def _paired(results: Iterable[Result], texts: deque[str]) -> Iterator[tuple[Result, str]]:
    """Each result with its article's text ("" when the renderer does not need it).

    run_batch gives one result per item in input order, so the oldest remembered text is the
    current result's; at most the batch's in-flight articles are held at a time.
    """
    for result in results:
        yield result, texts.popleft() if texts else ""


def _is_batch(inputs: tuple[str, ...]) -> bool:
    return len(inputs) > 1 or any(
        name != "-" and (Path(name).is_dir() or name.lower().endswith(".jsonl")) for name in inputs
    )


def _write(
    results: Iterable[tuple[Result, str]],
    fmt: str,
    out: IO[str],
    *,
    quiet: bool,
    show: bool,
    summary: BatchSummary,
) -> None:
    """Write every result in input order, counting articles, facts and failures in `summary`."""
    from .render import JsonArrayWriter, csv_header, fact_tables, header, to_csv_rows
    from .report import HtmlReportWriter

    console = None
    if fmt == "table":
        from rich.console import Console

        console = Console(file=out, width=None if out.isatty() else 100)
    writer = JsonArrayWriter()
    report = HtmlReportWriter()
    if fmt == "csv":
        out.write(csv_header())
    for result, text in results:
        if isinstance(result, InputFailure):
            summary.failures += 1
            click.echo(f"extract: {result.source}: {result.message}", err=True)
            if fmt == "html":
                out.write(report.add_failure(result.source, result.message))
            continue
        summary.add(result)
        if not quiet:
            for warning in result.warnings:
                click.echo(f"extract: {result.source}: warning: {warning}", err=True)
        if isinstance(result, JsonLine):
            out.write(result.line)
        elif fmt == "json":
            out.write(writer.add(result))
        elif fmt == "csv":
            out.write(to_csv_rows(result))
        elif fmt == "html":
            out.write(report.add(result, text))
        elif console is not None:
            # With --show the headline is the article's first line, not repeated above it.
            for part in header(result)[: 1 if show else None]:
                console.print(part)
            if show:
                from .highlight import highlight, legend

                console.print(legend())
                console.print()
                console.print(highlight(text, result))
                console.print()
            for part in fact_tables(result):
                console.print(part)
            console.print()
        out.flush()
    if fmt == "json":
        out.write(writer.close())
    elif fmt == "html":
        out.write(report.close())
    out.flush()


def _silence_stdout() -> None:
    # The reader went away (`extract dir | head`): stop quietly, and keep Python from
    # complaining when it flushes stdout at exit.
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def _resume_collection() -> None:
    """Turn the garbage collector back on if `run` paused it for start-up, first moving every
    object start-up made out of its way for good (`gc.freeze`): they live to the end anyway,
    and forked batch workers then share their pages instead of copying them."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def _exit_status(code: object) -> int:
    if code is None:
        return 0
    if isinstance(code, int):
        return code
    click.echo(str(code), err=True)
    return 1


def _leave(status: int) -> NoReturn:
    """Flush the output and end the process without the interpreter's teardown.

    Tearing down spaCy's modules and objects costs about 0.2 s, a fifth of a one-file run, and
    frees nothing the system would not: by now the worker pool is shut down and the only open
    output is stdout. A failed flush is still reported (a full disk), except a closed pipe.
    """
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        pass
    except OSError as exc:
        click.echo(f"extract: cannot write the output: {exc.strerror or exc}", err=True)
        status = status or 1
    with contextlib.suppress(OSError):
        sys.stderr.flush()
    os._exit(status)


def run() -> NoReturn:
    """Entry point of the `extract` script: never a traceback, and a quick start and end.

    Start-up (importing spaCy, building the pipeline) allocates objects that all live until the
    end, so garbage-collector passes over them are wasted: collection is paused until the
    pipeline is built (`_resume_collection`).
    """
    gc.disable()
    try:
        options.run_guarded(main)
        status = 0
    except SystemExit as exc:
        status = _exit_status(exc.code)
    _leave(status)
