"""The article for the terminal (`--show`): a Rich Text with each fact styled by kind.

Built with `Text.append` over character ranges, never from markup, so article text is shown as
written; overlapping facts are layered outer to inner (see marks.py). Knows facts, never spaCy.
"""

from __future__ import annotations

from rich.style import Style
from rich.text import Text

from .facts import ArticleFacts
from .marks import KINDS, fact_marks, segments

STYLES = {
    "vote": Style.parse("black on rgb(255,217,102)"),
    "sponsor": Style.parse("black on rgb(159,223,176)"),
    "official": Style.parse("bold black on rgb(156,200,255)"),
    "date": Style.parse("bold black on rgb(255,179,138)"),
    "quote": Style.parse("italic rgb(170,120,250)"),
}
SPEAKER = Style.parse("bold white on rgb(91,58,153)")


def legend() -> Text:
    """One line naming each kind in its style."""
    text = Text()
    text.append("facts: ", style="dim")
    for kind in KINDS:
        text.append(f" {kind} ", style=STYLES[kind])
        text.append(" ")
    text.append(" ")
    text.append(" ◂ speaker ", style=SPEAKER)
    return text


def highlight(text: str, facts: ArticleFacts) -> Text:
    """The article with every fact range styled by kind, and each quote followed by its speaker."""
    out = Text()
    for segment in segments(len(text), fact_marks(facts, len(text))):
        style = Style.combine([STYLES[mark.kind] for mark in segment.marks] or [Style.null()])
        out.append(text[segment.start : segment.end], style=style)
        for mark in segment.marks:
            if mark.label and segment.end == mark.end:
                out.append(" ")
                out.append(f"◂ {mark.label}", style=SPEAKER)
    return out
