"""The corpus: actors merged across articles, and quote queries."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsmodel
from newsmodel import Corpus, QueryError
from newsmodel.testing import articles

A = """Ukrainian President Volodymyr Zelensky spoke on Monday, March 10, 2025.

"We are ready for peace," Zelensky said.

Mike Waltz, the national security adviser, said the talks were "productive."
"""
B = """Volodymyr Zelenskyy met European leaders on Tuesday, March 11, 2025.

"Russia must stop," Zelenskyy told reporters.

Hunter Biden and Joe Biden were not present. "No comment," Joe Biden said.
"""


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return Corpus([newsmodel.parse(A), newsmodel.parse(B)])


def test_spelling_variants_are_one_person(corpus: Corpus) -> None:
    found = corpus.find_actors("Zelenskyy")
    assert len(found) == 1
    assert {"Volodymyr Zelensky", "Volodymyr Zelenskyy"} <= set(found[0].names)
    assert found[0].reasons


def test_different_people_stay_apart(corpus: Corpus) -> None:
    assert corpus.find_actors("Mike Waltz") != corpus.find_actors("Zelensky")
    bidens = corpus.find_actors("Biden")
    assert {a.name for a in bidens} == {"Hunter Biden", "Joe Biden"}


def test_lookup_ignores_case_and_diacritics(corpus: Corpus) -> None:
    assert corpus.find_actors("ZELENSKYY") == corpus.find_actors("zelensky")


def test_quotes_by_actor_across_articles(corpus: Corpus) -> None:
    texts = [r.quote.text for r in corpus.quotes(actor="Zelensky")]
    assert texts == ["We are ready for peace,", "Russia must stop,"]


def test_quotes_by_date(corpus: Corpus) -> None:
    texts = [r.quote.text for r in corpus.quotes(since="2025-03-11", until="2025-03-11")]
    assert "Russia must stop," in texts
    assert "We are ready for peace," not in texts


def test_bad_queries(corpus: Corpus) -> None:
    with pytest.raises(QueryError):
        corpus.quotes(actor="  ")
    with pytest.raises(QueryError, match="not a date"):
        corpus.quotes(since="last spring")
    assert corpus.quotes(actor="Nobody Atall") == []


@pytest.mark.parametrize("name", ["", " ", "Jr.", "Mr. Jr.", "Dr. Mr.", "\u0301 x", "- -"])
def test_people_with_blank_or_odd_names_are_accepted(name: str) -> None:
    from factories import sample_article
    from newsmodel import Actor

    people = [
        Actor(id="a1", name=name, kind="person"),
        Actor(id="a2", name="Ana Ruiz", kind="person"),
    ]
    corpus = Corpus(
        [sample_article(quotes=[], actors=people), sample_article(quotes=[], actors=people[:1])]
    )
    # Each person is somewhere, under its own name; a blank name joins no one.
    for index in (0, 1):
        actor = corpus.actor_of(index, "a1")
        assert actor is not None and name in actor.names
    assert corpus.actor_of(0, "a2") is not corpus.actor_of(0, "a1")


@given(st.lists(articles(max_blocks=2), max_size=3))
@settings(max_examples=15, deadline=None)
def test_any_valid_articles_make_a_corpus(arts: list[newsmodel.Article]) -> None:
    corpus = Corpus(arts)
    members = [m for a in corpus.actors for m in a.members]
    # Every actor of every article belongs to exactly one corpus actor.
    assert sorted(members) == sorted((i, a.id) for i, art in enumerate(arts) for a in art.actors)


def test_groups_of_the_same_name_merge_only_with_the_same_members() -> None:
    # "Hale and Ruiz" of a senator and of a judge are two groups, not one.
    from newsmodel import Actor, Article, Block, Mention, Quote, Source

    def article(n: int, hale: str, role: str) -> Article:
        text = "“We agree,” said Hale and Ruiz."
        return Article(
            source=Source(path=f"a{n}.txt"),
            format="text",
            text=text,
            blocks=[Block(kind="paragraph", start=0, end=len(text))],
            actors=[
                Actor(id="a1", name=hale, kind="person", aliases=["Hale"], roles=[role],
                      mentions=[Mention(start=18, end=22)]),
                Actor(id="a2", name="Ruiz", kind="person", mentions=[Mention(start=27, end=31)]),
                Actor(id="a3", name="Hale and Ruiz", kind="group", consists_of=["a1", "a2"],
                      mentions=[Mention(start=18, end=31)]),
            ],
            quotes=[Quote(id="q1", text="We agree,", start=1, end=10, speaker="a3")],
        )  # fmt: skip

    corpus = Corpus([article(0, "Tom Hale", "senator"), article(1, "Amy Hale", "judge")])
    assert len(corpus.quotes(actor="Amy Hale")) == 1
    assert len(corpus.quotes(actor="Tom Hale")) == 1
    assert len(corpus.quotes(actor="Ruiz")) == 2


_HARBOR = """Harbor board picks a new chair

Senator Maren Hale of Ostvik said on Monday that the harbor board would meet again.
“We have waited long enough,” Sen. Hale said. Ms. Hale added that “the ferry must run.”
Councillor Tobias Wrenne disagreed: “Nothing is decided,” Wrenne said.
"""


@pytest.mark.parametrize(
    "asked", ["Sen. Hale", "Senator Hale", "Ms. Hale", "Dr. Maren Hale", "SEN. MAREN HALE"]
)
def test_a_title_or_honorific_in_the_query_does_not_stop_a_match(asked: str) -> None:
    corpus = Corpus([newsmodel.parse(_HARBOR, published="2024-03-04")])
    (hale,) = corpus.find_actors("Maren Hale")
    assert corpus.find_actors(asked) == [hale]
    quotes = corpus.quotes(actor=asked)
    assert quotes and quotes == corpus.quotes(actor="Hale")
    with newsmodel.Index(":memory:") as index:
        index.add_many(corpus.articles)
        assert [a.name for a in index.find_actors(asked)] == ["Maren Hale"]


def test_a_title_alone_or_another_name_finds_nobody() -> None:
    corpus = Corpus([newsmodel.parse(_HARBOR, published="2024-03-04")])
    assert corpus.find_actors("Sen. Ilse Hale") == []
    assert corpus.find_actors("Senator") == []
