"""Pattern files are data: the loader takes spaCy ruler JSONL and names file:line on errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from extract_cli.errors import PatternError
from extract_cli.patterns import default_pattern_dir, load_pattern_file, load_patterns
from extract_cli.pipeline import CUE_FILES, Extractor
from extract_cli.rulers import marks


def test_patterns_every_shipped_file_loads() -> None:
    folder = default_pattern_dir()
    files = sorted(folder.glob("*.jsonl"))
    assert {p.stem for p in files} >= {*CUE_FILES, "countries", "organizations"}
    for path in files:
        assert load_pattern_file(path), path


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('{"label": "TITLE", "pattern": "envoy", "colour": "red"}', "unknown key(s) colour"),
        ('{"label": "TITLE", "pattern": "envoy"', "not valid JSON"),
        ('["TITLE", "envoy"]', "must be a JSON object"),
        ('{"pattern": "envoy"}', "'label' must be a non-empty string"),
        ('{"label": "TITLE", "pattern": ""}', "empty string"),
        ('{"label": "TITLE", "pattern": [{"LOWR": "envoy"}]}', "invalid token pattern"),
        ('{"label": "TITLE", "pattern": 7}', "must be a string or a list"),
        ('{"label": "TITLE", "pattern": "a"}, {"label": "TITLE", "pattern": "b"}', "Extra data"),
        ('{"label": "TITLE", "pattern": "envoy", "label": "TITLE"', "not valid JSON"),
    ],
)
def test_patterns_loader_rejects_bad_lines_naming_file_and_line(
    tmp_path: Path, line: str, message: str
) -> None:
    path = tmp_path / "officials.jsonl"
    path.write_text('// titles\n{"label": "TITLE", "pattern": "minister"}\n' + line + "\n")
    with pytest.raises(PatternError) as error:
        load_pattern_file(path)
    assert str(error.value).startswith(f"{path}:3: ")
    assert message in str(error.value)


def test_patterns_user_folder_adds_to_the_shipped_rules(tmp_path: Path) -> None:
    (tmp_path / "countries.jsonl").write_text(
        '{"label": "COUNTRY", "pattern": "Ruritania", "id": "RUR"}\n', encoding="utf-8"
    )
    assert load_patterns("countries", [tmp_path]) == [
        {"label": "COUNTRY", "pattern": "Ruritania", "id": "RUR"}
    ]
    doc = Extractor([tmp_path]).nlp("Ruritania and France abstained.")
    assert [(doc.text[s:e], code) for s, e, _, code in marks(doc, "entities")] == [
        ("Ruritania", "RUR"),
        ("France", "FRA"),
    ]
