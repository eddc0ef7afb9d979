"""Measure the speed-up of Dask workers on this machine (the figures in README.md).

    python examples/dask_speedup.py --records 2000 --workers 1 2 --repeats 3

Builds a JSON Lines corpus from samples/, runs it through a fresh `LocalCluster` per run (one
thread per worker process) and prints the best wall time of each worker count, the records per
second and the speed-up over one worker. Cluster start-up is not timed; building the pipeline
on each worker is, as in a real run.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import tempfile
import time
from pathlib import Path

from distributed import Client, LocalCluster

from extract_cli import cluster

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def build_corpus(path: Path, records: int) -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))]
    with path.open("w", encoding="utf-8") as out:
        for number in range(records):
            record: dict[str, str] = {"text": texts[number % len(texts)]}
            if number % 2:
                record["id"] = f"article-{number}"
            out.write(json.dumps(record) + "\n")


def timed_run(corpus: Path, workers: int, blocksize: int, folder: Path) -> float:
    output = folder / f"out-{workers}-{time.monotonic_ns()}"
    output.mkdir()
    with (
        LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            silence_logs=logging.ERROR,
        ) as local,
        Client(local) as client,
    ):
        summary = cluster.run(
            client, [str(corpus)], cluster.Options(str(output)), blocksize=blocksize
        )
    return summary.seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=2000)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--blocksize", type=int, default=256 * 1024)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        corpus = folder / "corpus.jsonl"
        build_corpus(corpus, args.records)
        size = corpus.stat().st_size
        print(f"{args.records} records, {size / 1e6:.1f} MB, {os.cpu_count()} cores")
        best: dict[int, float] = {}
        for _ in range(args.repeats):  # interleaved, so a busy spell hits every count alike
            for workers in args.workers:
                seconds = timed_run(corpus, workers, args.blocksize, folder)
                best[workers] = min(seconds, best.get(workers, seconds))
                print(f"  workers={workers}: {seconds:.1f} s", flush=True)
        base = best[args.workers[0]]
        for workers, seconds in best.items():
            print(
                f"workers={workers}: best {seconds:.1f} s, {args.records / seconds:.0f} records/s,"
                f" speed-up {base / seconds:.2f}x"
            )


if __name__ == "__main__":
    main()
