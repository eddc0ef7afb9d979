"""The HTML report (report.py, marks.py): escaping, overlapping facts, anchors, the CLI's
`--format html`, and the page as headless Chromium renders it."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from collections import defaultdict
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from extract_cli.cli import main
from extract_cli.facts import ArticleFacts, DateMention, Official, Quote, QuotePiece
from extract_cli.marks import fact_marks, segments
from extract_cli.report import HtmlReportWriter, to_html

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SEED = SAMPLES / "interfaks-cybercrime.txt"
FACT_KINDS = ("votes", "sponsors", "officials", "dates", "quotes")


def facts_for(text: str, **kinds: Any) -> ArticleFacts:
    return ArticleFacts(
        id="test", source="test", reference_date=None, reference_date_source=None,
        headline=None, dateline=None, **kinds,
    )  # fmt: skip


def span_of(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


class ReportReader(HTMLParser):
    """The article text as the page holds it, and the text under each fact's marks."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = 0  # inside <div class="text">: nesting depth, else 0
        self.open_facts: list[str] = []
        self.text: list[str] = []
        self.by_fact: dict[str, str] = defaultdict(str)
        self.marks: dict[str, str] = {}  # the id of each anchored mark -> its class
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        self.tags.append(tag)
        if self.depth:
            self.depth += 1
            if tag == "mark":
                self.open_facts.append(str(found["data-fact"]))
                if found.get("id"):
                    self.marks[str(found["id"])] = str(found["class"])
        elif tag == "div" and found.get("class") == "text":
            self.depth = 1

    def handle_endtag(self, tag: str) -> None:
        if self.depth:
            self.depth -= 1
            if tag == "mark":
                self.open_facts.pop()

    def handle_data(self, data: str) -> None:
        if self.depth:
            self.text.append(data)
            for fact in self.open_facts:
                self.by_fact[fact] += data


def read_report(page: str) -> ReportReader:
    reader = ReportReader()
    reader.feed(page)
    return reader


def test_report_shows_markup_in_the_article_as_text() -> None:
    text = 'Leak: <script>alert("x")</script> & <b>bold</b> on Friday.'
    facts = facts_for(
        text, dates=(DateMention("Friday", None, "day", None, span_of(text, "Friday")),)
    )
    page = to_html(facts, text)
    assert "<script>" not in page and "<b>" not in page
    assert "&lt;script&gt;alert(" in page
    assert "".join(read_report(page).text) == text


def test_report_nests_a_date_inside_a_quote_and_keeps_both_whole() -> None:
    text = '"We will meet again on November 18 in Geneva," Kuzmin said.'
    quote = span_of(text, "We will meet again on November 18 in Geneva,")
    date = span_of(text, "November 18")
    facts = facts_for(
        text,
        dates=(DateMention("November 18", "2019-11-18", "day", None, date),),
        quotes=(Quote(text[quote[0] : quote[1]], "Kuzmin", "Gennady Kuzmin", quote),),
    )
    reader = read_report(to_html(facts, text))
    assert reader.by_fact["a1-quote-1"] == text[quote[0] : quote[1]]
    assert reader.by_fact["a1-date-1"] == "November 18"
    assert "".join(reader.text) == text


def test_report_splits_partly_overlapping_facts_into_segments() -> None:
    text = "Deputy Minister Anna Berg met Berg's team on Monday morning."
    official = span_of(text, "Minister Anna Berg")
    date = span_of(text, "Anna Berg met Berg's team on Monday")  # overlaps, neither nests
    surname = (text.index("Berg's"), text.index("Berg's") + len("Berg"))
    facts = facts_for(
        text,
        officials=(
            Official(
                "Anna Berg",
                None,
                None,
                None,
                text[official[0] : official[1]],
                official,
                mentions=(official, surname),
            ),
        ),
        dates=(DateMention(text[date[0] : date[1]], None, None, None, date),),
    )
    cut = segments(len(text), fact_marks(facts, len(text), prefix="a1-"))
    assert [(s.start, s.end) for s in cut] == sorted((s.start, s.end) for s in cut)
    assert all(m.start <= s.start and s.end <= m.end for s in cut for m in s.marks)
    reader = read_report(to_html(facts, text))
    assert reader.by_fact["a1-official-1"] == "Minister Anna Berg" + "Berg"
    assert reader.by_fact["a1-date-1"] == text[date[0] : date[1]]
    assert "".join(reader.text) == text


def test_report_labels_a_broken_quote_once_after_its_last_piece() -> None:
    text = '"We will vote," he said, "against the text."'
    first, second = span_of(text, "We will vote,"), span_of(text, "against the text.")
    pieces = (QuotePiece("We will vote,", first), QuotePiece("against the text.", second))
    quote = Quote(
        "We will vote, against the text.", "he", "John Doe", (first[0], second[1]), pieces
    )
    page = to_html(facts_for(text, quotes=(quote,)), text)
    assert page.count('data-speaker="John Doe (he)"') == 1
    assert read_report(page).by_fact["a1-quote-1"] == "We will vote,against the text."
    assert re.search(r'data-speaker="John Doe \(he\)">against the text\.</mark>', page)


def test_report_has_a_mark_and_a_table_link_for_every_fact_of_every_sample(
    extract: Callable[..., ArticleFacts],
) -> None:
    for path in sorted(SAMPLES.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        facts = extract(text, "2019-12-27")
        reader = read_report(to_html(facts, text))
        assert "".join(reader.text) == text
        for kind in FACT_KINDS:
            for i, fact in enumerate(getattr(facts, kind), 1):
                ident = f"a1-{kind[:-1]}-{i}"
                assert reader.marks.get(ident) == kind[:-1], (path.name, ident)
                pieces = getattr(fact, "pieces", ()) or [fact]
                assert pieces[0].text in reader.by_fact[ident], (path.name, ident)


def test_report_index_counts_facts_per_article_and_lists_failures() -> None:
    text = "On Friday."
    writer = HtmlReportWriter()
    date = DateMention("Friday", None, "day", None, span_of(text, "Friday"))
    page = writer.add(facts_for(text, dates=(date,)), text)
    page += writer.add_failure("bad.txt", "looks like a PNG image, not text")
    page += writer.add(facts_for(text), text)
    page += writer.close()
    assert page.count("<!DOCTYPE html>") == 1 and page.endswith("</html>\n")
    assert '<section class="article" id="a1">' in page and 'id="a2"' in page
    nav = page[page.index("<nav>") :]
    assert '<a href="#a1">test</a></td><td class="n">0</td><td class="n">0</td>' in nav
    assert "failed: looks like a PNG image, not text" in nav


def test_report_of_one_article_has_no_index() -> None:
    text = "Nothing happened."
    assert "<nav>" not in to_html(facts_for(text), text)


def test_cli_html_writes_one_document_for_a_folder() -> None:
    result = CliRunner().invoke(main, ["--format", "html", "--date", "2019-12-27", str(SAMPLES)])
    assert result.exit_code == 0
    page = result.stdout
    assert page.startswith("<!DOCTYPE html>") and page.endswith("</html>\n")
    assert page.count('<section class="article"') == len(list(SAMPLES.glob("*.txt")))
    assert "<nav>" in page
    assert not re.search(r"(src|href)=\"https?:", page)  # nothing fetched from the network


def test_cli_html_does_not_read_the_article_as_html() -> None:
    result = CliRunner().invoke(
        main, ["--format", "html", "-"], input="Talks <img src=x onerror=alert(1)> ended."
    )
    assert result.exit_code == 0
    assert "<img" not in result.stdout
    assert "Talks &lt;img src=x onerror=alert(1)&gt; ended." in result.stdout


def test_cli_json_output_carries_no_article_text() -> None:
    facts = json.loads(CliRunner().invoke(main, ["--format", "json", str(SEED)]).stdout)
    assert "text" not in facts


CHROMIUM = shutil.which("chromium")


@pytest.mark.skipif(
    CHROMIUM is None,
    reason="headless Chromium not installed (Debian: apt-get install chromium; .ci/run does it)",
)
def test_report_renders_in_headless_chromium_with_its_marks(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["--format", "html", "--date", "2019-12-27", str(SAMPLES)])
    assert result.exit_code == 0
    page = tmp_path / "report.html"
    page.write_text(result.stdout, encoding="utf-8")
    png = tmp_path / "report.png"
    common = [
        str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", f"--user-data-dir={tmp_path / 'profile'}",
    ]  # fmt: skip
    shot = subprocess.run(
        [*common, f"--screenshot={png}", "--window-size=1280,2000", page.as_uri()],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert shot.returncode == 0, shot.stderr[-2000:]
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert (int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")) == (1280, 2000)
    dom = subprocess.run(
        [*common, "--dump-dom", page.as_uri()], capture_output=True, text=True, timeout=120
    )
    assert dom.returncode == 0, dom.stderr[-2000:]
    rendered = read_report(dom.stdout)
    seed = SEED.read_text(encoding="utf-8")
    assert seed in "".join(rendered.text)
    for kind in ("vote", "sponsor", "official", "date", "quote"):
        assert rendered.marks.get(f"a2-{kind}-1") == kind, kind  # a2: the seed article
    assert rendered.by_fact["a2-official-1"].startswith("Gennady Kuzmin")


def test_cli_html_pairs_each_article_with_its_own_text_under_workers(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    with corpus.open("w", encoding="utf-8") as out:
        for i in range(60):
            text = f"Article number {i}: the ministers met on Friday."
            out.write(json.dumps({"id": f"n{i}", "text": text, "date": "2024-03-15"}) + "\n")
    result = CliRunner().invoke(main, ["--format", "html", "--jobs", "2", str(corpus)])
    assert result.exit_code == 0
    sections = result.stdout.split('<section class="article"')[1:]
    assert len(sections) == 60
    for i, section in enumerate(sections):
        assert f"<h2>n{i}</h2>" in section
        assert f"Article number {i}:" in section
