"""The Dask runner and the library API give the CLI's JSON Lines, record for record."""

from __future__ import annotations

import itertools
import json
import logging
import pickle
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from extract_cli import cluster
from extract_cli.api import FactExtractor, RecordError
from extract_cli.inputs import InputFailure

distributed = pytest.importorskip(
    "distributed", reason="dask[distributed] is not installed: pip install 'extract-cli[dask]'"
)

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def _corpus(folder: Path, copies: int = 6) -> Path:
    """JSON Lines from samples/: records with and without ids and dates, blank lines, a line
    that is not JSON and a record without text, so ids and failures both depend on line numbers.
    """
    texts = [path.read_text(encoding="utf-8") for path in sorted(SAMPLES.glob("*.txt"))]
    lines: list[str] = []
    for copy in range(copies):
        for number, text in enumerate(texts):
            record: dict[str, Any] = {"text": text}
            if number % 2:
                record["id"] = f"sample-{copy}-{number}"
            if copy % 3 == 1:
                record["date"] = f"2020-0{1 + number}-1{copy}"
            lines.append(json.dumps(record, ensure_ascii=copy % 2 == 0))
        if copy == 1:
            lines += ["", '{"text": "cut off', json.dumps({"id": "no-text"})]
    path = folder / "corpus.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _cli(cwd: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "extract_cli", "--format", "jsonl", *arguments],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    with (
        distributed.LocalCluster(
            n_workers=2,
            processes=True,
            threads_per_worker=1,
            dashboard_address=None,
            silence_logs=logging.ERROR,
        ) as local,
        distributed.Client(local) as connected,
    ):
        yield connected


def _parts(output: Path) -> str:
    return "".join(p.read_text(encoding="utf-8") for p in sorted(output.glob("part-*.jsonl")))


def test_cluster_two_workers_write_the_cli_output_record_for_record(
    client: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = _corpus(tmp_path)
    expected = _cli(tmp_path, corpus.name)
    assert expected.returncode == 1, expected.stderr  # the two bad lines
    monkeypatch.chdir(tmp_path)  # the input named as on the command line: the same ids
    output = tmp_path / "results"
    output.mkdir()
    options = cluster.Options(output=str(output))
    summary = cluster.run(client, [corpus.name], options, blocksize=8_000)

    assert summary.partitions >= 4
    assert len(list(output.glob("part-*.jsonl"))) == summary.partitions
    got, want = _parts(output).splitlines(), expected.stdout.splitlines()
    assert len(got) == len(want) == summary.records == 24
    for cluster_line, cli_line in zip(got, want, strict=True):
        assert cluster_line == cli_line
    reported = [f"extract: {f.source}: {f.message}" for f in summary.failures]
    failed = [line for line in expected.stderr.splitlines() if ": warning: " not in line]
    assert reported == failed[:-1]  # the last line counts them
    assert [f.source for f in summary.failures] == ["corpus.jsonl:10", "corpus.jsonl:11"]


def test_cluster_command_on_a_running_scheduler_matches_the_cli(
    client: Any, tmp_path: Path
) -> None:
    corpus = _corpus(tmp_path, copies=3)
    (tmp_path / "more").mkdir()
    more = _corpus(tmp_path / "more", copies=2)
    inputs = [corpus.name, "gone.jsonl", str(more.relative_to(tmp_path))]
    expected = _cli(tmp_path, "--date", "2019-12-27", *inputs)
    command = [
        sys.executable, "-m", "extract_cli.cluster", "--scheduler", client.scheduler.address,
        "--output", "results", "--blocksize", "5kB", "--date", "2019-12-27", *inputs,
    ]  # fmt: skip
    done = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True, check=False)

    assert done.returncode == expected.returncode == 1, done.stderr
    assert _parts(tmp_path / "results") == expected.stdout
    assert _failures(done.stderr) == _failures(expected.stderr)
    assert _failures(done.stderr)[2] == "extract: gone.jsonl: no such file or folder"
    assert "extract: 5 of 25 inputs failed" in done.stderr


def _failures(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if ".jsonl" in line and "warning:" not in line]


@pytest.mark.parametrize("blocksize", [1, 700, 5_000, 10_000_000])
def test_cluster_partitions_cover_the_file_and_number_its_lines(
    tmp_path: Path, blocksize: int
) -> None:
    path = tmp_path / "lines.jsonl"
    data = b"".join(b'{"text": "%s"}\n' % (b"x" * (n * 37 % 900)) for n in range(60)) + b"{}"
    path.write_bytes(data)
    partitions, failures = cluster.plan_partitions([str(path)], blocksize)

    assert not failures
    assert partitions[0].start == 0 and partitions[-1].end == len(data)
    for before, after in itertools.pairwise(partitions):
        assert before.end == after.start
        assert data[before.end - 1 : before.end] == b"\n"
        assert after.first_line == data[: after.start].count(b"\n") + 1
    assert [p.index for p in partitions] == list(range(len(partitions)))


def test_cluster_plan_reports_a_missing_input_as_the_cli_does(tmp_path: Path) -> None:
    partitions, failures = cluster.plan_partitions([str(tmp_path / "gone.jsonl")])
    assert partitions == []
    assert failures == [InputFailure(str(tmp_path / "gone.jsonl"), "no such file or folder")]


def test_cluster_command_refuses_text_inputs_and_old_parts(tmp_path: Path) -> None:
    runner = CliRunner()
    text_input = runner.invoke(cluster.main, ["--output", str(tmp_path), "a.txt"])
    (tmp_path / "part-00000.jsonl").write_text("{}\n", encoding="utf-8")
    corpus = _corpus(tmp_path, copies=1)
    old_parts = runner.invoke(cluster.main, ["--output", str(tmp_path), str(corpus)])

    assert text_input.exit_code == 2 and "JSON Lines" in text_input.output
    assert old_parts.exit_code == 2 and "--overwrite" in old_parts.output


def test_cluster_command_without_dask_says_how_to_install_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)  # as if not installed
    corpus = _corpus(tmp_path, copies=1)
    result = CliRunner().invoke(cluster.main, ["-o", str(tmp_path / "out"), str(corpus)])

    assert result.exit_code == 1
    assert "pip install 'extract-cli[dask]'" in result.output


@pytest.mark.parametrize(
    ("size", "expected"), [("1MiB", 1 << 20), ("500kB", 500_000), ("4096", 4096)]
)
def test_cluster_command_reads_block_sizes_as_dask_writes_them(
    tmp_path: Path, size: str, expected: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[int] = []

    def run(*args: Any, blocksize: int, **kwargs: Any) -> cluster.Summary:
        seen.append(blocksize)
        return cluster.Summary()

    monkeypatch.setattr(cluster, "run", run)
    monkeypatch.setattr(distributed, "LocalCluster", _NoCluster)
    monkeypatch.setattr(distributed, "Client", _NoCluster)
    corpus = _corpus(tmp_path, copies=1)
    arguments = ["-o", str(tmp_path / "o"), "--blocksize", size, str(corpus)]
    result = CliRunner().invoke(cluster.main, arguments)

    assert result.exit_code == 0, result.output
    assert seen == [expected]


class _NoCluster:
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        pass

    def __enter__(self) -> _NoCluster:
        return self

    def __exit__(self, *exc: object) -> None:
        pass


def test_api_extract_records_gives_the_cli_json_objects(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path, copies=1)
    expected = [json.loads(line) for line in _cli(tmp_path, corpus.name).stdout.splitlines()]
    records = [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines()]

    assert list(FactExtractor().extract_records(records, source="corpus.jsonl")) == expected


def test_api_extract_records_reports_a_record_without_text() -> None:
    records = [{"id": "a", "text": "Nothing happened."}, {"id": "b"}]
    failures: list[InputFailure] = []
    results = list(FactExtractor().extract_records(records, on_failure=failures.append))

    assert [r["id"] for r in results] == ["a"]
    assert failures == [InputFailure("-:2", "record has no 'text' string")]
    with pytest.raises(RecordError, match="-:2: record has no 'text' string"):
        list(FactExtractor().extract_records(records))


def test_api_extractor_pickles_as_its_pattern_folders_only() -> None:
    extractor = FactExtractor()
    facts = extractor.extract("The resolution was adopted by 79 votes to 60.", "2019-12-27")
    copy = pickle.loads(pickle.dumps(extractor))

    assert len(pickle.dumps(extractor)) < 500
    assert copy.extract("The resolution was adopted by 79 votes to 60.", "2019-12-27") == facts
    assert [(v.in_favour, v.against) for v in facts.votes] == [(79, 60)]
    assert facts.reference_date == "2019-12-27"


def test_api_docstring_example_holds() -> None:
    import doctest

    from extract_cli import api

    assert doctest.testmod(api).failed == 0
