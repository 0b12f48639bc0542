"""Shared text helpers: the trie alternation and adding mentions to an actor."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from newsmodel import Actor, ActorKind, Mention, MentionKind
from newsmodel._analysis.text import trie_pattern, with_mentions

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
