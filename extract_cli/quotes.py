"""Quoted statements and their speakers, pronouns and descriptions resolved to names.

Quotations are found by one linear scan over the text that pairs quotation marks by their
context (straight, curly, single, guillemets, nesting, quotes running over paragraphs). The
attribution is then read from the words around each quotation, inside its sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc

from .doctext import article_text, sentence_starts
from .facts import Official, Quote, QuotePiece
from .speakers import (
    UNRESOLVED,
    QuoteRules,
    Speaker,
    SpeakerBook,
    Word,
    document_words,
    find_name,
    labelled,
    load_rules,
    role_words,
    shipped_rules,
    source_words,
    speech_verbs,
    using,
    words_of,
)

MIN_WORDS = 4


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_DOUBLE = '"“”«»„'
_SINGLE = "'‘’‹›"
_DOUBLE_MARK = re.compile(f"[{_DOUBLE}]")
_SINGLE_MARK = re.compile(f"[{_SINGLE}]")
_LEFT_BOUND = set("([{")
_RIGHT_BOUND = set(".,;:!?)]}")
_WORD = re.compile(r"[^\W_]+(?:['’.\-][^\W_]+)*", re.UNICODE)
# A sentence end between two quoted pieces: they are two quotes, not one broken quote.
_SENTENCE_END = re.compile(r"[.!?;](?=\s|$)")
_JOIN_PRONOUN = re.compile(r"^[\s,]*(?:and|but)\s+(?:it|he|she|they)\s*$", re.IGNORECASE)
_GAP_FILLER = _words("and but then also further later again he she they it")
_BRACKETED = re.compile(r"\([^()\n]{0,40}\)")
_NAME_PARTICLES = _words("bin ibn al de del della der van von da di du le la los las dos y")
_TITLE_FOLLOWS = re.compile(r"(?:\bNo\.?\s*[\w/\-]+|\d+)\s*$")


def inversion_verbs() -> frozenset[str]:
    return labelled("SPEECH_INVERSION")


@dataclass
class _Raw:
    """One pair of quotation marks: inner text span and the marks' positions."""

    open_at: int
    close_at: int  # index of the closing mark, or the paragraph end when the quote runs on
    start: int
    end: int
    closed: bool


@dataclass
class _Candidate:
    first: _Raw  # `pieces[0]`, read a few dozen times per article: a field, not a property
    pieces: list[_Raw]

    @property
    def last(self) -> _Raw:
        return self.pieces[-1]


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans = []
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        if line.strip():
            spans.append((start, end))
        start = end + 1
    return spans


def _inner(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _scan_double(
    text: str, para: tuple[int, int], marks: list[int], continued: bool, reopens: bool
) -> tuple[list[_Raw], bool]:
    """Outer double-quoted spans of one paragraph (`marks`: where its double marks stand, in
    order); True when a quote stays open at its end.

    A quote left open at the end of a paragraph counts when it opened after some words of the
    paragraph (an attribution before it) or when it continues one left open just before (news
    style: each paragraph of a long quotation reopens it, only the last one closes it).
    """
    p_start, p_end = para
    found: list[_Raw] = []
    stack: list[int] = []
    for i in marks:
        ch = text[i]
        prev = text[i - 1] if i > p_start else " "
        nxt = text[i + 1] if i + 1 < p_end else " "
        left = prev.isspace() or prev in _LEFT_BOUND
        right = nxt.isspace() or nxt in _RIGHT_BOUND
        if ch in "«„":
            opening = True
        elif ch == "»":
            opening = False
        elif ch == "“":
            # a left mark after the words, before a space, closes (seen in wire copy)
            opening = not (stack and right and not nxt.isalnum())
        elif ch == "”":
            opening = not stack and left and not right
        elif left and not right:
            opening = True
        elif right and not left:
            opening = False
        else:
            opening = not stack
        if opening:
            stack.append(i)
            continue
        if not stack:
            continue
        begin = stack.pop()
        if not stack:
            start, end = _inner(text, begin + 1, i)
            found.append(_Raw(begin, i, start, end, True))
    if not stack:
        return found, False
    begin = stack[0]
    at_paragraph_start = not text[p_start:begin].strip()
    # a long quotation whose attribution comes at its end: the next paragraph reopens it,
    # and it reads as speech (a stray mark before narration does not)
    speech = reopens and _SPEECH_PERSON.search(text, begin, p_end) is not None
    if at_paragraph_start and not continued and not speech:
        return found, False
    start, end = _inner(text, begin + 1, p_end)
    found.append(_Raw(begin, p_end, start, end, False))
    return found, True


def _scan_single(
    text: str, para: tuple[int, int], marks: list[int], taken: list[_Raw]
) -> list[_Raw]:
    """Single-quoted spans of one paragraph outside its double quotes (headlines use them).

    `marks`: where its single marks stand, in order; an apostrophe inside a word may be left
    out (it opens and closes nothing).
    """
    p_start, p_end = para
    found: list[_Raw] = []
    open_at = -1
    # the double-quoted stretches, in order: a single mark inside one is nested, not ours
    opens = [r.open_at for r in taken]
    for i in marks:
        ch = text[i]
        k = bisect_right(opens, i) - 1
        if k >= 0 and i <= taken[k].close_at:
            continue
        prev = text[i - 1] if i > p_start else " "
        nxt = text[i + 1] if i + 1 < p_end else " "
        if prev.isalnum() and nxt.isalnum():
            continue  # an apostrophe: China’s, don't
        can_open = ch in "‘'‹" and (prev.isspace() or prev in _LEFT_BOUND or prev in "“«—–-")
        can_open = can_open and not nxt.isspace()
        can_close = ch in "’'›" and not prev.isspace()
        can_close = can_close and (nxt.isspace() or nxt in _RIGHT_BOUND or nxt in '”»"-–—')
        if open_at >= 0 and can_close:
            start, end = _inner(text, open_at + 1, i)
            found.append(_Raw(open_at, i, start, end, True))
            open_at = -1
        elif can_open:
            open_at = i
    return found


_SPEECH_PERSON = re.compile(r"\b(?:I|[Ww]e|[Oo]ur|[Uu]s|[Mm]y|[Yy]ou|[Yy]our)\b")


def _opens_with_mark(text: str, start: int) -> bool:
    head = text[start : start + 3].lstrip()
    return bool(head) and head[0] in '"“«„'


def _mark_offsets(text: str) -> list[int]:
    """Where the quotation marks of the text stand, in order.

    Found one mark character at a time with `str.find` (a C scan of the text per character,
    three times faster than a regex character class with characters beyond ASCII in it).
    """
    found: list[int] = []
    for mark in _DOUBLE + _SINGLE:
        at = text.find(mark)
        while at >= 0:
            found.append(at)
            at = text.find(mark, at + 1)
    found.sort()
    return found


def scan_quotations(text: str, paragraphs: list[tuple[int, int]] | None = None) -> list[_Raw]:
    """Every outer quotation in text order, whatever its length.

    `paragraphs` are the text's non-blank lines when the caller has them already.
    """
    found: list[_Raw] = []
    marks = _mark_offsets(text)
    if not marks:
        return found  # no quotation mark anywhere: nothing to scan
    if paragraphs is None:
        paragraphs = _paragraphs(text)
    # one pass over the marks, each placed in its paragraph: only the paragraphs holding a
    # mark are read, the others are neither searched nor scanned
    starts = [s for s, _ in paragraphs]
    # where the double and the single marks of each paragraph stand (paragraphs in order)
    doubles_at: dict[int, list[int]] = {}
    singles_at: dict[int, list[int]] = {}
    for i in marks:
        n = bisect_right(starts, i) - 1
        if n < 0 or i >= paragraphs[n][1]:
            continue  # outside every paragraph given (never in `_paragraphs`): not read
        if text[i] in _DOUBLE:
            doubles_at.setdefault(n, []).append(i)
        elif not (
            i > starts[n]
            and i + 1 < paragraphs[n][1]
            and text[i - 1].isalnum()
            and text[i + 1].isalnum()
        ):
            # (an apostrophe inside a word, "China’s", "don't", is no quotation mark: most
            # single marks, and most paragraphs holding one need no scan for quotes at all)
            singles_at.setdefault(n, []).append(i)
    doubles_of: dict[int, list[_Raw]] = {}
    continued = False  # a quote left open at the end of the paragraph just read
    for n, held in doubles_at.items():
        para = paragraphs[n]
        if n - 1 not in doubles_of:
            continued = False  # no double mark in the paragraph before: nothing stays open
        reopens = n + 1 < len(paragraphs) and _opens_with_mark(text, paragraphs[n + 1][0])
        doubles, continued = _scan_double(text, para, held, continued, reopens)
        doubles_of[n] = doubles
        found.extend(doubles)
    for n, held in singles_at.items():
        found.extend(_scan_single(text, paragraphs[n], held, doubles_of.get(n, [])))
    found.sort(key=lambda r: r.open_at)
    return found


def word_count(text: str) -> int:
    return len(_WORD.findall(text))


def _long_enough(text: str, pieces: list[_Raw]) -> bool:
    """Whether the pieces hold MIN_WORDS words or more: counting stops there, as a long
    quotation's words need not all be read to know."""
    wanted = MIN_WORDS
    for piece in pieces:
        for _ in _WORD.finditer(text, piece.start, piece.end):
            wanted -= 1
            if not wanted:
                return True
    return False


_CONJUNCTIONS = {"and", "or", "but", "nor", "then", "while", "as"}
_BARE_WORD = re.compile(r"\s+([^\W\d_]+)\s+")


# Where the clause of a quoted piece begins: a sentence end or a paragraph break before it
_CLAUSE_BREAK = re.compile(r"[.!?;][\"”’»']?\s|\n")
_TAIL_WORDS = re.compile(r"[^\W\d_]+")
_STOP = re.compile(r"[.!?;]")


def _one_utterance(text: str, first: _Raw, word: str, second: _Raw) -> bool:
    """Whether `"A" word "B"` is one quotation the reporter broke around one word of their own.

    `"The United States will vote" against "the resolution, and we urge ...," said the US
    representative`: the speaker's sentence runs on through the bare word. The evidence that
    it is one utterance and not two quoted phrases the reporter set side by side (`chanted
    "..." outside "..."`, `called the plan "..." versus "..."`): the first piece opens a clause
    of speech (the sentence start, a colon or comma, a speech verb) and stops mid-clause, the
    second ends with the speaker's punctuation inside its marks and is followed by an
    attribution or the sentence end, and the word is not one that sits outside quotes
    (a place, a comparison, a source: "outside", "versus", "from").
    """
    lower = word.lower()
    if word != lower or lower in _CONJUNCTIONS or lower in labelled("QUOTE_OUTSIDE_WORD"):
        return False
    head = text[first.start : first.end].rstrip()
    tail = text[second.start : second.end].rstrip()
    if not head or head[-1] in _PIECE_END or not tail or tail[-1] not in ",.!?":
        return False
    if word_count(head) < MIN_WORDS or word_count(tail) < MIN_WORDS:
        return False
    if not _opens_speech(text, first.open_at):
        return False
    return _attribution_or_end(text, second.close_at + 1, tail[-1])


_PIECE_END = set(".,;:!?…—–-")


def _opens_speech(text: str, open_at: int) -> bool:
    """The quote opens a clause: the sentence starts there, or a colon, comma or speech verb."""
    window = text[max(0, open_at - 200) : open_at]
    # the last break before the quote
    brk = max((m.end() for m in _CLAUSE_BREAK.finditer(window)), default=-1)
    left = window[brk:] if brk >= 0 else window
    if brk < 0 and open_at > 200:
        return False  # a sentence too long to read back: no evidence
    left = left.rstrip()
    if not left or left[-1] in ",:":
        return True
    last = _TAIL_WORDS.findall(left[-40:])
    return bool(last) and (last[-1].lower() in speech_verbs() or last[-1].lower() == "that")


def _attribution_or_end(text: str, after: int, closing: str) -> bool:
    """After the second piece: its sentence ends, or a speech verb names who said it."""
    rest = text[after : after + 120]
    line = rest.split("\n", 1)[0]
    if closing in ".!?" and not line.lstrip()[:1].islower():
        return True  # `... do the same."` and the next sentence, or the paragraph, begins
    words = _TAIL_WORDS.findall(_STOP.split(line, maxsplit=1)[0])[:8]
    verbs = speech_verbs()
    return any(w.lower() in verbs for w in words)


def _gap_joins(gap: str, first: _Raw, text: str) -> bool:
    """Whether the words between two quoted pieces are only an attribution in one sentence."""
    inner = text[first.start : first.end].rstrip()
    if inner.endswith((".", "!", "?", ";")) or _SENTENCE_END.search(gap):
        return False
    if _JOIN_PRONOUN.match(gap):
        return True
    if not gap.rstrip().endswith((",", ":")):
        return False  # `demands "the return ..."`: the quote is the verb's object, a new clause
    original = _WORD.findall(gap)
    words = [w.lower() for w in original]
    # the particles of a name add no clause: "Renata Albuquerque de la Dias" is one speaker
    counted = [w for w in words if w not in _NAME_PARTICLES]
    if not words or len(counted) > 16 or "that" in words:
        return False
    verbs = speech_verbs()
    spoken = [i for i, w in enumerate(original) if w in verbs]
    if not spoken:
        return False
    after = words[spoken[-1] + 1 :]
    if not after:
        return True
    if words[spoken[-1]].endswith("ing"):
        return False
    # "said the minister," / "said Rutte," : the speaker after the verb; "told delegates,",
    # "said in a statement on Monday,": who heard it, where, when. A bracketed party and the
    # particles of a name ("van der Berg (Greens)") add no clause; a verb or a clause word does.
    gap_words = _WORD.findall(_BRACKETED.sub(" ", gap))[spoken[-1] + 1 :]
    counted = [w for w in gap_words if w.lower() not in _NAME_PARTICLES]
    return len(counted) <= 7 and all(
        w[0].isupper()  # "said Brazil's ambassador, Renata Dias,"
        or w.lower() in _NAME_PARTICLES
        or w.lower() in _GAP_FILLER
        or _adjunct_word(w)
        for w in gap_words
    )


# Words that open a clause of the reporter's own after the speech verb, not an adjunct of it
_CLAUSE_WORDS = _words(
    "that which who whom whose what where why how because although though while whereas if "
    "unless when as since so and but or nor than is was are were be been being has have had "
    "will would can could should may might must do does did not no it he she they we i you "
    "this these those there"
)


def _adjunct_word(word: str) -> bool:
    """A lower-case word of a phrase after the speech verb: "told delegates", "in a statement".

    A participle or a verb of the reporter's ("describing", "was") makes it a paraphrase.
    """
    lower = word.lower()
    return (
        word[:1].islower()
        and lower not in _CLAUSE_WORDS
        and not lower.endswith(("ing", "ed"))
        and lower not in speech_verbs()
    )


def _join(raws: list[_Raw], text: str) -> list[_Candidate]:
    """Pieces of one quotation broken by an attribution or by one quoted word become one."""
    out: list[_Candidate] = []
    i = 0
    while i < len(raws):
        cand = _Candidate(raws[i], [raws[i]])
        i += 1
        while i < len(raws):
            last = cand.last
            nxt = raws[i]
            gap = text[last.close_at + 1 : nxt.open_at]
            if "\n" in gap:
                break
            word = _BARE_WORD.fullmatch(gap)
            if word is not None and _one_utterance(text, last, word.group(1), nxt):
                # "The United States will vote" against "the resolution ...": one sentence
                start = last.close_at + 1 + word.start(1)
                bridge = _Raw(
                    start - 1, start + len(word.group(1)), start, start + len(word.group(1)), True
                )
                cand.pieces.extend([bridge, nxt])
                i += 1
                continue
            # "The United States will vote" against "the resolution ...": a quoted word inside
            if (
                i + 1 < len(raws)
                and not gap.strip()
                and word_count(text[nxt.start : nxt.end]) <= 2
                and not text[nxt.close_at + 1 : raws[i + 1].open_at].strip()
                and "\n" not in text[nxt.close_at + 1 : raws[i + 1].open_at]
            ):
                cand.pieces.extend([nxt, raws[i + 1]])
                i += 2
                continue
            if _gap_joins(gap, last, text):
                cand.pieces.append(nxt)
                i += 1
                continue
            break
        out.append(cand)
    return out


_TITLE_WORDS = {"titled", "entitled", "headlined", "dubbed", "nicknamed", "so-called", "codenamed"}


def _looks_like_title(text: str, raw: _Raw, left: str) -> bool:
    """A quoted title: after "titled", or capitalised right after "the document", "No. 11078"."""
    before = _TITLE_FOLLOWS.sub("", left.rstrip()).rstrip()
    last = _WORD.findall(before[-40:])
    if not last:
        return False
    if "what" in {w.lower() for w in last[-4:-1]} and last[-1].lower() != "as":
        return False  # "what it called 'A ...'", "what he dubbed": words X said, not a name
    if last[-1].lower() in _TITLE_WORDS or [w.lower() for w in last[-2:]] == ["known", "as"]:
        return True  # a name given to something, not words someone said
    if before.endswith(":"):
        return False  # "the text: "Dear visitors ..."": what the document says, not its name
    return text[raw.start : raw.end][:1].isupper() and last[-1].lower() in document_words()


@dataclass  # not frozen: one is made per quotation, and a frozen one sets its fields slowly
class _Context:
    """Where a quotation sits: its paragraph and the words around it in its sentence."""

    text: str
    para: int
    left_from: int  # where the words before the quote start
    left_to: int  # where the quote opens
    right: list[Word]
    clause_start: bool  # False when the words before begin right after an earlier quote
    after_quote: bool  # the sentence began before an earlier quote of the same paragraph
    _left: list[Word] | None = None  # `left`, once built

    @property
    def left(self) -> list[Word]:
        """The words before the quote, built only when the words after it name no speaker."""
        if self._left is None:
            self._left = words_of(self.text[self.left_from : self.left_to], self.left_from)
        return self._left


# what stands between a closing mark and the words after it (matches the empty string too)
_LEADING_PUNCTUATION = re.compile(r"[ \t,\-–—:]*")


@dataclass(frozen=True)
class _Layout:
    """Paragraphs and sentence starts of one article, for finding a quote's context."""

    text: str
    paragraphs: list[tuple[int, int]]
    para_starts: list[int]
    sent_starts: list[int]

    def context(self, cand: _Candidate, prev_close: int, next_open: int) -> _Context:
        text, first, last = self.text, cand.first, cand.last
        para = bisect_right(self.para_starts, first.open_at) - 1
        p_start, p_end = self.paragraphs[para]
        # the sentence of the quote's first word: a sentence end just before the mark stays out
        sent_at = self.sent_starts[bisect_right(self.sent_starts, first.start) - 1]
        left_from = min(max(p_start, prev_close, sent_at), first.open_at)
        right_start = last.close_at + 1 if last.closed else p_end
        # the sentence of the first word after the mark: `?" - the diplomat asked.` goes on
        lead = _LEADING_PUNCTUATION.match(text, right_start, p_end)  # not the rest as a copy
        first_after = lead.end() if lead is not None else right_start
        k = bisect_right(self.sent_starts, first_after)
        sent_end = self.sent_starts[k] if k < len(self.sent_starts) else len(text)
        right_end = min(p_end, next_open, max(sent_end, right_start))
        cut = left_from > sent_at  # an earlier quote of this sentence ends where the words begin
        return _Context(
            text,
            para,
            left_from,
            first.open_at,
            words_of(text[right_start:right_end], right_start),
            clause_start=not (cut and left_from == prev_close),
            after_quote=cut,
        )


def find_quotes(
    doc: Doc, officials: Sequence[Official], *, rules: QuoteRules | None = None
) -> list[Quote]:
    """Quotations of four words or more that someone or something is said to have said.

    `rules` are the word lists to use (`load_rules`); None means the shipped ones.
    """
    with using(rules or shipped_rules()):
        return _find_quotes(doc, officials)


# A double quotation longer than this (characters between its marks) is skipped by the people
# scans; skipping a shorter one costs more than reading it.
_LONG_QUOTATION = 100


def _skipped_by_people_scans(
    text: str, raws: list[_Raw], longer_than: int = _LONG_QUOTATION
) -> list[tuple[int, int]]:
    """Where the long double quotations open and close, in order: the people scans skip them
    (`SpeakerBook._outside_double_quotes` says why that is exact). Single quotations are not
    skipped: a capitalised run goes on past a closing single mark ("‘Minister’ Tom Reyes").
    """
    return [
        (r.open_at, r.close_at)
        for r in raws
        if r.close_at - r.open_at > longer_than and text[r.open_at] in _DOUBLE
    ]


def _find_quotes(doc: Doc, officials: Sequence[Official]) -> list[Quote]:
    text = article_text(doc)
    paragraphs = _paragraphs(text)
    raws = scan_quotations(text, paragraphs)
    if not raws:
        return []
    layout = _Layout(text, paragraphs, [s for s, _ in paragraphs], _sentence_starts(doc))
    book = SpeakerBook.build(doc, officials, text)
    book.quoted = ([r.start for r in raws], [r.end for r in raws])
    book.double_quoted = _skipped_by_people_scans(text, raws)
    candidates = _join(raws, text)
    long = [_long_enough(text, c.pieces) for c in candidates]
    # where the next quotation of four words or more opens, for each candidate
    next_real = [len(text)] * len(candidates)
    for index in range(len(candidates) - 2, -1, -1):
        following = candidates[index + 1]
        next_real[index] = following.first.open_at if long[index + 1] else next_real[index + 1]
    quotes: list[Quote] = []
    waiting: list[tuple[int, _Candidate]] = []
    previous: tuple[int, Speaker] | None = None  # paragraph index and speaker of the last quote
    prev_close = 0
    for index, cand in enumerate(candidates):
        if not long[index]:
            continue  # a scare quote stays part of the sentence around it
        ctx = layout.context(cand, prev_close, next_real[index])
        earlier_from = prev_close
        prev_close = cand.last.close_at + 1
        if _looks_like_title(text, cand.first, text[ctx.left_from : cand.first.open_at]):
            continue
        book.near(_subjects_before(text, cand, ctx, layout, earlier_from, book))
        speaker = _attribute(text, cand, ctx, book)
        if speaker is None:
            speaker = _inherited(text, cand, ctx, previous, earlier_from, layout, book)
        if waiting and waiting[-1][0] + 1 != ctx.para:
            waiting.clear()  # only the very next paragraph carries on a quotation
        if speaker is None and not cand.last.closed:
            waiting.append((ctx.para, cand))  # a long quotation: its attribution may come later
            continue
        if speaker is None or speaker is UNRESOLVED:
            if speaker is UNRESOLVED:
                quotes.append(_quote(text, cand, None))  # said by "he", who is nowhere named
            waiting.clear()
            continue
        book.spoke(speaker, cand.first.open_at)
        previous = (ctx.para, speaker)
        quotes.extend(_quote(text, earlier, speaker) for _, earlier in waiting)
        waiting.clear()
        quotes.append(_quote(text, cand, speaker))
    # the reader of the last quote's sentences refers to the book that holds it: dropped, the
    # book and its words are freed at once instead of waiting for the garbage collector
    book.near(None)
    return quotes


def _inherited(
    text: str,
    cand: _Candidate,
    ctx: _Context,
    previous: tuple[int, Speaker] | None,
    earlier_from: int,
    layout: _Layout,
    book: SpeakerBook,
) -> Speaker | None:
    """The speaker of a quote with no attribution of its own, from the sentences before it."""
    para, speaker = previous if previous is not None else (-9, None)
    if ctx.after_quote and para == ctx.para:
        own = _contrast_subject(ctx.left, book, cand.first.open_at, speaker)
        if own is not None:
            return own
        return speaker  # `"...," he said, and added that "..."`: the same sentence
    # a quoted sentence standing alone: the words of whoever spoke just before
    alone = not ctx.left and text[cand.first.start : cand.first.end][:1].isupper()
    if not alone:
        return None
    if para == ctx.para:
        return speaker  # `"...," Wrona said. "Today, it still does."`
    p_start = layout.paragraphs[ctx.para][0]
    if ctx.left_from > p_start:
        # an earlier sentence of the paragraph introduces it: "X tweeted: ..."
        begin = max(p_start, earlier_from)
        earlier = words_of(text[begin : ctx.left_from], begin)
        found = _before_quote(earlier, speech_verbs(), book, cand.first.open_at)
        if found is not None:
            return found
    return speaker if ctx.para - para <= 1 else None


_CONTRAST_CLAUSE = _words("while whereas")


def _contrast_subject(
    words: list[Word], book: SpeakerBook, at: int, earlier: Speaker | None
) -> Speaker | None:
    """`X said "...", while the delegate of Peru spoke of "..."`: a contrasting clause after an
    earlier quote has a speaker of its own, the person (or text) that opens it."""
    k = 0
    while k < len(words) and (words[k].text in {",", ";"} or words[k].text in _MARKS):
        k += 1
    if k >= len(words) or words[k].lower not in _CONTRAST_CLAUSE:
        return None
    k += 1
    if k + 1 < len(words) and words[k].lower in {"in", "at"} and words[k + 1].text[:1].isupper():
        k += 2  # "while in Geneva the envoy called it": where, not who
    subject = _sentence_subject(words[k:])
    # the subject ends at its last name, role or text word: "Kenya's delegate (spoke of)"
    roles, documents = role_words(), document_words()
    last = max(
        (
            i
            for i, w in enumerate(subject)
            if w.text[:1].isupper() or w.lower in roles or w.lower in documents
        ),
        default=-1,
    )
    if last < 0:
        return None  # "while adding that", "while prices rose": no speaker of its own
    head = subject[last]
    if head.text[:1].isupper() and (last < len(subject) - 1 or head.text.endswith(("'s", "’s"))):
        # a name only where the clause's verb follows it: "while Moscow dismissed it", not
        # "while Russian forces pressed", "while Russia's economy shrank"
        return None
    found = book.resolve(subject[: last + 1], at)
    if found is None or found is UNRESOLVED:
        return None
    if found.kind != "person" and not found.words & documents and not head.text[:1].isupper():
        return None
    same = earlier is not None and found.name is not None and found.name == earlier.name
    if same and find_name(subject[: last + 1], book.blocked) is None:
        # "the envoy" of the contrast is someone else than the first quote's speaker
        return Speaker(found.text, None, found.kind, found.words)
    return found


def _subjects_before(
    text: str, cand: _Candidate, ctx: _Context, layout: _Layout, earlier: int, book: SpeakerBook
) -> Callable[[], list[tuple[int, Speaker]]]:
    """The people the sentences before a quote are about, for its he or she.

    Read from the quote's paragraph, or from the paragraph before when the quote opens its
    own; never from before the previous quote, whose speaker is more recent.
    """

    def read() -> list[tuple[int, Speaker]]:
        p_start = layout.paragraphs[ctx.para][0]
        if ctx.left_from <= p_start and ctx.para > 0:
            p_start = layout.paragraphs[ctx.para - 1][0]
        begin = max(p_start, earlier)
        end = layout.sent_starts[bisect_right(layout.sent_starts, cand.first.start) - 1]
        sent = layout.sent_starts  # in order: the starts strictly between, by bisection
        starts = sent[bisect_right(sent, begin) : bisect_left(sent, end)]
        found: list[tuple[int, Speaker]] = []
        for s, e in zip([begin, *starts], [*starts, end], strict=False):
            words = words_of(text[s:e], s)
            if not words or words[0].lower in _PRONOUN_SUBJECTS:
                continue
            speaker = _before_quote(words, speech_verbs(), book, e)
            if _is_source(speaker):
                # "X said ..., the IRNA news agency reported": the agency only relays X
                speaker = book.resolve(_sentence_subject(words), e)
            if speaker is None or not _one_person(speaker):
                # "The delegate of Chile regretted that the vote had been called"
                speaker = book.resolve(_opening_subject(words), e)
            if speaker is None or not _one_person(speaker):
                continue
            if speaker.name:  # "The Liberals of Selma Varga came third": she is Selma Varga
                speaker = Speaker(speaker.name, speaker.name, "person", speaker.words)
            found.append((s, speaker))
        return found

    return read


_SUBJECT_GLUE = _words("the a an of for and") | _NAME_PARTICLES


def _opening_subject(words: list[Word]) -> list[Word]:
    """The names and roles opening a sentence: "The Liberals of Selma Varga" (came third)."""
    roles = role_words()
    out: list[Word] = []
    for w in _sentence_subject(_without_brackets(words)):
        noun = bool(out) and out[-1].lower in _DETERMINERS  # "The list of Selma Varga"
        # "co-leader", "vice-chair", "ex-minister": a role with a prefix
        role = w.lower in roles or w.lower.rpartition("-")[2] in roles
        if not (w.text[:1].isupper() or role or w.lower in _SUBJECT_GLUE or noun):
            break
        out.append(w)
    return out


def _without_brackets(words: list[Word]) -> list[Word]:
    """Words outside short brackets: "The Social Democrats (SPÖ) of Selma Varga"."""
    out: list[Word] = []
    n = 0
    while n < len(words):
        if words[n].text == "(":
            close = next(
                (k for k in range(n + 1, min(n + 6, len(words))) if words[k].text == ")"), -1
            )
            if close > 0:
                n = close + 1
                continue
        out.append(words[n])
        n += 1
    return out


_PRONOUN_SUBJECTS = _words("he she it they we i you his her its their this that there")


def _one_person(speaker: Speaker) -> bool:
    """A named person or a role in the singular ("the delegate of Chile", not "officials")."""
    if speaker.kind != "person" or speaker is UNRESOLVED:
        return False
    if speaker.name:
        return True
    roles = role_words()
    return not any(w in roles and w.endswith("s") for w in speaker.text.lower().split())


def _sentence_starts(doc: Doc) -> list[int]:
    # read off the token rows once per Doc instead of building a Span per sentence
    starts = sentence_starts(doc)
    return starts if starts and starts[0] == 0 else [0, *starts]


def _quote(text: str, cand: _Candidate, speaker: Speaker | None) -> Quote:
    said_by = speaker.text if speaker is not None else None
    name = speaker.name if speaker is not None else None
    if len(cand.pieces) == 1:
        whole = cand.first  # most quotes: one piece, none listed
        return Quote(text[whole.start : whole.end], said_by, name, (whole.start, whole.end))
    pieces = tuple(QuotePiece(text[p.start : p.end], (p.start, p.end)) for p in cand.pieces)
    return Quote(
        " ".join(p.text for p in pieces),
        said_by,
        name,
        (pieces[0].span[0], pieces[-1].span[1]),
        pieces,
    )


def _is_source(speaker: Speaker | None) -> bool:
    """A news agency relaying the words ("the RBC news outlet reported"), not their speaker."""
    if speaker is None:
        return False
    return bool(speaker.words & source_words()) or _SEEN_BY.search(speaker.text) is not None


# "a copy seen by Reuters", "a draft obtained by AFP": the reporter who read it, not its author
_SEEN_BY = re.compile(r"\b(?:seen|obtained|reviewed|viewed|read)\s+by\b", re.IGNORECASE)


def _attribute(text: str, cand: _Candidate, ctx: _Context, book: SpeakerBook) -> Speaker | None:
    """The speaker named in the quote's own sentence: between, after or before its pieces."""
    right_words, at = ctx.right, cand.first.open_at
    ends_sentence = text[cand.last.start : cand.last.end].rstrip().endswith(".")
    clause_start = ctx.clause_start
    verbs = speech_verbs()
    # an attribution between the pieces of a broken quote: "X," he said, adding, "Y."
    for before, after in zip(cand.pieces, cand.pieces[1:], strict=False):
        gap = words_of(text[before.close_at + 1 : after.open_at], before.close_at + 1)
        found = _after_quote(gap, verbs, book, at)
        if found is not None:
            return found
    if right_words and right_words[0].text in _DASHES:
        # `'...' – MOFA reacts to ...`, `'...': Ukrainian foreign minister` (headlines)
        found = _headline_attribution(right_words, book, at)
        if found is not None:
            return found
    source: Speaker | None = None
    if not ends_sentence or (right_words and right_words[0].text[:1].islower()):
        found = _after_quote(right_words, verbs, book, at)
        if found is not None and not _is_source(found):
            if clause_start and right_words and right_words[0].lower in ("he", "she"):
                # "Kenya's envoy, Ruth Wanjiru, was blunt: '...,' she said": the subject of the
                # quote's own sentence is who "she" is
                own = _own_subject(ctx.left, book, at, right_words[0].lower)
                if own is not None:
                    return own
            return found
        source = found
    left_words = ctx.left  # built only now: most quotes are attributed after them
    found = _before_quote(left_words, verbs, book, at, clause_start=clause_start)
    if found is not None:
        return found
    found = _speech_noun(left_words, book, at)
    if found is not None:
        return found
    found = _colon_speaker(left_words, book, at)
    if found is not None:
        return found
    found = _inscription(left_words, book, at)
    if found is not None:
        return found
    lower_start = text[cand.first.start : cand.first.end][:1].islower()
    if source is not None:
        if lower_start and clause_start:
            # `The text "calls on ...," according to a copy seen by Reuters`: the document
            found = _predicate_subject(left_words, book, at)
            if found is not None and not _is_source(found):
                return found
        return source
    if ends_sentence:
        found = _after_quote(right_words, verbs, book, at, short=True)
        if found is not None:
            return found
    found = _headline_attribution(right_words, book, at)
    if found is not None:
        return found
    if lower_start and clause_start:
        return _predicate_subject(left_words, book, at)
    return None


def _own_subject(words: list[Word], book: SpeakerBook, at: int, pronoun: str) -> Speaker | None:
    """The one person opening the quote's sentence, when "he" or "she" may stand for them."""
    words = [w for w in words if w.text not in _MARKS]
    if not words or words[0].lower in _PRONOUN_SUBJECTS:
        return None
    roles = role_words()
    verb = next(
        (
            k
            for k in range(1, len(words))
            if words[k - 1].text == ","
            and words[k].text[:1].islower()
            and words[k].lower not in _DETERMINERS
            and words[k].lower not in _APPOSITION_START
            and words[k].lower not in roles
        ),
        None,
    )
    subject = (
        _subject_before(words, verb, book.blocked) if verb is not None else _sentence_subject(words)
    )
    speaker = book.resolve(subject, at) if subject else None
    if speaker is None or not _one_person(speaker) or not book.fits(speaker, pronoun):
        return None
    return speaker


def _colon_speaker(words: list[Word], book: SpeakerBook, at: int) -> Speaker | None:
    """A speaker and a colon, no verb: `Zelensky: "We will win."`, `UN envoy: "..."`."""
    if len(words) < 2 or words[-1].text != ":":
        return None
    np = _name_phrase(words[:-1])
    if len(np) != len(words) - 1:
        return None  # other words before the colon: "a plate with the text:"
    roles = role_words()
    if find_name(np, book.blocked) is None and not any(w.lower in roles for w in np):
        return None
    return book.resolve(np, at)


# A preposition that places the thing bearing a text: "a sign on the door reading:"
_PLACED = _words("on at in above over outside inside near by behind beside of")


def _inscription(words: list[Word], book: SpeakerBook, at: int) -> Speaker | None:
    """The thing a text is written on: `a sign reading: "..."`, `a plaque with the words: "..."`.

    The colon sets the text off as a statement of its own; without it the quoted words are a
    name or a slogan (`signs reading "No More War"`). The bearer is the noun phrase before
    "reading" or "with the text", whatever it is (a sign, a banner, a page of a website): no
    list of objects, so "the licence plate" is nothing that speaks until a text is set on it.
    """
    content = [w for w in words if w.text not in _MARKS]
    if len(content) < 3 or content[-1].text != ":":
        return None
    k = len(content) - 2
    if content[k].lower != "reading":
        # "with the text:", "bearing the words:", "with an inscription:"
        if content[k].lower not in labelled("QUOTE_INSCRIPTION") or k < 2:
            return None
        k -= 1
        if content[k].lower in {"the", "a", "an"}:
            k -= 1
        if k < 1 or content[k].lower not in {"with", "bearing", "carrying"}:
            return None
    bearer = _np_before(content, k)
    start = k - len(bearer)
    if start >= 2 and content[start - 1].lower in _PLACED:
        # "a sign on the door reading:": the sign, not the door
        outer = _np_before(content, start - 1)
        if outer:
            bearer = outer
    bearer = _noun_phrase_tail(bearer)
    if not bearer or bearer[-1].lower.endswith("ed") or bearer[-1].lower in _CLAUSE_WORDS:
        return None  # "the minister arrived with the text:": a verb, not a thing with a text
    return book.resolve(bearer, at)


def _noun_phrase_tail(words: list[Word]) -> list[Word]:
    """The last noun phrase of a run of words: "Protesters unfurled a huge banner" -> "a huge
    banner"; a determiner after "of" belongs to the phrase ("the sign of the ministry")."""
    for i in range(len(words) - 1, -1, -1):
        if words[i].lower in _DETERMINERS and not (i > 0 and words[i - 1].lower == "of"):
            return words[i:]
    # no determiner: the last word and the capitalised words before it ("Ministry website")
    i = len(words) - 1
    while i > 0 and words[i - 1].text[:1].isupper():
        i -= 1
    return words[i:]


def _speech_noun(words: list[Word], book: SpeakerBook, at: int) -> Speaker | None:
    """Words said in a report or a claim: `over reports of "gross violations ..."`."""
    content = [w for w in words if w.text not in _MARKS]
    if len(content) < 2 or content[-1].lower not in {"of", "that"}:
        return None
    if content[-2].lower not in labelled("SPEECH_NOUN"):
        return None
    noun = content[-2:-1]
    if len(content) > 2 and content[-3].lower in _DETERMINERS | {"its", "his", "her", "their"}:
        noun = content[-3:-1]  # "the reports of"
    return book.resolve(noun, at)


def _predicate_subject(words: list[Word], book: SpeakerBook, at: int) -> Speaker | None:
    """The quotation is the predicate: `The Council "strongly condemns ..."`."""
    content = [w for w in words if w.text not in _MARKS]
    if not content:
        return None
    if content[-1].lower in {"that", "which"} and len(content) > 1:
        # "the suggestion that "...", "the item, which "..."
        end = len(content) - 1
        if end > 0 and content[end - 1].text == ",":
            end -= 1
        found = book.resolve(_np_before(content, end), at)
        if found is not None:
            return found
    return book.resolve(_sentence_subject(content), at)


_MARKS = set(_DOUBLE) | set(_SINGLE)
_CLAUSE_END = {".", "!", "?", ";"}
_DASHES = {"-", "–", "—", ":"}


def _after_quote(
    words: list[Word], verbs: frozenset[str], book: SpeakerBook, at: int, *, short: bool = False
) -> Speaker | None:
    """The attribution written after the quote: `," said X` or `," X, the envoy, said`."""
    content: list[Word] = []
    for w in words:
        if w.text in _CLAUSE_END or w.text in _DOUBLE:
            break
        if w.text in _SINGLE:
            continue
        if not content and (w.text == "," or w.text in _DASHES):
            continue
        content.append(w)
    if not content or (short and len(content) > 10):
        return None
    first = content[0]
    if first.lower in _CONTRAST_OPENERS and not (
        len(content) > 1 and content[1].lower.endswith("ing")  # "while waving a flag, he said"
    ):
        return None  # `," while the envoy told reporters she was "..."`: a statement of its own
    if first.text in inversion_verbs():
        np = _np_after(content, 1)
        return book.resolve(np, at) if np else None
    for n, w in enumerate(content[:24]):
        if w.lower == "according" and n + 1 < len(content) and content[n + 1].lower == "to":
            found = book.resolve(_np_after(content, n + 2), at)
            if found is not None:
                return found
            continue
        if w.lower in verbs and _is_verb(content, n):
            if w.lower.endswith("ing"):
                if n == 0:
                    return None  # "..., saying that": the quote's subject is elsewhere
                continue  # "X, reporting from Vienna, said"
            return book.resolve(_subject_segment(content[:n], book.blocked), at)
    return None


_CONTRAST_OPENERS = _words("while whereas but although though")
_NOUN_BEFORE = _words(
    "the a an his her their its our my your this these those opening closing such strong "
    "further earlier previous recent latest same stern over of for about on in with by "
    "amid after despite"
)


def _is_verb(words: list[Word], n: int) -> bool:
    """A speech word used as a verb, not a noun ("his opening remarks", "a warning")."""
    if not words[n].text[:1].islower():
        return False  # "the United States", not "states"
    if n + 1 < len(words) and words[n + 1].lower in _AUXILIARIES:
        return False  # "the Baltic states were": the subject of a verb, not a verb
    if (
        n > 0
        and words[n - 1].lower in {"been", "being", "be"}
        and not words[n].lower.endswith("ing")
    ):
        return False  # "the vote had been called": passive, its subject said nothing
    if n == 0:
        return True
    before = words[n - 1]
    if words[n].lower.endswith("s") and before.lower in labelled("QUOTE_PLURAL_MODIFIER"):
        return False  # "rejected all calls for", "many notes"
    if f"{before.lower} {words[n].lower}" in labelled("QUOTE_COMPOUND_NOUN"):
        return False  # "calls on member states to", but "a party member says"
    return before.lower not in _NOUN_BEFORE and not before.text.endswith(("’s", "'s"))


_AFTER_STOP = _words(
    "on at in during after before when while as who which that to from with adding saying "
    "speaking according told and but last this yesterday today earlier later recently "
    "monday tuesday wednesday thursday friday saturday sunday referring citing quoted"
)


def _np_after(words: list[Word], start: int) -> list[Word]:
    """The speaker named after the verb: `said Gennady Kuzmin, Russia's deputy envoy`."""
    out: list[Word] = []
    stop = len(words)
    for n in range(start, len(words)):
        w = words[n]
        if w.text in {",", ".", ";", ":", "(", ")", "!", "?"} or w.text in _MARKS:
            stop = n
            break
        if w.lower in _AFTER_STOP and not (w.lower in {"in", "to"} and out and w.next_upper):
            break
        out.append(w)
    if stop < len(words) and words[stop].text == "," and out and find_name(out) is None:
        # `said the Ukrainian president, Volodymyr Zelensky.`, `said Brazil's ambassador,
        # Renata Dias`: the name in apposition
        after: list[Word] = []
        for w in words[stop + 1 :]:
            if not w.text[:1].isupper():
                break
            after.append(w)
        if after and len(after) <= 4 and find_name(after) is not None:
            return after
    return out


_LEAD_SKIP = _words(
    "and but also however meanwhile then though too so further moreover instead still yet now "
    "again later earlier"
)
_PROGRESSIVE = _words("been is was are were am be")
_TRAIL_SKIP = _words(
    "also has have had was is were are been will would further later then earlier again once "
    "not only reportedly previously recently subsequently finally however too did does "
    "can could may might must"
)
_NOT_SUBJECT_START = _words(
    "who which whose whom where when in on at after before during since for from with by "
    "to of according despite following amid under over about as while if than into within "
    "without"
)


_WHEN = {"on", "late", "early", "earlier", "later", "last", "this", "next"}
_TIME_WORDS = _words(
    "monday tuesday wednesday thursday friday saturday sunday today yesterday week month "
    "year night morning evening"
)


def _trim(segment: list[Word]) -> list[Word]:
    for i, w in enumerate(segment[1:-1], start=1):
        if w.lower in _WHEN and segment[i + 1].lower in _TIME_WORDS:
            segment = segment[:i]  # "Iran on Thursday condemned": the subject is "Iran"
            if i == 1 and segment[0].lower in _WHEN:
                return []  # "Late on Monday": all of it says when
            break
    while segment and (segment[0].lower in _LEAD_SKIP or segment[0].lower.endswith("ly")):
        segment = segment[1:]
    while segment and (segment[-1].lower in _TRAIL_SKIP or segment[-1].lower.endswith("ly")):
        segment = segment[:-1]
    return segment


def _subject_segment(words: list[Word], blocked: frozenset[int] = frozenset()) -> list[Word]:
    """The subject among comma-separated phrases; an appositive's named part is preferred."""
    segments: list[list[Word]] = [[]]
    for k, w in enumerate(words):
        if w.text in _MARKS:
            continue
        if w.text == "," and not _thousands_comma(words, k):
            segments.append([])
        else:
            segments[-1].append(w)
    valid = []
    in_participle = False  # "drafted by Britain, France and Germany": the list goes with it
    last_index = len(segments) - 1
    for index, seg in enumerate(segments):
        seg = _trim(seg)
        if len(seg) > 1 and seg[0].lower in _RELATIVE:
            if index < last_index:
                # "The union, which represents nurses, said": a clause closed by its comma
                # describes the subject before it and is never the subject itself
                in_participle = True
                continue
            seg = seg[1:]  # "proposals, which he described as": the subject is "he"
        if (
            in_participle
            and seg
            and all(w.text[:1].isupper() or w.lower in {"and", "or"} for w in seg)
            # the end of a list ("..., France and Germany") or a member before it; a lone
            # name right before the verb is the subject: "Asked about the summit, which was
            # postponed, Sethi said"
            and (index < last_index or any(w.lower in {"and", "or"} for w in seg))
        ):
            continue
        in_participle = False
        if not seg or len(seg) > 16:
            continue
        head = seg[0].lower
        acronym = len(seg[0].text) > 1 and seg[0].text.isupper()  # "WHO Director-General"
        if head in _NOT_SUBJECT_START and not acronym:
            continue
        if head.endswith("ing") and not seg[0].text[0].isupper():
            continue
        if _opens_participle(seg, blocked):
            continue  # "Presenting the text, the delegate said": the clause has no subject
        if all(not w.text[:1].isalpha() for w in seg):
            continue  # an age: "Smith, 54, a former ambassador"
        if _PARTY_TAG.fullmatch("".join(w.text for w in seg)):
            continue  # "Sen. Ann Ruiz, D-N.M., said": party and state, not a subject
        if head in _AUXILIARIES or head == "to":
            continue  # "is expected to run": a predicate, not a subject
        if seg[0].text[:1].islower() and (head.endswith("ed") or head in _PARTICIPLES):
            in_participle = True
            continue  # "the statement, signed by 12 countries, said"
        valid.append(seg)
    if not valid:
        return []
    last = valid[-1]
    if len(valid) < 2 or last[0].lower in _PRONOUN_WORDS:
        return last
    before = valid[-2]
    if last[0].lower in _APPOSITION_START and _person_head(before, blocked):
        # "The 58-year-old diplomat, a former deputy minister, said": "a ..." only describes
        # the subject before it
        return before
    if len(before) > 5 or not _names_someone(before, blocked):
        return last
    if find_name(last, blocked) is None:
        return before  # "Tom Reyes, the defence minister, said"
    if last[0].text[:1].islower() and _all_name(before, blocked):
        # "Marta Ruiz, director of the group Refugee Watch, said": the person, not the group
        return before
    return last


_RELATIVE = _words("which whom that")
_INSERT_OPENERS = _words("who which whose")


def _inserted_clause_start(words: list[Word], at: int) -> int | None:
    """The comma opening the clause that holds `words[at]`, when that clause opens on a
    participle or a relative word ("..., speaking to reporters", "..., flanked by", "..., who
    met"): a clause set off by commas, not the sentence's own subject."""
    for k in range(at - 1, max(at - 25, 0), -1):
        w = words[k]
        if w.text in _CLAUSE_END or w.text in {";", ":"} or w.text in _MARKS:
            return None
        if w.text != ",":
            continue
        head = words[k + 1]
        if not head.text[:1].islower():
            return None
        low = head.lower
        participle = (low.endswith("ing") or low.endswith("ed") or low in _PARTICIPLES) and (
            len(low) > 4
        )
        return k if participle or low in _INSERT_OPENERS else None
    return None


_PARTY_TAG = re.compile(r"[DRI]-[A-Z][A-Za-z.]{0,12}")


def _thousands_comma(words: list[Word], k: int) -> bool:
    """A comma inside a number ("40,000 members"), not one between phrases."""
    return (
        0 < k < len(words) - 1
        and words[k - 1].end == words[k].start
        and words[k + 1].start == words[k].end
        and words[k - 1].text[-1:].isdigit()
        and words[k + 1].text[:1].isdigit()
    )


_APPOSITION_START = _words("a an one")
_HEAD_END = _words("of to at for in from with")
_AGE = re.compile(r"\d{1,3}-years?-old")


def _person_head(words: list[Word], blocked: frozenset[int]) -> bool:
    """A phrase about one person: "The 58-year-old diplomat (of Peru)", "Tom Reyes"."""
    if words[0].lower in _APPOSITION_START:
        return False
    head = next((i for i, w in enumerate(words) if w.lower in _HEAD_END), len(words))
    if head == 0:
        return False
    last = words[head - 1]
    return (
        last.lower in role_words()
        or _AGE.fullmatch(last.lower) is not None
        or (_all_name(words[:head], blocked))
    )


def _names_someone(words: list[Word], blocked: frozenset[int]) -> bool:
    """A name in the phrase, not a capitalised first word ("Late on Monday", "Asked about")."""
    name = find_name(words, blocked)
    if name is None:
        return False
    first_only = name.start == words[0].start and " " not in name.text
    return not (first_only and len(words) > 1 and words[1].text[:1].islower())


def _all_name(words: list[Word], blocked: frozenset[int]) -> bool:
    """A phrase that is nothing but a person's name ("Marta Ruiz de la Fuente", "Mr. Reyes")."""
    name = find_name(words, blocked)
    return name is not None and name.end == words[-1].end


_PARTICIPLES = _words("seen written made given taken known led held sent put")


def _opens_participle(seg: list[Word], blocked: frozenset[int]) -> bool:
    """A clause opened by a participle ("Speaking after the vote"), not a name ("Beijing")."""
    head = seg[0]
    return (
        len(seg) > 1
        and head.lower.endswith("ing")
        and head.start not in blocked
        and not seg[1].text[:1].isupper()
    )


_AUXILIARIES = _words(
    "is was are were has have had will would can could should may might must did does do be been"
)
_PRONOUN_WORDS = {"he", "she", "it", "they"}
_OBJECT_RELATIVE = _words("which whom")
_HARD_BACK = _words(
    "; : — – . ! ? that and but while because although though whereas so if when where what"
)


def _subject_before(words: list[Word], n: int, blocked: frozenset[int]) -> list[Word]:
    """The subject of the verb at `n`, read back to the start of its clause."""
    segment: list[Word] = []
    j = n - 1
    while j >= 0 and len(segment) < 30:
        w = words[j]
        capitalised_pair = j > 0 and words[j - 1].text[:1].isupper()
        if w.lower == "and" and segment and segment[0].text[:1].isupper() and capitalised_pair:
            segment.insert(0, w)  # "Germany and Iceland"
            j -= 1
            continue
        if w.lower in {"and", "but"} and segment and segment[-1].text == ",":
            opener = _inserted_clause_start(words, j)
            if opener is not None:
                # "X, speaking alongside envoys from Korea and the United States, said": the
                # "and" is inside a clause set off by commas, the subject before it
                segment[:0] = words[opener : j + 1]
                j = opener - 1
                continue
        if w.text in _HARD_BACK or w.lower in _HARD_BACK:
            break
        if w.lower in _OBJECT_RELATIVE and segment and all(x.text != "," for x in segment):
            # "a debate in which the minister said", "the plan which Kyiv says": the verb is
            # the relative clause's own, its subject the words after "which"
            own = _subject_segment(segment, blocked)
            if len(own) == 1 and own[0].lower in {"it", "they"}:
                # "The ministry issued a statement in which it said": the subject of the
                # clause "which" hangs on, not whatever text or group spoke last
                start = j
                while start > 0 and words[start - 1].lower not in _HARD_BACK:
                    start -= 1
                outer = _opening_subject(words[start:j])
                own = outer or own
            if own:
                return own
        segment.insert(0, w)
        j -= 1
    subject = _subject_segment(segment, blocked)
    if not subject and segment and j > 0 and words[j].lower in {"and", "but"}:
        # "X, who has led the ministry and is expected to run, told": the "and" was inside
        # a relative clause; the subject is further back
        return _subject_before(words, j, blocked)
    return subject


_BACK_STOP = _words(
    "that and but while as when after because which where if so since although though "
    "whereas with by from whom also then has have had will would is was were are not only "
    "once later earlier further again previously reportedly recently repeatedly to on at "
    "in"
)


def _np_before(words: list[Word], end: int) -> list[Word]:
    """The noun phrase written just before position `end` ("his amendment (d)")."""
    out: list[Word] = []
    j = end - 1
    while j >= 0 and len(out) < 16:
        w = words[j]
        if w.text == ")":
            opening = next(
                (k for k in range(j - 1, max(j - 5, -1), -1) if words[k].text == "("), None
            )
            if opening is not None:
                out[:0] = words[opening : j + 1]
                j = opening - 1
                continue
        if w.text in {",", ";", ":", "(", ")", "—", "–", "-", "!", "?", "."} or w.text in _MARKS:
            break
        if w.lower in _BACK_STOP or w.text in speech_verbs():
            break
        out.insert(0, w)
        j -= 1
    return out


_SUBJECT_STOP = _words(
    "on at in during after before since over with from by who which that is was has have "
    "had will would also further can could should must may did does put set not"
)
_INTRO = _NOT_SUBJECT_START | {"meanwhile", "however", "earlier", "later", "also", "in"}


def _sentence_subject(words: list[Word]) -> list[Word]:
    """The noun phrase opening the clause, after an introductory phrase ("In contrast, ...")."""
    words = [w for w in words if w.text not in _MARKS]
    while words:
        comma = next((i for i, w in enumerate(words) if w.text == ","), None)
        head = words[0].lower
        intro = head in _INTRO or head.endswith("ly") or _opens_participle(words, frozenset())
        if comma is not None and intro:
            words = words[comma + 1 :]
            continue
        break
    verbs = speech_verbs()
    out: list[Word] = []
    for w in words:
        lower = w.lower
        if w.text in {",", ";", ":", "(", "—", "–"} or lower in _SUBJECT_STOP or w.text in verbs:
            break
        # "Lindqvist defended his vote": the verb ends the subject
        after_name = len(out) >= 2 or (
            bool(out) and out[0].text[:1].isupper() and out[0].lower not in _DETERMINERS
        )
        if not w.text[:1].isupper() and lower.endswith("ed") and after_name:
            break
        if not w.text[:1].isupper() and lower.endswith("ly"):
            break
        out.append(w)
        if len(out) >= 12:
            break
    while out and out[-1].lower in {"the", "a", "an", "of", "for", "and", "to"}:
        out.pop()
    return out


def _before_quote(
    words: list[Word],
    verbs: frozenset[str],
    book: SpeakerBook,
    at: int,
    *,
    clause_start: bool = True,
) -> Speaker | None:
    """The attribution written before the quote in its sentence: `Kuzmin said that ... "`.

    `clause_start` is False when the words begin right after an earlier quote of the same
    sentence; its subject is then that quote's speaker, not the first words here.
    """
    words = [w for w in words if w.text not in _MARKS]
    for n in range(len(words) - 1, -1, -1):
        w = words[n]
        if w.lower not in verbs or not (_is_verb(words, n) or w.lower == "according"):
            continue
        if n > 0 and words[n - 1].lower == "to":
            continue  # "to say": not who says it
        if _passive_by(words, n):
            # "the plan was described by the Dutch minister as": the agent speaks
            found = book.resolve(_np_after(words, n + 2), at)
            if found is not None and not _is_source(found):
                return found
        if w.lower == "according":
            if n + 1 < len(words) and words[n + 1].lower == "to":
                found = book.resolve(_np_after(words, n + 2), at)
                if found is not None and not _is_source(found):
                    return found
            continue
        progressive = n > 0 and words[n - 1].lower in _PROGRESSIVE  # "he has been saying"
        if w.lower.endswith("ing") and not progressive:
            if n > 1 and words[n - 1].lower == "as":
                # "Reuters quoted Lavrov as saying": the one quoted, not the one quoting
                found = book.resolve(_np_before(words, n - 1), at)
                if found is not None and not _is_source(found):
                    return found
                continue
            if n == 0 or words[n - 1].text == ",":
                continue  # "welcomed the vote, saying ...": the main clause's verb is further back
            np = _np_before(words, n)
            found = _text_part_owner(words, np, book, at)
            if found is None:
                found = book.resolve(np, at)  # "with the resolution stating"
            if found is not None:
                return found
            continue
        j = n - 1
        while j >= 0 and words[j].lower in _TRAIL_SKIP:
            j -= 1
        if j >= 0 and words[j].lower in {"who", "which"}:
            # "a representative of the channel, who asked", "his amendment, which called"
            antecedent = _antecedent(words, j)
            found = _text_part_owner(words, antecedent, book, at)
            found = found or book.resolve(antecedent, at)
            if found is not None:
                return found
            continue
        subject = _subject_before(words, n, book.blocked)
        if subject:
            found = _what_it_calls(words, subject, book, at) or book.resolve(subject, at)
            if found is not None:
                return found
            continue
        if n > 0 and words[n - 1].lower in {"and", "but"}:
            continue  # "..., but said that": the subject of the first verb
        return book.resolve(_sentence_subject(words), at) if clause_start else None
    if clause_start and _has_verb(words, verbs):
        return book.resolve(_sentence_subject(words), at)
    return None


def _text_part_owner(
    words: list[Word], np: list[Word], book: SpeakerBook, at: int
) -> Speaker | None:
    """ "An amendment by Peru that would have added a paragraph affirming '...'": the quote is
    the wording of a part of a text, so the text itself (or, with none named, the subject that
    proposed it) speaks, not "a paragraph"."""
    if not np or np[-1].lower not in labelled("QUOTE_TEXT_PART"):
        return None
    start = next((k for k, w in enumerate(words) if w.start == np[0].start), None)
    if start is None:
        return None
    head = start + len(np) - 1  # "the draft contains a paragraph": the draft may be in it
    documents = document_words() - labelled("QUOTE_TEXT_PART") - labelled("QUOTE_NAMING_WORD")
    doc = next((k for k in range(head - 1, -1, -1) if words[k].lower in documents), None)
    if doc is None:
        subject = _sentence_subject(words[:head])  # "Lawmakers added a clause stating"
        return book.resolve(subject, at) if subject else None
    first = doc
    for k in range(doc - 1, max(doc - 4, -1), -1):
        low = words[k].lower
        if low in _DETERMINERS or low.endswith(("'s", "’s")):
            first = k
            break
        if not words[k].text.isalpha() or low in _BACK_STOP or low in speech_verbs():
            break
    last = doc
    if doc + 3 < head and words[doc + 1].lower.endswith("ed") and words[doc + 2].lower == "by":
        # "an amendment proposed by Singapore", "the motion tabled by the Greens"
        k = doc + 3
        while k < head and (words[k].text[:1].isupper() or words[k].lower in _BY_GLUE):
            k += 1
        while k > doc + 3 and words[k - 1].lower in _BY_GLUE:
            k -= 1
        if k > doc + 3:
            last = k - 1
    return book.resolve(words[first : last + 1], at)


_BY_GLUE = _words("the of and")
_PASSIVE = _words("was were is are been being be")


def _passive_by(words: list[Word], n: int) -> bool:
    """A speech verb in the passive with its agent: "was described by X", "was told by X",
    "the plan, branded by X as"."""
    if n + 2 >= len(words) or words[n + 1].lower != "by":
        return False
    j = n - 1
    while j >= 0 and words[j].lower.endswith("ly") and words[j].lower not in _PASSIVE:
        j -= 1  # "was repeatedly described by"
    return j >= 0 and (words[j].lower in _PASSIVE or words[j].text == ",")


_PRONOUN_KIND = {"it": "thing", "he": "person", "she": "person", "they": None}


def _what_it_calls(
    words: list[Word], subject: list[Word], book: SpeakerBook, at: int
) -> Speaker | None:
    """`The resolution welcomes what it calls "..."`: the pronoun is the clause's own subject.

    "what X calls / called / described as" gives the quoted words to X; a pronoun there stands
    for the subject of the main verb ("Russia rejected what it called ..."), not for whoever
    spoke last.
    """
    if len(subject) != 1 or subject[0].lower not in _PRONOUN_KIND:
        return None
    what = next((k for k, w in enumerate(words) if w is subject[0]), 0) - 1
    if what < 1 or words[what].lower != "what":
        return None
    opening = words[:what]
    k = 0
    while k < len(opening) and (opening[k].text == "," or opening[k].lower in _CONTRAST_CLAUSE):
        k += 1  # `"...", while Peru's envoy backed what he called "..."`: the clause's subject
    main = _sentence_subject(opening[k:])
    document = document_words()
    last = main[-1].lower if main else ""
    if (
        len(main) > 1
        and main[-1].text[:1].islower()
        and last not in document
        and last not in role_words()  # "Peru's envoy backed what he called"
    ):
        main = main[:-1]  # "The resolution welcomes": the verb of the main clause goes
    found = book.resolve(main, at) if main else None
    if found is None or found is UNRESOLVED or found.text.lower() in _PRONOUN_KIND:
        return None
    wanted = _PRONOUN_KIND[subject[0].lower]
    return found if wanted is None or found.kind == wanted else None


def _has_verb(words: list[Word], verbs: frozenset[str]) -> bool:
    return any(w.lower in verbs and _is_verb(words, n) for n, w in enumerate(words))


_DETERMINERS = _words("the a an his her its their our this that")


def _antecedent(words: list[Word], who: int) -> list[Word]:
    """What "who" or "which" stands for: `said to a representative of the channel, who`."""
    end = who - 1 if who > 0 and words[who - 1].text == "," else who
    found = _np_before(words, end)
    first = next((i for i, w in enumerate(found) if w.lower in _DETERMINERS), None)
    return found[first:] if first is not None else found


def _name_phrase(words: list[Word]) -> list[Word]:
    """Names, titles and role words only: "Ukrainian foreign minister", "MOFA"."""
    roles = role_words()
    out: list[Word] = []
    for w in words:
        if w.text in _MARKS:
            break
        if w.text[:1].isupper() or w.lower in roles or w.lower in {"the", "a", "an", "of"}:
            out.append(w)
            continue
        break
    while out and out[-1].lower in {"the", "a", "an", "of"}:
        out.pop()
    return out


def _headline_attribution(words: list[Word], book: SpeakerBook, at: int) -> Speaker | None:
    """`'Still on the table': Ukrainian foreign minister` and `'...' – MOFA reacts`."""
    if len(words) < 2 or words[0].text not in _DASHES:
        return None
    np = _name_phrase(words[1:])
    if not np or len(np) > 8:
        return None
    return book.resolve(np, at)


__all__ = ["MIN_WORDS", "QuoteRules", "find_quotes", "load_rules", "scan_quotations", "word_count"]
