"""The corpus: actors merged across articles, and quote queries."""

from __future__ import annotations

import pytest

import newsmodel
from newsmodel import Corpus, QueryError

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
