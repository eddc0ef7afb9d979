"""What `extract` and `python -m extract_cli.cluster` share at the command line: options, and
the guard that turns an unexpected error into one line."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from .inputs import DEFAULT_MAX_BYTES

F = TypeVar("F", bound=Callable[..., Any])


def _reference_date(
    ctx: click.Context, param: click.Parameter, value: str | None
) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date in YYYY-MM-DD form") from None


def reference_date(help: str) -> Callable[[F], F]:
    """`--date YYYY-MM-DD`, passed on as `reference_date` (a date, or None)."""
    return click.option(
        "--date", "reference_date", callback=_reference_date, metavar="YYYY-MM-DD", help=help
    )


def pattern_dirs(help: str) -> Callable[[F], F]:
    """`--patterns DIR` (repeatable), passed on as `pattern_dirs`."""
    return click.option(
        "--patterns",
        "pattern_dirs",
        multiple=True,
        type=click.Path(exists=True, file_okay=False, path_type=Path),
        help=help,
    )


def max_bytes(help: str) -> Callable[[F], F]:
    """`--max-bytes N`, the largest input the command reads."""
    return click.option(
        "--max-bytes",
        default=DEFAULT_MAX_BYTES,
        show_default=True,
        type=click.IntRange(min=1),
        help=help,
    )


def run_guarded(command: click.Command) -> None:
    """Run a Click command so that no traceback is ever shown: unexpected errors become one line."""
    try:
        command.main(standalone_mode=True)
    except SystemExit:
        raise
    except Exception as exc:  # the last guard at the edge; the message names the problem
        click.echo(f"extract: internal error: {type(exc).__name__}: {exc}", err=True)
        sys.exit(1)
