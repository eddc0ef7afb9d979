"""Run `extract` over JSON Lines archives on a Dask cluster: partitions in, partitions out.

    python -m extract_cli.cluster --scheduler tcp://scheduler:8786 --output results/ a.jsonl

Each input is cut into line-aligned byte ranges; each range is one partition of a `dask.bag`,
read by a worker (which builds the pipeline once) and written as `part-NNNNN.jsonl` in input
order, so `cat results/part-*.jsonl` is byte for byte what `extract --format jsonl` prints.
Inputs and the output folder must be at the same paths on every worker (a shared file system).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import re
import sys
import time
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

import click

from . import options as shared_options
from .api import FactExtractor
from .errors import InputError
from .inputs import DEFAULT_MAX_BYTES, InputFailure, decode
from .render import to_json

if TYPE_CHECKING:
    from distributed import Client

DEFAULT_BLOCKSIZE = 1024 * 1024
PART_GLOB = "part-*.jsonl"
_SCAN_CHUNK = 1 << 20


@dataclass(frozen=True)
class Partition:
    """Lines `first_line`... of one input: bytes [start, end), cut just after a line break."""

    index: int
    name: str  # the input as given, so ids are "<name>:<line>" exactly as the CLI's
    path: str  # absolute, for workers with another working folder
    start: int
    end: int
    first_line: int


@dataclass(frozen=True)
class Options:
    """What every partition needs besides its lines: the same as the CLI's options."""

    output: str
    pattern_dirs: tuple[str, ...] = ()
    default_date: dt.date | None = None
    max_bytes: int = DEFAULT_MAX_BYTES


@dataclass(frozen=True)
class PartitionResult:
    index: int
    records: int
    failures: tuple[InputFailure, ...] = ()


@dataclass
class Summary:
    partitions: int = 0
    records: int = 0
    failures: list[InputFailure] = field(default_factory=list)
    seconds: float = 0.0


def plan_partitions(
    inputs: Sequence[str], blocksize: int = DEFAULT_BLOCKSIZE
) -> tuple[list[Partition], list[InputFailure]]:
    """The partitions of every JSON Lines input, in order, and the inputs that cannot be read.

    One pass over each file counts line breaks, so every partition knows the number of its
    first line: a record without an `id` gets the same "<path>:<line>" id as with the CLI.
    """
    partitions, failures = _plan(inputs, blocksize)
    return partitions, [failure for _, failure in failures]


def _plan(
    inputs: Sequence[str], blocksize: int
) -> tuple[list[Partition], list[tuple[int, InputFailure]]]:
    # Each failure comes with the number of partitions planned before it, to report it in
    # input order among the failures the partitions find.
    partitions: list[Partition] = []
    failures: list[tuple[int, InputFailure]] = []
    for name in inputs:
        path = Path(name)
        if not path.exists():
            failures.append((len(partitions), InputFailure(name, "no such file or folder")))
            continue
        try:
            with path.open("rb") as handle:
                for start, end, first_line in _line_ranges(handle, blocksize):
                    partitions.append(
                        Partition(
                            len(partitions),
                            str(path),
                            str(path.resolve()),
                            start,
                            end,
                            first_line,
                        )
                    )
        except OSError as exc:
            message = f"cannot read ({exc.strerror or exc})"
            failures.append((len(partitions), InputFailure(str(path), message)))
    return partitions, failures


def _line_ranges(handle: IO[bytes], blocksize: int) -> Iterator[tuple[int, int, int]]:
    size = handle.seek(0, os.SEEK_END)
    start, line = 0, 1
    while start < size:
        end = _next_line_start(handle, min(start + max(1, blocksize), size) - 1, size)
        yield start, end, line
        handle.seek(start)
        remaining = end - start
        while remaining:
            chunk = handle.read(min(_SCAN_CHUNK, remaining))
            line += chunk.count(b"\n")
            remaining -= len(chunk)
        start = end


def _next_line_start(handle: IO[bytes], position: int, size: int) -> int:
    """The offset just after the first line break at or after `position`, else `size`."""
    handle.seek(position)
    while chunk := handle.read(_SCAN_CHUNK):
        found = chunk.find(b"\n")
        if found >= 0:
            return position + found + 1
        position += len(chunk)
    return size


def run_partition(partition: Partition, options: Options) -> PartitionResult:
    """Extract one partition on a worker and write its JSON Lines; returns counts and failures.

    The file appears under its final name only when complete, so a task that Dask retries or
    runs twice leaves no half-written part.
    """
    extractor = FactExtractor(options.pattern_dirs)
    target = Path(options.output) / part_name(partition.index)
    temporary = target.with_name(f".{target.name}.{uuid.uuid4().hex}.tmp")
    records = 0
    failures: list[InputFailure] = []
    try:
        with temporary.open("w", encoding="utf-8", newline="\n") as out:
            for where, item in _records(partition, options.max_bytes):
                if isinstance(item, InputFailure):
                    failures.append(item)
                    continue
                result = extractor.extract_record(item, where, options.default_date)
                if isinstance(result, InputFailure):
                    failures.append(result)
                else:
                    out.write(to_json(result) + "\n")
                    records += 1
        os.replace(temporary, target)
    finally:
        temporary.unlink(missing_ok=True)
    return PartitionResult(partition.index, records, tuple(failures))


def part_name(index: int) -> str:
    return f"part-{index:05d}.jsonl"


def _records(partition: Partition, max_bytes: int) -> Iterator[tuple[str, Any]]:
    """(where, record) for every non-blank line, or (where, failure): the CLI's reading rules."""
    for number, raw in _numbered_lines(partition, max_bytes):
        where = f"{partition.name}:{number}"
        if raw is None:
            message = f"line longer than the limit of {max_bytes:,} bytes (see --max-bytes)"
            yield where, InputFailure(where, message)
            continue
        if not raw.strip():
            continue
        try:
            yield where, json.loads(decode(raw, max_bytes).text)
        except InputError as exc:
            yield where, InputFailure(where, str(exc))
        except json.JSONDecodeError as exc:
            yield where, InputFailure(where, f"not valid JSON ({exc.msg})")


def _numbered_lines(partition: Partition, limit: int) -> Iterator[tuple[int, bytes | None]]:
    # Never holds more than `limit` bytes of a line: a longer one comes as None, as in the CLI.
    with open(partition.path, "rb") as handle:
        handle.seek(partition.start)
        position, number = partition.start, partition.first_line - 1
        while position < partition.end:
            line = handle.readline(limit + 1)
            if not line:
                return
            position += len(line)
            number += 1
            if len(line) > limit and not line.endswith(b"\n"):
                while line and not line.endswith(b"\n"):
                    line = handle.readline(1 << 20)
                    position += len(line)
                yield number, None
            else:
                yield number, line


def run_on_cluster(
    client: Client,
    partitions: Sequence[Partition],
    options: Options,
    *,
    show_progress: bool = False,
) -> list[PartitionResult]:
    """Every partition as one task of a `dask.bag`; results in partition order."""
    import dask.bag as db
    from distributed import progress

    if not partitions:
        return []
    bag = db.from_sequence(list(partitions), partition_size=1).map(run_partition, options)
    futures = client.compute(bag.to_delayed())
    if show_progress:
        # dask's text bar writes to stdout; messages and progress belong on stderr.
        with contextlib.redirect_stdout(sys.stderr):
            progress(futures)
        sys.stderr.write("\n")
    results: list[PartitionResult] = [r for part in client.gather(futures) for r in part]
    return sorted(results, key=lambda result: result.index)


def run(
    client: Client,
    inputs: Sequence[str],
    options: Options,
    *,
    blocksize: int = DEFAULT_BLOCKSIZE,
    show_progress: bool = False,
) -> Summary:
    """Plan, run and summarise a whole job; `options.output` must exist and hold no parts."""
    started = time.perf_counter()
    partitions, unread = _plan(inputs, blocksize)
    results = run_on_cluster(client, partitions, options, show_progress=show_progress)
    summary = Summary(partitions=len(partitions))
    found = [((r.index, 1), failure) for r in results for failure in r.failures]
    unread_first = [((at, 0), failure) for at, failure in unread]
    for _, failure in sorted(unread_first + found, key=lambda item: item[0]):  # stable
        summary.failures.append(failure)
    summary.records = sum(result.records for result in results)
    summary.seconds = time.perf_counter() - started
    return summary


_SIZE = re.compile(r"(\d+(?:\.\d+)?)\s*([kmg]?)(i?)b?", re.IGNORECASE)


def _bytes_option(ctx: click.Context, param: click.Parameter, value: str) -> int:
    # Sizes as Dask writes them: 500kB = 500,000 bytes, 4MiB = 4 * 1024**2.
    match = _SIZE.fullmatch(value.strip())
    if match is None:
        raise click.BadParameter(f"{value!r} is not a size such as 1MiB or 500kB")
    number, prefix, binary = match.groups()
    base = 1024 if binary else 1000
    size = int(float(number) * base ** " kmg".index(prefix.lower() or " "))
    if size < 1:
        raise click.BadParameter("must be at least one byte")
    return size


EPILOG = """\b
Examples:
  python -m extract_cli.cluster --output results/ archive.jsonl       local cluster, all cores
  python -m extract_cli.cluster --scheduler tcp://scheduler:8786 \\
      --output /shared/results/ /shared/archive-*.jsonl
  cat results/part-*.jsonl          the same bytes as: extract --format jsonl archive.jsonl
"""


@click.command(epilog=EPILOG, context_settings={"help_option_names": ["-h", "--help"]})
@click.argument("inputs", nargs=-1, metavar="INPUT.jsonl...")
@click.option(
    "--output",
    "-o",
    required=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder for part-NNNNN.jsonl (created; must be shared with the workers).",
)
@click.option(
    "--scheduler",
    metavar="ADDRESS",
    help="A running Dask scheduler (tcp://host:8786) [default: start a local cluster].",
)
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    help="Worker processes of the local cluster [default: one per core].",
)
@click.option(
    "--blocksize",
    default="1MiB",
    show_default=True,
    callback=_bytes_option,
    help="Bytes of input per partition (one task), cut at a line break.",
)
@shared_options.reference_date("Reference date for records that carry none of their own.")
@shared_options.pattern_dirs("A folder of extra pattern files (on every worker); repeatable.")
@shared_options.max_bytes("Refuse a record (one line) larger than this.")
@click.option("--overwrite", is_flag=True, help="Replace part files left by an earlier run.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar and no summary on stderr.")
def main(
    inputs: tuple[str, ...],
    output: Path,
    scheduler: str | None,
    workers: int | None,
    blocksize: int,
    reference_date: dt.date | None,
    pattern_dirs: tuple[Path, ...],
    max_bytes: int,
    overwrite: bool,
    quiet: bool,
) -> None:
    """Extract facts from JSON Lines archives on a Dask cluster, one part file per partition.

    INPUT.jsonl holds one {"id", "text", "date"} record a line, as for `extract`.
    """
    if not inputs:
        raise click.UsageError("give at least one INPUT.jsonl")
    for name in inputs:
        if Path(name).is_dir() or not name.lower().endswith(".jsonl"):
            raise click.UsageError(f"{name}: the cluster runner reads JSON Lines (*.jsonl) only")
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise click.ClickException(
            "running on a cluster needs Dask: pip install 'extract-cli[dask]'"
        ) from None
    _prepare_output(output, overwrite)
    options = Options(
        output=str(output.resolve()),
        pattern_dirs=tuple(str(folder.resolve()) for folder in pattern_dirs),
        default_date=reference_date,
        max_bytes=max_bytes,
    )
    with contextlib.ExitStack() as stack:
        if scheduler is None:
            cluster = stack.enter_context(
                LocalCluster(
                    n_workers=workers or _cores(),
                    threads_per_worker=1,
                    processes=True,
                    dashboard_address=None,
                )
            )
            client = stack.enter_context(Client(cluster))
        else:
            try:
                client = stack.enter_context(Client(scheduler, timeout="30s"))
            except (OSError, TimeoutError) as exc:
                raise click.ClickException(
                    f"cannot reach the scheduler {scheduler}: {exc}"
                ) from None
        show_progress = not quiet and sys.stderr.isatty()
        try:
            summary = run(client, inputs, options, blocksize=blocksize, show_progress=show_progress)
        except OSError as exc:  # raised on a worker: most often a path it does not share
            raise click.ClickException(f"a worker could not read or write a file: {exc}") from None
    for failure in summary.failures:
        click.echo(f"extract: {failure.source}: {failure.message}", err=True)
    if not quiet:
        click.echo(
            f"extract: {summary.records:,} records in {summary.partitions:,} partitions "
            f"-> {output}/ ({summary.seconds:.1f} s)",
            err=True,
        )
    if summary.failures:
        total = summary.records + len(summary.failures)
        noun = "input" if total == 1 else "inputs"
        click.echo(f"extract: {len(summary.failures)} of {total} {noun} failed", err=True)
        sys.exit(1)


def _prepare_output(output: Path, overwrite: bool) -> None:
    try:
        output.mkdir(parents=True, exist_ok=True)
        stale = sorted(output.glob(PART_GLOB))
        if stale and not overwrite:
            raise click.UsageError(
                f"{output} already holds {len(stale)} part files; pass --overwrite to replace them"
            )
        for part in stale:
            part.unlink()
    except OSError as exc:
        raise click.ClickException(f"cannot use {output}: {exc.strerror or exc}") from None


def _cores() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def cli() -> None:
    """Entry point of `python -m extract_cli.cluster`: never a traceback."""
    shared_options.run_guarded(main)


if __name__ == "__main__":
    # Run the importable module, not this `__main__` copy, so that workers unpickle
    # `run_partition` by reference to extract_cli.cluster.
    from extract_cli.cluster import cli as _cli

    _cli()
