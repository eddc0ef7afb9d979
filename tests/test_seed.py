"""The model article (samples/interfaks-cybercrime.txt): every fact, asserted exactly."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from extract_cli.facts import ArticleFacts, SideCountries


@pytest.fixture(scope="module")
def seed(extract: Callable[..., ArticleFacts], seed_text: str) -> ArticleFacts:
    return extract(seed_text, "2019-12-27")


def test_seed_frame(seed: ArticleFacts) -> None:
    assert seed.headline == "Russia proposed cybercrime resolution and the UN adopted the document"
    assert seed.dateline is not None
    assert (seed.dateline.place, seed.dateline.agency) == ("MOSCOW", "BM")
    assert seed.reference_date == "2019-12-27"
    assert seed.warnings == ()


def test_seed_vote(seed: ArticleFacts) -> None:
    [vote] = seed.votes
    assert (vote.body, vote.in_favour, vote.against, vote.abstentions, vote.outcome) == (
        "General Assembly",
        79,
        60,
        33,
        "adopted",
    )
    assert vote.countries == SideCountries(against=("USA", "CAN", "FRA", "DEU", "GBR", "UKR"))
    assert vote.partial is True
    assert "was supported by 79 countries, 60 states" in vote.text


def test_seed_sponsors(seed: ArticleFacts) -> None:
    [sponsors] = seed.sponsors
    assert sponsors.count == 47
    assert sponsors.countries == (
        "RUS", "BLR", "KAZ", "AZE", "TJK", "ARM", "CHN", "IND", "SYR", "EGY", "PRK", "IRN", "VEN",
    )  # fmt: skip
    assert sponsors.names[:2] == ("Russia", "Belarus")
    assert sponsors.names[-1] == "Venezuela"


def test_seed_official(seed: ArticleFacts, seed_text: str) -> None:
    [kuzmin] = seed.officials
    assert (kuzmin.name, kuzmin.title, kuzmin.affiliation, kuzmin.country) == (
        "Gennady Kuzmin",
        "Deputy Permanent Representative",
        "Russian Federation",
        "RUS",
    )
    assert [seed_text[s:e] for s, e in kuzmin.mentions] == [
        "Gennady Kuzmin",
        "the Russian diplomat",
    ]


def test_seed_dates(seed: ArticleFacts) -> None:
    assert [(d.text, d.value, d.granularity) for d in seed.dates] == [
        ("this year", "2019", "year"),
        ("November 18", "2019-11-18", "day"),
        ("August 2020", "2020-08", "month"),
    ]
    assert seed.dates[1].event == "approved by the Third Committee of the UN"
    assert seed.dates[2].event == "will hold a three-day organizational session"


def test_seed_quotes(seed: ArticleFacts) -> None:
    assert [(q.text.split()[:4], q.speaker, q.speaker_name) for q in seed.quotes] == [
        (["The", "United", "States", "will"], "the US representative", None),
        (["decides", "to", "establish", "an"], "the resolution", None),
        (["The", "Special", "Committee", "will"], "the document", None),
        (["the", "need", "to", "improve"], "The authors of the resolution", None),
        (["This", "resolution", "will", "undermine"], "the US representative", None),
        (
            ["suggests", "that", "the", "era"],
            "the Deputy Permanent Representative of the Russian Federation to the UN "
            "Gennady Kuzmin",
            "Gennady Kuzmin",
        ),
        (["It’s", "crucial", "for", "us"], "the Russian diplomat", "Gennady Kuzmin"),
        (["First,", "we", "already", "have"], "a foreign policy officer US agencies", None),
    ]


def test_seed_split_quote_keeps_its_pieces(seed: ArticleFacts, seed_text: str) -> None:
    first = seed.quotes[0]
    assert first.text == (
        "The United States will vote against the resolution, and we urge other countries "
        "to do the same,"
    )
    assert [p.text for p in first.pieces] == [
        "The United States will vote",
        "against",
        "the resolution, and we urge other countries to do the same,",
    ]
    assert all(seed_text[p.span[0] : p.span[1]] == p.text for p in first.pieces)
    assert first.span == (first.pieces[0].span[0], first.pieces[-1].span[1])


def test_seed_title_and_scare_quotes_are_not_quotes(seed: ArticleFacts) -> None:
    texts = [q.text for q in seed.quotes]
    assert not any(t.startswith("Countering the use") for t in texts)
    assert "Sparta" not in texts and "against" not in texts
