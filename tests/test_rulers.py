"""The rulers: pattern files matched on a Doc and kept as plain (start, end, label, id) marks."""

from __future__ import annotations

from pathlib import Path

from extract_cli.pipeline import Extractor
from extract_cli.rulers import marks


def _marked(extractor: Extractor, text: str, key: str) -> list[tuple[str, str, str]]:
    doc = extractor.nlp(text)
    return [(text[start:end], label, code) for start, end, label, code in marks(doc, key)]


def test_rulers_entities_take_the_longest_name_only(extractor: Extractor) -> None:
    # "Guinea" inside "Papua New Guinea" and "Niger" beside "Nigeria" are not marks of their own.
    found = _marked(extractor, "Papua New Guinea, Nigeria and Niger voted.", "entities")
    assert [(text, code) for text, _, code in found] == [
        ("Papua New Guinea", "PNG"),
        ("Nigeria", "NGA"),
        ("Niger", "NER"),
    ]


def test_rulers_marks_are_character_offsets_into_the_text(extractor: Extractor) -> None:
    text = "On Monday the Russian draft, tabled by Moscow, was rejected."
    doc = extractor.nlp(text)
    for start, end, _, _ in marks(doc, "entities") + marks(doc, "cues"):
        assert text[start:end].strip() == text[start:end] != ""
    assert ("Moscow", "CAPITAL", "RUS") in _marked(extractor, text, "entities")


def test_rulers_cues_match_without_regard_to_case(extractor: Extractor) -> None:
    labels = {label for _, label, _ in _marked(extractor, "VOTED AGAINST it", "cues")}
    assert any(label.startswith("VOTE_") for label in labels)


def test_rulers_a_doc_without_rulers_has_no_marks(extractor: Extractor) -> None:
    assert marks(extractor.nlp.make_doc("France"), "entities") == []


def test_rulers_take_token_patterns_from_a_user_folder(tmp_path: Path) -> None:
    (tmp_path / "organizations.jsonl").write_text(
        '{"label": "ORG", "pattern": [{"LOWER": "grand"}, {"LOWER": "assembly"}], "id": "GA"}\n',
        encoding="utf-8",
    )
    found = _marked(Extractor([tmp_path]), "The Grand Assembly of Ruritania met.", "entities")
    assert ("Grand Assembly", "ORG", "GA") in found
