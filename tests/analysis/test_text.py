"""Shared text helpers: the trie alternation, case folding and adding mentions to an actor."""

from __future__ import annotations

import re
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsmodel import Actor, ActorKind, Mention, MentionKind
from newsmodel._analysis.text import caseless, fold_case, trie_pattern, with_mentions

_WORDS = st.lists(st.text("ab .", min_size=1, max_size=5), min_size=1, max_size=8)


@given(_WORDS, st.text("ab .", max_size=6))
def test_a_trie_matches_exactly_its_words(words: list[str], other: str) -> None:
    pattern = re.compile(f"(?:{trie_pattern(words)})")
    for word in words:
        assert pattern.fullmatch(word)
    assert bool(pattern.fullmatch(other)) == (other in words)


def test_a_trie_prefers_the_longest_word() -> None:
    found = re.match(trie_pattern(["air strike", "air strikes"]), "air strikes hit")
    assert found is not None and found.group() == "air strikes"


def test_added_mentions_are_sorted_and_never_replace_one_at_the_same_start() -> None:
    name = Mention(start=10, end=14, kind=MentionKind.NAME)
    actor = Actor(id="g1", name="them", kind=ActorKind.GROUP, mentions=[name])
    later = Mention(start=30, end=34, kind=MentionKind.PRONOUN)
    again = Mention(start=10, end=12, kind=MentionKind.PRONOUN)
    earlier = Mention(start=2, end=6, kind=MentionKind.NOMINAL)
    grown = with_mentions(actor, [later, again, earlier])
    assert grown.mentions == (earlier, name, later)
    assert (grown.id, grown.name, grown.kind) == (actor.id, actor.name, actor.kind)


# Letters IGNORECASE reads in its own way ("İ", "ı", "ſ", the Kelvin sign), capitals,
# curly quotes and spaces: what a folded text must keep matching as the original does.
_MIXED = st.text("aAsSkKiI\u0130\u0131\u017f\u212a nN’'-.t", max_size=40)
_PATTERNS = [
    re.compile(r"\b(?:not|never|is\s+to|n[’']t)\b", re.IGNORECASE),
    re.compile(r"\b(?:sink|skin|asks?)\s+$", re.IGNORECASE),
    re.compile(r"(?P<w>[a-z]+)\s+(?:in|on)\b", re.IGNORECASE),
]


@given(_MIXED, st.integers(0, 40), st.integers(0, 40))
def test_a_caseless_pattern_on_folded_text_matches_where_the_pattern_matches(
    text: str, lo: int, hi: int
) -> None:
    folded = fold_case(text)
    assert len(folded) == len(text)
    for pattern in _PATTERNS:
        fast = caseless(pattern)
        for method in ("search", "match"):
            want = getattr(pattern, method)(text, lo, hi)
            got = getattr(fast, method)(folded, lo, hi)
            assert (want and want.span()) == (got and got.span())


def test_folding_keeps_every_offset() -> None:
    # Every character folds to one character: offsets into the text hold in the folded text.
    chars = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    assert len(fold_case(chars)) == len(chars)


def test_a_caseless_pattern_refuses_capitals() -> None:
    with pytest.raises(ValueError, match="upper-case"):
        caseless(re.compile(r"\bSaid\b", re.IGNORECASE))
    assert caseless(re.compile(r"(?P<cue>\bsaid\S)", re.IGNORECASE)).flags & re.IGNORECASE == 0
