"""Country mentions -> ISO 3166-1 alpha-3, from pycountry and our own alias table."""

from __future__ import annotations

import pytest

from extract_cli.countries import CountryTable
from extract_cli.patterns import default_pattern_dir, load_patterns
from extract_cli.pipeline import Extractor
from extract_cli.rulers import marks


@pytest.fixture(scope="module")
def table() -> CountryTable:
    return CountryTable.build(load_patterns("countries", [default_pattern_dir()]))


@pytest.mark.parametrize(
    ("form", "code"),
    [
        ("USA", "USA"),
        ("the United States", "USA"),
        ("U.S.", "USA"),
        ("Great Britain", "GBR"),
        ("North Korea", "PRK"),
        ("DPRK", "PRK"),
        ("Russian Federation", "RUS"),
        ("Russia", "RUS"),
        ("Iran", "IRN"),
        ("Venezuela", "VEN"),
        ("Türkiye", "TUR"),
        ("Turkey", "TUR"),
        ("Ivory Coast", "CIV"),
        ("Germany", "DEU"),
    ],
)
def test_countries_names_and_aliases_resolve(table: CountryTable, form: str, code: str) -> None:
    assert table.code(form) == code


def test_countries_unknown_form_has_no_code(table: CountryTable) -> None:
    assert table.code("Ruritania") is None
    assert table.code("Latin America") is None


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Delegates from Perugia and Peru met.", [("Peru", "PER")]),
        ("Nigeria and Niger abstained.", [("Nigeria", "NGA"), ("Niger", "NER")]),
        ("Papua New Guinea voted yes.", [("Papua New Guinea", "PNG")]),
        ("The U.S.-drafted text failed.", [("U.S.", "USA")]),
        ("Moscow vetoed the Russian draft.", [("Moscow", "RUS"), ("Russian", "RUS")]),
        ("Latin American states agreed.", []),
    ],
)
def test_countries_ruler_matches_whole_names_only(
    extractor: Extractor, sentence: str, found: list[tuple[str, str]]
) -> None:
    doc = extractor.nlp.make_doc(sentence)
    for _, proc in extractor.nlp.pipeline[:3]:
        doc = proc(doc)
    spans = [(doc.text[s:e], code) for s, e, _, code in marks(doc, "entities") if code]
    assert spans == found
