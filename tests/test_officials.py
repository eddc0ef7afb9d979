"""Officials: named people in public roles, their title, affiliation, country and mentions."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any

import pytest
import spacy
from hypothesis import example, given, settings
from hypothesis import strategies as st
from spacy.language import Language

from extract_cli import officials as officials_module
from extract_cli.casefold import FOLDED_LETTERS
from extract_cli.doctext import keep_text
from extract_cli.facts import ArticleFacts, Official
from extract_cli.names import (
    _any_particle,
    capitalised_runs,
    default_lexicon,
    load_name_lexicon,
    name_key,
)
from extract_cli.officials import (
    _CREDIT,
    _DESCRIPTION_LEFT,
    _KELVIN,
    _TOKEN,
    _Finder,
    _head_offsets,
    _left_side_from,
    _may_credit,
    _title_word,
    find_officials,
    load_rules,
)
from extract_cli.patterns import default_pattern_dir
from extract_cli.pipeline import Extractor

Extract = Callable[..., ArticleFacts]


def officials(extract: Extract, text: str) -> dict[str, Official]:
    return {o.name: o for o in extract(text, "2024-03-01").officials}


def mentioned(text: str, official: Official) -> list[str]:
    return [text[start:end] for start, end in official.mentions]


@pytest.mark.parametrize(
    ("text", "name", "title", "affiliation", "country"),
    [
        (
            "Foreign Minister Sergey Lavrov said on Monday that talks would go on.",
            "Sergey Lavrov",
            "Foreign Minister",
            None,
            None,
        ),
        (
            "Sergey Lavrov, Russia's foreign minister, told reporters the plan was dead.",
            "Sergey Lavrov",
            "foreign minister",
            "Russia",
            "RUS",
        ),
        (
            "Later the Deputy Permanent Representative of the Russian Federation to the UN "
            "Gennady Kuzmin said the text was balanced.",
            "Gennady Kuzmin",
            "Deputy Permanent Representative",
            "Russian Federation",
            "RUS",
        ),
        (
            "U.S. Ambassador Karen Holloway-Pierce voted against the text.",
            "Karen Holloway-Pierce",
            "Ambassador",
            "U.S.",
            "USA",
        ),
        (
            "Ukraine's envoy, Serhiy Kyslytsya, called the vote historic.",
            "Serhiy Kyslytsya",
            "envoy",
            "Ukraine",
            "UKR",
        ),
        (
            "The plan was welcomed by Antonio Guterres, the UN secretary-general.",
            "Antonio Guterres",
            "secretary-general",
            "UN",
            None,
        ),
        (
            "Chinese Foreign Ministry spokesperson Wang Wenbin told a briefing Beijing objected.",
            "Wang Wenbin",
            "spokesperson",
            "Chinese Foreign Ministry",
            "CHN",
        ),
        (
            "Minister of Foreign Affairs of Kazakhstan Nurlan Abenov arrived on Tuesday.",
            "Nurlan Abenov",
            "Minister of Foreign Affairs",
            "Kazakhstan",
            "KAZ",
        ),
        (
            "Lt. Gen. Keith Kellogg, the U.S. special envoy, arrived in Kyiv.",
            "Keith Kellogg",
            "Lt. Gen.",
            "U.S.",
            "USA",
        ),
        (
            "The bill was backed by Senate Majority Leader Chuck Schumer on Friday.",
            "Chuck Schumer",
            "Senate Majority Leader",
            None,
            None,
        ),
    ],
)
def test_officials_read_title_before_or_in_apposition(
    extract: Extract,
    text: str,
    name: str,
    title: str,
    affiliation: str | None,
    country: str | None,
) -> None:
    found = officials(extract, text)
    assert list(found) == [name]
    official = found[name]
    assert (official.title, official.affiliation, official.country) == (
        title,
        affiliation,
        country,
    )


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('"We will not accept this," said Vassily Nebenzia.', "Vassily Nebenzia"),
        ("Olena Kovalenko told lawmakers the deal was off.", "Olena Kovalenko"),
        ("The decision angered Jeremy Corbyn and his party.", "Jeremy Corbyn"),
        ("The motion was tabled by Theresa May on Monday.", "Theresa May"),
        ("Talks were led by Senator Bernie Sanders of Vermont.", "Bernie Sanders"),
        ("He criticised the Obama administration for its silence.", "Obama"),
        ("President Putin signed the decree late on Friday.", "Putin"),
        ("In the letter Mr. Netanyahu rejected the ceasefire.", "Netanyahu"),
        ("Frank-Walter Steinmeier signed the law.", "Frank-Walter Steinmeier"),
        ("Then Rustem Umerov met him.", "Rustem Umerov"),
        ("External Affairs Minister S Jaishankar held talks in Moscow.", "S Jaishankar"),
        ("Prince Harry, the duke, attended the ceremony with his wife.", "Harry"),
    ],
)
def test_officials_accept_names_marked_by_verb_given_name_or_title(
    extract: Extract, text: str, name: str
) -> None:
    assert list(officials(extract, text)) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "European Commission President Ursula von der Leyen arrived in Kyiv.",
            "Ursula von der Leyen",
        ),
        ("Taiwan's President Tsai Ing-wen thanked the delegation.", "Tsai Ing-wen"),
        ("Saudi Crown Prince Mohammed bin Salman hosted the talks.", "Mohammed bin Salman"),
        ("Egyptian President Abdel Fattah al-Sisi received the envoy.", "Abdel Fattah al-Sisi"),
        ("Turkish Foreign Minister Şükrü Çağlayanoğlu spoke in Izmir.", "Şükrü Çağlayanoğlu"),
        ("It was announced by President [Oleksandr] Moroz in Paris.", "Oleksandr Moroz"),
    ],
)
def test_officials_keep_particles_hyphens_and_accents_in_names(
    extract: Extract, text: str, name: str
) -> None:
    found = officials(extract, text)
    assert list(found) == [name]
    # the text is the name as written: an editor's brackets stay in it
    assert found[name].text.replace("[", "").replace("]", "") == name


def test_officials_merge_later_mentions_by_surname_and_title(extract: Extract) -> None:
    text = (
        "Sergey Lavrov, Russia's foreign minister, arrived in Ankara on Monday.\n\n"
        "Lavrov met his Turkish counterpart for three hours.\n\n"
        "The minister later said the talks had been useful."
    )
    found = officials(extract, text)
    assert list(found) == ["Sergey Lavrov"]
    lavrov = found["Sergey Lavrov"]
    assert mentioned(text, lavrov) == ["Sergey Lavrov", "Lavrov", "The minister"]
    assert text[lavrov.span[0] : lavrov.span[1]] == lavrov.text == "Sergey Lavrov"


def test_officials_resolve_a_country_possessive_title_to_the_one_official(
    extract: Extract,
) -> None:
    text = (
        "Sergey Lavrov, Russia's foreign minister, met Antony Blinken on Monday.\n\n"
        "Russia's foreign minister later said the meeting had been frank."
    )
    found = officials(extract, text)
    assert mentioned(text, found["Sergey Lavrov"]) == [
        "Sergey Lavrov",
        "Russia's foreign minister",
    ]
    assert found["Sergey Lavrov"].mentions[-1][0] == text.rindex("Russia's")


def test_officials_merge_a_headline_surname_into_the_full_name(extract: Extract) -> None:
    text = (
        "Lavrov Meets Chinese Counterpart In Beijing\n\n"
        "BEIJING, April 1 - Russian Foreign Minister Sergei Lavrov met Chinese Foreign "
        "Minister Wang Yi on Monday. Wang said the two sides agreed on most points."
    )
    found = officials(extract, text)
    assert list(found) == ["Sergei Lavrov", "Wang Yi"]
    assert mentioned(text, found["Sergei Lavrov"]) == ["Lavrov", "Sergei Lavrov"]
    # a family name written first is the short form: "Wang" is Wang Yi
    assert mentioned(text, found["Wang Yi"]) == ["Wang Yi", "Wang"]
    assert found["Sergei Lavrov"].span == (text.index("Sergei"), text.index(" met Chinese"))


def test_officials_resolve_a_country_description_to_the_one_official(
    extract: Extract, seed_text: str
) -> None:
    found = officials(extract, seed_text)
    assert list(found) == ["Gennady Kuzmin"]
    kuzmin = found["Gennady Kuzmin"]
    assert kuzmin.country == "RUS"
    assert mentioned(seed_text, kuzmin) == ["Gennady Kuzmin", "the Russian diplomat"]


def test_officials_read_capitalised_speakers_of_un_meetings_coverage(extract: Extract) -> None:
    text = (
        "VASSILY NEBENZIA (Russian Federation) said the draft was unbalanced.\n\n"
        "UNITED STATES (USA) delegates listened. Mr. Nebenzia added that Moscow would veto it."
    )
    found = officials(extract, text)
    assert list(found) == ["VASSILY NEBENZIA"]
    official = found["VASSILY NEBENZIA"]
    assert (official.affiliation, official.country) == ("Russian Federation", "RUS")
    assert mentioned(text, official) == ["VASSILY NEBENZIA", "Nebenzia"]


def test_officials_read_a_delegate_with_the_country_in_brackets(extract: Extract) -> None:
    text = "Zhang Jun (China) agreed with the draft, while Bogdan Ostrowski (Poland) abstained."
    found = officials(extract, text)
    assert list(found) == ["Zhang Jun", "Bogdan Ostrowski"]
    assert [o.country for o in found.values()] == ["CHN", "POL"]


def test_officials_keep_two_people_who_share_a_name_word_apart(extract: Extract) -> None:
    text = (
        "King Salman received the envoy in Riyadh.\n\n"
        "Later, Crown Prince Mohammed bin Salman hosted a dinner for the delegation."
    )
    found = officials(extract, text)
    assert list(found) == ["Salman", "Mohammed bin Salman"]
    assert found["Salman"].title == "King"
    assert found["Mohammed bin Salman"].title == "Crown Prince"


def test_officials_do_not_give_a_place_the_title_of_the_next_name(extract: Extract) -> None:
    text = "Speaking in Brussels, NATO Secretary General Mark Rutte urged more spending."
    found = officials(extract, text)
    assert list(found) == ["Mark Rutte"]
    assert (found["Mark Rutte"].title, found["Mark Rutte"].affiliation) == (
        "Secretary General",
        "NATO",
    )


def test_officials_read_a_counterpart_as_a_title(extract: Extract) -> None:
    text = "Kenyan President William Ruto met his Ugandan counterpart Yoweri Museveni."
    found = officials(extract, text)
    assert list(found) == ["William Ruto", "Yoweri Museveni"]
    assert found["Yoweri Museveni"].country == "UGA"


def test_officials_take_the_country_of_a_possessive_before_the_name(extract: Extract) -> None:
    found = officials(extract, "Venezuela's Nicolás Maduro was sworn in on Friday.")
    assert list(found) == ["Nicolás Maduro"]
    assert (found["Nicolás Maduro"].affiliation, found["Nicolás Maduro"].country) == (
        "Venezuela",
        "VEN",
    )


def test_officials_take_a_list_of_names_after_a_plural_title(extract: Extract) -> None:
    text = "The motion was opposed by Likud MKs Avi Dichter and Dudi Amsalem on Tuesday."
    found = officials(extract, text)
    assert list(found) == ["Avi Dichter", "Dudi Amsalem"]
    assert found["Dudi Amsalem"].title == "MKs"


@pytest.mark.parametrize(
    "text",
    [
        "Reporting by Steve Holland; Editing by Paul Taylor",
        "By Jane Doe, The Associated Press\nThe ministers met in Geneva on Monday.",
        "Smoke rises over the city on Monday. (Photo by John Smith/AFP)",
        "Smoke rises over the harbour. Photograph: Maria Lopez/Reuters",
        "Al Jazeera's Jonah Hull, reporting from Vienna, said the talks had stalled.",
        "Analyst Maria Ivanova, a professor at Moscow State University, said it was symbolic.",
        "The president arrived with his wife, Anna Petrova, on Monday.",
        "John Smith contributed reporting from Washington.",
        "Olena Kovalenko, 62, was pulled from the rubble on Tuesday.",
        "Her neighbour Ivan Petrenko said he had lived there for 40 years.",
        "Firefighters at the scene on Monday. AFP PHOTO / John Smith",
    ],
)
def test_officials_leave_out_journalists_credits_experts_and_relatives(
    extract: Extract, text: str
) -> None:
    assert officials(extract, text) == {}


@pytest.mark.parametrize(
    "text",
    [
        "Fighting resumed in the Gaza Strip on Monday.",
        "Human Rights Watch criticised the Budapest Convention on Tuesday.",
        "The Permanent Representative to the UN in Geneva spoke first.",
        "The resolution was adopted by the Security Council in New York.",
        "Envoys dined at the Royal Lodge in Kastelruth on Friday.",
        "Speaking in Brussels, the alliance's secretary general urged more spending.",
        "Médecins Sans Frontières said the hospital was hit on Sunday.",
        "The League of Women Voters said turnout was high.",
    ],
)
def test_officials_leave_out_places_bodies_and_documents(extract: Extract, text: str) -> None:
    assert officials(extract, text) == {}


def test_officials_skip_title_case_headlines_but_keep_their_mentions(extract: Extract) -> None:
    text = "Annual Forum Draws Record Crowd In Vienna\n\nThe forum opened on Monday."
    assert officials(extract, text) == {}


def test_officials_spans_hold_their_text(extract: Extract) -> None:
    text = (
        "U.S. President Joe Biden and French President Emmanuel Macron spoke by phone.\n\n"
        "Biden said the call was productive; Macron's office agreed."
    )
    facts = extract(text, "2024-03-01")
    assert [o.name for o in facts.officials] == ["Joe Biden", "Emmanuel Macron"]
    for official in facts.officials:
        assert text[official.span[0] : official.span[1]] == official.text
        assert official.span in official.mentions
        assert list(official.mentions) == sorted(official.mentions)
    assert mentioned(text, facts.officials[1]) == ["Emmanuel Macron", "Macron"]


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "The UN relief coordinator for Yemen, Tomasz Wielgosz-Amani, visited the port.",
            "Tomasz Wielgosz-Amani",
            "relief coordinator",
        ),
        (
            "The Special Rapporteur on freedom of expression, Ilse Marquardt-Okoye, whose "
            "findings were published on Monday, urged restraint.",
            "Ilse Marquardt-Okoye",
            "Special Rapporteur",
        ),
        (
            "Kenya's envoy to the African Union, Odhiambo Kiprotich Wanjala, told the meeting "
            "that talks would resume.",
            "Odhiambo Kiprotich Wanjala",
            "envoy",
        ),
        (
            "Ghana's ambassador, Kwabena Asante-Darko, walked out of the session.",
            "Kwabena Asante-Darko",
            "ambassador",
        ),
        (
            "Visiting the camp, the head of the World Food Programme, Ruslan Tadevosyan, said "
            "aid was blocked.",
            "Ruslan Tadevosyan",
            "head",
        ),
        (
            "A delegate from a small island state in the Pacific, Aurèle Vandamme, spoke first.",
            "Aurèle Vandamme",
            "delegate",
        ),
        (
            "France's minister for Europe, Aurèle Vandamme, arrived in Vilnius on Monday.",
            "Aurèle Vandamme",
            "minister",
        ),
    ],
)
def test_officials_read_a_title_phrase_with_complement_in_apposition_before_the_name(
    extract: Extract, text: str, name: str, title: str
) -> None:
    found = officials(extract, text)
    assert list(found) == [name]
    assert found[name].title == title


@pytest.mark.parametrize(
    ("text", "name", "affiliation"),
    [
        (
            "The U.N. humanitarian coordinator for Sudan, Mbali Dlamini-Osei, told reporters.",
            "Mbali Dlamini-Osei",
            "U.N.",
        ),
        (
            "The U.N.’s humanitarian coordinator for Chad, Ilse Marquardt, told reporters.",
            "Ilse Marquardt",
            "U.N.",
        ),
        (
            "The United Nations humanitarian coordinator, Aurèle Vandamme, told reporters.",
            "Aurèle Vandamme",
            "United Nations",
        ),
    ],
)
def test_officials_take_the_body_of_an_apposition_title_as_affiliation(
    extract: Extract, text: str, name: str, affiliation: str
) -> None:
    official = officials(extract, text)[name]
    assert (official.title, official.affiliation) == ("humanitarian coordinator", affiliation)


def test_officials_keep_a_no_break_hyphen_inside_a_name(extract: Extract) -> None:
    text = "Foreign Minister Mbali Dlamini\u2011Osei arrived. Dlamini\u2011Osei said little."
    found = officials(extract, text)
    assert list(found) == ["Mbali Dlamini\u2011Osei"]
    assert mentioned(text, found["Mbali Dlamini\u2011Osei"])[-1] == "Dlamini\u2011Osei"


@pytest.mark.parametrize(
    "text",
    [
        "The son of the president, Ruslan Tadevosyan, was arrested on Monday.",
        "The wife of the ambassador, Ilse Marquardt, said she had been followed.",
        "The daughter of a former minister of culture, Ilse Marquardt, wrote the book.",
        "A lawyer for the former minister, Tomasz Wielgosz, said he would appeal.",
        "Residents such as Ahmed Saleh told Reuters the water had run out.",
        "Witnesses including Ruslan Tadevosyan said the shelling lasted an hour.",
        "Eyewitness Mohammed Ali told Reuters the bridge had fallen.",
        "A farmer named Ruslan Tadevosyan said the harvest was lost.",
        "The Blue Horizon said it would contest the vote.",
    ],
)
def test_officials_leave_out_relatives_and_private_people_around_a_title(
    extract: Extract, text: str
) -> None:
    assert officials(extract, text) == {}


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "Introducing the draft, Joana Vaz de Almeida (Portugal) said it was balanced.",
            "Joana Vaz de Almeida",
            "PRT",
        ),
        (
            "Explaining her vote, Ilse Marquardt (Austria) said the text went too far.",
            "Ilse Marquardt",
            "AUT",
        ),
        (
            "Ruslan Tadevosyan (Armenia, on behalf of a group of States) said they abstained.",
            "Ruslan Tadevosyan",
            "ARM",
        ),
    ],
)
def test_officials_read_a_delegate_after_a_participle_clause(
    extract: Extract, text: str, name: str, country: str
) -> None:
    found = officials(extract, text)
    assert list(found) == [name]
    assert found[name].country == country


@pytest.mark.parametrize(
    ("text", "name", "affiliation"),
    [
        (
            "The Social Democrats (SPÖ) of Selma Karahodžić came third.",
            "Selma Karahodžić",
            "Social Democrats",
        ),
        ("The Labour Party of Tomasz Wielgosz won a majority.", "Tomasz Wielgosz", "Labour Party"),
        ("Sanctions hit the government of Ruslan Tadevosyan hard.", "Ruslan Tadevosyan", None),
    ],
)
def test_officials_read_a_leader_named_through_the_party_or_government(
    extract: Extract, text: str, name: str, affiliation: str | None
) -> None:
    found = officials(extract, text)
    assert list(found) == [name]
    assert found[name].affiliation == affiliation


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Moscow blamed US Secretary of State Marco Rubio and US Ambassador Dorothy Shea.",
            "Dorothy Shea",
            "Ambassador",
        ),
        (
            "A meeting of the Prime Minister of Georgia Levan Kurtanidze and President of "
            "Turkey Kemal Öztürkoğlu was postponed.",
            "Kemal Öztürkoğlu",
            "President",
        ),
        (
            "Just one Republican, Dale Whitcombe of Montana, backed the bill.",
            "Dale Whitcombe",
            "Republican",
        ),
        (
            "Back in 1971 the committee blocked President Richard Nixon's pick for the court.",
            "Richard Nixon",
            "President",
        ),
        (
            "The talks were run by Adviser to the President Ruslan Tadevosyan.",
            "Ruslan Tadevosyan",
            "Adviser",
        ),
    ],
)
def test_officials_give_each_name_the_title_of_its_own_phrase(
    extract: Extract, text: str, name: str, title: str
) -> None:
    assert officials(extract, text)[name].title == title


def test_officials_do_not_read_a_title_across_a_participle_clause(extract: Extract) -> None:
    text = (
        "Marta Ellingsen flew to Washington.\n\n"
        "Speaking alongside Secretary of State Graham Whitlock, Ellingsen rebuked Beijing."
    )
    found = officials(extract, text)
    assert list(found) == ["Marta Ellingsen", "Graham Whitlock"]
    assert found["Marta Ellingsen"].title is None


def test_officials_take_title_words_from_a_user_pattern_folder(
    extractor: Extractor, tmp_path: Path
) -> None:
    text = "Burgomaster Ruslan Tadevosyan opened the bridge."
    doc = extractor.nlp(text)
    assert find_officials(doc) == []
    (tmp_path / "officials.jsonl").write_text(
        '{"label": "OFFICIAL_TITLE", "pattern": "burgomaster"}\n', encoding="utf-8"
    )
    rules = load_rules((default_pattern_dir(), tmp_path))
    found = find_officials(doc, rules=rules)
    assert [(o.name, o.title) for o in found] == [("Ruslan Tadevosyan", "Burgomaster")]


@pytest.mark.parametrize(
    ("text", "name", "title", "affiliation"),
    [
        (
            "Green Alliance Party leader Tomasz Wielgosz conceded defeat.",
            "Tomasz Wielgosz",
            "leader",
            "Green Alliance Party",
        ),
        (
            "The special envoy of the Secretary-General for Yemen, Hans Grundberg, flew in.",
            "Hans Grundberg",
            "special envoy",
            None,
        ),
    ],
)
def test_officials_keep_party_names_and_other_titles_out_of_titles_and_affiliations(
    extract: Extract, text: str, name: str, title: str, affiliation: str | None
) -> None:
    official = officials(extract, text)[name]
    assert (official.title, official.affiliation) == (title, affiliation)


def test_officials_take_no_country_from_a_citation_in_brackets(extract: Extract) -> None:
    found = officials(extract, "Ruslan Tadevosyan (Armenia, 2019) studied the vote.")
    assert found["Ruslan Tadevosyan"].country is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Speaker Daniel Kiplagat arap Kirui adjourned the sitting.", "Daniel Kiplagat arap Kirui"),
        ("Chief Justice Mateo García y Ruiz swore in the cabinet.", "Mateo García y Ruiz"),
        ("Senator Ana Luísa e Silva voted against the bill.", "Ana Luísa e Silva"),
        ("Finance Minister Pieter van der Berg presented the budget.", "Pieter van der Berg"),
    ],
)
def test_officials_go_on_past_a_lower_case_particle_inside_a_name(
    extract: Extract, text: str, name: str
) -> None:
    assert list(officials(extract, text)) == [name]


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Deputy Chairwoman of the lower house's Committee on Regional Policy "
            "Galina Sergeyevna Orlova said the grants would be cut.",
            "Galina Sergeyevna Orlova",
            "Deputy Chairwoman",
        ),
        (
            "Chairman of the Committee on Budget and Financial Markets Anatoly Artamonov "
            "told reporters the tax would rise.",
            "Anatoly Artamonov",
            "Chairman",
        ),
        (
            "A member of the Council's Commission on Rules and Parliamentary Procedure "
            "Olga Borisovna Kuzina said the vote was valid.",
            "Olga Borisovna Kuzina",
            None,
        ),
    ],
)
def test_officials_find_the_name_after_a_body_named_in_a_long_title(
    extract: Extract, text: str, name: str, title: str | None
) -> None:
    found = officials(extract, text)
    assert list(found) == [name]
    assert found[name].title == title


def test_officials_take_the_last_words_before_a_speech_verb_after_a_long_body_name(
    extract: Extract,
) -> None:
    # neither given name is known: the patronymic marks a three-word name
    text = (
        "Head of the Duma Committee on Energy Supply Zakhar Yegorovich Pankratov said "
        "the tariffs would stay."
    )
    assert list(officials(extract, text)) == ["Zakhar Yegorovich Pankratov"]


@pytest.mark.parametrize(
    ("text", "name", "title", "affiliation"),
    [
        (
            "Congress member Ritika Sengupta alleged that the count was rigged.",
            "Ritika Sengupta",
            "member",
            "Congress",
        ),
        (
            "Likud member Yoav Ben-Ari charged that prosecutors had overreached.",
            "Yoav Ben-Ari",
            "member",
            "Likud",
        ),
        (
            "BJP lawmaker Anil Mehra insisted the vote was fair.",
            "Anil Mehra",
            "lawmaker",
            "BJP",
        ),
    ],
)
def test_officials_read_a_member_or_lawmaker_of_a_named_party_or_chamber(
    extract: Extract, text: str, name: str, title: str, affiliation: str
) -> None:
    official = officials(extract, text)[name]
    assert (official.title, official.affiliation) == (title, affiliation)


def test_officials_give_a_list_after_a_plural_member_title_the_same_role(
    extract: Extract,
) -> None:
    text = "Bundestag members Katrin Vogel and Jonas Brandt argued for the motion."
    found = officials(extract, text)
    assert [(o.name, o.title, o.affiliation) for o in found.values()] == [
        ("Katrin Vogel", "members", "Bundestag"),
        ("Jonas Brandt", "members", "Bundestag"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "A club member, Samir Haddad, paid the fee on Monday.",
        "A member Samir Haddad paid the fee on Monday.",
        "Member States were asked to reply by Friday.",
    ],
)
def test_officials_read_no_member_title_without_a_named_body(extract: Extract, text: str) -> None:
    assert all(o.title is None for o in officials(extract, text).values())


@pytest.mark.parametrize(
    "text",
    [
        "Parties are gearing up for the 2027 General Election, the commission said.",
        "Turnout fell in the Presidential Election and the National Referendum.",
        "Athletes arrived for the Asian Games and the Regional Summit in Accra.",
        "Ministers gathered for the Annual Session of the Forum.",
    ],
)
def test_officials_read_no_name_in_an_event(extract: Extract, text: str) -> None:
    assert officials(extract, text) == {}


@pytest.mark.parametrize(
    "text",
    [
        "Mohammed Yusuf, who lives near the border, told Reuters he heard three blasts.",
        "Maria Lopez, whose son was detained last week, said she had no news.",
        "Ahmed Karimi, who fled the city in May, said the roads were closed.",
    ],
)
def test_officials_leave_out_a_person_a_relative_clause_makes_private(
    extract: Extract, text: str
) -> None:
    assert officials(extract, text) == {}


def test_officials_keep_a_titled_person_despite_a_private_relative_clause(
    extract: Extract,
) -> None:
    text = "Foreign Minister Maria Lopez, who lived in Paris for years, said the talks failed."
    assert officials(extract, text)["Maria Lopez"].title == "Foreign Minister"


@pytest.mark.parametrize(
    "text",
    [
        "Separately, the country's trade minister said exports had doubled.",
        "Additionally, Kenya's envoy said the draft needed more work.",
        "Regrettably, the spokesperson said, no agreement was found.",
        '"We tried," he said. Understandably, the ambassador declined to comment.',
    ],
)
def test_officials_read_no_name_in_a_sentence_adverb(extract: Extract, text: str) -> None:
    assert officials(extract, text) == {}


@pytest.mark.parametrize("name", ["Donnelly", "McNally", "Scully", "Healy"])
def test_officials_keep_a_surname_ending_in_ly_before_an_apposition(
    extract: Extract, name: str
) -> None:
    text = f"{name}, the party's leader, said the result was a disgrace."
    assert officials(extract, text)[name].title == "leader"


@pytest.mark.parametrize(
    "text",
    [
        "The pressure group Save Our Wetlands said the permit was unlawful.",
        "Environmental NGO Rimba Lestari warned that the logging would go on.",
        "Tenants' campaign Fair Homes Now told the council the rents were too high.",
        '"The dam will flood us," said Sungai Hidup, a coalition of fishing villages.',
        "Rimba Lestari, an Indonesian environmental group, said the permits were void.",
        "Keep Buses Running, a residents' campaign, handed in a petition on Monday.",
    ],
)
def test_officials_read_no_person_in_the_name_of_a_group_or_campaign(
    extract: Extract, text: str
) -> None:
    assert officials(extract, text) == {}


def test_officials_keep_a_family_name_that_is_also_a_role_word(extract: Extract) -> None:
    text = "Fan Zhiwei told the forum in Beijing that the trade talks would resume."
    assert "Fan Zhiwei" in officials(extract, text)


def test_officials_keep_a_person_who_leads_a_group(extract: Extract) -> None:
    text = "Tomas Varga, a group leader in the assembly, said the vote was rigged."
    assert "Tomas Varga" in officials(extract, text)


@pytest.mark.parametrize(
    "text",
    [
        "Coast guard vessels shadowed the supply boat near Ayungin Shoal, officials said.",
        "The navy sent a frigate to Second Miller Shoal, said Jose Santos, a spokesperson.",
        "Fishing boats gathered off Hughes Reef and Malcolm Atoll, the ministry said.",
    ],
)
def test_officials_read_no_person_in_a_place_name_ending_in_a_geographic_word(
    extract: Extract, text: str
) -> None:
    names = set(officials(extract, text))
    assert not any(("Shoal" in n or "Reef" in n or "Atoll" in n or "Miller" in n) for n in names)


@pytest.mark.parametrize(
    "text",
    [
        "Coach Henrik Solberg-Nes said his players had been tired in the second half.",
        "Activist Maseko said the eviction notices were illegal.",
        "Economist Aizada Temirbekova said prices would keep rising into the spring.",
        '"The law hurts tenants," said Lindiwe Maseko, an advocate with the tenants\' union.',
        '"We will march again," said Lindiwe Maseko, a campaigner with Justice Now.',
        '"Fees will rise," said Aizada Temirbekova, a lecturer at the state university.',
    ],
)
def test_officials_leave_out_people_in_private_roles(extract: Extract, text: str) -> None:
    assert officials(extract, text) == {}


@pytest.mark.parametrize(
    ("text", "name", "affiliation"),
    [
        (
            "Rights groups, among them the Ugandan Human Rights League led by Aloysius "
            "Nakitende, condemned the raids.",
            "Aloysius Nakitende",
            "Ugandan Human Rights League",
        ),
        (
            "The Coastal Fisheries Association, headed by Marisol Quiroga, filed the appeal.",
            "Marisol Quiroga",
            "Coastal Fisheries Association",
        ),
        ("The NGO, chaired by Tomasz Wrona, published its report on Friday.", "Tomasz Wrona", None),
    ],
)
def test_officials_read_the_head_of_a_body_led_by_a_named_person(
    extract: Extract, text: str, name: str, affiliation: str | None
) -> None:
    assert officials(extract, text)[name].affiliation == affiliation


def test_officials_read_no_head_of_a_crowd_led_by_a_named_person(extract: Extract) -> None:
    text = "The march, led by Aloysius Nakitende, ended peacefully at noon."
    assert officials(extract, text) == {}


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            '"The budget is short," councillor Wojciech Lis-Karpinski told the meeting.',
            "Wojciech Lis-Karpinski",
            "councillor",
        ),
        (
            '"We disagree," said spokesperson Priya Venkataraman-Hall.',
            "Priya Venkataraman-Hall",
            "spokesperson",
        ),
        (
            "Zbigniew Nowak-Rostek, a city councillor, said the tram line would be cut.",
            "Zbigniew Nowak-Rostek",
            "city councillor",
        ),
    ],
)
def test_officials_read_hyphenated_double_surnames(
    extract: Extract, text: str, name: str, title: str
) -> None:
    assert officials(extract, text)[name].title == title


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Lukashenko regime has jailed hundreds of its critics.", "Lukashenko"),
        ("Critics of the Ortega regime fled to Costa Rica.", "Ortega"),
        ("The Obama administration opened talks with Havana.", "Obama"),
    ],
)
def test_officials_read_a_leader_named_by_the_regime_or_administration(
    extract: Extract, text: str, name: str
) -> None:
    assert name in officials(extract, text)


@pytest.mark.parametrize(
    "text",
    [
        "The Communist regime collapsed in 1989.",
        "Survivors of the Nazi regime met in Berlin.",
    ],
)
def test_officials_read_no_leader_in_an_ideology_regime(extract: Extract, text: str) -> None:
    assert officials(extract, text) == {}


@pytest.mark.parametrize(
    ("text", "title", "country"),
    [
        (
            "Moldova's deputy prime minister, Iurie Bolocan, said the talks went well.",
            "deputy prime minister",
            "MDA",
        ),
        (
            '"We are near a deal," said Iurie Bolocan, the country\'s chief negotiator.',
            "chief negotiator",
            None,
        ),
        (
            "Deputy Prime Minister for Reintegration Iurie Bolocan said the talks went well.",
            "Deputy Prime Minister",
            None,
        ),
    ],
)
def test_officials_read_a_name_after_a_title_and_its_complement(
    extract: Extract, text: str, title: str, country: str | None
) -> None:
    found = officials(extract, text)
    assert list(found) == ["Iurie Bolocan"]
    assert found["Iurie Bolocan"].title == title
    assert found["Iurie Bolocan"].country == country


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Commissioner for Refugees Tavita Lemalu said funding had dried up.",
            "Tavita Lemalu",
            "Commissioner",
        ),
        (
            "Minister for Digital Services Oksana Hrytsenko said the portal worked.",
            "Oksana Hrytsenko",
            "Minister",
        ),
        (
            "Envoy for Sahel Reconstruction Moussa Kone Bamba met the mediators.",
            "Moussa Kone Bamba",
            "Envoy",
        ),
    ],
)
def test_officials_leave_the_complement_of_a_title_out_of_the_name(
    extract: Extract, text: str, name: str, title: str
) -> None:
    found = officials(extract, text)
    assert list(found) == [name]
    assert found[name].title == title


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Peru's Foreign Minister Carolina Bastos Lima met her Chilean counterpart on Monday.",
            "Carolina Bastos Lima",
        ),
        ("Ambassador Maria Lima told the council the plan was fair.", "Maria Lima"),
        ("Trade Minister Paolo Colombo said exports would rise.", "Paolo Colombo"),
    ],
)
def test_officials_keep_a_surname_that_is_also_a_capital(
    extract: Extract, text: str, name: str
) -> None:
    assert list(officials(extract, text)) == [name]


def test_officials_read_no_person_in_a_capital_after_a_name_in_another_phrase(
    extract: Extract,
) -> None:
    text = "Minister Anna Berg flew from Lima to Bogota on Monday."
    assert list(officials(extract, text)) == ["Anna Berg"]


@pytest.mark.parametrize(
    "text",
    [
        "The treaty keeps the joint air base on Diego Garcia open for decades.",
        "Settlers moved into two homes in Sheikh Jarrah on Sunday.",
        "Former guards at Abu Ghraib testified on Tuesday.",
        "The convoy reached Alice Springs after a long drive.",
    ],
)
def test_officials_read_no_person_in_a_place_named_like_one(extract: Extract, text: str) -> None:
    assert officials(extract, text) == {}


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Mayor Diego Garcia said the roads would reopen.", "Mayor"),
        ("Diego Garcia, the mayor of Cusco, said the roads would reopen.", "mayor of Cusco"),
    ],
)
def test_officials_read_a_titled_person_who_shares_a_place_name(
    extract: Extract, text: str, title: str
) -> None:
    found = officials(extract, text)
    assert list(found) == ["Diego Garcia"]
    assert found["Diego Garcia"].title == title


@pytest.mark.parametrize(
    "text",
    [
        "Talks resume after Christmas, the envoy said.",
        "Before Easter, the minister said, the bill will pass.",
    ],
)
def test_officials_read_no_person_in_a_holiday_name(extract: Extract, text: str) -> None:
    assert officials(extract, text) == {}


@pytest.mark.parametrize(
    "text",
    [
        '"The river is eating our land," said Omar Saadi, who farms near the delta.',
        '"Prices have doubled," said Lina Haddad, who teaches at a village school.',
        "The Confederation of African Football said it would review the final.",
        "A spokesperson for the U.S. Treasury said new listings were under review.",
        "Fishermen protested in Abu al-Khasib on Sunday.",
    ],
)
def test_officials_read_no_official_in_a_private_person_a_sports_body_or_a_ministry(
    extract: Extract, text: str
) -> None:
    assert officials(extract, text) == {}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The report, steered through the chamber by Dutch liberal Joke Vermeulen, passed.",
            "Joke Vermeulen",
        ),
        ("The bill, drafted by Spanish socialist Iker Zubiri, was shelved.", "Iker Zubiri"),
        ("An amendment by Swedish conservative Ebba Lind was rejected.", "Ebba Lind"),
    ],
)
def test_officials_read_a_party_politician_named_by_their_political_family(
    extract: Extract, text: str, name: str
) -> None:
    assert list(officials(extract, text)) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "The plan was praised by the conservative Heritage Foundation.",
        "Liberal estimates put the cost at two billion euros.",
    ],
)
def test_officials_read_no_person_in_a_political_adjective_before_a_body(
    extract: Extract, text: str
) -> None:
    assert officials(extract, text) == {}


@pytest.mark.parametrize(
    "text",
    [
        '"The race is close," said Pablo Ibarra, the firm\'s head of polling.',
        "The company's chief executive Hanna Olsen said sales fell by a third.",
        "Hanna Olsen, the carmaker's spokeswoman, said the plant would close.",
    ],
)
def test_officials_read_no_official_in_a_business_s_role(extract: Extract, text: str) -> None:
    assert officials(extract, text) == {}


def test_officials_read_a_public_role_owned_by_a_country_not_a_business(extract: Extract) -> None:
    text = "The firm hired Hanna Olsen, Norway's former trade minister, as an adviser."
    assert officials(extract, text)["Hanna Olsen"].title == "former trade minister"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Foreign Minister Park Min-jun said talks with Tokyo would resume.", "Park Min-jun"),
        ("Sen. Amy Park, I-Vt., said the bill fell short.", "Amy Park"),
        ("Mayor Lena Park opened the new bridge.", "Lena Park"),
    ],
)
def test_officials_read_a_family_name_that_is_also_a_place_word_by_a_title(
    extract: Extract, text: str, name: str
) -> None:
    assert list(officials(extract, text)) == [name]


def test_officials_read_no_person_in_a_park_named_after_one(extract: Extract) -> None:
    assert officials(extract, "Crowds filled Victoria Park and Gorky Park on Sunday.") == {}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Rep. Jim Jordan, R-Ohio, said the inquiry would go on.", "Jim Jordan"),
        ("Senator Israel Ortiz said the budget was balanced.", "Israel Ortiz"),
        ("Interior Minister Chad Roberts said the border was calm.", "Chad Roberts"),
        ("Minister Anna Sofia Berg said the talks went well.", "Anna Sofia Berg"),
    ],
)
def test_officials_read_a_country_or_capital_that_is_a_personal_name_by_a_title(
    extract: Extract, text: str, name: str
) -> None:
    assert list(officials(extract, text)) == [name]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The envoy flew from Sofia to Chad on Monday.", []),
        ("King Abdullah of Jordan received the delegation.", ["Abdullah"]),
        ("Foreign Minister Ayman Safadi Jordan's envoy spoke next.", ["Ayman Safadi"]),
    ],
)
def test_officials_keep_a_country_out_of_a_name_without_a_title_right_before(
    extract: Extract, text: str, names: list[str]
) -> None:
    assert list(officials(extract, text)) == names


# -- shortcuts that must read as the rules they stand for ---------------------------------


def test_officials_find_a_description_after_a_dotted_capital_i(extract: Extract) -> None:
    # "İ" lowers to two characters: the heads are still found where they stand
    text = (
        "Foreign Minister Sergey Lavrov spoke in İzmir on Monday. "
        "Later the minister said the talks would go on."
    )
    found = officials(extract, text)
    assert mentioned(text, found["Sergey Lavrov"]) == ["Sergey Lavrov", "the minister"]


def _texts_of(pieces: tuple[str, ...], most: int) -> st.SearchStrategy[str]:
    """Texts of up to `most` of the pieces, in any order."""
    return st.lists(st.sampled_from(pieces), max_size=most).map("".join)


_HEADS = ("minister", "king", "envoy", "président")
# the text around heads: other cases, letters a case-blind regex reads as ASCII ones ("K",
# the Kelvin sign; "ı", "ſ"), "İ", which lowers to two characters
_HEAD_TEXT_PIECES = (
    " ", "\n", "-", "the", "Minister", "MINISTER", "minister", "ministers", "KING", "\u212aing",
    "k\u0131ng", "İ", "İzmir", "ſ", "ENVOY", "PRÉSIDENT", "président", "’s", "é", "x",
)  # fmt: skip
# the words before a head: openers of a description, possessors, modifiers, others
_LEFT_SIDE_PIECES = (
    " ", "  ", "\n", "the ", "The ", "them ", "Iran's ", "Ban Ki’s ", "U.S.'s ", "foreign ",
    "top ", "senior ", "(the ", "x,", "said ", "s ",
)  # fmt: skip


def _plain_head_offsets(text: str, heads: set[str]) -> list[int]:
    """The rule `_head_offsets` stands for: a head, read case-blind, after white space and
    not going on."""
    return sorted(
        at
        for head in heads
        for at in range(1, len(text))
        if text[at - 1].isspace()
        and re.compile(re.escape(head), re.IGNORECASE).match(text, at)
        and not re.compile(r"[\w\-]").match(text, at + len(head))
    )


@settings(max_examples=300, deadline=None)
@given(
    text=_texts_of(_HEAD_TEXT_PIECES, 12),
    heads=st.sets(st.sampled_from(_HEADS), min_size=1),
)
# letters a case-blind regex reads as ASCII ones, where the lowered bytes would miss them
@example(text=" \u212aing said", heads={"king"})
@example(text=" k\u0131ng and MİNİSTER", heads={"king", "minister"})
def test_officials_find_description_heads_as_a_case_blind_search_would(
    text: str, heads: set[str]
) -> None:
    assert _head_offsets(text, heads) == _plain_head_offsets(text, heads)


def test_officials_head_search_knows_every_letter_a_case_blind_regex_reads_as_ascii() -> None:
    # the lowered Latin-1 bytes stand for the case-blind reading only where the text holds no
    # such letter beyond ASCII but those folded first ("İ", "ı", "ſ") or checked for (the
    # Kelvin sign): a Python whose Unicode tables add one must add it there too
    ascii_letter = re.compile("[a-z]", re.IGNORECASE)
    read_as_ascii = {c for c in map(chr, range(0x80, 0x110000)) if ascii_letter.match(c)}
    assert read_as_ascii == {*FOLDED_LETTERS, _KELVIN}


@settings(max_examples=300, deadline=None)
@given(
    text=_texts_of(_LEFT_SIDE_PIECES, 10),
    cut=st.integers(0, 20),
)
def test_officials_look_for_a_description_left_side_where_the_regex_finds_it(
    text: str, cut: int
) -> None:
    text += "minister"
    at = len(text) - len("minister")
    begin = min(cut, at)
    plain = _DESCRIPTION_LEFT.search(text, begin, at)
    window = _left_side_from(text, begin, at)
    if window is None:
        assert plain is None
    else:
        found = _DESCRIPTION_LEFT.search(text, window, at)
        assert (found and found.span()) == (plain and plain.span())


@settings(max_examples=200, deadline=None)
@given(prefix=st.from_regex(_CREDIT))
def test_officials_look_for_the_credit_regex_only_where_a_credit_word_stands(
    prefix: str,
) -> None:
    # a new credit word in `_CREDIT` needs its place in `_CREDIT_WORDS`
    assert _may_credit(prefix, prefix.lower())


# capitalised words as names are written: possessives, particles, prefixes, stops, accents
_RUN_PIECES = (
    " ", "\u00a0", ". ", "Orbán", "Erdoğan's", "al-Sisi", "van", "der", "Leyen", "De", "U.S.",
    "ÉMILE", "Jean-Noël", "Kim", "[Wang]", "’s", "the", "Minister", "İlham",
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(text=_texts_of(_RUN_PIECES, 10))
def test_officials_name_words_carry_their_name_keys(text: str) -> None:
    # names are compared by the keys the runs carry: each must be its word's `name_key`
    for run in capitalised_runs(text, default_lexicon()):
        assert [w.key for w in run] == [name_key(w.text) for w in run]


# the words and marks before and after a lone name: titles, capitals, spaces, line breaks
_NEARBY_PIECES = (
    " ", "  ", "\n", ",", ")", ".", "(", "—", "Minister", "minister", "said", "Mr.", "the",
    "Russia's", "x", "7", "\u00a0",
)  # fmt: skip


def _title_nearby_on_its_line(finder: _Finder, start: int, end: int) -> bool:
    """`_Finder.title_nearby` as written first: read within the bounds of the word's line."""
    text = finder.text
    line_start = text.rfind("\n", 0, start) + 1
    if text.startswith(",", end):
        return True
    i = start - 1
    while i >= line_start and text[i] == " ":
        i -= 1
    if i < line_start:
        return False
    if text[i] in ",)":
        return True
    if not (text[i].isalnum() or text[i] == "."):
        return False
    j = text.rfind(" ", line_start, i)
    # (which words end a title is the module's: only how the word is found is written first)
    return _title_word(text[j + 1 if j >= 0 else line_start : i + 1], finder.lex)


@settings(max_examples=400, deadline=None)
@given(before=_texts_of(_NEARBY_PIECES, 8), after=_texts_of(_NEARBY_PIECES, 3))
@example(before="Minister\nx ", after=" said")  # the word before opens its line: no title
def test_officials_look_for_a_title_by_a_lone_name_on_its_line_only(
    before: str, after: str
) -> None:
    # the look-back runs without the line's bounds: a line break must stop it as they did
    finder = _Finder.__new__(_Finder)
    finder.text = before + "Lavrov" + after
    finder.lex = load_rules((default_pattern_dir(),))
    start, end = len(before), len(before) + len("Lavrov")
    assert finder.title_nearby(start, end) == _title_nearby_on_its_line(finder, start, end)


# the words and marks before a name: connectors, plain words, titles, roles, honorifics, and
# title phrases the walk goes on over a plain word to ("the rapporteur on food, X,")
_BEFORE_PIECES = (
    " ", ", ", ",", "\n", "the", "of", "in", "and", "a", "an", "year", "met", "said",
    "minister", "Minister", "residents", "Mr.", "member", "Congress", "such as", "Russia's",
    "x-", ":", "(", "the special rapporteur on food", "a former minister an", "minister a",
    "the envoy to the region", "deputy",
)  # fmt: skip


@lru_cache(maxsize=1)
def _blank() -> Language:
    return spacy.blank("en")


@settings(max_examples=500, deadline=None)
@given(
    words=_texts_of(_BEFORE_PIECES, 6),
    # the shortcut reads the last word and whether a comma follows it: drawn on their own
    last=st.sampled_from(_BEFORE_PIECES),
    gap=st.sampled_from((" ", ", ", ",", "  ", "")),
    closed=st.booleans(),
    body=st.integers(0, 2**12 - 1),
)
def test_officials_spare_the_title_walk_only_where_it_finds_nothing(
    words: str, last: str, gap: str, closed: bool, body: int
) -> None:
    # `plain_word_before` stands for a walk that stops at once: the role must be the walk's
    before = (words + " " + last + gap).replace("\n", " ")
    text = before + "Ivan Petrov"
    finder = _Finder(keep_text(_blank().make_doc(text), text), load_rules((default_pattern_dir(),)))
    # the words of a body's name cut off a run ("Committee on Energy Supply X"): some words
    starts = [m.start() for m in _TOKEN.finditer(text)]
    finder.body_words.update(at for k, at in enumerate(starts) if body >> k & 1)
    start = len(before)
    assert finder.role_before(start, 0, closed) == finder.walked_role_before(start, 0, closed)


# appositions: determiners, modifiers, role words before a head ("resident coordinator"),
# capitalised heads past a preposition, ages, the next name's title, sentence ends
_APPOSITION_WORDS = (
    ",", "the", "former", "UN", "resident", "coordinator", "advocate", "general", "deputy",
    "minister", "of", "Foreign", "Affairs", "Russia's", "70", "said", "with", "Justice", "Now",
    "and", "NATO", "Secretary", "Mark", "Rutte", "firm's", "director", ".",
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(
    words=st.lists(
        st.tuples(st.sampled_from(_APPOSITION_WORDS), st.sampled_from((" ", " ", ""))),
        max_size=16,
    )
)
# a role word before a head ("advocate general") as the last token read so far
@example(words=[("the", " "), ("former", " "), ("advocate", " "), ("general", "")])
def test_officials_read_an_apposition_alike_a_token_at_a_time_and_all_at_once(
    words: list[tuple[str, str]],
) -> None:
    # `apposition_after` tokenizes as its loop reads on: how many tokens it reads each time
    # (four at least) must not change what it finds, all of them at once included
    text = "Ivan Petrov, " + "".join(word + gap for word, gap in words)
    end = len("Ivan Petrov")
    rules = load_rules((default_pattern_dir(),))
    found = []
    for step in (4, 5, len(text)):
        finder = _Finder(keep_text(_blank().make_doc(text), text), rules)
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(officials_module, "_APPOSITION_STEP", step)
            found.append(finder.apposition_after(end, len(text)))
    assert found[0] == found[1] == found[2]


# particles a user's folder may add: with a space, a mark, a capital, one within another
_USER_PARTICLES = ("van der", "van", "de la", "d'", "St.", "y", "De", "ter")
_USER_PARTICLE_NAMES = "\n".join(
    json.dumps({"label": "NAME_PARTICLE", "pattern": p}) for p in _USER_PARTICLES
)


@pytest.fixture(scope="module", params=["shipped", "with user particles"])
def name_lexicon(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Any:
    if request.param == "shipped":
        return default_lexicon()
    folder = tmp_path_factory.mktemp("patterns")
    (folder / "names.jsonl").write_text(_USER_PARTICLE_NAMES + "\n", encoding="utf-8")
    return load_name_lexicon((default_pattern_dir(), folder))


_RUN_WORDS = (*_RUN_PIECES, *_USER_PARTICLES, "[Volodymyr]", "[x", "-", ".", "'", "’s", "U.N.'s")


@settings(max_examples=300, deadline=None)
@given(
    # words mostly between spaces, as particles stand in names
    text=st.lists(
        st.tuples(st.sampled_from(_RUN_WORDS), st.sampled_from((" ", " ", "\u00a0", ""))),
        max_size=10,
    ).map(lambda pairs: "".join(word + gap for word, gap in pairs))
)
def test_officials_name_runs_are_the_longest_the_greedy_regex_finds(
    name_lexicon: Any, text: str
) -> None:
    # the run regex repeats possessively and groups the particles by their first letter: the
    # same runs as with repeats that give back and one alternative per particle, whatever
    # particles a user's folder adds
    lexicon = name_lexicon
    grouped = _any_particle(lexicon.particles)
    flat = "|".join(sorted((re.escape(p) for p in lexicon.particles), key=len, reverse=True))
    assert "*+" in lexicon.run.pattern and grouped in lexicon.run.pattern
    greedy = re.compile(lexicon.run.pattern.replace("*+", "*").replace(grouped, flat))
    found = [m.span() for m in lexicon.run.finditer(text)]
    assert found == [m.span() for m in greedy.finditer(text)]


# what follows a name: appositions, relative clauses, ages, party tags, word shapes
_AFTER_PIECES = (
    ",", ", ", " ", "  ", "\n", "who", "said", "adding", "the", "a", "minister", "foreign",
    "deputy", "reporting", "residents", "Russia's", "70", "R-Ky.", "well-known", "who's", "etc.",
    "é", "x2", "’", "-", "of", "envoy", "to", "the UN", "vice-president", "ex-minister",
)  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(after=_texts_of(_AFTER_PIECES, 10), reach=st.integers(0, 40))
def test_officials_read_an_everyday_word_after_a_comma_as_the_tokens_do(
    after: str, reach: int
) -> None:
    # `role_after` decides ", who ..." without tokens: the role must be the tokens'
    text = "Ivan Petrov" + after
    finder = _Finder(keep_text(_blank().make_doc(text), text), load_rules((default_pattern_dir(),)))
    end = len("Ivan Petrov")
    line_end = min(len(text), end + reach) if reach else len(text)
    expected = (
        finder.apposition_after(end, min(line_end, end + 120))
        if text.startswith(",", end)
        else ("none", None)
    )
    assert finder.role_after(end, line_end) == expected
