"""Quoted statements and their speakers, pronouns and descriptions resolved to names.

Quotations are found by one linear scan over the text that pairs quotation marks by their
context (straight, curly, single, guillemets, nesting, quotes running over paragraphs). The
attribution is then read from the words around each quotation, inside its sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc

from .facts import Official, Quote, QuotePiece
from .patterns import default_pattern_dir, lexicon, load_patterns
from .speakers import Speaker, SpeakerBook, Word, find_name, words_of

MIN_WORDS = 4

_DOUBLE = "\"“”«»„"
_SINGLE = "'‘’‹›"
_LEFT_BOUND = set("([{")
_RIGHT_BOUND = set(".,;:!?)]}")
_WORD = re.compile(r"[^\W_]+(?:['’.\-][^\W_]+)*", re.UNICODE)
# A sentence end between two quoted pieces: they are two quotes, not one broken quote.
_SENTENCE_END = re.compile(r"[.!?;](?=\s|$)")
_PRONOUNS = {"he": "person", "she": "person", "it": "thing", "they": "any"}
_JOIN_PRONOUN = re.compile(r"^[\s,]*(?:and|but)\s+(?:it|he|she|they)\s*$", re.IGNORECASE)
_GAP_FILLER = {"and", "but", "then", "also", "further", "later", "again", "he", "she", "they", "it"}
_TITLE_FOLLOWS = re.compile(r"(?:\bNo\.?\s*[\w/\-]+|\d+)\s*$")


@cache
def _lexicon() -> dict[str, set[str]]:
    # Loaded once per process: the same word lists the cue ruler marks on the Doc.
    return lexicon(load_patterns("quotes", [default_pattern_dir()]))


def speech_verbs() -> set[str]:
    return _lexicon().get("SPEECH_VERB", set())


def document_words() -> set[str]:
    return _lexicon().get("QUOTE_DOCUMENT", set())


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
    pieces: list[_Raw]

    @property
    def first(self) -> _Raw:
        return self.pieces[0]

    @property
    def last(self) -> _Raw:
        return self.pieces[-1]


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans = []
    start = 0
    for match in re.finditer(r"\n", text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def _inner(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _scan_double(text: str, para: tuple[int, int], continued: bool) -> tuple[list[_Raw], bool]:
    """Outer double-quoted spans of one paragraph; True when a quote stays open at its end.

    A quote left open at the end of a paragraph counts when it opened after some words of the
    paragraph (an attribution before it) or when it continues one left open just before (news
    style: each paragraph of a long quotation reopens it, only the last one closes it).
    """
    p_start, p_end = para
    found: list[_Raw] = []
    stack: list[int] = []
    for i in range(p_start, p_end):
        ch = text[i]
        if ch not in _DOUBLE:
            continue
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
    if at_paragraph_start and not continued:
        return found, False
    start, end = _inner(text, begin + 1, p_end)
    found.append(_Raw(begin, p_end, start, end, False))
    return found, True


def _scan_single(text: str, para: tuple[int, int], taken: list[_Raw]) -> list[_Raw]:
    """Single-quoted spans of one paragraph outside its double quotes (headlines use them)."""
    p_start, p_end = para
    found: list[_Raw] = []
    open_at = -1
    blocked = [(r.open_at, r.close_at) for r in taken]
    for i in range(p_start, p_end):
        ch = text[i]
        if ch not in _SINGLE:
            continue
        if any(a <= i <= b for a, b in blocked):
            continue
        prev = text[i - 1] if i > p_start else " "
        nxt = text[i + 1] if i + 1 < p_end else " "
        if prev.isalnum() and nxt.isalnum():
            continue  # an apostrophe: China’s, don't
        can_open = ch in "‘'‹" and (prev.isspace() or prev in _LEFT_BOUND or prev in "“«—–-")
        can_open = can_open and not nxt.isspace()
        can_close = ch in "’'›" and not prev.isspace()
        can_close = can_close and (nxt.isspace() or nxt in _RIGHT_BOUND or nxt in "”»\"-–—")
        if open_at >= 0 and can_close:
            start, end = _inner(text, open_at + 1, i)
            found.append(_Raw(open_at, i, start, end, True))
            open_at = -1
        elif can_open:
            open_at = i
    return found


def scan_quotations(text: str) -> list[_Raw]:
    """Every outer quotation in text order, whatever its length."""
    found: list[_Raw] = []
    continued = False
    for para in _paragraphs(text):
        doubles, continued = _scan_double(text, para, continued)
        found.extend(doubles)
        found.extend(_scan_single(text, para, doubles))
    found.sort(key=lambda r: r.open_at)
    return found


def word_count(text: str) -> int:
    return len(_WORD.findall(text))


def _gap_joins(gap: str, first: _Raw, text: str) -> bool:
    """Whether the words between two quoted pieces are only an attribution in one sentence."""
    inner = text[first.start : first.end].rstrip()
    if inner.endswith((".", "!", "?", ";")) or _SENTENCE_END.search(gap):
        return False
    if _JOIN_PRONOUN.match(gap):
        return True
    words = [w.lower() for w in _WORD.findall(gap)]
    if not words or len(words) > 12 or "that" in words:
        return False
    verbs = speech_verbs()
    spoken = [i for i, w in enumerate(words) if w in verbs]
    if not spoken:
        return False
    after = words[spoken[-1] + 1 :]
    if not after:
        return True
    # "said the minister," / "said Rutte," : the speaker after the verb, nothing else
    gap_words = _WORD.findall(gap)[spoken[-1] + 1 :]
    return len(after) <= 6 and all(
        w[0].isupper() or w.lower() in {"the", "a", "an", "of"} or w.lower() in _GAP_FILLER
        for w in gap_words
    )


def _join(raws: list[_Raw], text: str) -> list[_Candidate]:
    """Pieces of one quotation broken by an attribution or by one quoted word become one."""
    out: list[_Candidate] = []
    i = 0
    while i < len(raws):
        cand = _Candidate([raws[i]])
        i += 1
        while i < len(raws):
            last = cand.last
            nxt = raws[i]
            gap = text[last.close_at + 1 : nxt.open_at]
            if "\n" in gap:
                break
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


def _looks_like_title(text: str, raw: _Raw, left: str) -> bool:
    """A capitalised quotation right after "the document", "Resolution No. 11078", "titled"."""
    inner = text[raw.start : raw.end]
    if not inner[:1].isupper():
        return False
    before = left.rstrip()
    before = _TITLE_FOLLOWS.sub("", before).rstrip()
    last = _WORD.findall(before[-40:])
    return bool(last) and last[-1].lower() in document_words()


def find_quotes(doc: Doc, officials: Sequence[Official]) -> list[Quote]:
    """Quotations of four words or more that someone or something is said to have said."""
    text = doc.text
    raws = scan_quotations(text)
    if not raws:
        return []
    sent_starts = [sent.start_char for sent in doc.sents]
    book = SpeakerBook.build(doc, officials)
    paragraphs = _paragraphs(text)
    para_starts = [s for s, _ in paragraphs]
    quotes: list[Quote] = []
    previous: tuple[int, Speaker] | None = None  # paragraph index and speaker of the last quote
    candidates = _join(raws, text)
    for index, cand in enumerate(candidates):
        first, last = cand.first, cand.last
        para = bisect_right(para_starts, first.open_at) - 1
        p_start, p_end = paragraphs[para]
        prev_close = candidates[index - 1].last.close_at + 1 if index else 0
        next_open = candidates[index + 1].first.open_at if index + 1 < len(candidates) else len(text)
        sent_at = sent_starts[bisect_right(sent_starts, first.open_at) - 1]
        left_from = max(p_start, prev_close, sent_at)
        left = text[left_from : first.open_at]
        right_to = min(p_end, next_open)
        right_start = last.close_at + 1 if last.closed else p_end
        k = bisect_right(sent_starts, right_start)
        sent_end = sent_starts[k] if k < len(sent_starts) else len(text)
        right = text[right_start : min(right_to, max(sent_end, right_start))]
        total = sum(word_count(text[p.start : p.end]) for p in cand.pieces)
        if total < MIN_WORDS:
            continue
        if _looks_like_title(text, first, left):
            continue
        inner_end = text[last.start : last.end].rstrip()
        speaker = _attribute(
            text,
            cand,
            left_words=words_of(left, left_from),
            right_words=words_of(right, right_start),
            ends_sentence=inner_end.endswith("."),
            book=book,
            at=first.open_at,
        )
        if speaker is None and previous is not None and para - previous[0] <= 1:
            speaker = previous[1]
        if speaker is None:
            continue
        book.spoke(speaker, first.open_at)
        previous = (para, speaker)
        quotes.append(_quote(text, cand, speaker))
    return quotes


def _quote(text: str, cand: _Candidate, speaker: Speaker) -> Quote:
    pieces = tuple(QuotePiece(text[p.start : p.end], (p.start, p.end)) for p in cand.pieces)
    if len(pieces) == 1:
        return Quote(pieces[0].text, speaker.text, speaker.name, pieces[0].span)
    return Quote(
        " ".join(p.text for p in pieces),
        speaker.text,
        speaker.name,
        (pieces[0].span[0], pieces[-1].span[1]),
        pieces,
    )


def _attribute(
    text: str,
    cand: _Candidate,
    *,
    left_words: list[Word],
    right_words: list[Word],
    ends_sentence: bool,
    book: SpeakerBook,
    at: int,
) -> Speaker | None:
    verbs = speech_verbs()
    # an attribution between the pieces of a broken quote: "X," he said, adding, "Y."
    for before, after in zip(cand.pieces, cand.pieces[1:]):
        gap = words_of(text[before.close_at + 1 : after.open_at], before.close_at + 1)
        found = _after_quote(gap, verbs, book, at, strict=False)
        if found is not None:
            return found
    if not ends_sentence or (right_words and right_words[0].text[:1].islower()):
        found = _after_quote(right_words, verbs, book, at, strict=True)
        if found is not None:
            return found
    found = _before_quote(left_words, verbs, book, at)
    if found is not None:
        return found
    if ends_sentence:
        found = _after_quote(right_words, verbs, book, at, strict=True, short=True)
        if found is not None:
            return found
    found = _headline_attribution(right_words, book, at)
    if found is not None:
        return found
    if text[cand.first.start : cand.first.end][:1].islower():
        # the quotation is the predicate: The Council "strongly condemns ..."
        return book.resolve(_np_before(left_words, len(left_words)), at)
    return None


def _after_quote(
    words: list[Word],
    verbs: set[str],
    book: SpeakerBook,
    at: int,
    *,
    strict: bool,
    short: bool = False,
) -> Speaker | None:
    content = [w for w in words if w.text not in {",", "-", "–", "—", ":"}]
    # stop at the end of the clause that follows the quote
    for n, w in enumerate(content):
        if w.text in {".", "!", "?", ";"} or w.text in _DOUBLE:
            content = content[:n]
            break
    if not content:
        return None
    if short and len(content) > 10:
        return None
    if content[0].lower in verbs and content[0].lower != "according":
        np = _np_after(content, 1)
        if np:
            return book.resolve(np, at)
        return None
    for n, w in enumerate(content[:12]):
        if w.lower == "according" and n + 1 < len(content) and content[n + 1].lower == "to":
            return book.resolve(_np_after(content, n + 2), at)
        if w.lower in verbs:
            return book.resolve(_subject_segment(content[:n]), at)
        if strict and n >= 10:
            break
    return None


def _np_after(words: list[Word], start: int) -> list[Word]:
    """The speaker named after the verb: `said Gennady Kuzmin, Russia's deputy envoy`."""
    stop = {"on", "at", "in", "during", "after", "before", "when", "while", "as", "who",
            "which", "that", "to", "from", "with", "adding", "saying", "speaking", "according",
            "told", "and", "but", "last", "this", "yesterday", "today"}
    out: list[Word] = []
    for w in words[start:]:
        if w.text in {",", ".", ";", ":", "(", ")", "!", "?"} or w.text in _DOUBLE:
            break
        if w.lower in stop and not (w.lower in {"in", "to"} and out and w.next_upper):
            break
        out.append(w)
    return out


def _subject_segment(words: list[Word]) -> list[Word]:
    """The subject written between a quote and its verb; appositives keep the named part."""
    adverbs = {"also", "later", "then", "further", "again", "has", "have", "had", "was",
               "is", "will", "would", "once", "earlier", "previously", "reportedly", "had",
               "recently", "subsequently", "finally", "quickly", "simply"}
    while words and words[-1].lower in adverbs:
        words = words[:-1]
    segments: list[list[Word]] = [[]]
    for w in words:
        if w.text == ",":
            segments.append([])
        else:
            segments[-1].append(w)
    segments = [s for s in segments if s and s[0].lower not in {"who", "which", "whose"}]
    if not segments:
        return []
    for seg in segments:
        if find_name(seg) is not None:
            return seg
    return segments[0]


_BACK_STOP = {"that", "and", "but", "while", "as", "when", "after", "because", "which",
              "where", "if", "so", "since", "although", "though", "whereas", "with",
              "by", "from", "whom", "also", "then", "has", "have", "had", "will", "would",
              "is", "was", "were", "are", "not", "only", "once", "later", "earlier",
              "further", "again", "previously", "reportedly", "recently", "repeatedly"}


def _np_before(words: list[Word], end: int) -> list[Word]:
    """The subject written just before position `end` (a verb or a quotation mark)."""
    out: list[Word] = []
    j = end - 1
    # auxiliaries and adverbs between the subject and its verb: "has also said"
    while j >= 0 and words[j].lower in _BACK_STOP - {"that", "and", "but", "with", "by", "from",
                                                      "as", "when", "after", "while", "if"}:
        j -= 1
    while j >= 0:
        w = words[j]
        if w.text in {",", ";", ":", "(", ")", "—", "–", "-", "!", "?", "."} or w.text in _DOUBLE:
            break
        if w.text in _SINGLE:
            break
        if w.lower in _BACK_STOP:
            break
        if w.lower in {"in", "on", "at"} and not (out and out[0].text[:1].isupper()):
            break
        out.insert(0, w)
        j -= 1
        if len(out) >= 16:
            break
    return out


def _sentence_subject(words: list[Word]) -> list[Word]:
    """The noun phrase opening the sentence: names, titles, role words, determiners."""
    from .speakers import role_words

    roles = role_words()
    out: list[Word] = []
    for w in words:
        if w.text[:1].isupper() or w.lower in roles or w.lower in {"the", "a", "an", "of", "for"}:
            out.append(w)
            continue
        if w.text in {"’s", "'s"} or w.text.endswith(("’s", "'s")):
            out.append(w)
            continue
        break
    while out and out[-1].lower in {"the", "a", "an", "of", "for"}:
        out.pop()
    return out


def _before_quote(
    words: list[Word], verbs: set[str], book: SpeakerBook, at: int
) -> Speaker | None:
    """The attribution written before the quote in its sentence: `Kuzmin said that ... "`."""
    for n in range(len(words) - 1, -1, -1):
        w = words[n]
        if w.lower not in verbs:
            continue
        if n > 0 and words[n - 1].lower == "to":
            continue  # "to say": not who says it
        if w.lower == "according":
            if n + 1 < len(words) and words[n + 1].lower == "to":
                return book.resolve(_np_after(words, n + 2), at)
            continue
        if w.lower.endswith("ing"):
            np = _np_before(words, n)
            if np and words[n - 1].text != ",":
                return book.resolve(np, at)
            # "welcomed the vote, saying ...": the subject of the main clause
            for m in range(n - 1, -1, -1):
                if words[m].lower in verbs and not words[m].lower.endswith("ing"):
                    np = _np_before(words, m)
                    if np:
                        return book.resolve(np, at)
            return book.resolve(_sentence_subject(words), at)
        np = _np_before(words, n)
        if np and np[-1].lower == "who":
            np = _np_before(words, n - len(np) - 1) if n - len(np) - 1 > 0 else []
        if np:
            return book.resolve(np, at)
    return None


def _headline_attribution(words: list[Word], book: SpeakerBook, at: int) -> Speaker | None:
    """`'Still on the table': Ukrainian foreign minister` and `'...' – MOFA reacts`."""
    if len(words) < 2 or words[0].text not in {":", "-", "–", "—"}:
        return None
    np = _sentence_subject(words[1:])
    if not np or len(np) > 8:
        return None
    return book.resolve(np, at)
