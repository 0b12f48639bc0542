"""Person identity across articles: spellings, nicknames, context, and people kept apart."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factories import sample_article
from newsmodel import Actor, Article, Corpus, Mention
from newsmodel._identity import (
    PersonProfile,
    bare_name,
    decide,
    first_names_differ,
    same_person,
    surname_key,
    surname_of,
)

PAIRS = json.loads((Path(__file__).parent / "data" / "name_pairs.json").read_text(encoding="utf-8"))


def _profile(side: dict) -> PersonProfile:  # type: ignore[type-arg]
    return PersonProfile(name=side["name"], roles=side["roles"], company=side.get("company", []))


def test_the_pair_set_is_large_and_balanced() -> None:
    assert len(PAIRS) >= 60
    same = sum(p["same"] for p in PAIRS)
    assert 20 <= same <= len(PAIRS) - 20


def test_pairs_are_decided_right_at_least_95_percent() -> None:
    wrong = [
        (
            p["a"]["name"],
            p["b"]["name"],
            p["same"],
            decide(_profile(p["a"]), _profile(p["b"])).reason,
        )
        for p in PAIRS
        if decide(_profile(p["a"]), _profile(p["b"])).same != p["same"]
    ]
    accuracy = 1 - len(wrong) / len(PAIRS)
    assert accuracy >= 0.95, f"accuracy {accuracy:.3f}; wrong: {wrong}"


@pytest.mark.parametrize("pair", PAIRS, ids=lambda p: f"{p['a']['name']}~{p['b']['name']}")
def test_decisions_are_symmetric_and_explained(pair: dict) -> None:  # type: ignore[type-arg]
    ab = decide(_profile(pair["a"]), _profile(pair["b"]))
    ba = decide(_profile(pair["b"]), _profile(pair["a"]))
    assert ab.same == ba.same
    assert ab.reason


def test_co_mentions_can_confirm_a_near_spelling() -> None:
    a = PersonProfile(name="Steve Witkoff", company={"trump", "putin"})
    b = PersonProfile(name="Steven Uitkoff", company={"trump", "putin", "peskov"})
    assert decide(a, b).same
    assert not decide(
        PersonProfile(name="Steve Witkoff"), PersonProfile(name="Steven Uitkoff")
    ).same


def test_same_person_without_context() -> None:
    assert same_person("Volodymyr Zelensky", "Volodymyr Zelenskyy")
    assert same_person("Trump", "Donald Trump") is None


def test_surname_key_folds_transliterations() -> None:
    assert surname_key("Zelenskyy") == surname_key("Zelensky") == surname_key("Zelenskiy")
    assert surname_key("Müller") == surname_key("Muller")
    assert surname_key("al-Sisi") == surname_key("el-Sisi")


def _article(*names: str) -> Article:
    """An article naming each of ``names`` once, as person actors."""
    text = ". ".join(names) + "."
    actors, pos = [], 0
    for n, name in enumerate(names, start=1):
        actors.append(
            Actor(
                id=f"a{n}",
                name=name,
                kind="person",
                mentions=[Mention(start=pos, end=pos + len(name))],
            )
        )
        pos += len(name) + 2
    return sample_article(text=text, blocks=[], actors=actors, quotes=[], dates=[])


def test_surnames_skip_generational_suffixes() -> None:
    assert surname_of("Jonas Mirren Jr.") == "Mirren"
    assert surname_of("Jonas Mirren III") == "Mirren"
    assert surname_of("Mirren") == "Mirren"
    corpus = Corpus([_article("Jonas Mirren Jr."), _article("Mirren")])
    assert len([a for a in corpus.actors if a.kind == "person"]) == 1


def test_names_are_compared_without_descriptors() -> None:
    assert bare_name("Republican Dorian Thackery") == "Dorian Thackery"
    assert bare_name("Moviemaker Gary Quintrell") == "Gary Quintrell"
    assert bare_name("Sixteen-year-old Maria Castell") == "Maria Castell"
    assert bare_name("Hunter Biden") == "Hunter Biden"  # a given name, not a descriptor
    assert same_person("Republican Dorian Thackery", "Dorian Thackery")
    corpus = Corpus([_article("Republican Dorian Thackery"), _article("Dorian Thackery")])
    assert len(corpus.actors) == 1


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Alexandros Pellas", "Alexis Pellas", True),  # both forms of Alex
        ("Bill Garrow", "William Garrow", True),  # the nicknames table
        ("Alexandra Pellas", "Alexander Pellas", False),  # one female, one male
        ("Joe Garrow", "Hunter Garrow", False),
    ],
)
def test_first_name_variants(a: str, b: str, same: bool) -> None:
    assert bool(same_person(a, b)) is same
    assert bool(same_person(b, a)) is same


def test_people_one_article_keeps_apart_are_never_merged() -> None:
    # "J. Garrow" could be either; it must not join Joe and Jill into one person.
    corpus = Corpus([_article("Joe Garrow", "Jill Garrow"), _article("J. Garrow")])
    groups = [set(a.names) for a in corpus.actors]
    assert not any({"Joe Garrow", "Jill Garrow"} <= g for g in groups)


_FIRST = st.sampled_from(["Joe", "Joseph", "Jill", "J.", "Alex", "Alexis", "Alexandra", "Bill"])
_LAST = st.sampled_from(["Garrow", "Garow", "Pellas", "Pellas Jr.", "Mirren"])
_NAME = st.builds(lambda f, last: f"{f} {last}", _FIRST, _LAST)


@given(_NAME, _NAME)
def test_identity_is_symmetric(a: str, b: str) -> None:
    ab = decide(PersonProfile(name=a), PersonProfile(name=b))
    ba = decide(PersonProfile(name=b), PersonProfile(name=a))
    assert ab.same == ba.same


@given(st.lists(st.lists(_NAME, min_size=1, max_size=3, unique=True), min_size=1, max_size=4))
def test_merge_groups_are_consistent(articles: list[list[str]]) -> None:
    corpus = Corpus([_article(*names) for names in articles])
    # Every article actor is in exactly one group: the groups partition the actors,
    # so being merged is transitive within a group.
    members = [m for a in corpus.actors for m in a.members]
    assert len(members) == len(set(members)) == sum(len(n) for n in articles)
    for actor in corpus.actors:
        by_article: dict[int, list[str]] = {}
        for index, actor_id in actor.members:
            name = corpus.articles[index].actor(actor_id)
            assert name is not None
            by_article.setdefault(index, []).append(name.name)
        for names in by_article.values():
            # Two people one article names with different first names stay apart.
            assert not any(first_names_differ(x, y) for x in names for y in names)


def test_invented_articles_merge_people_across_articles() -> None:
    """Pairwise precision and F1 of Corpus on invented articles with gold identities.

    Nicknames, initials, suffixes, descriptors, transliterations, and people who
    share a surname or a first name (benchmarks/bench_identity.py prints the misses).
    """
    import itertools

    import newsmodel

    rows = json.loads(
        (Path(__file__).parent / "data" / "identity_dev.json").read_text(encoding="utf-8")
    )
    plugins = newsmodel.PluginManager()
    corpus = Corpus(plugins.parse(r["text"], format="text") for r in rows)
    labelled = []
    for i, (row, article) in enumerate(zip(rows, corpus.articles, strict=True)):
        for actor in article.actors:
            gold = next((row["people"][n] for n in actor.names if n in row["people"]), None)
            cluster = corpus.actor_of(i, actor.id)
            if gold is not None and cluster is not None:
                labelled.append((gold, cluster.id))
    assert len({g for g, _ in labelled}) >= 20
    tp = fp = fn = 0
    for (ga, ca), (gb, cb) in itertools.combinations(labelled, 2):
        tp += ga == gb and ca == cb
        fp += ga != gb and ca == cb
        fn += ga == gb and ca != cb
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    f1 = 2 * precision * recall / (precision + recall)
    assert precision >= 0.99 and f1 >= 0.975, (precision, recall, f1)


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Bill Okafor", "W. Okafor", True),
        ("Bob Kline", "Robert Kline", True),
        ("Elena Marsh", "Helen Marsh", False),
        ("Alex Petrov", "Alexandra Petrov", True),
        ("Alexander Petrov", "Alexandra Petrov", False),
    ],
)
def test_first_name_forms(a: str, b: str, same: bool) -> None:
    assert (same_person(a, b) is not None) is same


def test_a_shared_short_form_does_not_chain_two_people() -> None:
    """Alex links to Alexander and to Alexandra; the corpus joins it to one of them only."""
    arts = [
        sample_article(quotes=[], actors=[Actor(id="a1", name=n, kind="person")])
        for n in ("Alexander Petrov", "Alex Petrov", "Alexandra Petrov")
    ]
    corpus = Corpus(arts)
    assert corpus.actor_of(0, "a1") is not corpus.actor_of(2, "a1")


def test_a_surname_alone_everywhere_is_one_person_but_a_given_name_is_not() -> None:
    def corpus_of(*names: str) -> Corpus:
        return Corpus(
            sample_article(quotes=[], actors=[Actor(id="a1", name=n, kind="person")]) for n in names
        )

    lone = corpus_of("Varnakova", "Varnakova")
    assert lone.actor_of(0, "a1") is lone.actor_of(1, "a1")
    first = corpus_of("Sophia", "Sophia")
    assert first.actor_of(0, "a1") is not first.actor_of(1, "a1")
    # With two full names of that surname, the surname alone joins neither.
    two = corpus_of("Varnakova", "Irina Varnakova", "Pavel Varnakova")
    assert two.actor_of(0, "a1") not in (two.actor_of(1, "a1"), two.actor_of(2, "a1"))


def test_a_titled_surname_joins_the_namesake_whose_role_it_shares() -> None:
    arts = [
        sample_article(
            quotes=[], actors=[Actor(id="a1", name="Tom Varley", kind="person", roles=["Gov."])]
        ),
        sample_article(
            quotes=[],
            actors=[Actor(id="a1", name="Samuel Varley", kind="person", roles=["a historian"])],
        ),
        sample_article(
            quotes=[], actors=[Actor(id="a1", name="Varley", kind="person", roles=["Gov."])]
        ),
        sample_article(
            quotes=[], actors=[Actor(id="a1", name="Varley", kind="person", roles=["Mr."])]
        ),
    ]
    corpus = Corpus(arts)
    assert corpus.actor_of(2, "a1") is corpus.actor_of(0, "a1")
    # "Mr." says nothing about which of the two it is.
    assert corpus.actor_of(3, "a1") not in (corpus.actor_of(0, "a1"), corpus.actor_of(1, "a1"))


def test_names_sharing_a_short_form_are_one_given_name() -> None:
    assert same_person("Katie Moran", "Katherine Moran") is not None
    assert same_person("Christina Moran", "Christopher Moran") is None
