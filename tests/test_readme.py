"""The README tells the truth: its example output is the tool's real output, its commands CI's."""

from __future__ import annotations

import json
import re
from pathlib import Path

from click.testing import CliRunner

from extract_cli.cli import main

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
QUERY = re.compile(
    r"^\$ extract (?P<args>.+?) \| jq -c '\.(?P<kind>\w+)\[\] \| \{(?P<fields>[^}]*)\}'$"
)


def fenced_block_after(marker: str) -> list[str]:
    lines = README.splitlines()
    start = lines.index(marker) + 2
    return lines[start : lines.index("```", start)]


def test_readme_example_output_is_what_extract_prints() -> None:
    block = fenced_block_after("<!-- example:json -->")
    commands = [i for i, line in enumerate(block) if line.startswith("$ ")]
    assert commands, "the README example shows no command"
    for n, at in enumerate(commands):
        query = QUERY.match(block[at])
        assert query, block[at]
        shown = block[at + 1 : commands[n + 1] if n + 1 < len(commands) else len(block)]
        args = query["args"].split()
        result = CliRunner().invoke(main, [a if a.startswith("-") else _local(a) for a in args])
        assert result.exit_code == 0, result.output
        fields = [f.strip() for f in query["fields"].split(",")]
        facts = json.loads(result.stdout)[query["kind"]]
        expected = [
            json.dumps({f: fact[f] for f in fields}, ensure_ascii=False, separators=(",", ":"))
            for fact in facts
        ]
        assert shown == expected, block[at]


def _local(arg: str) -> str:
    # Paths in the README are relative to the repository; options' values pass unchanged.
    return str(ROOT / arg) if (ROOT / arg).exists() else arg


def test_readme_gives_the_two_commands_ci_runs() -> None:
    run = fenced_block_after("<!-- ci:run -->")
    test = fenced_block_after("<!-- ci:test -->")
    assert run == ["python3 -m venv .venv && .venv/bin/pip install . && .venv/bin/extract samples/"]
    assert "pytest" in test[0] and "'.[test]'" in test[0]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "readme_command run" in ci and "readme_command test" in ci
