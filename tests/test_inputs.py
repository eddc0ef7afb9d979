"""Reading inputs: encodings, binary and HTML files, folders with broken entries, JSON Lines."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from extract_cli.errors import InputError
from extract_cli.inputs import Article, InputFailure, decode, read_articles

TEXT = "The minister’s envoy said “we agreed” in Genève — a résumé."


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (TEXT.encode("utf-8-sig"), "utf-8"),
        (TEXT.encode("utf-16"), "utf-16"),
        (TEXT.encode("utf-16-be").join([b"\xfe\xff", b""]), "utf-16"),
        (TEXT.encode("utf-32"), "utf-32"),
    ],
)
def test_inputs_unicode_encodings_decode_without_warning(data: bytes, encoding: str) -> None:
    decoded = decode(data)
    assert (decoded.text, decoded.encoding, decoded.warnings) == (TEXT, encoding, ())


def test_inputs_windows_1252_is_detected_and_named_in_a_warning() -> None:
    decoded = decode(TEXT.encode("cp1252"))
    assert decoded.text == TEXT
    assert decoded.encoding == "cp1252"
    assert "Windows-1252" in decoded.warnings[0]


def test_inputs_latin_1_text_reads_as_windows_1252() -> None:
    decoded = decode("Zürich, Köln and a naïve façade".encode("latin-1"))
    assert decoded.text == "Zürich, Köln and a naïve façade"


def test_inputs_cyrillic_code_page_is_detected() -> None:
    text = "Министр иностранных дел заявил, что переговоры продолжатся в понедельник."
    decoded = decode(text.encode("cp1251"))
    assert decoded.text == text
    assert decoded.encoding == "cp1251"


def test_inputs_mixed_up_bytes_still_give_the_text_with_a_warning() -> None:
    # Mostly UTF-8 with a few stray bytes: no encoding fits, yet nothing is lost or refused.
    data = "Vote: 79 in favour – “done”. ".encode() * 20 + b"\x81\x8d\x8f\x90\x9d"
    decoded = decode(data)
    assert decoded.encoding == "utf-8"
    assert decoded.text.startswith("Vote: 79 in favour – “done”.")
    assert decoded.text.endswith("\ufffd" * 5)
    assert "replaced with U+FFFD" in decoded.warnings[0]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00", "looks like a PNG image"),
        (b"%PDF-1.4\n", "looks like a PDF document"),
        (b"PK\x03\x04\x14\x00", "looks like a ZIP archive"),
        (b"\x1f\x8b\x08\x00", "looks like a gzip archive"),
        (b"text\x00with\x00nul", "looks like a binary file"),
        (b"  <html><body>story</body></html>", "looks like an HTML page"),
    ],
)
def test_inputs_refuses_binary_and_html(data: bytes, message: str) -> None:
    with pytest.raises(InputError, match=message):
        decode(data)


def test_inputs_refuses_input_over_the_byte_limit() -> None:
    with pytest.raises(InputError, match="larger than the limit of 10 bytes"):
        decode(b"x" * 11, max_bytes=10)


def test_inputs_folder_reports_broken_entries_and_reads_the_rest(tmp_path: Path) -> None:
    (tmp_path / "nested" / "deeper").mkdir(parents=True)
    (tmp_path / "a.txt").write_text("First.", encoding="utf-8")
    (tmp_path / "nested" / "deeper" / "b.txt").write_text("Second.", encoding="utf-8")
    (tmp_path / "notes.md").write_text("not an article", encoding="utf-8")
    os.symlink(tmp_path / "missing.txt", tmp_path / "broken.txt")
    os.symlink(tmp_path / "loop-b.txt", tmp_path / "loop-a.txt")
    os.symlink(tmp_path / "loop-a.txt", tmp_path / "loop-b.txt")
    os.symlink(tmp_path, tmp_path / "nested" / "back-to-top")
    items = list(read_articles([str(tmp_path)]))
    read = sorted(Path(i.source).name for i in items if isinstance(i, Article))
    failed = sorted(Path(i.source).name for i in items if isinstance(i, InputFailure))
    assert read == ["a.txt", "b.txt"]
    assert failed == ["broken.txt", "loop-a.txt", "loop-b.txt"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_inputs_unreadable_file_is_reported(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("hidden", encoding="utf-8")
    secret.chmod(0)
    [item] = list(read_articles([str(secret)]))
    assert isinstance(item, InputFailure)
    assert "cannot read" in item.message


def test_inputs_jsonl_line_over_the_limit_is_reported_and_the_next_read(tmp_path: Path) -> None:
    corpus = tmp_path / "long.jsonl"
    corpus.write_text(
        '{"id": "long", "text": "' + "word " * 200 + '"}\n{"id": "short", "text": "Hi."}\n',
        encoding="utf-8",
    )
    items = list(read_articles([str(corpus)], max_bytes=100))
    assert isinstance(items[0], InputFailure)
    assert items[0].source == f"{corpus}:1"
    assert "line longer than the limit of 100 bytes" in items[0].message
    assert isinstance(items[1], Article) and items[1].id == "short"


def test_inputs_huge_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as handle:  # sparse: 100 MB on paper, nothing on disk
        handle.truncate(100 * 1024 * 1024)
    [item] = list(read_articles([str(huge)]))
    assert isinstance(item, InputFailure)
    assert "larger than the limit of 10,485,760 bytes" in item.message
