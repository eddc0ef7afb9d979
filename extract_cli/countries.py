"""Country names, aliases, demonyms and capitals -> ISO 3166-1 alpha-3.

pycountry supplies every official and common name; `patterns/countries.jsonl` adds the forms
news uses (USA, Great Britain, North Korea, Russian, Moscow ...). This module never imports spaCy.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from .patterns import load_patterns

COUNTRY_LABELS = ("COUNTRY", "DEMONYM", "CAPITAL")
# A region that holds a country word ("Latin America"): matched so that the longer name wins,
# but it has no code.
REGION = "REGION"


@dataclass(frozen=True)
class CountryTable:
    """Every known written form of a country, with its alpha-3 code and kind of mention."""

    codes: dict[str, str]
    labels: dict[str, str]

    @classmethod
    def build(cls, extra_patterns: Iterable[dict[str, Any]] = ()) -> CountryTable:
        codes: dict[str, str] = {}
        labels: dict[str, str] = {}
        for label, form, code in _pycountry_forms():
            codes.setdefault(form, code)
            labels.setdefault(form, label)
        for entry in extra_patterns:
            label, form = entry["label"], entry["pattern"]
            if not isinstance(form, str):
                continue
            if label in COUNTRY_LABELS and "id" in entry:
                codes[form] = entry["id"]
                labels[form] = label
            elif label == REGION:
                codes[form] = ""
                labels[form] = label
        return cls(codes=codes, labels=labels)

    def code(self, form: str) -> str | None:
        """The alpha-3 code of a written form ("the United States" and "U.S." alike)."""
        key = form.strip()
        if key.lower().startswith("the "):
            key = key[4:]
        return self.codes.get(key) or None

    def ruler_patterns(self) -> list[dict[str, str]]:
        """Phrase patterns for a spaCy ruler: label COUNTRY / DEMONYM / CAPITAL, id the code.

        Regions come without an id, so `span.id_` is empty for them."""
        return [
            {"label": self.labels[form], "pattern": form, **({"id": code} if code else {})}
            for form, code in sorted(self.codes.items())
        ]


@lru_cache(maxsize=8)
def country_table(folders: tuple[Path, ...]) -> CountryTable:
    """The table built from pycountry and `countries.jsonl` of each folder, built once."""
    return CountryTable.build(load_patterns("countries", folders))


def _pycountry_forms() -> Iterator[tuple[str, str, str]]:
    import pycountry

    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            form = getattr(country, attr, None)
            # "Korea, Republic of" is a catalogue form nobody writes in prose.
            if form and "," not in form:
                yield "COUNTRY", form.removeprefix("the "), country.alpha_3
