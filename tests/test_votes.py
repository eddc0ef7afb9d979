"""Vote tallies as a specification: counts per side, outcome, body, country lists, checks."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from extract_cli.doctext import keep_text
from extract_cli.facts import ArticleFacts, SideCountries, Vote
from extract_cli.patterns import default_pattern_dir
from extract_cli.pipeline import Extractor, make_doc
from extract_cli.votes import (
    _ANOTHER_VOTE,
    _ANOTHER_VOTE_WORDS,
    _BEFORE_NAME,
    _COUNT_AFTER,
    _COUNT_BEFORE,
    _EARLIER,
    _EARLIER_WORDS,
    _FELL_SHORT,
    _FELL_SHORT_WORDS,
    _INTRO,
    _MOTION_WORDS,
    _NUMBER_WORD,
    _PROCEDURAL,
    _RECALLED,
    _RECALLED_WORDS,
    _VOTES_TO,
    _VOTES_TO_WORDS,
    _count_ends_before,
    _count_follows,
    _may_introduce,
    _may_say,
    _SentenceMentions,
    _word_before,
    check_votes,
    country_mentions,
    doc_view,
    find_votes,
    load_rules,
)

Extract = Callable[..., ArticleFacts]


def triples(facts: ArticleFacts) -> list[tuple[int | None, int | None, int | None]]:
    return [(v.in_favour, v.against, v.abstentions) for v in facts.votes]


def only_vote(facts: ArticleFacts) -> Vote:
    assert len(facts.votes) == 1, facts.votes
    return facts.votes[0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Assembly adopted the text by a recorded vote of 137 in favour to 12 against, "
            "with 17 abstentions.",
            (137, 12, 17),
        ),
        ("The bill passed 310-96 in the lower house on Tuesday.", (310, 96, None)),
        ("The chamber confirmed the nominee 58-57 after a long debate.", (58, 57, None)),
        ("The measure was approved with 11 votes in favour.", (11, None, None)),
        (
            "Thirty-eight countries abstained, while 95 voted in favour and five states voted "
            "against.",
            (95, 5, 38),
        ),
        ("The resolution was adopted by 150 votes to 3, with no abstentions.", (150, 3, 0)),
        ("Their proposal was backed by 31 nations yet opposed by 17.", (31, 17, None)),
        ("A total of 99 countries voted yes, 11 voted no and 50 abstained.", (99, 11, 50)),
        ("Senators passed the measure by a vote of 57-41.", (57, 41, None)),
        ("The law was supported by 301 deputies, 20 were against, nobody abstained.", (301, 20, 0)),
        ("In support of the bill 250 deputies voted, 101 voted against it.", (250, 101, None)),
        ("The council adopted it 12-0-3 on Monday.", (12, 0, 3)),
        (
            "The draft received 11 affirmative votes, 2 negative votes and 2 abstentions.",
            (11, 2, 2),
        ),
        ("The mandate was renewed by 14 votes to none, with 1 abstention.", (14, 0, 1)),
        ("The text was adopted with 104 votes for, 18 against and 46 abstentions.", (104, 18, 46)),
        ("In favour: 141; against: 5; abstentions: 35.", (141, 5, 35)),
        ("141 nations backed the resolution in the vote, while 7 voted against.", (141, 7, None)),
        ("The resolution received 13 votes, with Russia and China abstaining.", (13, None, None)),
        ("Thirteen members voted in favour, none against, with two abstentions.", (13, 0, 2)),
        ("The measure passed the Senate on a 68-32 vote.", (68, 32, None)),
        ("The motion carried 7-2.", (7, 2, None)),
        ("The result: 95 yes, 3 no, 60 abstentions.", (95, 3, 60)),
        ("The draft failed, receiving just four votes.", (4, None, None)),
        ("The Ayes were 312 and the Noes 170.", (312, 170, None)),
        ("The bill passed 232-196, with 11 Republicans joining Democrats.", (232, 196, None)),
    ],
)
def test_votes_read_tally_shapes(extract: Extract, text: str, expected: tuple[int, ...]) -> None:
    assert triples(extract(text)) == [expected]


def test_votes_read_the_seed_article_with_its_partial_list_against(
    extract: Extract, seed_text: str
) -> None:
    vote = only_vote(extract(seed_text, "2019-12-27"))
    assert (vote.in_favour, vote.against, vote.abstentions) == (79, 60, 33)
    assert vote.countries.against == ("USA", "CAN", "FRA", "DEU", "GBR", "UKR")
    assert vote.partial
    assert vote.body == "General Assembly"
    assert vote.outcome == "adopted"


def test_votes_read_recorded_vote_with_parenthesised_country_lists(extract: Extract) -> None:
    vote = only_vote(
        extract(
            "The draft was approved by a recorded vote of 120 in favour to 4 against (Belarus, "
            "Iran, Nicaragua, Syria) with 30 abstentions (China, India)."
        )
    )
    assert (vote.in_favour, vote.against, vote.abstentions) == (120, 4, 30)
    assert vote.countries == SideCountries(
        against=("BLR", "IRN", "NIC", "SYR"), abstentions=("CHN", "IND")
    )
    assert vote.outcome == "approved"
    assert vote.rule == "side_counts"


def test_votes_keep_countries_named_without_a_number(extract: Extract) -> None:
    vote = only_vote(
        extract(
            "Twenty-two members of the 40-seat council voted for the draft. "
            "Cuba, Iran and Mali opposed it, while 9 states abstained."
        )
    )
    assert (vote.in_favour, vote.against, vote.abstentions) == (22, None, 9)
    assert vote.countries.against == ("CUB", "IRN", "MLI")


def test_votes_take_sides_from_sentences_after_the_tally(extract: Extract) -> None:
    vote = only_vote(
        extract(
            "The board passed the resolution with 30 votes in favour. Officials said Kenya and "
            "Chile voted against the resolution, while Peru and Ghana abstained."
        )
    )
    assert vote.countries == SideCountries(against=("KEN", "CHL"), abstentions=("PER", "GHA"))


def test_votes_mark_lists_the_text_calls_partial(extract: Extract) -> None:
    vote = only_vote(
        extract(
            "The text passed with 102 in favour, 45 against and 12 abstentions, with Iran, "
            "Cuba and Venezuela among those voting against."
        )
    )
    assert vote.countries.against == ("IRN", "CUB", "VEN")
    assert vote.partial


def test_votes_read_vetoes_with_a_tally_and_capitals_for_governments(extract: Extract) -> None:
    vote = only_vote(
        extract(
            "Moscow vetoed the draft on Friday. The text received 13 votes in favour, while "
            "China abstained."
        )
    )
    assert vote.outcome == "vetoed"
    assert vote.in_favour == 13 and vote.against is None
    assert vote.countries == SideCountries(against=("RUS",), abstentions=("CHN",))


def test_votes_ignore_a_veto_without_a_number(extract: Extract) -> None:
    assert extract("Russia vetoed the draft resolution on the ceasefire.").votes == ()


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        ("The Council adopted the resolution without a vote.", "adopted"),
        ("The committee approved eight further drafts without a vote.", "approved"),
        ("Member states finalised the declaration by consensus in May.", "approved"),
        ("The Council decided by consensus to extend the mission.", "adopted"),
    ],
)
def test_votes_read_decisions_without_a_vote_as_three_nulls(
    extract: Extract, text: str, outcome: str
) -> None:
    vote = only_vote(extract(text))
    assert (vote.in_favour, vote.against, vote.abstentions) == (None, None, None)
    assert vote.outcome == outcome
    assert vote.rule == "no_vote"


def test_votes_count_headline_and_body_tally_once(extract: Extract) -> None:
    facts = extract(
        "Assembly backs resolution 141-7\n\n"
        "The General Assembly adopted the resolution by 141 votes to 7, with 32 abstentions. "
        "Russia, Syria, Belarus, North Korea and Eritrea voted against."
    )
    vote = only_vote(facts)
    assert (vote.in_favour, vote.against, vote.abstentions) == (141, 7, 32)
    assert vote.countries.against == ("RUS", "SYR", "BLR", "PRK", "ERI")


def test_votes_keep_several_votes_of_one_article_apart(extract: Extract) -> None:
    facts = extract(
        "The amendment was rejected by 40 votes to 88, with 20 abstentions. The resolution "
        "itself was then adopted by 120 votes to 10, with 30 abstentions. In 2021, a similar "
        "text passed 111-12, with 40 abstentions."
    )
    assert triples(facts) == [(40, 88, 20), (120, 10, 30), (111, 12, 40)]
    assert [v.outcome for v in facts.votes] == ["rejected", "adopted", "adopted"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The first draft was adopted by 120 votes to 5, the second by 100 to 20.",
            [(120, 5, None), (100, 20, None)],
        ),
        (
            "The amendment was rejected 40-88-20 and the resolution adopted 120-10-30.",
            [(40, 88, 20), (120, 10, 30)],
        ),
        ("Prices were cut by 10 to 20 percent last year.", []),
    ],
)
def test_votes_read_several_tallies_in_one_sentence(
    extract: Extract, text: str, expected: list[tuple[int | None, ...]]
) -> None:
    assert triples(extract(text)) == expected


def test_votes_order_a_defeat_by_votes_to_as_ayes_then_noes(extract: Extract) -> None:
    facts = extract("MPs rejected the amendment by 324 votes to 288.")
    assert triples(facts) == [(288, 324, None)]
    assert facts.votes[0].rule == "votes_to"


@pytest.mark.parametrize(
    "text",
    [
        "A survey found 58 per cent favour the treaty and 30 per cent oppose it.",
        "The referendum count showed 3,792,518 voters in favour and 44,888 against.",
        "A resolution needs at least nine votes in favour and no veto to pass.",
        "The 193-member General Assembly meets on Tuesday.",
        "Eight Labour MPs voted against the amendment, while 30 Tories voted in favour.",
        "Voters are three to one in favour of the reform, a survey says.",
        "Officials proposed August 23-24 for the meeting.",
        "Russia launched 40 drones against Ukraine overnight.",
        "Forty countries supported the joint statement on Monday.",
        "The team won 3-1 against France on Sunday.",
        "The candidate won 300 votes in the party ballot.",
        "The text could not be adopted by consensus and was put to a vote.",
        "There was no vote on the text, and no country objected.",
    ],
)
def test_votes_ignore_numbers_that_are_no_tally(extract: Extract, text: str) -> None:
    assert extract(text).votes == ()


def test_votes_do_not_read_a_country_inside_a_longer_name(extract: Extract) -> None:
    vote = only_vote(
        extract("The bill passed 60-30. New Mexico and Georgia Tech delegates voted against.")
    )
    assert vote.countries == SideCountries()


def test_votes_record_the_evidence_sentence_and_body(extract: Extract) -> None:
    text = (
        "The Human Rights Council met in Geneva. It adopted the resolution with 25 votes in "
        "favour, six against and 16 abstentions."
    )
    vote = only_vote(extract(text))
    assert vote.body == "Human Rights Council"
    assert text[vote.span[0] : vote.span[1]] == vote.text
    assert vote.text.startswith("It adopted the resolution")


def test_votes_warn_of_tallies_larger_than_the_body(extract: Extract) -> None:
    facts = extract("The Security Council voted 16 in favour and 2 against.")
    assert facts.warnings == (
        "vote 1 (0-54): 18 votes counted but the Security Council has 15 members",
    )


def test_votes_warn_of_country_lists_longer_than_the_count() -> None:
    vote = Vote(
        body=None,
        in_favour=10,
        against=1,
        abstentions=None,
        outcome="adopted",
        countries=SideCountries(against=("RUS", "BLR")),
        text="t",
        span=(0, 1),
        rule="side_counts",
    )
    assert check_votes([vote]) == [
        "vote 1 (0-1): 2 countries listed as against but the stated count is 1"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The text was adopted with 13 members voting in favour and Russia and China "
            "abstaining.",
            SideCountries(abstentions=("RUS", "CHN")),
        ),
        (
            "The text was adopted by 143 votes to 9. Israel and the United States were among "
            "the nine countries that voted against.",
            SideCountries(against=("ISR", "USA")),
        ),
        (
            "The text passed 120-3. The Russian delegation voted against, while the Chinese and "
            "Indian delegations abstained.",
            SideCountries(against=("RUS",), abstentions=("CHN", "IND")),
        ),
        (
            "The text passed 150-2. Russia and Belarus were the only countries voting against.",
            SideCountries(against=("RUS", "BLR")),
        ),
        (
            "Russia voted against, joined by Belarus and Syria, as the text passed 141-7.",
            SideCountries(against=("RUS", "BLR", "SYR")),
        ),
        (
            "The text passed 120-3. The countries that voted against were: Russia, Belarus "
            "and Syria.",
            SideCountries(against=("RUS", "BLR", "SYR")),
        ),
        (
            "The recorded vote was as follows: In favour: Chile, Peru. Against: Israel, Nauru. "
            "Abstain: Fiji.\n\nThe draft was adopted by 150 votes to 2, with 1 abstention.",
            SideCountries(in_favour=("CHL", "PER"), against=("ISR", "NRU"), abstentions=("FJI",)),
        ),
    ],
)
def test_votes_read_country_lists_in_news_and_annex_shapes(
    extract: Extract, text: str, expected: SideCountries
) -> None:
    assert only_vote(extract(text)).countries == expected


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "The Third Committee approved 16 drafts on the Human Rights Council and other "
            "issues. The Committee approved the first text by 135 votes to 10.",
            "Third Committee",
        ),
        (
            "The Human Rights Council met on Friday. The Council extended the mandate with a "
            "vote of 23 in favour, five against and 19 abstentions, and asked the General "
            "Assembly to take note.",
            "Human Rights Council",
        ),
        ("By 120 votes to 5, the General Assembly adopted the text.", "General Assembly"),
    ],
)
def test_votes_name_the_body_that_voted(extract: Extract, text: str, body: str) -> None:
    assert only_vote(extract(text)).body == body


def test_votes_ignore_the_veto_as_a_rule_of_the_council(extract: Extract) -> None:
    vote = only_vote(
        extract(
            "The draft received 12 votes in favour to 1 against (Russia). A resolution needs at "
            "least nine votes and no veto from any of the five permanent members – Britain, "
            "China, France, Russia and the United States – to be adopted."
        )
    )
    assert vote.countries == SideCountries(against=("RUS",))
    assert vote.outcome != "vetoed"


def test_votes_count_a_decision_without_a_vote_in_headline_and_story_once(
    extract: Extract,
) -> None:
    vote = only_vote(
        extract(
            "Text on literacy adopted without a vote\n\n"
            "The Third Committee adopted the text on literacy without a vote on Tuesday."
        )
    )
    assert vote.body == "Third Committee"
    assert vote.outcome == "adopted"


def test_votes_read_bracketed_lists_the_tokenizer_glued_to_words(extract: Extract) -> None:
    vote = only_vote(
        extract(
            "The draft was approved by a vote of 150 in favour to 1 against (Nauru) with 3 "
            "abstentions(Fiji, Tonga, Papua New Guinea),would ask the Assembly to act."
        )
    )
    assert vote.countries == SideCountries(against=("NRU",), abstentions=("FJI", "TON", "PNG"))


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        (
            "The draft received 13 votes in favour to 1 against, with 1 abstention, and was not "
            "adopted owing to the negative vote of a permanent member.",
            "vetoed",
        ),
        (
            "The text was not adopted, having received 7 votes in favour, 2 against and 6 "
            "abstentions.",
            "failed",
        ),
        ("MPs rejected the amendment by 240 votes to 323.", "rejected"),
    ],
)
def test_votes_read_the_outcome(extract: Extract, text: str, outcome: str) -> None:
    assert only_vote(extract(text)).outcome == outcome


def test_votes_keep_a_list_about_an_earlier_vote_out(extract: Extract) -> None:
    vote = only_vote(
        extract(
            "In 2019, the United States voted against a similar resolution. This year the "
            "text passed 150-3, while Canada abstained."
        )
    )
    assert vote.countries == SideCountries(abstentions=("CAN",))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Deputies voted by 214 to 180 to reject the proposal.", (180, 214, "rejected")),
        ("MPs voted by 312 to 297 to reject the amendment.", (297, 312, "rejected")),
        ("The senators voted 61-38 to vote down the nomination.", (38, 61, "rejected")),
        ("The chamber voted 280 to 250 against the motion on Thursday.", (250, 280, "rejected")),
        ("The chamber voted 280 to 250 in favour of the motion.", (280, 250, "adopted")),
    ],
)
def test_votes_read_a_division_to_reject_with_the_larger_figure_against(
    extract: Extract, text: str, expected: tuple[int, int, str]
) -> None:
    vote = only_vote(extract(text))
    assert (vote.in_favour, vote.against, vote.outcome) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The document was supported by 57 MPs.",
        "The bill was backed by 230 deputies in its final reading.",
        "In the second reading on 9 March, it passed with 256 votes.",
        "The amendment was approved with 301 lawmakers in support.",
        "Ninety senators supported the bill.",
    ],
)
def test_votes_read_a_lone_count_of_members_backing_a_text(extract: Extract, text: str) -> None:
    vote = only_vote(extract(text))
    assert vote.in_favour is not None and vote.against is None


@pytest.mark.parametrize(
    "text",
    [
        "Forty countries supported the statement.",
        "Some 300 lawmakers supported the idea of a ceasefire.",
        "Twelve senators backed the call for talks.",
        "The bloc of 12 parties backing the government voted for the budget.",
        "More than 50 countries supporting Kyiv met on Tuesday to vote on aid.",
    ],
)
def test_votes_take_plain_support_for_no_vote(extract: Extract, text: str) -> None:
    assert extract(text).votes == ()


@pytest.mark.parametrize(
    "text",
    [
        "COMMITTEE APPROVES TEXT ON RURAL WOMEN WITHOUT A VOTE\n\n"
        "The Third Committee on Monday took up a draft on rural women, which it adopted without "
        "a vote.",
        "Board adopts budget by consensus\n\nThe Executive Board approved the budget by consensus.",
    ],
)
def test_votes_count_a_headline_and_story_on_one_decision_without_a_vote_once(
    extract: Extract, text: str
) -> None:
    vote = only_vote(extract(text))
    assert vote.rule == "no_vote" and vote.body is not None


@pytest.mark.parametrize(
    "text",
    [
        "Paris supported protecting aid workers. A similar text failed last year by 17 votes to "
        "21, with eight abstentions.",
        "The Council rejected the draft by 17 votes to 21, with eight abstentions. Berlin "
        "backed more funding for refugees.",
    ],
)
def test_votes_take_no_country_from_a_general_statement_of_support(
    extract: Extract, text: str
) -> None:
    assert only_vote(extract(text)).countries == SideCountries()


def test_votes_give_a_recalled_vote_no_list_from_the_vote_reported(extract: Extract) -> None:
    facts = extract(
        "The Assembly adopted the text by 120 votes to 10. A similar text failed last year by "
        "50 votes to 60. Japan and Chile voted against the text."
    )
    assert [v.countries.against for v in facts.votes] == [("JPN", "CHL"), ()]


@pytest.mark.parametrize(
    "later",
    [
        "Several of the eight abstaining members, including Norway and Peru, asked for more time.",
        "Norway and Peru, two of the eight abstaining members, asked for more time.",
        "Norway and Peru were among the eight members that abstained.",
    ],
)
def test_votes_take_a_partial_list_from_a_later_sentence_that_restates_the_count(
    extract: Extract, later: str
) -> None:
    facts = extract(
        "The Council adopted the text by 31 votes to 4, with eight abstentions. A second text "
        "passed by 25 votes to 10, with 12 abstentions. The texts call for aid. Diplomats said "
        "the talks had been hard. " + later
    )
    first, second = facts.votes
    assert first.countries == SideCountries(abstentions=("NOR", "PER"))
    assert first.partial
    assert second.countries == SideCountries()


@pytest.mark.parametrize(
    ("text", "partial"),
    [
        ("The text passed by 150 votes to 5, with Japan and Chile voting against.", False),
        ("The text passed by 150 votes to 5, with five against, including Japan and Chile.", True),
        ("The text passed by 150 votes to 5, with five against, among them Japan and Chile.", True),
        ("The text passed by 150 votes to 5; states such as Japan and Chile voted against.", True),
    ],
)
def test_votes_call_a_list_partial_only_where_the_text_does(
    extract: Extract, text: str, partial: bool
) -> None:
    vote = only_vote(extract(text))
    assert vote.countries.against == ("JPN", "CHL")
    assert vote.partial is partial


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "The AU Peace and Security Council endorsed the roadmap by consensus.",
            "AU Peace and Security Council",
        ),
        (
            "The Senate Armed Services Committee voted 20-6 to advance the nomination.",
            "Senate Armed Services Committee",
        ),
        (
            "The motion was defeated by 301 votes to 289 in the House of Commons.",
            "House of Commons",
        ),
        (
            "The Knesset held a stormy debate. Israel's parliament later passed the bill with 64 "
            "votes.",
            "Knesset",
        ),
        ("Georgia's parliament adopted the law by 84 votes to 30.", "Georgia's parliament"),
        (
            "The General Assembly Fourth Committee approved the text by 150 votes to 4.",
            "Fourth Committee",
        ),
        (
            "Council Rejects Security Council Reform Plan\n"
            "The Security Council rejected the draft by 4 votes to 9.",
            "Security Council",
        ),
    ],
)
def test_votes_name_the_body_by_its_longest_written_name(
    extract: Extract, text: str, body: str
) -> None:
    assert only_vote(extract(text)).body == body


def test_votes_read_words_added_in_a_user_pattern_folder(
    extractor: Extractor, tmp_path: Path
) -> None:
    (tmp_path / "votes.jsonl").write_text(
        '{"label": "VOTE_VOTER", "pattern": "aldermen"}\n', encoding="utf-8"
    )
    doc = extractor.nlp("The bill was supported by 31 aldermen.")
    assert find_votes(doc) == []
    [vote] = find_votes(doc, rules=load_rules((default_pattern_dir(), tmp_path)))
    assert vote.in_favour == 31


@pytest.mark.parametrize(
    "text",
    [
        "The Assembly voted 150 to 5 against the use of force.",
        "The Assembly voted 150 to 5 to reject unilateral sanctions.",
    ],
)
def test_votes_keep_the_larger_figure_in_favour_of_a_text_against_a_policy(
    extract: Extract, text: str
) -> None:
    vote = only_vote(extract(text))
    assert (vote.in_favour, vote.against) == (150, 5)


@pytest.mark.parametrize(
    "text",
    [
        "A petition on the bill was supported by 120 MPs.",
        "An open letter against the bill was backed by 45 lawmakers.",
    ],
)
def test_votes_take_members_backing_a_petition_for_no_vote(extract: Extract, text: str) -> None:
    assert extract(text).votes == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The chamber approved the reform on Wednesday, with 214 members supporting it and "
            "97 opposing.",
            (214, 97, None),
        ),
        (
            "The amendment passed with 188 lawmakers backing it, 71 opposing and 6 abstaining.",
            (188, 71, 6),
        ),
        ("The resolution was backed by 247 people's deputies.", (247, None, None)),
        ("After a long debate it was supported by 305 MPs.", (305, None, None)),
        ("It was supported by 276 of the 450 deputies.", (276, None, None)),
        ("In all, 239 people's deputies voted in favour of the decision.", (239, None, None)),
        (
            "The motion was negatived, with 87 members voting in its favour and 290 against.",
            (87, 290, None),
        ),
    ],
)
def test_votes_read_members_supporting_and_opposing_as_a_tally(
    extract: Extract, text: str, expected: tuple[int | None, ...]
) -> None:
    assert triples(extract(text)) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "A bill backed by 60 senators would widen the sanctions.",
        "The bill, backed by 48 senators from both parties, goes to committee next week.",
        "The measure is supported by 200 lawmakers.",
        "Sixty senators are backing the bill.",
    ],
)
def test_votes_take_members_backing_a_pending_bill_for_no_vote(extract: Extract, text: str) -> None:
    assert extract(text).votes == ()


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        ("The motion was negatived by 140 votes to 302.", "rejected"),
        ("The bill was thrown out, with 80 votes for and 211 against.", "rejected"),
        (
            "The amendment was voted down, with 95 members voting in its favor and 240 against.",
            "rejected",
        ),
        (
            "The draft received only five votes, well short of the nine required for adoption.",
            "failed",
        ),
        ("The text won seven votes in favour, short of the nine needed to pass.", "failed"),
    ],
)
def test_votes_read_rejections_and_texts_short_of_the_votes_required(
    extract: Extract, text: str, outcome: str
) -> None:
    assert only_vote(extract(text)).outcome == outcome


@pytest.mark.parametrize(
    "text",
    ["The text received 13 votes in favour.", "Ninety senators supported the bill."],
)
def test_votes_leave_the_outcome_of_a_lone_count_unstated(extract: Extract, text: str) -> None:
    assert only_vote(extract(text)).outcome is None


@pytest.mark.parametrize(
    "text",
    [
        "The Security Council failed to adopt the draft on Tuesday. Twelve of the council's 15 "
        "members voted in favour, but Russia vetoed it and China abstained. In 2016 a similar "
        "text had passed by 15 votes to none.",
        "Russia vetoed the draft on Tuesday after 12 members voted in favour and China "
        "abstained. Last year a similar text was adopted by 12 votes to none.",
    ],
)
def test_votes_keep_the_main_vote_apart_from_a_recalled_one(extract: Extract, text: str) -> None:
    main, recalled = extract(text).votes
    assert main.in_favour == 12 and main.outcome == "vetoed"
    assert main.countries == SideCountries(against=("RUS",), abstentions=("CHN",))
    assert recalled.countries == SideCountries()
    assert recalled.outcome == "adopted"


@pytest.mark.parametrize(
    ("later", "expected"),
    [
        (
            "Voting against were Iran, Syria and Cuba; Japan and Chile were among those who "
            "abstained.",
            SideCountries(against=("IRN", "SYR", "CUB"), abstentions=("JPN", "CHL")),
        ),
        ("Against: Iran; Syria; Cuba.", SideCountries(against=("IRN", "SYR", "CUB"))),
        (
            "Among those opposing it were Iran, Syria and Cuba.",
            SideCountries(against=("IRN", "SYR", "CUB")),
        ),
        (
            "Among those who abstained were Japan and Chile.",
            SideCountries(abstentions=("JPN", "CHL")),
        ),
        (
            "Iran and Syria voted against. Joining them were Cuba and Nauru.",
            SideCountries(against=("IRN", "SYR", "CUB", "NRU")),
        ),
        (
            "Iran and Syria voted against. Joining them in opposing it was Cuba.",
            SideCountries(against=("IRN", "SYR", "CUB")),
        ),
        (
            "Iran and Syria voted against. They were joined by Cuba.",
            SideCountries(against=("IRN", "SYR", "CUB")),
        ),
        ("Opposing it were Iran and Cuba.", SideCountries(against=("IRN", "CUB"))),
        (
            "Among the countries that opposed it were Iran and Cuba.",
            SideCountries(against=("IRN", "CUB")),
        ),
    ],
)
def test_votes_read_inverted_and_semicolon_separated_country_lists(
    extract: Extract, later: str, expected: SideCountries
) -> None:
    vote = only_vote(
        extract("The Assembly adopted the text by 130 votes to 8, with 30 abstentions. " + later)
    )
    assert vote.countries == expected


def test_votes_take_no_side_from_a_statement_about_a_policy(extract: Extract) -> None:
    vote = only_vote(
        extract(
            "The Assembly adopted the text by 130 votes to 8. Among those opposing the peace "
            "plan are Iran and Syria, diplomats said."
        )
    )
    assert vote.countries == SideCountries()


def test_votes_give_a_recalled_vote_no_outcome_from_the_story_before_it(
    extract: Extract,
) -> None:
    main, recalled = extract(
        "China vetoed the draft on Monday. The text won 12 votes in favour. In 2015, a similar "
        "text won 14 votes to none."
    ).votes
    assert main.outcome == "vetoed"
    assert (recalled.in_favour, recalled.against, recalled.outcome) == (14, 0, "adopted")


@pytest.mark.parametrize(
    "text",
    [
        "Negotiators finalized the agenda by consensus on Tuesday.",
        "The design of the new logo was finalized by consensus among the staff.",
        "The organisers agreed by consensus on a venue for the next meeting.",
    ],
)
def test_votes_take_consensus_only_about_a_text_or_by_a_voting_body(
    extract: Extract, text: str
) -> None:
    assert extract(text).votes == ()


def test_votes_read_no_outcome_from_a_decision_not_to_act(extract: Extract) -> None:
    vote = only_vote(
        extract("The Security Council decided by 11 votes to 4 not to debate the issue.")
    )
    assert (vote.in_favour, vote.against, vote.outcome) == (11, 4, None)


def test_votes_take_no_consensus_decision_not_to_act(extract: Extract) -> None:
    assert extract("The Board agreed by consensus not to reopen the dispute.").votes == ()


def test_votes_check_only_bodies_whose_size_the_name_fixes() -> None:
    rules = load_rules((default_pattern_dir(),))
    assert rules.body_sizes["European Parliament"] == 720
    assert "Senate" not in rules.body_sizes
    assert "House of Commons" not in rules.body_sizes


@pytest.mark.parametrize(
    "clause",
    [
        "were among the abstainers",
        "were counted among the abstentions",
        "were among those abstaining",
        "were among those who abstained",
        "chose to abstain",
    ],
)
def test_votes_give_a_list_after_a_semicolon_the_side_its_own_clause_names(
    extract: Extract, clause: str
) -> None:
    vote = only_vote(
        extract(
            "The Assembly passed the text by 88 votes to 14, with 41 abstentions. "
            f"Among those voting no were Chile, Fiji and Laos; Kenya and Peru {clause}."
        )
    )
    assert vote.countries.against == ("CHL", "FJI", "LAO")
    assert vote.countries.abstentions == ("KEN", "PER")


def test_votes_read_a_country_named_with_itself_and_a_noun_side_after_among(
    extract: Extract,
) -> None:
    vote = only_vote(
        extract(
            "The Council adopted the text by 30 votes to 7, with 10 abstentions. Myanmar itself, "
            "Laos and Cuba were among the seven that opposed it, while Nepal and Ghana were "
            "counted among the abstentions."
        )
    )
    assert vote.countries.against == ("MMR", "LAO", "CUB")
    assert vote.countries.abstentions == ("NPL", "GHA")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Council extended the arms embargo 15-0 on Friday.", (15, 0, None)),
        ("The committee approved the budget 9-4 after a long debate.", (9, 4, None)),
        ("The Council renewed the peacekeeping mandate 13-0-2.", (13, 0, 2)),
    ],
)
def test_votes_read_a_compact_tally_after_the_object_of_the_decision(
    extract: Extract, text: str, expected: tuple[int, int, int | None]
) -> None:
    vote = only_vote(extract(text))
    assert (vote.in_favour, vote.against, vote.abstentions) == expected
    assert vote.outcome in ("adopted", "approved")


@pytest.mark.parametrize(
    "text",
    [
        "The board approved the budget for 2023-24 on Friday.",
        "The Council renewed the mandate for 2022-23.",
    ],
)
def test_votes_take_no_span_of_years_for_a_tally(extract: Extract, text: str) -> None:
    assert extract(text).votes == ()


@pytest.mark.parametrize(
    "text",
    [
        "LONDON, May 3 (Reuters) - Chelsea defeated Arsenal 2-1 on Saturday.",
        "Real Madrid defeated Bayern Munich 3-2 in the final in Kyiv.",
        "Brazil, defeating Argentina 1-0, reached the World Cup semi-finals.",
        "Defeating Argentina 1-0, Brazil reached the World Cup semi-finals.",
        "Nadal defeated Federer 6-4, 6-3 in the final.",
        "Nadal defeated Federer 6-4, 3-6, 7-5 in the final.",
    ],
)
def test_votes_take_a_score_between_named_sides_for_no_tally(extract: Extract, text: str) -> None:
    assert extract(text).votes == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Senate defeated the amendment 45-55 on Monday.", (45, 55)),
        ("The Senate defeated Smith's nominee 47-53.", (47, 53)),
        ("The assembly defeated Resolution B 45-55.", (45, 55)),
        ("The assembly defeated Germany 45-55 in a vote on the chair.", (45, 55)),
    ],
)
def test_votes_keep_a_defeat_tally_of_a_text_or_in_a_vote(
    extract: Extract, text: str, expected: tuple[int, int]
) -> None:
    vote = only_vote(extract(text))
    assert (vote.in_favour, vote.against) == expected


def test_votes_count_delegations_named_in_an_appositive(extract: Extract) -> None:
    vote = only_vote(
        extract(
            "The draft went to a vote in the Security Council. Just three delegations, those of "
            "Chad, Iran and Cuba, voted for it; France and Japan voted against, and the other "
            "ten abstained."
        )
    )
    assert (vote.in_favour, vote.against, vote.abstentions) == (3, None, 10)
    assert vote.countries.in_favour == ("TCD", "IRN", "CUB")
    assert vote.countries.against == ("FRA", "JPN")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The bill cleared the chamber with the Ayes at 264 and the Noes at 131.", (264, 131)),
        ("The Yeas stood at 52 and the Nays at 48.", (52, 48)),
    ],
)
def test_votes_read_a_division_figure_given_with_at(
    extract: Extract, text: str, expected: tuple[int, int]
) -> None:
    vote = only_vote(extract(text))
    assert (vote.in_favour, vote.against) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The panel voted eight to six to send the bill back.", (8, 6, "adopted")),
        (
            "Two years ago the board rejected a like motion by four votes to twelve.",
            (4, 12, "rejected"),
        ),
        ("The jury of ministers voted by seven to two for the plan.", (7, 2, "adopted")),
        ("The panel confirmed the judge by a vote of thirteen to nine.", (13, 9, "approved")),
    ],
)
def test_votes_read_number_words_joined_by_to(
    extract: Extract, text: str, expected: tuple[int, int, str]
) -> None:
    vote = only_vote(extract(text))
    assert (vote.in_favour, vote.against, vote.outcome) == expected


def test_votes_read_no_ratio_of_number_words_outside_a_vote(extract: Extract) -> None:
    assert extract("Residents back the new park two to one, a survey found.").votes == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("At the union conference, 412 delegates backed it and 630 rejected it.", (412, 630)),
        ("In the end 38 councillors supported the plan and 44 voted it down.", (38, 44)),
    ],
)
def test_votes_read_rejected_it_after_a_count_as_the_side_against(
    extract: Extract, text: str, expected: tuple[int, int]
) -> None:
    vote = only_vote(extract(text))
    assert (vote.in_favour, vote.against, vote.outcome) == (*expected, "rejected")


def test_votes_take_no_country_side_from_a_government_that_rejected_a_text(
    extract: Extract,
) -> None:
    vote = only_vote(
        extract("The Assembly adopted the text by 101 votes to 9. Syria rejected it as meddling.")
    )
    assert vote.countries.against == ()


def test_votes_take_sides_past_an_appositive_from_short_sentences_after_the_tally(
    extract: Extract,
) -> None:
    vote = only_vote(
        extract(
            "The Assembly approved the treaty by 131 votes to 3, with 22 abstentions. Talks had "
            "lasted two years. Norway and Chile, both big fishing nations, voted against the "
            "text. Japan abstained."
        )
    )
    assert vote.countries.against == ("NOR", "CHL")
    assert vote.countries.abstentions == ("JPN",)


@pytest.mark.parametrize(
    ("side_sentence", "main_against", "motion_for"),
    [
        (
            "Brazil, Poland and Kenya were among those that voted against the resolution.",
            ("BRA", "POL", "KEN"),
            (),
        ),
        ("Brazil, Poland and Kenya voted for the motion.", (), ("BRA", "POL", "KEN")),
    ],
)
def test_votes_give_a_list_about_the_text_to_the_vote_on_the_text_not_on_a_motion(
    extract: Extract,
    side_sentence: str,
    main_against: tuple[str, ...],
    motion_for: tuple[str, ...],
) -> None:
    facts = extract(
        "The Assembly adopted the resolution by 101 votes to 25, with 19 abstentions. Before "
        "that, a motion to adjourn the debate failed, with 20 members in favour and 41 "
        f"against. {side_sentence}"
    )
    main, motion = sorted(facts.votes, key=lambda v: -(v.in_favour or 0))
    assert main.countries.against == main_against
    assert motion.countries.in_favour == motion_for


def test_votes_give_a_list_after_a_semicolon_the_side_of_those_in_favour(extract: Extract) -> None:
    vote = only_vote(
        extract(
            "The Assembly passed the text by 88 votes to 14, with 41 abstentions. Voting against "
            "were Chile and Fiji; Kenya and Peru were among those in favour."
        )
    )
    assert vote.countries.against == ("CHL", "FJI")
    assert vote.countries.in_favour == ("KEN", "PER")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The parliament passed the reform bill on Monday, with the Ayes at 203 and the Noes "
            "at 117. The opposition called it rushed. Ministers hailed the result. No abstentions "
            "were recorded.",
            (203, 117, 0),
        ),
        (
            "The town board voted eight to five on Wednesday to approve the new budget. The "
            "mayor welcomed it. She and four allies voted against; there were no abstentions.",
            (8, 5, 0),
        ),
        (
            "The committee passed the motion by 22 votes to 10. Debate had lasted hours.\n\n"
            "Nobody abstained.",
            (22, 10, 0),
        ),
        (
            "The Assembly adopted the text by 120 votes to 4. The talks were long. Six "
            "delegations abstained.",
            (120, 4, 6),
        ),
    ],
)
def test_votes_complete_a_vote_with_a_lone_count_a_few_sentences_later(
    extract: Extract, text: str, expected: tuple[int, int, int]
) -> None:
    assert triples(extract(text)) == [expected]


def test_votes_keep_a_lone_count_apart_when_the_vote_before_has_that_side(
    extract: Extract,
) -> None:
    facts = extract(
        "The Assembly adopted the text by 120 votes to 4, with 30 abstentions. In a separate "
        "vote, 12 countries abstained on the budget."
    )
    assert triples(facts) == [(120, 4, 30), (None, None, 12)]


@pytest.mark.parametrize(
    "recalled",
    [
        "The council last acted on Yemen in March, when it renewed the panel of experts by 15 "
        "votes to none.",
        "Back then the council renewed the panel of experts by 15 votes to none.",
    ],
)
def test_votes_give_restated_abstainers_to_the_vote_that_counted_abstentions(
    extract: Extract, recalled: str
) -> None:
    facts = extract(
        "A draft on Yemen failed in the Security Council on Friday.\n\nOnly five delegations "
        "voted for it, and the remaining ten abstained.\n\nThe draft had been months in the "
        "making.\n\nDiplomats were gloomy afterwards.\n\nSeveral abstaining members, including "
        f"Brazil and Japan, said the text went too far.\n\n{recalled}"
    )
    story, earlier = facts.votes
    assert (story.in_favour, story.abstentions) == (5, 10)
    assert story.countries.abstentions == ("BRA", "JPN")
    assert earlier.countries == SideCountries((), (), ())


@pytest.mark.parametrize(
    "sentence",
    [
        "The council last acted on Haiti in June, when it extended the mission by 15 votes to "
        "none.",
        "The result contrasts with January, when the Council extended the Congo sanctions "
        "regime 15-0.",
    ],
)
def test_votes_read_a_month_before_when_as_a_recalled_vote(extract: Extract, sentence: str) -> None:
    facts = extract(
        f"The Security Council adopted a text on Haiti by 13 votes to none, with 2 abstentions. "
        f"China and Russia abstained. {sentence}"
    )
    story, earlier = facts.votes
    assert (earlier.in_favour, earlier.against) == (15, 0)
    assert earlier.countries.abstentions == ()
    assert story.countries.abstentions == ("CHN", "RUS")


def test_votes_give_lists_about_the_resolution_to_its_vote_not_to_an_amendment(
    extract: Extract,
) -> None:
    facts = extract(
        "The General Assembly approved a resolution on migrants' rights by 84 votes to 11, "
        "with 29 abstentions. A Polish amendment to the text was voted down: only 16 "
        "delegations backed it, 68 opposed it and 40 abstained. Canada and Australia, both "
        "home to large migrant populations, voted against the resolution. Italy abstained."
    )
    main, amendment = facts.votes
    assert (amendment.in_favour, amendment.against, amendment.abstentions) == (16, 68, 40)
    assert main.countries == SideCountries((), ("CAN", "AUS"), ("ITA",))
    assert amendment.countries == SideCountries((), (), ())


def test_votes_give_a_bare_side_sentence_the_vote_of_the_sentence_before(
    extract: Extract,
) -> None:
    facts = extract(
        "The General Assembly approved a resolution on migrants by 84 votes to 11, with 29 "
        "abstentions. Before that, a motion to adjourn was defeated 20 to 70. Brazil voted for "
        "the motion. Chile abstained."
    )
    main, motion = facts.votes
    assert motion.countries == SideCountries(("BRA",), (), ("CHL",))
    assert main.countries == SideCountries((), (), ())


def test_votes_give_a_list_about_the_decision_to_its_vote_past_a_motion_with_a_tally(
    extract: Extract,
) -> None:
    facts = extract(
        "The Human Rights Council approved a decision on the inquiry by 29 votes to 7, with 11 "
        "abstentions.\n\nThe vote came after a long debate.\n\nEarlier, a motion by Pakistan "
        "to defer action on the decision was defeated, with 14 in favour, 26 against and 7 "
        "abstentions.\n\nThe United States, Germany and the Netherlands were among those that "
        "voted against the decision, diplomats said."
    )
    main, motion = facts.votes
    assert main.countries.against == ("USA", "DEU", "NLD")
    assert motion.countries == SideCountries((), (), ())


@pytest.mark.parametrize(
    "text",
    [
        "The outcome contrasts with June, when the Council extended the Mali sanctions regime "
        "15-0.",
        "In June the 15-member Council extended the Mali sanctions regime 15-0.",
    ],
)
def test_votes_read_a_compact_tally_after_a_long_object(extract: Extract, text: str) -> None:
    vote = only_vote(extract(text))
    assert (vote.in_favour, vote.against, vote.abstentions) == (15, 0, None)


def test_votes_keep_a_lone_count_of_a_separate_vote_apart(extract: Extract) -> None:
    facts = extract(
        "The Assembly adopted the text by 120 votes to 4. In a separate vote on the budget, 12 "
        "countries abstained."
    )
    assert triples(facts) == [(120, 4, None), (None, None, 12)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The European Parliament on Thursday endorsed a reform of rail freight, with 455 "
            "MEPs voting in favour, 91 against and 28 abstaining.",
            (455, 91, 28),
        ),
        (
            "The Welsh parliament adopted the budget, with 31 MSs voting in favour and 27 against.",
            (31, 27, None),
        ),
    ],
)
def test_votes_read_members_of_regional_and_european_chambers_as_voters(
    extract: Extract, text: str, expected: tuple[int | None, ...]
) -> None:
    vote = only_vote(extract(text))
    assert (vote.in_favour, vote.against, vote.abstentions) == expected
    assert vote.outcome == "adopted"


@pytest.mark.parametrize(
    "ordinal",
    ["At stage one in October", "In phase two of the debate", "Under clause 3 of the bill"],
)
def test_votes_take_no_count_from_a_stage_or_clause_number(extract: Extract, ordinal: str) -> None:
    facts = extract(
        "The regional assembly passed the care bill on Wednesday, and the new rules take effect "
        f"on 1 March 2028.\n{ordinal}, members had backed the plan by 64 votes to 50."
    )
    assert triples(facts) == [(64, 50, None)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Back in May 2017, a Liberal motion was carried with 233 votes.",
        "The opposition bill won with 233 votes in the spring session.",
        "That resolution passed with 233 votes.",
    ],
)
def test_votes_read_a_text_carried_or_won_with_a_count_as_votes_in_favour(
    extract: Extract, sentence: str
) -> None:
    facts = extract(f"Deputies argued over the reform all week. {sentence}")
    vote = only_vote(facts)
    assert (vote.in_favour, vote.against, vote.abstentions) == (233, None, None)
    assert vote.outcome == "adopted"


def test_votes_take_no_vote_from_a_candidate_who_won_with_a_count(extract: Extract) -> None:
    assert extract("The incumbent mayor won with 233 votes in the runoff.").votes == ()


def test_votes_complete_the_body_vote_with_a_headline_count_of_a_missing_side(
    extract: Extract,
) -> None:
    facts = extract(
        "Council renews Haiti police mission as two members abstain\n"
        "The Security Council voted 13-0 on Monday to renew the mandate of the police support "
        "mission for a year, with China and Russia abstaining."
    )
    vote = only_vote(facts)
    assert (vote.in_favour, vote.against, vote.abstentions) == (13, 0, 2)
    assert vote.countries.abstentions == ("CHN", "RUS")
    assert vote.text.startswith("The Security Council voted 13-0")


def test_votes_keep_a_headline_count_apart_when_the_body_names_another_number(
    extract: Extract,
) -> None:
    facts = extract(
        "Council renews Haiti police mission as four members abstain\n"
        "The Security Council voted 13-0 on Monday to renew the mandate of the police support "
        "mission for a year, with China and Russia abstaining."
    )
    assert sorted(triples(facts), key=str) == sorted([(None, None, 4), (13, 0, None)], key=str)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The House approved its version of the bill 224-203 in June.", (224, 203, None)),
        ("The assembly passed the pension reform package 88-47 last week.", (88, 47, None)),
        (
            "In 2021 the council adopted its first resolution on the matter 31-4 with nine "
            "abstentions.",
            (31, 4, 9),
        ),
        ("The cabinet approved the budget on Tuesday, 12-3.", (12, 3, None)),
        ("A motion to end the filibuster fell short on Monday, 55-43.", (55, 43, None)),
        (
            "The bid to close debate fell short, 58-40, two votes shy of the 60 needed.",
            (58, 40, None),
        ),
    ],
)
def test_votes_read_a_bare_tally_after_the_object_or_a_shortfall(
    extract: Extract, text: str, expected: tuple[int | None, ...]
) -> None:
    assert triples(extract(text)) == [expected]


def test_votes_call_a_tally_that_fell_short_failed(extract: Extract) -> None:
    vote = only_vote(extract("A motion to end the filibuster fell short on Monday, 55-43."))
    assert vote.outcome == "failed"


@pytest.mark.parametrize(
    "text",
    [
        "Parliament approved raising the retirement age from 60-65 in June.",
        "The council approved a vaccination plan for children aged 5-11 in schools.",
        "The board adopted new rules for the 2024-25 season.",
        "Brazil failed to qualify after losing 2-3 to Chile.",
        "Officials approved the proposal to widen the motorway between junctions 12-15 in May.",
    ],
)
def test_votes_read_no_tally_in_a_range_after_an_outcome_verb(extract: Extract, text: str) -> None:
    assert extract(text).votes == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Some 266 MPs voted for the amendment and 298 against it.", (266, 298, None)),
        ("About 180 lawmakers voted for the motion and 140 against.", (None, 140, None)),
        (
            "Of 447 deputies present, 262 voted to override the veto, 183 voted against and "
            "two abstained.",
            (262, 183, 2),
        ),
        (
            "A total of 301 lawmakers voted to approve the budget, while 98 voted to reject it.",
            (301, 98, None),
        ),
        ("In the Senate, 70 senators voted to confirm her and 28 voted against.", (70, 28, None)),
        (
            "In all, 52 senators voted to convict, short of the 67 needed, and 48 voted to acquit.",
            (52, 48, None),
        ),
        (
            "Of the 300 members, 170 voted to keep the rule and 120 voted to scrap it.",
            (170, 120, None),
        ),
    ],
)
def test_votes_read_counts_before_a_verb_of_voting(
    extract: Extract, text: str, expected: tuple[int | None, ...]
) -> None:
    assert triples(extract(text)) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Some 40 countries support the plan, diplomats said.",
        "Britain and France voted to extend the mission.",
        "The panel voted to delay the decision by a week.",
    ],
)
def test_votes_read_no_tally_from_rough_support_or_an_uncounted_vote(
    extract: Extract, text: str
) -> None:
    assert extract(text).votes == ()


def test_votes_take_no_list_from_voted_to(extract: Extract) -> None:
    vote = only_vote(extract("Britain and France voted to extend the mission, which passed 13-0."))
    assert vote.countries == SideCountries()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The law was supported by 402 deputies, no one voted against, and one lawmaker "
            "abstained.",
            (402, 0, 1),
        ),
        (
            "The bill was backed by 280 deputies; no one voted against it and two abstained.",
            (280, 0, 2),
        ),
        ("The amendment won 150 votes in favour, and no one abstained.", (150, None, 0)),
    ],
)
def test_votes_read_no_one_as_a_count_of_zero(
    extract: Extract, text: str, expected: tuple[int | None, ...]
) -> None:
    assert triples(extract(text)) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Its national executive had voted 19 to 4 to call a national strike, after members "
            "rejected a pay offer.",
            (19, 4, None),
        ),
        (
            "The union's board voted 9-2 to accept the deal, days after workers rejected an "
            "earlier offer.",
            (9, 2, None),
        ),
        ("The chamber voted 312-297 to reject the deal.", (297, 312, None)),
        ("In a 312-297 vote, lawmakers rejected the deal.", (297, 312, None)),
    ],
)
def test_votes_orient_a_compact_tally_by_the_action_voted(
    extract: Extract, text: str, expected: tuple[int | None, ...]
) -> None:
    assert triples(extract(text)) == [expected]


def test_votes_take_no_outcome_from_another_clause(extract: Extract) -> None:
    vote = only_vote(
        extract(
            "The board voted 9-2 to accept the deal, days after workers rejected an earlier offer."
        )
    )
    assert vote.outcome != "rejected"


@pytest.mark.parametrize(
    "text",
    [
        "Four senators who had opposed ending debate on Tuesday switched sides after leaders "
        "agreed to add money.",
        "Ten deputies who had backed the first reading were absent when the law was adopted.",
    ],
)
def test_votes_read_no_count_in_a_clause_describing_the_voters(extract: Extract, text: str) -> None:
    assert extract(text).votes == ()


def test_votes_take_no_list_from_a_stance_described(extract: Extract) -> None:
    vote = only_vote(
        extract(
            "The resolution passed 120-50. Cuba and Bolivia, which have backed the initiative "
            "for years, spoke in favour during the debate."
        )
    )
    assert vote.countries == SideCountries()


@pytest.mark.parametrize(
    "second",
    [
        "Russia and China cast the only no votes.",
        "Russia and China cast the only votes against.",
        "Russia and China cast the lone dissenting vote.",
    ],
)
def test_votes_read_the_countries_that_cast_the_only_no_votes(
    extract: Extract, second: str
) -> None:
    vote = only_vote(
        extract(
            "The board adopted the text with 20 votes in favour, two against and 12 abstentions. "
            + second
        )
    )
    assert vote.countries.against == ("RUS", "CHN")


@pytest.mark.parametrize(
    "text",
    [
        "The decision passed by 27 votes to five. Those voting against were Russia, China, Iran, "
        "Syria and Cuba, the Ukrainian delegation said in a statement.",
        "The text passed 30-5. Voting against were Belarus, Cuba, Syria, Eritrea and Nicaragua, "
        "Ukraine said.",
    ],
)
def test_votes_leave_the_source_after_a_list_out_of_it(extract: Extract, text: str) -> None:
    vote = only_vote(extract(text))
    assert len(vote.countries.against) == 5
    assert "UKR" not in vote.countries.against


def test_votes_read_a_country_joined_in_voting_a_way(extract: Extract) -> None:
    vote = only_vote(
        extract(
            "The resolution passed 120-3, with 2 abstentions. Hungary and Nauru joined the United "
            "States in opposing it, while Japan joined India in abstaining."
        )
    )
    assert vote.countries.against == ("HUN", "NRU", "USA")
    assert vote.countries.abstentions == ("JPN", "IND")


def test_votes_take_no_list_from_countries_joined_in_another_act(extract: Extract) -> None:
    vote = only_vote(
        extract("The resolution passed 120-2. Hungary joined Israel in calling for a ceasefire.")
    )
    assert vote.countries == SideCountries()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Senate fails to advance border security bill, 58-40", (58, 40, None)),
        ("The measure failed 52-48, short of the 60 votes needed.", (52, 48, None)),
        ("The draft failed to pass 10-5 after a veto.", (10, 5, None)),
        ("The motion failed 45-55.", (45, 55, None)),
        ("The motion was defeated 312-297.", (297, 312, None)),
    ],
)
def test_votes_keep_the_order_of_a_majority_that_failed(
    extract: Extract, text: str, expected: tuple[int | None, ...]
) -> None:
    assert triples(extract(text)) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The House passed the spending package, 218-214, late on Friday.", (218, 214, None)),
        (
            "The Knesset approved the bill in its final readings by a 64-56 majority.",
            (64, 56, None),
        ),
    ],
)
def test_votes_read_a_tally_after_a_comma_or_before_majority(
    extract: Extract, text: str, expected: tuple[int | None, ...]
) -> None:
    assert triples(extract(text)) == [expected]


def test_votes_read_no_tally_in_a_range_after_a_comma(extract: Extract) -> None:
    assert extract("The council approved a vaccination plan for children, 5-11.").votes == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("For the resolution voted 97 countries, 41 were against, 12 abstained.", (97, 41, 12)),
        ("For the bill voted 287 deputies, against - none, no abstentions.", (287, 0, 0)),
        ("In favour of the draft voted 64 delegations, against - 9, abstained - 30.", (64, 9, 30)),
        ("Against voted 18 senators, while 70 voted for it.", (70, 18, None)),
        ("For the amendment have voted 230 members, 150 voted against.", (230, 150, None)),
    ],
)
def test_votes_read_the_side_put_before_the_verb(
    extract: Extract, text: str, expected: tuple[int | None, ...]
) -> None:
    assert triples(extract(text)) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "For years the council voted 12 times on the matter.",
        "For the third year running the assembly voted 30 times on budget lines.",
    ],
)
def test_votes_read_no_inverted_tally_without_voters_after_the_verb(
    extract: Extract, text: str
) -> None:
    assert extract(text).votes == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In favour: 88, against: 7, abstentions: 21.", (88, 7, 21)),
        ("Results: yes - 150, against - 12, abstained - 4.", (150, 12, 4)),
        ("The tally: in favour - 33, against - none, abstentions - 2.", (33, 0, 2)),
        ("For the law voted 250 deputies, against it - 30, 10 abstained.", (250, 30, 10)),
    ],
)
def test_votes_read_side_labels_before_their_counts_in_a_comma_list(
    extract: Extract, text: str, expected: tuple[int | None, ...]
) -> None:
    assert triples(extract(text)) == [expected]


def test_votes_list_the_countries_of_an_inverted_sentence(extract: Extract) -> None:
    vote = only_vote(
        extract(
            "For the text voted 101 states, 48 were against. Against the text voted Canada, "
            "Israel, several Pacific island states, Hungary and Argentina."
        )
    )
    assert vote.countries.against == ("CAN", "ISR", "HUN", "ARG")


@pytest.mark.parametrize(
    "text",
    [
        "A resolution needs nine votes in favour and no veto by a permanent member to pass.",
        "To advance, the bill requires 60 votes in the 100-seat chamber.",
        "Nine votes in favour are needed for adoption.",
        "Under the rules, a text must win 129 votes to be adopted.",
        "The amendment, needing a two-thirds majority, goes to the floor on Monday.",
    ],
)
def test_votes_read_no_tally_in_a_threshold(extract: Extract, text: str) -> None:
    assert extract(text).votes == ()


def test_votes_keep_the_tally_next_to_a_threshold(extract: Extract) -> None:
    facts = extract(
        "Nine votes in favour are needed for adoption; the draft won 12 votes in favour, "
        "with three against."
    )
    assert triples(facts) == [(12, 3, None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In March, China vetoed a French-drafted text on the crisis, which was supported "
            "by 13 council members.",
            (13, ("CHN",)),
        ),
        (
            "The United States vetoed the draft, which had been backed by 14 members.",
            (14, ("USA",)),
        ),
    ],
)
def test_votes_read_the_members_backing_a_vetoed_text(
    extract: Extract, text: str, expected: tuple[int, tuple[str, ...]]
) -> None:
    vote = only_vote(extract(text))
    assert (vote.in_favour, vote.countries.against, vote.outcome) == (*expected, "vetoed")


@pytest.mark.parametrize(
    "text",
    [
        "China vetoed the draft, which was supported by 40 countries outside the council.",
        "The draft was supported by 14 council members.",
    ],
)
def test_votes_read_no_tally_from_mere_support(extract: Extract, text: str) -> None:
    assert extract(text).votes == ()


def test_votes_read_those_of_the_states_after_included(extract: Extract) -> None:
    vote = only_vote(
        extract(
            "The Committee approved the draft by 88 votes in favour to 31 against, with 50 "
            "abstentions. Delegations voting against included those of Iran, Cuba, the Syrian "
            "Arab Republic and Belarus."
        )
    )
    assert vote.countries.against == ("IRN", "CUB", "SYR", "BLR")
    assert vote.partial


@pytest.mark.parametrize(
    ("text", "against"),
    [
        (
            "The bid was blocked by a US veto, although 13 members of the council voted in "
            "favour and one abstained.",
            ("USA",),
        ),
        (
            "The Council voted 12-3 on the text. The Chinese veto was its second this year.",
            ("CHN",),
        ),
        (
            "The text won 11 votes in favour, but a joint Russian-Chinese veto killed it.",
            ("RUS", "CHN"),
        ),
        ("The draft won 13 votes in favour and two against, but Moscow's veto sank it.", ("RUS",)),
    ],
)
def test_votes_count_the_state_a_veto_is_named_after_against(
    extract: Extract, text: str, against: tuple[str, ...]
) -> None:
    vote = only_vote(extract(text))
    assert vote.countries.against == against
    assert vote.outcome == "vetoed"


@pytest.mark.parametrize(
    "text",
    [
        "The draft won 13 votes in favour. Diplomats had feared a Chinese veto.",
        "The draft won 11 votes, despite the threat of a Russian veto.",
        "Washington warned of a US veto before the Council voted 14-1.",
        "A French veto is likely when the Council votes 13-2 on Friday.",
        "The Council voted 13-2 on the draft. Russia's veto power was criticised.",
    ],
)
def test_votes_count_no_state_for_a_veto_feared_or_named_as_a_right(
    extract: Extract, text: str
) -> None:
    vote = only_vote(extract(text))
    assert vote.countries.against == ()


def test_votes_leave_a_side_word_that_opens_an_inverted_clause_to_its_own_count(
    extract: Extract,
) -> None:
    facts = extract(
        "The text was supported by 88 states, against it voted 21 countries, 9 abstained."
    )
    assert triples(facts) == [(88, 21, 9)]


def test_votes_run_a_list_past_no_source_of_the_report(extract: Extract) -> None:
    vote = only_vote(
        extract(
            "The text passed 140-9. Voting against were Israel and Nauru, the delegate said, "
            "Hungary and Palau too."
        )
    )
    assert vote.countries.against == ("ISR", "NRU")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The motion carried with 41 yes votes, 7 no votes and 2 abstentions.", (41, 7, 2)),
        ("The text got 30 yes votes and no votes against.", (30, 0, None)),
    ],
)
def test_votes_read_no_votes_after_a_count_as_the_side_against(
    extract: Extract, text: str, expected: tuple[int | None, ...]
) -> None:
    assert triples(extract(text)) == [expected]


@pytest.mark.parametrize(
    ("text", "against"),
    [
        (
            "Britain, France veto U.N. draft on the strait\n\nThe two countries vetoed the text "
            "on Monday. The vote was 12-2, with one abstention.",
            ("GBR", "FRA"),
        ),
        (
            "Russia vetoes resolution on chemical inspections\n\nThe draft won 11 votes in "
            "favour, with two abstentions.",
            ("RUS",),
        ),
    ],
)
def test_votes_count_the_states_a_headline_says_veto_a_text_against(
    extract: Extract, text: str, against: tuple[str, ...]
) -> None:
    assert only_vote(extract(text)).countries.against == against


@pytest.mark.parametrize(
    "text",
    [
        "The draft won 12 votes in favour. US vetoes are rare, diplomats said.",
        "The text won 13 votes in favour, with two against. Without a Russian veto draft, it "
        "would pass.",
    ],
)
def test_votes_count_no_state_for_vetoes_in_general(extract: Extract, text: str) -> None:
    assert only_vote(extract(text)).countries.against == ()


@pytest.mark.parametrize(
    ("text", "against"),
    [
        (
            "For the text voted 98 states. Against it voted the delegations of the UK, Poland "
            "and Lithuania.",
            ("GBR", "POL", "LTU"),
        ),
        (
            "The draft passed by 90 votes to 40. Voted against the delegations of Canada, "
            "Austria and Chile.",
            ("CAN", "AUT", "CHL"),
        ),
        (
            "The draft passed by 90 votes to 40. Among those voting against were the "
            "delegations of Estonia and Latvia.",
            ("EST", "LVA"),
        ),
    ],
)
def test_votes_read_a_list_of_the_delegations_of_states(
    extract: Extract, text: str, against: tuple[str, ...]
) -> None:
    assert only_vote(extract(text)).countries.against == against


def test_votes_read_no_list_from_a_vote_against_delegations_mid_sentence(extract: Extract) -> None:
    vote = only_vote(
        extract(
            "The text passed by 90 votes to 40. Peru voted against the delegations of Chile and "
            "Bolivia on a point of order."
        )
    )
    assert "CHL" not in vote.countries.against


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In the vote, 280 deputies said yes to the bill, while 160 voted no.", (280, 160, None)),
        ("A total of 215 lawmakers voted yes and 199 said no.", (215, 199, None)),
    ],
)
def test_votes_read_said_yes_and_said_no_as_sides(
    extract: Extract, text: str, expected: tuple[int | None, ...]
) -> None:
    assert triples(extract(text)) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "In the referendum, 54 percent of voters said no to the plan.",
        "Some 40 senators said no comment when asked about the bill, the newspaper said.",
        "Asked whether 12 ministers would resign, he said yes.",
    ],
)
def test_votes_ignore_said_yes_or_no_outside_a_tally(extract: Extract, text: str) -> None:
    assert extract(text).votes == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Moscow vetoed a draft on the pipeline. The vote on the 15-member body was 12-1.",
            (12, 1),
        ),
        ("China vetoed the text. The vote in the 15-member council was 14-1.", (14, 1)),
        ("The vote in the 47-member council was 27-4 with 16 abstentions.", (27, 4)),
        ("The final tally in the chamber was 61-38.", (61, 38)),
    ],
)
def test_votes_read_a_dash_tally_after_the_vote_was(
    extract: Extract, text: str, expected: tuple[int, int]
) -> None:
    vote = only_vote(extract(text))
    assert (vote.in_favour, vote.against) == expected


def test_votes_give_the_veto_caster_the_side_against_in_a_later_dash_tally(
    extract: Extract,
) -> None:
    vote = only_vote(
        extract(
            "Moscow vetoed a draft on the pipeline. The vote in the 15-member council was 14-1."
        )
    )
    assert vote.outcome == "vetoed"
    assert vote.countries.against == ("RUS",)


@pytest.mark.parametrize(
    "text",
    [
        "The result of the match was 3-1.",
        "The count was completed when the tally showed turnout of 55-60 percent.",
        "The vote in the 15-member council was set for 2-3 p.m.",
    ],
)
def test_votes_ignore_dashed_figures_that_are_no_vote(extract: Extract, text: str) -> None:
    assert extract(text).votes == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The earlier version was voted down forty-one to fifty-six in June.", (41, 56)),
        ("The draft failed in May, when it was voted down fifty-two to fifty-eight.", (52, 58)),
    ],
)
def test_votes_read_voted_down_with_number_words(
    extract: Extract, text: str, expected: tuple[int, int]
) -> None:
    vote = only_vote(extract(text))
    assert (vote.in_favour, vote.against) == expected
    assert vote.outcome == "rejected"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The division list showed Ayes 245, Noes 301.", (245, 301)),
        ("The amendment fell: Ayes 180, Noes 290.", (180, 290)),
        ("The Senate roll call was Yeas 52, Nays 47.", (52, 47)),
        ("The motion carried with 312 ayes, 297 noes.", (312, 297)),
    ],
)
def test_votes_read_a_division_list_with_labels_before_counts_as_one_vote(
    extract: Extract, text: str, expected: tuple[int, int]
) -> None:
    vote = only_vote(extract(text))
    assert (vote.in_favour, vote.against) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The lawmakers passed the budget plan with 452 votes in favour, equivalent to 94.36%.",
            452,
        ),
        (
            "The bill passed the Assembly with 402 votes in favour, or 83.7 percent of deputies.",
            402,
        ),
        (
            "The assembly adopted the law with 410 votes in favour, accounting for 85.1 percent "
            "of all deputies.",
            410,
        ),
    ],
)
def test_votes_keep_a_count_restated_as_a_share_of_the_chamber(
    extract: Extract, text: str, expected: int
) -> None:
    assert triples(extract(text)) == [(expected, None, None)]


@pytest.mark.parametrize(
    "text",
    [
        "Turnout was 61 out of 100 voters, with 45 percent in favour.",
        "A poll found 52 votes in favour, or 48 percent of those asked.",
        "Some 300 out of 450 delegates present at the congress were women.",
    ],
)
def test_votes_still_ignore_shares_of_polls_and_turnout(extract: Extract, text: str) -> None:
    assert extract(text).votes == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lawmakers approved the Land Law with 455 out of 470 deputies present voting in "
            "favour, accounting for 92.1% of the total.",
            455,
        ),
        ("The law was adopted with 433 out of 441 deputies voting in favour.", 433),
        (
            "The parliament passed the budget law, with 390 of 421 legislators present voting "
            "for it.",
            390,
        ),
        ("The law was adopted with 433 deputies present voting in favour.", 433),
    ],
)
def test_votes_read_n_out_of_m_members_present_voting_in_favour(
    extract: Extract, text: str, expected: int
) -> None:
    assert triples(extract(text)) == [(expected, None, None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("For the resolution voted 120 countries, against - 50, abstained 14.", (120, 50, 14)),
        ("For the draft voted 98 states, against — 15, abstained 40.", (98, 15, 40)),
        ("The tally was: for - 88, against - 12, abstained - 7.", (88, 12, 7)),
        ("In favour: 141, against: 5, abstentions: 30.", (141, 5, 30)),
    ],
)
def test_votes_read_a_labelled_series_with_the_side_word_before_each_count(
    extract: Extract, text: str, expected: tuple[int, int, int]
) -> None:
    assert triples(extract(text)) == [expected]


def test_votes_keep_a_count_after_a_side_verb_that_is_no_series_end(extract: Extract) -> None:
    vote = only_vote(extract("Thirty countries backed it, while 12 abstained, 3 opposed."))
    assert (vote.in_favour, vote.against, vote.abstentions) == (30, 3, 12)


@pytest.mark.parametrize(
    "text",
    [
        "The bill passed 320-250, but in the event only five voted against the Government, "
        "according to the division lists.",
        "Eleven Tory MPs voted against their party, while the motion carried 300 to 280.",
        "The chamber backed the plan 300-200. A total of 30 Labour MPs voted against the whip.",
    ],
)
def test_votes_ignore_rebels_voting_against_their_government_or_whip(
    extract: Extract, text: str
) -> None:
    vote = only_vote(extract(text))
    assert vote.against != 5 and vote.against != 30 and vote.in_favour in (320, 300)


def test_votes_keep_votes_against_the_government_in_a_confidence_vote(extract: Extract) -> None:
    vote = only_vote(
        extract(
            "In the confidence vote, 140 deputies voted against the government and 210 backed it."
        )
    )
    assert (vote.in_favour, vote.against) == (210, 140)


FAR_AMONG = (
    "The agency's members adopted a decision by 90 votes to 12, with 20 abstentions. The "
    'decision asks the government to declare all sites. "This is a turning point," the Dutch '
    'envoy said. "We must not waste it." A Chinese delegate said the decision was political. '
    "China, Cuba and Syria were among those voting against, diplomats said."
)
FAR_TALLY_SOURCE = (
    "The board adopted the text by 22 votes to three, with 10 abstentions. It was drafted by "
    'Canada. "We are grateful," the minister told the board. The Cuban envoy called it biased. '
    "Cuba, Syria and Laos are not board members, but China and Iran voted against, according "
    "to a tally seen by reporters."
)
FAR_UNRELATED = (
    "The board adopted the text by 22 votes to three, with 10 abstentions. It was drafted by "
    'Canada. "We are grateful," the minister told the board. The Cuban envoy called it biased. '
    "Separately, China and Iran voted against a budget line last year."
)


@pytest.mark.parametrize(
    ("text", "against"),
    [
        (FAR_AMONG, ("CHN", "CUB", "SYR")),
        (FAR_TALLY_SOURCE, ("CHN", "IRN")),
        (
            FAR_AMONG.replace("those voting against", "the countries that voted against"),
            ("CHN", "CUB", "SYR"),
        ),
    ],
)
def test_votes_join_a_far_list_that_restates_a_counted_side(
    extract: Extract, text: str, against: tuple[str, ...]
) -> None:
    assert only_vote(extract(text)).countries.against == against


def test_votes_leave_a_far_list_that_restates_no_side(extract: Extract) -> None:
    assert only_vote(extract(FAR_UNRELATED)).countries.against == ()


def test_votes_read_press_release_lists_headed_by_side_and_bracketed_count(
    extract: Extract,
) -> None:
    vote = only_vote(
        extract(
            "The Council adopted a resolution on the crisis by a vote of 30 in favour, 5 against "
            "and 4 abstentions.\n\nThe text was presented by Norway. It asks the mission to "
            "report next year.\n\nThe result of the vote was as follows:\n"
            "Against (5): Cuba, Eritrea, Venezuela, China and Burundi.\n"
            "Abstentions (4): India, Qatar, Nepal and Viet Nam."
        )
    )
    assert (vote.in_favour, vote.against, vote.abstentions) == (30, 5, 4)
    assert vote.countries.against == ("CUB", "ERI", "VEN", "CHN", "BDI")
    assert vote.countries.abstentions == ("IND", "QAT", "NPL", "VNM")


def test_votes_keep_a_recalled_vote_with_the_same_tally_apart_when_placed_back_then(
    extract: Extract,
) -> None:
    facts = extract(
        "The Assembly adopted the resolution with 120 votes in favour, 3 against and 40 "
        "abstentions. Last year too, Brazil had abstained on the text, which was adopted then "
        "with 120 votes in favour, 3 against and 40 abstentions."
    )
    assert triples(facts) == [(120, 3, 40), (120, 3, 40)]
    assert facts.votes[1].countries.abstentions == ("BRA",)


@pytest.mark.parametrize(
    "text",
    [
        "The Assembly adopted the resolution by 120 votes to 3, with 40 abstentions, the same "
        "result as last year.",
        "Assembly adopts resolution 120-3\nThe Assembly adopted the resolution by 120 votes to 3 "
        "on Monday.",
    ],
)
def test_votes_keep_a_restated_tally_as_one_vote(extract: Extract, text: str) -> None:
    assert len(extract(text).votes) == 1


def test_votes_join_a_far_list_among_those_abstaining(extract: Extract) -> None:
    text = FAR_AMONG.replace(
        "China, Cuba and Syria were among those voting against",
        "India and Brazil were among those abstaining",
    )
    assert only_vote(extract(text)).countries.abstentions == ("IND", "BRA")


# -- shortcuts that must read as the rules they stand for ---------------------------------
# Each pre-check is asked of strings the pattern itself matches (`st.from_regex`, which also
# writes letters a case-blind pattern reads as ASCII ones: "İ", "ı", "ſ", the Kelvin sign), so
# a word added to a pattern and not to its pre-check fails here.


@pytest.mark.parametrize(
    ("pattern", "words"),
    [
        (_EARLIER, _EARLIER_WORDS),
        (_RECALLED, _RECALLED_WORDS),
        (_ANOTHER_VOTE, _ANOTHER_VOTE_WORDS),
        (_FELL_SHORT, _FELL_SHORT_WORDS),
        (_VOTES_TO(), _VOTES_TO_WORDS),
        (_PROCEDURAL, _MOTION_WORDS),
        # the texts `_on_a_motion` takes from _SUBJECT_TEXT
        (re.compile(r"\b(?:motion|amendment)", re.IGNORECASE), _MOTION_WORDS),
    ],
)
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_votes_try_a_sentence_pattern_wherever_its_literal_pre_check_allows(
    pattern: re.Pattern[str], words: tuple[str, ...], data: st.DataObject
) -> None:
    sentence = data.draw(st.from_regex(pattern))
    assert _may_say(sentence, 0, len(sentence), words)


@settings(max_examples=300, deadline=None)
@given(gap=st.from_regex(_INTRO))
@example(gap="such a\u017f ")  # a long s ends no "as" once lower-cased
def test_votes_try_the_list_intro_pattern_wherever_the_gap_end_allows(gap: str) -> None:
    assert _may_introduce(gap)


# words around a side word: number words and digits, other words, "teen" words, letters a
# case-blind pattern reads as ASCII ones, other scripts; and what may stand between them
_COUNT_TEXT_WORDS = (
    "12", "٣", "²", "Ten", "NINE", "fifteen", "teen", "Eighteen", "often", "tenth", "none",
    "votes", "of", "the", "\u212a", "ſix", "se\u0131ze", "nine_", "_5", "é",
    # every word of the pattern's number words, so that one added there is tried here
    *re.findall(r"[a-z]+", _NUMBER_WORD),
)  # fmt: skip
_COUNT_GAPS = ("", " ", ", ", "-", "\n")
_COUNT_TEXTS = st.lists(
    st.tuples(st.sampled_from(_COUNT_GAPS), st.sampled_from(_COUNT_TEXT_WORDS)).map("".join),
    max_size=6,
).map("".join)


@settings(max_examples=500, deadline=None)
@given(text=_COUNT_TEXTS, limit=st.integers(0, 40))
@example(text=" teen", limit=40)  # no number: "\w+teen" wants a letter before "teen"
def test_votes_read_a_count_after_a_side_word_as_the_count_pattern_does(
    text: str, limit: int
) -> None:
    plain = _COUNT_AFTER.match(text, 0, limit) is not None
    assert _count_follows(text, 0, limit) == plain


@settings(max_examples=500, deadline=None)
@given(text=_COUNT_TEXTS, low=st.integers(0, 10))
def test_votes_read_a_count_before_a_side_word_as_the_count_pattern_does(
    text: str, low: int
) -> None:
    plain = _COUNT_BEFORE.search(text, low, len(text)) is not None
    assert _count_ends_before(text, low, len(text)) == plain


@settings(max_examples=500, deadline=None)
@given(text=_COUNT_TEXTS, low=st.integers(0, 10))
@example(text="a voted", low=0)  # no number word ends "ted": read without the pattern
@example(text="a hundred", low=0)
@example(text="fifteen", low=4)  # the window holds "teen" only
def test_votes_read_the_word_and_space_before_a_side_word_as_the_count_pattern_does(
    text: str, low: int
) -> None:
    # "voted for": the side word follows a space, where the last three letters are looked at
    text += " "
    plain = _COUNT_BEFORE.search(text, low, len(text)) is not None
    assert _count_ends_before(text, low, len(text)) == plain


@settings(max_examples=500, deadline=None)
@given(
    text=st.lists(
        st.sampled_from([" ", "\n", "New", "NEW", "new", "Mexico", "U.S.", "O'", "-", "é", "_"]),
        max_size=8,
    ).map("".join),
)
def test_votes_read_the_word_before_a_name_as_its_pattern_does(text: str) -> None:
    start = len(text)
    found = _BEFORE_NAME.search(text, max(0, start - 30), start)
    assert _word_before(text, start) == (found.group(1) if found else None)


@pytest.mark.parametrize(
    "name", ["interfaks-cybercrime.txt", "security-council-veto.txt", "diplomatic-talks.txt"]
)
def test_votes_read_the_countries_of_each_sentence_as_of_the_whole_article(
    extractor: Extractor, name: str
) -> None:
    # The vote search reads countries sentence by sentence, only where it reads at all; each
    # sentence's must be those the whole article's list holds there, in order.
    text = (Path(__file__).resolve().parent.parent / "samples" / name).read_text(encoding="utf-8")
    text += "\n\nRussia, China and Cuba voted against. New Mexico abstained.\nThe U.S. envoy and "
    text += "the Russian delegation voted for; Brazil's envoy and Chile abstained."
    doc = keep_text(make_doc(extractor.nlp, text), text)
    for _, process in extractor.nlp.pipeline:
        doc = process(doc)
    view = doc_view(doc)
    starts = [start for start, _ in view.sents]
    whole = country_mentions(view, demonyms=False)
    by_sentence = _SentenceMentions(view, starts)
    assert whole
    for index in reversed(range(len(starts))):
        expected = [m for m in whole if bisect_right(starts, m.start) - 1 == index]
        assert by_sentence[index] == expected
