"""Dates: every calendar expression, valued against the reference date, with the event it dates."""

from __future__ import annotations

import ast
import dataclasses
import datetime as dt
import inspect
import json
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract_cli import dates as dates_module
from extract_cli.dates import dates_in_text, load_rules, stated_reference_date
from extract_cli.facts import ArticleFacts, DateMention
from extract_cli.patterns import default_pattern_dir

Extract = Callable[..., ArticleFacts]
REF = "2019-12-27"  # a Friday


def dates(extract: Extract, text: str, reference: str | None = REF) -> list[DateMention]:
    return list(extract(text, reference).dates)


def only(extract: Extract, text: str, reference: str | None = REF) -> DateMention:
    found = dates(extract, text, reference)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("sentence", "expression", "value", "granularity"),
    [
        ("The text was adopted on 27 December 2019.", "27 December 2019", "2019-12-27", "day"),
        ("The text was adopted on Dec. 27.", "Dec. 27", "2019-12-27", "day"),
        ("The text was adopted on December 27th.", "December 27th", "2019-12-27", "day"),
        (
            "The text was adopted on the 3rd of May 2018.",
            "the 3rd of May 2018",
            "2018-05-03",
            "day",
        ),
        ("Source: Xinhua| 2019-12-27 16:47:27", "2019-12-27", "2019-12-27", "day"),
        ("Posted 2019/12/27 10:30", "2019/12/27", "2019-12-27", "day"),
        ("Posted on 12/27/2019 in US style", "12/27/2019", "2019-12-27", "day"),
        ("09:38 20.04.2021", "20.04.2021", "2021-04-20", "day"),
        ("The decree of 29-03-2022 stands.", "29-03-2022", "2022-03-29", "day"),
        ("Press release 24/11/2004", "24/11/2004", "2004-11-24", "day"),
        ("The veto on 24/1 shocked diplomats.", "24/1", "2019-01-24", "day"),
        ("Release stamp 19991124", "19991124", "1999-11-24", "day"),
        ("Talks resumed in November 2016.", "November 2016", "2016-11", "month"),
        ("Published April 03,2025", "April 03,2025", "2025-04-03", "day"),
        ("He joined the Senate in 2009.", "2009", "2009", "year"),
        ("It was endorsed at the 2015 Annual Session.", "2015", "2015", "year"),
        ("Parliament cut the 2024 budget.", "2024", "2024", "year"),
        ("The budget for 2019-20 was cut.", "2019-20", "2019", "year"),
        ("The review comes in early 2018.", "early 2018", "2018", "year"),
    ],
)
def test_dates_reads_absolute_expressions(
    extract: Extract, sentence: str, expression: str, value: str, granularity: str
) -> None:
    found = only(extract, sentence)
    assert (found.text, found.value, found.granularity) == (expression, value, granularity)


@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        ("The council adopted it today.", "today", "2019-12-27"),
        ("The council adopted it yesterday.", "yesterday", "2019-12-26"),
        ("The council adopted a similar text last year.", "last year", "2018"),
        ("It is the third such text this year.", "this year", "2019"),
        ("The envoy arrived last October.", "last October", "2019-10"),
        ("The envoy arrived earlier this month.", "earlier this month", "2019-12"),
        ("The council met last month.", "last month", "2019-11"),
        ("The council last met four years ago.", "four years ago", "2015"),
        ("The envoy arrived on Wednesday.", "Wednesday", "2019-12-25"),
        ("The envoy arrived on Friday.", "Friday", "2019-12-27"),
        ("Critics attacked Thursday's resolution.", "Thursday", "2019-12-26"),
        ("The session ran until Tuesday night.", "Tuesday", "2019-12-24"),
        ("The talks opened on the 20th at the palace.", "the 20th", "2019-12-20"),
        ("A report is due in June next year.", "June next year", "2020-06"),
        ("The body has met since February.", "February", "2019-02"),
    ],
)
def test_dates_resolves_relative_expressions_against_the_reference_date(
    extract: Extract, sentence: str, expression: str, value: str
) -> None:
    found = only(extract, sentence)
    assert (found.text, found.value) == (expression, value)


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The council will meet on Tuesday.", "2019-12-31"),
        ("The vote is scheduled for Monday.", "2019-12-30"),
        ("Negotiators raced to meet the Monday deadline.", "2019-12-30"),
        ("The ministers agreed to meet again on Monday.", "2019-12-30"),
        ("A decision is to be taken in Brussels on Monday.", "2019-12-30"),
        ("She is a candidate in Sunday's leadership election.", "2019-12-29"),
        ("The council failed to adopt the text on Tuesday.", "2019-12-24"),
        ("Russia said on Monday that it would veto the text.", "2019-12-23"),
        ("The text was circulated on Monday.", "2019-12-23"),
        ("The session ends on Monday with a vote.", "2019-12-30"),
        ("Elections are set for Monday.", "2019-12-30"),
        ("The envoys met last Friday.", "2019-12-20"),
        ("The envoys meet again next Friday.", "2020-01-03"),
        ("Diplomats expect a vote on Monday.", "2019-12-30"),
        ("Sunday's election results showed a swing.", "2019-12-22"),
        ("Officials counted ballots after Sunday's election.", "2019-12-22"),
    ],
)
def test_dates_weekday_looks_forward_only_when_the_clause_does(
    extract: Extract, sentence: str, value: str
) -> None:
    assert only(extract, sentence).value == value


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The ministry was attacked on December 29.", "2018-12-29"),
        ("The upper house will consider the law on January 15.", "2020-01-15"),
        ("Talks must end by January 15.", "2020-01-15"),
        ("Lawmakers cannot delay the exit beyond 29 March.", "2020-03-29"),
        ("The force should be in place by the end of March.", "2020-03"),
        ("The mandate was renewed in March.", "2019-03"),
        ("India proposed January 2-3 for the talks.", "2020-01-02"),
        ("MOSCOW, Dec 29 (Interfax) - Russia vetoed the text.", "2019-12-29"),
    ],
)
def test_dates_day_or_month_without_year_takes_nearest_past_unless_looking_forward(
    extract: Extract, sentence: str, value: str
) -> None:
    assert only(extract, sentence).value == value


@pytest.mark.parametrize(
    "sentence",
    [
        "The envoy spoke this morning and will leave tonight.",
        "The talks ended at 10:30 after a three-day visit.",
        "The talks were held last week.",
        "The talks were held in the spring.",
        "The policy dates back to the 1990s.",
        "The issue is on the agenda of the 75th session.",
        "A day after the vote, the envoy left; a year later the law changed.",
        "More than 2,000 people and 2000 troops were deployed.",
        "The 1267 committee lists the group under resolution 2334.",
        "The council recalled resolutions 1701 and 2042.",
        "No text was adopted on 31 February 2019 or on 30 Feb.",
        "Read more at https://example.org/news/2019/12/27/vote-2019-12-27.",
        "The council meets every Friday.",
        "Theresa May said the Commons may vote again.",
        "Critics of the May government rallied.",
        "The world is safer today than ever.",
        "USA Today reported the vote.",
        "The Sunday Times reported the vote.",
        "The draft was put to a vote the following Monday.",
        "The envoy was born in the mid-1990s.",
        "The fiscal 2024 budget and the 2024-25 financial year were approved.",
        "The threats we face today are new.",
        "In today's world, nothing is simple.",
        "The previous day, the envoy had arrived in Geneva.",
        "Progress on Agenda 2030 and on the 2030 Agenda for Sustainable Development is slow.",
        "Riyadh unveiled Vision 2030 under Horizon 2020 rules.",
        "© 2024 Reuters. Copyright 2023 The Associated Press.",
    ],
)
def test_dates_skips_what_only_looks_like_a_date(extract: Extract, sentence: str) -> None:
    assert dates(extract, sentence) == []


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The governor held on to power in Sunday's regional election.", "2019-12-22"),
        ("The ruling party came to power in Sunday's snap election.", "2019-12-22"),
        ("The opposition swept to victory in Sunday's parliamentary election.", "2019-12-22"),
        ("The incumbent came third in Sunday's regional election.", "2019-12-22"),
        ("The incumbent won Sunday's runoff by a wide margin.", "2019-12-22"),
        ("The incumbent faces a tough test in Sunday's regional election.", "2019-12-29"),
        ("The incumbent will stand in Sunday's regional election.", "2019-12-29"),
        ("Campaigning ended ahead of Sunday's regional election.", "2019-12-29"),
    ],
)
def test_dates_possessive_weekday_follows_the_tense_of_its_clause(
    extract: Extract, sentence: str, value: str
) -> None:
    assert only(extract, sentence).value == value


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The two leaders would review the accord when they meet again in February.", "2020-02"),
        ("Ministers said they would revisit the deal when they gather in February.", "2020-02"),
        ("The envoys are due to report back in February.", "2020-02"),
        ("Both sides plan to sign the accord in February.", "2020-02"),
        ("Diplomats met ahead of a summit in February.", "2020-02"),
        ("The accord collapsed when the leaders met in February.", "2019-02"),
    ],
)
def test_dates_bare_month_looks_forward_in_a_conditional_or_planned_clause(
    extract: Extract, sentence: str, value: str
) -> None:
    assert only(extract, sentence).value == value


@pytest.mark.parametrize(
    "sentence",
    [
        "Somalia today is not the Somalia of the past.",
        "The region today remains fragile.",
        "Russia is today a different country.",
        "We today are at a crossroads, she said.",
        "The country today isn't what it was.",
    ],
)
def test_dates_today_meaning_nowadays_is_not_a_date(extract: Extract, sentence: str) -> None:
    assert dates(extract, sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The council today adopted a resolution on Yemen.",
        "The Security Council today is holding a debate on Yemen.",
        "The assembly today has formally adopted the budget.",
        "The committee today is expected to vote on the text.",
        "Today is a sad day for the region, the envoy said.",
        "The vote today is a milestone for the region.",
        "The vote is today.",
    ],
)
def test_dates_today_with_an_action_or_occasion_is_the_reference_day(
    extract: Extract, sentence: str
) -> None:
    assert only(extract, sentence).value == REF


def test_dates_weekday_joined_to_its_date_is_one_expression(extract: Extract) -> None:
    found = only(extract, "By Harbour News Service\nThursday, March 5, 2020 - 09:17 AM\n")
    assert (found.text, found.value) == ("Thursday, March 5, 2020", "2020-03-05")


def test_dates_relative_day_joined_to_its_date_is_one_expression(extract: Extract) -> None:
    found = only(extract, "The declaration will be voted on tomorrow, 28 December, in Baku.")
    assert (found.text, found.value) == ("tomorrow, 28 December", "2019-12-28")


@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        ("The summit was held on August 23-24.", "August 23-24", "2019-08-23"),
        ("The assembly met from 21 to 30 May.", "21 to 30 May", "2019-05-21"),
        ("Talks were held on 3 and 4 December.", "3 and 4 December", "2019-12-03"),
    ],
)
def test_dates_day_span_is_one_expression_valued_at_its_first_day(
    extract: Extract, sentence: str, expression: str, value: str
) -> None:
    found = only(extract, sentence)
    assert (found.text, found.value) == (expression, value)


def test_dates_counts_every_occurrence(extract: Extract) -> None:
    text = "Council adopts text on Thursday\n\nThe council adopted the text on Thursday."
    assert [d.value for d in dates(extract, text)] == ["2019-12-26", "2019-12-26"]


def test_dates_without_reference_leaves_relative_values_null(extract: Extract) -> None:
    text = "The council met on Thursday, on Sept. 16 and in March 2024, a year after 2023 began."
    found = dates(extract, text, None)
    assert [(d.text, d.value) for d in found] == [
        ("Thursday", None),
        ("Sept. 16", None),
        ("March 2024", "2024-03"),
        ("2023", "2023"),
    ]


@pytest.mark.parametrize(
    ("sentence", "granularity"),
    [
        ("The envoy left two months ago.", "month"),
        ("The envoy left last year.", "year"),
        ("The envoy left in October.", "month"),
        ("The envoy left yesterday.", "day"),
    ],
)
def test_dates_without_reference_still_say_what_they_name(
    extract: Extract, sentence: str, granularity: str
) -> None:
    found = only(extract, sentence, None)
    assert (found.value, found.granularity) == (None, granularity)


def test_dates_span_matches_text(extract: Extract, seed_text: str) -> None:
    for found in dates(extract, seed_text):
        assert seed_text[found.span[0] : found.span[1]] == found.text


def test_dates_reads_the_seed_article(extract: Extract, seed_text: str) -> None:
    found = dates(extract, seed_text)
    assert [(d.text, d.value, d.granularity) for d in found] == [
        ("this year", "2019", "year"),
        ("November 18", "2019-11-18", "day"),
        ("August 2020", "2020-08", "month"),
    ]


@pytest.mark.parametrize(
    ("sentence", "event"),
    [
        ("Critics attacked Thursday's resolution on Iran.", "resolution"),
        ("A decision, to be taken in Brussels on Friday, depends on Moscow.", "to be taken"),
        (
            "On Monday, the assembly adopted the text without a vote.",
            "adopted the text without a vote",
        ),
    ],
)
def test_dates_event_is_the_nearest_verb_phrase_or_possessed_noun(
    extract: Extract, sentence: str, event: str
) -> None:
    assert only(extract, sentence).event == event


def test_dates_in_plain_text_match_those_of_the_pipeline(extract: Extract, seed_text: str) -> None:
    assert dates_in_text(seed_text, dt.date(2019, 12, 27)) == dates(extract, seed_text)


def test_dates_event_says_what_happened_on_the_date(extract: Extract, seed_text: str) -> None:
    events = {d.text: d.event or "" for d in dates(extract, seed_text)}
    assert events["November 18"].startswith("approved by the Third Committee")
    assert events["August 2020"] == "will hold a three-day organizational session"


@pytest.mark.parametrize(
    ("head", "value", "source"),
    [
        (
            "Council adopts six resolutions\n\n18 November 2010\n\nThe council...",
            "2010-11-18",
            "article",
        ),
        (
            "By Northwind Wire\n\nPublished : Feb. 7, 2022 - 16:48\n\nThe envoy...",
            "2022-02-07",
            "article",
        ),
        ("date 2018-04-15\nUN Security Council fails to adopt text", "2018-04-15", "article"),
        (
            "Updated by our editors at 0735 on Tuesday 9 June 2026\n\nLima...",
            "2026-06-09",
            "article",
        ),
        (
            "Facts\n09:38 20.04.2021\n\nAdvisers discuss the Minsk agreements",
            "2021-04-20",
            "article",
        ),
        (
            "Deputies approve resolution\nBAKU, 1 July 2014 – By a majority ...",
            "2014-07-01",
            "dateline",
        ),
        (
            "Russia vetoes text\nMOSCOW, Dec 27 (Interfax) - Russia vetoed it.\n"
            "The text, tabled on December 20, 2019, was rejected.",
            "2019-12-27",
            "dateline",
        ),
    ],
)
def test_dates_stated_reference_date_reads_the_date_line(
    head: str, value: str, source: str
) -> None:
    assert stated_reference_date(head) == (dt.date.fromisoformat(value), source)


@pytest.mark.parametrize(
    "text",
    [
        "Russia vetoes text\nMOSCOW, Dec 27 (Interfax) - Russia vetoed the text on Friday.",
        "Board votes\nThe board on Friday denounced the takeover of the northern port on March 14, "
        "2018 and the arrest of its harbour staff, calling for their swift release.",
    ],
)
def test_dates_stated_reference_date_needs_a_year_and_a_date_line(text: str) -> None:
    assert stated_reference_date(text) is None


def test_dates_stated_reference_date_reads_a_closing_credit_line() -> None:
    text = "Assembly votes\n\nThe assembly voted on Monday.\n\n(Xinhua News Agency May 17, 2005)"
    assert stated_reference_date(text) == (dt.date(2005, 5, 17), "article")


def test_dates_stated_reference_date_is_used_without_a_given_date(extract: Extract) -> None:
    facts = extract("Assembly votes\n\n24 November 1999\n\nThe assembly voted yesterday.")
    assert facts.reference_date == "1999-11-24"
    assert [d.value for d in facts.dates] == ["1999-11-24", "1999-11-23"]


def test_dates_user_pattern_folder_adds_words(tmp_path: Path) -> None:
    (tmp_path / "dates.jsonl").write_text(
        '{"label": "DATE_HOLIDAY", "pattern": "Independence Day", "id": "07-04"}\n',
        encoding="utf-8",
    )
    (tmp_path / "dates_context.jsonl").write_text(
        '{"label": "DATE_FUTURE_CUE", "pattern": "mulls"}\n', encoding="utf-8"
    )
    text = "The cabinet mulls a vote on Monday. Crowds marched on Independence Day."
    reference = dt.date(2019, 12, 27)
    shipped = [(d.text, d.value) for d in dates_in_text(text, reference)]
    assert shipped == [("Monday", "2019-12-23")]
    rules = load_rules((default_pattern_dir(), tmp_path))
    found = [(d.text, d.value) for d in dates_in_text(text, reference, rules=rules)]
    assert found == [("Monday", "2019-12-30"), ("Independence Day", "2019-07-04")]


EARLY = "2020-02-10"  # early in a year: a month or a day without a year can go either way


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        (
            "The ministry, which had endorsed the peace plan in January, said it abstained.",
            "2020-01",
        ),
        ("The draft was submitted to parliament in December.", "2019-12"),
        ("The cabinet sent the bill to parliament in December.", "2019-12"),
        ("Ministers had backed a bid to end the strike in January.", "2020-01"),
        ("Ministers had backed a call for a truce in January.", "2020-01"),
        ("Ministers had agreed to meet again in December.", "2019-12"),
        ("The union unveiled its plan in December.", "2019-12"),
        ("The council would have voted in December.", "2019-12"),
        ("Ministers agreed to meet again in March.", "2020-03"),
        ("The union plans a summit in March.", "2020-03"),
        ("The envoy was expected to return in March.", "2020-03"),
        ("Moscow has asked the council to meet in March.", "2020-03"),
    ],
)
def test_dates_past_clause_keeps_a_month_in_the_past_unless_it_plans_ahead(
    extract: Extract, sentence: str, value: str
) -> None:
    assert only(extract, sentence, EARLY).value == value


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The council must act before Sept. 30, when the current mandate lapses.", "2020-09-30"),
        ("Nothing changes for the force before Sept. 30.", "2020-09-30"),
        ("Replies should reach the secretariat no later than Sept. 30.", "2020-09-30"),
        ("Officials said the mandate runs until Sept. 30.", "2020-09-30"),
        ("The envoy left the region before Sept. 30.", "2019-09-30"),
        ("Before Sept. 30, no state had signed the pact.", "2019-09-30"),
        ("Officials said the mission ran until Sept. 30.", "2019-09-30"),
    ],
)
def test_dates_deadline_before_a_day_looks_ahead_unless_the_sentence_is_past(
    extract: Extract, sentence: str, value: str
) -> None:
    assert only(extract, sentence, EARLY).value == value


@pytest.mark.parametrize(
    ("sentence", "reference", "value"),
    [
        ("Parties campaigned hard before the April 10 general elections.", EARLY, "2020-04-10"),
        ("Rallies were banned ahead of the April 10 referendum.", EARLY, "2020-04-10"),
        ("Unions struck before the March parliamentary elections.", EARLY, "2020-03"),
        ("Before the December 12 vote, the party was polling third.", REF, "2019-12-12"),
        ("Parties campaigned before Sunday's election.", REF, "2019-12-29"),
        ("Turnout fell in the December 12 election.", REF, "2019-12-12"),
    ],
)
def test_dates_planned_event_something_happens_before_is_the_nearest_occurrence(
    extract: Extract, sentence: str, reference: str, value: str
) -> None:
    assert only(extract, sentence, reference).value == value


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The summit concludes on Sunday.", "2019-12-29"),
        ("The talks take place on Monday in Vienna.", "2019-12-30"),
        ("The conference wraps up on Tuesday.", "2019-12-31"),
        ("The ceasefire lapses on Monday.", "2019-12-30"),
        ("The vote will be held on Sunday.", "2019-12-29"),
        ("The vote was held on Sunday.", "2019-12-22"),
        ("The council would have voted on Monday.", "2019-12-23"),
    ],
)
def test_dates_scheduled_event_in_the_present_looks_ahead(
    extract: Extract, sentence: str, value: str
) -> None:
    assert only(extract, sentence).value == value


@pytest.mark.parametrize(
    "sentence",
    [
        "Reporters who are jailed today are the citizens who are deceived tomorrow, she said.",
        '"The children we neglect today are the rebels we fight tomorrow," he said.',
        "Today's refugees are tomorrow's citizens, the envoy said.",
        "What we sow today is what we reap tomorrow.",
    ],
)
def test_dates_today_likened_to_tomorrow_is_rhetorical(extract: Extract, sentence: str) -> None:
    assert dates(extract, sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        '"The senate has done today what the palace keeps vowing to do tomorrow," she said.',
        "Do not leave for tomorrow what you can do today, the mayor told the council.",
        '"Parliament did today what the courts will do tomorrow anyway," he said.',
    ],
)
def test_dates_doing_today_what_others_do_tomorrow_is_a_maxim(
    extract: Extract, sentence: str
) -> None:
    assert dates(extract, sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The board will decide today what to discuss tomorrow.",
        "The minister announced today what the cabinet will approve tomorrow.",
    ],
)
def test_dates_today_what_without_a_maxim_of_doing_is_two_days(
    extract: Extract, sentence: str
) -> None:
    assert [d.text for d in dates(extract, sentence)] == ["today", "tomorrow"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministers arrive today and the talks begin tomorrow.",
        "The envoys who land today are due to leave tomorrow.",
        "The council today adopted the text and will meet again tomorrow.",
        "Today is the vote; tomorrow the count.",
    ],
)
def test_dates_today_and_tomorrow_as_two_days_are_dates(extract: Extract, sentence: str) -> None:
    assert [d.value for d in dates(extract, sentence)] == ["2019-12-27", "2019-12-28"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Our coastal towns are safer today than they were under the old regime.",
        "Farming families are poorer today, the minister admitted.",
        "The alliance is far stronger today thanks to its new members.",
        "The region is much more fragile today than before the drought.",
        "Most voters say the economy is no better today.",
        "Trade remains freer today because of the customs union.",
        "Diplomats still debate the world of today and the Europe of the future.",
        "The summit was a lesson for the leaders of tomorrow, the envoy said.",
        "The challenges of today call for new alliances.",
        "Today's world offers no easy answers.",
    ],
)
def test_dates_today_naming_the_present_age_is_rhetorical(extract: Extract, sentence: str) -> None:
    assert dates(extract, sentence) == []


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Ministers will meet once more today in Brussels.", "2019-12-27"),
        ("The session of today was cut short by a walkout.", "2019-12-27"),
        ("The agency will spend less today than planned.", "2019-12-27"),
        ("Output was lower today than planned, the ministry said.", "2019-12-27"),
        ("The streets are calmer today after the curfew.", "2019-12-27"),
        ("The talks are better attended today in Geneva.", "2019-12-27"),
        ("The ministers will be better prepared tomorrow.", "2019-12-28"),
        ("More delegates arrive today for the vote.", "2019-12-27"),
        ("The world leaders meet today in Vienna.", "2019-12-27"),
    ],
)
def test_dates_today_after_a_comparative_word_outside_a_state_clause_is_the_day(
    extract: Extract, sentence: str, value: str
) -> None:
    assert only(extract, sentence).value == value


@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        (
            "Fireworks lit the sky on New Year's Day 2021 in Dakar.",
            "New Year's Day 2021",
            "2021-01-01",
        ),
        (
            "The truce broke down on Christmas Day 2018, aid workers said.",
            "Christmas Day 2018",
            "2018-12-25",
        ),
        ("Tanks rolled through the square on Victory Day 2015.", "Victory Day 2015", "2015-05-09"),
        ("The border post shut on Christmas 2017 and stayed shut.", "Christmas 2017", "2017-12-25"),
        ("Crowds marched on New Year’s Day, 2016.", "New Year’s Day, 2016", "2016-01-01"),
    ],
)
def test_dates_holiday_with_its_year_is_one_expression(
    extract: Extract, sentence: str, expression: str, value: str
) -> None:
    found = only(extract, sentence)
    assert (found.text, found.value, found.granularity) == (expression, value, "day")


def test_dates_bare_christmas_is_a_day_only_after_on(extract: Extract) -> None:
    assert only(extract, "The ferry sank on Christmas and two crew died.").value == "2019-12-25"
    text = "Christmas markets opened early. Prices rise at Christmas. On Christmas trees sell out."
    assert dates(extract, text) == []


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The hosts beat Japan on Thursday.", "2024-07-11"),
        ("Brazil, who beat Japan on Thursday, will play Chile on Sunday.", "2024-07-11"),
        ("Chile will play Brazil after beating Japan on Thursday.", "2024-07-11"),
        ("Chile reach the semis after they beat Japan on Thursday.", "2024-07-11"),
        ("The side that beat Japan on Thursday will play on Sunday.", "2024-07-11"),
    ],
)
def test_dates_weekday_in_a_past_clause_stays_past_despite_a_later_future(
    extract: Extract, sentence: str, value: str
) -> None:
    # reference 2024-07-12 is a Friday: Thursday was the day before
    assert dates(extract, sentence, "2024-07-12")[0].value == value


@pytest.mark.parametrize(
    "sentence",
    [
        "They meet Chile in the final on Sunday.",
        "The hosts play Peru on Sunday.",
        "Brazil face Chile in Sunday's final.",
        "Sunday's final will be staged in Lima.",
        "Brazil won their semi-final and now meet Chile on Sunday.",
        "Brazil will play Chile on Sunday after beating Japan.",
    ],
)
def test_dates_weekday_of_a_fixture_in_the_present_looks_ahead(
    extract: Extract, sentence: str
) -> None:
    assert dates(extract, sentence, "2024-07-12")[-1].value == "2024-07-14"


@pytest.mark.parametrize(
    "sentence",
    [
        "Stocks made a strong start on Monday.",
        "The start on Monday was slow.",
        "The envoys had agreed to meet on Monday.",
        "The envoys failed to meet on Monday.",
    ],
)
def test_dates_present_verb_as_a_noun_or_infinitive_does_not_look_ahead(
    extract: Extract, sentence: str
) -> None:
    assert only(extract, sentence, "2024-07-12").value == "2024-07-08"


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Voters go to the polls in a runoff on 8 October.", "2023-10-08"),
        ("The referendum on 8 October is a test for the cabinet, analysts say.", "2023-10-08"),
        ("Parliament's vote on 8 October.", "2023-10-08"),
        ("The cabinet approved the plan on 8 October.", "2022-10-08"),
        ("The ballot on 8 October, which rivals boycotted, is disputed.", "2022-10-08"),
        ("The runoff on 28 December is a test.", "2022-12-28"),
    ],
)
def test_dates_day_a_few_weeks_ahead_without_a_past_verb_is_the_coming_one(
    extract: Extract, sentence: str, value: str
) -> None:
    # reference 2023-09-18: 8 October is 20 days ahead, 28 December more than 45
    assert only(extract, sentence, "2023-09-18").value == value


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Negotiations resume in August.", "2025-08"),
        ("A verdict is expected in August.", "2025-08"),
        ("The audit is due by August.", "2025-08"),
        ("The ministry plans to sell the bonds in August.", "2025-08"),
        ("The tribunal ruled in August.", "2024-08"),
        ("The mine did not open in August.", "2024-08"),
    ],
)
def test_dates_bare_month_in_a_forward_clause_is_the_next_one(
    extract: Extract, sentence: str, value: str
) -> None:
    assert only(extract, sentence, "2025-02-17").value == value


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The peacekeepers' mandate would otherwise have expired on March 3.", "2025-03-03"),
        ("Without the vote the truce would have lapsed on 14 March.", "2025-03-14"),
        ("The licences would simply have run out on March 1.", "2025-03-01"),
        ("The levy would otherwise have ended in March.", "2025-03"),
        ("The waiver would otherwise have expired on February 10.", "2025-02-10"),
        ("The licence would otherwise have lapsed on Wednesday.", "2025-02-19"),
        # look-alikes: an expiry reported as done, a counterfactual act
        ("The peacekeepers' mandate expired on March 3.", "2024-03-03"),
        ("The old permit lapsed on 14 March.", "2024-03-14"),
        ("The senators would have voted on March 3 had the session gone ahead.", "2024-03-03"),
    ],
)
def test_dates_expiry_headed_off_by_the_reported_act_is_the_nearest_occurrence(
    extract: Extract, sentence: str, value: str
) -> None:
    # reference 2025-02-17: the extension is the news, the expiry it averted lies near it
    assert only(extract, sentence, "2025-02-17").value == value


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Chile will keep its consulate in Lima closed until at least 9 March.", "2025-03-09"),
        ("The ports will stay shut until at least March 2, the ministry added.", "2025-03-02"),
        ("The curfew remains in force until at least February 20.", "2025-02-20"),
        ("The road stays closed until March 9.", "2025-03-09"),
        ("Kenya plans to keep the camps sealed until February 21.", "2025-02-21"),
        ("The runway will be kept closed until March 9.", "2025-03-09"),
        # look-alikes: a state held up to a date now past
        ("Austria closed its embassy until February 9.", "2025-02-09"),
        ("A decree required shops to stay closed until February 9.", "2025-02-09"),
        ("The schools remained closed until March 9.", "2024-03-09"),
        ("The pass had been blocked until March 9.", "2024-03-09"),
    ],
)
def test_dates_state_held_until_a_date_looks_ahead_unless_told_in_the_past(
    extract: Extract, sentence: str, value: str
) -> None:
    assert only(extract, sentence, "2025-02-17").value == value


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Officials said both sides had agreed to meet again on 3 March.", "2025-03-03"),
        ("The two leaders have agreed to talk again on 3 March.", "2025-03-03"),
        ("The junta pledged to hold the ballot in August.", "2025-08"),
        ("The board decided to act in January.", "2025-01"),
        # look-alikes: the day of the agreement itself, a present promise
        ("The parties agreed on 3 February to extend the truce.", "2025-02-03"),
        ("The two sides agree to meet on 3 March.", "2025-03-03"),
    ],
)
def test_dates_day_a_commitment_made_before_the_report_names_is_the_nearest_occurrence(
    extract: Extract, sentence: str, value: str
) -> None:
    assert only(extract, sentence, "2025-02-17").value == value


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The levy, which was due to expire on February 10, was renewed.", "2025-02-10"),
        ("The permit had been set to lapse on 2 February.", "2025-02-02"),
        ("The hearing was originally scheduled for March 4.", "2025-03-04"),
        ("The census was supposed to end in January.", "2025-01"),
        ("The audit was due to finish in March.", "2025-03"),
        ("The levy, which was due to end on Saturday, was renewed.", "2025-02-15"),
        # look-alikes: a plan told in the present looks ahead, a plain past act looks back
        ("The levy is due to expire on February 10.", "2026-02-10"),
        ("The levy was renewed on March 4.", "2024-03-04"),
    ],
)
def test_dates_plan_told_in_the_past_is_the_nearest_occurrence(
    extract: Extract, sentence: str, value: str
) -> None:
    assert only(extract, sentence, "2025-02-17").value == value


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The review, scheduled for November, will look at the budget.", "2025-11"),
        ("Members asked for a report before the next summit, set for November.", "2025-11"),
        ("The second round is pencilled in for 4 November.", "2025-11-04"),
        ("The hearing is slated for 30 October.", "2025-10-30"),
        # look-alikes: the main verb after the plan tells of the past; a present passive of
        # another verb; "for" before a name
        ("The vote, scheduled for September, was postponed.", "2025-09"),
        ("The strike, originally planned for 20 October, was called off.", "2025-10-20"),
        ("The prize is handed out on 19 October.", "2025-10-19"),
    ],
)
def test_dates_month_or_day_a_plan_is_set_for_takes_its_tense_from_the_main_verb(
    extract: Extract, sentence: str, value: str
) -> None:
    # reference 2025-10-22
    assert only(extract, sentence, "2025-10-22").value == value


def test_dates_for_before_a_month_name_is_no_date_without_a_plan(extract: Extract) -> None:
    assert dates(extract, "Delegates voted for May as chair and for June as deputy.") == []


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        (
            "Kenya will meet Ghana, who beat Togo on Monday, in the final on Saturday.",
            ["2025-10-20", "2025-10-25"],
        ),
        (
            "The envoy, who arrived on Monday, will meet the president on Friday.",
            ["2025-10-20", "2025-10-24"],
        ),
        (
            "The party, which won the vote on Sunday, takes office on 1 November.",
            ["2025-10-19", "2025-11-01"],
        ),
        (
            "The mayor, who will stand again in May, was elected on 3 May.",
            ["2026-05", "2025-05-03"],
        ),
    ],
)
def test_dates_a_relative_clause_between_commas_keeps_its_own_tense(
    extract: Extract, sentence: str, values: list[str]
) -> None:
    assert [d.value for d in dates(extract, sentence, "2025-10-22")] == values


@pytest.mark.parametrize(
    ("sentence", "expression", "value", "granularity"),
    [
        ("The tariff rises at the end of the month.", "the end of the month", "2025-02", "month"),
        (
            "Rents were frozen at the start of the month.",
            "the start of the month",
            "2025-02",
            "month",
        ),
        ("The plant shut at the end of last month.", "last month", "2025-01", "month"),
    ],
)
def test_dates_the_end_of_the_month_names_the_current_one(
    extract: Extract, sentence: str, expression: str, value: str, granularity: str
) -> None:
    found = only(extract, sentence, "2025-02-17")
    assert (found.text, found.value, found.granularity) == (expression, value, granularity)


@pytest.mark.parametrize(
    "sentence",
    [
        "Lines grew at the end of the day and the end of the week.",
        "Talks should wrap up by the end of the year.",
        "Output has dipped since the start of the year.",
        "The envoy does not plan to travel before the end of the year.",
        "Prices climbed in the middle of the year and at the beginning of the year.",
    ],
)
def test_dates_the_end_of_a_day_week_or_year_is_no_date(extract: Extract, sentence: str) -> None:
    # the start or end of a year is a stretch of weeks, like a season, not a calendar year
    assert dates(extract, sentence, "2025-02-17") == []


@pytest.mark.parametrize(
    ("text", "expression", "value", "granularity"),
    [
        (
            "The mission has been in Lebanon since 2006. Troops arrived in September of that year.",
            "September of that year",
            "2006-09",
            "month",
        ),
        (
            "Fighting broke out in March 2014. On 4 May the same year, rebels took the airport.",
            "4 May the same year",
            "2014-05-04",
            "day",
        ),
        (
            "The mine closed in 2019 and by early June that year most miners had left.",
            "early June that year",
            "2019-06",
            "month",
        ),
        (
            "The treaty lapsed last year. In October of that same year, talks resumed.",
            "October of that same year",
            "2024-10",
            "month",
        ),
    ],
)
def test_dates_a_month_of_that_year_is_in_the_year_last_named(
    extract: Extract, text: str, expression: str, value: str, granularity: str
) -> None:
    found = dates(extract, text, "2025-02-17")[-1]
    assert (found.text, found.value, found.granularity) == (expression, value, granularity)


def test_dates_a_month_of_that_year_with_no_year_named_has_no_value(extract: Extract) -> None:
    found = only(extract, "Troops arrived in September of that year.", "2025-02-17")
    assert (found.text, found.value) == ("September of that year", None)


def test_dates_that_year_before_a_hyphen_is_no_year_of_the_month(extract: Extract) -> None:
    text = "Sales slumped in 2010. Managers met in June that year-end results were due."
    assert [d.text for d in dates(extract, text, "2025-02-17")] == ["2010", "June"]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("An official said the ministers could meet again in Vienna on December 4.", "2025-12-04"),
        ("Diplomats said the talks might resume on Thursday.", "2025-11-20"),
        ("No date was set, but the vote may take place on December 2.", "2025-12-02"),
        ("The envoys could be back in Doha on November 28, one aide said.", "2025-11-28"),
    ],
)
def test_dates_a_possibility_still_ahead_looks_forward(
    extract: Extract, sentence: str, value: str
) -> None:
    assert only(extract, sentence, "2025-11-17").value == value


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Residents said they could hear explosions on Thursday.", "2025-11-13"),
        ("Rescuers could not reach the village on Friday.", "2025-11-14"),
        ("The envoy may have met rebel leaders on November 2.", "2025-11-02"),
        ("Police said the suspect could have fled on Saturday.", "2025-11-15"),
        ("Smoke could be seen over the port on Thursday, witnesses said.", "2025-11-13"),
    ],
)
def test_dates_could_of_what_was_seen_or_not_done_looks_back(
    extract: Extract, sentence: str, value: str
) -> None:
    assert only(extract, sentence, "2025-11-17").value == value


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The death toll could rise after a landslide on Thursday.", "2025-11-13"),
        ("Prices may climb further following a refinery fire on Friday.", "2025-11-14"),
        ("Markets might fall in the wake of the bank's decision on Thursday.", "2025-11-13"),
        ("Moscow could face new sanctions after talks in Brussels on Saturday.", "2025-11-15"),
    ],
)
def test_dates_a_possibility_after_an_event_leaves_the_event_in_the_past(
    extract: Extract, sentence: str, value: str
) -> None:
    assert only(extract, sentence, "2025-11-17").value == value


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Rebels forced the mine to close three times since November.", "2024-11"),
        ("Fighters are expected to regroup, as they have since March.", "2024-03"),
        ("Shipping has dropped sharply since early December.", "2024-12"),
        ("Prices will keep rising, as they have since Monday.", "2025-02-17"),
        ("The envoy has been trying to set up talks since Thursday.", "2025-02-13"),
    ],
)
def test_dates_since_always_looks_back(extract: Extract, sentence: str, value: str) -> None:
    assert only(extract, sentence, "2025-02-17").value == value


@pytest.mark.parametrize(
    ("sentence", "expression"),
    [
        ("The Coastal Fisheries (Amendment) Bill 2022 was read a second time.", "2022"),
        ("Charges were brought under the Official Secrets Act 1989.", "1989"),
        ("The Mining Code 2018 raised royalties.", "2018"),
    ],
)
def test_dates_year_closing_the_title_of_a_law_is_a_date(
    extract: Extract, sentence: str, expression: str
) -> None:
    found = only(extract, sentence)
    assert (found.text, found.value) == (expression, expression)


@pytest.mark.parametrize(
    "sentence",
    [
        "The project belongs to Vision 2030.",
        "Members reaffirmed Agenda 2030.",
        "He cited article 2020 of the bill.",
        "They debated Law 2020 at length.",
    ],
)
def test_dates_number_after_a_label_that_is_no_title_of_a_law_is_no_year(
    extract: Extract, sentence: str
) -> None:
    assert dates(extract, sentence) == []


def test_dates_month_after_with_is_a_date_unless_a_name_follows(extract: Extract) -> None:
    found = only(
        extract, "The result contrasts with February, when turnout collapsed.", "2025-03-14"
    )
    assert (found.text, found.value) == ("February", "2025-02")
    assert dates(extract, "She spoke with June Abara at length.", "2025-03-14") == []


_DATE_ISH = [
    "on",
    "in",
    "the",
    "of",
    "last",
    "next",
    "this",
    "early",
    "mid-",
    "end-",
    "May",
    "March",
    "27",
    "27th",
    "2019",
    "2019-12-27",
    "12/27",
    "3",
    "and",
    "to",
    "-",
    ",",
    ".",
    "(",
    ")",
    "Monday",
    "Friday's",
    "today",
    "tomorrow,",
    "ago",
    "years",
    "a",
    "nearly",
    "20",
    "Dec.",
    "Sept",
    "4",
    "19991124",
    "20.04.2021",
    "by",
    "will",
    "said",
    "The",
    "'s",
    "fiscal",
    "resolution",
    "1701",
    "Victory",
    "Day",
    "1990s",
    "31",
    "February",
    "29",
    "before",
    "are",
    "elections",
    "had",
    "\n",
    "Christmas",
    "Bill",
    "with",
    "meet",
]


@settings(max_examples=300, deadline=None)
@given(
    words=st.lists(st.sampled_from(_DATE_ISH), max_size=14),
    reference=st.sampled_from([None, dt.date(2020, 2, 29), dt.date(2019, 12, 31)]),
)
def test_dates_spans_hold_on_any_mix_of_date_words(
    words: list[str], reference: dt.date | None
) -> None:
    text = " ".join(words)
    for found in dates_in_text(text, reference):
        assert text[found.span[0] : found.span[1]] == found.text
        assert found.granularity in ("day", "month", "year")


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Officials hope to finish the review before Christmas.", "2019-12-25"),
        ("The troops will be home by Christmas, the general promised.", "2019-12-25"),
        ("Talks are due to resume after Christmas in Vienna.", "2019-12-25"),
        ("The border has stayed shut since Christmas.", "2018-12-25"),
        ("The truce held until Christmas and then collapsed.", "2018-12-25"),
    ],
)
def test_dates_holiday_name_after_a_preposition_of_time_is_the_day(
    extract: Extract, sentence: str, value: str
) -> None:
    found = only(extract, sentence, "2019-11-20")
    assert (found.text, found.value, found.granularity) == ("Christmas", value, "day")


@pytest.mark.parametrize(
    "sentence",
    [
        "Families flew home for Christmas.",
        "Crowds thinned over Christmas.",
        "Sales rose before Christmas shopping began.",
        "The decree was signed after Christmas's long recess.",
    ],
)
def test_dates_holiday_name_as_a_season_or_occasion_is_no_date(
    extract: Extract, sentence: str
) -> None:
    assert dates(extract, sentence, "2019-11-20") == []


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Council President for December, Ambassador Ana Ruiz, opened the meeting.", "2019-12"),
        ("Estonia, which holds the presidency for December, called the session.", "2019-12"),
        ("The chair for December, Kenya's envoy, read out the statement.", "2019-12"),
    ],
)
def test_dates_month_an_office_is_held_for_is_a_date(
    extract: Extract, sentence: str, value: str
) -> None:
    assert only(extract, sentence).value == value


@pytest.mark.parametrize(
    "sentence",
    [
        "The board chose a chair for August Wilson's trust.",
        "Delegates voted for June as chair.",
        "The minister argued for March elections.",
    ],
)
def test_dates_month_after_for_without_an_office_is_no_date(
    extract: Extract, sentence: str
) -> None:
    assert dates(extract, sentence) == []


def test_dates_numeric_date_glued_to_a_bar_in_a_byline_counts_each_time(extract: Extract) -> None:
    text = "Leyla Demir |27.12.2019 - Update : 27.12.2019\n\nANKARA\n\nThe vote went ahead."
    assert [(d.text, d.value) for d in dates(extract, text)] == [
        ("27.12.2019", "2019-12-27"),
        ("27.12.2019", "2019-12-27"),
    ]


# The date finder takes shortcuts that must find what its plain rules find, on any text: the
# look-back skip (`_TAILS`: what follows a word a date may hold before spaces), the short hints
# before the longer shapes of a kind of opener, the search of lower-cased text for anchors, and
# the screen of token hashes by their low 16 bits. Each test below runs a shortcut and its plain
# rule on text of dates drawn from the regexes of the shapes among every word the shapes hold
# (what a change of the shapes adds is drawn too), under the shipped rules and under user
# folders: one whose calendar words share words with the shapes ("end of Ramadan", "One Day of
# Hope"), one with words of another script that fold otherwise ("Kasım"), and one alone,
# without "day" as an anchor or in a holiday and without month abbreviations.
_USER_FOLDERS = {
    "shipped": None,
    "calendar words sharing shape words": [
        {"label": "DATE_HOLIDAY", "pattern": "end of Ramadan", "id": "04-21"},
        {"label": "DATE_HOLIDAY", "pattern": "last day of school", "id": "06-30"},
        {"label": "DATE_HOLIDAY", "pattern": "Ides of March", "id": "03-15"},
        {"label": "DATE_HOLIDAY", "pattern": "One Day of Hope", "id": "09-01"},
        {"label": "DATE_MONTH", "pattern": "Brumaire", "id": "10"},
        {"label": "DATE_WEEKDAY_ABBR", "pattern": "Thurs", "id": "3"},
        {"label": "DATE_RELATIVE_DAY", "pattern": "tonight", "id": "0"},
    ],
    "calendar word of another script": [
        {"label": "DATE_MONTH", "pattern": "Kasım", "id": "11"},
        {"label": "DATE_WEEKDAY", "pattern": "Salı", "id": "1"},
    ],
    "alone": [
        {"label": "DATE_MONTH", "pattern": "March", "id": "3"},
        {"label": "DATE_WEEKDAY", "pattern": "Friday", "id": "4"},
        {"label": "DATE_ANCHOR", "pattern": "ago"},
        {"label": "DATE_ANCHOR", "pattern": "year"},
    ],
}
# Besides the words of the shapes: numbers, marks, and letters a case-insensitive regex may
# take for ASCII ones ("ſ", "ı", "İ", the Kelvin sign)
_OTHER_WORDS = [
    *_DATE_ISH,
    "day",
    "1st",
    "23-24",
    "2019/12/27",
    "’s",
    "'",
    "Straße",
    "ſeptember",
    "MARCH",
    "marİ",
    "ıt",
    "\u212aasım",
    "KASIM",
    "SALI",
]
_SEPARATORS = [" ", " ", " ", "  ", "\t", "\n", "\u00a0", ", ", "-", "", ".", ' "', "“", " $"]


def _user_rules(
    tmp_path_factory: pytest.TempPathFactory, entries: list[dict[str, str]], *, shipped: bool
) -> Any:
    """The rules of a user's pattern folder holding `entries`, after the shipped folder's when
    `shipped`."""
    folder = tmp_path_factory.mktemp("patterns")
    lines = [json.dumps(entry) for entry in entries]
    (folder / "dates.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return load_rules((default_pattern_dir(), folder) if shipped else (folder,))


@pytest.fixture(scope="module", params=list(_USER_FOLDERS))
def date_rules(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Any:
    entries = _USER_FOLDERS[request.param]
    if entries is None:
        return load_rules((default_pattern_dir(),))
    return _user_rules(tmp_path_factory, entries, shipped=request.param != "alone")


def _any_text(data: st.DataObject, rules: Any) -> str:
    """Text of dates of any shape the rules know (drawn from the regexes of the shapes) among
    the words the shapes hold, the rules' calendar words and `_OTHER_WORDS`, in any case,
    between spaces, line breaks or marks."""
    shipped = load_rules((default_pattern_dir(),)).shape_words
    assert shipped is not None  # the shipped calendar words are ASCII
    words = sorted(
        {*(rules.shape_words or shipped), *rules.months, *rules.weekdays, *rules.holidays}
        | set(_OTHER_WORDS)
    )
    word = st.sampled_from(words).flatmap(lambda w: st.sampled_from([w, w.title(), w.upper()]))
    shape = st.sampled_from(sorted(dates_module._SHAPES_BY_OPENER)).flatmap(
        lambda opener: st.from_regex(rules.triggers[opener], fullmatch=True)
    )
    piece = st.one_of(word, shape)
    pairs = data.draw(st.lists(st.tuples(piece, st.sampled_from(_SEPARATORS)), max_size=8))
    return "".join(w + separator for w, separator in pairs)


def _matches(text: str, rules: Any) -> list[tuple[tuple[int, int], str | None]]:
    anchors = dates_module._text_anchors(text, rules)
    return [(m.span(), m.lastgroup) for m in dates_module._date_matches(text, anchors, rules)]


@settings(max_examples=250, deadline=None)
@given(data=st.data())
def test_dates_look_back_skip_finds_what_the_full_look_back_finds(
    date_rules: Any, data: st.DataObject
) -> None:
    text = _any_text(data, date_rules)
    full_look_back = dataclasses.replace(date_rules, shape_words=None)
    assert _matches(text, date_rules) == _matches(text, full_look_back)


@settings(max_examples=250, deadline=None)
@given(data=st.data())
def test_dates_hints_find_what_the_full_shapes_find(date_rules: Any, data: st.DataObject) -> None:
    text = _any_text(data, date_rules)
    found = _matches(text, date_rules)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(dates_module, "_WITHOUT_HINT", {})  # every opener tries all its shapes
        assert found == _matches(text, date_rules)


@settings(max_examples=250, deadline=None)
@given(data=st.data())
def test_dates_anchors_in_lower_cased_text_are_those_of_the_case_insensitive_search(
    date_rules: Any, data: st.DataObject
) -> None:
    text = _any_text(data, date_rules)
    plain = [m.start() for m in date_rules.anchor.finditer(text)]
    assert dates_module._text_anchors(text, date_rules) == plain


@settings(max_examples=200, deadline=None)
@given(data=st.data())
def test_dates_anchor_hash_screen_keeps_exactly_the_anchor_hashes(
    date_rules: Any, data: st.DataObject
) -> None:
    hashes = date_rules.anchor_hashes
    anchor = st.sampled_from(hashes.tolist())
    # the same low 16 bits as an anchor's, other high ones
    same_low_bits = st.tuples(anchor, st.integers(1, 2**48 - 1)).map(lambda p: p[0] ^ (p[1] << 16))
    value = st.one_of(anchor, same_low_bits, st.integers(0, 2**64 - 1))
    values = np.array(data.draw(st.lists(value, max_size=40)), dtype=np.uint64)
    screened = dates_module._among(values, date_rules)
    assert screened.tolist() == np.isin(values, hashes).tolist()


def test_dates_every_word_the_look_back_table_names_is_a_word_of_the_shapes() -> None:
    shape_words = load_rules((default_pattern_dir(),)).shape_words
    assert shape_words is not None
    named = {word for words, _ in dates_module._TAILS for word in words.split()}
    assert named <= set(shape_words)


def test_dates_count_ago_is_found_whatever_the_anchors(date_rules: Any) -> None:
    reference = dt.date(2019, 12, 27)
    found = dates_in_text("It ended two day ago and 3 months ago.", reference, rules=date_rules)
    assert [d.text for d in found] == ["two day ago", "3 months ago"]


_CLAUSE_WORDS = [
    "said", "will", "would", "adopted", "re-elected", "red", "hundred", "need", "speed", "shed",
    "voted", "it's", "O'Neill", "Agreed", "which", "while", "but", "the", "talks", "ended",
    ";", ",", ":", "–", "-", "'", "’", "(", "\n", ", but", ", which", ", while", " – ", " - ", ": ",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(
    pieces=st.lists(
        st.tuples(st.sampled_from(_CLAUSE_WORDS), st.sampled_from([" ", "", ", ", "-", "'"])),
        max_size=14,
    ),
    cut=st.tuples(st.floats(0, 1), st.floats(0, 1)),  # where the sentence and the date are
)
def test_dates_event_reads_back_to_the_last_verb_and_clause_mark_word_by_word(
    pieces: list[tuple[str, str]], cut: tuple[float, float]
) -> None:
    text = "".join(word + separator for word, separator in pieces)
    rules = load_rules((default_pattern_dir(),))
    verbs = [
        m.start()
        for m in dates_module._LOWER_WORD.finditer(text)
        if dates_module._is_verb(m.group(), rules)
    ]
    assert dates_module._nearest_verb(text, rules, last=True) == (verbs[-1] if verbs else None)
    assert dates_module._nearest_verb(text, rules, last=False) == (verbs[0] if verbs else None)
    start, end = (round(at * len(text)) for at in sorted(cut))
    marks = (";", ", which", ", while", ", but", " – ", " - ", ": ")
    found = [(text.rfind(mark, start, end), mark) for mark in marks]
    ends = [at + len(mark) for at, mark in found if at >= 0]
    last_mark = dates_module._CLAUSE_MARK.match(text, start, end)
    assert (last_mark.end() if last_mark else None) == max(ends, default=None)


# Pieces of the phrases the nearer-side checks read ("was due to expire on", "would otherwise
# have run out on", "had agreed to meet on", "ahead of the"), and some that stand between.
_EITHER_WAY_PIECES = [
    "was", "were", "had been", "have", "would", "otherwise", "still", "due to", "set to",
    "expire", "expired", "scheduled", "run out", "agreed to", "pledged to", "meet", "hold",
    "before the", "ahead of the", "before", "ahead of", "on", "in", "for", "by", "the", ",",
    ".", "vote", "talks", "were scheduled for", "had been set for", "would have expired on",
    "could otherwise have run out in", "was planned for", "had pledged to hold",
]  # fmt: skip
# The checks `_either_way_cue` screens (`_either_side` is the second and the third)
_NEARER_SIDE_CHECKS = (
    dates_module._before_planned_event,
    dates_module._averted_expiry,
    dates_module._plan_in_the_past,
    dates_module._commitment_made,
)
# A user's words for the lists the checks read, some of them words the checks know
_NEARER_SIDE_USER_WORDS = [
    {"label": "DATE_PLAN_WORD", "pattern": "pencilled"},
    {"label": "DATE_PLAN_WORD", "pattern": "ahead"},
    {"label": "DATE_EXPIRY_PARTICIPLE", "pattern": "lapsed"},
    {"label": "DATE_EXPIRY_PARTICIPLE", "pattern": "out"},
    {"label": "DATE_COMMIT_VERB", "pattern": "Vow"},
    {"label": "DATE_COMMIT_VERB", "pattern": "have"},
    {"label": "DATE_PLANNED_NOUN", "pattern": "plebiscite"},
    {"label": "DATE_OCCASION_NOUN", "pattern": "jamboree"},
]


def _words_the_checks_read(rules: Any) -> list[str]:
    """Every word the nearer-side checks compare with: those written in their code and in the
    module's word sets they name (read off their source, so that a word a check comes to read
    is drawn too), and those of the pattern lists they look up (each "DATE_..." they name)."""
    words: set[str] = set()
    for check in _NEARER_SIDE_CHECKS:
        function = ast.parse(textwrap.dedent(inspect.getsource(check))).body[0]
        assert isinstance(function, ast.FunctionDef)
        docstring = ast.get_docstring(function, clean=False)
        for node in ast.walk(function):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                if node.value.startswith("DATE_"):
                    words |= rules.words.get(node.value, frozenset())
                elif node.value != docstring:
                    words |= set(node.value.split())
            elif isinstance(node, ast.Name):
                named = getattr(dates_module, node.id, None)
                if isinstance(named, frozenset):
                    words |= named
    return sorted(words)


@pytest.fixture(scope="module", params=["shipped", "with a user's words"])
def nearer_side_rules(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Any:
    if request.param == "shipped":
        return load_rules((default_pattern_dir(),))
    return _user_rules(tmp_path_factory, _NEARER_SIDE_USER_WORDS, shipped=True)


@settings(max_examples=500, deadline=None)
@given(data=st.data())
def test_dates_either_way_screen_passes_every_date_a_nearer_side_check_holds_for(
    nearer_side_rules: Any, data: st.DataObject
) -> None:
    rules = nearer_side_rules
    word = st.sampled_from(_words_the_checks_read(rules)).flatmap(
        lambda w: st.sampled_from([w, w.title(), w.upper()])
    )
    piece = st.one_of(st.sampled_from(_EITHER_WAY_PIECES), word)
    gap = st.sampled_from([" ", "  ", "\n", "\u00a0", ", "])
    pieces = data.draw(st.lists(st.tuples(piece, gap), max_size=8))
    after = data.draw(
        st.lists(st.sampled_from(["'s", "vote", "election", "plebiscite", "."]), max_size=3)
    )
    before = "".join(p + g for p, g in pieces)
    text = before + "March 3 " + " ".join(after)
    ctx = dates_module._Context(text, len(before), len(before) + 7, 0, len(text), rules)
    held = any(check(ctx) for check in _NEARER_SIDE_CHECKS)
    assert dates_module._either_way_cue(ctx) or not held


# A phrase for each way a nearer-side check holds, each word the screen reads at its place
_NEARER_SIDE_PHRASES = [
    "campaigning before the",  # "before the March 3 vote"
    "rallies ahead of the",
    "would otherwise have expired on",
    "would have run out on",
    "was due to expire on",
    "were originally slated for",
    "had been scheduled for",
    "had agreed to meet again on",
    "had pledged to hold a fresh referendum in",  # "to" the sixth word before the date
]


@pytest.mark.parametrize("before", _NEARER_SIDE_PHRASES)
def test_dates_either_way_screen_passes_the_nearer_side_examples(before: str) -> None:
    rules = load_rules((default_pattern_dir(),))
    text = f"{before} March 3 vote"
    ctx = dates_module._Context(text, len(before) + 1, len(before) + 8, 0, len(text), rules)
    assert dates_module._either_way_cue(ctx)
    assert any(check(ctx) for check in _NEARER_SIDE_CHECKS)


def test_dates_either_way_screen_passes_every_phrase_a_word_away_from_the_examples(
    nearer_side_rules: Any,
) -> None:
    """A word put in for one of the examples' words or added among them, of those the checks
    read: a check come to read a new word ("has" for "have") or further back fails this."""
    rules = nearer_side_rules
    words = _words_the_checks_read(rules)
    for phrase in _NEARER_SIDE_PHRASES:
        pieces = phrase.split()
        for at in range(len(pieces) + 1):
            for word in words:
                for before in (
                    " ".join([*pieces[:at], word, *pieces[at + 1 :]]),
                    " ".join([*pieces[:at], word, *pieces[at:]]),
                ):
                    text = f"{before} March 3 vote"
                    start = len(before) + 1
                    ctx = dates_module._Context(text, start, start + 7, 0, len(text), rules)
                    held = any(check(ctx) for check in _NEARER_SIDE_CHECKS)
                    assert dates_module._either_way_cue(ctx) or not held, before


@settings(max_examples=300, deadline=None)
@given(
    pieces=st.lists(
        st.sampled_from(
            ["deadline", "Deadline", "DEADLINE", "deadlines", "dead", "line", "'s", "’s", "the",
             "Monday", "vote", "K\u212a", "İ", "é", "_", ",", ".", "-", "2024", "a" * 30]
        ),
        max_size=30,
    ),
    gaps=st.lists(st.sampled_from([" ", "", "  ", "\n", "\u00a0"]), min_size=30, max_size=30),
    sentence_end=st.integers(0, 400),
)  # fmt: skip
def test_dates_may_follow_passes_every_word_the_tokens_after_a_date_hold(
    pieces: list[str], gaps: list[str], sentence_end: int
) -> None:
    rules = load_rules((default_pattern_dir(),))
    before = "talks on March 3"
    text = before + "".join(gap + piece for piece, gap in zip(pieces, gaps, strict=False))
    ctx = dates_module._Context(text, 9, len(before), 0, min(len(text), 16 + sentence_end), rules)
    for word in ("deadline", "s", "the", "line"):
        assert ctx.may_follow(word) or word not in ctx.lows_after
