"""`python -m extract_cli` runs the `extract` command."""

from .cli import run

run()
