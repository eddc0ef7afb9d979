"""The `extract` command, driven through Click's CliRunner: inputs, formats, errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from extract_cli.cli import main
from extract_cli.render import CSV_COLUMNS

ROOT = Path(__file__).resolve().parent.parent
SEED = str(ROOT / "samples" / "interfaks-cybercrime.txt")
SAMPLES = str(ROOT / "samples")
FACT_KINDS = ("votes", "sponsors", "officials", "dates", "quotes")


def run(*args: str, stdin: str | bytes | None = None) -> Any:
    return CliRunner().invoke(main, list(args), input=stdin)


def test_cli_writes_json_lines_when_stdout_is_not_a_terminal() -> None:
    result = run(SEED)
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert len(lines) == 1
    assert json.loads(lines[0])["headline"].startswith("Russia proposed cybercrime resolution")


def test_cli_json_is_one_object_for_one_article_and_an_array_for_several() -> None:
    one = json.loads(run("--format", "json", SEED).output)
    assert isinstance(one, dict)
    several = json.loads(run("--format", "json", SAMPLES).output)
    assert isinstance(several, list)
    assert len(several) == len(list(Path(SAMPLES).glob("*.txt")))


def test_cli_folder_gives_one_line_per_txt_file_in_sorted_order() -> None:
    result = run("--format", "jsonl", SAMPLES)
    ids = [json.loads(line)["id"] for line in result.output.splitlines()]
    assert ids == sorted(str(p) for p in Path(SAMPLES).glob("*.txt"))


def test_cli_reads_standard_input_with_dash() -> None:
    text = Path(SEED).read_text(encoding="utf-8")
    facts = json.loads(run("--format", "json", "-", stdin=text).output)
    assert facts["id"] == "-"
    assert facts["headline"].startswith("Russia proposed")


def test_cli_date_option_sets_the_reference_date() -> None:
    facts = json.loads(run("--format", "json", "--date", "2019-12-27", SEED).output)
    assert facts["reference_date"] == "2019-12-27"
    assert facts["reference_date_source"] == "option"


def test_cli_jsonl_records_keep_their_id_and_date(tmp_path: Path) -> None:
    corpus = tmp_path / "articles.jsonl"
    records = [
        {"id": "first", "text": "The council met on Friday.", "date": "2024-03-15"},
        {"id": "second", "text": "No date here.", "published": "2023-01-02T08:00:00Z"},
    ]
    corpus.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    out = [json.loads(line) for line in run("--date", "2000-01-01", str(corpus)).output.split("\n")
           if line]  # fmt: skip
    assert [(o["id"], o["reference_date"], o["reference_date_source"]) for o in out] == [
        ("first", "2024-03-15", "record"),
        ("second", "2023-01-02", "record"),
    ]


def test_cli_reports_a_malformed_jsonl_line_and_processes_the_rest(tmp_path: Path) -> None:
    corpus = tmp_path / "mixed.jsonl"
    corpus.write_text(
        '{"id": "a", "text": "One."}\n{not json\n{"id": "c"}\n{"id": "d", "text": "Four."}\n',
        encoding="utf-8",
    )
    result = run(str(corpus))
    assert result.exit_code == 1
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["a", "d"]
    assert f"{corpus}:2: not valid JSON" in result.stderr
    assert f"{corpus}:3: record has no 'text' string" in result.stderr
    assert "2 of 4 inputs failed" in result.stderr


def test_cli_csv_has_the_documented_header_and_one_row_per_fact() -> None:
    result = run("--format", "csv", "--date", "2019-12-27", SEED)
    rows = result.output.splitlines()
    assert rows[0] == ",".join(CSV_COLUMNS)
    facts = json.loads(run("--format", "json", "--date", "2019-12-27", SEED).output)
    assert len(rows) - 1 == sum(len(facts[kind]) for kind in FACT_KINDS)


def test_cli_table_shows_the_article_tables() -> None:
    result = run("--format", "table", "--date", "2019-12-27", SEED)
    assert result.exit_code == 0
    assert "reference date: 2019-12-27" in result.output
    assert "Votes" in result.output and "79" in result.output
    assert max(len(line) for line in result.output.splitlines()) <= 100


def test_cli_table_does_not_read_article_text_as_markup() -> None:
    result = run("--format", "table", "-", stdin="[bold red]Headline[/bold red]\n\nBody text.")
    assert "[bold red]Headline[/bold red]" in result.output


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ((), "give at least one INPUT"),
        (("--date", "2019-13-40", SEED), "is not a date in YYYY-MM-DD form"),
        (("--format", "xml", SEED), "Invalid value for '--format'"),
    ],
)
def test_cli_usage_errors_exit_2_with_a_message(args: tuple[str, ...], message: str) -> None:
    result = run(*args)
    assert result.exit_code == 2
    assert message in result.stderr
    assert "Traceback" not in result.output


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "looks like a PNG image, not text"),
        (b"\x00\x01\x02\x03binary\x00", "looks like a binary file, not text"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "looks like a PDF document, not text"),
        (b"<!DOCTYPE html><html><body>Hi</body></html>", "looks like an HTML page"),
    ],
)
def test_cli_bad_file_is_reported_and_the_batch_goes_on(
    tmp_path: Path, content: bytes, message: str
) -> None:
    (tmp_path / "a-bad.txt").write_bytes(content)
    (tmp_path / "b-good.txt").write_text("Ministers met on Friday.", encoding="utf-8")
    result = run("--format", "jsonl", str(tmp_path))
    assert result.exit_code == 1
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == [
        str(tmp_path / "b-good.txt")
    ]
    assert message in result.stderr
    assert "1 of 2 inputs failed" in result.stderr


def test_cli_non_utf8_file_is_decoded_with_a_warning_naming_the_encoding(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes("The minister’s café – “a résumé of talks”, he said.".encode("cp1252"))
    result = run("--format", "json", str(path))
    assert result.exit_code == 0
    facts = json.loads(result.stdout)
    assert facts["encoding"] == "cp1252"
    assert facts["warnings"][0].startswith("not UTF-8: decoded as Windows-1252")
    assert "warning: not UTF-8" in result.stderr


def test_cli_missing_input_is_a_one_line_runtime_error() -> None:
    result = run("no/such/file.txt")
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == "extract: no/such/file.txt: no such file or folder"


def test_cli_refuses_input_over_max_bytes(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text("word " * 100, encoding="utf-8")
    result = run("--max-bytes", "100", str(big))
    assert result.exit_code == 1
    assert "larger than the limit of 100 bytes" in result.stderr


def test_cli_empty_file_has_zero_facts_and_succeeds(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n", encoding="utf-8")
    result = run("--format", "json", str(empty))
    assert result.exit_code == 0
    facts = json.loads(result.output)
    assert all(facts[kind] == [] for kind in FACT_KINDS)


def test_cli_bad_user_pattern_file_names_file_and_line(tmp_path: Path) -> None:
    (tmp_path / "dates.jsonl").write_text(
        '{"label": "DATE_HOLIDAY", "pattern": "Unity Day", "id": "11-04"}\n'
        '{"label": "X", "patern": "y"}\n',
        encoding="utf-8",
    )
    result = run("--patterns", str(tmp_path), SEED)
    assert result.exit_code == 1
    assert f"{tmp_path / 'dates.jsonl'}:2: unknown key(s) patern" in result.stderr
    assert "Traceback" not in result.output


def test_cli_every_fact_span_holds_its_text_on_every_sample() -> None:
    for line in run("--format", "jsonl", "--date", "2024-03-15", SAMPLES).output.splitlines():
        facts = json.loads(line)
        text = Path(facts["source"]).read_text(encoding="utf-8")
        for kind in FACT_KINDS:
            for fact in facts[kind]:
                for piece in fact.get("pieces") or [fact]:
                    start, end = piece["span"]
                    assert text[start:end] == piece["text"], (facts["id"], kind, piece)


def _corpus(tmp_path: Path, copies: int) -> Path:
    texts = [p.read_text(encoding="utf-8") for p in sorted(Path(SAMPLES).glob("*.txt"))]
    corpus = tmp_path / "corpus.jsonl"
    with corpus.open("w", encoding="utf-8") as out:
        for i in range(copies):
            record = {"id": f"a{i}", "text": texts[i % len(texts)], "date": "2024-03-15"}
            out.write(json.dumps(record) + "\n")
    return corpus


def test_cli_workers_give_the_same_output_in_the_same_order(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path, 60)
    one = run("--format", "jsonl", "--jobs", "1", str(corpus))
    two = run("--format", "jsonl", "--jobs", "2", str(corpus))
    assert one.exit_code == two.exit_code == 0
    assert one.stdout == two.stdout
    assert [json.loads(line)["id"] for line in two.stdout.splitlines()] == [
        f"a{i}" for i in range(60)
    ]


def test_cli_closed_pipe_ends_quietly(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path, 200)
    command = f"{sys.executable} -m extract_cli --format jsonl {corpus} | head -n 1"
    done = subprocess.run(
        ["bash", "-o", "pipefail", "-c", command], capture_output=True, text=True, timeout=120
    )
    assert len(done.stdout.splitlines()) == 1
    assert done.stderr == ""
    assert done.returncode == 0


def test_cli_user_pattern_folder_teaches_a_new_date(tmp_path: Path) -> None:
    (tmp_path / "dates.jsonl").write_text(
        '{"label": "DATE_HOLIDAY", "pattern": "Unity Day", "id": "11-04"}\n', encoding="utf-8"
    )
    text = "Crowds marched through the capital on Unity Day, the ministry said."
    plain = json.loads(run("--format", "json", "--date", "2024-12-01", "-", stdin=text).output)
    taught = json.loads(
        run("--format", "json", "--date", "2024-12-01", "--patterns", str(tmp_path), "-",
            stdin=text).output
    )  # fmt: skip
    assert plain["dates"] == []
    assert [(d["text"], d["value"]) for d in taught["dates"]] == [("Unity Day", "2024-11-04")]


def test_cli_user_pattern_folder_teaches_a_new_title(tmp_path: Path) -> None:
    (tmp_path / "officials.jsonl").write_text(
        '{"label": "OFFICIAL_TITLE", "pattern": "sheriff"}\n', encoding="utf-8"
    )
    text = "Sheriff Anna Berg said the county would appeal the ruling."
    plain = json.loads(run("--format", "json", "-", stdin=text).output)
    taught = json.loads(
        run("--format", "json", "--patterns", str(tmp_path), "-", stdin=text).output
    )
    # Unknown, "Sheriff" reads as part of the name.
    assert [(o["name"], o["title"]) for o in plain["officials"]] == [("Sheriff Anna Berg", None)]
    assert [(o["name"], o["title"]) for o in taught["officials"]] == [("Anna Berg", "Sheriff")]


def _entry_point(*args: str, stdout: Any = subprocess.PIPE) -> subprocess.CompletedProcess[str]:
    """The `extract` script as users run it: a process of its own that skips the teardown."""
    return subprocess.run(
        [sys.executable, "-m", "extract_cli", *args],
        stdout=stdout,
        stderr=subprocess.PIPE,
        text=True,
        timeout=120,
    )


def test_cli_entry_point_writes_all_output_before_its_quick_exit(tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    with target.open("w", encoding="utf-8") as out:
        done = _entry_point("--format", "jsonl", SAMPLES, stdout=out)
    assert done.returncode == 0
    assert done.stderr == ""
    records = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    assert len(records) == len(list(Path(SAMPLES).glob("*.txt")))


@pytest.mark.parametrize(
    ("args", "status"),
    [((), 2), (("--date", "someday", SEED), 2), (("/no/such/article.txt",), 1)],
)
def test_cli_entry_point_exit_status_and_one_line_messages(
    args: tuple[str, ...], status: int
) -> None:
    done = _entry_point(*args)
    assert done.returncode == status
    assert "Traceback" not in done.stderr
    assert done.stderr.strip() != ""


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full (a full disk)")
def test_cli_entry_point_reports_output_it_cannot_write() -> None:
    with open("/dev/full", "w", encoding="utf-8") as full:
        done = _entry_point("--format", "jsonl", SEED, stdout=full)
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert "cannot write the output: No space left on device" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
