"""Sentences and tokens with their offsets: the ground every extractor stands on."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import NamedTuple

import attrs

from newsmodel._analysis.lexicon import data_alternation, data_section
from newsmodel._model import Actor, Block, Mention

__all__ = [
    "ABBREVIATIONS",
    "Sentence",
    "Token",
    "caseless",
    "fold_case",
    "folded",
    "sentence_start",
    "sentences",
    "tokens",
    "trie_pattern",
    "with_mentions",
]

#: Abbreviations after which a full stop does not end a sentence.
ABBREVIATIONS = frozenset(data_section("sentence_cues.txt", "abbreviations"))

# Words that often follow an abbreviation's full stop with a capital: "Sen. Chris Murphy".
_TITLE_ABBREVIATIONS = frozenset(data_section("sentence_cues.txt", "title_abbreviations"))

_TOKEN = re.compile(
    r"""
    (?:"""
    + data_alternation("sentence_cues.txt", "name_title_abbreviations")
    + r""")\.
                                         # title abbreviations keep their full stop
    | [A-Za-z](?:\.[A-Za-z])+\.?          # U.S., U.S.A., a.m.
    | [A-Z]\.(?=\s+[A-Z])                  # a middle initial: Silvia S. Martins
    | \w+(?:&\w+)+                         # AT&T, PG&E
    | \d+(?:[.,:]\d+)*(?:st|nd|rd|th|s)?  # 1,200  3.5  10:30  1990s  21st
    | (?<=\w)['’]s\b                        # the possessive 's, a token of its own
    | \w+(?:['’](?!s\b)\w+)*(?:-\w+(?:['’](?!s\b)\w+)*)*  # words, hyphenated words, contractions
    | \S                                   # any other single character
    """,
    re.VERBOSE,
)


class Token(NamedTuple):
    """A word or punctuation mark and where it stands."""

    text: str
    start: int
    end: int

    @property
    def is_capitalized(self) -> bool:
        """Starts with an upper-case letter."""
        return self.text[:1].isupper()


class Sentence(NamedTuple):
    """A sentence of one block and where it stands."""

    start: int
    end: int
    block: int  #: the index of the block it belongs to


def tokens(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """The tokens of ``text[start:end]`` with offsets into ``text``."""
    end = len(text) if end is None else end
    # tuple.__new__ skips the named tuple's Python-level __new__: a third of the cost.
    return [_new(Token, (m.group(), m.start(), m.end())) for m in _TOKEN.finditer(text, start, end)]


_new = tuple.__new__


# A candidate sentence end: terminal punctuation, optional closing quotes or
# brackets, then white space.
_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s)")
_WORD_BEFORE = re.compile(r"([A-Za-z](?:\.[A-Za-z])*|\w+)\.$")


def _is_boundary(text: str, dot_end: int, stop: int) -> bool:
    """Whether the punctuation ending at ``dot_end`` ends a sentence."""
    nxt = dot_end
    while nxt < stop and text[nxt].isspace():
        nxt += 1
    if nxt >= stop:
        return True
    following = text[nxt]
    if not (following.isupper() or following.isdigit() or following in "\"“‘'([—–-"):
        return False
    if text[dot_end - 1] != ".":
        return True  # "?", "!" or a closing mark: no abbreviation to look for
    m = _WORD_BEFORE.search(text[max(0, dot_end - 12) : dot_end])
    if m is None:
        return True
    word = m.group(1).lower()
    if word in _TITLE_ABBREVIATIONS:
        return False
    if word in ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
        # "U.S. officials" and "J. Smith" go on; "in the U.S. The next ..." ends.
        return _starts_sentence(text, nxt)
    return True


def sentence_start(text: str, lo: int, pos: int) -> int:
    """Where the sentence holding ``pos`` starts, looking no further back than ``lo``
    (``lo`` itself when no sentence ends between them)."""
    start = lo
    for m in _END.finditer(text, lo, pos):
        if _is_boundary(text, m.end(), len(text)):
            start = m.end()
    return start


_SENTENCE_STARTERS = frozenset(data_section("sentence_cues.txt", "sentence_starters"))


def _starts_sentence(text: str, pos: int) -> bool:
    m = re.match(r"\w+", text[pos : pos + 20])
    return m is not None and m.group().lower() in _SENTENCE_STARTERS


def sentences(text: str, blocks: Sequence[Block]) -> list[Sentence]:
    """Split every block of ``text`` into sentences; blocks always end one."""
    return list(_sentences(text, tuple(blocks)))


@functools.lru_cache(maxsize=4)
def _sentences(text: str, blocks: tuple[Block, ...]) -> tuple[Sentence, ...]:
    # The quote and event stages split the same document: split it once.
    out: list[Sentence] = []
    for index, block in enumerate(blocks):
        out.extend(_split(text, block.start, block.end, index))
    return tuple(out)


def _split(text: str, start: int, stop: int, block: int) -> Iterator[Sentence]:
    begin = start
    for m in _END.finditer(text, start, stop):
        if _is_boundary(text, m.end(), stop):
            yield Sentence(begin, m.end(), block)
            begin = m.end()
            while begin < stop and text[begin].isspace():
                begin += 1
    if begin < stop and text[begin:stop].strip():
        yield Sentence(begin, stop, block)


def trie_pattern(words: Sequence[str]) -> str:
    """An alternation of ``words`` as a trie, for a regular expression.

    The engine then branches on each character instead of trying every word at
    every position; a word that is a prefix of another is optional before it,
    so the longest one wins ("air strikes" over "air strike").
    """
    root: dict[str, dict] = {}  # type: ignore[type-arg]
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:  # type: ignore[type-arg]
        alts = [re.escape(ch) + build(node[ch]) for ch in sorted(k for k in node if k)]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(root)


# What IGNORECASE matches to an ASCII letter that lower() does not lower to it.
_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})
_FOLD_SPECIAL = re.compile("[\u0130\u0131\u017f\u212a]")


def fold_case(text: str) -> str:
    """``text`` in lower case, offset for offset, for a :func:`caseless` pattern.

    With "İ" read as "i" (as IGNORECASE reads it), every character lower-cases
    to one character, so offsets into ``text`` hold in the result.
    """
    if not text.isascii() and _FOLD_SPECIAL.search(text):
        # (Rare: translating with a table reads every character through a dict.)
        text = text.translate(_FOLD)
    return text.lower()


@functools.lru_cache(maxsize=4)
def folded(text: str) -> str:
    """:func:`fold_case` of a whole document: lower-cased once for every stage that asks."""
    return fold_case(text)


_ESCAPE_OR_GROUP_NAME = re.compile(r"\\.|\(\?P[<=]")


def caseless(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` without IGNORECASE: on :func:`fold_case` text it matches where
    ``pattern`` matches the text, and several times faster.

    A case-insensitive literal is a test of its own for each alternative the
    engine tries; a case-sensitive one is a comparison it makes before entering
    the alternative.  Raises :class:`ValueError` for a pattern with an upper-case
    letter outside an escape: folded text has none for it to match.
    """
    if any(c.isupper() for c in _ESCAPE_OR_GROUP_NAME.sub("", pattern.pattern)):
        raise ValueError(f"a caseless pattern has no upper-case letters: {pattern.pattern!r}")
    return re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)


def with_mentions(actor: Actor, extra: Iterable[Mention]) -> Actor:
    """``actor`` with ``extra`` mentions added, sorted; a mention at a start it has is kept."""
    mentions = {m.start: m for m in actor.mentions}
    for m in extra:
        mentions.setdefault(m.start, m)
    # (evolve keeps every other field, a group's members included.)
    return attrs.evolve(actor, mentions=sorted(mentions.values(), key=lambda m: m.start))
