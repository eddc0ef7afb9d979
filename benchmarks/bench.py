"""Benchmark `extract` against spaCy's blank tokenizer (a script, not a test).

    python benchmarks/bench.py [--articles 2000] [--batch-runs 3] [--runs 5]

Builds a JSON Lines corpus of N articles by cycling the texts in samples/, then prints in one
run: articles/s and words/s of `extract --format jsonl` on the batch, the same for
`spacy.blank("en")` tokenizing the same texts in one process (the floor), their ratio (medians
of interleaved runs, and each run's ratio), the median latency of `extract` on one file against
`python -c "import spacy; spacy.blank('en')"`, and the peak memory of a batch run.

The package's bytecode is compiled first, as `pip install` does: where PYTHONDONTWRITEBYTECODE
is set (this project's machines set it), a source checkout would otherwise be recompiled on every
call, and the latency would measure Python's compiler rather than `extract`
(`--no-compile` keeps that cost in).
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TOKENIZER_ONLY = """
import json, sys, time
import spacy
nlp = spacy.blank("en")
texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8")]
start = time.perf_counter()
for doc in nlp.pipe(texts):
    pass
print(time.perf_counter() - start)
"""


def build_corpus(path: Path, articles: int) -> int:
    samples = sorted((ROOT / "samples").glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in samples]
    words = 0
    with path.open("w", encoding="utf-8") as out:
        for i in range(articles):
            text = texts[i % len(texts)]
            words += len(text.split())
            out.write(json.dumps({"id": f"a{i}", "text": text, "date": "2024-03-15"}) + "\n")
    return words


def compile_bytecode() -> None:
    """Compile the package `python -m extract_cli` imports from here, as an install does."""
    locate = "import extract_cli, os; print(os.path.dirname(extract_cli.__file__))"
    where = subprocess.run(
        [sys.executable, "-c", locate],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    subprocess.run([sys.executable, "-m", "compileall", "-q", where], check=True)


def timed(cmd: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def tokenizer_seconds(corpus: Path) -> float:
    """Seconds `spacy.blank("en")` takes to tokenize the corpus in one process (after import)."""
    done = subprocess.run(
        [sys.executable, "-c", TOKENIZER_ONLY, str(corpus)],
        check=True,
        capture_output=True,
        text=True,
    )
    return float(done.stdout)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument(
        "--batch-runs", type=int, default=3, help="runs of the batch and of the tokenizer"
    )
    parser.add_argument("--runs", type=int, default=5, help="runs of each one-file latency")
    parser.add_argument(
        "--no-compile", action="store_true", help="do not compile the package's bytecode first"
    )
    args = parser.parse_args()
    extract = [sys.executable, "-m", "extract_cli"]
    if not args.no_compile:
        compile_bytecode()

    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        words = build_corpus(corpus, args.articles)

        # Interleaved, so both see the same machine load; medians, since a shared machine's
        # speed drifts by several percent from one run to the next.
        batches, floors = [], []
        for _ in range(args.batch_runs):
            batches.append(timed([*extract, "--format", "jsonl", str(corpus)]))
            floors.append(tokenizer_seconds(corpus))
        peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024

        one = str(ROOT / "samples" / "interfaks-cybercrime.txt")
        ours, spacy_start = [], []
        for _ in range(args.runs):  # interleaved, so both see the same machine load
            ours.append(timed([*extract, "--format", "jsonl", one]))
            spacy_start.append(timed([sys.executable, "-c", "import spacy; spacy.blank('en')"]))

    n = args.articles
    batch, floor = statistics.median(batches), statistics.median(floors)
    ratios = sorted(b / f for b, f in zip(batches, floors, strict=True))
    print(f"batch of {n} articles, {words:,} words, median of {args.batch_runs} interleaved runs")
    print(f"  extract --format jsonl : {n / batch:8.0f} articles/s {words / batch:10.0f} words/s")
    print(f"  blank tokenizer (floor): {n / floor:8.0f} articles/s {words / floor:10.0f} words/s")
    print(f"  time ratio extract / tokenizer: {statistics.median(ratios):.2f}x "
          f"(runs: {', '.join(f'{r:.2f}' for r in ratios)})")  # fmt: skip
    print(f"  peak memory of a batch run: {peak_mb:.0f} MB")
    latency, baseline = statistics.median(ours), statistics.median(spacy_start)
    print(f"one file, median of {args.runs}: extract {latency:.3f} s, "
          f"spacy.blank('en') {baseline:.3f} s, ratio {latency / baseline:.2f}x")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
