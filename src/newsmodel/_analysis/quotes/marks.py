"""Quotation marks: where quoted words begin and end.

Marks are paired block by block, so a stray mark never swallows the rest of
the article; a quote left open at the end of a paragraph continues only
when the next paragraph reopens it, as news style does for quotes that run
over several paragraphs.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence
from typing import NamedTuple

from newsmodel._analysis.lexicon import data_alternation
from newsmodel._model import Block, BlockKind

__all__ = ["QuoteSpan", "find_quote_spans", "in_double_marks"]

_OPENERS = {"“": "”", "«": "»", "„": "“", "‟": "”"}
_CLOSERS = frozenset("”»“")
_MARKS = re.compile(r"[“”«»„‟\"]")
_REOPENERS = ("“", '"', "«", "„")


class QuoteSpan(NamedTuple):
    """Where quoted words stand."""

    open: int  #: offset of the opening mark
    close: int  #: offset just past the closing mark (or the paragraph's end)
    start: int  #: the quoted words, without the marks and edge spaces
    end: int
    block: int  #: index of the block
    continues: bool  #: a later paragraph of a quote begun earlier
    marked: bool = True  #: False for a blockquote without quotation marks


def _straight_opens(text: str, i: int, lo: int) -> bool:
    before = text[i - 1] if i > lo else " "
    return before.isspace() or before in "([{—–-/:"


def find_quote_spans(text: str, blocks: Sequence[Block]) -> list[QuoteSpan]:
    """Every quotation of ``text``, in order."""
    return list(_quote_spans(text, tuple(blocks)))


@functools.lru_cache(maxsize=4)
def _quote_spans(text: str, blocks: tuple[Block, ...]) -> tuple[QuoteSpan, ...]:
    # in_double_marks and the quote stage read the same document: read it once.
    out: list[QuoteSpan] = []
    carried = False  # the previous block ended inside a quote
    for index, block in enumerate(blocks):
        if block.kind is BlockKind.BLOCKQUOTE and not _MARKS.search(text, block.start, block.end):
            # An embedded post or a pull quote: the whole block, less a "— Name (@handle)" line.
            end = _BYLINE.search(text, block.start, block.end)
            stop = end.start() if end else block.end
            span = _trimmed(text, block.start, stop)
            if span is not None:
                out.append(QuoteSpan(block.start, block.end, span[0], span[1], index, False, False))
            carried = False
            continue
        open_at: int | None = None
        closer = ""
        first_mark = True
        for m in _MARKS.finditer(text, block.start, block.end):
            i, ch = m.start(), m.group()
            if open_at is None:
                if ch in _OPENERS or (ch == '"' and _straight_opens(text, i, block.start)):
                    open_at, closer = i, _OPENERS.get(ch, '"')
                    carried = carried and first_mark and not text[block.start : i].strip()
                first_mark = False
                continue
            # “ after a space and before a word opens a quote, even while one is
            # open: the writer left the earlier one unclosed.
            reopens = (
                ch == "“"
                and closer == "”"
                and text[i - 1 : i].isspace()
                and text[i + 1 : i + 2].isalnum()
                and bool(re.search(r"\w[.?!…]\s+$", text[open_at:i]))
            )
            if reopens:
                cut = open_at + 1 + len(text[open_at + 1 : i].rstrip())
                _add(out, text, open_at, cut, index, carried)
                carried = False
                open_at = i
            elif (
                ch == closer
                or (ch in _CLOSERS and closer != '"')
                or (ch == '"' and closer == '"')
                # A mixed pair, "…”: a curly closing mark right after the words.
                or (ch == "”" and closer == '"' and not text[i - 1 : i].isspace())
                # ... and “…": a straight mark closing after the words, before no word.
                or (
                    ch == '"'
                    and closer == "”"
                    and not text[i - 1 : i].isspace()
                    and not text[i + 1 : i + 2].isalnum()
                )
            ):
                _add(out, text, open_at, i + 1, index, carried)
                carried = False
                open_at = None
            elif ch in _OPENERS:
                open_at, closer = i, _OPENERS[ch]  # the earlier mark was stray
            first_mark = False
        if open_at is not None:
            nxt = blocks[index + 1] if index + 1 < len(blocks) else None
            reopened = nxt is not None and text[nxt.start : nxt.start + 1] in _REOPENERS
            if reopened:
                _add(out, text, open_at, block.end, index, carried)
            carried = reopened
        else:
            carried = False
    return tuple(out)


#: The byline of an embedded post: "— Tottenham Hotspur (@SpursOfficial) November 20, 2019".
_BYLINE = re.compile(r"[—–-]\s*[^\n—–]{2,80}?\(@\w+\)[^\n]*$|\n\s*[—–]\s*[^\n]{2,80}$")


def _trimmed(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if end > start and re.search(r"\w", text[start:end]) else None


def _add(
    out: list[QuoteSpan], text: str, open_at: int, close: int, block: int, continues: bool
) -> None:
    inner_start = open_at + 1
    closed = close > open_at + 1 and text[close - 1] in '”»“"'
    inner_end = close - 1 if closed else close
    while inner_start < inner_end and text[inner_start].isspace():
        inner_start += 1
    while inner_end > inner_start and text[inner_end - 1].isspace():
        inner_end -= 1
    if inner_end > inner_start and re.search(r"\w", text[inner_start:inner_end]):
        out.append(QuoteSpan(open_at, close, inner_start, inner_end, block, continues))


# Single quotation marks as an article's own marks (British, Irish and Australian
# style: ‘…,’ she said). The closing mark is also the apostrophe, so a closer is a
# mark not followed by a letter, and "voters’ views" (a plural possessive before a
# lower-case word) is not one.
# (Each pattern opens with its mark, its lookbehind after it: the engine then skips
# straight to marks, where a leading lookbehind is tried at every position.)
_SINGLE_OPENER = re.compile(
    r"(?P<mark>[‘'])(?<![^\s(\[{—–/:-].)"
    r"(?!\d\d?s?\b|(?:" + data_alternation("attribution_cues.txt", "elisions") + r")\b)"
    r"(?=[\w‘“\"(…-])"
)
_SINGLE_CLOSER = re.compile(r"[’'](?<=\S.)(?!\w)(?:(?!\s+[a-z])|(?<!s[’']))")


def in_double_marks(text: str, blocks: Sequence[Block]) -> str:
    """``text`` as the quote finder reads it: an article that quotes in single marks
    has them turned into double ones, its nested double marks into single ones.

    The result has the same length, so every offset stays true; an article that
    quotes in double marks (or has no single-mark quotation) comes back unchanged.
    """
    if "‘" not in text and "'" not in text:
        return text
    curly = "‘" in text
    pairs: list[_SinglePair] = []
    for index, block in enumerate(blocks):
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        pairs.extend(_single_pairs(text, block, following, curly))
    if not pairs:
        return text
    doubles = [(d.open, d.close) for d in find_quote_spans(text, blocks)]
    outside = [p for p in pairs if not _within(doubles, p.open)]
    own_doubles = [d for d in doubles if not _within([(p.open, p.stop) for p in outside], d[0])]
    if len(outside) <= len(own_doubles):
        return text  # double marks are the article's own; single ones nest or are stray
    chars = list(text)
    for pair in outside:
        for i in range(pair.open + 1, pair.stop):
            chars[i] = _NESTED.get(chars[i], chars[i])
        chars[pair.open] = "“"
        if pair.closed:
            chars[pair.stop] = "”"
    return "".join(chars)


_NESTED = {"“": "‘", "”": "’", '"': "'"}


class _SinglePair(NamedTuple):
    open: int  #: offset of the opening mark
    stop: int  #: offset of the closing mark, or the paragraph's end
    closed: bool  #: False for a quotation the next paragraph reopens


def _within(spans: Sequence[tuple[int, int]], at: int) -> bool:
    """Whether ``at`` lies strictly inside one of ``spans`` (sorted, not overlapping)."""
    index = bisect.bisect_right(spans, (at, at)) - 1
    return index >= 0 and spans[index][0] < at < spans[index][1]


def _single_pairs(
    text: str, block: Block, following: Block | None, curly: bool
) -> list[_SinglePair]:
    """The single-mark quotations of one block, in order."""
    out: list[_SinglePair] = []
    at = block.start
    while True:
        opener = _SINGLE_OPENER.search(text, at, block.end)
        if opener is None:
            return out
        if (opener.group("mark") == "‘") != curly:
            at = opener.end()
            continue
        closer = _SINGLE_CLOSER.search(text, opener.end() + 1, block.end)
        while closer is not None and (closer.group() == "’") != curly:
            closer = _SINGLE_CLOSER.search(text, closer.end(), block.end)
        if closer is not None:
            out.append(_SinglePair(opener.start(), closer.start(), True))
            at = closer.end()
            continue
        if following is not None and _SINGLE_OPENER.match(text, following.start) is not None:
            out.append(_SinglePair(opener.start(), block.end, False))
        return out
