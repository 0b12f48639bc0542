"""Invariants over arbitrary input: only newsmodel's errors, offsets that hold, lossless JSON."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import newsmodel
from newsmodel import Article, NewsmodelError

# Text that looks like news: words, names, quote marks of every style, dates, breaks.
_pieces = st.sampled_from(
    [
        "said", "Putin", "Sen.", "“", "”", '"', "«", "»", "„", "'", "’", "he", "told", "March 13",
        "2025", "Thursday", "\n", "\n\n", ", ", ". ", "according to", "Reuters", "the president",
        "<p>", "</p>", "<html>", "—", "met", "in Moscow", "U.S.", "\u00a0", "\u200b", "\r\n",
    ]
)  # fmt: skip
newsy = st.lists(st.one_of(_pieces, st.text(max_size=12)), max_size=60).map(" ".join)


def _check(article: Article) -> None:
    text = article.text
    for q in article.quotes:
        assert text[q.start : q.end] == q.text
        assert q.speaker is None or article.actor(q.speaker) is not None
    for a in article.actors:
        for m in a.mentions:
            assert 0 <= m.start <= m.end <= len(text)
    for d in article.dates:
        assert text[d.start : d.end] == d.text
    for b in article.blocks:
        assert 0 <= b.start <= b.end <= len(text)
    for e in article.events:
        assert e.trigger == text[e.start : e.end]
        assert all(article.actor(p) is not None for p in e.participants)


@given(newsy)
def test_parsing_text_raises_only_newsmodel_errors(source: str) -> None:
    try:
        article = newsmodel.parse(source)
    except NewsmodelError:
        return
    _check(article)
    assert newsmodel.loads(newsmodel.dumps(article)) == article


@given(st.binary(max_size=400))
def test_parsing_bytes_raises_only_newsmodel_errors(data: bytes) -> None:
    try:
        article = newsmodel.parse(data)
    except NewsmodelError:
        return
    _check(article)
    assert newsmodel.loads(newsmodel.dumps(article)) == article


@given(newsy)
def test_parsing_html_wrapped_text(source: str) -> None:
    try:
        article = newsmodel.parse(f"<html><body><p>{source}</p></body></html>", format="html")
    except NewsmodelError:
        return
    _check(article)
    assert newsmodel.loads(newsmodel.dumps(article)) == article
