"""extract: vote tallies, sponsors, officials, dates and quotes from wire-style news."""

from __future__ import annotations

__version__ = "0.1.0"
