"""Sponsors as a specification: who put the text forward, the stated count, organizations."""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract_cli.facts import ArticleFacts
from extract_cli.patterns import default_pattern_dir
from extract_cli.pipeline import Extractor
from extract_cli.sponsors import SponsorRules, find_sponsors, load_rules

Extract = Callable[..., ArticleFacts]


def sponsor_codes(facts: ArticleFacts) -> list[str]:
    return [code for entry in facts.sponsors for code in entry.countries]


@pytest.mark.parametrize(
    "verb",
    [
        "proposed",
        "drafted",
        "authored",
        "sponsored",
        "co-sponsored",
        "tabled",
        "submitted",
        "put forward",
        "introduced",
        "presented",
        "prepared",
        "brought",
    ],
)
def test_sponsors_read_the_passive_with_every_sponsor_verb(extract: Extract, verb: str) -> None:
    facts = extract(f"The resolution, {verb} by Mexico and Brazil, was adopted on Friday.")
    assert sponsor_codes(facts) == ["MEX", "BRA"]
    assert facts.sponsors[0].names == ("Mexico", "Brazil")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia vetoed a US-drafted resolution on Syria.", ["USA"]),
        ("The Council rejected a Russian-proposed text.", ["RUS"]),
        ("Germany and Brazil tabled a draft resolution on privacy.", ["DEU", "BRA"]),
        ("The Assembly adopted Ukraine's resolution on Thursday.", ["UKR"]),
        ("Council members said the Russian draft ignored the facts.", ["RUS"]),
        ("The text was drafted by Moscow and circulated on Monday.", ["RUS"]),
        (
            "The draft was prepared by Russia in collaboration with China and Serbia.",
            ["RUS", "CHN", "SRB"],
        ),
        (
            "It was co-sponsored mainly by Western states, but also by Chile and Peru.",
            ["CHL", "PER"],
        ),
        ("Introduced by the representative of Cuba, the draft was adopted.", ["CUB"]),
        ("The text was tabled by Ambassador Lena Berg of Sweden.", ["SWE"]),
        ("The draft was proposed by the Republic of Korea and Japan.", ["KOR", "JPN"]),
        ("Cuba's representative introduced the draft resolution.", ["CUB"]),
        ("France, which drafted the resolution, welcomed the vote.", ["FRA"]),
        ("The U.S. draft was vetoed by Russia.", ["USA"]),
        ("The draft's main sponsors were France and Germany.", ["FRA", "DEU"]),
        ("The sponsors of the text — Chile and Peru — welcomed the result.", ["CHL", "PER"]),
    ],
)
def test_sponsors_read_adjectives_actives_and_owned_texts(
    extract: Extract, text: str, expected: list[str]
) -> None:
    assert sponsor_codes(extract(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The resolution, backed by France and Italy, passed easily.",
        "The US-led push won the support of most members.",
        "The text was supported by Japan and Canada.",
        "Ghana has already proposed deploying 600 medical staff to the border.",
        "China has put forward proposals to ease the dispute.",
        "The bill was submitted by the Russian President in April.",
        "The resolution was initiated by U.S. Senator John Smith.",
        "Council members voted against the anti-Russian resolution.",
        "Russia is a state sponsor of terrorism, the parliament said.",
        "Iran's draft law was approved by parliament.",
        "State sponsors of terrorism include Iran, the report said.",
        "Kyiv rejected a ceasefire proposed by the United States.",
        "Moscow dismissed a US-proposed truce.",
    ],
)
def test_sponsors_ignore_support_and_other_agents(extract: Extract, text: str) -> None:
    assert extract(text).sponsors == ()


def test_sponsors_read_the_authors_count_and_list(extract: Extract, seed_text: str) -> None:
    facts = extract(seed_text, "2019-12-27")
    assert len(facts.sponsors) == 1
    entry = facts.sponsors[0]
    assert entry.count == 47
    assert entry.countries[:3] == ("RUS", "BLR", "KAZ")
    assert len(entry.countries) == 13


def test_sponsors_read_a_counted_list_of_co_sponsors(extract: Extract) -> None:
    facts = extract(
        "The resolution, co-sponsored by 40 countries including Chile and Peru, passed."
    )
    assert facts.sponsors[0].countries == ("CHL", "PER")
    assert facts.sponsors[0].count == 40


def test_sponsors_read_a_group_named_inside_the_sentence(extract: Extract) -> None:
    facts = extract("Egypt, on behalf of the Arab Group, introduced the draft resolution.")
    assert facts.sponsors[0].countries == ("EGY",)
    assert facts.sponsors[0].organizations == ("Arab Group",)


def test_sponsors_keep_organizations_apart_as_written(extract: Extract) -> None:
    facts = extract(
        "The amendment, presented by Malaysia on behalf of the Association of Southeast Asian "
        "Nations, passed with 31 votes in favour and 9 against."
    )
    assert len(facts.sponsors) == 1
    assert facts.sponsors[0].countries == ("MYS",)
    assert facts.sponsors[0].organizations == ("Association of Southeast Asian Nations",)


def test_sponsors_join_a_co_sponsor_to_the_text_it_sponsors(extract: Extract) -> None:
    facts = extract(
        "The revised text, tabled by the African Union and co-sponsored by Norway, was "
        "agreed without objection. New Zealand acted as a co-sponsor this time too."
    )
    assert len(facts.sponsors) == 1
    entry = facts.sponsors[0]
    assert entry.countries == ("NOR", "NZL")
    assert entry.organizations == ("African Union",)


def test_sponsors_give_one_entry_per_text(extract: Extract) -> None:
    facts = extract(
        "Russia vetoes US-drafted resolution\n\n"
        "Russia vetoed a resolution drafted by the United States. An alternative text drafted "
        "by Moscow failed to win nine votes."
    )
    assert [entry.countries for entry in facts.sponsors] == [("USA",), ("RUS",)]


def test_sponsors_record_the_evidence_sentence(extract: Extract) -> None:
    text = "Delegates met on Monday. The resolution was put forward by France and Germany."
    entry = extract(text).sponsors[0]
    assert text[entry.span[0] : entry.span[1]] == entry.text
    assert entry.text == "The resolution was put forward by France and Germany."
    assert entry.count is None


def test_sponsors_read_a_name_the_tokenizer_glued_to_a_stop(extract: Extract) -> None:
    facts = extract("The resolution was proposed by Chile, .Peru and Bolivia.")
    assert sponsor_codes(facts) == ["CHL", "PER", "BOL"]


def test_sponsors_read_words_added_in_a_user_pattern_folder(
    extractor: Extractor, tmp_path: Path
) -> None:
    (tmp_path / "sponsors.jsonl").write_text(
        '{"label": "SPONSOR_DOC", "pattern": "charter"}\n', encoding="utf-8"
    )
    doc = extractor.nlp("Norway tabled a charter on ocean governance.")
    assert find_sponsors(doc) == []
    [entry] = find_sponsors(doc, rules=load_rules((default_pattern_dir(), tmp_path)))
    assert entry.countries == ("NOR",)


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        (
            "Introducing the text on behalf of a group of like-minded states, Chile's ambassador "
            "said it would protect migrant children.",
            ["CHL"],
        ),
        (
            "Presenting the draft resolution, the deputy permanent representative of Ghana said "
            "it had been negotiated for weeks.",
            ["GHA"],
        ),
        ("Tabling the amendment, the Danish delegate said it closed a loophole.", ["DNK"]),
        ("Introducing the draft, Sara Okafor (Nigeria) said the text was balanced.", ["NGA"]),
        ("In presenting the resolution, Uruguay said the text was a compromise.", ["URY"]),
        (
            "The representative of Fiji, introducing draft resolution A/C.2/78/L.9, said it "
            "addressed rising seas.",
            ["FJI"],
        ),
        ("Austria's envoy, presenting the text, said it had broad support.", ["AUT"]),
        ("Introducing the draft, Ambassador Lena Berg of Sweden said it was fair.", ["SWE"]),
        ("Tabling the resolution, Nepal's Sita Rai said it was overdue.", ["NPL"]),
    ],
)
def test_sponsors_read_a_participle_clause_whose_subject_is_a_country_envoy(
    extract: Extract, text: str, codes: list[str]
) -> None:
    assert sponsor_codes(extract(text)) == codes


def test_sponsors_keep_the_group_an_envoy_presents_for_apart(extract: Extract) -> None:
    [entry] = extract(
        "Introducing the draft on behalf of the Organisation of Islamic Cooperation, Pakistan's "
        "ambassador said it condemned hatred."
    ).sponsors
    assert entry.countries == ("PAK",)
    assert entry.organizations == ("Organisation of Islamic Cooperation",)


@pytest.mark.parametrize(
    "text",
    [
        "Introducing the new budget, the minister said Peru would spend more.",
        "Presenting the report, Kenya's representative said progress had been slow.",
        "Introducing the draft, he said France and Germany had worked on it.",
        "Speaking after the vote, the representative of Peru said the text was flawed.",
        "The minister, presenting the report, said Peru had made progress.",
    ],
)
def test_sponsors_take_no_sponsor_from_a_participle_about_no_text_or_envoy(
    extract: Extract, text: str
) -> None:
    assert extract(text).sponsors == ()


@pytest.mark.parametrize(
    ("text", "codes", "count"),
    [
        (
            "The draft was tabled by a core group made up of Iceland, Fiji and Botswana.",
            ["ISL", "FJI", "BWA"],
            None,
        ),
        (
            "The amendment was presented by a cross-regional group composed of Ghana and Chile.",
            ["GHA", "CHL"],
            None,
        ),
        (
            "The text was sponsored by a coalition of countries including Peru and Mongolia.",
            ["PER", "MNG"],
            None,
        ),
        (
            "The measure was co-sponsored by a group of 24 states, including Nepal and Uruguay.",
            ["NPL", "URY"],
            24,
        ),
        (
            "A group of 12 nations, including Norway and Ecuador, tabled the draft resolution.",
            ["NOR", "ECU"],
            12,
        ),
    ],
)
def test_sponsors_read_the_members_of_a_group_that_authors_a_text(
    extract: Extract, text: str, codes: list[str], count: int | None
) -> None:
    [entry] = extract(text).sponsors
    assert list(entry.countries) == codes
    assert entry.count == count


def test_sponsors_take_no_member_from_a_group_led_by_a_country(extract: Extract) -> None:
    assert extract("The text was submitted by a coalition led by Canada and Chile.").sponsors == ()


def test_sponsors_keep_a_named_group_whole_rather_than_read_its_members(extract: Extract) -> None:
    [entry] = extract(
        "The draft on debt relief was introduced by the Group of 77 and China."
    ).sponsors
    assert entry.countries == ()
    assert entry.organizations == ("Group of 77 and China",)
    assert extract("The draft was tabled by the Group of Friends of Haiti.").sponsors == ()


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        (
            "Drafted by Argentina, the resolution was tabled jointly with Vietnam and Ghana "
            "after months of talks.",
            ["ARG", "VNM", "GHA"],
        ),
        ("The amendment was put forward together with Estonia and Chile.", ["EST", "CHL"]),
        ("Morocco, along with Senegal and Peru, introduced the text.", ["MAR", "SEN", "PER"]),
        ("Austria tabled the draft jointly with Mexico and Kenya.", ["AUT", "MEX", "KEN"]),
        ("Written by Sweden, the resolution passed without a vote.", ["SWE"]),
    ],
)
def test_sponsors_add_co_authors_joined_to_a_sponsor_verb(
    extract: Extract, text: str, codes: list[str]
) -> None:
    [entry] = extract(text).sponsors
    assert list(entry.countries) == codes


def test_sponsors_take_no_co_author_from_another_verb(extract: Extract) -> None:
    facts = extract("Austria tabled the draft and then voted along with Mexico.")
    assert sponsor_codes(facts) == ["AUT"]


@pytest.mark.parametrize(
    "text",
    [
        "Ministers debated a regional summit proposed by Vietnam for next week and the draft.",
        "Vietnam proposed a meeting on the draft resolution for Friday.",
        "The text was discussed at a conference proposed by Egypt.",
        "The Assembly welcomed the plan of action proposed by Kenya and adopted the text.",
        "Proposing a date for the vote on the draft, Chile's ambassador said time was short.",
        "Both sides accepted a truce proposed by Qatar before the resolution was put to a vote.",
        "In a letter written by Peru to the Council, the resolution was called one-sided.",
    ],
)
def test_sponsors_ignore_meetings_and_plans_a_country_proposes(extract: Extract, text: str) -> None:
    assert extract(text).sponsors == ()


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("The resolution on the border talks, tabled by Norway, passed easily.", ["NOR"]),
        ("Ghana proposed a ceasefire resolution on Tuesday.", ["GHA"]),
        ("At the summit, it was drafted by France and Spain.", ["FRA", "ESP"]),
        ("Russia and China put forward a draft treaty on space weapons.", ["RUS", "CHN"]),
    ],
)
def test_sponsors_read_a_text_about_a_meeting_or_a_truce(
    extract: Extract, text: str, codes: list[str]
) -> None:
    assert sponsor_codes(extract(text)) == codes


def test_sponsors_make_one_entry_when_the_sponsors_are_named_again_by_nationality(
    extract: Extract,
) -> None:
    facts = extract(
        "After a long debate, the Council agreed without a vote on a text about clean water "
        "tabled by Cuba. Its Cuban sponsors called the outcome a victory for the poor."
    )
    [entry] = facts.sponsors
    assert entry.countries == ("CUB",)
    assert entry.names == ("Cuba",)


@pytest.mark.parametrize(
    ("tail", "codes"),
    [
        (
            "co-sponsored by 61 countries in all, among them Ghana, Nepal and Tonga.",
            ["NZL", "JAM", "GHA", "NPL", "TON"],
        ),
        (
            "co-sponsored by 61 states in total, including Ghana and Nepal.",
            ["NZL", "JAM", "GHA", "NPL"],
        ),
        ("co-sponsored by 61 countries altogether.", ["NZL", "JAM"]),
    ],
)
def test_sponsors_read_a_total_of_cosponsors_after_the_tabling_countries(
    extract: Extract, tail: str, codes: list[str]
) -> None:
    facts = extract(
        "The Assembly adopted a resolution on coral reefs. The draft was tabled by New Zealand "
        f"and Jamaica and {tail}"
    )
    [entry] = facts.sponsors
    assert list(entry.countries) == codes
    assert entry.count == 61


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        (
            "The text was presented by Norway, also on behalf of Iceland, Denmark and Sweden.",
            ("NOR", "ISL", "DNK", "SWE"),
        ),
        (
            "The draft was introduced by the representative of Chile on behalf of Peru and "
            "Colombia.",
            ("CHL", "PER", "COL"),
        ),
        (
            "A resolution tabled by Fiji, also on behalf of Samoa and Tonga, was adopted.",
            ("FJI", "WSM", "TON"),
        ),
    ],
)
def test_sponsors_count_the_states_a_sponsor_spoke_for_as_co_sponsors(
    extract: Extract, text: str, codes: tuple[str, ...]
) -> None:
    [entry] = extract(text).sponsors
    assert entry.countries == codes


def test_sponsors_read_a_total_spoken_for_and_the_states_it_includes(extract: Extract) -> None:
    facts = extract(
        "The draft decision was put forward by Ghana on behalf of 33 co-sponsoring countries, "
        "including Kenya, Senegal and Brazil."
    )
    [entry] = facts.sponsors
    assert entry.countries == ("GHA", "KEN", "SEN", "BRA")
    assert entry.count == 33


def test_sponsors_keep_a_group_spoken_for_apart_from_the_countries(extract: Extract) -> None:
    facts = extract("The draft was introduced by Pakistan on behalf of the OIC, Kenya said.")
    [entry] = facts.sponsors
    assert entry.countries == ("PAK",)


@pytest.mark.parametrize(
    "text",
    [
        "The text was tabled by Peru on behalf of the Rio Group, with Chile and Ecuador listed "
        "among its co-sponsors.",
        "Peru introduced the draft resolution, with Chile and Ecuador as co-sponsors.",
        "The resolution was drafted by Peru. Chile and Ecuador were also listed as co-sponsors.",
        "The resolution was drafted by Peru, with Chile and Ecuador named among the co-authors.",
    ],
)
def test_sponsors_add_countries_listed_among_the_co_sponsors(extract: Extract, text: str) -> None:
    [entry] = extract(text).sponsors
    assert entry.countries == ("PER", "CHL", "ECU")


@pytest.mark.parametrize(
    "text",
    [
        "The resolution was drafted by Peru. Chile and Ecuador were not among its co-sponsors.",
        "The resolution was drafted by Peru, with Chile and Ecuador among the countries that "
        "backed it.",
    ],
)
def test_sponsors_leave_out_countries_not_listed_as_co_sponsors(
    extract: Extract, text: str
) -> None:
    [entry] = extract(text).sponsors
    assert entry.countries == ("PER",)


@pytest.mark.parametrize(
    ("text", "codes", "count"),
    [
        (
            "Japan introduced the draft, also on behalf of Australia and Canada.",
            ("JPN", "AUS", "CAN"),
            None,
        ),
        (
            "Japan introduced the draft on behalf of 25 countries, including Australia and Canada.",
            ("JPN", "AUS", "CAN"),
            25,
        ),
        (
            "Ireland tabled the resolution on behalf of 12 states, among them Austria and Mexico.",
            ("IRL", "AUT", "MEX"),
            12,
        ),
    ],
)
def test_sponsors_add_the_states_spoken_for_after_an_active_verb(
    extract: Extract, text: str, codes: tuple[str, ...], count: int | None
) -> None:
    [entry] = extract(text).sponsors
    assert entry.countries == codes
    assert entry.count == count


def test_sponsors_add_no_country_named_after_the_verb_otherwise(extract: Extract) -> None:
    [entry] = extract("Japan introduced the draft and thanked Australia and Canada.").sponsors
    assert entry.countries == ("JPN",)


def test_sponsors_read_a_total_among_which_co_sponsors_are_listed(extract: Extract) -> None:
    facts = extract(
        "The resolution was drafted by Brazil. Kenya and Chile were among the 40 co-sponsors."
    )
    [entry] = facts.sponsors
    assert entry.countries == ("BRA", "KEN", "CHL")
    assert entry.count == 40


@pytest.mark.parametrize(
    "text",
    [
        "Norway, which drafted the resolution with Mexico, welcomed the vote.",
        "Norway tabled the draft resolution with Mexico.",
        "The co-sponsors, Norway and Mexico, welcomed its adoption.",
        "Norway and Mexico, the resolution's co-sponsors, welcomed its adoption.",
        "Its main sponsors, Norway and Mexico, called for a recorded vote.",
    ],
)
def test_sponsors_read_partners_and_lists_in_apposition(extract: Extract, text: str) -> None:
    [entry] = extract(text).sponsors
    assert entry.countries == ("NOR", "MEX")


@pytest.mark.parametrize(
    "text",
    [
        "Russia tabled the resolution with China abstaining.",
        "France tabled the text with Germany's backing.",
        "Brazil introduced the draft with the support of Kenya.",
    ],
)
def test_sponsors_take_no_partner_from_an_absolute_or_possessive_with(
    extract: Extract, text: str
) -> None:
    [entry] = extract(text).sponsors
    assert len(entry.countries) == 1


@pytest.mark.parametrize(
    "text",
    [
        "The sponsors, Germany said, were pleased.",
        "The authors, the UK and Norway, said the study was sound.",
        "The report's authors, Denmark and Finland, said it was sound.",
    ],
)
def test_sponsors_take_no_apposition_about_other_authors(extract: Extract, text: str) -> None:
    assert extract(text).sponsors == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The text was co-sponsored by more than 60 countries, including Egypt, Jordan, "
            "Qatar and Norway.",
            ["EGY", "JOR", "QAT", "NOR"],
        ),
        (
            "The draft was submitted by Iran, its co-authors became some 20 states, among them "
            "Cuba, Syria and Venezuela.",
            ["IRN", "CUB", "SYR", "VEN"],
        ),
        (
            "The resolution's co-sponsors have become over 40 delegations, among them Chile "
            "and Uruguay.",
            ["CHL", "URY"],
        ),
        (
            "It was put forward by nearly 30 states, such as Ghana, Kenya and Nigeria.",
            ["GHA", "KEN", "NGA"],
        ),
    ],
)
def test_sponsors_read_a_list_after_an_approximate_total(
    extract: Extract, text: str, expected: list[str]
) -> None:
    facts = extract(text)
    assert sponsor_codes(facts) == expected
    assert facts.sponsors[0].count is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The resolution, proposed by three European countries of Britain, France and "
            "Germany known as the E3 and the United States, was adopted.",
            ["GBR", "FRA", "DEU", "USA"],
        ),
        (
            "The text was tabled by Brazil, India and South Africa (IBSA) and Mexico.",
            ["BRA", "IND", "ZAF", "MEX"],
        ),
        (
            "The draft was drafted by two Nordic countries of Norway and Iceland.",
            ["NOR", "ISL"],
        ),
    ],
)
def test_sponsors_read_the_states_of_a_counted_group_and_past_its_nickname(
    extract: Extract, text: str, expected: list[str]
) -> None:
    assert sponsor_codes(extract(text)) == expected


def test_sponsors_keep_no_total_smaller_than_the_list(extract: Extract) -> None:
    facts = extract(
        "The text was proposed by two Baltic states of Latvia and Estonia, also known as the "
        "B2, and Poland."
    )
    assert facts.sponsors[0].countries == ("LVA", "EST", "POL")
    assert facts.sponsors[0].count is None


def test_sponsors_keep_an_exact_total_of_a_counted_group(extract: Extract) -> None:
    facts = extract("The draft was drafted by two Nordic countries of Norway and Iceland.")
    assert facts.sponsors[0].count == 2


@pytest.mark.parametrize(
    "text",
    [
        "More than 50 countries backed the text, including Egypt and Jordan.",
        "The text was sponsored by 27 countries of the European Union.",
        "The envoy said the text was biased and that London had ignored Beijing's amendments.",
        "The Chinese amendments were not taken into account, the ambassador complained.",
        "Before the vote, Paris ignored Beijing's amendments.",
        "Washington rejected the Russian amendments as a stalling tactic.",
    ],
)
def test_sponsors_ignore_support_groups_and_amendments_never_put_to_a_vote(
    extract: Extract, text: str
) -> None:
    assert sponsor_codes(extract(text)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Egypt's amendment was rejected by 12 votes to 30.", ["EGY"]),
        ("The Council voted down the Chinese amendment.", ["CHN"]),
        ("Britain's amendment was adopted without a vote.", ["GBR"]),
        ("The Committee rejected Pakistan's amendments.", ["PAK"]),
    ],
)
def test_sponsors_read_an_amendment_named_after_its_author_when_voted_on(
    extract: Extract, text: str, expected: list[str]
) -> None:
    assert sponsor_codes(extract(text)) == expected


def test_sponsors_read_a_counted_list_that_became_co_authors(extract: Extract) -> None:
    facts = extract(
        "Some 25 countries, among them Laos and Cambodia, became co-authors of the text."
    )
    assert sponsor_codes(facts) == ["LAO", "KHM"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The text was proposed by the two Nordic countries (Norway and Iceland) and Canada.",
            ["NOR", "ISL", "CAN"],
        ),
        ("The draft, whose co-authors included Cuba and Bolivia, passed.", ["CUB", "BOL"]),
        (
            "The text was sponsored by three countries, Chile, Peru and Mexico.",
            ["CHL", "PER", "MEX"],
        ),
    ],
)
def test_sponsors_read_a_counted_group_in_brackets_and_whose_co_authors(
    extract: Extract, text: str, expected: list[str]
) -> None:
    assert sponsor_codes(extract(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The resolution was sponsored by 48 countries, Russia's Foreign Ministry said.",
        "The text was co-sponsored by 35 states, Brazil and Chile reported.",
    ],
)
def test_sponsors_take_no_source_after_a_counted_total_for_a_sponsor(
    extract: Extract, text: str
) -> None:
    assert sponsor_codes(extract(text)) == []


@pytest.mark.parametrize(
    "link",
    ["a core group comprising", "a core group made up of", "a group of countries comprising"],
)
def test_sponsors_add_the_members_of_a_group_a_sponsor_spoke_for(
    extract: Extract, link: str
) -> None:
    facts = extract(
        f"The resolution was presented by Canada on behalf of {link} Chile, Fiji, Mexico and "
        "Sweden. It was adopted by 30 votes to 5."
    )
    assert sponsor_codes(facts) == ["CAN", "CHL", "FJI", "MEX", "SWE"]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "The assembly adopted a decision tabled by France on behalf of 46 states by 101 votes "
            "to 14.",
            46,
        ),
        ("The board adopted it. The text was tabled by Peru on behalf of twelve countries.", 12),
    ],
)
def test_sponsors_take_the_total_a_sponsor_spoke_for_without_a_list(
    extract: Extract, text: str, count: int
) -> None:
    (entry,) = extract(text).sponsors
    assert entry.count == count


def test_sponsors_leave_the_count_to_a_list_after_the_total(extract: Extract) -> None:
    facts = extract(
        "The text was tabled by Peru on behalf of 30 countries, including Chile and Mexico."
    )
    assert sponsor_codes(facts) == ["PER", "CHL", "MEX"]
    assert facts.sponsors[0].count == 30


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Russia then put to a vote a rival text calling for a ceasefire, which failed.", ["RUS"]),
        ("China co-wrote the resolution with Brazil.", ["CHN", "BRA"]),
        (
            "The board adopted the resolution after China withdrew a competing draft it had "
            "presented earlier in the week.",
            ["CHN"],
        ),
        ("Brazil later withdrew the resolution it had tabled in March.", ["BRA"]),
    ],
)
def test_sponsors_read_put_to_a_vote_co_wrote_and_a_text_it_had_presented(
    extract: Extract, text: str, codes: list[str]
) -> None:
    assert sponsor_codes(extract(text)) == codes


@pytest.mark.parametrize(
    "text",
    [
        "The council president put to a vote the draft on Monday.",
        "The lawmakers put to a vote the question of a pay rise for 12 officials.",
        "Experts said Cuba welcomed the draft, while the EU said it had presented its own ideas.",
    ],
)
def test_sponsors_ignore_look_alikes_of_put_to_a_vote_and_it_had_presented(
    extract: Extract, text: str
) -> None:
    assert sponsor_codes(extract(text)) == []


@pytest.fixture(scope="module")
def noun_rules(tmp_path_factory: pytest.TempPathFactory) -> SponsorRules:
    """The shipped rules and a user's two-word text whose first word names no text alone."""
    folder = tmp_path_factory.mktemp("patterns")
    (folder / "sponsors_context.jsonl").write_text(
        '{"label": "SPONSOR_DOC", "pattern": "white paper"}\n', encoding="utf-8"
    )
    return load_rules((default_pattern_dir(), folder))


def _noun_words(rules: SponsorRules) -> list[str]:
    """The words of every list `names_a_text` reads, both words of two-word texts, others."""
    return sorted(
        {word for phrase in rules.docs for word in phrase.split(" ")}
        | rules.passive_docs
        | rules.not_texts
        | rules.about
        | {"it", "they", "the", "a", "talks", "of", ""}
    )


def _every_word_a_decider(rules: SponsorRules) -> SponsorRules:
    """The rules with no word passed over: `names_a_text` read as its plain rule."""
    plain = copy.copy(rules)
    everything = frozenset(_noun_words(rules))
    object.__setattr__(plain, "deciders", everything)
    object.__setattr__(plain, "deciders_backwards", everything)
    return plain


@settings(max_examples=500, deadline=None)
@given(data=st.data(), backwards=st.booleans())
def test_sponsors_pass_over_only_words_that_cannot_decide_whether_a_noun_names_a_text(
    noun_rules: SponsorRules, data: st.DataObject, backwards: bool
) -> None:
    # lone words, and the words of a many-word text in a row
    pieces = [[word] for word in _noun_words(noun_rules)]
    pieces += [phrase.split(" ") for phrase in noun_rules.docs if " " in phrase]
    drawn = data.draw(st.lists(st.sampled_from(pieces), max_size=5))
    words = [word for piece in drawn for word in piece]
    plain = _every_word_a_decider(noun_rules)
    assert noun_rules.names_a_text(words, backwards) == plain.names_a_text(words, backwards)
