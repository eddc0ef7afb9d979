"""Quotes: every quotation mark in use, attributions before, after and inside, speakers resolved."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from extract_cli.facts import ArticleFacts, Official, Quote
from extract_cli.pipeline import Extractor
from extract_cli.quotes import find_quotes

Extract = Callable[..., ArticleFacts]


def quotes_of(extract: Extract, text: str) -> list[Quote]:
    facts = extract(text, "2019-12-27")
    for quote in facts.quotes:
        if quote.pieces:
            assert all(text[p.span[0] : p.span[1]] == p.text for p in quote.pieces)
            assert quote.text == " ".join(p.text for p in quote.pieces)
            assert quote.span == (quote.pieces[0].span[0], quote.pieces[-1].span[1])
        else:
            assert text[quote.span[0] : quote.span[1]] == quote.text
    return list(facts.quotes)


def only(extract: Extract, text: str) -> Quote:
    found = quotes_of(extract, text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    "text",
    [
        '"We will not accept this outcome," said Anna Berg.',
        "“We will not accept this outcome,” said Anna Berg.",
        "«We will not accept this outcome,» said Anna Berg.",
        "« We will not accept this outcome, » said Anna Berg.",
        '“We will not accept this outcome," said Anna Berg.',
        "'We will not accept this outcome,' said Anna Berg.",
        "‘We will not accept this outcome,’ said Anna Berg.",
    ],
)
def test_quotes_reads_every_kind_of_quotation_mark(extract: Extract, text: str) -> None:
    quote = only(extract, text)
    assert quote.text == "We will not accept this outcome,"
    assert quote.speaker == "Anna Berg"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"Our forces are ready for anything," Reyes said.', "Reyes"),
        (
            '"Our forces are ready for anything," said Defence Minister Tom Reyes.',
            "Defence Minister Tom Reyes",
        ),
        ('Tom Reyes said: "Our forces are ready for anything."', "Tom Reyes"),
        ('Tom Reyes told reporters, "Our forces are ready for anything."', "Tom Reyes"),
        ('Tom Reyes said that the army was "ready for anything at any time."', "Tom Reyes"),
        ('According to Tom Reyes, "our forces are ready for anything."', "Tom Reyes"),
        ('"Our forces are ready for anything?" - the minister asked.', "the minister"),
        (
            'Tom Reyes, the defence minister, said: "Our forces are ready for anything."',
            "Tom Reyes",
        ),
        (
            'Tom Reyes, who spoke after the vote, said: "Our forces are ready for anything."',
            "Tom Reyes",
        ),
        (
            'Mr. Reyes, 54, a former general, said: "Our forces are ready for anything."',
            "Mr. Reyes",
        ),
        ('"Our forces are ready for anything," said the minister, Tom Reyes.', "Tom Reyes"),
        ('Reuters quoted Tom Reyes as saying, "Our forces are ready for anything."', "Tom Reyes"),
        ('Tom Reyes was quoted as saying: "Our forces are ready for anything."', "Tom Reyes"),
        ('Tom Reyes: "Our forces are ready for anything."', "Tom Reyes"),
        (
            "Tom Reyes said the West ignored his plan, which he described as "
            '"a serious basis for talks on security."',
            "Tom Reyes",
        ),
        (
            "Tom Reyes, who has led the army since 2019 and is expected to retire, said: "
            '"Our forces are ready for anything."',
            "Tom Reyes",
        ),
    ],
)
def test_quotes_reads_attribution_before_after_and_after_colon_or_dash(
    extract: Extract, text: str, speaker: str
) -> None:
    assert only(extract, text).speaker == speaker


def test_quotes_joins_a_quote_broken_by_its_attribution(extract: Extract) -> None:
    text = 'Mayor Lin Ho said, "The bridge will open in May," adding, "and it will be free."'
    quote = only(extract, text)
    assert quote.text == "The bridge will open in May, and it will be free."
    assert [p.text for p in quote.pieces] == [
        "The bridge will open in May,",
        "and it will be free.",
    ]
    assert quote.speaker == "Mayor Lin Ho"


def test_quotes_joins_pieces_around_the_attribution_between_them(extract: Extract) -> None:
    text = '"The bridge will open in May," he said, "and it will be free." Lin Ho is the mayor.'
    text = "Mayor Lin Ho visited the site. " + text
    quote = only(extract, text)
    assert len(quote.pieces) == 2
    assert quote.speaker_name == "Lin Ho"


def test_quotes_joins_pieces_around_one_unquoted_word(extract: Extract) -> None:
    text = (
        '"The United States will vote" against "the resolution, and we urge others to," '
        "said the US envoy."
    )
    quote = only(extract, text)
    assert quote.text.startswith("The United States will vote against the resolution")
    assert quote.speaker == "the US envoy"


def test_quotes_keeps_apart_pieces_in_separate_sentences(extract: Extract) -> None:
    text = '"We came to talk about peace," Kuleba said. "Many countries voted in favour."'
    found = quotes_of(extract, text)
    assert [q.text for q in found] == [
        "We came to talk about peace,",
        "Many countries voted in favour.",
    ]
    assert [q.speaker for q in found] == ["Kuleba", "Kuleba"]


def test_quotes_keeps_apart_pieces_split_by_the_reporters_paraphrase(extract: Extract) -> None:
    text = (
        'The draft calls it "a serious violation of human rights," and the draft demands '
        '"the immediate return of all abductees to their families."'
    )
    found = quotes_of(extract, text)
    assert len(found) == 2
    assert not any(q.pieces for q in found)


def test_quotes_reads_a_quote_over_several_paragraphs(extract: Extract) -> None:
    text = (
        'The spokesman said: "The first paragraph of my statement is here.\n\n'
        '"The second paragraph continues the same statement.\n\n'
        '"The third paragraph ends it now."\n\nOther news followed.'
    )
    found = quotes_of(extract, text)
    assert [q.text for q in found] == [
        "The first paragraph of my statement is here.",
        "The second paragraph continues the same statement.",
        "The third paragraph ends it now.",
    ]
    assert {q.speaker for q in found} == {"The spokesman"}


def test_quotes_reads_a_long_quote_attributed_at_its_end(extract: Extract) -> None:
    text = (
        "The council met on Monday.\n\n"
        "“We are deeply concerned by the escalation in the region.\n\n"
        "“All parties must exercise restraint,” the statement said."
    )
    found = quotes_of(extract, text)
    assert [q.speaker for q in found] == ["the statement", "the statement"]


def test_quotes_ignores_a_stray_mark_at_a_paragraph_start(extract: Extract) -> None:
    text = (
        "« The minister called on the council to act quickly on the matter.\n"
        "« The claims make no sense to us, » the spokesperson said."
    )
    assert [q.text for q in quotes_of(extract, text)] == ["The claims make no sense to us,"]
    text = "« The minister called on the council to act quickly on the matter.\nNothing else."
    assert quotes_of(extract, text) == []


def test_quotes_keeps_quotes_nested_inside_a_quote(extract: Extract) -> None:
    text = (
        '"The so-called "peace plan" is a trap for all of us," the envoy said.\n'
        "“It is a ‘historic day’ for all of us here,” the envoy said."
    )
    found = quotes_of(extract, text)
    assert [q.text for q in found] == [
        'The so-called "peace plan" is a trap for all of us,',
        "It is a ‘historic day’ for all of us here,",
    ]


def test_quotes_tells_apostrophes_from_single_marks(extract: Extract) -> None:
    text = "Mao Ning stated that ‘Taiwan is China’s Taiwan and that is China’s affair’."
    quote = only(extract, text)
    assert quote.text == "Taiwan is China’s Taiwan and that is China’s affair"
    assert quote.speaker == "Mao Ning"


@pytest.mark.parametrize(
    "text",
    [
        'The talks were "constructive and frank", officials said.',
        'Critics called it a "so-called peace plan".',
        'The resolution, titled "Cooperation Between the United Nations and Others", passed.',
        'The document "Countering the Use of Technology for Criminal Purposes" was adopted.',
        'Protesters carried signs reading "Peace Now" and "No More War Ever Again".',
        'The film "A Long Road to Peace in Our Time" opened in Oslo on Friday.',
        'He was nicknamed "the butcher of the Balkans" by the press.',
        'The group, known as "the coalition of the willing", met in Paris.',
        'The so-called "coalition of the willing" met in Paris.',
        'Quote of the day: "Nothing is agreed until everything is agreed."',
    ],
)
def test_quotes_skips_scare_quotes_titles_and_slogans(extract: Extract, text: str) -> None:
    assert quotes_of(extract, text) == []


def test_quotes_counts_four_words_as_enough(extract: Extract) -> None:
    text = 'He said the soldiers "must be well armed." Minister Ana Lima added nothing.'
    text = "Minister Ana Lima spoke in Kyiv. " + text
    quote = only(extract, text)
    assert quote.text == "must be well armed."


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Iran on Thursday condemned the text, calling it "politically motivated and wrong."',
            "Iran",
        ),
        (
            'The draft, written by Britain, France and Germany, calls on Iran to "cooperate fully '
            'and without delay."',
            "The draft",
        ),
        (
            'Spokesman Ali Bagheri spoke. According to him, "the Europeans chose confrontation."',
            "Ali Bagheri",
        ),
    ],
)
def test_quotes_subject_leaves_out_times_lists_and_object_pronouns(
    extract: Extract, text: str, speaker: str
) -> None:
    assert only(extract, text).speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('The council "strongly condemns the attack on the embassy."', "The council"),
        (
            'The statement said the council "strongly condemns the attack on the embassy."',
            "The statement",
        ),
        ('"We call on all states to refrain from force," the letter reads.', "the letter"),
        (
            'According to the resolution, the assembly "decides to establish a committee now."',
            "the resolution",
        ),
    ],
)
def test_quotes_gives_a_documents_wording_to_the_document(
    extract: Extract, text: str, speaker: str
) -> None:
    quote = only(extract, text)
    assert quote.speaker == speaker
    assert quote.speaker_name is None


@pytest.mark.parametrize(
    ("text", "speaker", "name"),
    [
        (
            'Foreign Minister Tom Reyes arrived in Manila. "Our forces are ready," he said.',
            "Tom Reyes",
            "Tom Reyes",
        ),
        (
            '"Our forces are ready," Foreign Minister Tom Reyes said. '
            '"We will defend every island," the minister added.',
            "the minister",
            "Tom Reyes",
        ),
        (
            "Russia's envoy Gennady Kuzmin spoke first. "
            '"It is crucial that the process be open," the Russian diplomat said.',
            "the Russian diplomat",
            "Gennady Kuzmin",
        ),
        (
            'Spokeswoman Maria Zakharova held a briefing. "We have work to do," Zakharova said.',
            "Zakharova",
            "Maria Zakharova",
        ),
    ],
)
def test_quotes_resolves_pronouns_descriptions_and_surnames(
    extract: Extract, text: str, speaker: str, name: str
) -> None:
    quote = quotes_of(extract, text)[-1]
    assert quote.speaker == speaker
    assert quote.speaker_name == name


def test_quotes_pronoun_follows_the_latest_subject_not_an_object(extract: Extract) -> None:
    text = (
        '"We need peace right now," Foreign Minister Ana Lima said after meeting Secretary-General '
        'Mark Rutte.\n\nLima met Rutte again. "We need weapons too," she said.\n\n'
        "Meanwhile, Defence Minister Tom Reyes criticised the plan. "
        '"It will not work at all," he said.'
    )
    found = quotes_of(extract, text)
    assert [q.speaker_name for q in found] == ["Ana Lima", "Ana Lima", "Tom Reyes"]


def test_quotes_pronoun_finds_a_bare_surname_that_spoke_before(extract: Extract) -> None:
    text = 'Nebenzia spoke first. Asked about the vote, he replied: "We have nothing to hide."'
    assert only(extract, text).speaker_name == "Nebenzia"


def test_quotes_skips_a_participle_phrase_between_speaker_and_verb(extract: Extract) -> None:
    text = '"This is a betrayal of the Charter," the statement, signed by 12 countries, said.'
    assert only(extract, text).speaker == "the statement"


def test_quotes_continuation_paragraph_takes_the_previous_speaker(extract: Extract) -> None:
    text = (
        '"The talks reached a point beyond which they cannot go," Jonah Hull said.\n\n'
        '"But it seems there is momentum back in these talks."'
    )
    found = quotes_of(extract, text)
    assert [q.speaker for q in found] == ["Jonah Hull", "Jonah Hull"]


def test_quotes_second_quote_of_a_paragraph_keeps_its_speaker(extract: Extract) -> None:
    text = (
        '"Nobody here is against faster ambulances," said lawmaker Krystyna Olender, who '
        'sits on the committee. "But this ministry is promising too much, too late."'
    )
    found = quotes_of(extract, text)
    assert [q.speaker_name for q in found] == ["Krystyna Olender", "Krystyna Olender"]


def test_quotes_tweet_introduced_before_the_quote(extract: Extract) -> None:
    text = (
        '"This is unacceptable to us," Shahbaz Sharif said.\n\n'
        "Party chairman Bilal Zardari also tweeted, saying he had no results yet. "
        '"Polling agents have been thrown out of polling stations."'
    )
    found = quotes_of(extract, text)
    assert found[-1].speaker_name == "Bilal Zardari"


def test_quotes_unattributed_pronoun_never_becomes_the_speaker(extract: Extract) -> None:
    quote = only(extract, 'He told Reuters: "Our position has not changed at all."')
    assert quote.speaker is None
    assert quote.speaker_name is None


def test_quotes_a_news_agency_relaying_words_is_not_the_speaker(extract: Extract) -> None:
    text = (
        'Minister Ana Lima said the attacks "resulted in grave consequences for us," '
        "the RBC news outlet reported."
    )
    assert only(extract, text).speaker_name == "Ana Lima"


def test_quotes_party_before_a_role_is_not_a_name(extract: Extract) -> None:
    quote = only(extract, "Brexit deal 'dead in the water', says Tory MP\n\nBody.")
    assert quote.speaker == "Tory MP"
    assert quote.speaker_name is None


def test_quotes_words_of_a_report_belong_to_the_report(extract: Extract) -> None:
    text = (
        'The council suspended Russia over reports of "gross and systematic violations of '
        'rights" in Ukraine, Reuters reported.'
    )
    assert only(extract, text).speaker == "reports"


def test_quotes_links_the_speaker_to_the_official(extract: Extract, seed_text: str) -> None:
    facts = extract(seed_text, "2019-12-27")
    by_text = {q.text[:30]: q for q in facts.quotes}
    diplomat = by_text["It’s crucial for us that this "]
    assert diplomat.speaker == "the Russian diplomat"
    assert diplomat.speaker_name == "Gennady Kuzmin"


@pytest.mark.parametrize("said_by", ["Kuzmin", "Gennady V. Kuzmin", "the Russian envoy"])
def test_quotes_speaker_name_is_the_officials_name(extractor: Extractor, said_by: str) -> None:
    text = (
        "Russia's deputy envoy Gennady Kuzmin spoke at the meeting. "
        f'"The process must be open and inclusive," {said_by} said.'
    )
    start = text.index("Gennady")
    kuzmin = Official(
        name="Gennady Kuzmin",
        title="deputy envoy",
        affiliation="Russia",
        country="RUS",
        text="Russia's deputy envoy Gennady Kuzmin",
        span=(0, start + len("Gennady Kuzmin")),
        mentions=((start, start + len("Gennady Kuzmin")),),
    )
    doc = extractor.nlp(text)
    (quote,) = find_quotes(doc, [kuzmin])
    assert quote.speaker_name == "Gennady Kuzmin"


def test_quotes_reads_the_seed_article(extract: Extract, seed_text: str) -> None:
    facts = extract(seed_text, "2019-12-27")
    assert [(q.text[:25], q.speaker) for q in facts.quotes] == [
        ("The United States will vo", "the US representative"),
        ("decides to establish an a", "the resolution"),
        ("The Special Committee wil", "the document"),
        ("the need to improve coord", "The authors of the resolution"),
        ("This resolution will unde", "the US representative"),
        (
            "suggests that the era of ",
            "the Deputy Permanent Representative of the Russian Federation to the UN "
            "Gennady Kuzmin",
        ),
        ("It’s crucial for us that ", "the Russian diplomat"),
        ("First, we already have a ", "a foreign policy officer US agencies"),
    ]
