"""A Rich progress bar on stderr for batch runs: articles done, rate and time left."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TypeVar

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TextColumn,
    TimeRemainingColumn,
)
from rich.text import Text

T = TypeVar("T")


class RateColumn(ProgressColumn):
    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text(f"{speed:,.0f} articles/s" if speed else "… articles/s", style="cyan")


def tracked(items: Iterable[T], total: int) -> Iterator[T]:
    """Yield `items` unchanged while a progress bar on stderr counts them."""
    progress = Progress(
        TextColumn("extract"),
        BarColumn(),
        MofNCompleteColumn(),
        RateColumn(),
        TimeRemainingColumn(),
        console=Console(stderr=True),
        transient=False,
    )
    with progress:
        task = progress.add_task("articles", total=total)
        for item in items:
            yield item
            progress.advance(task)
