"""Pattern files are data: the loader takes spaCy ruler JSONL and names file:line on errors."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

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


def test_patterns_loader_rejects_a_pattern_split_over_lines_even_beside_a_line_of_two(
    tmp_path: Path,
) -> None:
    # Three lines holding three objects between them is still not one object a line.
    path = tmp_path / "officials.jsonl"
    path.write_text(
        '{"label": "TITLE", "pattern": [{"LOWER": "deputy"}\n'
        '{"LOWER": "envoy"}]}\n'
        '{"label": "TITLE", "pattern": "a"}, {"label": "TITLE", "pattern": "b"}\n'
    )
    with pytest.raises(PatternError, match=f"^{re.escape(str(path))}:1: not valid JSON"):
        load_pattern_file(path)


_WORDS = st.text(st.characters(categories=["L", "N"]), min_size=1, max_size=6)
_PATTERN_LINES = st.builds(
    lambda pattern, pad: pad + json.dumps({"label": "TITLE", "pattern": pattern}) + pad,
    _WORDS | st.lists(st.builds(lambda word: {"LOWER": word}, _WORDS), min_size=1, max_size=3),
    st.sampled_from(["", " ", "\t", "\u00a0", "\ufeff"]),
)


@st.composite
def _pattern_files(draw: st.DrawFn) -> list[str]:
    """Pattern lines, some cut in two (anywhere, or between two JSON values) or run together,
    as a careless edit leaves them."""
    lines = draw(st.lists(_PATTERN_LINES, min_size=1, max_size=8))
    for _ in range(draw(st.integers(0, 3))):
        at = draw(st.integers(0, len(lines) - 1))
        line = lines[at]
        if draw(st.booleans()) and at + 1 < len(lines):
            glue = draw(st.sampled_from([", ", " ", ""]))
            lines[at : at + 2] = [line + glue + lines[at + 1]]
            continue
        commas = [i for i in range(len(line)) if line.startswith(", ", i)]
        if len(commas) > 0 and draw(st.booleans()):
            cut = draw(st.sampled_from(commas))
            lines[at : at + 1] = [line[:cut], line[cut + 2 :]]
        else:
            cut = draw(st.integers(0, len(line)))
            lines[at : at + 1] = [line[:cut], line[cut:]]
    return lines


def _a_pattern(line: str) -> bool:
    """Whether `json.loads` takes the line, giving an object the loader keeps."""
    try:
        entry = json.loads(line)
    except json.JSONDecodeError:
        return False
    if not (isinstance(entry, dict) and entry.keys() == {"label", "pattern"}):
        return False
    pattern = entry["pattern"]
    if isinstance(pattern, str):
        return pattern.strip() != ""
    return isinstance(pattern, list) and all(
        isinstance(token, dict) and token.keys() == {"LOWER"} for token in pattern
    )


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(lines=_pattern_files())
def test_patterns_loader_reads_each_line_as_json_loads_does(
    tmp_path: Path, lines: list[str]
) -> None:
    path = tmp_path / "officials.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    kept = [(n, line) for n, line in enumerate(lines, 1) if line.strip()]
    kept = [(n, line) for n, line in kept if not line.lstrip().startswith("//")]
    bad = [n for n, line in kept if not _a_pattern(line)]
    if bad:
        with pytest.raises(PatternError, match=f"^{re.escape(str(path))}:{bad[0]}: "):
            load_pattern_file(path)
    else:
        assert load_pattern_file(path) == [json.loads(line) for _, line in kept]


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
